//! Host-loop twins of the DP kernels for the `cpu` backend (Burn flex), where tensors live in
//! host memory: one pass over the data in place instead of a chain of tensor operations, each of
//! which allocates its result and costs a few microseconds whatever its size (on a model of a
//! few thousand parameters the chain is most of the DP step). Same maths and the same `f32`
//! operations in the same order as the tensor-op twins in [`super::reference`], so the results
//! are equal bit for bit (tested below; `tests/kernels.rs` checks both against the shaders).

use burn::backend::{BackendTensor, DispatchTensor, DispatchTensorKind};
use burn::tensor::{Tensor, TensorData};

use super::NoiseSpec;
use crate::privacy::philox;

/// A float tensor's `f32` elements in host memory: Burn flex's own buffer where it holds them
/// contiguously (no copy), a copy read back otherwise.
pub(crate) enum HostF32 {
    Flex(DispatchTensor),
    Copied(Vec<f32>),
}

impl HostF32 {
    /// Borrows `t`'s buffer on Burn flex, or reads `t` back.
    pub(crate) fn new<const D: usize>(t: Tensor<D>) -> Self {
        let t = t.into_dispatch();
        if flex_f32(&t).is_some() {
            return HostF32::Flex(t);
        }
        let t = Tensor::<D>::from_dispatch(t);
        HostF32::Copied(t.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor data"))
    }

    /// The elements in row-major order.
    pub(crate) fn as_slice(&self) -> &[f32] {
        match self {
            HostF32::Flex(t) => flex_f32(t).expect("checked in HostF32::new"),
            HostF32::Copied(v) => v,
        }
    }
}

/// The contiguous `f32` elements of a tensor on Burn flex, if it is one.
fn flex_f32(t: &DispatchTensor) -> Option<&[f32]> {
    match &t.kind {
        DispatchTensorKind::Flex(BackendTensor::Float(t)) => t.as_slice::<f32>(),
        _ => None,
    }
}

/// `values` as a `[len]` tensor on `device`.
pub(crate) fn tensor(values: Vec<f32>, device: &burn::tensor::Device) -> Tensor<1> {
    let n = values.len();
    Tensor::from_data(TensorData::new(values, [n]), device)
}

/// [`super::clip_factors`]: `min(1, max_grad_norm / (sqrt(s) + 1e-6))`, 0 for a non-finite or
/// negative `s`. Shapes: `[batch]` → `[batch]`.
pub fn clip_factors(sq_norms: Tensor<1>, max_grad_norm: f32) -> Tensor<1> {
    let device = sq_norms.device();
    let sq = HostF32::new(sq_norms);
    let factors = sq
        .as_slice()
        .iter()
        .map(|&s| match s.is_finite() && s >= 0.0 {
            true => ((1.0 / (s.sqrt() + 1e-6)) * max_grad_norm).min(1.0),
            false => 0.0,
        })
        .collect();
    tensor(factors, &device)
}

/// [`super::noisy_sgd`]: `param - lr * (summed + noise) * inv_batch`, the noise drawn block by
/// block (the draws of [`philox::gaussian_noise`]) and used while in cache. Shapes: `[p]` → `[p]`.
///
/// # Panics
/// If `summed` does not have `param`'s length, or that length is over 2^32.
pub fn noisy_sgd(
    param: Tensor<1>,
    summed: Tensor<1>,
    noise: NoiseSpec,
    inv_batch: f32,
    lr: f32,
) -> Tensor<1> {
    let device = param.device();
    let [p] = param.dims();
    let (param, summed) = (HostF32::new(param), HostF32::new(summed));
    let (param, summed) = (param.as_slice(), summed.as_slice());
    assert_eq!(summed.len(), p, "noisy_sgd: a clipped sum of {} values for a parameter of {p}", summed.len());
    let k = lr * inv_batch;
    let mut out = vec![0f32; p];
    if noise.std == 0.0 {
        for ((o, &w), &s) in out.iter_mut().zip(param).zip(summed) {
            *o = w - s * k;
        }
    } else {
        philox::gaussian_noise_then(
            noise.seed,
            noise.step,
            noise.tensor_id,
            noise.std,
            &mut out,
            |at, block| {
                let (w, s) = (&param[at..at + block.len()], &summed[at..at + block.len()]);
                for ((o, &w), &s) in block.iter_mut().zip(w).zip(s) {
                    *o = w - (s + *o) * k;
                }
            },
        );
    }
    tensor(out, &device)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::{self, BackendChoice};
    use burn::tensor::Distribution;

    fn bits(t: Tensor<1>) -> Vec<u32> {
        HostF32::new(t).as_slice().iter().map(|x| x.to_bits()).collect()
    }

    /// Bit for bit the tensor-op twins, with and without noise, on a length over one noise block.
    #[test]
    fn host_twins_equal_the_tensor_op_reference_bit_for_bit() {
        let dev = device::select(BackendChoice::Cpu).unwrap().device;
        let p = (1 << 14) + 77;
        let param = Tensor::<1>::random([p], Distribution::Normal(0.0, 1.0), &dev);
        let summed = Tensor::<1>::random([p], Distribution::Normal(0.0, 3.0), &dev);
        for std in [0.0, 1.1] {
            let noise = NoiseSpec { seed: 0x1234_5678_9abc, step: 5, tensor_id: 2, std };
            let host = noisy_sgd(param.clone(), summed.clone(), noise, 1.0 / 256.0, 0.15);
            let reference =
                super::super::reference::noisy_sgd(param.clone(), summed.clone(), noise, 1.0 / 256.0, 0.15);
            assert_eq!(bits(host), bits(reference), "std {std}");
        }
        let sq =
            [0.0, -0.0, 0.25, 4.0, 1e30, f32::INFINITY, f32::NAN, f32::MIN_POSITIVE, -1e-3, -f32::INFINITY];
        let sq = tensor(sq.to_vec(), &dev);
        let host = clip_factors(sq.clone(), 1.5);
        assert_eq!(bits(host), bits(super::super::reference::clip_factors(sq, 1.5)));
    }
}
