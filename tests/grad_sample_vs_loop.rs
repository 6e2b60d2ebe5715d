//! Per-sample gradients of every MNIST CNN parameter from one batched backward pass equal a
//! loop of batch-size-1 backward passes (Opacus' "microbatch" check), on cpu and on Vulkan.

mod common;

use burn::tensor::{Tensor, TensorData};
use common::{rel_err, values};
use dpgpu::data::idx::load_mnist;
use dpgpu::device::ComputeDevice;
use dpgpu::grad_sample::{Tape, TapeMode};
use dpgpu::models::{DpModel, MnistCnn, cross_entropy_sum};

/// The first `n` real MNIST training images and one-hot labels.
fn real_batch(n: usize, dev: &ComputeDevice) -> (Tensor<4>, Tensor<2>) {
    let data = load_mnist(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist"))).unwrap();
    let images = data.train_images[..n * 784].to_vec();
    let mut onehot = vec![0.0f32; n * 10];
    for i in 0..n {
        onehot[i * 10 + data.train_labels[i] as usize] = 1.0;
    }
    (
        Tensor::from_data(TensorData::new(images, [n, 1, 28, 28]), &dev.device),
        Tensor::from_data(TensorData::new(onehot, [n, 10]), &dev.device),
    )
}

fn per_sample_gradients_match_a_loop_of_single_example_backward_passes(dev: &ComputeDevice) {
    let n = 6;
    let model = MnistCnn::new(&dev.device, 11);
    let (x, y) = real_batch(n, dev);

    let mut tape = Tape::new(TapeMode::Probe, &dev.device);
    let logits = model.forward(&mut tape, x.clone());
    let grads = cross_entropy_sum(logits, y.clone().autodiff()).backward();
    let samples = tape.grad_samples(&grads);
    assert_eq!(samples.len(), 8, "4 layers x (weight, bias)");
    let total: usize = samples.iter().map(|s| s.shape.iter().product::<usize>()).sum();
    assert_eq!(total, 26_010);

    for i in 0..n {
        let mut tape = Tape::new(TapeMode::Params, &dev.device);
        let logits = model.forward(&mut tape, MnistCnn::example(&x, i));
        let grads = cross_entropy_sum(logits, y.clone().slice([i..i + 1]).autodiff()).backward();
        let reference = tape.summed_grads(&grads);
        assert_eq!(reference.len(), samples.len());
        for (s, r) in samples.iter().zip(&reference) {
            assert_eq!(s.id, r.id);
            let p = r.grad.dims()[0];
            let got = values(s.grad_sample.clone().slice([i..i + 1]).reshape([p]));
            let want = values(r.grad.clone());
            let err = rel_err(&got, &want);
            assert!(err <= 1e-4, "example {i}, parameter {:?}: relative error {err:.2e}", s.shape);
        }
    }
}

on_every_backend!(per_sample_gradients_match_a_loop_of_single_example_backward_passes);
