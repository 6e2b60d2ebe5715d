//! The Burn book's guide model (two Conv2d, AdaptiveAvgPool2d, Dropout, two Linear, ReLU),
//! trained privately on the shipped MNIST with Burn's own Adam: its `use` lines name
//! `dpgpu::nn` instead of `burn::nn` for the layers with parameters, it implements
//! `dpgpu::nn::BurnModel`, and the training step asks dpgpu's `PrivacyEngine` for the privatised
//! gradient (Poisson sampling, per-example clipping, noise) before `optim.step`.
//!
//! `cargo run --release --example burn_guide [-- --epochs N --backend vulkan]`; prints test
//! accuracy and ε after each of 5 epochs (about a minute each on a 2-core CPU).

use burn::module::Module;
use burn::nn::pool::{AdaptiveAvgPool2d, AdaptiveAvgPool2dConfig};
use burn::nn::{Dropout, DropoutConfig, Relu};
use burn::optim::AdamConfig;
use burn::tensor::{Device, Tensor};
// The guide's `use burn::nn::{conv::{Conv2d, Conv2dConfig}, Linear, LinearConfig}`:
use dpgpu::nn::{Conv2d, Conv2dConfig, Linear, LinearConfig};

use dpgpu::data::sampler::{PoissonSampler, physical_batch_size, physical_batches};
use dpgpu::data::{Dataset, Images};
use dpgpu::device::{BackendChoice, select};
use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};

// ---- The guide's model, unchanged (https://burn.dev/books/burn/basic-workflow/model.html) ----

#[derive(Module, Debug)]
pub struct Model {
    conv1: Conv2d,
    conv2: Conv2d,
    pool: AdaptiveAvgPool2d,
    dropout: Dropout,
    linear1: Linear,
    linear2: Linear,
    activation: Relu,
}

#[derive(Debug)]
pub struct ModelConfig {
    num_classes: usize,
    hidden_size: usize,
    dropout: f64,
}

impl ModelConfig {
    pub fn init(&self, device: &Device) -> Model {
        Model {
            conv1: Conv2dConfig::new([1, 8], [3, 3]).init(device),
            conv2: Conv2dConfig::new([8, 16], [3, 3]).init(device),
            pool: AdaptiveAvgPool2dConfig::new([8, 8]).init(),
            activation: Relu::new(),
            linear1: LinearConfig::new(16 * 8 * 8, self.hidden_size).init(device),
            linear2: LinearConfig::new(self.hidden_size, self.num_classes).init(device),
            dropout: DropoutConfig::new(self.dropout).init(),
        }
    }
}

impl Model {
    /// # Shapes
    ///   - Images [batch_size, height, width]
    ///   - Output [batch_size, num_classes]
    pub fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        let [batch_size, height, width] = images.dims();
        let x = images.reshape([batch_size, 1, height, width]);
        let x = self.conv1.forward(x); // [batch_size, 8, _, _]
        let x = self.dropout.forward(x);
        let x = self.conv2.forward(x); // [batch_size, 16, _, _]
        let x = self.dropout.forward(x);
        let x = self.activation.forward(x);
        let x = self.pool.forward(x); // [batch_size, 16, 8, 8]
        let x = x.reshape([batch_size, 16 * 8 * 8]);
        let x = self.linear1.forward(x);
        let x = self.dropout.forward(x);
        let x = self.activation.forward(x);
        self.linear2.forward(x) // [batch_size, num_classes]
    }
}

// ---- What DP-SGD adds ----

impl dpgpu::nn::BurnModel for Model {
    type Input = Tensor<3>;
    fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        Model::forward(self, images)
    }
}

/// Examples `indices` as a padded physical batch: images `[physical, 28, 28]`, one-hot labels
/// (all-zero padding rows) and the number of real rows.
fn batch(
    data: &Dataset<Images>,
    indices: &[usize],
    physical: usize,
    device: &Device,
) -> (Tensor<3>, Tensor<2>, usize) {
    let b = data.batch(indices, physical, device);
    (b.input.reshape([physical, 28, 28]), b.onehot, b.real)
}

fn accuracy(model: &Model, data: &Dataset<Images>, device: &Device) -> f64 {
    let model = model.valid();
    let mut correct = 0;
    let all: Vec<usize> = (0..data.len()).collect();
    for chunk in all.chunks(1000) {
        let (images, _, _) = batch(data, chunk, chunk.len(), device);
        let predicted = model.forward(images).argmax(1).into_data().convert::<i64>();
        let predicted = predicted.iter::<i64>();
        correct += chunk.iter().zip(predicted).filter(|(i, p)| data.labels[**i] as i64 == *p).count();
    }
    correct as f64 / data.len() as f64
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let arg = |name: &str| std::env::args().skip_while(|a| a != name).nth(1);
    let epochs: usize = arg("--epochs").map(|e| e.parse()).transpose()?.unwrap_or(5);
    let dev = select(arg("--backend").unwrap_or_else(|| "cpu".into()).parse::<BackendChoice>()?)?;
    let device = &dev.device;
    let mnist = dpgpu::data::idx::load_mnist(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/mnist"
    )))?;
    let shape = vec![1, mnist.rows, mnist.cols];
    let train = Dataset::<Images>::new(mnist.train_images, shape.clone(), mnist.train_labels, 10);
    let test = Dataset::<Images>::new(mnist.test_images, shape, mnist.test_labels, 10);

    let started = std::time::Instant::now();
    let (n, expected_batch) = (train.len(), 256);
    let model = ModelConfig { num_classes: 10, hidden_size: 512, dropout: 0.5 }.init(device);
    let config = PrivacyEngineConfig {
        noise_multiplier: 1.0,
        max_grad_norm: 1.0,
        sample_rate: expected_batch as f64 / n as f64,
        delta: 1e-5,
        ..PrivacyEngineConfig::default()
    };
    let mut engine = PrivacyEngine::new(config, n, &dev, &model)?;
    let mut optim = AdamConfig::new().init();
    // Burn's optimizers update parameters on an autodiff device.
    let mut model = model.train();
    let mut sampler = PoissonSampler::from_os_rng(n, engine.config().sample_rate)?;
    let physical = physical_batch_size(expected_batch, n);
    for epoch in 1..=epochs {
        for _ in 0..n.div_ceil(expected_batch) {
            let indices = sampler.sample();
            let batches =
                physical_batches(&indices, physical).into_iter().map(|c| batch(&train, c, physical, device));
            let (grads, _loss) = engine.privatize(&model, batches.collect())?;
            model = optim.step(1e-3, model, grads);
        }
        println!(
            "epoch {epoch}: test accuracy {:.4}, epsilon {:.3} at delta 1e-5 ({:.0} s)",
            accuracy(&model, &test, device),
            engine.epsilon()?,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
