//! What a [`Tape`](super::Tape) keeps of each layer (inputs and backprops) and the three things
//! it can compute from them: per-sample gradients (`vectorized`), per-sample squared norms
//! without materialising them (`ghost`) and clip-weighted sums (book-keeping).

use burn::module::ParamId;
use burn::tensor::{Bool, Gradients, Int, Tensor};

use super::host::HostLookup;
use super::plan::{LayerKind, LayerShape};
use super::reduce::sum_dim;
use super::rules::{self, ConvGeometry, NormMethod};
use super::{GradSample, SummedGrad};

/// The gradients of one [`Tape::backward`](super::Tape::backward): the loss's backward pass
/// plus one pass per LSTM input that feeds earlier layers.
pub struct TapeGrads {
    pub(crate) passes: Vec<Gradients>,
}

impl TapeGrads {
    /// The gradient of `t` (a probe, a leaf or an input) from the first pass that has one.
    pub fn grad<const D: usize>(&self, t: &Tensor<D>) -> Option<Tensor<D>> {
        self.passes.iter().find_map(|g| t.grad(g))
    }

    /// The gradient of a leaf summed over every pass (a parameter may be reached by several).
    pub(crate) fn grad_sum<const D: usize>(&self, t: &Tensor<D>) -> Option<Tensor<D>> {
        self.passes.iter().filter_map(|g| t.grad(g)).reduce(|a, b| a + b)
    }
}

/// Where a layer's backprops `∂L/∂z` come from.
pub(crate) enum Backprops<const D: usize> {
    /// The gradient of a zero probe added to `z`.
    Probe(Tensor<D>),
    /// Computed by the tape after the backward pass (LSTM).
    Ready(Tensor<D>),
    /// Not computed yet.
    Pending,
}

impl<const D: usize> Backprops<D> {
    fn get(&self, grads: &TapeGrads) -> Tensor<D> {
        match self {
            // Summed over passes: a layer whose output feeds both an LSTM (whose input pass
            // comes later) and another path to the loss gets both contributions.
            Backprops::Probe(p) => match grads.grad_sum(p) {
                Some(g) => g,
                // The loss does not depend on this layer.
                None => p.zeros_like().without_autodiff(),
            },
            Backprops::Ready(t) => t.clone(),
            Backprops::Pending => panic!("backprops read before Tape::backward"),
        }
    }
}

/// One recorded layer.
pub(crate) enum Capture {
    /// Linear on `[batch, t, d_in]` (t = 1 without a sequence); also an LSTM's gate Linear, and
    /// an output projection tied to an embedding table (`transposed`: the parameter is stored
    /// `[d_out, d_in]`). A frozen parameter's id is `None`.
    Linear {
        activations: Tensor<3>,
        backprops: Backprops<3>,
        weight: Option<ParamId>,
        bias: Option<ParamId>,
        transposed: bool,
        d_out: usize,
    },
    /// Embedding lookups `[batch, t]` into `[vocab, d_model]`.
    /// On `cpu`, `host` keeps the ids and backprops copied to host memory by the norm for the
    /// clipped sum.
    Embedding {
        ids: Tensor<2, Int>,
        backprops: Backprops<3>,
        id: ParamId,
        vocab: usize,
        host: std::cell::OnceCell<HostLookup>,
    },
    /// Conv2d; `out_positions` = `h_out·w_out`.
    Conv2d {
        activations: Tensor<4>,
        backprops: Backprops<4>,
        weight: Option<ParamId>,
        bias: Option<ParamId>,
        geometry: ConvGeometry,
        out_positions: usize,
    },
    /// LayerNorm (`[batch, positions, channels]`) or GroupNorm (`[batch, channels, positions]`,
    /// `channels_first`): the normalised input x̂ and the backprops of `x̂ ⊙ γ + β`.
    Norm {
        normalized: Tensor<3>,
        backprops: Backprops<3>,
        channels_first: bool,
        gamma: Option<ParamId>,
        beta: Option<ParamId>,
    },
}

/// The per-example maximum `|x|` over all but the first dimension (`[batch]`), 1 where that is
/// 0, so `x / scale` has entries in `[-1, 1]` and squares of sums of them cannot overflow.
fn row_scale<const D: usize>(x: &Tensor<D>) -> Tensor<1> {
    if rules::on_cpu(&x.device()) {
        return super::host::row_max_abs(x);
    }
    let dims = x.dims();
    let rest: usize = dims[1..].iter().product();
    let s = x.clone().reshape([dims[0], rest]).abs().max_dim(1).reshape([dims[0]]);
    s.clone().mask_fill(s.equal_elem(0.0), 1.0)
}

/// `x / scale` per example (`scale: [batch]`).
fn div_rows<const D: usize>(x: Tensor<D>, scale: Tensor<1>) -> Tensor<D> {
    let mut shape = [1usize; D];
    shape[0] = scale.dims()[0];
    x / scale.reshape(shape)
}

/// A ghost norm of scaled inputs brought back to scale: `norms · scale²`, and exactly 0 where
/// `norms` is 0 (a zero gradient stays zero even when `scale²` overflows: no `inf · 0`). Where
/// `norms · scale²` overflows the result is `inf`, as the true squared norm would be in `f32`.
fn rescale(norms: Tensor<1>, scale: Tensor<1>) -> Tensor<1> {
    let zero = norms.clone().equal_elem(0.0);
    (norms * scale.clone() * scale).mask_fill(zero, 0.0)
}

/// Marks as overflowing (`inf`, so [`crate::kernels::clip_factors`] drops it) an example whose
/// book-keeping sum could overflow `f32` although its ghost norm is finite: its per-position
/// terms are bounded by `bound` (`max |a| · max |g|`, or `max |g|`), the clipped sum adds up at
/// most `terms` of them (positions × batch), and cancelling terms can leave a small norm while
/// the running sum overflows. A rule on each example's own values, so the sensitivity stays C;
/// ordinary data is orders of magnitude below the limit.
fn guard_overflow(norms: Tensor<1>, bound: Tensor<1>, terms: usize) -> Tensor<1> {
    let limit = f32::MAX / (16.0 * terms.max(1) as f32);
    norms.mask_fill(bound.greater_elem(limit), f32::INFINITY)
}

/// `x` with the rows of dropped examples (`dropped: [batch]`) set to 0, NaN and inf included;
/// `x` itself where `dropped` is `None` (no example dropped).
fn zero_rows<const D: usize>(x: Tensor<D>, dropped: &Option<Tensor<1, Bool>>) -> Tensor<D> {
    let Some(dropped) = dropped else {
        return x;
    };
    let dims = x.dims();
    let mut shape = [1usize; D];
    shape[0] = dims[0];
    x.mask_fill(dropped.clone().reshape(shape).expand(dims), 0.0)
}

fn push(out: &mut Vec<GradSample>, id: ParamId, shape: Vec<usize>, grad_sample: Tensor<2>) {
    out.push(GradSample { id, shape, grad_sample });
}

fn summed(id: ParamId, shape: Vec<usize>, grad: Tensor<1>) -> SummedGrad {
    SummedGrad { id, shape, grad }
}

impl Capture {
    /// Sets the backprops computed after the backward pass.
    pub(crate) fn set_backprops(&mut self, value: Tensor<3>) {
        if let Capture::Linear { backprops, .. } = self {
            *backprops = Backprops::Ready(value);
        }
    }

    /// The trainable parameters this capture records.
    pub(crate) fn params(&self) -> Vec<ParamId> {
        match self {
            Capture::Linear { weight, bias, .. } | Capture::Conv2d { weight, bias, .. } => {
                weight.iter().chain(bias.iter()).copied().collect()
            }
            Capture::Embedding { id, .. } => vec![*id],
            Capture::Norm { gamma, beta, .. } => gamma.iter().chain(beta.iter()).copied().collect(),
        }
    }

    /// The layer's recorded input as `[rows, rest]` (token ids as floats): row `i` must belong
    /// to example `i` for the per-sample rules to hold.
    pub(crate) fn input_rows(&self) -> Tensor<2> {
        fn rows<const D: usize>(t: &Tensor<D>) -> Tensor<2> {
            let dims = t.dims();
            t.clone().reshape([dims[0], dims[1..].iter().product::<usize>()])
        }
        match self {
            Capture::Linear { activations, .. } => rows(activations),
            Capture::Conv2d { activations, .. } => rows(activations),
            Capture::Norm { normalized, .. } => rows(normalized),
            Capture::Embedding { ids, .. } => rows(&ids.clone().float()),
        }
    }

    /// The per-example shape the planner prices (see [`super::plan`]).
    pub(crate) fn shape(&self) -> LayerShape {
        let elements = |dims: &[usize]| dims[1..].iter().product::<usize>();
        match self {
            Capture::Linear { activations, weight, bias, d_out, .. } => {
                let [_, t, d_in] = activations.dims();
                let params = weight.map_or(0, |_| d_in * d_out) + bias.map_or(0, |_| *d_out);
                LayerShape {
                    kind: LayerKind::Linear,
                    positions: t,
                    d_in,
                    d_out: *d_out,
                    groups: 1,
                    params,
                    io_elements: t * (d_in + d_out),
                    vocab: 0,
                    shared: false,
                }
            }
            Capture::Embedding { ids, backprops, vocab, .. } => {
                let t = ids.dims()[1];
                let d = match backprops {
                    Backprops::Probe(p) | Backprops::Ready(p) => p.dims()[2],
                    Backprops::Pending => 0,
                };
                LayerShape {
                    kind: LayerKind::Embedding,
                    positions: t,
                    d_in: d,
                    d_out: d,
                    groups: 1,
                    params: vocab * d,
                    io_elements: t * (d + 1),
                    vocab: *vocab,
                    shared: false,
                }
            }
            Capture::Conv2d { activations, weight, bias, geometry, out_positions, .. } => {
                let [c_out, c_in_g, kh, kw] = geometry.weight_shape;
                let groups = geometry.groups;
                let params = weight.map_or(0, |_| c_out * c_in_g * kh * kw) + bias.map_or(0, |_| c_out);
                LayerShape {
                    kind: LayerKind::Conv2d,
                    positions: *out_positions,
                    d_in: c_in_g * kh * kw,
                    d_out: c_out / groups,
                    groups,
                    params,
                    io_elements: elements(&activations.dims()) + c_out * out_positions,
                    vocab: 0,
                    shared: false,
                }
            }
            Capture::Norm { normalized, channels_first, gamma, beta, .. } => {
                let [_, a, b] = normalized.dims();
                let (positions, channels) = if *channels_first { (b, a) } else { (a, b) };
                LayerShape {
                    kind: LayerKind::Norm,
                    positions,
                    d_in: channels,
                    d_out: channels,
                    groups: 1,
                    params: channels * (gamma.is_some() as usize + beta.is_some() as usize),
                    io_elements: 2 * positions * channels,
                    vocab: 0,
                    shared: false,
                }
            }
        }
    }

    /// `(x̂, g)` of a norm layer as `[batch, positions, channels]`.
    fn norm_parts(
        normalized: &Tensor<3>,
        backprops: &Backprops<3>,
        cf: bool,
        grads: &TapeGrads,
    ) -> (Tensor<3>, Tensor<3>) {
        let (x, g) = (normalized.clone(), backprops.get(grads));
        if cf { (x.swap_dims(1, 2), g.swap_dims(1, 2)) } else { (x, g) }
    }

    /// Per-sample gradients (`[batch, p]` each), weight before bias; a Conv2d layer's through
    /// the fused kernel when `fused` ([`rules::conv2d_weight_fused`]).
    pub(crate) fn grad_samples(&self, grads: &TapeGrads, fused: bool, out: &mut Vec<GradSample>) {
        match self {
            Capture::Linear { activations, backprops, weight, bias, transposed, .. } => {
                let [batch, _, d_in] = activations.dims();
                let (w, b) = rules::linear_grad_sample(activations.clone(), backprops.get(grads));
                let d_out = b.dims()[1];
                match (weight, transposed) {
                    (Some(id), false) => push(out, *id, vec![d_in, d_out], w),
                    (Some(id), true) => {
                        let w =
                            w.reshape([batch, d_in, d_out]).swap_dims(1, 2).reshape([batch, d_out * d_in]);
                        push(out, *id, vec![d_out, d_in], w)
                    }
                    (None, _) => {}
                }
                if let Some(id) = bias {
                    push(out, *id, vec![d_out], b);
                }
            }
            Capture::Embedding { ids, backprops, id, vocab, .. } => {
                let g = backprops.get(grads);
                let d_model = g.dims()[2];
                push(out, *id, vec![*vocab, d_model], rules::embedding_grad_sample(ids.clone(), g, *vocab));
            }
            Capture::Conv2d { activations, backprops, weight, bias, geometry, .. } => {
                let g = backprops.get(grads);
                let (w, b) = if fused {
                    let b = rules::conv2d_bias_grad_sample(g.clone());
                    let w =
                        weight.map(|_| rules::conv2d_weight_fused(activations.clone(), g, geometry, true));
                    (w.and_then(|(w, _)| w), b)
                } else {
                    let (w, b) = rules::conv2d_grad_sample(activations.clone(), g, geometry);
                    (Some(w), b)
                };
                if let (Some(id), Some(w)) = (weight, w) {
                    push(out, *id, geometry.weight_shape.to_vec(), w);
                }
                if let Some(id) = bias {
                    push(out, *id, vec![geometry.weight_shape[0]], b);
                }
            }
            Capture::Norm { normalized, backprops, channels_first, gamma, beta } => {
                let (x, g) = Self::norm_parts(normalized, backprops, *channels_first, grads);
                let (dg, db) = rules::norm_grad_sample(x, g);
                let c = dg.dims()[1];
                if let Some(id) = gamma {
                    push(out, *id, vec![c], dg);
                }
                if let Some(id) = beta {
                    push(out, *id, vec![c], db);
                }
            }
        }
    }

    /// Per-sample squared norms `[batch]` of all this layer's parameters together, the weight
    /// part of a Linear or Conv2d layer by `method` (`None`: ghost where that is cheaper than
    /// materialising, [`NormMethod::by_size`]). Activations and backprops enter the rules scaled
    /// by their per-example maximum ([`row_scale`], [`rescale`]). With `fused`, a Conv2d
    /// layer's weight part comes from the fused kernel's norm-only mode.
    pub(crate) fn sq_norms(&self, grads: &TapeGrads, method: Option<NormMethod>, fused: bool) -> Tensor<1> {
        match self {
            Capture::Linear { activations, backprops, weight, bias, .. } => {
                let g = backprops.get(grads);
                let [batch, t, _] = g.dims();
                if t == 1 && method != Some(NormMethod::Materialize) && rules::on_cpu(&g.device()) {
                    return super::host::linear_sq_norms(activations, &g, weight.is_some(), bias.is_some());
                }
                let (sa, sg) = (row_scale(activations), row_scale(&g));
                let g_hat = div_rows(g, sg.clone());
                let mut norms = Tensor::<1>::zeros([batch], &g_hat.device());
                if weight.is_some() {
                    let a_hat = div_rows(activations.clone(), sa.clone());
                    let w = rules::linear_weight_sq_norms(a_hat, g_hat.clone(), method);
                    norms = norms + rescale(w, sa.clone() * sg.clone());
                }
                if bias.is_some() {
                    norms = norms + rescale(rules::bias_sq_norms(g_hat), sg.clone());
                }
                guard_overflow(norms, (sa * sg.clone()).max_pair(sg), batch * t)
            }
            Capture::Embedding { ids, backprops, vocab, host, .. } => {
                let g = backprops.get(grads);
                let [batch, t, _] = g.dims();
                // On cpu the host loop squares in f64 and needs no scaling.
                let (norms, sg) = if rules::on_cpu(&g.device()) {
                    host.get_or_init(|| HostLookup::read(ids.clone(), g)).sq_norms()
                } else {
                    let sg = row_scale(&g);
                    let norms = rules::embedding_sq_norms(ids.clone(), div_rows(g, sg.clone()), *vocab);
                    (rescale(norms, sg.clone()), sg)
                };
                guard_overflow(norms, sg, batch * t)
            }
            Capture::Conv2d { activations, backprops, weight, bias, geometry, out_positions } => {
                let g = backprops.get(grads);
                let batch = g.dims()[0];
                let (sa, sg) = (row_scale(activations), row_scale(&g));
                let a_hat = div_rows(activations.clone(), sa.clone());
                let g_hat = div_rows(g, sg.clone());
                let (w, b) = if fused {
                    let b =
                        sum_dim(rules::conv2d_bias_grad_sample(g_hat.clone()).square(), 1).reshape([batch]);
                    let w = match weight {
                        Some(_) => rules::conv2d_weight_fused(a_hat, g_hat, geometry, false).1,
                        None => b.zeros_like(),
                    };
                    (w, b)
                } else {
                    let (cols, g_hat) = rules::conv_columns(a_hat, g_hat, geometry);
                    rules::conv2d_sq_norms_from_columns(cols, g_hat, method)
                };
                let w = if weight.is_some() { rescale(w, sa.clone() * sg.clone()) } else { w.zeros_like() };
                let norms = if bias.is_some() { w + rescale(b, sg.clone()) } else { w };
                guard_overflow(norms, (sa * sg.clone()).max_pair(sg), batch * out_positions)
            }
            Capture::Norm { .. } => {
                // [batch, channels]: as small as the parameters themselves.
                let mut samples = Vec::new();
                self.grad_samples(grads, false, &mut samples);
                let batch = samples[0].grad_sample.dims()[0];
                samples
                    .into_iter()
                    .map(|s| sum_dim(s.grad_sample.square(), 1).reshape([batch]))
                    .reduce(|a, b| a + b)
                    .expect("a norm layer has a parameter")
            }
        }
    }

    /// `Σ_i factors_i ∇θ_i` for each of this layer's parameters by book-keeping (`[p]` each).
    /// Examples whose factor is 0 are zeroed in the activations and backprops first
    /// ([`zero_rows`]): `0 · NaN` would otherwise poison the sum.
    pub(crate) fn clipped_sums(&self, grads: &TapeGrads, factors: &Tensor<1>, out: &mut Vec<SummedGrad>) {
        // On cpu the factors are in host memory: a step that drops no example zeroes nothing.
        let dropped = match rules::on_cpu(&factors.device()) {
            true if !super::host::any_not_positive(factors) => None,
            _ => Some(factors.clone().lower_equal_elem(0.0)),
        };
        match self {
            Capture::Linear { activations, backprops, weight, bias, transposed, .. } => {
                let d_in = activations.dims()[2];
                let a = zero_rows(activations.clone(), &dropped);
                let g = zero_rows(backprops.get(grads), &dropped);
                let (w, b) = rules::linear_clipped_sum(a, g, factors.clone());
                let d_out = b.dims()[0];
                match (weight, transposed) {
                    (Some(id), false) => out.push(summed(*id, vec![d_in, d_out], w)),
                    (Some(id), true) => {
                        let w = w.reshape([d_in, d_out]).transpose().reshape([d_out * d_in]);
                        out.push(summed(*id, vec![d_out, d_in], w))
                    }
                    (None, _) => {}
                }
                if let Some(id) = bias {
                    out.push(summed(*id, vec![d_out], b));
                }
            }
            Capture::Embedding { ids, backprops, id, vocab, host } => {
                // Both paths skip dropped examples themselves.
                let g = backprops.get(grads);
                let d_model = g.dims()[2];
                let w = match host.get() {
                    Some(host) => host.clipped_sum(factors.clone(), *vocab),
                    None => rules::embedding_clipped_sum(ids.clone(), g, factors.clone(), *vocab),
                };
                out.push(summed(*id, vec![*vocab, d_model], w));
            }
            Capture::Conv2d { activations, backprops, weight, bias, geometry, .. } => {
                let a = zero_rows(activations.clone(), &dropped);
                let g = zero_rows(backprops.get(grads), &dropped);
                let (w, b) = rules::conv2d_clipped_sum(a, g, geometry, factors.clone());
                if let Some(id) = weight {
                    out.push(summed(*id, geometry.weight_shape.to_vec(), w));
                }
                if let Some(id) = bias {
                    out.push(summed(*id, vec![geometry.weight_shape[0]], b));
                }
            }
            Capture::Norm { .. } => {
                let mut samples = Vec::new();
                self.grad_samples(grads, false, &mut samples);
                for s in samples {
                    let [batch, c] = s.grad_sample.dims();
                    let g = zero_rows(s.grad_sample, &dropped);
                    let w = factors.clone().reshape([1, batch]).matmul(g);
                    out.push(summed(s.id, s.shape, w.reshape([c])));
                }
            }
        }
    }
}
