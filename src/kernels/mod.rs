//! The DP kernels: per-sample norms, clip factors, clip-and-accumulate, the fused
//! noise + scale + SGD (or Adam) update, and the fused per-sample conv weight gradient with its
//! squared norm ([`conv_grad_sample`]).
//!
//! Each operation has two implementations that must agree:
//! - a WGSL compute shader in `shaders/<op>_f32.wgsl`, launched on Burn's wgpu device through a
//!   backend extension ([`wgsl`]); used on every wgpu adapter (Vulkan, Metal, DX12, GL);
//! - the same maths in tensor operations ([`reference`](mod@reference)), used on the `cpu`
//!   backend and as the reference twin in tests.
//!
//! On the `cpu` backend the clip factors and the noisy SGD update run as host loops
//! ([`host`](mod@host)) over Burn flex's buffers: the tensor-op twin's operations, fused, equal
//! to it bit for bit.
//!
//! The noise kernels ([`noisy_sgd`], [`noisy_adam`]) fuse the Gaussian noise, the division by the
//! expected batch size and the optimiser's update into one dispatch per parameter tensor.
//!
//! The functions below pick one by the `wgsl` flag ([`crate::device::ComputeDevice::uses_wgsl_kernels`]).
//! Every function takes and returns plain tensors (no autodiff): they run on gradients.
//!
//! # Sources
//! The clip factor min(1, C / (‖g‖ + 1e-6)) is Opacus' (`optimizers/optimizer.py`); the step is
//! Abadi et al. 2016, Algorithm 1, with the noisy sum divided by the expected batch size
//! (SPEC A§3).

pub mod dispatch;
pub mod host;
pub mod reference;
pub mod wgsl;

use burn::tensor::Tensor;

/// Where the Gaussian noise of one parameter tensor at one step comes from: element `e` gets
/// `std * z`, z the Philox4x32-10 normal for counter (e, `tensor_id`, `step`), key `seed`
/// (see [`crate::privacy::philox`]). Reproducible for a seed on every backend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NoiseSpec {
    /// Philox key (64 bits).
    pub seed: u64,
    /// Global step counter (64 bits).
    pub step: u64,
    /// Index of the parameter tensor in the model's tape order.
    pub tensor_id: u32,
    /// Standard deviation: `noise_multiplier * max_grad_norm` (0 disables noise).
    pub std: f32,
}

fn on_cpu(t: &Tensor<1>) -> bool {
    crate::grad_sample::rules::on_cpu(&t.device())
}

/// Per-sample squared L2 norms added to a running sum: `acc + Σ_j grads[:, j]²`.
///
/// # Shapes
/// - `grads`: `[batch, p]` (a flattened per-sample gradient, `grad_sample`)
/// - `acc`: `[batch]`; returns `[batch]`
pub fn sq_norms(grads: Tensor<2>, acc: Tensor<1>, wgsl: bool) -> Tensor<1> {
    if wgsl && grads.dims()[0] > 0 { wgsl::sq_norms(grads, acc) } else { reference::sq_norms(grads, acc) }
}

/// Per-sample clip factors `min(1, max_grad_norm / (sqrt(sq_norms) + 1e-6))`, and 0 for an
/// example whose squared norm is NaN or infinite: a non-finite per-sample gradient (a NaN or inf
/// input, or a gradient whose squared norm overflows `f32`, ‖g‖ ≳ 1.8e19) contributes nothing
/// to the clipped sum. Dropping is a function of the example alone, so the sensitivity stays
/// `max_grad_norm`, and the step still adds its noise.
///
/// # Shapes
/// - `sq_norms`: `[batch]`; returns `[batch]`
pub fn clip_factors(sq_norms: Tensor<1>, max_grad_norm: f32, wgsl: bool) -> Tensor<1> {
    if wgsl && sq_norms.dims()[0] > 0 {
        wgsl::clip_factors(sq_norms, max_grad_norm)
    } else if on_cpu(&sq_norms) {
        host::clip_factors(sq_norms, max_grad_norm)
    } else {
        reference::clip_factors(sq_norms, max_grad_norm)
    }
}

/// The clipped sum `Σ_b factors[b] * grads[b, :]`, without materialising clipped per-sample
/// gradients. Rows whose factor is 0 (dropped by [`clip_factors`]) are skipped, NaN or not.
///
/// # Shapes
/// - `grads`: `[batch, p]`, `factors`: `[batch]`; returns `[p]`
pub fn clip_and_accumulate(grads: Tensor<2>, factors: Tensor<1>, wgsl: bool) -> Tensor<1> {
    if wgsl && grads.dims()[0] > 0 {
        wgsl::clip_and_accumulate(grads, factors)
    } else {
        reference::clip_and_accumulate(grads, factors)
    }
}

/// Per-sample Conv2d weight gradients (`∇W_i = g_i U_iᵀ` per group, `U_i` the im2col columns of
/// example i's input; Goodfellow 2015, Rochette et al. 2019) and their squared norms.
///
/// With `write_grad` false this is the norm-only mode: on wgpu the kernel never writes the
/// columns or the gradients, only one partial squared norm per 32 x 32 tile and example;
/// with `write_grad` it also returns the gradients for [`clip_and_accumulate`]. On wgpu
/// (`wgsl`) one shader reads the columns in place (`shaders/conv_grad_sample_f32.wgsl`); the
/// twin builds them (`grad_sample::rules::conv2d_grad_sample`). Bias gradients are not part of
/// it (a sum over positions, see the rules).
///
/// # Shapes
/// - `activations`: `[batch, c_in, h, w]`, `backprops`: `[batch, c_out, h_out, w_out]`
/// - returns (`[batch, c_out·c_in/groups·kh·kw]` when `write_grad`, `[batch]` squared norms)
pub fn conv_grad_sample(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &crate::grad_sample::ConvGeometry,
    write_grad: bool,
    wgsl: bool,
) -> (Option<Tensor<2>>, Tensor<1>) {
    if wgsl && activations.dims()[0] > 0 {
        wgsl::conv_grad_sample(activations, backprops, geometry, write_grad)
    } else {
        reference::conv_grad_sample(activations, backprops, geometry, write_grad)
    }
}

/// The fused DP-SGD update of one parameter tensor:
/// `param - lr * (summed + N(0, noise.std²)) * inv_batch`.
///
/// `inv_batch` is 1 / expected batch size (a public constant, never the realised size).
///
/// # Shapes
/// - `param`, `summed`: `[p]`; returns `[p]`
pub fn noisy_sgd(
    param: Tensor<1>,
    summed: Tensor<1>,
    noise: NoiseSpec,
    inv_batch: f32,
    lr: f32,
    wgsl: bool,
) -> Tensor<1> {
    if wgsl {
        wgsl::noisy_sgd(param, summed, noise, inv_batch, lr)
    } else if on_cpu(&param) {
        host::noisy_sgd(param, summed, noise, inv_batch, lr)
    } else {
        reference::noisy_sgd(param, summed, noise, inv_batch, lr)
    }
}

/// The scalars of one DP-Adam step (Kingma & Ba 2015, Algorithm 1), each rounded to `f32` once on
/// the host so the shader and its twin compute with the same values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamStep {
    /// Learning rate.
    pub lr: f32,
    /// β1, the first moment's decay.
    pub beta1: f32,
    /// β2, the second moment's decay.
    pub beta2: f32,
    /// ε added to √v̂.
    pub eps: f32,
    /// Bias correction of m: 1 / (1 − β1^t).
    pub c1: f32,
    /// Bias correction of v: 1 / (1 − β2^t).
    pub c2: f32,
}

impl AdamStep {
    /// The scalars of step `t` (1-based; 0 is taken as 1): bias corrections computed in `f64`.
    pub fn new(lr: f64, beta1: f64, beta2: f64, eps: f64, t: u64) -> Self {
        let t = t.max(1).min(i32::MAX as u64) as i32;
        AdamStep {
            lr: lr as f32,
            beta1: beta1 as f32,
            beta2: beta2 as f32,
            eps: eps as f32,
            c1: (1.0 / (1.0 - beta1.powi(t))) as f32,
            c2: (1.0 / (1.0 - beta2.powi(t))) as f32,
        }
    }
}

/// The fused DP-Adam update of one parameter tensor: the privatised gradient
/// `g = (summed + N(0, noise.std²)) * inv_batch`, then `m' = β1 m + (1−β1) g`,
/// `v' = β2 v + (1−β2) g²`, `param' = param − lr · m'c1 / (√(v'c2) + ε)`. Returns
/// `(param', m', v')`. On wgpu devices one shader does all of it (`shaders/noisy_adam_f32.wgsl`).
///
/// # Shapes
/// - `param`, `summed`, `m`, `v`: `[p]`; returns three `[p]`
pub fn noisy_adam(
    tensors: [Tensor<1>; 4],
    noise: NoiseSpec,
    inv_batch: f32,
    adam: AdamStep,
    wgsl: bool,
) -> (Tensor<1>, Tensor<1>, Tensor<1>) {
    if wgsl {
        let [p] = tensors[0].dims();
        let out = wgsl::noisy_adam(tensors, noise, inv_batch, adam);
        (out.clone().slice([0..p]), out.clone().slice([p..2 * p]), out.slice([2 * p..3 * p]))
    } else {
        reference::noisy_adam(tensors, noise, inv_batch, adam)
    }
}

/// Gaussian noise `noise.std * z` for `len` elements, as added by [`noisy_sgd`].
///
/// # Shapes
/// Returns `[len]` on `device`.
pub fn gaussian_noise(len: usize, noise: NoiseSpec, device: &burn::tensor::Device, wgsl: bool) -> Tensor<1> {
    let zeros = Tensor::<1>::zeros([len], device);
    noisy_sgd(zeros.clone(), zeros, noise, 1.0, -1.0, wgsl)
}
