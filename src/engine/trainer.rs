//! `dpgpu train`: DP-SGD (or plain SGD with `dp = false`) on a real dataset, with Poisson
//! sampling, ε reported after each epoch by the RDP accountant, and a JSON run record plus the
//! trained model written to the output folder after every epoch (atomically).

use std::path::{Path, PathBuf};
use std::time::Instant;

use burn::tensor::{Device, Tensor};
use serde::{Deserialize, Serialize};

use crate::data::sampler::{PoissonSampler, physical_batch_size, physical_batches};
use crate::data::{Dataset, InputKind};
use crate::device::ComputeDevice;
use crate::distributed::agreement::{
    Digest32, broadcast_from_zero, check_agreement, digest, digest_values, parameter_digest,
    parameters_from_zero,
};
use crate::distributed::{Collective, SingleProcess, rank_slice, shared_sampling_key};
use crate::engine::checkpoint::Checkpoint;
use crate::engine::datasets::{adult_data, image_data, imdb_data};
use crate::engine::dpsgd::{DpSgd, DpSgdConfig, Strategy, sgd_step};
pub use crate::engine::record::NoiseKeyRecord;
use crate::engine::record::save;
pub use crate::engine::record::{EpochRecord, RunRecord};
use crate::error::{Error, Result};
use crate::grad_sample::{Tape, TapeMode};
use crate::kernels::dispatch::count_dispatches;
use crate::models::{Cifar10Cnn, DpModel, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn, ModelKind};
use crate::privacy::accountant::{AccountantKind, RdpAccountant, epsilon, get_noise_multiplier};
use crate::privacy::keys::{self, NoiseKeySource};
use crate::privacy::secure::SecureNoise;

/// Everything `dpgpu train` takes; stored verbatim in the run record as `args`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    /// Model name (`logreg`, `ffnn`, `mnist`, `embed`, `lstm`, `cifar10`).
    pub model: String,
    /// Dataset name (default: the model's, see [`ModelKind::datasets`]).
    pub dataset: Option<String>,
    /// Folder with the dataset files (default: `data/<dataset>` in the source tree).
    pub data_dir: Option<PathBuf>,
    /// Random data of the dataset's shapes, 2 x batch_size examples (SPEC B§3.2).
    pub dummy_data: bool,
    /// Number of epochs (each `ceil(N / batch_size)` steps).
    pub epochs: usize,
    /// Expected logical batch size qN (Poisson sampling with q = batch_size / N).
    pub batch_size: usize,
    /// σ, noise std as a multiple of `max_grad_norm`.
    pub noise_multiplier: f64,
    /// C, per-sample L2 clipping norm.
    pub max_grad_norm: f64,
    /// SGD learning rate.
    pub lr: f64,
    /// δ of the reported (ε, δ).
    pub delta: f64,
    /// The accountant whose ε is reported (and used for calibration).
    pub accountant: AccountantKind,
    /// If set, σ is calibrated before training to the smallest value whose ε after all epochs
    /// does not exceed this; `noise_multiplier` is then ignored.
    pub target_epsilon: Option<f64>,
    /// Seed of the weights' initialisation (and of `--dummy-data`). Public: it keys neither
    /// the noise nor the batches.
    pub seed: u64,
    /// Key of the noise and the Poisson sampler (`--noise-seed`), for a reproducible DP run;
    /// `None` (the default) draws a fresh key from the OS CSPRNG. Never serialised: it is not in
    /// `run.json` or `checkpoint.json`; a checkpointed run keeps it in the owner-only key file
    /// ([`crate::privacy::keys`]).
    #[serde(skip)]
    pub noise_seed: Option<u64>,
    /// Per-sample strategy (`auto` unless set).
    pub grad_sample: Strategy,
    /// Cap on the memory of the per-sample step, MiB (`--max-memory-mib`): `auto` plans within
    /// it and splits physical batches into chunks when it must. `None`: no cap beyond the
    /// device's largest buffer. Only with [`Strategy::Auto`] (the fixed strategies hold what they
    /// hold: [`TrainConfig::validate`] refuses the pair).
    #[serde(default)]
    pub max_memory_mib: Option<u64>,
    /// False for `--no-dp` (non-private SGD on the mean loss; no ε).
    pub dp: bool,
    /// Physical batch size (default: mean + 2 sd of the logical batch size).
    pub physical_batch_size: Option<usize>,
    /// Folder for `run.json` and `model.bpk` (none: nothing written).
    pub out: Option<PathBuf>,
    /// Use only the first this many training examples (quick runs; default all).
    pub train_examples: Option<usize>,
    /// Use only the first this many test examples (default all).
    pub test_examples: Option<usize>,
    /// Write a checkpoint to `out` every this many steps (and at every epoch end).
    pub checkpoint_every: Option<u64>,
    /// Secure mode: OS-random batches and discrete Gaussian noise (see [`DpSgdConfig::secure_noise`]).
    #[serde(default)]
    pub secure_noise: bool,
}

/// `data/<dataset>` under the working directory if it exists, else in the source tree the binary
/// was built from (where `data/` ships with the repository).
pub fn default_data_dir(dataset: &str) -> PathBuf {
    let local = Path::new("data").join(dataset);
    if local.is_dir() { local } else { Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(dataset) }
}

impl Default for TrainConfig {
    /// The MNIST CNN with the paper's DP-SGD settings (σ 1.1, C 1, lr 0.15, batch 256), 12 epochs,
    /// δ 1e-5, the PRV accountant, seed 42, the `auto` per-layer plan, nothing written.
    fn default() -> Self {
        TrainConfig {
            model: "mnist".into(),
            dataset: None,
            data_dir: None,
            dummy_data: false,
            epochs: 12,
            batch_size: 256,
            noise_multiplier: 1.1,
            max_grad_norm: 1.0,
            lr: 0.15,
            delta: 1e-5,
            accountant: AccountantKind::Prv,
            target_epsilon: None,
            seed: 42,
            noise_seed: None,
            grad_sample: Strategy::Auto,
            max_memory_mib: None,
            dp: true,
            physical_batch_size: None,
            out: None,
            train_examples: None,
            test_examples: None,
            checkpoint_every: None,
            secure_noise: false,
        }
    }
}

impl TrainConfig {
    /// Checks the flags that do not need the data.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming the first bad flag.
    pub fn validate(&self) -> Result<()> {
        self.model.parse::<ModelKind>()?;
        self.dataset_name()?;
        if self.epochs == 0 {
            return Err(Error::invalid("epochs", 0, "at least 1"));
        }
        if self.batch_size == 0 {
            return Err(Error::invalid("batch_size", 0, "at least 1"));
        }
        if !(self.delta > 0.0 && self.delta < 1.0) {
            return Err(Error::invalid("delta", self.delta, "in (0, 1)"));
        }
        if self.train_examples == Some(0) {
            return Err(Error::invalid("train_examples", 0, "at least 1"));
        }
        if self.test_examples == Some(0) {
            return Err(Error::invalid("test_examples", 0, "at least 1"));
        }
        if let Some(mib) = self.max_memory_mib
            && !(1..=1 << 40).contains(&mib)
        {
            return Err(Error::invalid("max_memory_mib", mib, "between 1 and 2^40 MiB"));
        }
        if let Some(mib) = self.max_memory_mib
            && self.grad_sample != Strategy::Auto
        {
            let why =
                format!("set with --grad-sample auto only (`{}` ignores the cap)", self.grad_sample.name());
            return Err(Error::invalid("max_memory_mib", mib, why));
        }
        if self.checkpoint_every == Some(0) {
            return Err(Error::invalid("checkpoint_every", 0, "at least 1"));
        }
        if self.checkpoint_every.is_some() && self.out.is_none() {
            return Err(Error::invalid("checkpoint_every", "set", "used with an output folder (--out)"));
        }
        if !self.dp && self.target_epsilon.is_some() {
            return Err(Error::invalid(
                "target_epsilon",
                "set",
                "used without --no-dp (a non-private run spends no epsilon)",
            ));
        }
        if !self.dp && self.secure_noise {
            return Err(Error::invalid(
                "secure_noise",
                "set",
                "used without --no-dp (a non-private run adds no noise)",
            ));
        }
        if !self.dp && self.noise_seed.is_some() {
            return Err(Error::invalid(
                "noise_seed",
                "set",
                "used without --no-dp (a non-private run adds no noise; --seed seeds its batches)",
            ));
        }
        if self.secure_noise && self.noise_seed.is_some() {
            return Err(Error::invalid(
                "noise_seed",
                "set",
                "used without --secure-noise (secure mode draws batches and noise from the OS CSPRNG, never a seed)",
            ));
        }
        if self.physical_batch_size == Some(0) {
            return Err(Error::invalid("physical_batch_size", 0, "at least 1"));
        }
        self.dp_config(0).validate()
    }

    /// The dataset to use: `--dataset` or the model's default.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `dataset` when the model does not fit it.
    pub fn dataset_name(&self) -> Result<&'static str> {
        let model: ModelKind = self.model.parse()?;
        match &self.dataset {
            None => Ok(model.datasets()[0]),
            Some(d) => model.datasets().iter().copied().find(|x| x == d).ok_or_else(|| {
                Error::invalid(
                    "dataset",
                    d,
                    format!("one of {} for model {}", model.datasets().join(", "), model.name()),
                )
            }),
        }
    }

    /// The data folder: `--data-dir` or `data/<dataset>` in the source tree.
    ///
    /// # Errors
    /// As [`TrainConfig::dataset_name`].
    pub fn data_folder(&self) -> Result<PathBuf> {
        Ok(match &self.data_dir {
            Some(d) => d.clone(),
            None => default_data_dir(self.dataset_name()?),
        })
    }

    /// This configuration with σ calibrated to `target_epsilon` (if set) for `num_samples`
    /// training examples: q = batch_size / N, epochs x ceil(N / batch_size) steps.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `target_epsilon` if it cannot be reached.
    pub fn calibrated(&self, num_samples: usize) -> Result<TrainConfig> {
        let Some(target) = self.target_epsilon.filter(|_| self.dp) else { return Ok(self.clone()) };
        let q = self.batch_size as f64 / num_samples as f64;
        let steps = (self.epochs * num_samples.div_ceil(self.batch_size)) as u64;
        let sigma = get_noise_multiplier(target, self.delta, q, steps, self.accountant)?;
        Ok(TrainConfig { noise_multiplier: sigma, ..self.clone() })
    }

    fn dp_config(&self, noise_seed: u64) -> DpSgdConfig {
        DpSgdConfig {
            noise_multiplier: self.noise_multiplier,
            max_grad_norm: self.max_grad_norm,
            lr: self.lr,
            expected_batch_size: self.batch_size as f64,
            noise_seed,
            strategy: self.grad_sample,
            optimizer: Default::default(),
            secure_noise: self.secure_noise,
        }
    }
}

/// Called after each epoch with the record so far (for printing).
pub type EpochCallback<'a> = dyn FnMut(&RunRecord, &EpochRecord) + 'a;

/// Called after each step with (step within epoch, steps per epoch); `false` stops the run.
pub type StepCallback<'a> = dyn FnMut(usize, usize) -> bool + 'a;

/// Test accuracy as a fraction, in chunks of 1,000 examples.
pub fn evaluate<K: InputKind, M: DpModel<Input = K::Input>>(
    model: &M,
    data: &Dataset<K>,
    device: &Device,
) -> f64 {
    let mut correct = 0usize;
    let indices: Vec<usize> = (0..data.len()).collect();
    for chunk in indices.chunks(1000) {
        let batch = data.batch(chunk, chunk.len(), device);
        let mut tape = Tape::new(TapeMode::Eval, device);
        let logits = model.forward(&mut tape, batch.input);
        let predicted: Vec<i64> =
            model.predict(logits).into_data().convert::<i64>().try_into_vec::<i64>().unwrap_or_default();
        correct += chunk.iter().zip(predicted).filter(|(i, p)| data.labels[**i] as i64 == *p).count();
    }
    correct as f64 / data.len().max(1) as f64
}

/// Runs `dpgpu train` on `dev` from scratch.
///
/// `on_step(step_in_epoch, steps_per_epoch)` is called after every step; returning `false`
/// stops the run there (as a kill would; the last checkpoint stays), and `train` returns the
/// record so far.
///
/// # Errors
/// Bad flags ([`Error::InvalidParameter`]), unreadable or corrupt data ([`Error::Io`],
/// [`Error::CorruptData`]), or a failure to write the record.
pub fn train(
    config: &TrainConfig,
    dev: &ComputeDevice,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<RunRecord> {
    train_with(config, dev, &SingleProcess, on_epoch, on_step)
}

/// [`train`] as one worker of a data-parallel run ([`crate::distributed`]): every worker of
/// `collective` calls it with the same configuration and data, each on its own device. Each step
/// splits the global Poisson batch among the workers and takes one DP step together
/// ([`DpSgd::step_with`]); the result equals one device's run up to the order of the sums.
/// Worker 0 alone checks and writes `out` (record, model, checkpoints, key file); the others
/// write nothing, do not evaluate (their records' test accuracy is NaN) and should print
/// nothing. At the start the workers' settings, data, build and initial parameters must agree,
/// and after every epoch their parameters.
///
/// # Errors
/// As [`train`]; [`Error::Unsupported`] for a non-private run on several workers;
/// [`Error::Distributed`] on every worker when they disagree (naming the field) or when worker
/// 0 fails to set the run up.
pub fn train_with(
    config: &TrainConfig,
    dev: &ComputeDevice,
    collective: &dyn Collective,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<RunRecord> {
    dispatch(config, None, dev, collective, on_epoch, on_step)
}

/// Resumes the run whose checkpoint is in `dir` (its `--out` folder) with the configuration it
/// was started with, to the same parameters (fixed seed, same backend) and the same ε as an
/// uninterrupted run.
///
/// # Errors
/// As [`train`], plus [`Error::Io`] / [`Error::CorruptData`] for a missing or bad checkpoint.
pub fn resume(
    dir: &Path,
    dev: &ComputeDevice,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<RunRecord> {
    resume_with(dir, dev, &SingleProcess, on_epoch, on_step)
}

/// [`resume`] as one worker of a data-parallel run, with any number of workers (the run does
/// not depend on it): worker 0 reads the checkpoint, the key file and the model in `dir` and
/// sends them to the others, which need no copy of `dir`.
///
/// # Errors
/// As [`resume`] and [`train_with`].
pub fn resume_with(
    dir: &Path,
    dev: &ComputeDevice,
    collective: &dyn Collective,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<RunRecord> {
    let read = match collective.rank() {
        0 => Checkpoint::load(dir).map(|c| serde_json::to_vec(&c).expect("a checkpoint serialises")),
        _ => Ok(Vec::new()),
    };
    let read = match (read, collective.world_size()) {
        (Err(e), 1) => return Err(e),
        (read, _) => read.map_err(|e| e.to_string()),
    };
    let bytes = broadcast_from_zero(collective, read)?;
    let checkpoint: Checkpoint = serde_json::from_slice(&bytes)
        .map_err(|e| Error::Backend(format!("worker 0's checkpoint did not arrive whole: {e}")))?;
    let mut config = checkpoint.config.clone();
    config.out = Some(dir.to_path_buf());
    dispatch(&config, Some(checkpoint), dev, collective, on_epoch, on_step)
}

fn dispatch(
    config: &TrainConfig,
    checkpoint: Option<Checkpoint>,
    dev: &ComputeDevice,
    collective: &dyn Collective,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<RunRecord> {
    config.validate()?;
    let (d, seed) = (&dev.device, config.seed);
    let (c, cb) = (checkpoint, (on_epoch, on_step));
    let record = match config.model.parse::<ModelKind>()? {
        ModelKind::Mnist => {
            let (train, test) = image_data(config)?;
            run(config, c, collective, MnistCnn::new(d, seed), train, test, dev, cb.0, cb.1)?.1
        }
        ModelKind::Cifar10 => {
            let (train, test) = image_data(config)?;
            run(config, c, collective, Cifar10Cnn::new(d, seed), train, test, dev, cb.0, cb.1)?.1
        }
        ModelKind::Logreg => {
            let (train, test) = adult_data(config)?;
            let fresh = LogReg::new(d, train.example_shape[0], seed);
            run(config, c, collective, fresh, train, test, dev, cb.0, cb.1)?.1
        }
        ModelKind::Ffnn => {
            let (train, test) = adult_data(config)?;
            let fresh = Ffnn::new(d, train.example_shape[0], seed);
            run(config, c, collective, fresh, train, test, dev, cb.0, cb.1)?.1
        }
        ModelKind::Embed => {
            let (train, test) = imdb_data(config)?;
            run(config, c, collective, EmbedNet::new(d, 10_004, seed), train, test, dev, cb.0, cb.1)?.1
        }
        ModelKind::Lstm => {
            let (train, test) = imdb_data(config)?;
            run(config, c, collective, LstmNet::new(d, 10_004, 100, seed), train, test, dev, cb.0, cb.1)?.1
        }
    };
    Ok(record)
}

/// The noise and batch key of a run and the run id that ties it to its checkpoints.
#[derive(Serialize, Deserialize)]
struct RunKey {
    seed: u64,
    record: Option<NoiseKeyRecord>,
    run_id: String,
}

/// The key of the noise and the batches, and what the run record says of it: in secure mode
/// none (both come from the OS CSPRNG at every step); for a resumed DP run the checkpoint
/// folder's key file, which must belong to that checkpoint (same run id); else a fresh OS-random
/// key, or `--noise-seed` mixed with the run's settings ([`keys::derive_noise_key`]), kept in
/// the key file when the run writes checkpoints. A non-private run samples with its public
/// `--seed`.
///
/// # Errors
/// [`Error::CorruptData`] for a missing, unreadable or foreign key file on resume;
/// [`Error::Write`] if the key file cannot be written; [`Error::Backend`] if the OS random number
/// generator fails.
fn noise_key(config: &TrainConfig, resumed_run: Option<&str>) -> Result<RunKey> {
    if !config.dp {
        return Ok(RunKey { seed: config.seed, record: None, run_id: String::new() });
    }
    if config.secure_noise {
        return Ok(RunKey { seed: 0, record: Some(NoiseKeyRecord::secure()), run_id: String::new() });
    }
    let dir = config.out.as_deref();
    if let Some(run_id) = resumed_run {
        let dir = dir.expect("a resumed run has an output folder");
        let file = keys::read_key_file(dir)?;
        if file.run_id != run_id {
            return Err(Error::CorruptData {
                path: keys::key_path(dir),
                problem: format!(
                    "this key file belongs to run {:?}, the checkpoint to run {run_id:?}: resuming with another \
                     run's key would continue with a different noise stream",
                    file.run_id
                ),
            });
        }
        return Ok(RunKey { seed: file.noise_seed, record: Some(file.source.into()), run_id: file.run_id });
    }
    let (seed, source) = match config.noise_seed {
        Some(seed) => {
            let mut settings = config.clone();
            (settings.out, settings.checkpoint_every, settings.test_examples) = (None, None, None);
            let json = serde_json::to_vec(&settings).expect("a train config serialises");
            (keys::derive_noise_key(seed, &json), NoiseKeySource::Explicit)
        }
        None => (keys::random_noise_seed()?, NoiseKeySource::OsRandom),
    };
    let run_id = keys::random_run_id()?;
    if config.checkpoint_every.is_some() {
        keys::write_key_file(dir.expect("validated: checkpoints need --out"), seed, source, &run_id)?;
    }
    Ok(RunKey { seed, record: Some(source.into()), run_id })
}

/// A fresh run must not write into another run's folder: its key file, checkpoint, run record
/// and released model would be replaced, or mixed with this run's.
///
/// # Errors
/// [`Error::InvalidParameter`] naming `out` when the folder holds a `checkpoint.json`, a key
/// file, a `run.json` or a `model.bpk`.
fn check_fresh_out(config: &TrainConfig) -> Result<()> {
    let Some(dir) = config.out.as_deref() else { return Ok(()) };
    let checkpoint = crate::engine::checkpoint::checkpoint_path(dir);
    for file in [checkpoint, keys::key_path(dir), dir.join("run.json"), dir.join("model.bpk")] {
        if file.exists() {
            return Err(Error::invalid(
                "out",
                dir.display(),
                format!(
                    "a folder without another run's {} (resume that run with --resume, or choose another --out)",
                    file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
                ),
            ));
        }
    }
    Ok(())
}

/// In secure mode the accountant charges the effective σ of the grid-snapped discrete Gaussian
/// (slightly below the nominal one), so a σ calibrated to `--target-epsilon` is raised until its
/// effective value reaches the calibrated one: the target is never exceeded.
fn secure_calibration(
    calibrated: TrainConfig,
    requested: &TrainConfig,
    num_params: usize,
) -> Result<TrainConfig> {
    if !(calibrated.secure_noise && calibrated.dp && requested.target_epsilon.is_some()) {
        return Ok(calibrated);
    }
    let target = calibrated.noise_multiplier;
    let sigma =
        SecureNoise::nominal_for_effective(target, calibrated.max_grad_norm, num_params).map_err(|e| {
            Error::invalid(
                "target_epsilon",
                requested.target_epsilon.unwrap_or_default(),
                format!("reachable in secure mode ({e})"),
            )
        })?;
    Ok(TrainConfig { noise_multiplier: sigma, ..calibrated })
}

/// Checks that a checkpoint's counters agree with each other and with the accountant history, so
/// an edited or mismatched checkpoint cannot make the run under-report ε.
fn check_counters(c: &Checkpoint, steps_per_epoch: usize, config: &TrainConfig) -> Result<()> {
    let path = config.out.as_deref().map(crate::engine::checkpoint::checkpoint_path).unwrap_or_default();
    let bad = |problem: String| Err(Error::CorruptData { path: path.clone(), problem });
    let expected = (c.epoch.saturating_sub(1) * steps_per_epoch + c.step_in_epoch) as u64;
    if c.epoch == 0 || c.step_in_epoch >= steps_per_epoch || c.global_step != expected {
        return bad(format!(
            "inconsistent counters: global_step {}, epoch {}, step_in_epoch {} with {steps_per_epoch} steps per epoch",
            c.global_step, c.epoch, c.step_in_epoch
        ));
    }
    let accounted: u64 = c.accountant_history.iter().map(|s| s.steps).sum();
    if config.dp && accounted != c.global_step {
        return bad(format!(
            "the accountant history holds {accounted} steps, the run {} steps",
            c.global_step
        ));
    }
    Ok(())
}

/// What the workers of a data-parallel run must agree on, one digest per field: every setting
/// but the output and data folders, the training data, the backend, the dpgpu build and (for a fresh run)
/// the initial parameters.
fn agreement_fields<K: InputKind, M: DpModel>(
    config: &TrainConfig,
    train_set: &Dataset<K>,
    dev: &ComputeDevice,
    fresh: Option<&M>,
) -> Vec<(String, Digest32)> {
    let mut fields = Vec::new();
    // The output folder is worker 0's alone; the data folder may differ between machines (the
    // data itself is compared).
    let mut settings = config.clone();
    (settings.out, settings.data_dir) = (None, None);
    if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(&settings) {
        for (name, value) in map {
            fields.push((name, digest(value.to_string().as_bytes())));
        }
    }
    let data = [
        digest_values(&train_set.values).as_slice(),
        &train_set.labels,
        format!("{:?}", train_set.example_shape).as_bytes(),
    ]
    .concat();
    fields.push(("training data".into(), digest(&data)));
    fields.push(("backend".into(), digest(dev.backend.to_string().as_bytes())));
    let build = format!("{} {}", env!("CARGO_PKG_VERSION"), option_env!("DPGPU_GIT_COMMIT").unwrap_or(""));
    fields.push(("dpgpu build".into(), digest(build.as_bytes())));
    if let Some(model) = fresh {
        fields.push(("initial parameters".into(), parameter_digest(model)));
    }
    fields
}

/// The training loop for one model and dataset; [`train`] and [`resume`] pick them by name.
/// Returns the trained model with the record.
///
/// # Errors
/// As [`train`].
#[allow(clippy::too_many_arguments)]
pub fn run<K: InputKind, M: DpModel<Input = K::Input>>(
    config: &TrainConfig,
    checkpoint: Option<Checkpoint>,
    collective: &dyn Collective,
    fresh: M,
    train_set: Dataset<K>,
    test_set: Dataset<K>,
    dev: &ComputeDevice,
    on_epoch: &mut EpochCallback<'_>,
    on_step: &mut StepCallback<'_>,
) -> Result<(M, RunRecord)> {
    config.validate()?;
    let n = train_set.len();
    let calibrated = if checkpoint.is_none() { config.calibrated(n)? } else { config.clone() };
    let calibrated = secure_calibration(calibrated, config, fresh.num_params())?;
    let config = &calibrated;
    if config.batch_size > n {
        return Err(Error::invalid(
            "batch_size",
            config.batch_size,
            format!("at most the {n} training examples"),
        ));
    }
    let (rank, workers) = (collective.rank(), collective.world_size());
    if workers > 1 && !config.dp {
        return Err(Error::Unsupported(
            "data-parallel training is for DP-SGD: a non-private run (--no-dp) takes one device".into(),
        ));
    }
    let device = &dev.device;
    let q = config.batch_size as f64 / n as f64;
    let steps_per_epoch = n.div_ceil(config.batch_size);
    // Each worker's physical batches hold its share of the logical batch.
    let physical = config
        .physical_batch_size
        .unwrap_or_else(|| physical_batch_size(config.batch_size.div_ceil(workers), n))
        .min(n);
    let mut record = RunRecord {
        dpgpu_version: env!("CARGO_PKG_VERSION").to_string(),
        args: config.clone(),
        backend: dev.backend.to_string(),
        adapter: dev.adapter.clone(),
        device: dev.describe(),
        sampling: "poisson".into(),
        workers,
        collective: collective.describe(),
        sample_rate: q,
        num_samples: n,
        steps_per_epoch,
        physical_batch_size: physical,
        accountant: if config.dp { config.accountant.name().into() } else { "none".into() },
        delta: config.delta,
        parameters: fresh.num_params(),
        dispatches_per_step: None,
        noise_key: None,
        grad_sample_plan: None,
        epochs: Vec::new(),
    };
    if workers > 1 {
        let agreed = agreement_fields(config, &train_set, dev, checkpoint.is_none().then_some(&fresh));
        check_agreement(collective, "at the start", &agreed)?;
    }
    // Worker 0 alone reads and writes the output folder, the key file included.
    let key = match rank {
        0 => {
            let fresh_out = if checkpoint.is_none() { check_fresh_out(config) } else { Ok(()) };
            fresh_out.and_then(|()| noise_key(config, checkpoint.as_ref().map(|c| c.run_id.as_str())))
        }
        _ => Ok(RunKey { seed: 0, record: None, run_id: String::new() }),
    };
    let key: RunKey = match (key, workers) {
        (key, 1) => key?,
        (key, _) => {
            let sent =
                key.map(|k| serde_json::to_vec(&k).expect("a key serialises")).map_err(|e| e.to_string());
            let bytes = broadcast_from_zero(collective, sent)?;
            serde_json::from_slice(&bytes)
                .map_err(|e| Error::Backend(format!("worker 0's run key did not arrive whole: {e}")))?
        }
    };
    let noise_seed = key.seed;
    record.noise_key = key.record;
    let mut state = match checkpoint {
        Some(c) => {
            let dir = config.out.as_deref().expect("a resumed run has an output folder");
            let model = match rank {
                0 => c.load_model(dir, fresh),
                _ => Ok(fresh),
            };
            let model = match (model, workers) {
                (model, 1) => model?,
                (model, _) => {
                    let (model, status) = match model {
                        Ok(m) => (Some(m), Ok(Vec::new())),
                        Err(e) => (None, Err(e.to_string())),
                    };
                    broadcast_from_zero(collective, status)?;
                    parameters_from_zero(
                        collective,
                        model.expect("worker 0 loaded it, the others kept theirs"),
                    )?
                }
            };
            record.epochs = c.epochs.clone();
            (model, c)
        }
        None => (
            fresh,
            Checkpoint {
                config: config.clone(),
                global_step: 0,
                epoch: 1,
                step_in_epoch: 0,
                partial_loss: 0.0,
                partial_examples: 0,
                partial_seconds: 0.0,
                accountant_history: Vec::new(),
                epochs: Vec::new(),
                model_file: String::new(),
                run_id: key.run_id.clone(),
            },
        ),
    };
    if rank == 0 && state.1.global_step == 0 && state.1.epoch == 1 && config.checkpoint_every.is_some() {
        // A checkpoint at step 0, so a run killed before its first periodic checkpoint resumes too.
        state.1.save(config.out.as_deref().expect("validated: checkpoints need --out"), &state.0)?;
    }
    check_counters(&state.1, steps_per_epoch, config)?;
    let mut accountant = RdpAccountant::from_history(state.1.accountant_history.clone())?;
    let mut optimizer = DpSgd::new(config.dp_config(noise_seed), device, dev.uses_wgsl_kernels())?;
    optimizer.set_cost_model(dev.cost_model(config.max_memory_mib.map(|m| m << 20)));
    let num_params = state.0.num_params();
    optimizer.set_steps_taken(state.1.global_step);
    let wgsl = dev.uses_wgsl_kernels();
    let mut steps_here = 0usize;
    while state.1.epoch <= config.epochs {
        let mut start = Instant::now();
        let mut loss = Tensor::<1>::zeros([1], device);
        while state.1.step_in_epoch < steps_per_epoch {
            let sampling_seed = shared_sampling_key(
                collective,
                config.secure_noise,
                keys::sampling_seed(noise_seed, state.1.global_step),
                keys::random_noise_seed,
            )?;
            let indices = PoissonSampler::new(n, q, sampling_seed)?.sample();
            state.1.partial_examples += indices.len();
            let batches: Vec<_> = physical_batches(rank_slice(&indices, rank, workers), physical)
                .into_iter()
                .map(|chunk| {
                    let b = train_set.batch(chunk, physical, device);
                    (b.input, b.onehot, b.real)
                })
                .collect();
            let model = state.0;
            let take_step = |model: M| -> Result<(M, Tensor<1>)> {
                if config.dp {
                    let taken = optimizer.step_with(model, batches, collective)?;
                    accountant.step(optimizer.accounted_noise_multiplier(num_params), q)?;
                    return Ok(taken);
                }
                let mut total = Tensor::<1>::zeros([1], device);
                let mut model = model;
                for b in batches {
                    let l;
                    (model, l) = sgd_step(model, b, config.lr, device, wgsl);
                    total = total + l;
                }
                Ok((model, total))
            };
            // The second step of this process (the first compiles and autotunes) is counted.
            let (model, step_loss) = if wgsl && steps_here == 1 {
                let (taken, count) = count_dispatches(dev, || take_step(model))?;
                record.dispatches_per_step = Some(count);
                taken?
            } else {
                take_step(model)?
            };
            steps_here += 1;
            if record.grad_sample_plan.is_none() && config.dp {
                record.grad_sample_plan = optimizer.last_plan().cloned();
            }
            state.0 = model;
            loss = loss + step_loss;
            state.1.global_step += 1;
            state.1.step_in_epoch += 1;
            let keep_going = on_step(state.1.step_in_epoch, steps_per_epoch);
            let due = config.checkpoint_every.is_some_and(|k| state.1.global_step % k == 0);
            if due && state.1.step_in_epoch < steps_per_epoch && rank == 0 {
                state.1.partial_loss +=
                    std::mem::replace(&mut loss, Tensor::zeros([1], device)).into_scalar::<f64>();
                state.1.partial_seconds += start.elapsed().as_secs_f64();
                start = Instant::now();
                state.1.accountant_history = accountant.history().to_vec();
                state.1.epochs = record.epochs.clone();
                let dir = config.out.as_deref().expect("validated: checkpoints need --out");
                state.1.save(dir, &state.0)?;
            }
            if !keep_going {
                return Ok((state.0, record));
            }
        }
        let model = &state.0;
        let train_loss =
            (state.1.partial_loss + loss.into_scalar::<f64>()) / state.1.partial_examples.max(1) as f64;
        if !train_loss.is_finite() {
            return Err(Error::Diverged { epoch: state.1.epoch, loss: train_loss });
        }
        crate::device::sync(dev)?;
        let seconds = state.1.partial_seconds + start.elapsed().as_secs_f64();
        let eval_start = Instant::now();
        let test_accuracy = if rank == 0 { evaluate(model, &test_set, device) } else { f64::NAN };
        let eval_seconds = eval_start.elapsed().as_secs_f64();
        let (epsilon, epsilon_rdp, rdp_order) = if config.dp {
            let (eps_rdp, order) = accountant.get_epsilon_and_order(config.delta)?;
            let eps = match config.accountant {
                AccountantKind::Rdp => eps_rdp,
                kind => epsilon(kind, accountant.history(), config.delta)?.0,
            };
            let finite = |e: f64| e.is_finite().then_some(e);
            (finite(eps), finite(eps_rdp), finite(eps_rdp).and(Some(order)))
        } else {
            (None, None, None)
        };
        let entry = EpochRecord {
            epoch: state.1.epoch,
            train_loss,
            test_accuracy,
            epsilon,
            epsilon_rdp,
            rdp_order,
            seconds,
            eval_seconds,
            steps: steps_per_epoch,
            examples: state.1.partial_examples,
            all_reduce_seconds: (workers > 1).then(|| optimizer.take_all_reduce_seconds()),
        };
        record.epochs.push(entry.clone());
        state.1.epoch += 1;
        state.1.step_in_epoch = 0;
        state.1.partial_loss = 0.0;
        state.1.partial_examples = 0;
        state.1.partial_seconds = 0.0;
        if workers > 1 {
            let after = format!("after epoch {}", entry.epoch);
            check_agreement(collective, &after, &[("parameters", parameter_digest(model))])?;
        }
        if let (Some(out), 0) = (&config.out, rank) {
            save(out, &record, model)?;
            if config.checkpoint_every.is_some() {
                state.1.accountant_history = accountant.history().to_vec();
                state.1.epochs = record.epochs.clone();
                state.1.save(out, model)?;
            }
        }
        on_epoch(&record, &entry);
    }
    Ok((state.0, record))
}
