//! The drop-in LSTM (`dpgpu::nn::Lstm`): a model written once with burn-nn's layers and once
//! with dpgpu's, only its `use` lines differing. Outside a DP step it computes what burn-nn's
//! Lstm computes; its records load into burn-nn's and back; in a DP step every strategy's
//! per-sample gradients, norms and clipped update equal DP-SGD written out with Burn's own
//! autodiff, one example at a time, on the burn-nn model (no dpgpu tape), with and without
//! clipping, for the default LSTM and for one using every option (time-major, reverse, cell
//! clipping, coupled input and forget gates, other activations, an initial state computed by
//! earlier layers, a second LSTM stacked on the first).

mod common;

use burn::module::{Module, ModuleVisitor, Param, ParamId};
use burn::nn::activation::ActivationConfig;
use burn::optim::GradientsParams;
use burn::tensor::{Device, Int, Tensor, TensorData};
use common::{flat_params, onehot, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, Strategy};
use dpgpu::grad_sample::{Tape, TapeMode};
use dpgpu::models::{DpModel, cross_entropy_sum};

/// Sizes of one test model.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub batch: usize,
    pub time: usize,
    pub vocab: usize,
    pub d_input: usize,
    pub d_hidden: usize,
    pub classes: usize,
    /// The second LSTM with every option, or the default LSTM alone.
    pub options: bool,
    /// The second LSTM with burn-nn's default activations and no clipping (the written-out
    /// backward pass through time), or with other activations and clipping (autodiff's).
    pub default_cell: bool,
}

/// A small deterministic generator (64-bit LCG) for shapes, ids and labels.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

fn shape(seed: u64, options: bool) -> Shape {
    let mut r = Lcg(seed);
    Shape {
        batch: r.range(3, 5),
        time: r.range(2, 6),
        vocab: r.range(5, 12),
        d_input: r.range(3, 6),
        d_hidden: r.range(2, 5),
        classes: r.range(2, 4),
        options,
        default_cell: seed % 2 == 1,
    }
}

/// Embedding → LSTM → (optionally a second LSTM with every option) → Linear on the final hidden
/// state, written once; `$uses` picks burn-nn's layers or dpgpu's.
macro_rules! lstm_model {
    ($module:ident: $($uses:item)*) => {
        mod $module {
            use super::*;
            $($uses)*

            #[derive(Module, Debug)]
            pub struct Model {
                pub embedding: Embedding,
                pub lstm: Lstm,
                pub init: Option<Linear>,
                pub second: Option<Lstm>,
                pub fc: Linear,
            }

            pub fn model(device: &Device, s: Shape) -> Model {
                let second = LstmConfig::new(s.d_hidden, s.d_hidden, true)
                    .with_batch_first(false)
                    .with_reverse(true)
                    .with_input_forget(true);
                let second = match s.default_cell {
                    true => second,
                    false => second
                        .with_clip(Some(0.3))
                        .with_gate_activation(ActivationConfig::HardSigmoid(burn::nn::HardSigmoidConfig::new()))
                        .with_cell_activation(ActivationConfig::Softsign)
                        .with_hidden_activation(ActivationConfig::Gelu),
                };
                Model {
                    embedding: EmbeddingConfig::new(s.vocab, s.d_input).init(device),
                    lstm: LstmConfig::new(s.d_input, s.d_hidden, true).init(device),
                    init: s.options.then(|| LinearConfig::new(s.d_input, s.d_hidden).init(device)),
                    second: s.options.then(|| second.init(device)),
                    fc: LinearConfig::new(s.d_hidden, s.classes).init(device),
                }
            }

            impl Model {
                /// # Shapes
                /// - ids `[batch, time]`; returns logits `[batch, classes]`
                pub fn forward(&self, ids: Tensor<2, Int>) -> Tensor<2> {
                    let x = self.embedding.forward(ids); // [batch, time, d_input]
                    let [batch, _, d_input] = x.dims();
                    let (hidden, state) = self.lstm.forward(x.clone(), None);
                    let last = match (&self.init, &self.second) {
                        (Some(init), Some(second)) => {
                            // An initial state computed from the input, a time-major sequence.
                            let h0 = init.forward(x.mean_dim(1).reshape([batch, d_input])).tanh();
                            let c0 = h0.clone() * 0.5 + state.cell;
                            let (out, end) = second.forward(hidden.swap_dims(0, 1), Some(LstmState::new(c0, h0)));
                            let [_, _, d_hidden] = out.dims();
                            end.hidden + end.cell + out.mean_dim(0).reshape([batch, d_hidden])
                        }
                        _ => state.hidden,
                    };
                    self.fc.forward(last)
                }
            }
        }
    };
}

lstm_model!(plain:
    use burn::nn::{Embedding, EmbeddingConfig, Linear, LinearConfig, Lstm, LstmConfig, LstmState};
);

lstm_model!(private:
    use dpgpu::nn::{Embedding, EmbeddingConfig, Linear, LinearConfig, Lstm, LstmConfig, LstmState};
);

impl dpgpu::nn::BurnModel for private::Model {
    type Input = Tensor<2, Int>;
    fn forward(&self, ids: Tensor<2, Int>) -> Tensor<2> {
        private::Model::forward(self, ids)
    }
}

fn ids(s: Shape, seed: u64, dev: &ComputeDevice) -> Tensor<2, Int> {
    let mut r = Lcg(seed);
    let v: Vec<i64> = (0..s.batch * s.time).map(|_| r.below(s.vocab) as i64).collect();
    Tensor::from_data(TensorData::new(v, [s.batch, s.time]), &dev.device)
}

fn labels(s: Shape, seed: u64) -> Vec<usize> {
    let mut r = Lcg(seed ^ 0x5eed);
    (0..s.batch).map(|_| r.below(s.classes)).collect()
}

/// The burn-nn model holding the drop-in model's parameters.
fn as_burn_nn(model: &private::Model, s: Shape, dev: &ComputeDevice) -> plain::Model {
    plain::model(&dev.device, s).load_record(model.clone().into_record())
}

/// Each parameter's id and its range in the flattened visiting order.
fn layout<M: Module>(model: &M) -> Vec<(ParamId, std::ops::Range<usize>)> {
    struct Collect(Vec<(ParamId, std::ops::Range<usize>)>, usize);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let n = param.dims().iter().product::<usize>();
            self.0.push((param.id, self.1..self.1 + n));
            self.1 += n;
        }
    }
    let mut c = Collect(Vec::new(), 0);
    model.visit(&mut c);
    c.0
}

/// Example `i`'s gradient by Burn's autodiff on the burn-nn model alone (batch of one), flat.
fn burn_grads(
    theirs: &plain::Model,
    x: &Tensor<2, Int>,
    labels: &[usize],
    classes: usize,
    dev: &ComputeDevice,
) -> Vec<Vec<f32>> {
    let tracked = theirs.clone().train();
    (0..labels.len())
        .map(|i| {
            let logits = tracked.forward(x.clone().slice([i..i + 1]));
            let loss = cross_entropy_sum(logits, onehot(&labels[i..i + 1], classes, dev).autodiff());
            common::ordered_grads(theirs, &GradientsParams::from_grads(loss.backward(), &tracked))
        })
        .collect()
}

/// The cases a test runs on `dev`: all on cpu; on a wgpu device (lavapipe in CI, where every
/// new shape compiles shaders for seconds) only the last, which has every option.
fn cases<T: Copy>(dev: &ComputeDevice, all: &[T]) -> Vec<T> {
    if dev.uses_wgsl_kernels() { all[all.len() - 1..].to_vec() } else { all.to_vec() }
}

fn outputs_equal_burn_nns_lstm(dev: &ComputeDevice) {
    for (seed, options) in cases(dev, &[(1, false), (2, true)]) {
        let s = shape(seed, options);
        let ours = private::model(&dev.device, s);
        let theirs = as_burn_nn(&ours, s, dev);
        let x = ids(s, seed, dev);
        assert_eq!(common::values(ours.forward(x.clone())), common::values(theirs.forward(x.clone())));
        // The layers themselves, with an initial state (the second time-major and reversed).
        let input = theirs.embedding.forward(x);
        let mut r = Lcg(seed);
        let mut random = |dims: [usize; 3]| {
            let v: Vec<f32> =
                (0..dims.iter().product()).map(|_| r.below(2001) as f32 / 1000.0 - 1.0).collect();
            Tensor::<3>::from_data(TensorData::new(v, dims), &dev.device)
        };
        let second_input = random([s.time, s.batch, s.d_hidden]);
        let layers = [(&ours.lstm, &theirs.lstm, input)]
            .into_iter()
            .chain(ours.second.iter().zip(theirs.second.iter()).map(|(a, b)| (a, b, second_input.clone())));
        for (a, b, input) in layers {
            let state = random([2, s.batch, s.d_hidden]);
            let state = || {
                let part = |k: usize| state.clone().slice([k..k + 1]).reshape([s.batch, s.d_hidden]);
                burn::nn::LstmState::new(part(0), part(1))
            };
            let (out_a, end_a) = a.forward(input.clone(), Some(state()));
            let (out_b, end_b) = b.forward(input, Some(state()));
            assert_eq!(common::values(out_a), common::values(out_b));
            assert_eq!(common::values(end_a.cell), common::values(end_b.cell));
            assert_eq!(common::values(end_a.hidden), common::values(end_b.hidden));
        }
    }
}

fn records_load_into_burn_nn_and_back(dev: &ComputeDevice) {
    for options in [false, true] {
        let s = shape(3, options);
        let ours = private::model(&dev.device, s);
        let theirs = as_burn_nn(&ours, s, dev);
        assert_eq!(flat_params(&theirs), flat_params(&ours));
        let other = plain::model(&dev.device, s);
        let back = private::model(&dev.device, s).load_record(other.clone().into_record());
        assert_eq!(flat_params(&back), flat_params(&other));
        // The layer alone, too.
        let lstm: burn::nn::Lstm = burn::nn::LstmConfig::new(4, 3, true).init(&dev.device);
        let mine =
            dpgpu::nn::LstmConfig::new(4, 3, true).init(&dev.device).load_record(lstm.clone().into_record());
        assert_eq!(flat_params(&mine), flat_params(&lstm));
        assert_eq!(lstm.num_params(), mine.num_params());
    }
}

/// The tape's per-sample gradients (every parameter, every example) and ghost norms equal Burn's
/// autodiff on each example alone.
fn per_sample_gradients_and_norms_equal_burn_autodiff(dev: &ComputeDevice) {
    for (seed, options) in cases(dev, &[(4, false), (5, true)]) {
        let s = shape(seed, options);
        let ours = private::model(&dev.device, s);
        let theirs = as_burn_nn(&ours, s, dev);
        let x = ids(s, seed, dev);
        let labels = labels(s, seed);
        let want = burn_grads(&theirs, &x, &labels, s.classes, dev);
        let y = onehot(&labels, s.classes, dev);
        let mut tape = Tape::new(TapeMode::Probe, &dev.device);
        let logits = DpModel::forward(&ours, &mut tape, x.clone());
        let grads = tape.backward(DpModel::loss(&ours, logits, y.clone().autodiff()));
        let samples = tape.grad_samples(&grads);
        let places = layout(&ours);
        assert_eq!(samples.len(), places.len(), "every parameter has a per-sample gradient");
        for sample in &samples {
            let (_, range) = places.iter().find(|(id, _)| *id == sample.id).expect("a model parameter");
            for (i, want_i) in want.iter().enumerate() {
                let got = common::values(sample.grad_sample.clone().slice([i..i + 1]));
                let err = rel_err(&got, &want_i[range.clone()]);
                assert!(
                    err < 1e-4,
                    "seed {seed}: example {i}, parameter {:?}: relative error {err:e}",
                    sample.shape
                );
            }
        }
        let norms = common::values(tape.sq_norms(&grads, s.batch));
        for (i, want_i) in want.iter().enumerate() {
            let w = common::l2_norm(want_i).powi(2);
            let err = (norms[i] as f64 - w).abs() / w;
            assert!(err < 1e-4, "seed {seed}: example {i}: squared norm {} vs {w}", norms[i]);
        }
        // Every planned choice per layer, against the tape's own loop (Params mode).
        common::assert_grad_samples_match_loop(&ours, x, y, dev, 1e-4);
    }
}

/// A DP-SGD step with σ = 0 under every strategy equals θ − lr·Σ_i clip_C(g_i)/qN with each g_i
/// from Burn's autodiff on example i alone on the burn-nn model; with C large (nothing clipped)
/// and C small (every example clipped).
fn every_strategy_equals_burn_autodiff_per_example(dev: &ComputeDevice) {
    for (seed, options) in cases(dev, &[(6, false), (8, true), (7, true)]) {
        let s = shape(seed, options);
        let ours = private::model(&dev.device, s);
        let theirs = as_burn_nn(&ours, s, dev);
        let x = ids(s, seed, dev);
        let labels = labels(s, seed);
        let per_example = burn_grads(&theirs, &x, &labels, s.classes, dev);
        let norms: Vec<f64> = per_example.iter().map(|g| common::l2_norm(g)).collect();
        let smallest = norms.iter().copied().fold(f64::INFINITY, f64::min);
        for max_grad_norm in [1e3, smallest / 10.0] {
            let clipped = norms.iter().filter(|n| **n > max_grad_norm).count();
            assert!(clipped == 0 || clipped == s.batch);
            let (lr, expected) = (0.5, 4.0);
            let want = common::dp_sgd_delta(&per_example, max_grad_norm, lr, expected);
            for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Auto, Strategy::Loop] {
                let cfg = common::dp_config(strategy, 0.0, max_grad_norm, lr, expected);
                let mut dp = DpSgd::new(cfg, &dev.device, dev.uses_wgsl_kernels()).unwrap();
                // A padded physical batch: the real rows and one all-zero label row.
                let padded_x = Tensor::cat(vec![x.clone(), Tensor::zeros([1, s.time], &dev.device)], 0);
                let y = onehot(&labels, s.classes, dev);
                let padded_y = Tensor::cat(vec![y, Tensor::zeros([1, s.classes], &dev.device)], 0);
                let (after, _) = dp.step(ours.clone(), vec![(padded_x, padded_y, s.batch)]).unwrap();
                let got: Vec<f32> =
                    flat_params(&after).iter().zip(flat_params(&ours)).map(|(a, b)| a - b).collect();
                let err = rel_err(&got, &want);
                assert!(
                    err < 1e-4,
                    "{s:?}, {strategy:?}, C {max_grad_norm} ({clipped} clipped): relative error {err:e}"
                );
            }
        }
    }
}

on_every_backend!(
    outputs_equal_burn_nns_lstm,
    records_load_into_burn_nn_and_back,
    per_sample_gradients_and_norms_equal_burn_autodiff,
    every_strategy_equals_burn_autodiff_per_example,
);

/// Seconds per DP step (`auto`) at the IMDb LSTM shape (vocab 10,004, 100 → LSTM 100 → 2,
/// T = 256) on cpu: the drop-in Lstm against the Haiku-layout `LstmNet` on the tape.
/// `cargo test --release --test nn_lstm -- --ignored --nocapture`.
#[test]
#[ignore]
fn cost_at_the_imdb_shape() {
    let dev = common::cpu();
    let s = Shape {
        batch: 32,
        time: 256,
        vocab: 10_004,
        d_input: 100,
        d_hidden: 100,
        classes: 2,
        options: false,
        default_cell: true,
    };
    let x = ids(s, 9, &dev);
    let y = onehot(&labels(s, 9), s.classes, &dev);
    let time = |f: &mut dyn FnMut()| {
        f();
        let start = std::time::Instant::now();
        for _ in 0..3 {
            f();
        }
        start.elapsed().as_secs_f64() / 3.0
    };
    for strategy in [Strategy::Auto, Strategy::Vectorized, Strategy::Ghost] {
        let cfg = common::dp_config(strategy, 1.0, 1.0, 0.1, 32.0);
        let ours = private::model(&dev.device, s);
        let mut dp = DpSgd::new(cfg.clone(), &dev.device, false).unwrap();
        let drop_in = time(&mut || {
            let (m, _) = dp.step(ours.clone(), vec![(x.clone(), y.clone(), s.batch)]).unwrap();
            common::values(m.fc.weight.val());
        });
        let haiku_model = dpgpu::models::LstmNet::new(&dev.device, s.vocab, s.d_hidden, 0);
        let mut dp = DpSgd::new(cfg, &dev.device, false).unwrap();
        let haiku = time(&mut || {
            let (m, _) = dp.step(haiku_model.clone(), vec![(x.clone(), y.clone(), s.batch)]).unwrap();
            common::values(m.fc.weight.val());
        });
        println!(
            "{strategy:?}, batch 32: drop-in Lstm {drop_in:.3} s/step, LstmNet (DpLstm) {haiku:.3} s/step"
        );
    }
}
