#!/usr/bin/env python3
"""Equivalence check: with σ = 0, one DP step of each peer and of dpgpu, from the same weights and
batch, gives the same parameters.

Per model: dpgpu's initial weights (``dpgpu dp-step --model M --out W.json``, seed 42) and a
dummy batch go to ``dpgpu dp-step --input IN.json --out OUT.json``, to the JAX step and to the
Opacus steps (hooks; ghost clipping). Each peer's parameters after the step are compared with
dpgpu's:

    error = max over every parameter element i of |peer_i - ref_i| / max(|ref_i|, 1e-3)

(element-wise relative error with a floor of 1e-3 on the denominator, so a parameter that is
zero or tiny is compared absolutely at 1e-8), pass when error <= --tol (1e-5). The table also
shows the norm-wise relative error of the *update*, ‖peer − ref‖ / ‖ref − θ0‖ over all
parameters, which is far more sensitive (the step is small next to the weights) and is reported,
not tested.

When the dpgpu binary (or its ``dp-step`` subcommand) is missing, the script says
"dpgpu dp-step not available", uses the peers' own initial weights and compares the peers against
the JAX peer instead. ``--dpgpu peers/dpgpu_stub.py`` runs the interface against a float64 JAX
stand-in. Exit status: 0 when every comparison that ran passed, 1 on a mismatch or a failure,
2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import traceback
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import common  # noqa: E402

DEFAULT_DPGPU = HERE.parent / "target" / "release" / "dpgpu"
PEERS = ("jax", "opacus", "opacus-ghost")


def params_to_json(params):
    return [{"name": k, "shape": list(v.shape), "data": np.asarray(v, np.float32).ravel().tolist()} for k, v in params.items()]


def params_from_json(items):
    return OrderedDict((p["name"], np.asarray(p["data"], np.float32).reshape(p["shape"])) for p in items)


def to_peer_names(model, params):
    """dpgpu's parameters under the peers' names, matched by order and shape. Returns (params,
    note) where note lists the names that differ."""
    specs = common.param_specs(model)
    items = list(params.items())
    if len(items) != len(specs):
        raise ValueError(f"dpgpu gave {len(items)} parameter tensors for {model}, the peers have {len(specs)}: "
                         f"{[k for k, _ in items]}")
    out, renamed = OrderedDict(), []
    for (name, value), (want, shape, _) in zip(items, specs):
        if tuple(value.shape) != tuple(shape):
            raise ValueError(f"{model}: dpgpu's {name} has shape {list(value.shape)}, the peers' {want} {list(shape)}")
        if name != want:
            renamed.append(f"{name}->{want}")
        out[want] = value
    return out, ", ".join(renamed)


class Dpgpu:
    """``dpgpu dp-step`` run as a subprocess (a ``.py`` path runs under this interpreter)."""

    def __init__(self, path: Path, backend: str, timeout: float):
        self.path, self.backend, self.timeout = Path(path), backend, timeout
        self.why_not = self._probe()

    def _cmd(self):
        return [sys.executable, str(self.path)] if self.path.suffix == ".py" else [str(self.path)]

    def _probe(self):
        if not self.path.exists():
            return f"no binary at {self.path}"
        try:
            r = subprocess.run(self._cmd() + ["dp-step", "--help"], capture_output=True, text=True, timeout=120)
        except OSError as e:
            return f"{self.path}: {e}"
        if r.returncode != 0:
            return f"{self.path} has no dp-step subcommand ({(r.stderr or r.stdout).strip().splitlines()[0] if (r.stderr or r.stdout).strip() else f'exit {r.returncode}'})"
        return None

    def _run(self, args):
        r = subprocess.run(self._cmd() + ["dp-step"] + args, capture_output=True, text=True, timeout=self.timeout)
        if r.returncode != 0:
            raise RuntimeError(f"dpgpu dp-step {' '.join(args)} exited {r.returncode}: {(r.stderr or r.stdout).strip()[-2000:]}")

    def initial(self, model, work: Path):
        out = work / f"{model}_w0.json"
        self._run(["--model", model, "--out", str(out)])
        with open(out) as f:
            doc = json.load(f)
        return params_from_json(doc["params"])

    def step(self, model, params_dpgpu_names, x, y, batch_size, work: Path):
        req = {
            "model": model,
            "params": params_to_json(params_dpgpu_names),
            "x": x.ravel().tolist(),
            "x_shape": list(x.shape),
            "y": [int(v) for v in y],
            "max_grad_norm": common.MAX_GRAD_NORM,
            "lr": common.LR,
            "expected_batch_size": batch_size,
            "noise_multiplier": 0.0,
        }
        inp, out = work / f"{model}_in.json", work / f"{model}_out.json"
        common.write_json_atomic(inp, req)
        self._run(["--model", model, "--input", str(inp), "--out", str(out), "--backend", self.backend])
        with open(out) as f:
            doc = json.load(f)
        return params_from_json(doc["params"])


def peer_step(library, model, params, x, y, batch_size):
    """One σ = 0 DP step of a peer; returns the parameters in dpgpu's layout."""
    if library == "jax":
        import models_jax

        step = models_jax.make_dp_step(
            model, batch_size=batch_size, lr=common.LR, noise_multiplier=0.0,
            max_grad_norm=common.MAX_GRAD_NORM, seed=common.SEED,
        )
        new = step(models_jax.to_device(params), x, y, np.int32(0))
        return models_jax.to_numpy(new, list(params))
    import models_torch

    tr = models_torch.Trainer(
        model, params, library=library, private=True, batch_size=batch_size, lr=common.LR,
        noise_multiplier=0.0, max_grad_norm=common.MAX_GRAD_NORM, seed=common.SEED,
    )
    tr.step(x, y)
    return tr.numpy_params()


def errors(new, ref, start):
    """(max element-wise relative error with floor 1e-3, norm-wise relative error of the update)."""
    elem = max(float(np.max(np.abs(new[k].astype(np.float64) - ref[k]) / np.maximum(np.abs(ref[k]), 1e-3))) for k in ref)
    diff = np.sqrt(sum(float(np.sum((new[k].astype(np.float64) - ref[k]) ** 2)) for k in ref))
    upd = np.sqrt(sum(float(np.sum((ref[k].astype(np.float64) - start[k]) ** 2)) for k in ref))
    return elem, diff / max(upd, 1e-30)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dpgpu", type=Path, default=DEFAULT_DPGPU, help=f"dpgpu binary (default {DEFAULT_DPGPU})")
    ap.add_argument("--models", default=",".join(common.EXPERIMENTS))
    ap.add_argument("--libraries", default=",".join(PEERS))
    ap.add_argument("--batch-size", type=int, default=8, help="configured batch size B (default 8)")
    ap.add_argument("--lstm-batch-size", type=int, default=4, help="B for the lstm (default 4)")
    ap.add_argument("--remainder", type=int, default=0,
                    help="drop this many examples from the batch but still divide by B (the remainder batch)")
    ap.add_argument("--tol", type=float, default=1e-5)
    ap.add_argument("--backend", default="cpu", help="dpgpu's --backend (default cpu)")
    ap.add_argument("--work-dir", type=Path, help="keep the exchanged JSON files here")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per dpgpu call")
    args = ap.parse_args(argv)

    models = [m for m in args.models.split(",") if m]
    libraries = [l for l in args.libraries.split(",") if l]
    for m in models:
        if m not in common.EXPERIMENTS:
            ap.error(f"unknown model {m}")
    for l in libraries:
        if l not in PEERS:
            ap.error(f"unknown library {l}; one of {', '.join(PEERS)}")

    dpgpu = Dpgpu(args.dpgpu, args.backend, args.timeout)
    if dpgpu.why_not:
        print(f"dpgpu dp-step not available: {dpgpu.why_not}")
        print("comparing the peers against the JAX peer instead, from the peers' own initial weights\n")
        if "jax" not in libraries:
            libraries = ["jax"] + libraries
        ref_name = "jax"
    else:
        is_stub = args.dpgpu.suffix == ".py"
        ref_name = "stub-f64" if is_stub else "dpgpu"
        stub = " (the float64 JAX stand-in, not dpgpu)" if is_stub else ""
        print(f"reference: {args.dpgpu} dp-step{stub}\n")

    work_ctx = tempfile.TemporaryDirectory(prefix="dpgpu-equiv-") if args.work_dir is None else None
    work = Path(work_ctx.name) if work_ctx else args.work_dir
    work.mkdir(parents=True, exist_ok=True)

    rows, bad = [], False
    for model in models:
        batch = args.lstm_batch_size if model == "lstm" else args.batch_size
        actual = batch - args.remainder
        if actual < 1:
            ap.error("--remainder must leave at least one example")
        x, y = common.dummy_data(model, actual, seed=7)
        note = ""
        try:
            if ref_name != "jax":
                w0_dpgpu = dpgpu.initial(model, work)
                start, note = to_peer_names(model, w0_dpgpu)
                ref_raw = dpgpu.step(model, w0_dpgpu, x, y, batch, work)
                ref, _ = to_peer_names(model, ref_raw)
            else:
                start = common.init_params(model, common.SEED)
                ref = None
        except Exception as e:  # the reference itself failed: every peer row says so
            traceback.print_exc()
            rows.append((model, batch, actual, ref_name, None, None, f"FAILED: {type(e).__name__}: {e}"[:200]))
            bad = True
            continue
        outs = {}
        for lib in libraries:
            try:
                outs[lib] = peer_step(lib, model, start, x, y, batch)
            except Exception as e:
                outs[lib] = e
        if ref is None:
            ref = outs.get("jax")
            if isinstance(ref, Exception):
                rows.append((model, batch, actual, "jax", None, None, f"FAILED: {ref}"[:200]))
                bad = True
                continue
        for lib in libraries:
            if ref_name == "jax" and lib == "jax":
                continue
            out = outs[lib]
            if isinstance(out, Exception):
                from_unsupported = type(out).__name__ == "UnsupportedError"
                status = ("unsupported: " if from_unsupported else f"FAILED: {type(out).__name__}: ") + str(out)
                bad |= not from_unsupported
                rows.append((model, batch, actual, lib, None, None, status[:600]))
                continue
            elem, upd = errors(out, ref, start)
            ok = elem <= args.tol
            bad |= not ok
            status = "ok" if ok else "MISMATCH"
            if note:
                status += f" (dpgpu names {note})"
            rows.append((model, batch, actual, lib, elem, upd, status))

    print(f"σ = 0, C = {common.MAX_GRAD_NORM}, lr = {common.LR}; reference = {ref_name}; "
          f"pass: max |p − ref| / max(|ref|, 1e-3) <= {args.tol:g}\n")
    print(f"| model | B | examples | peer | max elem. rel. error | update rel. error | result |")
    print(f"|---|---|---|---|---|---|---|")
    for model, b, n, lib, elem, upd, status in rows:
        e = "-" if elem is None else f"{elem:.2e}"
        u = "-" if upd is None else f"{upd:.2e}"
        print(f"| {model} | {b} | {n} | {lib} vs {ref_name} | {e} | {u} | {status} |")
    if work_ctx:
        work_ctx.cleanup()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
