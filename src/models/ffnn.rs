//! The fully connected network on Adult (SPEC B§5.2): Linear 104→50, ReLU, Linear 50→2;
//! 5,352 parameters.

use burn::module::Module;
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

use super::init::{linear, seeds};
use crate::nn::{BurnModel, Linear};

/// FCNN. Input `[batch, 104]`, logits `[batch, 2]`.
#[derive(Module, Debug)]
pub struct Ffnn {
    /// linear 104→50.
    pub fc1: Linear,
    /// linear 50→2.
    pub fc2: Linear,
}

impl Ffnn {
    /// A fresh model for `d_input` features, deterministic for `seed`.
    pub fn new(device: &Device, d_input: usize, seed: u64) -> Self {
        let s = seeds(seed);
        Ffnn { fc1: linear(d_input, 50, device, s(1)).into(), fc2: linear(50, 2, device, s(2)).into() }
    }
}

impl BurnModel for Ffnn {
    type Input = Tensor<2>;

    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        let x = relu(self.fc1.forward(input)); // [B, 50]
        self.fc2.forward(x) // [B, 2]
    }
}
