//! An LSTM in burn-nn's layout (the drop-in [`crate::nn::Lstm`]): per gate two Linears, the
//! `input_transform` on `x_t` and the `hidden_transform` on `h_{t-1}`, gates in burn-nn's order
//! (input, forget unless coupled, output, cell), any activations, optional cell clipping, reverse
//! direction and initial state:
//!
//! ```text
//! z_k,t = x_t Wx_k + bx_k + h_{t-1} Wh_k + bh_k         for each gate k
//! c_t = f ⊙ c_{t-1} + i ⊙ g   (clamped to ±clip)        h_t = o ⊙ act(c_t)
//! ```
//!
//! Each of the eight Linears is one Linear capture on a sequence (`[batch, time, d]`): the input
//! transform of gate k sees `x` and the hidden transform sees `h_{t-1}`, both with the gate's
//! pre-activation backprops `∂L/∂z_k,t`, so the Linear rule gives `∇Wx_k,i = Σ_t x_itᵀ g_k,it`,
//! `∇Wh_k,i = Σ_t h_i,t-1ᵀ g_k,it` and `∇bx_k,i = ∇bh_k,i = Σ_t g_k,it` (two parameters, each
//! counted in the norm). Those backprops come from Burn's autodiff through the recurrence: the
//! input half `x_t Wx + b` of every step is computed once off the graph and enters it as a leaf
//! per step, whose gradient is `∂L/∂z_t`; the input's own gradient `∂L/∂x = (∂L/∂z) Wxᵀ` then
//! reaches earlier layers by one more pass (as for [`super::DpLstm`]; see [`GateLstmRecord`]).
//! No slice of a tracked sequence is taken, so the backward pass costs `O(T)` steps, not
//! `O(T²)`.

use burn::module::Param;
use burn::nn::activation::Activation;
use burn::tensor::Tensor;

use super::TapeGrads;

/// The parameters of one gate: its input and hidden transforms.
pub(crate) struct GateParams<'a> {
    /// `[d_input, d_hidden]`, `[d_hidden]`.
    pub input: (&'a Param<Tensor<2>>, Option<&'a Param<Tensor<1>>>),
    /// `[d_hidden, d_hidden]`, `[d_hidden]`.
    pub hidden: (&'a Param<Tensor<2>>, Option<&'a Param<Tensor<1>>>),
}

/// A burn-nn-layout LSTM's parts, borrowed from the drop-in layer.
pub(crate) struct GateLstm<'a> {
    /// Input, forget (absent when `input_forget`), output, cell.
    pub gates: Vec<GateParams<'a>>,
    pub d_hidden: usize,
    pub reverse: bool,
    pub clip: Option<f64>,
    pub input_forget: bool,
    pub gate_activation: &'a Activation,
    pub cell_activation: &'a Activation,
    pub hidden_activation: &'a Activation,
}

/// A tensor computed on the recurrence's own graph and the leaf handed on in its place.
pub(crate) struct Handed<const D: usize> {
    pub graph: Tensor<D>,
    pub leaf: Tensor<D>,
}

impl<const D: usize> Handed<D> {
    /// `graph` and a leaf copy of it.
    pub(crate) fn new(graph: Tensor<D>) -> Self {
        let leaf = graph.clone().without_autodiff().autodiff().require_grad();
        Handed { graph, leaf }
    }

    /// `Σ graph ⊙ ∂L/∂leaf` over every pass so far, if the leaf got a gradient.
    fn seed(&self, grads: &TapeGrads) -> Option<Tensor<1>> {
        grads.grad_sum(&self.leaf).map(|d| (self.graph.clone() * d.autodiff()).sum())
    }
}

/// What the tape keeps of one application for its backward pass. The recurrence runs on a
/// graph of its own (its inputs and outputs are leaves there), so that no pass of the tape
/// crosses a part of the graph that another pass has consumed (Burn does not retain graphs):
/// the loss's passes reach the output leaves; one pass through the recurrence then gives the
/// gate backprops and the initial state's gradient; one more takes `∂L/∂x` and that gradient
/// to the layers before, if they are tracked.
pub(crate) struct GateLstmRecord {
    /// Per time step (in time order), the leaf holding `x_t Wx + b`: `[batch, gates · d_hidden]`.
    pub leaves: Vec<Tensor<2>>,
    /// (capture index, gate) of each recorded transform.
    pub captures: Vec<(usize, usize)>,
    /// The batch-first input as the model gave it (possibly tracked).
    pub input: Tensor<3>,
    /// The initial (cell, hidden) state as the model gave it, and its leaves in the recurrence.
    pub state: Option<[(Tensor<2>, Tensor<2>); 2]>,
    /// The hidden states `[batch, time, h]` and the final cell and hidden states.
    pub output: Handed<3>,
    pub cell: Handed<2>,
    pub hidden: Handed<2>,
    /// `Wxᵀ` of all gates, `[gates · d_hidden, d_input]`.
    pub wx_t: Tensor<2>,
    pub d_hidden: usize,
}

/// The values of the stacked input and hidden weights and the summed biases, and which
/// parameters are trainable, for the forward pass.
pub(crate) struct Stacked {
    /// `[d_input, gates · d_hidden]`.
    pub wx: Tensor<2>,
    /// `[d_hidden, gates · d_hidden]`.
    pub wh: Tensor<2>,
    /// `[gates · d_hidden]`: `bx_k + bh_k` per gate (zeros for an absent one); `None` without any.
    pub bias: Option<Tensor<1>>,
}

impl GateLstm<'_> {
    /// The parameters' values (plain tensors), stacked gate by gate.
    pub(crate) fn stacked(&self) -> Stacked {
        let plain2 = |p: &Param<Tensor<2>>| p.val().without_autodiff();
        let wx = Tensor::cat(self.gates.iter().map(|g| plain2(g.input.0)).collect(), 1);
        let wh = Tensor::cat(self.gates.iter().map(|g| plain2(g.hidden.0)).collect(), 1);
        let any_bias = self.gates.iter().any(|g| g.input.1.is_some() || g.hidden.1.is_some());
        let bias = any_bias.then(|| {
            let device = wx.device();
            let parts = self
                .gates
                .iter()
                .map(|g| {
                    let mut b = Tensor::<1>::zeros([self.d_hidden], &device);
                    for p in [g.input.1, g.hidden.1].into_iter().flatten() {
                        b = b + p.val().without_autodiff();
                    }
                    b
                })
                .collect();
            Tensor::cat(parts, 0)
        });
        Stacked { wx, wh, bias }
    }
}

/// The recurrence on the graph of `leaves` (one per step, in time order, `[batch, gates·h]`),
/// from the initial state `(c0, h0)` (`[batch, h]` each, on the autodiff device).
///
/// Returns (hidden states in time order, the hidden state before each step in time order, final
/// cell state, final hidden state).
pub(crate) fn recurrence(
    lstm: &GateLstm,
    leaves: &[Tensor<2>],
    wh: Tensor<2>,
    c0: Tensor<2>,
    h0: Tensor<2>,
) -> (Vec<Tensor<2>>, Vec<Tensor<2>>, Tensor<2>, Tensor<2>) {
    let time = leaves.len();
    let h_dim = lstm.d_hidden;
    let (mut c, mut h) = (c0, h0);
    let mut hs = vec![None; time];
    let mut h_prev = vec![None; time];
    let order: Box<dyn Iterator<Item = usize>> =
        if lstm.reverse { Box::new((0..time).rev()) } else { Box::new(0..time) };
    for t in order {
        let z = leaves[t].clone() + h.clone().matmul(wh.clone());
        let batch = z.dims()[0];
        let gate = |k: usize| z.clone().slice([0..batch, k * h_dim..(k + 1) * h_dim]);
        let input = lstm.gate_activation.forward(gate(0));
        let (forget, next) = if lstm.input_forget {
            (input.clone().neg().add_scalar(1.0), 1)
        } else {
            (lstm.gate_activation.forward(gate(1)), 2)
        };
        let output = lstm.gate_activation.forward(gate(next));
        let candidate = lstm.cell_activation.forward(gate(next + 1));
        c = forget * c + input * candidate;
        if let Some(clip) = lstm.clip {
            c = c.clamp(-clip, clip);
        }
        h_prev[t] = Some(h.clone().without_autodiff());
        h = output * lstm.hidden_activation.forward(c.clone());
        hs[t] = Some(h.clone());
    }
    let every = |v: Vec<Option<Tensor<2>>>| v.into_iter().map(|s| s.expect("every step ran")).collect();
    (every(hs), every(h_prev), c, h)
}

/// `a + b` where both may be absent.
fn add(a: Option<Tensor<1>>, b: Option<Tensor<1>>) -> Option<Tensor<1>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a + b),
        (a, b) => a.or(b),
    }
}

impl GateLstmRecord {
    /// The backward pass through time (after every pass that reaches the outputs) and the pass
    /// into the layers before; returns the gate backprops `[batch, time, gates·h]`.
    pub(crate) fn backward(&self, grads: &mut TapeGrads) -> Tensor<3> {
        let seed = [self.output.seed(grads), self.cell.seed(grads), self.hidden.seed(grads)];
        if let Some(root) = seed.into_iter().reduce(add).flatten() {
            grads.passes.push(root.backward());
        }
        let dz = self.backprops(grads);
        let mut root = None;
        if self.input.is_tracked() {
            let dx = self.input_grad(dz.clone()).autodiff();
            root = Some((self.input.clone() * dx).sum());
        }
        for (given, leaf) in self.state.iter().flatten() {
            if given.is_tracked()
                && let Some(d) = grads.grad_sum(leaf)
            {
                root = add(root, Some((given.clone() * d.autodiff()).sum()));
            }
        }
        if let Some(root) = root {
            grads.passes.push(root.backward());
        }
        dz
    }

    /// The gate pre-activation backprops `[batch, time, gates·h]` from every pass so far.
    fn backprops(&self, grads: &TapeGrads) -> Tensor<3> {
        let steps = self
            .leaves
            .iter()
            .map(|l| grads.grad_sum(l).unwrap_or_else(|| l.zeros_like().without_autodiff()))
            .collect();
        Tensor::stack(steps, 1)
    }

    /// Gate `k`'s slice of `dz`: `[batch, time, h]`.
    pub(crate) fn gate(&self, dz: &Tensor<3>, k: usize) -> Tensor<3> {
        let [batch, time, _] = dz.dims();
        let h = self.d_hidden;
        dz.clone().slice([0..batch, 0..time, k * h..(k + 1) * h])
    }

    /// `∂L/∂x = dz Wxᵀ`, `[batch, time, d_input]`.
    fn input_grad(&self, dz: Tensor<3>) -> Tensor<3> {
        let [batch, time, gh] = dz.dims();
        let d_input = self.wx_t.dims()[1];
        dz.reshape([batch * time, gh]).matmul(self.wx_t.clone()).reshape([batch, time, d_input])
    }
}
