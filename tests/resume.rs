//! Kill and resume: a run stopped at a random step and resumed from its last checkpoint ends
//! with the same parameters and the same ε as an uninterrupted run.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use burn::module::Module;
use common::flat_params;
use dpgpu::engine::Strategy;
use dpgpu::engine::trainer::{RunRecord, TrainConfig, resume, train};
use dpgpu::models::MnistCnn;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-resume-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn config(out: PathBuf) -> TrainConfig {
    TrainConfig {
        model: "mnist".into(),
        dataset: None,
        data_dir: None,
        dummy_data: false,
        epochs: 3,
        batch_size: 64,
        noise_multiplier: 1.1,
        max_grad_norm: 1.0,
        lr: 0.15,
        delta: 1e-5,
        accountant: dpgpu::privacy::accountant::AccountantKind::Prv,
        target_epsilon: None,
        seed: 9,
        noise_seed: Some(77),
        grad_sample: Strategy::Vectorized,
        max_memory_mib: None,
        dp: true,
        physical_batch_size: None,
        out: Some(out),
        train_examples: Some(512),
        test_examples: Some(200),
        checkpoint_every: Some(5),
        secure_noise: false,
    }
}

/// The model a run left in its output folder.
fn trained_model(config: &TrainConfig) -> MnistCnn {
    let path = config.out.as_ref().unwrap().join("model.bpk");
    MnistCnn::new(&common::cpu().device, 0).try_load_file(path).unwrap()
}

#[test]
fn a_run_stopped_at_a_random_step_resumes_to_the_same_parameters_and_epsilon() {
    let dev = common::cpu();
    let full = config(scratch("full"));
    let want = train(&full, &dev, &mut |_, _| {}, &mut |_, _| true).unwrap();
    let want_model = trained_model(&full);

    // 3 epochs of 8 steps; stop after a step drawn from 1..24 (seeded by the clock), and always
    // also after step 1 (before the first periodic checkpoint).
    let random = 1
        + (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
            as usize)
            % 23;
    for stop_at in [1, random] {
        stopped_run_resumes_identically(&dev, stop_at, &want_model, &want);
    }
}

fn stopped_run_resumes_identically(
    dev: &dpgpu::device::ComputeDevice,
    stop_at: usize,
    want_model: &MnistCnn,
    want: &RunRecord,
) {
    let cut = config(scratch(&format!("cut-{stop_at}")));
    let mut taken = 0;
    train(&cut, dev, &mut |_, _| {}, &mut |_, _| {
        taken += 1;
        taken < stop_at
    })
    .unwrap();
    let got = resume(cut.out.as_deref().unwrap(), dev, &mut |_, _| {}, &mut |_, _| true).unwrap();
    let got_model = trained_model(&cut);

    assert_eq!(flat_params(&got_model), flat_params(want_model), "stopped after step {stop_at}");
    assert_eq!(got.epochs.len(), 3);
    for (g, w) in got.epochs.iter().zip(&want.epochs) {
        assert_eq!(g.epsilon, w.epsilon, "epoch {}", w.epoch);
        assert_eq!(g.test_accuracy, w.test_accuracy);
        assert!((g.train_loss - w.train_loss).abs() < 1e-9 * w.train_loss.abs().max(1.0));
    }
}

#[test]
fn a_killed_process_resumes_from_its_checkpoint() {
    let bin = env!("CARGO_BIN_EXE_dpgpu");
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist");
    let args = |out: &str| {
        vec![
            "train",
            "--backend",
            "cpu",
            "--data-dir",
            data,
            "--train-examples",
            "512",
            "--test-examples",
            "200",
            "--batch-size",
            "64",
            "--epochs",
            "3",
            "--seed",
            "4",
            "--noise-seed",
            "8",
            "--checkpoint-every",
            "3",
            "--out",
        ]
        .into_iter()
        .map(String::from)
        .chain([out.to_string()])
        .collect::<Vec<_>>()
    };
    let full = scratch("cli-full");
    let status = Command::new(bin).args(args(full.to_str().unwrap())).stdout(Stdio::null()).status().unwrap();
    assert!(status.success());

    let cut = scratch("cli-cut");
    let mut child = Command::new(bin)
        .args(args(cut.to_str().unwrap()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while !cut.join("checkpoint.json").exists() {
        assert!(Instant::now() < deadline, "no checkpoint written");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    let out = Command::new(bin)
        .args(["train", "--backend", "cpu", "--resume", cut.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let read = |d: &PathBuf| -> RunRecord {
        serde_json::from_slice(&std::fs::read(d.join("run.json")).unwrap()).unwrap()
    };
    let (want, got) = (read(&full), read(&cut));
    assert_eq!(got.epochs.len(), 3);
    for (g, w) in got.epochs.iter().zip(&want.epochs) {
        assert_eq!((g.epsilon, g.test_accuracy, g.examples), (w.epsilon, w.test_accuracy, w.examples));
        assert!((g.train_loss - w.train_loss).abs() < 1e-9 * w.train_loss.abs().max(1.0));
    }
}

#[test]
fn resuming_without_a_checkpoint_is_a_clear_error() {
    let dir = scratch("none");
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
        .args(["train", "--backend", "cpu", "--resume", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("checkpoint.json") && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_tampered_checkpoint_is_refused_rather_than_under_reporting_epsilon() {
    let bin = env!("CARGO_BIN_EXE_dpgpu");
    let dir = scratch("tampered");
    let d = dir.to_str().unwrap();
    let args = [
        "train",
        "--backend",
        "cpu",
        "--train-examples",
        "256",
        "--test-examples",
        "100",
        "--batch-size",
        "64",
    ];
    let run = |extra: &[&str]| Command::new(bin).args(args).args(extra).output().unwrap();
    assert!(run(&["--epochs", "2", "--checkpoint-every", "2", "--out", d]).status.success());
    let path = dir.join("checkpoint.json");
    let original: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for (field, value) in
        [("global_step", serde_json::json!(3)), ("accountant_history", serde_json::json!([]))]
    {
        let mut v = original.clone();
        v[field] = value;
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        let out = Command::new(bin).args(["train", "--backend", "cpu", "--resume", d]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{field}: {stderr}");
        assert!(stderr.contains("checkpoint.json") && !stderr.contains("panicked"), "{field}: {stderr}");
    }
}
