//! Privacy accounting for DP-SGD: how much (ε, δ)-differential privacy a training run has spent.
//!
//! Every DP-SGD step is one Poisson-subsampled Gaussian mechanism (add/remove-one adjacency, L2
//! sensitivity 1 after clipping): each example is in the batch with probability `sample_rate`
//! (q) and the summed gradient gets Gaussian noise of standard deviation `noise_multiplier` (σ)
//! times the clipping norm. An accountant records the run as a [`Segment`] history of
//! (σ, q, steps) and turns it into ε for a given δ.
//!
//! - [`RdpAccountant`]: Rényi DP (moments accountant), as in Opacus and TF Privacy; the math is
//!   in [`analysis`] ([`compute_rdp`], [`epsilon_from_rdp`]), the special function in [`erfc`].
//!   Fast (about a millisecond) and always valid, but typically 5-15 % above the tight ε (more
//!   for small ε).
//! - [`PrvAccountant`]: the tight accountant. It discretises the privacy loss random variable
//!   (PRV) of one step on a grid, composes the history by FFT, and reports bounds
//!   [`PrvEpsilon`] `lower` <= ε <= `upper` with `upper` − `lower` ≈ `eps_error` (default 0.01),
//!   for both adjacency directions. It is the PRV accountant of Gopi, Lee, Wutschitz (as in
//!   Opacus), chosen over a PLD with pessimistic rounding (dp_accounting) because its Hoeffding
//!   mesh makes the error grow as √T rather than T, so 2250 steps need a 2²⁰-point FFT (about
//!   0.25 s) instead of ~10⁷ points. Its `get_epsilon` is `min(upper, RDP ε)`, both valid upper
//!   bounds, so it is never above [`RdpAccountant`]; RDP wins only where the grid is too coarse
//!   (about 10⁶ steps and more), ε is within 0.01 of 0, or δ nears the floating-point floor.
//! - [`gaussian`]: the exact ε of the Gaussian mechanism (q = 1), the ground truth tests use.
//! - [`calibrate`]: [`get_noise_multiplier`] (the smallest σ for a target ε, never above it),
//!   [`AccountantKind`] ("rdp", "prv") and [`epsilon`] for the CLI.
//! - [`Accountant`]: what the trainer calls, so that either accountant can slot in.
//!
//! ```
//! use dpgpu::privacy::accountant::{PrvAccountant, RdpAccountant};
//! let (mut rdp, mut prv) = (RdpAccountant::new(), PrvAccountant::new());
//! rdp.steps(1.5, 0.04, 2250)?; // σ = 1.5, q = 0.04, 2250 steps (Opacus's tests)
//! prv.steps(1.5, 0.04, 2250)?;
//! assert!((rdp.get_epsilon(1e-5)? - 7.32911117143).abs() < 1e-5);
//! assert!((prv.get_epsilon(1e-5)? - 6.777395712150674).abs() < 0.01);
//! # Ok::<(), dpgpu::Error>(())
//! ```
//!
//! # Sources
//! - M. Abadi et al., "Deep Learning with Differential Privacy", CCS 2016 (DP-SGD, moments
//!   accountant).
//! - I. Mironov, "Rényi Differential Privacy", CSF 2017 (RDP, composition, classic conversion).
//! - I. Mironov, K. Talwar, L. Zhang, "Rényi Differential Privacy of the Sampled Gaussian
//!   Mechanism", arXiv:1908.10530, 2019 (RDP of the subsampled Gaussian, Section 3).
//! - B. Balle et al., "Hypothesis Testing Interpretations and Rényi Differential Privacy",
//!   AISTATS 2020, Theorem 21 (improved conversion).
//! - S. Gopi, Y. T. Lee, L. Wutschitz, "Numerical Composition of Differential Privacy", NeurIPS
//!   2021 (the PRV accountant and its error bounds; Opacus `accountants/prv.py`).
//! - Y. Zhu, J. Dong, Y.-X. Wang, "Optimal Accounting of Differential Privacy via
//!   Characteristic Function", AISTATS 2022 (the add and remove pairs of Poisson subsampling).
//! - B. Balle, Y.-X. Wang, "Improving the Gaussian Mechanism for Differential Privacy", ICML 2018
//!   (exact ε of the Gaussian mechanism).

use serde::{Deserialize, Serialize};

use crate::error::Result;

pub mod analysis;
pub mod calibrate;
pub mod erfc;
pub mod gaussian;
pub mod prv;
mod prv_compose;
mod prv_grid;
mod prv_loss;
pub mod rdp;

pub use analysis::{Conversion, DEFAULT_ORDERS, MAX_ORDER, TF_PRIVACY_ORDERS, compute_rdp, epsilon_from_rdp};
pub use calibrate::{AccountantKind, epsilon, get_noise_multiplier, steps_for_epochs};
pub use prv::{PrvAccountant, PrvEpsilon};
pub use rdp::RdpAccountant;

/// Appends `steps` steps to `history`, merged into the last segment if σ and q are the same;
/// `steps` = 0 only validates.
pub(crate) fn record_steps(
    history: &mut Vec<Segment>,
    noise_multiplier: f64,
    sample_rate: f64,
    steps: u64,
) -> Result<()> {
    let segment = Segment::new(noise_multiplier, sample_rate, steps)?;
    if steps == 0 {
        return Ok(());
    }
    match history.last_mut() {
        Some(last) if last.noise_multiplier == noise_multiplier && last.sample_rate == sample_rate => {
            last.steps = last.steps.checked_add(steps).ok_or_else(|| {
                crate::error::Error::invalid("steps", steps, format!("at most {}", u64::MAX - last.steps))
            })?;
        }
        _ => history.push(segment),
    }
    Ok(())
}

/// `steps` consecutive DP-SGD steps run with the same noise multiplier and sample rate.
///
/// Accountants keep their history as a list of these; it is what a checkpoint must store to
/// resume accounting ([`RdpAccountant::from_history`]).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Segment {
    /// σ: noise standard deviation divided by the clipping norm (dimensionless), >= 0.
    pub noise_multiplier: f64,
    /// q: probability that an example is in a step's batch, in [0, 1].
    pub sample_rate: f64,
    /// Number of steps.
    pub steps: u64,
}

impl Segment {
    /// A validated segment.
    ///
    /// # Errors
    /// [`crate::Error::InvalidParameter`] naming `noise_multiplier` (negative, NaN or infinite)
    /// or `sample_rate` (not in [0, 1]).
    ///
    /// # Sources
    /// The (q, σ, steps) history of Opacus's accountants.
    pub fn new(noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<Self> {
        let segment = Segment { noise_multiplier, sample_rate, steps };
        segment.validate()?;
        Ok(segment)
    }

    /// Checks the fields, e.g. of a segment read back from a checkpoint.
    ///
    /// # Errors
    /// As [`Segment::new`].
    pub fn validate(&self) -> Result<()> {
        analysis::check_noise_multiplier(self.noise_multiplier)?;
        analysis::check_sample_rate(self.sample_rate)
    }
}

/// What the trainer needs from a privacy accountant.
pub trait Accountant {
    /// Records one step with noise multiplier σ and sample rate q.
    ///
    /// # Errors
    /// [`crate::Error::InvalidParameter`] naming `noise_multiplier` or `sample_rate`.
    fn step(&mut self, noise_multiplier: f64, sample_rate: f64) -> Result<()>;

    /// Records `steps` steps at once with noise multiplier σ and sample rate q.
    ///
    /// # Errors
    /// As [`Accountant::step`], or naming `steps` if the total overflows `u64`.
    fn steps(&mut self, noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<()>;

    /// ε spent so far for the given δ (nats; +∞ if no finite guarantee, 0 if nothing spent).
    ///
    /// # Errors
    /// [`crate::Error::InvalidParameter`] naming `delta` unless 0 < δ < 1.
    fn get_epsilon(&self, delta: f64) -> Result<f64>;

    /// The steps recorded so far, oldest first.
    fn history(&self) -> &[Segment];
}
