//! Metadata carried by the text itself: title, date, byline.

use frclaims_model::{MetaField, Paragraph};

/// What [`metadata`] found in a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextMeta {
    /// The first heading line.
    pub title: Option<MetaField>,
    /// The publication date, ISO-8601.
    pub date: Option<MetaField>,
    /// The byline's name.
    pub author: Option<MetaField>,
}

/// Title, publication date and author found in `text`.
pub fn metadata(text: &str, paragraphs: &[Paragraph]) -> TextMeta {
    let _ = (text, paragraphs);
    TextMeta::default()
}
