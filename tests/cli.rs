//! `dpgpu` with bad input: a one-line error naming the input and the problem, exit code 2, no panic.

use std::path::PathBuf;
use std::process::Command;

fn dpgpu(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(args).output().expect("dpgpu runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The error line: exactly one line starting with "dpgpu:", and no panic anywhere.
fn error_line(stderr: &str) -> String {
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let lines: Vec<_> = stderr.lines().filter(|l| l.starts_with("dpgpu:")).collect();
    assert_eq!(lines.len(), 1, "one error line expected in: {stderr}");
    lines[0].to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn assert_bad_input(args: &[&str], needles: &[&str]) {
    let (code, stderr) = dpgpu(args);
    let line = error_line(&stderr);
    assert_eq!(code, 2, "exit code for {args:?}: {stderr}");
    for n in needles {
        assert!(line.contains(n), "{args:?}: {line:?} should mention {n:?}");
    }
}

#[test]
fn bad_hyperparameters_are_rejected_with_exit_code_2() {
    let base = ["train", "--backend", "cpu"];
    let cases: [(&[&str], &[&str]); 6] = [
        (&["--noise-multiplier", "-0.5"], &["noise_multiplier", "-0.5", ">= 0"]),
        // A cap only `auto` plans for, with a strategy that would ignore it.
        (
            &["--grad-sample", "vectorized", "--max-memory-mib", "16"],
            &["max_memory_mib", "auto", "vectorized"],
        ),
        (&["--max-grad-norm", "0"], &["max_grad_norm", "> 0"]),
        (&["--max-grad-norm", "-1"], &["max_grad_norm"]),
        (&["--delta", "1.5"], &["delta", "(0, 1)"]),
        (&["--delta", "0"], &["delta", "(0, 1)"]),
    ];
    for (extra, needles) in cases {
        let args: Vec<&str> = base.iter().chain(extra).copied().collect();
        assert_bad_input(&args, needles);
    }
}

/// A usage error from clap: exit code 2, no panic, the rejected value, the valid values, and the
/// nearest one when there is one.
fn assert_invalid_value(args: &[&str], value: &str, listed: &str, suggestion: Option<&str>) {
    let (code, stderr) = dpgpu(args);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert_eq!(code, 2, "exit code for {args:?}: {stderr}");
    assert!(stderr.starts_with(&format!("error: invalid value '{value}'")), "{args:?}: {stderr}");
    assert!(stderr.contains("[possible values: ") && stderr.contains(listed), "{args:?}: {stderr}");
    match suggestion {
        Some(s) => assert!(stderr.contains(&format!("a similar value exists: '{s}'")), "{args:?}: {stderr}"),
        None => assert!(!stderr.contains("similar value"), "{args:?}: {stderr}"),
    }
}

#[test]
fn a_typo_in_a_named_choice_gets_the_nearest_value_and_exit_code_2() {
    assert_invalid_value(&["train", "--grad-sample", "vectorzed"], "vectorzed", "ghost", Some("vectorized"));
    assert_invalid_value(&["train", "--backend", "vulcan"], "vulcan", "dx12", Some("vulkan"));
    assert_invalid_value(&["train", "--backend", "opencl"], "opencl", "vulkan", None);
    assert_invalid_value(&["train", "--model", "cifar"], "cifar", "logreg", Some("cifar10"));
    assert_invalid_value(&["epsilon", "--accountant", "rdpp"], "rdpp", "prv", Some("rdp"));
    assert_invalid_value(&["bench", "--variants", "nonprivate,gost"], "gost", "loop", Some("ghost"));
    assert_invalid_value(&["bench", "--fusion", "of"], "of", "on", Some("off"));
    assert_invalid_value(
        &["data", "check", "--dataset", "fashion_mnist"],
        "fashion_mnist",
        "imdb",
        Some("fashion-mnist"),
    );
}

#[test]
fn the_spellings_of_opacus_and_jax_users_are_aliases() {
    let base = ["epsilon", "--sample-rate", "0.04", "--steps", "100", "--json"];
    let sigma = json_of(&[&base[..], &["--sigma", "1.5"]].concat());
    assert_eq!(sigma, json_of(&[&base[..], &["--noise-multiplier", "1.5"]].concat()));
    // `vmap` (JAX) and `functorch` (Opacus) name the vectorised per-sample gradients.
    let dir = scratch("aliases");
    for strategy in ["vmap", "functorch", "vectorised"] {
        let out = dir.join(format!("{strategy}.json"));
        let args = ["dp-step", "--backend", "cpu", "--model", "logreg", "--grad-sample", strategy, "--out"];
        let (code, stderr) = dpgpu(&[&args[..], &[out.to_str().unwrap()]].concat());
        assert_eq!(code, 0, "{strategy}: {stderr}");
    }
    let help = Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(["train", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for shown in ["--sigma", "--disable-dp", "--secure-mode", "Privacy:", "Examples:", "-c, --max-grad-norm"]
    {
        assert!(help.contains(shown), "train --help lacks {shown:?}:\n{help}");
    }
}

#[test]
fn flags_a_resumed_run_would_ignore_are_refused() {
    for (flag, value) in [("--epochs", "50"), ("--lr", "9"), ("-b", "64"), ("--sigma", "2")] {
        let named = if flag == "-b" {
            "--batch-size"
        } else if flag == "--sigma" {
            "--noise-multiplier"
        } else {
            flag
        };
        assert_bad_input(
            &["train", "--backend", "cpu", "--resume", "/nonexistent", flag, value],
            &[named, "--resume"],
        );
    }
}

#[test]
fn a_batch_size_above_the_training_set_is_rejected() {
    assert_bad_input(
        &["train", "--backend", "cpu", "--batch-size", "60001"],
        &["batch_size", "60001", "60000"],
    );
}

#[test]
fn a_missing_data_folder_names_the_file_it_looked_for() {
    let dir = scratch("missing");
    let d = dir.to_str().unwrap();
    assert_bad_input(&["train", "--backend", "cpu", "--data-dir", d], &["train-images-idx3-ubyte"]);
    let (_, stderr) = dpgpu(&["train", "--backend", "cpu", "--data-dir", d]);
    assert!(stderr.contains("--dummy-data"), "the way to run without data is named: {stderr}");
}

#[test]
fn a_wrong_magic_number_or_a_corrupt_file_is_named() {
    let dir = scratch("corrupt");
    let real = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist"));
    for f in std::fs::read_dir(&real).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    // A label file where the image file should be: magic 0x801 instead of 0x803.
    std::fs::copy(real.join("t10k-labels-idx1-ubyte.gz"), dir.join("t10k-images-idx3-ubyte.gz")).unwrap();
    let d = dir.to_str().unwrap();
    assert_bad_input(&["train", "--backend", "cpu", "--data-dir", d], &["t10k-images-idx3-ubyte", "magic"]);

    // A truncated gzip stream.
    let bytes = std::fs::read(real.join("train-labels-idx1-ubyte.gz")).unwrap();
    std::fs::write(dir.join("train-labels-idx1-ubyte.gz"), &bytes[..bytes.len() / 2]).unwrap();
    assert_bad_input(&["train", "--backend", "cpu", "--data-dir", d], &["train-labels-idx1-ubyte"]);
}

#[test]
fn an_unknown_graphics_api_says_what_was_found() {
    // No Metal on Linux (or no Dx12 elsewhere): the error lists what wgpu did find.
    let api = if cfg!(target_os = "macos") { "dx12" } else { "metal" };
    assert_bad_input(&["train", "--backend", api], &["backend", api, "not available", "found"]);
}

/// Without the `mpi` feature, `--distributed mpi` says how to build with it.
#[cfg(not(feature = "mpi"))]
#[test]
fn distributed_mpi_without_the_feature_says_how_to_build_it() {
    assert_bad_input(
        &["train", "--distributed", "mpi"],
        &["--distributed mpi", "--features mpi", "libclang"],
    );
}

#[test]
fn devices_lists_adapters_and_exits_0() {
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(["devices", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert!(v.is_array());
}

fn json_of(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn epsilon_prints_the_published_rdp_value_and_a_tighter_prv_one() {
    let base = ["epsilon", "--noise-multiplier", "1.5", "--sample-rate", "0.04", "--steps", "2250", "--json"];
    let rdp = json_of(&[&base[..], &["--accountant", "rdp"]].concat());
    // Opacus accountants_test.py, test_rdp_accountant.
    assert!((rdp["epsilon"].as_f64().unwrap() / 7.32911117143 - 1.0).abs() < 1e-6, "{rdp}");
    assert_eq!(rdp["accountant"], "rdp");
    assert!(rdp["order"].as_f64().is_some());
    let prv = json_of(&base);
    let eps = prv["epsilon"].as_f64().unwrap();
    // Opacus' PRV accountant reports 6.777395712150674 with eps_error 0.01.
    assert!(eps < 7.329 && (eps - 6.7774).abs() < 0.02, "{prv}");
    assert_eq!((prv["delta"].as_f64(), prv["noise_multiplier"].as_f64()), (Some(1e-5), Some(1.5)));
}

#[test]
fn calibrate_never_overshoots_the_target() {
    for accountant in ["rdp", "prv"] {
        let v = json_of(&[
            "calibrate",
            "--target-epsilon",
            "8",
            "--sample-rate",
            "0.04",
            "--steps",
            "2000",
            "--accountant",
            accountant,
            "--json",
        ]);
        let (eps, sigma) = (v["epsilon"].as_f64().unwrap(), v["noise_multiplier"].as_f64().unwrap());
        assert!(eps <= 8.0, "{accountant}: {v}");
        // Opacus accountants_test.py: RDP 1.3562, PRV 1.2915 (each within its own tolerance).
        let published = if accountant == "rdp" { 1.3562 } else { 1.2915 };
        assert!((sigma - published).abs() < 0.01, "{accountant}: {v}");
    }
    assert_bad_input(
        &["calibrate", "--target-epsilon", "0.0001", "--sample-rate", "1", "--steps", "1000000"],
        &["target_epsilon"],
    );
    assert_bad_input(
        &["epsilon", "--noise-multiplier", "1", "--sample-rate", "1.5", "--steps", "10"],
        &["sample_rate"],
    );
}

#[test]
fn data_check_reports_real_counts_and_names_a_corrupt_file() {
    let out = json_of(&["data", "check", "--dataset", "adult", "--json"]);
    assert_eq!(out["train_examples"], 30_162);
    assert_eq!(out["test_examples"], 15_060);
    assert_eq!(out["example_shape"], serde_json::json!([104]));
    let files: Vec<String> =
        out["files"].as_array().unwrap().iter().map(|f| f["file"].as_str().unwrap().into()).collect();
    assert!(files.contains(&"adult.data".to_string()), "{files:?}");
    // A truncated IDX file: the error names the file and the problem, exit 2.
    let dir = scratch("data-check-corrupt");
    std::fs::create_dir_all(&dir).unwrap();
    for f in [
        "train-images-idx3-ubyte",
        "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte",
        "t10k-labels-idx1-ubyte",
    ] {
        std::fs::write(dir.join(f), [0u8, 0, 8, 3, 0, 0, 0, 9]).unwrap();
    }
    assert_bad_input(
        &["data", "check", "--dataset", "mnist", "--data-dir", dir.to_str().unwrap()],
        &["train-images-idx3-ubyte"],
    );
    assert_invalid_value(&["data", "check", "--dataset", "svhn"], "svhn", "cifar10", None);
}

#[test]
fn bench_and_dp_step_reject_bad_input() {
    assert_invalid_value(&["bench", "--backend", "cpu", "--variants", "jit"], "jit", "nonprivate", None);
    assert_invalid_value(&["bench", "--backend", "cpu", "--experiments", "resnet"], "resnet", "lstm", None);
    assert_invalid_value(&["bench", "--backend", "cpu", "--fusion", "maybe"], "maybe", "off", None);
    assert_bad_input(&["bench", "--backend", "cpu", "--run-timeout", "0"], &["run_timeout", "0"]);
    assert_bad_input(&["memory", "--backend", "cpu", "--init-bs", "0"], &["init_bs", "0"]);
    assert_bad_input(&["memory", "--backend", "cpu", "--memory-limit", "0"], &["memory_limit", "0"]);
    assert_bad_input(&["memory", "--backend", "cpu", "--max-bs", "8"], &["max_bs", "8", "--init-bs"]);
    assert_invalid_value(&["memory", "--backend", "cpu", "--variants", "jit"], "jit", "ghost", None);
    assert_bad_input(&["dump-kernels", "--backend", "cpu"], &["backend", "cpu", "dispatches no kernels"]);
    assert_invalid_value(
        &["dump-kernels", "--backend", "cpu", "--cases", "resnet"],
        "resnet",
        "matvec_grad",
        None,
    );
    let out = scratch("dp-step").join("out.json");
    assert_bad_input(
        &["dp-step", "--model", "ffnn", "--input", "/nonexistent.json", "--out", out.to_str().unwrap()],
        &["/nonexistent.json"],
    );
}

#[test]
fn dp_step_never_writes_non_finite_weights() {
    let dir = scratch("dp-step-overflow");
    let init = dir.join("init.json");
    let (code, stderr) =
        dpgpu(&["dp-step", "--backend", "cpu", "--model", "logreg", "--out", init.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let mut step: serde_json::Value = serde_json::from_slice(&std::fs::read(&init).unwrap()).unwrap();
    let batch = 4;
    step["x"] = serde_json::json!((0..batch * 104).map(|k| ((k % 7) as f64 - 3.0) / 3.0).collect::<Vec<_>>());
    step["x_shape"] = serde_json::json!([batch, 104]);
    step["y"] = serde_json::json!([0, 1, 1, 0]);
    // Every value finite, but σC·lr = 1e40 overflows f32 in the update.
    for (field, value) in
        [("max_grad_norm", 1.0), ("lr", 1e10), ("expected_batch_size", 1.0), ("noise_multiplier", 1e30)]
    {
        step[field] = serde_json::json!(value);
    }
    let input = dir.join("step.json");
    std::fs::write(&input, serde_json::to_vec(&step).unwrap()).unwrap();
    let out = dir.join("out.json");
    let args = ["dp-step", "--backend", "cpu", "--model", "logreg", "--input", input.to_str().unwrap()];
    assert_bad_input(&[&args[..], &["--out", out.to_str().unwrap()]].concat(), &["params", "NaN or inf"]);
    assert!(!out.exists(), "non-finite weights were written");
}
