//! A privacy engine for Burn users: give it a model built from dpgpu's layers (any
//! [`DpModel`]), the DP parameters and an optimiser, and it takes DP steps and keeps the privacy
//! account, as Opacus' `PrivacyEngine` does for PyTorch.
//!
//! ```no_run
//! use dpgpu::device::{BackendChoice, select};
//! use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
//! use dpgpu::engine::optim::DpOptimizer;
//! use dpgpu::models::MnistCnn;
//! # fn main() -> dpgpu::Result<()> {
//! let dev = select(BackendChoice::Auto)?;
//! let model = MnistCnn::new(&dev.device, 0);
//! let config = PrivacyEngineConfig { optimizer: DpOptimizer::adam(), lr: 1e-3, ..PrivacyEngineConfig::default() };
//! let mut engine = PrivacyEngine::new(config, 60_000, &dev, &model)?;
//! # let (images, onehot) = (burn::tensor::Tensor::<4>::zeros([2, 1, 28, 28], &dev.device), burn::tensor::Tensor::<2>::zeros([2, 10], &dev.device));
//! // For each Poisson-sampled batch (physical batches padded with all-zero one-hot rows; draw
//! // them with `dpgpu::data::sampler::PoissonSampler::from_os_rng`):
//! let (model, _loss) = engine.step(model, vec![(images, onehot, 2)])?;
//! println!("epsilon so far: {:.3}", engine.epsilon()?);
//! # Ok(()) }
//! ```

use serde::{Deserialize, Serialize};

use super::dpsgd::{DpSgd, DpSgdConfig, PhysicalBatch, Strategy};
use super::optim::DpOptimizer;
use crate::device::ComputeDevice;
use crate::error::{Error, Result};
use crate::grad_sample::{BATCH_NORM_REJECTED, find_batch_norm};
use crate::models::DpModel;
use crate::privacy::accountant::{AccountantKind, Segment, epsilon};
use crate::privacy::keys::{derive_noise_key, random_noise_seed};

/// The DP parameters, in the field's names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrivacyEngineConfig {
    /// σ: noise std as a multiple of `max_grad_norm`.
    pub noise_multiplier: f64,
    /// C: per-sample L2 clipping norm over all parameters.
    pub max_grad_norm: f64,
    /// q: Poisson sampling rate; the expected (logical) batch size is q·N.
    pub sample_rate: f64,
    /// δ of the reported (ε, δ).
    pub delta: f64,
    /// Learning rate.
    pub lr: f64,
    /// SGD or Adam on the privatised gradient.
    pub optimizer: DpOptimizer,
    /// auto (the per-layer plan), vectorized, ghost or loop.
    pub strategy: Strategy,
    /// Cap on the per-sample step's memory, bytes: `auto` plans within it and splits physical
    /// batches into chunks when it must. `None`: no cap beyond the device's largest buffer.
    #[serde(default)]
    pub max_memory_bytes: Option<u64>,
    /// The accountant behind [`PrivacyEngine::epsilon`].
    pub accountant: AccountantKind,
    /// Key of the counter-based noise, for a reproducible run; `None` (the default) draws a
    /// fresh key from the OS CSPRNG. A given key must stay secret: with it the noise can be
    /// regenerated and subtracted from the released model, and ε no longer holds. It is mixed
    /// with the rest of this configuration and `num_samples` ([`derive_noise_key`]), so two
    /// engines that differ in any setting never share noise; still, never give the same seed to
    /// two runs on different data. Not serialised.
    #[serde(skip)]
    pub noise_seed: Option<u64>,
}

impl Default for PrivacyEngineConfig {
    /// σ 1.1, C 1, q 256/60,000, δ 1e-5, SGD with lr 0.15, the `auto` plan without a memory
    /// cap, PRV, a noise key from the OS CSPRNG.
    fn default() -> Self {
        PrivacyEngineConfig {
            noise_multiplier: 1.1,
            max_grad_norm: 1.0,
            sample_rate: 256.0 / 60_000.0,
            delta: 1e-5,
            lr: 0.15,
            optimizer: DpOptimizer::Sgd,
            strategy: Strategy::Auto,
            max_memory_bytes: None,
            accountant: AccountantKind::Prv,
            noise_seed: None,
        }
    }
}

/// Takes DP steps and accounts for them; see the module docs.
pub struct PrivacyEngine {
    config: PrivacyEngineConfig,
    optimizer: DpSgd,
}

impl PrivacyEngine {
    /// An engine for a dataset of `num_samples` examples on `dev`, checked against `model`.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `sample_rate`, `delta`, `num_samples`,
    /// `noise_multiplier`, `max_grad_norm` or `lr`; [`Error::Unsupported`] if the model contains
    /// a BatchNorm layer (found by its type in the module tree; its statistics mix examples: use
    /// GroupNorm or LayerNorm); [`Error::Backend`] if the OS random number generator fails.
    pub fn new<M: DpModel>(
        config: PrivacyEngineConfig,
        num_samples: usize,
        dev: &ComputeDevice,
        model: &M,
    ) -> Result<Self> {
        if let Some(path) = find_batch_norm(model) {
            return Err(Error::Unsupported(format!("{path}: {BATCH_NORM_REJECTED}")));
        }
        if num_samples == 0 {
            return Err(Error::invalid("num_samples", 0, "at least 1"));
        }
        if !(config.sample_rate > 0.0 && config.sample_rate <= 1.0) {
            return Err(Error::invalid("sample_rate", config.sample_rate, "in (0, 1]"));
        }
        if !(config.delta > 0.0 && config.delta < 1.0) {
            return Err(Error::invalid("delta", config.delta, "in (0, 1)"));
        }
        let dp = DpSgdConfig {
            noise_multiplier: config.noise_multiplier,
            max_grad_norm: config.max_grad_norm,
            lr: config.lr,
            expected_batch_size: config.sample_rate * num_samples as f64,
            noise_seed: match config.noise_seed {
                Some(seed) => {
                    let settings = serde_json::to_vec(&(&config, num_samples)).expect("a config serialises");
                    derive_noise_key(seed, &settings)
                }
                None => random_noise_seed()?,
            },
            strategy: config.strategy,
            optimizer: config.optimizer,
            secure_noise: false,
        };
        let mut optimizer = DpSgd::new(dp, &dev.device, dev.uses_wgsl_kernels())?;
        optimizer.set_cost_model(dev.cost_model(config.max_memory_bytes));
        Ok(PrivacyEngine { config, optimizer })
    }

    /// One DP step over a Poisson-sampled logical batch given as physical batches `(input,
    /// one-hot labels with all-zero padding rows, real rows)`: clip per example, sum, add
    /// N(0, σ²C²), divide by q·N, update. An empty batch is a noise-only step and still counts.
    /// Returns the model and the summed loss of the real examples (`[1]`, not read back).
    ///
    /// # Errors
    /// As [`DpSgd::step`]: on the first step, a trainable parameter the forward pass never used
    /// (named) or a BatchNorm layer.
    pub fn step<M: DpModel>(
        &mut self,
        model: M,
        batches: Vec<PhysicalBatch<M::Input>>,
    ) -> Result<(M, burn::tensor::Tensor<1>)> {
        self.optimizer.step(model, batches)
    }

    /// The per-layer plan of the last physical batch (see [`DpSgd::last_plan`]).
    pub fn last_plan(&self) -> Option<&crate::grad_sample::Plan> {
        self.optimizer.last_plan()
    }

    /// Steps taken.
    pub fn steps(&self) -> u64 {
        self.optimizer.steps_taken()
    }

    /// q·N, the public divisor of the noisy sum.
    pub fn expected_batch_size(&self) -> f64 {
        self.optimizer.config().expected_batch_size
    }

    /// The configuration.
    pub fn config(&self) -> &PrivacyEngineConfig {
        &self.config
    }

    /// ε spent so far at the configured δ (the Poisson-subsampled Gaussian mechanism composed
    /// over [`steps`](Self::steps); RDP: Mironov 2017 / Mironov, Talwar, Zhang 2019; PRV: Gopi,
    /// Lee, Wutschitz 2021). 0 before the first step.
    ///
    /// # Errors
    /// From the accountant (e.g. σ = 0 gives no finite ε: [`Error::InvalidParameter`]).
    pub fn epsilon(&self) -> Result<f64> {
        if self.steps() == 0 {
            return Ok(0.0);
        }
        let segment = Segment {
            noise_multiplier: self.config.noise_multiplier,
            sample_rate: self.config.sample_rate,
            steps: self.steps(),
        };
        Ok(epsilon(self.config.accountant, &[segment], self.config.delta)?.0)
    }
}
