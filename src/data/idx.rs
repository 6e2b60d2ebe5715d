//! The IDX file format of MNIST and Fashion-MNIST, raw or gzipped.
//!
//! An IDX file is a big-endian header followed by the data: the magic number `0x00000803`
//! (unsigned bytes, 3 dimensions) then `count`, `rows`, `cols` as `u32` for image files, or the
//! magic `0x00000801` (unsigned bytes, 1 dimension) then `count` for label files; the data are
//! `count * rows * cols` (or `count`) bytes, row-major, and nothing else. Format: Y. LeCun,
//! C. Cortes, C. J. C. Burges, "The MNIST database of handwritten digits", the section "FILE
//! FORMATS FOR THE MNIST DATABASE"; Fashion-MNIST (Xiao, Rasul, Vollgraf 2017) uses the same
//! files. A file is gunzipped when it starts with the gzip magic bytes `1f 8b` (RFC 1952),
//! whatever its name.
//!
//! Every malformed input gives an [`Error::CorruptData`] that names the file and what is wrong;
//! nothing here panics on any input.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Magic number of an IDX file of unsigned bytes with 3 dimensions (images).
pub const IMAGES_MAGIC: u32 = 0x0000_0803;
/// Magic number of an IDX file of unsigned bytes with 1 dimension (labels).
pub const LABELS_MAGIC: u32 = 0x0000_0801;
/// Largest number of data bytes accepted in one file (10^8); anything above is taken as a
/// corrupt header rather than allocated.
pub const MAX_ELEMENTS: u64 = 100_000_000;
/// Number of classes in MNIST and Fashion-MNIST: labels are `0..NUM_CLASSES`.
pub const NUM_CLASSES: u8 = 10;
/// The four file names [`load_mnist`] looks for, each also with a `.gz` suffix:
/// train images, train labels, test images, test labels.
pub const MNIST_FILES: [&str; 4] = [
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
];

/// The content of an IDX image file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdxImages {
    /// Number of images.
    pub count: usize,
    /// Height of each image in pixels.
    pub rows: usize,
    /// Width of each image in pixels.
    pub cols: usize,
    /// `count * rows * cols` pixels, image after image, each row-major (0 = background).
    pub pixels: Vec<u8>,
}

/// MNIST (or Fashion-MNIST) in memory: images as `f32` in `[0, 1]` (pixel / 255), row-major,
/// `rows * cols` values per image, and labels in `0..10`.
#[derive(Debug, Clone, PartialEq)]
pub struct MnistData {
    /// Training images, `num_train() * rows * cols` values in `[0, 1]`.
    pub train_images: Vec<f32>,
    /// Training labels, one per training image.
    pub train_labels: Vec<u8>,
    /// Test images, `num_test() * rows * cols` values in `[0, 1]`.
    pub test_images: Vec<f32>,
    /// Test labels, one per test image.
    pub test_labels: Vec<u8>,
    /// Image height (28 for MNIST).
    pub rows: usize,
    /// Image width (28 for MNIST).
    pub cols: usize,
}

impl MnistData {
    /// Number of training examples (60,000 for MNIST).
    pub fn num_train(&self) -> usize {
        self.train_labels.len()
    }

    /// Number of test examples (10,000 for MNIST).
    pub fn num_test(&self) -> usize {
        self.test_labels.len()
    }
}

fn corrupt(path: &Path, problem: impl Into<String>) -> Error {
    let path = path.to_path_buf();
    Error::CorruptData { path, problem: problem.into() }
}

/// Reads an IDX file whole, gunzipping it when it starts with the gzip magic, and checks its
/// magic number, dimensions and length; returns the dimensions and the data bytes.
fn read_idx(path: &Path, magic: u32, ndims: usize) -> Result<IdxParts> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let raw = std::fs::read(path).map_err(io)?;
    parse_idx(raw, magic, ndims).map_err(|problem| corrupt(path, problem))
}

/// The checks of [`read_idx`] on the file's bytes; the error is the problem found.
fn parse_idx(raw: Vec<u8>, magic: u32, ndims: usize) -> std::result::Result<IdxParts, String> {
    let gzipped = raw.starts_with(&[0x1f, 0x8b]);
    let bytes = if gzipped {
        // Bounded, so that a small gzip bomb cannot exhaust memory: one byte more than the
        // largest valid file still shows up as trailing garbage.
        let mut out = Vec::new();
        let decoder = flate2::read::MultiGzDecoder::new(raw.as_slice());
        let read = decoder.take(16 + MAX_ELEMENTS + 1).read_to_end(&mut out);
        read.map_err(|e| format!("corrupt gzip stream: {e}"))?;
        out
    } else {
        raw
    };
    let (len, what) = (bytes.len(), if gzipped { " after gunzip" } else { "" });
    let header = 4 + 4 * ndims;
    let short = || format!("truncated IDX header: expected {header} bytes, found {len}{what}");
    let word = |i: usize| bytes.get(i..i + 4).and_then(|w| <[u8; 4]>::try_from(w).ok());
    let found = u32::from_be_bytes(word(0).ok_or_else(short)?);
    if found != magic {
        let hint = match found {
            IMAGES_MAGIC => " (this is an image file)",
            LABELS_MAGIC => " (this is a label file)",
            _ => "",
        };
        return Err(format!("wrong IDX magic number {found:#010x}, expected {magic:#010x}{hint}"));
    }
    let dims = (0..ndims).map(|d| word(4 + 4 * d).map(|w| u64::from(u32::from_be_bytes(w))));
    let dims: Vec<u64> = dims.collect::<Option<_>>().ok_or_else(short)?;
    if dims.contains(&0) {
        return Err(format!("IDX dimensions {dims:?} contain a zero"));
    }
    let elements = dims.iter().try_fold(1u64, |acc, &d| acc.checked_mul(d));
    let Some(elements) = elements.filter(|&n| n <= MAX_ELEMENTS) else {
        return Err(format!("IDX dimensions {dims:?} are absurd: over {MAX_ELEMENTS} elements"));
    };
    let expected = header + elements as usize;
    let sizes = format!("expected {expected} bytes for dimensions {dims:?}, found {len}{what}");
    if len < expected {
        return Err(format!("truncated: {sizes}"));
    }
    if len > expected {
        return Err(format!("{} bytes of trailing garbage: {sizes}", len - expected));
    }
    let mut data = bytes;
    data.drain(..header);
    Ok((dims.iter().map(|&d| d as usize).collect(), data))
}

/// Dimensions and data bytes of an IDX file.
type IdxParts = (Vec<usize>, Vec<u8>);

/// Reads an IDX image file (magic `0x00000803`), raw or gzipped.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::CorruptData`] for a corrupt gzip stream,
/// a wrong magic number, a dimension of zero, more than [`MAX_ELEMENTS`] pixels, a truncated
/// file or trailing bytes.
pub fn read_idx_images(path: &Path) -> Result<IdxImages> {
    let (dims, pixels) = read_idx(path, IMAGES_MAGIC, 3)?;
    let (count, rows, cols) = (dims[0], dims[1], dims[2]);
    Ok(IdxImages { count, rows, cols, pixels })
}

/// Reads an IDX label file (magic `0x00000801`), raw or gzipped; every label must be in `0..10`.
///
/// # Errors
/// As [`read_idx_images`], and [`Error::CorruptData`] for a label above 9.
pub fn read_idx_labels(path: &Path) -> Result<Vec<u8>> {
    let (_, labels) = read_idx(path, LABELS_MAGIC, 1)?;
    if let Some((i, &l)) = labels.iter().enumerate().find(|&(_, &l)| l >= NUM_CLASSES) {
        return Err(corrupt(path, format!("label {i} is {l}, expected 0..=9")));
    }
    Ok(labels)
}

/// Finds `dir/name.gz`, else `dir/name`; a missing file is an [`Error::Io`] naming the path
/// looked for, with a hint listing the expected files.
fn find_file(dir: &Path, name: &str) -> Result<PathBuf> {
    let gz = dir.join(format!("{name}.gz"));
    let plain = dir.join(name);
    if gz.is_file() {
        return Ok(gz);
    }
    if plain.is_file() {
        return Ok(plain);
    }
    let hint = format!(
        "not found (nor {}); the MNIST directory must hold {}, each raw or with .gz",
        plain.display(),
        MNIST_FILES.join(", ")
    );
    Err(Error::Io { path: gz, source: std::io::Error::new(std::io::ErrorKind::NotFound, hint) })
}

/// Reads an image file and its label file and checks that they agree in count.
fn load_split(dir: &Path, images: &str, labels: &str) -> Result<(IdxImages, Vec<u8>)> {
    let (images_path, labels_path) = (find_file(dir, images)?, find_file(dir, labels)?);
    let img = read_idx_images(&images_path)?;
    let lab = read_idx_labels(&labels_path)?;
    if img.count != lab.len() {
        return Err(corrupt(
            &labels_path,
            format!("{} labels but {} has {} images", lab.len(), images_path.display(), img.count),
        ));
    }
    Ok((img, lab))
}

/// Loads MNIST (or Fashion-MNIST) from `dir`, which holds the four standard files
/// ([`MNIST_FILES`]), each raw or gzipped (the `.gz` is preferred when both exist); pixels are
/// scaled to `[0, 1]`.
///
/// # Errors
/// [`Error::Io`] for a missing or unreadable file, [`Error::CorruptData`] for a malformed file,
/// images and labels of different counts, or train and test images of different sizes.
pub fn load_mnist(dir: &Path) -> Result<MnistData> {
    let (train, train_labels) = load_split(dir, MNIST_FILES[0], MNIST_FILES[1])?;
    let (test, test_labels) = load_split(dir, MNIST_FILES[2], MNIST_FILES[3])?;
    if (test.rows, test.cols) != (train.rows, train.cols) {
        return Err(corrupt(
            &find_file(dir, MNIST_FILES[2])?,
            format!(
                "test images are {}x{} but train images are {}x{}",
                test.rows, test.cols, train.rows, train.cols
            ),
        ));
    }
    let scale = |p: &[u8]| p.iter().map(|&v| f32::from(v) / 255.0).collect::<Vec<f32>>();
    Ok(MnistData {
        train_images: scale(&train.pixels),
        train_labels,
        test_images: scale(&test.pixels),
        test_labels,
        rows: train.rows,
        cols: train.cols,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist");

    /// A fresh, empty temporary directory unique to this process and test.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dpgpu-idx-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    fn images_file(count: u32, rows: u32, cols: u32, data: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        for w in [IMAGES_MAGIC, count, rows, cols] {
            v.extend_from_slice(&w.to_be_bytes());
        }
        v.extend_from_slice(data);
        v
    }

    fn labels_file(labels: &[u8]) -> Vec<u8> {
        let mut v = LABELS_MAGIC.to_be_bytes().to_vec();
        v.extend_from_slice(&(labels.len() as u32).to_be_bytes());
        v.extend_from_slice(labels);
        v
    }

    /// Writes `bytes` to `dir/name`, reads it as labels if `name` starts with `labels`, else as
    /// images, and checks that the error is `CorruptData`, names the file and contains `wanted`.
    fn check_error(dir: &Path, name: &str, bytes: &[u8], wanted: &str) {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let err = match name.starts_with("labels") {
            true => read_idx_labels(&path).map(|_| ()).unwrap_err(),
            false => read_idx_images(&path).map(|_| ()).unwrap_err(),
        };
        assert!(matches!(err, Error::CorruptData { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.starts_with(&path.display().to_string()), "{msg}");
        assert!(msg.contains(wanted), "{msg:?} lacks {wanted:?}");
    }

    #[test]
    fn real_mnist_loads_with_known_shapes_labels_and_counts() {
        let data = load_mnist(Path::new(DATA)).unwrap();
        assert_eq!((data.num_train(), data.num_test(), data.rows, data.cols), (60_000, 10_000, 28, 28));
        assert_eq!(data.train_images.len(), 60_000 * 784);
        assert_eq!(data.test_images.len(), 10_000 * 784);
        assert_eq!(data.train_labels[..10], [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
        assert_eq!(data.test_labels[..10], [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
        let counts = |labels: &[u8]| {
            let mut c = [0usize; 10];
            labels.iter().for_each(|&l| c[l as usize] += 1);
            c
        };
        let train = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949];
        assert_eq!(counts(&data.train_labels), train);
        let test = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009];
        assert_eq!(counts(&data.test_labels), test);
        assert!(data.train_images.iter().all(|&p| (0.0..=1.0).contains(&p)));
        let mean = data.train_images.iter().map(|&p| f64::from(p)).sum::<f64>() / 47_040_000.0;
        assert!((mean - 0.1307).abs() < 1e-4, "mean train pixel {mean}");
    }

    #[test]
    fn raw_and_gzipped_files_read_the_same() {
        let dir = temp_dir("raw-gz");
        let data: Vec<u8> = (0..2 * 3 * 4).map(|i| i as u8 * 10).collect();
        let raw = images_file(2, 3, 4, &data);
        // A .gz name on a raw file, and gzip content under a plain name: the bytes decide.
        std::fs::write(dir.join("a.gz"), &raw).unwrap();
        std::fs::write(dir.join("b"), gzip(&raw)).unwrap();
        let a = read_idx_images(&dir.join("a.gz")).unwrap();
        let b = read_idx_images(&dir.join("b")).unwrap();
        assert_eq!((a.count, a.rows, a.cols, &a.pixels), (2, 3, 4, &data));
        assert_eq!(a, b);
        std::fs::write(dir.join("l"), gzip(&labels_file(&[3, 1, 4]))).unwrap();
        assert_eq!(read_idx_labels(&dir.join("l")).unwrap(), [3, 1, 4]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn corrupt_files_give_errors_naming_the_file_and_the_problem() {
        let dir = temp_dir("corrupt");
        let good = images_file(2, 2, 2, &[1; 8]);
        let mut trailing = good.clone();
        trailing.extend_from_slice(b"xyz");
        let gz = gzip(&images_file(4, 8, 8, &[7; 256]));
        let mut bad_crc = gz.clone();
        let n = bad_crc.len();
        bad_crc[n - 6] ^= 0xff; // inside the CRC-32 trailer
        let huge = images_file(u32::MAX, u32::MAX, u32::MAX, &[]);
        #[rustfmt::skip] // a table: one case a line
        let cases: [(&str, &[u8], &str); 12] = [
            ("cut", &good[..21], "truncated: expected 24 bytes for dimensions [2, 2, 2], found 21"),
            ("trunc.gz", &gzip(&good[..10]), "expected 16 bytes, found 10 after gunzip"),
            ("labels-empty", &[], "truncated IDX header: expected 8 bytes, found 0"),
            ("magic", &labels_file(&[1]), "0x00000801, expected 0x00000803 (this is a label"),
            ("labels-magic", &[0xde, 0xad, 0xbe, 0xef, 0, 0, 0, 0], "number 0xdeadbeef, expected"),
            ("zero", &images_file(0, 28, 28, &[]), "dimensions [0, 28, 28] contain a zero"),
            ("absurd", &huge, "are absurd: over 100000000 elements"),
            ("trailing", &trailing, "3 bytes of trailing garbage: expected 24 bytes"),
            ("labels-10", &labels_file(&[0, 9, 10]), "label 2 is 10, expected 0..=9"),
            ("garbage.gz", &[0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7], "corrupt gzip stream"),
            ("half.gz", &gz[..gz.len() / 2], "corrupt gzip stream"),
            ("crc.gz", &bad_crc, "corrupt gzip stream"),
        ];
        for (name, bytes, wanted) in cases {
            check_error(&dir, name, bytes, wanted);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Writes a tiny MNIST-like directory: 3 train and 2 test images of 2x2.
    fn write_tiny_mnist(dir: &Path, train_labels: &[u8]) {
        let files = [
            images_file(3, 2, 2, &[0, 51, 102, 255, 0, 0, 0, 0, 1, 2, 3, 4]),
            labels_file(train_labels),
            images_file(2, 2, 2, &[255; 8]),
            labels_file(&[9, 0]),
        ];
        for (name, bytes) in MNIST_FILES.iter().zip(files) {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }

    #[test]
    fn load_mnist_checks_counts_and_prefers_gz() {
        let dir = temp_dir("tiny");
        write_tiny_mnist(&dir, &[1, 2, 3]);
        let data = load_mnist(&dir).unwrap();
        assert_eq!((data.num_train(), data.num_test(), data.rows, data.cols), (3, 2, 2, 2));
        assert_eq!(data.train_images[..4], [0.0, 0.2, 0.4, 1.0]);
        assert_eq!(data.test_labels, [9, 0]);
        // A .gz next to the raw file wins.
        let gz = dir.join("t10k-labels-idx1-ubyte.gz");
        std::fs::write(&gz, gzip(&labels_file(&[4, 5]))).unwrap();
        assert_eq!(load_mnist(&dir).unwrap().test_labels, [4, 5]);
        std::fs::remove_file(gz).unwrap();
        // Count mismatch between images and labels.
        write_tiny_mnist(&dir, &[1, 2]);
        let msg = load_mnist(&dir).unwrap_err().to_string();
        assert!(msg.contains("train-labels-idx1-ubyte") && msg.contains("2 labels"), "{msg}");
        assert!(msg.contains("has 3 images"), "{msg}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_file_is_an_io_error_naming_the_path_and_expected_names() {
        let dir = temp_dir("missing");
        write_tiny_mnist(&dir, &[1, 2, 3]);
        std::fs::remove_file(dir.join(MNIST_FILES[2])).unwrap();
        let err = load_mnist(&dir).unwrap_err();
        let Error::Io { path, source } = &err else { panic!("{err:?}") };
        assert_eq!(path, &dir.join("t10k-images-idx3-ubyte.gz"));
        assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        let msg = err.to_string();
        assert!(MNIST_FILES.iter().all(|f| msg.contains(f)), "{msg}");
        assert!(err.is_invalid_input());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
