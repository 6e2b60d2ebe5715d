//! # dpgpu: fast differentially private SGD on any GPU
//!
//! DP-SGD (Abadi et al. 2016) clips each example's gradient to L2 norm `max_grad_norm` (C), sums
//! the clipped gradients, adds Gaussian noise N(0, σ²C²) once (σ = `noise_multiplier`), divides by
//! the expected batch size and takes an SGD step; a privacy accountant turns (σ, `sample_rate`,
//! steps, `delta`) into the `epsilon` spent. dpgpu computes the per-sample gradients of a whole
//! batch in one backward pass (the `vectorized` strategy, the analogue of JAX's `vmap` in
//! Subramani et al., NeurIPS 2021) and runs the DP part of the step (per-sample norms, clipping,
//! noise, update) as WGSL compute shaders (`shaders/`) on any wgpu adapter, or as tensor
//! operations on Burn's pure-Rust CPU backend.
//!
//! ```no_run
//! use dpgpu::{device::{select, BackendChoice}, models::MnistCnn};
//! let dev = select(BackendChoice::Cpu).unwrap();
//! let model = MnistCnn::new(&dev.device, 42);
//! assert_eq!(model.num_parameters(), 26_010);
//! ```
//!
//! ## Crate map
//! - [`device`]: run-time backend choice (`vulkan`, `metal`, `dx12`, `gl`, `cpu`) and adapter listing.
//! - [`data`]: MNIST IDX loader, Poisson sampling into padded physical batches with a mask.
//! - [`models`]: the models of the paper (the MNIST CNN, 26,010 parameters).
//! - [`grad_sample`]: the forward tape and the per-layer rules that turn activations and
//!   backprops into per-sample gradients (`grad_sample`, shape `[batch, ...param_shape]`).
//! - [`kernels`]: the DP kernels (WGSL) and their tensor-op reference twins.
//! - [`privacy`]: Philox noise, the RDP accountant.
//! - [`engine`]: the DP-SGD step (`clip_and_accumulate`, `add_noise`, `scale_grad`, `step`) and the trainer.
#![warn(missing_docs)]

pub mod bench;
pub mod data;
pub mod device;
pub mod engine;
pub mod error;
pub mod grad_sample;
pub mod kernels;
pub mod models;
pub mod privacy;

pub use error::{Error, Result};
