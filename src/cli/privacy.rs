//! `dpgpu epsilon` and `dpgpu calibrate`: privacy accounting without training.

use clap::Args;
use dpgpu::Error;
use dpgpu::privacy::accountant::{
    AccountantKind, RdpAccountant, Segment, epsilon, get_noise_multiplier, steps_for_epochs,
};
use serde_json::json;

/// (q, steps) as given: `--steps T`, or `--epochs E` with ceil(E / q) steps.
#[derive(Args, Debug)]
pub struct Schedule {
    /// Sample rate q (Poisson sampling probability) in (0, 1].
    #[arg(long, allow_negative_numbers = true)]
    sample_rate: f64,
    /// Number of steps T.
    #[arg(long, conflicts_with = "epochs", required_unless_present = "epochs")]
    steps: Option<u64>,
    /// Number of epochs E (T = E x ceil(1 / q), as `dpgpu train` counts them).
    #[arg(long, allow_negative_numbers = true)]
    epochs: Option<f64>,
    /// Delta in (0, 1).
    #[arg(long, default_value_t = 1e-5, allow_negative_numbers = true)]
    delta: f64,
    /// Accountant.
    #[arg(long, value_enum, default_value_t = AccountantKind::Prv)]
    accountant: AccountantKind,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

impl Schedule {
    fn steps(&self) -> Result<u64, Error> {
        if !(self.sample_rate > 0.0 && self.sample_rate <= 1.0) {
            return Err(Error::invalid("sample_rate", self.sample_rate, "in (0, 1]"));
        }
        match (self.steps, self.epochs) {
            (Some(t), _) => Ok(t),
            (None, Some(e)) => steps_for_epochs(e, self.sample_rate),
            (None, None) => Err(Error::invalid("epochs", "none", "given, or --steps")),
        }
    }
}

#[derive(Args, Debug)]
#[command(after_long_help = "\
Examples:
  dpgpu epsilon --noise-multiplier 1.1 --sample-rate 0.004267 --epochs 60
      the MNIST example of Abadi et al. (batch 256 of 60,000), PRV accountant
  dpgpu epsilon --sigma 1.5 --sample-rate 0.04 --steps 2250 --accountant rdp --json")]
pub struct EpsilonArgs {
    /// Noise multiplier sigma (>= 0).
    #[arg(long, visible_alias = "sigma", allow_negative_numbers = true)]
    noise_multiplier: f64,
    #[command(flatten)]
    schedule: Schedule,
}

#[derive(Args, Debug)]
#[command(after_long_help = "\
Examples:
  dpgpu calibrate --target-epsilon 3 --sample-rate 0.004267 --epochs 60
  dpgpu calibrate --target-epsilon 8 --sample-rate 0.04 --steps 2000 --accountant rdp --json")]
pub struct CalibrateArgs {
    /// The epsilon not to exceed.
    #[arg(long, allow_negative_numbers = true)]
    target_epsilon: f64,
    #[command(flatten)]
    schedule: Schedule,
}

pub fn run_epsilon(args: EpsilonArgs) -> anyhow::Result<()> {
    let s = &args.schedule;
    let kind = s.accountant;
    let steps = s.steps()?;
    let history = [Segment::new(args.noise_multiplier, s.sample_rate, steps)?];
    let (eps, _) = epsilon(kind, &history, s.delta)?;
    let order = match kind {
        AccountantKind::Rdp => {
            Some(RdpAccountant::from_history(history.to_vec())?.get_epsilon_and_order(s.delta)?.1)
        }
        AccountantKind::Prv => None,
    };
    print(s, kind, args.noise_multiplier, eps, steps, order);
    Ok(())
}

pub fn run_calibrate(args: CalibrateArgs) -> anyhow::Result<()> {
    let s = &args.schedule;
    let kind = s.accountant;
    let steps = s.steps()?;
    let sigma = get_noise_multiplier(args.target_epsilon, s.delta, s.sample_rate, steps, kind)?;
    let history = [Segment::new(sigma, s.sample_rate, steps)?];
    let (eps, order) = epsilon(kind, &history, s.delta)?;
    print(s, kind, sigma, eps, steps, order.filter(|_| kind == AccountantKind::Rdp));
    Ok(())
}

fn print(s: &Schedule, kind: AccountantKind, sigma: f64, eps: f64, steps: u64, order: Option<f64>) {
    if s.json {
        let mut v = json!({
            "epsilon": if eps.is_finite() { json!(eps) } else { json!("inf") },
            "delta": s.delta,
            "accountant": kind.name(),
            "noise_multiplier": sigma,
            "sample_rate": s.sample_rate,
            "steps": steps,
        });
        if let Some(o) = order {
            v["order"] = json!(o);
        }
        println!("{v}");
    } else {
        let order = order.map(|o| format!(", best RDP order {o}")).unwrap_or_default();
        println!(
            "epsilon {eps:.6} at delta {} ({} accountant{order}): noise_multiplier {sigma}, sample_rate {}, {steps} steps",
            s.delta,
            kind.name(),
            s.sample_rate
        );
    }
}
