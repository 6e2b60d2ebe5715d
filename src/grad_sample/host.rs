//! Embedding rules on the `cpu` backend, in one pass over host memory.
//!
//! On Burn flex the ids and backprops already live in host memory, so the embedding's
//! per-example norm and its clipped sum share one loop over the `[batch, t, d_model]`
//! backprops, read in place, that groups each example's positions by token (the grouped sums,
//! at most the backprops' size, are the one copy), where the tensor form ([`super::rules`]) takes six to
//! ten passes (scale, scatter, square, sum; mask, weight, scatter) and as many allocations of the
//! backprops' size. The formulas are the rules' own (`∇W_i[v] = Σ_t [id_t = v] g_it`); the
//! device path and these loops are both checked against autodiff on each example alone
//! (tests/layers.rs).

use burn::tensor::{Device, Int, Tensor};
use rayon::prelude::*;

use crate::kernels::host::{HostF32, tensor};

/// Examples per parallel task.
const EXAMPLES_PER_TASK: usize = 8;

/// An embedding lookup's token ids (copied, as `u32`) and backprops (in place), shared by the
/// norm and the clipped sum of one step, with each example's backprops grouped by token.
pub(crate) struct HostLookup {
    /// `[batch, t]`, row-major.
    ids: Vec<u32>,
    /// `[batch, t, d_model]`, row-major.
    backprops: HostF32,
    /// `[batch, t, d_model]`.
    dims: [usize; 3],
    device: Device,
    /// Made by whichever of the norm and the clipped sum runs first, used by both: one entry
    /// per task of examples.
    grouped: std::sync::OnceLock<Vec<TaskGroups>>,
}

/// The distinct tokens of [`EXAMPLES_PER_TASK`] consecutive examples and each one's summed
/// backprops `Σ_{t: id_t = v} g_t`: what the norm squares and the clipped sum adds.
struct TaskGroups {
    /// Distinct tokens of each example.
    counts: Vec<usize>,
    /// `[Σ counts]`: each example's distinct tokens in order of first occurrence.
    tokens: Vec<u32>,
    /// `[Σ counts, d_model]`.
    sums: Vec<f32>,
    /// Per example: `‖∇W_i‖²` (inf if too large for `f32` or from non-finite backprops) and the
    /// largest `|g|` (inf if non-finite).
    norms: Vec<(f32, f32)>,
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
        HostLookup { ids, backprops: HostF32::new(backprops), dims, device, grouped: Default::default() }
    }

    /// Groups every example's positions by token in a small hash map (`O(t·d_model)` time and
    /// memory per example, nothing of the vocabulary's size; kept for the whole batch, at most
    /// the backprops' size), the sums in `f32`, their squares in `f64`; in parallel over tasks
    /// of examples.
    fn grouped(&self) -> &[TaskGroups] {
        self.grouped.get_or_init(|| {
            let [batch, seq, d] = self.dims;
            let backprops = self.backprops.as_slice();
            let tasks = batch.div_ceil(EXAMPLES_PER_TASK);
            (0..tasks)
                .into_par_iter()
                .map_init(
                    || Groups::new(seq, d),
                    |groups, task| {
                        let examples = task * EXAMPLES_PER_TASK..((task + 1) * EXAMPLES_PER_TASK).min(batch);
                        let mut out = TaskGroups {
                            counts: Vec::with_capacity(examples.len()),
                            tokens: Vec::with_capacity(examples.len() * seq),
                            sums: Vec::with_capacity(examples.len() * seq * d),
                            norms: Vec::with_capacity(examples.len()),
                        };
                        for b in examples {
                            let rows = &backprops[b * seq * d..(b + 1) * seq * d];
                            let (tokens, sums) = groups.sum_by_token(&self.ids[b * seq..(b + 1) * seq], rows);
                            let largest = max_abs_bits(rows);
                            let finite = largest < f32::INFINITY.to_bits();
                            out.norms.push(match finite {
                                true => (sum_of_squares(sums) as f32, f32::from_bits(largest)),
                                false => (f32::INFINITY, f32::INFINITY),
                            });
                            out.counts.push(tokens.len());
                            out.tokens.extend_from_slice(tokens);
                            out.sums.extend_from_slice(sums);
                        }
                        out
                    },
                )
                .collect()
        })
    }

    /// Per-sample squared norms of the table's gradient, `‖∇W_i‖² = Σ_v ‖Σ_{t: id_t = v}
    /// g_t‖²`, and each example's largest `|g|` (for the overflow guard of the clipped sum). A
    /// norm too large for `f32`, or from non-finite backprops, is `inf`.
    ///
    /// # Shapes
    /// returns (`[batch]`, `[batch]`)
    pub(crate) fn sq_norms(&self) -> (Tensor<1>, Tensor<1>) {
        let (norms, max_abs): (Vec<f32>, Vec<f32>) =
            self.grouped().iter().flat_map(|task| task.norms.iter().copied()).unzip();
        (tensor(norms, &self.device), tensor(max_abs, &self.device))
    }

    /// `Σ_i factors_i ∇W_i` by book-keeping: each kept example's per-token sums (the very
    /// vectors its norm squared), weighted by its factor, added into their rows, the table split
    /// into one block of rows per worker. Adding the grouped sums, not each position's
    /// backprops, means one example adds vectors of total norm at most `max_grad_norm`: large
    /// backprops that cancel within a token (a small norm) never enter the table, where their
    /// rounding could erase other examples' contributions. Examples whose factor is not positive
    /// (dropped, or clipped to nothing) are skipped, so their values, even non-finite ones,
    /// never reach the sum.
    ///
    /// # Shapes
    /// - `factors`: `[batch]`; returns `[vocab * d_model]`
    ///
    /// # Panics
    /// If `factors` does not hold one factor per example.
    pub(crate) fn clipped_sum(&self, factors: Tensor<1>, vocab: usize) -> Tensor<1> {
        let d = self.dims[2];
        let factors = HostF32::new(factors);
        let factors = factors.as_slice();
        assert_eq!(factors.len(), self.dims[0], "one clip factor per example");
        let mut table = vec![0f32; vocab * d];
        if table.is_empty() {
            return tensor(table, &self.device);
        }
        let grouped = self.grouped();
        let rows_per_block = vocab.div_ceil(rayon::current_num_threads()).max(1);
        table.par_chunks_mut(rows_per_block * d).enumerate().for_each(|(block, part)| {
            let first = block * rows_per_block;
            let rows = first..first + part.len() / d;
            for (task, groups) in grouped.iter().enumerate() {
                let mut start = 0;
                for (j, &count) in groups.counts.iter().enumerate() {
                    let f = factors[task * EXAMPLES_PER_TASK + j];
                    let distinct = start..start + count;
                    start += count;
                    if !(f > 0.0) {
                        continue;
                    }
                    for k in distinct {
                        let v = groups.tokens[k] as usize;
                        debug_assert!(v < vocab, "token {v} outside a table of {vocab} rows");
                        if rows.contains(&v) {
                            let row = &mut part[(v - first) * d..(v - first + 1) * d];
                            for (acc, &x) in row.iter_mut().zip(&groups.sums[k * d..(k + 1) * d]) {
                                *acc += f * x;
                            }
                        }
                    }
                }
            }
        });
        tensor(table, &self.device)
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
    tensor(scales, &x.device())
}

/// True if some entry of `x` (on the host) is not positive (`<= 0` or NaN).
pub(crate) fn any_not_positive(x: &Tensor<1>) -> bool {
    HostF32::new(x.clone()).as_slice().iter().any(|&f| !(f > 0.0))
}

/// Per-sample squared norms of a Linear layer at one position (`t = 1`): `‖a_i‖²‖g_i‖²` for
/// the weight (Goodfellow 2015: the per-sample weight gradient is the outer product `a_i g_iᵀ`)
/// plus `‖g_i‖²` for the bias, each sum of squares in `f64` (no scaling needed), in one pass
/// over the activations and backprops in place. A non-finite value in a term that counts makes
/// the norm NaN or inf, and a norm too large for `f32` is inf: either way the example is
/// dropped. The tensor form's overflow guard is not needed here: at one position the norm is
/// exact (no cancelling terms), so a finite norm bounds every book-keeping term `c_i·a_ij·g_ik`
/// by `max_grad_norm`.
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
    tensor(norms, &activations.device())
}

/// One worker's scratch for grouping an example's positions by token: an open-addressing map
/// token → slot (entries stamped with the call that wrote them, so it is never cleared) and
/// the distinct tokens with their summed rows.
struct Groups {
    /// `(stamp, token, slot)`; stamp 0 = empty. Twice as many entries as positions.
    map: Vec<(u32, u32, u32)>,
    /// log2 of the map's length.
    bits: u32,
    /// The current call's stamp (never 0).
    stamp: u32,
    /// Distinct tokens, in order of first occurrence.
    tokens: Vec<u32>,
    /// `[distinct tokens, d_model]`.
    sums: Vec<f32>,
    d: usize,
}

impl Groups {
    fn new(seq: usize, d: usize) -> Self {
        let len = (2 * seq).next_power_of_two();
        Groups {
            map: vec![(0, 0, 0); len],
            bits: len.trailing_zeros(),
            stamp: 0,
            tokens: Vec::with_capacity(seq),
            sums: vec![0.0; seq * d],
            d,
        }
    }

    /// The distinct tokens of `tokens` in order of first occurrence and each one's summed rows
    /// (`rows`: `[t, d_model]`; `tokens.len()` at most the `seq` of [`Groups::new`]).
    fn sum_by_token(&mut self, tokens: &[u32], rows: &[f32]) -> (&[u32], &[f32]) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            // After 2^32 - 1 calls: forget every entry rather than meet an old stamp again.
            self.map.fill((0, 0, 0));
            self.stamp = 1;
        }
        let (d, mask, stamp) = (self.d, self.map.len() - 1, self.stamp);
        self.tokens.clear();
        for (t, &v) in tokens.iter().enumerate() {
            let row = &rows[t * d..(t + 1) * d];
            // Fibonacci hashing: the top `bits` bits of v·2^32/φ (mod 2^32).
            let mut h = ((u64::from(v.wrapping_mul(0x9E37_79B9)) << self.bits) >> 32) as usize;
            loop {
                let entry = &mut self.map[h];
                if entry.0 != stamp {
                    let slot = self.tokens.len();
                    *entry = (stamp, v, slot as u32);
                    self.tokens.push(v);
                    self.sums[slot * d..(slot + 1) * d].copy_from_slice(row);
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
        (&self.tokens, &self.sums[..self.tokens.len() * d])
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
    use burn::tensor::TensorData;

    /// The grouped sums against a plain per-token map, with repeats, collisions and a fresh stamp.
    #[test]
    fn groups_sum_each_token_once() {
        let d = 3;
        let mut groups = Groups::new(6, d);
        let cases = [vec![5u32, 9, 5, 5, 517, 9], vec![7, 7, 7, 7, 7, 7], vec![5], vec![7, 5, 9, 1, 2, 3]];
        for tokens in cases {
            let rows: Vec<f32> = (0..tokens.len() * d).map(|i| i as f32 * 0.5 - 3.0).collect();
            let mut want: Vec<(u32, Vec<f32>)> = Vec::new();
            for (t, &v) in tokens.iter().enumerate() {
                let row = &rows[t * d..(t + 1) * d];
                match want.iter_mut().find(|(w, _)| *w == v) {
                    Some((_, acc)) => acc.iter_mut().zip(row).for_each(|(a, x)| *a += x),
                    None => want.push((v, row.to_vec())),
                }
            }
            let want_tokens: Vec<u32> = want.iter().map(|(v, _)| *v).collect();
            let want: Vec<f32> = want.into_iter().flat_map(|(_, r)| r).collect();
            let (got_tokens, got) = groups.sum_by_token(&tokens, &rows);
            assert_eq!((got_tokens, got), (want_tokens.as_slice(), want.as_slice()));
        }
    }

    /// An example whose backprops cancel within one token (`+1e30`, `-1e30`: a zero gradient)
    /// adds nothing to the table, so an earlier example's `2 x 0.5` on the same row survives;
    /// adding each position's backprops in `f32` would round it away (`1 + 1e30 - 1e30 = 0`).
    #[test]
    fn clipped_sum_adds_grouped_sums_so_cancelling_backprops_erase_nothing() {
        let dev = crate::device::select(crate::device::BackendChoice::Cpu).unwrap().device;
        let ids = Tensor::<2, Int>::from_data(TensorData::new(vec![1i64, 0, 0, 0], [2, 2]), &dev);
        let backprops =
            Tensor::<3>::from_data(TensorData::new(vec![0.25f32, 0.5, 1e30, -1e30], [2, 2, 1]), &dev);
        let lookup = HostLookup::read(ids, backprops);
        let (norms, max_abs) = lookup.sq_norms();
        let norms = norms.into_data().try_to_vec::<f32>().unwrap();
        assert_eq!(norms, [0.3125, 0.0]);
        assert_eq!(max_abs.into_data().try_to_vec::<f32>().unwrap(), [0.5, 1e30]);
        let factors = Tensor::<1>::from_data(TensorData::new(vec![2.0f32, 1.0], [2]), &dev);
        let table = lookup.clipped_sum(factors, 3).into_data().try_to_vec::<f32>().unwrap();
        assert_eq!(table, [1.0, 0.5, 0.0]);
    }

    /// Each row's largest `|x|`, 1 for an all-zero row (a scale that divides safely), and inf
    /// for a row with inf or NaN.
    #[test]
    fn row_max_abs_scales_each_row() {
        let dev = crate::device::select(crate::device::BackendChoice::Cpu).unwrap().device;
        let x = vec![0.5f32, -3.0, 0.0, 0.0, f32::NAN, 1.0, 2.0, f32::NEG_INFINITY];
        let x = Tensor::<2>::from_data(TensorData::new(x, [4, 2]), &dev);
        let scales = row_max_abs(&x).into_data().try_to_vec::<f32>().unwrap();
        assert_eq!(scales[..2], [3.0, 1.0]);
        assert!(!scales[2].is_finite() && !scales[3].is_finite(), "{scales:?}");
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
