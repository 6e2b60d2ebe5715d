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

use super::reduce::{BLOCK, sum_dim};

/// Per-sample gradients of a Linear layer on a sequence (`t = 1` for a plain `[batch, d_in]`
/// input): `∇W_i = Σ_t a_itᵀ g_it`, `∇b_i = Σ_t g_it`.
///
/// # Shapes
/// - `activations`: `[batch, t, d_in]`, `backprops`: `[batch, t, d_out]`
/// - returns (`[batch, d_in * d_out]` weight, `[batch, d_out]` bias), row-major like `W`
pub fn linear_grad_sample(activations: Tensor<3>, backprops: Tensor<3>) -> (Tensor<2>, Tensor<2>) {
    let [batch, _, d_in] = activations.dims();
    let [_, _, d_out] = backprops.dims();
    let w = activations.swap_dims(1, 2).matmul(backprops.clone()).reshape([batch, d_in * d_out]);
    (w, sum_dim(backprops, 1).reshape([batch, d_out]))
}

/// How a per-sample weight-gradient norm is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NormMethod {
    /// The ghost norm `Σ_{t,s} (a_it·a_is)(g_it·g_is)` from two `[batch, t, t]` Gram matrices
    /// (Li et al. 2021, §4); for `t = 1` the exact `‖a_i‖²‖g_i‖²`.
    Ghost,
    /// The per-sample gradient `[batch, d_in, d_out]` built, squared and summed, then dropped.
    Materialize,
}

impl NormMethod {
    /// Bu et al. 2023's per-layer rule (mixed ghost clipping): ghost when `2t² ≤ d_in·d_out`
    /// (always for `t = 1`), else materialise.
    pub fn by_size(t: usize, d_in: usize, d_out: usize) -> Self {
        if t == 1 || 2 * t * t <= d_in * d_out { NormMethod::Ghost } else { NormMethod::Materialize }
    }
}

/// Per-sample squared norms `‖Σ_t a_itᵀ g_it‖²_F` of a Linear layer's weight gradient, by
/// `method`, or by [`NormMethod::by_size`] when `None`.
///
/// # Shapes
/// - `activations`: `[batch, t, d_in]`, `backprops`: `[batch, t, d_out]`; returns `[batch]`
pub fn linear_weight_sq_norms(
    activations: Tensor<3>,
    backprops: Tensor<3>,
    method: Option<NormMethod>,
) -> Tensor<1> {
    let [batch, t, d_in] = activations.dims();
    let d_out = backprops.dims()[2];
    let method = method.unwrap_or_else(|| NormMethod::by_size(t, d_in, d_out));
    let norms = match method {
        NormMethod::Ghost if t == 1 => {
            note_intermediate(batch);
            sum_dim(activations.square(), 2) * sum_dim(backprops.square(), 2)
        }
        NormMethod::Ghost => {
            note_intermediate(batch * t * t);
            sum_dim(sum_dim(gram(activations) * gram(backprops), 2), 1)
        }
        NormMethod::Materialize => {
            note_intermediate(batch * d_in * d_out);
            sum_dim(sum_dim(activations.swap_dims(1, 2).matmul(backprops).square(), 2), 1)
        }
    };
    norms.reshape([batch])
}

/// Per-sample squared norms of a bias gradient `‖Σ_t g_it‖²`.
///
/// # Shapes
/// - `backprops`: `[batch, t, d_out]`; returns `[batch]`
pub fn bias_sq_norms(backprops: Tensor<3>) -> Tensor<1> {
    let batch = backprops.dims()[0];
    sum_dim(sum_dim(backprops, 1).square(), 2).reshape([batch])
}

/// The clipped sum of a Linear layer's per-sample gradients by book-keeping (Bu et al. 2023):
/// the stored backprops re-weighted by the clip factors, then one weight-gradient product
/// `Σ_i c_i Σ_t a_itᵀ g_it = Aᵀ (c ⊙ G)` over the flattened batch and time.
///
/// # Shapes
/// - `activations`: `[batch, t, d_in]`, `backprops`: `[batch, t, d_out]`, `factors`: `[batch]`
/// - returns (`[d_in * d_out]` weight, `[d_out]` bias)
pub fn linear_clipped_sum(
    activations: Tensor<3>,
    backprops: Tensor<3>,
    factors: Tensor<1>,
) -> (Tensor<1>, Tensor<1>) {
    let [batch, t, d_in] = activations.dims();
    let d_out = backprops.dims()[2];
    let weighted = (backprops * factors.reshape([batch, 1, 1])).reshape([batch * t, d_out]);
    let w = activations.reshape([batch * t, d_in]).transpose().matmul(weighted.clone());
    (w.reshape([d_in * d_out]), sum_dim(weighted, 0).reshape([d_out]))
}

/// `x xᵀ` per example: `[batch, t, d]` → `[batch, t, t]`.
fn gram(x: Tensor<3>) -> Tensor<3> {
    x.clone().matmul(x.swap_dims(1, 2))
}

thread_local! {
    static LARGEST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Records the element count of an intermediate a ghost-norm or book-keeping rule allocates, so
/// tests can check that `ghost` never builds a `[batch, parameters]` tensor.
fn note_intermediate(elements: usize) {
    LARGEST.with(|l| l.set(l.get().max(elements)));
}

/// The largest intermediate (elements) the ghost and book-keeping rules of this thread allocated
/// since the last call; resets the count. Instrumentation for the memory claim of `ghost`.
pub fn take_largest_intermediate() -> usize {
    LARGEST.with(|l| l.replace(0))
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

/// A Conv2d layer's input as im2col columns per group and its backprops per group, the form all
/// three conv rules share.
///
/// # Shapes
/// - `activations`: `[batch, c_in, h, w]`, `backprops`: `[batch, c_out, h_out, w_out]`
/// - returns (`[batch, groups, L, c_in/groups * kh * kw]` columns, `[batch, groups, c_out/groups, L]`
///   backprops), L = `h_out * w_out` output positions
pub fn conv_columns(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &ConvGeometry,
) -> (Tensor<4>, Tensor<4>) {
    let [batch, c_out, h_out, w_out] = backprops.dims();
    let [_, c_in_g, kh, kw] = geometry.weight_shape;
    let groups = geometry.groups;
    let [(top, bottom), (left, right)] = geometry.padding;
    // Pad explicitly and unfold without padding: Burn 0.22.1's `unfold4d` takes its strided-view
    // path only for zero padding and unit dilation; any other case runs a dense convolution
    // against a one-hot `[K, C_in, kh, kw]` weight rebuilt on the host (K/C_out times the
    // layer's own forward work).
    let x = if top + bottom + left + right == 0 {
        activations
    } else {
        activations.pad([(top, bottom), (left, right)], PadMode::Constant(0.0))
    };
    let options = UnfoldOptions::new(geometry.stride, [0, 0], geometry.dilation);
    let positions = h_out * w_out;
    let k = c_in_g * kh * kw;
    let cols = unfold4d(x, [kh, kw], options).reshape([batch, groups, k, positions]).swap_dims(2, 3);
    (cols, backprops.reshape([batch, groups, c_out / groups, positions]))
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
    let [batch, c_out, _, _] = backprops.dims();
    let bias = conv2d_bias_grad_sample(backprops.clone());
    let (cols, g) = conv_columns(activations, backprops, geometry);
    let k = cols.dims()[3];
    (g.matmul(cols).reshape([batch, c_out * k]), bias)
}

/// Per-sample bias gradients of a Conv2d layer: `∇b_i = Σ_positions g_i`.
///
/// # Shapes
/// - `backprops`: `[batch, c_out, h_out, w_out]`; returns `[batch, c_out]`
pub fn conv2d_bias_grad_sample(backprops: Tensor<4>) -> Tensor<2> {
    let [batch, c_out, h_out, w_out] = backprops.dims();
    sum_dim(backprops.reshape([batch, c_out, h_out * w_out]), 2).reshape([batch, c_out])
}

/// Per-sample Conv2d weight gradients (when `write_grad`) and their squared norms through
/// [`crate::kernels::conv_grad_sample`]: the fused WGSL kernel on wgpu devices (implicit
/// im2col, no columns in memory), its im2col twin on `cpu`.
///
/// # Shapes
/// - as [`conv2d_grad_sample`]; returns (`[batch, c_out·c_in/groups·kh·kw]` when `write_grad`,
///   `[batch]`)
pub fn conv2d_weight_fused(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &ConvGeometry,
    write_grad: bool,
) -> (Option<Tensor<2>>, Tensor<1>) {
    let wgsl = !on_cpu(&activations.device());
    crate::kernels::conv_grad_sample(activations, backprops, geometry, write_grad, wgsl)
}

/// Per-sample squared norms of a Conv2d layer's weight and bias gradients together: each group is
/// a Linear layer on the sequence of output positions (columns → backprops), so
/// [`linear_weight_sq_norms`] picks ghost or materialised per layer.
///
/// # Shapes
/// - as [`conv2d_grad_sample`]; returns `[batch]`
pub fn conv2d_sq_norms(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &ConvGeometry,
    bias: bool,
) -> Tensor<1> {
    let (cols, g) = conv_columns(activations, backprops, geometry);
    let (weight, bias_norms) = conv2d_sq_norms_from_columns(cols, g, None);
    if bias { weight + bias_norms } else { weight }
}

/// The weight and bias parts of [`conv2d_sq_norms`] from the output of [`conv_columns`], the
/// weight part by `method` (`None`: [`NormMethod::by_size`]).
///
/// # Shapes
/// - `cols`, `g`: as returned by [`conv_columns`]; returns two `[batch]`
pub fn conv2d_sq_norms_from_columns(
    cols: Tensor<4>,
    g: Tensor<4>,
    method: Option<NormMethod>,
) -> (Tensor<1>, Tensor<1>) {
    let [batch, groups, positions, k] = cols.dims();
    let c_out_g = g.dims()[2];
    let a = cols.reshape([batch * groups, positions, k]);
    let g = g.swap_dims(2, 3).reshape([batch * groups, positions, c_out_g]);
    let per_example = |n: Tensor<1>| sum_dim(n.reshape([batch, groups]), 1).reshape([batch]);
    (per_example(linear_weight_sq_norms(a, g.clone(), method)), per_example(bias_sq_norms(g)))
}

/// The clipped sum of a Conv2d layer's per-sample gradients by book-keeping: the backprops
/// scaled by the clip factors, then Burn's own weight-gradient convolution
/// (`conv2d_weight_backward`, the kernel of the non-private backward pass: no unfolded columns
/// kept), and the bias gradient as a sum over batch and positions.
///
/// On wgpu, Burn 0.22.1's weight-gradient convolution drops terms once batch x positions is
/// long (measured on lavapipe: 300 examples of 32x32 positions summed to 0.83 of the true
/// weight gradient), as its long sums do ([`super::reduce`]): there it runs on chunks of at most
/// [`super::reduce::BLOCK`] terms (whole examples), and a layer with more output positions
/// than that takes the exact im2col product instead. `cpu` runs it in one call.
///
/// # Shapes
/// - as [`conv2d_grad_sample`], `factors`: `[batch]`
/// - returns (`[c_out * c_in/groups * kh * kw]` weight, `[c_out]` bias)
pub fn conv2d_clipped_sum(
    activations: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &ConvGeometry,
    factors: Tensor<1>,
) -> (Tensor<1>, Tensor<1>) {
    let [batch, c_out, h_out, w_out] = backprops.dims();
    let weighted = backprops * factors.reshape([batch, 1, 1, 1]);
    let bias = sum_dim(sum_dim(sum_dim(weighted.clone(), 3), 2), 0).reshape([c_out]);
    let device = weighted.device();
    let shape = geometry.weight_shape;
    let p = shape.iter().product::<usize>();
    let positions = h_out * w_out;
    let backward = |a: Tensor<4>, g: Tensor<4>| {
        let zeros = Tensor::<4>::zeros(shape, &device);
        burn::tensor::module::conv2d_weight_backward(a, zeros, g, geometry.options()).reshape([p])
    };
    let w = if on_cpu(&device) || batch * positions <= BLOCK {
        backward(activations, weighted)
    } else if positions <= BLOCK {
        let per_chunk = BLOCK / positions;
        (0..batch)
            .step_by(per_chunk)
            .map(|start| {
                let rows = start..(start + per_chunk).min(batch);
                backward(activations.clone().slice([rows.clone()]), weighted.clone().slice([rows]))
            })
            .reduce(|acc, w| acc + w)
            .expect("a batch has at least one example")
    } else {
        // [groups, c_out/g, batch·L] x [groups, batch·L, k]: matrix products are exact.
        let (cols, g) = conv_columns(activations, weighted, geometry);
        let [_, groups, _, k] = cols.dims();
        let c_out_g = c_out / groups;
        let g = g.swap_dims(0, 1).swap_dims(1, 2).reshape([groups, c_out_g, batch * positions]);
        let cols = cols.swap_dims(0, 1).reshape([groups, batch * positions, k]);
        g.matmul(cols).reshape([p])
    };
    (w, bias)
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

/// Per-sample squared norms of an Embedding layer's gradient without materialising it:
/// `‖∇W_i‖² = Σ_v ‖Σ_{t: id_t = v} g_t‖²`. Memory `O(batch·t·d_model)`, never
/// `batch·vocab·d_model`.
///
/// On the `cpu` backend (ids and backprops in host memory): one pass per example, positions
/// grouped by token in a small hash map, each token's backprops summed in `f32` and the squares
/// in `f64` (`grad_sample::host`). On a GPU each
/// position is mapped to a representative position of its example holding the same token by a
/// deterministic argmax over the `[t, t]` equality mask (`O(batch·t²)` booleans, no read-back,
/// so the device never stalls), the backprops are summed per representative
/// (`[batch·t, d_model]`) and squared.
///
/// # Shapes
/// - `ids`: `[batch, seq_length]`, `backprops`: `[batch, seq_length, d_model]`; returns `[batch]`
pub fn embedding_sq_norms(ids: Tensor<2, Int>, backprops: Tensor<3>, _vocab: usize) -> Tensor<1> {
    let [batch, seq, d_model] = backprops.dims();
    let device = backprops.device();
    if on_cpu(&device) {
        return super::host::HostLookup::read(ids, backprops).sq_norms().0;
    }
    note_intermediate(batch * seq * seq.max(d_model));
    let same = ids.clone().unsqueeze_dim::<3>(2).equal(ids.unsqueeze_dim::<3>(1)).float(); // [B, T, T]
    let representative = same.argmax(2).reshape([batch, seq]); // [B, T]
    let offsets = Tensor::<1, Int>::arange(0..batch as i64, &device).mul_scalar(seq as i64);
    let slots = (representative + offsets.reshape([batch, 1])).reshape([batch * seq]);
    let per_token = Tensor::<2>::zeros([batch * seq, d_model], &device).select_assign(
        0,
        slots,
        backprops.reshape([batch * seq, d_model]),
        IndexingUpdateOp::Add,
    );
    sum_dim(per_token.reshape([batch, seq * d_model]).square(), 1).reshape([batch])
}

/// True on the `cpu` backend (Burn flex: tensors in host memory, exact long reductions).
pub(crate) fn on_cpu(device: &burn::tensor::Device) -> bool {
    matches!(device.as_dispatch(), burn::backend::DispatchDevice::Flex(_))
}

/// The clipped sum of an Embedding layer's per-sample gradients by book-keeping: one scatter-add
/// of the clip-weighted backprops into the table's rows (on `cpu` one loop in host memory,
/// `grad_sample::host`). Examples whose factor is not positive contribute nothing, even where their
/// backprops are non-finite (`0 · NaN` never enters the sum).
///
/// # Shapes
/// - `ids`: `[batch, seq_length]`, `backprops`: `[batch, seq_length, d_model]`, `factors`: `[batch]`
/// - returns `[vocab * d_model]`
pub fn embedding_clipped_sum(
    ids: Tensor<2, Int>,
    backprops: Tensor<3>,
    factors: Tensor<1>,
    vocab: usize,
) -> Tensor<1> {
    if on_cpu(&backprops.device()) {
        return super::host::HostLookup::read(ids, backprops).clipped_sum(factors, vocab);
    }
    let [batch, seq, d_model] = backprops.dims();
    let dropped = factors.clone().lower_equal_elem(0.0).reshape([batch, 1, 1]).expand([batch, seq, d_model]);
    let weighted =
        (backprops.mask_fill(dropped, 0.0) * factors.reshape([batch, 1, 1])).reshape([batch * seq, d_model]);
    Tensor::<2>::zeros([vocab, d_model], &weighted.device())
        .select_assign(0, ids.reshape([batch * seq]), weighted, IndexingUpdateOp::Add)
        .reshape([vocab * d_model])
}

/// Per-sample gradients of a normalisation layer's affine parameters (LayerNorm, GroupNorm):
/// `∇γ_i = Σ_s x̂_is ⊙ g_is`, `∇β_i = Σ_s g_is`, s over the positions that share a channel.
///
/// # Shapes
/// - `normalized`: `[batch, positions, channels]` (x̂), `backprops`: same; returns two `[batch, channels]`
pub fn norm_grad_sample(normalized: Tensor<3>, backprops: Tensor<3>) -> (Tensor<2>, Tensor<2>) {
    let [batch, _, channels] = normalized.dims();
    let gamma = sum_dim(normalized * backprops.clone(), 1).reshape([batch, channels]);
    (gamma, sum_dim(backprops, 1).reshape([batch, channels]))
}
