//! Weight initialisation of SPEC A§1: Linear and Conv weights from a truncated normal with
//! standard deviation 1/sqrt(fan_in), biases 0 (Haiku's default initialiser).

use burn::module::Param;
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{Embedding, EmbeddingConfig, Initializer, Linear, LinearConfig, PaddingConfig2d};
use burn::tensor::{Device, Tensor, TensorData};
use rand::{RngExt, SeedableRng, rngs::StdRng};

/// `n` draws of a normal with standard deviation `std`, truncated at two standard deviations
/// and rescaled so the truncated distribution has standard deviation `std` (as Haiku's
/// `TruncatedNormal`: the std of N(0, 1) truncated to [-2, 2] is 0.87962566103423978).
/// Deterministic for a seed.
pub fn truncated_normal(n: usize, std: f64, seed: u64) -> Vec<f32> {
    const TRUNCATED_STD: f64 = 0.879_625_661_034_239_8;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
        let u2: f64 = rng.random::<f64>();
        let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
        if z.abs() <= 2.0 {
            out.push((z / TRUNCATED_STD * std) as f32);
        }
    }
    out
}

/// Replaces a parameter's value by a truncated normal with std 1/sqrt(fan_in) (weights) or
/// zeros (biases), keeping its id.
pub(crate) fn init_param<const D: usize>(
    p: Param<Tensor<D>>,
    fan_in: usize,
    seed: u64,
    bias: bool,
) -> Param<Tensor<D>> {
    p.map(|t| {
        let shape = t.dims();
        let device = t.device();
        if bias {
            return Tensor::zeros(shape, &device);
        }
        let n = shape.iter().product();
        let values = truncated_normal(n, 1.0 / (fan_in as f64).sqrt(), seed);
        Tensor::from_data(TensorData::new(values, shape), &device)
    })
}

pub(crate) fn conv(
    c: [usize; 2],
    k: usize,
    stride: usize,
    padding: PaddingConfig2d,
    device: &Device,
    seed: u64,
) -> Conv2d {
    let mut layer = Conv2dConfig::new(c, [k, k])
        .with_stride([stride, stride])
        .with_padding(padding)
        .with_initializer(Initializer::Zeros)
        .init(device);
    let fan_in = c[0] * k * k;
    layer.weight = init_param(layer.weight, fan_in, seed, false);
    layer.bias = layer.bias.map(|b| init_param(b, fan_in, seed, true));
    layer
}

pub(crate) fn linear(d_in: usize, d_out: usize, device: &Device, seed: u64) -> Linear {
    let mut layer = LinearConfig::new(d_in, d_out).with_initializer(Initializer::Zeros).init(device);
    layer.weight = init_param(layer.weight, d_in, seed, false);
    layer.bias = layer.bias.map(|b| init_param(b, d_in, seed, true));
    layer
}

/// One seed per layer, derived from the model seed.
pub(crate) fn seeds(seed: u64) -> impl Fn(u64) -> u64 {
    move |i| seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(i)
}

/// An Embedding `[vocab, d_model]` with truncated-normal rows of std `std` (Haiku's Embed uses 0.02).
pub(crate) fn embedding(vocab: usize, d_model: usize, std: f64, device: &Device, seed: u64) -> Embedding {
    let mut layer = EmbeddingConfig::new(vocab, d_model).with_initializer(Initializer::Zeros).init(device);
    layer.weight = layer.weight.map(|t| {
        let values = truncated_normal(vocab * d_model, std, seed);
        Tensor::from_data(TensorData::new(values, [vocab, d_model]), &t.device())
    });
    layer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_normal_has_the_requested_std_and_bounds() {
        let x = truncated_normal(200_000, 0.5, 7);
        let mean = x.iter().map(|&v| v as f64).sum::<f64>() / x.len() as f64;
        let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / x.len() as f64;
        assert!(mean.abs() < 0.005, "mean {mean}");
        assert!((var.sqrt() - 0.5).abs() < 0.005, "std {}", var.sqrt());
        let bound = 2.0 * 0.5 / 0.879_625_661_034_239_8 + 1e-6;
        assert!(x.iter().all(|&v| (v as f64).abs() <= bound));
    }
}
