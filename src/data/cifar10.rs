//! CIFAR-10 from its binary version (`cifar-10-batches-bin`).
//!
//! Each batch file is a sequence of 3073-byte records and nothing else: 1 label byte in `0..10`,
//! then 3072 pixel bytes, the 1024 red, then the 1024 green, then the 1024 blue values of a 32x32
//! image, each plane row-major. The training set is `data_batch_1.bin` to `data_batch_5.bin`
//! (10,000 records each), the test set `test_batch.bin` (10,000 records). Source: A. Krizhevsky,
//! "Learning Multiple Layers of Features from Tiny Images" (2009), and the "Binary version"
//! section of <https://www.cs.toronto.edu/~kriz/cifar.html>.
//!
//! Images come out channel-first, `[n, 3, 32, 32]` (the file's own layout), as `f32` in `[0, 1]`
//! (byte / 255, no mean or standard-deviation normalisation, as in SPEC §3.1). Every malformed
//! input gives an [`Error::CorruptData`] naming the file; nothing here panics on any input.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Number of colour channels (red, green, blue).
pub const CHANNELS: usize = 3;
/// Image height in pixels.
pub const HEIGHT: usize = 32;
/// Image width in pixels.
pub const WIDTH: usize = 32;
/// Pixel bytes per image: `3 * 32 * 32 = 3072`.
pub const IMAGE_BYTES: usize = CHANNELS * HEIGHT * WIDTH;
/// Bytes per record: 1 label byte and [`IMAGE_BYTES`] pixel bytes.
pub const RECORD_BYTES: usize = 1 + IMAGE_BYTES;
/// Number of classes: labels are `0..NUM_CLASSES`.
pub const NUM_CLASSES: u8 = 10;
/// Class names by label, as in `batches.meta.txt`.
pub const CLASS_NAMES: [&str; 10] =
    ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"];
/// The training batch files that [`load_cifar10`] reads, in this order.
pub const TRAIN_FILES: [&str; 5] =
    ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"];
/// The test batch file that [`load_cifar10`] reads.
pub const TEST_FILE: &str = "test_batch.bin";

/// CIFAR-10 in memory: images as `f32` in `[0, 1]` (byte / 255), channel-first, and labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Cifar10Data {
    /// Training images, `[num_train(), 3, 32, 32]` row-major: 3072 values per image, the red
    /// plane, then green, then blue.
    pub train_images: Vec<f32>,
    /// Training labels in `0..10`, one per training image (see [`CLASS_NAMES`]).
    pub train_labels: Vec<u8>,
    /// Test images, `[num_test(), 3, 32, 32]`, laid out as `train_images`.
    pub test_images: Vec<f32>,
    /// Test labels in `0..10`, one per test image.
    pub test_labels: Vec<u8>,
}

impl Cifar10Data {
    /// Number of training examples (50,000 for the full CIFAR-10).
    pub fn num_train(&self) -> usize {
        self.train_labels.len()
    }

    /// Number of test examples (10,000 for the full CIFAR-10).
    pub fn num_test(&self) -> usize {
        self.test_labels.len()
    }
}

fn corrupt(path: &Path, problem: impl Into<String>) -> Error {
    Error::CorruptData { path: path.to_path_buf(), problem: problem.into() }
}

/// Splits the bytes of a batch file into images (`[n, 3, 32, 32]`, byte / 255) and labels; the
/// error is the problem found.
fn parse_batch(bytes: &[u8]) -> std::result::Result<(Vec<f32>, Vec<u8>), String> {
    let len = bytes.len();
    if len == 0 {
        return Err(format!("empty file, expected records of {RECORD_BYTES} bytes"));
    }
    if !len.is_multiple_of(RECORD_BYTES) {
        return Err(format!(
            "truncated or not a CIFAR-10 binary batch: {len} bytes is not a multiple of the \
             {RECORD_BYTES}-byte record ({} whole records and {} bytes left over)",
            len / RECORD_BYTES,
            len % RECORD_BYTES
        ));
    }
    let count = len / RECORD_BYTES;
    let mut images = Vec::with_capacity(count * IMAGE_BYTES);
    let mut labels = Vec::with_capacity(count);
    for (i, record) in bytes.chunks_exact(RECORD_BYTES).enumerate() {
        let (&label, pixels) = record.split_first().ok_or("empty record")?;
        if label >= NUM_CLASSES {
            return Err(format!(
                "record {i} (byte offset {}) has label {label}, expected 0..=9",
                i * RECORD_BYTES
            ));
        }
        labels.push(label);
        images.extend(pixels.iter().map(|&p| f32::from(p) / 255.0));
    }
    Ok((images, labels))
}

/// Reads one CIFAR-10 binary batch file: returns its images, `[n, 3, 32, 32]` as `f32` in
/// `[0, 1]`, and its `n` labels in `0..10`.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::CorruptData`] when it is empty, when its
/// size is not a multiple of [`RECORD_BYTES`] (a truncated file or another format), or when a
/// label is above 9.
pub fn read_cifar_batch(path: &Path) -> Result<(Vec<f32>, Vec<u8>)> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    parse_batch(&bytes).map_err(|problem| corrupt(path, problem))
}

/// `dir/name` when it is a file, else an [`Error::Io`] naming it, with a hint listing the
/// expected files.
fn find_file(dir: &Path, name: &str) -> Result<PathBuf> {
    let path = dir.join(name);
    if path.is_file() {
        return Ok(path);
    }
    let hint = format!(
        "not found; the CIFAR-10 directory must hold {} and {TEST_FILE} (the binary version, \
         cifar-10-batches-bin)",
        TRAIN_FILES.join(", ")
    );
    Err(Error::Io { path, source: std::io::Error::new(std::io::ErrorKind::NotFound, hint) })
}

/// Loads CIFAR-10 from `dir`, which holds the binary batches [`TRAIN_FILES`] and [`TEST_FILE`]
/// (the content of `cifar-10-batches-bin`); the training set is the five training batches in
/// order, pixels are scaled to `[0, 1]`.
///
/// # Errors
/// [`Error::Io`] naming the first missing or unreadable file (all six are looked for before any
/// is read); [`Error::CorruptData`] for a malformed file, as [`read_cifar_batch`].
pub fn load_cifar10(dir: &Path) -> Result<Cifar10Data> {
    let train_paths = TRAIN_FILES.iter().map(|name| find_file(dir, name)).collect::<Result<Vec<_>>>()?;
    let test_path = find_file(dir, TEST_FILE)?;
    let (mut train_images, mut train_labels) = (Vec::new(), Vec::new());
    for path in &train_paths {
        let (images, labels) = read_cifar_batch(path)?;
        train_images.extend_from_slice(&images);
        train_labels.extend_from_slice(&labels);
    }
    let (test_images, test_labels) = read_cifar_batch(&test_path)?;
    Ok(Cifar10Data { train_images, train_labels, test_images, test_labels })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first 20 images of the CIFAR-10 test set in the binary record layout (see
    /// `data/cifar10/PROVENANCE.md`).
    const FIRST20: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/cifar10/test_batch_first20.bin");
    const FIRST20_LABELS: [u8; 20] = [3, 8, 8, 0, 6, 6, 1, 6, 3, 1, 0, 9, 5, 7, 9, 8, 5, 7, 8, 6];

    /// A fresh, empty temporary directory unique to this process and test.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dpgpu-cifar10-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn real_first_20_test_records_read_with_known_labels_and_pixels() {
        let (images, labels) = read_cifar_batch(Path::new(FIRST20)).unwrap();
        assert_eq!(labels, FIRST20_LABELS);
        assert_eq!(images.len(), 20 * IMAGE_BYTES);
        assert!(images.iter().all(|&p| (0.0..=1.0).contains(&p)));
        // Image 0 (a cat): first red, green and blue bytes 158, 112, 49; last blue byte 110.
        let px = |i: usize| (images[i] * 255.0).round() as u8;
        assert_eq!([px(0), px(1), px(2), px(1024), px(2048), px(3071)], [158, 159, 165, 112, 49, 110]);
        // Image 1 (a ship) starts with red bytes 235, 231, 232; image 19 ends with blue 148.
        assert_eq!([px(3072), px(3073), px(3074), px(20 * 3072 - 1)], [235, 231, 232, 148]);
        let mean = images.iter().map(|&p| f64::from(p)).sum::<f64>() / images.len() as f64;
        assert!((mean - 0.471_523_82).abs() < 1e-6, "mean pixel {mean}");
        assert_eq!(CLASS_NAMES[usize::from(labels[0])], "cat");
    }

    #[test]
    fn load_cifar10_concatenates_the_five_training_batches_in_order() {
        let dir = temp_dir("load");
        let bytes = std::fs::read(FIRST20).unwrap();
        for (k, name) in TRAIN_FILES.iter().enumerate() {
            // Batch k holds records k..20 so that the order of concatenation shows.
            std::fs::write(dir.join(name), &bytes[k * RECORD_BYTES..]).unwrap();
        }
        std::fs::write(dir.join(TEST_FILE), &bytes[..2 * RECORD_BYTES]).unwrap();
        let data = load_cifar10(&dir).unwrap();
        assert_eq!((data.num_train(), data.num_test()), (20 + 19 + 18 + 17 + 16, 2));
        assert_eq!(data.train_images.len(), data.num_train() * IMAGE_BYTES);
        assert_eq!(data.test_images.len(), 2 * IMAGE_BYTES);
        assert_eq!(data.train_labels[..20], FIRST20_LABELS);
        assert_eq!(data.train_labels[20..22], [8, 8]);
        assert_eq!(data.train_labels[39..41], [8, 0]);
        assert_eq!(data.test_labels, [3, 8]);
        assert_eq!(data.test_images[..], data.train_images[..2 * IMAGE_BYTES]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_file_is_an_io_error_naming_it_and_the_expected_files() {
        let dir = temp_dir("missing");
        let bytes = std::fs::read(FIRST20).unwrap();
        for name in TRAIN_FILES.iter().chain([&TEST_FILE]) {
            std::fs::write(dir.join(name), &bytes).unwrap();
        }
        std::fs::remove_file(dir.join("data_batch_3.bin")).unwrap();
        let err = load_cifar10(&dir).unwrap_err();
        let Error::Io { path, source } = &err else { panic!("{err:?}") };
        assert_eq!(path, &dir.join("data_batch_3.bin"));
        assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        let msg = err.to_string();
        assert!(msg.contains("data_batch_3.bin") && msg.contains(TEST_FILE), "{msg}");
        assert!(err.is_invalid_input());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn corrupt_batches_give_errors_naming_the_file_and_the_problem() {
        let dir = temp_dir("corrupt");
        let bytes = std::fs::read(FIRST20).unwrap();
        let mut bad_label = bytes.clone();
        bad_label[5 * RECORD_BYTES] = 10;
        let mut trailing = bytes.clone();
        trailing.push(0);
        #[rustfmt::skip] // a table: one case a line
        let cases: [(&str, &[u8], &str); 5] = [
            ("truncated.bin", &bytes[..bytes.len() - 1], "19 whole records and 3072 bytes left over"),
            ("short.bin", &bytes[..100], "100 bytes is not a multiple of the 3073-byte record"),
            ("trailing.bin", &trailing, "20 whole records and 1 bytes left over"),
            ("empty.bin", &[], "empty file"),
            ("label.bin", &bad_label, "record 5 (byte offset 15365) has label 10, expected 0..=9"),
        ];
        for (name, bytes, wanted) in cases {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            let err = read_cifar_batch(&path).unwrap_err();
            assert!(matches!(err, Error::CorruptData { .. }), "{err:?}");
            let msg = err.to_string();
            assert!(msg.starts_with(&path.display().to_string()), "{msg}");
            assert!(msg.contains(wanted), "{msg:?} lacks {wanted:?}");
        }
        // A corrupt batch inside a directory fails the whole load with the same error.
        for name in TRAIN_FILES.iter().chain([&TEST_FILE]) {
            std::fs::write(dir.join(name), &bytes).unwrap();
        }
        std::fs::write(dir.join(TEST_FILE), &bad_label).unwrap();
        let msg = load_cifar10(&dir).unwrap_err().to_string();
        assert!(msg.contains(TEST_FILE) && msg.contains("label 10"), "{msg}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
