//! `dpgpu dp-step`: one DP-SGD step from given weights and a given batch, in a plain JSON format,
//! so other implementations (the JAX and Opacus peers in `peers/`) can check that they compute the
//! same step (σ = 0: the same parameters within 1e-5 relative).
//!
//! Format: `{"model": M, "params": [{"name", "shape", "data": [f32 row-major]}, ...]}` in the
//! module's own parameter order; a step input adds `x` (flat), `x_shape`, `y` (labels),
//! `max_grad_norm`, `lr`, `expected_batch_size` and `noise_multiplier`.

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::tensor::{Device, Int, Tensor, TensorData};
use serde::{Deserialize, Serialize};

use crate::engine::{DpSgd, DpSgdConfig, Strategy};
use crate::error::{Error, Result};
use crate::models::{Cifar10Cnn, DpModel, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn, ModelKind};

/// One parameter tensor.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NamedParam {
    /// Module path, e.g. `conv1.weight` (informative; matching is by position and shape).
    pub name: String,
    /// Shape (Burn layout: Linear `[d_in, d_out]`, Conv2d `[out, in, kh, kw]`).
    pub shape: Vec<usize>,
    /// Row-major values.
    pub data: Vec<f32>,
}

/// Weights, and for a step the batch and the DP settings.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct StepFile {
    /// Model name.
    pub model: String,
    /// Every parameter, in the module's order.
    pub params: Vec<NamedParam>,
    /// The batch's inputs, flat (token ids as numbers for embed/lstm).
    #[serde(default)]
    pub x: Vec<f64>,
    /// `[B, ...]`.
    #[serde(default)]
    pub x_shape: Vec<usize>,
    /// Labels, one per example.
    #[serde(default)]
    pub y: Vec<usize>,
    /// C.
    #[serde(default)]
    pub max_grad_norm: f64,
    /// Learning rate.
    #[serde(default)]
    pub lr: f64,
    /// The divisor of the noisy sum.
    #[serde(default)]
    pub expected_batch_size: f64,
    /// σ (0 for the equivalence check).
    #[serde(default)]
    pub noise_multiplier: f64,
}

/// The initial parameters (seed 42) of `model`.
///
/// # Errors
/// [`Error::InvalidParameter`] for an unknown model.
pub fn initial(model: &str, device: &Device) -> Result<StepFile> {
    let params = match model.parse::<ModelKind>()? {
        ModelKind::Logreg => export(&LogReg::new(device, 104, 42)),
        ModelKind::Ffnn => export(&Ffnn::new(device, 104, 42)),
        ModelKind::Mnist => export(&MnistCnn::new(device, 42)),
        ModelKind::Cifar10 => export(&Cifar10Cnn::new(device, 42)),
        ModelKind::Embed => export(&EmbedNet::new(device, 10_004, 42)),
        ModelKind::Lstm => export(&LstmNet::new(device, 10_004, 100, 42)),
    };
    Ok(StepFile { model: model.into(), params, ..StepFile::default() })
}

/// One DP step (per-sample `strategy`) of `input`'s model from its weights on its batch.
///
/// The noise is keyed from the OS CSPRNG (the equivalence check runs at σ = 0, where there is
/// none). Weights are never returned non-finite.
///
/// # Errors
/// [`Error::InvalidParameter`] naming the field that does not fit the model (parameter count or
/// shape, `x_shape`, `x`, `y`), a bad DP setting, or a parameter holding NaN or inf (in the input,
/// or in the result: then nothing is returned); as [`DpSgd::step`].
pub fn step(input: &StepFile, strategy: Strategy, device: &Device, wgsl: bool) -> Result<StepFile> {
    check_finite(&input.params, "the input")?;
    let kind: ModelKind = input.model.parse()?;
    let d = device;
    let params = match kind {
        ModelKind::Logreg => {
            run(input, import(LogReg::new(d, 104, 42), input)?, floats(input, 2, d)?, 2, strategy, d, wgsl)
        }
        ModelKind::Ffnn => {
            run(input, import(Ffnn::new(d, 104, 42), input)?, floats(input, 2, d)?, 2, strategy, d, wgsl)
        }
        ModelKind::Mnist => {
            run(input, import(MnistCnn::new(d, 42), input)?, floats(input, 4, d)?, 10, strategy, d, wgsl)
        }
        ModelKind::Cifar10 => {
            run(input, import(Cifar10Cnn::new(d, 42), input)?, floats(input, 4, d)?, 10, strategy, d, wgsl)
        }
        ModelKind::Embed => {
            run(input, import(EmbedNet::new(d, 10_004, 42), input)?, tokens(input, d)?, 2, strategy, d, wgsl)
        }
        ModelKind::Lstm => run(
            input,
            import(LstmNet::new(d, 10_004, 100, 42), input)?,
            tokens(input, d)?,
            2,
            strategy,
            d,
            wgsl,
        ),
    }?;
    check_finite(&params, "the step's result")?;
    Ok(StepFile { model: input.model.clone(), params, ..StepFile::default() })
}

/// An error naming the first parameter of `params` that holds NaN or inf.
fn check_finite(params: &[NamedParam], whose: &str) -> Result<()> {
    match params.iter().enumerate().find(|(_, p)| p.data.iter().any(|v| !v.is_finite())) {
        None => Ok(()),
        Some((i, p)) => Err(Error::invalid(
            "params",
            format!("params[{i}] ({}) of {whose} holding NaN or inf", p.name),
            "finite values",
        )),
    }
}

fn run<M: DpModel>(
    input: &StepFile,
    model: M,
    x: M::Input,
    classes: usize,
    strategy: Strategy,
    device: &Device,
    wgsl: bool,
) -> Result<Vec<NamedParam>> {
    let batch = input.x_shape[0];
    if input.y.len() != batch || input.y.iter().any(|&l| l >= classes) {
        return Err(Error::invalid(
            "y",
            format!("{} labels", input.y.len()),
            format!("{batch} labels in 0..{classes}"),
        ));
    }
    let mut onehot = vec![0.0f32; batch * classes];
    input.y.iter().enumerate().for_each(|(i, &l)| onehot[i * classes + l] = 1.0);
    let onehot = Tensor::<2>::from_data(TensorData::new(onehot, [batch, classes]), device);
    let config = DpSgdConfig {
        noise_multiplier: input.noise_multiplier,
        max_grad_norm: input.max_grad_norm,
        lr: input.lr,
        expected_batch_size: input.expected_batch_size,
        noise_seed: crate::privacy::keys::random_noise_seed()?,
        strategy,
        optimizer: Default::default(),
        secure_noise: false,
    };
    let (model, _) = DpSgd::new(config, device, wgsl)?.step(model, vec![(x, onehot, batch)])?;
    Ok(export(&model))
}

fn check_x(input: &StepFile, rank: usize) -> Result<()> {
    let n: usize = input.x_shape.iter().product();
    let example = input.model.parse::<ModelKind>()?.example_shape();
    let fits = input.x_shape.len() == rank
        && input.x_shape.iter().all(|&d| d > 0)
        && example.is_none_or(|e| input.x_shape[1..] == *e);
    if !fits {
        let want = match example {
            Some(e) => format!(
                "[batch >= 1, {}] for {}",
                e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
                input.model
            ),
            None => format!("[batch >= 1, length >= 1] for {}", input.model),
        };
        return Err(Error::invalid("x_shape", format!("{:?}", input.x_shape), want));
    }
    if input.x.len() != n {
        return Err(Error::invalid(
            "x",
            format!("{} values", input.x.len()),
            format!("{n} values for x_shape"),
        ));
    }
    Ok(())
}

fn floats<const D: usize>(input: &StepFile, rank: usize, device: &Device) -> Result<Tensor<D>> {
    check_x(input, rank)?;
    let values: Vec<f32> = input.x.iter().map(|v| *v as f32).collect();
    Ok(Tensor::from_data(TensorData::new(values, input.x_shape.clone()), device))
}

fn tokens(input: &StepFile, device: &Device) -> Result<Tensor<2, Int>> {
    check_x(input, 2)?;
    let ids: Vec<i64> = input.x.iter().map(|v| *v as i64).collect();
    if ids.iter().any(|&i| !(0..10_004).contains(&i)) {
        return Err(Error::invalid("x", "a token id", "in 0..10004"));
    }
    Ok(Tensor::from_data(TensorData::new(ids, input.x_shape.clone()), device))
}

/// Every float parameter with its module path, in visiting order.
pub fn export<M: Module>(model: &M) -> Vec<NamedParam> {
    struct Collect(Vec<String>, Vec<NamedParam>);
    impl ModuleVisitor for Collect {
        fn enter_module(&mut self, name: &str, _: &str) {
            self.0.push(name.to_string());
        }
        fn exit_module(&mut self, _: &str, _: &str) {
            self.0.pop();
        }
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let t = param.val();
            let shape = t.dims().to_vec();
            let data = t.into_data().convert::<f32>().try_into_vec::<f32>().unwrap_or_default();
            self.1.push(NamedParam { name: self.0.join("."), shape, data });
        }
    }
    let mut c = Collect(Vec::new(), Vec::new());
    model.visit(&mut c);
    c.1
}

/// `model` with its float parameters replaced, in order, by `input.params`.
fn import<M: Module>(model: M, input: &StepFile) -> Result<M> {
    let expected = export(&model);
    if expected.len() != input.params.len() {
        let got = format!("{} tensors", input.params.len());
        return Err(Error::invalid("params", got, format!("{} tensors for {}", expected.len(), input.model)));
    }
    for (i, (e, g)) in expected.iter().zip(&input.params).enumerate() {
        if e.shape != g.shape || g.data.len() != e.data.len() {
            let got = format!("params[{i}] ({}) of shape {:?} with {} values", g.name, g.shape, g.data.len());
            return Err(Error::invalid("params", got, format!("shape {:?}", e.shape)));
        }
    }
    struct Load<'a>(std::slice::Iter<'a, NamedParam>);
    impl ModuleMapper for Load<'_> {
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let p = self.0.next().expect("counts checked");
            let data = TensorData::new(p.data.clone(), p.shape.clone());
            param.map(|t| Tensor::from_data(data, &t.device()))
        }
    }
    Ok(model.map(&mut Load(input.params.iter())))
}
