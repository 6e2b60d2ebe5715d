//! burn-train's `Learner` with dpgpu (`dpgpu::learner`): an epoch of DP steps through the Learner
//! equals the same Poisson batches privatised by hand and applied with Burn's SGD (`noise
//! multiplier` 0, so the parameters must match); ε reaches the metric logs and equals the
//! accountant's ε for the steps taken; a run resumed from a burn-train checkpoint keeps ε; a
//! checkpoint made with another σ is refused; the Poisson loader's batches are the sampler's,
//! padded with masked rows; dpgpu's datasets are burn `Dataset`s.

mod common;

use std::sync::Arc;

use burn::data::dataloader::batcher::Batcher;
use burn::data::dataloader::{DataLoader, DataLoaderBuilder};
use burn::data::dataset::Dataset as _;
use burn::module::Module;
use burn::nn::Relu;
use burn::nn::loss::CrossEntropyLossConfig;
use burn::optim::SgdConfig;
use burn::tensor::{Device, Tensor};
use burn_train::metric::{AccuracyMetric, LossMetric};
use burn_train::{ClassificationOutput, InferenceStep, Learner, SupervisedTraining};
use common::{flat_params, rel_err};
use dpgpu::data::sampler::{PoissonSampler, physical_batches};
use dpgpu::data::{Dataset, Features};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::privacy_engine::{PrivacyEngine, PrivacyEngineConfig};
use dpgpu::learner::{DatasetBatcher, EpsilonMetric, LabeledBatch, PoissonDataLoader, Private};
use dpgpu::nn::{BurnModel, Linear, LinearConfig};
use dpgpu::privacy::accountant::{AccountantKind, Segment, epsilon};

const N: usize = 40;
const Q: f64 = 0.25;

#[derive(Module, Debug)]
struct Mlp {
    fc1: Linear,
    fc2: Linear,
    act: Relu,
}

impl Mlp {
    fn new(device: &Device) -> Self {
        Mlp {
            fc1: LinearConfig::new(6, 8).init(device),
            fc2: LinearConfig::new(8, 3).init(device),
            act: Relu::new(),
        }
    }
}

impl BurnModel for Mlp {
    type Input = Tensor<2>;
    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        self.fc2.forward(self.act.forward(self.fc1.forward(x)))
    }
}

/// Validation, as a burn-train user writes it.
impl InferenceStep for Mlp {
    type Input = LabeledBatch<Tensor<2>>;
    type Output = ClassificationOutput;
    fn step(&self, batch: LabeledBatch<Tensor<2>>) -> ClassificationOutput {
        let logits = BurnModel::forward(self, batch.input);
        let loss = CrossEntropyLossConfig::new()
            .init(&logits.device())
            .forward(logits.clone(), batch.targets.clone());
        ClassificationOutput::new(loss, logits, batch.targets)
    }
}

fn data(n: usize) -> Dataset<Features> {
    let values = (0..n * 6).map(|k| ((k * 29 + 7) % 53) as f32 / 26.5 - 1.0).collect();
    let labels = (0..n).map(|i| ((i * 7) % 3) as u8).collect();
    Dataset::new(values, vec![6], labels, 3)
}

fn config(noise_multiplier: f64, max_grad_norm: f64) -> PrivacyEngineConfig {
    PrivacyEngineConfig { noise_multiplier, max_grad_norm, sample_rate: Q, delta: 1e-5, ..Default::default() }
}

/// `model` wrapped with a fresh engine of `config`.
fn private(model: Mlp, config: PrivacyEngineConfig, dev: &ComputeDevice) -> Private<Mlp> {
    let engine = PrivacyEngine::new(config, N, dev, &model).unwrap();
    Private::new(model, engine).unwrap()
}

/// `epochs` epochs of the Learner (Burn's SGD at lr 0.5) from `model`, sampling from `seed`,
/// logging into `dir`, resuming from `checkpoint` when given.
fn learn(
    model: Private<Mlp>,
    seed: u64,
    epochs: usize,
    dir: &std::path::Path,
    checkpoint: Option<usize>,
) -> Private<Mlp> {
    learn_with(model, seed, epochs, dir, checkpoint, |t| t)
}

type Training = SupervisedTraining<Private<Mlp>>;

/// [`learn`] with `customize` applied to the training setup last.
fn learn_with(
    model: Private<Mlp>,
    seed: u64,
    epochs: usize,
    dir: &std::path::Path,
    checkpoint: Option<usize>,
    customize: impl FnOnce(Training) -> Training,
) -> Private<Mlp> {
    let train = data(N);
    let batcher = DatasetBatcher::new(&train);
    let loader = PoissonDataLoader::new(train, batcher, LabeledBatch::into_parts, 3, &model)
        .unwrap()
        .with_sampling_seed(seed)
        .unwrap();
    let test = data(12);
    let valid = DataLoaderBuilder::new(DatasetBatcher::new(&test)).batch_size(6).build(test);
    let mut training = SupervisedTraining::new(dir, Arc::new(loader), valid)
        .metric_train_numeric(EpsilonMetric::new())
        .metric_valid_numeric(AccuracyMetric::new())
        .metric_valid_numeric(LossMetric::new())
        .with_default_checkpointers()
        .with_application_logger(None)
        .num_epochs(epochs);
    if let Some(epoch) = checkpoint {
        training = training.checkpoint(epoch);
    }
    let result = customize(training).launch(Learner::new(model, SgdConfig::new().init(), 0.5));
    assert!(result.error.is_none(), "{:?}", result.error);
    result.model
}

/// ε of `steps` steps at σ 1, q 0.25, δ 1e-5 (the tight accountant).
fn accountant(steps: u64) -> f64 {
    let segment = Segment { noise_multiplier: 1.0, sample_rate: Q, steps };
    epsilon(AccountantKind::Prv, &[segment], 1e-5).unwrap().0
}

on_every_backend!(a_learner_epoch_equals_the_privatised_batches_applied_by_hand);

fn a_learner_epoch_equals_the_privatised_batches_applied_by_hand(dev: &ComputeDevice) {
    let model = Mlp::new(&dev.device);
    let dir = tempfile::tempdir().unwrap();
    let learned = learn(private(model.clone(), config(0.0, 0.3), dev), 7, 1, dir.path(), None);
    assert_eq!(learned.steps().unwrap(), 4, "one epoch is ceil(1/q) steps");

    // The same batches (the sampler from the same seed), zero-padded by dpgpu's own batching,
    // privatised by the engine and applied with Burn's SGD.
    let train = data(N);
    let mut engine = PrivacyEngine::new(config(0.0, 0.3), N, dev, &model).unwrap();
    let mut sampler = PoissonSampler::new(N, Q, 7).unwrap();
    let mut optim = SgdConfig::new().init();
    let mut by_hand = model.clone().train();
    for _ in 0..4 {
        let indices = sampler.sample();
        let batches = physical_batches(&indices, 16)
            .into_iter()
            .map(|c| {
                let b = train.batch(c, 16, &dev.device);
                (b.input, b.onehot, b.real)
            })
            .collect();
        let (grads, _) = engine.privatize(&by_hand, batches).unwrap();
        by_hand = optim.step(0.5, by_hand, grads);
    }
    let (a, b) = (flat_params(&learned.into_inner()), flat_params(&by_hand));
    assert!(rel_err(&a, &b) < 1e-5, "Learner and by hand differ by {}", rel_err(&a, &b));
    assert!(rel_err(&a, &flat_params(&model)) > 1e-3, "the Learner did not train");
}

/// The last value a metric log holds.
fn last_logged(path: &std::path::Path) -> f64 {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let line = text.lines().last().expect("a logged value");
    line.split(|c: char| c == ',' || c.is_whitespace()).next().unwrap().parse().unwrap()
}

#[test]
fn epsilon_is_logged_and_a_resumed_run_keeps_it() {
    let dev = common::cpu();
    let whole = tempfile::tempdir().unwrap();
    let learned = learn(private(Mlp::new(&dev.device), config(1.0, 1.0), &dev), 3, 2, whole.path(), None);
    assert_eq!(learned.steps().unwrap(), 8);
    let eps = learned.epsilon().unwrap();
    assert!((eps - accountant(8)).abs() < 1e-9, "ε {eps} vs the accountant's {}", accountant(8));
    let logged = last_logged(&whole.path().join("train/epoch-2/Epsilon.log"));
    assert!((logged - eps).abs() < 1e-3 * eps, "logged ε {logged}, engine's {eps}");
    // Within epoch 1 every step logs ε as of the epoch's end (never less than spent), then the
    // exact final value.
    let text = std::fs::read_to_string(whole.path().join("train/epoch-1/Epsilon.log")).unwrap();
    let values: Vec<f64> = text.lines().map(|l| l.split(',').next().unwrap().parse().unwrap()).collect();
    assert_eq!(values.len(), 5, "{text}");
    assert!(values.iter().all(|v| (v - accountant(4)).abs() < 1e-9), "{values:?} vs {}", accountant(4));

    // A new process's view: a fresh model and a fresh engine, resumed from epoch 1's checkpoint.
    let resumed = learn(private(Mlp::new(&dev.device), config(1.0, 1.0), &dev), 4, 2, whole.path(), Some(1));
    assert_eq!(resumed.steps().unwrap(), 8, "the checkpoint's 4 steps and epoch 2's 4");
    assert!((resumed.epsilon().unwrap() - eps).abs() < 1e-9);
}

/// The count never goes back: every DP step an engine took stays in ε, whatever the records say.
#[test]
fn every_dp_step_is_counted_with_accumulation_relaunches_and_a_resume_without_steps() {
    let dev = common::cpu();
    // Two DP steps per update: 8 privatised gradients in 2 epochs, all counted.
    let dir = tempfile::tempdir().unwrap();
    let model = private(Mlp::new(&dev.device), config(1.0, 1.0), &dev);
    let learned = learn_with(model, 3, 2, dir.path(), None, |t| t.grads_accumulation(2));
    assert_eq!(learned.steps().unwrap(), 8);
    assert!((learned.epsilon().unwrap() - accountant(8)).abs() < 1e-9);

    // The same Private launched twice: both runs' models are released, so 8 steps.
    let model = private(Mlp::new(&dev.device), config(1.0, 1.0), &dev);
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    learn(model.clone(), 3, 1, a.path(), None);
    let again = learn(model.clone(), 4, 1, b.path(), None);
    assert_eq!(again.steps().unwrap(), 8);

    // Resumed at the last epoch: nothing to train, ε is the checkpoint's.
    let resumed = learn(private(Mlp::new(&dev.device), config(1.0, 1.0), &dev), 5, 2, dir.path(), Some(2));
    assert_eq!(resumed.steps().unwrap(), 8);
    assert!((resumed.epsilon().unwrap() - accountant(8)).abs() < 1e-9);
}

/// burn-train's multi-device strategy: each device takes whole DP steps, all counted.
#[test]
fn the_multi_device_strategy_counts_every_devices_steps() {
    use burn_train::{ExecutionStrategy, MultiDeviceOptim, TrainingStrategy};
    let dev = common::cpu();
    let dir = tempfile::tempdir().unwrap();
    let devices = vec![dev.device.clone(), dev.device.clone()];
    let strategy =
        TrainingStrategy::Default(ExecutionStrategy::multi(devices, MultiDeviceOptim::OptimMainDevice));
    let model = private(Mlp::new(&dev.device), config(1.0, 1.0), &dev);
    let learned = learn_with(model, 3, 2, dir.path(), None, |t| t.with_training_strategy(strategy));
    let resumed = learn(private(Mlp::new(&dev.device), config(1.0, 1.0), &dev), 3, 2, dir.path(), Some(2));
    assert_eq!(
        (learned.steps().unwrap(), resumed.steps().unwrap()),
        (8, 8),
        "2 epochs of 4 steps on 2 devices"
    );
    // The devices' items reach the metric in any order: every logged value is at least ε at the
    // epoch's end (never under-reported), and at most ε one step later (the second device's
    // item arriving before the first's moves the epoch's known first step by one).
    for (epoch, steps) in [(1, 4), (2, 8)] {
        let text =
            std::fs::read_to_string(dir.path().join(format!("train/epoch-{epoch}/Epsilon.log"))).unwrap();
        let (low, high) = (accountant(steps), accountant(steps + 1));
        for line in text.lines() {
            let value: f64 = line.split(',').next().unwrap().parse().unwrap();
            assert!(value >= low - 1e-9 && value <= high + 1e-9, "epoch {epoch}: {value} vs [{low}, {high}]");
        }
    }
}

#[test]
#[should_panic(
    expected = "checkpoint must be made with this engine's noise_multiplier 2 and sample_rate 0.25"
)]
fn a_checkpoint_made_with_another_noise_multiplier_is_refused() {
    let dev = common::cpu();
    let dir = tempfile::tempdir().unwrap();
    learn(private(Mlp::new(&dev.device), config(1.0, 1.0), &dev), 3, 1, dir.path(), None);
    learn(private(Mlp::new(&dev.device), config(2.0, 1.0), &dev), 3, 2, dir.path(), Some(1));
}

#[test]
fn the_poisson_loader_gives_the_samplers_batches_padded_with_masked_rows() {
    let dev = common::cpu();
    let model = private(Mlp::new(&dev.device), config(1.0, 1.0), &dev);
    let train = data(N);
    let loader = PoissonDataLoader::new(
        train.clone(),
        DatasetBatcher::new(&train),
        LabeledBatch::into_parts,
        3,
        &model,
    )
    .unwrap()
    .with_physical_batch_size(4)
    .unwrap()
    .with_sampling_seed(11)
    .unwrap();
    assert_eq!(loader.num_items(), 4);
    let mut sampler = PoissonSampler::new(N, Q, 11).unwrap();
    let mut steps = 0;
    for batch in loader.iter() {
        let batch = batch.unwrap();
        let indices = sampler.sample();
        assert_eq!(batch.logical_size, indices.len());
        let chunks = physical_batches(&indices, 4);
        assert_eq!(batch.batches.len(), chunks.len());
        for ((input, onehot, real), chunk) in batch.batches.into_iter().zip(chunks) {
            assert_eq!((input.dims(), onehot.dims(), real), ([4, 6], [4, 3], chunk.len()));
            let want = train.batch(chunk, 4, &dev.device);
            let input = common::values(input);
            let want_input = common::values(want.input);
            assert_eq!(input[..6 * real], want_input[..6 * real], "the sampled examples, in order");
            assert_eq!(common::values(onehot), common::values(want.onehot), "labels, padding rows all zero");
        }
        steps += 1;
    }
    assert_eq!(steps, 4);

    let wrong =
        PoissonDataLoader::new(data(N - 1), DatasetBatcher::new(&train), LabeledBatch::into_parts, 3, &model)
            .err()
            .unwrap();
    assert!(wrong.to_string().contains("dataset"), "{wrong}");
}

#[test]
fn dpgpu_datasets_are_burn_datasets() {
    let dev = common::cpu();
    let train = data(5);
    assert_eq!(burn::data::dataset::Dataset::len(&train), 5);
    let example = train.get(3).unwrap();
    assert_eq!((example.values.len(), example.label), (6, 0));
    assert!(train.get(5).unwrap_err().to_string().contains("index"));
    let items: Vec<_> = [3, 1].iter().map(|&i| train.get(i).unwrap()).collect();
    let batch = DatasetBatcher::new(&train).batch(items, &dev.device);
    let want = train.batch(&[3, 1], 2, &dev.device);
    assert_eq!(common::values(batch.input), common::values(want.input));
    let labels = batch.targets.into_data().convert::<i64>().try_to_vec::<i64>().unwrap();
    assert_eq!(labels, vec![0, 1]);
}
