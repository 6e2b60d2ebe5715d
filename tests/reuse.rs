//! Parameters used more than once in one forward pass (a Linear applied twice, an input
//! embedding tied to the output projection, a Conv2d shared by two branches), on cpu and Vulkan,
//! against plain Burn autodiff on batches of one: the model's own burn-nn `forward` methods on an
//! autodiff copy of the model, no dpgpu tape involved. Every strategy's per-sample quantities
//! must be those of the per-sample gradient `Σ_uses ∇θ`: `vectorized` per-sample gradients,
//! `ghost` per-sample norms, `loop` per-example gradients, and all three strategies' clipped sums
//! through a noiseless DP step.

mod common;

use std::collections::HashMap;

use burn::module::{Module, ModuleVisitor, Param, ParamId};
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{Embedding, EmbeddingConfig, Linear, LinearConfig, PaddingConfig2d};
use burn::tensor::activation::{relu, tanh};
use burn::tensor::{Distribution, Gradients, Int, Tensor, TensorData};
use common::{onehot, values};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::grad_sample::{Tape, TapeMode};
use dpgpu::models::DpModel;

/// A model with a second, tape-free forward pass written with burn-nn's own layer methods.
trait Plain: DpModel {
    fn plain(&self, input: Self::Input) -> Tensor<2>;
}

/// The same Linear applied twice: `head(fc(tanh(fc(x))))`.
#[derive(Module, Debug)]
struct LinearTwice {
    fc: Linear,
    head: Linear,
}

impl DpModel for LinearTwice {
    type Input = Tensor<2>;
    fn forward(&self, tape: &mut Tape, x: Tensor<2>) -> Tensor<2> {
        let x = tape.input(x);
        let h = tanh(tape.linear(&self.fc, x));
        let h = tape.linear(&self.fc, h);
        tape.linear(&self.head, h)
    }
    fn example(x: &Tensor<2>, i: usize) -> Tensor<2> {
        x.clone().slice([i..i + 1])
    }
}

impl Plain for LinearTwice {
    fn plain(&self, x: Tensor<2>) -> Tensor<2> {
        self.head.forward(self.fc.forward(tanh(self.fc.forward(x))))
    }
}

/// A tiny language-model head: token embedding, a mixing Linear, then logits from the same
/// embedding table (`h Eᵀ`), averaged over the sequence.
#[derive(Module, Debug)]
struct TiedLm {
    embedding: Embedding,
    mix: Linear,
}

impl DpModel for TiedLm {
    type Input = Tensor<2, Int>;
    fn forward(&self, tape: &mut Tape, ids: Tensor<2, Int>) -> Tensor<2> {
        let e = tape.embedding(&self.embedding, ids);
        let h = tanh(tape.linear_seq(&self.mix, e));
        let logits = tape.embedding_output(&self.embedding, h);
        let [b, _, v] = logits.dims();
        logits.mean_dim(1).reshape([b, v])
    }
    fn example(ids: &Tensor<2, Int>, i: usize) -> Tensor<2, Int> {
        ids.clone().slice([i..i + 1])
    }
}

impl Plain for TiedLm {
    fn plain(&self, ids: Tensor<2, Int>) -> Tensor<2> {
        let h = tanh(self.mix.forward(self.embedding.forward(ids)));
        let logits = h.matmul(self.embedding.weight.val().transpose().unsqueeze_dim::<3>(0));
        let [b, _, v] = logits.dims();
        logits.mean_dim(1).reshape([b, v])
    }
}

/// One Conv2d on two branches: `relu(conv(x)) + tanh(conv(xᵀ))` (xᵀ: height and width swapped),
/// mean over space, then a Linear.
#[derive(Module, Debug)]
struct SharedConv {
    conv: Conv2d,
    head: Linear,
}

/// Mean over space: `[b, c, h, w]` → `[b, c]`.
fn pool(y: Tensor<4>) -> Tensor<2> {
    let [b, c, _, _] = y.dims();
    y.mean_dim(3).mean_dim(2).reshape([b, c])
}

impl DpModel for SharedConv {
    type Input = Tensor<4>;
    fn forward(&self, tape: &mut Tape, x: Tensor<4>) -> Tensor<2> {
        let x = tape.input(x);
        let y = relu(tape.conv2d(&self.conv, x.clone())) + tanh(tape.conv2d(&self.conv, x.swap_dims(2, 3)));
        tape.linear(&self.head, pool(y))
    }
    fn example(x: &Tensor<4>, i: usize) -> Tensor<4> {
        x.clone().slice([i..i + 1])
    }
}

impl Plain for SharedConv {
    fn plain(&self, x: Tensor<4>) -> Tensor<2> {
        let y = relu(self.conv.forward(x.clone())) + tanh(self.conv.forward(x.swap_dims(2, 3)));
        self.head.forward(pool(y))
    }
}

/// Every trainable parameter's gradient from `grads`, flattened, by id.
fn grads_by_id<M: Module>(model: &M, grads: &Gradients) -> HashMap<ParamId, Vec<f32>> {
    struct Collect<'a>(&'a Gradients, HashMap<ParamId, Vec<f32>>);
    impl ModuleVisitor for Collect<'_> {
        fn visit_float<const D: usize>(&mut self, p: &Param<Tensor<D>>) {
            let t = p.val();
            let n: usize = t.dims().iter().product();
            let g = t.grad(self.0).map(|g| values(g.reshape([n]))).unwrap_or_else(|| vec![0.0; n]);
            self.1.insert(p.id, g);
        }
    }
    let mut c = Collect(grads, HashMap::new());
    model.visit(&mut c);
    c.1
}

/// Every float parameter's values, flattened, by id.
fn params_by_id<M: Module>(model: &M) -> HashMap<ParamId, Vec<f32>> {
    struct Collect(HashMap<ParamId, Vec<f32>>);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, p: &Param<Tensor<D>>) {
            let t = p.val();
            let n: usize = t.dims().iter().product();
            self.0.insert(p.id, values(t.reshape([n])));
        }
    }
    let mut c = Collect(HashMap::new());
    model.visit(&mut c);
    c.0
}

/// The per-example gradient of example `i` by plain Burn autodiff: the model moved to the
/// autodiff device with `Module::train`, its burn-nn `forward`s, `backward()`.
fn autodiff_example<M: Plain>(
    model: &M,
    input: &M::Input,
    onehot: &Tensor<2>,
    i: usize,
) -> HashMap<ParamId, Vec<f32>>
where
    M::Input: Lift,
{
    let trained = model.clone().train();
    let logits = trained.plain(M::example(input, i).lift());
    let loss = trained.loss(logits, onehot.clone().slice([i..i + 1]).autodiff());
    grads_by_id(&trained, &loss.backward())
}

/// Moves a model input into the autodiff graph (token ids stay as they are).
trait Lift {
    fn lift(self) -> Self;
}
impl<const D: usize> Lift for Tensor<D> {
    fn lift(self) -> Self {
        self.autodiff()
    }
}
impl Lift for Tensor<2, Int> {
    fn lift(self) -> Self {
        self
    }
}

fn rel(got: &[f32], want: &[f32]) -> f64 {
    common::rel_err(got, want)
}

/// Checks every strategy on `model` against plain autodiff, within 1e-4 relative.
fn check<M: Plain>(model: &M, input: M::Input, onehot: Tensor<2>, dev: &ComputeDevice)
where
    M::Input: Lift,
{
    let n = onehot.dims()[0];
    let reference: Vec<_> = (0..n).map(|i| autodiff_example(model, &input, &onehot, i)).collect();
    let ids: Vec<ParamId> = reference[0].keys().copied().collect();
    let norms: Vec<f64> =
        reference.iter().map(|r| r.values().flatten().map(|v| (*v as f64).powi(2)).sum()).collect();

    // vectorized: per-sample gradients; ghost: per-sample squared norms.
    let mut tape = Tape::new(TapeMode::Probe, &dev.device);
    let logits = model.forward(&mut tape, input.clone());
    let grads = tape.backward(model.loss(logits, onehot.clone().autodiff()));
    let samples = tape.grad_samples(&grads);
    assert_eq!(samples.len(), ids.len(), "one per-sample gradient per parameter, uses summed");
    for s in &samples {
        let p: usize = s.shape.iter().product();
        for (i, want) in reference.iter().enumerate() {
            let got = values(s.grad_sample.clone().slice([i..i + 1]).reshape([p]));
            let err = rel(&got, &want[&s.id]);
            assert!(
                err <= 1e-4,
                "vectorized, example {i}, parameter {:?}: relative error {err:.2e}",
                s.shape
            );
        }
    }
    for (i, (got, want)) in values(tape.sq_norms(&grads, n)).iter().zip(&norms).enumerate() {
        let err = (*got as f64 - want).abs() / want.max(1e-30);
        assert!(err <= 1e-4, "ghost, example {i}: squared norm {got} vs autodiff {want} ({err:.2e})");
    }
    // loop: the tape's batch-of-one gradients.
    for (i, want) in reference.iter().enumerate() {
        let mut tape = Tape::new(TapeMode::Params, &dev.device);
        let logits = model.forward(&mut tape, M::example(&input, i));
        let grads = tape.backward(model.loss(logits, onehot.clone().slice([i..i + 1]).autodiff()));
        let summed = tape.summed_grads(&grads);
        assert_eq!(summed.len(), ids.len(), "loop: one gradient per parameter");
        for g in summed {
            let err = rel(&values(g.grad), &want[&g.id]);
            assert!(err <= 1e-4, "loop, example {i}, parameter {:?}: relative error {err:.2e}", g.shape);
        }
    }
    // Clipped sums of every strategy: a noiseless DP step with lr 1 and divisor 1 moves θ by
    // exactly Σ_i c_i g_i; C is the median norm, so some examples are clipped and some not.
    let mut sorted: Vec<f64> = norms.iter().map(|v| v.sqrt()).collect();
    sorted.sort_by(f64::total_cmp);
    let c = sorted[n / 2];
    let factors: Vec<f64> = norms.iter().map(|v| (c / (v.sqrt() + 1e-6)).min(1.0)).collect();
    let before = params_by_id(model);
    for strategy in Strategy::ALL {
        let config = DpSgdConfig {
            noise_multiplier: 0.0,
            max_grad_norm: c,
            lr: 1.0,
            expected_batch_size: 1.0,
            noise_seed: 0,
            strategy,
            optimizer: Default::default(),
            secure_noise: false,
        };
        let mut opt = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels()).unwrap();
        let (after, _) = opt.step(model.clone(), vec![(input.clone(), onehot.clone(), n)]).unwrap();
        let after = params_by_id(&after);
        for id in &ids {
            let got: Vec<f32> = before[id].iter().zip(&after[id]).map(|(b, a)| b - a).collect();
            let terms = |j: usize| reference.iter().zip(&factors).map(move |(r, f)| f * r[id][j] as f64);
            let want: Vec<f32> = (0..got.len()).map(|j| terms(j).sum::<f64>() as f32).collect();
            let scale: f64 =
                (0..got.len()).map(|j| terms(j).map(f64::abs).sum::<f64>().powi(2)).sum::<f64>().sqrt();
            let diff: f64 = got.iter().zip(&want).map(|(g, w)| ((g - w) as f64).powi(2)).sum::<f64>().sqrt();
            let err = diff / scale.max(1e-30);
            assert!(err <= 1e-4, "{}: clipped sum relative error {err:.2e}", strategy.name());
        }
    }
}

fn linear_applied_twice(dev: &ComputeDevice) {
    let d = dev.device.clone();
    let model = LinearTwice { fc: LinearConfig::new(5, 5).init(&d), head: LinearConfig::new(5, 3).init(&d) };
    let x = Tensor::<2>::random([4, 5], Distribution::Normal(0.0, 1.0), &d);
    check(&model, x, onehot(&[0, 2, 1, 2], 3, dev), dev);
}

fn embedding_tied_to_output_projection(dev: &ComputeDevice) {
    let d = dev.device.clone();
    let model =
        TiedLm { embedding: EmbeddingConfig::new(7, 4).init(&d), mix: LinearConfig::new(4, 4).init(&d) };
    // Repeated tokens within an example, and tokens shared between examples.
    let ids: Vec<i64> = vec![1, 3, 1, 5, 0, 0, 6, 2, 4, 4, 4, 1];
    let ids = Tensor::<2, Int>::from_data(TensorData::new(ids, [3, 4]), &d);
    check(&model, ids, onehot(&[3, 0, 6], 7, dev), dev);
}

fn conv2d_shared_by_two_branches(dev: &ComputeDevice) {
    let d = dev.device.clone();
    let conv = Conv2dConfig::new([2, 3], [3, 3]).with_padding(PaddingConfig2d::Same).init(&d);
    let model = SharedConv { conv, head: LinearConfig::new(3, 3).init(&d) };
    let x = Tensor::<4>::random([3, 2, 6, 6], Distribution::Normal(0.0, 1.0), &d);
    check(&model, x, onehot(&[1, 0, 2], 3, dev), dev);
}

/// Weights tied by cloning a module into two fields (one `ParamId`): both fields get the one
/// update, and it is the update of [`LinearTwice`], which uses a single field twice.
#[derive(Module, Debug)]
struct ClonedTie {
    fc: Linear,
    fc_again: Linear,
    head: Linear,
}

impl DpModel for ClonedTie {
    type Input = Tensor<2>;
    fn forward(&self, tape: &mut Tape, x: Tensor<2>) -> Tensor<2> {
        let x = tape.input(x);
        let h = tanh(tape.linear(&self.fc, x));
        let h = tape.linear(&self.fc_again, h);
        tape.linear(&self.head, h)
    }
    fn example(x: &Tensor<2>, i: usize) -> Tensor<2> {
        x.clone().slice([i..i + 1])
    }
}

/// One DP step of `model` on `batch` with `config`.
fn noiseless_step<M: DpModel>(
    model: &M,
    batch: (M::Input, Tensor<2>, usize),
    config: DpSgdConfig,
    dev: &ComputeDevice,
) -> M {
    let mut opt = DpSgd::new(config, &dev.device, dev.uses_wgsl_kernels()).unwrap();
    opt.step(model.clone(), vec![batch]).unwrap().0
}

fn weights_tied_by_cloning_a_module_move_together(dev: &ComputeDevice) {
    let d = &dev.device;
    let single = LinearTwice { fc: LinearConfig::new(6, 6).init(d), head: LinearConfig::new(6, 3).init(d) };
    let tied = ClonedTie { fc: single.fc.clone(), fc_again: single.fc.clone(), head: single.head.clone() };
    let x = Tensor::<2>::random([4, 6], Distribution::Normal(0.0, 1.0), d);
    let y = onehot(&[0, 1, 2, 1], 3, dev);
    for strategy in Strategy::ALL {
        let config = DpSgdConfig {
            noise_multiplier: 0.0,
            max_grad_norm: 1.0,
            lr: 0.5,
            expected_batch_size: 4.0,
            noise_seed: 0,
            strategy,
            optimizer: Default::default(),
            secure_noise: false,
        };
        let tied_after = noiseless_step(&tied, (x.clone(), y.clone(), 4), config.clone(), dev);
        let single_after = noiseless_step(&single, (x.clone(), y.clone(), 4), config, dev);
        let (fc, again) = (params_by_id(&tied_after.fc), params_by_id(&tied_after.fc_again));
        assert_eq!(fc, again, "{}: the copies diverged", strategy.name());
        let want = params_by_id(&single_after.fc);
        for (id, got) in &fc {
            let err = rel(got, &want[id]);
            assert!(err < 1e-6, "{}: cloned tie vs one field used twice: {err:.2e}", strategy.name());
        }
    }
}

on_every_backend!(
    linear_applied_twice,
    embedding_tied_to_output_projection,
    conv2d_shared_by_two_branches,
    weights_tied_by_cloning_a_module_move_together,
);
