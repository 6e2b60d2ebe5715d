//! The fully connected network on Adult (SPEC B§5.2): Linear 104→50, ReLU, Linear 50→2;
//! 5,352 parameters.

use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

use super::DpModel;
use super::init::{linear, seeds};
use crate::grad_sample::Tape;

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
        Ffnn { fc1: linear(d_input, 50, device, s(1)), fc2: linear(50, 2, device, s(2)) }
    }
}

impl DpModel for Ffnn {
    type Input = Tensor<2>;

    fn forward(&self, tape: &mut Tape, input: Tensor<2>) -> Tensor<2> {
        let x = tape.input(input);
        let x = relu(tape.linear(&self.fc1, x)); // [B, 50]
        tape.linear(&self.fc2, x) // [B, 2]
    }
}
