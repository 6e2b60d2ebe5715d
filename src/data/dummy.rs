//! Random stand-ins for the four datasets (`--dummy_data`, SPEC §3.2), as the memory experiment
//! uses them.
//!
//! Each generator makes `num_examples = 2 * batch_size` examples (exactly two full steps per
//! epoch) with the shapes and types of the real loaders: MNIST images `[n, 1, 28, 28]` and CIFAR-10
//! images `[n, 3, 32, 32]` uniform in `[0, 1)` with labels uniform in `0..10`; IMDb sequences
//! `[n, max_len]` of ids uniform in `0..num_words` with labels `round(uniform)`; Adult features
//! `[n, 104]` uniform in `[0, 1)` with labels `round(uniform)`. As in the original `data.py`
//! (`np.random.random`, `np.random.randint`), except that the generator is seeded, so a seed
//! gives the same data on every run (ChaCha12 [`StdRng`] of rand 0.10; the values differ from
//! numpy's). `round` is numpy's, half to even, so a label is 1 exactly when the uniform draw is
//! above 0.5.
//!
//! Sizes that overflow or that cannot be allocated are errors; nothing here panics on any input.

use rand::{RngExt, SeedableRng, rngs::StdRng};

use crate::error::{Error, Result};

/// Random images with labels, channel-first.
#[derive(Debug, Clone, PartialEq)]
pub struct DummyImages {
    /// `[num_examples(), channels, height, width]` row-major, uniform in `[0, 1)`.
    pub images: Vec<f32>,
    /// Labels uniform in `0..10`, one per image.
    pub labels: Vec<u8>,
    /// Channels per image (1 for MNIST, 3 for CIFAR-10).
    pub channels: usize,
    /// Image height in pixels.
    pub height: usize,
    /// Image width in pixels.
    pub width: usize,
}

/// Random token sequences with binary labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DummySequences {
    /// `[num_examples(), max_len]` row-major, ids uniform in `0..num_words`.
    pub tokens: Vec<u32>,
    /// Labels 0 or 1 (`round(uniform)`), one per sequence.
    pub labels: Vec<u8>,
    /// Length of every sequence.
    pub max_len: usize,
}

/// Random feature vectors with binary labels.
#[derive(Debug, Clone, PartialEq)]
pub struct DummyTabular {
    /// `[num_examples(), num_features]` row-major, uniform in `[0, 1)`.
    pub features: Vec<f32>,
    /// Labels 0 or 1 (`round(uniform)`), one per example.
    pub labels: Vec<u8>,
    /// Features per example (104 for Adult).
    pub num_features: usize,
}

impl DummyImages {
    /// Number of examples (`2 * batch_size`).
    pub fn num_examples(&self) -> usize {
        self.labels.len()
    }
}

impl DummySequences {
    /// Number of examples (`2 * batch_size`).
    pub fn num_examples(&self) -> usize {
        self.labels.len()
    }
}

impl DummyTabular {
    /// Number of examples (`2 * batch_size`).
    pub fn num_examples(&self) -> usize {
        self.labels.len()
    }
}

/// Number of features of the dummy Adult data, as the real one.
pub const ADULT_FEATURES: usize = 104;

/// The number of dummy examples for `batch_size`: `2 * batch_size`.
///
/// # Errors
/// [`Error::InvalidParameter`] when `batch_size` is 0 or `2 * batch_size` overflows.
pub fn num_examples(batch_size: usize) -> Result<usize> {
    batch_size
        .checked_mul(2)
        .filter(|_| batch_size > 0)
        .ok_or_else(|| Error::invalid("batch_size", batch_size, "in 1..=usize::MAX / 2"))
}

/// An empty vector with room for `n * per_example` values, or an error naming `batch_size`.
fn reserve<T>(batch_size: usize, n: usize, per_example: usize) -> Result<Vec<T>> {
    let too_big =
        || Error::invalid("batch_size", batch_size, "small enough for the dummy data to fit in memory");
    let total = n.checked_mul(per_example).ok_or_else(too_big)?;
    let mut v = Vec::new();
    v.try_reserve_exact(total).map_err(|_| too_big())?;
    Ok(v)
}

/// Random images of `channels x size x size` with labels in `0..10`.
fn images(batch_size: usize, channels: usize, size: usize, seed: u64) -> Result<DummyImages> {
    let n = num_examples(batch_size)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut images = reserve(batch_size, n, channels * size * size)?;
    images.extend((0..n * channels * size * size).map(|_| rng.random::<f32>()));
    let mut labels = reserve(batch_size, n, 1)?;
    labels.extend((0..n).map(|_| rng.random_range(0..10u8)));
    Ok(DummyImages { images, labels, channels, height: size, width: size })
}

/// `n` labels `round(uniform)`: 1 when the draw is above 0.5 (numpy rounds 0.5 to 0).
fn binary_labels(rng: &mut StdRng, batch_size: usize, n: usize) -> Result<Vec<u8>> {
    let mut labels = reserve(batch_size, n, 1)?;
    labels.extend((0..n).map(|_| u8::from(rng.random::<f64>() > 0.5)));
    Ok(labels)
}

/// Dummy MNIST: `2 * batch_size` images `[n, 1, 28, 28]` uniform in `[0, 1)`, labels in `0..10`.
///
/// # Errors
/// [`Error::InvalidParameter`] when `batch_size` is 0 or the data would not fit in memory.
pub fn dummy_mnist(batch_size: usize, seed: u64) -> Result<DummyImages> {
    images(batch_size, 1, 28, seed)
}

/// Dummy CIFAR-10: `2 * batch_size` images `[n, 3, 32, 32]` uniform in `[0, 1)`, labels in
/// `0..10`.
///
/// # Errors
/// [`Error::InvalidParameter`] when `batch_size` is 0 or the data would not fit in memory.
pub fn dummy_cifar10(batch_size: usize, seed: u64) -> Result<DummyImages> {
    images(batch_size, 3, 32, seed)
}

/// Dummy IMDb: `2 * batch_size` sequences `[n, max_len]` of ids uniform in `0..num_words` (the
/// paper: 10,000 and 256), labels 0/1.
///
/// # Errors
/// [`Error::InvalidParameter`] when `batch_size`, `num_words` or `max_len` is 0, when `num_words`
/// is above `u32::MAX`, or when the data would not fit in memory.
pub fn dummy_imdb(batch_size: usize, num_words: usize, max_len: usize, seed: u64) -> Result<DummySequences> {
    let n = num_examples(batch_size)?;
    let words = u32::try_from(num_words)
        .ok()
        .filter(|&w| w > 0)
        .ok_or_else(|| Error::invalid("num_words", num_words, format!("in 1..={}", u32::MAX)))?;
    if max_len == 0 {
        return Err(Error::invalid("max_len", max_len, "at least 1"));
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut tokens = reserve(batch_size, n, max_len)?;
    tokens.extend((0..n * max_len).map(|_| rng.random_range(0..words)));
    let labels = binary_labels(&mut rng, batch_size, n)?;
    Ok(DummySequences { tokens, labels, max_len })
}

/// Dummy Adult: `2 * batch_size` feature vectors `[n, 104]` uniform in `[0, 1)`, labels 0/1.
///
/// # Errors
/// [`Error::InvalidParameter`] when `batch_size` is 0 or the data would not fit in memory.
pub fn dummy_adult(batch_size: usize, seed: u64) -> Result<DummyTabular> {
    let n = num_examples(batch_size)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut features = reserve(batch_size, n, ADULT_FEATURES)?;
    features.extend((0..n * ADULT_FEATURES).map(|_| rng.random::<f32>()));
    let labels = binary_labels(&mut rng, batch_size, n)?;
    Ok(DummyTabular { features, labels, num_features: ADULT_FEATURES })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mean(v: impl Iterator<Item = f64>) -> f64 {
        let (sum, count) = v.fold((0.0, 0usize), |(s, c), x| (s + x, c + 1));
        sum / count as f64
    }

    #[test]
    fn shapes_ranges_and_label_sets_match_the_real_data() {
        let mnist = dummy_mnist(64, 1).unwrap();
        assert_eq!((mnist.num_examples(), mnist.images.len()), (128, 128 * 784));
        assert_eq!((mnist.channels, mnist.height, mnist.width), (1, 28, 28));
        let cifar = dummy_cifar10(100, 2).unwrap();
        assert_eq!((cifar.num_examples(), cifar.images.len()), (200, 200 * 3072));
        assert_eq!((cifar.channels, cifar.height, cifar.width), (3, 32, 32));
        for d in [&mnist, &cifar] {
            assert!(d.images.iter().all(|&p| (0.0..1.0).contains(&p)));
            assert!((mean(d.images.iter().map(|&p| f64::from(p))) - 0.5).abs() < 0.01);
            assert!(d.labels.iter().all(|&l| l < 10));
            assert!((0..10).all(|c| d.labels.contains(&c)), "{:?}", d.labels);
        }
        let imdb = dummy_imdb(256, 10_000, 256, 3).unwrap();
        assert_eq!((imdb.num_examples(), imdb.tokens.len(), imdb.max_len), (512, 512 * 256, 256));
        assert!(imdb.tokens.iter().all(|&t| t < 10_000));
        assert!(imdb.tokens.contains(&0) && imdb.tokens.iter().any(|&t| t >= 9_990));
        let adult = dummy_adult(128, 4).unwrap();
        assert_eq!((adult.num_examples(), adult.features.len(), adult.num_features), (256, 256 * 104, 104));
        assert!(adult.features.iter().all(|&p| (0.0..1.0).contains(&p)));
        for labels in [&imdb.labels, &adult.labels] {
            assert!(labels.iter().all(|&l| l <= 1));
            let rate = mean(labels.iter().map(|&l| f64::from(l)));
            assert!((0.4..0.6).contains(&rate), "{rate}");
        }
    }

    #[test]
    fn a_seed_gives_the_same_data_and_another_seed_other_data() {
        assert_eq!(dummy_mnist(3, 7).unwrap(), dummy_mnist(3, 7).unwrap());
        assert_ne!(dummy_mnist(3, 7).unwrap().images, dummy_mnist(3, 8).unwrap().images);
        assert_eq!(dummy_imdb(2, 50, 9, 7).unwrap(), dummy_imdb(2, 50, 9, 7).unwrap());
        assert_ne!(dummy_imdb(2, 50, 9, 7).unwrap().tokens, dummy_imdb(2, 50, 9, 8).unwrap().tokens);
        assert_eq!(dummy_adult(1, 0).unwrap(), dummy_adult(1, 0).unwrap());
        assert_eq!(dummy_cifar10(1, 0).unwrap().num_examples(), 2);
    }

    #[test]
    fn bad_sizes_are_invalid_parameters_not_panics() {
        let name = |r: Result<()>| match r {
            Err(Error::InvalidParameter { name, .. }) => name,
            other => panic!("{other:?}"),
        };
        assert_eq!(name(dummy_mnist(0, 0).map(|_| ())), "batch_size");
        assert_eq!(name(num_examples(usize::MAX / 2 + 1).map(|_| ())), "batch_size");
        assert_eq!(name(dummy_cifar10(usize::MAX / 4, 0).map(|_| ())), "batch_size");
        // 2^45 examples of 104 floats: no overflow, but far beyond any address space.
        assert_eq!(name(dummy_adult(1 << 44, 0).map(|_| ())), "batch_size");
        assert_eq!(name(dummy_imdb(1, 0, 256, 0).map(|_| ())), "num_words");
        assert_eq!(name(dummy_imdb(1, usize::MAX, 256, 0).map(|_| ())), "num_words");
        assert_eq!(name(dummy_imdb(1, 10, 0, 0).map(|_| ())), "max_len");
        assert_eq!(name(dummy_imdb(usize::MAX / 4, 10, 256, 0).map(|_| ())), "batch_size");
    }
}
