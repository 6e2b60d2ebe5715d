//! Grid selection for [`super::prv`]: pick the spacing Δ and FFT size for a history and δ,
//! discretise, compose, and turn the composed distribution into bounds on ε.
//!
//! Δ targets t = Δ √(T ln(1/δ_h) / 2) = 0.45 · `eps_error` (Hoeffding), so that upper − lower,
//! which is 2t plus the effect of the δ error terms, stays near `eps_error`. The FFT must hold the
//! Chernoff window of the composed sum: a coarse first pass estimates its width, then Δ and the
//! power-of-two size are fixed (Δ grows past the target only when the window needs more than
//! 2²¹ points), and the window is checked on the final grid.
//!
//! # Sources
//! - S. Gopi, Y. T. Lee, L. Wutschitz, "Numerical Composition of Differential Privacy", NeurIPS
//!   2021, Section 5 and Theorem 5.5 (mesh from ε_error, ε_upper/ε_lower from δ ∓ δ_error).
//! - W. Hoeffding, JASA 58 (1963), Theorem 2; H. Chernoff, Ann. Math. Statist. 23 (1952).

use super::Segment;
use super::prv::PrvEpsilon;
use super::prv_compose::{chernoff_edge, compose, epsilon_from_pmf};
use super::prv_loss::{Direction, StepLoss, StepPmf, discretise};

/// Smallest and largest FFT grid (points); the largest takes about 0.5 s and 100 MB.
const MIN_GRID: usize = 1 << 14;
const MAX_GRID: usize = 1 << 21;
/// Most grid points one step's loss may span.
const MAX_BINS: usize = 1 << 23;

/// The discretised history at one grid spacing: per segment the two directions' PMFs, and per
/// direction the window [J_lo, J_hi] holding the composed sum but for mass e^(−c).
struct Grid {
    pmfs: Vec<[StepPmf; 2]>,
    windows: [(i64, i64); 2],
}

/// Discretises every segment's two losses at `mesh` and finds each direction's window; None if a
/// loss needs more than `MAX_BINS` points or no finite window exists.
fn build_grid(losses: &[([StepLoss; 2], u64)], mesh: f64, tail: f64, c: f64) -> Option<Grid> {
    let mut pmfs = Vec::with_capacity(losses.len());
    for (pair, _) in losses {
        let [r, a] = pair.each_ref().map(|l| discretise(l, mesh, tail, MAX_BINS));
        pmfs.push([r?, a?]);
    }
    let mut windows = [(0, 0); 2];
    for (d, window) in windows.iter_mut().enumerate() {
        let pairs: Vec<(&StepPmf, f64)> =
            pmfs.iter().zip(losses).map(|(p, (_, t))| (&p[d], *t as f64)).collect();
        let (lo, hi) =
            (chernoff_edge(&pairs, mesh, c, -1.0) / mesh, chernoff_edge(&pairs, mesh, c, 1.0) / mesh);
        if (hi - lo).is_nan() || hi - lo >= 1e15 {
            return None;
        }
        *window = (lo.floor() as i64, hi.ceil() as i64);
    }
    Some(Grid { pmfs, windows })
}

/// Bounds on ε at δ for `history` (see [`super::prv`]): 0 if nothing was spent; +∞ for `upper`
/// (and `lower` = 0) if σ = 0 with q > 0 or no grid fits.
pub(crate) fn prv_bounds(history: &[Segment], delta: f64, eps_error: f64) -> PrvEpsilon {
    let active: Vec<&Segment> = history.iter().filter(|s| s.sample_rate > 0.0 && s.steps > 0).collect();
    if active.is_empty() {
        return PrvEpsilon::exact(0.0);
    }
    let give_up = PrvEpsilon { lower: 0.0, ..PrvEpsilon::exact(f64::INFINITY) };
    if active.iter().any(|s| s.noise_multiplier == 0.0) {
        return give_up;
    }
    // δ_err = δ/10⁴ in three parts: clamped tails (per step and side), window tails, Hoeffding.
    let total: f64 = active.iter().map(|s| s.steps as f64).sum();
    let part = delta / 30_000.0;
    let (tail, c) = (part / (2.0 * total), (2.0 / part).ln());
    let hoeffding = (total * (1.0 / part).ln() / 2.0).sqrt();
    let target_mesh = 0.45 * eps_error / hoeffding;
    let losses: Vec<([StepLoss; 2], u64)> = active
        .iter()
        .map(|s| {
            let loss = |d| StepLoss::new(s.noise_multiplier, s.sample_rate, d);
            ([loss(Direction::Remove), loss(Direction::Add)], s.steps)
        })
        .collect();
    let max_range = losses
        .iter()
        .flat_map(|(pair, _)| pair.iter().map(|l| l.loss_range(tail)))
        .map(|(lo, hi)| hi - lo)
        .fold(0.0, f64::max);
    let min_mesh = max_range / (MAX_BINS - 1) as f64;
    let width_of = |g: &Grid, mesh: f64| {
        g.windows.iter().map(|(lo, hi)| (hi - lo + 1) as f64 * mesh).fold(0.0, f64::max)
    };
    let coarse = target_mesh.max(max_range / 4096.0);
    let Some(mut width) = build_grid(&losses, coarse, tail, c).map(|g| width_of(&g, coarse)) else {
        return give_up;
    };
    for _ in 0..6 {
        let wanted = (1.05 * width / target_mesh).ceil();
        let (n, mesh) = if wanted <= MAX_GRID as f64 {
            ((wanted as usize).next_power_of_two().max(MIN_GRID), target_mesh)
        } else {
            (MAX_GRID, 1.05 * width / MAX_GRID as f64)
        };
        let mesh = mesh.max(min_mesh);
        let Some(grid) = build_grid(&losses, mesh, tail, c) else { return give_up };
        let needed = width_of(&grid, mesh) / mesh;
        if needed <= n as f64 {
            return finish(&grid, &losses, n, mesh, delta, part, hoeffding);
        }
        width = 1.1 * needed * mesh;
    }
    give_up
}

/// Composes `grid` on `n` points and reads off the bounds, per direction and then the larger.
fn finish(
    grid: &Grid,
    losses: &[([StepLoss; 2], u64)],
    n: usize,
    mesh: f64,
    delta: f64,
    part: f64,
    hoeffding: f64,
) -> PrvEpsilon {
    let segments: Vec<(&StepPmf, &StepPmf, u64)> =
        grid.pmfs.iter().zip(losses).map(|(p, (_, t))| (&p[0], &p[1], *t)).collect();
    let (composed, fp_error) = compose(&segments, n);
    // A window that missed the mass would alias it: check that the window's mean is the sum of
    // the steps' means, to within the window's tails, rounding, and one grid point.
    for (d, z) in composed.iter().enumerate() {
        let j_lo = grid.windows[d].0;
        let expected: f64 = segments
            .iter()
            .map(|s| {
                let pmf = if d == 0 { s.0 } else { s.1 };
                let mean: f64 =
                    pmf.probs.iter().enumerate().map(|(k, p)| p * (pmf.j_lo + k as i64) as f64).sum();
                s.2 as f64 * mean
            })
            .sum();
        let observed: f64 =
            (j_lo..j_lo + n as i64).map(|j| z[j.rem_euclid(n as i64) as usize] * j as f64).sum();
        let slack = 1.0 + (2.0 * part + fp_error[d]) * (j_lo.unsigned_abs() as f64 + n as f64);
        if (observed - expected).abs().is_nan() || (observed - expected).abs() > slack {
            return PrvEpsilon { lower: 0.0, ..PrvEpsilon::exact(f64::INFINITY) };
        }
    }
    let t = mesh * hoeffding;
    let mut out = PrvEpsilon { lower: 0.0, estimate: 0.0, upper: 0.0, mesh_size: mesh, grid_points: n };
    for d in 0..2 {
        let steps = |i: usize| losses[i].1 as f64;
        let sum = |f: &dyn Fn(&StepPmf) -> f64| {
            grid.pmfs.iter().enumerate().map(|(i, p)| steps(i) * f(&p[d])).sum()
        };
        let (tail_mass, shift, shift_error): (f64, f64, f64) =
            (sum(&|p| p.tail_mass), sum(&|p| p.bias), sum(&|p| p.bias_error));
        // Clamping, Hoeffding, the window's two tails, and floating point.
        let delta_error = tail_mass + part + part + fp_error[d];
        let j_lo = grid.windows[d].0;
        let bottom = j_lo as f64 * mesh;
        let root = |target: f64| epsilon_from_pmf(&composed[d], j_lo, mesh, target);
        let upper = if delta > delta_error {
            root(delta - delta_error).unwrap_or(bottom) - shift + t + shift_error
        } else {
            f64::INFINITY
        };
        let estimate = root(delta).unwrap_or(bottom) - shift;
        let lower = root(delta + delta_error).map_or(0.0, |r| r - shift - t - shift_error);
        out.upper = out.upper.max(upper);
        out.estimate = out.estimate.max(estimate);
        out.lower = out.lower.max(lower);
    }
    out
}
