//! The embedding network on IMDb (SPEC B§5.4, JAX/Haiku variant): Embedding 10,004 x 16
//! (truncated normal, std 0.02) → mean over the 256 positions → Linear 16→16, ReLU → Linear 16→2.
//! 160,370 parameters.

use burn::module::Module;
use burn::tensor::activation::relu;
use burn::tensor::{Device, Int, Tensor};

use super::init::{embedding, linear, seeds};
use crate::nn::{BurnModel, Embedding, Linear};

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
            embedding: embedding(vocab, 16, 0.02, device, s(1)).into(),
            fc1: linear(16, 16, device, s(2)).into(),
            fc2: linear(16, 2, device, s(3)).into(),
        }
    }
}

impl BurnModel for EmbedNet {
    type Input = Tensor<2, Int>;

    fn forward(&self, input: Tensor<2, Int>) -> Tensor<2> {
        let x = self.embedding.forward(input); // [B, T, 16]
        let [batch, _, d] = x.dims();
        let x = x.mean_dim(1).reshape([batch, d]); // [B, 16]
        let x = relu(self.fc1.forward(x)); // [B, 16]
        self.fc2.forward(x) // [B, 2]
    }
}
