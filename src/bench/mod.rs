//! `dpgpu bench`: the paper's runtime experiment (SPEC B§9.1, A§2, A§6-7) and `dpgpu report`.
//!
//! - [`runtime`]: one timed run (sequential batching, seconds per epoch with a device sync);
//! - [`sweep`]: the sweep over experiments x batch sizes x variants x fusion, each run in a fresh
//!   process, one result file per run;
//! - [`report`]: median tables (Markdown, CSV), the ablation table at batch 128, the DP /
//!   non-private ratios and the six two-panel charts (SVG, PNG) of SPEC B§9.1.

pub mod charts;
pub mod dp_step;
pub mod kernel_dump;
pub mod memory;
pub mod report;
pub mod runtime;
pub mod sweep;
mod tables;
