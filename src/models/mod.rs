//! The paper's models (SPEC B§5, JAX variants canonical) and their losses.
//!
//! Every model is a Burn [`burn::module::Module`] built from burn-nn layers (so its
//! record loads into plain burn-nn code) whose forward pass runs through a
//! [`crate::grad_sample::Tape`], which is how per-sample gradients are captured.

mod cifar10;
mod embed;
mod ffnn;
pub(crate) mod init;
mod logreg;
mod lstm;
mod mnist;
mod registry;

pub use cifar10::Cifar10Cnn;
pub use embed::EmbedNet;
pub use ffnn::Ffnn;
pub use init::truncated_normal;
pub use logreg::LogReg;
pub use lstm::LstmNet;
pub use mnist::MnistCnn;
pub use registry::{ModelInfo, ModelKind};

use burn::module::Module;
use burn::tensor::activation::{log_softmax, softplus};
use burn::tensor::{Int, Tensor};

use crate::grad_sample::Tape;

/// A model input whose first dimension is the batch, so a batch can be cut into row ranges
/// (the `loop` strategy's examples, `auto`'s chunks). Implemented for float and int tensors.
pub trait BatchInput: Clone {
    /// Rows `range` of the batch as a smaller batch, e.g. `[batch, 1, 28, 28]` →
    /// `[range.len(), 1, 28, 28]`.
    fn rows(&self, range: std::ops::Range<usize>) -> Self;

    /// The batch with row `to` replaced by a copy of row `from` (the check that a model keeps
    /// examples apart).
    fn copy_row(&self, from: usize, to: usize) -> Self;

    /// The input as `tape`'s graph takes it ([`Tape::input`] for float inputs; token ids are
    /// used as they are).
    fn lift(self, tape: &Tape) -> Self {
        let _ = tape;
        self
    }
}

impl<const D: usize> BatchInput for Tensor<D> {
    fn rows(&self, range: std::ops::Range<usize>) -> Self {
        self.clone().slice([range])
    }

    fn copy_row(&self, from: usize, to: usize) -> Self {
        self.clone().slice_assign([to..to + 1], self.clone().slice([from..from + 1]))
    }

    fn lift(self, tape: &Tape) -> Self {
        tape.input(self)
    }
}

impl<const D: usize> BatchInput for Tensor<D, Int> {
    fn rows(&self, range: std::ops::Range<usize>) -> Self {
        self.clone().slice([range])
    }

    fn copy_row(&self, from: usize, to: usize) -> Self {
        self.clone().slice_assign([to..to + 1], self.clone().slice([from..from + 1]))
    }
}

/// A model dpgpu can train privately: a forward pass through a tape, returning logits.
pub trait DpModel: Module + Clone {
    /// The model input for a batch, e.g. `Tensor<4>` images `[batch, 1, 28, 28]`.
    type Input: BatchInput;

    /// Logits `[batch, num_classes]`.
    fn forward(&self, tape: &mut Tape, input: Self::Input) -> Tensor<2>;

    /// Example `index` of a batch as a batch of one (the `loop` strategy).
    fn example(input: &Self::Input, index: usize) -> Self::Input {
        input.rows(index..index + 1)
    }

    /// The loss summed over the batch; rows of `onehot` that are all zero (padding) add nothing.
    /// Softmax cross-entropy unless the model says otherwise.
    ///
    /// # Shapes
    /// - `logits`: `[batch, outputs]`, `onehot`: `[batch, num_classes]`; returns `[1]`
    fn loss(&self, logits: Tensor<2>, onehot: Tensor<2>) -> Tensor<1> {
        cross_entropy_sum(logits, onehot)
    }

    /// Predicted classes `[batch]` from logits (argmax unless the model says otherwise).
    fn predict(&self, logits: Tensor<2>) -> Tensor<1, Int> {
        let [batch, _] = logits.dims();
        logits.argmax(1).reshape([batch])
    }
}

/// Binary cross-entropy on one logit, summed: `Σ_i m_i (softplus(z_i) − y_i z_i)`, with
/// `y_i = onehot[i, 1]` and the mask `m_i = onehot[i, 0] + onehot[i, 1]` (0 for padding). The
/// sigmoid is applied once, inside the stable formula (SPEC A§1 fixes the original's double
/// sigmoid).
///
/// # Shapes
/// - `logits`: `[batch, 1]`, `onehot`: `[batch, 2]`; returns `[1]`
pub fn binary_cross_entropy_sum(logits: Tensor<2>, onehot: Tensor<2>) -> Tensor<1> {
    let y = onehot.clone().slice([0..onehot.dims()[0], 1..2]);
    let mask = onehot.sum_dim(1);
    ((softplus(logits.clone(), 1.0) * mask) - y * logits).sum()
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
