//! The datasets of `dpgpu train`, loaded as its configuration says: real files from the data
//! folder, or dummy data of the same shapes (`--dummy-data`), limited to the first
//! `--train-examples` / `--test-examples`.

use crate::data::adult::load_adult;
use crate::data::cifar10::load_cifar10;
use crate::data::idx::load_mnist;
use crate::data::imdb::load_imdb;
use crate::data::{Dataset, Features, Images, InputKind, Tokens, dummy};
use crate::engine::trainer::TrainConfig;
use crate::error::Result;

fn pair<K: InputKind>(
    config: &TrainConfig,
    shape: Vec<usize>,
    classes: usize,
    train: (Vec<K::Elem>, Vec<u8>),
    test: (Vec<K::Elem>, Vec<u8>),
) -> (Dataset<K>, Dataset<K>) {
    (
        Dataset::new(train.0, shape.clone(), train.1, classes).truncated(config.train_examples),
        Dataset::new(test.0, shape, test.1, classes).truncated(config.test_examples),
    )
}

/// MNIST, Fashion-MNIST or CIFAR-10 (train, test).
///
/// # Errors
/// Missing or corrupt files.
pub fn image_data(config: &TrainConfig) -> Result<(Dataset<Images>, Dataset<Images>)> {
    let seed = config.seed;
    if config.dummy_data {
        let d = match config.dataset_name()? {
            "cifar10" => dummy::dummy_cifar10(config.batch_size, seed)?,
            _ => dummy::dummy_mnist(config.batch_size, seed)?,
        };
        let shape = vec![d.channels, d.height, d.width];
        let data = (d.images, d.labels);
        return Ok(pair(config, shape, 10, data.clone(), data));
    }
    let dir = config.data_folder()?;
    if config.dataset_name()? == "cifar10" {
        let d = load_cifar10(&dir)?;
        return Ok(pair(
            config,
            vec![3, 32, 32],
            10,
            (d.train_images, d.train_labels),
            (d.test_images, d.test_labels),
        ));
    }
    let d = load_mnist(&dir)?;
    if (d.rows, d.cols) != (28, 28) {
        let problem = format!("images are {}x{}; the MNIST CNN needs 28x28", d.rows, d.cols);
        return Err(crate::error::Error::CorruptData {
            path: dir.join("train-images-idx3-ubyte[.gz]"),
            problem,
        });
    }
    let shape = vec![1, d.rows, d.cols];
    Ok(pair(config, shape, 10, (d.train_images, d.train_labels), (d.test_images, d.test_labels)))
}

/// UCI Adult, 104 features (train, test).
///
/// # Errors
/// Missing or corrupt files.
pub fn adult_data(config: &TrainConfig) -> Result<(Dataset<Features>, Dataset<Features>)> {
    if config.dummy_data {
        let d = dummy::dummy_adult(config.batch_size, config.seed)?;
        let data = (d.features, d.labels);
        return Ok(pair(config, vec![d.num_features], 2, data.clone(), data));
    }
    let d = load_adult(&config.data_folder()?)?;
    let features = d.feature_names.len();
    Ok(pair(config, vec![features], 2, (d.train_x, d.train_y), (d.test_x, d.test_y)))
}

/// IMDb token ids, 10,000 words, 256 tokens (train, test).
///
/// # Errors
/// Missing or corrupt files.
pub fn imdb_data(config: &TrainConfig) -> Result<(Dataset<Tokens>, Dataset<Tokens>)> {
    let ids = |v: Vec<u32>| v.into_iter().map(|x| x as i32).collect::<Vec<i32>>();
    if config.dummy_data {
        let d = dummy::dummy_imdb(config.batch_size, 10_000, 256, config.seed)?;
        let data = (ids(d.tokens), d.labels);
        return Ok(pair(config, vec![d.max_len], 2, data.clone(), data));
    }
    let d = load_imdb(&config.data_folder()?, 10_000, 256)?;
    Ok(pair(config, vec![d.max_len], 2, (ids(d.train_x), d.train_y), (ids(d.test_x), d.test_y)))
}
