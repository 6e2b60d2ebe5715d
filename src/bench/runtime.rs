//! One benchmark run, timed as the paper times them (SPEC B§8, A§6): a fresh process, the
//! paper's sequential unshuffled batching (last batch the remainder; the DP sum divided by the
//! configured batch size), wall seconds per epoch with the host→device batch transfer inside and
//! a device sync at the end of each epoch, epoch 1 (compilation) kept.

use std::path::PathBuf;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::data::{Dataset, InputKind};
use crate::device::{self, ComputeDevice};
use crate::engine::datasets::{adult_data, image_data, imdb_data};
use crate::engine::dpsgd::sgd_step;
use crate::engine::trainer::TrainConfig;
use crate::engine::{DpSgd, DpSgdConfig, Strategy};
use crate::error::{Error, Result};
use crate::kernels::dispatch::{DispatchCount, count_dispatches};
use crate::models::{Cifar10Cnn, DpModel, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn, ModelKind};
use burn::module::{Module, ModuleVisitor, Param};
use burn::tensor::Tensor;

/// What a run measures (SPEC A§2): the non-private baseline or one per-sample strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    /// Plain SGD on the mean loss.
    Nonprivate,
    /// DP-SGD, per-sample gradients materialised.
    Vectorized,
    /// DP-SGD, ghost norms and book-keeping.
    Ghost,
    /// DP-SGD, one backward pass per example.
    Loop,
    /// DP-SGD, the per-layer plan (`--grad-sample auto`).
    Auto,
}

impl Variant {
    /// Every variant, in the sweep's order.
    pub const ALL: [Variant; 5] =
        [Variant::Nonprivate, Variant::Auto, Variant::Vectorized, Variant::Ghost, Variant::Loop];

    /// The CLI and file name.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Nonprivate => "nonprivate",
            Variant::Vectorized => "vectorized",
            Variant::Ghost => "ghost",
            Variant::Loop => "loop",
            Variant::Auto => "auto",
        }
    }

    /// One line on what this value does, as `--help` shows it.
    pub fn help(self) -> &'static str {
        match self {
            Variant::Nonprivate => "plain SGD on the mean loss, the baseline of every ratio",
            v => v.strategy().expect("a DP variant").help(),
        }
    }

    /// Other spellings accepted for this value: the names Opacus, JAX or British English use.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Variant::Nonprivate => &["non-private", "no-dp"],
            Variant::Vectorized => &["vectorised", "vmap"],
            _ => &[],
        }
    }

    /// The per-sample strategy of a DP variant; `None` for `nonprivate`.
    pub fn strategy(self) -> Option<Strategy> {
        match self {
            Variant::Nonprivate => None,
            Variant::Vectorized => Some(Strategy::Vectorized),
            Variant::Ghost => Some(Strategy::Ghost),
            Variant::Loop => Some(Strategy::Loop),
            Variant::Auto => Some(Strategy::Auto),
        }
    }
}

crate::choice::value_enum!(Variant, "variants", aliases);

/// The flags of one run (every one is recorded in the result file's `args`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunConfig {
    /// Model name (SPEC B§5): logreg, ffnn, mnist, embed, lstm, cifar10.
    pub experiment: String,
    /// What to measure.
    pub variant: Variant,
    /// Batch size B (the DP divisor, as the paper's sequential batching).
    pub batch_size: usize,
    /// Epochs to time.
    pub epochs: usize,
    /// Random data of the real shapes, 2 x batch size examples (SPEC B§3.2).
    pub dummy_data: bool,
    /// Data folder (default: the embedded `data/<dataset>`).
    pub data_dir: Option<PathBuf>,
    /// DP kernels as dpgpu's fused WGSL shaders (true) or as separate tensor operations (false).
    /// Burn's own JIT fusion is a compile-time choice in Burn 0.22.1 and is on in every build.
    pub fusion: bool,
    /// Use only the first N training examples.
    pub train_examples: Option<usize>,
    /// σ (1.1 in the paper).
    pub noise_multiplier: f64,
    /// C (1.0 in the paper).
    pub max_grad_norm: f64,
    /// Learning rate (0.15 in the paper).
    pub lr: f64,
    /// Seed of the weights and the noise.
    pub seed: u64,
    /// Treat the run as out of memory once it holds more than this many MiB: the device pool's
    /// reserved bytes on wgpu, the process's peak resident memory on `cpu` (the memory-limit
    /// experiment's `--memory-limit`). `None`: only the device's own limit.
    #[serde(default)]
    pub memory_limit_mb: Option<u64>,
    /// The device's key ([`crate::device::device_key`]) in the result file's name, so runs on
    /// different devices never overwrite each other's files; `None` leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

impl RunConfig {
    /// A run of `variant` of `experiment` at `batch_size` for `epochs` epochs with the paper's DP
    /// settings (SPEC B§4: σ 1.1, C 1.0, lr 0.15) and seed 42: dpgpu's fused DP kernels, the
    /// embedded data, no memory cap.
    pub fn paper(experiment: &str, variant: Variant, batch_size: usize, epochs: usize) -> Self {
        RunConfig {
            experiment: experiment.to_string(),
            variant,
            batch_size,
            epochs,
            dummy_data: false,
            data_dir: None,
            fusion: true,
            train_examples: None,
            noise_multiplier: 1.1,
            max_grad_norm: 1.0,
            lr: 0.15,
            seed: 42,
            memory_limit_mb: None,
            device: None,
        }
    }
}

/// Seconds per epoch and the epoch's step count.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Timings {
    /// Wall seconds per epoch, epoch 1 first.
    pub epochs: Vec<f64>,
    /// Steps per epoch: ceil(N / B).
    pub steps_per_epoch: usize,
    /// Training examples N.
    pub num_examples: usize,
    /// Peak memory the run held in bytes: the device pool's reserved bytes (wgpu) or the
    /// process's peak resident memory (`cpu`).
    pub peak_memory_bytes: Option<u64>,
    /// Kernels dispatched by one DP (or non-private) step, counted on an extra, untimed step
    /// after the timed epochs; `None` on `cpu`, which dispatches no kernels.
    pub dispatches_per_step: Option<DispatchCount>,
    /// The DP step's per-layer plan (see [`DpSgd::last_plan`]).
    pub grad_sample_plan: Option<crate::grad_sample::Plan>,
}

/// The result file name of SPEC A§7 with the device's key:
/// `<variant>_<experiment>_bs_<B>_priv_<true|false>[_nofusion][_<device>].json`, e.g.
/// `auto_mnist_bs_256_priv_true_cpu.json`.
pub fn file_name(config: &RunConfig) -> String {
    format!(
        "{}_{}_bs_{}_priv_{}{}{}.json",
        config.variant.name(),
        config.experiment,
        config.batch_size,
        config.variant != Variant::Nonprivate,
        if config.fusion { "" } else { "_nofusion" },
        config.device.as_ref().map_or(String::new(), |d| format!("_{d}")),
    )
}

/// Runs and times one benchmark configuration on `dev`.
///
/// # Errors
/// Bad flags or data ([`Error::InvalidParameter`], [`Error::Io`], [`Error::CorruptData`]), a
/// batch size larger than the dataset, [`Error::OutOfMemory`] (the device's typed allocation
/// error, or more memory held than `memory_limit_mb`), or another backend failure
/// ([`Error::Backend`]).
pub fn run(config: &RunConfig, dev: &ComputeDevice) -> Result<Timings> {
    let kind: ModelKind = config.experiment.parse()?;
    let train = TrainConfig {
        model: config.experiment.clone(),
        data_dir: config.data_dir.clone(),
        dummy_data: config.dummy_data,
        batch_size: config.batch_size,
        train_examples: config.train_examples,
        test_examples: Some(1),
        seed: config.seed,
        ..TrainConfig::default()
    };
    let (d, seed) = (&dev.device, config.seed);
    match kind {
        ModelKind::Mnist => time(config, MnistCnn::new(d, seed), image_data(&train)?.0, dev),
        ModelKind::Cifar10 => time(config, Cifar10Cnn::new(d, seed), image_data(&train)?.0, dev),
        ModelKind::Logreg => time(config, LogReg::new(d, 104, seed), adult_data(&train)?.0, dev),
        ModelKind::Ffnn => time(config, Ffnn::new(d, 104, seed), adult_data(&train)?.0, dev),
        ModelKind::Embed => time(config, EmbedNet::new(d, 10_004, seed), imdb_data(&train)?.0, dev),
        ModelKind::Lstm => time(config, LstmNet::new(d, 10_004, 100, seed), imdb_data(&train)?.0, dev),
    }
}

fn time<K: InputKind, M: DpModel<Input = K::Input>>(
    config: &RunConfig,
    mut model: M,
    data: Dataset<K>,
    dev: &ComputeDevice,
) -> Result<Timings> {
    let (n, b) = (data.len(), config.batch_size);
    if b == 0 || b > n {
        return Err(Error::invalid("batch_size", b, format!("between 1 and the {n} training examples")));
    }
    if config.epochs == 0 {
        return Err(Error::invalid("epochs", 0, "at least 1"));
    }
    let wgsl = dev.uses_wgsl_kernels() && config.fusion;
    let mut dp = match config.variant.strategy() {
        None => None,
        Some(strategy) => {
            let dp_config = DpSgdConfig {
                noise_multiplier: config.noise_multiplier,
                max_grad_norm: config.max_grad_norm,
                lr: config.lr,
                expected_batch_size: b as f64,
                // Timing only (dummy or public data, results never released as private models).
                noise_seed: config.seed,
                strategy,
                optimizer: Default::default(),
                secure_noise: false,
            };
            Some(DpSgd::new(dp_config, &dev.device, wgsl)?)
        }
    };
    let chunks: Vec<Vec<usize>> = (0..n).collect::<Vec<_>>().chunks(b).map(<[usize]>::to_vec).collect();
    let mut timings = Timings { steps_per_epoch: chunks.len(), num_examples: n, ..Timings::default() };
    let limit = match config.memory_limit_mb {
        Some(mb) => Some(
            mb.checked_mul(1 << 20)
                .ok_or_else(|| Error::invalid("memory_limit_mb", mb, "at most 2^44 MiB"))?,
        ),
        None => None,
    };
    if let Some(dp) = dp.as_mut() {
        // `auto` plans the per-sample step within half the run's cap: its estimate covers the
        // layers' inputs and backprops, the graph's other intermediates (as a multiple of
        // those) and the per-sample tensors, not the data, the model or the allocator's slack.
        dp.set_cost_model(dev.cost_model(limit.map(|l| l / 2)));
    }
    let mut step = |model: M, chunk: &[usize]| {
        let batch = data.batch(chunk, chunk.len(), &dev.device);
        let physical = (batch.input, batch.onehot, batch.real);
        match dp.as_mut() {
            Some(dp) => dp.step(model, vec![physical]).map(|(m, _)| m),
            None => Ok(sgd_step(model, physical, config.lr, &dev.device, wgsl).0),
        }
    };
    let mut peak = |held: Option<u64>| {
        timings.peak_memory_bytes = timings.peak_memory_bytes.max(held);
    };
    let mut epochs = Vec::new();
    for _ in 0..config.epochs {
        let start = Instant::now();
        for chunk in &chunks {
            model = step(model, chunk)?;
            // Asking the device for its memory may wait for it: only under a cap.
            if limit.is_some() {
                peak(check_memory(dev, limit)?);
            }
        }
        device::sync(dev)?;
        epochs.push(start.elapsed().as_secs_f64());
        // After the clock: a failed allocation or launch is recorded on the buffers it never
        // wrote, and every parameter is written by every step.
        device::check_written(dev, flat_params(&model))?;
        peak(check_memory(dev, limit)?);
    }
    timings.epochs = epochs;
    if dev.uses_wgsl_kernels() {
        let (model, count) = count_dispatches(dev, || step(model, &chunks[0]))?;
        let model = model?;
        device::check_written(dev, flat_params(&model))?;
        timings.dispatches_per_step = Some(count);
    }
    timings.grad_sample_plan = dp.as_ref().and_then(|d| d.last_plan().cloned());
    Ok(timings)
}

/// Every float parameter of `model`, flattened to `[p]`, in visiting order.
fn flat_params<M: Module>(model: &M) -> Vec<Tensor<1>> {
    struct Collect(Vec<Tensor<1>>);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let t = param.val();
            let n = t.dims().iter().product::<usize>();
            self.0.push(t.reshape([n]));
        }
    }
    let mut c = Collect(Vec::new());
    model.visit(&mut c);
    c.0
}

/// The memory the run holds now (see [`Timings::peak_memory_bytes`]), or
/// [`Error::OutOfMemory`] when that exceeds `limit` bytes. `None` on a wgpu device that does
/// not report its pool (the host's memory says nothing about the device's).
fn check_memory(dev: &ComputeDevice, limit: Option<u64>) -> Result<Option<u64>> {
    let held = match dev.uses_wgsl_kernels() {
        true => dev.device.memory_pool_usage().map(|u| u.bytes_reserved),
        false => peak_rss_bytes(),
    };
    match (held, limit) {
        (Some(bytes), Some(limit)) if bytes > limit => {
            Err(Error::OutOfMemory { bytes: Some(bytes), limit: Some(limit) })
        }
        _ => Ok(held),
    }
}

/// Peak resident memory of this process image in bytes: on Linux the kernel's `VmHWM`, elsewhere
/// [`os_peak_rss_bytes`]. `None` where the OS reports nothing.
///
/// Not `getrusage` on Linux: its `ru_maxrss` keeps the high-water mark of the memory image an
/// `exec` replaced, so a probe process started by a large parent (`dpgpu memory`, `cargo test`)
/// would report the parent's peak (measured: a 13 MiB child of a 413 MiB parent reports 413 MiB).
pub fn peak_rss_bytes() -> Option<u64> {
    #[cfg(target_os = "linux")]
    {
        let status = std::fs::read_to_string("/proc/self/status").ok();
        let line =
            status.as_deref().and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(String::from));
        if let Some(kib) = line.and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
        {
            return Some(kib * 1024);
        }
    }
    os_peak_rss_bytes()
}

/// Peak resident memory of this process in bytes as the OS reports it for every platform, through
/// mimalloc's `mi_process_info`: `getrusage`'s `ru_maxrss` on macOS, Linux and the BSDs (each in
/// its own unit), the peak working set on Windows. On Linux it includes the peak of the image an
/// `exec` replaced (see [`peak_rss_bytes`]). `None` where the OS reports nothing.
pub fn os_peak_rss_bytes() -> Option<u64> {
    let (mut elapsed, mut user, mut system, mut rss, mut peak_rss) = (0, 0, 0, 0, 0);
    let (mut commit, mut peak_commit, mut faults) = (0, 0, 0);
    // SAFETY: every pointer is to a live local `usize`, as the function requires.
    unsafe {
        libmimalloc_sys::mi_process_info(
            &mut elapsed,
            &mut user,
            &mut system,
            &mut rss,
            &mut peak_rss,
            &mut commit,
            &mut peak_commit,
            &mut faults,
        )
    };
    (peak_rss > 0).then_some(peak_rss as u64)
}

/// The machine a run ran on: the CPU model (Linux `/proc/cpuinfo`; elsewhere the architecture)
/// and the logical cores this process may use, e.g. "Intel(R) Xeon(R) Processor, 2 cores".
pub fn machine() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|text| {
        let line = text.lines().find(|l| l.starts_with("model name"))?;
        Some(line.split_once(':')?.1.trim().to_string())
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{}, {cores} cores", model.unwrap_or_else(|| std::env::consts::ARCH.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{os_peak_rss_bytes, peak_rss_bytes};

    /// Both peaks grow by at least what a 96 MiB buffer touches; the portable one, which also
    /// counts the image before `exec`, is never below this image's own.
    #[test]
    fn peak_resident_memory_follows_a_large_allocation() {
        let before = peak_rss_bytes().expect("this OS reports peak memory");
        let buffer = vec![1u8; 96 << 20];
        std::hint::black_box(&buffer);
        let (own, portable) = (peak_rss_bytes().unwrap(), os_peak_rss_bytes().unwrap());
        assert!(own >= before.max(96 << 20), "{before} -> {own}");
        assert!(portable >= own - (1 << 20), "getrusage {portable} < this image's peak {own}");
        drop(buffer);
    }
}
