//! The cross-device part of `dpgpu report`: runs of one configuration on several devices side
//! by side, the ratio of each device to a baseline device, and the DP / non-private ratio per
//! device. Runs are only ever compared within one cell (library, variant, experiment, batch
//! size, fusion); a cell whose runs differ in settings or binary says so in its notes.

use super::{RunResult, format_significant, sort_key};
use crate::bench::tables::{md_table, ratio, secs};

/// One line naming a run's device: key, backend, adapter, vendor and driver.
pub(super) fn describe(r: &RunResult) -> String {
    let mut s = format!("`{}` (backend {}", r.device, r.backend.as_deref().unwrap_or("unknown"));
    if let Some(a) = &r.adapter {
        s += &format!(", adapter {a}");
    }
    if let Some(v) = r.vendor {
        s += &format!(", vendor 0x{v:04x}");
    }
    if let Some(d) = &r.driver {
        s += &format!(", driver {d}");
    }
    if let Some(m) = &r.machine {
        s += &format!(", host {m}");
    }
    s + ")"
}

/// `text` (a Markdown document starting with its title) with a "Device: ..." line after the
/// title.
pub(super) fn with_device_line(text: &str, device: &str) -> String {
    match text.split_once("\n\n") {
        Some((title, rest)) if !device.is_empty() => format!("{title}\n\nDevice: {device}.\n\n{rest}"),
        _ => text.to_string(),
    }
}

/// What differs between the runs of one comparison: "settings differ" and/or "binaries
/// differ (a; b)"; empty when nothing does.
fn differences(runs: &[&RunResult]) -> String {
    let mut notes = Vec::new();
    let distinct = |f: &dyn Fn(&RunResult) -> &str| {
        let mut v: Vec<&str> = runs.iter().map(|r| f(r)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if distinct(&|r| r.settings.as_str()).len() > 1 {
        notes.push("settings differ".to_string());
    }
    let builds = distinct(&|r| r.build.as_str());
    if builds.len() > 1 {
        notes.push(format!("binaries differ ({})", builds.join("; ")));
    }
    notes.join(", ")
}

/// devices.md: per cell, median seconds per epoch on each device and each device's time over
/// `baseline`'s; then per library, experiment and batch size, best DP / non-private on each
/// device. `devices` in column order.
pub(super) fn devices_md(runs: &[&RunResult], devices: &[&str], baseline: &str) -> String {
    let mut s = String::from("# Devices side by side\n\nMedian seconds per epoch (epoch 1 included). ");
    s += &format!("Ratios are each device's time over the baseline device `{baseline}`'s ");
    s += "(below 1: faster than the baseline). Devices:\n\n";
    for device in devices {
        if let Some(r) = runs.iter().find(|r| r.device == *device) {
            s += &format!("- {}\n", describe(r));
        }
    }
    let others: Vec<&str> = devices.iter().copied().filter(|d| *d != baseline).collect();

    // One row per cell, in display order.
    let mut cells: Vec<&RunResult> = Vec::new();
    for r in runs {
        let same = |c: &&RunResult| {
            c.library == r.library
                && c.variant == r.variant
                && c.experiment == r.experiment
                && c.batch_size == r.batch_size
                && c.fusion == r.fusion
        };
        if !cells.iter().any(same) {
            cells.push(r);
        }
    }
    cells.sort_by_key(|r| sort_key(r));
    let mut headers: Vec<String> = ["experiment", "configuration", "batch size"].map(String::from).to_vec();
    headers.extend(devices.iter().map(|d| format!("{d} (s)")));
    headers.extend(others.iter().map(|d| format!("{d} / {baseline}")));
    headers.push("notes".into());
    let mut rows = Vec::new();
    for cell in &cells {
        let on = |device: &str| {
            runs.iter().copied().find(|r| {
                r.device == device
                    && r.library == cell.library
                    && r.variant == cell.variant
                    && r.experiment == cell.experiment
                    && r.batch_size == cell.batch_size
                    && r.fusion == cell.fusion
            })
        };
        let found: Vec<&RunResult> = devices.iter().filter_map(|d| on(d)).collect();
        let time = |device: &str| on(device).and_then(RunResult::ok_median);
        let mut row = vec![cell.experiment.clone(), configuration(cell), cell.batch_size.to_string()];
        row.extend(devices.iter().map(|d| match on(d) {
            Some(r) if r.status != "ok" => r.status.clone(),
            r => secs(r.and_then(RunResult::ok_median)),
        }));
        row.extend(others.iter().map(|d| ratio2(time(d), time(baseline))));
        row.push(differences(&found));
        rows.push(row);
    }
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    s += "\n## Seconds per epoch\n\n";
    s += &md_table(&headers, &rows);

    // DP overhead per device.
    let mut groups: Vec<(&str, &str, usize)> = Vec::new();
    for r in &cells {
        let g = (r.library.as_str(), r.experiment.as_str(), r.batch_size);
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    let mut headers: Vec<String> = ["library", "experiment", "batch size"].map(String::from).to_vec();
    headers.extend(devices.iter().map(|d| format!("{d}: best DP / non-private")));
    headers.push("notes".into());
    let mut rows = Vec::new();
    for (library, experiment, batch) in groups {
        let mut notes = Vec::new();
        let mut row = vec![library.to_string(), experiment.to_string(), batch.to_string()];
        for device in devices {
            let group: Vec<&RunResult> = runs
                .iter()
                .copied()
                .filter(|r| {
                    r.device == *device
                        && r.library == library
                        && r.experiment == experiment
                        && r.batch_size == batch
                })
                .collect();
            let fastest = |private: bool| {
                group
                    .iter()
                    .copied()
                    .filter(|r| r.private == private)
                    .filter_map(|r| r.ok_median().map(|m| (m, r)))
                    .min_by(|a, b| a.0.total_cmp(&b.0))
            };
            match (fastest(true), fastest(false)) {
                (Some((dp, d)), Some((np, n))) => {
                    row.push(format!("{} ({})", ratio(Some(dp), Some(np)), configuration(d)));
                    let diff = differences(&[d, n]);
                    if !diff.is_empty() {
                        notes.push(format!("{device}: {diff}"));
                    }
                }
                _ => row.push("-".into()),
            }
        }
        row.push(notes.join("; "));
        if row[3..3 + devices.len()].iter().any(|c| c != "-") {
            rows.push(row);
        }
    }
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    s += "\n## DP overhead per device\n\nThe fastest private run of the library over its fastest ";
    s += "non-private run, on the same device.\n\n";
    s + &md_table(&headers, &rows)
}

/// A run's configuration without its device: dpgpu's label ("dpgpu auto"), a peer's with
/// whether it is private ("JAX DP", "Opacus non-private").
fn configuration(r: &RunResult) -> String {
    match r.library.eq_ignore_ascii_case("dpgpu") {
        true => r.plain_label(),
        false => format!("{} {}", r.plain_label(), if r.private { "DP" } else { "non-private" }),
    }
}

/// `num / den` to three significant digits, `-` when either is missing.
fn ratio2(num: Option<f64>, den: Option<f64>) -> String {
    match (num, den) {
        (Some(n), Some(d)) if d > 0.0 => format!("{}x", format_significant(n / d, 3)),
        _ => "-".to_string(),
    }
}
