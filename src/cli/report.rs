//! `dpgpu report DIR...`: tables and charts from result files, a report per device.

use std::path::PathBuf;

use clap::Args;
use dpgpu::bench::report::{devices, load_results_from, write_report};
use serde_json::json;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Folders with result files (e.g. results/raw); runs of several devices are kept apart.
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,
    /// Output folder for the tables and charts [default: the first DIR/../report].
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The device the cross-device table divides by, as its key in the result files' names
    /// and `device` field (e.g. `cpu`, `vulkan-nvidia-h200`) [default: cpu, else the first].
    #[arg(long, value_name = "DEVICE")]
    baseline: Option<String>,
    /// Print one JSON object (runs, devices, files written) on stdout instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: ReportArgs) -> anyhow::Result<()> {
    // A missing, empty or unreadable folder, two files of one run, or an unknown baseline is bad
    // input (exit 2).
    let bad = |e: anyhow::Error| dpgpu::Error::CorruptData {
        path: args.dirs[0].clone(),
        problem: format!("{e:#}"),
    };
    let results = load_results_from(&args.dirs).map_err(bad)?;
    // `report` beside the first folder: results/raw -> results/report.
    let beside = |dir: &std::path::Path| match dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) if dir.file_name().is_some() => parent.join("report"),
        _ => dir.join("..").join("report"),
    };
    let out = args.out.clone().unwrap_or_else(|| beside(&args.dirs[0]));
    let devices = devices(&results);
    if let Some(b) = args.baseline.as_deref().filter(|b| !devices.contains(b)) {
        let expected = format!("one of the devices with runs: {}", devices.join(", "));
        return Err(dpgpu::Error::invalid("baseline", b, expected).into());
    }
    let files = write_report(&results, &out, args.baseline.as_deref())?;
    if args.json {
        println!("{}", json!({"runs": results.len(), "devices": devices, "out": out, "files": files.files}));
        return Ok(());
    }
    println!("{} runs on {} device(s): {}; wrote:", results.len(), devices.len(), devices.join(", "));
    for f in files.files {
        println!("  {}", f.display());
    }
    Ok(())
}
