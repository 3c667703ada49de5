//! French paragraph and sentence segmentation.
//!
//! Pure functions of `&str`: [`paragraphs`] cuts a text into paragraphs
//! from its line structure, [`sentences`] cuts paragraphs into sentences.
//! Spans are Unicode code points into the text, end exclusive, trimmed of
//! surrounding whitespace.
//!
//! ```
//! let text = "M. Dupont est arrivé. Il a parlé.";
//! let paras = frclaims_segment::paragraphs(text);
//! let sents = frclaims_segment::sentences(text, &paras);
//! assert_eq!(sents.len(), 2);
//! assert_eq!((sents[1].span.start, sents[1].span.end), (22, 33));
//! ```
#![deny(missing_docs)]

use std::collections::HashSet;
use std::sync::LazyLock;

use frclaims_model::{Paragraph, Sentence, Span};

static ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/abbreviations.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Paragraphs of `text`: each non-blank line, trimmed.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut pos = 0; // code points
    for line in text.split_inclusive('\n') {
        let n = line.chars().count();
        let lead = line.chars().take_while(|c| c.is_whitespace()).count();
        let body = line.trim_end();
        let body_len = body.chars().count();
        if body_len > lead {
            out.push(Paragraph {
                span: Span::new(pos + lead, pos + body_len),
            });
        }
        pos += n;
    }
    out
}

/// Sentences of `text`, paragraph by paragraph.
pub fn sentences(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        for s in split(&chars, p.span) {
            out.push(Sentence {
                span: s,
                paragraph: pi,
            });
        }
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']')
}

fn split(chars: &[char], para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        let c = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < para.end && (matches!(chars[j], '.' | '!' | '?' | '…') || is_closer(chars[j]))
            {
                j += 1;
            }
            if j < para.end && chars[j].is_whitespace() {
                let mut k = j;
                while k < para.end && chars[k].is_whitespace() {
                    k += 1;
                }
                if k < para.end
                    && starts_sentence(chars[k])
                    && !(c == '.' && is_abbrev(chars, start, i))
                {
                    out.push(Span::new(start, j));
                    start = k;
                }
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < para.end {
        out.push(Span::new(start, para.end));
    }
    out
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '"' | '“' | '(' | '[' | '-' | '–' | '—')
}

fn is_abbrev(chars: &[char], start: usize, dot: usize) -> bool {
    let mut w = dot;
    while w > start && !chars[w - 1].is_whitespace() && !matches!(chars[w - 1], '(' | '«' | '"') {
        w -= 1;
    }
    let word: String = chars[w..dot].iter().collect();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Liu"
    }
    ABBREVIATIONS.contains(word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, want: &[&str]) {
        let paras = paragraphs(text);
        let got: Vec<String> = sentences(text, &paras)
            .iter()
            .map(|s| text.chars().skip(s.span.start).take(s.span.len()).collect())
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn abbreviation_titles() {
        check(
            "M. Dupont est là. Mme Durand aussi.",
            &["M. Dupont est là.", "Mme Durand aussi."],
        );
    }

    #[test]
    fn initials() {
        check("J. Liu a parlé. Il part.", &["J. Liu a parlé.", "Il part."]);
    }

    #[test]
    fn lines_are_paragraphs() {
        check(
            "Un titre\nLe texte suit. Fin.",
            &["Un titre", "Le texte suit.", "Fin."],
        );
    }
}
