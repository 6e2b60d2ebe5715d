//! Secure-mode noise for DP-SGD (`--secure-noise`): exact discrete Gaussian noise on a power-of-two grid.
//!
//! # Why
//! Floating-point Gaussian samplers leak through their low-order bits (Mironov 2012, "On significance of
//! the least significant bits for differential privacy"): the set of f32 values `x + noise` can take, and
//! their low mantissa bits, depend on `x`, so one released value can rule out a neighbouring input
//! (e.g. with `x = 1`, `fl(1 + n)` is always a multiple of 2^-24, while `x = 0` releases `n` itself,
//! whose last bits are free; see the contrast test in `secure_tests.rs`).
//!
//! # Mechanism (Canonne, Kamath, Steinke 2020, "The Discrete Gaussian for Differential Privacy")
//! With grid step `g` (a power of two) and noise std `s = z * C`, each coordinate of the clipped sum is
//! snapped, `m_i = round(x_i / g)` (after a coordinate-wise clamp to `±2^60` grid steps, a contraction, so it never
//! increases sensitivity), and the integer `k_i = m_i + Z_i`, `Z_i ~ N_Z(0, σ_Z²)`, `σ_Z² = num/den ≥ (s/g)²`
//! (rounded *up*), is released as `k_i * g`. `Z_i` is drawn by CKS Algorithm 3 (rejection from a discrete
//! Laplace, Alg. 2, with Bernoulli(exp(-γ)) coins, Alg. 1) using only integer arithmetic (u64/u128, and a
//! 256-bit square for γ) and exact uniform integers (Lemire rejection, no modulo bias): nothing inside the
//! sampler touches floating point.
//!
//! # Guarantee
//! For integer vectors `m, m'` with `‖m − m'‖₂ ≤ Δ_Z`, the release `m + Z` satisfies, for every α > 1,
//! `D_α ≤ α Δ_Z² / (2 σ_Z²)` (CKS 2020's concentrated-DP theorem for the discrete Gaussian: per coordinate, completing
//! the square gives it, with equality at integer α; coordinates are independent so divergences add), i.e. `(Δ_Z/σ_Z)²/2`-concentrated DP: the same RDP curve as the
//! continuous Gaussian. Snapping adds at most 1 per coordinate to `|m_i − m'_i|`, so (Minkowski)
//! `Δ_Z ≤ C/g + √P` for `P` parameters, i.e. sensitivity `C + g√P` in gradient units instead of `C`.
//! With [`GRID_BITS`] = 20, `g ≤ s / 2^20`, so the relative inflation is `g√P/C ≤ z√P / 2^20`:
//! ≤ 0.1 % for P = 10^6, ≤ 1 % for P = 10^8 at z = 1. The accountant should use
//! [`SecureNoise::effective_noise_multiplier`] (`= σ_Z g / (C + g√P)`) in place of `z`.
//! (Caveat for the integrator: amplification by subsampling is proven for the continuous Gaussian; for
//! integer orders and integer shifts the discrete Gaussian's moments E_P[(Q/P)^j] coincide exactly
//! with the continuous ones, so the integer-α subsampled-Gaussian bound of Mironov–Talwar–Zhang applies
//! to that direction; prefer integer orders.)
//!
//! # Why this closes Mironov's attack
//! Every released value is a deterministic function of the integer `k_i = m_i + Z_i` alone; `k_i` has
//! exactly the shifted discrete-Gaussian law, so any statistic of the output — including its low-order
//! bits — is post-processing of a DP release. For `|k_i| < 2^24` the value `k_i g` is exactly
//! representable in f32; beyond that f32 rounds it, still as a function of `k_i` only (and the result is
//! still a multiple of `g`, since f32 spacing there is a larger power of two), so the guarantee is intact.
//! The choice of 2^20 favours a small `√P` term over exact representability of very large sums.
//!
//! # Randomness
//! [`SecureNoise::add_noise`] seeds, for every call (and every worker thread), a fresh ChaCha12
//! [`StdRng`] from 256 bits of OS randomness ([`SysRng`], getrandom); no user seed is ever involved.
//!
//! # Cost
//! CPU sampling, per parameter per step, ~19 random words per sample. Measured (`--release`, CPU time of
//! one thread on a shared, loaded 2-core AMD EPYC VM, ChaCha12 at 2.6 ns per u64): 135–155 ns per
//! discrete-Gaussian sample at σ_Z ≈ 2^20, 140–150 ns per element for `add_noise_with` (snap + sample +
//! store; wall time there 180–250 ns because of the load) — about 1.5 s per step per core for 10^7
//! parameters. Reproduce with `cargo test --release -- --ignored --nocapture bench_ns_per_sample`.
//! `add_noise` splits large slices over `std::thread::available_parallelism()` threads.

use rand::rngs::{StdRng, SysRng};
use rand::{Rng, SeedableRng};

/// `std / grid` lies in `[2^GRID_BITS, 2^(GRID_BITS+1))`.
pub const GRID_BITS: i32 = 20;
/// Inputs are clamped to `±CLAMP_UNITS` grid steps before snapping (coordinate-wise, 1-Lipschitz).
const CLAMP_UNITS: f64 = (1u64 << 60) as f64;
/// Slices at least this long are split over threads by [`SecureNoise::add_noise`].
const PAR_MIN_LEN: usize = 1 << 16;

/// Errors of secure-mode noise.
#[derive(Debug, thiserror::Error)]
pub enum SecureNoiseError {
    /// The noise std (σ·C) is outside the sampler's range.
    #[error("secure noise: noise std must be finite and in [2^-100, 2^60], got {0}")]
    InvalidStd(f64),
    /// A clipped sum holds NaN or ±∞ at this index.
    #[error("secure noise: clipped sum has a non-finite value at index {0}")]
    NonFinite(usize),
    /// The OS random number generator failed.
    #[error("secure noise: OS random number generator failed: {0}")]
    OsRng(String),
}

/// Exact uniform integer in `[0, m)`, `m ≥ 1` (Lemire's method with rejection: unbiased).
fn uniform_u64<R: Rng + ?Sized>(m: u64, rng: &mut R) -> u64 {
    debug_assert!(m >= 1);
    if m <= 1 << 32 {
        // Same method on 32-bit words (half the random bytes); m = 2^32 is handled exactly too.
        let mut p = rng.next_u32() as u64 * m;
        if (p as u32 as u64) < m {
            let threshold = (1u64 << 32) % m;
            while ((p as u32) as u64) < threshold {
                p = rng.next_u32() as u64 * m;
            }
        }
        return p >> 32;
    }
    let mut p = rng.next_u64() as u128 * m as u128;
    if (p as u64) < m {
        let threshold = m.wrapping_neg() % m;
        while (p as u64) < threshold {
            p = rng.next_u64() as u128 * m as u128;
        }
    }
    (p >> 64) as u64
}

/// Exact uniform integer in `[0, m)`, `m ≥ 1`.
fn uniform_u128<R: Rng + ?Sized>(m: u128, rng: &mut R) -> u128 {
    if m <= u64::MAX as u128 {
        return uniform_u64(m as u64, rng) as u128;
    }
    let shift = (m - 1).leading_zeros();
    loop {
        let x = (((rng.next_u64() as u128) << 64) | rng.next_u64() as u128) >> shift;
        if x < m {
            return x;
        }
    }
}

/// Bernoulli(n / (d k)), exactly, for `n ≤ d`.
fn bernoulli_ratio<R: Rng + ?Sized>(n: u128, d: u128, k: u128, rng: &mut R) -> bool {
    match d.checked_mul(k) {
        Some(dk) => uniform_u128(dk, rng) < n,
        // Bernoulli(n/d) AND Bernoulli(1/k), independent: same law without the overflow.
        None => uniform_u128(d, rng) < n && uniform_u128(k, rng) == 0,
    }
}

/// Bernoulli(exp(-n/d)) for `0 ≤ n/d ≤ 1` (CKS Algorithm 1, first branch).
fn bern_exp_le1<R: Rng + ?Sized>(n: u128, d: u128, rng: &mut R) -> bool {
    let mut k: u128 = 1;
    while bernoulli_ratio(n, d, k, rng) {
        k += 1;
    }
    k % 2 == 1
}

/// Bernoulli(exp(-γ)) for γ = (hi·2^128 + lo) / d, d ≥ 1 (CKS Algorithm 1): one Bernoulli(exp(-1))
/// per unit of ⌊γ⌋, stopping at the first failure, then Bernoulli(exp(-(γ - ⌊γ⌋))).
fn bern_exp_wide<R: Rng + ?Sized>(mut hi: u128, mut lo: u128, d: u128, rng: &mut R) -> bool {
    while hi > 0 || lo >= d {
        if !bern_exp_le1(1, 1, rng) {
            return false;
        }
        let (r, borrow) = lo.overflowing_sub(d);
        lo = r;
        hi -= borrow as u128;
    }
    bern_exp_le1(lo, d, rng)
}

/// Full 256-bit product of two u128 values, as (high, low) halves.
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    const M: u128 = u64::MAX as u128;
    let (a0, a1, b0, b1) = (a & M, a >> 64, b & M, b >> 64);
    let (p00, p01, p10, p11) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
    let mid = (p00 >> 64) + (p01 & M) + (p10 & M);
    ((p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64)), (p00 & M) | (mid << 64))
}

/// Exact Bernoulli(exp(-γ)) with γ = `gamma_num / gamma_den` ≥ 0 (CKS 2020, Algorithm 1).
///
/// # Panics
/// If `gamma_den == 0`.
pub fn bernoulli_exp<R: Rng + ?Sized>(gamma_num: u64, gamma_den: u64, rng: &mut R) -> bool {
    assert!(gamma_den > 0, "bernoulli_exp: zero denominator");
    bern_exp_wide(0, gamma_num as u128, gamma_den as u128, rng)
}

/// Exact sample of the discrete Laplace distribution on ℤ, P(y) ∝ exp(-|y| / t) with scale
/// t = `t_num / t_den` (CKS 2020, Algorithm 2, with their t = `t_num`, s = `t_den`). Returns 0 if `t_num == 0`.
///
/// # Panics
/// If `t_den == 0`.
pub fn sample_discrete_laplace<R: Rng + ?Sized>(t_num: u64, t_den: u64, rng: &mut R) -> i64 {
    assert!(t_den > 0, "sample_discrete_laplace: zero denominator");
    if t_num == 0 {
        return 0;
    }
    let (t, s) = (t_num as u128, t_den as u128);
    loop {
        let u = uniform_u64(t_num, rng) as u128;
        if !bern_exp_le1(u, t, rng) {
            continue;
        }
        let mut v: u128 = 0;
        while bern_exp_le1(1, 1, rng) {
            v += 1;
        }
        let x = v.checked_mul(t).and_then(|tv| tv.checked_add(u));
        let Some(y) = x.and_then(|x| i64::try_from(x / s).ok()) else {
            continue; // |y| ≥ 2^63: probability < exp(-2^30); conditioned away.
        };
        let negative = rng.next_u32() & 1 == 1;
        if negative && y == 0 {
            continue;
        }
        return if negative { -y } else { y };
    }
}

/// Exact sample of the discrete Gaussian N_ℤ(0, σ²), P(y) ∝ exp(-y² / (2σ²)), σ² = `sigma_sq_num / sigma_sq_den`
/// (CKS 2020, Algorithm 3, via [`sample_discrete_laplace`] and Bernoulli(exp(-γ)) coins), drawing bits from
/// `rng`. Only integer arithmetic; returns 0 if `sigma_sq_num == 0`.
///
/// # Panics
/// If `sigma_sq_den == 0`, or (outside the supported range) if `den·t ≥ 2^64` or `2·num·den·t² ≥ 2^127`,
/// where t = ⌊σ⌋ + 1. Every `num ≤ 2^60` is supported, with any `den ≥ 1`.
pub fn sample_discrete_gaussian<R: Rng + ?Sized>(sigma_sq_num: u64, sigma_sq_den: u64, rng: &mut R) -> i64 {
    assert!(sigma_sq_den > 0, "sample_discrete_gaussian: zero denominator");
    if sigma_sq_num == 0 {
        return 0;
    }
    // ⌊σ⌋ = ⌊√⌊num/den⌋⌋.
    let t = (sigma_sq_num / sigma_sq_den).isqrt() + 1;
    let (n, d, t) = (sigma_sq_num as u128, sigma_sq_den as u128, t as u128);
    let dt = d * t;
    // γ = (|Y| − σ²/t)² / (2σ²) = (|Y|·d·t − n)² / (2·n·d·t²).
    let gamma_den = n
        .checked_mul(2 * dt)
        .and_then(|x| x.checked_mul(t))
        .filter(|&x| x < 1u128 << 127 && dt <= u64::MAX as u128)
        .expect("sample_discrete_gaussian: sigma^2 outside the supported range");
    loop {
        let y = sample_discrete_laplace(t as u64, 1, rng);
        let a = (y.unsigned_abs() as u128 * dt).abs_diff(n); // < 2^127
        let (hi, lo) = mul_wide(a, a);
        if bern_exp_wide(hi, lo, gamma_den, rng) {
            return y;
        }
    }
}

/// Secure noise for one DP-SGD step (see the module docs for the guarantee and its cost).
#[derive(Clone, Debug)]
pub struct SecureNoise {
    /// Grid step, a power of two.
    grid: f32,
    /// σ_Z² = num/den in grid units, ≥ (std / grid)².
    sigma_grid_sq: (u64, u64),
}

impl SecureNoise {
    /// `noise_std = noise_multiplier * max_grad_norm` (units of the summed clipped gradient).
    /// The grid step is `2^(⌊log2 noise_std⌋ − GRID_BITS)`, so `noise_std / grid ∈ [2^20, 2^21)`.
    /// σ_Z² is `(noise_std / grid)²` rounded up to a multiple of 2^-18 (relative excess < 2^-58).
    pub fn new(noise_std: f64) -> Result<Self, SecureNoiseError> {
        if !(noise_std.is_finite() && (2f64.powi(-100)..=2f64.powi(60)).contains(&noise_std)) {
            return Err(SecureNoiseError::InvalidStd(noise_std));
        }
        let bits = noise_std.to_bits(); // normal, positive
        let exponent = ((bits >> 52) & 0x7ff) as i32 - 1023;
        let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52); // std = mantissa · 2^(exponent−52)
        let grid_exp = exponent - GRID_BITS;
        // std/grid = mantissa · 2^(GRID_BITS−52); (std/grid)² = mantissa² / 2^(104 − 2·GRID_BITS).
        const DEN_BITS: i32 = 18;
        let shift = 104 - 2 * GRID_BITS - DEN_BITS;
        let sq = mantissa as u128 * mantissa as u128;
        let num = (sq >> shift) + (sq & ((1u128 << shift) - 1) != 0) as u128; // ceil
        let grid = f32::from_bits(((grid_exp + 127) as u32) << 23); // exactly 2^grid_exp, normal
        Ok(Self { grid, sigma_grid_sq: (num as u64, 1u64 << DEN_BITS) })
    }

    /// The grid step (a power of two); every released value is an exact multiple of it.
    pub fn grid(&self) -> f32 {
        self.grid
    }

    /// σ_Z² = (num, den) in grid units.
    pub fn sigma_grid_sq(&self) -> (u64, u64) {
        self.sigma_grid_sq
    }

    /// Actual noise std in gradient units, `grid · σ_Z` (≥ the requested std).
    pub fn noise_std(&self) -> f64 {
        let (n, d) = self.sigma_grid_sq;
        self.grid as f64 * (n as f64 / d as f64).sqrt()
    }

    /// Noise multiplier to give the accountant: `noise_std() / (C + grid·√P)`, which accounts for the
    /// sensitivity added by snapping (`P` = number of noised coordinates, `C` = max_grad_norm).
    pub fn effective_noise_multiplier(&self, max_grad_norm: f64, num_params: usize) -> f64 {
        self.noise_std() / (max_grad_norm + self.grid as f64 * (num_params as f64).sqrt())
    }

    /// The smallest nominal noise multiplier (found by fixed-point iteration, at most 64 rounds)
    /// whose [`effective_noise_multiplier`](Self::effective_noise_multiplier) reaches `target`,
    /// so a σ calibrated to a target ε is never undercut by the snapping in secure mode.
    ///
    /// # Errors
    /// As [`SecureNoise::new`] for a nominal σ·C it tries; [`SecureNoiseError::InvalidStd`] when
    /// no σ within 64 rounds reaches `target`.
    pub fn nominal_for_effective(
        target: f64,
        max_grad_norm: f64,
        num_params: usize,
    ) -> Result<f64, SecureNoiseError> {
        let mut sigma = target;
        for _ in 0..64 {
            let effective = SecureNoise::new(sigma * max_grad_norm)?
                .effective_noise_multiplier(max_grad_norm, num_params);
            if effective >= target {
                return Ok(sigma);
            }
            sigma *= (target / effective) * (1.0 + 1e-9);
        }
        Err(SecureNoiseError::InvalidStd(sigma * max_grad_norm))
    }

    /// Snaps every element to the nearest multiple of `grid()`, then adds `grid · Z`,
    /// `Z ~ N_ℤ(0, σ_Z²)`, drawing from a CSPRNG freshly seeded from the OS for this call.
    pub fn add_noise(&self, clipped_sum: &mut [f32]) -> Result<(), SecureNoiseError> {
        if let Some(i) = clipped_sum.iter().position(|v| !v.is_finite()) {
            return Err(SecureNoiseError::NonFinite(i));
        }
        let threads = if clipped_sum.len() >= PAR_MIN_LEN {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            1
        };
        let chunk = clipped_sum.len().div_ceil(threads).max(1);
        let mut rngs = Vec::with_capacity(threads);
        for _ in 0..threads {
            rngs.push(StdRng::try_from_rng(&mut SysRng).map_err(|e| SecureNoiseError::OsRng(e.to_string()))?);
        }
        if threads == 1 {
            self.add_noise_with(clipped_sum, &mut rngs[0]);
            return Ok(());
        }
        std::thread::scope(|scope| {
            for (part, mut rng) in clipped_sum.chunks_mut(chunk).zip(rngs) {
                scope.spawn(move || self.add_noise_with(part, &mut rng));
            }
        });
        Ok(())
    }

    /// Same as [`add_noise`](Self::add_noise) with an explicit RNG (tests, reproducibility studies;
    /// never use a user-seeded RNG for a real release).
    ///
    /// # Panics
    /// If an element is NaN (±∞ are clamped like any other large value).
    pub fn add_noise_with<R: Rng + ?Sized>(&self, clipped_sum: &mut [f32], rng: &mut R) {
        let g = self.grid as f64;
        let (num, den) = self.sigma_grid_sq;
        for v in clipped_sum.iter_mut() {
            assert!(!v.is_nan(), "SecureNoise: NaN in clipped sum");
            // Exact: f32 → f64 and division by a power of two; clamp is 1-Lipschitz.
            let m = (*v as f64 / g).clamp(-CLAMP_UNITS, CLAMP_UNITS).round() as i64;
            let k = m as i128 + sample_discrete_gaussian(num, den, rng) as i128;
            // A function of k only: exact for |k| < 2^24, f32-rounded (to a coarser multiple of g) beyond.
            *v = (k as f64 * g) as f32;
        }
    }
}

#[cfg(test)]
#[path = "secure_tests.rs"]
mod tests;
