//! Layers without a per-sample rule: a clear error naming the parameter, and the opt-in exact
//! per-example fallback (`Strategy::Exact`: one plain Burn autodiff backward per example over
//! every parameter) against a loop written here with Burn's own autodiff.

mod common;

use burn::module::{Module, Param};
use burn::nn::{Linear, LinearConfig};
use burn::tensor::{Tensor, TensorData};
use common::{flat_params, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::grad_sample::Tape;
use dpgpu::models::DpModel;

/// A Linear through the tape, then a per-feature scale used directly (`self.scale.val()`): a
/// layer dpgpu has no rule for.
#[derive(Module, Debug)]
struct Scaled {
    fc: Linear,
    scale: Param<Tensor<1>>,
}

impl DpModel for Scaled {
    type Input = Tensor<2>;
    fn forward(&self, tape: &mut Tape, x: Tensor<2>) -> Tensor<2> {
        let h = tape.linear(&self.fc, x);
        h * self.scale.val().unsqueeze_dim(0)
    }
}

fn model(dev: &ComputeDevice) -> Scaled {
    let fc = LinearConfig::new(6, 3).init(&dev.device);
    let v = vec![0.5f32, -1.5, 2.0];
    Scaled { fc, scale: Param::from_tensor(Tensor::from_data(TensorData::new(v, [3]), &dev.device)) }
}

fn batch(dev: &ComputeDevice) -> (Tensor<2>, Tensor<2>, usize) {
    let v: Vec<f32> = (0..5 * 6).map(|k| ((k * 29 + 3) % 23) as f32 / 11.5 - 1.0).collect();
    (Tensor::from_data(TensorData::new(v, [5, 6]), &dev.device), common::onehot(&[0, 2, 1, 1, 0], 3, dev), 5)
}

fn config(strategy: Strategy) -> DpSgdConfig {
    common::dp_config(strategy, 0.0, 0.3, 1.0, 4.0)
}

/// The one-pass strategies need a rule for every layer: the error names the parameter and the
/// fallback.
fn without_a_rule_the_error_names_the_parameter_and_the_fallback(dev: &ComputeDevice) {
    for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Auto] {
        let mut dp = DpSgd::new(config(strategy), &dev.device, dev.uses_wgsl_kernels()).unwrap();
        let err = dp.step(model(dev), vec![batch(dev)]).map(|_| ()).unwrap_err().to_string();
        assert!(err.contains("parameter scale [3]"), "{strategy:?}: {err}");
        assert!(err.contains("exact per-example fallback") && err.contains("--grad-sample loop"), "{err}");
    }
}

/// `loop` takes any layer: its step equals DP-SGD written out here with Burn's autodiff alone,
/// one backward pass per example of the model's maths (no dpgpu tape), clip, sum, ÷ qN.
fn the_loop_fallback_equals_burn_autodiff_per_example(dev: &ComputeDevice) {
    let m = model(dev);
    let (x, y, real) = batch(dev);
    let cfg = config(Strategy::Loop);
    let mut dp = DpSgd::new(cfg.clone(), &dev.device, dev.uses_wgsl_kernels()).unwrap();
    let (after, _) = dp.step(m.clone(), vec![(x.clone(), y.clone(), real)]).unwrap();

    let tracked = m.clone().train();
    let (w, b, scale) =
        (tracked.fc.weight.val(), tracked.fc.bias.as_ref().unwrap().val(), tracked.scale.val());
    let mut per_example = Vec::new();
    for i in 0..real {
        let xi = x.clone().slice([i..i + 1]).autodiff();
        let logits = (xi.matmul(w.clone()) + b.clone().unsqueeze_dim(0)) * scale.clone().unsqueeze_dim(0);
        let logp = burn::tensor::activation::log_softmax(logits, 1);
        let loss = (logp * y.clone().slice([i..i + 1]).autodiff()).sum().neg();
        let grads = loss.backward();
        let g: Vec<f32> = [
            common::values(w.grad(&grads).unwrap()),
            common::values(b.grad(&grads).unwrap()),
            common::values(scale.grad(&grads).unwrap()),
        ]
        .concat();
        per_example.push(g);
    }
    let before = flat_params(&m);
    let want = common::dp_sgd_delta(&per_example, cfg.max_grad_norm, cfg.lr, cfg.expected_batch_size);
    let got: Vec<f32> = flat_params(&after).iter().zip(&before).map(|(a, b)| a - b).collect();
    // flat_params visits fc.weight, fc.bias, scale: the order of `g` above.
    let err = rel_err(&got, &want);
    assert!(err < 1e-5, "relative error {err:e}: {got:?} vs {want:?}");
    // Some example was clipped, and `scale` moved.
    assert!(got[24..].iter().all(|d| d.abs() > 1e-6), "{got:?}");
}

on_every_backend!(
    without_a_rule_the_error_names_the_parameter_and_the_fallback,
    the_loop_fallback_equals_burn_autodiff_per_example,
);
