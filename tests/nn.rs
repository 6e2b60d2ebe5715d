//! The drop-in layers (`dpgpu::nn`): the Burn book's guide model written with them, its forward
//! unchanged, trains privately: under every strategy the DP step equals DP-SGD written out with
//! Burn's own autodiff, one example at a time, on the model as plain Burn runs it (no dpgpu
//! tape); records load into the burn-nn version of the model and back; outside a DP step the
//! layers are burn-nn's; a burn-nn layer left in the model is named.

mod common;

use burn::module::Module;
use burn::nn::pool::{AdaptiveAvgPool2d, AdaptiveAvgPool2dConfig};
use burn::nn::{Dropout, DropoutConfig, Relu};
use burn::optim::GradientsParams;
use burn::tensor::{Device, Tensor, TensorData};
use common::{flat_params, onehot, rel_err};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::{DpSgd, DpSgdConfig, Strategy};
use dpgpu::models::cross_entropy_sum;

/// The guide's model (with a GroupNorm and a LayerNorm, so that every drop-in layer is in it),
/// written once, in a module whose `use` lines pick the layers: burn-nn's or dpgpu's.
macro_rules! guide_model {
    ($module:ident: $($uses:item)*) => {
        mod $module {
            use super::*;
            $($uses)*

            #[derive(Module, Debug)]
            pub struct Model {
                pub conv1: Conv2d,
                pub conv2: Conv2d,
                pub norm: GroupNorm,
                pub pool: AdaptiveAvgPool2d,
                pub dropout: Dropout,
                pub linear1: Linear,
                pub norm2: LayerNorm,
                pub linear2: Linear,
                pub activation: Relu,
            }

            pub fn model(device: &Device) -> Model {
                Model {
                    conv1: Conv2dConfig::new([1, 4], [3, 3]).init(device),
                    conv2: Conv2dConfig::new([4, 8], [3, 3]).init(device),
                    norm: GroupNormConfig::new(2, 8).init(device),
                    pool: AdaptiveAvgPool2dConfig::new([4, 4]).init(),
                    dropout: DropoutConfig::new(0.0).init(),
                    linear1: LinearConfig::new(8 * 4 * 4, 16).init(device),
                    norm2: LayerNormConfig::new(16).init(device),
                    linear2: LinearConfig::new(16, 10).init(device),
                    activation: Relu::new(),
                }
            }

            impl Model {
                /// # Shapes
                /// - images `[batch, 12, 12]`; returns logits `[batch, 10]`
                pub fn forward(&self, images: Tensor<3>) -> Tensor<2> {
                    let [batch_size, height, width] = images.dims();
                    let x = images.reshape([batch_size, 1, height, width]);
                    let x = self.conv1.forward(x);
                    let x = self.dropout.forward(x);
                    let x = self.conv2.forward(x);
                    let x = self.norm.forward(x);
                    let x = self.dropout.forward(x);
                    let x = self.activation.forward(x);
                    let x = self.pool.forward(x);
                    let x = x.reshape([batch_size, 8 * 4 * 4]);
                    let x = self.linear1.forward(x);
                    let x = self.norm2.forward(x);
                    let x = self.dropout.forward(x);
                    let x = self.activation.forward(x);
                    self.linear2.forward(x)
                }
            }
        }
    };
}

guide_model!(plain:
    use burn::nn::conv::{Conv2d, Conv2dConfig};
    use burn::nn::{GroupNorm, GroupNormConfig, LayerNorm, LayerNormConfig, Linear, LinearConfig};
);

guide_model!(private:
    use dpgpu::nn::{Conv2d, Conv2dConfig, GroupNorm, GroupNormConfig, LayerNorm, LayerNormConfig};
    use dpgpu::nn::{Linear, LinearConfig};
);

/// What the private version adds: its input type and a call of its own forward.
impl dpgpu::nn::BurnModel for private::Model {
    type Input = Tensor<3>;
    fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        private::Model::forward(self, images)
    }
}

fn images(batch: usize, dev: &ComputeDevice) -> Tensor<3> {
    let v: Vec<f32> = (0..batch * 144).map(|k| ((k * 37 + 5) % 97) as f32 / 48.5 - 1.0).collect();
    Tensor::from_data(TensorData::new(v, [batch, 12, 12]), &dev.device)
}

/// θ − lr·Σ_i clip_C(g_i)/qN, each g_i from Burn's autodiff on example i alone, the model run as
/// plain Burn (no dpgpu recorder is active here).
fn reference_delta(
    model: &private::Model,
    x: &Tensor<3>,
    labels: &[usize],
    cfg: &DpSgdConfig,
    dev: &ComputeDevice,
) -> Vec<f32> {
    let tracked = model.clone().train();
    let per_example: Vec<Vec<f32>> = (labels.iter().enumerate())
        .map(|(i, &label)| {
            let logits = tracked.forward(x.clone().slice([i..i + 1]).autodiff());
            let loss = cross_entropy_sum(logits, onehot(&[label], 10, dev).autodiff());
            common::ordered_grads(model, &GradientsParams::from_grads(loss.backward(), &tracked))
        })
        .collect();
    common::dp_sgd_delta(&per_example, cfg.max_grad_norm, cfg.lr, cfg.expected_batch_size)
}

fn every_strategy_equals_burn_autodiff_per_example(dev: &ComputeDevice) {
    let model = private::model(&dev.device);
    let labels = [3, 1, 4, 1, 5];
    let x = images(labels.len(), dev);
    for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Auto, Strategy::Loop] {
        let cfg = common::dp_config(strategy, 0.0, 0.5, 1.0, 4.0);
        let want = reference_delta(&model, &x, &labels, &cfg, dev);
        let mut dp = DpSgd::new(cfg, &dev.device, dev.uses_wgsl_kernels()).unwrap();
        // A padded physical batch: 5 real rows and one all-zero label row.
        let y = onehot(&labels, 10, dev);
        let padded_x = Tensor::cat(vec![x.clone(), Tensor::zeros([1, 12, 12], &dev.device)], 0);
        let padded_y = Tensor::cat(vec![y, Tensor::zeros([1, 10], &dev.device)], 0);
        let (after, _) = dp.step(model.clone(), vec![(padded_x, padded_y, 5)]).unwrap();
        let got: Vec<f32> = flat_params(&after).iter().zip(flat_params(&model)).map(|(a, b)| a - b).collect();
        let err = rel_err(&got, &want);
        assert!(err < 1e-4, "{strategy:?}: relative error {err:e}");
    }
}

fn records_load_into_burn_nn_and_back_and_the_layers_are_burn_nns(dev: &ComputeDevice) {
    let ours = private::model(&dev.device);
    let theirs = plain::model(&dev.device).load_record(ours.clone().into_record());
    assert_eq!(flat_params(&theirs), flat_params(&ours));
    let x = images(3, dev);
    // Outside a DP step the drop-in layers compute exactly what burn-nn's do.
    assert_eq!(common::values(ours.forward(x.clone())), common::values(theirs.forward(x.clone())));
    let other = plain::model(&dev.device);
    let back = private::model(&dev.device).load_record(other.clone().into_record());
    assert_eq!(flat_params(&back), flat_params(&other));
}

/// A burn-nn layer left in a drop-in model has no per-sample rule: the first step names it.
fn a_burn_nn_layer_left_in_the_model_is_named(dev: &ComputeDevice) {
    #[derive(Module, Debug)]
    struct Mixed {
        first: dpgpu::nn::Linear,
        second: burn::nn::Linear,
    }
    impl dpgpu::nn::BurnModel for Mixed {
        type Input = Tensor<2>;
        fn forward(&self, x: Tensor<2>) -> Tensor<2> {
            self.second.forward(self.first.forward(x))
        }
    }
    let d = &dev.device;
    let model = Mixed {
        first: dpgpu::nn::LinearConfig::new(4, 4).init(d),
        second: burn::nn::LinearConfig::new(4, 3).init(d),
    };
    let x = Tensor::<2>::ones([2, 4], d);
    let cfg = common::dp_config(Strategy::Auto, 1.0, 1.0, 0.1, 2.0);
    let mut dp = DpSgd::new(cfg, d, dev.uses_wgsl_kernels()).unwrap();
    let err = dp.step(model, vec![(x, onehot(&[0, 2], 3, dev), 2)]).map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("second.weight") && err.contains("--grad-sample loop"), "{err}");
}

/// A forward that moves examples off dimension 0 before a drop-in layer (a batch·time reshape, a
/// time-major layout with as many steps as examples) would have each row clipped as an example:
/// one example could count T times. The one-pass strategies refuse it, naming the layer; `loop`
/// (one example per pass) takes it.
fn examples_off_dimension_zero_are_refused(dev: &ComputeDevice) {
    #[derive(Module, Debug)]
    struct Flat {
        fc: dpgpu::nn::Linear,
        time_major: bool,
    }
    impl dpgpu::nn::BurnModel for Flat {
        type Input = Tensor<3>;
        fn forward(&self, x: Tensor<3>) -> Tensor<2> {
            let [b, t, d] = x.dims();
            let y = if self.time_major {
                self.fc.forward(x.swap_dims(0, 1)).swap_dims(0, 1) // [t, b, d] through the layer
            } else {
                self.fc.forward(x.reshape([b * t, d])).reshape([b, t, 3]) // [b·t, d]
            };
            y.sum_dim(1).reshape([b, 3])
        }
    }
    let d = &dev.device;
    let x = Tensor::<3>::from_data(
        TensorData::new((0..4 * 4 * 5).map(|k| (k % 7) as f32 - 3.0).collect::<Vec<f32>>(), [4, 4, 5]),
        d,
    );
    let y = onehot(&[0, 1, 2, 1], 3, dev);
    for time_major in [false, true] {
        let model = Flat { fc: dpgpu::nn::LinearConfig::new(5, 3).init(d), time_major };
        for strategy in [Strategy::Vectorized, Strategy::Ghost, Strategy::Auto, Strategy::Loop] {
            let cfg = common::dp_config(strategy, 1.0, 1.0, 0.1, 4.0);
            let mut dp = DpSgd::new(cfg, d, dev.uses_wgsl_kernels()).unwrap();
            let taken = dp.step(model.clone(), vec![(x.clone(), y.clone(), 4)]).map(|_| ());
            match strategy {
                Strategy::Loop => assert!(taken.is_ok(), "loop, time-major {time_major}: {taken:?}"),
                _ => {
                    let err = taken.unwrap_err().to_string();
                    assert!(err.contains("layer 0") && err.contains("dimension 0"), "{strategy:?}: {err}");
                    assert_eq!(dp.steps_taken(), 0);
                }
            }
        }
    }
}

on_every_backend!(
    examples_off_dimension_zero_are_refused,
    every_strategy_equals_burn_autodiff_per_example,
    records_load_into_burn_nn_and_back_and_the_layers_are_burn_nns,
    a_burn_nn_layer_left_in_the_model_is_named,
);
