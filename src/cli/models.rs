//! `dpgpu models`: the paper's six models, their datasets and parameter counts.

use std::collections::BTreeMap;

use clap::Args;
use dpgpu::models::ModelKind;

#[derive(Args, Debug)]
pub struct ModelsArgs {
    /// Print one JSON object mapping each model name to its details.
    #[arg(long)]
    json: bool,
}

pub fn run(args: ModelsArgs) -> anyhow::Result<()> {
    if args.json {
        let map: BTreeMap<_, _> = ModelKind::ALL.iter().map(|m| (m.name(), m.info())).collect();
        println!("{}", serde_json::to_string_pretty(&map)?);
        return Ok(());
    }
    println!("{:<8} {:>10}  {:<22} {:<18} trainable", "model", "parameters", "datasets", "input");
    for m in ModelKind::ALL {
        let info = m.info();
        let yes = if info.trainable { "yes" } else { "not yet (needs the LSTM layer)" };
        println!(
            "{:<8} {:>10}  {:<22} {:<18} {yes}",
            m.name(),
            info.parameters,
            info.datasets.join(", "),
            info.input
        );
    }
    Ok(())
}
