//! The CIFAR-10 CNN (SPEC B§5.6; Papernot et al.'s architecture with ReLU), 605,226 parameters.
//! All convolutions 3x3, stride 1, SAME (pad 1):
//! conv32, conv32, avgpool 2 → conv64, conv64, avgpool 2 → conv128, conv128, avgpool 2 → conv256,
//! conv10 (no activation) → mean over height and width → 10 logits. Spatial 32→16→8→4.

use burn::module::Module;
use burn::nn::PaddingConfig2d;
use burn::tensor::activation::relu;
use burn::tensor::module::avg_pool2d;
use burn::tensor::ops::AvgPoolOptions;
use burn::tensor::{Device, Tensor};

use super::init::{conv, seeds};
use crate::nn::{BurnModel, Conv2d};

/// The CIFAR-10 CNN. Input `[batch, 3, 32, 32]` in [0, 1], logits `[batch, 10]`.
#[derive(Module, Debug)]
pub struct Cifar10Cnn {
    /// The ten 3x3 convolutions in order.
    pub convs: Vec<Conv2d>,
}

const CHANNELS: [(usize, usize); 8] =
    [(3, 32), (32, 32), (32, 64), (64, 64), (64, 128), (128, 128), (128, 256), (256, 10)];

impl Cifar10Cnn {
    /// A fresh model, deterministic for `seed`.
    pub fn new(device: &Device, seed: u64) -> Self {
        let s = seeds(seed);
        let convs = CHANNELS
            .iter()
            .enumerate()
            .map(|(i, &(c_in, c_out))| {
                conv([c_in, c_out], 3, 1, PaddingConfig2d::Explicit(1, 1, 1, 1), device, s(i as u64)).into()
            })
            .collect();
        Cifar10Cnn { convs }
    }
}

impl BurnModel for Cifar10Cnn {
    type Input = Tensor<4>;

    fn forward(&self, input: Tensor<4>) -> Tensor<2> {
        let pool = || AvgPoolOptions::new([2, 2]);
        let mut x = input;
        for (i, layer) in self.convs.iter().enumerate() {
            let z = layer.forward(x);
            x = if i + 1 == self.convs.len() { z } else { relu(z) };
            if matches!(i, 1 | 3 | 5) {
                x = avg_pool2d(x, pool()); // 32→16→8→4
            }
        }
        let [batch, classes, _, _] = x.dims();
        x.mean_dim(3).mean_dim(2).reshape([batch, classes]) // [B, 10]
    }
}
