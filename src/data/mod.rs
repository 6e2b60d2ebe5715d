//! Datasets and batching.
//!
//! - [`idx`]: the MNIST / Fashion-MNIST IDX file format.
//! - [`sampler`]: Poisson sampling (each example independently with probability `sample_rate`)
//!   into fixed-size physical batches with a mask.

pub mod idx;
pub mod images;
pub mod sampler;

pub use images::{Batch, ImageDataset};
