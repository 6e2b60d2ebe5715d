//! DP-SGD inside burn-train's `Learner` (the `learner` feature): a Burn model built from
//! [`crate::nn`] layers is wrapped in [`Private`], whose training step is a DP step, and trained
//! with burn-train as any Burn model is: `SupervisedTraining`, any `burn::optim` optimizer and
//! learning-rate scheduler, metrics, the dashboard, checkpoints.
//!
//! - [`Private`]: the model plus its [`PrivacyEngine`]. Its `TrainStep` takes one Poisson-sampled
//!   logical batch ([`DpBatch`]), clips each example's gradient to `max_grad_norm`, sums, adds
//!   N(0, σ²C²) once and divides by the expected batch size qN ([`PrivacyEngine::privatize`]);
//!   the Learner's optimizer applies the result. Its `InferenceStep` is the model's own (the
//!   plain forward pass, for accuracy and loss on held-out data).
//! - [`PoissonDataLoader`]: a burn `DataLoader` over any burn `Dataset` that draws each logical
//!   batch by Poisson sampling at the engine's `sample_rate` (a key from the OS CSPRNG) and cuts
//!   it into padded physical batches; one epoch is ⌈1/q⌉ steps.
//! - [`EpsilonMetric`]: ε in the dashboard and the metric logs (during an epoch, ε as of the
//!   epoch's end, an upper bound on what is spent so far; at its end, exact).
//! - The account (steps, σ, q) is part of the model's record, so burn-train's checkpoints carry
//!   it, and a run resumed from a checkpoint (`SupervisedTraining::checkpoint(epoch)`) continues
//!   ε from the checkpoint's step; the noise after a resume is keyed afresh.
//!
//! The training item carries ε only: a loss or accuracy computed on the private training batches
//! has no noise and is not covered by ε, so dpgpu does not put it in burn-train's logs. Watch the
//! validation metrics instead. Train on one device: under burn-train's multi-device strategies
//! each device takes whole DP steps (each counted in ε) and the Learner sums them into one
//! update, as gradient accumulation does, so the update is that many times larger. Use a fresh artifact folder per run
//! (burn-train's summary reads every epoch's logs in it). burn-train's `experiment.log` times
//! every iteration, and a step's time grows with the size of its Poisson sample, which DP-SGD
//! does not hide (as in Opacus): keep that log with the private data, or turn the application
//! logger off (`with_application_logger(None)`).
//!
//! ```ignore
//! let model = Private::new(model.clone(), PrivacyEngine::new(config, train.len(), &dev, &model)?)?;
//! // The training loop's own batcher; the closure takes its batch apart into input and classes.
//! let loader = PoissonDataLoader::new(train, MnistBatcher, |b: MnistBatch| (b.images, b.targets), 10, &model)?;
//! let valid = DataLoaderBuilder::new(MnistBatcher).batch_size(1000).build(test);
//! let result = SupervisedTraining::new("runs/guide", Arc::new(loader), valid)
//!     .metric_train_numeric(EpsilonMetric::new())
//!     .metric_valid_numeric(AccuracyMetric::new())  // held-out data only (see above)
//!     .metric_valid_numeric(LossMetric::new())
//!     .with_default_checkpointers()
//!     .num_epochs(5)
//!     .launch(Learner::new(model, AdamConfig::new().init(), 1e-3));
//! ```

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use burn::module::{Module, Param};
use burn::tensor::{Int, Tensor, TensorData};
use burn_train::{InferenceStep, TrainOutput, TrainStep};

use crate::engine::privacy_engine::PrivacyEngine;
use crate::error::{Error, Result};
use crate::nn::BurnModel;
use crate::privacy::accountant::{AccountantKind, Segment, epsilon};

mod data;
mod loader;
mod metric;

pub use data::{DatasetBatcher, Example};
pub use loader::{DpBatch, PoissonDataLoader};
pub use metric::EpsilonMetric;

/// A batch for the model and its labels: what [`DatasetBatcher`] gives for dpgpu's datasets.
///
/// # Shapes
/// - `input`: the model's input with the batch first, e.g. images `[batch, 1, 28, 28]`
/// - `targets`: class indices `[batch]`, in `0..num_classes`
#[derive(Clone, Debug)]
pub struct LabeledBatch<I> {
    /// The model input for the batch.
    pub input: I,
    /// Class index of each example, `[batch]`.
    pub targets: Tensor<1, Int>,
}

impl<I> LabeledBatch<I> {
    /// `(input, targets)`: what [`PoissonDataLoader::new`] takes a batch apart into.
    pub fn into_parts(self) -> (I, Tensor<1, Int>) {
        (self.input, self.targets)
    }
}

/// The [`PrivacyEngine`] shared by every clone of a [`Private`] model (the Learner clones the
/// model at every step).
#[derive(Clone)]
struct SharedEngine(Arc<Mutex<PrivacyEngine>>);

impl fmt::Debug for SharedEngine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `try_lock`: the model may be printed while a step holds the engine.
        let Ok(engine) = self.0.try_lock() else { return write!(f, "PrivacyEngine(in a step)") };
        let c = engine.config();
        write!(
            f,
            "PrivacyEngine(noise_multiplier {}, max_grad_norm {}, sample_rate {}, steps {})",
            c.noise_multiplier,
            c.max_grad_norm,
            c.sample_rate,
            engine.steps()
        )
    }
}

impl SharedEngine {
    fn lock(&self) -> MutexGuard<'_, PrivacyEngine> {
        // A panic inside a DP step leaves the engine as it was before the step's release.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A Burn model trained by DP-SGD in burn-train's `Learner`; see the module docs.
///
/// Fields: the user's `model`; `account`, a parameter-free record entry `[13]` of 16-bit chunks
/// (format, steps, σ and q as IEEE-754 bits) that checkpoints carry; the engine (not recorded:
/// its noise key is secret and is never written).
#[derive(Module, Debug)]
pub struct Private<M: BurnModel> {
    /// The model being trained.
    pub model: M,
    account: Param<Tensor<1, Int>>,
    #[module(skip)]
    engine: SharedEngine,
}

const ACCOUNT_FORMAT: i64 = 1;
const ACCOUNT_LEN: usize = 13;

/// What the record says about privacy: steps taken, σ and q.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Account {
    steps: u64,
    noise_multiplier: f64,
    sample_rate: f64,
}

impl Account {
    fn of(engine: &PrivacyEngine) -> Self {
        let c = engine.config();
        Account { steps: engine.steps(), noise_multiplier: c.noise_multiplier, sample_rate: c.sample_rate }
    }

    /// `[13]`: the format, then steps, σ's and q's bits, each as four 16-bit chunks (exact in any
    /// integer type a backend stores).
    fn encode(self) -> Vec<i64> {
        let mut out = vec![ACCOUNT_FORMAT];
        for word in [self.steps, self.noise_multiplier.to_bits(), self.sample_rate.to_bits()] {
            out.extend((0..4).map(|k| ((word >> (16 * k)) & 0xffff) as i64));
        }
        out
    }

    fn decode(values: &[i64]) -> Option<Self> {
        if values.len() != ACCOUNT_LEN || values[0] != ACCOUNT_FORMAT {
            return None;
        }
        let word = |at: usize| {
            (0..4).try_fold(0u64, |w, k| {
                let chunk = values[at + k];
                (0..=0xffff).contains(&chunk).then_some(w | ((chunk as u64) << (16 * k)))
            })
        };
        Some(Account {
            steps: word(1)?,
            noise_multiplier: f64::from_bits(word(5)?),
            sample_rate: f64::from_bits(word(9)?),
        })
    }

    fn tensor(self, device: &burn::tensor::Device) -> Param<Tensor<1, Int>> {
        let data = TensorData::new(self.encode(), [ACCOUNT_LEN]);
        Param::initialized(burn::module::ParamId::new(), Tensor::<1, Int>::from_data(data, device))
    }
}

impl<M: BurnModel> Private<M> {
    /// `model` trained with `engine` (built for this model, the training set's size and the
    /// loader's `sample_rate`), put in training mode on an autodiff device
    /// (`Module::train`). A fresh engine starts the account at 0 steps; a model record from
    /// a burn-train checkpoint brings its own account.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `model` if it has no parameters (no device to hold the
    /// account on).
    pub fn new(model: M, engine: PrivacyEngine) -> Result<Self> {
        // On the autodiff twin of its device, in training mode: what Burn's optimizers update
        // (the Learner's fork does not make a lazily initialised parameter trainable).
        let model = model.train();
        let device = model
            .devices()
            .into_iter()
            .next()
            .ok_or_else(|| Error::invalid("model", "no parameters", "a model with parameters"))?;
        let account = Account::of(&engine).tensor(&device);
        Ok(Private { model, account, engine: SharedEngine(Arc::new(Mutex::new(engine))) })
    }

    /// ε spent so far at the engine's δ ([`PrivacyEngine::epsilon`]), counting the steps of the
    /// model's record (a loaded checkpoint's) when they are more than the engine's.
    ///
    /// # Errors
    /// As [`PrivacyEngine::epsilon`]; [`Error::InvalidParameter`] naming `checkpoint` when the
    /// record's account is damaged or from another σ or q.
    pub fn epsilon(&self) -> Result<f64> {
        self.synced()?.epsilon()
    }

    /// DP steps taken (the engine's, or the record's when it is ahead).
    ///
    /// # Errors
    /// As [`epsilon`](Self::epsilon).
    pub fn steps(&self) -> Result<u64> {
        Ok(self.synced()?.steps())
    }

    /// Runs `f` on the engine (its configuration, plan, or [`PrivacyEngine::save`]).
    pub fn with_engine<T>(&self, f: impl FnOnce(&PrivacyEngine) -> T) -> T {
        f(&self.engine.lock())
    }

    /// The same model with `account` as its record's account.
    fn with_account(mut self, account: Account) -> Self {
        let device = self.account.val().device();
        self.account = account.tensor(&device);
        self
    }

    /// The trained model, without the engine.
    pub fn into_inner(self) -> M {
        self.model
    }

    /// The account this model's record holds.
    fn recorded_account(&self) -> Option<Account> {
        let data = self.account.val().into_data().convert::<i64>();
        Account::decode(&data.try_to_vec::<i64>().ok()?)
    }

    /// The engine, brought up to the record's account: a loaded checkpoint's record may be
    /// ahead of a fresh engine, and then the engine continues from its step count with a fresh
    /// noise key, so no (key, step) pair is used twice. The count never goes back: a record
    /// behind the engine (a stale clone, gradient accumulation, an older checkpoint loaded in
    /// the same process) leaves it as it is, so every step this engine took stays in ε.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `checkpoint` when the record holds no account or one
    /// made with another σ or q (ε would be wrong); [`Error::Backend`] from the OS random number
    /// generator.
    fn synced(&self) -> Result<MutexGuard<'_, PrivacyEngine>> {
        let mut engine = self.engine.lock();
        let ours = Account::of(&engine);
        let recorded = self.recorded_account().ok_or_else(|| {
            let expected = "the account a dpgpu::learner::Private record holds";
            Error::invalid("checkpoint", "a record without a privacy account (or a damaged one)", expected)
        })?;
        if (recorded.noise_multiplier, recorded.sample_rate) != (ours.noise_multiplier, ours.sample_rate) {
            let value = format!(
                "noise_multiplier {} and sample_rate {}",
                recorded.noise_multiplier, recorded.sample_rate
            );
            let expected = format!(
                "made with this engine's noise_multiplier {} and sample_rate {} (else ε would be wrong; build the engine with the checkpoint's)",
                ours.noise_multiplier, ours.sample_rate
            );
            return Err(Error::invalid("checkpoint", value, expected));
        }
        if recorded.steps > ours.steps {
            engine.continue_from(recorded.steps)?;
        }
        Ok(engine)
    }
}

/// One DP step's item for burn-train's metrics: what ε follows from (no loss: see the module
/// docs). The accountant runs only when [`epsilon`](Self::epsilon) is called: the tight
/// accountant takes a noticeable fraction of a second, too long to run at every step
/// ([`EpsilonMetric`] runs it about once per epoch).
#[derive(Clone, Debug)]
pub struct DpTrainOutput {
    /// σ (secure mode's effective σ), q and the steps taken, this one included.
    pub segment: Segment,
    /// The engine's accountant.
    pub accountant: AccountantKind,
    /// The engine's δ.
    pub delta: f64,
}

impl DpTrainOutput {
    /// Steps taken, this one included.
    pub fn steps(&self) -> u64 {
        self.segment.steps
    }

    /// ε spent after this step at [`delta`](Self::delta) (`f64::INFINITY` when σ is 0).
    ///
    /// # Errors
    /// From the accountant.
    pub fn epsilon(&self) -> Result<f64> {
        self.epsilon_after(self.steps())
    }

    /// ε that `steps` steps of this run spend (e.g. by the end of the epoch).
    ///
    /// # Errors
    /// From the accountant.
    pub fn epsilon_after(&self, steps: u64) -> Result<f64> {
        if self.segment.noise_multiplier == 0.0 {
            return Ok(f64::INFINITY);
        }
        let segment = Segment { steps, ..self.segment.clone() };
        Ok(epsilon(self.accountant, &[segment], self.delta)?.0)
    }
}

impl burn_train::ItemLazy for DpTrainOutput {
    fn sync(self) -> std::result::Result<Self, burn::tensor::ExecutionError> {
        Ok(self)
    }
}

impl<M> TrainStep for Private<M>
where
    M: BurnModel + burn::module::ModuleDisplay + 'static,
    M::Input: Send + 'static,
{
    type Input = DpBatch<M::Input>;
    type Output = DpTrainOutput;

    /// A DP step on one logical batch: the privatised gradient for the Learner's optimizer.
    ///
    /// # Panics
    /// burn-train's step has no error channel, so a step that cannot be taken panics with the
    /// reason: a layer without a per-sample rule (named; the `loop` strategy takes it), a BatchNorm,
    /// a record whose account disagrees with the engine (see [`Private::epsilon`]'s errors).
    fn step(&self, item: DpBatch<M::Input>) -> TrainOutput<DpTrainOutput> {
        let mut engine = self.synced().unwrap_or_else(|e| panic!("dpgpu: {e}"));
        let (grads, _loss) = engine
            .privatize(&self.model, item.batches)
            .unwrap_or_else(|e| panic!("dpgpu: DP step failed: {e}"));
        let (accountant, delta) = (engine.config().accountant, engine.config().delta);
        TrainOutput {
            grads,
            item: DpTrainOutput { segment: engine.segment(engine.steps()), accountant, delta },
        }
    }

    /// burn-train's sharded multi-device update: as [`optimize`](TrainStep::optimize), the
    /// account written after it. Every device's DP steps were counted by the shared engine.
    fn optimize_multi(
        self,
        optim: &mut burn::optim::ModuleOptimizer,
        lr: burn::optim::lr_scheduler::module_lr_scheduler::ModuleLearningRate,
        grads: burn::optim::MultiGradientsParams,
    ) -> Self {
        let account = Account::of(&self.engine.lock());
        optim.step_multi(lr, self, grads).with_account(account)
    }

    fn optimize(
        self,
        optim: &mut burn::optim::ModuleOptimizer,
        lr: burn::optim::lr_scheduler::module_lr_scheduler::ModuleLearningRate,
        grads: burn::optim::GradientsParams,
    ) -> Self {
        let account = Account::of(&self.engine.lock());
        optim.step(lr, self, grads).with_account(account)
    }
}

/// Validation is the model's own `InferenceStep` (the plain forward pass, outside any DP step).
impl<M> InferenceStep for Private<M>
where
    M: BurnModel + InferenceStep + burn::module::ModuleDisplay + 'static,
{
    type Input = <M as InferenceStep>::Input;
    type Output = <M as InferenceStep>::Output;

    fn step(&self, item: Self::Input) -> Self::Output {
        InferenceStep::step(&self.model, item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_survives_its_encoding_and_refuses_damage() {
        let account =
            Account { steps: 1 << 40 | 12345, noise_multiplier: 1.1, sample_rate: 256.0 / 60_000.0 };
        let mut values = account.encode();
        assert_eq!(Account::decode(&values), Some(account));
        values[3] = 70_000;
        assert_eq!(Account::decode(&values), None);
        assert_eq!(Account::decode(&values[..12]), None);
    }
}
