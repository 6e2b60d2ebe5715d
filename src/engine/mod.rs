//! The DP-SGD step and the trainer.
//!
//! - [`dpsgd`]: one DP-SGD step in Opacus' named phases (`clip_and_accumulate`, then the fused
//!   `add_noise` + `scale_grad` + `step`), per [`Strategy`].
//! - [`datasets`], [`record`], [`checkpoint`]: what a run reads and writes.
//! - [`trainer`]: `dpgpu train`: Poisson sampling, epochs, evaluation, ε per epoch, run record.

pub mod checkpoint;
pub mod data_check;
mod data_parallel;
pub mod datasets;
pub mod dpsgd;
pub mod optim;
pub mod privacy_engine;
pub mod record;
pub mod trainer;

pub use dpsgd::{ClippedSum, DpSgd, DpSgdConfig, Strategy, plan_model};
