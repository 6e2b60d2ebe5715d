//! `dpgpu report DIR...`: summarises benchmark result JSON files into median,
//! ablation and ratio tables (Markdown, CSV) and per-experiment bar charts
//! (SVG, PNG; see [`super::charts`]), one report per device and a cross-device table when the
//! runs come from several devices (`report/devices.rs`). All times are in seconds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::charts;
use super::tables::{ablation_md, fusion_md, medians_csv, medians_md, ratios_md};
use crate::kernels::dispatch::DispatchCount;

mod devices;

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
    /// The device's key ([`crate::device::device_key`]): the file's `device`, else made from
    /// `backend` and `adapter`, else "unknown".
    pub device: String,
    /// PCI vendor id of the adapter, if any.
    pub vendor: Option<u32>,
    /// Driver name and version, if any.
    pub driver: Option<String>,
    /// The host's CPU model and cores, when recorded.
    pub machine: Option<String>,
    /// Peak memory the run held, in bytes (dpgpu only).
    pub peak_memory_bytes: Option<u64>,
    /// Kernels dispatched by one step (dpgpu on wgpu only).
    pub dispatches_per_step: Option<DispatchCount>,
    /// The run's settings that must agree for two runs to be compared: the file's `args`
    /// without the fields that name the cell (experiment, variant, batch size, fusion, device,
    /// data folder), as JSON text; empty when the file has none.
    pub settings: String,
    /// The binary: `dpgpu_version` and `git_commit`, when recorded.
    pub build: String,
    /// The file the run was read from (set by [`load_results`]).
    pub source: Option<PathBuf>,
    /// Prefix [`RunResult::label`] with the device (reports over several devices).
    pub show_device: bool,
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
    device: Option<String>,
    vendor: Option<u32>,
    driver: Option<String>,
    machine: Option<String>,
    peak_memory_bytes: Option<u64>,
    dispatches_per_step: Option<DispatchCount>,
    args: Option<serde_json::Map<String, serde_json::Value>>,
    dpgpu_version: Option<String>,
    git_commit: Option<String>,
}

impl From<RawRunResult> for RunResult {
    fn from(raw: RawRunResult) -> Self {
        // A `device` field written as a key (older files may hold free text there).
        let is_key = |d: &str| !d.is_empty() && crate::device::slug(d) == d;
        let device = match (&raw.device, &raw.backend) {
            (Some(d), _) if is_key(d) => d.clone(),
            (_, Some(b)) if !b.is_empty() => crate::device::device_key(b, raw.adapter.as_deref()),
            _ => "unknown".to_string(),
        };
        let settings = raw.args.map_or_else(String::new, |mut args| {
            for cell in ["experiment", "variant", "batch_size", "fusion", "device", "data_dir"] {
                args.remove(cell);
            }
            serde_json::Value::Object(args).to_string()
        });
        let build = [raw.dpgpu_version, raw.git_commit].into_iter().flatten().collect::<Vec<_>>().join(" ");
        RunResult {
            device,
            vendor: raw.vendor,
            driver: raw.driver,
            machine: raw.machine,
            settings,
            build,
            source: None,
            show_device: false,
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
    /// "Opacus", "dpgpu non-private"; "cpu: dpgpu vectorized" with [`RunResult::show_device`].
    pub fn label(&self) -> String {
        match self.show_device {
            true => format!("{}: {}", self.device, self.plain_label()),
            false => self.plain_label(),
        }
    }

    fn plain_label(&self) -> String {
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
    load_results_from(&[dir.to_path_buf()])
}

/// [`load_results`] over several folders (a folder named twice is read once), each run
/// remembering its file ([`RunResult::source`]). Runs of one device key recorded on different
/// hosts (`machine`) get the host appended to their key (`cpu@amd-epyc-9654-96-cores`), so two
/// machines' runs are never taken for the same device.
///
/// Fails, naming the file, when a `.json` file that is a result file (has `timings`) or might be
/// one cannot be parsed; and, naming both files, when two runs fill the same cell (device,
/// library, variant, experiment, batch size, fusion): a report never drops or merges them
/// silently.
pub fn load_results_from(dirs: &[PathBuf]) -> Result<Vec<RunResult>> {
    let mut results: Vec<RunResult> = Vec::new();
    let mut read: Vec<PathBuf> = Vec::new();
    for dir in dirs {
        let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        if read.contains(&canonical) {
            continue;
        }
        read.push(canonical);
        let entries = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read result directory {}", dir.display()))?;
        let mut paths = Vec::new();
        for entry in entries {
            let path = entry.with_context(|| format!("cannot list {}", dir.display()))?.path();
            if path.extension().is_some_and(|e| e == "json") && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();
        let before = results.len();
        for path in paths {
            if let Some(mut run) = read_run(&path)? {
                run.source = Some(path);
                results.push(run);
            }
        }
        if results.len() == before {
            bail!("no benchmark result files (*.json with \"timings\") in {}", dir.display());
        }
    }
    separate_hosts(&mut results);
    let cell = |r: &RunResult| {
        (r.device.clone(), r.library.clone(), r.variant.clone(), r.experiment.clone(), r.batch_size, r.fusion)
    };
    let mut seen: std::collections::HashMap<_, &RunResult> = std::collections::HashMap::new();
    for run in &results {
        if let Some(first) = seen.insert(cell(run), run) {
            let name = |r: &RunResult| r.source.as_ref().map_or("?".into(), |p| p.display().to_string());
            bail!(
                "{} and {} are the same run ({} {} {} at batch {} on {}): report one of them",
                name(first),
                name(run),
                run.library,
                run.variant,
                run.experiment,
                run.batch_size,
                run.device
            );
        }
    }
    Ok(results)
}

/// Appends the host to the device key of every run whose key was recorded on more than one
/// host.
fn separate_hosts(results: &mut [RunResult]) {
    let mut hosts: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for r in results.iter() {
        if let Some(m) = &r.machine {
            let list = hosts.entry(r.device.clone()).or_default();
            if !list.contains(m) {
                list.push(m.clone());
            }
        }
    }
    for r in results.iter_mut() {
        if let Some(m) = r.machine.as_ref().filter(|_| hosts.get(&r.device).is_some_and(|h| h.len() > 1)) {
            r.device = format!("{}@{}", r.device, crate::device::slug(m));
        }
    }
}

/// One result file; `None` (with a debug line) for JSON that is not one (no `timings`, as
/// `memory_expt.json`).
///
/// # Errors
/// A file that cannot be read or parsed as JSON, or has `timings` but not a result's fields.
fn read_run(path: &Path) -> Result<Option<RunResult>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{} is not valid JSON (a truncated result file?)", path.display()))?;
    if value.get("timings").is_none() {
        log::debug!("skipping {}: not a run result (no \"timings\")", path.display());
        return Ok(None);
    }
    let run = serde_json::from_value::<RunResult>(value)
        .with_context(|| format!("{} is not a valid result file", path.display()))?;
    Ok(Some(run))
}

/// Paths of the files written by [`write_report`], in writing order.
pub struct ReportFiles {
    /// `out_dir` joined with each file name.
    pub files: Vec<PathBuf>,
}

/// Writes the report of `results` into `out_dir` (created if missing); every file atomically.
///
/// One device: medians.csv, medians.md, ablation.md, ratios.md, fusion.md and, per experiment,
/// an SVG and a PNG chart. Several devices: that report for each device in `out_dir/<device>/`,
/// and in `out_dir` medians.csv and medians.md over every run, devices.md (per cell, seconds per
/// epoch on each device and the ratio to `baseline`, the DP / non-private ratio per device) and
/// per experiment a chart with one bar group per device and configuration.
///
/// # Errors
/// A folder or file that cannot be written; a `baseline` that is none of the devices.
pub fn write_report(results: &[RunResult], out_dir: &Path, baseline: Option<&str>) -> Result<ReportFiles> {
    let devices = devices(results);
    let mut runs: Vec<&RunResult> = results.iter().collect();
    runs.sort_by_key(|r| sort_key(r));
    if let Some(b) = baseline.filter(|b| !devices.contains(b)) {
        bail!("--baseline {b}: no run on that device (devices: {})", devices.join(", "));
    }
    if devices.len() == 1 {
        return write_device_report(&runs, out_dir);
    }
    let mut files = Vec::new();
    for device in &devices {
        let own: Vec<&RunResult> = runs.iter().copied().filter(|r| r.device == *device).collect();
        files.extend(write_device_report(&own, &out_dir.join(device))?.files);
    }
    let labelled: Vec<RunResult> =
        runs.iter().map(|r| RunResult { show_device: true, ..(*r).clone() }).collect();
    let labelled: Vec<&RunResult> = labelled.iter().collect();
    let baseline = baseline.unwrap_or(devices[0]);
    files.push(put(out_dir, "medians.csv", &medians_csv(&labelled)?)?);
    files.push(put(out_dir, "medians.md", medians_md(&labelled).as_bytes())?);
    files.push(put(out_dir, "devices.md", devices::devices_md(&runs, &devices, baseline).as_bytes())?);
    files.extend(write_charts(&labelled, out_dir, None)?);
    Ok(ReportFiles { files })
}

/// The devices of `results`, each once: `cpu` first, then by key.
pub fn devices(results: &[RunResult]) -> Vec<&str> {
    let mut devices: Vec<&str> = results.iter().map(|r| r.device.as_str()).collect();
    devices.sort_by_key(|d| (*d != "cpu", *d));
    devices.dedup();
    devices
}

/// The report of one device's runs (see [`write_report`]).
fn write_device_report(runs: &[&RunResult], out_dir: &Path) -> Result<ReportFiles> {
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create report directory {}", out_dir.display()))?;
    let device = runs.first().map(|r| devices::describe(r)).unwrap_or_default();
    let md = |text: String| devices::with_device_line(&text, &device);
    let mut files = vec![
        put(out_dir, "medians.csv", &medians_csv(runs)?)?,
        put(out_dir, "medians.md", md(medians_md(runs)).as_bytes())?,
        put(out_dir, "ablation.md", md(ablation_md(runs)).as_bytes())?,
        put(out_dir, "ratios.md", md(ratios_md(runs)).as_bytes())?,
        put(out_dir, "fusion.md", md(fusion_md(runs)).as_bytes())?,
    ];
    files.extend(write_charts(runs, out_dir, runs.first().map(|r| r.device.as_str()))?);
    Ok(ReportFiles { files })
}

/// Writes `bytes` to `dir/name` atomically; returns the path.
fn put(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf> {
    let path = dir.join(name);
    crate::files::write_atomic(&path, bytes)?;
    Ok(path)
}

/// Per experiment, the SVG and PNG chart of `runs` (sorted for display) into `out_dir`, the
/// title naming `device` when the runs are of one device.
fn write_charts(runs: &[&RunResult], out_dir: &Path, device: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut experiments: Vec<&str> = runs.iter().map(|r| r.experiment.as_str()).collect();
    experiments.dedup();
    for experiment in experiments {
        let (stem, title) = charts::chart_stem_and_title(experiment);
        let title = match device {
            Some(d) => format!("{title} ({d})"),
            None => title,
        };
        let exp_runs: Vec<&RunResult> = runs.iter().copied().filter(|r| r.experiment == experiment).collect();
        files.push(put(out_dir, &format!("{stem}.svg"), charts::render_svg(&title, &exp_runs)?.as_bytes())?);
        let path = out_dir.join(format!("{stem}.png"));
        crate::files::write_atomic_via_path(&path, |tmp| {
            charts::render_png(&title, &exp_runs, tmp).map_err(|e| std::io::Error::other(format!("{e:#}")))
        })?;
        files.push(path);
    }
    Ok(files)
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
