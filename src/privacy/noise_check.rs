//! Statistics for checking Gaussian noise: the Kolmogorov–Smirnov distance to N(0, 1), sample
//! moments and Pearson correlation, each with the 99.9% bound it is tested against.
//!
//! Used by dpgpu's tests of the CPU noise and the shader's noise, and available to anyone who
//! wants to check noise drawn elsewhere (all in `f64`).
//!
//! Sources: the asymptotic KS critical value 1.949/√n at level 0.001 (Smirnov 1948); Φ is the
//! accountants' (relative error about 1e-15).

/// The two-sided 99.9% quantile of N(0, 1): each bound below holds with probability 0.999.
pub const Z_999: f64 = 3.29;

/// The standard normal CDF Φ(x), the accountants' own ([`crate::privacy::accountant::gaussian`]).
pub use crate::privacy::accountant::gaussian::normal_cdf;

/// The Kolmogorov–Smirnov statistic `D = sup |F_n(x) − Φ(x)|` of `samples` against N(0, 1).
pub fn ks_statistic(samples: &[f32]) -> f64 {
    let n = samples.len() as f64;
    let mut sorted: Vec<f64> = samples.iter().map(|&v| f64::from(v)).collect();
    sorted.sort_by(f64::total_cmp);
    sorted.iter().enumerate().fold(0.0f64, |d, (i, &v)| {
        let f = normal_cdf(v);
        d.max((i + 1) as f64 / n - f).max(f - i as f64 / n)
    })
}

/// The KS statistic's critical value at level 0.001 for `n` samples: 1.949 / √n.
pub fn ks_critical_999(n: usize) -> f64 {
    1.949 / (n as f64).sqrt()
}

/// Sample mean and (unbiased) variance.
pub fn mean_var(x: &[f32]) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = x.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    let var = x.iter().map(|&v| (f64::from(v) - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, var)
}

/// Pearson correlation of two equally long samples.
///
/// # Panics
/// If the lengths differ.
pub fn correlation(x: &[f32], y: &[f32]) -> f64 {
    assert_eq!(x.len(), y.len(), "correlation of samples of different lengths");
    let ((mx, vx), (my, vy)) = (mean_var(x), mean_var(y));
    let cov = x.iter().zip(y).map(|(&a, &b)| (f64::from(a) - mx) * (f64::from(b) - my));
    cov.sum::<f64>() / (x.len() as f64 - 1.0) / (vx * vy).sqrt()
}

/// What [`check_standard_normal`] measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NormalCheck {
    /// KS distance to N(0, 1) and its 99.9% critical value.
    pub ks: (f64, f64),
    /// Sample mean and its 99.9% bound `Z_999 / √n`.
    pub mean: (f64, f64),
    /// Sample variance and the 99.9% bound of `|variance − 1|`, `Z_999 √(2/n)`.
    pub variance: (f64, f64),
}

impl NormalCheck {
    /// Whether every statistic is inside its bound.
    pub fn passes(&self) -> bool {
        self.ks.0 < self.ks.1
            && self.mean.0.abs() < self.mean.1
            && (self.variance.0 - 1.0).abs() < self.variance.1
    }
}

/// KS distance, mean and variance of `samples` against N(0, 1) with their 99.9% bounds.
pub fn check_standard_normal(samples: &[f32]) -> NormalCheck {
    let n = samples.len();
    let (mean, var) = mean_var(samples);
    NormalCheck {
        ks: (ks_statistic(samples), ks_critical_999(n)),
        mean: (mean, Z_999 / (n as f64).sqrt()),
        variance: (var, Z_999 * (2.0 / n as f64).sqrt()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_matches_known_values() {
        for (x, want) in [(0.0, 0.5), (1.0, 0.841_344_746), (-1.96, 0.024_997_895), (3.0, 0.998_650_102)] {
            assert!((normal_cdf(x) - want).abs() < 1e-7, "Φ({x}) = {}", normal_cdf(x));
        }
    }

    #[test]
    fn the_checks_reject_a_uniform_sample_and_a_shifted_one() {
        let uniform: Vec<f32> = (0..10_000).map(|i| (i as f32 + 0.5) / 10_000.0 * 3.4 - 1.7).collect();
        assert!(!check_standard_normal(&uniform).passes());
        let shifted_uniform: Vec<f32> = uniform.iter().map(|v| v + 0.5).collect();
        assert!(check_standard_normal(&shifted_uniform).ks.0 > 0.1);
        let x: Vec<f32> = (0..1000).map(|i| i as f32).collect();
        assert!((correlation(&x, &x) - 1.0).abs() < 1e-12);
    }
}
