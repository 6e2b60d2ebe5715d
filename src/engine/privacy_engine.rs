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

use std::path::{Path, PathBuf};

use burn::module::Module;
use serde::{Deserialize, Serialize};

use super::dpsgd::{DpSgd, DpSgdConfig, PhysicalBatch, Strategy};
use super::optim::{AdamSnapshot, DpOptimizer};
use super::record::save_model;
use crate::device::ComputeDevice;
use crate::error::{Error, Result};
use crate::files::{remove_superseded, write_atomic};
use crate::grad_sample::{BATCH_NORM_REJECTED, find_batch_norm};
use crate::models::DpModel;
use crate::privacy::accountant::{AccountantKind, Segment, epsilon, get_noise_multiplier, steps_for_epochs};
use crate::privacy::keys::{derive_noise_key, random_noise_seed};
use crate::privacy::secure::SecureNoise;

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
    /// two runs: the engine's batches are drawn apart from its noise key, so two runs with one
    /// seed and the same settings add the same noise to different batches, and the difference
    /// of their models cancels it. Not serialised.
    #[serde(skip)]
    pub noise_seed: Option<u64>,
    /// Secure mode: discrete Gaussian noise on a grid, drawn from the OS CSPRNG at every step
    /// (never from a key; Canonne, Kamath, Steinke 2020), against floating-point attacks on the
    /// `f32` Gaussian. The noise is drawn on the CPU; ε is accounted with the effective σ that
    /// covers the snapping ([`SecureNoise::effective_noise_multiplier`]). Sample batches with the
    /// OS CSPRNG too (`PoissonSampler::from_os_rng`).
    #[serde(default)]
    pub secure_mode: bool,
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
            secure_mode: false,
        }
    }
}

/// Takes DP steps and accounts for them; see the module docs.
pub struct PrivacyEngine {
    config: PrivacyEngineConfig,
    optimizer: DpSgd,
    num_samples: usize,
    /// Parameters of the model, for secure mode's effective σ.
    num_params: usize,
}

/// `engine.json`, what [`PrivacyEngine::save`] writes besides the model and the key.
#[derive(Serialize, Deserialize)]
struct EngineState {
    format: String,
    config: PrivacyEngineConfig,
    num_samples: usize,
    num_params: usize,
    steps: u64,
    model_file: String,
    optimizer: AdamSnapshot,
}

const ENGINE_FORMAT: &str = "dpgpu privacy engine 1";
/// The engine's state file in a [`PrivacyEngine::save`] folder.
pub const ENGINE_FILE: &str = "engine.json";

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
        let key = match (config.secure_mode, config.noise_seed) {
            (true, Some(_)) => {
                let why = "none in secure mode (its noise comes from the OS CSPRNG at every step)";
                return Err(Error::invalid("noise_seed", "set", why));
            }
            // Secure mode keys nothing: every step's noise comes from the OS CSPRNG.
            (true, None) => 0,
            (false, Some(seed)) => {
                let settings = serde_json::to_vec(&(&config, num_samples)).expect("a config serialises");
                derive_noise_key(seed, &settings)
            }
            (false, None) => random_noise_seed()?,
        };
        Self::build(config, num_samples, dev, model, key)
    }

    /// An engine whose noise multiplier is the smallest that spends at most `target_epsilon` at
    /// `config.delta` over `epochs` epochs of ceil(1 / q) steps each (as `dpgpu train` counts
    /// them), by `config.accountant` (Opacus' `make_private_with_epsilon`); `config`'s own
    /// `noise_multiplier` is replaced. In secure mode σ is raised until its effective value
    /// reaches the calibrated one, so the target still holds.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `target_epsilon` (not > 0, or unreachable), `epochs`
    /// or `sample_rate` ([`steps_for_epochs`]), and everything [`new`](Self::new) returns.
    pub fn with_target_epsilon<M: DpModel>(
        mut config: PrivacyEngineConfig,
        target_epsilon: f64,
        epochs: f64,
        num_samples: usize,
        dev: &ComputeDevice,
        model: &M,
    ) -> Result<Self> {
        let steps = steps_for_epochs(epochs, config.sample_rate)?;
        let sigma =
            get_noise_multiplier(target_epsilon, config.delta, config.sample_rate, steps, config.accountant)?;
        config.noise_multiplier = match config.secure_mode {
            true => SecureNoise::nominal_for_effective(sigma, config.max_grad_norm, model.num_params())
                .map_err(|e| {
                    Error::invalid(
                        "target_epsilon",
                        target_epsilon,
                        format!("reachable in secure mode ({e})"),
                    )
                })?,
            false => sigma,
        };
        Self::new(config, num_samples, dev, model)
    }

    fn build<M: DpModel>(
        config: PrivacyEngineConfig,
        num_samples: usize,
        dev: &ComputeDevice,
        model: &M,
        key: u64,
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
            noise_seed: key,
            strategy: config.strategy,
            optimizer: config.optimizer,
            secure_noise: config.secure_mode,
        };
        let mut optimizer = DpSgd::new(dp, &dev.device, dev.uses_wgsl_kernels())?;
        optimizer.set_cost_model(dev.cost_model(config.max_memory_bytes));
        let num_params = model.num_params();
        Ok(PrivacyEngine { config, optimizer, num_samples, num_params })
    }

    /// Saves the engine's state and `model` into `dir`, for [`load`](Self::load):
    /// `engine.json` (configuration, dataset size, steps, Adam's moments) and the model record
    /// `engine-model-<step>.bpk`, each written atomically, `engine.json` last, naming the model
    /// file, so a crash midway leaves the previous save whole. The noise key is not saved (see
    /// [`load`](Self::load)), so nothing in `dir` is secret beyond what the model reveals.
    ///
    /// # Errors
    /// [`Error::Write`] naming a file that could not be written; [`Error::Backend`] if Adam's
    /// moments cannot be read back.
    pub fn save<M: Module + Clone>(&self, dir: &Path, model: &M) -> Result<()> {
        let steps = self.steps();
        let model_file = format!("engine-model-{steps}.bpk");
        save_model(&dir.join(&model_file), model)?;
        let state = EngineState {
            format: ENGINE_FORMAT.into(),
            config: self.config.clone(),
            num_samples: self.num_samples,
            num_params: self.num_params,
            steps,
            model_file: model_file.clone(),
            optimizer: self.optimizer.optimizer_state()?,
        };
        write_atomic(
            &dir.join(ENGINE_FILE),
            &serde_json::to_vec(&state).expect("an engine state serialises"),
        )?;
        remove_superseded(dir, "engine-model-", ".bpk", &model_file);
        Ok(())
    }

    /// The engine and model [`save`](Self::save) wrote into `dir`, on `dev`; `model` is a freshly
    /// built model of the same architecture, whose parameters are replaced by the saved ones.
    /// The step count, Adam's moments and so ε continue where the save left them.
    ///
    /// The noise of every step after the load is keyed afresh from the OS CSPRNG (secure mode
    /// draws it fresh anyway). Noise keyed by (key, step) would repeat for the steps a loaded
    /// save takes again, after a crash that followed released models or from an older save,
    /// and the same noise on different batches lets the difference of two released models
    /// cancel it. So a resumed run equals an uninterrupted one in everything but the noise
    /// drawn after the load (with `noise_multiplier` 0, bit for bit).
    ///
    /// ε counts this line of training only: the saved steps and those taken since the load.
    /// If models from steps after the save were released before the load (a crash after a
    /// release, or loading an older save), those steps cost privacy too and `epsilon` cannot
    /// see them: release only models of the saved line, or account for both branches. The
    /// folder is trusted as the owner's own file: its counters are checked for consistency
    /// (Adam's step count, the model file's step, the moments' sizes), which catches mixed or
    /// damaged states, not a deliberate edit.
    ///
    /// # Errors
    /// [`Error::CorruptData`] naming the file when `engine.json` or the model record is missing,
    /// does not parse, does not fit `model`, or holds counters that disagree; everything
    /// [`new`](Self::new) returns.
    pub fn load<M: DpModel>(dir: &Path, dev: &ComputeDevice, model: M) -> Result<(Self, M)> {
        let path = dir.join(ENGINE_FILE);
        let corrupt = |path: PathBuf, problem: String| Error::CorruptData { path, problem };
        let bytes =
            std::fs::read(&path).map_err(|e| corrupt(path.clone(), format!("cannot read it: {e}")))?;
        let state: EngineState = serde_json::from_slice(&bytes)
            .map_err(|e| corrupt(path.clone(), format!("not a dpgpu privacy engine state: {e}")))?;
        if state.format != ENGINE_FORMAT {
            return Err(corrupt(path, format!("format {:?}, expected {ENGINE_FORMAT:?}", state.format)));
        }
        // Adam counts every step; SGD keeps no moments. A mismatch means an edited or mixed state,
        // which could under-report epsilon.
        let consistent = match state.config.optimizer {
            DpOptimizer::Adam { .. } => state.optimizer.t == state.steps,
            DpOptimizer::Sgd => state.optimizer.t == 0 && state.optimizer.moments.is_empty(),
        };
        if !consistent || state.model_file != format!("engine-model-{}.bpk", state.steps) {
            let problem = format!(
                "inconsistent counters: steps {}, Adam's step count {}, model file {}",
                state.steps, state.optimizer.t, state.model_file
            );
            return Err(corrupt(path, problem));
        }
        let key = if state.config.secure_mode { 0 } else { random_noise_seed()? };
        let model_path = dir.join(&state.model_file);
        let model = model.try_load_file(&model_path).map_err(|e| corrupt(model_path, e.to_string()))?;
        let mut engine = Self::build(state.config, state.num_samples, dev, &model, key)?;
        if engine.num_params != state.num_params {
            let problem =
                format!("saved for {} parameters, the model has {}", state.num_params, engine.num_params);
            return Err(corrupt(path, problem));
        }
        // Every moment belongs to a trainable parameter of the model and has its size.
        let params = crate::grad_sample::model_params(&model);
        for e in &state.optimizer.moments {
            let size = params
                .iter()
                .find(|p| p.trainable && p.id.val() == e.param)
                .map(|p| p.shape.iter().product());
            if size != Some(e.m.len()) || size != Some(e.v.len()) {
                let problem = format!("Adam's moments of parameter {} do not fit the model", e.param);
                return Err(corrupt(path, problem));
            }
        }
        engine.optimizer.set_steps_taken(state.steps);
        engine.optimizer.restore_optimizer_state(&state.optimizer);
        Ok((engine, model))
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

    /// [`step`](Self::step) as one worker of a data-parallel run: `local` is this worker's
    /// share of the global Poisson batch ([`crate::distributed::rank_slice`]); the workers'
    /// clipped sums are summed through `collective`, the noise is added once, and every worker
    /// ends with the same model. `num_samples` and `sample_rate` are the global ones, and each
    /// call is one step for ε on every worker. Every worker must draw the same global batch:
    /// key the sampler with [`crate::distributed::shared_random_key`]
    /// (`PoissonSampler::new(n, q, key)`), not each with its own OS key. The noise is worker
    /// 0's (its key is sent to the others at every step). See [`DpSgd::step_with`].
    ///
    /// # Errors
    /// As [`DpSgd::step_with`].
    pub fn step_with<M: DpModel>(
        &mut self,
        model: M,
        local: Vec<PhysicalBatch<M::Input>>,
        collective: &dyn crate::distributed::Collective,
    ) -> Result<(M, burn::tensor::Tensor<1>)> {
        self.optimizer.step_with(model, local, collective)
    }

    /// A DP step that ends in Burn's optimizers: the privatised gradient
    /// g̃ = (Σ_i c_i g_i + N(0, σ²C²)) / qN of the physical batches (as [`step`](Self::step)
    /// takes them) as [`burn::optim::GradientsParams`], and the summed loss of the real examples
    /// (`[1]`). Apply it with any `burn::optim` optimizer and learning-rate scheduler:
    ///
    /// ```ignore
    /// let mut optim = burn::optim::AdamWConfig::new().init();
    /// let mut model = model.train(); // Burn's optimizers update autodiff parameters
    /// let (grads, _loss) = engine.privatize(&model, batches)?;
    /// model = optim.step(scheduler.step(), model, grads);
    /// ```
    ///
    /// The step counts for ε as [`step`](Self::step) does; the configured `lr` and `optimizer`
    /// are not used (the Burn optimizer's state is not in [`save`](Self::save)'s folder: keep it
    /// with Burn's own records). See [`DpSgd::privatize`].
    ///
    /// # Errors
    /// As [`step`](Self::step).
    pub fn privatize<M: DpModel>(
        &mut self,
        model: &M,
        batches: Vec<PhysicalBatch<M::Input>>,
    ) -> Result<(burn::optim::GradientsParams, burn::tensor::Tensor<1>)> {
        let (sum, loss) = self.optimizer.clip_and_sum(model, batches)?;
        Ok((self.optimizer.privatize(model, sum)?, loss))
    }

    /// Continues the account of an earlier engine with the same configuration that had taken
    /// `steps` steps (a checkpoint's): ε counts them, and the noise of every later step is keyed
    /// afresh from the OS CSPRNG, for the reason [`load`](Self::load) gives (no step's noise is
    /// ever drawn twice from one key). In secure mode the noise is fresh at every step anyway.
    ///
    /// # Errors
    /// [`Error::Backend`] if the OS random number generator fails.
    pub fn continue_from(&mut self, steps: u64) -> Result<()> {
        if !self.config.secure_mode {
            self.optimizer.set_noise_seed(random_noise_seed()?);
        }
        self.optimizer.set_steps_taken(steps);
        Ok(())
    }

    /// N, the size of the dataset the engine samples from.
    pub fn num_samples(&self) -> usize {
        self.num_samples
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
    /// Lee, Wutschitz 2021), with secure mode's effective σ there. 0 before the first step.
    ///
    /// # Errors
    /// From the accountant (e.g. σ = 0 gives no finite ε: [`Error::InvalidParameter`]).
    pub fn epsilon(&self) -> Result<f64> {
        let steps = self.steps();
        if steps == 0 {
            return Ok(0.0);
        }
        Ok(epsilon(self.config.accountant, &[self.segment(steps)], self.config.delta)?.0)
    }

    /// `steps` steps of this engine as the accountant sees them: σ (secure mode's effective σ),
    /// q and the step count.
    pub fn segment(&self, steps: u64) -> Segment {
        Segment {
            noise_multiplier: self.optimizer.accounted_noise_multiplier(self.num_params),
            sample_rate: self.config.sample_rate,
            steps,
        }
    }
}
