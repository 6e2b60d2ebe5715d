//! Counter-based Gaussian noise: Philox4x32-10 and Box–Muller.
//!
//! DP-SGD adds N(0, σ²C²) noise to every coordinate of the summed, clipped gradient. The noise
//! here is a pure function of `(seed, step, tensor_id, element)`, so the CPU reference
//! ([`gaussian_noise`]) and the WGSL shader `shaders/noise_f32.wgsl` draw the same values
//! without sharing any generator state, in any order and on any number of threads.
//!
//! Sources:
//! - J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers: as easy as
//!   1, 2, 3", SC 2011, doi:10.1145/2063384.2063405: the Philox4x32 bijection, its multipliers
//!   and Weyl key constants; the known-answer tests are the `philox4x32 10` lines of Random123's
//!   `examples/kat_vectors`.
//! - G. E. P. Box, M. E. Muller, "A note on the generation of random normal deviates",
//!   Ann. Math. Statist. 29 (1958) 610–611.
//!
//! # The noise contract (shared with `shaders/noise_f32.wgsl`)
//! For element `e` of a tensor (`0 <= e < len <= 2^32`), all arithmetic in `u32` / `f32`:
//! ```text
//! counter = [e, tensor_id, step as u32 (low 32 bits), (step >> 32) as u32]
//! key     = [seed as u32 (low 32 bits), (seed >> 32) as u32]
//! [x0, x1, _, _] = philox4x32_10(counter, key)
//! u1 = (f32(x0 >> 9) + 0.5) * 2^-23        // exact in f32, in [2^-24, 1 - 2^-24]
//! u2 = (f32(x1 >> 9) + 0.5) * 2^-23
//! z  = sqrt(-2.0 * log(u1)) * cos(6.2831855 * u2)   // 6.2831855 = f32(2π)
//! out[e] = z * std
//! ```
//! One normal per element (x2, x3 and the sine branch are discarded): a 1:1 map from element to
//! counter is worth more than the speed. The uniforms take the top 23 bits, not 24, so that
//! `f32(m) + 0.5` is exact: with 24 bits it would need 25 significant bits and round (to 1.0 at
//! the top), differently on GPUs that may round either way. `u1 > 0` so `log` is finite;
//! `|z| <= sqrt(48 ln 2) ≈ 5.77`. The uniforms can agree bit for bit with the shader; `log`,
//! `sqrt` and `cos` are not correctly rounded on GPUs, so compare `z` with a tolerance (WGSL
//! promises an absolute error of 2^-11 for `cos` on `[-π, π]`; the argument here is in
//! `(0, 2π)`).
//!
//! WGSL has no 64-bit integers: there `lo = a * b` (wrapping) and `hi` comes from the products
//! of the 16-bit halves of `a` and `b`; the known answers of [`philox4x32_10`] (in the tests
//! below) check either implementation.

/// First Philox4x32 multiplier, applied to counter word 0.
pub const PHILOX_M0: u32 = 0xD251_1F53;
/// Second Philox4x32 multiplier, applied to counter word 2.
pub const PHILOX_M1: u32 = 0xCD9E_8D57;
/// Weyl increment of key word 0 between rounds (golden ratio).
pub const PHILOX_W0: u32 = 0x9E37_79B9;
/// Weyl increment of key word 1 between rounds (sqrt(3) - 1).
pub const PHILOX_W1: u32 = 0xBB67_AE85;
/// `f32(2π)`, the constant of the Box–Muller angle.
pub const TWO_PI_F32: f32 = std::f32::consts::TAU;

/// High and low words of the 64-bit product of `a` and `b`.
#[inline]
fn mulhilo(a: u32, b: u32) -> (u32, u32) {
    let p = u64::from(a) * u64::from(b);
    ((p >> 32) as u32, p as u32)
}

/// Philox4x32-10: the 10-round Philox bijection of a 128-bit `counter` under a 64-bit `key`
/// (Salmon et al. 2011). Each round maps `(c0, c1, c2, c3)` to
/// `(hi(M1·c2) ^ c1 ^ k0, lo(M1·c2), hi(M0·c0) ^ c3 ^ k1, lo(M0·c0))` and then adds the Weyl
/// constants to the key (wrapping).
pub fn philox4x32_10(counter: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    let (mut c, mut k) = (counter, key);
    for _ in 0..10 {
        let (hi0, lo0) = mulhilo(PHILOX_M0, c[0]);
        let (hi1, lo1) = mulhilo(PHILOX_M1, c[2]);
        c = [hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0];
        k[0] = k[0].wrapping_add(PHILOX_W0);
        k[1] = k[1].wrapping_add(PHILOX_W1);
    }
    c
}

/// The uniform of the noise contract: the top 23 bits of `x` as `(m + 0.5) / 2^23`, exactly
/// representable in `f32` and in `[2^-24, 1 - 2^-24]`, so strictly inside `(0, 1)`.
#[inline]
pub fn uniform_open01(x: u32) -> f32 {
    ((x >> 9) as f32 + 0.5) * (1.0 / 8_388_608.0)
}

/// The standard normal draw of element `element` of tensor `tensor_id` at `step` under `seed`,
/// exactly as the module's noise contract says (before scaling by `std`).
#[inline]
pub fn standard_normal(seed: u64, step: u64, tensor_id: u32, element: u32) -> f32 {
    let counter = [element, tensor_id, step as u32, (step >> 32) as u32];
    let [x0, x1, _, _] = philox4x32_10(counter, [seed as u32, (seed >> 32) as u32]);
    let (u1, u2) = (uniform_open01(x0), uniform_open01(x1));
    (-2.0 * u1.ln()).sqrt() * (TWO_PI_F32 * u2).cos()
}

/// `len` independent N(0, std²) draws for tensor `tensor_id` at training step `step` under
/// `seed`: element `e` is `standard_normal(seed, step, tensor_id, e) * std`, following the
/// module's noise contract, so any prefix or element can be recomputed alone (by the shader
/// too). The same arguments always give the same values; each `(step, tensor_id)` pair gives an
/// independent stream. `std` is used as given (DP-SGD passes σ·C, or σ·C / batch size).
///
/// # Panics
/// If `len > 2^32`: element indices are 32-bit, and a longer tensor would reuse noise.
pub fn gaussian_noise(seed: u64, step: u64, tensor_id: u32, len: usize, std: f32) -> Vec<f32> {
    assert!(len as u64 <= 1 << 32, "gaussian_noise: len {len} exceeds 2^32 elements");
    (0..len).map(|e| standard_normal(seed, step, tensor_id, e as u32) * std).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: usize = 1_000_000;
    /// The two-sided 99.9% normal quantile: bounds hold with probability 0.999 each.
    const Z999: f64 = 3.29;

    #[test]
    fn known_answers_of_random123() {
        // Random123 examples/kat_vectors, the three "philox4x32 10" lines: counter, key, output.
        let kat = [
            ([0; 4], [0; 2], [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]),
            ([u32::MAX; 4], [u32::MAX; 2], [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]),
            (
                [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
                [0xa4093822, 0x299f31d0],
                [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1],
            ),
        ];
        for (counter, key, want) in kat {
            assert_eq!(philox4x32_10(counter, key), want, "counter {counter:08x?} key {key:08x?}");
        }
    }

    #[test]
    fn uniforms_are_exact_and_strictly_inside_0_1() {
        assert_eq!(uniform_open01(0), 2f32.powi(-24));
        assert_eq!(uniform_open01(u32::MAX), 1.0 - 2f32.powi(-24));
        assert_eq!(uniform_open01(1 << 31), 0.5 + 2f32.powi(-24));
        // The largest |z| the contract can produce: u1 = 2^-24, so sqrt(48 ln 2) ≈ 5.77.
        let z_max = (-2.0 * uniform_open01(0).ln()).sqrt();
        assert!((z_max - (48.0f32 * std::f32::consts::LN_2).sqrt()).abs() < 1e-5);
    }

    #[test]
    fn golden_values_match_an_independent_f64_computation() {
        // Computed from the contract in f64 by a separate (Python) implementation.
        let cases: [(u64, u64, u32, [f32; 4]); 2] = [
            (42, 0, 0, [-0.9701897, -0.0731815, -0.336962, -0.3797374]),
            (0x0123_4567_89ab_cdef, 0x1_0000_0002, 7, [-0.299014, -1.7289971, -1.1967417, 0.3854327]),
        ];
        for (seed, step, tensor, want) in cases {
            let got = gaussian_noise(seed, step, tensor, 4, 1.0);
            for (g, w) in got.iter().zip(want) {
                assert!((g - w).abs() < 5e-6, "seed {seed} step {step}: {got:?} vs {want:?}");
            }
        }
    }

    #[test]
    fn deterministic_prefix_stable_and_stream_separated() {
        let a = gaussian_noise(7, 3, 1, 1000, 0.5);
        assert_eq!(a, gaussian_noise(7, 3, 1, 1000, 0.5));
        assert_eq!(a[..10], gaussian_noise(7, 3, 1, 10, 0.5));
        assert_eq!(a[999], standard_normal(7, 3, 1, 999) * 0.5);
        for other in [
            gaussian_noise(8, 3, 1, 1000, 0.5),
            gaussian_noise(7, 4, 1, 1000, 0.5),
            gaussian_noise(7, 3 + (1 << 32), 1, 1000, 0.5),
            gaussian_noise(7, 3, 2, 1000, 0.5),
        ] {
            assert!(a.iter().zip(&other).all(|(x, y)| x != y), "streams share values");
        }
        assert!(gaussian_noise(7, 3, 1, 0, 1.0).is_empty());
    }

    /// Standard normal CDF via erfc (Numerical Recipes `erfcc`, relative error < 1.2e-7).
    fn normal_cdf(x: f64) -> f64 {
        let z = (x / std::f64::consts::SQRT_2).abs();
        let t = 1.0 / (1.0 + 0.5 * z);
        let c = [
            -1.26551223,
            1.00002368,
            0.37409196,
            0.09678418,
            -0.18628806,
            0.27886807,
            -1.13520398,
            1.48851587,
            -0.82215223,
            0.17087277,
        ];
        let poly = c.iter().rev().fold(0.0, |acc, &ci| ci + t * acc);
        let erfc = t * (-z * z + poly).exp();
        if x >= 0.0 { 1.0 - 0.5 * erfc } else { 0.5 * erfc }
    }

    fn mean_var(x: &[f32]) -> (f64, f64) {
        let n = x.len() as f64;
        let mean = x.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
        let var = x.iter().map(|&v| (f64::from(v) - mean).powi(2)).sum::<f64>() / (n - 1.0);
        (mean, var)
    }

    /// Pearson correlation of two equally long samples.
    fn correlation(x: &[f32], y: &[f32]) -> f64 {
        let ((mx, vx), (my, vy)) = (mean_var(x), mean_var(y));
        let cov = x.iter().zip(y).map(|(&a, &b)| (f64::from(a) - mx) * (f64::from(b) - my));
        cov.sum::<f64>() / (x.len() as f64 - 1.0) / (vx * vy).sqrt()
    }

    #[test]
    fn one_million_draws_are_standard_normal() {
        let x = gaussian_noise(20_240_601, 17, 3, N, 1.0);
        let n = N as f64;
        let mut sorted: Vec<f64> = x.iter().map(|&v| f64::from(v)).collect();
        sorted.sort_by(f64::total_cmp);
        let ks = sorted.iter().enumerate().fold(0.0f64, |d, (i, &v)| {
            let f = normal_cdf(v);
            d.max((i + 1) as f64 / n - f).max(f - i as f64 / n)
        });
        let ks_crit = 1.949 / n.sqrt();
        let (mean, var) = mean_var(&x);
        let (mean_bound, var_bound) = (Z999 / n.sqrt(), Z999 * (2.0 / n).sqrt());
        eprintln!("KS D = {ks:.6} (critical {ks_crit:.6}); mean = {mean:.6} (bound {mean_bound:.6});");
        eprintln!("variance = {var:.6} (bound 1 ± {var_bound:.6})");
        assert!(ks < ks_crit, "KS statistic {ks} >= {ks_crit}");
        assert!(mean.abs() < mean_bound, "mean {mean}");
        assert!((var - 1.0).abs() < var_bound, "variance {var}");
    }

    #[test]
    fn neighbours_in_element_step_and_tensor_are_uncorrelated() {
        let bound = Z999 / (N as f64).sqrt();
        let x = gaussian_noise(99, 1000, 5, N + 1, 1.0);
        let lag1 = correlation(&x[..N], &x[1..]);
        let x = &x[..N];
        let next_step = correlation(x, &gaussian_noise(99, 1001, 5, N, 1.0));
        let next_tensor = correlation(x, &gaussian_noise(99, 1000, 6, N, 1.0));
        let next_seed = correlation(x, &gaussian_noise(100, 1000, 5, N, 1.0));
        eprintln!(
            "r(lag-1 element) = {lag1:.6}, r(step+1) = {next_step:.6}, r(tensor+1) = \
             {next_tensor:.6}, r(seed+1) = {next_seed:.6} (bound {bound:.6})"
        );
        for r in [lag1, next_step, next_tensor, next_seed] {
            assert!(r.abs() < bound, "correlation {r} >= {bound}");
        }
    }

    #[test]
    fn dp_sgd_noise_scale_sigma_1_clip_1_batch_100() {
        let (sigma, clip, batch) = (1.0f32, 1.0f32, 100.0f32);
        let divided: Vec<f32> = gaussian_noise(5, 0, 0, N, sigma * clip).iter().map(|v| v / batch).collect();
        let direct = gaussian_noise(5, 0, 0, N, sigma * clip / batch);
        for x in [divided, direct] {
            let sd = mean_var(&x).1.sqrt();
            eprintln!("sample std = {sd:.7} (target 0.01, relative error {:.5})", sd / 0.01 - 1.0);
            assert!((sd / 0.01 - 1.0).abs() < 0.005, "sample std {sd}");
        }
    }
}
