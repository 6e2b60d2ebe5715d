//! One DP-SGD step (Abadi et al. 2016, Algorithm 1; SPEC A§3):
//!
//! 1. `clip_and_accumulate`: per-sample gradients g_i of the summed loss, their L2 norms over
//!    all parameters, clip factors c_i = min(1, C / (‖g_i‖ + 1e-6)), the clipped sum Σ_i c_i g_i;
//!    an example whose per-sample gradient is not finite (NaN or inf, or a squared norm beyond
//!    `f32`) gets c_i = 0 and contributes nothing: a rule that looks at that example alone, so
//!    the sensitivity stays C, the other examples' contributions are untouched and the noise is
//!    still added (see [`crate::kernels::clip_factors`]);
//! 2. `add_noise`: + N(0, σ²C²) per coordinate, drawn once per step from Philox keyed by
//!    (`noise_seed`, step, parameter tensor); the key is secret (see
//!    [`crate::privacy::keys`]);
//! 3. `scale_grad`: ÷ the expected batch size qN (a public constant; never the realised size,
//!    which would leak it);
//! 4. `step`: θ ← θ − lr · update.
//!
//! Steps 2-4 run as one fused kernel per parameter tensor ([`kernels::noisy_sgd`]).

use std::collections::HashMap;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param, ParamId};
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::grad_sample::{
    BATCH_NORM_REJECTED, Choices, CostModel, EXAMPLES_ON_DIM0, LayerShape, Plan, Tape, TapeMode,
    check_coverage, direct_grads, find_batch_norm, model_params,
};
use crate::kernels::{self, NoiseSpec};
use crate::models::{BatchInput, DpModel};

use super::optim::{AdamSnapshot, AdamState, DpOptimizer};
use crate::privacy::secure::{SecureNoise, SecureNoiseError};

/// How per-sample quantities are computed (`--grad-sample`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strategy {
    /// Per-sample gradients materialised as `[batch, ...]` per parameter from one batched
    /// backward pass (the paper's vmap); on a device whose largest buffer cannot hold one of
    /// them for the whole physical batch, in chunks of examples that fit.
    Vectorized,
    /// Per-sample norms without materialising per-sample gradients (ghost clipping, Li et al.
    /// 2021, with Bu et al. 2023's per-layer choice), then the clipped sum by re-weighting the
    /// stored backprops (book-keeping): one backward pass; in chunks of examples where one of
    /// its tensors would not fit the device's largest buffer for the whole physical batch.
    Ghost,
    /// One backward pass per example (the reference, and the paper's no-vmap baseline). Also the
    /// exact fallback for layers without a per-sample rule: every trainable parameter is a Burn
    /// autodiff leaf, so one used outside the tape gets its per-example gradient too.
    Loop,
    /// A per-layer choice among keeping the per-sample gradient, the ghost norm and the
    /// materialised norm (each of the last two followed by book-keeping), by a cost model of
    /// the device, under its buffer limit and a memory budget, with the physical batch split
    /// into chunks when even the leanest plan does not fit ([`crate::grad_sample::plan`]).
    Auto,
}

impl Strategy {
    /// Every strategy.
    pub const ALL: [Strategy; 4] = [Strategy::Vectorized, Strategy::Ghost, Strategy::Loop, Strategy::Auto];

    /// The CLI and record name.
    pub fn name(self) -> &'static str {
        match self {
            Strategy::Vectorized => "vectorized",
            Strategy::Ghost => "ghost",
            Strategy::Loop => "loop",
            Strategy::Auto => "auto",
        }
    }

    /// One line on what this value does, as `--help` shows it.
    pub fn help(self) -> &'static str {
        match self {
            Strategy::Vectorized => "per-sample gradients from one batched backward pass (the paper's vmap)",
            Strategy::Ghost => {
                "per-sample norms without per-sample gradients (ghost clipping), then book-keeping"
            }
            Strategy::Loop => {
                "one backward pass per example (the reference, the paper's baseline, and the exact \
                 fallback for layers without a per-sample rule)"
            }
            Strategy::Auto => "a per-layer choice by a cost model of the device (see `dpgpu plan`)",
        }
    }

    /// Other spellings accepted for this value: the names Opacus, JAX or British English use.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            // JAX's and Opacus' names for per-sample gradients from one vectorised pass.
            Strategy::Vectorized => &["vectorised", "vmap", "functorch"],
            Strategy::Ghost => &["ghost-clipping"],
            Strategy::Loop => &["per-example-loop"],
            Strategy::Auto => &[],
        }
    }
}

crate::choice::value_enum!(Strategy, "grad_sample", aliases);

/// The parameters of a DP-SGD optimiser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DpSgdConfig {
    /// σ: noise std as a multiple of `max_grad_norm` (≥ 0; 0 gives clipping without noise).
    pub noise_multiplier: f64,
    /// C: per-sample L2 clipping norm over all parameters (> 0).
    pub max_grad_norm: f64,
    /// SGD learning rate (> 0).
    pub lr: f64,
    /// qN: the public divisor of the noisy sum (> 0).
    pub expected_batch_size: f64,
    /// Philox key of the noise. Secret: whoever knows it can regenerate the noise and subtract
    /// it from a released model. Draw it with [`crate::privacy::keys::random_noise_seed`]
    /// unless a run must be reproducible, and then keep it as secret as the data, and never use
    /// it for two runs. Not serialised.
    #[serde(skip)]
    pub noise_seed: u64,
    /// Per-sample strategy.
    pub strategy: Strategy,
    /// The update rule applied to the privatised gradient (SGD unless set).
    #[serde(default)]
    pub optimizer: DpOptimizer,
    /// Secure mode: discrete Gaussian noise on a grid from the OS CSPRNG, never the seed
    /// ([`crate::privacy::secure`]), drawn on the CPU.
    #[serde(default)]
    pub secure_noise: bool,
}

impl DpSgdConfig {
    /// Checks every field, reporting the first bad one.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `noise_multiplier`, `max_grad_norm`, `lr` or
    /// `expected_batch_size`.
    pub fn validate(&self) -> Result<()> {
        if !(self.noise_multiplier >= 0.0 && self.noise_multiplier.is_finite()) {
            return Err(Error::invalid("noise_multiplier", self.noise_multiplier, "a finite number >= 0"));
        }
        if !(self.max_grad_norm > 0.0 && self.max_grad_norm.is_finite()) {
            return Err(Error::invalid("max_grad_norm", self.max_grad_norm, "a finite number > 0"));
        }
        if !(self.lr > 0.0 && self.lr.is_finite()) {
            return Err(Error::invalid("lr", self.lr, "a finite number > 0"));
        }
        if !(self.expected_batch_size > 0.0 && self.expected_batch_size.is_finite()) {
            return Err(Error::invalid("expected_batch_size", self.expected_batch_size, "> 0"));
        }
        Ok(())
    }
}

/// One physical batch for [`DpSgd::step`]: the model input, the one-hot labels (padded rows
/// all zero: the mask) and the number of real rows.
pub type PhysicalBatch<I> = (I, Tensor<2>, usize);

/// The clipped per-sample gradients of one logical batch (or of one worker's share of it),
/// summed per parameter: Σ_i c_i g_i, flattened to `[p]` per parameter tensor. Not private: it
/// is what [`DpSgd::release`] and [`DpSgd::privatize`] add the noise to, and it never leaves
/// the process except through a [`crate::distributed::Collective`]'s sum.
pub struct ClippedSum {
    sums: HashMap<ParamId, Tensor<1>>,
}

impl ClippedSum {
    fn add(&mut self, id: ParamId, t: Tensor<1>) {
        match self.sums.remove(&id) {
            Some(acc) => {
                self.sums.insert(id, acc + t);
            }
            None => {
                self.sums.insert(id, t);
            }
        }
    }

    /// Adds a zero sum for every trainable parameter of `model` that has none (one no physical
    /// batch reached), so that every trainable parameter is noised at every step.
    fn cover<M: Module>(&mut self, model: &M, device: &Device) {
        for p in model_params(model).into_iter().filter(|p| p.trainable) {
            self.sums
                .entry(p.id)
                .or_insert_with(|| Tensor::zeros([p.shape.iter().product::<usize>()], device));
        }
    }

    /// The sums in `model`'s parameter order (each parameter once), for a collective's
    /// all-reduce: the same order on every worker.
    ///
    /// # Panics
    /// If a sum belongs to no parameter of `model`.
    pub(crate) fn ordered<M: Module>(&self, model: &M) -> Vec<(ParamId, Tensor<1>)> {
        let mut seen = std::collections::HashSet::new();
        let ordered: Vec<(ParamId, Tensor<1>)> = model_params(model)
            .into_iter()
            .filter(|p| seen.insert(p.id))
            .filter_map(|p| self.sums.get(&p.id).map(|t| (p.id, t.clone())))
            .collect();
        assert_eq!(ordered.len(), self.sums.len(), "a clipped sum of a parameter not in the model");
        ordered
    }

    /// Replaces the sum of `id` (a collective's reduced value).
    pub(crate) fn set(&mut self, id: ParamId, t: Tensor<1>) {
        self.sums.insert(id, t);
    }
}

/// A DP-SGD optimiser: its configuration, the step counter and the device it runs on.
#[derive(Clone, Debug)]
pub struct DpSgd {
    config: DpSgdConfig,
    device: Device,
    wgsl: bool,
    step: u64,
    adam: AdamState,
    secure: Option<SecureNoise>,
    /// Whether the model's parameters were checked against the tape (first step).
    checked: bool,
    /// Whether the model was checked to keep examples apart (first batch of two or more).
    examples_checked: bool,
    /// What `auto` plans with.
    cost_model: CostModel,
    /// `auto`'s plans, one per physical batch size seen.
    plans: HashMap<usize, Plan>,
    /// The plan of the last physical batch (`auto`, or the fixed strategies' in plan form).
    last_plan: Option<Plan>,
    /// Wall seconds spent in data-parallel all-reduces since the last
    /// [`take_all_reduce_seconds`](Self::take_all_reduce_seconds).
    pub(crate) all_reduce_seconds: f64,
}

impl DpSgd {
    /// A new optimiser at step 0. `wgsl` selects the WGSL kernels (wgpu devices) over the tensor
    /// operations (`cpu`).
    ///
    /// # Errors
    /// As [`DpSgdConfig::validate`].
    pub fn new(config: DpSgdConfig, device: &Device, wgsl: bool) -> Result<Self> {
        config.validate()?;
        let std = config.noise_multiplier * config.max_grad_norm;
        let secure = match config.secure_noise && std > 0.0 {
            true => Some(
                SecureNoise::new(std).map_err(|e| Error::invalid("noise_multiplier", std, e.to_string()))?,
            ),
            false => None,
        };
        Ok(DpSgd {
            config,
            device: device.clone(),
            wgsl,
            step: 0,
            adam: AdamState::default(),
            secure,
            checked: false,
            examples_checked: false,
            cost_model: if wgsl { CostModel::wgpu(false, None) } else { CostModel::cpu() },
            plans: HashMap::new(),
            last_plan: None,
            all_reduce_seconds: 0.0,
        })
    }

    /// Sets what `auto` plans with: the device's profile and limits and the memory budget
    /// (e.g. `CostModel::wgpu(adapter.is_software(), adapter.max_buffer_bytes)`). Without it,
    /// `cpu` or a generic GPU profile with no limits is assumed. Clears cached plans.
    pub fn set_cost_model(&mut self, mut model: CostModel) {
        // The fused conv kernel is one of dpgpu's WGSL kernels: off with them.
        model.fused_kernels &= self.wgsl;
        self.cost_model = model;
        self.plans.clear();
    }

    /// The per-layer plan of the last physical batch: `auto`'s choices and chunking, or what
    /// `vectorized` and `ghost` did in the same form; `None` before the first step and for
    /// `loop`.
    pub fn last_plan(&self) -> Option<&Plan> {
        self.last_plan.as_ref()
    }

    /// The plan for a physical batch of `batch` examples of `input`'s kind (`auto`'s choices,
    /// or the fixed choices of `vectorized` and `ghost`, with the chunking that fits the device),
    /// made once per batch size from a forward pass on one example (the layers' shapes).
    ///
    /// # Panics
    /// If `input` has no rows.
    pub fn plan_for<M: DpModel>(&mut self, model: &M, input: &M::Input, batch: usize) -> Plan {
        if let Some(plan) = self.plans.get(&batch) {
            return plan.clone();
        }
        let layers = layer_shapes(model, M::example(input, 0), &self.device);
        let plan = match self.config.strategy {
            Strategy::Vectorized | Strategy::Ghost => {
                Plan::fixed(&layers, batch, self.config.strategy == Strategy::Ghost, &self.cost_model)
            }
            _ => Plan::new(&layers, batch, &self.cost_model),
        };
        if !plan.fits {
            log::warn!(
                "the per-sample step is over its memory budget or buffer limit; it runs, and may run out of memory:\n{}",
                plan.render()
            );
        }
        if self.plans.len() >= 64 {
            self.plans.clear();
        }
        self.plans.insert(batch, plan.clone());
        plan
    }

    /// Replaces the noise key (a data-parallel run's workers all take worker 0's).
    pub(crate) fn set_noise_seed(&mut self, seed: u64) {
        self.config.noise_seed = seed;
    }

    /// Whether secure mode's host noise is on (it is drawn by one worker only).
    pub(crate) fn is_secure(&self) -> bool {
        self.secure.is_some()
    }

    /// Wall seconds this worker spent in the all-reduces of [`step_with`](Self::step_with)
    /// (reading the clipped sums back, summing them over the workers, uploading the result)
    /// since the last call; resets the count.
    pub fn take_all_reduce_seconds(&mut self) -> f64 {
        std::mem::take(&mut self.all_reduce_seconds)
    }

    /// Steps taken so far (the noise counter).
    pub fn steps_taken(&self) -> u64 {
        self.step
    }

    /// Sets the step counter, e.g. when resuming from a checkpoint.
    pub fn set_steps_taken(&mut self, steps: u64) {
        self.step = steps;
    }

    /// The configuration.
    pub fn config(&self) -> &DpSgdConfig {
        &self.config
    }

    /// Adam's step count and moments read back to the host (empty for SGD), for a checkpoint.
    ///
    /// # Errors
    /// [`Error::Backend`] if a moment cannot be read back.
    pub fn optimizer_state(&self) -> Result<AdamSnapshot> {
        self.adam.snapshot()
    }

    /// Restores Adam's step count and moments from [`optimizer_state`](Self::optimizer_state),
    /// keyed by the parameters' ids (which a model record keeps).
    pub fn restore_optimizer_state(&mut self, state: &AdamSnapshot) {
        self.adam = AdamState::restore(state, &self.device);
    }

    /// The σ to account for a model of `num_params` parameters: `noise_multiplier`, or in secure
    /// mode the smaller effective σ that covers the grid snapping's extra sensitivity
    /// ([`SecureNoise::effective_noise_multiplier`]).
    pub fn accounted_noise_multiplier(&self, num_params: usize) -> f64 {
        match &self.secure {
            Some(s) => s.effective_noise_multiplier(self.config.max_grad_norm, num_params),
            None => self.config.noise_multiplier,
        }
    }

    /// One DP-SGD step over a logical batch given as physical batches; returns the updated model
    /// and the summed loss of the real examples (a `[1]` tensor, not read back). The same as
    /// [`clip_and_sum`](Self::clip_and_sum) followed by [`release`](Self::release).
    ///
    /// Before the first step's update, the model is checked: no BatchNorm, and the forward pass
    /// used every trainable parameter through the tape. Every trainable parameter is noised at
    /// every step, also when `batches` is empty or a forward pass did not reach it (a zero sum).
    ///
    /// # Errors
    /// [`Error::Unsupported`] on the first step for a model with a BatchNorm layer or with a
    /// trainable parameter its forward pass never used (named; freeze it or call it through the
    /// tape); [`Error::Backend`] when secure mode finds a non-finite clipped sum (it releases
    /// nothing then) or its OS random number generator fails. A failed step is not counted.
    pub fn step<M: DpModel>(
        &mut self,
        model: M,
        batches: Vec<PhysicalBatch<M::Input>>,
    ) -> Result<(M, Tensor<1>)> {
        let (sum, loss) = self.clip_and_sum(&model, batches)?;
        Ok((self.release(model, sum)?, loss))
    }

    /// Phase 1 of a step: the clipped per-sample gradients of the physical batches, summed per
    /// parameter, and the summed loss of the real examples (`[1]`, not read back). Nothing is
    /// released and the step counter does not move.
    ///
    /// # Errors
    /// [`Error::Unsupported`] on the first call for a model with a BatchNorm layer or with a
    /// trainable parameter its forward pass never used (named).
    pub fn clip_and_sum<M: DpModel>(
        &mut self,
        model: &M,
        batches: Vec<PhysicalBatch<M::Input>>,
    ) -> Result<(ClippedSum, Tensor<1>)> {
        if !self.checked
            && let Some(path) = find_batch_norm(model)
        {
            return Err(Error::Unsupported(format!("{path}: {BATCH_NORM_REJECTED}")));
        }
        let mut acc = ClippedSum { sums: HashMap::new() };
        let mut loss = Tensor::<1>::zeros([1], &self.device);
        for (input, onehot, real) in batches {
            let (batch_loss, used) = self.clip_and_accumulate(model, input, onehot, real, &mut acc)?;
            if !self.checked {
                check_coverage(model, &used)?;
                self.checked = true;
            }
            loss = loss + batch_loss;
        }
        acc.cover(model, &self.device);
        Ok((acc, loss))
    }

    /// Phases 2-4 of a step, fused per parameter tensor: adds N(0, σ²C²) to `sum`, divides by
    /// the expected batch size and applies the configured SGD or Adam update to `model`; counts
    /// the step. `sum` comes from [`clip_and_sum`](Self::clip_and_sum), which gives every
    /// trainable parameter an entry (zero where no batch reached it), so every one is noised.
    ///
    /// # Errors
    /// Secure mode only: [`Error::Backend`] if a clipped sum holds a non-finite coordinate
    /// (nothing is released) or the OS random number generator fails. Not counted then.
    pub fn release<M: Module>(&mut self, model: M, sum: ClippedSum) -> Result<M> {
        let model = self.noisy_update(model, sum)?;
        self.step += 1;
        Ok(model)
    }

    /// Phases 2-3 of a step without the update: the privatised gradient
    /// g̃ = (Σ_i c_i g_i + N(0, σ²C²)) / qN of every trainable parameter of `model`, as Burn's
    /// [`GradientsParams`], for any `burn::optim` optimizer (`optim.step(lr, model, grads)`) and
    /// learning-rate scheduler; counts the step. The noise is the one [`release`](Self::release)
    /// would add at this step (same key, step and parameter-tensor counter), so a plain Burn SGD
    /// or Adam on g̃ equals the fused path. The configured `lr` and `optimizer` are not used.
    ///
    /// Burn's optimizers update parameters on an autodiff device (a model built on
    /// `device.autodiff()`, or `model.train()`); `model` may be on either kind of device.
    /// Anything the optimizer does to g̃ is post-processing and costs no privacy. A parameter
    /// shared by several fields (one `ParamId`) gets one gradient; Burn's optimizers update the
    /// first field that holds it.
    ///
    /// # Errors
    /// As [`release`](Self::release).
    ///
    /// # Shapes
    /// Each gradient has its parameter's shape.
    pub fn privatize<M: Module>(&mut self, model: &M, mut sum: ClippedSum) -> Result<GradientsParams> {
        let std = self.prepare_noise(&mut sum)?;
        let mut visitor = Privatize {
            noise: self.noise_key(std),
            sums: sum.sums,
            grads: GradientsParams::new(),
            next_tensor: 0,
        };
        model.visit(&mut visitor);
        self.step += 1;
        Ok(visitor.grads)
    }

    /// The noise of this step at standard deviation `std`.
    fn noise_key(&self, std: f32) -> StepNoise {
        StepNoise {
            seed: self.config.noise_seed,
            step: self.step,
            std,
            inv_batch: (1.0 / self.config.expected_batch_size) as f32,
            wgsl: self.wgsl,
        }
    }

    /// In secure mode, snaps `sum` to the grid and adds the discrete Gaussian noise on the host
    /// and returns 0 (the kernels then add none); otherwise returns σC, the kernels' noise std.
    ///
    /// # Errors
    /// Secure mode: [`Error::Backend`] for a non-finite clipped sum or a failing OS RNG.
    pub(crate) fn prepare_noise(&mut self, acc: &mut ClippedSum) -> Result<f32> {
        let Some(secure) = &self.secure else {
            return Ok((self.config.noise_multiplier * self.config.max_grad_norm) as f32);
        };
        for sum in acc.sums.values_mut() {
            let mut host = read_back(sum.clone(), "secure mode: a clipped sum")?;
            secure.add_noise(&mut host).map_err(|e| match e {
                SecureNoiseError::NonFinite(i) => Error::Backend(format!(
                    "secure mode, step {}: the clipped sum has a non-finite coordinate ({i}); \
                     nothing was released",
                    self.step
                )),
                other => Error::Backend(other.to_string()),
            })?;
            let n = host.len();
            *sum = Tensor::from_data(burn::tensor::TensorData::new(host, [n]), &self.device);
        }
        Ok(0.0)
    }

    /// Phase 1 for one physical batch: adds the clipped per-sample gradients into `acc`. Returns
    /// the summed loss and the trainable parameters the forward pass used.
    fn clip_and_accumulate<M: DpModel>(
        &mut self,
        model: &M,
        input: M::Input,
        onehot: Tensor<2>,
        real: usize,
        acc: &mut ClippedSum,
    ) -> Result<(Tensor<1>, Vec<ParamId>)> {
        let c = self.config.max_grad_norm as f32;
        let batch = onehot.dims()[0];
        if self.config.strategy != Strategy::Loop && !self.examples_checked && batch >= 2 {
            self.examples_stay_apart(model, &input, batch)?;
            self.examples_checked = true;
        }
        match self.config.strategy {
            Strategy::Vectorized | Strategy::Ghost | Strategy::Auto => {
                let fixed = match self.config.strategy {
                    Strategy::Vectorized => Some(Choices::PerSampleGrad),
                    Strategy::Ghost => Some(Choices::SizeRule),
                    _ => None,
                };
                if batch == 0 {
                    let choices = fixed.unwrap_or(Choices::SizeRule);
                    let (loss, used, _) = self.planned_chunk(model, input, onehot, choices, acc)?;
                    return Ok((loss, used));
                }
                // The plan's chunking (and for `auto` its choices): a batch whose per-sample
                // tensors would not fit the largest buffer or the memory budget runs in chunks.
                let plan = self.plan_for(model, &input, batch);
                let planned = plan.choices();
                let choices = fixed.unwrap_or(Choices::Plan(&planned));
                let mut loss = Tensor::<1>::zeros([1], &self.device);
                let mut used = Vec::new();
                for start in (0..batch).step_by(plan.chunk_size.max(1)) {
                    let end = (start + plan.chunk_size).min(batch);
                    let (part, rows) = if end - start == batch {
                        (input.clone(), onehot.clone())
                    } else {
                        (input.rows(start..end), onehot.clone().slice([start..end]))
                    };
                    let (l, u, shapes) = self.planned_chunk(model, part, rows, choices, acc)?;
                    loss = loss + l;
                    used = u;
                    // A forward pass whose layers differ from the planned ones (another sequence
                    // length, say) is planned afresh next time; any plan gives exact norms.
                    if plan.layers.iter().map(|l| &l.shape).ne(shapes.iter()) {
                        self.plans.remove(&batch);
                    }
                }
                self.last_plan = Some(plan);
                Ok((loss, used))
            }
            Strategy::Loop => {
                // Every trainable parameter as an autodiff leaf, so that one used outside the
                // tape (a layer without a per-sample rule) gets its gradient from Burn's autodiff.
                let tracked = model.clone().train();
                let mut total = Tensor::<1>::zeros([1], &self.device);
                let mut used = Vec::new();
                for i in 0..real {
                    let mut tape = Tape::new(TapeMode::Params, &self.device);
                    let logits = tracked.forward(&mut tape, M::example(&input, i));
                    let row = onehot.clone().slice([i..i + 1]).autodiff();
                    let loss = tracked.loss(logits, row);
                    let grads = tape.backward(loss.clone());
                    let mut summed: Vec<(ParamId, Tensor<1>)> =
                        tape.summed_grads(&grads).into_iter().map(|g| (g.id, g.grad)).collect();
                    used = tape.used_params().to_vec();
                    for (id, g) in direct_grads(&tracked, &grads) {
                        match summed.iter_mut().find(|(s, _)| *s == id) {
                            Some((_, sum)) => *sum = sum.clone() + g,
                            None => summed.push((id, g)),
                        }
                        if !used.contains(&id) {
                            used.push(id);
                        }
                    }
                    let mut sq = Tensor::<1>::zeros([1], &self.device);
                    for (_, g) in &summed {
                        sq = kernels::sq_norms(g.clone().unsqueeze_dim(0), sq, self.wgsl);
                    }
                    let factor = kernels::clip_factors(sq, c, self.wgsl);
                    for (id, g) in summed {
                        acc.add(
                            id,
                            kernels::clip_and_accumulate(g.unsqueeze_dim(0), factor.clone(), self.wgsl),
                        );
                    }
                    total = total + loss.without_autodiff();
                }
                // A logical batch with no real example still needs every parameter's entry.
                if real == 0 {
                    let mut tape = Tape::new(TapeMode::Params, &self.device);
                    let logits = tracked.forward(&mut tape, M::example(&input, 0));
                    let grads = tape.backward(tracked.loss(logits, onehot.slice([0..1]).autodiff()));
                    for g in tape.summed_grads(&grads) {
                        acc.add(g.id, g.grad.zeros_like());
                    }
                    used = tape.used_params().to_vec();
                    for (id, g) in direct_grads(&tracked, &grads) {
                        acc.add(id, g.zeros_like());
                        used.push(id);
                    }
                }
                Ok((total, used))
            }
        }
    }

    /// One batched forward and backward pass with per-sample norms and clipped sums per layer
    /// as `choices` says: kept per-sample gradients through the norm and clip-and-accumulate
    /// kernels, the other layers by their norm rule and book-keeping. Returns the summed loss,
    /// the parameters used and the layers' shapes.
    fn planned_chunk<M: DpModel>(
        &self,
        model: &M,
        input: M::Input,
        onehot: Tensor<2>,
        choices: Choices,
        acc: &mut ClippedSum,
    ) -> Result<(Tensor<1>, Vec<ParamId>, Vec<LayerShape>)> {
        let batch = onehot.dims()[0];
        let mut tape = Tape::new(TapeMode::Probe, &self.device);
        let logits = model.forward(&mut tape, input);
        tape.check_examples_on_dim0(batch)?;
        let loss = model.loss(logits, onehot.autodiff());
        let grads = tape.backward(loss.clone());
        let (mut sq, kept) = tape.planned_norms(&grads, batch, choices);
        for s in &kept {
            sq = kernels::sq_norms(s.grad_sample.clone(), sq, self.wgsl);
        }
        let factors = kernels::clip_factors(sq, self.config.max_grad_norm as f32, self.wgsl);
        for s in kept {
            acc.add(s.id, kernels::clip_and_accumulate(s.grad_sample, factors.clone(), self.wgsl));
        }
        for g in tape.planned_clipped_sums(&grads, factors, choices) {
            acc.add(g.id, g.grad);
        }
        Ok((loss.without_autodiff(), tape.used_params().to_vec(), tape.layer_shapes()))
    }

    /// Checks, once, that the model keeps examples apart up to each recorded layer: with example
    /// 0's input replaced by example 1's, the recorded inputs of the other examples must not
    /// change (dropout off: the model in Burn's validation mode). A model that mixes examples
    /// before a layer with parameters (a time-major layout, batch statistics, a reshape across
    /// the batch) would have its per-sample rules clip mixtures, not examples.
    ///
    /// # Errors
    /// [`Error::Unsupported`] naming the first layer whose other rows changed.
    fn examples_stay_apart<M: DpModel>(&self, model: &M, input: &M::Input, batch: usize) -> Result<()> {
        let plain = model.valid();
        type Rows = Vec<(String, Vec<f32>, f32)>;
        let rows = |x: M::Input| -> Result<Rows> {
            let mut tape = Tape::new(TapeMode::Probe, &self.device);
            let _ = plain.forward(&mut tape, x);
            tape.check_examples_on_dim0(batch)?;
            // Rows 1 and 2 are enough: a mixture reaches every row, a merged dimension row 1.
            let others = 1..batch.min(3);
            // A failed read is an error, not an empty (and so "unchanged") row.
            let host = |t: Tensor<2>| {
                let n = t.dims().iter().product::<usize>();
                read_back(t.reshape([n]), "a layer's input rows for the examples-apart check")
            };
            tape.capture_rows()
                .into_iter()
                .map(|(name, r)| {
                    let scale = host(r.clone().abs().max().reshape([1, 1]))?.first().copied().unwrap_or(0.0);
                    Ok((name, host(r.slice([others.clone()]))?, scale))
                })
                .collect()
        };
        let original = rows(input.clone())?;
        let changed = rows(input.copy_row(1, 0))?;
        for ((name, a, scale), (_, b, _)) in original.into_iter().zip(changed) {
            let tolerance = 1e-5 * scale.abs().max(f32::MIN_POSITIVE);
            let same =
                |(x, y): (&f32, &f32)| x == y || (x.is_nan() && y.is_nan()) || (x - y).abs() <= tolerance;
            if a.len() != b.len() || !a.iter().zip(&b).all(same) {
                return Err(Error::Unsupported(format!(
                    "{name}: the inputs of examples 1.. changed when only example 0 changed, so the \
                     model mixes examples before this layer; {EXAMPLES_ON_DIM0}"
                )));
            }
        }
        Ok(())
    }

    /// Phases 2-4, fused per parameter tensor (SGD or Adam).
    ///
    /// # Errors
    /// As [`prepare_noise`](Self::prepare_noise).
    fn noisy_update<M: Module>(&mut self, model: M, mut acc: ClippedSum) -> Result<M> {
        let std = self.prepare_noise(&mut acc)?;
        Ok(self.update(model, acc, std))
    }

    /// Phases 3-4 and the Philox noise at `std` (0 when [`prepare_noise`](Self::prepare_noise)
    /// already added secure mode's), fused per parameter tensor (SGD or Adam). Does not count
    /// the step.
    pub(crate) fn update<M: Module>(&mut self, model: M, acc: ClippedSum, std: f32) -> M {
        let noise = self.noise_key(std);
        let adam = match self.config.optimizer {
            DpOptimizer::Sgd => None,
            DpOptimizer::Adam { beta1, beta2, eps } => {
                self.adam.begin_step();
                Some((&mut self.adam, (beta1, beta2), eps))
            }
        };
        let mut mapper = Update {
            adam,
            updates: acc.sums,
            done: HashMap::new(),
            next_tensor: 0,
            noise,
            lr: self.config.lr as f32,
        };
        model.map(&mut mapper)
    }
}

/// `t` read back to the host.
///
/// # Errors
/// [`Error::Backend`] naming `what` if the device cannot read it back.
pub(crate) fn read_back(t: Tensor<1>, what: &str) -> Result<Vec<f32>> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| Error::Backend(format!("reading {what} back: {e:?}")))
}

/// The noise of one step: its key (seed, step), its standard deviation and the public divisor.
#[derive(Clone, Copy)]
struct StepNoise {
    seed: u64,
    step: u64,
    std: f32,
    inv_batch: f32,
    wgsl: bool,
}

impl StepNoise {
    /// The noise of the `tensor_id`-th float parameter in the module's order.
    fn spec(&self, tensor_id: u32) -> NoiseSpec {
        NoiseSpec { seed: self.seed, step: self.step, tensor_id, std: self.std }
    }
}

/// Registers g̃ = (summed + noise) · inv_batch for every parameter with a clipped sum, counting
/// parameter tensors as [`Update`] does (every float parameter, in the module's order).
struct Privatize {
    noise: StepNoise,
    sums: HashMap<ParamId, Tensor<1>>,
    grads: GradientsParams,
    next_tensor: u32,
}

impl ModuleVisitor for Privatize {
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let tensor_id = self.next_tensor;
        self.next_tensor += 1;
        let Some(summed) = self.sums.remove(&param.id) else {
            return;
        };
        let noise = self.noise.spec(tensor_id);
        // θ − lr·g̃ with θ = 0 and lr = −1 is g̃ itself, from the same kernel as the fused step.
        let g = kernels::noisy_sgd(
            summed.zeros_like(),
            summed,
            noise,
            self.noise.inv_batch,
            -1.0,
            self.noise.wgsl,
        );
        self.grads.register::<D>(param.id, g.reshape(param.dims()));
    }
}

/// Applies `param - lr * (summed + noise) * inv_batch` to every parameter with an update. The
/// noise's parameter-tensor counter is the parameter's position in the module's own order, so
/// every strategy draws the same noise.
///
/// A parameter that appears in several fields of the module (weights tied by cloning a module:
/// one `ParamId`) is updated once, and every field gets that one result.
struct Update<'a> {
    adam: Option<(&'a mut AdamState, (f64, f64), f64)>,
    updates: HashMap<ParamId, Tensor<1>>,
    done: HashMap<ParamId, Tensor<1>>,
    next_tensor: u32,
    noise: StepNoise,
    lr: f32,
}

impl ModuleMapper for Update<'_> {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let tensor_id = self.next_tensor;
        self.next_tensor += 1;
        if let Some(updated) = self.done.get(&param.id) {
            let updated = updated.clone();
            return param.map(|t| updated.reshape(t.dims()));
        }
        let Some(summed) = self.updates.remove(&param.id) else {
            return param;
        };
        let noise = self.noise.spec(tensor_id);
        let (inv_batch, lr, wgsl) = (self.noise.inv_batch, self.lr, self.noise.wgsl);
        let id = param.id;
        let adam = self.adam.as_mut();
        let param = param.map(|t| {
            let dims = t.dims();
            let n: usize = dims.iter().product();
            let flat = match adam {
                Some((state, betas, eps)) => {
                    state.update(id, t.reshape([n]), summed, noise, inv_batch, lr as f64, *betas, *eps, wgsl)
                }
                None => kernels::noisy_sgd(t.reshape([n]), summed, noise, inv_batch, lr, wgsl),
            };
            flat.reshape(dims)
        });
        let n: usize = param.dims().iter().product();
        self.done.insert(id, param.val().reshape([n]));
        param
    }
}

/// `auto`'s per-layer plan for `model` at a physical batch of `batch` examples on a device
/// described by `cost`, from the layers' shapes in one forward pass of `example` (a batch of
/// one, e.g. `[1, 1, 28, 28]`; its values do not matter).
pub fn plan_model<M: DpModel>(
    model: &M,
    example: M::Input,
    batch: usize,
    cost: &CostModel,
    device: &Device,
) -> Plan {
    Plan::new(&layer_shapes(model, example, device), batch, cost)
}

/// The per-sample layers of `model` in forward order, from one forward pass of `example`
/// under a probing tape.
fn layer_shapes<M: DpModel>(model: &M, example: M::Input, device: &Device) -> Vec<LayerShape> {
    let mut tape = Tape::new(TapeMode::Probe, device);
    let _ = model.forward(&mut tape, example);
    tape.layer_shapes()
}

/// One non-private SGD step on the mean loss over the real examples (the paper's baseline):
/// θ ← θ − lr · ∇ (1/n Σ_i loss_i). Returns the updated model and the summed loss.
pub fn sgd_step<M: DpModel>(
    model: M,
    batch: PhysicalBatch<M::Input>,
    lr: f64,
    device: &Device,
    wgsl: bool,
) -> (M, Tensor<1>) {
    let (input, onehot, real) = batch;
    let mut tape = Tape::new(TapeMode::Params, device);
    let logits = model.forward(&mut tape, input);
    let loss = model.loss(logits, onehot.autodiff());
    let grads = tape.backward(loss.clone());
    let mut mapper = Update {
        adam: None,
        updates: tape.summed_grads(&grads).into_iter().map(|g| (g.id, g.grad)).collect(),
        done: HashMap::new(),
        next_tensor: 0,
        noise: StepNoise { seed: 0, step: 0, std: 0.0, inv_batch: 1.0 / real.max(1) as f32, wgsl },
        lr: lr as f32,
    };
    (model.map(&mut mapper), loss.without_autodiff())
}
