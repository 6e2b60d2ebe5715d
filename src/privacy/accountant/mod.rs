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
//! - [`Accountant`]: what the trainer calls, so that other accountants can slot in.
//!
//! ```
//! use dpgpu::privacy::accountant::RdpAccountant;
//! let mut acc = RdpAccountant::new();
//! acc.steps(1.5, 0.04, 2250)?; // σ = 1.5, q = 0.04, 2250 steps (Opacus's test)
//! let eps = acc.get_epsilon(1e-5)?;
//! assert!((eps - 7.32911117143).abs() < 1e-5);
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

use serde::{Deserialize, Serialize};

use crate::error::Result;

pub mod analysis;
pub mod erfc;
pub mod rdp;

pub use analysis::{Conversion, DEFAULT_ORDERS, MAX_ORDER, TF_PRIVACY_ORDERS, compute_rdp, epsilon_from_rdp};
pub use rdp::RdpAccountant;

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
