//! `dpgpu bench` (the sweep), `dpgpu bench-run` (one run, in its own process) and
//! `dpgpu report DIR`.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use dpgpu::bench::report::{devices, load_results_from, write_report};
use dpgpu::bench::runtime::{RunConfig, Variant, run};
use dpgpu::bench::sweep::{ResultFile, RunFailure, SweepPlan, run_peer_sweep, run_sweep};
use dpgpu::device::{BackendChoice, select};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Comma list of models (the paper's order).
    #[arg(long, value_delimiter = ',', default_value = "logreg,ffnn,mnist,embed,lstm,cifar10")]
    experiments: Vec<String>,
    /// Comma list of batch sizes.
    #[arg(long, value_delimiter = ',', default_value = "256,128,64,32,16")]
    batch_sizes: Vec<usize>,
    /// Comma list of variants: nonprivate, auto, vectorized, ghost, loop.
    #[arg(long, value_delimiter = ',', default_value = "nonprivate,auto,vectorized,ghost,loop")]
    variants: Vec<String>,
    /// Comma list of DP-kernel fusion settings: on, off (off runs the DP step as separate tensor
    /// operations; Burn's JIT fusion itself is a compile-time choice and always on). On cpu, which
    /// has no WGSL kernels, both are the same step and `on,off` runs `on` only.
    #[arg(long, value_delimiter = ',', default_value = "on,off")]
    fusion: Vec<String>,
    /// Epochs per run (the paper: 20).
    #[arg(long, default_value_t = 20)]
    epochs: usize,
    /// Random data of the real shapes, 2 x batch size examples per epoch (the paper's --dummy_data).
    #[arg(long)]
    dummy_data: bool,
    /// Folder holding one folder per dataset [default: data/ here, else in the source tree].
    #[arg(long)]
    data_root: Option<PathBuf>,
    /// Use only the first N training examples of real data.
    #[arg(long)]
    train_examples: Option<usize>,
    /// auto | vulkan | metal | dx12 | gl | cpu.
    #[arg(long, default_value = "auto")]
    backend: String,
    /// Output folder for the result files.
    #[arg(long, default_value = "results/raw")]
    out: PathBuf,
    /// Also run these peers (comma list: jax, opacus, opacus-ghost) from peers/ with the same
    /// experiments, batch sizes and epochs (needs `bash peers/setup.sh` once).
    #[arg(long, value_delimiter = ',')]
    peers: Vec<String>,
    /// Run only the peers, not dpgpu.
    #[arg(long)]
    peers_only: bool,
    /// Stop any run that takes longer than this many seconds and record it as `timeout`.
    #[arg(long)]
    run_timeout: Option<f64>,
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

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Folders with result files (e.g. results/raw); runs of several devices are kept apart.
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,
    /// Output folder for the tables and charts [default: the first DIR/../report].
    #[arg(long)]
    out: Option<PathBuf>,
    /// The device the cross-device table divides by, as its key in the result files' names
    /// and `device` field (e.g. `cpu`, `vulkan-nvidia-h200`) [default: cpu, else the first].
    #[arg(long)]
    baseline: Option<String>,
}

pub fn run_bench(args: BenchArgs) -> anyhow::Result<()> {
    let backend: BackendChoice = args.backend.parse()?;
    super::check_experiments(&args.experiments)?;
    let variants = args.variants.iter().map(|v| v.parse::<Variant>()).collect::<Result<Vec<_>, _>>()?;
    let fusion = args
        .fusion
        .iter()
        .map(|f| match f.as_str() {
            "on" => Ok(true),
            "off" => Ok(false),
            _ => Err(dpgpu::Error::invalid("fusion", f, "on or off")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(b) = args.batch_sizes.iter().find(|b| **b == 0) {
        return Err(dpgpu::Error::invalid("batch_sizes", b, "each at least 1").into());
    }
    if args.epochs == 0 {
        return Err(dpgpu::Error::invalid("epochs", 0, "at least 1").into());
    }
    let run_timeout = super::run_timeout(args.run_timeout)?;
    let dev = select(backend)?;
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
        experiments: args.experiments,
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
    if !args.peers.is_empty() {
        let mut print = |name: &str, o: &dpgpu::bench::sweep::Outcome| {
            eprintln!("{name:<17} {:<8} bs {:<4} {}", o.config.experiment, o.config.batch_size, o.status)
        };
        let peers = run_peer_sweep(&args.peers, &plan, &args.out, &mut print)?;
        let failed = peers.iter().filter(|o| o.status != "ok").count();
        println!("peers: {} runs, {failed} not ok; result files in {}", peers.len(), args.out.display());
    }
    if args.peers_only {
        return Ok(());
    }
    let exe = std::env::current_exe().context("locating the dpgpu executable")?;
    let outcomes = run_sweep(&plan, &exe, dev.backend.name(), &args.out, &mut |done, _, eta, o| {
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
    let failed: Vec<_> = outcomes.iter().filter(|o| o.status != "ok").collect();
    println!("{} runs, {} not ok; result files in {}", outcomes.len(), failed.len(), args.out.display());
    for o in &failed {
        let (v, e, b) = (o.config.variant.name(), &o.config.experiment, o.config.batch_size);
        let fusion = if o.config.fusion { "on" } else { "off" };
        let error = o.error.as_deref().unwrap_or_default();
        println!("  {v} {e} bs {b} fusion {fusion}: {} {error}", o.status);
    }
    if !outcomes.is_empty() && failed.len() == outcomes.len() {
        anyhow::bail!("every run failed (see above)");
    }
    Ok(())
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

pub fn run_report(args: ReportArgs) -> anyhow::Result<()> {
    // A missing, empty or unreadable folder, two files of one run, or an unknown baseline is bad
    // input (exit 2).
    let bad = |e: anyhow::Error| dpgpu::Error::CorruptData {
        path: args.dirs[0].clone(),
        problem: format!("{e:#}"),
    };
    let results = load_results_from(&args.dirs).map_err(bad)?;
    let out = args.out.clone().unwrap_or_else(|| args.dirs[0].join("..").join("report"));
    let devices = devices(&results);
    if let Some(b) = args.baseline.as_deref().filter(|b| !devices.contains(b)) {
        let expected = format!("one of the devices with runs: {}", devices.join(", "));
        return Err(dpgpu::Error::invalid("baseline", b, expected).into());
    }
    let files = write_report(&results, &out, args.baseline.as_deref())?;
    println!("{} runs on {} device(s): {}; wrote:", results.len(), devices.len(), devices.join(", "));
    for f in files.files {
        println!("  {}", f.display());
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct DpStepArgs {
    /// Model: logreg | ffnn | mnist | embed | lstm | cifar10.
    #[arg(long)]
    model: String,
    /// Step input (weights, batch, DP settings); without it, the initial weights (seed 42) are written.
    #[arg(long)]
    input: Option<PathBuf>,
    /// Output JSON file.
    #[arg(long)]
    out: PathBuf,
    /// Per-sample strategy: vectorized | ghost | loop.
    #[arg(long, default_value = "vectorized")]
    grad_sample: String,
    /// auto | vulkan | metal | dx12 | gl | cpu.
    #[arg(long, default_value = "cpu")]
    backend: String,
}

pub fn run_dp_step(args: DpStepArgs) -> anyhow::Result<()> {
    use dpgpu::bench::dp_step::{StepFile, initial, step};
    let strategy: dpgpu::engine::Strategy = args.grad_sample.parse()?;
    let dev = select(args.backend.parse()?)?;
    let result = match &args.input {
        None => initial(&args.model, &dev.device)?,
        Some(path) => {
            let bytes =
                std::fs::read(path).map_err(|e| dpgpu::Error::Io { path: path.clone(), source: e })?;
            let input: StepFile = serde_json::from_slice(&bytes).map_err(|e| dpgpu::Error::CorruptData {
                path: path.clone(),
                problem: format!("not a dp-step file: {e}"),
            })?;
            if input.model != args.model {
                return Err(dpgpu::Error::invalid(
                    "model",
                    &args.model,
                    format!("the input's model {}", input.model),
                )
                .into());
            }
            step(&input, strategy, &dev.device, dev.uses_wgsl_kernels())?
        }
    };
    dpgpu::engine::record::write_atomic(&args.out, &serde_json::to_vec(&result)?)?;
    Ok(())
}
