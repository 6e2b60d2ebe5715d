//! `dpgpu memory`: the memory-limit experiment (SPEC B§9.3, A§8).

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use dpgpu::bench::memory::{MemoryExperiment, Probe, ProbeStatus, SearchBounds, search};
use dpgpu::bench::runtime::{RunConfig, Variant};
use dpgpu::bench::sweep::run_one;
use dpgpu::device::{BackendChoice, select};
use dpgpu::files::write_atomic;
use dpgpu::models::ModelKind;

/// The flags of `dpgpu memory`.
#[derive(Args, Debug)]
#[command(after_long_help = "\
Examples:
  dpgpu memory --backend cpu --memory-limit 1024 --experiments mnist,lstm,cifar10
      the largest batch each variant runs at under a 1 GiB cap (peak resident memory on cpu)")]
pub struct MemoryArgs {
    /// Comma list of models.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "logreg,ffnn,mnist,embed,lstm,cifar10")]
    experiments: Vec<ModelKind>,
    /// Comma list of variants. `loop` is left out by default, as the paper leaves out PyVacy: it
    /// never holds more than one example's gradients.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "nonprivate,auto,vectorized,ghost")]
    variants: Vec<Variant>,
    /// The first batch size tried.
    #[arg(long, default_value_t = 64)]
    init_bs: usize,
    /// Stop bisecting when the bracket [fits, out of memory) is at most this wide.
    #[arg(long, default_value_t = 8)]
    thresh: usize,
    /// Never try a batch size above this.
    #[arg(long, default_value_t = 1 << 20)]
    max_bs: usize,
    /// Cap in MiB: a run holding more (device pool on wgpu, peak resident memory on cpu) is out
    /// of memory. Without it, only the device's own limit counts.
    #[arg(long)]
    memory_limit: Option<u64>,
    /// Epochs per probe (dummy data: 2 steps each).
    #[arg(long, default_value_t = 2)]
    epochs: usize,
    /// Compute backend.
    #[arg(long, value_enum, default_value_t = BackendChoice::Auto, env = "DPGPU_BACKEND")]
    backend: BackendChoice,
    /// Output folder: memory_expt[_NAME].json and .md, probe result files under memory_probes/.
    #[arg(long, default_value = "results/raw")]
    out: PathBuf,
    /// Suffix of the result file name.
    #[arg(long)]
    name: Option<String>,
    /// Stop a probe after this many seconds (it then counts as failed).
    #[arg(long)]
    run_timeout: Option<f64>,
}

/// Runs the memory-limit search for every model and variant, one probe process at a time.
pub fn run(args: MemoryArgs) -> anyhow::Result<()> {
    let variants = &args.variants;
    let positive = |name: &'static str, v: usize| match v {
        0 => Err(dpgpu::Error::invalid(name, 0, "at least 1")),
        _ => Ok(()),
    };
    positive("init_bs", args.init_bs)?;
    positive("thresh", args.thresh)?;
    positive("epochs", args.epochs)?;
    if args.max_bs < args.init_bs {
        return Err(dpgpu::Error::invalid(
            "max_bs",
            args.max_bs,
            format!("at least --init-bs {}", args.init_bs),
        )
        .into());
    }
    if let Some(mb) = args.memory_limit.filter(|mb| !(1..=1 << 40).contains(mb)) {
        return Err(dpgpu::Error::invalid("memory_limit", mb, "a number of MiB in 1..=2^40").into());
    }
    let timeout = super::run_timeout(args.run_timeout)?;
    let dev = select(args.backend)?;
    let bounds = SearchBounds { init_bs: args.init_bs, thresh: args.thresh, max_bs: args.max_bs };
    let stem = match &args.name {
        Some(n) => format!("memory_expt_{n}"),
        None => "memory_expt".to_string(),
    };
    let probes_dir = args.out.join("memory_probes");
    std::fs::create_dir_all(&probes_dir)
        .map_err(|e| dpgpu::Error::Write { path: probes_dir.clone(), source: e })?;
    let mut experiment = MemoryExperiment::new(&dev, args.memory_limit, bounds, args.epochs);
    eprintln!("dpgpu memory on {} into {}", dev.describe(), args.out.display());
    let exe = std::env::current_exe().context("locating the dpgpu executable")?;
    let save = |experiment: &MemoryExperiment| -> anyhow::Result<()> {
        let json = serde_json::to_vec_pretty(experiment)?;
        write_atomic(&args.out.join(format!("{stem}.json")), &json)?;
        write_atomic(&args.out.join(format!("{stem}.md")), experiment.markdown().as_bytes())?;
        Ok(())
    };
    for e in args.experiments.iter().map(|e| e.name()) {
        for &variant in variants {
            let base = RunConfig {
                dummy_data: true,
                memory_limit_mb: args.memory_limit,
                ..RunConfig::paper(e, variant, 0, args.epochs)
            };
            let mut probe = |config: &RunConfig| -> Probe {
                let bs = config.batch_size;
                let outcome = match run_one(config, &exe, dev.backend.name(), &probes_dir, timeout) {
                    Ok(o) => o,
                    Err(err) => {
                        let error = Some(err.to_string());
                        return Probe {
                            batch_size: bs,
                            status: ProbeStatus::Failed,
                            peak_bytes: None,
                            error,
                        };
                    }
                };
                let status = match outcome.status.as_str() {
                    "ok" => ProbeStatus::Fits,
                    "oom" => ProbeStatus::Oom,
                    _ => ProbeStatus::Failed,
                };
                eprintln!("  {e} {} bs {bs}: {}", variant.name(), outcome.status);
                Probe { batch_size: bs, status, peak_bytes: outcome.peak_memory_bytes, error: outcome.error }
            };
            let mut write_error = None;
            let result = search(&base, bounds, &mut probe, &mut |partial| {
                experiment.set(partial.clone());
                if let Err(err) = save(&experiment) {
                    write_error = Some(err);
                }
            });
            if let Some(err) = write_error {
                return Err(err);
            }
            experiment.set(result);
            save(&experiment)?;
        }
    }
    print!("{}", experiment.markdown());
    println!("wrote {}", args.out.join(format!("{stem}.json")).display());
    Ok(())
}
