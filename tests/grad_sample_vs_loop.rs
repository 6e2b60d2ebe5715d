//! Per-sample gradients of every MNIST CNN parameter from one batched backward pass equal a
//! loop of batch-size-1 backward passes (Opacus' "microbatch" check), on cpu and on Vulkan.

mod common;

use burn::tensor::{Tensor, TensorData};
use dpgpu::data::idx::load_mnist;
use dpgpu::device::ComputeDevice;
use dpgpu::models::MnistCnn;

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
    let model = MnistCnn::new(&dev.device, 11);
    let (x, y) = real_batch(6, dev);
    let checked = common::assert_grad_samples_match_loop(&model, x, y, dev, 1e-4);
    assert_eq!(checked, 8, "4 layers x (weight, bias)");
    assert_eq!(model.num_parameters(), 26_010);
}

on_every_backend!(per_sample_gradients_match_a_loop_of_single_example_backward_passes);
