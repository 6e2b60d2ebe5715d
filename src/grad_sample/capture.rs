//! What a [`Tape`](super::Tape) keeps of each layer (inputs and backprops) and the three things
//! it can compute from them: per-sample gradients (`vectorized`), per-sample squared norms
//! without materialising them (`ghost`) and clip-weighted sums (book-keeping).

use burn::module::ParamId;
use burn::tensor::{Gradients, Int, Tensor};

use super::rules::{self, ConvGeometry};
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
            Backprops::Probe(p) => match grads.grad(p) {
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
    /// Linear on `[batch, t, d_in]` (t = 1 without a sequence); also an LSTM's gate Linear.
    Linear { activations: Tensor<3>, backprops: Backprops<3>, weight: ParamId, bias: Option<ParamId> },
    /// Embedding lookups `[batch, t]` into `[vocab, d_model]`.
    Embedding { ids: Tensor<2, Int>, backprops: Backprops<3>, id: ParamId, vocab: usize },
    /// Conv2d; `columns` caches the im2col form shared by the ghost norm and the clipped sum.
    Conv2d {
        activations: Tensor<4>,
        backprops: Backprops<4>,
        weight: ParamId,
        bias: Option<ParamId>,
        geometry: ConvGeometry,
        columns: std::cell::OnceCell<(Tensor<4>, Tensor<4>)>,
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

    /// The im2col columns and grouped backprops of a Conv2d capture, computed once.
    fn conv_columns(&self, grads: &TapeGrads) -> (Tensor<4>, Tensor<4>) {
        match self {
            Capture::Conv2d { activations, backprops, geometry, columns, .. } => columns
                .get_or_init(|| rules::conv_columns(activations.clone(), backprops.get(grads), geometry))
                .clone(),
            _ => unreachable!("conv_columns of a Conv2d capture"),
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

    /// Per-sample gradients (`[batch, p]` each), weight before bias.
    pub(crate) fn grad_samples(&self, grads: &TapeGrads, out: &mut Vec<GradSample>) {
        match self {
            Capture::Linear { activations, backprops, weight, bias } => {
                let d_in = activations.dims()[2];
                let (w, b) = rules::linear_grad_sample(activations.clone(), backprops.get(grads));
                let d_out = b.dims()[1];
                push(out, *weight, vec![d_in, d_out], w);
                if let Some(id) = bias {
                    push(out, *id, vec![d_out], b);
                }
            }
            Capture::Embedding { ids, backprops, id, vocab } => {
                let g = backprops.get(grads);
                let d_model = g.dims()[2];
                push(out, *id, vec![*vocab, d_model], rules::embedding_grad_sample(ids.clone(), g, *vocab));
            }
            Capture::Conv2d { activations, backprops, weight, bias, geometry, .. } => {
                let (w, b) = rules::conv2d_grad_sample(activations.clone(), backprops.get(grads), geometry);
                push(out, *weight, geometry.weight_shape.to_vec(), w);
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

    /// Per-sample squared norms `[batch]` of all this layer's parameters together, ghost where
    /// that is cheaper than materialising (see [`rules`]).
    pub(crate) fn sq_norms(&self, grads: &TapeGrads) -> Tensor<1> {
        match self {
            Capture::Linear { activations, backprops, bias, .. } => {
                let g = backprops.get(grads);
                let w = rules::linear_weight_sq_norms(activations.clone(), g.clone());
                if bias.is_some() { w + rules::bias_sq_norms(g) } else { w }
            }
            Capture::Embedding { ids, backprops, vocab, .. } => {
                rules::embedding_sq_norms(ids.clone(), backprops.get(grads), *vocab)
            }
            Capture::Conv2d { bias, .. } => {
                let (cols, g) = self.conv_columns(grads);
                rules::conv2d_sq_norms_from_columns(cols, g, bias.is_some())
            }
            Capture::Norm { .. } => {
                // [batch, channels]: as small as the parameters themselves.
                let mut samples = Vec::new();
                self.grad_samples(grads, &mut samples);
                let batch = samples[0].grad_sample.dims()[0];
                samples
                    .into_iter()
                    .map(|s| s.grad_sample.square().sum_dim(1).reshape([batch]))
                    .reduce(|a, b| a + b)
                    .expect("a norm layer has a parameter")
            }
        }
    }

    /// `Σ_i factors_i ∇θ_i` for each of this layer's parameters by book-keeping (`[p]` each).
    pub(crate) fn clipped_sums(&self, grads: &TapeGrads, factors: &Tensor<1>, out: &mut Vec<SummedGrad>) {
        match self {
            Capture::Linear { activations, backprops, weight, bias } => {
                let d_in = activations.dims()[2];
                let (w, b) =
                    rules::linear_clipped_sum(activations.clone(), backprops.get(grads), factors.clone());
                let d_out = b.dims()[0];
                out.push(summed(*weight, vec![d_in, d_out], w));
                if let Some(id) = bias {
                    out.push(summed(*id, vec![d_out], b));
                }
            }
            Capture::Embedding { ids, backprops, id, vocab } => {
                let g = backprops.get(grads);
                let d_model = g.dims()[2];
                let w = rules::embedding_clipped_sum(ids.clone(), g, factors.clone(), *vocab);
                out.push(summed(*id, vec![*vocab, d_model], w));
            }
            Capture::Conv2d { weight, bias, geometry, .. } => {
                let (cols, g) = self.conv_columns(grads);
                let (w, b) = rules::conv2d_clipped_sum_from_columns(cols, g, factors.clone());
                out.push(summed(*weight, geometry.weight_shape.to_vec(), w));
                if let Some(id) = bias {
                    out.push(summed(*id, vec![geometry.weight_shape[0]], b));
                }
            }
            Capture::Norm { .. } => {
                let mut samples = Vec::new();
                self.grad_samples(grads, &mut samples);
                for s in samples {
                    let c = s.grad_sample.dims()[1];
                    let w = factors.clone().reshape([1, s.grad_sample.dims()[0]]).matmul(s.grad_sample);
                    out.push(summed(s.id, s.shape, w.reshape([c])));
                }
            }
        }
    }
}
