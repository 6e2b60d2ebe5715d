//! The PRV accountant: tight (ε, δ) for DP-SGD by numerical composition of the privacy loss
//! random variable (PRV), with a stated error.
//!
//! For each adjacency direction (a record removed or added; the reported ε is the larger), one
//! step's privacy loss Y is clamped to a range holding all but a tail mass, rounded to the
//! nearest point of a grid of spacing Δ (module `prv_loss`), and composed over the whole history
//! by FFT (modules `prv_compose`, `prv_grid`). A budget δ_err = δ/10⁴ is split into three equal parts: the
//! clamped tails, the FFT window's tails (a Chernoff bound), and Hoeffding's inequality, by which
//! the T rounding errors (each in [−Δ/2, Δ/2], with a computed mean) exceed their mean by more
//! than t = Δ √(T ln(3·10⁴/δ) / 2) with probability at most δ/(3·10⁴). Then
//!
//! - `upper` = ε_grid(δ − δ_err − fp) − bias + t: the true ε is at most this;
//! - `lower` = ε_grid(δ + δ_err + fp) − bias − t: the true ε is at least this;
//!
//! where ε_grid(δ') solves Σ_J p_J (1 − e^(ε − JΔ))₊ = δ' on the composed grid, `bias` is the
//! summed mean rounding error (computed by quadrature), and `fp` estimates the floating-point
//! error of the distribution function and the FFTs (about 1e-11 at T = 2250; an estimate, the
//! rest are proofs). Δ is set so that upper − lower is about `eps_error` (default 0.01; 0.009 at
//! Opacus's test point) on an FFT of at most 2²¹ points. Where that cap binds (from a few 10⁴
//! steps: upper − lower is about 0.03-0.15 at 10⁵ steps and about 1 at 10⁶) the bounds stay
//! valid but widen, and where δ nears `fp` (below about 1e-9 at 2250 steps) `upper` grows, up
//! to +∞; [`PrvAccountant::get_epsilon`] returns the RDP value wherever that is smaller.
//!
//! ```
//! use dpgpu::privacy::accountant::PrvAccountant;
//! let mut acc = PrvAccountant::new();
//! acc.steps(1.5, 0.04, 2250)?; // Opacus's PRV test: 6.777395712150674 (its upper bound)
//! let bounds = acc.get_epsilon_bounds(1e-5)?;
//! assert!(bounds.lower <= 6.7774 && (bounds.upper - 6.7774).abs() < 0.01);
//! # Ok::<(), dpgpu::Error>(())
//! ```
//!
//! # Sources
//! - S. Gopi, Y. T. Lee, L. Wutschitz, "Numerical Composition of Differential Privacy", NeurIPS
//!   2021: Section 5 and Theorem 5.5 (discretise, compose by FFT, ε_upper = ε(δ − δ_err) + ε_err
//!   with a Hoeffding mesh); as in Opacus `accountants/prv.py`.
//! - Y. Zhu, J. Dong, Y.-X. Wang, AISTATS 2022, Section 4 (both directions for add/remove).
//! - W. Hoeffding, "Probability Inequalities for Sums of Bounded Random Variables", JASA 58
//!   (1963), Theorem 2.

use super::prv_grid::prv_bounds;
use super::{Accountant, RdpAccountant, Segment, analysis};
use crate::error::{Error, Result};

/// Bounds on ε from [`PrvAccountant::get_epsilon_bounds`], in nats: the true ε of the recorded
/// steps at the given δ lies in [`lower`, `upper`].
///
/// # Sources
/// Gopi, Lee, Wutschitz 2021, Theorem 5.5 (ε_lower, ε_estimate, ε_upper).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrvEpsilon {
    /// A lower bound on ε (>= 0).
    pub lower: f64,
    /// The grid's ε at δ itself, corrected for the mean rounding error (no error terms).
    pub estimate: f64,
    /// An upper bound on ε (+∞ if σ = 0 with q > 0, or if the grid cannot resolve δ).
    pub upper: f64,
    /// Grid spacing Δ used (nats; 0 when no grid was needed).
    pub mesh_size: f64,
    /// FFT size used (0 when no grid was needed).
    pub grid_points: usize,
}

impl PrvEpsilon {
    pub(crate) fn exact(eps: f64) -> Self {
        PrvEpsilon { lower: eps, estimate: eps, upper: eps, mesh_size: 0.0, grid_points: 0 }
    }

    /// `upper` − `lower` (nats): how much `upper` may overstate ε.
    pub fn error(&self) -> f64 {
        self.upper - self.lower
    }
}

/// Tight accountant for DP-SGD (Poisson-subsampled Gaussian, add/remove adjacency) by numerical
/// composition of privacy loss random variables; ε at or below [`RdpAccountant`]'s.
///
/// Cost per [`PrvAccountant::get_epsilon`]: one FFT of up to 2²¹ points per distinct (σ, q)
/// segment plus one, and O(range/Δ) normal-distribution evaluations per segment; about 0.25 s
/// for Opacus's test point (2250 steps, a 2²⁰-point grid), at most about 1 s per segment.
///
/// # Sources
/// Gopi, Lee, Wutschitz 2021; see the [module docs](self).
#[derive(Clone, Debug, PartialEq)]
pub struct PrvAccountant {
    history: Vec<Segment>,
    eps_error: f64,
}

impl Default for PrvAccountant {
    fn default() -> Self {
        Self::new()
    }
}

impl PrvAccountant {
    /// Default target for upper − lower (nats).
    ///
    /// # Sources
    /// Opacus `accountants/prv.py`, `get_epsilon(delta, eps_error=0.01)` (there the distance from
    /// the estimate to each bound, so dpgpu's default is about twice as tight).
    pub const DEFAULT_EPS_ERROR: f64 = 0.01;

    /// An empty accountant with [`PrvAccountant::DEFAULT_EPS_ERROR`].
    pub fn new() -> Self {
        PrvAccountant { history: Vec::new(), eps_error: Self::DEFAULT_EPS_ERROR }
    }

    /// An accountant that resumes from a saved [`PrvAccountant::history`] (kept as given).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `noise_multiplier` or `sample_rate` for the first
    /// invalid segment.
    pub fn from_history(history: Vec<Segment>) -> Result<Self> {
        history.iter().try_for_each(Segment::validate)?;
        Ok(PrvAccountant { history, ..Self::new() })
    }

    /// Targets upper − lower ≈ `eps_error` (nats) instead of 0.01; smaller costs a finer grid
    /// (time and memory grow as 1/`eps_error` up to the 2²¹-point cap).
    ///
    /// # Sources
    /// Gopi, Lee, Wutschitz 2021, Section 5 (the mesh from ε_error and Hoeffding).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `eps_error` unless it is in [1e-6, 1].
    pub fn with_eps_error(mut self, eps_error: f64) -> Result<Self> {
        if !(1e-6..=1.0).contains(&eps_error) {
            return Err(Error::invalid("eps_error", eps_error, "in [1e-6, 1]"));
        }
        self.eps_error = eps_error;
        Ok(self)
    }

    /// Records one step; merged into the last segment if σ and q are the same.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `noise_multiplier` (negative or not finite) or
    /// `sample_rate` (not in [0, 1]), or `steps` on `u64` overflow.
    ///
    /// # Sources
    /// The (σ, q, steps) history of Opacus's accountants.
    pub fn step(&mut self, noise_multiplier: f64, sample_rate: f64) -> Result<()> {
        self.steps(noise_multiplier, sample_rate, 1)
    }

    /// Records `steps` steps at once; merged into the last segment if σ and q are the same.
    ///
    /// # Errors
    /// As [`PrvAccountant::step`].
    pub fn steps(&mut self, noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<()> {
        super::record_steps(&mut self.history, noise_multiplier, sample_rate, steps)
    }

    /// ε spent so far for δ (nats): the smaller of [`PrvEpsilon::upper`] and the
    /// [`RdpAccountant`] value, both upper bounds. RDP wins only where the grid is too coarse
    /// (about 10⁶ steps and more), where ε is within `eps_error` of 0, or where δ is near the
    /// floating-point floor (about 1e-11 at 2250 steps). 0 if nothing was spent; +∞ if σ = 0
    /// with q > 0.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `delta` unless 0 < δ < 1.
    ///
    /// # Sources
    /// Gopi, Lee, Wutschitz 2021, Theorem 5.5; RDP as in [`RdpAccountant`].
    pub fn get_epsilon(&self, delta: f64) -> Result<f64> {
        let upper = self.get_epsilon_bounds(delta)?.upper;
        let rdp = RdpAccountant::from_history(self.history.clone())?.get_epsilon(delta)?;
        Ok(upper.min(rdp))
    }

    /// Lower and upper bounds on ε for δ from the PRV alone, with the grid used.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `delta` unless 0 < δ < 1.
    ///
    /// # Sources
    /// Gopi, Lee, Wutschitz 2021, Theorem 5.5; see the [module docs](self).
    pub fn get_epsilon_bounds(&self, delta: f64) -> Result<PrvEpsilon> {
        analysis::check_delta(delta)?;
        Ok(prv_bounds(&self.history, delta, self.eps_error))
    }

    /// The recorded segments, oldest first.
    pub fn history(&self) -> &[Segment] {
        &self.history
    }

    /// The target for upper − lower (nats).
    pub fn eps_error(&self) -> f64 {
        self.eps_error
    }
}

impl Accountant for PrvAccountant {
    fn step(&mut self, noise_multiplier: f64, sample_rate: f64) -> Result<()> {
        PrvAccountant::step(self, noise_multiplier, sample_rate)
    }

    fn steps(&mut self, noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<()> {
        PrvAccountant::steps(self, noise_multiplier, sample_rate, steps)
    }

    fn get_epsilon(&self, delta: f64) -> Result<f64> {
        PrvAccountant::get_epsilon(self, delta)
    }

    fn history(&self) -> &[Segment] {
        PrvAccountant::history(self)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::privacy::accountant::gaussian::gaussian_epsilon;

    fn bounds(sigma: f64, q: f64, steps: u64, delta: f64) -> PrvEpsilon {
        let mut acc = PrvAccountant::new();
        acc.steps(sigma, q, steps).unwrap();
        acc.get_epsilon_bounds(delta).unwrap()
    }

    fn rdp(sigma: f64, q: f64, steps: u64, delta: f64) -> f64 {
        let mut acc = RdpAccountant::new();
        acc.steps(sigma, q, steps).unwrap();
        acc.get_epsilon(delta).unwrap()
    }

    fn epsilon(sigma: f64, q: f64, steps: u64, delta: f64) -> f64 {
        let mut acc = PrvAccountant::new();
        acc.steps(sigma, q, steps).unwrap();
        acc.get_epsilon(delta).unwrap()
    }

    #[test]
    fn opacus_prv_test_value_is_within_the_stated_error() {
        // Opacus tests/accountants_test.py, test_prv_accountant: 6.777395712150674, an upper
        // bound with eps_error 0.01 (so the true ε is at most that).
        let published = 6.777395712150674;
        let b = bounds(1.5, 0.04, 2250, 1e-5);
        assert!(b.error() <= PrvAccountant::DEFAULT_EPS_ERROR, "{b:?}");
        assert!((b.upper - published).abs() <= b.error() && b.lower <= published, "{b:?}");
    }

    #[test]
    fn full_batch_bounds_bracket_the_exact_gaussian_epsilon() {
        // q = 1: T steps are the Gaussian mechanism with μ = √T/σ (Balle & Wang 2018, Thm 8).
        // σ = 0.01: one step's loss spans ±5000 nats around its mean of 5000 (a window regression).
        let cases =
            [(4.530877117, 1, 1e-6), (1.0, 100, 1e-5), (3.0, 50, 1e-9), (20.0, 1, 0.3), (0.01, 1, 1e-5)];
        for (sigma, steps, delta) in cases {
            let exact = gaussian_epsilon(delta, (steps as f64).sqrt() / sigma).unwrap();
            let b = bounds(sigma, 1.0, steps, delta);
            assert!(b.lower <= exact && exact <= b.upper && b.error() <= 0.015, "σ = {sigma}: {exact} {b:?}");
        }
    }

    #[test]
    fn tight_upper_bound_is_below_rdp_on_a_grid() {
        for (sigma, q, steps) in [(0.7, 0.01, 100), (0.7, 0.25, 10), (2.0, 0.01, 1000), (4.0, 0.05, 1000)]
            .into_iter()
            .chain([(0.7, 1.0, 10), (2.0, 0.25, 100), (4.0, 1.0, 100), (1.0, 0.05, 100)])
        {
            let (b, r) = (bounds(sigma, q, steps, 1e-5), rdp(sigma, q, steps, 1e-5));
            assert!(b.upper < r, "σ = {sigma}, q = {q}, T = {steps}: {b:?} vs RDP {r}");
        }
    }

    #[test]
    fn no_sampling_gives_zero_and_no_noise_gives_infinity() {
        let mut acc = PrvAccountant::new();
        assert_eq!(acc.get_epsilon(1e-5).unwrap(), 0.0);
        acc.steps(0.0, 0.0, 100).unwrap();
        assert_eq!(acc.get_epsilon_bounds(1e-5).unwrap(), PrvEpsilon::exact(0.0));
        acc.step(0.0, 0.01).unwrap();
        assert_eq!(acc.get_epsilon(1e-5).unwrap(), f64::INFINITY);
    }

    #[test]
    fn segments_compose_in_any_grouping() {
        let split = vec![Segment::new(1.5, 0.04, 1000).unwrap(), Segment::new(1.5, 0.04, 1250).unwrap()];
        let b = PrvAccountant::from_history(split).unwrap().get_epsilon_bounds(1e-5).unwrap();
        let whole = bounds(1.5, 0.04, 2250, 1e-5);
        assert!((b.upper - whole.upper).abs() < 0.01 && b.lower <= whole.upper && whole.lower <= b.upper);
        let mut mixed = PrvAccountant::new();
        mixed.steps(1.0, 0.01, 500).unwrap();
        mixed.steps(2.0, 0.05, 300).unwrap();
        let eps = mixed.get_epsilon_bounds(1e-5).unwrap().upper;
        assert!(eps > bounds(1.0, 0.01, 500, 1e-5).lower && eps > bounds(2.0, 0.05, 300, 1e-5).lower);
        let r = RdpAccountant::from_history(mixed.history().to_vec()).unwrap();
        assert!(eps < r.get_epsilon(1e-5).unwrap(), "{eps}");
    }

    #[test]
    fn edge_inputs_give_finite_valid_epsilons() {
        // Extremes of δ, T, σ and q: never NaN, negative or above RDP (+∞ only for σ = 0).
        for sigma in [0.1, 100.0] {
            for q in [1e-6, 1.0] {
                for steps in [1, 10_000_000] {
                    let mut acc = PrvAccountant::new();
                    acc.steps(sigma, q, steps).unwrap();
                    for delta in [1e-18, 0.5] {
                        // What get_epsilon returns, without computing the bounds twice.
                        let (b, r) = (acc.get_epsilon_bounds(delta).unwrap(), rdp(sigma, q, steps, delta));
                        let e = b.upper.min(r);
                        let case = format!("σ={sigma} q={q} T={steps} δ={delta}: {e} {b:?} {r}");
                        assert!(e.is_finite() && e >= 0.0 && e <= r && b.lower <= e, "{case}");
                        assert!(!b.upper.is_nan() && !b.estimate.is_nan() && b.lower >= 0.0, "{case}");
                    }
                }
            }
        }
    }

    #[test]
    fn bad_parameters_are_errors_naming_them() {
        let name = |e: Error| match e {
            Error::InvalidParameter { name, .. } => name,
            other => panic!("{other}"),
        };
        let mut acc = PrvAccountant::new();
        acc.step(1.0, 0.01).unwrap();
        for delta in [0.0, 1.0, -1e-5, f64::NAN] {
            assert_eq!(name(acc.get_epsilon(delta).unwrap_err()), "delta");
        }
        assert_eq!(name(acc.step(f64::NAN, 0.01).unwrap_err()), "noise_multiplier");
        assert_eq!(name(acc.step(1.0, 2.0).unwrap_err()), "sample_rate");
        assert_eq!(name(PrvAccountant::new().with_eps_error(0.0).unwrap_err()), "eps_error");
        acc.steps(1.0, 0.01, u64::MAX - 1).unwrap();
        assert_eq!(name(acc.step(1.0, 0.01).unwrap_err()), "steps");
    }

    #[test]
    fn accountant_trait_and_history_drive_the_prv_accountant() {
        let mut acc = PrvAccountant::new();
        let dynamic: &mut dyn Accountant = &mut acc;
        dynamic.steps(1.3, 0.004, 700).unwrap();
        dynamic.step(0.9, 0.004).unwrap();
        let json = serde_json::to_string(dynamic.history()).unwrap();
        let resumed = PrvAccountant::from_history(serde_json::from_str(&json).unwrap()).unwrap();
        assert_eq!(resumed, acc);
        assert_eq!(resumed.get_epsilon(1e-5).unwrap(), acc.get_epsilon(1e-5).unwrap());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(6))]

        /// Monotone up to the stated error (a grid bound, not an exact value).
        #[test]
        fn epsilon_falls_with_noise_and_delta_and_rises_with_rate_and_steps(
            sigma in 0.8f64..5.0, q in 1e-3f64..1.0, steps in 1u64..200, delta in 1e-10f64..1e-2,
            more in 1.05f64..2.0,
        ) {
            let tol = PrvAccountant::DEFAULT_EPS_ERROR;
            let e = epsilon(sigma, q, steps, delta);
            prop_assert!(e.is_finite() && e >= 0.0);
            prop_assert!(epsilon(sigma * more, q, steps, delta) <= e + tol);
            prop_assert!(epsilon(sigma, q, steps, (delta * more).min(0.5)) <= e + tol);
            prop_assert!(epsilon(sigma, (q * more).min(1.0), steps, delta) + tol >= e);
            prop_assert!(epsilon(sigma, q, (steps as f64 * more).ceil() as u64, delta) + tol >= e);
        }
    }
}
