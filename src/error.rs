//! dpgpu's error type.
//!
//! One [`enum@Error`] for the whole library, with named fields, so callers can match on what went
//! wrong; messages are lowercase, name the input, the value and what was expected.
//! [`Error::is_invalid_input`] tells the CLI to exit with code 2 (bad input) rather than 1.

use std::path::PathBuf;

/// Everything that can go wrong in dpgpu.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A parameter is outside its valid range, e.g. `noise_multiplier` < 0.
    #[error("{name} must be {expected}, got {value}")]
    InvalidParameter {
        /// The public name of the parameter (`noise_multiplier`, `delta`, ...).
        name: &'static str,
        /// The value that was given, as text.
        value: String,
        /// What would have been valid, e.g. "in (0, 1)".
        expected: String,
    },
    /// A data file could not be opened or read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A data file was read but its content is not what its format requires.
    #[error("{}: {problem}", path.display())]
    CorruptData {
        /// The file at fault.
        path: PathBuf,
        /// What is wrong, e.g. "wrong IDX magic number 0x00000000, expected 0x00000803".
        problem: String,
    },
    /// The requested compute backend or adapter is not available.
    #[error("backend {requested} is not available; found: {found}")]
    BackendUnavailable {
        /// What was asked for (`vulkan`, `metal`, ...).
        requested: String,
        /// What was found instead, one adapter per item.
        found: String,
    },
    /// A model, layer or option is not supported in this combination.
    #[error("{0}")]
    Unsupported(String),
    /// The workers of a data-parallel run failed to agree or to communicate
    /// ([`crate::distributed::Collective`]).
    #[error("distributed: {0}")]
    Distributed(String),
    /// A GPU kernel or backend operation failed.
    #[error("backend error: {0}")]
    Backend(String),
    /// The run needs more memory than the device has, or than the `--memory-limit` cap allows.
    /// Detected from the backend's typed allocation error (CubeCL's `OutOfMemory`), from the
    /// device pool's reserved bytes (wgpu) or the process's peak resident memory (`cpu`) against
    /// the cap, never from the text of a message.
    #[error("out of memory: {}", match (bytes, limit) {
        (Some(b), Some(l)) => format!("{b} bytes in use exceed the memory limit of {l} bytes"),
        (Some(b), None) => format!("the device could not allocate {b} bytes"),
        (None, _) => "the device could not allocate the memory a kernel needed".to_string(),
    })]
    OutOfMemory {
        /// Bytes in use (with a cap) or requested (from the device) when it was detected; `None`
        /// when the device did not say.
        bytes: Option<u64>,
        /// The cap that was exceeded; `None` when the device itself refused.
        limit: Option<u64>,
    },
    /// Training diverged: the loss is not finite (try a smaller `lr`).
    #[error("training diverged: the mean training loss of epoch {epoch} is {loss} (try a smaller --lr)")]
    Diverged {
        /// The 1-based epoch.
        epoch: usize,
        /// The loss found.
        loss: f64,
    },
    /// Writing a result, record or checkpoint failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file that could not be written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// True when the error comes from bad input (flags, configuration, data files) rather than a
    /// failure of the machine; the CLI exits with code 2 for these and 1 otherwise.
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            Error::InvalidParameter { .. }
                | Error::Io { .. }
                | Error::CorruptData { .. }
                | Error::BackendUnavailable { .. }
                | Error::Unsupported(_)
        )
    }

    /// Shorthand for [`Error::InvalidParameter`].
    pub fn invalid(name: &'static str, value: impl ToString, expected: impl Into<String>) -> Self {
        Error::InvalidParameter { name, value: value.to_string(), expected: expected.into() }
    }
}

/// `Result` with [`enum@Error`].
pub type Result<T> = std::result::Result<T, Error>;
