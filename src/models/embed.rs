//! The embedding network on IMDb (SPEC B§5.4, JAX/Haiku variant): Embedding 10,004 x 16
//! (truncated normal, std 0.02) → mean over the 256 positions → Linear 16→16, ReLU → Linear 16→2.
//! 160,370 parameters.

use burn::module::Module;
use burn::nn::{Embedding, Linear};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Int, Tensor};

use super::DpModel;
use super::init::{embedding, linear, seeds};
use crate::grad_sample::Tape;

/// The embedding network. Input token ids `[batch, seq_length]`, logits `[batch, 2]`.
#[derive(Module, Debug)]
pub struct EmbedNet {
    /// Embedding `[vocab, 16]`.
    pub embedding: Embedding,
    /// linear 16→16.
    pub fc1: Linear,
    /// linear 16→2.
    pub fc2: Linear,
}

impl EmbedNet {
    /// A fresh model with a `vocab`-row table (10,004 for IMDb), deterministic for `seed`.
    pub fn new(device: &Device, vocab: usize, seed: u64) -> Self {
        let s = seeds(seed);
        EmbedNet {
            embedding: embedding(vocab, 16, 0.02, device, s(1)),
            fc1: linear(16, 16, device, s(2)),
            fc2: linear(16, 2, device, s(3)),
        }
    }
}

impl DpModel for EmbedNet {
    type Input = Tensor<2, Int>;

    fn forward(&self, tape: &mut Tape, input: Tensor<2, Int>) -> Tensor<2> {
        let x = tape.embedding(&self.embedding, input); // [B, T, 16]
        let [batch, _, d] = x.dims();
        let x = x.mean_dim(1).reshape([batch, d]); // [B, 16]
        let x = relu(tape.linear(&self.fc1, x)); // [B, 16]
        tape.linear(&self.fc2, x) // [B, 2]
    }
}
