#!/usr/bin/env python3
"""Side-by-side sweep of the peers: every (experiment, batch size, library, variant) as a fresh
subprocess of ``run.py`` (as the paper's runtime_experiment.py, SPEC B§9.1), failures recorded
without aborting, then a table of median seconds per epoch (all epochs, epoch 1 included, as
B§8). ``opacus-ghost`` has no non-private variant of its own (it would be plain PyTorch, which is
``opacus`` ``nonprivate``), so it runs ``dp`` only.

    sweep.py --libraries jax,opacus --experiments mnist,ffnn,embed --batch-sizes 32,128,256
             --epochs 5 --out DIR [--variants dp,nonprivate] [--dummy-data|--real-data]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import run  # noqa: E402


def csv_list(s):
    return [v for v in s.split(",") if v]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--libraries", type=csv_list, default=["jax", "opacus"])
    ap.add_argument("--experiments", type=csv_list, default=list(common.EXPERIMENTS))
    ap.add_argument("--batch-sizes", type=lambda s: [int(v) for v in csv_list(s)], default=[256, 128, 64, 32, 16])
    ap.add_argument("--variants", type=csv_list, default=["dp", "nonprivate"])
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--out", type=Path, required=True)
    data = ap.add_mutually_exclusive_group()
    data.add_argument("--dummy-data", dest="dummy", action="store_true", default=True,
                      help="SPEC B§3.2 random data, 2 x batch size examples (default)")
    data.add_argument("--real-data", dest="dummy", action="store_false", help="real data (mnist only)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per run before it is killed")
    ap.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    ap.add_argument("--threads", type=int, default=0, help="run.py --threads (0: the libraries' default)")
    ap.add_argument("--step-timings", action="store_true")
    args = ap.parse_args(argv)
    for lib in args.libraries:
        if lib not in run.LIBRARIES:
            ap.error(f"unknown library {lib}; one of {', '.join(run.LIBRARIES)}")
    for e in args.experiments:
        if e not in common.EXPERIMENTS:
            ap.error(f"unknown experiment {e}")
    for v in args.variants:
        if v not in run.VARIANTS:
            ap.error(f"unknown variant {v}")

    runs = [
        (e, b, lib, v)
        for e in args.experiments
        for b in args.batch_sizes
        for v in args.variants
        for lib in args.libraries
        if not (lib == "opacus-ghost" and v == "nonprivate")
    ]
    logs = args.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    results, failures = {}, []
    t_start = time.time()
    for k, (e, b, lib, v) in enumerate(runs, 1):
        name = common.result_name(lib, v, e, b)
        path = args.out / name
        if path.exists():
            path.unlink()
        cmd = [sys.executable, str(HERE / "run.py"), "--library", lib, "--experiment", e, "--batch-size", str(b),
               "--epochs", str(args.epochs), "--variant", v, "--out", str(args.out), "--device", args.device]
        if args.dummy:
            cmd.append("--dummy-data")
        if args.step_timings:
            cmd.append("--step-timings")
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        print(f"[{k}/{len(runs)}] {lib} {v} {e} bs {b} ...", end=" ", flush=True)
        t0 = time.time()
        with open(logs / (name[: -len(".json")] + ".log"), "w") as log:
            try:
                rc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, timeout=args.timeout).returncode
                why = None
            except subprocess.TimeoutExpired:
                rc, why = -1, f"killed after the {args.timeout:g} s timeout"
        record = None
        if path.exists():
            with open(path) as f:
                record = json.load(f)
        if record is None:  # died without writing (killed, out of memory, crashed interpreter)
            record = {
                "library": lib, "variant": v, "experiment": e, "batch_size": b, "private": v == "dp",
                "fusion": True, "timings": [], "step_timings": [], "status": "failed",
                "error": why or f"run.py exited {rc} without writing a result (see {logs})",
                "backend": None, "adapter": None, "args": {"command": cmd}, "versions": common.versions(),
            }
            common.write_json_atomic(path, record)
        results[(e, b, lib, v)] = record
        if record["status"] == "ok":
            med = statistics.median(record["timings"])
            print(f"ok, median {med:.4f} s/epoch (epoch 1 {record['timings'][0]:.2f} s) [{time.time() - t0:.0f} s]", flush=True)
        else:
            failures.append((lib, v, e, b, record["status"], record["error"]))
            print(f"{record['status'].upper()}: {record['error']}", flush=True)

    print(f"\n{len(runs)} runs in {time.time() - t_start:.0f} s; results in {args.out}\n")
    print("Median seconds per epoch (all epochs, epoch 1 included):\n")
    cols = [(lib, v) for v in args.variants for lib in args.libraries if not (lib == "opacus-ghost" and v == "nonprivate")]
    print("| experiment | B | " + " | ".join(f"{lib} {v}" for lib, v in cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    rows_csv = ["experiment,batch_size,library,variant,status,median_s,epoch1_s,epochs"]
    for e in args.experiments:
        for b in args.batch_sizes:
            cells = []
            for lib, v in cols:
                r = results[(e, b, lib, v)]
                if r["status"] == "ok":
                    med = statistics.median(r["timings"])
                    cells.append(f"{med:.4f}")
                    rows_csv.append(f"{e},{b},{lib},{v},ok,{med:.6f},{r['timings'][0]:.6f},{len(r['timings'])}")
                else:
                    cells.append(r["status"])
                    rows_csv.append(f"{e},{b},{lib},{v},{r['status']},,,0")
            print(f"| {e} | {b} | " + " | ".join(cells) + " |")
    (args.out / "summary.csv").write_text("\n".join(rows_csv) + "\n")
    if failures:
        print("\nNot ok:")
        for lib, v, e, b, status, err in failures:
            print(f"- {lib} {v} {e} bs {b}: {status}: {err}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
