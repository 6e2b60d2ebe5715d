//! Parameters shared between drop-in layers: two `dpgpu::nn::Lstm`s sharing one gate (the same
//! `Param`s, cloned), and a gate weight shared with a `Linear`. The reference is the untied twin
//! (the same values under fresh parameters), differentiated with Burn autodiff one example at a
//! time, the two copies' gradients summed: the tied parameter's true per-example gradient. (Burn's
//! `GradientsParams::from_grads` on the tied model itself keeps one copy's gradient only, so it
//! cannot be the reference.) Every strategy's DP step (σ 0) equals DP-SGD on those gradients,
//! with clipping off and on.

mod common;

use burn::module::{Module, ModuleVisitor, Param, ParamId};
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor, TensorData};
use common::{flat_params, onehot, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, Strategy};
use dpgpu::models::cross_entropy_sum;
use dpgpu::nn::{BurnModel, Linear, LinearConfig, Lstm, LstmConfig};

const B: usize = 3;
const T: usize = 4;
const D: usize = 5;
const C: usize = 3;

#[derive(Module, Debug)]
struct Tied {
    a: Lstm,
    b: Lstm,
    lin: Linear,
    fc: Linear,
}

impl BurnModel for Tied {
    type Input = Tensor<3>;
    fn forward(&self, x: Tensor<3>) -> Tensor<2> {
        let (o, first) = self.a.forward(x, None);
        let (_, second) = self.b.forward(o, None);
        self.fc.forward(second.hidden + self.lin.forward(first.cell).tanh())
    }
}

/// `b` shares `a`'s cell gate; `lin` shares `a`'s output gate hidden-transform weight.
fn tied(device: &Device) -> Tied {
    let a: Lstm = LstmConfig::new(D, D, true).init(device);
    let mut b: Lstm = LstmConfig::new(D, D, true).with_reverse(true).init(device);
    let mut lin: Linear = LinearConfig::new(D, D).init(device);
    b.cell_gate = a.cell_gate.clone();
    lin.weight = a.output_gate.hidden_transform.weight.clone();
    let model = Tied { a, b, lin, fc: LinearConfig::new(D, C).init(device) };
    let _ = flat_params(&model); // initialise every (lazy) parameter once, shared by the clones
    model
}

/// The same values, every shared use under a fresh parameter; returns (twin id, tied id) pairs.
fn untied(model: &Tied) -> (Tied, Vec<(ParamId, ParamId)>) {
    let mut twin = model.clone();
    let mut alias = Vec::new();
    let mut fresh = |p: &mut Param<Tensor<2>>| {
        let new = Param::from_tensor(p.val());
        alias.push((new.id, p.id));
        *p = new;
    };
    fresh(&mut twin.b.cell_gate.input_transform.weight);
    fresh(&mut twin.b.cell_gate.hidden_transform.weight);
    fresh(&mut twin.lin.weight);
    let mut fresh_bias = |p: &mut Option<Param<Tensor<1>>>| {
        let old = p.as_ref().expect("a bias");
        let new = Param::from_tensor(old.val());
        alias.push((new.id, old.id));
        *p = Some(new);
    };
    fresh_bias(&mut twin.b.cell_gate.input_transform.bias);
    fresh_bias(&mut twin.b.cell_gate.hidden_transform.bias);
    (twin, alias)
}

/// Each distinct parameter of `model` (first-visit order) with its values, or with its gradient
/// in `grads` (zeros where it has none).
fn by_param<M: Module>(model: &M, grads: Option<&GradientsParams>) -> Vec<(ParamId, Vec<f32>)> {
    struct Collect<'a>(Option<&'a GradientsParams>, Vec<(ParamId, Vec<f32>)>);
    impl ModuleVisitor for Collect<'_> {
        fn visit_float<const K: usize>(&mut self, p: &Param<Tensor<K>>) {
            if !self.1.iter().any(|(id, _)| *id == p.id) {
                let t = match self.0 {
                    Some(g) => g.get::<K>(p.id).unwrap_or_else(|| p.val().zeros_like()),
                    None => p.val(),
                };
                self.1.push((p.id, common::values(t)));
            }
        }
    }
    let mut c = Collect(grads, Vec::new());
    model.visit(&mut c);
    c.1
}

fn shared_parameters_get_the_sum_of_their_uses(dev: &ComputeDevice) {
    let model = tied(&dev.device);
    let (twin, alias) = untied(&model);
    let resolve = |id: ParamId| alias.iter().find(|(t, _)| *t == id).map_or(id, |(_, r)| *r);
    let v: Vec<f32> = (0..B * T * D).map(|k| ((k * 37 + 11) % 41) as f32 / 20.0 - 1.0).collect();
    let x = Tensor::<3>::from_data(TensorData::new(v, [B, T, D]), &dev.device);
    let labels: Vec<usize> = (0..B).map(|i| i % C).collect();
    // Example i's true gradient, per tied parameter, flattened in the tied model's order.
    let tracked = twin.clone().train();
    let per_example: Vec<Vec<f32>> = (0..B)
        .map(|i| {
            let logits = BurnModel::forward(&tracked, x.clone().slice([i..i + 1]));
            let loss = cross_entropy_sum(logits, onehot(&labels[i..i + 1], C, dev).autodiff());
            let grads = GradientsParams::from_grads(loss.backward(), &tracked);
            let twin_grads = by_param(&twin, Some(&grads));
            by_param(&model, None)
                .into_iter()
                .flat_map(|(id, values)| {
                    let mut sum = vec![0.0f32; values.len()];
                    for (twin_id, g) in &twin_grads {
                        if resolve(*twin_id) == id {
                            sum.iter_mut().zip(g).for_each(|(s, g)| *s += g);
                        }
                    }
                    sum
                })
                .collect()
        })
        .collect();
    let smallest = per_example.iter().map(|g| common::l2_norm(g)).fold(f64::INFINITY, f64::min);
    let distinct = |m: &Tied| -> Vec<f32> { by_param(m, None).into_iter().flat_map(|(_, v)| v).collect() };
    for max_grad_norm in [1e3, smallest / 10.0] {
        let (lr, expected) = (0.5, 4.0);
        let want = common::dp_sgd_delta(&per_example, max_grad_norm, lr, expected);
        for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Auto, Strategy::Loop] {
            let cfg = common::dp_config(strategy, 0.0, max_grad_norm, lr, expected);
            let mut dp = DpSgd::new(cfg, &dev.device, dev.uses_wgsl_kernels()).unwrap();
            let (after, _) = dp.step(model.clone(), vec![(x.clone(), onehot(&labels, C, dev), B)]).unwrap();
            let got: Vec<f32> = distinct(&after).iter().zip(distinct(&model)).map(|(a, b)| a - b).collect();
            let err = rel_err(&got, &want);
            assert!(err < 1e-4, "{strategy:?}, C {max_grad_norm}: relative error {err:e}");
            // The copies of a shared parameter move together.
            assert_eq!(
                common::values(after.b.cell_gate.input_transform.weight.val()),
                common::values(after.a.cell_gate.input_transform.weight.val())
            );
        }
    }
}

on_every_backend!(shared_parameters_get_the_sum_of_their_uses);
