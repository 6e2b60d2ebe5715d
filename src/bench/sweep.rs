//! The runtime sweep (SPEC B§9.1 with A§2): experiments x batch sizes x variants x fusion, each
//! run in a fresh `dpgpu bench-run` process, one JSON result file per run (SPEC A§7); a run that
//! fails (unsupported, out of memory, crash) is recorded as such and never stops the sweep.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::report::RunResult;
use super::runtime::{RunConfig, Timings, Variant, file_name, peak_rss_bytes};
use crate::device::ComputeDevice;
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::kernels::dispatch::DispatchCount;

/// One result file (SPEC A§7; the fields `dpgpu report` reads are those of
/// [`super::report::RunResult`]).
#[derive(Clone, Debug, Serialize)]
pub struct ResultFile {
    /// "dpgpu".
    pub library: &'static str,
    /// The variant's name.
    pub variant: &'static str,
    /// The model.
    pub experiment: String,
    /// B.
    pub batch_size: usize,
    /// True for the DP variants.
    pub private: bool,
    /// DP kernels fused (see [`RunConfig::fusion`]).
    pub fusion: bool,
    /// Seconds per epoch, epoch 1 (compilation) first; empty when the run failed.
    pub timings: Vec<f64>,
    /// Median seconds per epoch / steps per epoch, one entry per epoch.
    pub step_timings: Vec<f64>,
    /// ok | failed | oom | unsupported | timeout.
    pub status: &'static str,
    /// The error of a failed run.
    pub error: Option<String>,
    /// Steps per epoch and training examples.
    pub steps_per_epoch: usize,
    /// N.
    pub num_examples: usize,
    /// Peak resident memory of the run's process (bytes; host memory, which is the device
    /// memory on the cpu backend).
    pub peak_rss_bytes: Option<u64>,
    /// Peak memory the run held (bytes): the device pool's reserved bytes on wgpu, the peak
    /// resident memory on `cpu`.
    pub peak_memory_bytes: Option<u64>,
    /// Kernels one step dispatches (total, dpgpu's own, per kernel); `None` on `cpu` or when
    /// the run failed.
    pub dispatches_per_step: Option<DispatchCount>,
    /// The per-layer plan of the DP step (`auto`'s choices and chunking, or the fixed
    /// strategy's in the same form); absent for `nonprivate`, `loop` and failed runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grad_sample_plan: Option<crate::grad_sample::Plan>,
    /// The device's key ([`crate::device::device_key`]): backend and adapter, as in the file name.
    pub device: String,
    /// cpu | vulkan | metal | dx12 | gl.
    pub backend: String,
    /// Adapter name, vendor id, driver and driver version (wgpu backends).
    pub adapter: Option<String>,
    /// PCI vendor id.
    pub vendor: Option<u32>,
    /// Driver name and version.
    pub driver: Option<String>,
    /// The host: CPU model and logical cores ([`super::runtime::machine`]).
    pub machine: String,
    /// The largest buffer a shader can bind on the adapter, bytes (wgpu devices).
    pub max_buffer_bytes: Option<u64>,
    /// How kernels reach the device: "WGSL through wgpu (naga)" on wgpu devices, "Burn flex
    /// (native Rust)" on `cpu`.
    pub kernel_path: &'static str,
    /// Burn, wgpu and CubeCL versions the binary was built with (from `Cargo.lock`).
    pub versions: std::collections::BTreeMap<&'static str, &'static str>,
    /// `MIMALLOC_PURGE_DELAY` when set: the `dpgpu` binary's allocator setting, which moves
    /// `cpu` timings and peak memory (README, "Library API").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mimalloc_purge_delay: Option<String>,
    /// `dpgpu --version`.
    pub dpgpu_version: &'static str,
    /// The git commit the binary was built from (`-dirty` when its tracked files differed),
    /// recorded at build time by `build.rs`; `None` for a build outside git.
    pub git_commit: Option<String>,
    /// Every flag of the run.
    pub args: RunConfig,
}

impl ResultFile {
    /// The record of a run on `dev`, finished (`Ok`) or failed (`Err`).
    pub fn new(
        config: &RunConfig,
        dev: Option<&ComputeDevice>,
        outcome: std::result::Result<Timings, RunFailure>,
    ) -> Self {
        let (timings, status, error) = match outcome {
            Ok(t) => (t, "ok", None),
            Err(f) => (Timings::default(), f.status, Some(f.error)),
        };
        let steps = timings.steps_per_epoch.max(1) as f64;
        let adapter = dev.and_then(|d| d.adapter.as_ref());
        ResultFile {
            library: "dpgpu",
            variant: config.variant.name(),
            experiment: config.experiment.clone(),
            batch_size: config.batch_size,
            private: config.variant != Variant::Nonprivate,
            fusion: config.fusion,
            step_timings: timings.epochs.iter().map(|t| t / steps).collect(),
            timings: timings.epochs,
            status,
            error,
            steps_per_epoch: timings.steps_per_epoch,
            num_examples: timings.num_examples,
            // Without a device this file is written by the parent for a child that died.
            peak_rss_bytes: dev.and(peak_rss_bytes()),
            peak_memory_bytes: timings.peak_memory_bytes,
            dispatches_per_step: timings.dispatches_per_step,
            grad_sample_plan: timings.grad_sample_plan,
            // A file written by the parent for a dead child has the key the parent chose.
            device: dev.map(|d| d.key()).or_else(|| config.device.clone()).unwrap_or_default(),
            backend: dev.map(|d| d.backend.name().to_string()).unwrap_or_default(),
            adapter: adapter.map(|a| a.name.clone()),
            vendor: adapter.map(|a| a.vendor),
            driver: adapter.map(|a| format!("{} {}", a.driver, a.driver_info)),
            machine: super::runtime::machine(),
            max_buffer_bytes: adapter.and_then(|a| a.max_buffer_bytes),
            kernel_path: match (dev, adapter) {
                (_, Some(_)) => "WGSL through wgpu (naga)",
                (Some(_), None) => "Burn flex (native Rust)",
                (None, None) => "",
            },
            versions: [
                ("burn", option_env!("DPGPU_BURN_VERSION")),
                ("wgpu", option_env!("DPGPU_WGPU_VERSION")),
                ("cubecl", option_env!("DPGPU_CUBECL_VERSION")),
            ]
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .collect(),
            mimalloc_purge_delay: std::env::var("MIMALLOC_PURGE_DELAY").ok(),
            dpgpu_version: env!("CARGO_PKG_VERSION"),
            git_commit: option_env!("DPGPU_GIT_COMMIT").map(String::from),
            args: config.clone(),
        }
    }

    /// Writes the file atomically into `dir` under its SPEC A§7 name; returns the path.
    ///
    /// # Errors
    /// [`Error::Write`] if the folder or file cannot be written.
    pub fn save(&self, dir: &Path) -> Result<PathBuf> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Write { path: dir.to_path_buf(), source: e })?;
        let path = dir.join(file_name(&self.args));
        let json = serde_json::to_vec_pretty(self).expect("a result serialises");
        write_atomic(&path, &json)?;
        Ok(path)
    }
}

/// Why a run has no timings: its status in the result file and the error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunFailure {
    /// `oom`, `unsupported`, `timeout` or `failed`.
    pub status: &'static str,
    /// The error, one line.
    pub error: String,
}

impl From<Error> for RunFailure {
    fn from(e: Error) -> Self {
        RunFailure::from(&e)
    }
}

impl From<&Error> for RunFailure {
    /// The status from the error's kind: [`Error::OutOfMemory`] is `oom`,
    /// [`Error::Unsupported`] is `unsupported`, anything else `failed`.
    fn from(e: &Error) -> Self {
        let status = match e {
            Error::OutOfMemory { .. } => "oom",
            Error::Unsupported(_) => "unsupported",
            _ => "failed",
        };
        RunFailure { status, error: e.to_string() }
    }
}

/// A sweep's plan: every combination, in the paper's order (experiment, then batch size from
/// large to small as given, then variant, then fusion on before off).
#[derive(Clone, Debug)]
pub struct SweepPlan {
    /// Models.
    pub experiments: Vec<String>,
    /// Batch sizes.
    pub batch_sizes: Vec<usize>,
    /// Variants.
    pub variants: Vec<Variant>,
    /// Fusion settings to run (`[true]`, `[true, false]`, ...).
    pub fusion: Vec<bool>,
    /// The flags every run shares (experiment, variant, batch size and fusion are overwritten).
    pub base: RunConfig,
    /// Stop a run after this long and record it as `timeout` (`None`: no limit).
    pub run_timeout: Option<Duration>,
}

impl SweepPlan {
    /// Every run of the sweep.
    pub fn runs(&self) -> Vec<RunConfig> {
        let mut runs = Vec::new();
        for e in &self.experiments {
            for &b in &self.batch_sizes {
                for &v in &self.variants {
                    for &f in &self.fusion {
                        // The non-private step has no DP kernels to fuse or not.
                        if v == Variant::Nonprivate && !f {
                            continue;
                        }
                        let mut run = self.base.clone();
                        (run.experiment, run.batch_size, run.variant, run.fusion) = (e.clone(), b, v, f);
                        runs.push(run);
                    }
                }
            }
        }
        runs
    }
}

/// What happened to one run of a sweep.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The run.
    pub config: RunConfig,
    /// "ok", "failed", "oom", "unsupported" or "timeout".
    pub status: String,
    /// Median seconds per epoch when it ran.
    pub median_epoch_seconds: Option<f64>,
    /// Why it did not run, when it did not.
    pub error: Option<String>,
    /// Peak memory the run held (see [`ResultFile::peak_memory_bytes`]).
    pub peak_memory_bytes: Option<u64>,
}

/// Runs every run of `plan` as `<exe> bench-run --config <json> --backend <backend> --out <dir>`
/// (a fresh process each), calling `progress(done, total, eta_seconds, outcome)` after each.
/// A child that dies without writing its file gets a `failed` file written here.
///
/// # Errors
/// Only when `out` cannot be written or the executable cannot be started at all.
pub fn run_sweep(
    plan: &SweepPlan,
    exe: &Path,
    backend: &str,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize, Option<f64>, &Outcome),
) -> Result<Vec<Outcome>> {
    std::fs::create_dir_all(out).map_err(|e| Error::Write { path: out.to_path_buf(), source: e })?;
    let runs = plan.runs();
    let started = Instant::now();
    let mut outcomes = Vec::new();
    for (i, config) in runs.iter().enumerate() {
        let outcome = run_one(config, exe, backend, out, plan.run_timeout)?;
        let done = i + 1;
        let eta = (done < runs.len())
            .then(|| started.elapsed().as_secs_f64() / done as f64 * (runs.len() - done) as f64);
        progress(done, runs.len(), eta, &outcome);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Runs one configuration as `<exe> bench-run --config <json> --backend <backend> --out <out>`
/// in a fresh process and reads back its result file. A child that dies without writing one
/// gets a result file written here: `oom` when the kernel killed it with SIGKILL (what Linux's
/// out-of-memory killer sends), `timeout` when it ran past `timeout` and was killed here,
/// `failed` otherwise, with the end of its stderr.
///
/// # Errors
/// Only when `out` cannot be written or the executable cannot be started at all.
pub fn run_one(
    config: &RunConfig,
    exe: &Path,
    backend: &str,
    out: &Path,
    timeout: Option<Duration>,
) -> Result<Outcome> {
    let json = serde_json::to_string(config).expect("a run config serialises");
    let path = out.join(file_name(config));
    let _ = std::fs::remove_file(&path);
    let io_error = |source| Error::Io { path: exe.to_path_buf(), source };
    let mut child = Command::new(exe)
        .args(["bench-run", "--backend", backend, "--out"])
        .arg(out)
        .args(["--config", &json])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io_error)?;
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let (status, timed_out) = loop {
        if let Some(status) =
            child.try_wait().map_err(|e| Error::Io { path: exe.to_path_buf(), source: e })?
        {
            break (status, false);
        }
        if timeout.is_some_and(|t| started.elapsed() > t) {
            let _ = child.kill();
            break (child.wait().map_err(io_error)?, true);
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = reader.join().unwrap_or_default();
    if !path.exists() {
        let tail: String = stderr.trim().lines().rev().take(3).collect::<Vec<_>>().join(" | ");
        let failure = if timed_out {
            let secs = timeout.map_or(0.0, |t| t.as_secs_f64());
            RunFailure { status: "timeout", error: format!("stopped after the run timeout of {secs:.0} s") }
        } else if killed_by_sigkill(&status) {
            let error = format!("killed by SIGKILL (the Linux out-of-memory killer's signal): {tail}");
            RunFailure { status: "oom", error }
        } else {
            RunFailure { status: "failed", error: format!("bench-run exited with {status}: {tail}") }
        };
        ResultFile::new(config, None, Err(failure)).save(out)?;
    }
    let written: Option<RunResult> = std::fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok());
    Ok(match written {
        Some(r) => Outcome {
            config: config.clone(),
            median_epoch_seconds: r.median_epoch_seconds(),
            status: r.status,
            error: r.error,
            peak_memory_bytes: r.peak_memory_bytes,
        },
        None => Outcome {
            config: config.clone(),
            status: "failed".into(),
            median_epoch_seconds: None,
            error: Some(format!("unreadable result file {}", path.display())),
            peak_memory_bytes: None,
        },
    })
}

#[cfg(unix)]
fn killed_by_sigkill(status: &std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(libc::SIGKILL)
}

#[cfg(not(unix))]
fn killed_by_sigkill(_: &std::process::ExitStatus) -> bool {
    false
}

/// Where the peers live: `peers/run.py` and the virtual environment `peers/.venv` that
/// `peers/setup.sh` builds, under the source tree.
pub fn peers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("peers")
}

/// Runs the JAX / Opacus peers (`peers/run.py`, one fresh Python process per run) over the same
/// experiments and batch sizes, variants `dp` and `nonprivate` (`opacus-ghost`: `dp` only),
/// writing their result files (`<library>_<variant>_<experiment>_bs_<B>_priv_<..>.json`) into
/// `out`. Exit status 3 of the runner means the peer lacks a layer (recorded as unsupported).
///
/// # Errors
/// [`Error::Unsupported`] with the command that creates the environment when `peers/.venv` is
/// missing; [`Error::InvalidParameter`] for an unknown peer.
pub fn run_peer_sweep(
    peers: &[String],
    plan: &SweepPlan,
    out: &Path,
    progress: &mut dyn FnMut(&str, &Outcome),
) -> Result<Vec<Outcome>> {
    let dir = peers_dir();
    let python = dir.join(".venv/bin/python");
    if !python.exists() {
        return Err(Error::Unsupported(format!(
            "the peers' environment {} does not exist; create it with `bash {}` (Python 3.11+, the \
             package index, about 6 GB), then rerun with --peers",
            python.display(),
            dir.join("setup.sh").display()
        )));
    }
    for p in peers {
        if !["jax", "opacus", "opacus-ghost"].contains(&p.as_str()) {
            return Err(Error::invalid("peers", p, "a comma list of jax, opacus, opacus-ghost"));
        }
    }
    let mut outcomes = Vec::new();
    for e in &plan.experiments {
        for &b in &plan.batch_sizes {
            for peer in peers {
                let variants: &[&str] = if peer == "opacus-ghost" { &["dp"] } else { &["dp", "nonprivate"] };
                for variant in variants {
                    let mut cmd = Command::new(&python);
                    cmd.arg(dir.join("run.py")).args([
                        "--library",
                        peer,
                        "--experiment",
                        e,
                        "--variant",
                        variant,
                    ]);
                    cmd.args([
                        "--batch-size",
                        &b.to_string(),
                        "--epochs",
                        &plan.base.epochs.to_string(),
                        "--out",
                    ]);
                    cmd.arg(out);
                    if plan.base.dummy_data {
                        cmd.arg("--dummy-data");
                    }
                    let status =
                        cmd.status().map_err(|err| Error::Io { path: python.clone(), source: err })?;
                    let status = match status.code() {
                        Some(0) => "ok",
                        Some(3) => "unsupported",
                        _ => "failed",
                    };
                    let mut config = plan.base.clone();
                    (config.experiment, config.batch_size) = (e.clone(), b);
                    let outcome = Outcome {
                        config,
                        status: status.into(),
                        median_epoch_seconds: None,
                        error: None,
                        peak_memory_bytes: None,
                    };
                    progress(&format!("{peer} {variant}"), &outcome);
                    outcomes.push(outcome);
                }
            }
        }
    }
    Ok(outcomes)
}
