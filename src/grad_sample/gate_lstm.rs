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

/// How the tape runs the backward pass through time of one application.
pub(crate) enum Recurrence {
    /// Burn's autodiff through the recurrence's own graph (any activation, clipping): its inputs
    /// and outputs are leaves there, so that no pass of the tape crosses a part of the graph that
    /// another pass has consumed (Burn does not retain graphs): the loss's passes reach the
    /// output leaves; one pass through the recurrence then gives the gate backprops and the
    /// initial state's gradient.
    Graph {
        /// Per time step (in time order), the leaf holding `x_t Wx + b`: `[batch, gates · h]`.
        leaves: Vec<Tensor<2>>,
        /// The hidden states `[batch, time, h]` and the final cell and hidden states.
        output: Handed<3>,
        cell: Handed<2>,
        hidden: Handed<2>,
        /// The initial (cell, hidden) state's leaves in the recurrence.
        state: Option<[Tensor<2>; 2]>,
    },
    /// The backward pass through time written out ([`WrittenRun`]): sigmoid gates, tanh cell
    /// and hidden activations, no clipping (burn-nn's defaults).
    Written {
        run: WrittenRun,
        /// The leaves handed on: hidden states `[batch, time, h]`, final cell and hidden states.
        output: Tensor<3>,
        cell: Tensor<2>,
        hidden: Tensor<2>,
    },
}

/// What the tape keeps of one application for its backward pass: the recurrence's backward pass
/// gives the gate backprops and the initial state's gradient; one more pass takes `∂L/∂x` and
/// that gradient to the layers before, if they are tracked.
pub(crate) struct GateLstmRecord {
    pub recurrence: Recurrence,
    /// (capture index, gate) of each recorded transform.
    pub captures: Vec<(usize, usize)>,
    /// The batch-first input as the model gave it (possibly tracked).
    pub input: Tensor<3>,
    /// The initial (cell, hidden) state as the model gave it (possibly tracked).
    pub state: Option<[Tensor<2>; 2]>,
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

/// One unrolled run of the recurrence, every per-step list in time order.
pub(crate) struct Unrolled {
    /// The hidden state after each step, `[batch, h]`.
    pub hs: Vec<Tensor<2>>,
    /// The hidden state before each step, off the graph, `[batch, h]`.
    pub h_prev: Vec<Tensor<2>>,
    /// Each step's activated gates, `[batch, h]` each: input, forget (absent when coupled),
    /// output, cell candidate.
    pub gates: Vec<Vec<Tensor<2>>>,
    /// The cell state before and after each step (after clipping), `[batch, h]`.
    pub c_before: Vec<Tensor<2>>,
    pub c_after: Vec<Tensor<2>>,
    /// The final cell and hidden states.
    pub c: Tensor<2>,
    pub h: Tensor<2>,
}

/// The recurrence on `steps` (`x_t Wx + b` per step, in time order, `[batch, gates·h]`) from the
/// initial state `(c0, h0)` (`[batch, h]` each): on the graph of `steps` when they are tracked,
/// on plain tensors otherwise ([`WrittenRun`]).
pub(crate) fn recurrence(
    lstm: &GateLstm,
    steps: &[Tensor<2>],
    wh: Tensor<2>,
    c0: Tensor<2>,
    h0: Tensor<2>,
) -> Unrolled {
    let time = steps.len();
    let h_dim = lstm.d_hidden;
    let (mut c, mut h) = (c0, h0);
    let slots = || vec![None; time];
    let (mut hs, mut h_prev, mut c_before, mut c_after) = (slots(), slots(), slots(), slots());
    let mut gates = vec![Vec::new(); time];
    let order: Box<dyn Iterator<Item = usize>> =
        if lstm.reverse { Box::new((0..time).rev()) } else { Box::new(0..time) };
    for t in order {
        let z = steps[t].clone() + h.clone().matmul(wh.clone());
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
        c_before[t] = Some(c.clone());
        c = forget.clone() * c + input.clone() * candidate.clone();
        if let Some(clip) = lstm.clip {
            c = c.clamp(-clip, clip);
        }
        c_after[t] = Some(c.clone());
        h_prev[t] = Some(h.clone().without_autodiff());
        h = output.clone() * lstm.hidden_activation.forward(c.clone());
        hs[t] = Some(h.clone());
        gates[t] = match lstm.input_forget {
            true => vec![input, output, candidate],
            false => vec![input, forget, output, candidate],
        };
    }
    let every = |v: Vec<Option<Tensor<2>>>| v.into_iter().map(|s| s.expect("every step ran")).collect();
    Unrolled {
        hs: every(hs),
        h_prev: every(h_prev),
        gates,
        c_before: every(c_before),
        c_after: every(c_after),
        c,
        h,
    }
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
        let (dz, dstate) = match &self.recurrence {
            Recurrence::Graph { leaves, output, cell, hidden, state } => {
                let seed = [output.seed(grads), cell.seed(grads), hidden.seed(grads)];
                if let Some(root) = seed.into_iter().reduce(add).flatten() {
                    grads.passes.push(root.backward());
                }
                let steps = leaves
                    .iter()
                    .map(|l| grads.grad_sum(l).unwrap_or_else(|| l.zeros_like().without_autodiff()))
                    .collect();
                let dstate = state.as_ref().map(|[c, h]| [grads.grad_sum(c), grads.grad_sum(h)]);
                (flush_subnormal(Tensor::stack(steps, 1)), dstate)
            }
            Recurrence::Written { run, output, cell, hidden } => {
                let plain = |t: &Tensor<2>| t.zeros_like().without_autodiff();
                let dout = grads.grad_sum(output).unwrap_or_else(|| output.zeros_like().without_autodiff());
                let dc = grads.grad_sum(cell).unwrap_or_else(|| plain(cell));
                let dh = grads.grad_sum(hidden).unwrap_or_else(|| plain(hidden));
                let (dz, dc0, dh0) = run.backward(dout, dc, dh);
                (dz, Some([Some(dc0), Some(dh0)]))
            }
        };
        let mut root = None;
        if self.input.is_tracked() {
            let dx = self.input_grad(dz.clone()).autodiff();
            root = Some((self.input.clone() * dx).sum());
        }
        if let (Some(given), Some(d)) = (&self.state, dstate) {
            for (given, d) in given.iter().zip(d) {
                if given.is_tracked()
                    && let Some(d) = d
                {
                    root = add(root, Some((given.clone() * d.autodiff()).sum()));
                }
            }
        }
        if let Some(root) = root {
            grads.passes.push(root.backward());
        }
        dz
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

/// `t` with its subnormal values (magnitude below `f32::MIN_POSITIVE`, 1.2e-38) set to zero.
///
/// Gradients through a long recurrence can decay into subnormal floats (burn-nn's LSTM starts
/// with a forget gate near 0.5, so a backprop shrinks by about half per step: below 1e-38 after
/// some 130 steps). They change no sum at `f32` resolution next to normal values, but every
/// later product on them runs about 50 times slower on x86 CPUs (measured on flex's GEMM), so
/// the backward pass through time drops them. The per-sample rule is unchanged: clipping bounds
/// the gradients as computed, and the update applies exactly those. NaN and infinities are kept.
pub(crate) fn flush_subnormal<const D: usize>(t: Tensor<D>) -> Tensor<D> {
    let tiny = t.clone().abs().lower_elem(f32::MIN_POSITIVE);
    t.mask_fill(tiny, 0.0)
}

/// Whether [`Recurrence::Written`] applies: sigmoid gates, tanh cell and hidden activations and
/// no cell clipping (burn-nn's defaults), the cell whose derivatives [`WrittenRun::backward`]
/// writes out.
pub(crate) fn written_backward_applies(lstm: &GateLstm) -> bool {
    matches!(lstm.gate_activation, Activation::Sigmoid(_))
        && matches!(lstm.cell_activation, Activation::Tanh(_))
        && matches!(lstm.hidden_activation, Activation::Tanh(_))
        && lstm.clip.is_none()
}

/// The recurrence on plain tensors (no autodiff), keeping the gates and cell states of every
/// step for the written-out backward pass through time.
pub(crate) struct WrittenRun {
    /// Per time step (time order), the activated gates `[batch, h]` each: i, f (unless
    /// coupled), o, g.
    gates: Vec<Vec<Tensor<2>>>,
    /// Per time step, the cell state before and after it, `[batch, h]`.
    c_before: Vec<Tensor<2>>,
    c_after: Vec<Tensor<2>>,
    /// `Whᵀ`, `[gates·h, h]`.
    wh_t: Tensor<2>,
    reverse: bool,
    input_forget: bool,
}

impl WrittenRun {
    /// The forward pass ([`recurrence`] on plain tensors): `zx` `[batch, time, gates·h]`
    /// (`x_t Wx + b`), `wh` `[h, gates·h]`, the initial state `(c0, h0)` `[batch, h]`. Returns the
    /// run and the unrolled recurrence.
    pub(crate) fn forward(
        lstm: &GateLstm,
        zx: &Tensor<3>,
        wh: Tensor<2>,
        c0: Tensor<2>,
        h0: Tensor<2>,
    ) -> (Self, Unrolled) {
        let [batch, time, gh] = zx.dims();
        let steps: Vec<Tensor<2>> =
            (0..time).map(|t| zx.clone().slice([0..batch, t..t + 1]).reshape([batch, gh])).collect();
        let mut unrolled = recurrence(lstm, &steps, wh.clone(), c0, h0);
        let run = WrittenRun {
            gates: std::mem::take(&mut unrolled.gates),
            c_before: std::mem::take(&mut unrolled.c_before),
            c_after: std::mem::take(&mut unrolled.c_after),
            wh_t: wh.transpose(),
            reverse: lstm.reverse,
            input_forget: lstm.input_forget,
        };
        (run, unrolled)
    }

    /// The backward pass through time from `dout` `[batch, time, h]` (∂L/∂ of every hidden
    /// state), `dc` and `dh` `[batch, h]` (of the final states): returns the gate backprops
    /// `∂L/∂z` `[batch, time, gates·h]` and ∂L/∂ of the initial cell and hidden states.
    ///
    /// Per step, last processed first, with `c` the cell state after the step:
    /// `dh = dout_t + dh_next`, `do = dh ⊙ tanh c`, `dc = dc_next + dh ⊙ o ⊙ (1 − tanh² c)`,
    /// `di = dc ⊙ g`, `df = dc ⊙ c_before`, `dg = dc ⊙ i`, `dc_next ← dc ⊙ f` (coupled gates,
    /// `f = 1 − i`: `di −= df`), `dz = [di·i(1−i), df·f(1−f), do·o(1−o), dg·(1−g²)]`,
    /// `dh_next ← dz Whᵀ`.
    pub(crate) fn backward(
        &self,
        dout: Tensor<3>,
        dc: Tensor<2>,
        dh: Tensor<2>,
    ) -> (Tensor<3>, Tensor<2>, Tensor<2>) {
        let [batch, time, h_dim] = dout.dims();
        let slope = |a: Tensor<2>| a.clone() * a.neg().add_scalar(1.0);
        let (mut dh_next, mut dc_next) = (dh, dc);
        let mut dz = vec![None; time];
        let order: Box<dyn Iterator<Item = usize>> =
            if self.reverse { Box::new(0..time) } else { Box::new((0..time).rev()) };
        for t in order {
            let gates = &self.gates[t];
            let i = gates[0].clone();
            let next = if self.input_forget { 1 } else { 2 };
            let f = if self.input_forget { i.clone().neg().add_scalar(1.0) } else { gates[1].clone() };
            let (o, g) = (gates[next].clone(), gates[next + 1].clone());
            let dh = dout.clone().slice([0..batch, t..t + 1]).reshape([batch, h_dim]) + dh_next;
            let tc = self.c_after[t].clone().tanh();
            let d_o = dh.clone() * tc.clone();
            let dc = dc_next + dh * o.clone() * tc.powi_scalar(2).neg().add_scalar(1.0);
            let df = dc.clone() * self.c_before[t].clone();
            let mut di = dc.clone() * g.clone();
            let dg = dc.clone() * i.clone();
            dc_next = dc * f.clone();
            let mut parts = Vec::with_capacity(4);
            if self.input_forget {
                di = di - df;
                parts.push(di * slope(i));
            } else {
                parts.push(di * slope(i));
                parts.push(df * slope(f));
            }
            parts.push(d_o * slope(o));
            parts.push(dg * g.powi_scalar(2).neg().add_scalar(1.0));
            let dz_t = flush_subnormal(Tensor::cat(parts, 1));
            dh_next = flush_subnormal(dz_t.clone().matmul(self.wh_t.clone()));
            dc_next = flush_subnormal(dc_next);
            dz[t] = Some(dz_t);
        }
        let dz = dz.into_iter().map(|d| d.expect("every step ran")).collect();
        (Tensor::stack(dz, 1), dc_next, dh_next)
    }
}

#[cfg(test)]
mod tests {
    use burn::tensor::{Tensor, TensorData};

    #[test]
    fn subnormals_are_flushed_and_everything_else_kept() {
        let device = crate::device::select(crate::device::BackendChoice::Cpu).unwrap().device;
        let v = vec![1e-39f32, -1e-40, f32::MIN_POSITIVE, -2e-38, 0.5, f32::NAN, f32::INFINITY, -1e-45];
        let t = Tensor::<1>::from_data(TensorData::new(v, [8]), &device);
        let out = super::flush_subnormal(t).into_data().convert::<f32>().try_into_vec::<f32>().unwrap();
        assert_eq!(&out[..5], &[0.0, 0.0, f32::MIN_POSITIVE, -2e-38, 0.5]);
        assert!(out[5].is_nan() && out[6] == f32::INFINITY && out[7] == 0.0);
    }
}
