//! Per-sample gradients from one batched backward pass.
//!
//! A model's forward pass runs through a [`Tape`], which decides how each layer's parameters
//! enter the autodiff graph:
//! - [`TapeMode::Eval`]: plain tensors, no graph (evaluation);
//! - [`TapeMode::Params`]: parameters are tracked leaves, so `backward()` gives the usual summed
//!   gradient (the `nonprivate` step and the per-example `loop` reference);
//! - [`TapeMode::Probe`]: parameters are constants; a zero "probe" leaf is added to each layer's
//!   pre-activation `z` (or `z` itself is made a leaf where nothing upstream is tracked, as for
//!   a model's first layer), so `backward()` of the summed per-example loss gives the backprops
//!   `∂L/∂z` of every example at once. The tape also keeps each layer's input activations.
//!   [`rules`] then turns (activations, backprops) into per-sample gradients
//!   (`grad_sample`, `[batch, ...param_shape]`), as Opacus' hooks do and as JAX's `vmap` of the
//!   per-example gradient computes (Subramani et al. 2021, §3), or into per-sample norms without
//!   materialising them ([`Tape::sq_norms`], ghost clipping) and clip-weighted sums
//!   ([`Tape::clipped_sums`], book-keeping: one backward pass, no second one).
//!
//! Layers: Linear on `[batch, d]` and on sequences `[batch, t, d]`, Conv2d (any stride, padding,
//! dilation, groups), Embedding, [`DpLstm`] (static unroll), LayerNorm and GroupNorm; parameter-free
//! operations (ReLU, pooling, means) are ordinary tensor operations between them. BatchNorm mixes
//! the examples of a batch and is rejected ([`Tape::batch_norm`]).
//!
//! ```no_run
//! # use dpgpu::{grad_sample::{Tape, TapeMode}, models::{DpModel, MnistCnn}};
//! # let device = burn::tensor::Device::flex();
//! # let model = MnistCnn::new(&device, 0);
//! # let (x, onehot) = (burn::tensor::Tensor::<4>::zeros([2, 1, 28, 28], &device), burn::tensor::Tensor::<2>::zeros([2, 10], &device));
//! let mut tape = Tape::new(TapeMode::Probe, &device);
//! let logits = model.forward(&mut tape, x);
//! let loss = dpgpu::models::cross_entropy_sum(logits, onehot);
//! let grads = tape.backward(loss);
//! let per_sample = tape.grad_samples(&grads); // one [batch, p] tensor per parameter
//! ```

mod capture;
mod gate_lstm;
mod host;
pub mod lstm;
pub mod plan;
pub mod reduce;
pub mod rules;

use std::collections::HashMap;

use burn::module::{Param, ParamId};
use burn::nn::{BatchNorm, Embedding, GroupNorm, LayerNorm, Linear, conv::Conv2d};
use burn::tensor::{Device, Int, Tensor};

use crate::error::{Error, Result};
pub use capture::TapeGrads;
use capture::{Backprops, Capture};
pub(crate) use gate_lstm::{GateLstm, GateParams};
pub use lstm::DpLstm;
pub(crate) use params::direct_grads;
pub use params::{ModelParam, check_coverage, find_batch_norm, model_params, trainable};
pub use plan::{CostModel, LayerChoice, LayerShape, Plan};
pub use rules::{ConvGeometry, NormMethod};

mod params;

/// How parameters enter the autodiff graph during a forward pass; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TapeMode {
    /// No autodiff at all.
    Eval,
    /// Parameters are tracked leaves (summed gradients).
    Params,
    /// Probes on pre-activations (per-sample gradients).
    Probe,
}

/// How each recorded layer gets its per-sample norm and clipped sum in
/// [`Tape::planned_norms`] and [`Tape::planned_clipped_sums`]. Whatever the choice, a layer
/// holding a parameter used more than once keeps its per-sample gradients, so its uses are
/// summed before the norm.
#[derive(Clone, Copy, Debug)]
pub enum Choices<'a> {
    /// Every layer keeps its per-sample gradients (`vectorized`).
    PerSampleGrad,
    /// Norm then book-keeping everywhere, ghost or materialised norm by
    /// [`NormMethod::by_size`] (`ghost`).
    SizeRule,
    /// One [`LayerChoice`] per layer in forward order (`auto`); layers past the end of the
    /// slice follow the size rule.
    Plan(&'a [LayerChoice]),
}

/// The per-sample gradient of one parameter tensor.
#[derive(Clone, Debug)]
pub struct GradSample {
    /// The parameter's id in the model.
    pub id: ParamId,
    /// The parameter's shape, e.g. `[16, 1, 8, 8]`.
    pub shape: Vec<usize>,
    /// `[batch, p]`, p the parameter's element count, in the parameter's row-major order.
    pub grad_sample: Tensor<2>,
}

/// A summed (not per-sample) gradient of one parameter tensor.
#[derive(Clone, Debug)]
pub struct SummedGrad {
    /// The parameter's id in the model.
    pub id: ParamId,
    /// The parameter's shape.
    pub shape: Vec<usize>,
    /// `[p]`, flattened row-major.
    pub grad: Tensor<1>,
}

enum Leaf {
    R1(ParamId, Tensor<1>),
    R2(ParamId, Tensor<2>),
    R4(ParamId, Tensor<4>),
}

impl Leaf {
    /// The leaf as a rank-`D` tensor of `shape` (the rank it was recorded with).
    fn as_rank<const D: usize>(&self, shape: [usize; D]) -> Tensor<D> {
        match self {
            Leaf::R1(_, t) => t.clone().reshape(shape),
            Leaf::R2(_, t) => t.clone().reshape(shape),
            Leaf::R4(_, t) => t.clone().reshape(shape),
        }
    }
}

/// An LSTM application, kept for the backward pass through time.
enum LstmRecord {
    /// A [`DpLstm`]: its output probe, its input and the gates.
    Haiku {
        /// The gate Linear's capture; `None` when both its parameters are frozen.
        capture: Option<usize>,
        probe: Tensor<3>,
        input: Tensor<3>,
        cache: lstm::LstmCache,
    },
    /// A burn-nn-layout LSTM ([`crate::nn::Lstm`]): its per-step leaves and captures.
    Gates(gate_lstm::GateLstmRecord),
}

/// Records a forward pass; see the module docs.
pub struct Tape {
    mode: TapeMode,
    autodiff: Device,
    captures: Vec<Capture>,
    leaves: Vec<Leaf>,
    /// `Params` mode: the index in `leaves` of each parameter's one leaf, so a parameter used
    /// twice is one autodiff leaf whose gradient sums both uses.
    leaf_of: HashMap<ParamId, usize>,
    /// Every trainable parameter the forward pass used, in first-use order.
    used: Vec<ParamId>,
    lstms: Vec<LstmRecord>,
}

impl Tape {
    /// A new tape on `device` (a plain device; the tape derives the autodiff one).
    pub fn new(mode: TapeMode, device: &Device) -> Self {
        Tape::new_on(mode, device.clone().autodiff())
    }

    /// Moves this tape's recording out, leaving an empty tape of the same mode in its place
    /// (for the drop-in layers' recorder, [`crate::nn`]).
    pub(crate) fn detach(&mut self) -> Tape {
        let empty = Tape::new_on(self.mode, self.autodiff.clone());
        std::mem::replace(self, empty)
    }

    fn new_on(mode: TapeMode, autodiff: Device) -> Self {
        Tape {
            mode,
            autodiff,
            captures: Vec::new(),
            leaves: Vec::new(),
            leaf_of: HashMap::new(),
            used: Vec::new(),
            lstms: Vec::new(),
        }
    }

    /// Checks that every recorded layer's input has the `batch` examples on dimension 0, as the
    /// per-sample rules assume (a layer input that merges examples with another dimension, such
    /// as `[batch·time, d]`, would be clipped per row: one example could count several times).
    ///
    /// # Errors
    /// [`Error::Unsupported`] naming the layer (its position and kind) and its input's rows.
    pub(crate) fn check_examples_on_dim0(&self, batch: usize) -> Result<()> {
        for (k, capture) in self.captures.iter().enumerate() {
            let rows = capture.input_rows().dims()[0];
            if rows != batch {
                return Err(Error::Unsupported(format!(
                    "layer {k} ({:?}) got an input of {rows} rows in a batch of {batch} examples: {}",
                    capture.shape().kind,
                    EXAMPLES_ON_DIM0
                )));
            }
        }
        Ok(())
    }

    /// Every recorded layer's input as `[batch, rest]`, for [`examples_stay_apart`].
    pub(crate) fn capture_rows(&self) -> Vec<(String, Tensor<2>)> {
        self.captures
            .iter()
            .enumerate()
            .map(|(k, c)| (format!("layer {k} ({:?})", c.shape().kind), c.input_rows()))
            .collect()
    }

    /// The trainable parameters this forward pass used (frozen ones excluded), in first-use
    /// order, each once. [`check_coverage`] compares them with the model's.
    pub fn used_params(&self) -> &[ParamId] {
        &self.used
    }

    /// Notes that `p` was used; `false` if it is frozen (Burn's `require_grad` off, e.g. after
    /// `Module::no_grad`), in which case it is a constant and gets no gradient.
    fn note_use<const D: usize>(&mut self, p: &Param<Tensor<D>>) -> bool {
        if !trainable(p) {
            return false;
        }
        if !self.used.contains(&p.id) {
            self.used.push(p.id);
        }
        true
    }

    /// The id of `p` if it is trainable (noting the use), else `None`.
    fn trained<const D: usize>(&mut self, p: &Param<Tensor<D>>) -> Option<ParamId> {
        self.note_use(p).then_some(p.id)
    }

    /// The mode this tape records in.
    pub fn mode(&self) -> TapeMode {
        self.mode
    }

    /// Lifts a model input into the graph's context (autodiff for `Params`/`Probe`, unchanged
    /// for `Eval`). Inputs never require gradients.
    pub fn input<const D: usize>(&self, x: Tensor<D>) -> Tensor<D> {
        match self.mode {
            TapeMode::Eval => x,
            _ => x.autodiff(),
        }
    }

    /// The value of `p` as this tape's mode wants it, and its id if it is trainable (the use
    /// noted).
    fn param<const D: usize>(
        &mut self,
        p: &Param<Tensor<D>>,
        wrap: fn(ParamId, Tensor<D>) -> Leaf,
    ) -> (Tensor<D>, Option<ParamId>) {
        let value = p.val().without_autodiff();
        let trained = self.trained(p);
        let value = match self.mode {
            TapeMode::Params if trained.is_some() => {
                if let Some(&i) = self.leaf_of.get(&p.id) {
                    return (self.leaves[i].as_rank(p.dims()), trained);
                }
                let leaf = value.autodiff().require_grad();
                self.leaf_of.insert(p.id, self.leaves.len());
                self.leaves.push(wrap(p.id, leaf.clone()));
                leaf
            }
            TapeMode::Params => value.autodiff(),
            // Constants: the graph tracks only the probes.
            TapeMode::Probe | TapeMode::Eval => value,
        };
        (value, trained)
    }

    /// [`Tape::param`] of an optional vector parameter (a bias, a norm layer's γ or β).
    fn optional_param(&mut self, b: Option<&Param<Tensor<1>>>) -> (Option<Tensor<1>>, Option<ParamId>) {
        match b.map(|b| self.param(b, Leaf::R1)) {
            Some((value, id)) => (Some(value), id),
            None => (None, None),
        }
    }

    /// The output of a recorded layer and the tensor whose gradient is its backprops. When `z`
    /// is tracked (something upstream needs a gradient), a zero probe is added to it; when it is
    /// not (the first layer of a model, or an output computed off the graph, as the LSTM's),
    /// `z` itself becomes a leaf of the graph: the same gradient, without a zero tensor of the
    /// output's size to allocate and add.
    fn tap<const D: usize>(&self, z: Tensor<D>) -> (Tensor<D>, Tensor<D>) {
        if z.is_tracked() {
            let probe = Tensor::zeros(z.dims(), &self.autodiff).require_grad();
            (z + probe.clone(), probe)
        } else {
            let leaf = z.without_autodiff().autodiff().require_grad();
            (leaf.clone(), leaf)
        }
    }

    /// `y = x W + b` of a burn-nn [`Linear`] (`W: [d_input, d_output]`).
    ///
    /// # Shapes
    /// - `x`: `[batch, d_input]`; returns `[batch, d_output]`
    pub fn linear(&mut self, layer: &Linear, x: Tensor<2>) -> Tensor<2> {
        let [batch, d_in] = x.dims();
        let y = self.linear_seq(layer, x.reshape([batch, 1, d_in]));
        let d_out = y.dims()[2];
        y.reshape([batch, d_out])
    }

    /// A burn-nn [`Linear`] applied at every position of a sequence.
    ///
    /// # Shapes
    /// - `x`: `[batch, t, d_input]`; returns `[batch, t, d_output]`
    pub fn linear_seq(&mut self, layer: &Linear, x: Tensor<3>) -> Tensor<3> {
        let (w, weight) = self.param(&layer.weight, Leaf::R2);
        let (b, bias) = self.optional_param(layer.bias.as_ref());
        let z = burn::tensor::module::linear(x.clone(), w, b);
        if self.mode != TapeMode::Probe || (weight.is_none() && bias.is_none()) {
            return z;
        }
        let (z, probe) = self.tap(z);
        let d_out = layer.weight.dims()[1];
        self.captures.push(Capture::Linear {
            activations: x.without_autodiff(),
            backprops: Backprops::Probe(probe),
            weight,
            bias,
            transposed: false,
            d_out,
        });
        z
    }

    /// Looks up the rows of a burn-nn [`Embedding`] (`weight: [vocab, d_model]`).
    ///
    /// # Shapes
    /// - `ids`: `[batch, seq_length]` in `0..vocab`; returns `[batch, seq_length, d_model]`
    pub fn embedding(&mut self, layer: &Embedding, ids: Tensor<2, Int>) -> Tensor<3> {
        let (w, id) = self.param(&layer.weight, Leaf::R2);
        let z = burn::tensor::module::embedding(w, ids.clone());
        let Some(id) = id.filter(|_| self.mode == TapeMode::Probe) else {
            return z;
        };
        let [vocab, _] = layer.weight.dims();
        let (z, probe) = self.tap(z);
        let host = Default::default();
        self.captures.push(Capture::Embedding { ids, backprops: Backprops::Probe(probe), id, vocab, host });
        z
    }

    /// An output projection tied to an [`Embedding`]'s table (weight tying, as in language
    /// models whose input embedding is also the output layer): `z = x Eᵀ`, no bias. The table's
    /// per-sample gradient is the sum of its lookup and projection uses (see [`Tape`]'s rules
    /// for parameters used more than once).
    ///
    /// # Shapes
    /// - `x`: `[batch, t, d_model]`; returns `[batch, t, vocab]`
    pub fn embedding_output(&mut self, layer: &Embedding, x: Tensor<3>) -> Tensor<3> {
        let (table, weight) = self.param(&layer.weight, Leaf::R2); // [vocab, d_model]
        let z = burn::tensor::module::linear(x.clone(), table.transpose(), None);
        let Some(weight) = weight.filter(|_| self.mode == TapeMode::Probe) else {
            return z;
        };
        let (z, probe) = self.tap(z);
        self.captures.push(Capture::Linear {
            activations: x.without_autodiff(),
            backprops: Backprops::Probe(probe),
            weight: Some(weight),
            bias: None,
            transposed: true,
            d_out: layer.weight.dims()[0],
        });
        z
    }

    /// A 2-D convolution of a burn-nn [`Conv2d`] (any stride, padding, dilation, groups).
    ///
    /// # Shapes
    /// - `x`: `[batch, channels_in, height, width]`; returns `[batch, channels_out, h_out, w_out]`
    pub fn conv2d(&mut self, layer: &Conv2d, x: Tensor<4>) -> Tensor<4> {
        let [_, _, height, width] = x.dims();
        let geometry = ConvGeometry::of(layer, height, width);
        let (w, weight) = self.param(&layer.weight, Leaf::R4);
        let (b, bias) = self.optional_param(layer.bias.as_ref());
        let z = burn::tensor::module::conv2d(x.clone(), w, b, geometry.options());
        if self.mode != TapeMode::Probe || (weight.is_none() && bias.is_none()) {
            return z;
        }
        let [_, _, h_out, w_out] = z.dims();
        let (z, probe) = self.tap(z);
        self.captures.push(Capture::Conv2d {
            activations: x.without_autodiff(),
            backprops: Backprops::Probe(probe),
            weight,
            bias,
            geometry,
            out_positions: h_out * w_out,
        });
        z
    }

    /// A burn-nn [`LayerNorm`] over the last dimension: `x̂ ⊙ γ + β` per position.
    ///
    /// # Shapes
    /// - `x`: `[batch, ..., d_model]`; returns the same shape
    pub fn layer_norm<const D: usize>(&mut self, layer: &LayerNorm, x: Tensor<D>) -> Tensor<D> {
        let mut unit = layer.clone();
        unit.gamma = Param::from_tensor(layer.gamma.val().without_autodiff().ones_like());
        unit.beta = None;
        let normalized = unit.forward(x);
        let gamma = Some(&layer.gamma);
        self.affine(normalized, gamma, layer.beta.as_ref(), D - 1)
    }

    /// A LayerNorm given by its parts (the drop-in [`crate::nn::LayerNorm`]): as
    /// [`layer_norm`](Self::layer_norm).
    pub(crate) fn layer_norm_parts<const D: usize>(
        &mut self,
        gamma: &Param<Tensor<1>>,
        beta: Option<&Param<Tensor<1>>>,
        epsilon: f64,
        x: Tensor<D>,
    ) -> Tensor<D> {
        let ones = gamma.val().without_autodiff().ones_like();
        let ones = if x.is_tracked() { ones.autodiff() } else { ones };
        let normalized = burn::tensor::module::layer_norm(x, ones, None, epsilon);
        self.affine(normalized, Some(gamma), beta, D - 1)
    }

    /// A burn-nn [`GroupNorm`]: statistics per example and channel group, then `x̂ ⊙ γ + β` per
    /// channel.
    ///
    /// # Shapes
    /// - `x`: `[batch, channels, ...]` (rank ≥ 3); returns the same shape
    pub fn group_norm<const D: usize>(&mut self, layer: &GroupNorm, x: Tensor<D>) -> Tensor<D> {
        let mut unit = layer.clone();
        (unit.gamma, unit.beta, unit.affine) = (None, None, false);
        let normalized = unit.forward(x);
        if !layer.affine {
            return normalized;
        }
        self.affine(normalized, layer.gamma.as_ref(), layer.beta.as_ref(), 1)
    }

    /// BatchNorm is not supported: its statistics mix the examples of a batch, so one example's
    /// influence is not confined to its own gradient and per-sample clipping no longer bounds
    /// the sensitivity.
    ///
    /// # Errors
    /// Always [`Error::Unsupported`], suggesting GroupNorm or LayerNorm.
    pub fn batch_norm<const D: usize>(&mut self, _layer: &BatchNorm, _x: Tensor<D>) -> Result<Tensor<D>> {
        Err(Error::Unsupported(BATCH_NORM_REJECTED.into()))
    }

    /// `x̂ ⊙ γ + β` with the channel on dimension `channel_dim` (last for LayerNorm, 1 for
    /// GroupNorm), with a probe on the output.
    fn affine<const D: usize>(
        &mut self,
        normalized: Tensor<D>,
        gamma: Option<&Param<Tensor<1>>>,
        beta: Option<&Param<Tensor<1>>>,
        channel_dim: usize,
    ) -> Tensor<D> {
        let dims = normalized.dims();
        let channels = dims[channel_dim];
        let mut shape = [1usize; D];
        shape[channel_dim] = channels;
        let (g, gamma) = self.optional_param(gamma);
        let (b, beta) = self.optional_param(beta);
        let mut y = normalized.clone();
        if let Some(g) = g {
            y = y * g.reshape(shape);
        }
        if let Some(b) = b {
            y = y + b.reshape(shape);
        }
        if self.mode != TapeMode::Probe || (gamma.is_none() && beta.is_none()) {
            return y;
        }
        let batch = dims[0];
        let positions = dims.iter().product::<usize>() / (batch * channels);
        let channels_first = channel_dim != D - 1;
        let flat = if channels_first { [batch, channels, positions] } else { [batch, positions, channels] };
        let (y, probe) = self.tap(y.reshape(flat));
        self.captures.push(Capture::Norm {
            normalized: normalized.without_autodiff().reshape(flat),
            backprops: Backprops::Probe(probe),
            channels_first,
            gamma,
            beta,
        });
        y.reshape(dims)
    }

    /// A [`DpLstm`] over a sequence, zero initial state; returns every hidden state.
    ///
    /// # Shapes
    /// - `x`: `[batch, time, d_input]`; returns `[batch, time, d_hidden]`
    pub fn lstm(&mut self, layer: &DpLstm, x: Tensor<3>) -> Tensor<3> {
        let weight = layer.gates.weight.val().without_autodiff();
        let bias = layer.gates.bias.as_ref().map(|b| b.val().without_autodiff());
        let (hidden, linear_inputs, cache) = lstm::forward(x.clone().without_autodiff(), weight, bias);
        if self.mode == TapeMode::Eval {
            return hidden;
        }
        // The gate Linear is captured in every mode: its gradients come from the backward pass
        // through time in `backward`, not from autodiff leaves.
        let (hidden, probe) = self.tap(hidden);
        let weight = self.trained(&layer.gates.weight);
        let bias = layer.gates.bias.as_ref().and_then(|b| self.trained(b));
        let d_out = layer.gates.weight.dims()[1];
        let capture = (weight.is_some() || bias.is_some()).then(|| {
            self.captures.push(Capture::Linear {
                activations: linear_inputs,
                backprops: Backprops::Pending,
                weight,
                bias,
                transposed: false,
                d_out,
            });
            self.captures.len() - 1
        });
        self.lstms.push(LstmRecord::Haiku { capture, probe, input: x, cache });
        hidden
    }

    /// An LSTM in burn-nn's layout (the drop-in [`crate::nn::Lstm`]) over a batch-first
    /// sequence from an optional initial state, in `Params` or `Probe` mode (see
    /// [`gate_lstm`]). Each of its Linears is captured on the sequence in both modes: their
    /// gradients come from the backprops of the gates, computed in [`Tape::backward`].
    ///
    /// # Shapes
    /// - `x`: `[batch, time, d_input]`; `state`: (cell, hidden), `[batch, d_hidden]` each
    /// - returns (`[batch, time, d_hidden]` hidden states, final cell and hidden states
    ///   `[batch, d_hidden]`)
    ///
    /// # Panics
    /// On an `Eval` tape (the drop-in layer runs burn-nn's forward there).
    pub(crate) fn gate_lstm(
        &mut self,
        lstm: &gate_lstm::GateLstm,
        x: Tensor<3>,
        state: Option<(Tensor<2>, Tensor<2>)>,
    ) -> (Tensor<3>, Tensor<2>, Tensor<2>) {
        assert_ne!(self.mode, TapeMode::Eval, "the drop-in Lstm runs burn-nn's forward in Eval mode");
        let [batch, time, d_input] = x.dims();
        let h_dim = lstm.d_hidden;
        let gh = lstm.gates.len() * h_dim;
        if self.mode == TapeMode::Params {
            return self.gate_lstm_params(lstm, x, state);
        }
        let stacked = lstm.stacked();
        let x_plain = x.clone().without_autodiff();
        let mut zx = x_plain.clone().reshape([batch * time, d_input]).matmul(stacked.wx.clone());
        if let Some(b) = stacked.bias {
            zx = zx + b.reshape([1, gh]);
        }
        let zx = zx.reshape([batch, time, gh]);
        let given_state = state.clone().map(|(c, h)| [c, h]);
        let (recurrence, handed, h_prev) = if gate_lstm::written_backward_applies(lstm) {
            // Plain tensors forward, the backward pass through time written out.
            let (c0, h0) = match state {
                Some((c, h)) => (c.without_autodiff(), h.without_autodiff()),
                None => {
                    let zeros = Tensor::<2>::zeros([batch, h_dim], &x_plain.device());
                    (zeros.clone(), zeros)
                }
            };
            let (run, gate_lstm::Unrolled { hs, h_prev, c, h, .. }) =
                gate_lstm::WrittenRun::forward(lstm, &zx, stacked.wh.clone(), c0, h0);
            let leaf3 = |t: Tensor<3>| t.autodiff().require_grad();
            let leaf2 = |t: Tensor<2>| t.autodiff().require_grad();
            let (output, cell, hidden) = (leaf3(Tensor::stack(hs, 1)), leaf2(c), leaf2(h));
            let handed = (output.clone(), cell.clone(), hidden.clone());
            (gate_lstm::Recurrence::Written { run, output, cell, hidden }, handed, h_prev)
        } else {
            let leaves: Vec<Tensor<2>> = (0..time)
                .map(|t| {
                    zx.clone().slice([0..batch, t..t + 1]).reshape([batch, gh]).autodiff().require_grad()
                })
                .collect();
            // The recurrence's own graph starts from leaves (see `Recurrence::Graph`).
            let leaf = |t: Tensor<2>| t.without_autodiff().autodiff().require_grad();
            let state = state.map(|(c, h)| [leaf(c), leaf(h)]);
            let (c0, h0) = match &state {
                Some([c, h]) => (c.clone(), h.clone()),
                None => {
                    let zeros = Tensor::<2>::zeros([batch, h_dim], &self.autodiff);
                    (zeros.clone(), zeros)
                }
            };
            let gate_lstm::Unrolled { hs, h_prev, c, h, .. } =
                gate_lstm::recurrence(lstm, &leaves, stacked.wh.autodiff(), c0, h0);
            let (output, cell, hidden) = (
                gate_lstm::Handed::new(Tensor::stack(hs, 1)),
                gate_lstm::Handed::new(c),
                gate_lstm::Handed::new(h),
            );
            let handed = (output.leaf.clone(), cell.leaf.clone(), hidden.leaf.clone());
            (gate_lstm::Recurrence::Graph { leaves, output, cell, hidden, state }, handed, h_prev)
        };
        let h_prev = Tensor::stack(h_prev, 1);
        let mut captures = Vec::new();
        for (k, gate) in lstm.gates.iter().enumerate() {
            for ((weight, bias), activations) in
                [(gate.input, x_plain.clone()), (gate.hidden, h_prev.clone())]
            {
                let weight = self.trained(weight);
                let bias = bias.and_then(|b| self.trained(b));
                if weight.is_some() || bias.is_some() {
                    self.captures.push(Capture::Linear {
                        activations,
                        backprops: Backprops::Pending,
                        weight,
                        bias,
                        transposed: false,
                        d_out: h_dim,
                    });
                    captures.push((self.captures.len() - 1, k));
                }
            }
        }
        self.lstms.push(LstmRecord::Gates(gate_lstm::GateLstmRecord {
            recurrence,
            captures,
            input: x,
            state: given_state,
            wx_t: stacked.wx.transpose(),
            d_hidden: h_dim,
        }));
        handed
    }

    /// [`Tape::gate_lstm`] in `Params` mode: every parameter one autodiff leaf and the whole
    /// recurrence on the loss's graph, so that one backward pass gives the summed gradients
    /// (slicing the tracked input projection costs that pass `O(T²)`, as burn-nn's own Lstm).
    fn gate_lstm_params(
        &mut self,
        lstm: &gate_lstm::GateLstm,
        x: Tensor<3>,
        state: Option<(Tensor<2>, Tensor<2>)>,
    ) -> (Tensor<3>, Tensor<2>, Tensor<2>) {
        let [batch, time, d_input] = x.dims();
        let h_dim = lstm.d_hidden;
        let (mut wx, mut wh, mut bias) = (Vec::new(), Vec::new(), Vec::new());
        for gate in &lstm.gates {
            wx.push(self.param(gate.input.0, Leaf::R2).0);
            wh.push(self.param(gate.hidden.0, Leaf::R2).0);
            let (bx, _) = self.optional_param(gate.input.1);
            let (bh, _) = self.optional_param(gate.hidden.1);
            bias.push(match (bx, bh) {
                (Some(a), Some(b)) => Some(a + b),
                (a, b) => a.or(b),
            });
        }
        let gh = wx.len() * h_dim;
        let mut zx = x.reshape([batch * time, d_input]).matmul(Tensor::cat(wx, 1));
        if bias.iter().any(Option::is_some) {
            let zeros = || Tensor::<1>::zeros([h_dim], &self.autodiff);
            let b = Tensor::cat(bias.into_iter().map(|b| b.unwrap_or_else(zeros)).collect(), 0);
            zx = zx + b.reshape([1, gh]);
        }
        let zx = zx.reshape([batch, time, gh]);
        let steps: Vec<Tensor<2>> =
            (0..time).map(|t| zx.clone().slice([0..batch, t..t + 1]).reshape([batch, gh])).collect();
        let (c0, h0) = match state {
            Some((c, h)) => (c.autodiff(), h.autodiff()),
            None => {
                let zeros = Tensor::<2>::zeros([batch, h_dim], &self.autodiff);
                (zeros.clone(), zeros)
            }
        };
        let gate_lstm::Unrolled { hs, c, h, .. } =
            gate_lstm::recurrence(lstm, &steps, Tensor::cat(wh, 1), c0, h0);
        (Tensor::stack(hs, 1), c, h)
    }

    /// Runs the backward pass of `loss` (a sum of per-example losses) and of every LSTM recorded
    /// (last first): the backward pass through time, then, when the LSTM's input depends on
    /// earlier layers, one pass from `Σ x ⊙ ∂L/∂x` into them.
    ///
    /// # Panics
    /// On an `Eval` tape.
    pub fn backward(&mut self, loss: Tensor<1>) -> TapeGrads {
        assert_ne!(self.mode, TapeMode::Eval, "an Eval tape has no graph");
        let mut grads = TapeGrads { passes: vec![loss.backward()] };
        for record in self.lstms.iter().rev() {
            // Every pass so far: the loss's, and the input passes of LSTMs stacked above.
            match record {
                LstmRecord::Haiku { capture, probe, input, cache } => {
                    let d_hidden =
                        grads.grad_sum(probe).unwrap_or_else(|| probe.zeros_like().without_autodiff());
                    let (dz, dx) = lstm::backward(cache, d_hidden);
                    if let Some(capture) = capture {
                        self.captures[*capture].set_backprops(dz);
                    }
                    if input.is_tracked() {
                        grads.passes.push((input.clone() * dx).sum().backward());
                    }
                }
                LstmRecord::Gates(record) => {
                    let dz = record.backward(&mut grads);
                    for &(capture, gate) in &record.captures {
                        self.captures[capture].set_backprops(record.gate(&dz, gate));
                    }
                }
            }
        }
        grads
    }

    /// Per-sample gradients of every recorded parameter, one per parameter, in first-use order
    /// (weight before bias, layers in forward order). A parameter used more than once (a layer
    /// applied twice, tied weights) gets the sum of its per-use gradients: the per-sample gradient
    /// is `Σ_uses ∇θ`, and only that sum's norm bounds the sensitivity. Requires
    /// [`TapeMode::Probe`] and the gradients of a loss that is a *sum* of per-example losses.
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode.
    pub fn grad_samples(&self, grads: &TapeGrads) -> Vec<GradSample> {
        assert_eq!(self.mode, TapeMode::Probe, "grad_samples needs a tape in Probe mode");
        let mut out = Vec::new();
        for capture in &self.captures {
            capture.grad_samples(grads, false, &mut out);
        }
        merge_uses(out)
    }

    /// Parameters that more than one capture records (used more than once).
    fn shared_params(&self) -> Vec<ParamId> {
        let mut seen = Vec::new();
        let mut shared = Vec::new();
        for id in self.captures.iter().flat_map(Capture::params) {
            if seen.contains(&id) {
                if !shared.contains(&id) {
                    shared.push(id);
                }
            } else {
                seen.push(id);
            }
        }
        shared
    }

    /// Per-sample squared gradient norms over all parameters, `[batch]`, without materialising
    /// per-sample gradients where the ghost norm is cheaper (ghost clipping: Li et al. 2021;
    /// per-layer choice: Bu et al. 2023, [`NormMethod::by_size`]). A parameter used more than
    /// once has its per-use gradients materialised and summed before the norm (the cross terms
    /// between uses are part of its norm); every other layer keeps its ghost norm. Ghost norms
    /// are computed on inputs scaled by their per-example maximum, so a finite input never
    /// meets `inf · 0`; an example whose squared norm overflows `f32` gets `inf`, and
    /// [`crate::kernels::clip_factors`] drops it.
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode.
    pub fn sq_norms(&self, grads: &TapeGrads, batch: usize) -> Tensor<1> {
        let (mut total, kept) = self.planned_norms(grads, batch, Choices::SizeRule);
        for s in kept {
            total = total + reduce::sum_dim(s.grad_sample.square(), 1).reshape([batch]);
        }
        total
    }

    /// The per-example shape of every recorded layer, in forward order, for [`Plan::new`]
    /// (`shared` set for a layer holding a parameter used more than once).
    pub fn layer_shapes(&self) -> Vec<LayerShape> {
        let shared = self.holds_shared();
        self.captures.iter().zip(shared).map(|(c, shared)| LayerShape { shared, ..c.shape() }).collect()
    }

    /// Whether each capture holds a parameter that another capture records too.
    fn holds_shared(&self) -> Vec<bool> {
        let shared = self.shared_params();
        self.captures.iter().map(|c| c.params().iter().any(|id| shared.contains(id))).collect()
    }

    /// Whether each capture keeps its per-sample gradients under `choices`.
    fn kept(&self, choices: Choices) -> Vec<bool> {
        self.holds_shared()
            .into_iter()
            .enumerate()
            .map(|(i, shared)| {
                shared
                    || match choices {
                        Choices::PerSampleGrad => true,
                        Choices::SizeRule => false,
                        Choices::Plan(plan) => plan.get(i).is_some_and(|c| c.keeps_grad()),
                    }
            })
            .collect()
    }

    /// The first half of a planned step: the squared per-sample norms `[batch]` of the layers
    /// that do not keep their per-sample gradients (ghost or materialised norm, as `choices`
    /// says), and the per-sample gradients of those that do, merged per parameter (their norms
    /// are left to the caller, e.g. [`crate::kernels::sq_norms`]).
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode.
    pub fn planned_norms(
        &self,
        grads: &TapeGrads,
        batch: usize,
        choices: Choices,
    ) -> (Tensor<1>, Vec<GradSample>) {
        assert_eq!(self.mode, TapeMode::Probe, "planned_norms needs a tape in Probe mode");
        let mut total = Tensor::<1>::zeros([batch], &self.autodiff.clone().without_autodiff());
        let mut samples = Vec::new();
        for ((i, capture), kept) in self.captures.iter().enumerate().zip(self.kept(choices)) {
            let choice = match choices {
                Choices::Plan(plan) => plan.get(i).copied(),
                _ => None,
            };
            let fused = choice.is_some_and(LayerChoice::is_fused);
            if kept {
                capture.grad_samples(grads, fused, &mut samples);
            } else {
                total = total + capture.sq_norms(grads, choice.and_then(LayerChoice::norm_method), fused);
            }
        }
        (total, merge_uses(samples))
    }

    /// The second half of a planned step: `Σ_i factors_i ∇θ_i` by book-keeping for the layers
    /// that do not keep their per-sample gradients under `choices` (as [`Tape::clipped_sums`]).
    ///
    /// # Shapes
    /// - `factors`: `[batch]`; each result `[p]`
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode.
    pub fn planned_clipped_sums(
        &self,
        grads: &TapeGrads,
        factors: Tensor<1>,
        choices: Choices,
    ) -> Vec<SummedGrad> {
        assert_eq!(self.mode, TapeMode::Probe, "planned_clipped_sums needs a tape in Probe mode");
        let mut out = Vec::new();
        for (capture, kept) in self.captures.iter().zip(self.kept(choices)) {
            if !kept {
                capture.clipped_sums(grads, &factors, &mut out);
            }
        }
        merge_uses(out)
    }

    /// `Σ_i factors_i ∇θ_i` for every recorded parameter (book-keeping: the stored backprops
    /// re-weighted by the clip factors, no second backward pass), one per parameter in
    /// first-use order (a parameter used more than once: the sum over its uses, which is linear).
    /// Examples with factor 0 (dropped by [`crate::kernels::clip_factors`] for a non-finite
    /// norm) have their activations and backprops zeroed first, so a NaN or inf in them never
    /// reaches the sum.
    ///
    /// # Shapes
    /// - `factors`: `[batch]`; each result `[p]`
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode.
    pub fn clipped_sums(&self, grads: &TapeGrads, factors: Tensor<1>) -> Vec<SummedGrad> {
        assert_eq!(self.mode, TapeMode::Probe, "clipped_sums needs a tape in Probe mode");
        let mut out = Vec::new();
        for capture in &self.captures {
            capture.clipped_sums(grads, &factors, &mut out);
        }
        merge_uses(out)
    }

    /// Summed gradients of every parameter recorded in [`TapeMode::Params`]: autodiff leaves,
    /// then LSTM gate Linears. A parameter the loss does not reach gets a zero gradient.
    ///
    /// # Panics
    /// If the tape was not recorded in `Params` mode.
    pub fn summed_grads(&self, grads: &TapeGrads) -> Vec<SummedGrad> {
        assert_eq!(self.mode, TapeMode::Params, "summed_grads needs a tape in Params mode");
        fn flat<const D: usize>(id: ParamId, t: &Tensor<D>, grads: &TapeGrads) -> SummedGrad {
            let shape = t.dims().to_vec();
            let n: usize = shape.iter().product();
            let grad = match grads.grad_sum(t) {
                Some(g) => g.reshape([n]),
                None => Tensor::zeros([n], &t.device().without_autodiff()),
            };
            SummedGrad { id, shape, grad }
        }
        let mut out: Vec<SummedGrad> = self
            .leaves
            .iter()
            .map(|leaf| match leaf {
                Leaf::R1(id, t) => flat(*id, t, grads),
                Leaf::R2(id, t) => flat(*id, t, grads),
                Leaf::R4(id, t) => flat(*id, t, grads),
            })
            .collect();
        if let Some(first) = self.captures.first() {
            let batch = match first {
                Capture::Linear { activations, .. } => activations.dims()[0],
                _ => unreachable!("only LSTMs capture in Params mode"),
            };
            let ones = Tensor::<1>::ones([batch], &self.autodiff.clone().without_autodiff());
            for capture in &self.captures {
                capture.clipped_sums(grads, &ones, &mut out);
            }
        }
        merge_uses(out)
    }
}

/// A per-parameter result that several uses of one parameter add up to.
trait PerParam {
    fn param_id(&self) -> ParamId;
    fn combine(self, other: Self) -> Self;
}

impl PerParam for GradSample {
    fn param_id(&self) -> ParamId {
        self.id
    }
    fn combine(self, other: Self) -> Self {
        GradSample { grad_sample: self.grad_sample + other.grad_sample, ..self }
    }
}

impl PerParam for SummedGrad {
    fn param_id(&self) -> ParamId {
        self.id
    }
    fn combine(self, other: Self) -> Self {
        SummedGrad { grad: self.grad + other.grad, ..self }
    }
}

/// One entry per parameter, in first-use order, the entries of a parameter used more than once
/// added up.
fn merge_uses<T: PerParam>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<Option<T>> = Vec::with_capacity(items.len());
    let mut index: HashMap<ParamId, usize> = HashMap::new();
    for item in items {
        match index.get(&item.param_id()) {
            Some(&i) => {
                let first = out[i].take().expect("each slot is filled once before it is combined");
                out[i] = Some(first.combine(item));
            }
            None => {
                index.insert(item.param_id(), out.len());
                out.push(Some(item));
            }
        }
    }
    out.into_iter().flatten().collect()
}

/// The error message when a layer's input does not hold one example per row on dimension 0:
/// what a per-sample rule needs, and what to do instead.
pub const EXAMPLES_ON_DIM0: &str = "every layer with parameters must see the examples on \
    dimension 0 of its input, each row one example's own ([batch, ...]): no reshape that merges \
    the batch with another dimension (e.g. [batch * time, d]) and no time-major layout before it, \
    or one example would be clipped as several and count more than max_grad_norm; keep the batch \
    first (a Linear takes [batch, time, d] as it is), or use the exact per-example fallback \
    `--grad-sample loop` (Strategy::Loop)";

/// The error message for BatchNorm (see [`Tape::batch_norm`]).
pub const BATCH_NORM_REJECTED: &str = "BatchNorm is not supported with DP-SGD: its batch statistics mix the \
examples of a batch, so one example changes every other example's gradient and per-sample clipping no \
longer bounds the sensitivity; use GroupNorm (burn::nn::GroupNorm) or LayerNorm instead";
