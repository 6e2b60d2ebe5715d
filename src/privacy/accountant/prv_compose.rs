//! Composition of discretised privacy losses by FFT, and ε from the composed distribution, for
//! [`super::prv`].
//!
//! The T-fold sum of independent grid-valued losses has the T-th power of the one-step
//! characteristic function; on a circular grid of N points the FFT gives it exactly modulo N
//! (exponentiation by squaring per frequency, so T = 10⁷ costs 24 squarings). A Chernoff bound on
//! the sum picks a window of N consecutive grid points holding all but a stated mass, which is
//! where the circular result is read. Both adjacency directions share one complex FFT (their
//! real PMFs as real and imaginary parts).
//!
//! # Sources
//! - S. Gopi, Y. T. Lee, L. Wutschitz, "Numerical Composition of Differential Privacy", NeurIPS
//!   2021, Section 5 (FFT composition on a truncated domain) and Theorem 5.5 (its error).
//! - A. Koskela, J. Jälkö, A. Honkela, "Computing Tight Differential Privacy Guarantees Using
//!   FFT", AISTATS 2020 (δ(ε) = E[(1 − e^(ε − Y))₊] from the PLD, Section 3).
//! - N. J. Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., SIAM 2002,
//!   Theorem 24.2 (forward error of the radix-2 FFT, used for `fp_error`).

use rustfft::FftPlanner;
use rustfft::num_complex::Complex;

use super::prv_loss::StepPmf;

const UNIT_ROUNDOFF: f64 = f64::EPSILON / 2.0;

/// Upper end x of a Chernoff bound P(Σ Yᵢ > x) <= e^(−c) for `steps` copies of each PMF
/// (values `(j_lo + k)·mesh`), minimised over λ > 0 by golden-section search on ln λ (x(λ) =
/// (K(λ) + c)/λ is quasi-convex since the cumulant K is convex). `sign` −1 bounds the lower tail
/// of the sum (returning −x). To keep the cost at O(4096) per evaluation, bins are merged into at
/// most 4096 groups placed at their largest value, which only enlarges the sum. NaN if no finite
/// bound was found.
pub(crate) fn chernoff_edge(pmfs: &[(&StepPmf, f64)], mesh: f64, c: f64, sign: f64) -> f64 {
    // Per PMF: (steps, groups of (value, ln mass)), empty groups dropped.
    let groups: Vec<(f64, Vec<(f64, f64)>)> = pmfs
        .iter()
        .map(|(pmf, steps)| {
            let size = pmf.probs.len().div_ceil(4096);
            let mut g: Vec<(f64, f64)> = Vec::new();
            for (i, chunk) in pmf.probs.chunks(size).enumerate() {
                let (first, last) = (i * size, i * size + chunk.len() - 1);
                let k = if sign > 0.0 { last } else { first };
                let mass: f64 = chunk.iter().sum();
                if mass > 0.0 {
                    g.push((sign * (pmf.j_lo + k as i64) as f64 * mesh, mass.ln()));
                }
            }
            (*steps, g)
        })
        .collect();
    let mut var = 0.0;
    for (steps, g) in &groups {
        let m: f64 = g.iter().map(|(v, lp)| v * lp.exp()).sum();
        var += steps * g.iter().map(|(v, lp)| lp.exp() * (v - m) * (v - m)).sum::<f64>();
    }
    let scale = var.sqrt() + mesh;
    // x(λ) for λ = e^s, with K(λ) = Σ steps · ln Σ p e^(λ v) as a log-sum-exp.
    let x_of = |s: f64| -> f64 {
        let lambda = s.exp();
        let mut k = 0.0;
        for (steps, g) in &groups {
            let top = g.iter().map(|(v, lp)| lp + lambda * v).fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = g.iter().map(|(v, lp)| (lp + lambda * v - top).exp()).sum();
            k += steps * (top + sum.ln());
        }
        (k + c) / lambda
    };
    let (mut lo, mut hi) = ((1e-4 / scale).ln(), (1e5 / scale).ln());
    let golden = 0.5 * (5f64.sqrt() - 1.0);
    let (mut s1, mut s2) = (hi - golden * (hi - lo), lo + golden * (hi - lo));
    let (mut f1, mut f2) = (x_of(s1), x_of(s2));
    for _ in 0..40 {
        if f1 <= f2 {
            (hi, s2, f2) = (s2, s1, f1);
            s1 = hi - golden * (hi - lo);
            f1 = x_of(s1);
        } else {
            (lo, s1, f1) = (s1, s2, f2);
            s2 = lo + golden * (hi - lo);
            f2 = x_of(s2);
        }
    }
    // Any λ gives a valid bound.
    let x = f1.min(f2);
    if x.is_finite() { sign * x } else { f64::NAN }
}

/// z^n by squaring, given ln |z|; 0 when |z|^n underflows.
fn pow(z: Complex<f64>, n: u64, ln_norm: f64) -> Complex<f64> {
    if n as f64 * ln_norm < -745.0 {
        return Complex::new(0.0, 0.0);
    }
    let (mut base, mut exp, mut acc) = (z, n, Complex::new(1.0, 0.0));
    while exp > 0 {
        if exp & 1 == 1 {
            acc *= base;
        }
        base *= base;
        exp >>= 1;
    }
    acc
}

/// The composed PMFs of both directions on a circular grid of `n` (a power of two) points:
/// index i holds the mass of every sum J·mesh with J ≡ i (mod n). Input: per segment, the remove
/// and add PMFs and the number of steps. Also returns a bound on the L1 error of each result from
/// floating-point rounding (FFTs, powers and the input PMFs' own `value_error`).
pub(crate) fn compose(segments: &[(&StepPmf, &StepPmf, u64)], n: usize) -> ([Vec<f64>; 2], [f64; 2]) {
    let mut planner = FftPlanner::<f64>::new();
    let (forward, inverse) = (planner.plan_fft_forward(n), planner.plan_fft_inverse(n));
    let half = n / 2 + 1;
    let mut spectra = [vec![Complex::new(1.0, 0.0); half], vec![Complex::new(1.0, 0.0); half]];
    let mut buf = vec![Complex::new(0.0, 0.0); n];
    let (log_n, sqrt_n) = ((n as f64).log2(), (n as f64).sqrt());
    let mut fp_error = [0.0, 0.0];
    let mut total_steps = 0.0;
    for &(remove, add, steps) in segments {
        buf.fill(Complex::new(0.0, 0.0));
        for (pmf, part) in [(remove, 0), (add, 1)] {
            for (k, &p) in pmf.probs.iter().enumerate() {
                let i = (pmf.j_lo + k as i64).rem_euclid(n as i64) as usize;
                if part == 0 { buf[i].re += p } else { buf[i].im += p }
            }
            fp_error[part] += steps as f64 * pmf.value_error;
        }
        let norm2 = buf.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
        forward.process(&mut buf);
        total_steps += steps as f64;
        // Σ_ω (T |φ(ω)|^(T−1))²: how much the power amplifies an error in φ at each frequency.
        let mut gain2 = [0.0, 0.0];
        let t = steps as f64;
        for w in 0..half {
            let (a, b) = (buf[w], buf[(n - w) % n].conj());
            let (r, d) = ((a + b) * 0.5, (a - b) * Complex::new(0.0, -0.5));
            let copies = if w == 0 || 2 * w == n { 1.0 } else { 2.0 };
            for (i, phi) in [r, d].into_iter().enumerate() {
                let ln_norm = 0.5 * phi.norm_sqr().ln();
                spectra[i][w] *= pow(phi, steps, ln_norm);
                if steps == 1 {
                    gain2[i] += copies;
                } else if (t - 1.0) * ln_norm > -400.0 {
                    gain2[i] += copies * t * t * (2.0 * (t - 1.0) * ln_norm).exp();
                }
            }
        }
        // ‖FFT error‖₂ <= 8u log₂N √N ‖x‖₂ (Higham, Thm 24.2, generously). Estimated as spread
        // evenly over the frequencies, times the gain there; ‖error‖₁ <= ‖its DFT‖₂ after the
        // inverse transform. (The worst case, all at the top gain T, is about √N times larger.)
        for (f, g) in fp_error.iter_mut().zip(gain2) {
            *f += 8.0 * UNIT_ROUNDOFF * log_n * norm2 * g.sqrt();
        }
    }
    for w in 0..n {
        let (r, d) = if w < half {
            (spectra[0][w], spectra[1][w])
        } else {
            (spectra[0][n - w].conj(), spectra[1][n - w].conj())
        };
        buf[w] = r + Complex::new(0.0, 1.0) * d;
    }
    drop(spectra);
    inverse.process(&mut buf);
    let scale = 1.0 / n as f64;
    let out = [buf.iter().map(|z| z.re * scale).collect(), buf.iter().map(|z| z.im * scale).collect()];
    // Powers (relative error <= 5Tu) and the inverse FFT, in the same norms.
    let norm2 = buf.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt() * scale;
    let e = (5.0 * total_steps + 8.0 * log_n) * UNIT_ROUNDOFF * sqrt_n * norm2;
    fp_error.iter_mut().for_each(|f| *f += e);
    (out, fp_error)
}

/// The smallest real ε with Σ_J p_J (1 − e^(ε − J·mesh))₊ <= `delta`, for the circular PMF `pmf`
/// read on the window J in [`j_lo`, `j_lo` + N); negative masses (rounding) count as 0. None if
/// even ε at the bottom of the window satisfies it (the root lies below the window).
pub(crate) fn epsilon_from_pmf(pmf: &[f64], j_lo: i64, mesh: f64, delta: f64) -> Option<f64> {
    let n = pmf.len() as i64;
    let decay = (-mesh).exp();
    // Over J > m: s0 = Σ p, s1 = Σ p e^(y_m − y_J); δ(ε) = s0 − e^(ε − y_m) s1 for ε in [y_m, y_m+1].
    let (mut s0, mut s1) = (0.0, 0.0);
    for j in (j_lo..j_lo + n).rev() {
        let y = j as f64 * mesh;
        if s0 - s1 > delta {
            return Some(y + ((s0 - delta) / s1).ln().min(mesh));
        }
        let p = pmf[j.rem_euclid(n) as usize].max(0.0);
        s0 += p;
        s1 = (s1 + p) * decay;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pmf(j_lo: i64, probs: Vec<f64>) -> StepPmf {
        StepPmf { j_lo, probs, tail_mass: 0.0, bias: 0.0, bias_error: 0.0, value_error: 0.0 }
    }

    #[test]
    fn composing_a_coin_gives_the_binomial_distribution() {
        // Y = ±1 grid steps with probability 0.3/0.7; 20 steps: J = 2K − 20, K ~ Binomial(20, 0.7).
        let coin = pmf(-1, vec![0.3, 0.0, 0.7]);
        let ([remove, add], err) = compose(&[(&coin, &coin, 20)], 64);
        let mut binom = 0.3f64.powi(20);
        for k in 0..=20i64 {
            let i = (2 * k - 20).rem_euclid(64) as usize;
            assert!((remove[i] - binom).abs() < 1e-15 && (add[i] - binom).abs() < 1e-15, "k = {k}");
            binom *= (20 - k) as f64 / (k + 1) as f64 * 0.7 / 0.3;
        }
        assert!(err[0] > 0.0 && err[0] < 1e-11);
    }

    #[test]
    fn epsilon_of_a_two_point_loss_solves_the_hockey_stick_equation() {
        // Mass 0.01 at y = 3, the rest at 0: δ(ε) = 0.01 (1 − e^(ε − 3)) for ε < 3.
        let mesh = 0.5;
        let mut p = vec![0.0; 16];
        (p[0], p[6]) = (0.99, 0.01);
        let eps = epsilon_from_pmf(&p, -4, mesh, 0.004).unwrap();
        assert!((eps - (3.0 + (0.6f64).ln())).abs() < 1e-14, "{eps}");
        // Below the point masses: 0.99 (1 − e^ε) + 0.01 (1 − e^(ε − 3)) = 0.02.
        let eps = epsilon_from_pmf(&p, -4, mesh, 0.02).unwrap();
        assert!((eps - (0.98 / (0.99 + 0.01 * (-3f64).exp())).ln()).abs() < 1e-14, "{eps}");
        // δ(−2) = 0.99 (1 − e⁻²) + … < 0.9: the root lies below the window.
        assert_eq!(epsilon_from_pmf(&p, -4, mesh, 0.9), None);
    }

    #[test]
    fn chernoff_window_holds_the_binomial_sum() {
        let coin = pmf(-1, vec![0.5, 0.0, 0.5]);
        // c = ln(1e10): the sum of 1000 ±1 coins exceeds x with probability <= 1e-10.
        let c = 1e10f64.ln();
        let hi = chernoff_edge(&[(&coin, 1000.0)], 1.0, c, 1.0);
        let lo = chernoff_edge(&[(&coin, 1000.0)], 1.0, c, -1.0);
        // Hoeffding: sqrt(2 · 1000 · c) = 214.6; the optimised Chernoff bound is a bit smaller.
        assert!(hi > 180.0 && hi <= 214.7 && (lo + hi).abs() < 1e-6, "{lo} {hi}");
    }

    #[test]
    fn chernoff_window_ignores_empty_bins_far_from_the_mass() {
        // Fair {0, 1} coins with 1000 empty bins below: the sum of 1000 lies in 500 ± 107.
        let mut probs = vec![0.0; 1002];
        (probs[1000], probs[1001]) = (0.5, 0.5);
        let coin = pmf(-1000, probs);
        let c = 1e10f64.ln();
        let (lo, hi) =
            (chernoff_edge(&[(&coin, 1000.0)], 1.0, c, -1.0), chernoff_edge(&[(&coin, 1000.0)], 1.0, c, 1.0));
        assert!(lo > 380.0 && lo < 420.0 && hi > 580.0 && hi < 620.0, "{lo} {hi}");
    }
}
