//! The noise and sampling key as an attacker holding a run folder sees it, through the CLI:
//! without seed flags two runs draw different batches and noise and nothing in the run folder but
//! the owner-only key file holds the key; an explicit `--noise-seed` makes runs identical and the
//! run record says that ε then rests on keeping it secret.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use burn::module::Module;
use dpgpu::engine::trainer::RunRecord;
use dpgpu::models::MnistCnn;
use dpgpu::privacy::keys::{KEY_FILE, read_key_file};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-keys-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A short DP run on 256 MNIST images (4 steps, checkpointed after each step) into `out`.
fn train(out: &Path, extra: &[&str]) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist");
    let o = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
        .args(["train", "--backend", "cpu", "--data-dir", data, "--train-examples", "256"])
        .args(["--test-examples", "100", "--batch-size", "64", "--epochs", "1", "--checkpoint-every", "1"])
        .args(extra)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn record(dir: &Path) -> RunRecord {
    serde_json::from_slice(&std::fs::read(dir.join("run.json")).unwrap()).unwrap()
}

/// The trained parameters (the record's bytes also hold Burn's per-process parameter ids).
fn model(dir: &Path) -> Vec<f32> {
    let model = MnistCnn::new(&common::cpu().device, 0).try_load_file(dir.join("model.bpk")).unwrap();
    common::flat_params(&model)
}

/// Whether `haystack` holds the key as decimal or hex text, or as 8 bytes in either order.
fn holds_key(haystack: &[u8], key: u64) -> bool {
    let text = String::from_utf8_lossy(haystack).to_lowercase();
    let patterns = [key.to_le_bytes(), key.to_be_bytes()];
    text.contains(&key.to_string())
        || text.contains(&format!("{key:x}"))
        || patterns.iter().any(|p| haystack.windows(8).any(|w| w == p))
}

#[test]
fn runs_without_seed_flags_differ_and_only_the_key_file_holds_the_key() {
    let (a, b) = (scratch("a"), scratch("b"));
    train(&a, &[]);
    train(&b, &[]);
    // Same weights' seed (42), different batches and noise: the losses and the models differ.
    assert_ne!(model(&a), model(&b), "two runs without --noise-seed released the same model");
    assert_ne!(record(&a).epochs[0].train_loss, record(&b).epochs[0].train_loss);
    for dir in [&a, &b] {
        let key = read_key_file(dir).unwrap().noise_seed;
        let record = record(dir);
        assert_eq!(record.noise_key.as_ref().unwrap().source, "os_random");
        assert_eq!(record.args.noise_seed, None, "the key is not part of the recorded flags");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == KEY_FILE {
                continue;
            }
            assert!(!holds_key(&std::fs::read(&path).unwrap(), key), "{name} holds the noise key");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join(KEY_FILE)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "the key file must be owner-only");
        }
    }
}

#[test]
fn the_same_explicit_noise_seed_gives_the_same_run_and_is_not_recorded() {
    let (a, b) = (scratch("seed-a"), scratch("seed-b"));
    let seed = "8675309123";
    train(&a, &["--noise-seed", seed]);
    train(&b, &["--noise-seed", seed]);
    assert_eq!(model(&a), model(&b), "the same --noise-seed gave different models");
    let r = record(&a);
    let note = r.noise_key.as_ref().unwrap();
    assert_eq!(note.source, "explicit");
    assert!(note.note.contains("secret"), "{}", note.note);
    for file in ["run.json", "checkpoint.json"] {
        let text = std::fs::read_to_string(a.join(file)).unwrap();
        assert!(!text.contains(seed), "{file} holds the noise seed");
    }
    // A different explicit seed: a different run.
    let c = scratch("seed-c");
    train(&c, &["--noise-seed", "8675309124"]);
    assert_ne!(model(&a), model(&c));
}

#[test]
fn an_explicit_seed_is_mixed_with_the_runs_settings() {
    // Two runs with the same --noise-seed but another clipping norm must not share noise (their
    // released models' difference would cancel it): their keys differ.
    let (a, b, c) = (scratch("mix-a"), scratch("mix-b"), scratch("mix-c"));
    train(&a, &["--noise-seed", "5", "--max-grad-norm", "1"]);
    train(&b, &["--noise-seed", "5", "--max-grad-norm", "2"]);
    train(&c, &["--noise-seed", "5", "--max-grad-norm", "1"]);
    let key = |d: &Path| read_key_file(d).unwrap().noise_seed;
    assert_ne!(key(&a), key(&b), "runs differing in max_grad_norm share a key");
    assert_eq!(key(&a), key(&c), "identical runs must be reproducible");
    assert_ne!(key(&a), 5, "the seed itself is not the key");
}

#[test]
fn a_resume_refuses_another_runs_key_file_and_a_fresh_run_refuses_an_old_run_folder() {
    let (a, b) = (scratch("own-a"), scratch("own-b"));
    train(&a, &[]);
    train(&b, &[]);
    std::fs::copy(b.join(KEY_FILE), a.join(KEY_FILE)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
        .args(["train", "--backend", "cpu", "--resume"])
        .arg(&a)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(KEY_FILE) && stderr.contains("another"), "{stderr}");
    // A fresh run into a folder that holds a run: refused, the old key kept.
    let old_key = std::fs::read(b.join(KEY_FILE)).unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist");
    let fresh_run_into_b = || {
        let out = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
            .args(["train", "--backend", "cpu", "--data-dir", data, "--train-examples", "256"])
            .args(["--epochs", "1", "--out"])
            .arg(&b)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("out") && stderr.contains("--resume"), "{stderr}");
    };
    fresh_run_into_b();
    assert_eq!(std::fs::read(b.join(KEY_FILE)).unwrap(), old_key, "the old run's key was replaced");
    // A finished run without checkpoints (its record and released model only): refused too.
    std::fs::remove_file(b.join(KEY_FILE)).unwrap();
    std::fs::remove_file(dpgpu::engine::checkpoint::checkpoint_path(&b)).unwrap();
    let (old_record, old_model) = (std::fs::read(b.join("run.json")).unwrap(), model(&b));
    fresh_run_into_b();
    assert_eq!(std::fs::read(b.join("run.json")).unwrap(), old_record, "the old run's record was replaced");
    assert_eq!(model(&b), old_model, "the old run's model was replaced");
}

#[test]
fn resuming_without_the_key_file_is_a_clear_error() {
    let dir = scratch("nokey");
    train(&dir, &[]);
    std::fs::remove_file(dir.join(KEY_FILE)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
        .args(["train", "--backend", "cpu", "--resume"])
        .arg(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(KEY_FILE) && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_noise_seed_is_refused_where_it_means_nothing() {
    for extra in [["--no-dp"], ["--secure-noise"]] {
        let out = Command::new(env!("CARGO_BIN_EXE_dpgpu"))
            .args(["train", "--backend", "cpu", "--noise-seed", "3", "--epochs", "1"])
            .args(extra)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {stderr}");
        assert!(stderr.contains("noise_seed"), "{stderr}");
    }
}
