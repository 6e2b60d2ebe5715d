//! dpgpu's in-memory datasets as burn `Dataset`s, and the batcher that turns their examples into
//! [`LabeledBatch`]es.

use burn::data::dataloader::batcher::Batcher;
use burn::data::dataset::DatasetError;
use burn::tensor::{Device, Tensor, TensorData};

use super::LabeledBatch;
use crate::data::{Dataset, InputKind};
use crate::error::Error;

/// One example of a dpgpu dataset: its values row-major in the dataset's `example_shape`
/// (e.g. `[1, 28, 28]` pixels, `[104]` features, `[256]` token ids) and its class.
#[derive(Clone, Debug, PartialEq)]
pub struct Example<E> {
    /// The example's values, `example_shape.iter().product()` of them.
    pub values: Vec<E>,
    /// Its class, in `0..num_classes`.
    pub label: usize,
}

impl<K> burn::data::dataset::Dataset<Example<K::Elem>> for Dataset<K>
where
    K: InputKind + Send + Sync,
    K::Elem: Send + Sync,
{
    /// Example `index`.
    ///
    /// # Errors
    /// A [`DatasetError`] naming `index` when it is out of range.
    fn get(&self, index: usize) -> Result<Example<K::Elem>, DatasetError> {
        if index >= self.len() {
            let expected = format!("below the dataset's {} examples", self.len());
            return Err(DatasetError::new(Error::invalid("index", index, expected)));
        }
        let size: usize = self.example_shape.iter().product();
        let values = self.values[index * size..(index + 1) * size].to_vec();
        Ok(Example { values, label: self.labels[index] as usize })
    }

    fn len(&self) -> usize {
        Dataset::len(self)
    }
}

/// Batches [`Example`]s of one shape into the model's input (`K::Input`, batch first) and their
/// classes `[batch]`: the burn `Batcher` for dpgpu's datasets.
#[derive(Clone, Debug)]
pub struct DatasetBatcher<K: InputKind> {
    example_shape: Vec<usize>,
    kind: std::marker::PhantomData<K>,
}

impl<K: InputKind> DatasetBatcher<K> {
    /// A batcher for the examples of `dataset`.
    pub fn new(dataset: &Dataset<K>) -> Self {
        DatasetBatcher { example_shape: dataset.example_shape.clone(), kind: std::marker::PhantomData }
    }
}

impl<K> Batcher<Example<K::Elem>, LabeledBatch<K::Input>> for DatasetBatcher<K>
where
    K: InputKind + Send + Sync,
    K::Elem: Send + Sync,
{
    /// # Panics
    /// If an example's size is not the dataset's example size.
    fn batch(&self, items: Vec<Example<K::Elem>>, device: &Device) -> LabeledBatch<K::Input> {
        let batch = items.len();
        let size: usize = self.example_shape.iter().product();
        let mut values = Vec::with_capacity(batch * size);
        let mut labels = Vec::with_capacity(batch);
        for item in items {
            assert_eq!(
                item.values.len(),
                size,
                "an example of {} values in a batcher for {size}",
                item.values.len()
            );
            values.extend(item.values);
            labels.push(item.label as i64);
        }
        LabeledBatch {
            input: K::build(values, batch, &self.example_shape, device),
            targets: Tensor::from_data(TensorData::new(labels, [batch]), device),
        }
    }
}
