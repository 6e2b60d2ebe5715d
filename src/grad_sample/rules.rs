//! Per-layer rules: per-sample gradients from a layer's input activations and the backprops
//! `∂L/∂z` of its output, one rule per layer type (Opacus' `grad_sample/*.py` in Rust).
//!
//! - Linear (`z = a W + b`, `W: [d_in, d_out]`): `∇W_i = a_iᵀ g_i`, `∇b_i = g_i`.
//! - Embedding (`z_t = W[id_t]`): `∇W_i[v] = Σ_t [id_t = v] g_it` (repeated tokens add up).
//! - Conv2d: with `U_i = unfold(a_i)` (im2col, `[C_in·kh·kw, L]`, L output positions),
//!   `∇W_i = g_i U_iᵀ` per group, `∇b_i = Σ_positions g_i` (Goodfellow 2015, "Efficient per-example
//!   gradient computations"; Rochette et al. 2019).

use burn::nn::PaddingConfig2d;
use burn::nn::conv::Conv2d;
use burn::tensor::module::unfold4d;
use burn::tensor::ops::{ConvOptions, PadMode, UnfoldOptions};
use burn::tensor::{IndexingUpdateOp, Int, Tensor};

/// Per-sample gradients of a Linear layer.
///
/// # Shapes
/// - `activations`: `[batch, d_in]`, `backprops`: `[batch, d_out]`
/// - returns (`[batch, d_in * d_out]` weight, `[batch, d_out]` bias), row-major like `W`
pub fn linear_grad_sample(activations: Tensor<2>, backprops: Tensor<2>) -> (Tensor<2>, Tensor<2>) {
    let [batch, d_in] = activations.dims();
    let [_, d_out] = backprops.dims();
    let w = activations
        .reshape([batch, d_in, 1])
        .matmul(backprops.clone().reshape([batch, 1, d_out]))
        .reshape([batch, d_in * d_out]);
    (w, backprops)
}

/// The geometry of one Conv2d application: what per-sample rules and the forward pass need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvGeometry {
    /// `[channels_out, channels_in / groups, kh, kw]`.
    pub weight_shape: [usize; 4],
    /// Stride `[h, w]`.
    pub stride: [usize; 2],
    /// Dilation `[h, w]`.
    pub dilation: [usize; 2],
    /// Padding `[(top, bottom), (left, right)]`, resolved for this input size.
    pub padding: [(usize, usize); 2],
    /// Number of groups.
    pub groups: usize,
}

impl ConvGeometry {
    /// Resolves `layer`'s padding (`Valid`, `Same` as TensorFlow's: the extra row or column at the
    /// bottom/right, or `Explicit`) for an input of `height x width`.
    pub fn of(layer: &Conv2d, height: usize, width: usize) -> Self {
        let weight_shape = layer.weight.dims();
        let k = [weight_shape[2], weight_shape[3]];
        let same = |i: usize, size: usize| {
            let out = size.div_ceil(layer.stride[i]);
            let span = (k[i] - 1) * layer.dilation[i] + 1;
            let total = ((out - 1) * layer.stride[i] + span).saturating_sub(size);
            (total / 2, total - total / 2)
        };
        let padding = match layer.padding {
            PaddingConfig2d::Valid => [(0, 0), (0, 0)],
            PaddingConfig2d::Same => [same(0, height), same(1, width)],
            PaddingConfig2d::Explicit(top, left, bottom, right) => [(top, bottom), (left, right)],
        };
        ConvGeometry {
            weight_shape,
            stride: layer.stride,
            dilation: layer.dilation,
            padding,
            groups: layer.groups,
        }
    }

    /// The options for `burn::tensor::module::conv2d`.
    pub fn options(&self) -> ConvOptions<2> {
        ConvOptions::new_with_padding(self.stride, self.padding, self.dilation, self.groups)
    }
}

/// Per-sample gradients of a Conv2d layer.
///
/// # Shapes
/// - `activations`: `[batch, c_in, h, w]` (the layer's input)
/// - `backprops`: `[batch, c_out, h_out, w_out]`
/// - returns (`[batch, c_out * c_in/groups * kh * kw]` weight, `[batch, c_out]` bias)
pub fn conv2d_grad_sample(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &ConvGeometry,
) -> (Tensor<2>, Tensor<2>) {
    let [batch, c_out, h_out, w_out] = backprops.dims();
    let [_, c_in_g, kh, kw] = geometry.weight_shape;
    let groups = geometry.groups;
    let [(top, bottom), (left, right)] = geometry.padding;
    // unfold4d pads symmetrically; pad asymmetric cases explicitly first.
    let (x, pad) = if top == bottom && left == right {
        (activations, [top, left])
    } else {
        (activations.pad([(top, bottom), (left, right)], PadMode::Constant(0.0)), [0, 0])
    };
    let options = UnfoldOptions::new(geometry.stride, pad, geometry.dilation);
    let positions = h_out * w_out;
    let k = c_in_g * kh * kw;
    // [batch, c_in*kh*kw, L] -> [batch, groups, L, k]
    let cols = unfold4d(x, [kh, kw], options).reshape([batch, groups, k, positions]).swap_dims(2, 3);
    let g = backprops.reshape([batch, groups, c_out / groups, positions]);
    let w = g.clone().matmul(cols).reshape([batch, c_out * k]);
    let b = g.sum_dim(3).reshape([batch, c_out]);
    (w, b)
}

/// Per-sample gradients of an Embedding layer: a scatter-add of each example's backprops into
/// the rows of its tokens, so a token that occurs twice gets the sum of both backprops.
///
/// # Shapes
/// - `ids`: `[batch, seq_length]`, `backprops`: `[batch, seq_length, d_model]`
/// - returns `[batch, vocab * d_model]`, row-major like `W: [vocab, d_model]`
pub fn embedding_grad_sample(ids: Tensor<2, Int>, backprops: Tensor<3>, vocab: usize) -> Tensor<2> {
    let [batch, seq, d_model] = backprops.dims();
    let device = backprops.device();
    let offsets = Tensor::<1, Int>::arange(0..batch as i64, &device).mul_scalar(vocab as i64);
    let rows = (ids + offsets.reshape([batch, 1])).reshape([batch * seq]);
    Tensor::<2>::zeros([batch * vocab, d_model], &device)
        .select_assign(0, rows, backprops.reshape([batch * seq, d_model]), IndexingUpdateOp::Add)
        .reshape([batch, vocab * d_model])
}
