//! Spans in code points and bytes, and the per-document table between them.

use serde::{Deserialize, Serialize};

/// A half-open range of Unicode code points into a document's text.
///
/// This is the only offset type that is serialized.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First code point of the span.
    pub start: usize,
    /// One past the last code point of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (code points, end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end}");
        Span { start, end }
    }

    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one code point.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A half-open range of UTF-8 bytes into a `str`. Internal only: never
/// serialized; turn it into a [`Span`] with [`TextIndex::span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// A byte span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> ByteSpan {
        debug_assert!(start <= end, "byte span {start}..{end}");
        ByteSpan { start, end }
    }

    /// The span's bytes as a `&str` of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Converts between byte offsets and code point offsets of one text.
///
/// Built once per document: ASCII text needs no table; otherwise it keeps
/// the byte offset of every code point (plus one for the end).
#[derive(Debug, Clone)]
pub struct TextIndex<'t> {
    text: &'t str,
    /// `starts[c]` is the byte offset of code point `c`; empty for ASCII.
    starts: Vec<u32>,
}

impl<'t> TextIndex<'t> {
    /// Index `text`.
    pub fn new(text: &'t str) -> TextIndex<'t> {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            let mut v: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
            v.push(text.len() as u32);
            v
        };
        TextIndex { text, starts }
    }

    /// The indexed text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        if self.starts.is_empty() {
            self.text.len()
        } else {
            self.starts.len() - 1
        }
    }

    /// Code point offset of a byte offset. A byte offset inside a code point
    /// maps to that code point.
    pub fn char_of(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte.min(self.text.len());
        }
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of a code point offset (clamped to the end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            return ch.min(self.text.len());
        }
        self.starts[ch.min(self.starts.len() - 1)] as usize
    }

    /// The code point span of a byte span.
    pub fn span(&self, b: ByteSpan) -> Span {
        Span::new(self.char_of(b.start), self.char_of(b.end))
    }

    /// The byte span of a code point span.
    pub fn bytes(&self, s: Span) -> ByteSpan {
        ByteSpan::new(self.byte_of(s.start), self.byte_of(s.end))
    }

    /// The text a code point span covers.
    pub fn slice(&self, s: Span) -> &'t str {
        let b = self.bytes(s);
        &self.text[b.start..b.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_unicode_agree_with_char_indices() {
        for text in ["plain ascii text", "« Été » 12\u{a0}500 €, naïve", ""] {
            let idx = TextIndex::new(text);
            assert_eq!(idx.char_len(), text.chars().count());
            for (c, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(idx.char_of(b), c);
                assert_eq!(idx.byte_of(c), b);
            }
            assert_eq!(idx.char_of(text.len()), idx.char_len());
        }
    }

    #[test]
    fn span_round_trip() {
        let text = "M. Lin a dit « 20 % » à Pékin.";
        let idx = TextIndex::new(text);
        let b = text.find("Pékin").unwrap();
        let s = idx.span(ByteSpan::new(b, b + "Pékin".len()));
        assert_eq!(idx.slice(s), "Pékin");
        assert_eq!(idx.bytes(s), ByteSpan::new(b, b + "Pékin".len()));
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 8);
        assert!(a.contains(Span::new(3, 8)));
        assert!(!a.contains(Span::new(1, 3)));
        assert!(a.overlaps(Span::new(7, 9)));
        assert!(!a.overlaps(Span::new(8, 9)));
        assert_eq!(a.len(), 6);
        assert!(Span::new(4, 4).is_empty());
    }
}
