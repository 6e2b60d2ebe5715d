//! The memory-limit experiment (SPEC B§9.3 with A§8): the largest batch size each variant of a
//! model runs at. From `init_bs` the batch size doubles until a run is out of memory, then the
//! bracket `[fits, out of memory)` is bisected until it is at most `thresh` wide.
//!
//! Every probe is one benchmark run in a fresh process (dummy data, `epochs` epochs, the paper's
//! 2). A probe is out of memory when its result file says `oom`: the run's own typed
//! [`Error::OutOfMemory`](crate::Error::OutOfMemory) (the backend's allocation error, or the
//! `--memory-limit` cap on the device pool's reserved bytes or the process's peak resident
//! memory), or when the process was killed by SIGKILL (the kernel's out-of-memory killer), never
//! by matching the text of its output. Any other failure ends that search with `failed`, and
//! the next one starts. The search itself is [`search`], independent of how a probe runs.

use serde::{Deserialize, Serialize};

use super::runtime::{RunConfig, Variant};
use crate::device::ComputeDevice;

/// What one probe found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProbeStatus {
    /// The run finished.
    Fits,
    /// The run was out of memory.
    Oom,
    /// The run failed for another reason.
    Failed,
}

/// One probe of a search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Probe {
    /// The batch size tried.
    pub batch_size: usize,
    /// What happened.
    pub status: ProbeStatus,
    /// Peak device memory of the run in bytes (wgpu: the pool's reserved bytes; `cpu`: peak
    /// resident memory of the process), when known.
    pub peak_bytes: Option<u64>,
    /// Why it failed, for `oom` and `failed`.
    pub error: Option<String>,
}

/// How a search ended (or that it has not yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchStatus {
    /// Still probing (what a result file saved mid-search says).
    Running,
    /// `max_batch_size` fits and `oom_batch_size` (at most `thresh` more) does not.
    Ok,
    /// Already `init_bs` was out of memory (lower `--init-bs`).
    OomAtInit,
    /// Every doubling up to `max_bs` fits; `max_batch_size` is the largest one probed.
    FitsUpToMax,
    /// A probe failed for a reason other than memory (or timed out); `max_batch_size` and
    /// `oom_batch_size` keep what the probes before it established.
    Failed,
}

impl SearchStatus {
    /// The status as the result file writes it (`ok`, `oom_at_init`, ...).
    pub fn name(self) -> &'static str {
        match self {
            SearchStatus::Running => "running",
            SearchStatus::Ok => "ok",
            SearchStatus::OomAtInit => "oom_at_init",
            SearchStatus::FitsUpToMax => "fits_up_to_max",
            SearchStatus::Failed => "failed",
        }
    }
}

/// The result of one (model, variant) search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    /// The model.
    pub experiment: String,
    /// The variant.
    pub variant: Variant,
    /// How it ended.
    pub status: SearchStatus,
    /// The largest batch size that ran.
    pub max_batch_size: Option<usize>,
    /// The smallest batch size found out of memory.
    pub oom_batch_size: Option<usize>,
    /// Every probe, in order.
    pub probes: Vec<Probe>,
}

/// The search's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchBounds {
    /// The first batch size tried (the paper: 64).
    pub init_bs: usize,
    /// Stop bisecting once `oom - fits <= thresh` (the paper: 128 for mnist, 1 for lstm; 0 is
    /// taken as 1).
    pub thresh: usize,
    /// Never try a batch size above this (doubling stops here).
    pub max_bs: usize,
}

/// Finds the largest batch size of `base` (experiment and variant set) that `probe` reports as
/// fitting, as SPEC B§9.3: probe `init_bs`, double until out of memory (or past `max_bs`), then
/// bisect `(low, high)` with `mid = (low + high) / 2` while `high - low > thresh`.
/// `saved(result)` is called after every probe with the result so far.
pub fn search(
    base: &RunConfig,
    bounds: SearchBounds,
    probe: &mut dyn FnMut(&RunConfig) -> Probe,
    saved: &mut dyn FnMut(&SearchResult),
) -> SearchResult {
    let mut result = SearchResult {
        experiment: base.experiment.clone(),
        variant: base.variant,
        status: SearchStatus::Running,
        max_batch_size: None,
        oom_batch_size: None,
        probes: Vec::new(),
    };
    let mut run = |bs: usize, result: &mut SearchResult, saved: &mut dyn FnMut(&SearchResult)| {
        let mut config = base.clone();
        config.batch_size = bs;
        let p = probe(&config);
        let status = p.status;
        result.probes.push(p);
        saved(result);
        status
    };
    fn finish(
        mut result: SearchResult,
        status: SearchStatus,
        (fits, oom): (Option<usize>, Option<usize>),
        saved: &mut dyn FnMut(&SearchResult),
    ) -> SearchResult {
        (result.status, result.max_batch_size, result.oom_batch_size) = (status, fits, oom);
        saved(&result);
        result
    }
    let mut low = match run(bounds.init_bs, &mut result, saved) {
        ProbeStatus::Oom => {
            return finish(result, SearchStatus::OomAtInit, (None, Some(bounds.init_bs)), saved);
        }
        ProbeStatus::Failed => return finish(result, SearchStatus::Failed, (None, None), saved),
        ProbeStatus::Fits => bounds.init_bs,
    };
    let mut high = loop {
        let next = match low.checked_mul(2).filter(|n| *n <= bounds.max_bs) {
            Some(next) => next,
            None => return finish(result, SearchStatus::FitsUpToMax, (Some(low), None), saved),
        };
        match run(next, &mut result, saved) {
            ProbeStatus::Fits => low = next,
            ProbeStatus::Oom => break next,
            ProbeStatus::Failed => return finish(result, SearchStatus::Failed, (Some(low), None), saved),
        }
    };
    while high - low > bounds.thresh.max(1) {
        let mid = low + (high - low) / 2;
        match run(mid, &mut result, saved) {
            ProbeStatus::Fits => low = mid,
            ProbeStatus::Oom => high = mid,
            ProbeStatus::Failed => {
                return finish(result, SearchStatus::Failed, (Some(low), Some(high)), saved);
            }
        }
    }
    finish(result, SearchStatus::Ok, (Some(low), Some(high)), saved)
}

/// The memory-limit experiment's result file (`memory_expt[_NAME].json`), rewritten after
/// every probe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemoryExperiment {
    /// "dpgpu".
    pub library: String,
    /// cpu | vulkan | metal | dx12 | gl.
    pub backend: String,
    /// The wgpu adapter, `None` on `cpu`.
    pub adapter: Option<String>,
    /// The `--memory-limit` cap in MiB, `None` for the device's own limit.
    pub memory_limit_mb: Option<u64>,
    /// The search's settings.
    pub bounds: SearchBounds,
    /// Epochs per probe.
    pub epochs: usize,
    /// dpgpu's version.
    pub dpgpu_version: String,
    /// One entry per (model, variant), in the order searched.
    pub results: Vec<SearchResult>,
}

impl MemoryExperiment {
    /// An experiment on `dev` with no results yet.
    pub fn new(
        dev: &ComputeDevice,
        memory_limit_mb: Option<u64>,
        bounds: SearchBounds,
        epochs: usize,
    ) -> Self {
        MemoryExperiment {
            library: "dpgpu".into(),
            backend: dev.backend.name().into(),
            adapter: dev.adapter.as_ref().map(|a| a.name.clone()),
            memory_limit_mb,
            bounds,
            epochs,
            dpgpu_version: env!("CARGO_PKG_VERSION").into(),
            results: Vec::new(),
        }
    }

    /// Records `result`, replacing an earlier (partial) one of the same model and variant.
    pub fn set(&mut self, result: SearchResult) {
        let same = |r: &SearchResult| r.experiment == result.experiment && r.variant == result.variant;
        match self.results.iter_mut().find(|r| same(r)) {
            Some(r) => *r = result,
            None => self.results.push(result),
        }
    }

    /// The result table in Markdown: per model and variant the largest batch size that ran, the
    /// smallest that did not, its peak memory, and the DP variants' maximum over the
    /// non-private one.
    pub fn markdown(&self) -> String {
        let limit = self.memory_limit_mb.map_or("the device's own".to_string(), |m| format!("{m} MiB"));
        let mut s = format!(
            "# Memory-limit experiment\n\nBackend {} ({}), memory limit {limit}, init batch {}, \
             thresh {}, {} epochs per probe, dummy data.\n\n",
            self.backend,
            self.adapter.as_deref().unwrap_or("no adapter"),
            self.bounds.init_bs,
            self.bounds.thresh,
            self.epochs
        );
        s += "| model | variant | max batch size | out of memory at | status | peak memory at max (MiB) | max / non-private |\n";
        s += "|---|---|---|---|---|---|---|\n";
        for r in &self.results {
            let nonprivate = self
                .results
                .iter()
                .find(|n| n.experiment == r.experiment && n.variant == Variant::Nonprivate)
                .and_then(|n| n.max_batch_size);
            let peak = r
                .probes
                .iter()
                .find(|p| Some(p.batch_size) == r.max_batch_size)
                .and_then(|p| p.peak_bytes)
                .map_or("-".to_string(), |b| format!("{:.0}", b as f64 / (1 << 20) as f64));
            let show = |v: Option<usize>| v.map_or("-".to_string(), |v| v.to_string());
            let ratio = match (r.max_batch_size, nonprivate) {
                (Some(m), Some(n)) if n > 0 => format!("{:.2}", m as f64 / n as f64),
                _ => "-".to_string(),
            };
            s += &format!(
                "| {} | {} | {} | {} | {} | {peak} | {ratio} |\n",
                r.experiment,
                r.variant.name(),
                show(r.max_batch_size),
                show(r.oom_batch_size),
                r.status.name()
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_are_the_result_files_names() {
        use SearchStatus::*;
        for s in [Running, Ok, OomAtInit, FitsUpToMax, Failed] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.name(), "{s:?}");
        }
    }

    fn base() -> RunConfig {
        RunConfig { dummy_data: true, ..RunConfig::paper("mnist", Variant::Vectorized, 0, 2) }
    }

    /// A probe that fits up to `limit` and fails above `broken` (if set).
    fn fake(limit: usize, broken: Option<usize>) -> impl FnMut(&RunConfig) -> Probe {
        move |c| Probe {
            batch_size: c.batch_size,
            status: match c.batch_size {
                b if broken.is_some_and(|x| b >= x) => ProbeStatus::Failed,
                b if b <= limit => ProbeStatus::Fits,
                _ => ProbeStatus::Oom,
            },
            peak_bytes: None,
            error: None,
        }
    }

    fn run(limit: usize, broken: Option<usize>, bounds: SearchBounds) -> (SearchResult, usize) {
        let mut saves = 0;
        let r = search(&base(), bounds, &mut fake(limit, broken), &mut |_| saves += 1);
        (r, saves)
    }

    const PAPER: SearchBounds = SearchBounds { init_bs: 64, thresh: 128, max_bs: 1 << 20 };

    #[test]
    fn doubling_then_bisection_brackets_the_limit_within_thresh() {
        for limit in [64, 100, 1000, 5000, 12_345] {
            let mut statuses = Vec::new();
            let r = search(&base(), PAPER, &mut fake(limit, None), &mut |r| statuses.push(r.status));
            let last = statuses.pop();
            assert!(statuses.iter().all(|s| *s == SearchStatus::Running), "mid-search saves say running");
            assert_eq!(last, Some(SearchStatus::Ok));
            let saves = statuses.len() + 1;
            assert_eq!(r.status, SearchStatus::Ok, "limit {limit}");
            let (fits, oom) = (r.max_batch_size.unwrap(), r.oom_batch_size.unwrap());
            assert!(fits <= limit && limit < oom && oom - fits <= 128, "limit {limit}: [{fits}, {oom})");
            assert!(saves > r.probes.len(), "saved after every probe and at the end");
        }
        // With thresh 1 the bracket is exact.
        let (r, _) = run(777, None, SearchBounds { thresh: 1, ..PAPER });
        assert_eq!((r.max_batch_size, r.oom_batch_size), (Some(777), Some(778)));
    }

    #[test]
    fn the_probe_sequence_is_the_papers() {
        let (r, _) = run(300, None, PAPER);
        let sizes: Vec<usize> = r.probes.iter().map(|p| p.batch_size).collect();
        // 64, 128, 256 fit, 512 does not; bisect (256, 512): 384 → oom; 384 - 256 = 128 ≤ thresh.
        assert_eq!(sizes, [64, 128, 256, 512, 384]);
        assert_eq!((r.max_batch_size, r.oom_batch_size), (Some(256), Some(384)));
    }

    #[test]
    fn oom_at_init_failures_and_the_cap_end_the_search() {
        let (r, _) = run(10, None, PAPER);
        assert_eq!((r.status, r.probes.len(), r.max_batch_size), (SearchStatus::OomAtInit, 1, None));
        let (r, _) = run(10_000, Some(256), PAPER);
        // 64 and 128 fit before 256 fails: what is known survives the failure.
        assert_eq!((r.status, r.max_batch_size, r.oom_batch_size), (SearchStatus::Failed, Some(128), None));
        assert_eq!(r.probes.last().unwrap().status, ProbeStatus::Failed);
        let (r, _) = run(usize::MAX, None, SearchBounds { max_bs: 1000, ..PAPER });
        assert_eq!((r.status, r.max_batch_size), (SearchStatus::FitsUpToMax, Some(512)));
    }
}
