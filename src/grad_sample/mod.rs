//! Per-sample gradients from one batched backward pass.
//!
//! A model's forward pass runs through a [`Tape`], which decides how each layer's parameters
//! enter the autodiff graph:
//! - [`TapeMode::Eval`]: plain tensors, no graph (evaluation);
//! - [`TapeMode::Params`]: parameters are tracked leaves, so `backward()` gives the usual summed
//!   gradient (the `nonprivate` step and the per-example `loop` reference);
//! - [`TapeMode::Probe`]: parameters are constants; a zero "probe" leaf is added to each layer's
//!   pre-activation `z`, so `backward()` of the summed per-example loss gives the backprops
//!   `∂L/∂z` of every example at once. The tape also keeps each layer's input activations.
//!   [`rules`] then turns (activations, backprops) into per-sample gradients
//!   (`grad_sample`, `[batch, ...param_shape]`), as Opacus' hooks do and as JAX's `vmap` of the
//!   per-example gradient computes (Subramani et al. 2021, §3).
//!
//! ```no_run
//! # use dpgpu::{grad_sample::{Tape, TapeMode}, models::{DpModel, MnistCnn}};
//! # let device = burn::tensor::Device::flex();
//! # let model = MnistCnn::new(&device, 0);
//! # let (x, onehot) = (burn::tensor::Tensor::<4>::zeros([2, 1, 28, 28], &device), burn::tensor::Tensor::<2>::zeros([2, 10], &device));
//! let mut tape = Tape::new(TapeMode::Probe, &device);
//! let logits = model.forward(&mut tape, x);
//! let loss = dpgpu::models::cross_entropy_sum(logits, onehot);
//! let grads = loss.backward();
//! let per_sample = tape.grad_samples(&grads); // one [batch, p] tensor per parameter
//! ```

pub mod rules;

use burn::module::{Param, ParamId};
use burn::nn::{Embedding, Linear, conv::Conv2d};
use burn::tensor::{Device, Gradients, Int, Tensor};

pub use rules::ConvGeometry;

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

enum Capture {
    Embedding {
        ids: Tensor<2, Int>,
        probe: Tensor<3>,
        id: ParamId,
        vocab: usize,
        d_model: usize,
    },
    Linear {
        activations: Tensor<2>,
        probe: Tensor<2>,
        ids: (ParamId, Option<ParamId>),
        d_in: usize,
    },
    Conv2d {
        activations: Tensor<4>,
        probe: Tensor<4>,
        ids: (ParamId, Option<ParamId>),
        geometry: ConvGeometry,
    },
}

enum Leaf {
    R1(ParamId, Tensor<1>),
    R2(ParamId, Tensor<2>),
    R4(ParamId, Tensor<4>),
}

/// Records a forward pass; see the module docs.
pub struct Tape {
    mode: TapeMode,
    autodiff: Device,
    captures: Vec<Capture>,
    leaves: Vec<Leaf>,
}

impl Tape {
    /// A new tape on `device` (a plain device; the tape derives the autodiff one).
    pub fn new(mode: TapeMode, device: &Device) -> Self {
        Tape { mode, autodiff: device.clone().autodiff(), captures: Vec::new(), leaves: Vec::new() }
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

    fn param<const D: usize>(
        &mut self,
        p: &Param<Tensor<D>>,
        wrap: fn(ParamId, Tensor<D>) -> Leaf,
    ) -> Tensor<D> {
        let value = p.val().without_autodiff();
        match self.mode {
            TapeMode::Params => {
                let leaf = value.autodiff().require_grad();
                self.leaves.push(wrap(p.id, leaf.clone()));
                leaf
            }
            // Constants: the graph tracks only the probes.
            TapeMode::Probe | TapeMode::Eval => value,
        }
    }

    fn probe<const D: usize>(&self, shape: [usize; D]) -> Tensor<D> {
        Tensor::zeros(shape, &self.autodiff).require_grad()
    }

    /// `y = x W + b` of a burn-nn [`Linear`] (`W: [d_input, d_output]`).
    ///
    /// # Shapes
    /// - `x`: `[batch, d_input]`; returns `[batch, d_output]`
    pub fn linear(&mut self, layer: &Linear, x: Tensor<2>) -> Tensor<2> {
        let w = self.param(&layer.weight, Leaf::R2);
        let b = layer.bias.as_ref().map(|b| self.param(b, Leaf::R1));
        let z = burn::tensor::module::linear(x.clone(), w, b);
        if self.mode != TapeMode::Probe {
            return z;
        }
        let [d_in, _] = layer.weight.dims();
        let probe = self.probe(z.dims());
        self.captures.push(Capture::Linear {
            activations: x.without_autodiff(),
            probe: probe.clone(),
            ids: (layer.weight.id, layer.bias.as_ref().map(|b| b.id)),
            d_in,
        });
        z + probe
    }

    /// Looks up the rows of a burn-nn [`Embedding`] (`weight: [vocab, d_model]`).
    ///
    /// # Shapes
    /// - `ids`: `[batch, seq_length]` in `0..vocab`; returns `[batch, seq_length, d_model]`
    pub fn embedding(&mut self, layer: &Embedding, ids: Tensor<2, Int>) -> Tensor<3> {
        let w = self.param(&layer.weight, Leaf::R2);
        let z = burn::tensor::module::embedding(w, ids.clone());
        if self.mode != TapeMode::Probe {
            return z;
        }
        let [vocab, d_model] = layer.weight.dims();
        let probe = self.probe(z.dims());
        self.captures.push(Capture::Embedding {
            ids,
            probe: probe.clone(),
            id: layer.weight.id,
            vocab,
            d_model,
        });
        z.autodiff() + probe
    }

    /// A 2-D convolution of a burn-nn [`Conv2d`] (any stride, padding, dilation, groups).
    ///
    /// # Shapes
    /// - `x`: `[batch, channels_in, height, width]`; returns `[batch, channels_out, h_out, w_out]`
    pub fn conv2d(&mut self, layer: &Conv2d, x: Tensor<4>) -> Tensor<4> {
        let [_, _, height, width] = x.dims();
        let geometry = ConvGeometry::of(layer, height, width);
        let w = self.param(&layer.weight, Leaf::R4);
        let b = layer.bias.as_ref().map(|b| self.param(b, Leaf::R1));
        let z = burn::tensor::module::conv2d(x.clone(), w, b, geometry.options());
        if self.mode != TapeMode::Probe {
            return z;
        }
        let probe = self.probe(z.dims());
        self.captures.push(Capture::Conv2d {
            activations: x.without_autodiff(),
            probe: probe.clone(),
            ids: (layer.weight.id, layer.bias.as_ref().map(|b| b.id)),
            geometry,
        });
        z + probe
    }

    /// Per-sample gradients of every recorded parameter, in tape order (weight before bias,
    /// layers in forward order). Requires [`TapeMode::Probe`] and the gradients of a loss that
    /// is a *sum* of per-example losses.
    ///
    /// # Panics
    /// If the tape was not recorded in `Probe` mode or a probe has no gradient.
    pub fn grad_samples(&self, grads: &Gradients) -> Vec<GradSample> {
        assert_eq!(self.mode, TapeMode::Probe, "grad_samples needs a tape in Probe mode");
        let mut out = Vec::new();
        for capture in &self.captures {
            match capture {
                Capture::Embedding { ids, probe, id, vocab, d_model } => {
                    let backprops = probe.grad(grads).expect("probe gradient");
                    let w = rules::embedding_grad_sample(ids.clone(), backprops, *vocab);
                    out.push(GradSample { id: *id, shape: vec![*vocab, *d_model], grad_sample: w });
                }
                Capture::Linear { activations, probe, ids, d_in } => {
                    let backprops = probe.grad(grads).expect("probe gradient");
                    let d_out = backprops.dims()[1];
                    let (w, b) = rules::linear_grad_sample(activations.clone(), backprops);
                    out.push(GradSample { id: ids.0, shape: vec![*d_in, d_out], grad_sample: w });
                    if let Some(id) = ids.1 {
                        out.push(GradSample { id, shape: vec![d_out], grad_sample: b });
                    }
                }
                Capture::Conv2d { activations, probe, ids, geometry } => {
                    let backprops = probe.grad(grads).expect("probe gradient");
                    let (w, b) = rules::conv2d_grad_sample(activations.clone(), backprops, geometry);
                    out.push(GradSample { id: ids.0, shape: geometry.weight_shape.to_vec(), grad_sample: w });
                    if let Some(id) = ids.1 {
                        out.push(GradSample { id, shape: vec![geometry.weight_shape[0]], grad_sample: b });
                    }
                }
            }
        }
        out
    }

    /// Summed gradients of every parameter recorded in [`TapeMode::Params`], in tape order.
    /// A parameter the loss does not reach gets a zero gradient.
    ///
    /// # Panics
    /// If the tape was not recorded in `Params` mode.
    pub fn summed_grads(&self, grads: &Gradients) -> Vec<SummedGrad> {
        assert_eq!(self.mode, TapeMode::Params, "summed_grads needs a tape in Params mode");
        fn flat<const D: usize>(id: ParamId, t: &Tensor<D>, grads: &Gradients) -> SummedGrad {
            let shape = t.dims().to_vec();
            let n: usize = shape.iter().product();
            let grad = match t.grad(grads) {
                Some(g) => g.reshape([n]),
                None => Tensor::zeros([n], &t.device().without_autodiff()),
            };
            SummedGrad { id, shape, grad }
        }
        self.leaves
            .iter()
            .map(|leaf| match leaf {
                Leaf::R1(id, t) => flat(*id, t, grads),
                Leaf::R2(id, t) => flat(*id, t, grads),
                Leaf::R4(id, t) => flat(*id, t, grads),
            })
            .collect()
    }
}
