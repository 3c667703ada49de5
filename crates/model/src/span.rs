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
/// Built once per document. ASCII text needs no table; otherwise it keeps
/// the byte offset of every [`TextIndex::STRIDE`]-th code point, and a
/// lookup walks at most that many code points from the nearest checkpoint:
/// small to build and to keep, whatever the text's size.
#[derive(Debug, Clone)]
pub struct TextIndex<'t> {
    text: &'t str,
    /// `marks[k]` is the byte offset of code point `k * STRIDE`; empty for
    /// ASCII text.
    marks: Vec<u32>,
    chars: usize,
}

impl<'t> TextIndex<'t> {
    /// Code points between two checkpoints.
    pub const STRIDE: usize = 32;

    /// Index `text`.
    pub fn new(text: &'t str) -> TextIndex<'t> {
        if text.is_ascii() {
            return TextIndex {
                text,
                marks: Vec::new(),
                chars: text.len(),
            };
        }
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut chars = 0usize;
        for (b, &byte) in bytes.iter().enumerate() {
            // Every byte that is not a UTF-8 continuation byte starts a code point.
            if (byte as i8) >= -0x40 {
                if chars % Self::STRIDE == 0 {
                    marks.push(b as u32);
                }
                chars += 1;
            }
        }
        TextIndex { text, marks, chars }
    }

    /// The indexed text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Code point offset of a byte offset. A byte offset inside a code point
    /// maps to that code point.
    pub fn char_of(&self, byte: usize) -> usize {
        if self.marks.is_empty() {
            return byte.min(self.text.len());
        }
        if byte >= self.text.len() {
            return self.chars;
        }
        let k = match self.marks.binary_search(&(byte as u32)) {
            Ok(k) => return k * Self::STRIDE,
            Err(k) => k - 1,
        };
        let from = self.marks[k] as usize;
        let within = self.text.as_bytes()[from..=byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        k * Self::STRIDE + within - 1
    }

    /// Byte offset of a code point offset (clamped to the end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.marks.is_empty() {
            return ch.min(self.text.len());
        }
        if ch >= self.chars {
            return self.text.len();
        }
        let from = self.marks[ch / Self::STRIDE] as usize;
        match self.text[from..].char_indices().nth(ch % Self::STRIDE) {
            Some((b, _)) => from + b,
            None => self.text.len(),
        }
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

/// Converts code point offsets to byte offsets and back by walking
/// forward: no table, and it walks only as far as asked. Stages ask about
/// sentences and mentions in text order, so one pass over the document
/// answers every question. Asking about a place before the last one
/// restarts from the beginning.
///
/// ```
/// use frclaims_model::{CharCursor, Span};
/// let text = "Été à Pékin. Puis Paris.";
/// let mut cur = CharCursor::new(text);
/// assert_eq!(cur.slice(Span::new(6, 11)), "Pékin");
/// assert_eq!(cur.slice(Span::new(18, 23)), "Paris");
/// assert_eq!(cur.char_of(text.len()), 24);
/// ```
#[derive(Debug, Clone)]
pub struct CharCursor<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    ch: usize,
}

#[inline]
fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// Number of code points that start in `b` (bytes that are not UTF-8
/// continuation bytes), counted with SIMD where the CPU has it.
#[inline]
fn count_chars(b: &[u8]) -> usize {
    bytecount::num_chars(b)
}

/// Length of the run of ASCII bytes that starts `b`, eight at a time.
///
/// ```
/// assert_eq!(frclaims_model::ascii_prefix("Le Pékin".as_bytes()), 4);
/// ```
#[inline]
pub fn ascii_prefix(b: &[u8]) -> usize {
    let mut n = 0;
    for c in b.chunks_exact(8) {
        let high = load8(c) & 0x8080_8080_8080_8080;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..].iter().take_while(|x| x.is_ascii()).count()
}

/// For each of the eight bytes of `w`, its high bit set when the byte is
/// an ASCII letter (either case); the other bits clear.
///
/// ```
/// let w = u64::from_le_bytes(*b"aZ9.\xc3\xa9 q");
/// assert_eq!(frclaims_model::ascii_letter_bits(w), 0x8000_0000_0000_8080);
/// ```
#[inline(always)]
pub fn ascii_letter_bits(w: u64) -> u64 {
    const HI: u64 = 0x8080_8080_8080_8080;
    const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let y = w | 0x2020_2020_2020_2020;
    let t = y & LO7;
    // t >= 'a' and t <= 'z' (no carry leaves a byte: t < 0x80).
    let ge_a = t.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & HI;
    let gt_z = t.wrapping_add(0x0505_0505_0505_0505) & HI;
    ge_a & !gt_z & !(y & HI)
}

/// For each of the eight bytes of `w`, its high bit set when the byte is
/// an ASCII digit; the other bits clear.
#[inline(always)]
pub fn ascii_digit_bits(w: u64) -> u64 {
    const HI: u64 = 0x8080_8080_8080_8080;
    let t = w & 0x7F7F_7F7F_7F7F_7F7F;
    // t >= '0' and t <= '9' (no carry leaves a byte: t < 0x80).
    let ge_0 = t.wrapping_add(0x5050_5050_5050_5050) & HI;
    let gt_9 = t.wrapping_add(0x4646_4646_4646_4646) & HI;
    ge_0 & !gt_9 & !(w & HI)
}

/// For each of the eight bytes of `w`, its high bit set when the byte is
/// ASCII whitespace: space, or tab to carriage return (0x09..=0x0D); the
/// other bits clear.
#[inline(always)]
pub fn ascii_space_bits(w: u64) -> u64 {
    const HI: u64 = 0x8080_8080_8080_8080;
    const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let t = w & LO7;
    // A byte of `x` is zero exactly where `w` is a space.
    let x = w ^ 0x2020_2020_2020_2020;
    let nonzero = ((x & LO7).wrapping_add(LO7) | x) & HI;
    // t >= 0x09 and t <= 0x0D (no carry leaves a byte: t < 0x80).
    let ge_tab = t.wrapping_add(0x7777_7777_7777_7777) & HI;
    let gt_cr = t.wrapping_add(0x7272_7272_7272_7272) & HI;
    (!nonzero & HI) | (ge_tab & !gt_cr & !(w & HI))
}

/// Length in bytes of the UTF-8 sequence that `lead` starts.
#[inline]
fn utf8_len(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else {
        lead.leading_ones() as usize
    }
}

impl<'t> CharCursor<'t> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'t str) -> CharCursor<'t> {
        CharCursor {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            ch: 0,
        }
    }

    /// Moves to code point `ch` (clamped to the end); returns its byte
    /// offset.
    pub fn byte_of(&mut self, ch: usize) -> usize {
        let t = self.text.as_bytes();
        if self.ascii {
            self.byte = ch.min(t.len());
            self.ch = self.byte;
            return self.byte;
        }
        if ch < self.ch {
            self.byte = 0;
            self.ch = 0;
        }
        // Whole blocks of 64, then 8 bytes (cut back to a code point
        // boundary) while the code points they start all lie before `ch`.
        for block in [64, 8] {
            while ch - self.ch >= block && self.byte + block < t.len() {
                let mut end = self.byte + block;
                while (t[end] as i8) < -0x40 {
                    end -= 1;
                }
                let n = count_chars(&t[self.byte..end]);
                if self.ch + n > ch {
                    break;
                }
                self.ch += n;
                self.byte = end;
            }
        }
        while self.ch < ch && self.byte < t.len() {
            // A run of ASCII bytes at once, else one code point.
            let stop = t.len().min(self.byte.saturating_add(ch - self.ch));
            let run = ascii_prefix(&t[self.byte..stop]);
            if run > 0 {
                self.byte += run;
                self.ch += run;
                continue;
            }
            self.byte += utf8_len(t[self.byte]);
            self.ch += 1;
        }
        self.byte = self.byte.min(t.len());
        self.byte
    }

    /// Moves to byte `byte` (a code point boundary, clamped to the end);
    /// returns its code point offset.
    pub fn char_of(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            self.byte = byte;
            self.ch = byte;
            return byte;
        }
        if byte == self.byte {
            return self.ch;
        }
        if byte < self.byte {
            self.byte = 0;
            self.ch = 0;
        }
        self.ch += count_chars(&self.text.as_bytes()[self.byte..byte]);
        self.byte = byte;
        self.ch
    }

    /// The byte offset `n` code points after the cursor (clamped to the
    /// end), without moving it.
    pub fn byte_after(&self, n: usize) -> usize {
        self.clone().byte_of(self.ch.saturating_add(n))
    }

    /// The byte span of a code point span (an end before the start is
    /// taken as the start).
    pub fn bytes(&mut self, s: Span) -> ByteSpan {
        let b = self.byte_of(s.start);
        ByteSpan::new(b, self.byte_of(s.end.max(s.start)))
    }

    /// The text of a code point span.
    pub fn slice(&mut self, s: Span) -> &'t str {
        self.bytes(s).slice(self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Offsets past the end, up to `usize::MAX`, clamp to the end.
    #[test]
    fn cursor_clamps_huge_offsets() {
        for text in ["", "abc", "Été à Pékin"] {
            let mut c = CharCursor::new(text);
            assert_eq!(c.byte_of(usize::MAX), text.len());
            let mut c = CharCursor::new(text);
            c.char_of(1.min(text.len()));
            assert_eq!(c.byte_after(usize::MAX), text.len());
        }
    }

    /// Every byte value at every place of a word among others: `mask`
    /// sets the high bit of exactly the bytes `is` holds for.
    fn check_mask(template: [u8; 8], mask: fn(u64) -> u64, is: fn(&u8) -> bool) {
        for c in 0..=255u8 {
            for k in 0..8 {
                let w = u64::from_le_bytes(template);
                let w = (w & !(0xFF << (8 * k))) | (u64::from(c) << (8 * k));
                let bits = mask(w);
                for (x, byte) in w.to_le_bytes().iter().enumerate() {
                    let set = bits >> (8 * x + 7) & 1 == 1;
                    assert_eq!(set, is(byte), "{byte:#x} at {x}");
                }
            }
        }
    }

    #[test]
    fn digit_bits_per_byte() {
        check_mask(
            [b'a', 0xB0, b'9', b'/', b'0', 0x80, b':', 0xB9],
            ascii_digit_bits,
            u8::is_ascii_digit,
        );
    }

    #[test]
    fn letter_bits_per_byte() {
        check_mask(
            [b'a', 0xC3, b'Z', b'.', b' ', 0x80, b'q', b'@'],
            ascii_letter_bits,
            u8::is_ascii_alphabetic,
        );
    }

    #[test]
    fn space_bits_per_byte() {
        check_mask(
            [b' ', 0xA0, b'\t', 0x85, b'\r', 0x0B, b'a', 0x20 | 0x80],
            ascii_space_bits,
            |b| matches!(b, b' ' | b'\t'..=b'\r'),
        );
    }

    #[test]
    fn ascii_and_unicode_agree_with_char_indices() {
        let long = "Été à Pékin : 12\u{202f}500 €. ".repeat(20);
        for text in [
            "plain ascii text",
            "« Été » 12\u{a0}500 €, naïve",
            "",
            long.as_str(),
        ] {
            let idx = TextIndex::new(text);
            assert_eq!(idx.char_len(), text.chars().count());
            for (c, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(idx.char_of(b), c);
                assert_eq!(idx.byte_of(c), b);
            }
            assert_eq!(idx.char_of(text.len()), idx.char_len());
            assert_eq!(idx.byte_of(idx.char_len()), text.len());
            // A byte inside a code point maps to that code point.
            for (c, (b, ch)) in text.char_indices().enumerate() {
                for inner in b..b + ch.len_utf8() {
                    assert_eq!(idx.char_of(inner), c);
                }
            }
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
    fn cursor_agrees_with_index() {
        let text = "« Été » à Pékin, 12\u{a0}500 €. ".repeat(5);
        let idx = TextIndex::new(&text);
        let mut cur = CharCursor::new(&text);
        for c in (0..=idx.char_len()).step_by(3) {
            assert_eq!(cur.byte_of(c), idx.byte_of(c));
        }
        assert_eq!(cur.byte_of(1), idx.byte_of(1), "going back restarts");
        assert_eq!(cur.byte_of(10_000), text.len());
        let mut cur = CharCursor::new(&text);
        for (c, (b, _)) in text.char_indices().enumerate().step_by(5) {
            assert_eq!(cur.char_of(b), c);
            assert_eq!(cur.byte_after(3), idx.byte_of(c + 3));
        }
        assert_eq!(
            cur.char_of(text.len() + 9),
            idx.char_len(),
            "clamped to the end"
        );
        let long = "a".repeat(200) + &"é".repeat(150) + "z";
        let mut cur = CharCursor::new(&long);
        let idx = TextIndex::new(&long);
        for c in [0, 63, 64, 65, 199, 200, 201, 300, 350, 351, 400] {
            assert_eq!(cur.byte_of(c), idx.byte_of(c), "{c}");
        }
    }

    #[test]
    fn cursor_agrees_with_the_text_index_both_ways() {
        let long = "Le président a reçu à Pékin – « été » 😀 x\u{a0}y. ".repeat(30);
        for text in [
            "",
            "abc",
            "M. Lin a dit « 20 % » à Pékin.",
            "été 😀 x\u{a0}y",
            long.as_str(),
        ] {
            let idx = TextIndex::new(text);
            let n = text.chars().count();
            // Forward by steps small and large, then backward (restarts),
            // then past the end.
            for step in [1, 7, 63, 64, 65, 150, 1000] {
                let mut o = CharCursor::new(text);
                let order: Vec<usize> = (0..=n)
                    .step_by(step)
                    .chain((0..=n).rev().step_by(step))
                    .chain([n, n + 3])
                    .collect();
                for &c in &order {
                    assert_eq!(o.byte_of(c), idx.byte_of(c), "{text:?} byte_of({c})");
                }
            }
            let mut o = CharCursor::new(text);
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect();
            for step in [1, 9, 40, 200] {
                let fwd = bounds.iter().step_by(step);
                for &b in fwd.chain(bounds.iter().rev().step_by(step)) {
                    assert_eq!(o.char_of(b), idx.char_of(b), "{text:?} char_of({b})");
                }
            }
        }
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
