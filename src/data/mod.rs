//! Datasets and batching.
//!
//! - [`idx`]: the MNIST / Fashion-MNIST IDX file format.
//! - [`cifar10`]: CIFAR-10 binary batches. [`adult`]: UCI Adult, 104 features.
//! - [`imdb`]: IMDb from aclImdb, keras-style ids. [`dummy`]: random data of the same shapes.
//! - [`dataset`]: in-memory datasets of images, features or tokens, and padded batches.
//! - [`sampler`]: Poisson sampling (each example independently with probability `sample_rate`)
//!   into fixed-size physical batches with a mask.

pub mod adult;
pub mod cifar10;
pub mod dataset;
pub mod dummy;
pub mod idx;
pub mod imdb;
pub mod sampler;

pub use dataset::{Batch, Dataset, Features, ImageDataset, Images, InputKind, Tokens};
