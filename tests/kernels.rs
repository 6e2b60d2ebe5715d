//! The DP kernels: the WGSL shaders against their tensor-op twins and the CPU Philox (to 1e-6),
//! Philox known answers run inside the shader, statistical tests of the shader's noise, the fused
//! Adam kernel, and the kernel dispatches of one DP step.
//!
//! Every test takes one lock: the dispatch count observes every kernel the process launches, so
//! no other test of this binary may launch kernels while it counts.

mod common;

use std::sync::{Mutex, MutexGuard};

use burn::tensor::{Distribution, Tensor, TensorData};
use common::{rel_err, values};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::kernels::dispatch::count_dispatches;
use dpgpu::kernels::{self, AdamStep, NoiseSpec, reference, wgsl};
use dpgpu::models::MnistCnn;
use dpgpu::privacy::noise_check::{Z_999, check_standard_normal, correlation};
use dpgpu::privacy::philox;

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// The kernels agree with their tensor-op twins on random data: on Vulkan the WGSL shaders, on
/// cpu the host loops (`kernels::host`) that `cpu` dispatches to.
fn wgsl_kernels_match_the_tensor_op_reference(dev: &ComputeDevice) {
    let _serial = serial();
    let (b, p) = (37, 1531);
    let grads = Tensor::<2>::random([b, p], Distribution::Normal(0.0, 1.0), &dev.device);
    let acc = Tensor::<1>::random([b], Distribution::Uniform(0.0, 2.0), &dev.device);
    let sq = kernels::sq_norms(grads.clone(), acc.clone(), dev.uses_wgsl_kernels());
    let sq_ref = reference::sq_norms(grads.clone(), acc);
    assert!(rel_err(&values(sq.clone()), &values(sq_ref)) < 1e-5);

    let f = kernels::clip_factors(sq.clone(), 30.0, dev.uses_wgsl_kernels());
    let f_ref = reference::clip_factors(sq, 30.0);
    assert!(rel_err(&values(f.clone()), &values(f_ref)) < 1e-6);
    // Squared norms no correct kernel returns: a negative one (rounding in a ghost norm, a broken
    // kernel), -inf and NaN get factor 0 on every path; -0.0 and +0.0 are a zero norm (factor 1).
    let odd = vec![-1e-3f32, -0.0, 0.0, f32::NEG_INFINITY, f32::NAN, -f32::NAN, 4.0, f32::INFINITY];
    let odd = Tensor::<1>::from_data(TensorData::new(odd, [8]), &dev.device);
    let f_odd = values(kernels::clip_factors(odd.clone(), 1.0, dev.uses_wgsl_kernels()));
    assert_eq!(f_odd, values(reference::clip_factors(odd, 1.0)));
    assert_eq!(
        [f_odd[0], f_odd[1], f_odd[2], f_odd[3], f_odd[4], f_odd[5], f_odd[7]],
        [0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    );
    assert!((f_odd[6] - 0.5).abs() < 1e-6, "C / (‖g‖ + 1e-6) for ‖g‖ = 2: {}", f_odd[6]);

    let s = kernels::clip_and_accumulate(grads.clone(), f.clone(), dev.uses_wgsl_kernels());
    let s_ref = reference::clip_and_accumulate(grads, f);
    assert!(rel_err(&values(s.clone()), &values(s_ref)) < 1e-5);

    let param = Tensor::<1>::random([p], Distribution::Normal(0.0, 1.0), &dev.device);
    let spec = NoiseSpec { std: 1.3, ..NOISE };
    let u = kernels::noisy_sgd(param.clone(), s.clone(), spec, 1.0 / 64.0, 0.15, dev.uses_wgsl_kernels());
    let u_ref = reference::noisy_sgd(param, s, spec, 1.0 / 64.0, 0.15);
    let max_abs = values(u).iter().zip(values(u_ref)).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
    assert!(max_abs < 1e-5, "noisy update differs by {max_abs}");
}

/// The known answers through the shader's own `philox4x32_10` (`shaders/philox.wgsl`) on wgpu,
/// through the CPU reference on cpu.
fn philox_known_answers_of_random123(dev: &ComputeDevice) {
    let _serial = serial();
    let pairs: Vec<([u32; 4], [u32; 2])> = philox::RANDOM123_KAT.iter().map(|(c, k, _)| (*c, *k)).collect();
    let got = match dev.uses_wgsl_kernels() {
        true => wgsl::philox_blocks(&pairs, &dev.device),
        false => pairs.iter().map(|(c, k)| philox::philox4x32_10(*c, *k)).collect(),
    };
    for ((counter, key, want), got) in philox::RANDOM123_KAT.iter().zip(got) {
        assert_eq!(got, *want, "counter {counter:08x?} key {key:08x?}");
    }
}

const NOISE: NoiseSpec = NoiseSpec { seed: 0xDEAD_BEEF_1234, step: 1 << 33 | 7, tensor_id: 3, std: 1.0 };

/// 2^20 draws: the same bits twice on one backend, and within 1e-6 of the CPU reference
/// (|a − b| ≤ 1e-6 · max(1, |b|); the draws reach |z| ≈ 5.8).
fn noise_repeats_bit_for_bit_and_matches_the_cpu_within_1e6(dev: &ComputeDevice) {
    let _serial = serial();
    let n = 1 << 20;
    let wgsl = dev.uses_wgsl_kernels();
    let a = values(kernels::gaussian_noise(n, NOISE, &dev.device, wgsl));
    let b = values(kernels::gaussian_noise(n, NOISE, &dev.device, wgsl));
    assert!(a.iter().zip(&b).all(|(x, y)| x.to_bits() == y.to_bits()), "the same seed gave different noise");
    let cpu = philox::gaussian_noise(NOISE.seed, NOISE.step, NOISE.tensor_id, n, NOISE.std);
    let (mut max_abs, mut max_rel, mut differ) = (0.0f64, 0.0f64, 0usize);
    for (x, y) in a.iter().zip(&cpu) {
        let d = f64::from((x - y).abs());
        max_abs = max_abs.max(d);
        max_rel = max_rel.max(d / f64::from(y.abs()).max(1.0));
        differ += usize::from(x != y);
    }
    eprintln!("noise vs CPU: {differ} of {n} differ, max |diff| {max_abs:.2e}, max relative {max_rel:.2e}");
    assert!(max_rel <= 1e-6, "noise differs from the CPU reference by {max_rel:.2e} (relative)");
}

/// 10^6 draws of the backend's own noise kernel: KS against N(0, 1), mean and variance inside
/// their 99.9% intervals, and no correlation between neighbouring elements, steps, tensors and
/// seeds (|r| < 3.29 / √n).
fn backend_noise_is_standard_normal_and_uncorrelated(dev: &ComputeDevice) {
    let _serial = serial();
    let n = 1_000_000;
    let draw = |spec: NoiseSpec, len: usize| {
        values(kernels::gaussian_noise(len, spec, &dev.device, dev.uses_wgsl_kernels()))
    };
    let z = draw(NOISE, n + 1);
    let check = check_standard_normal(&z[..n]);
    eprintln!("{check:?}");
    assert!(check.passes(), "{check:?}");
    let bound = Z_999 / (n as f64).sqrt();
    let neighbours = [
        ("element + 1", z[1..].to_vec()),
        ("step + 1", draw(NoiseSpec { step: NOISE.step + 1, ..NOISE }, n)),
        ("tensor + 1", draw(NoiseSpec { tensor_id: NOISE.tensor_id + 1, ..NOISE }, n)),
        ("seed + 1", draw(NoiseSpec { seed: NOISE.seed + 1, ..NOISE }, n)),
    ];
    for (what, other) in neighbours {
        let r = correlation(&z[..n], &other);
        assert!(r.abs() < bound, "correlation with {what}: {r} (bound {bound})");
    }
}

/// The fused DP-Adam kernel against its tensor-op twin: the first step from zero moments with
/// noise, and a later step from given moments without noise.
fn fused_adam_matches_its_twin(dev: &ComputeDevice) {
    let _serial = serial();
    let p = 1531;
    let random = |lo: f64, hi: f64| Tensor::<1>::random([p], Distribution::Uniform(lo, hi), &dev.device);
    let zeros = Tensor::<1>::zeros([p], &dev.device);
    let cases = [
        ([random(-1.0, 1.0), random(-5.0, 5.0), zeros.clone(), zeros], 1, 1.3),
        ([random(-1.0, 1.0), random(-5.0, 5.0), random(-0.1, 0.1), random(0.0, 0.01)], 3, 0.0),
    ];
    for (tensors, t, std) in cases {
        let adam = AdamStep::new(1e-3, 0.9, 0.999, 1e-8, t);
        let noise = NoiseSpec { std, ..NOISE };
        let (p1, m1, v1) =
            kernels::noisy_adam(tensors.clone(), noise, 1.0 / 64.0, adam, dev.uses_wgsl_kernels());
        let (p2, m2, v2) = reference::noisy_adam(tensors.clone(), noise, 1.0 / 64.0, adam);
        for (what, got, want) in [("m", m1, m2), ("v", v1, v2)] {
            let err = rel_err(&values(got), &values(want));
            assert!(err < 1e-5, "step {t}, {what}: relative error {err:.2e}");
        }
        let start = values(tensors[0].clone());
        let step = |t: Tensor<1>| values(t).iter().zip(&start).map(|(a, b)| a - b).collect::<Vec<f32>>();
        let err = rel_err(&step(p1), &step(p2));
        assert!(err < 1e-4, "step {t}: parameter update relative error {err:.2e}");
    }
}

/// Kernels dispatched by one DP step of the MNIST CNN (8 parameter tensors) at batch 8, after a
/// warm-up step. Fused (dpgpu's WGSL kernels): per tensor one norm and one clip-and-accumulate
/// kernel, one clip-factor kernel, per tensor one noise + scale + SGD kernel; unfused: none of
/// dpgpu's. On cpu nothing is dispatched.
fn dispatches_of_one_dp_step(dev: &ComputeDevice) {
    let _serial = serial();
    let x = Tensor::<4>::random([8, 1, 28, 28], Distribution::Uniform(0.0, 1.0), &dev.device);
    let onehot = common::onehot(&[0, 1, 2, 3, 4, 5, 6, 7], 10, dev);
    let count = |strategy: Strategy, fused: bool| {
        let config = DpSgdConfig {
            noise_multiplier: 1.0,
            max_grad_norm: 1.0,
            lr: 0.1,
            expected_batch_size: 8.0,
            noise_seed: 1,
            strategy,
            optimizer: Default::default(),
            secure_noise: false,
        };
        let mut dp = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels() && fused).unwrap();
        let batch = || vec![(x.clone(), onehot.clone(), 8)];
        let (model, _) = dp.step(MnistCnn::new(&dev.device, 0), batch()).unwrap();
        count_dispatches(dev, || dp.step(model, batch()).unwrap()).unwrap().1
    };
    let fused = count(Strategy::Vectorized, true);
    eprintln!("fused vectorized step: {fused:?}");
    if !dev.uses_wgsl_kernels() {
        assert_eq!(fused.total, 0, "the cpu backend dispatches no kernels");
        return;
    }
    let k = |name: &str| fused.by_kernel.get(name).copied().unwrap_or(0);
    assert_eq!(
        [k("dpgpu::SqNorms"), k("dpgpu::ClipFactors"), k("dpgpu::ClipAccumulate"), k("dpgpu::NoisySgd")],
        [8, 1, 8, 8]
    );
    assert_eq!(fused.dpgpu_kernels, 25);
    assert!(fused.total > fused.dpgpu_kernels, "the backward pass dispatches Burn's kernels too");
    let unfused = count(Strategy::Vectorized, false);
    eprintln!("unfused vectorized step: {unfused:?}");
    assert_eq!(unfused.dpgpu_kernels, 0);
    assert!(
        unfused.total > fused.total,
        "fusing the DP step saves dispatches: {} vs {}",
        unfused.total,
        fused.total
    );
    let ghost = count(Strategy::Ghost, true);
    assert_eq!(ghost.by_kernel.get("dpgpu::NoisySgd"), Some(&8));
    assert_eq!(ghost.by_kernel.get("dpgpu::ClipFactors"), Some(&1));
}

on_every_backend!(
    wgsl_kernels_match_the_tensor_op_reference,
    philox_known_answers_of_random123,
    noise_repeats_bit_for_bit_and_matches_the_cpu_within_1e6,
    backend_noise_is_standard_normal_and_uncorrelated,
    fused_adam_matches_its_twin,
    dispatches_of_one_dp_step,
);
