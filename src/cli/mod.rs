//! Subcommands: `train`, `epsilon` and `calibrate` (`privacy.rs`), `models`, `devices`,
//! `data check`, `bench`, `bench-run` and `report` (`bench.rs`), `memory` (`memory.rs`),
//! `dump-kernels` (`kernels.rs`), `plan` (`plan.rs`).

mod bench;
mod data;
mod devices;
mod kernels;
mod memory;
mod models;
mod plan;
mod privacy;
mod train;

use clap::{Parser, Subcommand};

/// Fast differentially private SGD (DP-SGD) on any GPU.
#[derive(Parser, Debug)]
#[command(name = "dpgpu", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Train a model with DP-SGD (or without privacy, --no-dp) and report epsilon per epoch.
    Train(train::TrainArgs),
    /// Epsilon spent by DP-SGD with a noise multiplier, sample rate and number of steps.
    Epsilon(privacy::EpsilonArgs),
    /// The smallest noise multiplier whose epsilon does not exceed a target.
    Calibrate(privacy::CalibrateArgs),
    /// List the paper's models with their datasets and parameter counts.
    Models(models::ModelsArgs),
    /// List the GPU adapters wgpu finds (name, vendor, device type, driver, graphics API).
    Devices(devices::DevicesArgs),
    /// Validate a dataset folder (`data check`).
    Data(data::DataArgs),
    /// The paper's runtime sweep: models x batch sizes x variants x fusion, a fresh process per run.
    Bench(bench::BenchArgs),
    /// One benchmark run (started by `bench`, one process per run).
    #[command(hide = true)]
    BenchRun(bench::BenchRunArgs),
    /// The memory-limit experiment: the largest batch size each variant runs at.
    Memory(memory::MemoryArgs),
    /// The per-layer plan of `--grad-sample auto` for a model, batch size, device and memory cap.
    Plan(plan::PlanArgs),
    /// Write the WGSL of every kernel one training step dispatches, with dispatch counts.
    DumpKernels(kernels::DumpKernelsArgs),
    /// One DP step from given weights and batch (JSON), for checking other implementations.
    DpStep(bench::DpStepArgs),
    /// Median tables, the ablation and ratio tables and the charts from a folder of result files.
    Report(bench::ReportArgs),
}

/// `--run-timeout SECONDS` as a duration.
///
/// # Errors
/// [`dpgpu::Error::InvalidParameter`] naming `run_timeout` unless it is a finite number > 0 that
/// fits a duration.
pub(crate) fn run_timeout(secs: Option<f64>) -> dpgpu::Result<Option<std::time::Duration>> {
    let valid = |s: f64| std::time::Duration::try_from_secs_f64(s).ok().filter(|d| !d.is_zero());
    secs.map(|s| valid(s).ok_or_else(|| dpgpu::Error::invalid("run_timeout", s, "a number of seconds > 0")))
        .transpose()
}

/// The `--experiments` list, each a model name.
///
/// # Errors
/// [`dpgpu::Error::InvalidParameter`] naming `experiments` and the valid names.
pub(crate) fn check_experiments(experiments: &[String]) -> dpgpu::Result<()> {
    use dpgpu::models::ModelKind;
    for e in experiments {
        if e.parse::<ModelKind>().is_err() {
            let names: Vec<&str> = ModelKind::ALL.iter().map(|k| k.name()).collect();
            return Err(dpgpu::Error::invalid(
                "experiments",
                e,
                format!("a comma list of {}", names.join(", ")),
            ));
        }
    }
    Ok(())
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Train(args) => train::run(args),
        Command::Devices(args) => devices::run(args),
        Command::Models(args) => models::run(args),
        Command::Plan(args) => plan::run(args),
        Command::Epsilon(args) => privacy::run_epsilon(args),
        Command::Calibrate(args) => privacy::run_calibrate(args),
        Command::Data(args) => data::run(args),
        Command::Bench(args) => bench::run_bench(args),
        Command::BenchRun(args) => bench::run_bench_run(args),
        Command::Report(args) => bench::run_report(args),
        Command::DpStep(args) => bench::run_dp_step(args),
        Command::Memory(args) => memory::run(args),
        Command::DumpKernels(args) => kernels::run(args),
    }
}
