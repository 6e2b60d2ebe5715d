//! Kernel dispatches per training step, counted as they are issued.
//!
//! CubeCL calls a process-wide launch observer (`burn_cubecl::cubecl::logging::LaunchObserver`) on the
//! issuing thread for every kernel it launches: Burn's own (fused or not), autotune candidates
//! and dpgpu's WGSL shaders alike. [`count_dispatches`] installs one around a closure, with a
//! device sync on both sides, so the count holds exactly the kernels that the closure's work
//! launched (Burn's fusion queues operations lazily and launches them at the sync at the latest).
//!
//! On the `cpu` backend (Burn's `flex`) nothing is dispatched: operations run as Rust code, and the
//! count is empty.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use burn_cubecl::cubecl::logging::{LaunchObservation, LaunchObserver};
use serde::{Deserialize, Serialize};

use crate::device::{self, ComputeDevice};
use crate::error::Result;

/// Kernels launched by one piece of work (typically one training step).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DispatchCount {
    /// Every kernel dispatch.
    pub total: usize,
    /// The dispatches of dpgpu's own WGSL shaders (`shaders/`) among them.
    pub dpgpu_kernels: usize,
    /// Dispatches per kernel, by [`kernel_name`], sorted by name.
    pub by_kernel: BTreeMap<String, usize>,
}

impl DispatchCount {
    fn from_names(names: &BTreeMap<&'static str, usize>) -> Self {
        let mut by_kernel = BTreeMap::new();
        for (name, n) in names {
            *by_kernel.entry(kernel_name(name)).or_insert(0) += n;
        }
        let total = by_kernel.values().sum();
        let dpgpu_kernels = by_kernel.iter().filter(|(k, _)| k.starts_with("dpgpu::")).map(|(_, n)| n).sum();
        DispatchCount { total, dpgpu_kernels, by_kernel }
    }
}

/// A readable name for a CubeCL kernel type name: dpgpu's shaders as `dpgpu::<Kernel>`
/// (e.g. `dpgpu::NoisySgd`), others as their type name without module paths (generic arguments
/// kept, e.g. `ElemwiseKernel<...>`), so kernels of different shapes share one name.
/// Whitespace and trailing commas (as a pretty-printed name has them) are ignored.
pub fn kernel_name(full: &str) -> String {
    let compact: String = full.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.replace(",>", ">");
    if let Some(rest) = compact.split("dpgpu::kernels::wgsl::").nth(1) {
        let kernel: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        return format!("dpgpu::{kernel}");
    }
    strip_paths(&compact).replace(',', ", ")
}

/// `a::b::C<d::E, f::G>` → `C<E, G>`.
fn strip_paths(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for ch in name.chars() {
        if ch.is_alphanumeric() || ch == '_' || ch == ':' {
            word.push(ch);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(&word));
            word.clear();
            out.push(ch);
        }
    }
    out.push_str(word.rsplit("::").next().unwrap_or(&word));
    out
}

#[derive(Default)]
struct Counter(Mutex<BTreeMap<&'static str, usize>>);

impl LaunchObserver for Counter {
    fn launched(&self, kernel: &'static str) {
        let mut counts = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *counts.entry(kernel).or_insert(0) += 1;
    }
}

/// Runs `work` and counts the kernels dispatched for it: the device is synchronised before (so
/// earlier queued work is launched outside the count) and after (so every lazily queued
/// operation of `work` is launched inside it). Only one count can run at a time in a process;
/// launches of other threads during the count are counted too.
///
/// # Errors
/// As [`device::sync`].
pub fn count_dispatches<T>(dev: &ComputeDevice, work: impl FnOnce() -> T) -> Result<(T, DispatchCount)> {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    device::sync(dev)?;
    let counter = Arc::new(Counter::default());
    let watching = LaunchObservation::new(counter.clone());
    let out = work();
    let synced = device::sync(dev);
    drop(watching);
    synced?;
    let names = counter.0.lock().unwrap_or_else(|e| e.into_inner());
    Ok((out, DispatchCount::from_names(&names)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_names_drop_module_paths() {
        assert_eq!(
            kernel_name("burn_cubecl::template::base::SourceKernel<dpgpu::kernels::wgsl::NoisySgd>"),
            "dpgpu::NoisySgd"
        );
        assert_eq!(kernel_name("cubek_matmul::kernel::Matmul<f32, cubecl::X>"), "Matmul<f32, X>");
        assert_eq!(kernel_name("plain"), "plain");
        assert_eq!(kernel_name("a::K<\n    b::X,\n    c::Y,\n>"), "K<X, Y>");
        assert_eq!(kernel_name("SourceKernel<\n    dpgpu::kernels::wgsl::SqNorms,\n>"), "dpgpu::SqNorms");
    }

    #[test]
    fn counts_add_up_by_name() {
        let names: BTreeMap<&'static str, usize> =
            [("a::SourceKernel<dpgpu::kernels::wgsl::SqNorms>", 3), ("x::Elemwise", 2), ("y::Elemwise", 1)]
                .into_iter()
                .collect();
        let c = DispatchCount::from_names(&names);
        assert_eq!((c.total, c.dpgpu_kernels), (6, 3));
        assert_eq!(c.by_kernel["Elemwise"], 3);
    }

    #[test]
    fn nothing_is_dispatched_on_the_cpu_backend() {
        let dev = device::select(device::BackendChoice::Cpu).unwrap();
        let (sum, count) = count_dispatches(&dev, || {
            burn::tensor::Tensor::<1>::ones([8], &dev.device).sum().into_scalar::<f32>()
        })
        .unwrap();
        assert_eq!((sum, count.total), (8.0, 0));
    }
}
