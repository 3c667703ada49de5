//! French paragraph and sentence segmentation.
//!
//! This crate owns the cutting of a document's text into paragraphs and
//! sentences. Both are pure functions of `&str`, never fail and never
//! panic:
//!
//! * [`paragraphs`] cuts the text from its line structure: every non-blank
//!   line is a paragraph (web news separates paragraphs by single or double
//!   line breaks, and headings, list items and table rows stand on their
//!   own line).
//! * [`sentences`] cuts each paragraph into sentences. A paragraph's end is
//!   always a sentence end, so titles and list items without final
//!   punctuation end at their line break.
//!
//! Spans are [`Span`]s: Unicode code points into the text, end exclusive,
//! trimmed of surrounding whitespace. The work is done on bytes; offsets
//! are converted with one forward pass over the text.
//!
//! # Rules
//!
//! Inside a paragraph a sentence ends after `.`, `!`, `?`, `…` or `...`,
//! with the closing quotes and brackets that follow (`."`, `!)`, `. »`
//! when a `«` is open), when what follows starts a sentence: a capital, a
//! digit or an opening mark. Exceptions and additions, each with its unit
//! tests below:
//!
//! * abbreviations (`data/abbreviations.tsv`) in three classes: titles
//!   never end a sentence (`M. Dupont`, `Mme`, `Dr`, `St.`); references end
//!   one only before a typical sentence opener (`p. 12`, `art. L. 642-3`,
//!   `av. J.-C.`, but `le vol. Il…`); the others (`etc.`, `sept.`, `Inc.`)
//!   end one before a capital but not before a digit (`15 sept. 2021`);
//! * initials (`J. Liu`, `Jean-B. Dupont`, `R.L.F. Marbot`,
//!   `LL.AA.RR.`) end a sentence only before a sentence opener
//!   (`Dagobert I. Ils…`, `data/sentence_starters.txt`);
//! * a lone number or label at the start (`1.`, `IV.`, `Fig. 2.`) is not a
//!   sentence;
//! * `?`, `!` or a closing quote followed by lowercase is an incise
//!   (`« Quoi ? » a-t-il dit`): no break; a period followed by lowercase
//!   breaks only after a plain word (`prochain. on en reparlera`);
//! * `(...)` and `[…]` cut a quotation, they end nothing;
//! * a missing space (`locales.Mais`, `mesure ?La`) is a boundary before a
//!   capitalized word, never inside `3.5`, `CNN.com`, URLs or `U.S.A.`; a
//!   colon glued to a capital after a space (`en profondeur :L’ambition`)
//!   is one too, and so is a capitalized verb with subject-clitic
//!   inversion glued to the lowercase end of a word (`avec Zhu
//!   MinTrouvez-vous …`: the question starts at `Trouvez`);
//! * straight quotes are paired to tell a closing `"` from an opening one;
//!   an orphan `»` (no `«` open in the paragraph) starts the next sentence;
//! * a short dash tail without terminal marks (`… 2025. - Wang/Reuters`)
//!   stays with its caption;
//! * a markdown table row (`| … |`) is one sentence.
//!
//! # Performance
//!
//! One pass over the bytes of each paragraph: the scan skips every byte
//! that cannot matter, sixteen at a time with SSE2 on x86_64 (compares and
//! one mask; `«` `»` `…` are told from the other characters that share
//! their first byte, such as `’` and the no-break space, so that those do
//! not stop it), else through a 256-entry table, and looks at the context
//! only around candidate marks (look-back bounded, quote counts kept, so
//! the time stays linear on any input). Code point offsets come from a
//! forward cursor counting UTF-8 lead bytes eight at a time; ASCII text
//! needs no conversion. Lines and sentences are trimmed, and the word
//! before a period is found, on bytes while they are ASCII; a non-ASCII
//! byte there is decoded (it may be a Unicode space or a quote). `cargo bench -p frclaims-segment` segments 50 MB
//! built from `corpus/` on one thread: about 400 MB/s on the reference
//! machine.
//!
//! # Example
//!
//! ```
//! let text = "Titre sans point\nM. Dupont est arrivé à 9h01. « Enfin ! » a-t-il dit.";
//! let paras = frclaims_segment::paragraphs(text);
//! assert_eq!(paras.len(), 2);
//! let sents = frclaims_segment::sentences(text, &paras);
//! let got: Vec<String> = sents
//!     .iter()
//!     .map(|s| text.chars().skip(s.span.start).take(s.span.len()).collect())
//!     .collect();
//! assert_eq!(
//!     got,
//!     ["Titre sans point", "M. Dupont est arrivé à 9h01.", "« Enfin ! » a-t-il dit."]
//! );
//! assert_eq!(sents[2].paragraph, 1);
//! ```
#![deny(missing_docs)]

mod lexicon;
mod split;

use frclaims_model::{ByteSpan, CharCursor, Paragraph, Sentence, Span};

/// Paragraphs of `text`: each non-blank line, trimmed.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    paragraphs_with_bytes(text)
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// [`paragraphs`], each with its byte span in `text`, for callers that
/// slice the text (what this walk knows costs nothing to keep).
pub fn paragraphs_with_bytes(text: &str) -> Vec<(Paragraph, ByteSpan)> {
    // Room for a paragraph every hundred bytes or so: few reallocations.
    let mut out = Vec::with_capacity(text.len() / 96 + 4);
    let ascii = text.is_ascii();
    let count = |s: &str| {
        if ascii {
            s.len()
        } else {
            bytecount::num_chars(s.as_bytes())
        }
    };
    let mut pos = 0; // code points before `line`
    let mut at = 0; // bytes before `line`

    // The lines, each with its '\n' (what `split_inclusive('\n')` gives),
    // found by the vectorized search of `memchr`.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain((!text.ends_with('\n')).then_some(text.len()));
    for end in ends {
        let line = &text[at..end];
        // Spaces around the line, on bytes while they are ASCII (then one
        // byte is one code point); `str::trim_*` past a non-ASCII byte.
        let (lead_bytes, lead_ascii) = trim_start_bytes(line);
        let body = &line[lead_bytes..];
        let (trimmed_len, trail_ascii) = trim_end_len(body);
        let trimmed = &body[..trimmed_len];
        let lead = if lead_ascii {
            lead_bytes
        } else {
            count(&line[..lead_bytes])
        };
        let n = count(trimmed);
        if n > 0 {
            let span = Span::new(pos + lead, pos + lead + n);
            let bytes = ByteSpan::new(at + lead_bytes, at + lead_bytes + trimmed.len());
            out.push((Paragraph { span }, bytes));
        }
        let trail = &body[trimmed_len..];
        pos += lead
            + n
            + if trail_ascii {
                trail.len()
            } else {
                count(trail)
            };
        at += line.len();
    }
    out
}

/// ASCII bytes that `char::is_whitespace` holds true (tab to carriage
/// return, and space).
pub(crate) fn ascii_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The bytes `s.trim_start()` removes, and whether they are all ASCII.
fn trim_start_bytes(s: &str) -> (usize, bool) {
    let b = s.as_bytes();
    let k = b.iter().position(|&c| !ascii_space(c)).unwrap_or(b.len());
    if k < b.len() && b[k] >= 0x80 {
        (s.len() - s.trim_start().len(), false)
    } else {
        (k, true)
    }
}

/// The length of `s.trim_end()`, and whether the bytes it removes are all
/// ASCII.
fn trim_end_len(s: &str) -> (usize, bool) {
    let b = s.as_bytes();
    let k = b
        .iter()
        .rposition(|&c| !ascii_space(c))
        .map_or(0, |k| k + 1);
    if k > 0 && b[k - 1] >= 0x80 {
        (s.trim_end().len(), false)
    } else {
        (k, true)
    }
}

/// Sentences of `text`, paragraph by paragraph, in order.
///
/// `paragraphs` are code point spans into `text`, normally those of
/// [`paragraphs`]; spans out of bounds are clamped.
pub fn sentences(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut cursor = CharCursor::new(text);
    let with_bytes: Vec<(Paragraph, ByteSpan)> = paragraphs
        .iter()
        .map(|&p| {
            let from = cursor.byte_of(p.span.start);
            let to = cursor
                .byte_after(p.span.end.saturating_sub(p.span.start))
                .max(from);
            // Clamped to the text, as the bytes are.
            let span = Span::new(cursor.char_of(from), cursor.char_of(to));
            (Paragraph { span }, ByteSpan::new(from, to))
        })
        .collect();
    sentences_and_bytes(text, &with_bytes).0
}

/// [`sentences`] of paragraphs given with their byte spans, as
/// [`paragraphs_with_bytes`] returns them (nothing to convert: the code
/// point spans of the sentences are counted from those of their
/// paragraphs, which must be the same text as the byte spans), with the
/// byte span of each sentence beside it (`bytes[k]` is the span of
/// `sentences[k]`), for the stages that slice the text.
pub fn sentences_and_bytes(
    text: &str,
    paragraphs: &[(Paragraph, ByteSpan)],
) -> (Vec<Sentence>, Vec<ByteSpan>) {
    let mut bytes = Vec::with_capacity(paragraphs.len() * 2);
    let mut out = Vec::with_capacity(paragraphs.len() * 2);
    let mut ranges = Vec::new();
    for (pi, &(p, b)) in paragraphs.iter().enumerate() {
        let (from, to) = (b.start, b.end);
        ranges.clear();
        split::split(&text[from..to], &mut ranges);
        // Code points from the paragraph's own: one per byte in an ASCII
        // paragraph (as many bytes as code points), else counted from
        // boundary to boundary; a sentence that starts or ends the
        // paragraph needs no count.
        let ascii = to - from == p.span.end - p.span.start;
        let (mut at, mut ch) = (from, p.span.start);
        let mut char_of = |byte: usize| {
            if ascii {
                p.span.start + (byte - from)
            } else if byte == to {
                p.span.end
            } else {
                if byte > at {
                    ch += bytecount::num_chars(&text.as_bytes()[at..byte]);
                    at = byte;
                }
                ch
            }
        };
        for &(s, e) in &ranges {
            let start = char_of(from + s);
            let end = char_of(from + e);
            out.push(Sentence {
                span: Span::new(start, end),
                paragraph: pi,
            });
            bytes.push(ByteSpan::new(from + s, from + e));
        }
    }
    (out, bytes)
}

#[cfg(test)]
mod tests;
