//! The exact (ε, δ) curve of the Gaussian mechanism, the ground truth for tight accounting at
//! sample rate q = 1, and the standard normal distribution function it is written with.
//!
//! T steps of the Gaussian mechanism with noise multiplier σ (L2 sensitivity 1, no sampling) are
//! exactly μ-GDP with μ = √T/σ, and μ-GDP holds at (ε, δ(ε)) for every ε >= 0 with
//! δ(ε) = Φ(−ε/μ + μ/2) − e^ε Φ(−ε/μ − μ/2), and at no smaller δ:
//!
//! ```
//! use dpgpu::privacy::accountant::gaussian::{gaussian_delta, gaussian_epsilon};
//! let mu = 2250f64.sqrt() / 1.5; // σ = 1.5, T = 2250, q = 1
//! let eps = gaussian_epsilon(1e-5, mu)?;
//! assert!((gaussian_delta(eps, mu)? / 1e-5 - 1.0).abs() < 1e-9);
//! # Ok::<(), dpgpu::Error>(())
//! ```
//!
//! # Sources
//! - B. Balle, Y.-X. Wang, "Improving the Gaussian Mechanism for Differential Privacy: Analytical
//!   Calibration and Optimal Denoising", ICML 2018, Theorem 8 (the δ(ε) curve, tight).
//! - J. Dong, A. Roth, W. Su, "Gaussian Differential Privacy", JRSS B 84 (2022), Corollary 2.13
//!   (the same curve for μ-GDP) and Corollary 3.3 (T-fold composition gives μ = √T/σ).

use std::f64::consts::{LN_2, SQRT_2};

use super::erfc::{erfc, log_erfc};
use crate::error::{Error, Result};

/// Φ(x), the standard normal distribution function, relative error about 1e-15 (0 below
/// about −38.5, where Φ underflows; use [`log_normal_cdf`] there).
///
/// # Sources
/// Φ(x) = erfc(−x/√2)/2 (Abramowitz & Stegun 26.2.29), with [`erfc`].
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * erfc(-x / SQRT_2)
}

/// ln Φ(x), finite for every finite x (e.g. ln Φ(−100) ≈ −5005.52).
///
/// # Sources
/// As [`normal_cdf`], with [`log_erfc`].
pub fn log_normal_cdf(x: f64) -> f64 {
    log_erfc(-x / SQRT_2) - LN_2
}

fn check_mu(mu: f64) -> Result<()> {
    if mu >= 0.0 { Ok(()) } else { Err(Error::invalid("mu", mu, "a number >= 0 (or +inf)")) }
}

/// δ(ε) of the Gaussian mechanism with GDP parameter μ (= √T/σ for T steps at noise multiplier σ):
/// Φ(−ε/μ + μ/2) − e^ε Φ(−ε/μ − μ/2), in [0, 1]; 0 if μ = 0, 1 if μ = +∞ (σ = 0).
///
/// Computed as Φ(a) · (1 − exp(ε + ln Φ(b) − ln Φ(a))), so e^ε never overflows and the result
/// keeps its relative precision down to δ ≈ 1e-300.
///
/// # Errors
/// [`Error::InvalidParameter`] naming `epsilon` (negative or NaN) or `mu` (negative or NaN).
///
/// # Sources
/// Balle & Wang 2018, Theorem 8; Dong, Roth, Su 2022, Corollary 2.13.
pub fn gaussian_delta(epsilon: f64, mu: f64) -> Result<f64> {
    if epsilon.is_nan() || epsilon < 0.0 {
        return Err(Error::invalid("epsilon", epsilon, "a number >= 0"));
    }
    check_mu(mu)?;
    if mu == 0.0 || epsilon == f64::INFINITY {
        return Ok(0.0);
    }
    if mu == f64::INFINITY {
        return Ok(1.0);
    }
    let (a, b) = (-epsilon / mu + mu / 2.0, -epsilon / mu - mu / 2.0);
    let (log_pa, log_pb) = (log_normal_cdf(a), log_normal_cdf(b));
    let ratio = epsilon + log_pb - log_pa; // ln(e^ε Φ(b) / Φ(a)) < 0
    if ratio >= 0.0 {
        return Ok(0.0);
    }
    Ok((log_pa + (-ratio.exp_m1()).ln()).exp().clamp(0.0, 1.0))
}

/// The smallest ε >= 0 with [`gaussian_delta`]`(ε, μ)` <= δ, by bisection to a relative width
/// of 1e-14 (the upper end is returned, so δ is never exceeded); 0 if μ = 0, +∞ if μ = +∞.
///
/// # Errors
/// [`Error::InvalidParameter`] naming `delta` (not in (0, 1)) or `mu` (negative or NaN).
///
/// # Sources
/// Balle & Wang 2018, Theorem 8 (δ(ε) is continuous and decreasing in ε).
pub fn gaussian_epsilon(delta: f64, mu: f64) -> Result<f64> {
    super::analysis::check_delta(delta)?;
    check_mu(mu)?;
    if mu == f64::INFINITY {
        return Ok(f64::INFINITY);
    }
    let above = |eps: f64| gaussian_delta(eps, mu).map(|d| d > delta);
    if !above(0.0)? {
        return Ok(0.0);
    }
    let (mut lo, mut hi) = (0.0, 1.0);
    while above(hi)? {
        (lo, hi) = (hi, 2.0 * hi);
    }
    while hi - lo > 1e-14 * hi {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if above(mid)? { lo = mid } else { hi = mid }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_matches_40_digit_values() {
        // mpmath.ncdf at 40 digits.
        let cases = [(-100.0, -5005.524208694205), (-40.0, -804.6084420137538), (-8.0, -35.01343715991455)];
        for (x, want) in cases {
            assert!((log_normal_cdf(x) / want - 1.0).abs() < 1e-14, "x = {x}");
        }
        assert!((normal_cdf(-1.0) / 0.15865525393145705 - 1.0).abs() < 2e-15);
        assert!((normal_cdf(2.5) - 0.9937903346742238).abs() < 2e-16);
    }

    #[test]
    fn delta_at_zero_epsilon_is_erf_of_mu_over_two_sqrt_two() {
        // δ(0) = Φ(μ/2) − Φ(−μ/2) = erf(μ/(2√2)); erf(1/(2√2)) = 0.3829249225480262 (mpmath).
        assert!((gaussian_delta(0.0, 1.0).unwrap() - 0.3829249225480262).abs() < 1e-15);
    }

    #[test]
    fn epsilon_matches_high_precision_bisection() {
        // mpmath at 50 digits: root of δ(ε) = δ₀ for μ = √2250/1.5 and μ = 1/4.530877117.
        let cases =
            [(1e-5, 2250f64.sqrt() / 1.5, 633.9298513356146), (1e-6, 1.0 / 4.530877117, 0.9273923379974431)];
        for (delta, mu, want) in cases {
            let eps = gaussian_epsilon(delta, mu).unwrap();
            assert!((eps / want - 1.0).abs() < 1e-11, "μ = {mu}: {eps}");
        }
    }

    #[test]
    fn tiny_deltas_and_huge_mu_stay_finite() {
        for (delta, mu) in [(1e-18, 1e-3), (1e-18, 3e4), (0.5, 3e4), (1e-300, 1.0)] {
            let eps = gaussian_epsilon(delta, mu).unwrap();
            assert!(eps.is_finite() && eps >= 0.0, "δ = {delta}, μ = {mu}: {eps}");
            assert!(gaussian_delta(eps, mu).unwrap() <= delta);
        }
        assert_eq!(gaussian_epsilon(1e-5, 0.0).unwrap(), 0.0);
        assert_eq!(gaussian_epsilon(1e-5, f64::INFINITY).unwrap(), f64::INFINITY);
    }

    #[test]
    fn bad_inputs_are_errors_naming_them() {
        let name = |e: Error| match e {
            Error::InvalidParameter { name, .. } => name,
            other => panic!("{other}"),
        };
        assert_eq!(name(gaussian_delta(-1.0, 1.0).unwrap_err()), "epsilon");
        assert_eq!(name(gaussian_delta(1.0, f64::NAN).unwrap_err()), "mu");
        assert_eq!(name(gaussian_epsilon(0.0, 1.0).unwrap_err()), "delta");
        assert_eq!(name(gaussian_epsilon(1e-5, -1.0).unwrap_err()), "mu");
    }
}
