//! Micro-benchmarks of each per-layer rule and each DP kernel at the paper's models' shapes
//! (batch 64), so a change to one kernel is measured alone:
//! `cargo build --release --bench per_sample && target/release/deps/per_sample-* [FILTER]`
//! (or `cargo bench --bench per_sample -- [FILTER]`, which builds in the `bench` profile).
//! `DPGPU_BENCH_BACKEND=vulkan` runs them on the first Vulkan adapter (lavapipe in CI)
//! instead of `cpu`; `DPGPU_BENCH_SAMPLES` sets the samples per case (default 10, after 2
//! warm-up calls). Every measured call ends with a read of its outputs to host values, so
//! queued GPU work counts. It prints one markdown row per case: median and minimum milliseconds.
//!
//! The harness is these few lines rather than criterion: as a dev-dependency, criterion
//! changes the features of crates Burn and wgpu share, so every test build compiled Burn a
//! second time (over 15 minutes on this project's 2-core CI machine).
//!
//! Whole training steps are measured by `dpgpu bench` (one process per run, medians of epochs).

use std::time::Instant;

use burn::tensor::{Distribution, Int, Tensor};
use dpgpu::device::{BackendChoice, ComputeDevice, select};
use dpgpu::grad_sample::rules::{self, ConvGeometry, NormMethod};
use dpgpu::kernels::{self, NoiseSpec};

const BATCH: usize = 64;

fn device() -> ComputeDevice {
    let choice = match std::env::var("DPGPU_BENCH_BACKEND").as_deref() {
        Ok("vulkan") => BackendChoice::Vulkan,
        _ => BackendChoice::Cpu,
    };
    select(choice).expect("the benchmark's backend")
}

fn normal<const D: usize>(shape: [usize; D], dev: &ComputeDevice) -> Tensor<D> {
    Tensor::random(shape, Distribution::Normal(0.0, 1.0), &dev.device)
}

/// Times cases whose name contains the filter (the first argument not starting with `-`).
struct Bench {
    dev: ComputeDevice,
    filter: Option<String>,
    samples: usize,
}

impl Bench {
    fn new() -> Self {
        let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        let samples = std::env::var("DPGPU_BENCH_SAMPLES").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
        Bench { dev: device(), filter, samples }
    }

    /// Two warm-up calls of `f`, then `samples` timed calls, each ending when its outputs are
    /// computed ([`Settle`]); prints `| group | case | median ms | min ms |`.
    fn run<T: Settle>(&self, group: &str, case: &str, mut f: impl FnMut() -> T) {
        let name = format!("{group}/{} {case}", self.dev.backend);
        if self.filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            return;
        }
        let mut once = || {
            let start = Instant::now();
            f().settle().map(|()| start.elapsed().as_secs_f64() * 1e3)
        };
        let warm = once().and(once());
        let times: Result<Vec<f64>, String> =
            warm.and_then(|_| (0..self.samples.max(1)).map(|_| once()).collect());
        let mut times = match times {
            Ok(times) => times,
            Err(e) => return println!("| {name} | failed: {e} | - |"),
        };
        times.sort_by(f64::total_cmp);
        println!("| {name} | {:.3} | {:.3} |", times[times.len() / 2], times[0]);
    }
}

/// Waits until a result is computed by reading each output tensor back to host values (a sync
/// call was not enough in this harness: the fused conv kernel "took" 1 ms at 1.2 GFLOP on
/// lavapipe, 3.7 s with the read).
trait Settle {
    /// Errs with the device's message when the work failed (a buffer over the adapter's limit).
    fn settle(self) -> Result<(), String>;
}

impl<const D: usize> Settle for Tensor<D> {
    fn settle(self) -> Result<(), String> {
        let n: usize = self.dims().iter().product();
        if n == 0 {
            return Ok(());
        }
        // `TensorData` is read lazily: converting it is what waits for the device.
        let read = self.try_into_data().map_err(|e| e.to_string());
        let values = read.and_then(|d| d.convert::<f32>().try_to_vec::<f32>().map_err(|e| format!("{e:?}")));
        values.map(drop).map_err(|e| e.lines().last().unwrap_or_default().to_string())
    }
}

impl<T: Settle> Settle for Option<T> {
    fn settle(self) -> Result<(), String> {
        self.map_or(Ok(()), Settle::settle)
    }
}

impl<A: Settle, B: Settle> Settle for (A, B) {
    fn settle(self) -> Result<(), String> {
        self.0.settle().and(self.1.settle())
    }
}

/// A Linear layer on `[batch, t, d_in]` as in the paper's models.
struct LinearCase {
    name: &'static str,
    t: usize,
    d_in: usize,
    d_out: usize,
}

const LINEARS: [LinearCase; 4] = [
    LinearCase { name: "logreg 104x1", t: 1, d_in: 104, d_out: 1 },
    LinearCase { name: "ffnn 104x50", t: 1, d_in: 104, d_out: 50 },
    LinearCase { name: "mnist fc 512x32", t: 1, d_in: 512, d_out: 32 },
    LinearCase { name: "lstm gates 200x400 t256", t: 256, d_in: 200, d_out: 400 },
];

fn linear_rules(b: &Bench) {
    let dev = &b.dev;
    for case in LINEARS {
        let a = normal([BATCH, case.t, case.d_in], dev);
        let g = normal([BATCH, case.t, case.d_out], dev);
        let factors = Tensor::<1>::ones([BATCH], &dev.device);
        b.run("linear grad_sample", case.name, || rules::linear_grad_sample(a.clone(), g.clone()));
        for method in [NormMethod::Ghost, NormMethod::Materialize] {
            b.run(&format!("linear sq_norms {method:?}"), case.name, || {
                rules::linear_weight_sq_norms(a.clone(), g.clone(), Some(method))
            });
        }
        b.run("linear clipped_sum", case.name, || {
            rules::linear_clipped_sum(a.clone(), g.clone(), factors.clone())
        });
    }
}

/// A Conv2d layer: input `[batch, c_in, hw, hw]`, a `k x k` kernel.
struct ConvCase {
    name: &'static str,
    c_in: usize,
    c_out: usize,
    hw: usize,
    k: usize,
    stride: usize,
    pad: usize,
}

const CONVS: [ConvCase; 4] = [
    ConvCase { name: "mnist conv1 1x16 k8 s2", c_in: 1, c_out: 16, hw: 28, k: 8, stride: 2, pad: 3 },
    ConvCase { name: "mnist conv2 16x32 k4 s2", c_in: 16, c_out: 32, hw: 13, k: 4, stride: 2, pad: 0 },
    ConvCase { name: "cifar10 32x32 k3 at 32x32", c_in: 32, c_out: 32, hw: 32, k: 3, stride: 1, pad: 1 },
    ConvCase { name: "cifar10 128x128 k3 at 8x8", c_in: 128, c_out: 128, hw: 8, k: 3, stride: 1, pad: 1 },
];

fn conv_rules(b: &Bench) {
    let dev = &b.dev;
    for case in CONVS {
        let geometry = ConvGeometry {
            weight_shape: [case.c_out, case.c_in, case.k, case.k],
            stride: [case.stride; 2],
            dilation: [1, 1],
            padding: [(case.pad, case.pad); 2],
            groups: 1,
        };
        let out = (case.hw + 2 * case.pad - case.k) / case.stride + 1;
        let x = normal([BATCH, case.c_in, case.hw, case.hw], dev);
        let g = normal([BATCH, case.c_out, out, out], dev);
        let factors = Tensor::<1>::ones([BATCH], &dev.device);
        b.run("conv2d grad_sample", case.name, || rules::conv2d_grad_sample(x.clone(), g.clone(), &geometry));
        for method in [NormMethod::Ghost, NormMethod::Materialize] {
            b.run(&format!("conv2d sq_norms {method:?}"), case.name, || {
                let (cols, gg) = rules::conv_columns(x.clone(), g.clone(), &geometry);
                rules::conv2d_sq_norms_from_columns(cols, gg, Some(method))
            });
        }
        for (mode, write_grad) in [("norm", false), ("grad", true)] {
            b.run(&format!("conv2d fused {mode}"), case.name, || {
                rules::conv2d_weight_fused(x.clone(), g.clone(), &geometry, write_grad)
            });
        }
        b.run("conv2d clipped_sum", case.name, || {
            rules::conv2d_clipped_sum(x.clone(), g.clone(), &geometry, factors.clone())
        });
    }
}

fn embedding_rules(b: &Bench) {
    let dev = &b.dev;
    for (name, vocab, d) in [("embed 10004x16 t256", 10_004, 16), ("lstm 10004x100 t256", 10_004, 100)] {
        let ids =
            Tensor::<2, Int>::random([BATCH, 256], Distribution::Uniform(0.0, vocab as f64), &dev.device);
        let g = normal([BATCH, 256, d], dev);
        let factors = Tensor::<1>::ones([BATCH], &dev.device);
        b.run("embedding grad_sample", name, || rules::embedding_grad_sample(ids.clone(), g.clone(), vocab));
        b.run("embedding sq_norms", name, || rules::embedding_sq_norms(ids.clone(), g.clone(), vocab));
        b.run("embedding clipped_sum", name, || {
            rules::embedding_clipped_sum(ids.clone(), g.clone(), factors.clone(), vocab)
        });
    }
}

/// The DP kernels on per-sample gradients `[batch, p]` and parameter vectors `[p]`, p of the
/// paper's models.
fn dp_kernels(b: &Bench) {
    let dev = &b.dev;
    let wgsl = dev.uses_wgsl_kernels();
    for (name, p) in [("ffnn 5,352", 5_352usize), ("mnist 26,010", 26_010), ("embed 160,370", 160_370)] {
        let grads = normal([BATCH, p], dev);
        let zeros = Tensor::<1>::zeros([BATCH], &dev.device);
        let factors = Tensor::<1>::ones([BATCH], &dev.device).mul_scalar(0.5);
        b.run("kernel sq_norms", name, || kernels::sq_norms(grads.clone(), zeros.clone(), wgsl));
        b.run("kernel clip_factors", name, || kernels::clip_factors(zeros.clone(), 1.0, wgsl));
        b.run("kernel clip_and_accumulate", name, || {
            kernels::clip_and_accumulate(grads.clone(), factors.clone(), wgsl)
        });
    }
    for (name, p) in [("cifar10 605,226", 605_226usize), ("lstm 1,081,002", 1_081_002)] {
        let param = normal([p], dev);
        let sum = normal([p], dev);
        let noise = NoiseSpec { seed: 1, step: 0, tensor_id: 0, std: 1.1 };
        b.run("kernel noisy_sgd", name, || {
            kernels::noisy_sgd(param.clone(), sum.clone(), noise, 1.0 / 256.0, 0.15, wgsl)
        });
    }
}

fn main() {
    let bench = Bench::new();
    println!("| case ({} batch {BATCH}) | median ms | min ms |\n|---|---|---|", bench.dev.describe());
    linear_rules(&bench);
    conv_rules(&bench);
    embedding_rules(&bench);
    dp_kernels(&bench);
}
