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

/// Asserts, for every strategy, that what it computes from one batched backward pass equals a
/// loop of batch-size-1 backward passes (relative error at most `tol`; for sums over examples,
/// relative to the norm of the summed absolute terms):
/// - `vectorized`: the per-sample gradient of every parameter, per example;
/// - `ghost`: the per-sample squared norm over all parameters, per example;
/// - all three: the clipped, noiseless sum `Σ_i c_i g_i` with `c_i = min(1, C/(‖g_i‖ + 1e-6))`,
///   C the median norm (so some examples are clipped and some are not), per parameter;
/// - the planned step of `auto` with each per-layer choice forced on every layer and with the
///   plan the cost model picks: per-sample squared norms and clipped sums.
///
/// Returns the number of parameter tensors checked.
pub fn assert_grad_samples_match_loop<M: dpgpu::models::DpModel>(
    model: &M,
    input: M::Input,
    onehot: burn::tensor::Tensor<2>,
    dev: &ComputeDevice,
    tol: f64,
) -> usize {
    use burn::tensor::{Tensor, TensorData};
    use dpgpu::grad_sample::{Tape, TapeMode};
    let n = onehot.dims()[0];
    let mut tape = Tape::new(TapeMode::Probe, &dev.device);
    let logits = model.forward(&mut tape, input.clone());
    let grads = tape.backward(model.loss(logits, onehot.clone().autodiff()));
    let samples = tape.grad_samples(&grads);
    let ghost_norms = values(tape.sq_norms(&grads, n));
    let ids: Vec<_> = samples.iter().map(|s| s.id).collect();
    // The loop reference, in the order of `samples`.
    let mut reference = Vec::new();
    for i in 0..n {
        let mut tape = Tape::new(TapeMode::Params, &dev.device);
        let logits = model.forward(&mut tape, M::example(&input, i));
        let grads = tape.backward(model.loss(logits, onehot.clone().slice([i..i + 1]).autodiff()));
        let mut by_id: std::collections::HashMap<_, _> =
            tape.summed_grads(&grads).into_iter().map(|g| (g.id, values(g.grad))).collect();
        assert_eq!(by_id.len(), ids.len(), "loop and vectorized see the same parameters");
        reference.push(ids.iter().map(|id| by_id.remove(id).expect("same parameters")).collect::<Vec<_>>());
    }
    for (i, want_i) in reference.iter().enumerate() {
        assert_eq!(want_i.len(), samples.len());
        for (s, want) in samples.iter().zip(want_i) {
            let p = want.len();
            let got = values(s.grad_sample.clone().slice([i..i + 1]).reshape([p]));
            let err = rel_err(&got, want);
            assert!(err <= tol, "vectorized: example {i}, parameter {:?}: relative error {err:.2e}", s.shape);
        }
    }
    let norms: Vec<f64> =
        reference.iter().map(|r| r.iter().flatten().map(|v| (*v as f64).powi(2)).sum::<f64>()).collect();
    for (i, (got, want)) in ghost_norms.iter().zip(&norms).enumerate() {
        let err = (*got as f64 - want).abs() / want.max(1e-30);
        assert!(err <= tol, "ghost: example {i}: squared norm {got} vs loop {want} ({err:.2e})");
    }
    // Clipped sums: reference from the loop, then vectorized and ghost (book-keeping).
    let mut sorted = norms.iter().map(|v| v.sqrt()).collect::<Vec<_>>();
    sorted.sort_by(f64::total_cmp);
    let c = sorted[n / 2];
    let factors: Vec<f32> = norms.iter().map(|v| (c / (v.sqrt() + 1e-6)).min(1.0) as f32).collect();
    let want: Vec<Vec<f32>> = (0..samples.len())
        .map(|k| {
            let p = reference[0][k].len();
            (0..p).map(|j| (0..n).map(|i| factors[i] * reference[i][k][j]).sum()).collect()
        })
        .collect();
    // A sum over examples can cancel, so its error is measured against the scale of its terms,
    // ‖Σ_i |c_i g_i|‖ (the usual floating-point summation bound), not against the sum itself.
    let scale: Vec<f64> = (0..samples.len())
        .map(|k| {
            let p = reference[0][k].len();
            (0..p)
                .map(|j| (0..n).map(|i| (factors[i] * reference[i][k][j]).abs() as f64).sum::<f64>().powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .collect();
    let sum_err = |got: &[f32], k: usize| {
        let diff: f64 = got.iter().zip(&want[k]).map(|(x, y)| ((*x - *y) as f64).powi(2)).sum::<f64>().sqrt();
        diff / scale[k].max(1e-30)
    };
    let factors_t = Tensor::<1>::from_data(TensorData::new(factors.clone(), [n]), &dev.device);
    for (k, s) in samples.iter().enumerate() {
        let p = want[k].len();
        let got = values(factors_t.clone().reshape([1, n]).matmul(s.grad_sample.clone()).reshape([p]));
        let err = sum_err(&got, k);
        assert!(err <= tol, "vectorized clipped sum, parameter {:?}: relative error {err:.2e}", s.shape);
    }
    let bookkept = tape.clipped_sums(&grads, factors_t.clone());
    assert_eq!(
        bookkept.iter().map(|g| g.id).collect::<Vec<_>>(),
        ids,
        "ghost: same parameters in tape order"
    );
    for (k, g) in bookkept.into_iter().enumerate() {
        let err = sum_err(&values(g.grad), k);
        assert!(err <= tol, "ghost clipped sum, parameter {:?}: relative error {err:.2e}", g.shape);
    }
    // The planned step (`auto`): each per-layer choice forced on every layer, then the plan the
    // cost model picks for this device; per-sample norms and clipped sums against the loop.
    use dpgpu::grad_sample::{Choices, LayerChoice, Plan};
    let shapes = tape.layer_shapes();
    let picked = Plan::new(&shapes, n, &dev.cost_model(None)).choices();
    let every = [
        LayerChoice::PerSampleGrad,
        LayerChoice::GhostNorm,
        LayerChoice::MaterializedNorm,
        LayerChoice::FusedNorm,
        LayerChoice::FusedGrad,
    ];
    let plans: Vec<Vec<LayerChoice>> =
        every.iter().map(|&c| vec![c; shapes.len()]).chain(std::iter::once(picked)).collect();
    for choices in &plans {
        let (mut total, kept) = tape.planned_norms(&grads, n, Choices::Plan(choices));
        let mut sums: std::collections::HashMap<_, _> = std::collections::HashMap::new();
        for s in &kept {
            total =
                total + dpgpu::grad_sample::reduce::sum_dim(s.grad_sample.clone().square(), 1).reshape([n]);
            let p: usize = s.shape.iter().product();
            let sum = factors_t.clone().reshape([1, n]).matmul(s.grad_sample.clone()).reshape([p]);
            sums.insert(s.id, values(sum));
        }
        for (i, (got, want)) in values(total).iter().zip(&norms).enumerate() {
            let err = (*got as f64 - want).abs() / want.max(1e-30);
            assert!(
                err <= tol,
                "plan {choices:?}: example {i}: squared norm {got} vs loop {want} ({err:.2e})"
            );
        }
        for g in tape.planned_clipped_sums(&grads, factors_t.clone(), Choices::Plan(choices)) {
            assert!(
                sums.insert(g.id, values(g.grad)).is_none(),
                "plan {choices:?}: a parameter summed twice"
            );
        }
        for (k, id) in ids.iter().enumerate() {
            let got =
                sums.get(id).unwrap_or_else(|| panic!("plan {choices:?}: parameter {k} has no clipped sum"));
            let err = sum_err(got, k);
            assert!(err <= tol, "plan {choices:?}: clipped sum of parameter {k}: relative error {err:.2e}");
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

/// A DP-SGD configuration with SGD, no secure mode and the fixed noise key 1.
pub fn dp_config(
    strategy: dpgpu::engine::Strategy,
    noise_multiplier: f64,
    max_grad_norm: f64,
    lr: f64,
    expected_batch_size: f64,
) -> dpgpu::engine::DpSgdConfig {
    dpgpu::engine::DpSgdConfig {
        noise_multiplier,
        max_grad_norm,
        lr,
        expected_batch_size,
        noise_seed: 1,
        strategy,
        optimizer: Default::default(),
        secure_noise: false,
    }
}

/// Every parameter's gradient in `grads` (zeros where it has none), flattened in `model`'s
/// visiting order: the layout of `flat_params`.
pub fn ordered_grads<M: burn::module::Module>(model: &M, grads: &burn::optim::GradientsParams) -> Vec<f32> {
    use burn::module::{ModuleVisitor, Param};
    use burn::tensor::Tensor;
    struct Collect<'a>(&'a burn::optim::GradientsParams, Vec<f32>);
    impl ModuleVisitor for Collect<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let g = self.0.get::<D>(param.id).unwrap_or_else(|| param.val().zeros_like());
            self.1.extend(values(g));
        }
    }
    let mut c = Collect(grads, Vec::new());
    model.visit(&mut c);
    c.1
}

/// L2 norm of a flattened gradient, in `f64`.
pub fn l2_norm(g: &[f32]) -> f64 {
    g.iter().map(|v| (*v as f64).powi(2)).sum::<f64>().sqrt()
}

/// The parameter change of one noiseless DP-SGD step from per-example gradients (each flattened
/// in one order): `−lr · Σ_i clip_C(g_i) / expected_batch_size`, `clip_C(g) = g·min(1, C/(‖g‖ + 1e-6))`.
pub fn dp_sgd_delta(
    per_example: &[Vec<f32>],
    max_grad_norm: f64,
    lr: f64,
    expected_batch_size: f64,
) -> Vec<f32> {
    let mut sum = vec![0.0f32; per_example.first().map_or(0, Vec::len)];
    for g in per_example {
        let c = (max_grad_norm / (l2_norm(g) + 1e-6)).min(1.0) as f32;
        sum.iter_mut().zip(g).for_each(|(s, v)| *s += c * v);
    }
    sum.iter().map(|s| -(lr as f32) * s / expected_batch_size as f32).collect()
}
