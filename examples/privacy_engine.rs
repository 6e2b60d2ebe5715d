//! DP-Adam on MNIST with dpgpu's `PrivacyEngine`, as a Burn user would write it:
//! Poisson sampling, padded physical batches, a DP step per logical batch, ε after each epoch.
//!
//! `cargo run --release --example privacy_engine [-- --backend vulkan]` (about a minute on a
//! 2-core CPU: 10,000 training examples, 2 epochs).

use dpgpu::data::sampler::{PoissonSampler, physical_batch_size, physical_batches};
use dpgpu::data::{Dataset, Images};
use dpgpu::device::{BackendChoice, select};
use dpgpu::engine::optim::DpOptimizer;
use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
use dpgpu::engine::trainer::evaluate;
use dpgpu::models::MnistCnn;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let backend = std::env::args().skip_while(|a| a != "--backend").nth(1).unwrap_or_else(|| "cpu".into());
    let dev = select(backend.parse::<BackendChoice>()?)?;
    let data = dpgpu::data::idx::load_mnist(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/mnist"
    )))?;
    let shape = vec![1, data.rows, data.cols];
    let train = Dataset::<Images>::new(data.train_images, shape.clone(), data.train_labels, 10)
        .truncated(Some(10_000));
    let test = Dataset::<Images>::new(data.test_images, shape, data.test_labels, 10).truncated(Some(2_000));

    let (n, expected_batch) = (train.len(), 256);
    let config = PrivacyEngineConfig {
        noise_multiplier: 1.0,
        max_grad_norm: 1.0,
        sample_rate: expected_batch as f64 / n as f64,
        delta: 1e-5,
        lr: 2e-3,
        optimizer: DpOptimizer::adam(),
        ..PrivacyEngineConfig::default()
    };
    let mut model = MnistCnn::new(&dev.device, 0);
    let mut engine = PrivacyEngine::new(config, n, &dev, &model)?;
    let physical = physical_batch_size(expected_batch, n);
    let steps_per_epoch = n.div_ceil(expected_batch);
    // Poisson sampling: every example joins each batch independently with probability q, keyed
    // from the OS CSPRNG (a seeded sampler would let whoever knows the seed see every batch).
    let mut sampler = PoissonSampler::from_os_rng(n, engine.config().sample_rate)?;
    for epoch in 1..=2 {
        for _ in 0..steps_per_epoch {
            let indices = sampler.sample();
            let batches = physical_batches(&indices, physical)
                .into_iter()
                .map(|chunk| {
                    let b = train.batch(chunk, physical, &dev.device);
                    (b.input, b.onehot, b.real)
                })
                .collect();
            model = engine.step(model, batches)?.0;
        }
        let accuracy = evaluate(&model, &test, &dev.device);
        println!(
            "epoch {epoch}: test accuracy {accuracy:.4}, epsilon {:.3} at delta 1e-5",
            engine.epsilon()?
        );
    }
    Ok(())
}
