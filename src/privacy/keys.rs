//! The secret key of a DP run: it keys the Gaussian noise (Philox) and the Poisson sampler.
//!
//! Whoever knows the key can regenerate every step's batch and noise, subtract the noise from a
//! released model and recover the exact clipped gradient sums: the key must stay as secret as
//! the data. So:
//! - by default it comes from the operating system's CSPRNG ([`random_noise_seed`]) and is
//!   written nowhere that a released model goes (not `run.json`, not `checkpoint.json`, not the
//!   model record);
//! - a resumable run (`--checkpoint-every`) keeps it in its own file, [`KEY_FILE`], in the run
//!   folder, created owner-only (mode 0600), whose name says not to publish it;
//! - a reproducible run takes an explicit `--noise-seed`; its run record then says that ε holds
//!   only while that seed stays secret.
//!
//! The weights' initialisation (`--seed`) is public and separate from this key.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The key file's name in a run folder.
pub const KEY_FILE: &str = "SECRET-noise-key.DO-NOT-PUBLISH.json";

/// What a run record says about its noise key (the key itself is never in it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKeySource {
    /// Drawn from the OS CSPRNG for this run.
    OsRandom,
    /// Given by the user (`--noise-seed`): ε holds only while that seed stays secret.
    Explicit,
}

impl NoiseKeySource {
    /// One line for the run record.
    pub fn statement(self) -> &'static str {
        match self {
            NoiseKeySource::OsRandom => {
                "noise and sampling keyed by 64 bits from the OS CSPRNG, written nowhere but the owner-only \
                 key file of a checkpointed run"
            }
            NoiseKeySource::Explicit => {
                "noise and sampling keyed by an explicit --noise-seed: the run is reproducible, and epsilon \
                 holds only while that seed stays secret"
            }
        }
    }
}

/// 64 bits from the OS CSPRNG (getrandom), for the noise and sampling key.
///
/// # Errors
/// [`Error::Backend`] if the OS random number generator fails.
pub fn random_noise_seed() -> Result<u64> {
    use rand::TryRng;
    rand::rngs::SysRng.try_next_u64().map_err(|e| Error::Backend(format!("OS random number generator: {e}")))
}

/// The noise and sampling key of a run given an explicit seed: the first 8 bytes of
/// SHA-256(`seed` ‖ `settings`), `settings` being the run's serialised configuration. Two runs
/// given the same seed but differing in any setting (σ, C, learning rate, batch size, model,
/// data, epochs, ...) then draw independent noise: with shared noise, two released models of
/// runs that differ would let their difference cancel it. Runs with identical settings on the
/// same data are identical, so they release nothing more than one of them.
pub fn derive_noise_key(seed: u64, settings: &[u8]) -> u64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"dpgpu noise key v1")
        .chain_update(seed.to_le_bytes())
        .chain_update(settings)
        .finalize();
    u64::from_le_bytes(digest[..8].try_into().expect("a SHA-256 digest has 32 bytes"))
}

/// A random 128-bit run id (hex) from the OS CSPRNG, stored in both the key file and the
/// checkpoint so a resume never continues one run with another run's key.
///
/// # Errors
/// [`Error::Backend`] if the OS random number generator fails.
pub fn random_run_id() -> Result<String> {
    Ok(format!("{:016x}{:016x}", random_noise_seed()?, random_noise_seed()?))
}

/// The Poisson sampler's seed for global step `step`, derived from the noise key in a separate
/// domain (so batches and noise are independent streams of one key), and a function of the step
/// alone, so a resumed run draws the same batches.
pub fn sampling_seed(noise_seed: u64, step: u64) -> u64 {
    (noise_seed ^ 0x5A4D_504C_0000_0000).wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(step)
}

/// The content of [`KEY_FILE`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFile {
    /// Why this file must stay private.
    pub warning: String,
    /// The run this key belongs to (also in its `checkpoint.json`).
    #[serde(default)]
    pub run_id: String,
    /// Where the key came from.
    pub source: NoiseKeySource,
    /// The key.
    pub noise_seed: u64,
}

/// `<dir>/SECRET-noise-key.DO-NOT-PUBLISH.json`.
pub fn key_path(dir: &Path) -> PathBuf {
    dir.join(KEY_FILE)
}

/// Writes the key file into `dir`, created owner-only (0600 on Unix) before any byte is
/// written, atomically and durably ([`crate::files`]). A failed write removes its temporary
/// copy; a process killed midway can leave one, owner-only, hidden beside it.
///
/// # Errors
/// [`Error::Write`] naming the file.
pub fn write_key_file(dir: &Path, noise_seed: u64, source: NoiseKeySource, run_id: &str) -> Result<()> {
    let path = key_path(dir);
    let file = KeyFile {
        warning: "SECRET: this key regenerates every batch and all the noise of the run in this folder; \
                  with it, the released model's privacy guarantee is void. Never publish or share this file."
            .into(),
        run_id: run_id.to_string(),
        source,
        noise_seed,
    };
    let json = serde_json::to_vec_pretty(&file).expect("a key file serialises");
    crate::files::write_atomic_with(&path, crate::files::Access::OwnerOnly, |f| f.write_all(&json))
}

/// Reads the key file of `dir`.
///
/// # Errors
/// [`Error::CorruptData`] naming the file if it is missing, unreadable or does not parse.
pub fn read_key_file(dir: &Path) -> Result<KeyFile> {
    let path = key_path(dir);
    let bytes = std::fs::read(&path).map_err(|e| Error::CorruptData {
        path: path.clone(),
        problem: format!(
            "{e}: a checkpointed run keeps its noise key here and cannot be resumed without it (a run \
             started by a dpgpu older than noise keys had its noise keyed by the public --seed and \
             cannot be resumed privately: start a new run)"
        ),
    })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::CorruptData { path, problem: format!("not a dpgpu key file: {e}") })
}
