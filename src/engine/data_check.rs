//! `dpgpu data check`: validates a dataset folder with the same loaders `train` uses and reports
//! its counts, class balance and file checksums (SHA-256, comparable with `data/*/PROVENANCE.md`).

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::datasets::{adult_data, image_data, imdb_data};
use super::trainer::TrainConfig;
use crate::data::{Dataset, InputKind};
use crate::error::{Error, Result};
use crate::models::ModelKind;

/// One file of a dataset folder.
#[derive(Clone, Debug, Serialize)]
pub struct FileSum {
    /// Path relative to the folder.
    pub file: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// SHA-256 of the decompressed content, for `.gz` files.
    pub sha256_decompressed: Option<String>,
}

/// What `data check` found.
#[derive(Clone, Debug, Serialize)]
pub struct DataReport {
    /// Dataset name.
    pub dataset: String,
    /// The folder checked.
    pub dir: PathBuf,
    /// Training and test examples.
    pub train_examples: usize,
    /// Test examples.
    pub test_examples: usize,
    /// The shape of one example.
    pub example_shape: Vec<usize>,
    /// Examples per class, training split.
    pub train_class_counts: Vec<usize>,
    /// Examples per class, test split.
    pub test_class_counts: Vec<usize>,
    /// Every data file under the folder (not PROVENANCE/README), sorted by path.
    pub files: Vec<FileSum>,
}

/// Loads `dataset` from `dir` exactly as `train` would and summarises it.
///
/// # Errors
/// [`Error::InvalidParameter`] for an unknown dataset; [`Error::Io`] / [`Error::CorruptData`]
/// naming the file and the problem, as the loaders report them.
pub fn check(dataset: &str, dir: &Path) -> Result<DataReport> {
    // The first model that reads this dataset decides which loader `train` would use.
    let Some(model) = ModelKind::ALL.into_iter().find(|m| m.datasets().contains(&dataset)) else {
        let mut names: Vec<&str> = ModelKind::ALL.iter().flat_map(|m| m.datasets().iter().copied()).collect();
        names.dedup();
        return Err(Error::invalid("dataset", dataset, format!("one of {}", names.join(", "))));
    };
    let config = TrainConfig {
        model: model.name().into(),
        dataset: Some(dataset.into()),
        data_dir: Some(dir.to_path_buf()),
        ..TrainConfig::default()
    };
    if !dir.is_dir() {
        let source = std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder");
        return Err(Error::Io { path: dir.to_path_buf(), source });
    }
    let mut report = match model {
        ModelKind::Logreg | ModelKind::Ffnn => summarise(dataset, dir, adult_data(&config)?),
        ModelKind::Embed | ModelKind::Lstm => summarise(dataset, dir, imdb_data(&config)?),
        ModelKind::Mnist | ModelKind::Cifar10 => summarise(dataset, dir, image_data(&config)?),
    };
    report.files = checksums(dir)?;
    Ok(report)
}

fn summarise<K: InputKind>(dataset: &str, dir: &Path, (train, test): (Dataset<K>, Dataset<K>)) -> DataReport {
    let counts = |d: &Dataset<K>| {
        let mut c = vec![0usize; d.num_classes];
        d.labels.iter().for_each(|&l| c[l as usize] += 1);
        c
    };
    DataReport {
        dataset: dataset.into(),
        dir: dir.to_path_buf(),
        train_examples: train.len(),
        test_examples: test.len(),
        example_shape: train.example_shape.clone(),
        train_class_counts: counts(&train),
        test_class_counts: counts(&test),
        files: Vec::new(),
    }
}

/// SHA-256 of every data file under `dir` (recursively for the aclImdb layout, where only
/// the count is kept per folder to stay short: files of more than 64 per folder are summed as
/// one entry `folder/*` over their sorted concatenation).
fn checksums(dir: &Path) -> Result<Vec<FileSum>> {
    let io = |path: &Path, source| Error::Io { path: path.to_path_buf(), source };
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(|e| io(&folder, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        let files: Vec<&PathBuf> = entries.iter().filter(|p| p.is_file() && is_data(p)).collect();
        stack.extend(entries.iter().filter(|p| p.is_dir()).cloned());
        let rel = |p: &Path| p.strip_prefix(dir).unwrap_or(p).display().to_string();
        if files.len() > 64 {
            let mut h = Sha256::new();
            let mut bytes = 0;
            for f in &files {
                let b = std::fs::read(f).map_err(|e| io(f, e))?;
                bytes += b.len() as u64;
                h.update(&b);
            }
            let file = format!("{}/* ({} files)", rel(&folder), files.len());
            out.push(FileSum { file, bytes, sha256: hex(h.finalize()), sha256_decompressed: None });
            continue;
        }
        for f in files {
            let b = std::fs::read(f).map_err(|e| io(f, e))?;
            let decompressed = if f.extension().is_some_and(|e| e == "gz") {
                let mut d = Vec::new();
                flate2::read::GzDecoder::new(&b[..]).read_to_end(&mut d).map_err(|e| Error::CorruptData {
                    path: f.clone(),
                    problem: format!("not a valid gzip stream: {e}"),
                })?;
                Some(hex(Sha256::digest(&d)))
            } else {
                None
            };
            let sum = FileSum {
                file: rel(f),
                bytes: b.len() as u64,
                sha256: hex(Sha256::digest(&b)),
                sha256_decompressed: decompressed,
            };
            out.push(sum);
        }
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(out)
}

fn is_data(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !(name.starts_with("PROVENANCE") || name.starts_with("README") || name.starts_with('.'))
}

fn hex(bytes: impl AsRef<[u8]>) -> String {
    bytes.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}
