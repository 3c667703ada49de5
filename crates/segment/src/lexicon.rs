//! The segmenter's word lists, parsed once from `data/`.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// When the period after an abbreviation may still end a sentence (see the
/// header of `data/abbreviations.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Precedes a name: never ends a sentence.
    Title,
    /// Precedes a number or reference: ends one only before a sentence
    /// opener word.
    Ref,
    /// Ends one before a capital or an opening mark.
    Context,
}

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.tsv");
const STARTERS: &str = include_str!("../data/sentence_starters.txt");

/// Entries of a data file: lines that are neither blank nor `#` comments.
fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_class(s: &str) -> Option<Class> {
    match s {
        "title" => Some(Class::Title),
        "ref" => Some(Class::Ref),
        "context" => Some(Class::Context),
        _ => None,
    }
}

static ABBREV: LazyLock<FxHashMap<&'static str, Class>> = LazyLock::new(|| {
    entries(ABBREVIATIONS)
        .filter_map(|l| {
            let (word, class) = l.split_once('\t')?;
            Some((word.trim(), parse_class(class.trim())?))
        })
        .collect()
});

static STARTER: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| entries(STARTERS).collect());

/// The longest abbreviation, in bytes: longer words are not looked up.
static ABBREV_MAX: LazyLock<usize> =
    LazyLock::new(|| ABBREV.keys().map(|w| w.len()).max().unwrap_or(0));

/// The class of `word` (without its final period) if it is a known
/// abbreviation.
pub(crate) fn abbreviation(word: &str) -> Option<Class> {
    if word.len() > *ABBREV_MAX {
        return None;
    }
    ABBREV.get(word).copied()
}

/// True when `word` (straight apostrophes) typically opens a sentence.
pub(crate) fn is_starter(word: &str) -> bool {
    STARTER.contains(word)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Every data file parses, has no empty or duplicate entry, and is NFC
    /// as far as French goes (no combining accents).
    #[test]
    fn data_files_load() {
        let mut seen = HashSet::new();
        for l in entries(ABBREVIATIONS) {
            let (word, class) = l.split_once('\t').expect("two tab-separated columns");
            assert!(!word.trim().is_empty(), "empty abbreviation: {l:?}");
            assert!(!word.ends_with('.'), "written without its period: {l:?}");
            assert!(parse_class(class.trim()).is_some(), "unknown class: {l:?}");
            assert!(seen.insert(word), "duplicate abbreviation {word:?}");
        }
        assert_eq!(ABBREV.len(), seen.len());
        assert!(ABBREV.len() > 50);

        let mut seen = HashSet::new();
        for w in entries(STARTERS) {
            assert!(!w.contains(char::is_whitespace), "one word per line: {w:?}");
            assert!(w.starts_with(char::is_uppercase), "capitalized: {w:?}");
            assert!(!w.contains('’'), "straight apostrophes: {w:?}");
            assert!(seen.insert(w), "duplicate starter {w:?}");
        }
        assert_eq!(STARTER.len(), seen.len());
        for data in [ABBREVIATIONS, STARTERS] {
            assert!(
                !data.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
                "combining accents (not NFC)"
            );
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(abbreviation("Mme"), Some(Class::Title));
        assert_eq!(abbreviation("art"), Some(Class::Ref));
        assert_eq!(abbreviation("etc"), Some(Class::Context));
        assert_eq!(abbreviation("maison"), None);
        assert!(is_starter("Ils"));
        assert!(is_starter("L'"));
        assert!(!is_starter("Paris"));
    }
}
