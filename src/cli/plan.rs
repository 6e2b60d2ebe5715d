//! `dpgpu plan`: the per-layer plan `--grad-sample auto` would use for a model, batch size,
//! device and memory cap, without training.

use burn::tensor::{Device, Int, Tensor};
use clap::Args;
use dpgpu::device::{BackendChoice, select};
use dpgpu::engine::plan_model;
use dpgpu::grad_sample::{CostModel, Plan};
use dpgpu::models::{Cifar10Cnn, DpModel, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn, ModelKind};

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// Model.
    #[arg(long, short, value_enum, default_value_t = ModelKind::Mnist)]
    model: ModelKind,
    /// Physical batch size to plan for.
    #[arg(long, default_value_t = 256)]
    batch_size: usize,
    /// The device whose profile and buffer limit apply.
    #[arg(long, value_enum, default_value_t = BackendChoice::Auto, env = "DPGPU_BACKEND")]
    backend: BackendChoice,
    /// Cap on the per-sample step's memory in MiB (as `train --max-memory-mib`).
    #[arg(long, value_name = "MIB")]
    max_memory_mib: Option<u64>,
    /// Print the plan as JSON (as recorded in run.json and bench result files).
    #[arg(long)]
    json: bool,
}

pub fn run(args: PlanArgs) -> anyhow::Result<()> {
    let kind = args.model;
    if args.batch_size == 0 {
        return Err(dpgpu::Error::invalid("batch_size", 0, "at least 1").into());
    }
    if let Some(mib) = args.max_memory_mib
        && !(1..=1 << 40).contains(&mib)
    {
        return Err(dpgpu::Error::invalid("max_memory_mib", mib, "between 1 and 2^40 MiB").into());
    }
    let dev = select(args.backend)?;
    let cost = dev.cost_model(args.max_memory_mib.map(|m| m << 20));
    let d = &dev.device;
    let b = args.batch_size;
    let plan = match kind {
        ModelKind::Logreg => of(&LogReg::new(d, 104, 0), Tensor::zeros([1, 104], d), b, &cost, d),
        ModelKind::Ffnn => of(&Ffnn::new(d, 104, 0), Tensor::zeros([1, 104], d), b, &cost, d),
        ModelKind::Mnist => of(&MnistCnn::new(d, 0), Tensor::zeros([1, 1, 28, 28], d), b, &cost, d),
        ModelKind::Cifar10 => of(&Cifar10Cnn::new(d, 0), Tensor::zeros([1, 3, 32, 32], d), b, &cost, d),
        ModelKind::Embed => of(&EmbedNet::new(d, 10_004, 0), tokens(d), b, &cost, d),
        ModelKind::Lstm => of(&LstmNet::new(d, 10_004, 100, 0), tokens(d), b, &cost, d),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&plan)?);
    } else {
        println!("{} on {}", kind.name(), dev.describe());
        print!("{}", plan.render());
    }
    Ok(())
}

/// One IMDb example: 256 token ids.
fn tokens(d: &Device) -> Tensor<2, Int> {
    Tensor::zeros([1, 256], d)
}

fn of<M: DpModel>(model: &M, example: M::Input, batch: usize, cost: &CostModel, d: &Device) -> Plan {
    plan_model(model, example, batch, cost, d)
}
