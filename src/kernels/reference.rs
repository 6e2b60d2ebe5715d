//! Tensor-operation twins of the WGSL kernels: the reference the shaders and the `cpu` backend's
//! host loops ([`super::host`]) are tested against, and the path of wgpu devices with dpgpu's
//! kernels off. Same maths, same shapes as [`super`].

use burn::tensor::{Tensor, TensorData};

use super::{AdamStep, NoiseSpec};
use crate::privacy::philox;

/// `acc + Σ_j grads[:, j]²`, summed in blocks ([`crate::grad_sample::reduce::sum_dim`]: this
/// twin also runs on wgpu devices with the WGSL kernels off, where Burn's own long sums go
/// wrong). Shapes: `grads [batch, p]`, `acc [batch]` → `[batch]`.
pub fn sq_norms(grads: Tensor<2>, acc: Tensor<1>) -> Tensor<1> {
    let [batch, _] = grads.dims();
    acc + crate::grad_sample::reduce::sum_dim(grads.powi_scalar(2), 1).reshape([batch])
}

/// The im2col twin of [`super::wgsl::conv_grad_sample`]: the per-sample weight gradients built
/// from unfolded columns, then squared and summed. Shapes as [`super::conv_grad_sample`].
pub fn conv_grad_sample(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &crate::grad_sample::ConvGeometry,
    write_grad: bool,
) -> (Option<Tensor<2>>, Tensor<1>) {
    let batch = activations.dims()[0];
    let (w, _) = crate::grad_sample::rules::conv2d_grad_sample(activations, backprops, geometry);
    let norms = sq_norms(w.clone(), Tensor::zeros([batch], &w.device()));
    (write_grad.then_some(w), norms)
}

/// `min(1, max_grad_norm / (sqrt(sq_norms) + 1e-6))`, and 0 where `sq_norms` is NaN, infinite
/// or negative (the example is dropped: a negative squared norm is rounding in a ghost norm's
/// cancelling terms, which says nothing of the true norm). Shapes: `[batch]` → `[batch]`.
pub fn clip_factors(sq_norms: Tensor<1>, max_grad_norm: f32) -> Tensor<1> {
    let bad = sq_norms.clone().is_finite().bool_not().bool_or(sq_norms.clone().lower_elem(0.0));
    (sq_norms.sqrt().add_scalar(1e-6).recip() * max_grad_norm).clamp_max(1.0).mask_fill(bad, 0.0)
}

/// `Σ_b factors[b] grads[b, :]` as one `[1, batch] x [batch, p]` product, rows with
/// `factors[b] <= 0` left out (zeroed first when there are any, so a NaN in a dropped row never
/// reaches the sum). Shapes: `grads [batch, p]`, `factors [batch]` → `[p]`.
pub fn clip_and_accumulate(grads: Tensor<2>, factors: Tensor<1>) -> Tensor<1> {
    let [batch, p] = grads.dims();
    let dropped = factors.clone().lower_equal_elem(0.0);
    // One read of `batch` booleans; the cpu backend computes eagerly, so this costs no stall.
    let grads = if dropped.clone().any().into_scalar::<bool>() {
        grads.mask_fill(dropped.reshape([batch, 1]).expand([batch, p]), 0.0)
    } else {
        grads
    };
    factors.reshape([1, batch]).matmul(grads).reshape([p])
}

/// `summed + noise`, the noise drawn on the host by [`philox::gaussian_noise`] and uploaded.
fn add_noise(summed: Tensor<1>, noise: NoiseSpec) -> Tensor<1> {
    if noise.std == 0.0 {
        return summed;
    }
    let [p] = summed.dims();
    let z = philox::gaussian_noise(noise.seed, noise.step, noise.tensor_id, p, noise.std);
    let device = summed.device();
    summed + Tensor::<1>::from_data(TensorData::new(z, [p]), &device)
}

/// `param - lr * (summed + noise) * inv_batch`. Shapes: `[p]` → `[p]`.
pub fn noisy_sgd(
    param: Tensor<1>,
    summed: Tensor<1>,
    noise: NoiseSpec,
    inv_batch: f32,
    lr: f32,
) -> Tensor<1> {
    param - add_noise(summed, noise) * (lr * inv_batch)
}

/// DP-Adam as [`super::noisy_adam`], in tensor operations. Shapes: four `[p]` → three `[p]`.
pub fn noisy_adam(
    [param, summed, m, v]: [Tensor<1>; 4],
    noise: NoiseSpec,
    inv_batch: f32,
    adam: AdamStep,
) -> (Tensor<1>, Tensor<1>, Tensor<1>) {
    let g = add_noise(summed, noise) * inv_batch;
    let m = m * adam.beta1 + g.clone() * (1.0 - adam.beta1);
    let v = v * adam.beta2 + (g.clone() * g) * (1.0 - adam.beta2);
    let step = (m.clone() * adam.c1) / ((v.clone() * adam.c2).sqrt() + adam.eps);
    (param - step * adam.lr, m, v)
}
