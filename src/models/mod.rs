//! The paper's models (SPEC B§5, JAX variants canonical) and their losses.
//!
//! Every model is a Burn [`Module`](burn::module::Module) built from burn-nn layers (so its
//! record loads into plain burn-nn code) whose forward pass runs through a
//! [`Tape`](crate::grad_sample::Tape), which is how per-sample gradients are captured.

mod init;
mod mnist;

pub use init::truncated_normal;
pub use mnist::MnistCnn;

use burn::module::Module;
use burn::tensor::Tensor;
use burn::tensor::activation::log_softmax;

use crate::grad_sample::Tape;

/// A model dpgpu can train privately: a forward pass through a tape, returning logits.
pub trait DpModel: Module + Clone {
    /// The model input for a batch, e.g. `Tensor<4>` images `[batch, 1, 28, 28]`.
    type Input: Clone;

    /// Logits `[batch, num_classes]`.
    fn forward(&self, tape: &mut Tape, input: Self::Input) -> Tensor<2>;

    /// Example `index` of a batch as a batch of one (the `loop` strategy).
    fn example(input: &Self::Input, index: usize) -> Self::Input;
}

/// Softmax cross-entropy summed over the batch: `-Σ_i Σ_c onehot[i, c] log softmax(logits_i)_c`.
///
/// A row of `onehot` that is all zeros (a padded example) contributes nothing. DP-SGD needs the
/// *sum*: the gradient of a batch-mean loss is 1/B of each per-sample gradient, which would clip
/// at B·C instead of C.
///
/// # Shapes
/// - `logits`, `onehot`: `[batch, num_classes]`; returns `[1]`
pub fn cross_entropy_sum(logits: Tensor<2>, onehot: Tensor<2>) -> Tensor<1> {
    (log_softmax(logits, 1) * onehot).sum().neg()
}
