//! Tests for `secure.rs`. Statistical tests use fixed seeds, so they are deterministic; thresholds are
//! chosen so that a correct sampler passes (p > 0.001 / within 5 sd) and the power checks show they can fail.

use super::*;
use rand::{RngExt, SeedableRng, rngs::StdRng};
use std::collections::BTreeMap;

const N: usize = 100_000;
const Z999: f64 = 3.2905; // two-sided 99.9 % normal quantile

// ---------- statistics helpers (no external deps) ----------

fn ln_gamma(x: f64) -> f64 {
    // Lanczos (g = 7, n = 9), |rel err| < 1e-13 for x > 0.
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let t = x + 7.5;
    let a = C[1..].iter().enumerate().fold(C[0], |acc, (i, c)| acc + c / (x + i as f64 + 1.0));
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

/// Regularized upper incomplete gamma Q(a, x) (series / Lentz continued fraction).
fn gamma_q(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let lnpre = a * x.ln() - x - ln_gamma(a);
    if x < a + 1.0 {
        let (mut sum, mut term, mut ap) = (1.0 / a, 1.0 / a, a);
        for _ in 0..10_000 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-16 {
                break;
            }
        }
        1.0 - sum * lnpre.exp()
    } else {
        let tiny = 1e-300;
        let mut b = x + 1.0 - a;
        let (mut c, mut d) = (1.0 / tiny, 1.0 / b);
        let mut h = d;
        for i in 1..10_000 {
            let an = -(i as f64) * (i as f64 - a);
            b += 2.0;
            d = an * d + b;
            d = if d.abs() < tiny { tiny } else { d };
            c = b + an / c;
            c = if c.abs() < tiny { tiny } else { c };
            d = 1.0 / d;
            let del = d * c;
            h *= del;
            if (del - 1.0).abs() < 1e-16 {
                break;
            }
        }
        lnpre.exp() * h
    }
}

/// P(χ²_df ≥ x).
fn chi2_sf(x: f64, df: usize) -> f64 {
    gamma_q(df as f64 / 2.0, x / 2.0)
}

/// Goodness of fit of integer samples to a symmetric pmf on ℤ: one cell per integer in [-L, L]
/// (L = largest with expected count ≥ 5) plus one pooled cell |y| > L. Returns (χ², df, p).
fn gof_symmetric(samples: &[i64], pmf: impl Fn(i64) -> f64) -> (f64, usize, f64) {
    let n = samples.len() as f64;
    let mut l = 0;
    while n * pmf(l + 1) >= 5.0 {
        l += 1;
    }
    let mut counts: BTreeMap<i64, f64> = BTreeMap::new();
    for &y in samples {
        *counts.entry(if y.abs() > l { i64::MAX } else { y }).or_default() += 1.0;
    }
    let mut chi2 = 0.0;
    let mut inner = 0.0;
    for y in -l..=l {
        let e = n * pmf(y);
        inner += pmf(y);
        chi2 += (counts.get(&y).copied().unwrap_or(0.0) - e).powi(2) / e;
    }
    let mut cells = (2 * l + 1) as usize;
    let e_tail = n * (1.0 - inner);
    if e_tail > 1e-3 {
        chi2 += (counts.get(&i64::MAX).copied().unwrap_or(0.0) - e_tail).powi(2) / e_tail;
        cells += 1;
    } else {
        assert!(!counts.contains_key(&i64::MAX), "sample in a tail of negligible mass");
    }
    (chi2, cells - 1, chi2_sf(chi2, cells - 1))
}

/// χ² test of homogeneity for two histograms over the same cells (empty cells dropped). Returns (χ², df, p).
fn homogeneity(a: &BTreeMap<u64, f64>, b: &BTreeMap<u64, f64>) -> (f64, usize, f64) {
    let (na, nb): (f64, f64) = (a.values().sum(), b.values().sum());
    let keys: std::collections::BTreeSet<u64> = a.keys().chain(b.keys()).copied().collect();
    let mut chi2 = 0.0;
    for k in &keys {
        let (oa, ob) = (a.get(k).copied().unwrap_or(0.0), b.get(k).copied().unwrap_or(0.0));
        let tot = oa + ob;
        let (ea, eb) = (tot * na / (na + nb), tot * nb / (na + nb));
        chi2 += (oa - ea).powi(2) / ea + (ob - eb).powi(2) / eb;
    }
    let df = keys.len().saturating_sub(1).max(1);
    (chi2, df, chi2_sf(chi2, df))
}

fn dl_pmf(t: f64) -> impl Fn(i64) -> f64 {
    move |y| ((1.0 - (-1.0 / t).exp()) / (1.0 + (-1.0 / t).exp())) * (-(y.abs() as f64) / t).exp()
}

fn dg_pmf(s2: f64) -> impl Fn(i64) -> f64 {
    let r = (40.0 * s2.sqrt()) as i64 + 10;
    let z: f64 = (-r..=r).map(|y| (-(y * y) as f64 / (2.0 * s2)).exp()).sum();
    move |y| (-(y as f64).powi(2) / (2.0 * s2)).exp() / z
}

/// Mean and variance of the samples within their 99.9 % intervals around the exact moments of `pmf`.
fn check_moments(samples: &[i64], pmf: &impl Fn(i64) -> f64, range: i64) {
    let n = samples.len() as f64;
    let m2: f64 = (-range..=range).map(|y| (y as f64).powi(2) * pmf(y)).sum();
    let m4: f64 = (-range..=range).map(|y| (y as f64).powi(4) * pmf(y)).sum();
    let mean = samples.iter().map(|&y| y as f64).sum::<f64>() / n;
    let var = samples.iter().map(|&y| (y as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0);
    assert!(mean.abs() <= Z999 * (m2 / n).sqrt(), "mean {mean} vs 0 (var {m2})");
    let sd_var = ((m4 - m2 * m2) / n).sqrt();
    assert!((var - m2).abs() <= Z999 * sd_var, "variance {var} vs exact {m2} (sd {sd_var})");
}

// ---------- 0. helpers are right ----------

#[test]
fn chi2_sf_matches_tables() {
    assert!((chi2_sf(3.841_458_820_694_124, 1) - 0.05).abs() < 1e-9);
    assert!((chi2_sf(9.210_340_371_976_184, 2) - 0.01).abs() < 1e-12);
    assert!((chi2_sf(310.457_388_737_057_3, 255) - 0.01).abs() < 1e-6); // qchisq(0.99, 255)
    assert!((chi2_sf(4.0, 10) - 0.947_346_982_656_289).abs() < 1e-9);
}

#[test]
fn wide_multiply_and_uniform() {
    let a = u128::MAX >> 1;
    let (hi, lo) = mul_wide(a, a); // (2^127 - 1)^2 = 2^254 - 2^128 + 1
    assert_eq!((hi, lo), ((1u128 << 126) - 1, 1));
    assert_eq!(mul_wide(123_456_789, 987_654_321), (0, 123_456_789u128 * 987_654_321));
    let mut rng = StdRng::seed_from_u64(1);
    let mut c = [0u64; 3];
    for _ in 0..30_000 {
        c[uniform_u64(3, &mut rng) as usize] += 1;
    }
    assert!(c.iter().all(|&x| (x as f64 - 10_000.0).abs() < 5.0 * 81.65), "{c:?}");
    let mut c = [0u64; 3]; // 64-bit path: m = 3·2^40
    for _ in 0..30_000 {
        c[(uniform_u64(3 << 40, &mut rng) >> 40) as usize] += 1;
    }
    assert!(c.iter().all(|&x| (x as f64 - 10_000.0).abs() < 5.0 * 81.65), "{c:?}");
    assert!((0..1000).all(|_| uniform_u64(1 << 32, &mut rng) < 1 << 32));
    let m = (1u128 << 100) + 12_345;
    assert!((0..1000).all(|_| uniform_u128(m, &mut rng) < m));
}

// ---------- 1. exactness of the pieces ----------

#[test]
fn bernoulli_exp_frequencies() {
    let mut rng = StdRng::seed_from_u64(42);
    for (num, den) in
        [(0u64, 1u64), (1, 3), (1, 2), (1, 1), (3, 2), (27, 10), (5, 1), (u64::MAX / 2, u64::MAX)]
    {
        let p = (-(num as f64 / den as f64)).exp();
        let hits = (0..N).filter(|_| bernoulli_exp(num, den, &mut rng)).count() as f64 / N as f64;
        let sd = (p * (1.0 - p) / N as f64).sqrt();
        assert!((hits - p).abs() <= 5.0 * sd + 1e-12, "gamma={num}/{den}: freq {hits} vs {p}");
    }
    // γ = 2^126 / 2^127 = 1/2 with a denominator so large that d·k overflows u128 (the split coin path).
    let hits = (0..N).filter(|_| bern_exp_wide(0, 1 << 126, 1 << 127, &mut rng)).count() as f64 / N as f64;
    let p = (-0.5f64).exp();
    assert!((hits - p).abs() <= 5.0 * (p * (1.0 - p) / N as f64).sqrt(), "wide: {hits} vs {p}");
    // γ ≥ 2^128 (hi > 0): essentially never true, and terminates.
    assert!((0..1000).all(|_| !bern_exp_wide(1, 0, 3, &mut rng)));
}

#[test]
fn discrete_laplace_matches_exact_pmf() {
    let mut rng = StdRng::seed_from_u64(7);
    for (tn, td) in [(1u64, 1u64), (5, 2), (7, 3), (100, 1)] {
        let t = tn as f64 / td as f64;
        let s: Vec<i64> = (0..N).map(|_| sample_discrete_laplace(tn, td, &mut rng)).collect();
        let pmf = dl_pmf(t);
        let (chi2, df, p) = gof_symmetric(&s, &pmf);
        println!("discrete Laplace t={tn}/{td}: chi2={chi2:.1} df={df} p={p:.4}");
        assert!(p > 1e-3, "discrete Laplace t={t}: chi2={chi2} df={df} p={p}");
        check_moments(&s, &pmf, (60.0 * t) as i64 + 10);
    }
}

#[test]
fn discrete_gaussian_matches_exact_pmf() {
    let mut rng = StdRng::seed_from_u64(11);
    // (num, den): σ² = 1, 2.5, 100, and 1.5 written with a 2^60 denominator (u128 paths near their limits).
    for (num, den) in [(1u64, 1u64), (5, 2), (100, 1), (3 << 59, 1 << 60)] {
        let s2 = num as f64 / den as f64;
        let s: Vec<i64> = (0..N).map(|_| sample_discrete_gaussian(num, den, &mut rng)).collect();
        let pmf = dg_pmf(s2);
        let (chi2, df, p) = gof_symmetric(&s, &pmf);
        println!("discrete Gaussian sigma^2={s2}: chi2={chi2:.1} df={df} p={p:.4}");
        assert!(p > 1e-3, "discrete Gaussian sigma^2={s2}: chi2={chi2} df={df} p={p}");
        check_moments(&s, &pmf, (40.0 * s2.sqrt()) as i64 + 10);
    }
}

#[test]
fn goodness_of_fit_test_has_power() {
    // The same test must reject a 10 % variance error and a discrete Laplace posing as a Gaussian.
    let mut rng = StdRng::seed_from_u64(12);
    let s: Vec<i64> = (0..N).map(|_| sample_discrete_gaussian(1, 1, &mut rng)).collect();
    let (_, _, p) = gof_symmetric(&s, dg_pmf(1.1));
    assert!(p < 1e-6, "wrong sigma^2 not rejected: p={p}");
    let l: Vec<i64> = (0..N).map(|_| sample_discrete_laplace(1, 1, &mut rng)).collect();
    let (_, _, p) = gof_symmetric(&l, dg_pmf(2.0 * (1.0f64).exp() / ((1.0f64).exp() - 1.0).powi(2)));
    assert!(p < 1e-6, "Laplace not rejected as Gaussian: p={p}");
}

#[test]
fn discrete_gaussian_at_secure_scale_is_normal() {
    // σ_Z² as SecureNoise uses it (≈ 2^40): bins of width σ/4 on |y|, with the sign, vs the normal law
    // (the discrete and continuous laws differ by < 1e-100 at this scale). P(|X| < c) = 1 - Q_χ²₁(c²).
    let sn = SecureNoise::new(1.0).unwrap();
    let (num, den) = sn.sigma_grid_sq();
    let sigma = (num as f64 / den as f64).sqrt();
    let mut rng = StdRng::seed_from_u64(13);
    let edges: Vec<f64> = (0..=16).map(|i| i as f64 / 4.0).collect();
    let mut counts = vec![0.0; 2 * edges.len()];
    for _ in 0..N {
        let y = sample_discrete_gaussian(num, den, &mut rng) as f64 / sigma;
        let bin = edges.iter().rposition(|&e| y.abs() >= e).unwrap();
        counts[2 * bin + (y < 0.0) as usize] += 1.0;
    }
    let cdf = |c: f64| if c.is_infinite() { 1.0 } else { 1.0 - chi2_sf(c * c, 1) };
    let mut chi2 = 0.0;
    for (b, lo) in edges.iter().enumerate() {
        let hi = edges.get(b + 1).copied().unwrap_or(f64::INFINITY);
        let e = N as f64 * (cdf(hi) - cdf(*lo)) / 2.0;
        chi2 += (counts[2 * b] - e).powi(2) / e + (counts[2 * b + 1] - e).powi(2) / e;
    }
    let p = chi2_sf(chi2, 2 * edges.len() - 1);
    println!("discrete Gaussian sigma^2={num}/{den}: chi2={chi2:.1} p={p:.4}");
    assert!(p > 1e-3, "chi2={chi2} p={p}");
}

// ---------- 2. grid and snapping ----------

#[test]
fn grid_choice_and_errors() {
    for std in [1.0, 0.75, 3.3, 1e-6, 123_456.7, 2f64.powi(-100), 2f64.powi(60)] {
        let sn = SecureNoise::new(std).unwrap();
        let g = sn.grid() as f64;
        assert_eq!(g.log2().fract(), 0.0, "grid {g} not a power of two");
        let ratio = std / g;
        assert!((2f64.powi(GRID_BITS)..2f64.powi(GRID_BITS + 1)).contains(&ratio), "std/grid = {ratio}");
        let rel = (sn.noise_std() - std) / std;
        assert!((-1e-15..1e-12).contains(&rel), "noise std {} vs {std}", sn.noise_std());
    }
    for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-40, 1e30] {
        assert!(SecureNoise::new(bad).is_err(), "{bad} accepted");
    }
    let sn = SecureNoise::new(1.0).unwrap();
    let z = sn.effective_noise_multiplier(1.0, 1_000_000);
    assert!(z < 1.0 && z > 0.999, "effective multiplier {z}");
}

#[test]
fn released_values_are_grid_multiples() {
    let mut rng = StdRng::seed_from_u64(3);
    for std in [1.0, 0.37, 1e-3, 50.0] {
        let sn = SecureNoise::new(std).unwrap();
        let g = sn.grid() as f64;
        let mut x: Vec<f32> = (0..20_000).map(|_| rng.random_range(-3.0f32..3.0)).collect();
        x.extend([0.0, 0.3, -0.1, 1e-9, 1e3, 1e7, f32::MAX, f32::MIN, f32::INFINITY, f32::NEG_INFINITY]);
        let orig = x.clone();
        sn.add_noise_with(&mut x, &mut rng);
        for (v, o) in x.iter().zip(&orig) {
            assert!(v.is_finite(), "non-finite release for {o}");
            assert_eq!((*v as f64 / g).fract(), 0.0, "{v} is not a multiple of grid {g} (input {o})");
        }
        // Noise has the requested scale (errors of the f32 inputs excluded).
        let d: Vec<f64> =
            x.iter().zip(&orig).take(20_000).map(|(v, o)| (*v as f64 - *o as f64) / std).collect();
        let var = d.iter().map(|e| e * e).sum::<f64>() / d.len() as f64;
        assert!((var - 1.0).abs() < 5.0 * (2.0 / d.len() as f64).sqrt(), "std={std}: var {var}");
    }
}

// ---------- 3. low-order bits do not tell neighbouring inputs apart ----------

/// Naive float mechanism: x + std·N with N from Box–Muller evaluated in f32 (what Mironov attacks).
fn naive_release(x: f32, std: f32, rng: &mut StdRng) -> f32 {
    let u1: f32 = 1.0 - rng.random::<f32>();
    let u2: f32 = rng.random::<f32>();
    x + std * (-2.0 * u1.ln()).sqrt() * (2.0 * std::f32::consts::PI * u2).cos()
}

/// Statistic S1 (lattice residue): k mod 256 with k = v / grid; k is an integer for every value, else cell 256.
fn residue_hist(vals: &[f32], grid: f32) -> BTreeMap<u64, f64> {
    let mut h = BTreeMap::new();
    for &v in vals {
        let k = v as f64 / grid as f64;
        *h.entry(if k.fract() == 0.0 { k.rem_euclid(256.0) as u64 } else { 256 }).or_default() += 1.0;
    }
    h
}

/// Statistic S2 (Mironov-style): the lowest 8 mantissa bits of the f32, among released values with
/// |v| in the fixed binade [0.25, 0.5) (a fixed binade, so the value's magnitude — which legitimately
/// differs between inputs — does not enter; only where inside the binade's fine grid the value sits).
fn low_bits_hist(vals: &[f32]) -> BTreeMap<u64, f64> {
    let mut h = BTreeMap::new();
    for v in vals.iter().filter(|v| (0.25..0.5).contains(&v.abs())) {
        *h.entry((v.to_bits() & 0xff) as u64).or_default() += 1.0;
    }
    h
}

#[test]
fn low_order_bits_do_not_distinguish_neighbours() {
    // C = 1, noise multiplier 1: std = 1, grid = 2^-20. Neighbours: clipped sums 0 vs 1 (and 0 vs 0.3).
    let std = 1.0f32;
    let sn = SecureNoise::new(std as f64).unwrap();
    let mut rng = StdRng::seed_from_u64(2024);
    let mut release = |x: f32| {
        let mut v = vec![x; N];
        sn.add_noise_with(&mut v, &mut rng);
        v
    };
    let (r0, r1, r03) = (release(0.0), release(1.0), release(0.3));
    for (name, other) in [("x'=1.0", &r1), ("x'=0.3", &r03)] {
        let (h0, h1) = (residue_hist(&r0, sn.grid()), residue_hist(other, sn.grid()));
        assert!(!h0.contains_key(&256) && !h1.contains_key(&256), "value off the grid");
        let (c, df, p) = homogeneity(&h0, &h1);
        println!(
            "secure, S1 (k mod 256), x=0 vs {name}: chi2={c:.1} df={df} p={p:.4}; off-grid fraction 0 / 0"
        );
        assert!(p > 1e-3, "secure S1 rejects: chi2={c} df={df} p={p}");
        let (b0, b1) = (low_bits_hist(&r0), low_bits_hist(other));
        let (c, df, p) = homogeneity(&b0, &b1);
        println!(
            "secure, S2 (low 8 mantissa bits, |v| in [1/4,1/2)), x=0 vs {name}: n={}/{} chi2={c:.1} df={df} p={p:.4}",
            b0.values().sum::<f64>(),
            b1.values().sum::<f64>()
        );
        assert!(p > 1e-3, "secure S2 rejects: chi2={c} df={df} p={p}");
    }

    // Contrast: the naive f32 sampler. With x' = 1, fl(1 + n) for n in [-0.75, -0.5) ∪ [-1.5, -1.25) is
    // exact and a multiple of 2^-24, so in the binade [1/4, 1/2) (f32 spacing 2^-25) its last mantissa
    // bit is always 0; with x = 0 the release is n itself, whose last bit is 0 or 1. Odd low bytes are
    // thus impossible under x' and one such output identifies x. S2 must reject here.
    let n0: Vec<f32> = (0..N).map(|_| naive_release(0.0, std, &mut rng)).collect();
    let n1: Vec<f32> = (0..N).map(|_| naive_release(1.0, std, &mut rng)).collect();
    let (b0, b1) = (low_bits_hist(&n0), low_bits_hist(&n1));
    let odd =
        |h: &BTreeMap<u64, f64>| h.iter().filter(|(k, _)| *k % 2 == 1).map(|(_, c)| *c as u64).sum::<u64>();
    let (c, df, p) = homogeneity(&b0, &b1);
    println!(
        "naive,  S2, x=0 vs x'=1: n={}/{} chi2={c:.1} df={df} p={p:.3e}; odd low bytes: {} under x, {} under x'",
        b0.values().sum::<f64>(),
        b1.values().sum::<f64>(),
        odd(&b0),
        odd(&b1)
    );
    assert!(p < 1e-10, "naive sampler not distinguished: p={p}");
    assert_eq!(odd(&b1), 0);
    assert!(odd(&b0) > 1000);
}

// ---------- 4. OS randomness ----------

#[test]
fn add_noise_uses_fresh_os_randomness() {
    let sn = SecureNoise::new(0.5).unwrap();
    let (mut a, mut b) = (vec![0.25f32; 1000], vec![0.25f32; 1000]);
    sn.add_noise(&mut a).unwrap();
    sn.add_noise(&mut b).unwrap();
    assert_ne!(a, b);
    assert!(a.iter().all(|v| (*v as f64 / sn.grid() as f64).fract() == 0.0));
    let mut bad = vec![0.0f32, f32::NAN];
    assert!(matches!(sn.add_noise(&mut bad), Err(SecureNoiseError::NonFinite(1))));
}

#[test]
fn add_noise_parallel_path() {
    let sn = SecureNoise::new(2.0).unwrap();
    let len = 2 * PAR_MIN_LEN + 17;
    let mut v = vec![1.0f32; len];
    sn.add_noise(&mut v).unwrap();
    let g = sn.grid() as f64;
    assert!(v.iter().all(|x| (*x as f64 / g).fract() == 0.0));
    let var = v.iter().map(|x| (*x as f64 - 1.0).powi(2)).sum::<f64>() / len as f64;
    assert!((var / 4.0 - 1.0).abs() < 5.0 * (2.0 / len as f64).sqrt(), "var {var}");
    let half = len / 2;
    assert_ne!(v[..100], v[half..half + 100]); // chunks use different seeds
}

// ---------- cost ----------

#[test]
#[ignore = "benchmark: cargo test --release -- --ignored --nocapture"]
fn bench_ns_per_sample() {
    let sn = SecureNoise::new(1.0).unwrap();
    let (num, den) = sn.sigma_grid_sq();
    let mut rng = StdRng::seed_from_u64(5);
    let reps = 2_000_000;
    let t = std::time::Instant::now();
    let mut acc = 0i64;
    for _ in 0..reps {
        acc = acc.wrapping_add(sample_discrete_gaussian(num, den, &mut rng));
    }
    let ns = t.elapsed().as_nanos() as f64 / reps as f64;
    println!("sample_discrete_gaussian (sigma^2 = {num}/{den}): {ns:.1} ns/sample (acc {acc})");
    let mut v = vec![0.1f32; reps];
    let t = std::time::Instant::now();
    sn.add_noise_with(&mut v, &mut rng);
    println!("add_noise_with: {:.1} ns/element", t.elapsed().as_nanos() as f64 / reps as f64);
    let t = std::time::Instant::now();
    sn.add_noise(&mut v).unwrap();
    println!(
        "add_noise (OS-seeded, threaded): {:.1} ns/element",
        t.elapsed().as_nanos() as f64 / reps as f64
    );
    for (n, d) in [(1u64, 1u64), (100, 1)] {
        let t = std::time::Instant::now();
        for _ in 0..reps {
            acc = acc.wrapping_add(sample_discrete_gaussian(n, d, &mut rng));
        }
        println!("sigma^2={n}/{d}: {:.1} ns/sample", t.elapsed().as_nanos() as f64 / reps as f64);
    }
}
