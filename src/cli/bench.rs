//! `dpgpu bench` (the sweep) and `dpgpu bench-run` (one run, in its own process).

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use dpgpu::bench::runtime::{RunConfig, Variant, run};
use dpgpu::bench::sweep::{Outcome, ResultFile, RunFailure, SweepPlan, run_peer_sweep, run_sweep};
use dpgpu::device::{BackendChoice, select};
use dpgpu::models::ModelKind;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use super::{Fusion, heading};

const EXAMPLES: &str = "\
Examples:
  dpgpu bench --backend cpu --dummy-data --epochs 2 --out results/raw
      every model, batch size and variant on the CPU, a fresh process per run
  dpgpu bench --backend vulkan --experiments mnist,cifar10 --batch-sizes 64 --variants nonprivate,auto
      two models at one batch size on a Vulkan GPU, DP (auto) against non-private
  dpgpu bench --backend cpu --experiments mnist --peers jax,opacus --dummy-data
      the same runs by JAX and Opacus (after `bash peers/setup.sh`)
  dpgpu report results/raw
";

#[derive(Args, Debug)]
#[command(after_long_help = EXAMPLES)]
pub struct BenchArgs {
    /// Comma list of models (the paper's order).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "logreg,ffnn,mnist,embed,lstm,cifar10",
          help_heading = heading::SWEEP)]
    experiments: Vec<ModelKind>,
    /// Comma list of batch sizes.
    #[arg(long, value_delimiter = ',', default_value = "256,128,64,32,16", help_heading = heading::SWEEP)]
    batch_sizes: Vec<usize>,
    /// Comma list of variants.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "nonprivate,auto,vectorized,ghost,loop",
          help_heading = heading::SWEEP)]
    variants: Vec<Variant>,
    /// Comma list of DP-kernel fusion settings (off runs the DP step as separate tensor
    /// operations; Burn's JIT fusion itself is a compile-time choice and always on). On cpu, which
    /// has no WGSL kernels, both are the same step and `on,off` runs `on` only.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "on,off", help_heading = heading::SWEEP)]
    fusion: Vec<Fusion>,
    /// Epochs per run (the paper: 20).
    #[arg(long, short, default_value_t = 20, help_heading = heading::SWEEP)]
    epochs: usize,
    /// Stop any run that takes longer than this many seconds and record it as `timeout`.
    #[arg(long, value_name = "SECONDS", help_heading = heading::SWEEP)]
    run_timeout: Option<f64>,
    /// Also run these peers from peers/ with the same experiments, batch sizes and epochs (needs
    /// `bash peers/setup.sh` once).
    #[arg(long, value_enum, value_delimiter = ',', help_heading = heading::SWEEP)]
    peers: Vec<Peer>,
    /// Run only the peers, not dpgpu.
    #[arg(long, help_heading = heading::SWEEP)]
    peers_only: bool,
    /// Random data of the real shapes, 2 x batch size examples per epoch (the paper's --dummy_data).
    #[arg(long, help_heading = heading::DATA)]
    dummy_data: bool,
    /// Folder holding one folder per dataset [default: data/ here, else in the source tree].
    #[arg(long, value_name = "DIR", help_heading = heading::DATA)]
    data_root: Option<PathBuf>,
    /// Use only the first N training examples of real data.
    #[arg(long, value_name = "N", help_heading = heading::DATA)]
    train_examples: Option<usize>,
    /// Compute backend.
    #[arg(long, value_enum, default_value_t = BackendChoice::Auto, env = "DPGPU_BACKEND",
          help_heading = heading::BACKEND)]
    backend: BackendChoice,
    /// Output folder for the result files.
    #[arg(long, short, value_name = "DIR", default_value = "results/raw", help_heading = heading::OUTPUT)]
    out: PathBuf,
    /// Print one JSON object with every run's outcome on stdout at the end, instead of text.
    #[arg(long, help_heading = heading::OUTPUT)]
    json: bool,
}

/// A peer library of `peers/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Peer {
    /// JAX with jit and vmap (the paper's fastest).
    Jax,
    /// Opacus with its per-layer hooks.
    Opacus,
    /// Opacus with ghost clipping.
    OpacusGhost,
}

#[derive(Args, Debug)]
pub struct BenchRunArgs {
    /// The run's flags as JSON (written by `dpgpu bench`).
    #[arg(long)]
    config: String,
    /// Backend.
    #[arg(long, default_value = "auto")]
    backend: String,
    /// Output folder.
    #[arg(long)]
    out: PathBuf,
}

pub fn run_bench(args: BenchArgs) -> anyhow::Result<()> {
    let variants = args.variants.clone();
    let mut fusion: Vec<bool> = args.fusion.iter().map(|f| f.is_on()).collect();
    fusion.dedup();
    if let Some(b) = args.batch_sizes.iter().find(|b| **b == 0) {
        return Err(dpgpu::Error::invalid("batch_sizes", b, "each at least 1").into());
    }
    if args.epochs == 0 {
        return Err(dpgpu::Error::invalid("epochs", 0, "at least 1").into());
    }
    let run_timeout = super::run_timeout(args.run_timeout)?;
    let dev = select(args.backend)?;
    eprintln!("dpgpu bench on {} into {}", dev.describe(), args.out.display());
    // Without WGSL kernels (cpu) both settings run the same tensor-op DP step: time it once.
    let fusion = if !dev.uses_wgsl_kernels() && fusion.contains(&true) && fusion.contains(&false) {
        eprintln!(
            "this backend runs no WGSL kernels, so fusion off is the same DP step as on: running fusion on only"
        );
        vec![true]
    } else {
        fusion
    };
    let base = RunConfig {
        dummy_data: args.dummy_data,
        data_dir: args.data_root.clone(),
        train_examples: args.train_examples,
        device: Some(dev.key()),
        ..RunConfig::paper("", Variant::Nonprivate, 0, args.epochs)
    };
    let plan = SweepPlan {
        experiments: args.experiments.iter().map(|e| e.name().to_string()).collect(),
        batch_sizes: args.batch_sizes,
        variants,
        fusion,
        base,
        run_timeout,
    };
    let bar = ProgressBar::new(plan.runs().len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} runs, ETA {msg}").expect("a valid template"),
    );
    let (mut peer_outcomes, mut peer_names) = (Vec::new(), Vec::new());
    if !args.peers.is_empty() {
        let mut print = |name: &str, o: &Outcome| {
            eprintln!("{name:<17} {:<8} bs {:<4} {}", o.config.experiment, o.config.batch_size, o.status);
            peer_names.push(name.to_string());
        };
        let names: Vec<String> = args
            .peers
            .iter()
            .map(|p| p.to_possible_value().expect("no skipped peer").get_name().to_string())
            .collect();
        peer_outcomes = run_peer_sweep(&names, &plan, &args.out, &mut print)?;
        let failed = peer_outcomes.iter().filter(|o| o.status != "ok").count();
        if !args.json {
            println!(
                "peers: {} runs, {failed} not ok; result files in {}",
                peer_outcomes.len(),
                args.out.display()
            );
        }
    }
    let mut outcomes = Vec::new();
    if !args.peers_only {
        let exe = std::env::current_exe().context("locating the dpgpu executable")?;
        outcomes = run_sweep(&plan, &exe, dev.backend.name(), &args.out, &mut |done, _, eta, o| {
            bar.set_position(done as u64);
            bar.set_message(eta.map_or("-".into(), |s| format!("{:.0} s", s)));
            let median = o.median_epoch_seconds.map_or("-".into(), |m| format!("{m:.3} s/epoch"));
            bar.suspend(|| {
                eprintln!(
                    "{:<10} {:<8} bs {:<4} fusion {:<3} {:<11} {median}",
                    o.config.variant.name(),
                    o.config.experiment,
                    o.config.batch_size,
                    if o.config.fusion { "on" } else { "off" },
                    o.status
                )
            });
        })?;
        bar.finish_and_clear();
    }
    let failed: Vec<_> = outcomes.iter().filter(|o| o.status != "ok").collect();
    if args.json {
        let runs: Vec<_> = outcomes.iter().map(|o| outcome_json("dpgpu", o)).collect();
        // A peer's outcome: "<library> <dp|nonprivate>", the peer's own result file beside it.
        let peers: Vec<_> = peer_names
            .iter()
            .zip(&peer_outcomes)
            .map(|(name, o)| {
                let (library, variant) = name.split_once(' ').unwrap_or((name, ""));
                let mut v = outcome_json(library, o);
                v["variant"] = json!(variant);
                v
            })
            .collect();
        let device = dev.key();
        println!("{}", json!({"out": args.out, "device": device, "runs": runs, "peer_runs": peers}));
    } else if !args.peers_only {
        println!("{} runs, {} not ok; result files in {}", outcomes.len(), failed.len(), args.out.display());
        for o in &failed {
            let (v, e, b) = (o.config.variant.name(), &o.config.experiment, o.config.batch_size);
            let fusion = if o.config.fusion { "on" } else { "off" };
            let error = o.error.as_deref().unwrap_or_default();
            println!("  {v} {e} bs {b} fusion {fusion}: {} {error}", o.status);
        }
    }
    if !outcomes.is_empty() && failed.len() == outcomes.len() {
        anyhow::bail!("every run failed (see above)");
    }
    Ok(())
}

/// One run's outcome for `bench --json`.
fn outcome_json(library: &str, o: &Outcome) -> serde_json::Value {
    json!({
        "library": library,
        "experiment": o.config.experiment,
        "batch_size": o.config.batch_size,
        "variant": o.config.variant.name(),
        "fusion": o.config.fusion,
        "status": o.status,
        "median_epoch_seconds": o.median_epoch_seconds,
        "peak_memory_bytes": o.peak_memory_bytes,
        "error": o.error,
    })
}

pub fn run_bench_run(args: BenchRunArgs) -> anyhow::Result<()> {
    let mut config: RunConfig = serde_json::from_str(&args.config).context("parsing --config")?;
    // `--data-root` holds one folder per dataset; without it data/ (here, else in the source tree) is used.
    if let Some(root) = config.data_dir.take().filter(|_| !config.dummy_data) {
        let kind: dpgpu::models::ModelKind = config.experiment.parse()?;
        config.data_dir = Some(root.join(kind.datasets()[0]));
    }
    let dev = select(args.backend.parse()?);
    let file = match &dev {
        Ok(dev) => ResultFile::new(&config, Some(dev), run(&config, dev).map_err(RunFailure::from)),
        Err(e) => ResultFile::new(&config, None, Err(e.into())),
    };
    let path = file.save(&args.out)?;
    match &file.error {
        None => Ok(()),
        Some(e) => anyhow::bail!("{e} (recorded in {})", path.display()),
    }
}
