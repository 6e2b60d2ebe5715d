//! The paper's models: parameter counts (SPEC A§1), and per-sample gradients of every
//! parameter equal to a loop of batch-size-1 backward passes, on cpu and Vulkan.

mod common;

use burn::module::Module;
use burn::tensor::{Distribution, Int, Tensor};
use common::{assert_grad_samples_match_loop, onehot};
use dpgpu::device::ComputeDevice;
use dpgpu::models::{Cifar10Cnn, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn};

#[test]
fn parameter_counts_match_the_paper() {
    let d = burn::tensor::Device::flex();
    assert_eq!(LogReg::new(&d, 104, 0).num_params(), 105);
    assert_eq!(Ffnn::new(&d, 104, 0).num_params(), 5_352);
    assert_eq!(MnistCnn::new(&d, 0).num_params(), 26_010);
    assert_eq!(EmbedNet::new(&d, 10_004, 0).num_params(), 160_370);
    assert_eq!(Cifar10Cnn::new(&d, 0).num_params(), 605_226);
    assert_eq!(LstmNet::new(&d, 10_004, 100, 0).num_params(), 1_081_002);
}

fn tabular_models_match_the_loop(dev: &ComputeDevice) {
    let x = Tensor::<2>::random([5, 104], Distribution::Uniform(0.0, 1.0), &dev.device);
    let y = onehot(&[1, 0, 0, 1, 1], 2, dev);
    assert_eq!(
        assert_grad_samples_match_loop(&LogReg::new(&dev.device, 104, 1), x.clone(), y.clone(), dev, 1e-4),
        2
    );
    assert_eq!(assert_grad_samples_match_loop(&Ffnn::new(&dev.device, 104, 2), x, y, dev, 1e-4), 4);
}

fn cifar10_cnn_matches_the_loop(dev: &ComputeDevice) {
    let x = Tensor::<4>::random([3, 3, 32, 32], Distribution::Uniform(0.0, 1.0), &dev.device);
    let y = onehot(&[3, 8, 0], 10, dev);
    assert_eq!(assert_grad_samples_match_loop(&Cifar10Cnn::new(&dev.device, 3), x, y, dev, 1e-4), 16);
}

fn embedding_network_matches_the_loop_with_repeated_tokens(dev: &ComputeDevice) {
    let vocab = 50;
    // Repeated ids inside each example (case 5 of shared/reference/cases.md).
    let ids = Tensor::<2, Int>::from_data(
        [[1, 1, 7, 3, 1, 0], [4, 4, 4, 4, 2, 9], [0, 0, 0, 5, 6, 5]],
        &dev.device,
    );
    let y = onehot(&[1, 0, 1], 2, dev);
    assert_eq!(assert_grad_samples_match_loop(&EmbedNet::new(&dev.device, vocab, 4), ids, y, dev, 1e-4), 5);
}

fn lstm_network_matches_the_loop(dev: &ComputeDevice) {
    // The paper's architecture at a small vocabulary and width (12 steps, hidden 6).
    let ids = Tensor::<2, Int>::from_data(
        [[1, 1, 7, 3, 1, 0, 2, 2, 9, 4, 4, 1], [5, 4, 4, 4, 2, 9, 0, 0, 1, 3, 3, 8]],
        &dev.device,
    );
    let y = onehot(&[1, 0], 2, dev);
    assert_eq!(assert_grad_samples_match_loop(&LstmNet::new(&dev.device, 10, 6, 5), ids, y, dev, 1e-4), 5);
}

on_every_backend!(
    lstm_network_matches_the_loop,
    tabular_models_match_the_loop,
    cifar10_cnn_matches_the_loop,
    embedding_network_matches_the_loop_with_repeated_tokens,
);
