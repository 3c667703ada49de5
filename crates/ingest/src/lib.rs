//! Turns paths into [`Document`]s.
//!
//! The only stage besides the CLI that touches files. [`read`] walks the
//! given paths lazily (directories sorted, so output order is
//! deterministic) and yields one [`Item`] per document: a [`Document`], or
//! a [`DocError`] naming what could not be read. Nothing is dropped
//! silently and nothing is fatal: a symlink loop, an unreadable file, a
//! binary file or a malformed JSONL line becomes an error item in its
//! place, and the rest goes on.
//!
//! Decoding ([`decode`]): UTF-16 after its byte order mark; UTF-8 with the
//! BOM stripped; bytes that are not UTF-8 are decoded as Windows-1252 with
//! a warning; a NUL byte (a NUL character in UTF-16) means a binary file. The decoded text is never rewritten.
//!
//! Two pure functions over a decoded text complete a document:
//! [`furniture`] finds page furniture (buttons, menus, counters, credits)
//! and [`metadata`] finds the title, publication date and byline.
//!
//! # Performance
//!
//! Every run pays for this crate, so its rules look at bytes first and run
//! an automaton or a pattern only where it can match: the `contains`
//! phrases of the furniture only in lines holding one of their eight-byte
//! windows, the counter and credit patterns only on lines that start or
//! hold what they need, the byline pattern only after one of its opening
//! words, the date patterns only around a year of four digits after a
//! month or a day. Each pre-test is exact (a line it turns down cannot
//! match; unit tests hold it to the pattern). Furniture folds a long short
//! line only as far as its rules read, and [`decode_owned`] keeps the
//! file's buffer as the text once it is valid UTF-8.
#![deny(missing_docs)]

mod decode;
mod furniture;
mod meta;
mod read;

pub use decode::{decode, decode_owned, Decoded};
pub use furniture::{furniture, furniture_of_lines};
pub use meta::{metadata, metadata_of_lines, TextMeta};

pub use read::{read, DocError, InputFormat, Item};

pub use frclaims_model::Document;

/// The largest code point boundary of `s` at or before byte `at` (`at`
/// clamped to the length): where furniture and metadata cut a
/// line's head or tail by bytes.
pub(crate) fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// What can go wrong reading one document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The bytes hold a NUL: not text.
    #[error("{path} is a binary file (NUL byte at offset {offset})")]
    Binary {
        /// The path.
        path: String,
        /// Where the first NUL is.
        offset: usize,
    },
    /// A JSONL line is not a valid document.
    #[error("{path}:{line}: {message}")]
    Json {
        /// The path.
        path: String,
        /// The line number (1-based).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file holds no text (empty, or only whitespace).
    #[error("{path} is empty")]
    Empty {
        /// The path.
        path: String,
    },
    /// Walking a directory failed (symlink loop, permission…).
    #[error("{path}: {message}")]
    Walk {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// A stable machine-readable kind for error records.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Binary { .. } => "binary",
            Error::Json { .. } => "json",
            Error::Walk { .. } => "walk",
            Error::Empty { .. } => "empty",
        }
    }
}
