//! A single-layer LSTM whose per-time-step activations and backprops are captured (static
//! unroll), so its per-sample gradients follow from the Linear rule on a sequence.
//!
//! Layout (SPEC B§5.5, Haiku's LSTM): one Linear `[d_input + d_hidden, 4 d_hidden]` on the
//! concatenation `[x_t; h_{t-1}]`, gates in the order (i, g, f, o), zero initial state:
//!
//! ```text
//! z_t = [x_t; h_{t-1}] W + b     i, f, o = σ(z_i), σ(z_f), σ(z_o)     g = tanh(z_g)
//! c_t = f ⊙ c_{t-1} + i ⊙ g      h_t = o ⊙ tanh(c_t)
//! ```
//!
//! The forget-gate slice of `b` starts at +1 (SPEC A§1). The backward pass through time is
//! written out here (backpropagation through time on stored gates) rather than left to autodiff,
//! whose slice backward would cost `O(T²)` per sequence; `tests/lstm.rs` checks it against autodiff
//! through the unrolled cell.

use burn::module::{Module, Param};
use burn::nn::Linear;
use burn::tensor::activation::{sigmoid, tanh};
use burn::tensor::{Device, Tensor, TensorData};

use crate::models::init;

/// An LSTM layer (Haiku layout; see the module docs). Input `[batch, time, d_input]`, output
/// all hidden states `[batch, time, d_hidden]`.
#[derive(Module, Debug)]
pub struct DpLstm {
    /// The gate Linear: weight `[d_input + d_hidden, 4 * d_hidden]` (rows `0..d_input` multiply
    /// `x_t`, the rest `h_{t-1}`), bias `[4 * d_hidden]`, gates (i, g, f, o).
    pub gates: Linear,
}

impl DpLstm {
    /// A fresh layer: weight from a truncated normal with std `1/sqrt(d_input + d_hidden)`,
    /// bias 0 except +1 on the forget gate; deterministic for `seed`.
    pub fn new(d_input: usize, d_hidden: usize, device: &Device, seed: u64) -> Self {
        let mut gates = init::linear(d_input + d_hidden, 4 * d_hidden, device, seed);
        let bias: Vec<f32> = (0..4 * d_hidden).map(|j| if j / d_hidden == 2 { 1.0 } else { 0.0 }).collect();
        gates.bias =
            Some(Param::from_tensor(Tensor::from_data(TensorData::new(bias, [4 * d_hidden]), device)));
        DpLstm { gates }
    }

    /// `d_hidden`.
    pub fn d_hidden(&self) -> usize {
        self.gates.weight.dims()[1] / 4
    }

    /// `d_input`.
    pub fn d_input(&self) -> usize {
        self.gates.weight.dims()[0] - self.d_hidden()
    }
}

/// The gates and states of one forward pass, kept for the backward pass through time.
pub(crate) struct LstmCache {
    /// Per step `[batch, d_hidden]`: input, candidate, forget and output gates.
    i: Vec<Tensor<2>>,
    g: Vec<Tensor<2>>,
    f: Vec<Tensor<2>>,
    o: Vec<Tensor<2>>,
    /// Per step: `c_{t-1}` and `tanh(c_t)`.
    c_prev: Vec<Tensor<2>>,
    tanh_c: Vec<Tensor<2>>,
    /// `[W_x; W_h]` split: `[d_input, 4h]`, `[d_hidden, 4h]`.
    w_x: Tensor<2>,
    w_h: Tensor<2>,
}

/// The forward pass on plain tensors.
///
/// # Shapes
/// - `x`: `[batch, time, d_input]`, `weight`: `[d_input + h, 4h]`, `bias`: `[4h]`
/// - returns (hidden states `[batch, time, h]`, the Linear's inputs `[x_t; h_{t-1}]`
///   `[batch, time, d_input + h]`, the cache)
pub(crate) fn forward(
    x: Tensor<3>,
    weight: Tensor<2>,
    bias: Option<Tensor<1>>,
) -> (Tensor<3>, Tensor<3>, LstmCache) {
    let [batch, time, d_input] = x.dims();
    let four_h = weight.dims()[1];
    let h_dim = four_h / 4;
    let w_x = weight.clone().slice([0..d_input]);
    let w_h = weight.slice([d_input..d_input + h_dim]);
    let mut zx = x.clone().reshape([batch * time, d_input]).matmul(w_x.clone());
    if let Some(b) = bias {
        zx = zx + b.reshape([1, four_h]);
    }
    let zx = zx.reshape([batch, time, four_h]);
    let device = x.device();
    let mut h = Tensor::<2>::zeros([batch, h_dim], &device);
    let mut c = Tensor::<2>::zeros([batch, h_dim], &device);
    let mut cache = LstmCache {
        i: Vec::with_capacity(time),
        g: Vec::with_capacity(time),
        f: Vec::with_capacity(time),
        o: Vec::with_capacity(time),
        c_prev: Vec::with_capacity(time),
        tanh_c: Vec::with_capacity(time),
        w_x,
        w_h: w_h.clone(),
    };
    let (mut hs, mut h_prev) = (Vec::with_capacity(time), Vec::with_capacity(time));
    for t in 0..time {
        let z =
            zx.clone().slice([0..batch, t..t + 1]).reshape([batch, four_h]) + h.clone().matmul(w_h.clone());
        let gate = |k: usize| z.clone().slice([0..batch, k * h_dim..(k + 1) * h_dim]);
        let (i, g, f, o) = (sigmoid(gate(0)), tanh(gate(1)), sigmoid(gate(2)), sigmoid(gate(3)));
        let c_next = f.clone() * c.clone() + i.clone() * g.clone();
        let tanh_c = tanh(c_next.clone());
        h_prev.push(h);
        h = o.clone() * tanh_c.clone();
        hs.push(h.clone());
        cache.i.push(i);
        cache.g.push(g);
        cache.f.push(f);
        cache.o.push(o);
        cache.c_prev.push(c);
        cache.tanh_c.push(tanh_c);
        c = c_next;
    }
    let linear_inputs = Tensor::cat(vec![x, Tensor::stack(h_prev, 1)], 2);
    (Tensor::stack(hs, 1), linear_inputs, cache)
}

/// Backpropagation through time: from `∂L/∂h_t` of every step to the gate pre-activation
/// backprops `∂L/∂z_t` and the input backprops `∂L/∂x_t`.
///
/// # Shapes
/// - `d_hidden`: `[batch, time, h]`
/// - returns (`[batch, time, 4h]` backprops of the gate Linear, `[batch, time, d_input]`)
pub(crate) fn backward(cache: &LstmCache, d_hidden: Tensor<3>) -> (Tensor<3>, Tensor<3>) {
    let [batch, time, h_dim] = d_hidden.dims();
    let device = d_hidden.device();
    let w_h_t = cache.w_h.clone().transpose();
    let mut dh_next = Tensor::<2>::zeros([batch, h_dim], &device);
    let mut dc_next = Tensor::<2>::zeros([batch, h_dim], &device);
    let mut dz = vec![None; time];
    for t in (0..time).rev() {
        let (i, g, f, o) = (&cache.i[t], &cache.g[t], &cache.f[t], &cache.o[t]);
        let tanh_c = &cache.tanh_c[t];
        let dh = d_hidden.clone().slice([0..batch, t..t + 1]).reshape([batch, h_dim]) + dh_next;
        let d_o = dh.clone() * tanh_c.clone();
        let dc = dc_next + dh * o.clone() * (tanh_c.clone().square().neg() + 1.0);
        let dz_i = dc.clone() * g.clone() * i.clone() * (i.clone().neg() + 1.0);
        let dz_g = dc.clone() * i.clone() * (g.clone().square().neg() + 1.0);
        let dz_f = dc.clone() * cache.c_prev[t].clone() * f.clone() * (f.clone().neg() + 1.0);
        let dz_o = d_o * o.clone() * (o.clone().neg() + 1.0);
        let step = Tensor::cat(vec![dz_i, dz_g, dz_f, dz_o], 1);
        dh_next = step.clone().matmul(w_h_t.clone());
        dc_next = dc * f.clone();
        dz[t] = Some(step);
    }
    let dz = Tensor::stack(dz.into_iter().map(|s| s.expect("every step set")).collect(), 1);
    let d_input = cache.w_x.dims()[0];
    let dx = dz.clone().reshape([batch * time, 4 * h_dim]).matmul(cache.w_x.clone().transpose());
    (dz, dx.reshape([batch, time, d_input]))
}
