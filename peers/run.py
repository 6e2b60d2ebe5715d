#!/usr/bin/env python3
"""One timed run of a peer, in this (fresh) process, timed as ``dpgpu bench`` times dpgpu (SPEC
B§8, A§6): per epoch, ``time.perf_counter()`` around all of the epoch's steps plus a device sync
(JAX: ``block_until_ready`` on the parameters; PyTorch: ``torch.cuda.synchronize()`` on CUDA,
nothing to wait for on the CPU); epoch 1 (compilation, warm-up) is kept.

Writes ``OUT/<library>_<variant>_<experiment>_bs_<B>_priv_<true|false>.json`` atomically. Exit
status: 0 ok, 1 the run failed (the file says why, status "failed"), 3 the library cannot run this
model (status "unsupported"), 2 bad arguments (no file).

    run.py --library jax|opacus|opacus-ghost --experiment E --batch-size B --epochs N
           --variant dp|nonprivate [--dummy-data] --out DIR
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402

LIBRARIES = ("jax", "opacus", "opacus-ghost")
VARIANTS = ("dp", "nonprivate")
EXIT_FAILED, EXIT_UNSUPPORTED = 1, 3


def parse(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", required=True, choices=LIBRARIES)
    ap.add_argument("--experiment", required=True, choices=common.EXPERIMENTS)
    ap.add_argument("--batch-size", type=int, required=True)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--variant", default="dp", choices=VARIANTS)
    ap.add_argument("--dummy-data", action="store_true", help="SPEC B§3.2: 2 x batch-size random examples")
    ap.add_argument("--data-dir", type=Path, default=HERE.parent / "data", help="real data (mnist only)")
    ap.add_argument("--out", type=Path, required=True, help="directory for the result file")
    ap.add_argument("--lr", type=float, default=common.LR)
    ap.add_argument("--noise-multiplier", type=float, default=common.NOISE_MULTIPLIER)
    ap.add_argument("--max-grad-norm", type=float, default=common.MAX_GRAD_NORM)
    ap.add_argument("--seed", type=int, default=common.SEED)
    ap.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"),
                    help="auto: CUDA when the library sees a GPU, else the CPU")
    ap.add_argument("--threads", type=int, default=0,
                    help="pin the run to this many CPU cores and library threads (0: the libraries' default, "
                         "every core); 1 keeps the timing stable on a machine shared with other work")
    ap.add_argument("--step-timings", action="store_true",
                    help="time every step, with a device sync after each (slightly slower epochs); without it "
                         "step_timings holds each epoch's seconds / steps per epoch, as dpgpu's")
    args = ap.parse_args(argv)
    if args.batch_size < 1 or args.epochs < 1:
        ap.error("--batch-size and --epochs must be >= 1")
    return args


def limit_threads(n: int) -> None:
    """Pins this process to n cores and sizes the libraries' thread pools to n; call before
    importing JAX or PyTorch."""
    cpus = sorted(os.sched_getaffinity(0))[:n]
    os.sched_setaffinity(0, cpus)
    flags = os.environ.get("XLA_FLAGS", "")
    flags += f" --xla_cpu_multi_thread_eigen={'false' if n == 1 else 'true'} intra_op_parallelism_threads={n}"
    os.environ["XLA_FLAGS"] = flags.strip()
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(n)


def main(argv=None):
    args = parse(argv)
    private = args.variant == "dp"
    out_path = args.out / common.result_name(args.library, args.variant, args.experiment, args.batch_size)
    record = {
        "library": args.library,
        "variant": args.variant,
        "experiment": args.experiment,
        "batch_size": args.batch_size,
        "private": private,
        "fusion": True,
        "timings": [],
        "step_timings": [],
        "status": "failed",
        "steps_per_epoch": None,
        "num_examples": None,
        "peak_rss_bytes": None,
        "error": None,
        "backend": "cpu",
        "adapter": None,
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "versions": common.versions(),
    }
    code = 0
    try:
        if args.threads > 0:
            limit_threads(args.threads)
        if args.dummy_data:
            x, y = common.dummy_data(args.experiment, 2 * args.batch_size, seed=args.seed)
        else:
            x, y = common.real_data(args.experiment, args.data_dir)
        if args.batch_size > len(x):
            raise ValueError(f"batch size {args.batch_size} is larger than the {len(x)} examples")
        params = common.init_params(args.experiment, args.seed)
        hp = dict(private=private, batch_size=args.batch_size, lr=args.lr,
                  noise_multiplier=args.noise_multiplier, max_grad_norm=args.max_grad_norm, seed=args.seed)
        if args.library == "jax":
            import jax

            if args.device == "cpu":
                jax.config.update("jax_platforms", "cpu")
            import models_jax

            record["backend"], record["adapter"] = models_jax.backend_and_adapter()
            if args.device == "cuda" and record["backend"] != "cuda":
                raise RuntimeError("--device cuda, but JAX sees no GPU (the peers install CPU JAX)")
            trainer = models_jax.Trainer(args.experiment, params, **hp)
        else:
            import torch

            import models_torch

            if args.threads > 0:
                torch.set_num_threads(args.threads)

            device = args.device
            if device == "auto":
                device = "cuda" if torch.cuda.is_available() else "cpu"
            record["backend"], record["adapter"] = models_torch.backend_and_adapter(device)
            trainer = models_torch.Trainer(args.experiment, params, library=args.library, device=device, **hp)

        n_steps = -(-len(x) // args.batch_size)
        record["steps_per_epoch"], record["num_examples"] = n_steps, len(x)
        print(f"{args.library} {args.variant} {args.experiment} bs {args.batch_size}: {len(x)} examples, "
              f"{n_steps} steps/epoch, {record['backend']} ({record['adapter']})", flush=True)
        for epoch in range(1, args.epochs + 1):
            start = time.perf_counter()
            for xb, yb in common.batches(x, y, args.batch_size):
                if args.step_timings:
                    s0 = time.perf_counter()
                    trainer.step(xb, yb)
                    trainer.sync()
                    record["step_timings"].append(time.perf_counter() - s0)
                else:
                    trainer.step(xb, yb)
            trainer.sync()
            seconds = time.perf_counter() - start
            record["timings"].append(seconds)
            if not args.step_timings:  # as dpgpu: the epoch's mean seconds per step
                record["step_timings"].append(seconds / n_steps)
            print(f"epoch {epoch}: {seconds:.4f} s", flush=True)
        record["status"] = "ok"
    except Exception as e:
        unsupported = type(e).__name__ == "UnsupportedError" or isinstance(e, NotImplementedError)
        record["status"] = "unsupported" if unsupported else "failed"
        record["error"] = f"{type(e).__name__}: {e}"
        record["timings"], record["step_timings"] = [], []
        traceback.print_exc()
        code = EXIT_UNSUPPORTED if unsupported else EXIT_FAILED
    record["peak_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    common.write_json_atomic(out_path, record)
    print(f"{record['status']}: {out_path}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
