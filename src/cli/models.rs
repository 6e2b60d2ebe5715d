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
    println!("{:<8} {:>10}  {:<22} input", "model", "parameters", "datasets");
    for m in ModelKind::ALL {
        let info = m.info();
        println!("{:<8} {:>10}  {:<22} {}", m.name(), info.parameters, info.datasets.join(", "), info.input);
    }
    Ok(())
}
