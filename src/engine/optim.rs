//! The optimisers a DP step can end in: SGD (fused with the noise in one kernel) and Adam on the
//! noisy gradient (DP-Adam: the privatised gradient `(Σ_i c_i g_i + N(0, σ²C²)) / qN` goes through
//! Adam's moment estimates, which are post-processing and cost no privacy; Kingma & Ba 2015,
//! Algorithm 1). Both end in one fused kernel per parameter tensor on wgpu devices.

use std::collections::HashMap;

use burn::module::ParamId;
use burn::tensor::{Device, Tensor, TensorData};

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

    /// The state read back to the host, for [`crate::engine::privacy_engine::PrivacyEngine::save`].
    pub(crate) fn snapshot(&self) -> crate::error::Result<AdamSnapshot> {
        let host = |t: &Tensor<1>| {
            t.clone()
                .into_data()
                .convert::<f32>()
                .try_into_vec::<f32>()
                .map_err(|e| crate::error::Error::Backend(format!("reading Adam's moments: {e:?}")))
        };
        let mut moments = Vec::with_capacity(self.m.len());
        for (id, m) in &self.m {
            let v = self.v.get(id).expect("m and v are kept for the same parameters");
            moments.push(AdamMoments { param: id.val(), m: host(m)?, v: host(v)? });
        }
        moments.sort_by_key(|e| e.param);
        Ok(AdamSnapshot { t: self.t, moments })
    }

    /// The state of `snapshot` on `device`.
    pub(crate) fn restore(snapshot: &AdamSnapshot, device: &Device) -> Self {
        let tensor = |x: &[f32]| Tensor::<1>::from_data(TensorData::new(x.to_vec(), [x.len()]), device);
        let mut state = AdamState { t: snapshot.t, ..AdamState::default() };
        for e in &snapshot.moments {
            state.m.insert(ParamId::from(e.param), tensor(&e.m));
            state.v.insert(ParamId::from(e.param), tensor(&e.v));
        }
        state
    }
}

/// Adam's state on the host: its step count and each parameter's moments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AdamSnapshot {
    /// Adam's step count t.
    pub t: u64,
    /// The moments of every parameter Adam has updated, by parameter id.
    pub moments: Vec<AdamMoments>,
}

/// One parameter's Adam moments, flattened (`[p]` each).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdamMoments {
    /// Burn's `ParamId` of the parameter (kept in the model's record).
    pub param: u64,
    /// First moment m.
    pub m: Vec<f32>,
    /// Second moment v.
    pub v: Vec<f32>,
}
