//! What a run leaves behind: the JSON run record (`run.json`) and the model (`model.bpk`),
//! both replaced atomically after every epoch.

use std::path::Path;

use burn::module::Module;
use serde::{Deserialize, Serialize};

use crate::device::AdapterSummary;
use crate::engine::trainer::TrainConfig;
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::kernels::dispatch::DispatchCount;
use crate::privacy::keys::NoiseKeySource;

/// What one epoch did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EpochRecord {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Mean training loss over the examples sampled this epoch.
    pub train_loss: f64,
    /// Test accuracy as a fraction in [0, 1].
    pub test_accuracy: f64,
    /// ε at `delta` after this epoch by the run's accountant; `None` without DP or when
    /// infinite (σ = 0).
    pub epsilon: Option<f64>,
    /// ε at `delta` by the RDP accountant (for comparison), `None` as `epsilon`.
    #[serde(default)]
    pub epsilon_rdp: Option<f64>,
    /// Best RDP order for that ε.
    pub rdp_order: Option<f64>,
    /// Wall seconds of the epoch's training steps, after a device sync (evaluation excluded).
    pub seconds: f64,
    /// Wall seconds of the test-set evaluation.
    pub eval_seconds: f64,
    /// Steps taken in this epoch.
    pub steps: usize,
    /// Examples sampled in this epoch (sum of realised logical batch sizes).
    pub examples: usize,
    /// Of `seconds`, the wall seconds this worker spent in the all-reduce of the clipped sums
    /// (read back, sum over the workers, upload; waiting for the slowest worker included) in a
    /// data-parallel run; `None` on one worker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_reduce_seconds: Option<f64>,
}

fn one() -> usize {
    1
}

/// The JSON run record written to `<out>/run.json`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunRecord {
    /// dpgpu's version.
    pub dpgpu_version: String,
    /// Every flag.
    pub args: TrainConfig,
    /// Backend name (`cpu`, `vulkan`, ...).
    pub backend: String,
    /// The wgpu adapter, if any.
    pub adapter: Option<AdapterSummary>,
    /// Backend and adapter in one line.
    pub device: String,
    /// `poisson`.
    pub sampling: String,
    /// Workers of a data-parallel run (1 for one device); every step's global batch was split
    /// among them ([`crate::distributed`]).
    #[serde(default = "one")]
    pub workers: usize,
    /// How the workers communicated (`single process`, `MPI: <library version>`, ...).
    #[serde(default)]
    pub collective: String,
    /// q = batch_size / N.
    pub sample_rate: f64,
    /// N, the training set size.
    pub num_samples: usize,
    /// Steps per epoch, ceil(N / batch_size).
    pub steps_per_epoch: usize,
    /// Rows per physical batch.
    pub physical_batch_size: usize,
    /// `prv` (tight, the default) or `rdp` (improved conversion, Opacus' orders); `none` without DP.
    pub accountant: String,
    /// δ.
    pub delta: f64,
    /// Number of model parameters.
    pub parameters: usize,
    /// Kernels one training step dispatched (counted on the second step of the process, the
    /// first being compilation and autotuning); `None` on `cpu`, which dispatches none.
    #[serde(default)]
    pub dispatches_per_step: Option<DispatchCount>,
    /// Where the noise and sampling key came from (never the key itself); `None` without DP.
    #[serde(default)]
    pub noise_key: Option<NoiseKeyRecord>,
    /// The per-layer plan of the per-sample step (`auto`'s choices and chunking, or the fixed
    /// strategy's in the same form), from the first DP step; absent for `loop` and `--no-dp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grad_sample_plan: Option<crate::grad_sample::Plan>,
    /// One entry per finished epoch.
    pub epochs: Vec<EpochRecord>,
}

/// What a run record says about its noise and sampling key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoiseKeyRecord {
    /// `os_random`, `explicit` or `secure_mode`.
    pub source: String,
    /// What that means for ε, in one sentence.
    pub note: String,
}

impl From<NoiseKeySource> for NoiseKeyRecord {
    /// The record of a key from `source`.
    fn from(source: NoiseKeySource) -> Self {
        let name = match source {
            NoiseKeySource::OsRandom => "os_random",
            NoiseKeySource::Explicit => "explicit",
        };
        NoiseKeyRecord { source: name.into(), note: source.statement().into() }
    }
}

impl NoiseKeyRecord {
    /// Secure mode: no key at all.
    pub fn secure() -> Self {
        NoiseKeyRecord {
            source: "secure_mode".into(),
            note: "secure mode: batches and noise drawn from the OS CSPRNG at every step; no key exists"
                .into(),
        }
    }
}

pub(crate) fn save<M: Module + Clone>(out: &Path, record: &RunRecord, model: &M) -> Result<()> {
    let json = serde_json::to_vec_pretty(record).expect("a run record serialises");
    write_atomic(&out.join("run.json"), &json)?;
    save_model(&out.join("model.bpk"), model)
}

/// Writes `model`'s record (Burn's burnpack format, as `Module::save_file` writes it) to `path`,
/// atomically and durably.
///
/// # Errors
/// [`Error::Write`] naming `path`.
pub(crate) fn save_model<M: Module + Clone>(path: &Path, model: &M) -> Result<()> {
    let bytes = model.clone().into_record().into_bytes().map_err(|e| Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })?;
    write_atomic(path, &bytes)
}
