//! The library API: DP-Adam against Adam's recursion written out here on top of the noiseless
//! DP-SGD step, the engine's ε against the accountant, strategies agreeing through the engine,
//! and bad input (BatchNorm, sample rate).

mod common;

use burn::module::Module;
use burn::nn::{BatchNorm, BatchNormConfig};
use burn::tensor::Tensor;
use common::{flat_params, onehot, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::optim::DpOptimizer;
use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::grad_sample::Tape;
use dpgpu::models::{DpModel, Ffnn};
use dpgpu::privacy::accountant::{AccountantKind, Segment, epsilon};

fn batch(dev: &ComputeDevice) -> (Tensor<2>, Tensor<2>, usize) {
    // Fixed values in [-1, 1): the same batch on every run, so a tolerance cannot be met by luck.
    let v: Vec<f32> = (0..6 * 104).map(|k| ((k * 37 + 11) % 101) as f32 / 50.5 - 1.0).collect();
    let x = Tensor::<2>::from_data(burn::tensor::TensorData::new(v, [6, 104]), &dev.device);
    (x, onehot(&[0, 1, 1, 0, 1, 0], 2, dev), 6)
}

/// The privatised gradient at `model` (σ = 0): one SGD step with lr 1 moves θ by exactly it.
fn noiseless_gradient(model: &Ffnn, b: &(Tensor<2>, Tensor<2>, usize), dev: &ComputeDevice) -> Vec<f32> {
    let config = DpSgdConfig {
        noise_multiplier: 0.0,
        max_grad_norm: 0.5,
        lr: 1.0,
        expected_batch_size: 8.0,
        noise_seed: 1,
        // The strategy of the DP-Adam run below, so the two see the same clipped sums.
        strategy: Strategy::Ghost,
        optimizer: DpOptimizer::Sgd,
        secure_noise: false,
    };
    let before = flat_params(model);
    let (after, _) = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels())
        .unwrap()
        .step(model.clone(), vec![b.clone()])
        .unwrap();
    before.iter().zip(flat_params(&after)).map(|(a, b)| a - b).collect()
}

fn dp_adam_follows_adams_recursion(dev: &ComputeDevice) {
    let (lr, b1, b2, eps) = (0.01f64, 0.9f64, 0.999f64, 1e-8f64);
    let b = batch(dev);
    let model = Ffnn::new(&dev.device, 104, 3);
    let config = DpSgdConfig {
        noise_multiplier: 0.0,
        max_grad_norm: 0.5,
        lr,
        expected_batch_size: 8.0,
        noise_seed: 1,
        strategy: Strategy::Ghost,
        optimizer: DpOptimizer::Adam { beta1: b1, beta2: b2, eps },
        secure_noise: false,
    };
    let mut adam = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels()).unwrap();
    // Reference: Adam written out, on gradients from the noiseless SGD step.
    let mut theta: Vec<f64> = flat_params(&model).iter().map(|v| *v as f64).collect();
    let (mut m, mut v) = (vec![0.0f64; theta.len()], vec![0.0f64; theta.len()]);
    let mut current = model.clone();
    for t in 1..=2 {
        let g = noiseless_gradient(&current, &b, dev);
        for k in 0..theta.len() {
            let gk = g[k] as f64;
            m[k] = b1 * m[k] + (1.0 - b1) * gk;
            v[k] = b2 * v[k] + (1.0 - b2) * gk * gk;
            let (mh, vh) = (m[k] / (1.0 - b1.powi(t)), v[k] / (1.0 - b2.powi(t)));
            theta[k] -= lr * mh / (vh.sqrt() + eps);
        }
        current = adam.step(current, vec![b.clone()]).unwrap().0;
    }
    let want: Vec<f32> = theta.iter().map(|v| *v as f32).collect();
    let err = rel_err(&flat_params(&current), &want);
    // The reference recovers each gradient as a difference of f32 parameters (≈1e-4 relative
    // per element), and Adam's first steps normalise by |g|; a wrong bias correction or moment
    // would be off by percents.
    assert!(err < 1e-4, "DP-Adam after two steps: relative error {err:.2e}");
}

fn engine_steps_agree_across_strategies_and_account_for_every_step(dev: &ComputeDevice) {
    let b = batch(dev);
    let model = Ffnn::new(&dev.device, 104, 4);
    let mut params = Vec::new();
    for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Loop] {
        // An explicit seed is mixed with the whole configuration, the strategy included, so the
        // strategies are compared without noise; ε is accounted for the configured σ all the same.
        let config = PrivacyEngineConfig {
            strategy,
            sample_rate: 0.01,
            noise_seed: Some(3),
            ..PrivacyEngineConfig::default()
        };
        let quiet = PrivacyEngineConfig { noise_multiplier: 0.0, ..config.clone() };
        let mut quiet_engine = PrivacyEngine::new(quiet, 600, dev, &model).unwrap();
        let mut q = model.clone();
        for _ in 0..3 {
            q = quiet_engine.step(q, vec![b.clone()]).unwrap().0;
        }
        params.push(flat_params(&q));
        let mut engine = PrivacyEngine::new(config, 600, dev, &model).unwrap();
        let mut m = model.clone();
        for _ in 0..3 {
            m = engine.step(m, vec![b.clone()]).unwrap().0;
        }
        assert_eq!(engine.steps(), 3);
        assert_eq!(engine.expected_batch_size(), 6.0);
        let want = epsilon(
            AccountantKind::Prv,
            &[Segment { noise_multiplier: 1.1, sample_rate: 0.01, steps: 3 }],
            1e-5,
        );
        assert_eq!(engine.epsilon().unwrap(), want.unwrap().0);
        assert!(flat_params(&m).iter().all(|v| v.is_finite()));
    }
    // Same clipped sums: same parameters.
    for p in &params[1..] {
        let err = rel_err(p, &params[0]);
        assert!(err < 1e-5, "strategies disagree through the engine: {err:.2e}");
    }
}

/// A model that holds a BatchNorm layer.
#[derive(Module, Debug)]
struct WithBatchNorm {
    bn: BatchNorm,
}

impl DpModel for WithBatchNorm {
    type Input = Tensor<2>;
    fn forward(&self, _tape: &mut Tape, x: Tensor<2>) -> Tensor<2> {
        x
    }
    fn example(x: &Tensor<2>, i: usize) -> Tensor<2> {
        x.clone().slice([i..i + 1])
    }
}

#[test]
fn engine_rejects_batch_norm_and_bad_parameters() {
    let dev = common::cpu();
    let bn = WithBatchNorm { bn: BatchNormConfig::new(3).init(&dev.device) };
    let err = PrivacyEngine::new(PrivacyEngineConfig::default(), 100, &dev, &bn).err().unwrap().to_string();
    assert!(err.contains("BatchNorm") && err.contains("GroupNorm"), "{err}");
    let model = Ffnn::new(&dev.device, 104, 0);
    for (config, name) in [
        (PrivacyEngineConfig { sample_rate: 1.5, ..PrivacyEngineConfig::default() }, "sample_rate"),
        (PrivacyEngineConfig { delta: 0.0, ..PrivacyEngineConfig::default() }, "delta"),
        (PrivacyEngineConfig { max_grad_norm: -1.0, ..PrivacyEngineConfig::default() }, "max_grad_norm"),
    ] {
        let err = PrivacyEngine::new(config, 100, &dev, &model).err().unwrap().to_string();
        assert!(err.contains(name), "{err}");
    }
}

on_every_backend!(
    dp_adam_follows_adams_recursion,
    engine_steps_agree_across_strategies_and_account_for_every_step
);
