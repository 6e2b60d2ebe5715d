//! Subcommands: `train`, `epsilon` and `calibrate` (`privacy.rs`), `models`, `devices`,
//! `data check`, `bench` and `bench-run` (`bench.rs`), `report` (`report.rs`), `dp-step`
//! (`dp_step.rs`), `memory` (`memory.rs`), `dump-kernels` (`kernels.rs`), `plan` (`plan.rs`),
//! `completions` and `man` (`completions.rs`). Named choices are typed (`clap::ValueEnum`), so
//! a typo gets the valid values and the nearest one, with exit code 2.

mod bench;
mod completions;
mod data;
mod devices;
mod dp_step;
mod kernels;
mod memory;
mod models;
mod plan;
mod privacy;
mod report;
mod train;

use clap::{Parser, Subcommand, ValueEnum};

/// `--dataset`'s values: every model's datasets (`dpgpu models`), each once.
pub(crate) fn datasets() -> clap::builder::PossibleValuesParser {
    let mut names: Vec<&'static str> = Vec::new();
    for name in dpgpu::models::ModelKind::ALL.iter().flat_map(|m| m.datasets()) {
        if !names.contains(name) {
            names.push(name);
        }
    }
    clap::builder::PossibleValuesParser::new(names)
}

/// Help headings shared by the subcommands' flags.
pub(crate) mod heading {
    pub const DATA: &str = "Model and data";
    pub const PRIVACY: &str = "Privacy";
    pub const OPTIM: &str = "Optimisation";
    pub const BACKEND: &str = "Backend";
    pub const OUTPUT: &str = "Output";
    pub const SWEEP: &str = "Sweep";
}

const EXAMPLES: &str = "\
Examples:
  dpgpu train --backend cpu --epochs 1      DP-SGD on the shipped MNIST, epsilon per epoch
  dpgpu train --model cifar10 --target-epsilon 3 --epochs 20
  dpgpu epsilon --noise-multiplier 1.1 --sample-rate 0.004 --epochs 60
  dpgpu bench --backend cpu --dummy-data --epochs 2 --out results/raw
  dpgpu report results/raw
  dpgpu completions bash > ~/.local/share/bash-completion/completions/dpgpu

Environment:
  RUST_LOG          log filter (env_logger), overriding -v and -q
  NO_COLOR          set to turn colour off (CLICOLOR_FORCE=1 forces it on)
  DPGPU_REQUIRE_GPU tests fail instead of skipping when no wgpu adapter is found
";

/// Fast differentially private SGD (DP-SGD) on any GPU.
#[derive(Parser, Debug)]
#[command(name = "dpgpu", version, long_version = env!("DPGPU_LONG_VERSION"), about, after_long_help = EXAMPLES)]
pub struct Cli {
    /// More log output: -v info, -vv debug, -vvv trace (default: warnings).
    #[arg(short, long, action = clap::ArgAction::Count, global = true, conflicts_with = "quiet")]
    verbose: u8,
    /// Errors only in the log.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

impl Cli {
    /// The log filter `-v`/`-q` ask for (`RUST_LOG`, when set, wins).
    pub fn log_level(&self) -> &'static str {
        match (self.quiet, self.verbose) {
            (true, _) => "error",
            (false, 0) => "warn",
            (false, 1) => "info",
            (false, 2) => "debug",
            (false, _) => "trace",
        }
    }
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
    DpStep(dp_step::DpStepArgs),
    /// Median tables, the ablation and ratio tables and the charts from a folder of result files.
    Report(report::ReportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions(completions::CompletionsArgs),
    /// Write dpgpu's man pages (dpgpu.1 and one per subcommand), or print dpgpu.1.
    Man(completions::ManArgs),
}

/// `on`/`off` for the DP-kernel fusion flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Fusion {
    /// dpgpu's fused WGSL kernels for the DP step.
    On,
    /// the DP step as separate tensor operations.
    Off,
}

impl Fusion {
    pub(crate) fn is_on(self) -> bool {
        self == Fusion::On
    }

    pub(crate) fn name(self) -> &'static str {
        if self.is_on() { "on" } else { "off" }
    }
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

/// Runs one parsed command line; `matches` tells which flags were given (not defaulted).
pub fn run(cli: Cli, matches: &clap::ArgMatches) -> anyhow::Result<()> {
    match cli.command {
        Command::Train(args) => {
            train::run(args, matches.subcommand_matches("train").expect("the matches of the train command"))
        }
        Command::Devices(args) => devices::run(args),
        Command::Models(args) => models::run(args),
        Command::Plan(args) => plan::run(args),
        Command::Epsilon(args) => privacy::run_epsilon(args),
        Command::Calibrate(args) => privacy::run_calibrate(args),
        Command::Data(args) => data::run(args),
        Command::Bench(args) => bench::run_bench(args),
        Command::BenchRun(args) => bench::run_bench_run(args),
        Command::Report(args) => report::run(args),
        Command::DpStep(args) => dp_step::run(args),
        Command::Memory(args) => memory::run(args),
        Command::DumpKernels(args) => kernels::run(args),
        Command::Completions(args) => completions::run_completions(args),
        Command::Man(args) => completions::run_man(args),
    }
}

/// An error already printed where it happened (by each worker of a data-parallel run): `main`
/// exits with code 1 without printing it again.
#[derive(Debug)]
pub struct Reported;

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("reported above")
    }
}

impl std::error::Error for Reported {}
