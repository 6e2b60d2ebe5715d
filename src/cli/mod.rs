//! Subcommands: `train` ([`train`]) and `devices` ([`devices`]).

mod devices;
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
    /// List the GPU adapters wgpu finds (name, vendor, device type, driver, graphics API).
    Devices(devices::DevicesArgs),
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Train(args) => train::run(args),
        Command::Devices(args) => devices::run(args),
    }
}
