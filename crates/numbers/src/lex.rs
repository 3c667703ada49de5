//! The lexicons of `data/`, parsed once.

use std::sync::LazyLock;

use crate::tok::phrase;

/// A map with the fast hasher of `rustc-hash`: the lexicons are looked
/// up for every word of the text.
pub type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A set with the fast hasher.
pub type FxSet<K> = rustc_hash::FxHashSet<K>;

/// A map from words to values for the lookups of the grammars, read at
/// most tokens tried: open addressing on a key of at most 16 bytes read
/// as two words (the first and last eight bytes, or fewer, of the word,
/// which with its length tell the word when it is not longer), compared
/// whole; no hashing byte by byte, no call to compare bytes except for
/// longer words.
pub struct WordMap<V> {
    /// Slots: key, length plus one (0: empty; at most `u32::MAX`, the
    /// longer words compared whole anyway), position in `words` and
    /// `vals`.
    slots: Vec<(u64, u64, u32, u32)>,
    words: Vec<Box<[u8]>>,
    vals: Vec<V>,
    shift: u32,
    /// The pre-test of the words: most words looked up are not there.
    sig: Sig,
}

impl<V> WordMap<V> {
    /// The two key words of `w` (with its length, they tell `w` when it
    /// has at most 16 bytes).
    #[inline(always)]
    fn key(w: &[u8]) -> (u64, u64) {
        let n = w.len();
        let le8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
        let le4 = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().unwrap_or([0; 4])));
        if n >= 8 {
            (le8(&w[..8]), le8(&w[n - 8..]))
        } else if n >= 4 {
            (le4(&w[..4]) | (le4(&w[n - 4..]) << 32), 0)
        } else if n > 0 {
            let (a, b, c) = (w[0], w[n / 2], w[n - 1]);
            (u64::from(a) | (u64::from(b) << 8) | (u64::from(c) << 16), 0)
        } else {
            (0, 0)
        }
    }

    /// The length field of a slot for a word of `n` bytes.
    #[inline(always)]
    fn len_field(n: usize) -> u32 {
        n.min(u32::MAX as usize - 1) as u32 + 1
    }

    #[inline(always)]
    fn slot(&self, a: u64, b: u64, n: usize) -> usize {
        let h = (a ^ b.rotate_left(29) ^ (n as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The map of `entries`; the first value of a word repeated is kept.
    pub fn new<W: AsRef<[u8]>>(entries: impl IntoIterator<Item = (W, V)>) -> WordMap<V> {
        let mut words: Vec<Box<[u8]>> = Vec::new();
        let mut vals = Vec::new();
        let mut seen: FxSet<Box<[u8]>> = FxSet::default();
        for (w, v) in entries {
            let w = w.as_ref();
            if seen.insert(w.into()) {
                words.push(w.into());
                vals.push(v);
            }
        }
        let bits = (words.len() * 2 + 1)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut sig = Sig::default();
        for w in &words {
            sig.add_bytes(w);
        }
        let mut m = WordMap {
            sig,
            slots: vec![(0, 0, 0, 0); 1 << bits],
            words,
            vals,
            shift: 64 - bits,
        };
        let mask = m.slots.len() - 1;
        for (k, w) in m.words.iter().enumerate() {
            let (a, b) = Self::key(w);
            let mut s = m.slot(a, b, w.len());
            while m.slots[s].2 != 0 {
                s = (s + 1) & mask;
            }
            m.slots[s] = (a, b, Self::len_field(w.len()), k as u32);
        }
        m
    }

    /// The value of `w`, if any.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.sig.may_have(w) {
            return None;
        }
        self.get_past_sig(w)
    }

    /// [`WordMap::get`] after its pre-test (not inlined: the branches on
    /// the length of the word are then shared by every lookup, and better
    /// predicted).
    #[inline(never)]
    fn get_past_sig(&self, w: &str) -> Option<&V> {
        let w = w.as_bytes();
        let n = w.len();
        let (a, b) = Self::key(w);
        let ln = Self::len_field(n);
        let mask = self.slots.len() - 1;
        let mut s = self.slot(a, b, n);
        loop {
            let (sa, sb, sn, k) = self.slots[s];
            if sn == 0 {
                return None;
            }
            if sa == a && sb == b && sn == ln && (n <= 16 || *self.words[k as usize] == *w) {
                return Some(&self.vals[k as usize]);
            }
            s = (s + 1) & mask;
        }
    }

    /// True when `w` is in the map.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// Number of words.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the map has no word.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words and their values, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.words
            .iter()
            .map(|w| std::str::from_utf8(w).unwrap_or_default())
            .zip(&self.vals)
    }

    /// The words, in the order given.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(w, _)| w)
    }
}

/// A cheap pre-test of membership in a set of words: a bit per (first
/// byte, length). A word whose bit is clear is not in the set; most words
/// of a text are rejected so, without hashing.
#[derive(Default, Clone)]
pub struct Sig([u64; 8]);

impl Sig {
    #[inline]
    fn key(w: &[u8]) -> usize {
        (usize::from(w.first().copied().unwrap_or(0) & 31) << 4) | w.len().min(15)
    }

    /// Adds `w`.
    pub fn add(&mut self, w: &str) {
        self.add_bytes(w.as_bytes());
    }

    /// Adds the word of bytes `w`.
    pub fn add_bytes(&mut self, w: &[u8]) {
        let k = Sig::key(w);
        self.0[k / 64] |= 1 << (k % 64);
    }

    /// False when `w` is surely not in the set.
    #[inline]
    pub fn may_have(&self, w: &str) -> bool {
        let k = Sig::key(w.as_bytes());
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Class of a cardinal number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumClass {
    /// 0 to 9.
    Unit,
    /// 10 to 16.
    Teen,
    /// 20, 30 … 90.
    Tens,
    /// 100.
    Cent,
    /// 1000.
    Mille,
    /// 10^6 and above.
    Scale,
}

/// Kind of a modifier before a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    /// The value is approximate.
    Approx,
    /// "plus de": a lower bound.
    Lower,
    /// "moins de": an upper bound.
    Upper,
    /// "exactement": no effect.
    Exact,
}

/// A unit of measure.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Its symbol.
    pub symbol: String,
    /// Its dim: distance, volume or quantity.
    pub dim: frclaims_model::Dim,
    /// Factor applied to the value.
    pub factor: f64,
}

/// Every lexicon.
pub struct Lex {
    /// Cardinal words.
    pub numbers: FxMap<String, (f64, NumClass)>,
    /// Ordinal word to the cardinal word it ends like.
    pub ordinals: WordMap<String>,
    /// French month forms.
    pub months: WordMap<u32>,
    /// English month forms.
    pub months_en: FxMap<String, u32>,
    /// Weekday forms.
    pub weekdays: WordMap<u32>,
    /// Holidays: folded token phrase, month, day.
    pub holidays: Vec<(Vec<String>, u32, u32)>,
    /// Units: token phrase and unit.
    pub units: Vec<(Vec<String>, Unit)>,
    /// Currencies: token phrase, ISO code, kind.
    pub currencies: Vec<(Vec<String>, String, String)>,
    /// Duration units: token phrase, unit, factor.
    pub durations: Vec<(Vec<String>, String, f64)>,
    /// Modifiers: token phrase and kind.
    pub modifiers: Vec<(Vec<String>, Modifier)>,
    /// Label words ("article", "chapitre": a number after one is a reference).
    pub labels: WordMap<()>,
    /// Relative dates: token phrase (tokens joined by spaces), unit, offset,
    /// relative to a date of the text ("la veille": see `Anchor`).
    pub relative: Vec<(String, String, i64, bool)>,
    /// Indexes of the phrase lists by first token.
    pub ix: Indexes,
}

/// For each phrase list, the positions of its phrases by first token: only
/// these are tried at a token.
#[derive(Default)]
pub struct Indexes {
    /// Into [`Lex::units`].
    pub units: Index,
    /// Into [`Lex::currencies`].
    pub currencies: Index,
    /// Into [`Lex::durations`].
    pub durations: Index,
    /// Into [`Lex::modifiers`].
    pub modifiers: Index,
    /// Into [`Lex::holidays`].
    pub holidays: Index,
}

/// Positions of the phrases of a list by first token.
pub struct Index {
    map: WordMap<Vec<usize>>,
}

impl Default for Index {
    fn default() -> Self {
        Index {
            map: WordMap::new(std::iter::empty::<(&[u8], Vec<usize>)>()),
        }
    }
}

fn index<'a>(phrases: impl Iterator<Item = &'a Vec<String>>) -> Index {
    let mut map: FxMap<String, Vec<usize>> = FxMap::default();
    for (k, p) in phrases.enumerate() {
        if let Some(first) = p.first() {
            map.entry(first.clone()).or_default().push(k);
        }
    }
    Index {
        map: WordMap::new(map),
    }
}

/// The positions in a phrase list whose phrase starts with `word` (the
/// map's pre-test rejects most words).
#[inline]
pub fn starting<'a>(ix: &'a Index, word: &str) -> &'a [usize] {
    ix.map.get(word).map(Vec::as_slice).unwrap_or(&[])
}

/// The lexicons.
pub static LEX: LazyLock<Lex> = LazyLock::new(load);

pub(crate) const FILES: [(&str, &str); 19] = [
    ("number_words.tsv", include_str!("../data/number_words.tsv")),
    (
        "ordinal_words.tsv",
        include_str!("../data/ordinal_words.tsv"),
    ),
    ("months.tsv", include_str!("../data/months.tsv")),
    ("weekdays.tsv", include_str!("../data/weekdays.tsv")),
    ("holidays.tsv", include_str!("../data/holidays.tsv")),
    ("units.tsv", include_str!("../data/units.tsv")),
    ("currencies.tsv", include_str!("../data/currencies.tsv")),
    ("durations.tsv", include_str!("../data/durations.tsv")),
    ("modifiers.tsv", include_str!("../data/modifiers.tsv")),
    ("labels.txt", include_str!("../data/labels.txt")),
    ("relative.tsv", include_str!("../data/relative.tsv")),
    ("tense.tsv", include_str!("../data/tense.tsv")),
    ("collectives.tsv", include_str!("../data/collectives.tsv")),
    ("day_parts.tsv", include_str!("../data/day_parts.tsv")),
    ("seasons.tsv", include_str!("../data/seasons.tsv")),
    ("score_cues.txt", include_str!("../data/score_cues.txt")),
    ("acts.txt", include_str!("../data/acts.txt")),
    ("rate_words.txt", include_str!("../data/rate_words.txt")),
    (
        "franc_countries.tsv",
        include_str!("../data/franc_countries.tsv"),
    ),
];

/// The data lines of a file: no comments, no blank lines, split on tabs.
pub(crate) fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// The words of the first column of a data file, as a set.
pub(crate) fn word_set(name: &str) -> WordMap<()> {
    WordMap::new(rows(file(name)).map(|r| (r[0].as_bytes(), ())))
}

pub(crate) fn file(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or("")
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or(0.0)
}

fn load() -> Lex {
    let mut numbers = FxMap::default();
    for r in rows(file("number_words.tsv")) {
        if r.len() < 3 {
            continue;
        }
        let class = match r[2] {
            "unit" => NumClass::Unit,
            "teen" => NumClass::Teen,
            "tens" => NumClass::Tens,
            "cent" => NumClass::Cent,
            "mille" => NumClass::Mille,
            _ => NumClass::Scale,
        };
        numbers.insert(r[0].to_string(), (num(r[1]), class));
    }
    let ordinals = WordMap::new(
        rows(file("ordinal_words.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].as_bytes(), r[1].to_string())),
    );
    let mut months = Vec::new();
    let mut months_en = FxMap::default();
    for r in rows(file("months.tsv")) {
        if r.len() < 3 {
            continue;
        }
        let m = num(r[1]) as u32;
        if r[2] == "en" {
            months_en.insert(r[0].to_string(), m);
        } else {
            months.push((r[0].as_bytes(), m));
        }
    }
    let months = WordMap::new(months);
    let weekdays = WordMap::new(
        rows(file("weekdays.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].as_bytes(), num(r[1]) as u32)),
    );
    let holidays: Vec<(Vec<String>, u32, u32)> = rows(file("holidays.tsv"))
        .filter(|r| r.len() >= 3)
        .map(|r| (phrase(r[0]), num(r[1]) as u32, num(r[2]) as u32))
        .collect();
    let units: Vec<(Vec<String>, Unit)> = rows(file("units.tsv"))
        .filter(|r| r.len() >= 4)
        .map(|r| {
            let dim = match r[2] {
                "distance" => frclaims_model::Dim::Distance,
                "volume" => frclaims_model::Dim::Volume,
                _ => frclaims_model::Dim::Quantity,
            };
            (
                phrase(r[0]),
                Unit {
                    symbol: r[1].to_string(),
                    dim,
                    factor: num(r[3]),
                },
            )
        })
        .collect();
    let currencies: Vec<(Vec<String>, String, String)> = rows(file("currencies.tsv"))
        .filter(|r| r.len() >= 3)
        .map(|r| (phrase(r[0]), r[1].to_string(), r[2].to_string()))
        .collect();
    let durations: Vec<(Vec<String>, String, f64)> = rows(file("durations.tsv"))
        .filter(|r| r.len() >= 3)
        .map(|r| (phrase(r[0]), r[1].to_string(), num(r[2])))
        .collect();
    let modifiers: Vec<(Vec<String>, Modifier)> = rows(file("modifiers.tsv"))
        .filter(|r| r.len() >= 2)
        .map(|r| {
            let k = match r[1] {
                "approx" => Modifier::Approx,
                "lower" => Modifier::Lower,
                "upper" => Modifier::Upper,
                _ => Modifier::Exact,
            };
            (phrase(r[0]), k)
        })
        .collect();
    let labels = word_set("labels.txt");
    let relative = rows(file("relative.tsv"))
        .filter(|r| r.len() >= 3)
        .map(|r| {
            (
                phrase(r[0]).join(" "),
                r[1].to_string(),
                r[2].parse().unwrap_or(0),
                r.get(3) == Some(&"text"),
            )
        })
        .collect();
    let ix = Indexes {
        units: index(units.iter().map(|(p, _)| p)),
        currencies: index(currencies.iter().map(|(p, _, _)| p)),
        durations: index(durations.iter().map(|(p, _, _)| p)),
        modifiers: index(modifiers.iter().map(|(p, _)| p)),
        holidays: index(holidays.iter().map(|(p, _, _)| p)),
    };
    Lex {
        ix,
        relative,
        numbers,
        ordinals,
        months,
        months_en,
        weekdays,
        holidays,
        units,
        currencies,
        durations,
        modifiers,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn word_map_as_hash_map() {
        // Every word of the lexicons and of the corpus, and their prefixes
        // and suffixes (same lengths, shared bytes), in and out of maps.
        let mut all: Vec<String> = Vec::new();
        for (_, text) in FILES {
            all.extend(text.split(|c: char| c.is_whitespace()).map(String::from));
        }
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            all.extend(t.split_whitespace().flat_map(phrase));
        }
        let mut probes = all.clone();
        for w in &all {
            for k in 0..w.len() {
                if w.is_char_boundary(k) {
                    probes.push(w[..k].to_string());
                    probes.push(w[k..].to_string());
                }
            }
        }
        for step in [1, 2, 3, 7, 50] {
            let words: Vec<&String> = all.iter().step_by(step).collect();
            let mut want: FxMap<&str, usize> = FxMap::default();
            for (k, w) in words.iter().enumerate() {
                want.entry(w.as_str()).or_insert(k);
            }
            let map = WordMap::new(words.iter().enumerate().map(|(k, w)| (w.as_bytes(), k)));
            for p in &probes {
                assert_eq!(map.get(p), want.get(p.as_str()), "{p:?}");
            }
        }
        let empty: WordMap<()> = WordMap::new(std::iter::empty::<(&[u8], ())>());
        assert!(!empty.contains("") && !empty.contains("a"));
    }

    #[test]
    fn every_data_file_loads() {
        for (name, text) in FILES {
            assert!(text.starts_with('#'), "{name} lacks a # header");
            let cols = if name.ends_with(".txt") {
                1
            } else {
                rows(text).next().map(|r| r.len()).unwrap_or(0)
            };
            assert!(cols >= 1, "{name} is empty");
            let mut seen = HashSet::new();
            for r in rows(text) {
                assert_eq!(r.len(), cols, "{name}: ragged line {r:?}");
                assert!(
                    r.iter().all(|c| !c.trim().is_empty()),
                    "{name}: empty cell {r:?}"
                );
                // A part of the day has several rows, one per part; a tense
                // form may have two kinds ("prevu": a future word, and the
                // start of a planned participle).
                let key = if name == "day_parts.tsv" || name == "tense.tsv" {
                    r[..2].join("\t")
                } else {
                    r[0].to_string()
                };
                assert!(seen.insert(key.clone()), "{name}: duplicate {key}");
            }
        }
        let lex = &*LEX;
        assert_eq!(lex.numbers.len(), rows(file("number_words.tsv")).count());
        assert!(lex
            .ordinals
            .iter()
            .all(|(_, c)| lex.numbers.contains_key(c)));
        assert!(lex.months.len() >= 12 && lex.months_en.len() >= 12);
        assert_eq!(lex.weekdays.len(), 14);
        assert!(lex
            .units
            .iter()
            .all(|(p, u)| !p.is_empty() && u.factor > 0.0));
        assert!(lex
            .currencies
            .iter()
            .all(|(p, c, _)| !p.is_empty() && c.len() == 3));
        assert!(!lex.modifiers.is_empty() && !lex.labels.is_empty() && !lex.holidays.is_empty());
    }
}
