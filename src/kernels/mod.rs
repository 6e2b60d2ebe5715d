//! The DP kernels: per-sample norms, clip factors, clip-and-accumulate and the fused
//! noise + scale + SGD update.
//!
//! Each operation has two implementations that must agree:
//! - a WGSL compute shader in `shaders/<op>_f32.wgsl`, launched on Burn's wgpu device through a
//!   backend extension ([`wgsl`]); used on every wgpu adapter (Vulkan, Metal, DX12, GL);
//! - the same maths in tensor operations ([`reference`]), used on the `cpu` backend and as the
//!   reference twin in tests.
//!
//! The functions below pick one by the `wgsl` flag ([`crate::device::ComputeDevice::uses_wgsl_kernels`]).
//! Every function takes and returns plain tensors (no autodiff): they run on gradients.
//!
//! # Sources
//! The clip factor min(1, C / (‖g‖ + 1e-6)) is Opacus' (`optimizers/optimizer.py`); the step is
//! Abadi et al. 2016, Algorithm 1, with the noisy sum divided by the expected batch size
//! (SPEC A§3).

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

/// Per-sample squared L2 norms added to a running sum: `acc + Σ_j grads[:, j]²`.
///
/// # Shapes
/// - `grads`: `[batch, p]` (a flattened per-sample gradient, `grad_sample`)
/// - `acc`: `[batch]`; returns `[batch]`
pub fn sq_norms(grads: Tensor<2>, acc: Tensor<1>, wgsl: bool) -> Tensor<1> {
    if wgsl && grads.dims()[0] > 0 { wgsl::sq_norms(grads, acc) } else { reference::sq_norms(grads, acc) }
}

/// Per-sample clip factors `min(1, max_grad_norm / (sqrt(sq_norms) + 1e-6))`.
///
/// # Shapes
/// - `sq_norms`: `[batch]`; returns `[batch]`
pub fn clip_factors(sq_norms: Tensor<1>, max_grad_norm: f32, wgsl: bool) -> Tensor<1> {
    if wgsl && sq_norms.dims()[0] > 0 {
        wgsl::clip_factors(sq_norms, max_grad_norm)
    } else {
        reference::clip_factors(sq_norms, max_grad_norm)
    }
}

/// The clipped sum `Σ_b factors[b] * grads[b, :]`, without materialising clipped per-sample
/// gradients.
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

/// The fused DP update of one parameter tensor:
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
    } else {
        reference::noisy_sgd(param, summed, noise, inv_batch, lr)
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
