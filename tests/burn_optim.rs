//! The privatised gradient as Burn's `GradientsParams` (`DpSgd::privatize`,
//! `PrivacyEngine::privatize`): Burn's own SGD and Adam on it equal dpgpu's fused noise-and-update
//! kernels within 1e-5, at σ = 1.1, with the noise there (a run with another key is far off).

mod common;

use burn::module::Module;
use burn::optim::{AdamConfig, SgdConfig};
use burn::tensor::{Tensor, TensorData};
use common::{flat_params, onehot, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::optim::DpOptimizer;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::models::MnistCnn;

type Batch = (Tensor<4>, Tensor<2>, usize);

/// Step `s`'s logical batch: two physical batches of 3 rows, the last row of the second padding.
fn batches(step: usize, dev: &ComputeDevice) -> Vec<Batch> {
    (0..2)
        .map(|b| {
            let v: Vec<f32> =
                (0..3 * 784).map(|k| ((k * 37 + 11 * step + 5 * b) % 101) as f32 / 50.5 - 1.0).collect();
            let x = Tensor::<4>::from_data(TensorData::new(v, [3, 1, 28, 28]), &dev.device);
            let labels = [(step + b) % 10, (3 * step + 1) % 10, (b + 7) % 10];
            let mut y = onehot(&labels, 10, dev);
            let real = if b == 1 { 2 } else { 3 };
            if real < 3 {
                y = y.slice_assign([2..3, 0..10], Tensor::zeros([1, 10], &dev.device));
            }
            (x, y, real)
        })
        .collect()
}

fn config(optimizer: DpOptimizer, noise_seed: u64, strategy: Strategy) -> DpSgdConfig {
    DpSgdConfig {
        noise_multiplier: 1.1,
        max_grad_norm: 1.0,
        lr: 0.05,
        expected_batch_size: 5.0,
        noise_seed,
        strategy,
        optimizer,
        secure_noise: false,
    }
}

/// Three steps of the fused kernels from `model`; returns the parameters' change.
fn fused(model: &MnistCnn, config: DpSgdConfig, dev: &ComputeDevice) -> Vec<f32> {
    let mut dp = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels()).unwrap();
    let mut m = model.clone();
    for s in 0..3 {
        m = dp.step(m, batches(s, dev)).unwrap().0;
    }
    assert_eq!(dp.steps_taken(), 3);
    delta(model, &m)
}

/// Three steps of Burn's optimizer `optim` on `DpSgd::privatize`'s gradients.
fn through_burn(
    model: &MnistCnn,
    config: DpSgdConfig,
    mut optim: burn::optim::ModuleOptimizer,
    dev: &ComputeDevice,
) -> Vec<f32> {
    let lr = config.lr;
    let mut dp = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels()).unwrap();
    // Burn's optimizers update parameters that live on an autodiff device, as a Burn user's do.
    let mut m = model.clone().train();
    for s in 0..3 {
        let (sum, _loss) = dp.clip_and_sum(&m, batches(s, dev)).unwrap();
        let grads = dp.privatize(&m, sum).unwrap();
        // Every trainable parameter gets a gradient (MnistCnn: two conv and two linear layers).
        assert_eq!(grads.len(), 8);
        m = optim.step(lr, m, grads);
    }
    assert_eq!(dp.steps_taken(), 3);
    delta(model, &m.valid())
}

fn delta(before: &MnistCnn, after: &MnistCnn) -> Vec<f32> {
    flat_params(after).iter().zip(flat_params(before)).map(|(a, b)| a - b).collect()
}

fn burn_sgd_equals_the_fused_dp_sgd_step(dev: &ComputeDevice) {
    let model = MnistCnn::new(&dev.device, 3);
    for strategy in [Strategy::Vectorized, Strategy::Auto] {
        let want = fused(&model, config(DpOptimizer::Sgd, 17, strategy), dev);
        let got = through_burn(&model, config(DpOptimizer::Sgd, 17, strategy), SgdConfig::new().init(), dev);
        let err = rel_err(&got, &want);
        assert!(err < 1e-5, "{strategy:?}: burn SGD vs fused, relative error {err:e}");
        // The noise is in both: another key moves the parameters elsewhere.
        let other =
            through_burn(&model, config(DpOptimizer::Sgd, 18, strategy), SgdConfig::new().init(), dev);
        assert!(rel_err(&other, &want) > 0.1, "{strategy:?}: the noise key made no difference");
    }
}

fn burn_adam_equals_the_fused_dp_adam_step(dev: &ComputeDevice) {
    let model = MnistCnn::new(&dev.device, 4);
    let adam = DpOptimizer::Adam { beta1: 0.9, beta2: 0.999, eps: 1e-8 };
    let want = fused(&model, config(adam, 23, Strategy::Ghost), dev);
    let burn_adam = AdamConfig::new().with_beta_1(0.9).with_beta_2(0.999).with_epsilon(1e-8).init();
    let got = through_burn(&model, config(adam, 23, Strategy::Ghost), burn_adam, dev);
    let err = rel_err(&got, &want);
    assert!(err < 1e-5, "burn Adam vs fused DP-Adam, relative error {err:e}");
    let other = fused(&model, config(adam, 24, Strategy::Ghost), dev);
    assert!(rel_err(&other, &want) > 0.1, "the noise key made no difference");
}

/// The gradient Burn gets is g̃ = (Σ c_i g_i + N(0, σ²C²)) / qN: at σ = 0 and a clipping norm no
/// example reaches it is the plain gradient of the summed loss ÷ qN, which Burn's own autodiff
/// gives for the same model and batch (the independent reference).
fn privatized_gradient_without_noise_is_burns_gradient(dev: &ComputeDevice) {
    use burn::module::{ModuleVisitor, Param};
    use dpgpu::grad_sample::{Tape, TapeMode};
    use dpgpu::models::DpModel;
    let model = MnistCnn::new(&dev.device, 5);
    let mut cfg = config(DpOptimizer::Sgd, 1, Strategy::Auto);
    cfg.noise_multiplier = 0.0;
    cfg.max_grad_norm = 1e6;
    let mut dp = DpSgd::new(cfg, &dev.device, dev.uses_wgsl_kernels()).unwrap();
    let b = batches(0, dev).remove(0);
    let (sum, _) = dp.clip_and_sum(&model, vec![b.clone()]).unwrap();
    let grads = dp.privatize(&model, sum).unwrap();

    // Plain Burn autodiff on the same summed loss.
    let mut tape = Tape::new(TapeMode::Params, &dev.device);
    let logits = model.forward(&mut tape, b.0.clone());
    let loss = model.loss(logits, b.1.clone().autodiff());
    let reference = tape.backward(loss);
    let reference = tape.summed_grads(&reference);

    struct Compare<'a> {
        grads: &'a burn::optim::GradientsParams,
        reference: &'a [dpgpu::grad_sample::SummedGrad],
        checked: usize,
    }
    impl ModuleVisitor for Compare<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let got = common::values(self.grads.get::<D>(param.id).expect("a gradient for every parameter"));
            let want = self.reference.iter().find(|g| g.id == param.id).expect("autodiff's gradient");
            let want: Vec<f32> = common::values(want.grad.clone()).iter().map(|g| g / 5.0).collect();
            let err = rel_err(&got, &want);
            assert!(err < 1e-5, "parameter {:?}: relative error {err:e}", param.id);
            self.checked += 1;
        }
    }
    let mut compare = Compare { grads: &grads, reference: &reference, checked: 0 };
    model.visit(&mut compare);
    assert_eq!(compare.checked, 8);
}

on_every_backend!(
    burn_sgd_equals_the_fused_dp_sgd_step,
    burn_adam_equals_the_fused_dp_adam_step,
    privatized_gradient_without_noise_is_burns_gradient,
);

/// Through the engine: each `privatize` is one accounted step, with ε growing as `step`'s would.
#[test]
fn the_engines_privatize_counts_every_step_for_epsilon() {
    use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
    let dev = common::cpu();
    let config = PrivacyEngineConfig {
        noise_multiplier: 1.1,
        max_grad_norm: 1.0,
        sample_rate: 0.01,
        delta: 1e-5,
        ..PrivacyEngineConfig::default()
    };
    let model = MnistCnn::new(&dev.device, 6);
    let mut by_privatize = PrivacyEngine::new(config.clone(), 500, &dev, &model).unwrap();
    let mut by_step = PrivacyEngine::new(config, 500, &dev, &model).unwrap();
    let mut optim = SgdConfig::new().init();
    let (mut a, mut b) = (model.clone().train(), model);
    for s in 0..2 {
        let (grads, _) = by_privatize.privatize(&a, batches(s, &dev)).unwrap();
        a = optim.step(0.05, a, grads);
        b = by_step.step(b, batches(s, &dev)).unwrap().0;
    }
    assert_eq!(by_privatize.steps(), 2);
    let (ea, eb) = (by_privatize.epsilon().unwrap(), by_step.epsilon().unwrap());
    assert!(ea > 0.0 && ea == eb, "epsilon {ea} through privatize, {eb} through step");
}
