//! The LSTM network on IMDb (SPEC B§5.5): Embedding 10,004 x 100 → single-layer LSTM (input 100,
//! hidden 100, Haiku layout: one Linear 200→400 on `[x_t; h_{t-1}]`, forget-gate bias +1) over
//! the 256 positions, all hidden states → mean over time → Linear 100→2. 1,081,002 parameters.
//! The sequence is consumed batch-major; no reshape tricks (SPEC A§1).

use burn::module::Module;
use burn::nn::{Embedding, Linear};
use burn::tensor::{Device, Int, Tensor};

use super::DpModel;
use super::init::{embedding, linear, seeds};
use crate::grad_sample::{DpLstm, Tape};

/// The LSTM network. Input token ids `[batch, seq_length]`, logits `[batch, 2]`.
#[derive(Module, Debug)]
pub struct LstmNet {
    /// Embedding `[vocab, 100]`.
    pub embedding: Embedding,
    /// LSTM 100→100.
    pub lstm: DpLstm,
    /// Linear 100→2.
    pub fc: Linear,
}

impl LstmNet {
    /// A fresh model with a `vocab`-row table (10,004 for IMDb) and hidden size `d_hidden` (100
    /// in the paper; smaller for tests), deterministic for `seed`.
    pub fn new(device: &Device, vocab: usize, d_hidden: usize, seed: u64) -> Self {
        let s = seeds(seed);
        LstmNet {
            embedding: embedding(vocab, d_hidden, 0.02, device, s(1)),
            lstm: DpLstm::new(d_hidden, d_hidden, device, s(2)),
            fc: linear(d_hidden, 2, device, s(3)),
        }
    }
}

impl DpModel for LstmNet {
    type Input = Tensor<2, Int>;

    fn forward(&self, tape: &mut Tape, input: Tensor<2, Int>) -> Tensor<2> {
        let x = tape.embedding(&self.embedding, input); // [B, T, 100]
        let h = tape.lstm(&self.lstm, x); // [B, T, 100]
        let [batch, _, d] = h.dims();
        let h = h.mean_dim(1).reshape([batch, d]); // [B, 100]
        tape.linear(&self.fc, h) // [B, 2]
    }
}
