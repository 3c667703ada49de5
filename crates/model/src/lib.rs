//! The types that flow between the frclaims stages.
//!
//! Every stage of frclaims is a pure function from a [`Document`] (and the
//! output of earlier stages) to a list of items; this crate owns those
//! types and nothing else. A [`Record`] is what one output line holds.
//!
//! # Offsets
//!
//! Two span types, one meaning each:
//!
//! * [`Span`] is public: `start`/`end` in **Unicode code points** into
//!   [`Document::text`] as decoded, half-open (`end` exclusive). This is what
//!   the JSON carries, and what Python `str` indices and Rust `char_indices`
//!   positions agree on.
//! * [`ByteSpan`] is internal: UTF-8 byte offsets as `regex` and
//!   `aho-corasick` report them. It is never serialized. [`TextIndex`]
//!   converts one into the other, built once per document.
//!
//! Text is never rewritten: matching runs on a [`Normalized`] view (case and
//! accents folded, non-breaking spaces turned into spaces, typographic
//! apostrophes made straight) which maps every match back to the original.
//!
//! ```
//! use frclaims_model::{TextIndex, ByteSpan};
//! let text = "« Très bien », a-t-elle répondu.";
//! let idx = TextIndex::new(text);
//! let b = text.find("bien").unwrap();
//! let span = idx.span(ByteSpan::new(b, b + 4));
//! assert_eq!((span.start, span.end), (7, 11));
//! assert_eq!(idx.slice(span), "bien");
//! ```
#![deny(missing_docs)]

mod calendar;
mod normalize;
mod record;
mod span;

pub use calendar::{month_len, valid_date};
pub use normalize::{fold_char, fold_into, Normalized, LATIN1_FOLD};
pub use record::*;
pub use span::{
    ascii_digit_bits, ascii_letter_bits, ascii_prefix, ascii_space_bits, ByteSpan, CharCursor,
    Span, TextIndex,
};

/// The schema version written in every record.
pub const SCHEMA: &str = "frclaims/1";
