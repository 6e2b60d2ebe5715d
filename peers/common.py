"""What the JAX and Opacus peers share: the six experiments, dpgpu's parameter layout and
initialisation, the data (dummy data of SPEC B§3.2, real MNIST), the paper's sequential batching,
and the result file.

Parameters travel as an ordered dict ``name -> float32 numpy array`` in *dpgpu's* layout and order
(Burn): Linear weights ``[d_in, d_out]`` (y = x W + b), Conv2d weights ``[out, in, kh, kw]``,
Embedding ``[vocab, d]``. The JAX models use this layout directly; the PyTorch models transpose the
Linear weights when loading.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import struct
import tempfile
from collections import OrderedDict
from importlib import metadata
from pathlib import Path

import numpy as np

EXPERIMENTS = ("logreg", "ffnn", "mnist", "embed", "lstm", "cifar10")

# SPEC A§1.
PARAM_COUNTS = {
    "logreg": 105,
    "ffnn": 5_352,
    "mnist": 26_010,
    "embed": 160_370,
    "lstm": 1_081_002,
    "cifar10": 605_226,
}

VOCAB = 10_004  # IMDb num_words 10,000 + 4 (SPEC B§3.1)
NUM_WORDS = 10_000
SEQ_LEN = 256
ADULT_FEATURES = 104
LSTM_HIDDEN = 100

CIFAR_CHANNELS = [(3, 32), (32, 32), (32, 64), (64, 64), (64, 128), (128, 128), (128, 256), (256, 10)]

# The paper's DP hyper-parameters (SPEC B§4, B§6).
LR = 0.15
NOISE_MULTIPLIER = 1.1
MAX_GRAD_NORM = 1.0
SEED = 42


def input_spec(experiment: str):
    """(shape of one example, numpy dtype, number of label classes)."""
    if experiment in ("logreg", "ffnn"):
        return (ADULT_FEATURES,), np.float32, 2
    if experiment == "mnist":
        return (1, 28, 28), np.float32, 10
    if experiment == "cifar10":
        return (3, 32, 32), np.float32, 10
    if experiment in ("embed", "lstm"):
        return (SEQ_LEN,), np.int32, 2
    raise ValueError(f"unknown experiment {experiment!r}; one of {', '.join(EXPERIMENTS)}")


def param_specs(experiment: str):
    """dpgpu's parameters in dpgpu's order: ``(name, shape, init)`` with init one of
    ``("tn", std)`` (truncated normal), ``("zeros",)``, ``("lstm_bias",)`` (zeros, +1 on the forget
    gate, the third of the four gate blocks i, g, f, o)."""

    def linear(name, d_in, d_out):
        return [(f"{name}.weight", (d_in, d_out), ("tn", d_in**-0.5)), (f"{name}.bias", (d_out,), ("zeros",))]

    def conv(name, c_in, c_out, k):
        fan_in = c_in * k * k
        return [(f"{name}.weight", (c_out, c_in, k, k), ("tn", fan_in**-0.5)), (f"{name}.bias", (c_out,), ("zeros",))]

    if experiment == "logreg":
        return linear("linear", ADULT_FEATURES, 1)
    if experiment == "ffnn":
        return linear("fc1", ADULT_FEATURES, 50) + linear("fc2", 50, 2)
    if experiment == "mnist":
        return conv("conv1", 1, 16, 8) + conv("conv2", 16, 32, 4) + linear("fc1", 512, 32) + linear("fc2", 32, 10)
    if experiment == "embed":
        return [("embedding.weight", (VOCAB, 16), ("tn", 0.02))] + linear("fc1", 16, 16) + linear("fc2", 16, 2)
    if experiment == "lstm":
        h = LSTM_HIDDEN
        return [
            ("embedding.weight", (VOCAB, h), ("tn", 0.02)),
            ("lstm.gates.weight", (2 * h, 4 * h), ("tn", (2 * h) ** -0.5)),
            ("lstm.gates.bias", (4 * h,), ("lstm_bias",)),
        ] + linear("fc", h, 2)
    if experiment == "cifar10":
        out = []
        for i, (c_in, c_out) in enumerate(CIFAR_CHANNELS):
            out += conv(f"convs.{i}", c_in, c_out, 3)
        return out
    raise ValueError(f"unknown experiment {experiment!r}; one of {', '.join(EXPERIMENTS)}")


def truncated_normal(rng: np.random.Generator, shape, std: float) -> np.ndarray:
    """Normal draws truncated at two standard deviations, rescaled so the truncated distribution
    has standard deviation ``std`` (Haiku's TruncatedNormal, as dpgpu's init)."""
    n = int(np.prod(shape))
    out = np.empty(0, dtype=np.float64)
    while out.size < n:
        z = rng.standard_normal(max(2 * (n - out.size), 16))
        out = np.concatenate([out, z[np.abs(z) <= 2.0]])
    return (out[:n] / 0.87962566103423978 * std).astype(np.float32).reshape(shape)


def init_params(experiment: str, seed: int = SEED) -> "OrderedDict[str, np.ndarray]":
    """Fresh parameters with dpgpu's distributions (not dpgpu's values: its RNG is Rust's; the
    equivalence check loads dpgpu's own initial weights instead)."""
    rng = np.random.default_rng(seed)
    params = OrderedDict()
    for name, shape, init in param_specs(experiment):
        if init[0] == "tn":
            params[name] = truncated_normal(rng, shape, init[1])
        elif init[0] == "zeros":
            params[name] = np.zeros(shape, np.float32)
        elif init[0] == "lstm_bias":
            b = np.zeros(shape, np.float32)
            b[2 * LSTM_HIDDEN : 3 * LSTM_HIDDEN] = 1.0
            params[name] = b
        else:
            raise AssertionError(init)
    count = sum(p.size for p in params.values())
    assert count == PARAM_COUNTS[experiment], (experiment, count)
    return params


def check_params(experiment: str, params) -> None:
    """Raises ValueError unless ``params`` has dpgpu's names (in order), shapes and count."""
    specs = param_specs(experiment)
    names = list(params.keys())
    want = [n for n, _, _ in specs]
    if names != want:
        raise ValueError(f"{experiment}: parameters {names}, expected {want}")
    for name, shape, _ in specs:
        if tuple(params[name].shape) != tuple(shape):
            raise ValueError(f"{experiment}: {name} has shape {params[name].shape}, expected {shape}")
    count = sum(int(np.prod(p.shape)) for p in params.values())
    if count != PARAM_COUNTS[experiment]:
        raise ValueError(f"{experiment}: {count} parameters, expected {PARAM_COUNTS[experiment]}")


# --- data -----------------------------------------------------------------------------------


def dummy_data(experiment: str, num_examples: int, seed: int = SEED):
    """SPEC B§3.2's dummy data, seeded: images uniform [0, 1) NCHW with labels in 0..10; IMDb ids
    uniform in 0..10,000 with labels round(uniform); Adult features uniform [0, 1) x 104 with labels
    round(uniform)."""
    rng = np.random.default_rng(seed)
    shape, dtype, classes = input_spec(experiment)
    if dtype == np.int32:
        x = rng.integers(0, NUM_WORDS, size=(num_examples, *shape), dtype=np.int64).astype(np.int32)
    else:
        x = rng.random((num_examples, *shape), dtype=np.float32)
    if classes == 10:
        y = rng.integers(0, 10, size=num_examples).astype(np.int32)
    else:
        y = np.round(rng.random(num_examples)).astype(np.int32)
    return x, y


def _read_idx(path: Path) -> np.ndarray:
    with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as f:
        raw = f.read()
    magic, = struct.unpack(">I", raw[:4])
    if magic >> 8 != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file (magic {magic:#x})")
    ndim = magic & 0xFF
    dims = struct.unpack(">" + "I" * ndim, raw[4 : 4 + 4 * ndim])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def real_data(experiment: str, data_dir: Path):
    """The real training set where the peers can read it: MNIST (IDX files, as dpgpu's
    ``data/mnist``). The others need dpgpu's own preprocessing; use ``--dummy-data``."""
    if experiment == "mnist":
        d = Path(data_dir) / "mnist"
        images = _read_idx(d / "train-images-idx3-ubyte.gz")
        labels = _read_idx(d / "train-labels-idx1-ubyte.gz")
        x = (images.astype(np.float32) / 255.0).reshape(-1, 1, 28, 28)
        return x, labels.astype(np.int32)
    raise ValueError(
        f"the peers read real data only for mnist; run {experiment} with --dummy-data"
    )


def batches(x: np.ndarray, y: np.ndarray, batch_size: int):
    """The paper's batching (SPEC B§3.3): consecutive slices, no shuffling, last one the remainder."""
    n = len(x)
    if batch_size > n:
        raise ValueError(f"batch size {batch_size} is larger than the {n} examples")
    for i in range(0, n, batch_size):
        yield x[i : i + batch_size], y[i : i + batch_size]


# --- result files ---------------------------------------------------------------------------


def result_name(library: str, variant: str, experiment: str, batch_size: int) -> str:
    private = "true" if variant == "dp" else "false"
    return f"{library}_{variant}_{experiment}_bs_{batch_size}_priv_{private}.json"


def write_json_atomic(path: Path, payload) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(payload, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def versions() -> dict:
    """Installed versions, read from package metadata (nothing is imported)."""
    out = {}
    for key, dist in (("jax", "jax"), ("jaxlib", "jaxlib"), ("torch", "torch"), ("opacus", "opacus"), ("numpy", "numpy")):
        try:
            out[key] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[key] = None
    out["python"] = platform.python_version()
    return out


def cpu_name() -> str | None:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None
