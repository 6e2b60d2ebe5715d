//! What a model's parameters are, found structurally with Burn's [`ModuleVisitor`]: their
//! paths, shapes and whether they are trainable, whether the model holds a BatchNorm, and whether
//! a forward pass through a [`Tape`](super::Tape) reached every trainable parameter.
//!
//! A trainable parameter the tape never saw (a layer called outside the tape, an unused field)
//! would silently stay at its initial value in a model the user believes was trained, so
//! [`check_coverage`] makes it an error before the first step. Parameters Burn marks as not
//! requiring gradients (`Param::set_require_grad(false)`, `Module::no_grad`, `Module::freeze`)
//! are constants to the tape: they are neither updated nor noised.

use burn::module::{Module, ModuleVisitor, Param, ParamId};
use burn::tensor::Tensor;

use crate::error::{Error, Result};

/// One float parameter of a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelParam {
    /// Burn's id of the parameter.
    pub id: ParamId,
    /// Its path in the module tree, e.g. `conv1.weight`.
    pub path: String,
    /// Its shape, e.g. `[16, 1, 8, 8]`.
    pub shape: Vec<usize>,
    /// False when Burn marks it as not requiring gradients (frozen).
    pub trainable: bool,
}

/// Whether Burn marks `p` as requiring gradients. Reads the parameter's training state, which
/// Burn keeps also on a device without autodiff (`Param::set_require_grad`, `Module::no_grad`
/// and `Module::freeze` set it; [`Module::train`] applies it).
pub fn trainable<const D: usize>(p: &Param<Tensor<D>>) -> bool {
    p.clone().train().val().is_require_grad()
}

#[derive(Default)]
struct Collect {
    path: Vec<String>,
    params: Vec<ModelParam>,
    batch_norm: Option<String>,
}

impl ModuleVisitor for Collect {
    /// `container_type` names the struct that holds the field being entered ("Struct:BatchNorm"
    /// when entering a BatchNorm's `gamma`), so the BatchNorm's own path is the path so far.
    fn enter_module(&mut self, name: &str, container_type: &str) {
        if container_type == "Struct:BatchNorm" && self.batch_norm.is_none() {
            let path = self.path.join(".");
            self.batch_norm = Some(if path.is_empty() { "<root>".into() } else { path });
        }
        self.path.push(name.to_string());
    }

    fn exit_module(&mut self, _name: &str, _container_type: &str) {
        self.path.pop();
    }

    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        self.params.push(ModelParam {
            id: param.id,
            path: self.path.join("."),
            shape: param.lazy_shape().to_vec(),
            trainable: trainable(param),
        });
    }
}

fn collect<M: Module>(model: &M) -> Collect {
    let mut visitor = Collect::default();
    model.visit(&mut visitor);
    visitor
}

/// Every float parameter of `model`, in the module's own order (the order of its record).
pub fn model_params<M: Module>(model: &M) -> Vec<ModelParam> {
    collect(model).params
}

/// The path of the first BatchNorm layer in `model` (found by its type in the module tree,
/// `None` if there is none).
pub fn find_batch_norm<M: Module>(model: &M) -> Option<String> {
    collect(model).batch_norm
}

/// The gradients Burn's autodiff gave the parameters of `tracked` themselves (a model whose
/// trainable parameters are autodiff leaves, from `Module::train`): those of parameters used
/// outside the tape, by a layer without a per-sample rule. Each parameter once, flattened to
/// `[p]`; parameters the loss does not reach are left out.
pub(crate) fn direct_grads<M: Module>(tracked: &M, grads: &super::TapeGrads) -> Vec<(ParamId, Tensor<1>)> {
    struct Direct<'a> {
        grads: &'a super::TapeGrads,
        found: Vec<(ParamId, Tensor<1>)>,
    }
    impl ModuleVisitor for Direct<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            if self.found.iter().any(|(id, _)| *id == param.id) {
                return;
            }
            if let Some(g) = self.grads.grad_sum(&param.val()) {
                let n: usize = g.dims().iter().product();
                self.found.push((param.id, g.reshape([n])));
            }
        }
    }
    let mut direct = Direct { grads, found: Vec::new() };
    tracked.visit(&mut direct);
    direct.found
}

/// Checks that a forward pass used every trainable parameter of `model`.
///
/// # Errors
/// [`Error::Unsupported`] naming the first trainable parameter not in `used` (its path and
/// shape), and saying how to fix it: call its layer through the tape, or freeze it.
pub fn check_coverage<M: Module>(model: &M, used: &[ParamId]) -> Result<()> {
    let missing: Vec<ModelParam> =
        model_params(model).into_iter().filter(|p| p.trainable && !used.contains(&p.id)).collect();
    match missing.first() {
        None => Ok(()),
        Some(p) => Err(Error::Unsupported(format!(
            "parameter {} {:?} is trainable but the forward pass never used it through the tape \
             ({} such parameter(s) in all): it has no per-sample rule, and DP-SGD would leave it \
             untrained without a word; call its layer through the Tape (tape.linear, tape.conv2d, \
             ...), freeze it with Param::set_require_grad(false) / Module::no_grad, or use the \
             exact per-example fallback, the `loop` strategy (--grad-sample loop: one backward \
             pass per example, any layer)",
            if p.path.is_empty() { "<root>" } else { &p.path },
            p.shape,
            missing.len()
        ))),
    }
}
