//! IMDb movie reviews from the Stanford `aclImdb` folders, encoded as keras encodes them.
//!
//! Layout: `dir/train/pos`, `dir/train/neg`, `dir/test/pos`, `dir/test/neg`, one review per
//! `.txt` file (UTF-8; other files are ignored, so are `train/unsup` and the `*.feat` files).
//! Source: A. L. Maas et al., "Learning Word Vectors for Sentiment Analysis", ACL 2011,
//! <https://ai.stanford.edu/~amaas/data/sentiment/>. Within a split the examples are the `neg`
//! files (label 0) then the `pos` files (label 1), each folder in the order of the number before
//! the `_` of the file name (`<id>_<rating>.txt`), then by name; shuffle before sequential use.
//!
//! Tokens ([`tokenize`]): the text lowercased, each `<br />` (or `<br/>`) replaced by a space,
//! split at every character that is neither alphanumeric (Unicode) nor an apostrophe `'`, then
//! apostrophes stripped from both ends of each piece, and empty pieces dropped: `I didn't like
//! 'Heat'.<br />2nd-rate` gives `i didn't like heat 2nd rate`. This approximates, and is not
//! byte-identical to, the tokenisation behind `keras.datasets.imdb`.
//!
//! Ids follow `keras.datasets.imdb.load_data` defaults (SPEC §3.1): words are ranked by their
//! number of occurrences over the training reviews, most frequent first, ties in byte order of
//! the word; the word of rank `r` (from 1) gets id `r + 3` ([`INDEX_FROM`] = 3); a sequence is
//! [`START`] then the ids of its tokens, where an id `>= num_words` and a word unseen in training
//! become [`OOV`]; so ids are `< num_words` and `num_words - 4` words keep their own id. Then, as
//! keras `pad_sequences(maxlen)` by default, sequences longer than `max_len` lose their FRONT
//! (the start id first) and shorter ones get [`PAD`] in front.
//!
//! Every malformed input gives an error naming the folder or file; nothing here panics on any
//! input.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Padding id, put in front of short sequences.
pub const PAD: u32 = 0;
/// Id that starts every sequence (before truncation).
pub const START: u32 = 1;
/// Id of a word outside the vocabulary ("out of vocabulary").
pub const OOV: u32 = 2;
/// Offset of word ids: the word of rank `r` (from 1) has id `r + INDEX_FROM`; id 3 is unused.
pub const INDEX_FROM: u32 = 3;
/// Vocabulary size of the paper (`--max_features`): ids are `< 10_000`.
pub const NUM_WORDS: usize = 10_000;
/// Sequence length of the paper (`--max_len`).
pub const MAX_LEN: usize = 256;
/// The names that [`ImdbData::vocab`] gives to ids 0 to 3.
pub const RESERVED: [&str; 4] = ["<pad>", "<start>", "<oov>", "<unused>"];

/// IMDb in memory: sequences of ids `[n, max_len]` row-major, labels 0 (negative) / 1 (positive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImdbData {
    /// Training sequences, `[num_train(), max_len]` row-major, ids `< num_words`, front-padded
    /// with [`PAD`] (25,000 reviews for the full dataset).
    pub train_x: Vec<u32>,
    /// Training labels: 0 for `neg`, 1 for `pos`.
    pub train_y: Vec<u8>,
    /// Test sequences, `[num_test(), max_len]`, as `train_x`, with the training vocabulary.
    pub test_x: Vec<u32>,
    /// Test labels, as `train_y`.
    pub test_y: Vec<u8>,
    /// The word of each id: [`RESERVED`] for ids 0 to 3, then the words by rank; its length is
    /// `num_words`, or less when the training set has fewer distinct words.
    pub vocab: Vec<String>,
    /// Length of every sequence.
    pub max_len: usize,
}

impl ImdbData {
    /// Number of training examples.
    pub fn num_train(&self) -> usize {
        self.train_y.len()
    }

    /// Number of test examples.
    pub fn num_test(&self) -> usize {
        self.test_y.len()
    }
}

/// The text lowercased, with each `<br />` or `<br/>` replaced by a space.
fn lowercase(text: &str) -> String {
    text.to_lowercase().replace("<br />", " ").replace("<br/>", " ")
}

/// The tokens of a lowercased text: pieces between characters that are neither alphanumeric nor
/// `'`, with `'` trimmed from both ends, empty pieces dropped.
fn pieces(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|p| p.trim_matches('\''))
        .filter(|p| !p.is_empty())
}

/// Splits a review into lowercase tokens, as described in the module documentation.
pub fn tokenize(text: &str) -> Vec<String> {
    pieces(&lowercase(text)).map(str::to_string).collect()
}

/// The number that [`Words`] gives to a test word never seen in training.
const UNSEEN: u32 = u32::MAX;

/// The distinct words of the training reviews, numbered in order of first appearance, with their
/// counts; reviews are kept as these numbers (4 bytes a token) until the ranks are known.
#[derive(Default)]
struct Words {
    index: HashMap<String, u32>,
    names: Vec<String>,
    counts: Vec<u64>,
}

impl Words {
    /// The number of a training word, counted once more; `None` past `u32::MAX - 1` words.
    fn count(&mut self, word: &str) -> Option<u32> {
        let n = match self.index.get(word) {
            Some(&n) => n,
            None => {
                let n = u32::try_from(self.names.len()).ok().filter(|&n| n != UNSEEN)?;
                self.index.insert(word.to_string(), n);
                self.names.push(word.to_string());
                self.counts.push(0);
                n
            }
        };
        *self.counts.get_mut(n as usize)? += 1;
        Some(n)
    }
}

/// The `.txt` files of `folder`, sorted by the number before the first `_`, then by name.
fn review_files(folder: &Path) -> Result<Vec<PathBuf>> {
    let io = |source| Error::Io { path: folder.to_path_buf(), source };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "txt") && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        let problem = "holds no .txt review files".to_string();
        return Err(Error::CorruptData { path: folder.to_path_buf(), problem });
    }
    let key = |p: &PathBuf| {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let id = name.split('_').next().and_then(|s| s.parse::<u64>().ok()).unwrap_or(u64::MAX);
        (id, name)
    };
    files.sort_by_cached_key(key);
    Ok(files)
}

/// The reviews of one split (`train` or `test`) as word numbers, and their labels: the `neg`
/// reviews, then the `pos`. Training words are added to `words` and counted; test words are
/// looked up, [`UNSEEN`] when absent.
fn read_split(dir: &Path, split: &str, words: &mut Words) -> Result<(Vec<Vec<u32>>, Vec<u8>)> {
    let (mut reviews, mut labels) = (Vec::new(), Vec::new());
    for (class, label) in [("neg", 0u8), ("pos", 1u8)] {
        for path in review_files(&dir.join(split).join(class))? {
            let corrupt = |problem: String| Error::CorruptData { path: path.clone(), problem };
            let bytes = std::fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            let text = String::from_utf8(bytes).map_err(|e| {
                corrupt(format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))
            })?;
            let lower = lowercase(&text);
            let review: Option<Vec<u32>> = match split {
                "train" => pieces(&lower).map(|w| words.count(w)).collect(),
                _ => Some(pieces(&lower).map(|w| words.index.get(w).copied().unwrap_or(UNSEEN)).collect()),
            };
            reviews.push(review.ok_or_else(|| corrupt("more than 2^32 - 2 distinct words".to_string()))?);
            labels.push(label);
        }
    }
    Ok((reviews, labels))
}

/// Encodes reviews as `[n, max_len]` ids: start id, word ids (`ids` by word number, [`OOV`] when
/// absent), front padding or truncation. Fails only when the result cannot be allocated.
fn encode(reviews: &[Vec<u32>], ids: &[u32], max_len: usize) -> Result<Vec<u32>> {
    let too_long = || {
        Error::invalid("max_len", max_len, format!("small enough for {} sequences in memory", reviews.len()))
    };
    let total = reviews.len().checked_mul(max_len).ok_or_else(too_long)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| too_long())?;
    for review in reviews {
        let word_ids = review.iter().map(|&n| ids.get(n as usize).copied().unwrap_or(OOV));
        let len = 1 + review.len();
        out.extend(std::iter::repeat_n(PAD, max_len.saturating_sub(len)));
        out.extend(std::iter::once(START).chain(word_ids).skip(len.saturating_sub(max_len)));
    }
    Ok(out)
}

/// Loads IMDb from an `aclImdb` folder `dir`, with a vocabulary of ids `< num_words` built on
/// the training reviews and sequences of `max_len` ids (the paper: [`NUM_WORDS`], [`MAX_LEN`]).
///
/// # Errors
/// [`Error::InvalidParameter`] when `num_words` is below 4 or above `u32::MAX`, when `max_len` is
/// 0, or when the sequences would not fit in memory; [`Error::Io`] naming the folder for a
/// missing or unreadable `train/pos`, `train/neg`, `test/pos` or `test/neg`, and naming the file
/// for an unreadable review; [`Error::CorruptData`] naming the folder when one holds no `.txt`
/// file, and naming the file for a review that is not UTF-8.
pub fn load_imdb(dir: &Path, num_words: usize, max_len: usize) -> Result<ImdbData> {
    let first_word = INDEX_FROM + 1;
    if num_words < first_word as usize || u32::try_from(num_words).is_err() {
        return Err(Error::invalid("num_words", num_words, format!("in {first_word}..={}", u32::MAX)));
    }
    if max_len == 0 {
        return Err(Error::invalid("max_len", max_len, "at least 1"));
    }
    let mut words = Words::default();
    let (train, train_y) = read_split(dir, "train", &mut words)?;
    let (test, test_y) = read_split(dir, "test", &mut words)?;
    // Word numbers by rank: most frequent first, ties in byte order; ranks 1..=num_words - 4.
    let (names, counts) = (&words.names, &words.counts);
    let mut ranked: Vec<usize> = (0..names.len()).collect();
    ranked.sort_unstable_by(|&a, &b| counts[b].cmp(&counts[a]).then_with(|| names[a].cmp(&names[b])));
    ranked.truncate(num_words - first_word as usize);
    let mut ids = vec![OOV; names.len()];
    for (&n, id) in ranked.iter().zip(first_word..) {
        ids[n] = id;
    }
    let train_x = encode(&train, &ids, max_len)?;
    let test_x = encode(&test, &ids, max_len)?;
    let vocab =
        RESERVED.iter().map(|s| s.to_string()).chain(ranked.iter().map(|&n| names[n].clone())).collect();
    Ok(ImdbData { train_x, train_y, test_x, test_y, vocab, max_len })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Six short reviews of our own in the aclImdb layout (see its README.md).
    const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/aclImdb");

    /// A fresh, empty temporary directory unique to this process and test.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dpgpu-imdb-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Writes a tiny aclImdb tree with one review per folder under `dir`.
    fn write_tree(dir: &Path) {
        for (folder, text) in
            [("train/pos", "good"), ("train/neg", "bad"), ("test/pos", "good"), ("test/neg", "bad")]
        {
            std::fs::create_dir_all(dir.join(folder)).unwrap();
            std::fs::write(dir.join(folder).join("0_5.txt"), text).unwrap();
        }
    }

    #[test]
    fn tokenize_lowercases_strips_breaks_and_keeps_inner_apostrophes() {
        let text = "It's <br />a 'Quoted' word--and  naïve CAFÉ's<BR/>2nd-rate... '' '";
        let expected = ["it's", "a", "quoted", "word", "and", "naïve", "café's", "2nd", "rate"];
        assert_eq!(tokenize(text), expected);
        assert_eq!(tokenize(""), Vec::<String>::new());
    }

    #[test]
    fn fixture_gives_the_expected_vocab_ids_and_front_padding() {
        let data = load_imdb(Path::new(FIXTURE), NUM_WORDS, 12).unwrap();
        // Counts: dull 4, great 4; a, acting, bad, didn't, i, movie, story, the, was 2; the rest 1.
        let words = "dull great a acting bad didn't i movie story the was blink care it loved story's twist";
        let mut vocab: Vec<&str> = RESERVED.to_vec();
        vocab.extend(words.split(' '));
        assert_eq!(data.vocab, vocab);
        assert_eq!((data.num_train(), data.num_test(), data.max_len), (4, 2, 12));
        // neg/2_3 before neg/10_1 (numeric order), then pos/0_9, pos/1_8.
        assert_eq!(
            (data.train_y.as_slice(), data.test_y.as_slice()),
            ([0, 0, 1, 1].as_slice(), [0, 1].as_slice())
        );
        #[rustfmt::skip]
        let train: [[u32; 12]; 4] = [
            [0, 0, 1, 6, 4, 11, 4, 4, 4, 10, 9, 16],  // a dull movie dull dull dull i didn't care
            [0, 0, 0, 0, 0, 1, 8, 7, 13, 12, 14, 8],  // bad acting the story was bad
            [0, 1, 6, 5, 11, 5, 7, 5, 12, 10, 9, 15], // a great movie great acting great story i didn't blink
            [0, 0, 0, 0, 1, 18, 17, 13, 19, 20, 14, 5], // loved it the story's twist was great
        ];
        assert_eq!(data.train_x, train.concat());
        // Test words unseen in training (fun, not, at, all) are OOV.
        let test: [[u32; 12]; 2] =
            [[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 8], [0, 0, 0, 0, 1, 5, 5, 2, 2, 4, 2, 2]];
        assert_eq!(data.test_x, test.concat());
    }

    #[test]
    fn small_num_words_maps_rare_ids_to_oov_and_long_reviews_lose_their_front() {
        let data = load_imdb(Path::new(FIXTURE), 10, 8).unwrap();
        // Ids < 10 only: dull 4, great 5, a 6, acting 7, bad 8, didn't 9.
        assert_eq!(data.vocab[4..], ["dull", "great", "a", "acting", "bad", "didn't"]);
        assert!(data.train_x.iter().chain(&data.test_x).all(|&id| id < 10));
        // [1, a, great, movie, great, acting, great, story, i, didn't, blink] keeps its last 8.
        assert_eq!(data.train_x[16..24], [2, 5, 7, 5, 2, 2, 9, 2]);
        assert_eq!(data.test_x[..8], [0, 0, 0, 0, 0, 1, 4, 8]);
        // max_len 1: only the last id of each sequence; num_words 4: every word is OOV.
        let data = load_imdb(Path::new(FIXTURE), 4, 1).unwrap();
        assert_eq!((data.train_x.as_slice(), data.vocab.len()), ([2, 2, 2, 2].as_slice(), 4));
    }

    #[test]
    fn non_txt_files_are_ignored_and_bad_parameters_rejected() {
        let dir = temp_dir("ignored");
        write_tree(&dir);
        std::fs::write(dir.join("train/pos/urls_pos.dat"), [0xff, 0xfe]).unwrap();
        std::fs::create_dir_all(dir.join("train/neg/sub.txt")).unwrap();
        let data = load_imdb(&dir, 100, 3).unwrap();
        assert_eq!((data.train_x, data.train_y), (vec![0, 1, 4, 0, 1, 5], vec![0, 1]));
        for (num_words, max_len, name) in
            [(3, 256, "num_words"), (10_000, 0, "max_len"), (usize::MAX, 256, "num_words")]
        {
            let err = load_imdb(&dir, num_words, max_len).unwrap_err();
            assert!(matches!(err, Error::InvalidParameter { name: n, .. } if n == name), "{err:?}");
        }
        let err = load_imdb(&dir, 100, usize::MAX).unwrap_err();
        assert!(matches!(err, Error::InvalidParameter { name: "max_len", .. }), "{err:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_folder_empty_folder_and_non_utf8_review_are_errors_naming_them() {
        let dir = temp_dir("errors");
        write_tree(&dir);
        std::fs::remove_dir_all(dir.join("test/neg")).unwrap();
        let err = load_imdb(&dir, NUM_WORDS, MAX_LEN).unwrap_err();
        let Error::Io { path, source } = &err else { panic!("{err:?}") };
        assert_eq!((path, source.kind()), (&dir.join("test/neg"), std::io::ErrorKind::NotFound));
        std::fs::create_dir_all(dir.join("test/neg")).unwrap();
        let err = load_imdb(&dir, NUM_WORDS, MAX_LEN).unwrap_err();
        assert!(
            matches!(err, Error::CorruptData { ref path, .. } if path == &dir.join("test/neg")),
            "{err:?}"
        );
        assert!(err.to_string().contains("holds no .txt review files"), "{err}");
        write_tree(&dir);
        let bad = dir.join("train/pos/7_10.txt");
        std::fs::write(&bad, b"caf\xe9 ok").unwrap();
        let err = load_imdb(&dir, NUM_WORDS, MAX_LEN).unwrap_err();
        assert!(matches!(err, Error::CorruptData { ref path, .. } if path == &bad), "{err:?}");
        assert!(err.to_string().contains("not valid UTF-8 (at byte 3)"), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
