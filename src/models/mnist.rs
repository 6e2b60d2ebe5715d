//! The MNIST CNN of the TensorFlow Privacy tutorial (SPEC B§5.3), 26,010 parameters.
//!
//! | layer | output `[batch, c, h, w]` | params |
//! |---|---|---|
//! | conv 8x8, 16, stride 2, SAME (pad 3), ReLU | `[B, 16, 14, 14]` | 1,040 |
//! | max-pool 2, stride 1 | `[B, 16, 13, 13]` | 0 |
//! | conv 4x4, 32, stride 2, VALID, ReLU | `[B, 32, 5, 5]` | 8,224 |
//! | max-pool 2, stride 1 | `[B, 32, 4, 4]` | 0 |
//! | flatten (c, h, w) | `[B, 512]` | 0 |
//! | linear 512→32, ReLU | `[B, 32]` | 16,416 |
//! | linear 32→10 | `[B, 10]` logits | 330 |

use burn::module::Module;
use burn::nn::PaddingConfig2d;
use burn::tensor::activation::relu;
use burn::tensor::module::max_pool2d;
use burn::tensor::ops::MaxPoolOptions;
use burn::tensor::{Device, Tensor};

use super::init::{conv, linear, seeds};
use crate::nn::{BurnModel, Conv2d, Linear};

/// The MNIST CNN. Input `[batch, 1, 28, 28]` in [0, 1], output logits `[batch, 10]`.
#[derive(Module, Debug)]
pub struct MnistCnn {
    /// conv 8x8, 1→16, stride 2, padding 3.
    pub conv1: Conv2d,
    /// conv 4x4, 16→32, stride 2, valid.
    pub conv2: Conv2d,
    /// linear 512→32.
    pub fc1: Linear,
    /// linear 32→10.
    pub fc2: Linear,
}

impl MnistCnn {
    /// A freshly initialised model on `device` (truncated normal weights, std 1/sqrt(fan_in);
    /// zero biases), deterministic for `seed`.
    pub fn new(device: &Device, seed: u64) -> Self {
        let s = seeds(seed);
        MnistCnn {
            conv1: conv([1, 16], 8, 2, PaddingConfig2d::Explicit(3, 3, 3, 3), device, s(1)).into(),
            conv2: conv([16, 32], 4, 2, PaddingConfig2d::Valid, device, s(2)).into(),
            fc1: linear(512, 32, device, s(3)).into(),
            fc2: linear(32, 10, device, s(4)).into(),
        }
    }

    /// Number of scalar parameters (26,010).
    pub fn num_parameters(&self) -> usize {
        self.num_params()
    }
}

impl BurnModel for MnistCnn {
    type Input = Tensor<4>;

    /// # Shapes
    /// - `input`: `[batch, 1, 28, 28]`; returns `[batch, 10]`
    fn forward(&self, input: Tensor<4>) -> Tensor<2> {
        let pool = MaxPoolOptions::new([2, 2]).with_stride([1, 1]);
        let x = relu(self.conv1.forward(input)); // [B, 16, 14, 14]
        let x = max_pool2d(x, pool.clone()); // [B, 16, 13, 13]
        let x = relu(self.conv2.forward(x)); // [B, 32, 5, 5]
        let x = max_pool2d(x, pool); // [B, 32, 4, 4]
        let [batch, c, h, w] = x.dims();
        let x = x.reshape([batch, c * h * w]); // [B, 512]
        let x = relu(self.fc1.forward(x)); // [B, 32]
        self.fc2.forward(x) // [B, 10]
    }
}
