//! The drop-in LSTM: burn-nn's `Lstm` (four gate controllers of two Linears each) with the same
//! fields, config and record, exact per-sample gradients during a DP step.

use burn::module::Module;
use burn::nn::activation::{Activation, ActivationConfig};
use burn::nn::{GateController as BurnGateController, Initializer, Lstm as BurnLstm, LstmState};
use burn::tensor::Tensor;

use super::{Linear, drop_in_config, with_recorder};
use crate::grad_sample::{GateLstm, GateParams, TapeMode};

/// burn-nn's `GateController`: one gate of an [`Lstm`], `x_t Wx + bx + h_{t-1} Wh + bh`, its two
/// transforms drop-in [`Linear`]s.
#[derive(Module, Debug)]
pub struct GateController {
    /// The transform of the input `x_t`: weight `[d_input, d_hidden]`, bias `[d_hidden]`.
    pub input_transform: Linear,
    /// The transform of the previous hidden state `h_{t-1}`: weight `[d_hidden, d_hidden]`,
    /// bias `[d_hidden]`.
    pub hidden_transform: Linear,
}

impl From<BurnGateController> for GateController {
    fn from(g: BurnGateController) -> Self {
        GateController {
            input_transform: g.input_transform.into(),
            hidden_transform: g.hidden_transform.into(),
        }
    }
}

impl From<GateController> for BurnGateController {
    fn from(g: GateController) -> Self {
        BurnGateController {
            input_transform: g.input_transform.into(),
            hidden_transform: g.hidden_transform.into(),
        }
    }
}

impl GateController {
    /// As burn-nn's `GateController::gate_product`: `input Wx + bx + hidden Wh + bh`, through
    /// the drop-in Linears (recorded during a DP step like any other use of them).
    ///
    /// # Shapes
    /// - `input`: `[batch, d_input]`, `hidden`: `[batch, d_hidden]`; returns `[batch, d_hidden]`
    pub fn gate_product(&self, input: Tensor<2>, hidden: Tensor<2>) -> Tensor<2> {
        self.input_transform.forward(input) + self.hidden_transform.forward(hidden)
    }

    fn params(&self) -> GateParams<'_> {
        let (i, h) = (&self.input_transform, &self.hidden_transform);
        GateParams { input: (&i.weight, i.bias.as_ref()), hidden: (&h.weight, h.bias.as_ref()) }
    }
}

/// burn-nn's `Lstm` (unidirectional; input, forget, output and cell gates, each a
/// [`GateController`]), recording per-sample quantities during a DP step.
///
/// Outside a DP step its forward is burn-nn's. During one, each gate's two Linears are captured
/// on the whole sequence (inputs `x` and `h_{t-1}` for every step, the gate's pre-activation
/// backprops from Burn's autodiff through the recurrence), so every parameter gets its exact
/// per-sample gradient, summed over the time steps, and each example's whole gradient is
/// clipped. Every config option is supported (`batch_first`, `reverse`, `clip`, `input_forget`,
/// any activations, an initial state, possibly computed by earlier layers). An activation with
/// parameters of its own (PReLU, SwiGLU) has no per-sample rule: the first DP step names its
/// parameters, as for any parameter used outside the drop-in layers.
#[derive(Module, Debug)]
pub struct Lstm {
    /// The input gate `i`.
    pub input_gate: GateController,
    /// The forget gate `f`; absent when `input_forget` (then `f = 1 - i`).
    pub forget_gate: Option<GateController>,
    /// The output gate `o`.
    pub output_gate: GateController,
    /// The cell gate (candidate cell state `g`).
    pub cell_gate: GateController,
    /// The size of the hidden and cell states.
    pub d_hidden: usize,
    /// Input and output `[batch, time, d]` when true, `[time, batch, d]` when false.
    pub batch_first: bool,
    /// Whether the sequence is processed last step first.
    pub reverse: bool,
    /// Cell states clamped to `[-clip, clip]` after each step, if set.
    pub clip: Option<f64>,
    /// Whether the forget gate is coupled to the input gate: `f = 1 - i`.
    pub input_forget: bool,
    /// Activation of the input, forget and output gates (sigmoid by default).
    pub gate_activation: Activation,
    /// Activation of the cell gate (tanh by default).
    pub cell_activation: Activation,
    /// Activation of the cell state in `h_t = o ⊙ act(c_t)` (tanh by default).
    pub hidden_activation: Activation,
}

/// `From` between burn-nn's `Lstm` and the drop-in one, both ways: the same fields.
macro_rules! convert_lstm {
    ($($from:ident => $to:ident),*) => {$(
        impl From<$from> for $to {
            fn from(l: $from) -> Self {
                $to {
                    input_gate: l.input_gate.into(),
                    forget_gate: l.forget_gate.map(Into::into),
                    output_gate: l.output_gate.into(),
                    cell_gate: l.cell_gate.into(),
                    d_hidden: l.d_hidden,
                    batch_first: l.batch_first,
                    reverse: l.reverse,
                    clip: l.clip,
                    input_forget: l.input_forget,
                    gate_activation: l.gate_activation,
                    cell_activation: l.cell_activation,
                    hidden_activation: l.hidden_activation,
                }
            }
        }
    )*};
}

convert_lstm!(BurnLstm => Lstm, Lstm => BurnLstm);

impl Lstm {
    /// As burn-nn's `Lstm::forward`: every hidden state and the final state, from `state` or
    /// zeros.
    ///
    /// # Shapes
    /// - `batched_input`: `[batch, time, d_input]` (`[time, batch, d_input]` when not
    ///   `batch_first`)
    /// - `state`: cell and hidden `[batch, d_hidden]` each
    /// - returns (`[batch, time, d_hidden]` (`[time, batch, d_hidden]` when not `batch_first`),
    ///   the final cell and hidden states `[batch, d_hidden]`); with `reverse`, position `t` of
    ///   the output still holds the state computed at input position `t`
    ///
    /// # Panics
    /// As burn-nn's: without a forget gate when `input_forget` is false.
    pub fn forward(
        &self,
        batched_input: Tensor<3>,
        state: Option<LstmState<2>>,
    ) -> (Tensor<3>, LstmState<2>) {
        with_recorder(|tape| match tape {
            Some(tape) if tape.mode() != TapeMode::Eval => {
                let x = if self.batch_first { batched_input } else { batched_input.swap_dims(0, 1) };
                let (output, cell, hidden) = tape.gate_lstm(&self.parts(), x, state.map(LstmState::unpack));
                let output = if self.batch_first { output } else { output.swap_dims(0, 1) };
                (output, LstmState::new(cell, hidden))
            }
            _ => BurnLstm::from(self.clone()).forward(batched_input, state),
        })
    }

    fn parts(&self) -> GateLstm<'_> {
        let mut gates = vec![self.input_gate.params()];
        if !self.input_forget {
            let forget =
                self.forget_gate.as_ref().expect("Forget gate must be present when input_forget is false");
            gates.push(forget.params());
        }
        gates.extend([self.output_gate.params(), self.cell_gate.params()]);
        GateLstm {
            gates,
            d_hidden: self.d_hidden,
            reverse: self.reverse,
            clip: self.clip,
            input_forget: self.input_forget,
            gate_activation: &self.gate_activation,
            cell_activation: &self.cell_activation,
            hidden_activation: &self.hidden_activation,
        }
    }
}

drop_in_config!(
    /// burn-nn's `LstmConfig` (`d_input`, `d_hidden`, `bias`; Xavier-normal weights, batch
    /// first, sigmoid gates, tanh cell and hidden activations by default), initialising a
    /// drop-in [`Lstm`] that takes `[batch, time, d_input]`.
    LstmConfig(burn::nn::LstmConfig) -> Lstm,
    new(d_input: usize, d_hidden: usize, bias: bool),
    [with_initializer: Initializer, with_batch_first: bool, with_reverse: bool, with_clip: Option<f64>,
     with_input_forget: bool, with_gate_activation: ActivationConfig, with_cell_activation: ActivationConfig,
     with_hidden_activation: ActivationConfig]
);
