//! `dpgpu dp-step`: one DP step from given weights and batch (JSON), for checking other
//! implementations against dpgpu's.

use std::path::PathBuf;

use clap::Args;
use dpgpu::device::{BackendChoice, select};
use dpgpu::engine::Strategy;
use dpgpu::models::ModelKind;

#[derive(Args, Debug)]
pub struct DpStepArgs {
    /// Model.
    #[arg(long, short, value_enum)]
    model: ModelKind,
    /// Step input (weights, batch, DP settings); without it, the initial weights (seed 42) are written.
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Output JSON file.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Per-sample strategy.
    #[arg(long, value_enum, default_value_t = Strategy::Vectorized)]
    grad_sample: Strategy,
    /// Compute backend.
    #[arg(long, value_enum, default_value_t = BackendChoice::Cpu)]
    backend: BackendChoice,
}

pub fn run(args: DpStepArgs) -> anyhow::Result<()> {
    use dpgpu::bench::dp_step::{StepFile, initial, step};
    let strategy = args.grad_sample;
    let model = args.model.name();
    let dev = select(args.backend)?;
    let result = match &args.input {
        None => initial(model, &dev.device)?,
        Some(path) => {
            let bytes =
                std::fs::read(path).map_err(|e| dpgpu::Error::Io { path: path.clone(), source: e })?;
            let input: StepFile = serde_json::from_slice(&bytes).map_err(|e| dpgpu::Error::CorruptData {
                path: path.clone(),
                problem: format!("not a dp-step file: {e}"),
            })?;
            if input.model != model {
                return Err(dpgpu::Error::invalid(
                    "model",
                    model,
                    format!("the input's model {}", input.model),
                )
                .into());
            }
            step(&input, strategy, &dev.device, dev.uses_wgsl_kernels())?
        }
    };
    dpgpu::files::write_atomic(&args.out, &serde_json::to_vec(&result)?)?;
    Ok(())
}
