//! The model menu: names, datasets and parameter counts, for `--model` and `dpgpu models`.

use burn::module::Module;
use burn::tensor::Device;
use serde::Serialize;

use super::{Cifar10Cnn, EmbedNet, Ffnn, LogReg, LstmNet, MnistCnn};

/// The paper's six models (SPEC A§1, B§5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelKind {
    /// Logistic regression on Adult, 105 parameters.
    Logreg,
    /// Fully connected network on Adult, 5,352 parameters.
    Ffnn,
    /// The TF Privacy MNIST CNN, 26,010 parameters.
    Mnist,
    /// Embedding network on IMDb, 160,370 parameters.
    Embed,
    /// LSTM network on IMDb, 1,081,002 parameters.
    Lstm,
    /// CIFAR-10 CNN, 605,226 parameters.
    Cifar10,
}

/// What `dpgpu models --json` prints per model.
#[derive(Clone, Debug, Serialize)]
pub struct ModelInfo {
    /// Number of scalar parameters.
    pub parameters: usize,
    /// The default dataset.
    pub dataset: &'static str,
    /// Every dataset the model can train on.
    pub datasets: Vec<&'static str>,
    /// Shape of one example.
    pub input: &'static str,
}

impl ModelKind {
    /// Every model, in the paper's order.
    pub const ALL: [ModelKind; 6] = [
        ModelKind::Logreg,
        ModelKind::Ffnn,
        ModelKind::Mnist,
        ModelKind::Embed,
        ModelKind::Lstm,
        ModelKind::Cifar10,
    ];

    /// The `--model` name.
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::Logreg => "logreg",
            ModelKind::Ffnn => "ffnn",
            ModelKind::Mnist => "mnist",
            ModelKind::Embed => "embed",
            ModelKind::Lstm => "lstm",
            ModelKind::Cifar10 => "cifar10",
        }
    }

    /// One line on what this value does, as `--help` shows it.
    pub fn help(self) -> &'static str {
        match self {
            ModelKind::Logreg => "logistic regression on Adult (105 parameters)",
            ModelKind::Ffnn => "fully connected network on Adult (5,352 parameters)",
            ModelKind::Mnist => "the TF Privacy CNN on MNIST or Fashion-MNIST (26,010 parameters)",
            ModelKind::Embed => "embedding network on IMDb (160,370 parameters)",
            ModelKind::Lstm => "LSTM network on IMDb (1,081,002 parameters)",
            ModelKind::Cifar10 => "CNN on CIFAR-10 (605,226 parameters)",
        }
    }

    /// Other spellings accepted for this value: the names Opacus, JAX or British English use.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            ModelKind::Mnist => &["mnist-cnn"],
            ModelKind::Cifar10 => &["cifar-10", "cifar10-cnn"],
            _ => &[],
        }
    }

    /// The datasets the model fits, the default first.
    pub fn datasets(self) -> &'static [&'static str] {
        match self {
            ModelKind::Logreg | ModelKind::Ffnn => &["adult"],
            ModelKind::Mnist => &["mnist", "fashion-mnist"],
            ModelKind::Embed | ModelKind::Lstm => &["imdb"],
            ModelKind::Cifar10 => &["cifar10"],
        }
    }

    /// Shape of one input example.
    pub fn input(self) -> &'static str {
        match self {
            ModelKind::Logreg | ModelKind::Ffnn => "[104] f32",
            ModelKind::Mnist => "[1, 28, 28] f32",
            ModelKind::Embed | ModelKind::Lstm => "[256] token ids",
            ModelKind::Cifar10 => "[3, 32, 32] f32",
        }
    }

    /// The shape one example must have, without the batch dimension: `[104]`, `[1, 28, 28]`,
    /// `[3, 32, 32]`; `None` for token sequences, whose length the models accept freely.
    pub fn example_shape(self) -> Option<&'static [usize]> {
        match self {
            ModelKind::Logreg | ModelKind::Ffnn => Some(&[104]),
            ModelKind::Mnist => Some(&[1, 28, 28]),
            ModelKind::Cifar10 => Some(&[3, 32, 32]),
            ModelKind::Embed | ModelKind::Lstm => None,
        }
    }

    /// Number of parameters (SPEC A§1), counted from a freshly built model.
    pub fn parameters(self) -> usize {
        let d = Device::flex();
        match self {
            ModelKind::Logreg => LogReg::new(&d, 104, 0).num_params(),
            ModelKind::Ffnn => Ffnn::new(&d, 104, 0).num_params(),
            ModelKind::Mnist => MnistCnn::new(&d, 0).num_params(),
            ModelKind::Embed => EmbedNet::new(&d, 10_004, 0).num_params(),
            // Embedding 10,004 x 100 + LSTM(100, 100) with one bias + Linear 100→2.
            ModelKind::Lstm => LstmNet::new(&d, 10_004, 100, 0).num_params(),
            ModelKind::Cifar10 => Cifar10Cnn::new(&d, 0).num_params(),
        }
    }

    /// The model's entry of `dpgpu models --json`.
    pub fn info(self) -> ModelInfo {
        ModelInfo {
            parameters: self.parameters(),
            dataset: self.datasets()[0],
            datasets: self.datasets().to_vec(),
            input: self.input(),
        }
    }
}

crate::choice::value_enum!(ModelKind, "model", aliases);
