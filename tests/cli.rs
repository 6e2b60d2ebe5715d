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
    let cases: [(&[&str], &[&str]); 5] = [
        (&["--noise-multiplier", "-0.5"], &["noise_multiplier", "-0.5", ">= 0"]),
        (&["--max-grad-norm", "0"], &["max_grad_norm", "> 0"]),
        (&["--max-grad-norm", "-1"], &["max_grad_norm"]),
        (&["--delta", "1.5"], &["delta", "(0, 1)"]),
        (&["--delta", "0"], &["delta", "(0, 1)"]),
    ];
    for (extra, needles) in cases {
        let args: Vec<&str> = base.iter().chain(extra).copied().collect();
        assert_bad_input(&args, needles);
    }
    assert_bad_input(&["train", "--backend", "cuda"], &["backend", "cuda", "vulkan"]);
    assert_bad_input(&["train", "--grad-sample", "vmap"], &["grad_sample", "vmap", "vectorized"]);
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

#[test]
fn devices_lists_adapters_and_exits_0() {
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(["devices", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert!(v.is_array());
}
