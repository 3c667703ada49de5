//! The document-level pass: one name, one label, one first mention.
//!
//! * A name typed with confidence somewhere keeps that type in its other
//!   mentions ("Soleuvre" is LOC everywhere once "à Soleuvre" decided it).
//! * A family name alone after a full name is that person ("Justin Lin" …
//!   "Lin"), and points to it.
//! * A bare capital at the start of a sentence is kept only when the
//!   document confirms it elsewhere; a capitalized guess that the document
//!   also writes in lowercase is a common noun ("l'Information").
//! * Names listed together ("à Varnolte, Brezac, Kovi et Sarvin",
//!   "(Aarau, Olten, Zofingue)") are of one type: the guesses of a list
//!   take the label its confident members agree on; with none, a list
//!   opened by a place guessed after « à », « au », « aux », « en »,
//!   « vers » or « près de » is of places, unless a member is a known
//!   given or family name.
//! * Every repeated mention points (`ref`) to the first full mention.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use frclaims_model::{Entity, Label, Span};

use crate::lexicon::{WordHasher, FAMILY, FIRST, LEXICON};
use crate::rules::{Cand, Trust};

/// A map from mention keys, with the fast word hash.
type KeyMap<'a, V> = HashMap<&'a str, V, BuildHasherDefault<WordHasher>>;

pub(crate) const LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

pub(crate) fn label_index(l: Label) -> usize {
    match l {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        Label::Misc => 3,
    }
}

/// What may stand, trimmed, between two names of a list.
const LISTED: &[&str] = &[",", "et", "ou", ", et", ", ou", "&"];

/// Only a comma, « et » or « ou » between two names: they are listed.
fn listed(between: &str) -> bool {
    // Most text between two names has a letter none of these has: an
    // ASCII character that is no space stays after trimming (a quick
    // "no" before the trim, which decodes characters).
    const BYTES: [bool; 256] = crate::rules::byte_set(LISTED, false);
    let other = between
        .bytes()
        .any(|b| b.is_ascii_graphic() && !BYTES[usize::from(b)]);
    !other && LISTED.contains(&between.trim())
}

/// Whether `before` ends with a preposition that opens a list of places
/// (`place_prepositions.tsv`, "list": « à », « au », « aux », « en »,
/// « vers », « près de »), its first letter in either case, after a word
/// boundary.
fn after_place_preposition(before: &str) -> bool {
    let before = before.trim_end();
    LEXICON.list_place_words.iter().any(|p| {
        let Some(start) = before.len().checked_sub(p.len()) else {
            return false;
        };
        let Some(tail) = before.get(start..) else {
            return false;
        };
        let mut tc = tail.chars();
        let mut pc = p.chars();
        let first = match (tc.next(), pc.next()) {
            (Some(t), Some(q)) => t == q || t.to_lowercase().eq(q.to_lowercase()),
            _ => false,
        };
        first
            && tc.as_str() == pc.as_str()
            && !before[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

/// Lists of names: when the confident members of a list agree on a label,
/// its guesses take it ("Varnolte" after "à" is a place, so are "Brezac,
/// Kovi, Sarvin"). A list needs three names, or two joined by « et » /
/// « ou »; members the rules decided keep their label.
fn coordinate(text: &str, flat: &mut [Cand<'_>]) {
    let mut i = 0;
    while i < flat.len() {
        let mut j = i + 1;
        let mut joined = false;
        while j < flat.len() && flat[j - 1].end <= flat[j].start {
            let between = &text[flat[j - 1].end..flat[j].start];
            if !listed(between) {
                break;
            }
            joined |= between.trim() != ",";
            j += 1;
        }
        let run = &mut flat[i..j];
        if run.len() >= 3 || run.len() == 2 && joined {
            let mut sure = run
                .iter()
                .filter(|c| c.trust == Trust::Sure)
                .map(|c| c.label);
            if let Some(label) = sure.next() {
                if sure.all(|l| l == label) {
                    // Still guesses: what the document says of the same
                    // name elsewhere with confidence comes first.
                    for c in run.iter_mut().filter(|c| c.trust != Trust::Sure) {
                        if c.label != label {
                            c.kind = None;
                        }
                        c.label = label;
                        c.trust = Trust::Guess;
                    }
                }
            } else if run[0].trust == Trust::Guess
                && run[0].label == Label::Loc
                && after_place_preposition(&text[..run[0].start])
                && !run.iter().any(|c| {
                    let first = &c.key[c.first.0..c.first.1];
                    LEXICON.is(first, FAMILY) || LEXICON.is(first, FIRST)
                })
            {
                // None decided: a list opened by a place guessed after
                // « à », « au », « aux », « en », « vers » or « près de »
                // is a list of places ("arrivés à Varnolte, Brezac, Kovi et
                // Sarvin"), whose other guesses had no preposition to tell,
                // unless a member is a known given or family name (« à »
                // introduces persons too: "remis à Dupuis, Bernard et
                // Cohen"); « de » says less ("les idées de Weber, Marshall
                // et Pareto").
                for c in run[1..].iter_mut().filter(|c| c.trust == Trust::Guess) {
                    if c.label != Label::Loc {
                        c.kind = None;
                    }
                    c.label = Label::Loc;
                }
            }
        }
        i = j;
    }
}

/// A mention's final label and kind, and the full name it shortens.
type Decision = (Label, Option<&'static str>, Option<usize>);

/// Turn the mentions of all sentences into the document's entities.
pub(crate) fn resolve<'f>(
    text: &str,
    offsets: &mut frclaims_model::CharCursor<'_>,
    cands: &mut Vec<Cand<'f>>,
    written_lowercase: &dyn Fn(&str) -> bool,
) -> Vec<Entity> {
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // Flat: empty mentions and those that overlap a kept one go, in
    // place.
    let mut last_end = None;
    cands.retain(|c| {
        if c.start >= c.end || last_end.is_some_and(|e| e > c.start) {
            return false;
        }
        last_end = Some(c.end);
        true
    });
    let flat = cands;
    coordinate(text, flat);

    // Each distinct key once: the tables below are indexed by key.
    let mut ids: KeyMap<u32> = KeyMap::with_capacity_and_hasher(flat.len(), Default::default());
    let key_of: Vec<usize> = flat
        .iter()
        .map(|c| {
            let n = ids.len() as u32;
            *ids.entry(&*c.key).or_insert(n) as usize
        })
        .collect();
    let keys = ids.len();
    // What the document defines a name to be holds for all its mentions.
    let mut defined: Vec<Option<(Label, Option<&'static str>)>> = vec![None; keys];
    // What the document says with confidence.
    let mut sure: Vec<Option<(Label, Option<&'static str>)>> = vec![None; keys];
    // Guesses for the same name vote: one name, one label.
    let mut votes: Vec<[u32; 4]> = vec![[0; 4]; keys];
    let mut family: KeyMap<usize> = KeyMap::default();
    for (i, c) in flat.iter().enumerate() {
        let k = key_of[i];
        if c.defined {
            defined[k].get_or_insert((c.label, c.kind));
        }
        if c.trust == Trust::Guess {
            votes[k][label_index(c.label)] += 1;
        }
        if c.trust != Trust::Sure {
            continue;
        }
        sure[k].get_or_insert((c.label, c.kind));
        if c.label == Label::Per && c.words >= 2 {
            family.entry(&c.key[c.last.0..c.last.1]).or_insert(i);
            // Chinese order: "Zhu Min" … "Zhu".
            let first = &c.key[c.first.0..c.first.1];
            if LEXICON.is(first, FAMILY) {
                family.entry(first).or_insert(i);
            }
        }
    }
    let voted = |k: usize| votes[k].iter().any(|&n| n > 0);
    let mut decided: Vec<Option<Decision>> = Vec::with_capacity(flat.len());
    for (i, c) in flat.iter().enumerate() {
        let k = key_of[i];
        let person = (c.words == 1 && !family.is_empty())
            .then(|| family.get(&*c.key).copied())
            .flatten()
            .filter(|&p| p != i && c.kind != Some("country") && !c.cued);
        let d = if let Some((label, kind)) = defined[k] {
            // A company the document defines as its product stays the
            // company where the context speaks of the maker.
            if c.maker && c.label == Label::Org && !c.defined {
                Some((c.label, c.kind, None))
            } else {
                Some((label, kind, None))
            }
        } else if let Some(p) = person {
            Some((Label::Per, Some("person"), Some(p)))
        } else if c.trust == Trust::Sure {
            Some((c.label, c.kind, None))
        } else if let Some((label, kind)) = sure[k] {
            Some((label, kind, None))
        } else if c.trust == Trust::Initial && !voted(k)
            || c.words == 1 && written_lowercase(&c.key)
        {
            // Sentence-initial capitals the document never writes
            // capitalized elsewhere, and capitalized common nouns the
            // document also writes in lowercase.
            None
        } else {
            let label = if voted(k) {
                // The most frequent label wins; a tie goes to the person
                // (places mostly come after prepositions, which gave
                // the other guesses).
                LABELS[votes[k]
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, n)| (**n, 3 - *i))
                    .map_or(0, |(i, _)| i)]
            } else {
                c.label
            };
            let kind = if label == c.label { c.kind } else { None };
            Some((label, kind, None))
        };
        decided.push(d);
    }

    // Output, with references to first full mentions.
    let mut out: Vec<Entity> = Vec::with_capacity(flat.len());
    let mut out_index: Vec<Option<usize>> = vec![None; flat.len()];
    let mut first_of: Vec<[Option<usize>; 4]> = vec![[None; 4]; keys];
    for (i, c) in flat.iter().enumerate() {
        let Some((label, kind, person)) = decided[i] else {
            continue;
        };
        // The first mention of the same name with the same label: "Trump"
        // the place (a wrong guess) is no reference for "Trump" the person,
        // nor "DeepSeek" the product for "DeepSeek" the company.
        let reference = match person.and_then(|p| out_index[p]) {
            Some(p) => Some(p),
            None => first_of[key_of[i]][label_index(label)],
        };
        // A family name cut to its initial keeps its dot ("Karim B., 34
        // ans"), as an initial before a name does; not a king's number
        // ("Georges V.", "Dagobert I." end their sentence).
        let b = text.as_bytes();
        let end = if label == Label::Per
            && c.end >= c.start + 3
            && b[c.end - 2] == b' '
            && b[c.end - 1].is_ascii_uppercase()
            && !matches!(b[c.end - 1], b'I' | b'V' | b'X')
            && b.get(c.end) == Some(&b'.')
        {
            c.end + 1
        } else {
            c.end
        };
        let start = offsets.char_of(c.start);
        let span = Span::new(start, offsets.char_of(end));
        out_index[i] = Some(out.len());
        if reference.is_none() {
            first_of[key_of[i]][label_index(label)].get_or_insert(out.len());
        }
        out.push(Entity {
            span,
            text: text[c.start..end].to_string(),
            label,
            kind: kind.map(std::borrow::Cow::Borrowed),
            reference,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick "no" of `listed` changes no answer.
    #[test]
    fn listed_as_trimmed() {
        let pieces = [
            " ", ",", "et", "ou", "&", "\u{a0}", "\n", "e", "t", "o", "u", "a", "-", "’",
        ];
        let mut next = crate::xorshift(0xabad_1dea_f00d_cafe);
        for _ in 0..50_000 {
            let between: String = (0..(next() % 7))
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            let want = matches!(between.trim(), "," | "et" | "ou" | ", et" | ", ou" | "&");
            assert_eq!(listed(&between), want, "{between:?}");
        }
    }

    #[test]
    fn a_list_of_places_opens_after_a_place_preposition() {
        for yes in ["entrées à", "À", "Au", "il va vers", "situé près de", "en "] {
            assert!(after_place_preposition(yes), "{yes:?}");
        }
        for no in ["il a", "chapeau", "auprès de", "de", "PRÈS DE", ""] {
            assert!(!after_place_preposition(no), "{no:?}");
        }
    }
}
