//! Drop-in layers: burn-nn's `Linear`, `Conv2d`, `Embedding`, `LayerNorm`, `GroupNorm` and
//! `Lstm` (with its `GateController`s; the state is burn-nn's [`LstmState`]) with the same
//! fields, configs and record layout, so a Burn model trains privately by changing its
//! `use burn::nn::...` lines to `use dpgpu::nn::...` and implementing [`BurnModel`] (its input
//! type and a call of its own `forward`); nothing in its forward changes.
//!
//! Outside a DP step each layer is the plain Burn layer (same maths, same parameters). During a
//! DP step dpgpu runs the model's forward with a [`Tape`] as this thread's recorder, and each
//! layer hands its computation to the tape, which captures what the layer's per-sample rule
//! needs ([`crate::grad_sample::rules`]: activations and backprops, the same rules as for
//! `Tape`-written models). The rules do not depend on how the quantities were captured.
//! Parameter-free operations (activations, pooling, dropout, reshapes) stay plain Burn calls.
//! Parameters used outside these layers have no per-sample rule: the first DP step names them,
//! and the `loop` strategy takes them exactly (one backward pass per example).
//!
//! Records load both ways: a `dpgpu::nn::Linear`'s record is a `burn::nn::Linear`'s, and so on.
//!
//! ```ignore
//! use dpgpu::nn::{Conv2d, Conv2dConfig, Linear, LinearConfig};   // was burn::nn::...
//! impl dpgpu::nn::BurnModel for Model {
//!     type Input = Tensor<4>;
//!     fn forward(&self, images: Tensor<4>) -> Tensor<2> { Model::forward(self, images) }
//! }
//! ```

use std::cell::RefCell;

use burn::module::Module;
use burn::tensor::{Int, Tensor};

use crate::grad_sample::Tape;
use crate::models::{BatchInput, DpModel, cross_entropy_sum};

mod layers;
mod lstm;

pub use burn::nn::LstmState;
pub use layers::{
    Conv2d, Conv2dConfig, Embedding, EmbeddingConfig, GroupNorm, GroupNormConfig, LayerNorm, LayerNormConfig,
    Linear, LinearConfig,
};
pub use lstm::{GateController, Lstm, LstmConfig};

/// A Burn model built with [`dpgpu::nn`](self) layers, trained privately as it is: dpgpu calls
/// [`forward`](BurnModel::forward) with its recorder active.
pub trait BurnModel: Module + Clone {
    /// The model input for a batch, e.g. `Tensor<4>` images `[batch, 1, 28, 28]`.
    type Input: BatchInput;

    /// Logits `[batch, num_classes]`: the model's own forward pass.
    fn forward(&self, input: Self::Input) -> Tensor<2>;

    /// The loss summed over the batch; rows of `onehot` that are all zero (padding) add
    /// nothing. Softmax cross-entropy unless the model says otherwise.
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

impl<M: BurnModel> DpModel for M {
    type Input = M::Input;

    fn forward(&self, tape: &mut Tape, input: Self::Input) -> Tensor<2> {
        let input = input.lift(tape);
        recording(tape, || BurnModel::forward(self, input))
    }

    fn loss(&self, logits: Tensor<2>, onehot: Tensor<2>) -> Tensor<1> {
        BurnModel::loss(self, logits, onehot)
    }

    fn predict(&self, logits: Tensor<2>) -> Tensor<1, Int> {
        BurnModel::predict(self, logits)
    }
}

thread_local! {
    /// The tape of the DP step running on this thread, if any.
    static RECORDER: RefCell<Option<Tape>> = const { RefCell::new(None) };
}

/// Runs `forward` with `tape` as this thread's recorder (the previous one, if any, is put back
/// after, also when `forward` panics).
fn recording<R>(tape: &mut Tape, forward: impl FnOnce() -> R) -> R {
    struct Restore<'a> {
        tape: &'a mut Tape,
        previous: Option<Tape>,
    }
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let mine = RECORDER.with(|r| std::mem::replace(&mut *r.borrow_mut(), self.previous.take()));
            if let Some(mine) = mine {
                *self.tape = mine;
            }
        }
    }
    let previous = RECORDER.with(|r| r.borrow_mut().replace(tape.detach()));
    let _restore = Restore { tape, previous };
    forward()
}

/// Runs `f` with the active recorder, or with `None` outside a DP step.
fn with_recorder<R>(f: impl FnOnce(Option<&mut Tape>) -> R) -> R {
    RECORDER.with(|r| f(r.borrow_mut().as_mut()))
}

/// A config of a burn-nn layer wrapped so that `init` gives the drop-in layer.
macro_rules! drop_in_config {
    ($(#[$doc:meta])* $name:ident($inner:path) -> $layer:ident, new($($arg:ident: $ty:ty),*), [$($with:ident: $wty:ty),*]) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $name(pub $inner);

        impl $name {
            /// The burn-nn config's `new`, with its defaults.
            pub fn new($($arg: $ty),*) -> Self {
                $name(<$inner>::new($($arg),*))
            }
            $(
                /// As the burn-nn config's builder of the same name.
                pub fn $with(self, value: $wty) -> Self {
                    $name(self.0.$with(value))
                }
            )*
            /// Initialises the layer on `device`, exactly as burn-nn does.
            pub fn init(&self, device: &burn::tensor::Device) -> $layer {
                $layer::from(self.0.init(device))
            }
        }
    };
}
pub(crate) use drop_in_config;
