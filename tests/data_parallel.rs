//! Data-parallel DP-SGD in one process (`dpgpu::distributed::InProcess`, one thread per worker):
//! for 2 and 3 workers one step equals the single-device step on the union of their slices at
//! σ = 1.1 (so the noise is added exactly once: twice or not at all would be far off), an empty
//! global batch is still a noise-only step, and in secure mode worker 0's noise reaches every
//! worker once.

mod common;

use burn::tensor::{Tensor, TensorData};
use common::{flat_params, mean_std, rel_err};
use dpgpu::data::sampler::physical_batches;
use dpgpu::device::ComputeDevice;
use dpgpu::distributed::{Collective, InProcess, SingleProcess, rank_slice};
use dpgpu::engine::optim::DpOptimizer;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::models::{Ffnn, MnistCnn};

const N: usize = 40;
const PHYSICAL: usize = 4;

/// Example `i` of a fixed dataset of 40 rows of 104 features in [-1, 1) and 2 classes.
fn row(i: usize) -> Vec<f32> {
    (0..104).map(|k| ((k * 37 + i * 53 + 11) % 101) as f32 / 50.5 - 1.0).collect()
}

/// `indices` as padded physical batches of 4 rows (an empty list: one fully padded batch).
fn batches(indices: &[usize], dev: &ComputeDevice) -> Vec<(Tensor<2>, Tensor<2>, usize)> {
    physical_batches(indices, PHYSICAL)
        .into_iter()
        .map(|chunk| {
            let mut x = vec![0.0f32; PHYSICAL * 104];
            let mut y = vec![0.0f32; PHYSICAL * 2];
            for (r, &i) in chunk.iter().enumerate() {
                x[r * 104..(r + 1) * 104].copy_from_slice(&row(i));
                y[r * 2 + (i * 7 % 3 == 0) as usize] = 1.0;
            }
            (
                Tensor::from_data(TensorData::new(x, [PHYSICAL, 104]), &dev.device),
                Tensor::from_data(TensorData::new(y, [PHYSICAL, 2]), &dev.device),
                chunk.len(),
            )
        })
        .collect()
}

fn config(strategy: Strategy, optimizer: DpOptimizer, secure_noise: bool) -> DpSgdConfig {
    DpSgdConfig {
        noise_multiplier: 1.1,
        max_grad_norm: 0.7,
        lr: 0.5,
        expected_batch_size: 10.0,
        noise_seed: if secure_noise { 0 } else { 99 },
        strategy,
        optimizer,
        secure_noise,
    }
}

/// Two steps over the global batches `global`, with `world` workers on threads; returns every
/// worker's parameters and global losses.
fn data_parallel(
    model: &Ffnn,
    global: &[Vec<usize>],
    world: usize,
    config: &DpSgdConfig,
    dev: &ComputeDevice,
) -> Vec<(Vec<f32>, Vec<f32>)> {
    let group = InProcess::group(world).unwrap();
    std::thread::scope(|s| {
        let handles: Vec<_> = group
            .into_iter()
            .map(|member| {
                s.spawn(move || {
                    let mut dp = DpSgd::new(config.clone(), &dev.device, dev.uses_wgsl_kernels()).unwrap();
                    let (mut m, mut losses) = (model.clone(), Vec::new());
                    for indices in global {
                        let local = rank_slice(indices, member.rank(), member.world_size());
                        let (next, loss) = dp.step_with(m, batches(local, dev), &member).unwrap();
                        m = next;
                        losses.push(common::values(loss)[0]);
                    }
                    assert_eq!(dp.steps_taken(), global.len() as u64);
                    (flat_params(&m), losses)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

/// The same two steps on one device over the whole global batches.
fn single(
    model: &Ffnn,
    global: &[Vec<usize>],
    config: &DpSgdConfig,
    dev: &ComputeDevice,
) -> (Vec<f32>, Vec<f32>) {
    let mut dp = DpSgd::new(config.clone(), &dev.device, dev.uses_wgsl_kernels()).unwrap();
    let (mut m, mut losses) = (model.clone(), Vec::new());
    for indices in global {
        let (next, loss) = dp.step(m, batches(indices, dev)).unwrap();
        m = next;
        losses.push(common::values(loss)[0]);
    }
    (flat_params(&m), losses)
}

fn delta(after: &[f32], before: &[f32]) -> Vec<f32> {
    after.iter().zip(before).map(|(a, b)| a - b).collect()
}

fn workers_equal_one_device_on_the_union(dev: &ComputeDevice) {
    let model = Ffnn::new(&dev.device, 104, 5);
    let before = flat_params(&model);
    // 11 examples, then 2 (one of three workers gets none), then none at all (noise only).
    let global = vec![vec![0, 3, 4, 8, 9, 15, 21, 22, 30, 31, 39], vec![5, 17], vec![]];
    for (strategy, optimizer) in [
        (Strategy::Auto, DpOptimizer::Sgd),
        (Strategy::Vectorized, DpOptimizer::adam()),
        (Strategy::Loop, DpOptimizer::Sgd),
    ] {
        let cfg = config(strategy, optimizer, false);
        let (want, want_loss) = single(&model, &global, &cfg, dev);
        let want_delta = delta(&want, &before);
        for world in [2, 3] {
            let runs = data_parallel(&model, &global, world, &cfg, dev);
            for (rank, (params, losses)) in runs.iter().enumerate() {
                let err = rel_err(&delta(params, &before), &want_delta);
                assert!(
                    err < 1e-6,
                    "{strategy:?}/{optimizer:?}, {world} workers, rank {rank}: relative error {err:e}"
                );
                let loss_err = rel_err(losses, &want_loss);
                assert!(loss_err < 1e-6, "{world} workers, rank {rank}: loss {losses:?} vs {want_loss:?}");
            }
            // Every worker holds the same bits: the sum is taken in one order everywhere.
            assert!(runs.iter().all(|r| r.0 == runs[0].0), "{world} workers disagree");
        }
        // Not met by luck: the same run without noise, or with its noise twice, is far off.
        let mut noiseless = cfg.clone();
        noiseless.noise_multiplier = 0.0;
        let (without, _) = single(&model, &global, &noiseless, dev);
        let noise: Vec<f32> = delta(&want, &without);
        assert!(rel_err(&delta(&without, &before), &want_delta) > 0.1, "the noise is too small to tell");
        let twice: Vec<f32> = want_delta.iter().zip(&noise).map(|(d, z)| d + z).collect();
        assert!(rel_err(&twice, &want_delta) > 0.1);
    }
}

/// Secure mode: worker 0 alone draws the discrete Gaussian noise; every worker applies the same
/// released sum. On an empty batch the update is lr·noise/qN, whose spread tells one draw (std
/// lr·σC/qN) from one per worker (√W times that).
fn secure_noise_is_drawn_once_by_worker_zero(dev: &ComputeDevice) {
    let model = Ffnn::new(&dev.device, 104, 6);
    let before = flat_params(&model);
    let mut cfg = config(Strategy::Auto, DpOptimizer::Sgd, true);
    cfg.noise_multiplier = 2.0;
    let runs = data_parallel(&model, &[vec![]], 2, &cfg, dev);
    assert_eq!(runs[0].0, runs[1].0, "the workers applied different noise");
    let (mean, std) = mean_std(&delta(&runs[0].0, &before));
    let want = cfg.lr * cfg.noise_multiplier * cfg.max_grad_norm / cfg.expected_batch_size;
    // 5,352 coordinates: the sample std is within 5% of the truth far beyond 99.9% of the time.
    assert!((std / want - 1.0).abs() < 0.05, "update std {std}, want {want} (noise drawn once)");
    assert!(mean.abs() < 4.0 * want / (5352f64).sqrt(), "update mean {mean}");
}

/// Through the library: each worker's `PrivacyEngine` draws its own noise key from the OS (the
/// default), the batches come from a sampler keyed by `shared_random_key`; after two steps and
/// a save/load (which re-keys), every worker holds the same parameters and ε.
#[test]
fn engines_on_two_workers_share_worker_zeros_noise() {
    use dpgpu::data::sampler::PoissonSampler;
    use dpgpu::distributed::shared_random_key;
    use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
    let dev = common::cpu();
    let model = Ffnn::new(&dev.device, 104, 8);
    let config = PrivacyEngineConfig {
        noise_multiplier: 1.1,
        max_grad_norm: 1.0,
        sample_rate: 0.25,
        delta: 1e-5,
        lr: 0.5,
        ..PrivacyEngineConfig::default()
    };
    let group = InProcess::group(2).unwrap();
    let runs: Vec<(Vec<f32>, f64)> = std::thread::scope(|s| {
        let handles: Vec<_> = group
            .into_iter()
            .map(|member| {
                let (model, config, dev) = (model.clone(), config.clone(), dev.clone());
                s.spawn(move || {
                    let mut engine = PrivacyEngine::new(config, N, &dev, &model).unwrap();
                    let key = shared_random_key(&member).unwrap();
                    let mut sampler = PoissonSampler::new(N, 0.25, key).unwrap();
                    let dir = std::env::temp_dir().join(format!(
                        "dpgpu-dp-engine-{}-{}",
                        std::process::id(),
                        member.rank()
                    ));
                    let mut m = model;
                    for step in 0..3 {
                        let indices = sampler.sample();
                        let local = rank_slice(&indices, member.rank(), member.world_size());
                        m = engine.step_with(m, batches(local, &dev), &member).unwrap().0;
                        if step == 1 {
                            engine.save(&dir, &m).unwrap();
                            (engine, m) = PrivacyEngine::load(&dir, &dev, m).unwrap();
                        }
                    }
                    (flat_params(&m), engine.epsilon().unwrap())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(runs[0], runs[1], "the workers' models differ: each added its own noise");
}

/// With a single worker, `step_with` is `step`, bit for bit.
#[test]
fn one_worker_is_the_plain_step() {
    let dev = common::cpu();
    let model = MnistCnn::new(&dev.device, 1);
    let cfg = config(Strategy::Auto, DpOptimizer::Sgd, false);
    let x = Tensor::<4>::from_data(
        TensorData::new((0..2 * 784).map(|k| (k % 17) as f32 / 17.0).collect::<Vec<f32>>(), [2, 1, 28, 28]),
        &dev.device,
    );
    let y = common::onehot(&[3, 4], 10, &dev);
    let mut a = DpSgd::new(cfg.clone(), &dev.device, false).unwrap();
    let mut b = DpSgd::new(cfg, &dev.device, false).unwrap();
    let (ma, _) = a.step(model.clone(), vec![(x.clone(), y.clone(), 2)]).unwrap();
    let (mb, _) = b.step_with(model, vec![(x, y, 2)], &SingleProcess).unwrap();
    assert_eq!(flat_params(&ma), flat_params(&mb));
}

on_every_backend!(workers_equal_one_device_on_the_union, secure_noise_is_drawn_once_by_worker_zero);
