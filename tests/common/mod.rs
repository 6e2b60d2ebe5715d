//! Shared test fixtures: the devices every backend test runs on.
//!
//! `cpu` (Burn's flex backend, DP kernels as tensor ops) always runs. `vulkan` runs on the first
//! Vulkan adapter (lavapipe in CI, DP kernels as WGSL shaders); where there is none the test is
//! skipped with a message, unless `DPGPU_REQUIRE_GPU=1` (set by `.ci/run`), which makes it fail.
#![allow(dead_code)]

use dpgpu::device::{BackendChoice, ComputeDevice, select};

pub fn cpu() -> ComputeDevice {
    select(BackendChoice::Cpu).expect("the cpu backend is always there")
}

pub fn vulkan() -> Option<ComputeDevice> {
    match select(BackendChoice::Vulkan) {
        Ok(dev) => Some(dev),
        Err(e) if std::env::var("DPGPU_REQUIRE_GPU").is_ok_and(|v| v == "1") => {
            panic!("DPGPU_REQUIRE_GPU=1 but no Vulkan adapter: {e}")
        }
        Err(e) => {
            eprintln!("skipping the vulkan case: {e}");
            None
        }
    }
}

/// Instantiates `fn case(dev: &ComputeDevice)` once per backend: `cpu::case` and `vulkan::case`.
#[macro_export]
macro_rules! on_every_backend {
    ($($case:ident),* $(,)?) => {
        mod cpu {
            $(#[test] fn $case() { super::$case(&$crate::common::cpu()); })*
        }
        mod vulkan {
            $(#[test] fn $case() { if let Some(d) = $crate::common::vulkan() { super::$case(&d); } })*
        }
    };
}

/// Reads a tensor back as `Vec<f32>`.
pub fn values<const D: usize>(t: burn::tensor::Tensor<D>) -> Vec<f32> {
    t.into_data().convert::<f32>().try_to_vec::<f32>().expect("f32 data")
}

/// ‖a − b‖ / max(‖b‖, tiny).
pub fn rel_err(a: &[f32], b: &[f32]) -> f64 {
    assert_eq!(a.len(), b.len(), "length mismatch");
    let diff: f64 = a.iter().zip(b).map(|(x, y)| ((*x - *y) as f64).powi(2)).sum::<f64>().sqrt();
    let norm: f64 = b.iter().map(|y| (*y as f64).powi(2)).sum::<f64>().sqrt();
    diff / norm.max(1e-30)
}

/// Sample mean and standard deviation.
pub fn mean_std(x: &[f32]) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = x.iter().map(|&v| v as f64).sum::<f64>() / n;
    let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, var.sqrt())
}

/// Every float parameter of a module, flattened and concatenated in visiting order.
pub fn flat_params<M: burn::module::Module>(model: &M) -> Vec<f32> {
    struct Collect(Vec<f32>);
    impl burn::module::ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &burn::module::Param<burn::tensor::Tensor<D>>) {
            self.0.extend(values(param.val()));
        }
    }
    let mut c = Collect(Vec::new());
    model.visit(&mut c);
    c.0
}

/// Asserts that the per-sample gradients of every parameter of `model` on a batch equal a loop of
/// batch-size-1 backward passes (relative error per example and parameter at most `tol`), and
/// returns the number of parameter tensors checked.
pub fn assert_grad_samples_match_loop<M: dpgpu::models::DpModel>(
    model: &M,
    input: M::Input,
    onehot: burn::tensor::Tensor<2>,
    dev: &ComputeDevice,
    tol: f64,
) -> usize {
    use dpgpu::grad_sample::{Tape, TapeMode};
    let n = onehot.dims()[0];
    let mut tape = Tape::new(TapeMode::Probe, &dev.device);
    let logits = model.forward(&mut tape, input.clone());
    let grads = model.loss(logits, onehot.clone().autodiff()).backward();
    let samples = tape.grad_samples(&grads);
    for i in 0..n {
        let mut tape = Tape::new(TapeMode::Params, &dev.device);
        let logits = model.forward(&mut tape, M::example(&input, i));
        let grads = model.loss(logits, onehot.clone().slice([i..i + 1]).autodiff()).backward();
        let reference = tape.summed_grads(&grads);
        assert_eq!(reference.len(), samples.len());
        for (s, r) in samples.iter().zip(&reference) {
            assert_eq!(s.id, r.id);
            let p = r.grad.dims()[0];
            let got = values(s.grad_sample.clone().slice([i..i + 1]).reshape([p]));
            let want = values(r.grad.clone());
            let err = rel_err(&got, &want);
            assert!(err <= tol, "example {i}, parameter {:?}: relative error {err:.2e}", s.shape);
        }
    }
    samples.len()
}

/// One-hot rows for `labels` over `classes` classes.
pub fn onehot(labels: &[usize], classes: usize, dev: &ComputeDevice) -> burn::tensor::Tensor<2> {
    let mut v = vec![0.0f32; labels.len() * classes];
    for (i, &l) in labels.iter().enumerate() {
        v[i * classes + l] = 1.0;
    }
    burn::tensor::Tensor::from_data(burn::tensor::TensorData::new(v, [labels.len(), classes]), &dev.device)
}
