//! Sums along one dimension that stay exact for long dimensions on every backend.
//!
//! Burn 0.22.1's `sum_dim` on wgpu (measured on lavapipe; the cases are in `tests/reduce.rs`)
//! returns wrong sums when the reduced dimension is long: a strided
//! reduction (any dimension but the last) of more than 65,536 elements sums only 65,536 of
//! them, and a reduction along the contiguous last dimension goes wrong from about 2^18
//! elements (one row of `[2, 262,144]` came back 0). An under-counted per-sample norm would
//! clip too little and break the sensitivity bound, so every reduction on the per-sample path
//! goes through [`sum_dim`], which reduces in contiguous blocks of at most [`BLOCK`] elements.
//! Matrix products are exact at these sizes and are left as they are.

use burn::tensor::Tensor;

/// The longest reduction handed to the backend in one call.
pub const BLOCK: usize = 32_768;

/// `x.sum_dim(dim)` (the dimension kept, of size 1), summed in contiguous blocks of at most
/// [`BLOCK`] elements when the dimension is longer.
///
/// # Shapes
/// - `x`: any `[d_0, ..., d_{D-1}]`; returns the same with `d_dim = 1`
///
/// # Panics
/// If `dim >= D`.
pub fn sum_dim<const D: usize>(x: Tensor<D>, dim: usize) -> Tensor<D> {
    let dims = x.dims();
    let n = dims[dim];
    if n <= BLOCK {
        return x.sum_dim(dim);
    }
    // Move `dim` last, flatten the rest: [rows, n], contiguous after the reshape.
    let moved = x.swap_dims(dim, D - 1);
    let mut moved_dims = dims;
    moved_dims.swap(dim, D - 1);
    let rows = moved_dims[..D - 1].iter().product::<usize>();
    let flat = moved.reshape([rows, n]);
    let blocks = n.div_ceil(BLOCK);
    let padded = match blocks * BLOCK - n {
        0 => flat,
        extra => {
            let device = flat.device();
            Tensor::cat(vec![flat, Tensor::zeros([rows, extra], &device)], 1)
        }
    };
    let partial = padded.reshape([rows, blocks, BLOCK]).sum_dim(2).reshape([rows, blocks]);
    let total = if blocks <= BLOCK { partial.sum_dim(1) } else { sum_dim(partial, 1) };
    moved_dims[D - 1] = 1;
    total.reshape(moved_dims).swap_dims(dim, D - 1)
}
