//! `dpgpu report DIR`: summarises benchmark result JSON files into median,
//! ablation and ratio tables (Markdown, CSV) and per-experiment bar charts
//! (SVG, PNG; see [`super::charts`]). All times are in seconds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::charts;
use super::tables::{ablation_md, fusion_md, medians_csv, medians_md, ratios_md};
use crate::kernels::dispatch::DispatchCount;

/// One benchmark run as read from a result JSON file; all times in seconds.
///
/// Missing optional fields default to: `library` "dpgpu", `private` = (`variant` != "nonprivate"),
/// `fusion` true, `status` "ok", empty `timings`/`step_timings`. Unknown fields are ignored.
#[derive(Clone, Debug, Deserialize)]
#[serde(from = "RawRunResult")]
pub struct RunResult {
    /// Implementation: "dpgpu", or a peer such as "jax" or "opacus".
    pub library: String,
    /// Gradient variant: nonprivate | vectorized | ghost | loop (peers: nonprivate | dp).
    pub variant: String,
    /// Model / data set: logreg | ffnn | mnist | embed | lstm | cifar10.
    pub experiment: String,
    /// Examples per step.
    pub batch_size: usize,
    /// Whether the run used DP-SGD.
    pub private: bool,
    /// Whether kernel fusion was enabled (dpgpu only).
    pub fusion: bool,
    /// Seconds per epoch, epoch 1 (including compilation) first; empty for failed runs.
    pub timings: Vec<f64>,
    /// Seconds per step, if recorded.
    pub step_timings: Vec<f64>,
    /// ok | failed | unsupported | oom | timeout.
    pub status: String,
    /// Error message of a failed run.
    pub error: Option<String>,
    /// Compute backend, e.g. "cpu".
    pub backend: Option<String>,
    /// GPU adapter name, if any.
    pub adapter: Option<String>,
    /// Peak memory the run held, in bytes (dpgpu only).
    pub peak_memory_bytes: Option<u64>,
    /// Kernels dispatched by one step (dpgpu on wgpu only).
    pub dispatches_per_step: Option<DispatchCount>,
}

#[derive(Deserialize)]
struct RawRunResult {
    library: Option<String>,
    variant: String,
    experiment: String,
    batch_size: usize,
    private: Option<bool>,
    fusion: Option<bool>,
    timings: Option<Vec<f64>>,
    step_timings: Option<Vec<f64>>,
    status: Option<String>,
    error: Option<String>,
    backend: Option<String>,
    adapter: Option<String>,
    peak_memory_bytes: Option<u64>,
    dispatches_per_step: Option<DispatchCount>,
}

impl From<RawRunResult> for RunResult {
    fn from(raw: RawRunResult) -> Self {
        RunResult {
            library: raw.library.unwrap_or_else(|| "dpgpu".to_string()),
            private: raw.private.unwrap_or(raw.variant != "nonprivate"),
            variant: raw.variant,
            experiment: raw.experiment,
            batch_size: raw.batch_size,
            fusion: raw.fusion.unwrap_or(true),
            timings: raw.timings.unwrap_or_default(),
            step_timings: raw.step_timings.unwrap_or_default(),
            status: raw.status.unwrap_or_else(|| "ok".to_string()),
            error: raw.error,
            backend: raw.backend,
            adapter: raw.adapter,
            peak_memory_bytes: raw.peak_memory_bytes,
            dispatches_per_step: raw.dispatches_per_step,
        }
    }
}

impl RunResult {
    /// Median seconds per epoch over all epochs, epoch 1 (compilation) included, as the paper
    /// aggregates (SPEC B§8); `None` without timings.
    pub fn median_epoch_seconds(&self) -> Option<f64> {
        median(&self.timings)
    }

    /// Median seconds per step over all recorded steps; `None` without step timings.
    pub fn median_step_seconds(&self) -> Option<f64> {
        median(&self.step_timings)
    }

    /// Display label, e.g. "dpgpu vectorized", "dpgpu vectorized (no fusion)", "JAX",
    /// "Opacus", "dpgpu non-private".
    pub fn label(&self) -> String {
        let library = self.library.to_ascii_lowercase();
        if library == "dpgpu" {
            let variant = if self.variant == "nonprivate" { "non-private" } else { &self.variant };
            let fusion = if self.fusion { "" } else { " (no fusion)" };
            return format!("dpgpu {variant}{fusion}");
        }
        let name = match library.as_str() {
            "jax" => "JAX",
            "opacus" => "Opacus",
            "opacus-ghost" => "Opacus ghost",
            _ => &self.library,
        };
        match self.variant.as_str() {
            "dp" | "nonprivate" | "vectorized" => name.to_string(),
            other => format!("{name} {other}"),
        }
    }

    /// Median seconds per epoch of a successful run.
    pub(crate) fn ok_median(&self) -> Option<f64> {
        if self.status == "ok" { self.median_epoch_seconds() } else { None }
    }
}

/// Median of `values` (NaN-free); the mean of the middle two for even lengths, `None` if empty.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

/// Reads every `*.json` file directly in `dir` that has a `timings` field, sorted by file name.
///
/// Other JSON files are skipped; files that fail to parse are skipped with a warning.
/// Fails, naming `dir`, if it cannot be read or holds no result files.
pub fn load_results(dir: &Path) -> Result<Vec<RunResult>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read result directory {}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.with_context(|| format!("cannot list {}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == "json") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut results = Vec::new();
    for path in paths {
        let value: serde_json::Value = match std::fs::read_to_string(&path)
            .map_err(anyhow::Error::from)
            .and_then(|s| serde_json::from_str(&s).map_err(anyhow::Error::from))
        {
            Ok(v) => v,
            Err(e) => {
                log::warn!("skipping {}: {e}", path.display());
                continue;
            }
        };
        if value.get("timings").is_none() {
            log::debug!("skipping {}: not a run result (no \"timings\")", path.display());
            continue;
        }
        match serde_json::from_value::<RunResult>(value) {
            Ok(run) => results.push(run),
            Err(e) => log::warn!("skipping {}: {e}", path.display()),
        }
    }
    if results.is_empty() {
        bail!("no benchmark result files (*.json with \"timings\") in {}", dir.display());
    }
    Ok(results)
}

/// Paths of the files written by [`write_report`], in writing order.
pub struct ReportFiles {
    /// `out_dir` joined with each file name.
    pub files: Vec<PathBuf>,
}

/// Writes medians.csv, medians.md, ablation.md, ratios.md, fusion.md and, per experiment, an SVG and a
/// PNG chart into `out_dir` (created if missing). Each file is written atomically.
pub fn write_report(results: &[RunResult], out_dir: &Path) -> Result<ReportFiles> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create report directory {}", out_dir.display()))?;
    let mut runs: Vec<&RunResult> = results.iter().collect();
    runs.sort_by_key(|r| sort_key(r));
    let mut files = Vec::new();
    let put = |name: &str, bytes: &[u8]| -> Result<PathBuf> {
        let path = out_dir.join(name);
        write_atomic(&path, bytes)?;
        Ok(path)
    };
    files.push(put("medians.csv", &medians_csv(&runs)?)?);
    files.push(put("medians.md", medians_md(&runs).as_bytes())?);
    files.push(put("ablation.md", ablation_md(&runs).as_bytes())?);
    files.push(put("ratios.md", ratios_md(&runs).as_bytes())?);
    files.push(put("fusion.md", fusion_md(&runs).as_bytes())?);
    let mut experiments: Vec<&str> = runs.iter().map(|r| r.experiment.as_str()).collect();
    experiments.dedup();
    for experiment in experiments {
        let (stem, title) = charts::chart_stem_and_title(experiment);
        let exp_runs: Vec<&RunResult> = runs.iter().copied().filter(|r| r.experiment == experiment).collect();
        files.push(put(&format!("{stem}.svg"), charts::render_svg(&title, &exp_runs)?.as_bytes())?);
        let path = out_dir.join(format!("{stem}.png"));
        let tmp = out_dir.join(format!(".{stem}.tmp{}.png", std::process::id()));
        if let Err(e) = charts::render_png(&title, &exp_runs, &tmp) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, &path)
            .with_context(|| format!("cannot rename {} to {}", tmp.display(), path.display()))?;
        files.push(path);
    }
    Ok(ReportFiles { files })
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().context("output path has no file name")?.to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path)
        .with_context(|| format!("cannot rename {} to {}", tmp.display(), path.display()))
}

fn rank(list: &[&str], item: &str) -> usize {
    list.iter().position(|x| *x == item).unwrap_or(list.len())
}

/// Sort key of [`sort_key`].
pub(crate) type SortKey = (usize, String, usize, String, bool, usize, String, bool, usize);

/// Display order: experiment, library (dpgpu, jax, opacus), DP first, variant, fused first,
/// batch size.
pub(crate) fn sort_key(r: &RunResult) -> SortKey {
    let experiments = ["logreg", "ffnn", "mnist", "embed", "lstm", "cifar10"];
    let library = r.library.to_ascii_lowercase();
    let variants = ["auto", "vectorized", "ghost", "loop", "dp", "nonprivate"];
    (
        rank(&experiments, &r.experiment),
        r.experiment.clone(),
        rank(&["dpgpu", "jax", "opacus"], &library),
        library,
        !r.private,
        rank(&variants, &r.variant),
        r.variant.clone(),
        !r.fusion,
        r.batch_size,
    )
}

/// `v` rounded to `sig` significant digits, without exponent notation.
pub(crate) fn format_significant(v: f64, sig: i32) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{v}");
    }
    let digits = |x: f64| (sig - 1 - x.abs().log10().floor() as i32).max(0);
    let scale = 10f64.powi(sig - 1 - v.abs().log10().floor() as i32);
    let rounded = (v * scale).round() / scale;
    format!("{rounded:.*}", digits(rounded) as usize)
}

#[cfg(test)]
mod tests;
