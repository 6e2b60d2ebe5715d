//! Counter-based Gaussian noise: Philox4x32-10 and Box–Muller.
//!
//! DP-SGD adds N(0, σ²C²) noise to every coordinate of the summed, clipped gradient. The noise
//! here is a pure function of `(seed, step, tensor_id, element)`, so the CPU reference
//! ([`gaussian_noise`]) and the WGSL shader in `shaders/philox.wgsl` draw the same values
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
//! # The noise contract (shared with `shaders/philox.wgsl`)
//! For element `e` of a tensor (`0 <= e < len <= 2^32`), all arithmetic in `u32` / `f32`:
//! ```text
//! counter = [e, tensor_id, step as u32 (low 32 bits), (step >> 32) as u32]
//! key     = [seed as u32 (low 32 bits), (seed >> 32) as u32]
//! [x0, x1, _, _] = philox4x32_10(counter, key)
//! u1 = (f32(x0 >> 9) + 0.5) * 2^-23        // exact in f32, in [2^-24, 1 - 2^-24]
//! z  = sqrt(-2 * ln_open01(u1)) * cos_two_pi(x1 >> 9)
//! out[e] = z * std
//! ```
//! One normal per element (x2, x3 and the sine branch are discarded): a 1:1 map from element to
//! counter is worth more than the speed. The uniforms take the top 23 bits, not 24, so that
//! `f32(m) + 0.5` is exact. `u1 > 0` so the logarithm is finite; `|z| <= sqrt(48 ln 2) ≈ 5.77`.
//!
//! `ln_open01` and `cos_two_pi` ([`ln_open01`], [`cos_two_pi`]) are written out in `+ - * /`
//! and integer operations, identically here and in the shader, instead of calling the
//! platform's `log` and `cos`: WGSL only promises `cos` to 2^-11 absolute, and GPU drivers use
//! fast approximations, so built-ins would make the noise differ between backends by far more
//! than float rounding. The logarithm splits `u = 2^k m`, `m ∈ (√½, √2]`, and sums the
//! `atanh` series `ln m = 2(s + s³/3 + … + s⁹/9)`, `s = (m−1)/(m+1)`, `|s| ≤ 0.172` (truncation
//! below 1e-9), with `k ln 2` in two parts (fdlibm's `ln2_hi`, `ln2_lo`, so `k · ln2_hi` is
//! exact). The cosine reduces the angle exactly in integers, `4u = q + r`, `q` the nearest
//! integer and `r ∈ [−½, ½]`, then takes the Taylor polynomial of `cos` or `sin` of
//! `θ = r·π/2 ∈ [−π/4, π/4]` to degree 10 / 9 (truncation below 2e-9) and the quadrant's sign.
//! What is left between backends is the rounding of `/` and `sqrt` and whether a compiler fuses
//! a multiply and an add: a few units in the last place (tested to 1e-6 between lavapipe and the
//! CPU).
//!
//! WGSL has no 64-bit integers: there `lo = a * b` (wrapping) and `hi` comes from the products
//! of the 16-bit halves of `a` and `b`; the known answers of [`philox4x32_10`] (in the tests
//! below, and run through the shader in `tests/kernels.rs`) check either implementation.

/// First Philox4x32 multiplier, applied to counter word 0.
pub const PHILOX_M0: u32 = 0xD251_1F53;
/// Second Philox4x32 multiplier, applied to counter word 2.
pub const PHILOX_M1: u32 = 0xCD9E_8D57;
/// Weyl increment of key word 0 between rounds (golden ratio).
pub const PHILOX_W0: u32 = 0x9E37_79B9;
/// Weyl increment of key word 1 between rounds (sqrt(3) - 1).
pub const PHILOX_W1: u32 = 0xBB67_AE85;
/// High part of ln 2 (fdlibm `logf`'s `ln2_hi`, `0x3f317180`, its low 7 mantissa bits zero), so
/// that `k * LN2_HI` is exact for the exponents `|k| <= 24` of the noise's uniforms.
pub const LN2_HI: f32 = f32::from_bits(0x3f31_7180);
/// `ln 2 - LN2_HI` (fdlibm `logf`'s `ln2_lo`, `0x3717f7d1`).
pub const LN2_LO: f32 = f32::from_bits(0x3717_f7d1);
/// `f32(π/2)`.
pub const HALF_PI_F32: f32 = std::f32::consts::FRAC_PI_2;
/// `1/3, 1/5, 1/7, 1/9` as `f32` bit patterns (the `atanh` series of [`ln_open01`]); the shader
/// spells the same bits, so both evaluate the same polynomial.
pub const LN_SERIES: [u32; 4] = [0x3eaa_aaab, 0x3e4c_cccd, 0x3e12_4925, 0x3de3_8e39];
/// `1/2!, 1/4!, 1/6!, 1/8!, 1/10!` as `f32` bit patterns (the cosine of [`cos_two_pi`]).
pub const COS_SERIES: [u32; 5] = [0x3f00_0000, 0x3d2a_aaab, 0x3ab6_0b61, 0x37d0_0d01, 0x3493_f27e];
/// `1/3!, 1/5!, 1/7!, 1/9!` as `f32` bit patterns (the sine of [`cos_two_pi`]).
pub const SIN_SERIES: [u32; 4] = [0x3e2a_aaab, 0x3c08_8889, 0x3950_0d01, 0x3638_ef1d];

/// Known answers of Philox4x32-10: the three `philox4x32 10` lines of Random123's
/// `examples/kat_vectors` (counter, key, output), for testing any implementation.
pub const RANDOM123_KAT: [([u32; 4], [u32; 2], [u32; 4]); 3] = [
    ([0; 4], [0; 2], [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8]),
    ([u32::MAX; 4], [u32::MAX; 2], [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd]),
    (
        [0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344],
        [0xa409_3822, 0x299f_31d0],
        [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1],
    ),
];

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

/// Natural logarithm of `u ∈ [2^-24, 1)` (a normal, positive `f32`), as the noise contract
/// computes it: `u = 2^k m` with `m ∈ (√½, √2]`, `ln u = k·ln2_hi + (k·ln2_lo + ln m)`,
/// `ln m = 2s(1 + s²/3 + s⁴/5 + s⁶/7 + s⁸/9)`, `s = (m − 1)/(m + 1)`. Within 2 ulp of the true
/// value on that range (tested against `f64::ln`). The shader's `ln_open01` is the same sequence
/// of operations.
#[inline]
pub fn ln_open01(u: f32) -> f32 {
    let bits = u.to_bits();
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000); // [1, 2)
    // Written as selects, not a branch, so a loop over lanes vectorises ([`gaussian_noise`]).
    let high = m > std::f32::consts::SQRT_2;
    let k = (bits >> 23) as i32 - 127 + i32::from(high);
    let m = if high { m * 0.5 } else { m };
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let [c3, c5, c7, c9] = LN_SERIES.map(f32::from_bits);
    let p = s2 * (c3 + s2 * (c5 + s2 * (c7 + s2 * c9)));
    let two_s = s + s;
    let ln_m = two_s + two_s * p;
    let kf = k as f32;
    kf * LN2_HI + (kf * LN2_LO + ln_m)
}

/// `cos(2π u)` for the uniform `u = (m + 0.5)·2^-23` of a 23-bit integer `m`, as the noise
/// contract computes it: `4u = (2m + 1)/2^22 = q + r` split exactly in integers (`q` the nearest
/// integer, `r ∈ [−½, ½]`), `θ = r·π/2`, and by the quadrant `q mod 4`: `cos θ`, `−sin θ`,
/// `−cos θ` or `sin θ`, each a Taylor polynomial (degree 10 / 9). Within 2e-7 of the true value
/// (tested against `f64::cos`). The shader's `cos_two_pi` is the same sequence of operations.
///
/// `m` must be below 2^23 (a debug build asserts it).
#[inline]
pub fn cos_two_pi(m: u32) -> f32 {
    debug_assert!(m < 1 << 23, "cos_two_pi takes a 23-bit integer, got {m}");
    let twice = 2 * m + 1; // 4u · 2^22, odd, below 2^24
    let q = (twice + (1 << 21)) >> 22; // nearest integer to 4u (never a tie)
    let r = (twice as i32 - (q << 22) as i32) as f32 * (1.0 / 4_194_304.0); // exact, [−½, ½]
    let theta = r * HALF_PI_F32;
    let t2 = theta * theta;
    let [c2, c4, c6, c8, c10] = COS_SERIES.map(f32::from_bits);
    let [s3, s5, s7, s9] = SIN_SERIES.map(f32::from_bits);
    let cos = 1.0 - t2 * (c2 - t2 * (c4 - t2 * (c6 - t2 * (c8 - t2 * c10))));
    let sin = theta - theta * t2 * (s3 - t2 * (s5 - t2 * (s7 - t2 * s9)));
    // Quadrants 0-3: cos, −sin, −cos, sin, as selects (negation is exact).
    let value = if q & 1 == 0 { cos } else { sin };
    if (q + 1) & 2 == 0 { value } else { -value }
}

/// The standard normal draw of element `element` of tensor `tensor_id` at `step` under `seed`,
/// exactly as the module's noise contract says (before scaling by `std`): Box–Muller's
/// `sqrt(−2 ln u1) cos(2π u2)`.
#[inline]
pub fn standard_normal(seed: u64, step: u64, tensor_id: u32, element: u32) -> f32 {
    let counter = [element, tensor_id, step as u32, (step >> 32) as u32];
    let [x0, x1, _, _] = philox4x32_10(counter, [seed as u32, (seed >> 32) as u32]);
    box_muller(x0, x1)
}

/// Box–Muller's `sqrt(−2 ln u1) cos(2π u2)` of the first two Philox output words.
#[inline(always)]
fn box_muller(x0: u32, x1: u32) -> f32 {
    (-2.0 * ln_open01(uniform_open01(x0))).sqrt() * cos_two_pi(x1 >> 9)
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
    let mut out = vec![0f32; len];
    gaussian_noise_then(seed, step, tensor_id, std, &mut out, |_, _| {});
    out
}

/// Fills `out` with the draws of [`gaussian_noise`] (`out.len()` of them) one block at a time
/// over rayon's threads, calling `then(offset, block)` on each block right after it is drawn
/// (`block` = `out[offset..offset + block.len()]`), so a fused update reads the noise while it
/// is in cache.
///
/// # Panics
/// If `out.len() > 2^32`, as [`gaussian_noise`].
pub(crate) fn gaussian_noise_then(
    seed: u64,
    step: u64,
    tensor_id: u32,
    std: f32,
    out: &mut [f32],
    then: impl Fn(usize, &mut [f32]) + Sync,
) {
    use rayon::prelude::*;
    /// Elements per parallel task: large enough to amortise scheduling, small enough that a
    /// 160k-entry embedding table spreads over the cores.
    const CHUNK: usize = 1 << 14;
    let len = out.len();
    assert!(len as u64 <= 1 << 32, "gaussian_noise: len {len} exceeds 2^32 elements");
    // Element `e` depends on `e` alone, so neither the split over threads nor the lanes can
    // change a value (tested against `standard_normal` element by element).
    let stream = Stream { seed, step, tensor_id, std };
    out.par_chunks_mut(CHUNK).enumerate().for_each(|(c, chunk)| {
        stream.fill(chunk, (c * CHUNK) as u32);
        then(c * CHUNK, chunk);
    });
}

/// Lanes computed together by [`Stream::fill`]: 8 `u32` fill one AVX2 register.
const LANES: usize = 8;

/// One tensor's noise stream at one step.
#[derive(Clone, Copy)]
struct Stream {
    seed: u64,
    step: u64,
    tensor_id: u32,
    std: f32,
}

impl Stream {
    /// `out[j] = standard_normal(.., first + j) * std`, `LANES` elements at a time. On x86-64
    /// with AVX2 (checked at run time) the same code is compiled for 256-bit registers; the
    /// arithmetic is identical (no fused multiply-add is introduced), so are the values.
    fn fill(&self, out: &mut [f32], first: u32) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            return unsafe { self.fill_avx2(out, first) };
        }
        self.fill_lanes(out, first)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn fill_avx2(&self, out: &mut [f32], first: u32) {
        self.fill_lanes(out, first)
    }

    #[inline(always)]
    fn fill_lanes(&self, out: &mut [f32], first: u32) {
        let mut chunks = out.chunks_exact_mut(LANES);
        let mut e = first;
        for chunk in &mut chunks {
            let z = self.lanes(e);
            for (o, z) in chunk.iter_mut().zip(z) {
                *o = z * self.std;
            }
            e = e.wrapping_add(LANES as u32);
        }
        for (j, o) in chunks.into_remainder().iter_mut().enumerate() {
            *o = standard_normal(self.seed, self.step, self.tensor_id, e.wrapping_add(j as u32)) * self.std;
        }
    }

    /// Standard normals of elements `first..first + LANES`: the rounds of [`philox4x32_10`]
    /// written out over lane arrays (one array per counter word, so each round is a vector
    /// operation; calling the scalar function per lane keeps the lanes apart), then
    /// [`box_muller`].
    #[inline(always)]
    fn lanes(&self, first: u32) -> [f32; LANES] {
        // Plain loops over arrays, no closures: a closure would not be inlined into the AVX2
        // copy of this function, and the lanes would run one call at a time.
        let mut c0 = [first; LANES];
        for (j, c) in c0.iter_mut().enumerate() {
            *c = first.wrapping_add(j as u32);
        }
        let mut c1 = [self.tensor_id; LANES];
        let mut c2 = [self.step as u32; LANES];
        let mut c3 = [(self.step >> 32) as u32; LANES];
        let mut k = [self.seed as u32, (self.seed >> 32) as u32];
        for _ in 0..10 {
            let (mut n0, mut n1, mut n2, mut n3) =
                ([0u32; LANES], [0u32; LANES], [0u32; LANES], [0u32; LANES]);
            for j in 0..LANES {
                let hi0 = ((u64::from(PHILOX_M0) * u64::from(c0[j])) >> 32) as u32;
                let hi1 = ((u64::from(PHILOX_M1) * u64::from(c2[j])) >> 32) as u32;
                n0[j] = hi1 ^ c1[j] ^ k[0];
                n1[j] = PHILOX_M1.wrapping_mul(c2[j]);
                n2[j] = hi0 ^ c3[j] ^ k[1];
                n3[j] = PHILOX_M0.wrapping_mul(c0[j]);
            }
            (c0, c1, c2, c3) = (n0, n1, n2, n3);
            k[0] = k[0].wrapping_add(PHILOX_W0);
            k[1] = k[1].wrapping_add(PHILOX_W1);
        }
        let mut z = [0f32; LANES];
        for j in 0..LANES {
            z[j] = box_muller(c0[j], c1[j]);
        }
        z
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::noise_check::{Z_999, check_standard_normal, correlation, mean_var};

    const N: usize = 1_000_000;

    #[test]
    fn known_answers_of_random123() {
        for (counter, key, want) in RANDOM123_KAT {
            assert_eq!(philox4x32_10(counter, key), want, "counter {counter:08x?} key {key:08x?}");
        }
    }

    #[test]
    fn uniforms_are_exact_and_strictly_inside_0_1() {
        assert_eq!(uniform_open01(0), 2f32.powi(-24));
        assert_eq!(uniform_open01(u32::MAX), 1.0 - 2f32.powi(-24));
        assert_eq!(uniform_open01(1 << 31), 0.5 + 2f32.powi(-24));
        // The largest |z| the contract can produce: u1 = 2^-24, so sqrt(48 ln 2) ≈ 5.77.
        let z_max = (-2.0 * ln_open01(uniform_open01(0))).sqrt();
        assert!((z_max - (48.0f32 * std::f32::consts::LN_2).sqrt()).abs() < 1e-5);
    }

    #[test]
    fn series_constants_are_the_nearest_f32_of_their_fractions() {
        let bits = |d: [u32; 4]| d.map(|n| (1.0 / f64::from(n)) as f32).map(f32::to_bits);
        assert_eq!(bits([3, 5, 7, 9]), LN_SERIES);
        assert_eq!(bits([6, 120, 5040, 362_880]), SIN_SERIES);
        let cos: Vec<u32> = [2.0, 24.0, 720.0, 40_320.0, 3_628_800.0f64]
            .iter()
            .map(|n| ((1.0 / n) as f32).to_bits())
            .collect();
        assert_eq!(cos, COS_SERIES);
        assert!((f64::from(LN2_HI) + f64::from(LN2_LO) - std::f64::consts::LN_2).abs() < 1e-12);
        assert_eq!(LN2_HI.to_bits() & 0x7f, 0, "k * LN2_HI must be exact");
    }

    /// The shader spells every constant of the contract as the same bits (`0x…u`).
    #[test]
    fn the_shader_uses_the_same_constants() {
        let shader = include_str!("../../shaders/philox.wgsl");
        let bits = [LN2_HI, LN2_LO, HALF_PI_F32, std::f32::consts::SQRT_2, 2f32.powi(-22), 2f32.powi(-23)]
            .map(f32::to_bits);
        for b in LN_SERIES.iter().chain(&COS_SERIES).chain(&SIN_SERIES).chain(&bits) {
            assert!(
                shader.contains(&format!("bitcast<f32>(0x{b:08x}u)")),
                "0x{b:08x} missing in philox.wgsl"
            );
        }
        for (w, name) in [(PHILOX_M0, "M0"), (PHILOX_M1, "M1"), (PHILOX_W0, "W0"), (PHILOX_W1, "W1")] {
            assert!(shader.contains(&format!("0x{w:08X}u")), "{name} 0x{w:08X} missing in philox.wgsl");
        }
    }

    #[test]
    fn ln_and_cos_are_within_a_few_ulp_of_f64() {
        // Every 23-bit uniform of a strided sweep plus both ends.
        let ms = (0..1u32 << 23).step_by(97).chain([0, 1, (1 << 22) - 1, 1 << 22, (1 << 23) - 1]);
        let (mut ln_ulps, mut cos_abs) = (0.0f64, 0.0f64);
        for m in ms {
            let u = ((m as f32) + 0.5) * (1.0 / 8_388_608.0);
            let exact = f64::from(u).ln();
            let ulp = f64::from(f32::from_bits((exact as f32).abs().to_bits() + 1))
                - f64::from((exact as f32).abs());
            ln_ulps = ln_ulps.max((f64::from(ln_open01(u)) - exact).abs() / ulp);
            let c = (std::f64::consts::TAU * f64::from(u)).cos();
            cos_abs = cos_abs.max((f64::from(cos_two_pi(m)) - c).abs());
        }
        eprintln!("ln: max {ln_ulps:.2} ulp; cos(2πu): max abs error {cos_abs:.2e}");
        assert!(ln_ulps <= 2.0, "ln_open01 off by {ln_ulps} ulp");
        assert!(cos_abs <= 2e-7, "cos_two_pi off by {cos_abs}");
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

    /// The lanes, the AVX2 path and the split over threads change no value: every element of
    /// a long tensor (several parallel chunks, a length that is not a multiple of the lanes)
    /// equals the scalar contract, bit for bit, with a step and seed that use their high words.
    #[test]
    fn every_element_equals_the_scalar_contract() {
        let (seed, step, tensor, std) = (0x1234_5678_9abc_def0, (1u64 << 32) + 5, 3, 0.7f32);
        let len = 3 * (1 << 14) + 13;
        let got = gaussian_noise(seed, step, tensor, len, std);
        for (e, z) in got.iter().enumerate() {
            let want = standard_normal(seed, step, tensor, e as u32) * std;
            assert_eq!(z.to_bits(), want.to_bits(), "element {e}: {z} vs {want}");
        }
    }

    #[test]
    fn one_million_draws_are_standard_normal() {
        let check = check_standard_normal(&gaussian_noise(20_240_601, 17, 3, N, 1.0));
        eprintln!("{check:?}");
        assert!(check.passes(), "{check:?}");
    }

    #[test]
    fn neighbours_in_element_step_and_tensor_are_uncorrelated() {
        let bound = Z_999 / (N as f64).sqrt();
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
