"""The six models in plain JAX (jax.numpy + lax), with dpgpu's layout, and the paper's DP-SGD step:
per-example gradients by ``vmap(grad)`` of a single-example loss, the whole update under one
``jit`` (SPEC B§6, A§3).

Images are NCHW and conv weights OIHW, as dpgpu; Linear weights are ``[d_in, d_out]``.
"""

from __future__ import annotations

from collections import OrderedDict

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

import common

_CONV_DN = ("NCHW", "OIHW", "NCHW")


def _linear(p, name, x):
    return x @ p[f"{name}.weight"] + p[f"{name}.bias"]


def _conv(p, name, x, stride, pad):
    y = lax.conv_general_dilated(
        x, p[f"{name}.weight"], (stride, stride), [(pad, pad), (pad, pad)], dimension_numbers=_CONV_DN
    )
    return y + p[f"{name}.bias"][None, :, None, None]


def _max_pool_2_stride_1(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 1, 2, 2), (1, 1, 1, 1), "VALID")


def _avg_pool_2(x):
    return lax.reduce_window(x, 0.0, lax.add, (1, 1, 2, 2), (1, 1, 2, 2), "VALID") * 0.25


def _lstm(p, e):
    """One LSTM layer over e ``[B, T, D]`` (batch-major in, transposed to time-major): a single
    Linear(2H → 4H) on ``[x_t; h_{t-1}]``, gates (i, g, f, o), zero initial state. Returns the
    hidden outputs ``[T, B, H]``. Unrolled with ``lax.scan``."""
    w, b = p["lstm.gates.weight"], p["lstm.gates.bias"]
    batch = e.shape[0]
    hidden = b.shape[0] // 4
    xs = jnp.swapaxes(e, 0, 1)  # [T, B, D]

    def cell(carry, x_t):
        h, c = carry
        z = jnp.concatenate([x_t, h], axis=-1) @ w + b
        i, g, f, o = jnp.split(z, 4, axis=-1)
        c = jax.nn.sigmoid(f) * c + jax.nn.sigmoid(i) * jnp.tanh(g)
        h = jax.nn.sigmoid(o) * jnp.tanh(c)
        return (h, c), h

    zeros = jnp.zeros((batch, hidden), e.dtype)
    _, hs = lax.scan(cell, (zeros, zeros), xs)
    return hs


def forward(experiment: str, p, x):
    """Logits ``[B, outputs]`` for a batch ``x``."""
    relu = jax.nn.relu
    if experiment == "logreg":
        return _linear(p, "linear", x)  # [B, 1]
    if experiment == "ffnn":
        return _linear(p, "fc2", relu(_linear(p, "fc1", x)))
    if experiment == "mnist":
        x = _max_pool_2_stride_1(relu(_conv(p, "conv1", x, 2, 3)))  # [B, 16, 13, 13]
        x = _max_pool_2_stride_1(relu(_conv(p, "conv2", x, 2, 0)))  # [B, 32, 4, 4]
        x = x.reshape(x.shape[0], -1)  # (c, h, w) order, as dpgpu
        return _linear(p, "fc2", relu(_linear(p, "fc1", x)))
    if experiment == "embed":
        e = jnp.take(p["embedding.weight"], x, axis=0).mean(axis=1)  # [B, 16]
        return _linear(p, "fc2", relu(_linear(p, "fc1", e)))
    if experiment == "lstm":
        e = jnp.take(p["embedding.weight"], x, axis=0)  # [B, T, 100]
        hs = _lstm(p, e)  # [T, B, 100]
        return _linear(p, "fc", hs.mean(axis=0))
    if experiment == "cifar10":
        n = len(common.CIFAR_CHANNELS)
        for i in range(n):
            x = _conv(p, f"convs.{i}", x, 1, 1)
            if i + 1 < n:
                x = relu(x)
            if i in (1, 3, 5):
                x = _avg_pool_2(x)
        return x.mean(axis=(2, 3))
    raise ValueError(experiment)


def per_example_loss(experiment: str, logits, y):
    """Loss per example ``[B]``: binary cross-entropy on the logit for logreg (label 1 = positive),
    softmax cross-entropy otherwise."""
    if experiment == "logreg":
        z = logits[:, 0]
        return jax.nn.softplus(z) - y.astype(z.dtype) * z
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.take_along_axis(logp, y[:, None].astype(jnp.int32), axis=-1)[:, 0]


def to_device(params):
    return {k: jnp.asarray(v) for k, v in params.items()}


def to_numpy(params, order):
    return OrderedDict((k, np.asarray(params[k])) for k in order)


def make_dp_step(experiment, *, batch_size, lr, noise_multiplier, max_grad_norm, seed):
    """``step(params, x, y, step_index) -> params``: one DP-SGD step, jitted (SPEC B§6, A§3).

    Per-example gradients ``vmap(grad)`` of the single-example loss; clip factor
    min(1, C / (‖g_i‖ + 1e-6)) with the norm over all parameters; sum; + N(0, σ²C²) per
    coordinate from ``fold_in(PRNGKey(seed), step)`` split per leaf; ÷ the configured batch size;
    SGD."""

    def loss_one(p, x1, y1):
        return per_example_loss(experiment, forward(experiment, p, x1[None]), y1[None])[0]

    grad_one = jax.grad(loss_one)
    base_key = jax.random.PRNGKey(seed)

    def step(p, x, y, step_index):
        g = jax.vmap(grad_one, in_axes=(None, 0, 0))(p, x, y)
        leaves, treedef = jax.tree_util.tree_flatten(g)
        sq = sum(jnp.sum(jnp.reshape(l * l, (l.shape[0], -1)), axis=1) for l in leaves)
        factor = jnp.minimum(1.0, max_grad_norm / (jnp.sqrt(sq) + 1e-6))  # [B]
        summed = [jnp.tensordot(factor, l, axes=1) for l in leaves]
        keys = jax.random.split(jax.random.fold_in(base_key, step_index), len(leaves))
        noisy = [
            s + (noise_multiplier * max_grad_norm) * jax.random.normal(k, s.shape, s.dtype)
            for s, k in zip(summed, keys)
        ]
        update = jax.tree_util.tree_unflatten(treedef, [n / batch_size for n in noisy])
        return jax.tree_util.tree_map(lambda a, u: a - lr * u, p, update)

    return jax.jit(step)


def make_nonprivate_step(experiment, *, lr):
    """``step(params, x, y, step_index) -> params``: SGD on the mean loss, jitted."""

    def mean_loss(p, x, y):
        return per_example_loss(experiment, forward(experiment, p, x), y).mean()

    def step(p, x, y, step_index):
        g = jax.grad(mean_loss)(p, x, y)
        return jax.tree_util.tree_map(lambda a, b: a - lr * b, p, g)

    return jax.jit(step)


class Trainer:
    """What ``run.py`` times: host numpy batches in, device parameters held across steps."""

    def __init__(self, experiment, params, *, private, batch_size, lr, noise_multiplier, max_grad_norm, seed):
        common.check_params(experiment, params)
        self.order = list(params.keys())
        self.params = to_device(params)
        self.count = 0
        if private:
            self._step = make_dp_step(
                experiment,
                batch_size=batch_size,
                lr=lr,
                noise_multiplier=noise_multiplier,
                max_grad_norm=max_grad_norm,
                seed=seed,
            )
        else:
            self._step = make_nonprivate_step(experiment, lr=lr)

    def step(self, x, y):
        # numpy in: the host→device transfer is inside the timed region, as in the paper.
        self.params = self._step(self.params, x, y, np.int32(self.count))
        self.count += 1

    def sync(self):
        jax.block_until_ready(self.params)

    def numpy_params(self):
        return to_numpy(self.params, self.order)


def backend_and_adapter():
    dev = jax.devices()[0]
    backend = "cuda" if dev.platform == "gpu" else dev.platform
    adapter = common.cpu_name() if dev.platform == "cpu" else getattr(dev, "device_kind", str(dev))
    return backend, adapter
