//! `dpgpu dump-kernels` (SPEC A§9, the analogue of the paper's XLA dumps, SPEC B§10): the WGSL of
//! every kernel that one step of a case dispatches, with the number of dispatches per kernel.
//!
//! Cases: the 5x5 matrix-vector product `W x + b` without and with the gradient of a
//! squared-error loss with respect to `W` and `b`, and one DP-SGD step of the FFNN (Adult,
//! 104 → 50 → 2) at batch 100 and at the remainder batch 20. Each case runs in its own process
//! (so its compilation log holds only its kernels): CubeCL's compilation logger writes every
//! kernel's source as it is compiled; the case runs twice to compile and autotune, then once
//! more under [`count_dispatches`] while CubeCL collects the stable hash of every kernel it
//! launches. A generated kernel's entry point ends in the low 32 bits of that hash
//! (`fn elemwise_fuse_dbf28f62`), so the kernels written out are exactly those of the counted
//! step (dpgpu's own shaders, whose entry point is `main`, by name); kernels compiled only during
//! warm-up (autotune candidates, first-step variants) are listed apart.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use burn::tensor::{Tensor, TensorData};
use burn_cubecl::cubecl::launched::LaunchedKernels;
use serde::{Deserialize, Serialize};

use crate::device::ComputeDevice;
use crate::engine::datasets::adult_data;
use crate::engine::trainer::TrainConfig;
use crate::engine::{DpSgd, DpSgdConfig, Strategy};
use crate::error::{Error, Result};
use crate::kernels::dispatch::{DispatchCount, count_dispatches, kernel_name};
use crate::models::Ffnn;

/// The cases of SPEC A§9, by name.
pub const CASES: [&str; 4] = ["matvec_nograd", "matvec_grad", "ffnn_dp_bs100", "ffnn_dp_bs20"];

/// What one case dispatched, written to `<case>/dispatches.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseDump {
    /// The case's name (one of [`CASES`]).
    pub case: String,
    /// What the case computes.
    pub description: String,
    /// Backend and adapter.
    pub device: String,
    /// Per-sample strategy of the FFNN cases.
    pub grad_sample: String,
    /// Whether the DP step ran dpgpu's fused WGSL kernels.
    pub fusion: bool,
    /// The counted step's dispatches.
    pub dispatches: DispatchCount,
    /// Files written under `<case>/kernels/`, one per compiled kernel of the counted step.
    pub kernel_files: Vec<String>,
    /// Kernels compiled during warm-up but not dispatched by the counted step (autotune
    /// candidates), by name.
    pub warmup_only: Vec<String>,
}

fn describe(case: &str) -> &'static str {
    match case {
        "matvec_nograd" => "f(W, x, b) = W x + b, W [5, 5], x [5], b [5]",
        "matvec_grad" => "the gradient of sum((W x + b - y)^2) with respect to W and b",
        "ffnn_dp_bs100" => "one DP-SGD step of the FFNN (Adult, 104-50-2) at batch 100",
        _ => "one DP-SGD step of the FFNN (Adult, 104-50-2) at the remainder batch 20",
    }
}

/// The work of `case` on `dev` as a closure that runs one step of it each time it is called
/// (twice to compile, then counted).
///
/// # Errors
/// [`Error::InvalidParameter`] for an unknown case; data or backend errors of the FFNN step.
pub fn run_case(
    case: &str,
    dev: &ComputeDevice,
    strategy: Strategy,
    fusion: bool,
) -> Result<Box<dyn FnMut() -> Result<()>>> {
    let device = dev.device.clone();
    let values = |n: usize, seed: u64| -> Vec<f32> {
        (0..n).map(|i| ((i as u64 * 37 + seed) % 11) as f32 / 11.0 - 0.5).collect()
    };
    let tensor = |v: Vec<f32>, shape: Vec<usize>, d: &burn::tensor::Device| {
        Tensor::<2>::from_data(TensorData::new(v, shape), d)
    };
    match case {
        "matvec_nograd" | "matvec_grad" => {
            let grad = case == "matvec_grad";
            let (w, x, b, y) = (values(25, 1), values(5, 2), values(5, 3), values(5, 4));
            Ok(Box::new(move || {
                let d = if grad { device.clone().autodiff() } else { device.clone() };
                let mut w = tensor(w.clone(), vec![5, 5], &d);
                let mut b = tensor(b.clone(), vec![5, 1], &d);
                if grad {
                    (w, b) = (w.require_grad(), b.require_grad());
                }
                let out = w.clone().matmul(tensor(x.clone(), vec![5, 1], &d)) + b.clone();
                if !grad {
                    let _ = out.into_data();
                    return Ok(());
                }
                let loss = (out - tensor(y.clone(), vec![5, 1], &d)).powi_scalar(2).sum();
                let grads = loss.backward();
                let gw = w.grad(&grads).ok_or_else(|| Error::Backend("no gradient for W".into()))?;
                let gb = b.grad(&grads).ok_or_else(|| Error::Backend("no gradient for b".into()))?;
                let _ = (gw.into_data(), gb.into_data());
                Ok(())
            }))
        }
        "ffnn_dp_bs100" | "ffnn_dp_bs20" => {
            let batch = if case == "ffnn_dp_bs100" { 100 } else { 20 };
            let config = TrainConfig {
                model: "ffnn".into(),
                dummy_data: true,
                batch_size: 100,
                ..TrainConfig::default()
            };
            let (data, _) = adult_data(&config)?;
            let dp_config = DpSgdConfig {
                noise_multiplier: 1.1,
                max_grad_norm: 1.0,
                lr: 0.15,
                expected_batch_size: 100.0,
                // Kernel dumps on dummy data: nothing private is released.
                noise_seed: 42,
                strategy,
                optimizer: Default::default(),
                secure_noise: false,
            };
            let mut dp = DpSgd::new(dp_config, &device, dev.uses_wgsl_kernels() && fusion)?;
            let mut model = Some(Ffnn::new(&device, 104, 42));
            let indices: Vec<usize> = (0..batch).collect();
            Ok(Box::new(move || {
                let b = data.batch(&indices, batch, &device);
                let m = model.take().expect("the model is put back after every step");
                let (m, loss) = dp.step(m, vec![(b.input, b.onehot, b.real)])?;
                let _ = loss.into_data();
                model = Some(m);
                Ok(())
            }))
        }
        other => Err(Error::invalid("case", other, format!("one of {}", CASES.join(", ")))),
    }
}

/// One kernel of a CubeCL compilation log: its name and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedKernel {
    /// The kernel's name as [`kernel_name`] shortens it.
    pub name: String,
    /// The source text (WGSL on the wgpu backends).
    pub source: String,
}

/// The kernels of a CubeCL compilation log at level `full`: each entry runs from
/// `[START_KERNEL_COMPILATION]` to `[END_KERNEL_COMPILATION]`, with a `name:` line (a long
/// name may be laid out over several lines) and the source in a fenced block.
pub fn parse_compilation_log(log: &str) -> Vec<LoggedKernel> {
    let mut out = Vec::new();
    for entry in log.split("[START_KERNEL_COMPILATION]").skip(1) {
        let entry = entry.split("[END_KERNEL_COMPILATION]").next().unwrap_or(entry);
        let Some(after_name) = entry.split_once("name:").map(|(_, rest)| rest) else { continue };
        let name_end = ["\nid:", "\nsource:"].iter().filter_map(|m| after_name.find(m)).min();
        let raw_name = &after_name[..name_end.unwrap_or(0)];
        let name = kernel_name(raw_name);
        let Some((_, fenced)) = entry.split_once("source:") else { continue };
        let body = fenced.trim_start().split_once('\n').map_or("", |(_, rest)| rest);
        let source = body.rsplit_once("```").map_or(body, |(code, _)| code).trim_end().to_string();
        out.push(LoggedKernel { name, source });
    }
    out
}

impl LoggedKernel {
    /// The last `_`-separated part of the compute entry point's name when it is 8 hex digits
    /// (CubeCL's stable-hash discriminator), e.g. `0xdbf28f62` for `fn elemwise_fuse_dbf28f62(`.
    pub fn entry_point_hash(&self) -> Option<u32> {
        let after = self.source.split("@compute").nth(1)?;
        let name = after.split("fn ").nth(1)?.split('(').next()?.trim();
        let suffix = name.rsplit('_').next()?;
        (suffix.len() == 8).then(|| u32::from_str_radix(suffix, 16).ok()).flatten()
    }

    /// Whether the counted step launched this kernel: its entry-point hash is among `launched`
    /// (low 32 bits of the stable hashes), or, for a kernel without one (dpgpu's shaders), its
    /// name was dispatched.
    fn was_launched(&self, launched: &HashSet<u32>, dispatched: &BTreeMap<String, usize>) -> bool {
        match self.entry_point_hash() {
            Some(h) => launched.contains(&h),
            None => dispatched.contains_key(&self.name),
        }
    }
}

/// Writes `<dir>/kernels/NN_<name>.wgsl` for every logged kernel the counted step launched
/// (see `LoggedKernel::was_launched`); identical sources once. Returns the files written and
/// the names of the kernels compiled but not launched by the counted step.
///
/// # Errors
/// [`Error::Write`] when a file cannot be written.
pub fn write_kernels(
    dir: &Path,
    logged: &[LoggedKernel],
    launched: &HashSet<u32>,
    dispatched: &BTreeMap<String, usize>,
) -> Result<(Vec<String>, Vec<String>)> {
    let kernels = dir.join("kernels");
    std::fs::create_dir_all(&kernels).map_err(|e| Error::Write { path: kernels.clone(), source: e })?;
    let (mut files, mut warmup_only) = (Vec::new(), Vec::new());
    let mut seen = HashSet::new();
    for (i, k) in logged.iter().enumerate() {
        if !k.was_launched(launched, dispatched) {
            warmup_only.push(k.name.clone());
            continue;
        }
        if !seen.insert(k.source.as_str()) {
            continue;
        }
        let slug: String = k.name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        let slug: String = slug.split('_').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("_");
        let file = format!("{:02}_{}.wgsl", i, &slug[..slug.len().min(60)]);
        let count = dispatched.get(&k.name).copied().unwrap_or(0);
        let header = format!("// {} ({count} dispatches per step under this name)\n", k.name);
        let path = kernels.join(&file);
        std::fs::write(&path, header + &k.source + "\n").map_err(|e| Error::Write { path, source: e })?;
        files.push(format!("kernels/{file}"));
    }
    Ok((files, warmup_only))
}

/// Runs `case` in this process: twice to compile, once counted; then reads `log` (the CubeCL
/// compilation log this process writes) and writes `<dir>/dispatches.json` and the kernels.
///
/// # Errors
/// As [`run_case`], [`count_dispatches`] and [`write_kernels`]; [`Error::Io`] when the log
/// cannot be read.
pub fn dump_case(
    case: &str,
    dev: &ComputeDevice,
    strategy: Strategy,
    fusion: bool,
    dir: &Path,
    log: &Path,
) -> Result<CaseDump> {
    let mut work = run_case(case, dev, strategy, fusion)?;
    work()?;
    work()?;
    // Launch what the warm-up queued before collecting: only the counted step's kernels.
    crate::device::sync(dev)?;
    let collecting = LaunchedKernels::new();
    let (done, dispatches) = count_dispatches(dev, &mut work)?;
    let launched: HashSet<u32> = collecting.finish().into_iter().map(|h| h as u32).collect();
    done?;
    let text = std::fs::read_to_string(log).map_err(|e| Error::Io { path: log.to_path_buf(), source: e })?;
    let logged = parse_compilation_log(&text);
    let (kernel_files, warmup_only) = write_kernels(dir, &logged, &launched, &dispatches.by_kernel)?;
    let dump = CaseDump {
        case: case.to_string(),
        description: describe(case).to_string(),
        device: dev.describe(),
        grad_sample: strategy.name().to_string(),
        fusion,
        dispatches,
        kernel_files,
        warmup_only,
    };
    let json = serde_json::to_vec_pretty(&dump).expect("a dump serialises");
    crate::files::write_atomic(&dir.join("dispatches.json"), &json)?;
    Ok(dump)
}

/// The summary table of all cases (Markdown): dispatches per step, dpgpu's own among them, the
/// distinct kernels launched (files written) and the kernel names.
pub fn summary_markdown(dumps: &[CaseDump]) -> String {
    let mut s = String::from("# Kernel dumps\n\nOne step of each case, counted after two warm-up steps ");
    s += "(SPEC A§9). Kernel sources are in `<case>/kernels/`, counts per kernel in `<case>/dispatches.json`.\n\n";
    s +=
        "| case | what | dispatches per step | of them dpgpu's kernels | distinct kernels | kernel types |\n";
    s += "|---|---|---|---|---|---|\n";
    for d in dumps {
        s += &format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            d.case,
            d.description,
            d.dispatches.total,
            d.dispatches.dpgpu_kernels,
            d.kernel_files.len(),
            d.dispatches.by_kernel.len(),
        );
    }
    if let Some(d) = dumps.first() {
        s += &format!(
            "\nDevice: {}; FFNN steps: `{}`, DP kernels fused: {}.\n",
            d.device, d.grad_sample, d.fusion
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compilation_log_entries_give_names_and_sources() {
        let log = "noise\n[START_KERNEL_COMPILATION]\nname: burn_cubecl::template::base::SourceKernel<\n    dpgpu::kernels::wgsl::SqNorms,\n>\nid: KernelId { .. }\nsource:\n```wgsl\nfn main() {}\n```\n[END_KERNEL_COMPILATION]\n[START_KERNEL_COMPILATION]\nname: short\nsource:\n```\nA\nB\n```\n[END_KERNEL_COMPILATION]\n";
        let k = parse_compilation_log(log);
        assert_eq!(k.len(), 2);
        assert_eq!((k[0].name.as_str(), k[0].source.as_str()), ("dpgpu::SqNorms", "fn main() {}"));
        assert_eq!((k[1].name.as_str(), k[1].source.as_str()), ("short", "A\nB"));
        assert_eq!(k[0].entry_point_hash(), None);
        let generated = LoggedKernel {
            name: "E".into(),
            source: "@compute @workgroup_size(8, 1, 1)\nfn elemwise_fuse_dbf28f62(@builtin(x) v: u32) {}"
                .into(),
        };
        assert_eq!(generated.entry_point_hash(), Some(0xdbf2_8f62));
    }
}
