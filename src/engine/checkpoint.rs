//! Checkpoints: everything a killed `dpgpu train` needs to resume to the same parameters and the
//! same ε: the model, the step counters, the partial epoch and the accountant history.
//!
//! A checkpoint is two files in the run's output folder: `checkpoint-<step>.bpk` (the model, a
//! Burn record) and `checkpoint.json` (this struct), which names the model file. The model file
//! is written first and `checkpoint.json` is replaced atomically afterwards, so at every instant
//! the folder holds one complete checkpoint. Noise (Philox keyed by the run's secret key, step,
//! tensor) and Poisson sampling (keyed by the secret key and step) are functions of the global
//! step, so with the key file ([`crate::privacy::keys::KEY_FILE`], owner-only, never in
//! `checkpoint.json`) nothing else is needed for a bit-identical continuation on the same backend.

use std::path::{Path, PathBuf};

use burn::module::Module;
use serde::{Deserialize, Serialize};

use crate::engine::record::save_model;
use crate::engine::trainer::{EpochRecord, TrainConfig};
use crate::error::{Error, Result};
use crate::files::{remove_superseded, write_atomic};
use crate::privacy::accountant::Segment;

/// The state of a run between two steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The run's configuration (a resumed run keeps it).
    pub config: TrainConfig,
    /// Steps taken since the start of the run (the noise counter).
    pub global_step: u64,
    /// The epoch in progress, 1-based.
    pub epoch: usize,
    /// Steps already taken in that epoch.
    pub step_in_epoch: usize,
    /// Summed training loss of that epoch so far.
    pub partial_loss: f64,
    /// Examples sampled in that epoch so far.
    pub partial_examples: usize,
    /// Training seconds spent in that epoch so far.
    pub partial_seconds: f64,
    /// The accountant's history: (σ, q, steps) segments.
    pub accountant_history: Vec<Segment>,
    /// The finished epochs.
    pub epochs: Vec<EpochRecord>,
    /// File name of the model record, in the same folder.
    pub model_file: String,
    /// The run's random id, also in its key file ([`crate::privacy::keys`]): a resume refuses
    /// a key file of another run.
    #[serde(default)]
    pub run_id: String,
}

/// `<dir>/checkpoint.json`.
pub fn checkpoint_path(dir: &Path) -> PathBuf {
    dir.join("checkpoint.json")
}

impl Checkpoint {
    /// Writes the model, then this checkpoint (atomically), then removes older model files.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file that could not be written.
    pub fn save<M: Module + Clone>(&mut self, dir: &Path, model: &M) -> Result<()> {
        self.model_file = format!("checkpoint-{}.bpk", self.global_step);
        save_model(&dir.join(&self.model_file), model)?;
        let json = serde_json::to_vec_pretty(self).expect("a checkpoint serialises");
        write_atomic(&checkpoint_path(dir), &json)?;
        remove_superseded(dir, "checkpoint-", ".bpk", &self.model_file);
        Ok(())
    }

    /// Reads `<dir>/checkpoint.json`.
    ///
    /// # Errors
    /// [`Error::Io`] if it is missing or unreadable, [`Error::CorruptData`] if it does not parse.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = checkpoint_path(dir);
        let bytes = std::fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::CorruptData { path, problem: format!("not a dpgpu checkpoint: {e}") })
    }

    /// Loads the model record into `model` (a freshly built model of the same architecture).
    ///
    /// # Errors
    /// [`Error::CorruptData`] naming the model file when it is missing or does not fit.
    pub fn load_model<M: Module>(&self, dir: &Path, model: M) -> Result<M> {
        let path = dir.join(&self.model_file);
        model.try_load_file(&path).map_err(|e| Error::CorruptData { path, problem: e.to_string() })
    }
}
