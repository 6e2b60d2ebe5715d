//! Short end-to-end training runs (the full 60-epoch run is in results/, not in tests).

mod common;

use dpgpu::device::ComputeDevice;
use dpgpu::engine::Strategy;
use dpgpu::engine::trainer::{RunRecord, TrainConfig, train};

fn short_dp_run_learns_and_reports_growing_epsilon(dev: &ComputeDevice) {
    let out = std::env::temp_dir().join(format!("dpgpu-train-{}-{}", std::process::id(), dev.backend));
    let config = TrainConfig {
        model: "mnist".into(),
        dataset: None,
        data_dir: None,
        dummy_data: false,
        epochs: 2,
        batch_size: 64,
        noise_multiplier: 1.1,
        max_grad_norm: 1.0,
        lr: 0.5,
        delta: 1e-5,
        accountant: dpgpu::privacy::accountant::AccountantKind::Prv,
        target_epsilon: None,
        seed: 1,
        // A fixed key, so the run (and its accuracy) is the same every time.
        noise_seed: Some(7),
        grad_sample: Strategy::Auto,
        max_memory_mib: None,
        dp: true,
        physical_batch_size: None,
        out: Some(out.clone()),
        train_examples: Some(1024),
        test_examples: Some(500),
        checkpoint_every: None,
        secure_noise: false,
    };
    let mut epochs_seen = 0;
    let record = train(&config, dev, &mut |_, _| epochs_seen += 1, &mut |_, _| true).unwrap();
    assert_eq!(epochs_seen, 2);
    let (e1, e2) = (&record.epochs[0], &record.epochs[1]);
    let (eps1, eps2) = (e1.epsilon.unwrap(), e2.epsilon.unwrap());
    assert!(eps1 > 0.0 && eps2 > eps1, "epsilon must grow: {eps1} then {eps2}");
    assert!(e2.test_accuracy > 0.2, "accuracy {} after 32 DP steps (chance is 0.1)", e2.test_accuracy);
    assert_eq!(record.steps_per_epoch, 16);

    let saved: RunRecord = serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    // The key is never written.
    assert_eq!(saved.args, TrainConfig { noise_seed: None, ..config.clone() });
    let plan = saved.grad_sample_plan.expect("run.json records the per-layer plan");
    assert_eq!(plan.layers.len(), 4, "the MNIST CNN's two conv and two linear layers");
    assert_eq!(saved.epochs.len(), 2);
    assert!(out.join("model.bpk").exists());
    assert!(!out.join("run.tmp").exists(), "no temporary file left behind");
}

on_every_backend!(short_dp_run_learns_and_reports_growing_epsilon);
