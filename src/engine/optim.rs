//! The optimisers a DP step can end in: SGD (fused with the noise in one kernel) and Adam on the
//! noisy gradient (DP-Adam: the privatised gradient `(Σ_i c_i g_i + N(0, σ²C²)) / qN` goes through
//! Adam's moment estimates, which are post-processing and cost no privacy; Kingma & Ba 2015,
//! Algorithm 1). Both end in one fused kernel per parameter tensor on wgpu devices.

use std::collections::HashMap;

use burn::module::ParamId;
use burn::tensor::Tensor;

use crate::kernels::{self, AdamStep, NoiseSpec};
use serde::{Deserialize, Serialize};

/// The update rule applied to the privatised gradient.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DpOptimizer {
    /// θ ← θ − lr · g̃.
    #[default]
    Sgd,
    /// Adam with bias-corrected moments: m ← β1 m + (1−β1) g̃, v ← β2 v + (1−β2) g̃²,
    /// θ ← θ − lr · m̂ / (√v̂ + ε).
    Adam {
        /// β1 (0.9 usually).
        beta1: f64,
        /// β2 (0.999 usually).
        beta2: f64,
        /// ε (1e-8 usually).
        eps: f64,
    },
}

impl DpOptimizer {
    /// Adam with β1 0.9, β2 0.999, ε 1e-8.
    pub fn adam() -> Self {
        DpOptimizer::Adam { beta1: 0.9, beta2: 0.999, eps: 1e-8 }
    }
}

/// Adam's per-parameter moments and its step count.
#[derive(Clone, Debug, Default)]
pub(crate) struct AdamState {
    t: u64,
    m: HashMap<ParamId, Tensor<1>>,
    v: HashMap<ParamId, Tensor<1>>,
}

impl AdamState {
    /// Starts a new step (advances t once per step, before the parameters are updated).
    pub(crate) fn begin_step(&mut self) {
        self.t += 1;
    }

    /// One fused DP-Adam update of parameter `id` from its clipped sum: noise, division by the
    /// expected batch size and Adam's moments in one kernel ([`kernels::noisy_adam`]).
    ///
    /// # Shapes
    /// - `param`, `summed`: `[p]`; returns `[p]`
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn update(
        &mut self,
        id: ParamId,
        param: Tensor<1>,
        summed: Tensor<1>,
        noise: NoiseSpec,
        inv_batch: f32,
        lr: f64,
        betas: (f64, f64),
        eps: f64,
        wgsl: bool,
    ) -> Tensor<1> {
        let m = self.m.remove(&id).unwrap_or_else(|| param.zeros_like());
        let v = self.v.remove(&id).unwrap_or_else(|| param.zeros_like());
        let step = AdamStep::new(lr, betas.0, betas.1, eps, self.t);
        let (param, m, v) = kernels::noisy_adam([param, summed, m, v], noise, inv_batch, step, wgsl);
        self.m.insert(id, m);
        self.v.insert(id, v);
        param
    }
}
