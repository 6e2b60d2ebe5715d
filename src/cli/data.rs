//! `dpgpu data check`: validate a dataset folder, print counts and checksums.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use dpgpu::engine::data_check::check;

#[derive(Args, Debug)]
pub struct DataArgs {
    #[command(subcommand)]
    command: DataCommand,
}

#[derive(Subcommand, Debug)]
enum DataCommand {
    /// Load a dataset folder as `train` would; print example and class counts and SHA-256 sums.
    Check(CheckArgs),
}

#[derive(Args, Debug)]
struct CheckArgs {
    /// The dataset.
    #[arg(long, value_parser = super::datasets())]
    dataset: String,
    /// The folder [default: data/<dataset> here, else in the source tree].
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: DataArgs) -> anyhow::Result<()> {
    let DataCommand::Check(args) = args.command;
    let dir = args.data_dir.unwrap_or_else(|| dpgpu::engine::trainer::default_data_dir(&args.dataset));
    let r = check(&args.dataset, &dir)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
        return Ok(());
    }
    println!("{} in {}: ok", r.dataset, r.dir.display());
    println!(
        "  train {} examples, test {} examples, example shape {:?}",
        r.train_examples, r.test_examples, r.example_shape
    );
    println!("  train per class {:?}", r.train_class_counts);
    println!("  test per class  {:?}", r.test_class_counts);
    for f in &r.files {
        println!("  {:<40} {:>10} bytes  sha256 {}", f.file, f.bytes, f.sha256);
        if let Some(d) = &f.sha256_decompressed {
            println!("  {:<40} {:>10}        sha256 {} (decompressed)", "", "", d);
        }
    }
    Ok(())
}
