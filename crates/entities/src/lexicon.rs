//! The data files of `data/`, parsed once and compiled into lookup tables.
//!
//! Every file is a list written for this project: a `#` header, then one
//! entry a line (`.txt`) or tab-separated columns (`.tsv`). Names are keyed
//! by their folded form ([`frclaims_model::fold_char`]), so that matching
//! ignores case, accents and apostrophe styles; the original casing of a
//! name is kept to check the case of a match.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use frclaims_model::{fold_char, Label};

use crate::tokens::Tok;

const COUNTRIES: &str = include_str!("../data/countries.txt");
const CITIES: &str = include_str!("../data/cities.txt");
const REGIONS: &str = include_str!("../data/regions.txt");
const ORGANIZATIONS: &str = include_str!("../data/organizations.tsv");
const FIRST_NAMES: &str = include_str!("../data/first_names.txt");
const FAMILY_NAMES: &str = include_str!("../data/family_names.txt");
const TITLES: &str = include_str!("../data/titles.txt");
const NOT_NAMES: &str = include_str!("../data/not_names.txt");
const MONTHS_DAYS: &str = include_str!("../data/months_days.txt");
const DEMONYMS: &str = include_str!("../data/demonyms.txt");
const CUES: &str = include_str!("../data/cues.tsv");
const PEOPLE: &str = include_str!("../data/people.txt");
const CONTEXT: &str = include_str!("../data/context.tsv");
const COUNTRY_CODES: &str = include_str!("../data/country_codes.txt");
const OFFICES: &str = include_str!("../data/offices.tsv");
const WORDS: &str = include_str!("../data/words.tsv");
const PLACE_PREPOSITIONS: &str = include_str!("../data/place_prepositions.tsv");

/// Every data file, by name, for the loading test.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("countries.txt", COUNTRIES),
    ("cities.txt", CITIES),
    ("regions.txt", REGIONS),
    ("organizations.tsv", ORGANIZATIONS),
    ("first_names.txt", FIRST_NAMES),
    ("family_names.txt", FAMILY_NAMES),
    ("titles.txt", TITLES),
    ("not_names.txt", NOT_NAMES),
    ("months_days.txt", MONTHS_DAYS),
    ("demonyms.txt", DEMONYMS),
    ("cues.tsv", CUES),
    ("people.txt", PEOPLE),
    ("context.tsv", CONTEXT),
    ("country_codes.txt", COUNTRY_CODES),
    ("offices.tsv", OFFICES),
    ("words.tsv", WORDS),
    ("place_prepositions.tsv", PLACE_PREPOSITIONS),
];

/// The hasher of the word tables: `rustc-hash`'s FxHasher (lookups of
/// every token must be cheap, and the keys are our own words, so hash
/// flooding is no concern).
pub(crate) type WordHasher = rustc_hash::FxHasher;

/// A set of folded words.
pub(crate) type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;
/// A map from folded words.
pub(crate) type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A small set of folded words, asked about words of any length: the
/// length and first byte of a word are tested before it is hashed (most
/// words asked are not in it).
pub(crate) struct Words {
    set: WordSet,
    /// The first bytes of the words.
    first: [bool; 256],
    /// Shortest and longest word, in bytes.
    len: (usize, usize),
}

impl Words {
    /// Whether `w` is one of the words.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        (self.len.0..=self.len.1).contains(&b.len())
            && self.first[usize::from(b[0])]
            && self.set.contains(w)
    }
}

impl FromIterator<String> for Words {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let set: WordSet = iter.into_iter().filter(|w| !w.is_empty()).collect();
        let mut first = [false; 256];
        for w in &set {
            first[usize::from(w.as_bytes()[0])] = true;
        }
        let len = (
            set.iter().map(String::len).min().unwrap_or(1),
            set.iter().map(String::len).max().unwrap_or(0),
        );
        Words { set, first, len }
    }
}

/// A 16-bit signature of a word: its length and first three bytes.
fn pair(b: &[u8]) -> usize {
    let get = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let h = (b.len() as u32)
        .wrapping_mul(0x9e37_79b9)
        .wrapping_add(get(0) << 16 | get(1) << 8 | get(2))
        .wrapping_mul(0x85eb_ca6b);
    (h >> 16) as usize
}
/// Bits of the table of known name prefixes.
const PREFIX_BITS: usize = 1 << 18;

/// The hash of a folded text in the gazetteer's tables: its low bits are
/// its bit in the table of known name prefixes ([`prefix_bit`]), and the
/// whole of it keys the known names, so a candidate is hashed once.
#[inline]
fn name_hash(b: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(b);
    h.finish()
}

/// The bit of a word in the table of known name prefixes.
#[inline]
fn prefix_bit(b: &[u8]) -> usize {
    (name_hash(b) as usize) & (PREFIX_BITS - 1)
}

/// A known name of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    /// The name as written in the data file (its casing is checked).
    pub name: String,
    pub label: Label,
    pub kind: &'static str,
}

/// How a head noun takes its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attach {
    /// Only a capitalized word right after it ("laiterie Besnier").
    Direct,
    /// Only through de/du/des ("administration des douanes de Chine").
    De,
    /// Either way ("province du Zhejiang", "canton Vaud").
    Both,
    /// Either way, or through de/du/des with no capitalized word at all
    /// ("commission de l'habitat et des affaires rurales").
    Open,
    /// Either way, but only when the head itself is capitalized mid-
    /// sentence ("la Gazette de Lausanne", not "une gazette de village").
    Cap,
}

/// A head noun or a name suffix.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    pub label: Label,
    pub kind: &'static str,
    pub attach: Attach,
}

/// Bits of `Lexicon::flags`: which word lists a folded word is in.
pub(crate) const FIRST: u16 = 1;
pub(crate) const FAMILY: u16 = 2;
pub(crate) const TITLE: u16 = 4;
pub(crate) const NOT_NAME: u16 = 8;
pub(crate) const MONTH: u16 = 16;
pub(crate) const DEMONYM: u16 = 32;
pub(crate) const HEAD: u16 = 64;
/// Context words of `data/context.tsv`: product nouns ("robot"), media
/// nouns ("newsletter"), prepositions before an organization ("chez"), and
/// company nouns ("groupe", `COMPANY`).
pub(crate) const PRODUCT: u16 = 128;
pub(crate) const MEDIA: u16 = 256;
pub(crate) const ORG_PREP: u16 = 512;
/// Nouns of a kind of company before a name ("le groupe", "le
/// constructeur").
pub(crate) const COMPANY: u16 = 1024;
/// Folded words of the name prefixes of `data/cues.tsv` ("as",
/// "olympique"): a flag to test before the lookup of the written word.
pub(crate) const PREFIX: u16 = 2048;
/// Past participles whose agent after « par » is a company
/// (`data/context.tsv`, "agent"; "exploité", "rachetées").
pub(crate) const AGENT: u16 = 4096;
/// Set once a token's flags were looked up.
const LOOKED_UP: u16 = 1 << 15;
/// Set once the rules decided whether a token can continue a name (kept
/// in the token's flags, see `rules::Sentence::namey`).
pub(crate) const NAMEY_DONE: u16 = 1 << 14;
/// The token can continue a name.
pub(crate) const NAMEY_YES: u16 = 1 << 13;

/// Every table the rules use, built once.
pub(crate) struct Lexicon {
    /// The folded names of the gazetteer (all different), by their
    /// [`name_hash`] (no two the same: checked when built), each to its
    /// entry of `known` (see [`Lexicon::known_hashed`]).
    names: HashMap<u64, u32, BuildHasherDefault<WordHasher>>,
    /// The folded name of each entry of `known`.
    folded_names: Vec<String>,
    /// The longest folded name, in bytes.
    pub(crate) longest: usize,
    pub known: Vec<Known>,
    /// Hashes of every prefix of every folded known name, a bit each
    /// (see [`prefix_bit`]).
    known_prefixes: Vec<u64>,
    /// Head nouns, folded.
    pub heads: WordMap<Cue>,
    /// Name suffixes, as written ("Ltd.", "Group").
    pub suffixes: WordMap<Cue>,
    /// Name prefixes, as written ("AS" of "AS Monaco", "Olympique").
    pub prefixes: WordMap<Cue>,
    /// Folded words that keep their final dot ("m.", "corp.", "st.").
    pub abbreviations: WordSet,
    /// Country codes of sports results, as written ("Esp", "S").
    pub country_codes: WordSet,
    /// Offices whose « de » introduces what they are held in
    /// (`offices.tsv`), folded: true when that is always a body.
    pub offices: WordMap<bool>,
    /// Family names that well-known persons write after a particle
    /// (people.txt: « Charles de Gaulle », « Valéry Giscard d'Estaing »),
    /// folded: « le président de Gaulle » is that person, not a body.
    pub particle_families: WordSet,
    /// Compass points (`words.tsv`, "compass"), folded: « nord », « midi ».
    pub compass_points: Words,
    /// Adjectives of a compass side (`words.tsv`, "side"), folded:
    /// « méridionale », « central ».
    pub sides: Words,
    /// Titles of address (`words.tsv`, "address"), folded: « m. »,
    /// « madame ».
    pub address: Words,
    /// Common nouns that name a body or a movement when capitalized after
    /// an article with an adjective (`words.tsv`, "body"), folded:
    /// « action », « alliance », « gauche ».
    pub bodies: Words,
    /// Adjectives capitalized before a head noun, part of its name
    /// (`words.tsv`, "epithet"): « grand », « nouvelle ».
    pub epithets: Words,
    /// Adjectives capitalized before a name only after a capitalized head
    /// (`words.tsv`, "head_epithet"): « haut ».
    pub head_epithets: Words,
    /// Adjectives capitalized before a known place, part of its name
    /// (`words.tsv`, "place_epithet"): « grand ».
    pub place_epithets: Words,
    /// Particles of Dutch and German family names (`words.tsv`,
    /// "germanic"): « van », « von ».
    pub germanic: Words,
    /// Last parts of hyphenated clubs' names, with their hyphen
    /// (`words.tsv`, "club_ending"): « -sport ».
    pub club_endings: Vec<String>,
    /// Subject pronouns of an inverted incise, with their hyphen
    /// (`words.tsv`, "incise"): « -il », « -on ».
    pub incise_endings: Vec<String>,
    /// Adjectives without an adjective ending (`words.tsv`, "adjective"):
    /// « supreme ».
    pub adjectives: Words,
    /// Past participles whose agent after « par » and an article is a
    /// body (`context.tsv`, "agent_det", with their feminine and plural
    /// forms): « financé par la [Région] » (persons take no article).
    pub agent_det: Words,
    /// Words that tell a sentence reports a match (`words.tsv`, "score"),
    /// folded: « victoire », « battu », « mi-temps ».
    pub score_cues: Words,
    /// Words after which an unknown capitalized word is a place
    /// (`place_prepositions.tsv`, "name"), folded: « a », « depuis », « la ».
    pub place_words: Words,
    /// Words after which « Saint » and a name are a town
    /// (`place_prepositions.tsv`, "saint"), folded.
    pub saint_place_words: Words,
    /// Prepositions that open a list of places (`place_prepositions.tsv`,
    /// "list"), lowercase as written: « à », « près de ».
    pub list_place_words: Vec<String>,
    /// Adjectives of an administrative level (`context.tsv`, "level"),
    /// folded: « municipal », « cantonales ».
    pub levels: Words,
    /// Nouns whose « de » introduces a company (`context.tsv`, "of"),
    /// folded: « rachat », « actionnaires ».
    pub company_of: Words,
    /// For every word of the lists above and of the context words
    /// (`PRODUCT`, `MEDIA`, `ORG_PREP`), the lists it is in (one lookup
    /// answers every membership question about a token, and the rules ask
    /// them of the same few tokens around a name).
    flags: WordMap<u16>,
    /// Signatures (length and first three bytes) of the head nouns, a bit
    /// each, to skip most words without hashing.
    head_first: Vec<u64>,
    /// Shortest and longest head noun, in bytes.
    head_len: (usize, usize),
}

/// The lexicon, parsed and compiled on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// `s` folded for matching: lowercase, accents off, apostrophes straight.
pub(crate) fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The entries of a data file: lines that are neither empty nor comments.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_label(s: &str) -> Label {
    match s {
        "PER" => Label::Per,
        "ORG" => Label::Org,
        "LOC" => Label::Loc,
        _ => Label::Misc,
    }
}

/// A kind name with a static lifetime (kinds are a small closed set).
fn intern(kind: &str) -> &'static str {
    const KINDS: &[&str] = &[
        "company",
        "media",
        "agency",
        "international_org",
        "government",
        "party",
        "university",
        "union",
        "sports_club",
        "product",
        "event",
        "law",
        "work",
        "country",
        "city",
        "region",
        "place",
        "building",
        "hospital",
        "association",
        "person",
    ];
    KINDS
        .iter()
        .find(|k| **k == kind)
        .copied()
        .unwrap_or("other")
}

/// The inflected forms of a masculine singular demonym.
fn inflections(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    if base.ends_with('s') || base.ends_with('x') {
        out.push(format!("{base}e"));
        out.push(format!("{base}es"));
    } else if base.ends_with("en") || base.ends_with("on") {
        // « européenne », « wallonne », « bretonne » (and « lettone »,
        // « nippone », spelled with one « n » too).
        out.push(format!("{base}ne"));
        out.push(format!("{base}nes"));
        out.push(format!("{base}s"));
        if base.ends_with("on") {
            out.push(format!("{base}e"));
            out.push(format!("{base}es"));
        }
    } else if base.ends_with('e') {
        out.push(format!("{base}s"));
    } else if let Some(stem) = base.strip_suffix("al") {
        out.push(format!("{base}e"));
        out.push(format!("{base}es"));
        out.push(format!("{stem}aux"));
    } else {
        out.push(format!("{base}e"));
        out.push(format!("{base}s"));
        out.push(format!("{base}es"));
    }
    out
}

impl Lexicon {
    /// Whether the folded `word` is in the word list `bit`.
    pub(crate) fn is(&self, word: &str, bit: u16) -> bool {
        self.flags.get(word).is_some_and(|f| f & bit != 0)
    }

    /// Whether token `t` is in the word list `bit` (`FIRST`, `TITLE`…);
    /// the lookup is made once per token and kept in it.
    pub(crate) fn has(&self, t: &Tok<'_>, bit: u16) -> bool {
        let mut f = t.flags.get();
        if f & LOOKED_UP == 0 {
            f |= LOOKED_UP | self.flags.get(t.fold).copied().unwrap_or(0);
            t.flags.set(f);
        }
        f & bit != 0
    }

    /// The entry of `known` whose folded name is `folded`, if any.
    #[inline]
    pub(crate) fn known_name(&self, folded: &str) -> Option<usize> {
        if folded.len() > self.longest {
            return None;
        }
        self.known_hashed(name_hash(folded.as_bytes()), folded)
    }

    /// [`Lexicon::known_name`] of `folded`, whose [`name_hash`] is `hash`
    /// (given by [`Lexicon::begin_hash`]).
    #[inline]
    pub(crate) fn known_hashed(&self, hash: u64, folded: &str) -> Option<usize> {
        let k = *self.names.get(&hash)? as usize;
        (self.folded_names[k] == folded).then_some(k)
    }

    /// The hash of `folded` ([`name_hash`]) when it may begin some known
    /// name ([`Lexicon::may_begin_known`]), for [`Lexicon::known_hashed`].
    #[inline]
    pub(crate) fn begin_hash(&self, folded: &[u8]) -> Option<u64> {
        let h = name_hash(folded);
        let k = (h as usize) & (PREFIX_BITS - 1);
        (folded.len() <= self.longest && self.known_prefixes[k / 64] & (1 << (k % 64)) != 0)
            .then_some(h)
    }

    /// Whether the folded text `folded` may begin some known name of the
    /// gazetteer (no false negatives): every prefix of every folded name
    /// has its bit in a table. What begins no name cannot be continued
    /// into one, so a search for names from a word stops at the first
    /// word that ends no such prefix.
    #[inline]
    pub(crate) fn may_begin_known(&self, folded: &[u8]) -> bool {
        let k = prefix_bit(folded);
        folded.len() <= self.longest && self.known_prefixes[k / 64] & (1 << (k % 64)) != 0
    }

    /// Whether a known name of the gazetteer may start with the folded
    /// word `fold` (no false negatives): the word is a prefix of some
    /// known name. A hit of the gazetteer ends at the end of a token, so
    /// it spans at least the whole first word.
    #[inline]
    pub(crate) fn may_open_known(&self, fold: &str) -> bool {
        self.may_begin_known(fold.as_bytes())
    }

    /// Whether a folded word may be a head noun (no false negatives): its
    /// length and signature are those of one.
    #[inline]
    pub(crate) fn maybe_head(&self, folded: &str) -> bool {
        let b = folded.as_bytes();
        if b.len() < self.head_len.0 || b.len() > self.head_len.1 {
            return false;
        }
        let k = pair(b);
        self.head_first[k / 64] & (1 << (k % 64)) != 0
    }

    /// [`Lexicon::maybe_head`] of a folded word of `len` bytes, three or
    /// more, whose first bytes are those of `head` (little-endian):
    /// without a branch.
    #[inline]
    pub(crate) fn maybe_head_head(&self, len: usize, head: u32) -> bool {
        let fits = (len >= self.head_len.0) & (len <= self.head_len.1);
        // The first three bytes, the first one highest (as `pair`).
        let first3 = head.swap_bytes() >> 8;
        let h = (len as u32)
            .wrapping_mul(0x9e37_79b9)
            .wrapping_add(first3)
            .wrapping_mul(0x85eb_ca6b);
        let k = (h >> 16) as usize;
        fits & (self.head_first[k / 64] & (1 << (k % 64)) != 0)
    }

    /// The head noun of a folded word, if it is one.
    #[inline]
    pub(crate) fn head(&self, folded: &str) -> Option<Cue> {
        if !self.maybe_head(folded) {
            return None;
        }
        self.heads.get(folded).copied()
    }

    fn build() -> Lexicon {
        let mut known: Vec<Known> = Vec::new();
        let mut names: WordMap<u32> = WordMap::default();
        let mut add = |known: &mut Vec<Known>, name: &str, label: Label, kind: &'static str| {
            // The first file that names a place or body decides its type.
            if let std::collections::hash_map::Entry::Vacant(v) = names.entry(fold(name)) {
                v.insert(known.len() as u32);
                known.push(Known {
                    name: name.to_string(),
                    label,
                    kind,
                });
            }
        };
        for line in entries(ORGANIZATIONS) {
            let mut cols = line.split('\t');
            let (Some(name), Some(label), Some(kind)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            add(&mut known, name, parse_label(label), intern(kind));
        }
        for (data, kind) in [
            (COUNTRIES, "country"),
            (CITIES, "city"),
            (REGIONS, "region"),
        ] {
            for name in entries(data) {
                add(&mut known, name, Label::Loc, kind);
            }
        }
        // After the places: a person named like a place stays a place.
        for name in entries(PEOPLE) {
            add(&mut known, name, Label::Per, "person");
        }
        let mut known_prefixes = vec![0u64; PREFIX_BITS / 64];
        let mut longest = 0;
        for p in names.keys() {
            for n in 1..=p.len() {
                let k = prefix_bit(&p.as_bytes()[..n]);
                known_prefixes[k / 64] |= 1 << (k % 64);
            }
            longest = longest.max(p.len());
        }
        let mut folded_names = vec![String::new(); known.len()];
        let mut by_hash: HashMap<u64, u32, BuildHasherDefault<WordHasher>> = HashMap::default();
        for (p, &k) in &names {
            let old = by_hash.insert(name_hash(p.as_bytes()), k);
            assert!(old.is_none(), "two known names of the same hash: {p:?}");
            folded_names[k as usize] = p.clone();
        }

        let set = |data: &str| -> WordSet { entries(data).map(fold).collect() };
        let mut demonyms = WordSet::default();
        for base in entries(DEMONYMS) {
            for form in inflections(&fold(base)) {
                demonyms.insert(form);
            }
        }
        let mut heads = WordMap::default();
        let mut suffixes = WordMap::default();
        let mut prefixes = WordMap::default();
        for line in entries(CUES) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            let cue = Cue {
                label: parse_label(cols[2]),
                kind: intern(cols[3]),
                attach: match cols[4] {
                    "direct" => Attach::Direct,
                    "de" => Attach::De,
                    "open" => Attach::Open,
                    "cap" => Attach::Cap,
                    _ => Attach::Both,
                },
            };
            if cols[1] == "head" {
                heads.insert(fold(cols[0]), cue);
            } else if cols[1] == "prefix" {
                prefixes.insert(cols[0].to_string(), cue);
            } else {
                suffixes.insert(cols[0].to_string(), cue);
            }
        }
        let titles = set(TITLES);
        let mut abbreviations: WordSet = titles
            .iter()
            .filter(|t| t.ends_with('.'))
            .cloned()
            .collect();
        abbreviations.extend(
            suffixes
                .keys()
                .filter(|s| s.ends_with('.'))
                .map(|s| fold(s)),
        );
        abbreviations.insert("st.".to_string());
        let first_names = set(FIRST_NAMES);
        let family_names = set(FAMILY_NAMES);
        let not_names = set(NOT_NAMES);
        let months_days = set(MONTHS_DAYS);
        let mut flags: WordMap<u16> = WordMap::default();
        for (words, bit) in [
            (&first_names, FIRST),
            (&family_names, FAMILY),
            (&titles, TITLE),
            (&not_names, NOT_NAME),
            (&months_days, MONTH),
            (&demonyms, DEMONYM),
        ] {
            for w in words {
                *flags.entry(w.clone()).or_default() |= bit;
            }
        }
        for w in heads.keys() {
            *flags.entry(w.clone()).or_default() |= HEAD;
        }
        for w in prefixes.keys() {
            *flags.entry(fold(w)).or_default() |= PREFIX;
        }
        let mut levels = Vec::new();
        let mut company_of = Vec::new();
        let mut agent_det = Vec::new();
        for (w, role) in entries(CONTEXT).filter_map(|l| l.split_once('\t')) {
            if role == "level" {
                levels.push(w.to_owned());
                continue;
            }
            if role == "of" {
                company_of.push(w.to_owned());
                continue;
            }
            if role == "agent_det" {
                for end in ["", "e", "s", "es"] {
                    agent_det.push(format!("{w}{end}"));
                }
                continue;
            }
            let bit = match role {
                "product" => PRODUCT,
                "media" => MEDIA,
                "company" => COMPANY,
                "agent" => AGENT,
                _ => ORG_PREP,
            };
            *flags.entry(w.to_string()).or_default() |= bit;
            // A participle's feminine and plural forms.
            if bit == AGENT {
                for end in ["e", "s", "es"] {
                    *flags.entry(format!("{w}{end}")).or_default() |= AGENT;
                }
            }
        }
        let particle_families = entries(PEOPLE)
            .filter_map(|p| {
                let f = fold(p);
                let (head, last) = f.rsplit_once([' ', '\''])?;
                (head.ends_with(" de") || head.ends_with(" d")).then(|| last.to_owned())
            })
            .collect();
        let offices = entries(OFFICES)
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, of)| (w.to_owned(), of == "body"))
            .collect();
        let words_in = |list: &str| -> Words {
            entries(WORDS)
                .filter_map(|l| l.split_once('\t'))
                .filter(|&(_, l)| l == list)
                .map(|(w, _)| w.to_owned())
                .collect()
        };
        let prepositions = |using: &'static str| {
            entries(PLACE_PREPOSITIONS)
                .filter_map(|l| l.split_once('\t'))
                .filter(move |&(_, uses)| uses.split(',').any(|u| u == using))
                .map(|(w, _)| w)
        };
        Lexicon {
            compass_points: words_in("compass"),
            sides: words_in("side"),
            address: words_in("address"),
            score_cues: words_in("score"),
            bodies: words_in("body"),
            epithets: words_in("epithet"),
            head_epithets: words_in("head_epithet"),
            place_epithets: words_in("place_epithet"),
            germanic: words_in("germanic"),
            club_endings: words_in("club_ending")
                .set
                .iter()
                .map(|w| format!("-{w}"))
                .collect(),
            incise_endings: words_in("incise")
                .set
                .iter()
                .map(|w| format!("-{w}"))
                .collect(),
            adjectives: words_in("adjective"),
            place_words: prepositions("name").map(fold).collect(),
            saint_place_words: prepositions("saint").map(fold).collect(),
            list_place_words: prepositions("list").map(str::to_owned).collect(),
            offices,
            particle_families,
            levels: levels.into_iter().collect(),
            company_of: company_of.into_iter().collect(),
            agent_det: agent_det.into_iter().collect(),
            names: by_hash,
            folded_names,
            longest,
            known,
            known_prefixes,
            head_first: {
                let mut t = vec![0u64; 1024];
                for h in heads.keys() {
                    let k = pair(h.as_bytes());
                    t[k / 64] |= 1 << (k % 64);
                }
                t
            },
            head_len: (
                heads.keys().map(String::len).min().unwrap_or(0),
                heads.keys().map(String::len).max().unwrap_or(0),
            ),
            heads,
            suffixes,
            prefixes,
            abbreviations,
            country_codes: entries(COUNTRY_CODES).map(str::to_owned).collect(),
            flags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule of a firm's partners (`rules.rs`, `chunk_end`) tests the
    /// suffixes written in lowercase by their folded words first: they
    /// are « frères », « cie » and « plc » only.
    #[test]
    fn the_lowercase_suffixes_are_listed_in_the_partners_rule() {
        let mut lower: Vec<String> = LEXICON
            .suffixes
            .keys()
            .filter(|k| k.chars().next().is_some_and(char::is_lowercase))
            .map(|k| fold(k))
            .collect();
        lower.sort();
        assert_eq!(lower, ["cie", "freres", "plc"]);
    }

    #[test]
    fn every_data_file_loads_cleanly() {
        for (file, data) in FILES {
            assert!(data.starts_with('#'), "{file}: no header");
            let mut seen = HashSet::new();
            let mut n = 0;
            for line in entries(data) {
                n += 1;
                assert_eq!(line, line.trim(), "{file}: stray spaces in {line:?}");
                let key = if file.ends_with(".tsv") {
                    let cols: Vec<&str> = line.split('\t').collect();
                    let want = match *file {
                        "cues.tsv" => 5,
                        "context.tsv" | "offices.tsv" | "words.tsv" | "place_prepositions.tsv" => 2,
                        _ => 3,
                    };
                    assert_eq!(cols.len(), want, "{file}: bad columns in {line:?}");
                    assert!(cols.iter().all(|c| !c.is_empty()), "{file}: {line:?}");
                    if *file == "words.tsv" {
                        assert!(
                            [
                                "compass",
                                "side",
                                "address",
                                "score",
                                "body",
                                "epithet",
                                "head_epithet",
                                "place_epithet",
                                "germanic",
                                "club_ending",
                                "incise",
                                "adjective"
                            ]
                            .contains(&cols[1]),
                            "{line:?}"
                        );
                        assert_eq!(fold(cols[0]), cols[0], "{file}: not folded: {line:?}");
                    } else if *file == "place_prepositions.tsv" {
                        let uses = ["name", "saint", "list"];
                        assert!(cols[1].split(',').all(|u| uses.contains(&u)), "{line:?}");
                        assert_eq!(cols[0].to_lowercase(), cols[0], "{file}: {line:?}");
                        // (Matched folded on one word: a single word.)
                        assert!(
                            cols[1] == "list" || !cols[0].contains(' '),
                            "{file}: {line:?}"
                        );
                    } else if *file == "offices.tsv" {
                        assert!(["body", "any"].contains(&cols[1]), "{line:?}");
                        assert_eq!(fold(cols[0]), cols[0], "{file}: not folded: {line:?}");
                    } else if *file == "context.tsv" {
                        assert!(
                            [
                                "product",
                                "media",
                                "org",
                                "company",
                                "agent",
                                "agent_det",
                                "level",
                                "of"
                            ]
                            .contains(&cols[1]),
                            "{line:?}"
                        );
                        assert_eq!(fold(cols[0]), cols[0], "{file}: not folded: {line:?}");
                    } else if *file == "organizations.tsv" {
                        assert!(["ORG", "MISC", "LOC", "PER"].contains(&cols[1]), "{line:?}");
                        assert_ne!(intern(cols[2]), "other", "{file}: kind of {line:?}");
                    } else {
                        assert!(["head", "suffix", "prefix"].contains(&cols[1]), "{line:?}");
                        let attach = ["direct", "de", "both", "open", "cap", "-"];
                        assert!(attach.contains(&cols[4]), "{line:?}");
                        assert_ne!(intern(cols[3]), "other", "{file}: kind of {line:?}");
                    }
                    if *file == "cues.tsv" || *file == "context.tsv" || *file == "words.tsv" {
                        // A word may open some names and end others ("FC"),
                        // or be a noun and a participle ("fabrique").
                        format!("{}\t{}", cols[0], cols[1])
                    } else {
                        cols[0].to_string()
                    }
                } else {
                    line.to_string()
                };
                assert!(seen.insert(key.clone()), "{file}: duplicate {key:?}");
            }
            assert!(n > 10, "{file}: only {n} entries");
        }
        let lex = &*LEXICON;
        assert!(lex.known.len() > 2000, "gazetteer has {}", lex.known.len());
        let firsts = lex.flags.values().filter(|f| **f & FIRST != 0).count();
        assert!(firsts > 1000, "{firsts} given names");
    }

    /// Every folded name is found whole, every prefix of one may begin
    /// one, and nothing longer than the longest name.
    #[test]
    fn names_and_their_prefixes() {
        let lex = &*LEXICON;
        assert_eq!(lex.names.len(), lex.known.len());
        for (idx, k) in lex.known.iter().enumerate() {
            let p = fold(&k.name);
            assert_eq!(lex.known_name(&p), Some(idx), "{p:?}");
            for n in 1..=p.len() {
                assert!(lex.may_begin_known(&p.as_bytes()[..n]), "{p:?} {n}");
            }
        }
        let long = "x".repeat(lex.longest + 1);
        assert!(!lex.may_begin_known(long.as_bytes()));
        assert_eq!(lex.known_name(&long), None);
    }

    #[test]
    fn demonyms_inflect() {
        let lex = &*LEXICON;
        for w in [
            "chinois",
            "chinoise",
            "americaines",
            "europeen",
            "europeennes",
            "suisses",
            "wallonne",
            "bretonnes",
            "lettone",
        ] {
            assert!(lex.is(w, DEMONYM), "{w}");
        }
        assert!(!lex.is("chine", DEMONYM));
    }
}
