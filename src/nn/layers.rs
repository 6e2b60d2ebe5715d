//! The drop-in layers and their configs. Each holds exactly burn-nn's fields (so the records are
//! burn-nn's) and converts to and from the burn-nn layer without copying a tensor.

use burn::module::{Module, Param};
use burn::nn::PaddingConfig2d;
use burn::nn::conv::Conv2d as BurnConv2d;
use burn::nn::{Embedding as BurnEmbedding, GroupNorm as BurnGroupNorm, Initializer, Linear as BurnLinear};
use burn::tensor::{Int, Tensor};

use super::{drop_in_config, with_recorder};

/// burn-nn's `Linear` (`y = x W + b`, `W: [d_input, d_output]`), recording per-sample
/// quantities during a DP step.
#[derive(Module, Debug)]
pub struct Linear {
    /// `[d_input, d_output]`.
    pub weight: Param<Tensor<2>>,
    /// `[d_output]`.
    pub bias: Option<Param<Tensor<1>>>,
}

impl From<BurnLinear> for Linear {
    fn from(l: BurnLinear) -> Self {
        Linear { weight: l.weight, bias: l.bias }
    }
}

impl From<Linear> for BurnLinear {
    fn from(l: Linear) -> Self {
        BurnLinear { weight: l.weight, bias: l.bias }
    }
}

impl Linear {
    /// As burn-nn's `Linear::forward`.
    ///
    /// # Shapes
    /// - `input`: `[batch, ..., d_input]`; returns `[batch, ..., d_output]`
    pub fn forward<const D: usize>(&self, input: Tensor<D>) -> Tensor<D> {
        let burn = BurnLinear { weight: self.weight.clone(), bias: self.bias.clone() };
        with_recorder(|tape| match tape {
            Some(tape) if D >= 2 => {
                let dims = input.dims();
                let (batch, d_in) = (dims[0], dims[D - 1]);
                let positions = dims[1..D - 1].iter().product::<usize>();
                let y = tape.linear_seq(&burn, input.reshape([batch, positions, d_in]));
                let mut out = dims;
                out[D - 1] = y.dims()[2];
                y.reshape(out)
            }
            _ => burn.forward(input),
        })
    }
}

drop_in_config!(
    /// burn-nn's `LinearConfig`, initialising a drop-in [`Linear`].
    LinearConfig(burn::nn::LinearConfig) -> Linear,
    new(d_input: usize, d_output: usize),
    [with_bias: bool, with_initializer: Initializer]
);

/// burn-nn's `Conv2d`, recording per-sample quantities during a DP step.
#[derive(Module, Debug)]
pub struct Conv2d {
    /// `[channels_out, channels_in / groups, kernel_h, kernel_w]`.
    pub weight: Param<Tensor<4>>,
    /// `[channels_out]`.
    pub bias: Option<Param<Tensor<1>>>,
    /// Stride.
    pub stride: [usize; 2],
    /// Kernel size.
    pub kernel_size: [usize; 2],
    /// Dilation.
    pub dilation: [usize; 2],
    /// Groups.
    pub groups: usize,
    /// Padding.
    #[module(skip)]
    pub padding: PaddingConfig2d,
}

impl From<BurnConv2d> for Conv2d {
    fn from(c: BurnConv2d) -> Self {
        let BurnConv2d { weight, bias, stride, kernel_size, dilation, groups, padding } = c;
        Conv2d { weight, bias, stride, kernel_size, dilation, groups, padding }
    }
}

impl From<Conv2d> for BurnConv2d {
    fn from(c: Conv2d) -> Self {
        let Conv2d { weight, bias, stride, kernel_size, dilation, groups, padding } = c;
        BurnConv2d { weight, bias, stride, kernel_size, dilation, groups, padding }
    }
}

impl Conv2d {
    /// As burn-nn's `Conv2d::forward`.
    ///
    /// # Shapes
    /// - `input`: `[batch, channels_in, height, width]`; returns `[batch, channels_out, h_out, w_out]`
    pub fn forward(&self, input: Tensor<4>) -> Tensor<4> {
        let burn = BurnConv2d::from(self.clone());
        with_recorder(|tape| match tape {
            Some(tape) => tape.conv2d(&burn, input),
            None => burn.forward(input),
        })
    }
}

drop_in_config!(
    /// burn-nn's `Conv2dConfig`, initialising a drop-in [`Conv2d`].
    Conv2dConfig(burn::nn::conv::Conv2dConfig) -> Conv2d,
    new(channels: [usize; 2], kernel_size: [usize; 2]),
    [with_stride: [usize; 2], with_dilation: [usize; 2], with_groups: usize, with_padding: PaddingConfig2d,
     with_bias: bool, with_initializer: Initializer]
);

/// burn-nn's `Embedding`, recording per-sample quantities during a DP step.
#[derive(Module, Debug)]
pub struct Embedding {
    /// `[n_embedding, d_model]`.
    pub weight: Param<Tensor<2>>,
}

impl From<BurnEmbedding> for Embedding {
    fn from(e: BurnEmbedding) -> Self {
        Embedding { weight: e.weight }
    }
}

impl From<Embedding> for BurnEmbedding {
    fn from(e: Embedding) -> Self {
        BurnEmbedding { weight: e.weight }
    }
}

impl Embedding {
    /// As burn-nn's `Embedding::forward`.
    ///
    /// # Shapes
    /// - `input`: `[batch, seq_length]` ids in `0..n_embedding`; returns `[batch, seq_length, d_model]`
    pub fn forward(&self, input: Tensor<2, Int>) -> Tensor<3> {
        let burn = BurnEmbedding { weight: self.weight.clone() };
        with_recorder(|tape| match tape {
            Some(tape) => tape.embedding(&burn, input),
            None => burn.forward(input),
        })
    }
}

drop_in_config!(
    /// burn-nn's `EmbeddingConfig`, initialising a drop-in [`Embedding`].
    EmbeddingConfig(burn::nn::EmbeddingConfig) -> Embedding,
    new(n_embedding: usize, d_model: usize),
    [with_initializer: Initializer]
);

/// burn-nn's `LayerNorm` (over the last dimension, `x̂ ⊙ γ + β`), recording per-sample
/// quantities during a DP step.
#[derive(Module, Debug)]
pub struct LayerNorm {
    /// γ, `[d_model]`.
    pub gamma: Param<Tensor<1>>,
    /// β, `[d_model]`.
    pub beta: Option<Param<Tensor<1>>>,
    /// Added to the variance.
    pub epsilon: f64,
}

impl LayerNorm {
    /// As burn-nn's `LayerNorm::forward`.
    ///
    /// # Shapes
    /// - `input`: `[batch, ..., d_model]`; returns the same shape
    pub fn forward<const D: usize>(&self, input: Tensor<D>) -> Tensor<D> {
        with_recorder(|tape| match tape {
            Some(tape) => tape.layer_norm_parts(&self.gamma, self.beta.as_ref(), self.epsilon, input),
            None => burn::tensor::module::layer_norm(
                input,
                self.gamma.val(),
                self.beta.as_ref().map(|b| b.val()),
                self.epsilon,
            ),
        })
    }
}

/// burn-nn's `LayerNormConfig`, initialising a drop-in [`LayerNorm`].
#[derive(Clone, Debug)]
pub struct LayerNormConfig(pub burn::nn::LayerNormConfig);

impl LayerNormConfig {
    /// The burn-nn config's `new`, with its defaults (ε 1e-5, with β).
    pub fn new(d_model: usize) -> Self {
        LayerNormConfig(burn::nn::LayerNormConfig::new(d_model))
    }

    /// As the burn-nn config's builder of the same name.
    pub fn with_epsilon(self, epsilon: f64) -> Self {
        LayerNormConfig(self.0.with_epsilon(epsilon))
    }

    /// As the burn-nn config's builder of the same name.
    pub fn with_bias(self, bias: bool) -> Self {
        LayerNormConfig(self.0.with_bias(bias))
    }

    /// Initialises the layer on `device`, exactly as burn-nn does.
    pub fn init(&self, device: &burn::tensor::Device) -> LayerNorm {
        let burn = self.0.init(device);
        LayerNorm { gamma: burn.gamma, beta: burn.beta, epsilon: self.0.epsilon }
    }
}

/// burn-nn's `GroupNorm`, recording per-sample quantities during a DP step.
#[derive(Module, Debug)]
pub struct GroupNorm {
    /// γ, `[num_channels]` when `affine`.
    pub gamma: Option<Param<Tensor<1>>>,
    /// β, `[num_channels]` when `affine`.
    pub beta: Option<Param<Tensor<1>>>,
    /// Channel groups.
    pub num_groups: usize,
    /// Channels.
    pub num_channels: usize,
    /// Added to the variance.
    pub epsilon: f64,
    /// Whether γ and β exist.
    pub affine: bool,
}

impl From<BurnGroupNorm> for GroupNorm {
    fn from(g: BurnGroupNorm) -> Self {
        let BurnGroupNorm { gamma, beta, num_groups, num_channels, epsilon, affine } = g;
        GroupNorm { gamma, beta, num_groups, num_channels, epsilon, affine }
    }
}

impl From<GroupNorm> for BurnGroupNorm {
    fn from(g: GroupNorm) -> Self {
        let GroupNorm { gamma, beta, num_groups, num_channels, epsilon, affine } = g;
        BurnGroupNorm { gamma, beta, num_groups, num_channels, epsilon, affine }
    }
}

impl GroupNorm {
    /// As burn-nn's `GroupNorm::forward`.
    ///
    /// # Shapes
    /// - `input`: `[batch, channels, ...]` (rank ≥ 3); returns the same shape
    pub fn forward<const D: usize>(&self, input: Tensor<D>) -> Tensor<D> {
        let burn = BurnGroupNorm::from(self.clone());
        with_recorder(|tape| match tape {
            Some(tape) => tape.group_norm(&burn, input),
            None => burn.forward(input),
        })
    }
}

drop_in_config!(
    /// burn-nn's `GroupNormConfig`, initialising a drop-in [`GroupNorm`].
    GroupNormConfig(burn::nn::GroupNormConfig) -> GroupNorm,
    new(num_groups: usize, num_channels: usize),
    [with_epsilon: f64, with_affine: bool]
);
