//! Poisson sampling over any burn `Dataset`, as a burn `DataLoader` of logical batches.

use std::sync::{Arc, Mutex};

use burn::data::dataloader::batcher::Batcher;
use burn::data::dataloader::{DataLoader, DataLoaderIterator, Progress};
use burn::data::dataset::{Dataset, DatasetError};
use burn::tensor::{Device, Int, Tensor, TensorData};

use super::Private;
use crate::data::sampler::{PoissonSampler, physical_batch_size, physical_batches};
use crate::engine::dpsgd::PhysicalBatch;
use crate::error::{Error, Result};
use crate::nn::BurnModel;

/// One Poisson-sampled logical batch as padded physical batches `(input, one-hot labels, real
/// rows)`: each `input` has the physical batch size, the rows past `real` are padding whose
/// one-hot rows are all zero, so they add nothing to the loss or the clipped sum.
///
/// # Shapes
/// - each input `[physical, ...]`, each one-hot `[physical, num_classes]`
pub struct DpBatch<I> {
    /// The physical batches; one fully padded batch when the logical batch is empty (a
    /// noise-only step, which ε counts).
    pub batches: Vec<PhysicalBatch<I>>,
    /// Examples in the logical batch (Binomial(N, q)).
    pub logical_size: usize,
}

/// A burn `DataLoader` that draws DP-SGD's logical batches from any burn `Dataset`: every
/// example joins each batch independently with probability `sample_rate` q (Poisson sampling,
/// the sampling the accountant assumes), the batch is cut into physical batches of a fixed size,
/// and the last one is padded with masked rows. One epoch is ⌈1/q⌉ steps; progress counts steps.
///
/// The sampling key comes from the OS CSPRNG (never stored): a seeded loader
/// ([`with_sampling_seed`](Self::with_sampling_seed)) is for tests and reproducible runs only,
/// and its seed is as secret as the noise key (it tells which examples each step used).
pub struct PoissonDataLoader<T, I> {
    dataset: Arc<dyn Dataset<T>>,
    batcher: Arc<dyn Fn(Vec<T>, &Device) -> (I, Tensor<1, Int>) + Send + Sync>,
    num_classes: usize,
    physical: usize,
    steps: usize,
    device: Device,
    sampler: Arc<Mutex<PoissonSampler>>,
}

impl<T, I> Clone for PoissonDataLoader<T, I> {
    fn clone(&self) -> Self {
        PoissonDataLoader {
            dataset: self.dataset.clone(),
            batcher: self.batcher.clone(),
            num_classes: self.num_classes,
            physical: self.physical,
            steps: self.steps,
            device: self.device.clone(),
            sampler: self.sampler.clone(),
        }
    }
}

impl<T: Send + Sync + 'static, I: Send + 'static> PoissonDataLoader<T, I> {
    /// A loader over `dataset` at `model`'s engine's `sample_rate`, batching with the training
    /// loop's own `batcher` (items → a batch `B`) and `parts`, which takes a batch apart into the
    /// model input and the class indices `[batch]` in `0..num_classes` (for the guide's batch,
    /// `|b: MnistBatch| (b.images, b.targets)`; for a [`LabeledBatch`](super::LabeledBatch),
    /// `LabeledBatch::into_parts`). Batches are built on the device of `model`'s parameters.
    /// Physical batches hold the expected batch size plus two standard deviations
    /// ([`physical_batch_size`]).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `dataset` when its size is not the engine's
    /// `num_samples` (q·N would not be the expected batch size the noise is divided by) or when
    /// its example 0 cannot be read, `num_classes` when it is not the number of the model's
    /// outputs (checked by one example through the batcher and the model); [`Error::Backend`] if
    /// the OS random number generator fails.
    ///
    /// Iterating yields a [`DatasetError`] naming `targets` for a batch with a class index
    /// outside `0..num_classes`.
    pub fn new<M: BurnModel<Input = I>, B>(
        dataset: impl Dataset<T> + 'static,
        batcher: impl Batcher<T, B> + 'static,
        parts: impl Fn(B) -> (I, Tensor<1, Int>) + Send + Sync + 'static,
        num_classes: usize,
        model: &Private<M>,
    ) -> Result<Self> {
        let (n, q) = model.with_engine(|e| (e.num_samples(), e.config().sample_rate));
        if dataset.len() != n {
            let expected = format!("the engine's num_samples ({n}): build the engine for this dataset");
            return Err(Error::invalid("dataset", format!("{} examples", dataset.len()), expected));
        }
        let device =
            model.model.devices().into_iter().next().expect("Private::new checked the model has parameters");
        let loader = PoissonDataLoader {
            dataset: Arc::new(dataset),
            batcher: Arc::new(move |items, device| parts(batcher.batch(items, device))),
            num_classes,
            physical: physical_batch_size((q * n as f64).round().max(1.0) as usize, n),
            steps: (1.0 / q).ceil() as usize,
            device,
            sampler: Arc::new(Mutex::new(PoissonSampler::from_os_rng(n, q)?)),
        };
        loader.check_outputs(&model.model)?;
        Ok(loader)
    }

    /// One example through the batcher and the model (plain Burn, no DP step): the model's
    /// logits must have `num_classes` columns, or the loss would fail at the first step.
    fn check_outputs<M: BurnModel<Input = I>>(&self, model: &M) -> Result<()> {
        let item = self
            .dataset
            .get(0)
            .map_err(|e| Error::invalid("dataset", format!("example 0: {e}"), "readable"))?;
        let (input, _) = (self.batcher)(vec![item], &self.device);
        let [_, outputs] = BurnModel::forward(&model.clone().valid(), input).dims();
        if outputs != self.num_classes {
            let expected = format!("the model's {outputs} outputs");
            return Err(Error::invalid("num_classes", self.num_classes, expected));
        }
        Ok(())
    }

    /// The same loader with physical batches of `physical` rows (memory against speed; the
    /// logical batches, and so ε, do not change).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `physical` when 0.
    pub fn with_physical_batch_size(mut self, physical: usize) -> Result<Self> {
        if physical == 0 {
            return Err(Error::invalid("physical", 0, "at least 1"));
        }
        self.physical = physical;
        Ok(self)
    }

    /// The same loader sampling from `seed`: reproducible, and only as private as the seed is
    /// secret (see the type's docs).
    ///
    /// # Errors
    /// As [`PoissonSampler::new`].
    pub fn with_sampling_seed(self, seed: u64) -> Result<Self> {
        {
            let mut sampler = self.sampler();
            *sampler = PoissonSampler::new(sampler.num_samples(), sampler.sample_rate(), seed)?;
        }
        Ok(self)
    }

    /// The shared sampler (a panic elsewhere leaves it usable: it holds only its key stream).
    fn sampler(&self) -> std::sync::MutexGuard<'_, PoissonSampler> {
        self.sampler.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Rows per physical batch.
    pub fn physical_batch_size(&self) -> usize {
        self.physical
    }

    /// Draws the next logical batch and builds its physical batches.
    fn next_batch(&self) -> std::result::Result<DpBatch<I>, DatasetError> {
        let indices = self.sampler().sample();
        let mut batches = Vec::new();
        for chunk in physical_batches(&indices, self.physical) {
            batches.push(self.physical_batch(chunk)?);
        }
        Ok(DpBatch { batches, logical_size: indices.len() })
    }

    /// `chunk`'s examples padded to the physical size with copies of the first example (or of
    /// example 0 for an empty chunk) whose one-hot rows are zero.
    fn physical_batch(&self, chunk: &[usize]) -> std::result::Result<PhysicalBatch<I>, DatasetError> {
        let filler = chunk.first().copied().unwrap_or(0);
        let mut items = Vec::with_capacity(self.physical);
        for &i in chunk.iter().chain(std::iter::repeat_n(&filler, self.physical - chunk.len())) {
            items.push(self.dataset.get(i)?);
        }
        let (input, targets) = (self.batcher)(items, &self.device);
        // A class index out of range would make a one-hot row of zeros (a real example silently
        // treated as padding) or fail inside Burn: name it instead (one scalar read per batch).
        let classes = self.num_classes as i64;
        let outside = targets.clone().lower_elem(0).int().sum()
            + targets.clone().greater_equal_elem(classes).int().sum();
        if outside.into_scalar::<i64>() > 0 {
            let expected = format!("class indices in 0..{} (num_classes)", self.num_classes);
            let value = "a batch with a class index outside that range";
            return Err(DatasetError::new(Error::invalid("targets", value, expected)));
        }
        let mask: Vec<f32> =
            (0..self.physical).map(|row| if row < chunk.len() { 1.0 } else { 0.0 }).collect();
        let mask = Tensor::<2>::from_data(TensorData::new(mask, [self.physical, 1]), &self.device);
        let onehot = targets.one_hot(self.num_classes).float() * mask;
        Ok((input, onehot, chunk.len()))
    }
}

struct Steps<'a, T, I> {
    loader: &'a PoissonDataLoader<T, I>,
    done: usize,
}

impl<T: Send + Sync + 'static, I: Send + 'static> Iterator for Steps<'_, T, I> {
    type Item = std::result::Result<DpBatch<I>, DatasetError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done == self.loader.steps {
            return None;
        }
        self.done += 1;
        Some(self.loader.next_batch())
    }
}

impl<T: Send + Sync + 'static, I: Send + 'static> DataLoaderIterator<DpBatch<I>> for Steps<'_, T, I> {
    fn progress(&self) -> Progress {
        Progress::new(self.done, self.loader.steps, Some("steps".into()))
    }
}

impl<T: Send + Sync + 'static, I: Send + 'static> DataLoader<DpBatch<I>> for PoissonDataLoader<T, I> {
    fn iter<'a>(&'a self) -> Box<dyn DataLoaderIterator<DpBatch<I>> + 'a> {
        Box::new(Steps { loader: self, done: 0 })
    }

    /// Steps per epoch, ⌈1/q⌉.
    fn num_items(&self) -> usize {
        self.steps
    }

    fn to_device(&self, device: &Device) -> Arc<dyn DataLoader<DpBatch<I>>> {
        Arc::new(PoissonDataLoader { device: device.clone(), ..self.clone() })
    }

    /// A loader of `end - start` steps (each still a Poisson sample of the whole dataset).
    fn slice(&self, start: usize, end: usize) -> Arc<dyn DataLoader<DpBatch<I>>> {
        Arc::new(PoissonDataLoader { steps: end.min(self.steps).saturating_sub(start), ..self.clone() })
    }
}
