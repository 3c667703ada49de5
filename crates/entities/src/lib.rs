//! Rule-based French named entities — persons, organizations, places and
//! other names — with document-level consistency.
//!
//! One entry point, [`extract`]: a pure function of a document and its
//! sentences. It runs in three steps:
//!
//! 1. **Gazetteer.** One Aho-Corasick automaton over the folded text
//!    ([`frclaims_model::Normalized`]: case, accents, apostrophes and
//!    spaces folded, offsets untouched) finds the known names of
//!    `data/` (countries, cities, regions, organizations, media, products).
//!    A hit counts only on word boundaries, and only when every capital of
//!    the listed name is a capital in the text ("Chine", "CHINE", not
//!    "chine"; "ONU" not "Onu").
//! 2. **Sentence rules** (`rules`): head nouns with their name, capitalized
//!    sequences typed by given names, titles, roles, Chinese family names,
//!    suffixes and place prepositions; negative rules for sentence-initial
//!    capitals, months, demonyms and function words.
//! 3. **Document pass** (`document`): a name resolved once keeps its label
//!    in later mentions and short forms ("Justin Lin" … "Lin"), guesses
//!    that the document never confirms are dropped, and every repeated
//!    mention points to its first full mention (`ref`).
//!
//! ```
//! use frclaims_model::{Document, Label, Sentence, Span};
//! let text = "Le président Xi Jinping a reçu à Pékin le PDG d'Alibaba.";
//! let doc = Document { text: text.into(), ..Document::default() };
//! let sent = Sentence { span: Span::new(0, text.chars().count()), paragraph: 0 };
//! let ents = frclaims_entities::extract(&doc, &[sent]);
//! let got: Vec<(&str, Label)> = ents.iter().map(|e| (e.text.as_str(), e.label)).collect();
//! assert_eq!(got, [("Xi Jinping", Label::Per), ("Pékin", Label::Loc), ("Alibaba", Label::Org)]);
//! ```
#![deny(missing_docs)]

mod document;
mod lexicon;
mod rules;
mod tokens;

use frclaims_model::{ByteSpan, Document, Entity, Normalized, Sentence, TextIndex};

use crate::lexicon::{Lexicon, LEXICON};
use crate::rules::Cand;

/// Every entity mention in the given sentences of `doc`, sorted by span.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Entity> {
    let text = doc.text.as_str();
    if text.is_empty() || sentences.is_empty() {
        return Vec::new();
    }
    let lex = &*LEXICON;
    let index = TextIndex::new(text);
    let hits = gazetteer_hits(text, lex);
    let abbrev = |w: &str| {
        lex.titles.contains(w)
            || lex
                .suffixes
                .keys()
                .any(|s| s.ends_with('.') && lexicon::fold(s) == w)
            || w == "st."
    };
    let mut cands: Vec<Cand> = Vec::new();
    let mut h = 0;
    for s in sentences {
        let from = index.byte_of(s.span.start);
        let to = index.byte_of(s.span.end);
        if from >= to {
            continue;
        }
        let toks = tokens::tokenize(text, from, to, &abbrev);
        if toks.is_empty() {
            continue;
        }
        // Hits of this sentence, as token ranges.
        while h < hits.len() && hits[h].0.start < from {
            h += 1;
        }
        let mut gaz = vec![None; toks.len()];
        let mut k = h;
        while k < hits.len() && hits[k].0.end <= to {
            let (span, idx) = hits[k];
            let a = toks.iter().position(|t| t.start == span.start);
            let b = toks.iter().position(|t| t.end == span.end);
            if let (Some(a), Some(b)) = (a, b) {
                gaz[a] = Some((b + 1, idx));
            }
            k += 1;
        }
        let sent = rules::Sentence {
            text,
            toks: &toks,
            gaz: &gaz,
            lex,
        };
        cands.extend(sent.mentions());
    }
    document::resolve(text, &index, cands)
}

/// Known names of the gazetteer in `text`: byte spans in the original,
/// with their entry, leftmost-longest, not overlapping.
fn gazetteer_hits(text: &str, lex: &Lexicon) -> Vec<(ByteSpan, usize)> {
    let norm = Normalized::new(text);
    let folded = norm.as_str();
    let mut found: Vec<(ByteSpan, usize)> = Vec::new();
    for m in lex.gazetteer.find_overlapping_iter(folded) {
        let (s, e) = (m.start(), m.end());
        let before = folded[..s].chars().next_back();
        let after = folded[e..].chars().next();
        let joined_before = before.is_some_and(|c| c.is_alphanumeric())
            || (before.is_some_and(|c| c == '-' || c == '.')
                && folded[..s]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(char::is_alphanumeric));
        let joined_after = after.is_some_and(|c| c.is_alphanumeric())
            || (after.is_some_and(|c| c == '-' || c == '.')
                && folded[e..]
                    .chars()
                    .nth(1)
                    .is_some_and(char::is_alphanumeric));
        if joined_before || joined_after {
            continue;
        }
        let orig = norm.original(ByteSpan::new(s, e));
        let idx = m.pattern().as_usize();
        if !case_fits(&lex.known[idx].name, orig.slice(text)) {
            continue;
        }
        found.push((orig, idx));
    }
    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut out: Vec<(ByteSpan, usize)> = Vec::with_capacity(found.len());
    for (s, idx) in found {
        if out.last().is_some_and(|(p, _)| p.end > s.start) {
            continue;
        }
        out.push((s, idx));
    }
    out
}

/// Every capital of the listed name is a capital in the text.
fn case_fits(listed: &str, seen: &str) -> bool {
    listed
        .chars()
        .zip(seen.chars())
        .all(|(l, s)| !l.is_uppercase() || s.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use frclaims_model::{Label, Span};

    /// Runs the stage on one sentence and compares `(text, label)` pairs.
    fn check(input: &str, expected: &[(&str, &str)]) {
        let doc = Document {
            text: input.into(),
            ..Document::default()
        };
        let sent = Sentence {
            span: Span::new(0, input.chars().count()),
            paragraph: 0,
        };
        let ents = extract(&doc, &[sent]);
        let got: Vec<(String, String)> = ents
            .iter()
            .map(|e| {
                let l = match e.label {
                    Label::Per => "PER",
                    Label::Org => "ORG",
                    Label::Loc => "LOC",
                    Label::Misc => "MISC",
                };
                (e.text.clone(), l.to_string())
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(t, l)| (t.to_string(), l.to_string()))
            .collect();
        assert_eq!(got, want, "{input}");
    }

    #[test]
    fn gazetteer_names() {
        check(
            "La Chine et les États-Unis.",
            &[("Chine", "LOC"), ("États-Unis", "LOC")],
        );
        check("Il vit à PARIS depuis mai.", &[("PARIS", "LOC")]);
        check(
            "Selon Reuters, le FMI prévoit.",
            &[("Reuters", "ORG"), ("FMI", "ORG")],
        );
        check("la chine", &[]);
        check(
            "Le Wall Street Journal a rapporté.",
            &[("Wall Street Journal", "MISC")],
        );
        check("Une Parisienne à Lyon.", &[("Lyon", "LOC")]);
    }

    #[test]
    fn case_must_fit() {
        assert!(case_fits("Chine", "CHINE"));
        assert!(!case_fits("Chine", "chine"));
        assert!(!case_fits("ONU", "Onu"));
    }

    #[test]
    fn no_panic_on_odd_text() {
        for t in ["", " ", "’", "É", "a’s", "« »", "M.", "-\u{a0}-", "Xi'"] {
            let doc = Document {
                text: t.into(),
                ..Document::default()
            };
            let sent = Sentence {
                span: Span::new(0, t.chars().count()),
                paragraph: 0,
            };
            let _ = extract(&doc, &[sent]);
        }
    }
}
