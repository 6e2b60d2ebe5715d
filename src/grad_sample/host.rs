//! Embedding rules on the `cpu` backend, in one pass over host memory.
//!
//! On Burn flex the ids and backprops already live in host memory, so the embedding's
//! per-example norm and its clipped sum are each one loop over the `[batch, t, d_model]`
//! backprops, read in place (no copy), where the tensor form ([`super::rules`]) takes six to
//! ten passes (scale, scatter, square, sum; mask, weight, scatter) and as many allocations of the
//! backprops' size. The formulas are the rules' own (`∇W_i[v] = Σ_t [id_t = v] g_it`); the
//! device path and these loops are both checked against autodiff on each example alone
//! (tests/layers.rs).

use burn::tensor::{Device, Int, Tensor, TensorData};
use rayon::prelude::*;

use crate::kernels::host::HostF32;

/// Examples per parallel task.
const EXAMPLES_PER_TASK: usize = 8;

/// An embedding lookup's token ids (copied, as `u32`) and backprops (in place), shared by the
/// norm and the clipped sum of one step.
pub(crate) struct HostLookup {
    /// `[batch, t]`, row-major.
    ids: Vec<u32>,
    /// `[batch, t, d_model]`, row-major.
    backprops: HostF32,
    /// `[batch, t, d_model]`.
    dims: [usize; 3],
    device: Device,
}

impl HostLookup {
    /// Reads `ids` (`[batch, t]`, each in `0..2^32`) and `backprops` (`[batch, t, d_model]`).
    pub(crate) fn read(ids: Tensor<2, Int>, backprops: Tensor<3>) -> Self {
        let dims = backprops.dims();
        let device = backprops.device();
        let ids = ids.into_data().convert::<i64>().try_into_vec::<i64>().expect("int tensor data");
        let ids = ids
            .into_iter()
            .map(|v| {
                u32::try_from(v).expect("token ids were checked against the table by the forward lookup")
            })
            .collect();
        HostLookup { ids, backprops: HostF32::new(backprops), dims, device }
    }

    /// Per-sample squared norms of the table's gradient, `‖∇W_i‖² = Σ_v ‖Σ_{t: id_t = v}
    /// g_t‖²`, and each example's largest `|g|` (for the overflow guard of the clipped sum).
    /// Per example the positions are grouped by token in a small hash map (`O(t·d_model)` time,
    /// `O(t·d_model)` memory, nothing of the vocabulary's size), each token's backprops summed
    /// in `f32` and the squares in `f64`. A norm too large for `f32`, or from non-finite
    /// backprops, is `inf`.
    ///
    /// # Shapes
    /// returns (`[batch]`, `[batch]`)
    pub(crate) fn sq_norms(&self) -> (Tensor<1>, Tensor<1>) {
        let [batch, seq, d] = self.dims;
        let backprops = self.backprops.as_slice();
        let mut norms = vec![0f32; batch];
        let mut max_abs = vec![0f32; batch];
        let per_task = EXAMPLES_PER_TASK;
        norms.par_chunks_mut(per_task).zip(max_abs.par_chunks_mut(per_task)).enumerate().for_each_init(
            || Groups::new(seq, d),
            |groups, (task, (norms, max_abs))| {
                for (j, (norm, max)) in norms.iter_mut().zip(max_abs.iter_mut()).enumerate() {
                    let b = task * per_task + j;
                    let rows = &backprops[b * seq * d..(b + 1) * seq * d];
                    let sums = groups.sum_by_token(&self.ids[b * seq..(b + 1) * seq], rows, b as u32 + 1);
                    let largest = max_abs_bits(rows);
                    let finite = largest < f32::INFINITY.to_bits();
                    *norm = if finite { sum_of_squares(sums) as f32 } else { f32::INFINITY };
                    *max = if finite { f32::from_bits(largest) } else { f32::INFINITY };
                }
            },
        );
        (
            Tensor::from_data(TensorData::new(norms, [batch]), &self.device),
            Tensor::from_data(TensorData::new(max_abs, [batch]), &self.device),
        )
    }

    /// `Σ_i factors_i ∇W_i` by book-keeping: each kept example's backprops, weighted by its
    /// factor, added into its tokens' rows (the table split into one block of rows per worker,
    /// each worker adding the positions whose token falls in its block). Examples whose factor
    /// is not positive (dropped, or clipped to nothing) are skipped, so their backprops, even
    /// non-finite ones, never reach the sum.
    ///
    /// # Shapes
    /// - `factors`: `[batch]`; returns `[vocab * d_model]`
    pub(crate) fn clipped_sum(&self, factors: Tensor<1>, vocab: usize) -> Tensor<1> {
        let [batch, seq, d] = self.dims;
        let backprops = self.backprops.as_slice();
        let factors = factors.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor data");
        let kept: Vec<(usize, f32)> = (0..batch).map(|b| (b, factors[b])).filter(|&(_, f)| f > 0.0).collect();
        let mut table = vec![0f32; vocab * d];
        let rows_per_block = vocab.div_ceil(rayon::current_num_threads()).max(1);
        table.par_chunks_mut(rows_per_block * d).enumerate().for_each(|(block, part)| {
            let first = block * rows_per_block;
            let rows = first..first + part.len() / d;
            for &(b, f) in &kept {
                for (t, &v) in self.ids[b * seq..(b + 1) * seq].iter().enumerate() {
                    let v = v as usize;
                    if rows.contains(&v) {
                        let at = (b * seq + t) * d;
                        let local = (v - first) * d;
                        for (acc, &x) in part[local..local + d].iter_mut().zip(&backprops[at..at + d]) {
                            *acc += f * x;
                        }
                    }
                }
            }
        });
        Tensor::from_data(TensorData::new(table, [vocab * d]), &self.device)
    }
}

/// The per-example largest `|x|` over all but the first dimension (`[batch]`), 1 where that is
/// 0, read in place: [`super::capture`]'s row scale in one pass. NaN where an example holds a NaN
/// and inf where it holds an inf (both end in a non-finite norm, and the example is dropped).
pub(crate) fn row_max_abs<const D: usize>(x: &Tensor<D>) -> Tensor<1> {
    let dims = x.dims();
    let rest: usize = dims[1..].iter().product();
    let host = HostF32::new(x.clone());
    let values = host.as_slice();
    let scales = (0..dims[0])
        .map(|i| match max_abs_bits(&values[i * rest..(i + 1) * rest]) {
            0 => 1.0,
            bits => f32::from_bits(bits),
        })
        .collect();
    crate::kernels::host::tensor(scales, &x.device())
}

/// True if some entry of `x` (on the host) is not positive (`<= 0` or NaN).
pub(crate) fn any_not_positive(x: &Tensor<1>) -> bool {
    HostF32::new(x.clone()).as_slice().iter().any(|&f| !(f > 0.0))
}

/// Per-sample squared norms of a Linear layer at one position (`t = 1`): `‖a_i‖²‖g_i‖²` for
/// the weight (Goodfellow 2015: the per-sample weight gradient is the outer product `a_i g_iᵀ`)
/// plus `‖g_i‖²` for the bias, each sum of squares in `f64` (no scaling needed), in one pass
/// over the activations and backprops in place. A non-finite value in a term that counts makes
/// the norm NaN or inf, and a norm too large for `f32` is inf: either way the example is dropped. The tensor form's overflow guard is not
/// needed here: at one position the norm is exact (no cancelling terms), so a finite norm bounds
/// every book-keeping term `c_i·a_ij·g_ik` by `max_grad_norm`.
///
/// # Shapes
/// - `activations`: `[batch, 1, d_in]`, `backprops`: `[batch, 1, d_out]`; returns `[batch]`
pub(crate) fn linear_sq_norms(
    activations: &Tensor<3>,
    backprops: &Tensor<3>,
    weight: bool,
    bias: bool,
) -> Tensor<1> {
    let [batch, _, d_in] = activations.dims();
    let d_out = backprops.dims()[2];
    let (a, g) = (HostF32::new(activations.clone()), HostF32::new(backprops.clone()));
    let (a, g) = (a.as_slice(), g.as_slice());
    let norms = (0..batch)
        .map(|i| {
            let ng = sum_of_squares(&g[i * d_out..(i + 1) * d_out]);
            let w = if weight { sum_of_squares(&a[i * d_in..(i + 1) * d_in]) * ng } else { 0.0 };
            (w + if bias { ng } else { 0.0 }) as f32
        })
        .collect();
    crate::kernels::host::tensor(norms, &activations.device())
}

/// One worker's scratch for grouping an example's positions by token: an open-addressing map
/// token → slot (entries stamped with the example, so it never needs clearing) and the slots'
/// summed rows.
struct Groups {
    /// `(stamp, token, slot)`; stamp 0 = empty. Twice as many entries as positions.
    map: Vec<(u32, u32, u32)>,
    /// log2 of the map's length.
    bits: u32,
    /// `[distinct tokens, d_model]`.
    sums: Vec<f32>,
    d: usize,
}

impl Groups {
    fn new(seq: usize, d: usize) -> Self {
        let len = (2 * seq).next_power_of_two();
        Groups { map: vec![(0, 0, 0); len], bits: len.trailing_zeros(), sums: vec![0.0; seq * d], d }
    }

    /// The summed rows of each distinct token of `tokens` (`rows`: `[t, d_model]`), in order of
    /// first occurrence; `stamp` (non-zero) must differ from the previous call's.
    fn sum_by_token(&mut self, tokens: &[u32], rows: &[f32], stamp: u32) -> &[f32] {
        let (d, mask) = (self.d, self.map.len() - 1);
        let mut distinct = 0usize;
        for (t, &v) in tokens.iter().enumerate() {
            let row = &rows[t * d..(t + 1) * d];
            // Fibonacci hashing: the top `bits` bits of v·2^32/φ (mod 2^32).
            let mut h = ((u64::from(v.wrapping_mul(0x9E37_79B9)) << self.bits) >> 32) as usize;
            loop {
                let entry = &mut self.map[h];
                if entry.0 != stamp {
                    *entry = (stamp, v, distinct as u32);
                    self.sums[distinct * d..(distinct + 1) * d].copy_from_slice(row);
                    distinct += 1;
                    break;
                }
                if entry.1 == v {
                    let slot = entry.2 as usize;
                    for (acc, &x) in self.sums[slot * d..(slot + 1) * d].iter_mut().zip(row) {
                        *acc += x;
                    }
                    break;
                }
                h = (h + 1) & mask;
            }
        }
        &self.sums[..distinct * d]
    }
}

/// `Σ x²` in `f64`, eight independent lanes (so the compiler can vectorise it).
fn sum_of_squares(xs: &[f32]) -> f64 {
    let mut lanes = [0f64; 8];
    let chunks = xs.chunks_exact(8);
    let tail: f64 = chunks.remainder().iter().map(|&x| f64::from(x) * f64::from(x)).sum();
    for c in chunks {
        for (lane, &x) in lanes.iter_mut().zip(c) {
            *lane += f64::from(x) * f64::from(x);
        }
    }
    lanes.iter().sum::<f64>() + tail
}

/// The largest `|x|`'s bit pattern: for non-negative floats the bit order is the value order,
/// and inf and NaN (`≥ 0x7f80_0000`) come above every finite value.
fn max_abs_bits(xs: &[f32]) -> u32 {
    xs.iter().fold(0u32, |m, x| m.max(x.to_bits() & 0x7fff_ffff))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The grouped sums against a plain per-token map, with repeats, collisions and a fresh stamp.
    #[test]
    fn groups_sum_each_token_once() {
        let d = 3;
        let mut groups = Groups::new(6, d);
        for (stamp, tokens) in [(1u32, vec![5u32, 9, 5, 5, 517, 9]), (2, vec![7, 7, 7, 7, 7, 7])] {
            let rows: Vec<f32> = (0..tokens.len() * d).map(|i| i as f32 * 0.5 - 3.0).collect();
            let mut want: Vec<(u32, Vec<f32>)> = Vec::new();
            for (t, &v) in tokens.iter().enumerate() {
                let row = &rows[t * d..(t + 1) * d];
                match want.iter_mut().find(|(w, _)| *w == v) {
                    Some((_, acc)) => acc.iter_mut().zip(row).for_each(|(a, x)| *a += x),
                    None => want.push((v, row.to_vec())),
                }
            }
            let want: Vec<f32> = want.into_iter().flat_map(|(_, r)| r).collect();
            assert_eq!(groups.sum_by_token(&tokens, &rows, stamp), want.as_slice());
        }
    }

    #[test]
    fn max_abs_bits_orders_values_and_flags_non_finite() {
        assert_eq!(f32::from_bits(max_abs_bits(&[0.5, -3.0, 2.0])), 3.0);
        assert!(max_abs_bits(&[1.0, f32::NAN]) >= f32::INFINITY.to_bits());
        assert!(max_abs_bits(&[f32::NEG_INFINITY]) >= f32::INFINITY.to_bits());
        assert_eq!(max_abs_bits(&[]), 0);
        let xs: Vec<f32> = (0..19).map(|i| i as f32 - 9.0).collect();
        assert_eq!(sum_of_squares(&xs), xs.iter().map(|&x| f64::from(x * x)).sum::<f64>());
    }
}
