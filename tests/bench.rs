//! The benchmark harness end to end: the memory-limit search with a cap on the cpu backend, a
//! run over its cap recorded as out of memory (from the typed error, not a message), the
//! dispatch count in a result file and the kernel dump on Vulkan.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn dpgpu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(args).output().expect("dpgpu runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-bench-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .unwrap()
}

/// `dpgpu memory` for the FCNN's `vectorized` variant on cpu, one epoch per probe, into `out`.
fn ffnn_memory_search(out: &Path, extra: &[&str]) -> std::process::Output {
    let base =
        ["memory", "--backend", "cpu", "--experiments", "ffnn", "--variants", "vectorized", "--epochs", "1"];
    let out = ["--out", out.to_str().unwrap()];
    dpgpu(&[&base[..], &out[..], extra].concat())
}

/// The FCNN's `vectorized` step holds `[batch, 5,352]` per-sample gradients, so its peak memory
/// grows with the batch size and a cap of 64 MiB over the process's own size is reached at some
/// batch size: the search brackets it within `thresh`, the batch size below fits the cap and
/// the one above does not.
#[test]
fn the_memory_search_brackets_the_largest_batch_under_a_cap() {
    let out = scratch("memory");
    // The process's own peak memory at a tiny batch, to put the cap 64 MiB above it.
    let probe = ffnn_memory_search(&out, &["--init-bs", "4", "--max-bs", "4", "--name", "base"]);
    assert!(probe.status.success(), "{}", String::from_utf8_lossy(&probe.stderr));
    let base = json(&out.join("memory_expt_base.json"));
    let base_bytes = base["results"][0]["probes"][0]["peak_bytes"].as_u64().expect("peak memory recorded");
    let limit_mb = base_bytes / (1 << 20) + 64;
    let limit = limit_mb.to_string();
    let run = ffnn_memory_search(&out, &["--init-bs", "64", "--thresh", "256", "--memory-limit", &limit]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let result = &json(&out.join("memory_expt.json"))["results"][0];
    assert_eq!(result["status"], "ok", "{result}");
    let (fits, oom) =
        (result["max_batch_size"].as_u64().unwrap(), result["oom_batch_size"].as_u64().unwrap());
    assert!(fits < oom && oom - fits <= 256, "bracket [{fits}, {oom})");
    let limit = limit_mb * (1 << 20);
    for p in result["probes"].as_array().unwrap() {
        let (bs, status) = (p["batch_size"].as_u64().unwrap(), p["status"].as_str().unwrap());
        match status {
            "fits" => assert!(bs <= fits && p["peak_bytes"].as_u64().unwrap() <= limit, "{p}"),
            "oom" => assert!(bs >= oom && p["error"].as_str().unwrap().contains("memory limit"), "{p}"),
            other => panic!("probe {p}: unexpected status {other}"),
        }
    }
    let table = std::fs::read_to_string(out.join("memory_expt.md")).unwrap();
    assert!(table.contains(&format!("| ffnn | vectorized | {fits} | {oom} |")), "{table}");
}

/// A run that holds more than its `memory_limit_mb` is recorded with status `oom` by the run
/// itself (its typed `OutOfMemory` error), and the sweep carries that status through.
#[test]
fn a_run_over_its_memory_limit_is_recorded_as_oom() {
    let out = scratch("oom");
    let config = serde_json::json!({
        "experiment": "ffnn", "variant": "vectorized", "batch_size": 32, "epochs": 1, "dummy_data": true,
        "data_dir": null, "fusion": true, "train_examples": null, "noise_multiplier": 1.1,
        "max_grad_norm": 1.0, "lr": 0.15, "seed": 42, "memory_limit_mb": 1
    });
    let run = dpgpu(&[
        "bench-run",
        "--backend",
        "cpu",
        "--out",
        out.to_str().unwrap(),
        "--config",
        &config.to_string(),
    ]);
    assert!(!run.status.success());
    let file = json(&out.join("vectorized_ffnn_bs_32_priv_true.json"));
    assert_eq!(file["status"], "oom", "{file}");
    assert!(file["error"].as_str().unwrap().contains("exceed the memory limit of 1048576 bytes"), "{file}");
}

/// On Vulkan, a bench result file records the dispatches of one step (dpgpu's own kernels among
/// them), and `dump-kernels` writes the WGSL of what one FFNN DP step and one matvec dispatch.
#[test]
fn dispatch_counts_and_kernel_dumps_on_vulkan() {
    if common::vulkan().is_none() {
        return;
    }
    let out = scratch("dump");
    let run = dpgpu(&[
        "dump-kernels",
        "--backend",
        "vulkan",
        "--cases",
        "matvec_nograd,ffnn_dp_bs20",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let ffnn = json(&out.join("ffnn_dp_bs20/dispatches.json"));
    let by_kernel = &ffnn["dispatches"]["by_kernel"];
    // FFNN: two Linear layers, four parameter tensors.
    assert_eq!(by_kernel["dpgpu::NoisySgd"], 4, "{ffnn}");
    assert_eq!(by_kernel["dpgpu::ClipFactors"], 1, "{ffnn}");
    let files = ffnn["kernel_files"].as_array().unwrap();
    let noisy =
        files.iter().map(|f| f.as_str().unwrap()).find(|f| f.contains("NoisySgd")).expect("the noise kernel");
    let wgsl = std::fs::read_to_string(out.join("ffnn_dp_bs20").join(noisy)).unwrap();
    assert!(wgsl.contains("fn philox4x32_10") && wgsl.contains("@compute"), "{wgsl}");
    let matvec = json(&out.join("matvec_nograd/dispatches.json"));
    assert!(matvec["dispatches"]["total"].as_u64().unwrap() >= 1, "{matvec}");
    assert_eq!(matvec["dispatches"]["dpgpu_kernels"], 0);
    let summary = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(summary.contains("| ffnn_dp_bs20 |") && summary.contains("| matvec_nograd |"), "{summary}");

    // The train record counts the dispatches of its second step: logistic regression has one
    // Linear layer, so two noise kernels.
    let run = out.join("train");
    let train = dpgpu(&[
        "train",
        "--backend",
        "vulkan",
        "--model",
        "logreg",
        "--dummy-data",
        "--epochs",
        "1",
        "--batch-size",
        "16",
        "--out",
        run.to_str().unwrap(),
    ]);
    assert!(train.status.success(), "{}", String::from_utf8_lossy(&train.stderr));
    let record = json(&run.join("run.json"));
    assert_eq!(
        record["dispatches_per_step"]["by_kernel"]["dpgpu::NoisySgd"], 2,
        "{}",
        record["dispatches_per_step"]
    );
    // And a bench result file those of one step after the timed epochs.
    let raw = out.join("raw");
    let bench = dpgpu(&[
        "bench",
        "--backend",
        "vulkan",
        "--experiments",
        "logreg",
        "--batch-sizes",
        "16",
        "--variants",
        "vectorized",
        "--fusion",
        "on",
        "--epochs",
        "1",
        "--dummy-data",
        "--out",
        raw.to_str().unwrap(),
    ]);
    assert!(bench.status.success(), "{}", String::from_utf8_lossy(&bench.stderr));
    let file = json(&result_file(&raw, "vectorized_logreg_bs_16_priv_true_vulkan-"));
    assert_eq!(file["dispatches_per_step"]["by_kernel"]["dpgpu::NoisySgd"], 2, "{file}");
}

/// On cpu (no WGSL kernels) fusion on and off are one DP step: `--fusion on,off` times it once.
#[test]
fn cpu_runs_one_fusion_setting() {
    let out = scratch("cpu-fusion");
    let args = ["bench", "--backend", "cpu", "--experiments", "logreg", "--batch-sizes", "16"];
    let rest = ["--variants", "vectorized", "--fusion", "on,off", "--epochs", "1", "--dummy-data", "--out"];
    let run = dpgpu(&[&args[..], &rest[..], &[out.to_str().unwrap()]].concat());
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let mut files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()).collect();
    files.sort();
    assert_eq!(files, ["vectorized_logreg_bs_16_priv_true_cpu.json"], "one run, fusion on");
    assert!(String::from_utf8_lossy(&run.stderr).contains("fusion on only"));
    // The file names the commit the binary was built from (build.rs), when built inside git.
    let head =
        Command::new("git").args(["rev-parse", "HEAD"]).current_dir(env!("CARGO_MANIFEST_DIR")).output();
    if let Ok(head) = head.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()) {
        let file = json(&out.join("vectorized_logreg_bs_16_priv_true_cpu.json"));
        let recorded = file["git_commit"].as_str().unwrap_or_default().to_string();
        assert!(
            head.is_empty() || recorded == head || recorded == format!("{head}-dirty"),
            "recorded {recorded:?}, HEAD {head:?}"
        );
    }
}

/// The one result file in `dir` whose name starts with `prefix`.
fn result_file(dir: &Path, prefix: &str) -> PathBuf {
    let names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    assert_eq!(names.len(), 1, "files starting with {prefix} in {}: {names:?}", dir.display());
    names[0].clone()
}

/// cpu and lavapipe bench into one folder without overwriting each other (a rerun replaces only
/// its own device's files), and `dpgpu report` keeps them apart: a table per device, a
/// cross-device table with the ratio to the baseline, a chart with both.
#[test]
fn two_devices_bench_into_one_folder_and_report_apart() {
    if common::vulkan().is_none() {
        return;
    }
    let dir = scratch("two-devices");
    let raw = dir.join("raw");
    let bench = |backend: &str| {
        let args = ["bench", "--backend", backend, "--experiments", "logreg", "--batch-sizes", "16"];
        let rest = ["--variants", "nonprivate,vectorized", "--fusion", "on", "--epochs", "1", "--dummy-data"];
        let run = dpgpu(&[&args[..], &rest[..], &["--out", raw.to_str().unwrap()]].concat());
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    };
    bench("cpu");
    bench("vulkan");
    bench("cpu");
    let mut names: Vec<String> = std::fs::read_dir(&raw)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert_eq!(names.iter().filter(|n| n.ends_with("_cpu.json")).count(), 2, "{names:?}");
    let lvp = json(&result_file(&raw, "vectorized_logreg_bs_16_priv_true_vulkan-"));
    let device = lvp["device"].as_str().unwrap().to_string();
    assert!(device.starts_with("vulkan-"), "{lvp}");

    let report = dir.join("report");
    let run = dpgpu(&["report", raw.to_str().unwrap(), "--out", report.to_str().unwrap()]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let table = std::fs::read_to_string(report.join("devices.md")).unwrap();
    let row = table.lines().find(|l| l.starts_with("| logreg | dpgpu vectorized | 16 |")).expect(&table);
    assert!(row.contains("x |") && table.contains(&format!("| {device} / cpu |")), "{table}");
    for file in ["cpu/medians.md", &format!("{device}/medians.md"), "logistic_runtimes.png", "medians.csv"] {
        assert!(report.join(file).is_file(), "{file} missing");
    }
    let csv = std::fs::read_to_string(report.join("medians.csv")).unwrap();
    assert!(csv.lines().next().unwrap().ends_with("device,backend,adapter,vendor,driver,host"), "{csv}");
    assert!(csv.contains(",vulkan,llvmpipe") || csv.contains(",vulkan,"), "{csv}");
    // A baseline that is not one of the devices is bad input.
    let run =
        dpgpu(&["report", raw.to_str().unwrap(), "--baseline", "metal", "--out", report.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stderr).contains("baseline"));
}
