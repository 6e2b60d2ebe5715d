#!/usr/bin/env python3
"""A stand-in for ``dpgpu dp-step`` with the same interface, for testing ``equivalence.py`` before
(or without) the real binary. It is NOT dpgpu: its initial weights come from the peers' own
initialiser (seed 42, dpgpu's distributions, not dpgpu's values) and its step is the JAX step of
``models_jax.py`` run in float64, so comparing a peer against it measures float32 rounding, not
agreement with dpgpu.

    dpgpu_stub.py dp-step --model M --out W.json
    dpgpu_stub.py dp-step --model M --input IN.json --out OUT.json [--backend cpu]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

import common  # noqa: E402


def params_to_json(model, params, dtype=np.float32):
    return {
        "model": model,
        "params": [
            {"name": k, "shape": list(v.shape), "data": np.asarray(v, dtype).ravel().tolist()} for k, v in params.items()
        ],
    }


def main(argv=None):
    ap = argparse.ArgumentParser(prog="dpgpu_stub.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    dp = sub.add_parser("dp-step")
    dp.add_argument("--model", required=True, choices=common.EXPERIMENTS)
    dp.add_argument("--input")
    dp.add_argument("--out", required=True)
    dp.add_argument("--backend", default="cpu")
    args = ap.parse_args(argv)

    if args.input is None:
        params = common.init_params(args.model, common.SEED)
        common.write_json_atomic(Path(args.out), params_to_json(args.model, params))
        return 0

    import jax

    jax.config.update("jax_enable_x64", True)
    import models_jax

    with open(args.input) as f:
        req = json.load(f)
    if req["model"] != args.model:
        raise SystemExit(f"--model {args.model} but the input is for {req['model']}")
    params = OrderedDict(
        (p["name"], np.asarray(p["data"], np.float64).reshape(p["shape"])) for p in req["params"]
    )
    _, dtype, _ = common.input_spec(args.model)
    x = np.asarray(req["x"], np.int32 if dtype == np.int32 else np.float64).reshape(req["x_shape"])
    y = np.asarray(req["y"], np.int32)
    step = models_jax.make_dp_step(
        args.model,
        batch_size=req["expected_batch_size"],
        lr=req["lr"],
        noise_multiplier=req["noise_multiplier"],
        max_grad_norm=req["max_grad_norm"],
        seed=common.SEED,
    )
    new = step(models_jax.to_device(params), x, y, np.int32(0))
    out = OrderedDict((k, np.asarray(new[k])) for k in params)
    # float32 output, as dpgpu's
    common.write_json_atomic(Path(args.out), params_to_json(args.model, out, np.float32))
    return 0


if __name__ == "__main__":
    sys.exit(main())
