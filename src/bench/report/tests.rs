//! Unit tests of the `report` module (and of `tables` and `charts` through it).

use super::*;
use std::fs;

fn temp_dir(name: &str) -> PathBuf {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("dpgpu-report-test-{name}-{}-{nanos}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A successful run whose steady-state epochs take `secs` seconds.
fn run(
    library: &str,
    variant: &str,
    experiment: &str,
    batch_size: usize,
    fusion: bool,
    secs: f64,
) -> RunResult {
    RunResult {
        library: library.to_string(),
        variant: variant.to_string(),
        experiment: experiment.to_string(),
        batch_size,
        private: variant != "nonprivate",
        fusion,
        timings: vec![secs * 5.0, secs, secs * 1.01, secs * 0.99, secs],
        step_timings: vec![secs / 100.0; 3],
        status: "ok".to_string(),
        error: None,
        backend: Some("cpu".to_string()),
        adapter: None,
        device: "cpu".to_string(),
        vendor: None,
        driver: None,
        machine: None,
        peak_memory_bytes: None,
        dispatches_per_step: None,
        settings: String::new(),
        build: String::new(),
        source: None,
        show_device: false,
    }
}

#[test]
fn median_odd_and_even() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[3.0]), Some(3.0));
    assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
}

#[test]
fn epoch_median_includes_the_compilation_epoch() {
    let r = run("dpgpu", "vectorized", "mnist", 128, true, 2.0);
    assert_eq!(r.median_epoch_seconds(), Some(2.0));
    let mut three = r.clone();
    three.timings = vec![10.0, 1.0, 2.0];
    assert_eq!(three.median_epoch_seconds(), Some(2.0));
    assert_eq!(r.median_step_seconds(), Some(0.02));
    let mut single = r.clone();
    single.timings = vec![7.0];
    assert_eq!(single.median_epoch_seconds(), Some(7.0));
}

#[test]
fn labels() {
    assert_eq!(run("dpgpu", "vectorized", "mnist", 16, true, 1.0).label(), "dpgpu vectorized");
    assert_eq!(run("dpgpu", "ghost", "mnist", 16, false, 1.0).label(), "dpgpu ghost (no fusion)");
    assert_eq!(run("dpgpu", "nonprivate", "mnist", 16, true, 1.0).label(), "dpgpu non-private");
    assert_eq!(run("jax", "dp", "mnist", 16, true, 1.0).label(), "JAX");
    assert_eq!(run("opacus", "nonprivate", "mnist", 16, true, 1.0).label(), "Opacus");
}

#[test]
fn significant_digits() {
    assert_eq!(format_significant(1.234, 2), "1.2");
    assert_eq!(format_significant(0.04567, 2), "0.046");
    assert_eq!(format_significant(45.6, 2), "46");
    assert_eq!(format_significant(9.96, 2), "10");
    assert_eq!(format_significant(123.456, 4), "123.5");
}

#[test]
fn load_results_filters_files() {
    let dir = temp_dir("load");
    let ok = |lib: &str, variant: &str, bs: usize| {
        format!(
            r#"{{"library":"{lib}","variant":"{variant}","experiment":"mnist","batch_size":{bs},
            "private":true,"fusion":true,"timings":[1.9,1.2,1.21],"step_timings":[0.01,0.011],
            "status":"ok","error":null,"backend":"cpu","adapter":null,"device":"cpu: burn flex",
            "extra_field":{{"nested":[1,2]}}}}"#
        )
    };
    fs::write(dir.join("a.json"), ok("dpgpu", "vectorized", 128)).unwrap();
    fs::write(dir.join("b.json"), ok("jax", "dp", 64)).unwrap();
    // Minimal file: library, private, fusion and status take their defaults.
    let minimal = r#"{"variant":"nonprivate","experiment":"logreg","batch_size":32,"timings":[0.5]}"#;
    fs::write(dir.join("c.json"), minimal).unwrap();
    let failed = r#"{"library":"dpgpu","variant":"loop","experiment":"lstm","batch_size":256,
        "private":true,"fusion":true,"timings":[],"status":"oom","error":"out of memory"}"#;
    fs::write(dir.join("d.json"), failed).unwrap();
    fs::write(dir.join("memory_mnist.json"), r#"{"peak_bytes": 123}"#).unwrap();
    fs::write(dir.join("notes.txt"), "not json").unwrap();

    let results = load_results(&dir).unwrap();
    assert_eq!(results.len(), 4);
    assert_eq!(results[0].median_epoch_seconds(), Some(1.21));
    assert_eq!(results[2].library, "dpgpu");
    assert!(!results[2].private && results[2].fusion && results[2].status == "ok");
    assert_eq!(results[3].status, "oom");
    assert_eq!(results[3].error.as_deref(), Some("out of memory"));
    assert_eq!(results[3].median_epoch_seconds(), None);

    // A truncated result file is an error naming it, not a silently smaller report.
    let broken = temp_dir("broken");
    fs::write(broken.join("c.json"), minimal).unwrap();
    fs::write(broken.join("cut.json"), "{\"timings\": [1.0,").unwrap();
    let err = format!("{:#}", load_results(&broken).unwrap_err());
    assert!(err.contains("cut.json") && err.contains("not valid JSON"), "{err}");
    let typo = r#"{"variant":"auto","experiment":"mnist","batch_size":"x","timings":[1.0]}"#;
    fs::write(broken.join("cut.json"), typo).unwrap();
    let err = format!("{:#}", load_results(&broken).unwrap_err());
    assert!(err.contains("cut.json") && err.contains("not a valid result file"), "{err}");

    let empty = temp_dir("empty");
    let err = format!("{:#}", load_results(&empty).unwrap_err());
    assert!(err.contains(&empty.display().to_string()), "{err}");
    let missing = empty.join("does-not-exist");
    let err = format!("{:#}", load_results(&missing).unwrap_err());
    assert!(err.contains("does-not-exist"), "{err}");
    fs::remove_dir_all(&dir).unwrap();
    fs::remove_dir_all(&empty).unwrap();
}

#[test]
fn write_report_produces_all_files() {
    let mut results = vec![
        run("dpgpu", "vectorized", "mnist", 128, true, 2.0),
        run("dpgpu", "vectorized", "mnist", 128, false, 3.0),
        run("dpgpu", "ghost", "mnist", 128, true, 4.0),
        run("dpgpu", "loop", "mnist", 128, true, 40.0),
        run("dpgpu", "nonprivate", "mnist", 128, true, 0.5),
        run("dpgpu", "vectorized", "mnist", 16, true, 150.0),
        run("jax", "dp", "mnist", 128, true, 1.0),
        run("jax", "nonprivate", "mnist", 128, true, 0.25),
        run("dpgpu", "vectorized", "logreg", 64, true, 0.012),
    ];
    let mut failed = run("opacus", "dp", "mnist", 256, true, 0.0);
    failed.timings.clear();
    failed.status = "failed".to_string();
    results.push(failed);

    let out = temp_dir("write").join("report");
    let files = write_report(&results, &out, None).unwrap().files;
    let names = [
        "medians.csv",
        "medians.md",
        "ablation.md",
        "ratios.md",
        "fusion.md",
        "cnn_runtimes.svg",
        "cnn_runtimes.png",
        "logistic_runtimes.svg",
        "logistic_runtimes.png",
    ];
    for name in names {
        assert!(files.contains(&out.join(name)), "{name} not reported");
        assert!(out.join(name).is_file(), "{name} not written");
    }
    assert_eq!(files.len(), names.len());
    let leftovers: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    let mut reader = csv::Reader::from_path(out.join("medians.csv")).unwrap();
    assert_eq!(reader.headers().unwrap().len(), 16);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), results.len());
    assert!(rows.iter().any(|r| &r[6] == "failed" && r[8].is_empty()));

    // Fused 2 vs unfused 3 s at batch 128 over non-private 0.5 s: overheads 1.5 and 2.5 s.
    let fusion = fs::read_to_string(out.join("fusion.md")).unwrap();
    let row = fusion.lines().find(|l| l.starts_with("| mnist | 128 | vectorized |")).unwrap();
    assert!(row.contains("| 0.5000 | 2.000 | 3.000 | 1.5x | 1.500 | 2.500 |"), "{row}");
    assert!(!fusion.contains("| jax"), "peers have no fused variant: {fusion}");

    let ablation = fs::read_to_string(out.join("ablation.md")).unwrap();
    let mnist_row = ablation.lines().find(|l| l.starts_with("| mnist")).unwrap();
    // loop / vectorized = 40 / 2, loop / ghost = 40 / 4, unfused / fused = 3 / 2, DP / non-private = 2 / 0.5.
    for expected in ["| 20.0x |", "| 10.0x |", "| 1.5x |", "| 4.0x |"] {
        assert!(mnist_row.contains(expected), "{expected} missing in {mnist_row}");
    }
    let ratios = fs::read_to_string(out.join("ratios.md")).unwrap();
    assert!(
        ratios.lines().any(|l| l.starts_with("| jax | mnist | 128 | JAX | 1.000 | 0.2500 | 4.0x |")),
        "{ratios}"
    );
    assert!(
        ratios
            .lines()
            .any(|l| l.starts_with("| dpgpu | mnist | 128 | dpgpu vectorized |") && l.ends_with("| 20.0x |")),
        "{ratios}"
    );

    let svg = fs::read_to_string(out.join("cnn_runtimes.svg")).unwrap();
    assert!(svg.contains("Median Runtime for One Private Epoch – MNIST Convolutional Neural Network"));
    assert!(
        svg.contains("Non-Private Epoch") && svg.contains("dpgpu vectorized") && svg.contains("\nfail\n")
    );
    if std::env::var_os("KEEP_REPORT").is_some() {
        eprintln!("report in {}", out.display());
    }
    assert!(svg.contains("\n150\n") && svg.contains("\n2.0\n"), "bar annotations missing");
    let png = fs::read(out.join("cnn_runtimes.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    if std::env::var_os("KEEP_REPORT").is_none() {
        fs::remove_dir_all(out.parent().unwrap()).unwrap();
    } else {
        eprintln!("report in {}", out.display());
    }
}

/// `run` on another device.
fn on(device: &str, mut r: RunResult) -> RunResult {
    r.device = device.to_string();
    r.backend = Some(device.split('-').next().unwrap().to_string());
    r.adapter = (device != "cpu").then(|| "llvmpipe (LLVM 15.0.6, 256 bits)".to_string());
    r
}

#[test]
fn two_devices_are_reported_apart_with_the_baseline_ratio() {
    let lvp = "vulkan-llvmpipe-llvm-15-0-6-256-bits";
    let mut results = vec![
        on("cpu", run("dpgpu", "auto", "mnist", 128, true, 2.0)),
        on("cpu", run("dpgpu", "nonprivate", "mnist", 128, true, 1.0)),
        on(lvp, run("dpgpu", "auto", "mnist", 128, true, 8.0)),
        on(lvp, run("dpgpu", "nonprivate", "mnist", 128, true, 2.0)),
    ];
    results[2].settings = r#"{"epochs":5}"#.to_string();
    let out = temp_dir("devices").join("report");
    let files = write_report(&results, &out, None).unwrap().files;
    for name in
        ["devices.md", "medians.csv", "cnn_runtimes.png", "cpu/ratios.md", &format!("{lvp}/ratios.md")]
    {
        assert!(files.contains(&out.join(name)), "{name} not reported");
    }
    let devices = fs::read_to_string(out.join("devices.md")).unwrap();
    // auto: 2 s on cpu, 8 s on lavapipe (4x the baseline), its settings differ from the cpu run's.
    let row = devices.lines().find(|l| l.starts_with("| mnist | dpgpu auto | 128 |")).unwrap();
    assert!(row.contains("| 2.000 | 8.000 | 4.00x | settings differ |"), "{row}");
    let row = devices.lines().find(|l| l.starts_with("| dpgpu | mnist | 128 |")).unwrap();
    assert!(row.contains("2.0x (dpgpu auto)") && row.contains("4.0x (dpgpu auto)"), "{row}");
    // Each device's own tables hold only its runs and name it.
    let cpu = fs::read_to_string(out.join("cpu/ratios.md")).unwrap();
    assert!(cpu.contains("Device: `cpu`") && cpu.contains("| 2.000 | 1.000 | 2.0x |"), "{cpu}");
    // The chart labels carry the device; the baseline can be the other device.
    let svg = fs::read_to_string(out.join("cnn_runtimes.svg")).unwrap();
    assert!(svg.contains("cpu: dpgpu auto") || svg.contains("cpu:"), "no device in the chart labels");
    let devices =
        fs::read_to_string(write_report(&results, &out, Some(lvp)).map(|_| out.join("devices.md")).unwrap());
    assert!(devices.unwrap().contains("| cpu / vulkan-llvmpipe-llvm-15-0-6-256-bits |"));
    assert!(write_report(&results, &out, Some("metal")).is_err());
}

#[test]
fn the_same_run_in_two_folders_is_an_error_naming_both() {
    let (a, b) = (temp_dir("dup-a"), temp_dir("dup-b"));
    let text =
        r#"{"variant": "auto", "experiment": "mnist", "batch_size": 64, "timings": [1.0], "backend": "cpu"}"#;
    fs::write(a.join("auto_mnist_bs_64_priv_true_cpu.json"), text).unwrap();
    fs::write(b.join("auto_mnist_bs_64_priv_true_cpu.json"), text).unwrap();
    let err = format!("{:#}", load_results_from(&[a.clone(), b.clone()]).unwrap_err());
    assert!(err.contains(&a.display().to_string()) && err.contains(&b.display().to_string()), "{err}");
    let other = text.replace(r#""backend": "cpu""#, r#""backend": "vulkan", "adapter": "NVIDIA H200""#);
    fs::write(b.join("auto_mnist_bs_64_priv_true_cpu.json"), other).unwrap();
    let runs = load_results_from(&[a, b]).unwrap();
    assert_eq!(runs.iter().map(|r| r.device.as_str()).collect::<Vec<_>>(), ["cpu", "vulkan-nvidia-h200"]);
}

#[test]
fn peers_on_the_cpu_share_its_device_and_two_hosts_are_kept_apart() {
    let dir = temp_dir("hosts");
    let file = |lib: &str, variant: &str, extra: &str| {
        format!(
            r#"{{"library":"{lib}","variant":"{variant}","experiment":"mnist","batch_size":64,"timings":[1.0],{extra}}}"#
        )
    };
    let xeon = r#""backend":"cpu","machine":"Intel Xeon, 2 cores""#;
    fs::write(dir.join("a.json"), file("dpgpu", "auto", xeon)).unwrap();
    fs::write(
        dir.join("b.json"),
        file("jax", "dp", r#""backend":"cpu","adapter":"Intel(R) Xeon(R) Processor""#),
    )
    .unwrap();
    let other = temp_dir("hosts-2");
    fs::write(
        other.join("a.json"),
        file("dpgpu", "auto", r#""backend":"cpu","machine":"AMD EPYC, 96 cores""#),
    )
    .unwrap();
    let runs = load_results_from(&[dir.clone(), other, dir]).unwrap();
    let devices: Vec<&str> = runs.iter().map(|r| r.device.as_str()).collect();
    assert_eq!(devices, ["cpu@intel-xeon-2-cores", "cpu", "cpu@amd-epyc-96-cores"]);
    let results: Vec<RunResult> = runs.into_iter().filter(|r| r.library == "jax").collect();
    let out = temp_dir("hosts-report");
    write_report(&results, &out, None).unwrap();
    assert!(fs::read_to_string(out.join("ablation.md")).unwrap().contains("No dpgpu run at batch size 128"));
}
