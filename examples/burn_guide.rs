//! The Burn book's guide (model, batcher, training with burn-train's `Learner` and Adam), made
//! differentially private with dpgpu, on the shipped MNIST. README shows the diff from the plain
//! Burn program: the `use` lines of the layers with parameters, `BurnModel`, and in `train` the
//! privacy engine, the Poisson-sampling loader and the ε metric.
//!
//! `cargo run --release --example burn_guide [-- --epochs N --backend vulkan]`: trains 5 epochs
//! (about a minute each on a 2-core CPU) and prints test accuracy and ε. burn-train's metric
//! logs and checkpoints go to a fresh `target/burn_guide/run-<seconds>/` (ε in
//! `train/epoch-*/Epsilon.log`).

use std::error::Error;
use std::sync::Arc;

use burn::data::dataloader::DataLoaderBuilder;
use burn::data::dataloader::batcher::Batcher;
use burn::module::Module;
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::pool::{AdaptiveAvgPool2d, AdaptiveAvgPool2dConfig};
use burn::nn::{Dropout, DropoutConfig, Relu};
use burn::optim::AdamConfig;
use burn::tensor::{Device, Int, Tensor, TensorData};
use burn_train::metric::{AccuracyMetric, LossMetric};
use burn_train::{ClassificationOutput, InferenceStep, TrainOutput, TrainStep};
use burn_train::{Learner, SupervisedTraining};
use dpgpu::data::{Dataset, Images};
use dpgpu::device::{BackendChoice, ComputeDevice, select};
use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
use dpgpu::learner::{EpsilonMetric, Example, PoissonDataLoader, Private};
use dpgpu::nn::{Conv2d, Conv2dConfig, Linear, LinearConfig};

// ---- model.rs ----

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

// ---- data.rs: the guide's batcher, over the shipped MNIST's examples ----

#[derive(Clone, Debug)]
pub struct MnistBatch {
    pub images: Tensor<3>,
    pub targets: Tensor<1, Int>,
}

#[derive(Clone, Default)]
pub struct MnistBatcher {}

impl Batcher<Example<f32>, MnistBatch> for MnistBatcher {
    fn batch(&self, items: Vec<Example<f32>>, device: &Device) -> MnistBatch {
        let images = items
            .iter()
            .map(|item| TensorData::new(item.values.clone(), [1, 28, 28]))
            .map(|data| Tensor::<3>::from_data(data, device))
            // Normalize: scale between [0,1] and make the mean=0 and std=1
            // values mean=0.1307,std=0.3081 are from the PyTorch MNIST example
            .map(|tensor| (tensor - 0.1307) / 0.3081)
            .collect();
        let targets =
            items.iter().map(|item| Tensor::<1, Int>::from_data([item.label as i64], device)).collect();
        let images = Tensor::cat(images, 0);
        let targets = Tensor::cat(targets, 0);
        MnistBatch { images, targets }
    }
}

// ---- training.rs ----

impl Model {
    pub fn forward_classification(&self, images: Tensor<3>, targets: Tensor<1, Int>) -> ClassificationOutput {
        let output = self.forward(images);
        let loss =
            CrossEntropyLossConfig::new().init(&output.device()).forward(output.clone(), targets.clone());
        ClassificationOutput::new(loss, output, targets)
    }
}

impl dpgpu::nn::BurnModel for Model {
    type Input = Tensor<3>;
    fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        Model::forward(self, images)
    }
}

impl TrainStep for Model {
    type Input = MnistBatch;
    type Output = ClassificationOutput;

    fn step(&self, batch: MnistBatch) -> TrainOutput<ClassificationOutput> {
        let item = self.forward_classification(batch.images, batch.targets);
        TrainOutput::new(self, item.loss.backward(), item)
    }
}

impl InferenceStep for Model {
    type Input = MnistBatch;
    type Output = ClassificationOutput;

    fn step(&self, batch: MnistBatch) -> ClassificationOutput {
        self.forward_classification(batch.images, batch.targets)
    }
}

pub fn train(
    artifact_dir: &str,
    epochs: usize,
    train: Dataset<Images>,
    test: Dataset<Images>,
    dev: &ComputeDevice,
) -> Result<Model, Box<dyn Error>> {
    let model = ModelConfig { num_classes: 10, hidden_size: 512, dropout: 0.5 }.init(&dev.device);
    let dp = PrivacyEngineConfig { noise_multiplier: 1.0, ..Default::default() }; // C 1, q 256/60,000, δ 1e-5
    let model = Private::new(model.clone(), PrivacyEngine::new(dp, train.len(), dev, &model)?)?;
    let parts = |b: MnistBatch| (b.images, b.targets);
    let dataloader_train =
        Arc::new(PoissonDataLoader::new(train, MnistBatcher::default(), parts, 10, &model)?);
    let dataloader_test = DataLoaderBuilder::new(MnistBatcher::default()).batch_size(1000).build(test);

    let result = SupervisedTraining::new(artifact_dir, dataloader_train, dataloader_test)
        .metric_valid_numeric(AccuracyMetric::new())
        .metric_valid_numeric(LossMetric::new())
        .metric_train_numeric(EpsilonMetric::new())
        .with_default_checkpointers()
        .num_epochs(epochs)
        .summary()
        .launch(Learner::new(model, AdamConfig::new().init(), 1e-3));
    if let Some(error) = result.error {
        return Err(format!("training failed: {error}").into());
    }
    println!("epsilon {:.3} at delta 1e-5 after {} steps", result.model.epsilon()?, result.model.steps()?);
    Ok(result.model.into_inner())
}

/// Accuracy of `model` on `test`.
fn accuracy(model: &Model, test: &Dataset<Images>, device: &Device) -> f64 {
    use burn::data::dataset::Dataset as _;
    let mut correct = 0;
    let all: Vec<usize> = (0..test.len()).collect();
    for chunk in all.chunks(1000) {
        let items = chunk.iter().map(|&i| test.get(i).expect("an example")).collect();
        let batch = MnistBatcher::default().batch(items, device);
        let predicted = model.forward(batch.images).argmax(1).squeeze_dim::<1>(1);
        correct += predicted.equal(batch.targets).int().sum().into_scalar::<i64>();
    }
    correct as f64 / test.len() as f64
}

fn main() -> Result<(), Box<dyn Error>> {
    let arg = |name: &str| std::env::args().skip_while(|a| a != name).nth(1);
    let epochs: usize = arg("--epochs").map(|e| e.parse()).transpose()?.unwrap_or(5);
    let dev = select(arg("--backend").unwrap_or_else(|| "cpu".into()).parse::<BackendChoice>()?)?;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mnist = dpgpu::data::idx::load_mnist(&root.join("data/mnist"))?;
    let shape = vec![1, mnist.rows, mnist.cols];
    let train_set = Dataset::<Images>::new(mnist.train_images, shape.clone(), mnist.train_labels, 10);
    let test_set = Dataset::<Images>::new(mnist.test_images, shape, mnist.test_labels, 10);
    let started = std::time::Instant::now();
    // A fresh artifact folder per run: burn-train's summary reads every epoch's logs in it.
    let run = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
    let dir = root.join(format!("target/burn_guide/run-{run}"));
    let model = train(dir.to_str().ok_or("a UTF-8 path")?, epochs, train_set, test_set.clone(), &dev)?;
    let accuracy = accuracy(&model, &test_set, &dev.device);
    println!("test accuracy {accuracy:.4} ({:.0} s)", started.elapsed().as_secs_f64());
    Ok(())
}
