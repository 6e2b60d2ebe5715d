//! Poisson sampling into padded physical batches.
//!
//! DP-SGD's privacy analysis (the subsampled Gaussian of the RDP accountant) assumes every
//! example joins each logical batch independently with probability `sample_rate` q, so the
//! logical batch size varies from step to step (Binomial(N, q), mean `expected_batch_size` =
//! qN). Kernels want static shapes, so a logical batch is cut into physical batches of a fixed
//! size, the last one padded with masked rows (all-zero one-hot labels: they contribute nothing
//! to the loss, the gradients or the clipped sum). An empty logical batch becomes one fully
//! padded physical batch: a noise-only step that the accountant still counts.

use rand::{RngExt, SeedableRng, rngs::StdRng};

use crate::error::{Error, Result};

/// Draws Poisson-sampled logical batches of example indices.
#[derive(Debug)]
pub struct PoissonSampler {
    num_samples: usize,
    sample_rate: f64,
    rng: StdRng,
}

impl PoissonSampler {
    /// A sampler over `num_samples` examples with inclusion probability `sample_rate`,
    /// deterministic for `seed`.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] if `sample_rate` is not in (0, 1] or `num_samples` is 0.
    pub fn new(num_samples: usize, sample_rate: f64, seed: u64) -> Result<Self> {
        if !(sample_rate > 0.0 && sample_rate <= 1.0) {
            return Err(Error::invalid("sample_rate", sample_rate, "in (0, 1]"));
        }
        if num_samples == 0 {
            return Err(Error::invalid("num_samples", 0, "at least 1"));
        }
        Ok(PoissonSampler { num_samples, sample_rate, rng: StdRng::seed_from_u64(seed) })
    }

    /// A sampler keyed by 256 bits from the OS CSPRNG: what a DP run should use unless it must be
    /// reproducible (then [`PoissonSampler::new`] with a seed kept secret: whoever knows it knows
    /// which examples each step used).
    ///
    /// # Errors
    /// As [`PoissonSampler::new`]; [`Error::Backend`] if the OS random number generator fails.
    pub fn from_os_rng(num_samples: usize, sample_rate: f64) -> Result<Self> {
        let mut sampler = PoissonSampler::new(num_samples, sample_rate, 0)?;
        sampler.rng = StdRng::try_from_rng(&mut rand::rngs::SysRng)
            .map_err(|e| Error::Backend(format!("OS random number generator: {e}")))?;
        Ok(sampler)
    }

    /// N, the number of examples sampled from.
    pub fn num_samples(&self) -> usize {
        self.num_samples
    }

    /// q, each example's inclusion probability.
    pub fn sample_rate(&self) -> f64 {
        self.sample_rate
    }

    /// The indices of one logical batch (possibly empty), in increasing order.
    pub fn sample(&mut self) -> Vec<usize> {
        let q = self.sample_rate;
        (0..self.num_samples).filter(|_| self.rng.random::<f64>() < q).collect()
    }
}

/// The physical batch size used for an expected logical batch of `expected_batch_size`:
/// mean + 2 standard deviations of Binomial(N, q), rounded up to a multiple of 8 and capped at N.
/// Larger logical batches are split into several physical batches.
pub fn physical_batch_size(expected_batch_size: usize, num_samples: usize) -> usize {
    let q = expected_batch_size as f64 / num_samples as f64;
    let sd = (expected_batch_size as f64 * (1.0 - q)).sqrt();
    let size = (expected_batch_size as f64 + 2.0 * sd).ceil() as usize;
    size.div_ceil(8).saturating_mul(8).clamp(1, num_samples)
}

/// Splits a logical batch into physical batches of at most `physical` indices each; an empty
/// logical batch yields one empty physical batch (to be fully padded).
pub fn physical_batches(indices: &[usize], physical: usize) -> Vec<&[usize]> {
    if indices.is_empty() { vec![indices] } else { indices.chunks(physical.max(1)).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_batch_sizes_have_binomial_mean_and_variance() {
        let (n, q) = (10_000, 0.01);
        let mut s = PoissonSampler::new(n, q, 3).unwrap();
        let sizes: Vec<f64> = (0..2000).map(|_| s.sample().len() as f64).collect();
        let mean = sizes.iter().sum::<f64>() / sizes.len() as f64;
        let var = sizes.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (sizes.len() - 1) as f64;
        // mean 100, variance 99; 99.9% bounds for 2000 draws
        assert!((mean - 100.0).abs() < 3.29 * (99.0f64 / 2000.0).sqrt(), "mean {mean}");
        assert!((var - 99.0).abs() < 15.0, "variance {var}");
    }

    #[test]
    fn empty_logical_batch_gives_one_empty_physical_batch() {
        assert_eq!(physical_batches(&[], 8), vec![&[] as &[usize]]);
        assert_eq!(physical_batches(&[1, 2, 3], 2), vec![&[1, 2][..], &[3][..]]);
    }

    #[test]
    fn bad_sample_rates_are_rejected() {
        for q in [0.0, -0.1, 1.5, f64::NAN] {
            assert!(PoissonSampler::new(10, q, 0).is_err(), "{q}");
        }
    }

    #[test]
    fn physical_size_covers_most_batches() {
        assert_eq!(physical_batch_size(256, 60_000), 288);
        assert_eq!(physical_batch_size(100, 100), 100);
    }
}
