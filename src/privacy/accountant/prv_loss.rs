//! The privacy loss of one DP-SGD step and its discretisation on a grid, for [`super::prv`].
//!
//! One step is the Poisson-subsampled Gaussian: the output is X ~ P and the neighbouring output
//! X ~ Q. Remove (a record is removed): P = (1 − q)N(0, σ²) + qN(1, σ²), Q = N(0, σ²). Add: P and
//! Q swapped. The privacy loss random variable is Y = ln(dP/dQ)(X), X ~ P; with
//! u = (2x − 1)/(2σ²) and ℓ(x) = ln(1 − q + q e^u), Y = ℓ(X) (remove) or −ℓ(X) (add). ℓ increases in
//! x, so Y's distribution function is Φ at the inverse x(y) = σ² ln((e^y − 1 + q)/q) + 1/2.
//!
//! Discretisation: Y is clamped to [a, b] (a, b bin edges, P(Y ∉ [a, b]) below a set tail) and
//! rounded to the nearest grid point jΔ. The rounding error lies in [−Δ/2, Δ/2]; its mean (the
//! `bias`) is computed exactly enough by quadrature of E[clamp(Y, a, b)].
//!
//! # Sources
//! - S. Gopi, Y. T. Lee, L. Wutschitz, "Numerical Composition of Differential Privacy", NeurIPS
//!   2021, Section 5 and Propositions B1, B4 (this PRV, its CDF, truncation and mean matching).
//! - Y. Zhu, J. Dong, Y.-X. Wang, "Optimal Accounting of Differential Privacy via
//!   Characteristic Function", AISTATS 2022, Section 4 (remove and add pairs of Poisson sampling).

use std::f64::consts::PI;

use super::gaussian::{log_normal_cdf, normal_cdf};

/// Which neighbouring pair: the record is removed from (P mixture) or added to (P Gaussian) D.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Remove,
    Add,
}

/// The privacy loss of one step with noise multiplier σ > 0 and sample rate q in (0, 1].
#[derive(Clone, Copy, Debug)]
pub(crate) struct StepLoss {
    sigma: f64,
    q: f64,
    direction: Direction,
    ln_q: f64,
    ln_1mq: f64,
}

impl StepLoss {
    pub(crate) fn new(sigma: f64, q: f64, direction: Direction) -> Self {
        debug_assert!(sigma > 0.0 && q > 0.0 && q <= 1.0);
        StepLoss { sigma, q, direction, ln_q: q.ln(), ln_1mq: (-q).ln_1p() }
    }

    /// ℓ(x) = ln(1 − q + q e^u): ln(1 + q(e^u − 1)) while that sum is small (no cancellation when
    /// ℓ ≈ 0), else a log-sum-exp of ln(1 − q) and ln q + u (no overflow for large u).
    fn remove_loss(&self, x: f64) -> f64 {
        let u = (2.0 * x - 1.0) / (2.0 * self.sigma * self.sigma);
        if self.q == 1.0 {
            return u;
        }
        let w = self.q * u.exp_m1();
        if w.abs() <= 0.5 {
            return w.ln_1p();
        }
        let v = self.ln_q + u;
        let m = v.max(self.ln_1mq);
        m + ((self.ln_1mq - m).exp() + (v - m).exp()).ln()
    }

    /// x with ℓ(x) = y: −∞ for y <= ln(1 − q), +∞ for y = +∞.
    fn remove_inverse(&self, y: f64) -> f64 {
        let s2 = self.sigma * self.sigma;
        let log_ratio = if self.q == 1.0 {
            y
        } else if y > 1.0 {
            y + (-(1.0 - self.q) * (-y).exp()).ln_1p() - self.ln_q
        } else {
            // e^y − (1 − q) = (1 − q)(e^(y − ln(1 − q)) − 1), exact in form for q near 1 too.
            let r = y - self.ln_1mq;
            if r <= 0.0 {
                return f64::NEG_INFINITY;
            }
            self.ln_1mq + r.exp_m1().ln() - self.ln_q
        };
        s2 * log_ratio + 0.5
    }

    /// The loss at output x, for this direction.
    fn loss(&self, x: f64) -> f64 {
        match self.direction {
            Direction::Remove => self.remove_loss(x),
            Direction::Add => -self.remove_loss(x),
        }
    }

    /// (P(Y <= y), P(Y > y)), each to about 1e-15 relative.
    pub(crate) fn cdf_sf(&self, y: f64) -> (f64, f64) {
        let s = self.sigma;
        match self.direction {
            Direction::Remove => {
                let x = self.remove_inverse(y);
                let (a, b) = (x / s, (x - 1.0) / s);
                let cdf = (1.0 - self.q) * normal_cdf(a) + self.q * normal_cdf(b);
                let sf = (1.0 - self.q) * normal_cdf(-a) + self.q * normal_cdf(-b);
                (cdf, sf)
            }
            Direction::Add => {
                let x = self.remove_inverse(-y) / s;
                (normal_cdf(-x), normal_cdf(x))
            }
        }
    }

    /// The outputs x outside which P has mass at most `tail` on each side: (x_lo, x_hi). For the
    /// mixture, each component gets half of it (a component lighter than that needs no room).
    fn output_range(&self, tail: f64) -> (f64, f64) {
        let s = self.sigma;
        match self.direction {
            Direction::Remove => {
                let (z0, z1) = (
                    normal_quantile_upper(tail / (2.0 * (1.0 - self.q))),
                    normal_quantile_upper(tail / (2.0 * self.q)),
                );
                ((-s * z0).min(1.0 - s * z1), (s * z0).max(1.0 + s * z1))
            }
            Direction::Add => {
                let z = normal_quantile_upper(tail);
                (-s * z, s * z)
            }
        }
    }

    /// Losses [lo, hi] with P(Y < lo) <= tail and P(Y > hi) <= tail.
    pub(crate) fn loss_range(&self, tail: f64) -> (f64, f64) {
        let (x_lo, x_hi) = self.output_range(tail);
        let (l0, l1) = (self.loss(x_lo), self.loss(x_hi));
        (l0.min(l1), l0.max(l1))
    }

    /// Density of X under P at x.
    fn density(&self, x: f64) -> f64 {
        let s = self.sigma;
        let g = |z: f64| (-0.5 * z * z).exp() / (s * (2.0 * PI).sqrt());
        match self.direction {
            Direction::Remove => (1.0 - self.q) * g(x / s) + self.q * g((x - 1.0) / s),
            Direction::Add => g(x / s),
        }
    }

    /// ∫ loss(x) p(x) dx over the outputs whose loss lies in (a, b), by composite 8-point
    /// Gauss-Legendre quadrature on panels of width min(σ/2, σ²) where P has mass (±38σ around
    /// its means). None if that needs more than `MAX_PANELS` panels (σ below about 0.005).
    fn partial_mean(&self, a: f64, b: f64) -> Option<f64> {
        const MAX_PANELS: f64 = 400_000.0;
        let (from, to) = match self.direction {
            Direction::Remove => (self.remove_inverse(a), self.remove_inverse(b)),
            Direction::Add => (self.remove_inverse(-b), self.remove_inverse(-a)),
        };
        let s = self.sigma;
        let h = (s / 2.0).min(s * s);
        // Where P has mass: within 38σ of its means (1 − Φ(38) < 1e-300).
        let windows: &[(f64, f64)] = match self.direction {
            Direction::Remove if 76.0 * s < 1.0 => &[(-38.0 * s, 38.0 * s), (1.0 - 38.0 * s, 1.0 + 38.0 * s)],
            Direction::Remove => &[(-38.0 * s, 1.0 + 38.0 * s)],
            Direction::Add => &[(-38.0 * s, 38.0 * s)],
        };
        let mut total = 0.0;
        for &(w_lo, w_hi) in windows {
            let (lo, hi) = (from.max(w_lo), to.min(w_hi));
            if lo >= hi {
                continue;
            }
            let panels = ((hi - lo) / h).ceil();
            if panels > MAX_PANELS {
                return None;
            }
            let width = (hi - lo) / panels;
            for k in 0..panels as usize {
                let mid = lo + (k as f64 + 0.5) * width;
                for (node, weight) in GAUSS_LEGENDRE_8 {
                    for x in [mid - node * width / 2.0, mid + node * width / 2.0] {
                        total += weight * width / 2.0 * self.loss(x) * self.density(x);
                    }
                }
            }
        }
        Some(total)
    }
}

/// Nodes (positive half) and weights of 8-point Gauss-Legendre quadrature on [−1, 1].
const GAUSS_LEGENDRE_8: [(f64, f64); 4] = [
    (0.183_434_642_495_649_8, 0.362_683_783_378_362),
    (0.525_532_409_916_329, 0.313_706_645_877_887_3),
    (0.796_666_477_413_626_7, 0.222_381_034_453_374_5),
    (0.960_289_856_497_536_3, 0.101_228_536_290_376_26),
];

/// z with 1 − Φ(z) <= p (bisection on ln(1 − Φ)): 0 if p is in [1/2, 1), −∞ if p >= 1 (no
/// constraint), 39 if p <= 1e-300.
pub(crate) fn normal_quantile_upper(p: f64) -> f64 {
    if p >= 1.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 0.5 {
        return 0.0;
    }
    let target = p.max(1e-300).ln();
    let log_sf = |z: f64| log_normal_cdf(-z);
    let (mut lo, mut hi) = (0.0, 39.0);
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if log_sf(mid) > target { lo = mid } else { hi = mid }
    }
    hi
}

/// One step's loss, clamped and rounded to the grid jΔ: `probs[k]` is the mass at
/// (`j_lo` + k)Δ.
#[derive(Clone, Debug)]
pub(crate) struct StepPmf {
    pub j_lo: i64,
    pub probs: Vec<f64>,
    /// P(Y ∉ [a, b]): where clamping changed Y.
    pub tail_mass: f64,
    /// E(rounded) − E(clamped): the mean rounding error (0 when unknown, see `bias_error`).
    pub bias: f64,
    /// Bound on |error of `bias`| (Δ/2 when the quadrature was skipped).
    pub bias_error: f64,
    /// Bound on |Σ (computed − exact) `probs`ⱼ g(yⱼ)| for any non-decreasing g with values in
    /// [0, 1] (distribution-function rounding); δ(ε) of a composition is such a sum per step.
    pub value_error: f64,
}

/// Relative error allowed for each value of the distribution function (erfc is good to about
/// 1e-15; the mixture adds a few roundings).
const CDF_RELATIVE_ERROR: f64 = 4e-15;

/// Discretises one step's loss on the grid of spacing `mesh` > 0, clamped to the range outside
/// which P has at most `tail` mass on each side. At most `max_bins` bins; None beyond.
pub(crate) fn discretise(loss: &StepLoss, mesh: f64, tail: f64, max_bins: usize) -> Option<StepPmf> {
    let (y_lo, y_hi) = loss.loss_range(tail);
    let j_lo = (y_lo / mesh + 0.5).floor();
    let j_hi = (y_hi / mesh - 0.5).ceil().max(j_lo);
    if (j_hi - j_lo).is_nan() || j_hi - j_lo >= max_bins as f64 {
        return None;
    }
    let n = (j_hi - j_lo) as usize + 1;
    let edge = |k: usize| (j_lo - 0.5 + k as f64) * mesh;
    let (a, b) = (edge(0), edge(n));
    let mut probs = Vec::with_capacity(n);
    // Largest rounding error of a distribution-function value, and the mass clamped to 0.
    let (mut edge_error, mut clamped) = (0.0f64, 0.0);
    let (mut cdf_l, mut sf_l) = loss.cdf_sf(a);
    let (cdf_a, sf_b) = (cdf_l, loss.cdf_sf(b).1);
    for k in 0..n {
        let (cdf_r, sf_r) = if k + 1 == n { (1.0, 0.0) } else { loss.cdf_sf(edge(k + 1)) };
        let p = if k == 0 {
            cdf_r
        } else if cdf_r <= 0.5 {
            cdf_r - cdf_l
        } else {
            sf_l - sf_r
        };
        probs.push(p.max(0.0));
        clamped -= p.min(0.0);
        edge_error = edge_error.max(CDF_RELATIVE_ERROR * cdf_r.min(sf_r));
        (cdf_l, sf_l) = (cdf_r, sf_r);
    }
    let rounded_mean: f64 = probs.iter().enumerate().map(|(k, p)| p * (j_lo + k as f64) * mesh).sum();
    let abs_mean: f64 = probs.iter().enumerate().map(|(k, p)| p * ((j_lo + k as f64) * mesh).abs()).sum();
    // The errors of the values telescope: against any monotone g with values in [0, 1],
    // Σ (p̂ⱼ − pⱼ) g(yⱼ) is at most twice the largest edge error (Abel summation), once more for
    // the edge where differences of P(Y <= y) give way to those of P(Y > y), plus clamping.
    let value_error = 3.0 * edge_error + clamped;
    let (bias, bias_error) = match loss.partial_mean(a, b) {
        Some(inner) => {
            let clamped_mean = a * cdf_a + b * sf_b + inner;
            let err = 1e-12 * (abs_mean + clamped_mean.abs())
                + edge_error * (b - a)
                + clamped * a.abs().max(b.abs());
            (rounded_mean - clamped_mean, err)
        }
        None => (0.0, mesh / 2.0),
    };
    Some(StepPmf { j_lo: j_lo as i64, probs, tail_mass: cdf_a + sf_b, bias, bias_error, value_error })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_batch_loss_is_gaussian_with_mean_half_mu_squared() {
        // q = 1: Y ~ N(1/(2σ²), 1/σ²) in both directions (Balle & Wang 2018, Lemma 3).
        for direction in [Direction::Remove, Direction::Add] {
            let loss = StepLoss::new(0.8, 1.0, direction);
            for y in [-3.0, 0.0, 0.78125, 2.0, 6.0] {
                let z = (y - 1.0 / (2.0 * 0.64)) * 0.8;
                let (cdf, sf) = loss.cdf_sf(y);
                assert!(
                    (cdf - normal_cdf(z)).abs() < 1e-15 && (sf - normal_cdf(-z)).abs() < 1e-15,
                    "y = {y}"
                );
            }
        }
    }

    #[test]
    fn loss_and_its_inverse_agree_without_nan_in_extreme_regimes() {
        for (sigma, q) in
            [(0.1, 1e-6), (0.1, 1.0), (1.5, 0.04), (100.0, 1e-6), (0.01, 0.5), (1.0, 1.0 - 1e-12)]
        {
            let loss = StepLoss::new(sigma, q, Direction::Remove);
            let mut previous = f64::NEG_INFINITY;
            for x in [-1e6, -3.0, -1.0, 0.0, 0.3, 0.5, 1.0, 4.0, 1e6] {
                let y = loss.remove_loss(x);
                assert!(!y.is_nan() && y >= loss.ln_1mq && y >= previous, "σ={sigma} q={q} x={x}: {y}");
                previous = y;
                // Where ℓ is flat at ln(1 − q) to within rounding, x cannot be recovered (−∞).
                let back = loss.remove_inverse(y);
                assert!(
                    back == f64::NEG_INFINITY || (back - x).abs() <= 1e-6 * x.abs().max(1.0),
                    "{back} {x}"
                );
            }
        }
    }

    #[test]
    fn pmf_sums_to_one_and_its_mean_is_the_kl_divergence() {
        // Remove direction with q = 1: E[Y] = KL = 1/(2σ²).
        let loss = StepLoss::new(2.0, 1.0, Direction::Remove);
        let pmf = discretise(&loss, 1e-3, 1e-15, 1 << 20).unwrap();
        let total: f64 = pmf.probs.iter().sum();
        assert!((total - 1.0).abs() < 1e-13, "{total}");
        let mean: f64 =
            pmf.probs.iter().enumerate().map(|(k, p)| p * (pmf.j_lo + k as i64) as f64 * 1e-3).sum();
        assert!((mean - pmf.bias - 0.125).abs() < 1e-12, "{mean} {}", pmf.bias);
        assert!(pmf.bias.abs() < 1e-9 && pmf.tail_mass <= 2e-15);
    }

    #[test]
    fn subsampled_pmfs_have_the_right_support_and_tiny_bias() {
        for direction in [Direction::Remove, Direction::Add] {
            let loss = StepLoss::new(1.5, 0.04, direction);
            let pmf = discretise(&loss, 3e-5, 1e-14, 1 << 22).unwrap();
            let total: f64 = pmf.probs.iter().sum();
            assert!((total - 1.0).abs() < 1e-12);
            assert!(pmf.bias.abs() < 1e-10 && pmf.bias_error < 1e-13 && pmf.value_error < 1e-10);
            let (lo, hi) = loss.loss_range(1e-14);
            match direction {
                Direction::Remove => assert!(lo >= (0.96f64).ln() && hi > 1.0),
                Direction::Add => assert!(hi <= -(0.96f64).ln() && lo < -1.0),
            }
        }
    }

    #[test]
    fn quantile_inverts_the_normal_tail() {
        for p in [0.1, 1e-5, 1e-20, 1e-200] {
            let z = normal_quantile_upper(p);
            let log_sf = crate::privacy::accountant::gaussian::log_normal_cdf(-z);
            assert!(log_sf <= p.ln() && log_sf > p.ln() - 1e-9 * p.ln().abs(), "p = {p}");
        }
    }
}
