//! An in-memory image classification dataset and its padded batches.

use burn::tensor::{Device, Tensor, TensorData};

/// Images `[n, channels, height, width]` as f32 in [0, 1] plus class labels, held on the host.
#[derive(Clone, Debug)]
pub struct ImageDataset {
    /// Pixels, row-major `[n, channels, height, width]`.
    pub images: Vec<f32>,
    /// Labels in `0..num_classes`.
    pub labels: Vec<u8>,
    /// `[channels, height, width]`.
    pub shape: [usize; 3],
    /// Number of classes.
    pub num_classes: usize,
}

/// One physical batch on the device.
#[derive(Clone, Debug)]
pub struct Batch {
    /// `[physical, channels, height, width]`, padded rows zero.
    pub images: Tensor<4>,
    /// `[physical, num_classes]`, one-hot; padded rows all zero (the mask).
    pub onehot: Tensor<2>,
    /// Number of real (unpadded) examples, at the front.
    pub real: usize,
}

impl ImageDataset {
    /// Number of examples.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The first `limit` examples (all of them for `None` or a limit above the size).
    pub fn truncated(mut self, limit: Option<usize>) -> Self {
        if let Some(n) = limit.filter(|&n| n < self.len()) {
            let [c, h, w] = self.shape;
            self.images.truncate(n * c * h * w);
            self.labels.truncate(n);
        }
        self
    }

    /// Gathers `indices` into a batch of `physical` rows (`physical >= indices.len()`), padding
    /// with zero images and zero one-hot rows.
    ///
    /// # Panics
    /// If `indices.len() > physical` or an index is out of range.
    pub fn batch(&self, indices: &[usize], physical: usize, device: &Device) -> Batch {
        assert!(indices.len() <= physical, "{} examples exceed the physical batch {physical}", indices.len());
        let [c, h, w] = self.shape;
        let size = c * h * w;
        let mut images = vec![0.0f32; physical * size];
        let mut onehot = vec![0.0f32; physical * self.num_classes];
        for (row, &i) in indices.iter().enumerate() {
            images[row * size..(row + 1) * size].copy_from_slice(&self.images[i * size..(i + 1) * size]);
            onehot[row * self.num_classes + self.labels[i] as usize] = 1.0;
        }
        Batch {
            images: Tensor::from_data(TensorData::new(images, [physical, c, h, w]), device),
            onehot: Tensor::from_data(TensorData::new(onehot, [physical, self.num_classes]), device),
            real: indices.len(),
        }
    }
}
