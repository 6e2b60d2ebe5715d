//! Markdown and CSV tables of `dpgpu report`: medians, ablation and DP overhead ratios.
//! All times are median seconds per epoch (see [`RunResult::median_epoch_seconds`]).

use std::fmt::Write as _;

use anyhow::Result;

use super::report::{RunResult, SortKey, format_significant, median, sort_key};

pub(crate) fn secs(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format_significant(v, 4))
}

pub(crate) fn ratio(num: Option<f64>, den: Option<f64>) -> String {
    match (num, den) {
        (Some(n), Some(d)) if d > 0.0 => format!("{:.1}x", n / d),
        _ => "-".to_string(),
    }
}

pub(crate) fn md_table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = format!("| {} |\n|{}\n", headers.join(" | "), "---|".repeat(headers.len()));
    for row in rows {
        let _ = writeln!(s, "| {} |", row.join(" | "));
    }
    s
}

const MEDIAN_HEADERS: [&str; 16] = [
    "experiment",
    "library",
    "variant",
    "fusion",
    "private",
    "batch_size",
    "status",
    "epochs",
    "median_s_per_epoch",
    "median_s_per_step",
    "device",
    "backend",
    "adapter",
    "vendor",
    "driver",
    "host",
];

fn median_row(r: &RunResult, fmt: impl Fn(Option<f64>) -> String) -> Vec<String> {
    vec![
        r.experiment.clone(),
        r.library.clone(),
        r.variant.clone(),
        r.fusion.to_string(),
        r.private.to_string(),
        r.batch_size.to_string(),
        r.status.clone(),
        r.timings.len().to_string(),
        fmt(r.median_epoch_seconds()),
        fmt(r.median_step_seconds()),
        r.device.clone(),
        r.backend.clone().unwrap_or_default(),
        r.adapter.clone().unwrap_or_default(),
        r.vendor.map_or_else(String::new, |v| format!("0x{v:04x}")),
        r.driver.clone().unwrap_or_default(),
        r.machine.clone().unwrap_or_default(),
    ]
}

/// medians.csv: one row per run; empty cells where a median is missing; full-precision seconds.
pub(crate) fn medians_csv(runs: &[&RunResult]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(MEDIAN_HEADERS)?;
    for r in runs {
        w.write_record(median_row(r, |v| v.map_or_else(String::new, |v| v.to_string())))?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("writing CSV: {e}"))
}

/// medians.md: the median table in Markdown, seconds to 4 significant digits.
pub(crate) fn medians_md(runs: &[&RunResult]) -> String {
    let rows: Vec<Vec<String>> = runs.iter().map(|r| median_row(r, secs)).collect();
    let headers = MEDIAN_HEADERS.map(|h| h.replace("_s_per_", " s/").replace('_', " "));
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let s = String::from("# Median runtimes\n\nSeconds; medians over all epochs, epoch 1 (compilation) ");
    s + "included, as the paper aggregates.\n\n" + &md_table(&headers, &rows)
}

/// Median of the medians of the successful runs matching `pred`.
fn pick(runs: &[&RunResult], pred: impl Fn(&RunResult) -> bool) -> Option<f64> {
    let v: Vec<f64> = runs.iter().filter(|r| pred(r)).filter_map(|r| r.ok_median()).collect();
    median(&v)
}

fn min_of(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    values.into_iter().flatten().reduce(f64::min)
}

/// ablation.md: dpgpu variants with and without fusion at batch size 128, with speedups.
pub(crate) fn ablation_md(runs: &[&RunResult]) -> String {
    let variants = ["auto", "vectorized", "ghost", "loop", "nonprivate"];
    let mut headers = vec!["experiment".to_string()];
    for v in variants {
        headers.push(format!("{v} (s)"));
        headers.push(format!("{v} no fusion (s)"));
    }
    headers.extend(
        ["loop / vectorized", "loop / ghost", "unfused / fused (vectorized)", "best DP / non-private"]
            .map(String::from),
    );
    let mut experiments: Vec<&str> = runs.iter().map(|r| r.experiment.as_str()).collect();
    experiments.dedup();
    let mut rows = Vec::new();
    for exp in experiments {
        let cell = |variant: &str, fusion: bool| {
            pick(runs, |r| {
                r.library.eq_ignore_ascii_case("dpgpu")
                    && r.experiment == exp
                    && r.batch_size == 128
                    && r.variant == variant
                    && r.fusion == fusion
            })
        };
        let m: Vec<[Option<f64>; 2]> = variants.iter().map(|v| [cell(v, true), cell(v, false)]).collect();
        if m.iter().flatten().all(Option::is_none) {
            continue;
        }
        // slow / fast, on fused runs if both exist, else on unfused ones.
        let speedup = |slow: [Option<f64>; 2], fast: [Option<f64>; 2]| {
            if slow[0].is_some() && fast[0].is_some() {
                ratio(slow[0], fast[0])
            } else {
                ratio(slow[1], fast[1])
            }
        };
        let mut row = vec![exp.to_string()];
        row.extend(m.iter().flatten().map(|v| secs(*v)));
        row.push(speedup(m[3], m[1]));
        row.push(speedup(m[3], m[2]));
        row.push(ratio(m[1][1], m[1][0]));
        row.push(ratio(min_of(m[..4].iter().flatten().copied()), min_of(m[4])));
        rows.push(row);
    }
    if rows.is_empty() {
        return "# Ablation (dpgpu, batch size 128)\n\nNo dpgpu run at batch size 128.\n".to_string();
    }
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut s = String::from("# Ablation (dpgpu, batch size 128)\n\nMedian seconds per epoch. ");
    s += "Ratios are speedups (slower / faster) or DP overhead; loop / vectorized and loop / ghost ";
    s += "compare fused runs (unfused if a fused one is missing); best DP is the fastest DP run.\n\n";
    s + &md_table(&headers, &rows)
}

/// ratios.md: per library, experiment and batch size, best DP / non-private and loop / best DP.
pub(crate) fn ratios_md(runs: &[&RunResult]) -> String {
    // Library, then experiment, then batch size, each in display order.
    let mut groups: Vec<_> = runs
        .iter()
        .map(|r| {
            let k = sort_key(r);
            ((k.2, k.3, k.0, k.1, r.batch_size), (r.library.as_str(), r.experiment.as_str(), r.batch_size))
        })
        .collect();
    groups.sort();
    groups.dedup();
    let mut rows = Vec::new();
    for (_, (lib, exp, bs)) in groups {
        let group: Vec<&RunResult> = runs
            .iter()
            .copied()
            .filter(|r| r.library == lib && r.experiment == exp && r.batch_size == bs)
            .collect();
        let mut labels: Vec<(String, bool)> = group.iter().map(|r| (r.label(), r.private)).collect();
        labels.dedup();
        let configs: Vec<(String, bool, f64)> = labels
            .into_iter()
            .filter_map(|(l, p)| pick(&group, |r| r.label() == l && r.private == p).map(|m| (l, p, m)))
            .collect();
        let best_dp = configs.iter().filter(|c| c.1).min_by(|a, b| a.2.total_cmp(&b.2));
        let nonprivate = min_of(configs.iter().filter(|c| !c.1).map(|c| Some(c.2)));
        if best_dp.is_none() && nonprivate.is_none() {
            continue;
        }
        let dp = best_dp.map(|c| c.2);
        let looped = pick(&group, |r| r.variant == "loop" && r.fusion);
        let looped = looped.or_else(|| pick(&group, |r| r.variant == "loop"));
        rows.push(vec![
            lib.to_string(),
            exp.to_string(),
            bs.to_string(),
            best_dp.map_or("-".to_string(), |c| c.0.clone()),
            secs(dp),
            secs(nonprivate),
            ratio(dp, nonprivate),
            secs(looped),
            ratio(looped, dp),
        ]);
    }
    let headers = [
        "library",
        "experiment",
        "batch size",
        "best DP variant",
        "best DP (s)",
        "non-private (s)",
        "DP / non-private",
        "loop (s)",
        "loop / best DP",
    ];
    let mut s = String::from("# DP overhead\n\nMedian seconds per epoch; best DP is the fastest ");
    s += "private configuration, non-private the fastest non-private one.\n\n";
    s + &md_table(&headers, &rows)
}

/// fusion.md: per dpgpu experiment, batch size and DP variant, the run with dpgpu's fused WGSL
/// DP kernels against the same DP step as separate tensor operations: seconds, DP overhead over
/// the non-private step (DP − non-private, seconds per epoch) and kernel dispatches per step.
pub(crate) fn fusion_md(runs: &[&RunResult]) -> String {
    let dpgpu: Vec<&RunResult> =
        runs.iter().copied().filter(|r| r.library.eq_ignore_ascii_case("dpgpu")).collect();
    let mut keys: Vec<(SortKey, String, usize, String)> = dpgpu
        .iter()
        .filter(|r| r.private)
        .map(|r| {
            let mut k = sort_key(r);
            (k.7, k.8) = (false, 0);
            (k, r.experiment.clone(), r.batch_size, r.variant.clone())
        })
        .collect();
    keys.sort();
    keys.dedup();
    let dispatches = |r: Option<&&RunResult>| {
        r.and_then(|r| r.dispatches_per_step.as_ref())
            .map_or("-".to_string(), |d| format!("{} ({} dpgpu)", d.total, d.dpgpu_kernels))
    };
    let mut rows = Vec::new();
    for (_, exp, bs, variant) in keys {
        let find = |v: &str, fusion: bool| {
            dpgpu
                .iter()
                .find(|r| r.experiment == exp && r.batch_size == bs && r.variant == v && r.fusion == fusion)
        };
        let (fused, unfused) = (find(&variant, true), find(&variant, false));
        let nonprivate = find("nonprivate", true).and_then(|r| r.ok_median());
        let (f, u) = (fused.and_then(|r| r.ok_median()), unfused.and_then(|r| r.ok_median()));
        let overhead = |dp: Option<f64>| secs(dp.zip(nonprivate).map(|(d, n)| d - n));
        rows.push(vec![
            exp.clone(),
            bs.to_string(),
            variant.clone(),
            secs(nonprivate),
            secs(f),
            secs(u),
            ratio(u, f),
            overhead(f),
            overhead(u),
            dispatches(find("nonprivate", true)),
            dispatches(fused),
            dispatches(unfused),
        ]);
    }
    let headers = [
        "experiment",
        "batch size",
        "variant",
        "non-private (s)",
        "fused (s)",
        "unfused (s)",
        "unfused / fused",
        "DP overhead fused (s)",
        "DP overhead unfused (s)",
        "dispatches/step non-private",
        "dispatches/step fused",
        "dispatches/step unfused",
    ];
    let mut s = String::from("# DP kernels fused vs unfused (dpgpu)\n\nMedian seconds per epoch. ");
    s += "Fused: dpgpu's WGSL kernels (norms, clip-and-accumulate, one noise + scale + update kernel ";
    s += "per tensor); unfused: the same DP step as separate tensor operations. DP overhead is the DP ";
    s += "run minus the non-private run. Dispatches: kernels launched by one step (dpgpu's own among ";
    s += "them), `-` on cpu, which launches none.\n\n";
    s + &md_table(&headers, &rows)
}
