//! In-memory datasets and their padded physical batches, for any input kind: images
//! `[n, c, h, w]`, tabular features `[n, d]` or token ids `[n, seq_length]`.

use std::marker::PhantomData;

use burn::tensor::{Device, Int, Tensor, TensorData};

/// How a batch of examples becomes a model input tensor.
pub trait InputKind {
    /// The host element type (`f32` features, `i32` token ids).
    type Elem: Copy + Default + burn::tensor::Element;
    /// The model input for a batch.
    type Input: Clone;
    /// Builds the input from `batch` examples of `example_shape`, row-major.
    fn build(values: Vec<Self::Elem>, batch: usize, example_shape: &[usize], device: &Device) -> Self::Input;
}

/// Images `[batch, channels, height, width]`.
#[derive(Clone, Copy, Debug)]
pub struct Images;
/// Feature vectors `[batch, d]`.
#[derive(Clone, Copy, Debug)]
pub struct Features;
/// Token ids `[batch, seq_length]`.
#[derive(Clone, Copy, Debug)]
pub struct Tokens;

impl InputKind for Images {
    type Elem = f32;
    type Input = Tensor<4>;
    fn build(values: Vec<f32>, batch: usize, s: &[usize], device: &Device) -> Tensor<4> {
        Tensor::from_data(TensorData::new(values, [batch, s[0], s[1], s[2]]), device)
    }
}

impl InputKind for Features {
    type Elem = f32;
    type Input = Tensor<2>;
    fn build(values: Vec<f32>, batch: usize, s: &[usize], device: &Device) -> Tensor<2> {
        Tensor::from_data(TensorData::new(values, [batch, s[0]]), device)
    }
}

impl InputKind for Tokens {
    type Elem = i32;
    type Input = Tensor<2, Int>;
    fn build(values: Vec<i32>, batch: usize, s: &[usize], device: &Device) -> Tensor<2, Int> {
        Tensor::from_data(TensorData::new(values, [batch, s[0]]), device)
    }
}

/// A classification dataset held on the host.
#[derive(Clone, Debug)]
pub struct Dataset<K: InputKind> {
    /// Examples, row-major `[n, ...example_shape]`.
    pub values: Vec<K::Elem>,
    /// The shape of one example, e.g. `[1, 28, 28]`, `[104]`, `[256]`.
    pub example_shape: Vec<usize>,
    /// Labels in `0..num_classes`.
    pub labels: Vec<u8>,
    /// Number of classes.
    pub num_classes: usize,
    kind: PhantomData<K>,
}

/// An image dataset.
pub type ImageDataset = Dataset<Images>;

/// One physical batch on the device.
#[derive(Clone, Debug)]
pub struct Batch<I> {
    /// The model input, padded rows zero.
    pub input: I,
    /// `[physical, num_classes]`, one-hot; padded rows all zero (the mask).
    pub onehot: Tensor<2>,
    /// Number of real (unpadded) examples, at the front.
    pub real: usize,
}

impl<K: InputKind> Dataset<K> {
    /// A dataset of `labels.len()` examples.
    ///
    /// # Panics
    /// If `values` does not hold `labels.len()` examples of `example_shape`.
    pub fn new(values: Vec<K::Elem>, example_shape: Vec<usize>, labels: Vec<u8>, num_classes: usize) -> Self {
        let size: usize = example_shape.iter().product();
        assert_eq!(values.len(), size * labels.len(), "values do not match {} examples", labels.len());
        Dataset { values, example_shape, labels, num_classes, kind: PhantomData }
    }

    /// Number of examples.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    fn example_size(&self) -> usize {
        self.example_shape.iter().product()
    }

    /// The first `limit` examples (all of them for `None` or a limit above the size).
    pub fn truncated(mut self, limit: Option<usize>) -> Self {
        if let Some(n) = limit.filter(|&n| n < self.len()) {
            self.values.truncate(n * self.example_size());
            self.labels.truncate(n);
        }
        self
    }

    /// Gathers `indices` into a batch of `physical` rows (`physical >= indices.len()`), padding
    /// with zero examples and zero one-hot rows.
    ///
    /// # Panics
    /// If `indices.len() > physical` or an index is out of range.
    pub fn batch(&self, indices: &[usize], physical: usize, device: &Device) -> Batch<K::Input> {
        assert!(indices.len() <= physical, "{} examples exceed the physical batch {physical}", indices.len());
        let size = self.example_size();
        let mut values = vec![K::Elem::default(); physical * size];
        let mut onehot = vec![0.0f32; physical * self.num_classes];
        for (row, &i) in indices.iter().enumerate() {
            values[row * size..(row + 1) * size].copy_from_slice(&self.values[i * size..(i + 1) * size]);
            onehot[row * self.num_classes + self.labels[i] as usize] = 1.0;
        }
        Batch {
            input: K::build(values, physical, &self.example_shape, device),
            onehot: Tensor::from_data(TensorData::new(onehot, [physical, self.num_classes]), device),
            real: indices.len(),
        }
    }
}
