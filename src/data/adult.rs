//! UCI Adult (Census Income) with the 104 features of SPEC §3.4.
//!
//! Reads the UCI files `adult.data` (train) and `adult.test` (test): one person per line, 15
//! comma-separated fields (surrounding spaces ignored) in the order of [`COLUMNS`], the last the
//! income class `<=50K` / `>50K` (the test file adds a trailing `.`). Blank lines and lines
//! starting with `|` (the test file's first line `|1x3 Cross validator`) are skipped, and so is
//! every row with a `?` field (a missing value). Source: B. Becker, R. Kohavi, "Adult", UCI
//! Machine Learning Repository (1996), <https://doi.org/10.24432/C5XW20>.
//!
//! Features, in this order (see [`AdultData::feature_names`]):
//! - columns 0..98: the 8 categorical attributes one-hot, in UCI column order, 7 + 16 + 7 + 14 +
//!   6 + 5 + 2 + 41 = 98 columns ([`CATEGORIES`]). Within an attribute the values are in byte
//!   order of their names, which is what the public generator of the paper's
//!   `adult_processed_x.npy` produces (dpml-benchmark `datasets/preprocess/adult.py`: sklearn
//!   `LabelEncoder`, which sorts, then `OneHotEncoder`). The lists are fixed here, so the layout
//!   never depends on the data; they are the values of `adult.names` that occur in a row without
//!   `?`: `Never-worked` (workclass) occurs only in rows with `?` and has no column;
//!   `Holand-Netherlands` occurs in one training row and in no test row and keeps its column,
//!   which gives the 41 countries of the spec.
//! - columns 98..104: the 6 continuous attributes age, fnlwgt, education-num, capital-gain,
//!   capital-loss, hours-per-week, each divided by its maximum over train and test together, as
//!   the generator does (maxima 90, 1,490,400, 16, 99,999, 4,356, 99 on the UCI files).
//!
//! Labels are 1 for `>50K` and 0 for `<=50K` (the generator's +1 / -1, with SPEC §3.4's -1 -> 0).
//!
//! Row counts: the UCI files hold 32,561 and 16,281 rows, of which 30,162 and 15,060 have no `?`;
//! this module returns all of them. The generator slices off one more row per file (its
//! `[:-2]` / `[1:-2]` assume two trailing lines, but `csv.reader` yields only one for the single
//! blank line at the end), giving the 30,161 + 15,059 = 45,220 rows of SPEC §3.4, which it then
//! merges and shuffles: [`AdultData::paper_rows`] returns those rows, unshuffled. Dropping the
//! two rows changes no maximum, so their features are identical.
//!
//! Every malformed input gives an [`Error::CorruptData`] naming the file and the line; nothing
//! here panics on any input.

use std::path::Path;

use crate::error::{Error, Result};

/// The training file that [`load_adult`] reads.
pub const TRAIN_FILE: &str = "adult.data";
/// The test file that [`load_adult`] reads.
pub const TEST_FILE: &str = "adult.test";
/// Number of features per example: 98 one-hot columns and 6 scaled continuous ones.
pub const NUM_FEATURES: usize = 104;
/// The 15 fields of a line, in file order; the last is the income class.
pub const COLUMNS: [&str; 15] = [
    "age",
    "workclass",
    "fnlwgt",
    "education",
    "education-num",
    "marital-status",
    "occupation",
    "relationship",
    "race",
    "sex",
    "capital-gain",
    "capital-loss",
    "hours-per-week",
    "native-country",
    "income",
];
/// The continuous attributes as (field index in [`COLUMNS`], name), in feature order.
pub const CONTINUOUS: [(usize, &str); 6] = [
    (0, "age"),
    (2, "fnlwgt"),
    (4, "education-num"),
    (10, "capital-gain"),
    (11, "capital-loss"),
    (12, "hours-per-week"),
];

/// One categorical attribute: field index in [`COLUMNS`], name, and values in byte order.
type Attribute = (usize, &'static str, &'static [&'static str]);

/// The categorical attributes in feature order, each with its values in column order.
#[rustfmt::skip] // long value lists, several per line
pub const CATEGORIES: [Attribute; 8] = [
    (1, "workclass", &["Federal-gov", "Local-gov", "Private", "Self-emp-inc", "Self-emp-not-inc",
        "State-gov", "Without-pay"]),
    (3, "education", &["10th", "11th", "12th", "1st-4th", "5th-6th", "7th-8th", "9th", "Assoc-acdm",
        "Assoc-voc", "Bachelors", "Doctorate", "HS-grad", "Masters", "Preschool", "Prof-school",
        "Some-college"]),
    (5, "marital-status", &["Divorced", "Married-AF-spouse", "Married-civ-spouse",
        "Married-spouse-absent", "Never-married", "Separated", "Widowed"]),
    (6, "occupation", &["Adm-clerical", "Armed-Forces", "Craft-repair", "Exec-managerial",
        "Farming-fishing", "Handlers-cleaners", "Machine-op-inspct", "Other-service",
        "Priv-house-serv", "Prof-specialty", "Protective-serv", "Sales", "Tech-support",
        "Transport-moving"]),
    (7, "relationship", &["Husband", "Not-in-family", "Other-relative", "Own-child", "Unmarried",
        "Wife"]),
    (8, "race", &["Amer-Indian-Eskimo", "Asian-Pac-Islander", "Black", "Other", "White"]),
    (9, "sex", &["Female", "Male"]),
    (13, "native-country", &["Cambodia", "Canada", "China", "Columbia", "Cuba", "Dominican-Republic",
        "Ecuador", "El-Salvador", "England", "France", "Germany", "Greece", "Guatemala", "Haiti",
        "Holand-Netherlands", "Honduras", "Hong", "Hungary", "India", "Iran", "Ireland", "Italy",
        "Jamaica", "Japan", "Laos", "Mexico", "Nicaragua", "Outlying-US(Guam-USVI-etc)", "Peru",
        "Philippines", "Poland", "Portugal", "Puerto-Rico", "Scotland", "South", "Taiwan", "Thailand",
        "Trinadad&Tobago", "United-States", "Vietnam", "Yugoslavia"]),
];

/// Adult in memory: features `[n, 104]` row-major as `f32` in `[0, 1]`, labels 0/1.
#[derive(Debug, Clone, PartialEq)]
pub struct AdultData {
    /// Training features, `[num_train(), 104]` row-major (30,162 rows on the UCI files).
    pub train_x: Vec<f32>,
    /// Training labels: 1 for income `>50K`, 0 for `<=50K`.
    pub train_y: Vec<u8>,
    /// Test features, `[num_test(), 104]` row-major (15,060 rows on the UCI files).
    pub test_x: Vec<f32>,
    /// Test labels, as `train_y`.
    pub test_y: Vec<u8>,
    /// The 104 feature names: `attribute=value` for the one-hot columns (e.g. `sex=Male`), the
    /// attribute name for the continuous ones (e.g. `age`).
    pub feature_names: Vec<String>,
}

impl AdultData {
    /// Number of training examples.
    pub fn num_train(&self) -> usize {
        self.train_y.len()
    }

    /// Number of test examples.
    pub fn num_test(&self) -> usize {
        self.test_y.len()
    }

    /// The original benchmark's examples (SPEC §3.4): the training rows but the last, then the
    /// test rows but the last; 30,161 + 15,059 = 45,220 rows on the UCI files, as features
    /// `[n, 104]` and labels. Not shuffled (the original shuffles them with numpy's seed
    /// 10000019).
    pub fn paper_rows(&self) -> (Vec<f32>, Vec<u8>) {
        let train = self.num_train().saturating_sub(1);
        let test = self.num_test().saturating_sub(1);
        let x = self
            .train_x
            .iter()
            .take(train * NUM_FEATURES)
            .chain(self.test_x.iter().take(test * NUM_FEATURES));
        let y = self.train_y.iter().take(train).chain(self.test_y.iter().take(test));
        (x.copied().collect(), y.copied().collect())
    }
}

/// One row without `?`: the index of each categorical value, the continuous values, the label.
struct Row {
    categories: [usize; 8],
    continuous: [f64; 6],
    label: u8,
}

/// Parses one line's fields; the error is the problem found, without the line number.
fn parse_row(fields: &[&str; 15]) -> std::result::Result<Row, String> {
    let mut categories = [0; 8];
    for (slot, &(col, name, values)) in categories.iter_mut().zip(&CATEGORIES) {
        let value = fields[col];
        *slot = values.iter().position(|&v| v == value).ok_or_else(|| {
            format!("unknown {name} {value:?}, expected one of the {} values of {name}", values.len())
        })?;
    }
    let mut continuous = [0.0; 6];
    for (slot, &(col, name)) in continuous.iter_mut().zip(&CONTINUOUS) {
        let value = fields[col];
        *slot = value
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .ok_or_else(|| format!("{name} is {value:?}, expected a non-negative number"))?;
    }
    let label = match fields[14] {
        "<=50K" | "<=50K." => 0,
        ">50K" | ">50K." => 1,
        other => return Err(format!("income is {other:?}, expected <=50K or >50K (with or without a '.')")),
    };
    Ok(Row { categories, continuous, label })
}

/// Reads a UCI Adult file into its rows without `?`.
fn read_rows(path: &Path) -> Result<Vec<Row>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let corrupt = |line: usize, problem: String| Error::CorruptData {
        path: path.to_path_buf(),
        problem: format!("line {line}: {problem}"),
    };
    let mut rows = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = std::str::from_utf8(raw).map_err(|e| corrupt(i + 1, format!("not valid UTF-8 ({e})")))?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('|') {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let n = fields.len();
        let Ok(fields) = <[&str; 15]>::try_from(fields) else {
            return Err(corrupt(i + 1, format!("{n} comma-separated fields, expected {}", COLUMNS.len())));
        };
        if fields.contains(&"?") {
            continue;
        }
        rows.push(parse_row(&fields).map_err(|problem| corrupt(i + 1, problem))?);
    }
    Ok(rows)
}

/// The 104 feature names, in feature order.
fn feature_names() -> Vec<String> {
    let one_hot =
        CATEGORIES.iter().flat_map(|(_, name, values)| values.iter().map(move |v| format!("{name}={v}")));
    one_hot.chain(CONTINUOUS.iter().map(|(_, name)| name.to_string())).collect()
}

/// Turns rows into `[n, 104]` features (continuous values divided by `max`) and labels.
fn features(rows: &[Row], max: &[f64; 6]) -> (Vec<f32>, Vec<u8>) {
    let mut x = Vec::with_capacity(rows.len() * NUM_FEATURES);
    for row in rows {
        for (&(_, _, values), &index) in CATEGORIES.iter().zip(&row.categories) {
            x.extend((0..values.len()).map(|v| if v == index { 1.0 } else { 0.0 }));
        }
        // A column that is 0 everywhere stays 0 rather than becoming NaN.
        x.extend(row.continuous.iter().zip(max).map(|(&v, &m)| if m > 0.0 { (v / m) as f32 } else { 0.0 }));
    }
    (x, rows.iter().map(|r| r.label).collect())
}

/// Loads UCI Adult from `dir`, which holds [`TRAIN_FILE`] and [`TEST_FILE`] as distributed by
/// UCI, and builds the 104 features described in the module documentation.
///
/// # Errors
/// [`Error::Io`] for a missing or unreadable file; [`Error::CorruptData`] naming the file and
/// line for a line that is not UTF-8, a line without exactly 15 fields, a continuous value that
/// is not a non-negative number, a categorical value outside [`CATEGORIES`], or an income that
/// is neither `<=50K` nor `>50K`; and for a file without any row lacking `?`.
pub fn load_adult(dir: &Path) -> Result<AdultData> {
    let (train_path, test_path) = (dir.join(TRAIN_FILE), dir.join(TEST_FILE));
    let train = read_rows(&train_path)?;
    let test = read_rows(&test_path)?;
    for (rows, path) in [(&train, &train_path), (&test, &test_path)] {
        if rows.is_empty() {
            let problem = "no data rows (every line is blank, a comment or has a '?')".to_string();
            return Err(Error::CorruptData { path: path.to_path_buf(), problem });
        }
    }
    let mut max = [0.0f64; 6];
    for row in train.iter().chain(&test) {
        max.iter_mut().zip(&row.continuous).for_each(|(m, &v)| *m = m.max(v));
    }
    let (train_x, train_y) = features(&train, &max);
    let (test_x, test_y) = features(&test, &max);
    Ok(AdultData { train_x, train_y, test_x, test_y, feature_names: feature_names() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/adult");

    /// A fresh, empty temporary directory unique to this process and test.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dpgpu-adult-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The indices of the non-zero features of example `i` of `x`, with their values.
    fn nonzero(x: &[f32], i: usize) -> Vec<(usize, f32)> {
        let row = &x[i * NUM_FEATURES..(i + 1) * NUM_FEATURES];
        row.iter().enumerate().filter(|(_, v)| **v != 0.0).map(|(j, &v)| (j, v)).collect()
    }

    #[test]
    fn real_adult_has_the_expected_rows_features_and_class_balance() {
        let data = load_adult(Path::new(DATA)).unwrap();
        assert_eq!((data.num_train(), data.num_test()), (30_162, 15_060));
        assert_eq!((data.train_x.len(), data.test_x.len()), (30_162 * 104, 15_060 * 104));
        let positives = |y: &[u8]| y.iter().filter(|&&l| l == 1).count();
        assert_eq!((positives(&data.train_y), positives(&data.test_y)), (7_508, 3_700));
        let rate = positives(&data.train_y) as f64 / data.num_train() as f64;
        assert!((rate - 0.2489).abs() < 1e-4, "{rate}");
        assert!(data.train_y.iter().chain(&data.test_y).all(|&l| l <= 1));
        assert!(data.train_x.iter().chain(&data.test_x).all(|&v| (0.0..=1.0).contains(&v)));
        // First training line: 39, State-gov, 77516, Bachelors, 13, Never-married, Adm-clerical,
        // Not-in-family, White, Male, 2174, 0, 40, United-States, <=50K.
        let first = [(5, 1.0), (16, 1.0), (27, 1.0), (30, 1.0), (45, 1.0), (54, 1.0), (56, 1.0), (95, 1.0)];
        let cont =
            [(98, 39.0 / 90.0), (99, 77_516.0 / 1_490_400.0), (100, 13.0 / 16.0), (101, 2_174.0 / 99_999.0)];
        let expected: Vec<(usize, f32)> =
            first.iter().chain(&cont).chain(&[(103, 40.0 / 99.0)]).map(|&(j, v)| (j, v as f32)).collect();
        assert_eq!(nonzero(&data.train_x, 0), expected);
        assert_eq!(data.train_y[..4], [0, 0, 0, 0]);
        assert_eq!(data.train_y[7..10], [1, 1, 1]);
        // First test line (after `|1x3 Cross validator`): 25, Private, ..., Black, Male, <=50K.
        assert_eq!(nonzero(&data.test_x, 0)[..3], [(2, 1.0), (8, 1.0), (27, 1.0)]);
        assert_eq!(data.test_y[..4], [0, 0, 1, 1]);
        // Every one-hot group has exactly one 1 per row; the maxima of the continuous columns are 1.
        for x in [&data.train_x, &data.test_x] {
            for row in x.chunks_exact(NUM_FEATURES) {
                let mut rest = &row[..98];
                for (_, _, values) in &CATEGORIES {
                    let (group, tail) = rest.split_at(values.len());
                    assert_eq!(
                        (group.iter().sum::<f32>(), group.iter().filter(|&&v| v == 1.0).count()),
                        (1.0, 1)
                    );
                    rest = tail;
                }
            }
        }
        for j in 98..104 {
            let max =
                data.train_x.iter().chain(&data.test_x).skip(j).step_by(104).fold(0.0f32, |a, &b| a.max(b));
            assert_eq!(max, 1.0, "feature {j}");
        }
        // Holand-Netherlands: one training row, no test row.
        let holand =
            data.feature_names.iter().position(|n| n == "native-country=Holand-Netherlands").unwrap();
        let count = |x: &[f32]| x.iter().skip(holand).step_by(104).filter(|&&v| v == 1.0).count();
        assert_eq!((count(&data.train_x), count(&data.test_x)), (1, 0));
        let (x, y) = data.paper_rows();
        assert_eq!((x.len(), y.len()), (45_220 * 104, 45_220));
        assert_eq!(x[30_161 * 104..30_162 * 104], data.test_x[..104]);
    }

    #[test]
    fn feature_layout_has_104_named_columns_matching_adult_names() {
        let counts: Vec<usize> = CATEGORIES.iter().map(|(_, _, v)| v.len()).collect();
        assert_eq!(counts, [7, 16, 7, 14, 6, 5, 2, 41]);
        let names = feature_names();
        assert_eq!(names.len(), NUM_FEATURES);
        assert_eq!(
            [&names[0], &names[7], &names[56], &names[57]],
            ["workclass=Federal-gov", "education=10th", "sex=Male", "native-country=Cambodia"]
        );
        assert_eq!(
            names[98..],
            ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"]
        );
        // Each list is sorted, and holds the values that adult.names lists (less Never-worked).
        let text = std::fs::read_to_string(Path::new(DATA).join("adult.names")).unwrap();
        for &(col, name, values) in &CATEGORIES {
            assert_eq!(COLUMNS[col], name);
            assert!(values.windows(2).all(|w| w[0] < w[1]), "{name} not sorted");
            let line = text.lines().find(|l| l.starts_with(&format!("{name}:"))).unwrap();
            let listed = line[name.len() + 1..].trim().trim_end_matches('.');
            let mut listed: Vec<&str> =
                listed.split(',').map(str::trim).filter(|&v| v != "Never-worked").collect();
            listed.sort_unstable();
            assert_eq!(listed, values, "{name}");
        }
    }

    const GOOD: &str = "39, State-gov, 77516, Bachelors, 13, Never-married, Adm-clerical, Not-in-family, \
                        White, Male, 2174, 0, 40, United-States, <=50K";

    /// Writes `train` and a one-line test file to a fresh directory and loads it.
    fn load_with_train(name: &str, train: &[u8]) -> (PathBuf, Result<AdultData>) {
        let dir = temp_dir(name);
        std::fs::write(dir.join(TRAIN_FILE), train).unwrap();
        let test = format!("|1x3 Cross validator\n{}.\n\n", GOOD.replace("<=50K", ">50K"));
        std::fs::write(dir.join(TEST_FILE), test).unwrap();
        let result = load_adult(&dir);
        (dir, result)
    }

    #[test]
    fn small_files_load_skipping_question_marks_blank_lines_and_crlf() {
        let unknown = GOOD.replace("State-gov", "?");
        let train = format!("{GOOD}\r\n\n{unknown}\n{}\n", GOOD.replace("40, United", "80, United"));
        let (dir, data) = load_with_train("small", train.as_bytes());
        let data = data.unwrap();
        assert_eq!((data.num_train(), data.num_test()), (2, 1));
        assert_eq!((data.train_y.as_slice(), data.test_y.as_slice()), ([0, 0].as_slice(), [1].as_slice()));
        assert_eq!(data.train_x[103], 0.5);
        assert_eq!(data.train_x[104 + 103], 1.0);
        assert_eq!(data.test_x[..104], data.train_x[..104]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn corrupt_lines_and_missing_files_give_errors_naming_the_file_and_the_line() {
        let missing = GOOD.replace(", United-States", "");
        let latin1 = format!("{GOOD}\n{}\n", GOOD.replace("United-States", "Espa#a"));
        let latin1: Vec<u8> = latin1.bytes().map(|b| if b == b'#' { 0xf1 } else { b }).collect(); // ñ
        #[rustfmt::skip] // a table: one case a line
        let cases: [(&str, Vec<u8>, &str); 6] = [
            ("columns", format!("{GOOD}\n{missing}\n").into_bytes(), "line 2: 14 comma-separated fields, expected 15"),
            ("number", GOOD.replace("77516", "77x16").into_bytes(), "line 1: fnlwgt is \"77x16\", expected a non-negative"),
            ("negative", GOOD.replace("39, State", "-39, State").into_bytes(), "line 1: age is \"-39\", expected a non-negative"),
            ("category", GOOD.replace("Bachelors", "Bachelor").into_bytes(), "line 1: unknown education \"Bachelor\""),
            ("label", GOOD.replace("<=50K", "50K").into_bytes(), "line 1: income is \"50K\", expected <=50K or >50K"),
            ("utf8", latin1, "line 2: not valid UTF-8"),
        ];
        for (name, train, wanted) in cases {
            let (dir, result) = load_with_train(name, &train);
            let err = result.map(|_| ()).unwrap_err();
            assert!(matches!(err, Error::CorruptData { .. }), "{err:?}");
            let msg = err.to_string();
            assert!(msg.starts_with(&dir.join(TRAIN_FILE).display().to_string()), "{msg}");
            assert!(msg.contains(wanted), "{msg:?} lacks {wanted:?}");
            std::fs::remove_dir_all(dir).unwrap();
        }
        let (dir, result) = load_with_train("empty", GOOD.replace("Male", "?").as_bytes());
        let msg = result.map(|_| ()).unwrap_err().to_string();
        assert!(msg.contains("adult.data: no data rows"), "{msg}");
        // A missing file is an Io error naming it.
        std::fs::remove_file(dir.join(TEST_FILE)).unwrap();
        let err = load_adult(&dir).unwrap_err();
        let Error::Io { path, source } = &err else { panic!("{err:?}") };
        assert_eq!((path, source.kind()), (&dir.join(TEST_FILE), std::io::ErrorKind::NotFound));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
