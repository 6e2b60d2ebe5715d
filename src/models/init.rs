//! Weight initialisation of SPEC A§1: Linear and Conv weights from a truncated normal with
//! standard deviation 1/sqrt(fan_in), biases 0 (Haiku's default initialiser).

use rand::{RngExt, SeedableRng, rngs::StdRng};

/// `n` draws of a normal with standard deviation `std`, truncated at two standard deviations
/// and rescaled so the truncated distribution has standard deviation `std` (as Haiku's
/// `TruncatedNormal`: the std of N(0, 1) truncated to [-2, 2] is 0.87962566103423978).
/// Deterministic for a seed.
pub fn truncated_normal(n: usize, std: f64, seed: u64) -> Vec<f32> {
    const TRUNCATED_STD: f64 = 0.879_625_661_034_239_8;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
        let u2: f64 = rng.random::<f64>();
        let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
        if z.abs() <= 2.0 {
            out.push((z / TRUNCATED_STD * std) as f32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_normal_has_the_requested_std_and_bounds() {
        let x = truncated_normal(200_000, 0.5, 7);
        let mean = x.iter().map(|&v| v as f64).sum::<f64>() / x.len() as f64;
        let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / x.len() as f64;
        assert!(mean.abs() < 0.005, "mean {mean}");
        assert!((var.sqrt() - 0.5).abs() < 0.005, "std {}", var.sqrt());
        let bound = 2.0 * 0.5 / 0.879_625_661_034_239_8 + 1e-6;
        assert!(x.iter().all(|&v| (v as f64).abs() <= bound));
    }
}
