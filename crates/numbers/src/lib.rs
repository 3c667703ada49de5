//! French numbers, quantities, money, percentages, ordinals, dates and
//! durations, each with its exact span and a normalized value.
//!
//! One entry point, [`extract`]: a pure function of a document and its
//! sentences. Relative dates resolve against the document's publication
//! date (`meta.date`).
#![deny(missing_docs)]

use frclaims_model::{Document, Number, Sentence};

/// Every number of the given sentences of `doc`, sorted by span.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Number> {
    let _ = (doc, sentences);
    Vec::new()
}
