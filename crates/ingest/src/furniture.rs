//! Page furniture: spans of a text that are not prose.

use frclaims_model::{Paragraph, Skipped};

/// Page furniture among `paragraphs` of `text`, in order.
pub fn furniture(text: &str, paragraphs: &[Paragraph]) -> Vec<Skipped> {
    let _ = (text, paragraphs);
    Vec::new()
}
