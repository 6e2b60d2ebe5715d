//! # dpgpu: fast differentially private SGD on any GPU
//!
//! DP-SGD (Abadi et al. 2016) clips each example's gradient to L2 norm `max_grad_norm` (C), sums
//! the clipped gradients, adds Gaussian noise N(0, σ²C²) once (σ = `noise_multiplier`), divides by
//! the expected batch size and takes an SGD step; a privacy accountant turns (σ, `sample_rate`,
//! steps, `delta`) into the `epsilon` spent. dpgpu computes what clipping needs for a whole batch
//! in one backward pass, per layer as a plan picks it ([`grad_sample::plan`], the `auto`
//! strategy): the per-sample gradients (the `vectorized` strategy, the analogue of JAX's `vmap`
//! in Subramani et al., NeurIPS 2021), or per-sample norms without them (ghost clipping) and the
//! clipped sum by book-keeping. It runs the DP part of the step (per-sample norms, clipping,
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
//! ## What ε covers
//!
//! The reported (ε, δ) is that of the Poisson-subsampled Gaussian mechanism composed over every
//! step of one run (RDP or PRV accountant, [`privacy::accountant`]), for neighbouring datasets
//! that differ by one example (example-level, not user-level). It bounds what an attacker
//! holding every released model (every checkpoint and the final one) can learn about any one
//! example, knowing the algorithm, the hyper-parameters, the initial weights and all other
//! examples. It holds because:
//! - each example's per-sample gradient over all trainable parameters together (a parameter
//!   used more than once counted as the sum over its uses) is clipped to `max_grad_norm`; an
//!   example whose per-sample gradient is not finite is dropped (clip factor 0), a rule that
//!   depends on that example alone ([`kernels::clip_factors`]);
//! - noise N(0, σ²C²) is added to every coordinate of every trainable parameter at every step,
//!   empty batches included; frozen parameters (Burn's `require_grad` off) are not updated at
//!   all, and a trainable parameter the forward pass never used is an error
//!   ([`grad_sample::check_coverage`]); BatchNorm is rejected;
//! - the noise and Poisson sampling key is secret ([`privacy::keys`]): drawn from the OS CSPRNG
//!   unless the user gives one, never written to `run.json`, `checkpoint.json` or the model, kept
//!   for `--resume` only in an owner-only file named `SECRET-noise-key.DO-NOT-PUBLISH.json`.
//!
//! Not covered: the initial weights and the architecture (public), hyper-parameter tuning on the
//! private data (each run spends ε), the training loss and the per-epoch example counts (computed
//! without noise), evaluation on a private test set, the dataset size (public), preprocessing that
//! looks at the data, and floating-point attacks on the default `f32` Gaussian (use secure mode,
//! [`privacy::secure`]). README.md's "What ε covers" has the full list.
//!
//! ## Crate map
//! - [`device`]: run-time backend choice (`vulkan`, `metal`, `dx12`, `gl`, `cpu`) and adapter listing.
//! - [`data`]: loaders (MNIST/Fashion-MNIST IDX, CIFAR-10, Adult, IMDb), Poisson sampling into
//!   padded physical batches with a mask.
//! - [`models`]: the paper's six models ([`models::ModelKind`]) and the [`models::DpModel`] trait.
//! - [`nn`]: drop-in burn-nn layers (`Linear`, `Conv2d`, `Embedding`, `LayerNorm`,
//!   `GroupNorm`, `Lstm`) and [`nn::BurnModel`]: a Burn model trains privately with its `use` lines
//!   changed.
//! - [`grad_sample`]: the forward tape, the per-layer rules for per-sample gradients
//!   (`grad_sample`, shape `[batch, ...param_shape]`), ghost norms and book-keeping, the `auto` plan.
//! - [`kernels`]: the DP kernels (WGSL) and their tensor-op reference twins.
//! - [`privacy`]: the secret noise key, Philox noise, secure-mode noise, the RDP and PRV
//!   accountants and calibration to a target ε.
//! - [`engine`]: the DP-SGD step, the [`engine::privacy_engine::PrivacyEngine`] (save/load,
//!   target ε, secure mode), the trainer and its checkpoints.
//! - [`distributed`]: data-parallel DP-SGD over several workers (the `Collective` a step
//!   all-reduces its clipped sums through), W-invariant.
//! - [`files`]: atomic, durable writes of everything dpgpu writes.
//! - `learner` (the `learner` feature, on by default): DP steps in burn-train's `Learner`, a
//!   Poisson-sampling loader over any burn `Dataset`, ε as a metric, the account in checkpoints.
//! - `bench` (the `cli` feature): the benchmark harness, its reports and charts.
#![warn(missing_docs)]

#[cfg(feature = "cli")]
pub mod bench;
mod choice;
pub mod data;
pub mod device;
pub mod distributed;
pub mod engine;
pub mod error;
pub mod files;
pub mod grad_sample;
pub mod kernels;
#[cfg(feature = "learner")]
pub mod learner;
pub mod models;
pub mod nn;
pub mod privacy;

pub use error::{Error, Result};
