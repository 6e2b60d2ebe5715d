//! `dpgpu train`.

use std::path::PathBuf;

use clap::Args;
use dpgpu::device::{BackendChoice, select_local};
use dpgpu::distributed::{Collective, SingleProcess};
use dpgpu::engine::Strategy;
use dpgpu::engine::trainer::{TrainConfig, resume_with, train_with};
use dpgpu::models::ModelKind;
use dpgpu::privacy::accountant::AccountantKind;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use super::heading;

const EXAMPLES: &str = "\
Examples:
  dpgpu train --backend cpu --epochs 1
      DP-SGD on the shipped MNIST (sigma 1.1, C 1, expected batch 256), epsilon per epoch
  dpgpu train --model cifar10 --target-epsilon 3 --delta 1e-5 --epochs 20 --checkpoint-every 500 -o runs/c10
      the noise multiplier calibrated to spend at most epsilon 3; checkpoints for --resume runs/c10
  dpgpu train --model ffnn --sigma 1.0 -c 0.5 -b 512 -n 10
      Opacus' spellings: --sigma, -c (max per-sample grad norm), -b, -n
  dpgpu train --dummy-data --json | jq .
      one JSON object per epoch, then the run record
  mpirun -np 4 dpgpu train --distributed mpi --backend vulkan --model cifar10 -o runs/c10
      data-parallel DP-SGD on 4 GPUs (a build with --features mpi); worker 0 prints and writes
";

#[derive(Args, Debug)]
#[command(after_long_help = EXAMPLES)]
pub struct TrainArgs {
    /// Model to train (see `dpgpu models`).
    #[arg(long, short, value_enum, default_value_t = ModelKind::Mnist, help_heading = heading::DATA)]
    model: ModelKind,
    /// Dataset, where the model fits several (mnist: mnist or fashion-mnist) [default: the model's].
    #[arg(long, value_parser = super::datasets(), help_heading = heading::DATA)]
    dataset: Option<String>,
    /// Folder with the dataset files [default: data/<dataset> here, else in the source tree].
    #[arg(long, value_name = "DIR", help_heading = heading::DATA)]
    data_dir: Option<PathBuf>,
    /// Random data of the dataset's shapes, 2 x batch-size examples (for timing).
    #[arg(long, help_heading = heading::DATA)]
    dummy_data: bool,
    /// Use only the first N training examples (quick runs).
    #[arg(long, value_name = "N", help_heading = heading::DATA)]
    train_examples: Option<usize>,
    /// Use only the first N test examples.
    #[arg(long, value_name = "N", help_heading = heading::DATA)]
    test_examples: Option<usize>,

    /// Noise multiplier sigma: noise std = sigma * max-grad-norm.
    #[arg(long, visible_alias = "sigma", default_value_t = 1.1, allow_negative_numbers = true,
          help_heading = heading::PRIVACY)]
    noise_multiplier: f64,
    /// Per-sample L2 clipping norm C.
    #[arg(long, short = 'c', visible_alias = "max-per-sample-grad-norm", alias = "max-per-sample-grad_norm",
          default_value_t = 1.0, allow_negative_numbers = true, help_heading = heading::PRIVACY)]
    max_grad_norm: f64,
    /// Calibrate the noise multiplier to spend at most this epsilon over the whole run
    /// (overrides --noise-multiplier).
    #[arg(long, allow_negative_numbers = true, help_heading = heading::PRIVACY)]
    target_epsilon: Option<f64>,
    /// Delta of the reported (epsilon, delta).
    #[arg(long, default_value_t = 1e-5, allow_negative_numbers = true, help_heading = heading::PRIVACY)]
    delta: f64,
    /// Accountant for the reported epsilon.
    #[arg(long, value_enum, default_value_t = AccountantKind::Prv, help_heading = heading::PRIVACY)]
    accountant: AccountantKind,
    /// Seed of the noise and the Poisson batches, for a reproducible DP run [default: a fresh key
    /// from the OS CSPRNG]. Mixed with the run's other flags; epsilon holds only while it stays
    /// secret, and only if no other released run used it. Never written to run.json (a
    /// checkpointed run keeps its key in the owner-only SECRET-noise-key file).
    #[arg(long, help_heading = heading::PRIVACY)]
    noise_seed: Option<u64>,
    /// Secure mode: batches and noise from the OS CSPRNG (never a seed), discrete Gaussian noise on
    /// a grid against floating-point attacks (Canonne, Kamath, Steinke 2020); noise drawn on the CPU.
    #[arg(long, visible_aliases = ["secure-mode", "secure-rng"], help_heading = heading::PRIVACY)]
    secure_noise: bool,
    /// Train without privacy (plain SGD on the mean loss; no epsilon).
    #[arg(long, visible_alias = "disable-dp", help_heading = heading::PRIVACY)]
    no_dp: bool,

    /// Number of epochs, each ceil(N / batch-size) steps (12 take about ten minutes on a 2-core CPU).
    #[arg(long, short, visible_short_alias = 'n', default_value_t = 12, help_heading = heading::OPTIM)]
    epochs: usize,
    /// Expected (logical) batch size; Poisson sampling with rate batch-size / N.
    #[arg(long, short, default_value_t = 256, help_heading = heading::OPTIM)]
    batch_size: usize,
    /// SGD learning rate.
    #[arg(long, default_value_t = 0.15, allow_negative_numbers = true, help_heading = heading::OPTIM)]
    lr: f64,
    /// Seed of the weights' initialisation (public; it keys neither batches nor noise).
    #[arg(long, default_value_t = 42, help_heading = heading::OPTIM)]
    seed: u64,
    /// Per-sample gradient strategy.
    #[arg(long, value_enum, visible_alias = "grad-sample-mode", default_value_t = Strategy::Auto,
          help_heading = heading::OPTIM)]
    grad_sample: Strategy,
    /// Cap on the per-sample step's memory in MiB: `auto` plans within it, splitting physical
    /// batches into chunks if it must (with `--grad-sample auto` only).
    #[arg(long, value_name = "MIB", help_heading = heading::OPTIM)]
    max_memory_mib: Option<u64>,
    /// Rows per physical batch [default: expected batch + 2 standard deviations].
    #[arg(long, value_name = "N", help_heading = heading::OPTIM)]
    physical_batch_size: Option<usize>,

    /// Compute backend.
    #[arg(long, value_enum, default_value_t = BackendChoice::Auto, env = "DPGPU_BACKEND",
          help_heading = heading::BACKEND)]
    backend: BackendChoice,
    /// Data-parallel training: `mpi` when started by mpirun or srun, one process per device (the
    /// machine-local rank picks the GPU); needs a dpgpu built with `--features mpi`.
    #[arg(long, value_enum, default_value_t = Distributed::None, help_heading = heading::BACKEND)]
    distributed: Distributed,

    /// Output folder for run.json and model.bpk [default: runs/<model>-<unix time>].
    #[arg(long, short, value_name = "DIR", help_heading = heading::OUTPUT)]
    out: Option<PathBuf>,
    /// Write a checkpoint (model, step counters, accountant history) every N steps into --out.
    #[arg(long, value_name = "N", help_heading = heading::OUTPUT)]
    checkpoint_every: Option<u64>,
    /// Resume the run whose checkpoint is in DIR (its --out folder); other flags but --backend are
    /// taken from the checkpoint. Resume on the same backend for bit-identical parameters.
    #[arg(long, value_name = "DIR", help_heading = heading::OUTPUT)]
    resume: Option<PathBuf>,
    /// Print the per-layer plan of the per-sample step (after the first epoch; also in run.json).
    #[arg(long, help_heading = heading::OUTPUT)]
    print_plan: bool,
    /// Print one JSON object per epoch, then {"event": "done", ...} with the run record, on
    /// stdout (JSON Lines) instead of text; messages stay on stderr.
    #[arg(long, help_heading = heading::OUTPUT)]
    json: bool,
}

/// The flags a resumed run may take: everything else comes from its checkpoint.
const RESUME_FLAGS: [&str; 7] =
    ["resume", "backend", "distributed", "json", "print_plan", "verbose", "quiet"];

/// How the processes of a run are joined (`--distributed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Distributed {
    /// One process, one device.
    None,
    /// The processes of an MPI job (mpirun, srun), one device each.
    Mpi,
}

/// The workers of this run: this process alone, or an MPI job.
enum Workers {
    Single(SingleProcess),
    #[cfg(feature = "mpi")]
    Mpi(dpgpu::distributed::Mpi),
}

impl Workers {
    fn join(how: Distributed) -> anyhow::Result<Workers> {
        match how {
            Distributed::None => Ok(Workers::Single(SingleProcess)),
            #[cfg(feature = "mpi")]
            Distributed::Mpi => Ok(Workers::Mpi(dpgpu::distributed::Mpi::init()?)),
            #[cfg(not(feature = "mpi"))]
            Distributed::Mpi => Err(dpgpu::Error::Unsupported(
                "--distributed mpi: this dpgpu was built without MPI; build it with \
                 `cargo build --release --features mpi` (needs an MPI library and libclang, e.g. \
                 apt-get install openmpi-bin libopenmpi-dev libclang-dev)"
                    .into(),
            )
            .into()),
        }
    }

    fn collective(&self) -> &dyn Collective {
        match self {
            Workers::Single(s) => s,
            #[cfg(feature = "mpi")]
            Workers::Mpi(m) => m,
        }
    }

    fn local_rank(&self) -> usize {
        match self {
            Workers::Single(_) => 0,
            #[cfg(feature = "mpi")]
            Workers::Mpi(m) => m.local_rank(),
        }
    }

    /// Ends the run on an error: one that every worker met together (a disagreement) is printed
    /// by each, and only then, after a barrier, do they end (mpirun ends a job when its first
    /// process exits with an error, which could cut the others' message short); one met by this
    /// worker alone ends the whole job, or the others would wait forever.
    fn fail(&self, e: anyhow::Error) -> anyhow::Error {
        #[cfg(feature = "mpi")]
        if let Workers::Mpi(m) = self
            && m.world_size() > 1
        {
            // One write per line, so the workers' lines do not interleave.
            let line = format!("dpgpu (worker {} of {}): {e}\n", m.rank(), m.world_size());
            let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
            if !matches!(e.downcast_ref::<dpgpu::Error>(), Some(dpgpu::Error::Distributed(_))) {
                m.abort(1);
            }
            let _ = m.all_reduce_sum(&mut [0.0]);
            return super::Reported.into();
        }
        e
    }
}

pub fn run(args: TrainArgs, matches: &clap::ArgMatches) -> anyhow::Result<()> {
    // A flag given with --resume would be silently ignored: refuse it, naming it.
    if let (Some(_), m) = (&args.resume, matches) {
        // Flags only: clap also lists the argument group `TrainArgs`.
        let flag = |id: &&str| id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let given = m.ids().map(|id| id.as_str()).filter(flag).find(|id| {
            !RESUME_FLAGS.contains(id) && m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
        });
        if let Some(id) = given {
            let flag = id.replace('_', "-");
            return Err(dpgpu::Error::Unsupported(format!(
                "--{flag} cannot be given with --resume: a resumed run keeps every setting of its checkpoint \
                 (only --backend, --json and --print-plan may be given)"
            ))
            .into());
        }
    }
    let out = args.resume.clone().or(args.out.clone()).unwrap_or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        PathBuf::from(format!("runs/{}-{}", args.model.name(), now.as_secs()))
    });
    let config = TrainConfig {
        model: args.model.name().to_string(),
        dataset: args.dataset.clone(),
        data_dir: args.data_dir.clone(),
        dummy_data: args.dummy_data,
        accountant: args.accountant,
        target_epsilon: args.target_epsilon,
        epochs: args.epochs,
        batch_size: args.batch_size,
        noise_multiplier: args.noise_multiplier,
        max_grad_norm: args.max_grad_norm,
        lr: args.lr,
        delta: args.delta,
        seed: args.seed,
        noise_seed: args.noise_seed,
        grad_sample: args.grad_sample,
        max_memory_mib: args.max_memory_mib,
        dp: !args.no_dp,
        physical_batch_size: args.physical_batch_size,
        out: Some(out.clone()),
        train_examples: args.train_examples,
        test_examples: args.test_examples,
        checkpoint_every: args.checkpoint_every,
        secure_noise: args.secure_noise,
    };
    // Bad flags stop this process before it joins the others, which would wait for it.
    config.validate()?;
    if args.distributed != Distributed::None && !config.dp {
        return Err(dpgpu::Error::Unsupported(
            "--distributed: data-parallel training is for DP-SGD; a non-private run (--no-dp) takes one device".into(),
        )
        .into());
    }
    let workers = Workers::join(args.distributed)?;
    // Worker 0 reads the checkpoint and sends it to the others (which may not have the folder).
    let config = match (&args.resume, workers.collective().rank()) {
        (Some(dir), 0) => dpgpu::engine::checkpoint::Checkpoint::load(dir)
            .and_then(|c| c.config.validate().map(|()| c.config))
            .map_err(|e| workers.fail(e.into()))?,
        _ => config,
    };
    let result = run_on(&args, &config, &out, &workers);
    if let Err(e) = &result
        && args.resume.is_none()
        && !args.dummy_data
        && matches!(e.downcast_ref::<dpgpu::Error>(), Some(dpgpu::Error::Io { .. }))
    {
        eprintln!(
            "note: point --data-dir at the dataset's folder (README: \"Accuracy on real data\"), \
             or pass --dummy-data to train on random data of its shapes"
        );
    }
    result.map_err(|e| workers.fail(e))
}

/// Resumes `--resume`'s run, or trains `config` afresh, as this worker of `collective`.
fn start(
    args: &TrainArgs,
    config: &TrainConfig,
    dev: &dpgpu::device::ComputeDevice,
    collective: &dyn Collective,
    on_epoch: &mut dpgpu::engine::trainer::EpochCallback<'_>,
    on_step: &mut dpgpu::engine::trainer::StepCallback<'_>,
) -> dpgpu::Result<dpgpu::engine::trainer::RunRecord> {
    match &args.resume {
        Some(dir) => resume_with(dir, dev, collective, on_epoch, on_step),
        None => train_with(config, dev, collective, on_epoch, on_step),
    }
}

fn run_on(
    args: &TrainArgs,
    config: &TrainConfig,
    out: &std::path::Path,
    workers: &Workers,
) -> anyhow::Result<()> {
    let collective = workers.collective();
    let dev = select_local(args.backend, workers.local_rank())?;
    if collective.rank() != 0 {
        // Worker 0 speaks for the run; the others only compute.
        let record = start(args, config, &dev, collective, &mut |_, _| {}, &mut |_, _| true)?;
        log::info!("worker {} done after {} epochs", collective.rank(), record.epochs.len());
        return Ok(());
    }
    eprintln!("dpgpu train: {} on {}", config.model, dev.describe());
    if collective.world_size() > 1 {
        eprintln!("data-parallel: {} workers ({})", collective.world_size(), collective.describe());
    }
    if config.dp {
        eprintln!(
            "DP-SGD: noise_multiplier {}, max_grad_norm {}, expected batch {} (Poisson), lr {}, delta {}",
            config.noise_multiplier, config.max_grad_norm, config.batch_size, config.lr, config.delta
        );
    } else {
        eprintln!("non-private SGD (--no-dp): no privacy guarantee, lr {}", config.lr);
    }
    if config.dp && config.secure_noise {
        eprintln!("noise and sampling: fresh from the OS CSPRNG at every step (secure mode: no key exists)");
    }
    if config.dp && !config.secure_noise {
        let key_file = out.join(dpgpu::privacy::keys::KEY_FILE);
        let key = match (&args.resume, config.noise_seed, config.checkpoint_every) {
            (Some(_), _, _) => format!("read from {}", key_file.display()),
            (None, Some(_), _) => {
                "--noise-seed (a reproducible run: epsilon holds only while it stays secret)".into()
            }
            (None, None, Some(_)) => format!(
                "64 bits from the OS CSPRNG, kept for --resume in {} (owner-only): never publish that file",
                key_file.display()
            ),
            (None, None, None) => "64 bits from the OS CSPRNG, held in memory only".into(),
        };
        eprintln!("noise and sampling key: {key}");
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("epoch {prefix} [{bar:30}] {pos}/{len} steps {per_sec} eta {eta}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    let epoch_no = std::cell::Cell::new(1);
    let epochs = config.epochs;
    let mut on_step = |step: usize, total: usize| {
        if step == 1 {
            bar.reset();
            bar.set_length(total as u64);
            bar.set_prefix(format!("{}/{epochs}", epoch_no.get()));
        }
        bar.set_position(step as u64);
        true
    };
    let mut on_epoch = |r: &dpgpu::engine::trainer::RunRecord, e: &dpgpu::engine::trainer::EpochRecord| {
        bar.suspend(|| {
            if let (Some(target), 1) = (config.target_epsilon.filter(|_| config.dp), e.epoch) {
                eprintln!(
                    "calibrated noise_multiplier {} for target epsilon {target} ({} accountant)",
                    r.args.noise_multiplier,
                    config.accountant.name()
                );
            }
            if let (true, 1, Some(plan)) = (args.print_plan, e.epoch, &r.grad_sample_plan) {
                eprint!("{}", plan.render());
            }
            if args.json {
                // The epoch record's fields, with the event's name and the run's delta and length.
                let mut line = json!({"event": "epoch", "epochs": config.epochs, "delta": config.delta});
                if let (Some(line), Ok(serde_json::Value::Object(fields))) =
                    (line.as_object_mut(), serde_json::to_value(e))
                {
                    line.extend(fields);
                }
                println!("{line}");
                return;
            }
            let eps = match e.epsilon {
                Some(eps) => format!("epsilon {eps:.3} (delta {})", config.delta),
                None if config.dp => "epsilon inf (noise_multiplier 0)".to_string(),
                None => "epsilon n/a (no DP)".to_string(),
            };
            println!(
                "epoch {:>3}/{}  train_loss {:.4}  test_accuracy {:.4}  {}  seconds {:.1}",
                e.epoch, config.epochs, e.train_loss, e.test_accuracy, eps, e.seconds
            );
        });
        epoch_no.set(epoch_no.get() + 1);
    };
    if let Some(dir) = &args.resume {
        eprintln!("resuming from {}", dir.display());
    }
    let record = start(args, config, &dev, collective, &mut on_epoch, &mut on_step)?;
    bar.finish_and_clear();
    if args.json {
        println!("{}", json!({"event": "done", "out": out, "record": record}));
        return Ok(());
    }
    let last = record.epochs.last().expect("at least one epoch");
    println!(
        "done: test_accuracy {:.4}{} after {} epochs; run record and model in {}",
        last.test_accuracy,
        last.epsilon.map(|e| format!(", epsilon {e:.3} at delta {}", config.delta)).unwrap_or_default(),
        record.epochs.len(),
        out.display()
    );
    Ok(())
}
