//! Logistic regression on Adult (SPEC B§5.1): Linear 104→1, 105 parameters, binary
//! cross-entropy on the logit.

use burn::module::Module;
use burn::tensor::{Device, Int, Tensor};

use super::binary_cross_entropy_sum;
use super::init::{linear, seeds};
use crate::nn::{BurnModel, Linear};

/// Logistic regression. Input `[batch, 104]`, output one logit `[batch, 1]`.
#[derive(Module, Debug)]
pub struct LogReg {
    /// linear 104→1.
    pub linear: Linear,
}

impl LogReg {
    /// A fresh model (truncated normal weights, std 1/sqrt(fan_in); zero bias) for `d_input`
    /// features, deterministic for `seed`.
    pub fn new(device: &Device, d_input: usize, seed: u64) -> Self {
        LogReg { linear: linear(d_input, 1, device, seeds(seed)(1)).into() }
    }
}

impl BurnModel for LogReg {
    type Input = Tensor<2>;

    fn forward(&self, input: Tensor<2>) -> Tensor<2> {
        self.linear.forward(input) // [B, 1]
    }

    fn loss(&self, logits: Tensor<2>, onehot: Tensor<2>) -> Tensor<1> {
        binary_cross_entropy_sum(logits, onehot)
    }

    fn predict(&self, logits: Tensor<2>) -> Tensor<1, Int> {
        let [batch, _] = logits.dims();
        logits.greater_elem(0.0).int().reshape([batch])
    }
}
