//! Embedding rules on the `cpu` backend, in one pass over host memory.
//!
//! On Burn flex the ids and backprops already live in host memory, so the embedding's
//! per-example norm and its clipped sum are each one loop over the `[batch, t, d_model]`
//! backprops, where the tensor form ([`super::rules`]) takes six to ten passes (scale, scatter,
//! square, sum; mask, weight, scatter) and as many allocations of the backprops' size. The
//! formulas are the rules' own (`∇W_i[v] = Σ_t [id_t = v] g_it`); the device path and these
//! loops are both checked against autodiff on each example alone (tests/layers.rs).

use burn::tensor::{Device, Int, Tensor, TensorData};
use rayon::prelude::*;

/// Examples per parallel task.
const EXAMPLES_PER_TASK: usize = 8;

/// An embedding lookup's token ids and backprops, copied to host memory once per step and
/// shared by the norm and the clipped sum.
pub(crate) struct HostLookup {
    /// `[batch, t]`, row-major.
    ids: Vec<u32>,
    /// `[batch, t, d_model]`, row-major.
    backprops: Vec<f32>,
    /// `[batch, t, d_model]`.
    dims: [usize; 3],
    device: Device,
}

impl HostLookup {
    /// Copies `ids` (`[batch, t]`, each in `0..2^32`) and `backprops` (`[batch, t, d_model]`).
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
        let backprops =
            backprops.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor data");
        HostLookup { ids, backprops, dims, device }
    }

    /// Per-sample squared norms of the table's gradient, `‖∇W_i‖² = Σ_v ‖Σ_{t: id_t = v}
    /// g_t‖²`, and each example's largest `|g|` (for the overflow guard of the clipped sum).
    /// Per example the positions are sorted by token, each run of equal tokens summed in `f64`
    /// and squared: `O(t log t + t·d_model)` time, `O(t)` memory, nothing of the vocabulary's
    /// size. A norm too large for `f32`, or from non-finite backprops, is `inf`.
    ///
    /// # Shapes
    /// returns (`[batch]`, `[batch]`)
    pub(crate) fn sq_norms(&self) -> (Tensor<1>, Tensor<1>) {
        let [batch, seq, d] = self.dims;
        let mut norms = vec![0f32; batch];
        let mut max_abs = vec![0f32; batch];
        let per_task = EXAMPLES_PER_TASK;
        norms.par_chunks_mut(per_task).zip(max_abs.par_chunks_mut(per_task)).enumerate().for_each(
            |(task, (norms, max_abs))| {
                // (token << 32 | position): one sort of plain integers groups equal tokens.
                let mut keys: Vec<u64> = Vec::with_capacity(seq);
                let mut run = vec![0f64; d];
                for (j, (norm, max)) in norms.iter_mut().zip(max_abs.iter_mut()).enumerate() {
                    let b = task * per_task + j;
                    let tokens = &self.ids[b * seq..(b + 1) * seq];
                    let rows = &self.backprops[b * seq * d..(b + 1) * seq * d];
                    keys.clear();
                    keys.extend(tokens.iter().enumerate().map(|(t, &v)| u64::from(v) << 32 | t as u64));
                    keys.sort_unstable();
                    let mut total = 0f64;
                    for (i, &key) in keys.iter().enumerate() {
                        if i > 0 && keys[i - 1] >> 32 != key >> 32 {
                            total += run.iter().map(|x| x * x).sum::<f64>();
                            run.fill(0.0);
                        }
                        let t = (key & 0xffff_ffff) as usize;
                        for (acc, &x) in run.iter_mut().zip(&rows[t * d..(t + 1) * d]) {
                            *acc += f64::from(x);
                        }
                    }
                    total += run.iter().map(|x| x * x).sum::<f64>();
                    run.fill(0.0);
                    let finite = rows.iter().all(|x| x.is_finite());
                    *norm = if finite { total as f32 } else { f32::INFINITY };
                    *max = rows.iter().fold(0f32, |m, x| m.max(x.abs()));
                }
            },
        );
        (
            Tensor::from_data(TensorData::new(norms, [batch]), &self.device),
            Tensor::from_data(TensorData::new(max_abs, [batch]), &self.device),
        )
    }

    /// `Σ_i factors_i ∇W_i` by book-keeping: each kept example's backprops, weighted by its
    /// factor, added into its tokens' rows. Examples whose factor is not positive (dropped, or
    /// clipped to nothing) are skipped, so their backprops, even non-finite ones, never reach
    /// the sum.
    ///
    /// # Shapes
    /// - `factors`: `[batch]`; returns `[vocab * d_model]`
    pub(crate) fn clipped_sum(&self, factors: Tensor<1>, vocab: usize) -> Tensor<1> {
        let [batch, seq, d] = self.dims;
        let factors = factors.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor data");
        let mut table = vec![0f32; vocab * d];
        for b in (0..batch).filter(|&b| factors[b] > 0.0) {
            let f = factors[b];
            for t in 0..seq {
                let v = self.ids[b * seq + t] as usize;
                let row = &self.backprops[(b * seq + t) * d..(b * seq + t + 1) * d];
                for (acc, &x) in table[v * d..(v + 1) * d].iter_mut().zip(row) {
                    *acc += f * x;
                }
            }
        }
        Tensor::from_data(TensorData::new(table, [vocab * d]), &self.device)
    }
}
