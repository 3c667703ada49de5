//! Sentence-level rules: from tokens and gazetteer hits to typed mentions.
//!
//! Three kinds of evidence, in order of trust:
//!
//! 1. a head noun and its name ("[province du Zhejiang]", "[Banque
//!    populaire de Chine]", "[laiterie Besnier]"), or a known name of the
//!    gazetteer, possibly extended by a company suffix ("[Alibaba Group
//!    Holdings Ltd.]") or a model code ("[Nvidia H100]");
//! 2. the shape and context of a capitalized sequence: a given name first
//!    ("[Justin Lin]"), a Chinese family name ("[Li Qiang]"), a title
//!    before it ("M. [Hagenbeck]"), a role after it ("[Jean Vaudrey],
//!    maire"), an acronym ("[CGT]"), a place preposition ("à [Marnaval]");
//! 3. a bare capitalized word: a guess, confirmed or dropped by the
//!    document-level pass (see `crate::document`).
//!
//! Negative rules cut what is not a name from the edges of a sequence:
//! function words and sentence-initial capitals, titles, months and days,
//! demonyms ("les [Chinois]" is no entity).

use std::borrow::Cow;

use frclaims_model::Label;

use crate::keys::{key_at, key_table, slot, word_bits};
use crate::lexicon::{
    Attach, Lexicon, AGENT, COMPANY, DEMONYM, FAMILY, FIRST, HEAD, MEDIA, MONTH, NAMEY_DONE,
    NAMEY_YES, NOT_NAME, ORG_PREP, PREFIX, PRODUCT, TITLE,
};
use crate::tokens::Tok;

/// How much a mention can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Trust {
    /// A bare capitalized word at the start of a sentence or in a
    /// heading: kept only if the document confirms it.
    Initial,
    /// A guess from shape alone: the document may relabel it.
    Guess,
    /// A lexicon, cue or context rule decided it.
    Sure,
}

/// A mention found in one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'f> {
    /// First document byte.
    pub start: usize,
    /// One past the last document byte.
    pub end: usize,
    pub label: Label,
    pub kind: Option<&'static str>,
    pub trust: Trust,
    /// Folded text of its tokens, space-joined (the document-level key):
    /// a slice of the folded document when its words are one space
    /// apart there.
    pub key: Cow<'f, str>,
    /// Byte range in `key` of the last word (a person's family name for
    /// short re-mentions).
    pub last: (usize, usize),
    /// Byte range in `key` of the first word (the family name of a
    /// Chinese name).
    pub first: (usize, usize),
    /// Number of words.
    pub words: usize,
    /// Its tokens in the sentence that found it (`toks[a..b]`), for the
    /// rules that look around it in that sentence.
    pub toks: (u32, u32),
    /// The sentence defines what the name is ("DeepSeek est le nom d'un
    /// modèle d'IA"): its label holds for every mention in the document.
    pub defined: bool,
    /// The context speaks of the name as a maker ("les modèles de X", "X
    /// … avec son modèle"): a company the document defines as a product
    /// stays a company here.
    pub maker: bool,
    /// A word right before or after it typed it ("le groupe [X]", "au
    /// coréen [X]", "[X], une fabrique"): a person of the same family
    /// name elsewhere in the document does not make it one.
    pub cued: bool,
}

/// Name particles that may join two capitalized words ("Banque de France",
/// "Aranda de Duero", "Ludwig van Beethoven", "Ramsay Mac Donald").
fn particle_word(w: &str) -> bool {
    w != "&" && PARTICLE_WORDS.contains(&w)
}

/// Words after a name that make it a person ("Jean Vaudrey, maire").
fn is_role(lex: &Lexicon, t: &Tok) -> bool {
    t.word() && lex.has(t, TITLE)
}

/// A lowercase word that reads like an adjective (suffix shape) or is a
/// demonym ("chinois", "européenne", "nationale", "primaire", "agricole",
/// "socialiste", "suprême").
#[inline]
fn adjective_like(lex: &Lexicon, t: &Tok) -> bool {
    if !t.word() || t.cap() || t.digit() {
        return false;
    }
    if lex.has(t, DEMONYM) {
        return true;
    }
    const ENDINGS: &[&str] = &[
        "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "ique", "iques",
        "aire", "aires", "if", "ive", "ifs", "ives", "eur", "euse", "ain", "aine", "ais", "aise",
        "ois", "oise", "ier", "iere", "ieres", "ial", "iale", "ental", "entale", "nal", "nale",
        "ouse", "ieux", "ieuse", "ile", "iles", "iers", "eurs", "euses", "ains", "aines", "iens",
        "iennes", "aises", "oises", "icole", "icoles", "iste", "istes",
    ];
    // Most words are told apart by their last byte, which ends no ending,
    // without the lookup and the list.
    const LAST: [bool; 256] = byte_set(ENDINGS, true);
    t.fold
        .as_bytes()
        .last()
        .is_some_and(|&b| LAST[usize::from(b)])
        && !lex.has(t, NOT_NAME)
        && (ENDINGS.iter().any(|e| t.fold.ends_with(e)) || lex.adjectives.contains(t.fold))
}

/// A folded word that may be an infinitive (« de prendre », « d'agir »),
/// which ends a name: -er, -ir, -re, but not the nouns in -ure (but
/// « conclure »), -ère, -aire (but « faire », « plaire », « taire »,
/// « traire ») and -oire (but « boire », « croire »): « Société
/// d'agriculture », « ministère de la culture », « Musée d'histoire ».
fn infinitive_like(f: &str) -> bool {
    if f.ends_with("er") || f.ends_with("ir") {
        return true;
    }
    if !f.ends_with("re") {
        return false;
    }
    if f.ends_with("ure") {
        f.ends_with("clure")
    } else if f.ends_with("aire") {
        ["faire", "plaire", "taire", "traire"]
            .iter()
            .any(|v| f.ends_with(v))
    } else if f.ends_with("oire") {
        f.ends_with("boire") || f.ends_with("croire")
    } else {
        !f.ends_with("ere")
    }
}

/// The bytes of `words` (only their last bytes when `last`), as a table.
pub(crate) const fn byte_set(words: &[&str], last: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        let mut j = if last && !w.is_empty() {
            w.len() - 1
        } else {
            0
        };
        while j < w.len() {
            t[w[j] as usize] = true;
            j += 1;
        }
        i += 1;
    }
    t
}

/// The words and marks that end the window of [`Sentence::makers`] after
/// a mention: a clause mark, a possessive, a relative pronoun.
const CLAUSE_STOP_WORDS: [&str; 12] = [
    ",", ";", ":", ".", "sa", "son", "ses", "qui", "que", "leur", "dont", "leurs",
];

/// [`CLAUSE_STOP_WORDS`] as a table of word keys ([`word_key`]).
const CLAUSE_STOPS: [u64; 16] = key_table(&CLAUSE_STOP_WORDS, STOP_MUL);
const STOP_MUL: u64 = 0x6bd0_638b_4d10_0d8f;

/// The folded name particles ("de", "von", "of"…) and "&".
const PARTICLE_WORDS: [&str; 24] = [
    "de", "du", "des", "d'", "la", "le", "l'", "von", "van", "der", "den", "di", "da", "del",
    "della", "y", "of", "the", "and", "les", "aux", "mac", "mc", "&",
];

/// [`PARTICLE_WORDS`] as a table of word keys ([`word_key`]).
const PARTICLES: [u64; 32] = key_table(&PARTICLE_WORDS, PARTICLE_MUL);
const PARTICLE_MUL: u64 = 0x2fa2_948c_388a_e5af;

/// The key of folded token `t` (`fb` is the folded document): see
/// [`key_at`].
#[inline]
fn word_key(fb: &[u8], t: &Tok) -> u64 {
    key_at(fb, t.fstart(), t.fold.len())
}

/// Whether the folded token `t` is one of [`CLAUSE_STOPS`]: one table
/// probe, without a branch on its length.
#[inline]
fn clause_stop(fb: &[u8], t: &Tok) -> bool {
    let key = word_key(fb, t);
    let stop = CLAUSE_STOPS[slot::<16>(key, STOP_MUL)] == key;
    debug_assert_eq!(stop, CLAUSE_STOP_WORDS.contains(&t.fold));
    stop
}

/// The key of "&".
const AMPERSAND: u64 = word_bits(b"&");

/// A name particle ([`particle_word`]) or "&": one table probe, without a
/// branch on the word (`fb` is the folded document).
#[inline]
fn is_particle(fb: &[u8], t: &Tok) -> bool {
    let key = word_key(fb, t);
    let hit = PARTICLES[slot::<32>(key, PARTICLE_MUL)] == key;
    let particle = hit & (t.word() | (key == AMPERSAND));
    debug_assert_eq!(particle, t.word() && particle_word(t.fold) || t.fold == "&");
    particle
}

/// A folded ordinal in figures: "35e", "1er", "2eme", "1re".
fn ordinal(f: &str) -> bool {
    let digits = f.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&f[digits..], "e" | "er" | "re" | "eme")
}

/// « Mac » or « Mc » capitalized: the first part of a Scottish or Irish
/// family name ("[Mac Mahon]", "[Mac Neil]"), not a particle to leave
/// out before it.
fn mac(t: &Tok) -> bool {
    t.cap() && matches!(t.fold, "mac" | "mc")
}

fn is_de(t: &Tok) -> bool {
    matches!(t.fold, "de" | "du" | "des" | "d'")
}

fn roman(t: &Tok) -> bool {
    t.upper() && t.fold.chars().all(|c| "ivxlcdm".contains(c))
}

/// What [`Sentence::score_pair`] asks of a name and its goals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ScoreSide {
    /// Any pair of names with their goals (a number after the name is no
    /// model number there).
    Any,
    /// An unknown name: a team in the strict comma form.
    Name,
    /// A known town: a team in the strict comma form, in a sentence with a
    /// word of a match.
    Town,
}

/// The sentence-level recognizer for one sentence.
pub(crate) struct Sentence<'a, 'f> {
    pub text: &'a str,
    pub toks: &'a [Tok<'f>],
    /// The folded text of the document (tokens' `fstart`, `fend`).
    pub folded: &'f str,
    /// For each token, the gazetteer hit starting there: (end token
    /// exclusive, index into `Lexicon::known`).
    pub gaz: &'a [Option<(usize, usize)>],
    pub lex: &'a Lexicon,
    /// Index of the first word of the sentence (quotes, dashes and
    /// bullets before it do not count).
    pub first_word: usize,
    /// The tokens that can start a mention, in order (see [`Starts`]).
    pub starts: &'a Starts,
}

/// The few tokens of a sentence where sentence rules can start, found in
/// one pass: most tokens are lowercase words or punctuation that start
/// nothing, and the rules then walk these lists instead of every token.
#[derive(Default)]
pub(crate) struct Starts {
    /// Tokens where [`Sentence::mentions`] looks for a mention: words
    /// that are capitalized, have a digit or a capital inside, and
    /// lowercase words that may be head nouns ("province") or start with
    /// "outre-": the first `mentions_len`, then free slots (see
    /// [`Starts::note_mention`]).
    mentions: Vec<u32>,
    mentions_len: usize,
    /// Punctuation tokens whose first byte may open a quoted title (« and
    /// “ start with 0xC2 and 0xE2; the straight quote).
    pub quotes: Vec<u32>,
}

impl Starts {
    /// Empty lists, with room for the starts among `n` tokens.
    pub fn clear(&mut self, n: usize) {
        self.mentions_len = 0;
        if self.mentions.len() < n {
            self.mentions.resize(n, 0);
        }
        self.quotes.clear();
    }

    /// Note token `k` as a start of mentions when `yes`, without a
    /// branch: it is written to the next slot, which moves on only when
    /// `yes` (a branch on a word's length and letters would be
    /// mispredicted often).
    #[inline]
    pub fn note_mention(&mut self, yes: bool, k: usize) {
        self.mentions[self.mentions_len] = k as u32;
        self.mentions_len += usize::from(yes);
    }

    /// Room for the starts among `n` tokens (the lists kept).
    pub fn reserve(&mut self, n: usize) {
        if self.mentions.len() < n {
            self.mentions.resize(n, 0);
        }
    }

    /// The tokens where [`Sentence::mentions`] looks for a mention.
    pub fn mentions(&self) -> &[u32] {
        &self.mentions[..self.mentions_len]
    }

    /// Whether `t`, a word that is neither capitalized nor has a digit or
    /// a capital inside, may start a mention: a possible head noun, or
    /// "outre-".
    #[inline]
    pub fn lowercase_starts(lex: &Lexicon, t: &Tok) -> bool {
        t.fold.len() >= 3 && (lex.maybe_head(t.fold) || t.fold.starts_with("outre-"))
    }
}

/// Punctuation after which a capital starts a phrase, as at the start of
/// a sentence: quotes, brackets, table cells, list bullets, colons.
fn opens_phrase(t: &Tok, text: &str) -> bool {
    !t.word()
        && matches!(
            text[t.start()..t.end()].chars().next(),
            Some(
                ':' | '«'
                    | '»'
                    | '”'
                    | '"'
                    | '“'
                    | '‘'
                    | '\''
                    | '('
                    | '['
                    | '|'
                    | '/'
                    | '•'
                    | '-'
                    | '–'
                    | '—'
                    | '*'
                    | '.'
                    | '!'
                    | '?'
                    | ';'
                    | '·'
            )
        )
}

/// A given name, or a compound of given names ("Joseph-Laurent").
fn given_name(lex: &Lexicon, t: &Tok) -> bool {
    lex.has(t, FIRST) || t.fold.contains('-') && t.fold.split('-').all(|p| lex.is(p, FIRST))
}

/// A roman ordinal: "XIIe", "IVe", "Ier".
fn roman_ordinal(t: &Tok, text: &str) -> bool {
    // It starts with a capital roman digit (checked again below).
    if !matches!(
        text.as_bytes().get(t.start()),
        Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
    ) {
        return false;
    }
    let f = t.fold;
    // Every suffix below ends in 'e' or 'r'.
    if !matches!(f.as_bytes().last(), Some(b'e' | b'r')) {
        return false;
    }
    let stem = f
        .strip_suffix("eme")
        .or_else(|| f.strip_suffix("er"))
        .or_else(|| f.strip_suffix('e'))
        .unwrap_or("");
    // The numeral is in capitals ("XIXe"); "Xie" is a name. D and M alone
    // are no ordinals: the words "De" (of "De Zerbi"), "Me", "Mer", "Der".
    let written = &text[t.start()..t.end()];
    !stem.is_empty()
        && !matches!(stem, "d" | "m")
        && stem.chars().all(|c| "ivxlcdm".contains(c))
        && written
            .chars()
            .take(stem.len())
            .all(|c| c.is_ascii_uppercase())
}

/// The shape of a place name: a compound with a link word or a saint
/// ("Arc-et-Senans", "Châtenois-les-Forges", "Saint-Dizier"), or a suffix
/// of town names ("Haironville", "Schweighausen"). Suffixes shared with
/// family names ("-bourg", "-berg", "-dorf": Hindenbourg) are left out.
fn place_shape(t: &Tok) -> bool {
    let f = t.fold;
    const LINKS: &[&str] = &[
        "sur", "sous", "les", "le", "la", "en", "et", "aux", "de", "du", "des", "lez",
    ];
    const PREFIXES: &[&str] = &[
        "saint-",
        "sainte-",
        "st-",
        "ste-",
        "mont-",
        "val-",
        "pont-",
        "neuf-",
        "grand-",
        "petit-",
        "vieux-",
        "haute-",
        "haut-",
        "bas-",
        "basse-",
        "fontaine-",
        "bois-",
    ];
    const SUFFIXES: &[&str] = &[
        "ville", "villers", "court", "heim", "ange", "ingen", "ikon", "weiler", "stadt", "hausen",
        "fontaine",
    ];
    if f.contains('-') {
        // A link word between the first and the last part.
        let inner = f.split('-').count().saturating_sub(2);
        if f.split('-').skip(1).take(inner).any(|p| LINKS.contains(&p)) {
            return true;
        }
        if PREFIXES.iter().any(|p| f.starts_with(p)) {
            return true;
        }
    }
    f.len() > 6 && SUFFIXES.iter().any(|s| f.ends_with(s))
}

/// A chip or model code: one capital and three or four digits, maybe a
/// lowercase suffix ("H100", "A100", "H200"); road and class codes
/// ("A36", "CE1", "RD192") have other shapes.
fn product_code(t: &Tok) -> bool {
    let b = t.fold.as_bytes();
    let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    t.cap()
        && b.len() >= 4
        && b[0].is_ascii_lowercase()
        && (3..=4).contains(&digits)
        && b[1 + digits..].iter().all(u8::is_ascii_lowercase)
}

/// Words that make the capitalized word after them a plural common noun
/// or a group of people ("les Suisses", "des Offices", "un Belfortain").
const PLURAL_DETERMINERS: &[&str] = &[
    "les",
    "des",
    "ces",
    "aux",
    "nos",
    "vos",
    "leurs",
    "quelques",
    "plusieurs",
    "deux",
    "trois",
    "certains",
    "nombreux",
    "tous",
];
const DETERMINERS: &[&str] = &[
    "un", "une", "le", "la", "ce", "cet", "cette", "les", "des", "ces", "jeune", "jeunes",
];
const DEMONYM_ENDINGS: &[&str] = &[
    "ois", "oise", "oises", "ais", "aise", "aises", "ien", "iens", "ienne", "iennes", "ain",
    "ains", "aine", "aines", "ins", "ens",
];

/// The words of French cardinals: a capitalized one ("les Vingt-Sept",
/// "les Quinze", the member states of the Union) is no name.
const NUMBER_WORDS: &[&str] = &[
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "mille",
    "et",
];

/// A French cardinal in words, hyphenated or not ("vingt-sept").
fn number_word(fold: &str) -> bool {
    fold.split('-').all(|w| NUMBER_WORDS.contains(&w))
}

/// Words between a minister and the portfolio that follows
/// ("ministre de l'Intérieur", "ministre déléguée chargée du Numérique").
fn portfolio_link(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'"
            | "du"
            | "des"
            | "la"
            | "l'"
            | "a"
            | "au"
            | "aux"
            | "delegue"
            | "deleguee"
            | "charge"
            | "chargee"
    )
}

/// Endings of abstract nouns and adjectives that no place name has
/// (unlike « -ance », « -ique », « -ant », « -euse »: « Valence »,
/// « Martinique », « Brabant », « Areuse »).
const ABSTRACT_ENDINGS: [&str; 9] = [
    "ment", "tion", "sion", "isme", "able", "ables", "ible", "ibles", "ude",
];

/// The other endings of French common nouns and adjectives that family
/// names hardly have: "-ique", "-ance", "-ence", "-ure", "-ite" (-ité),
/// "-aire", and participles and adjectives (« Tenant », « Impériale »,
/// « Heureuse », « Orageux », « Attentifs », « Rationnée »: the given
/// names in -ée or -ive, « Renée », « Olive », are known before).
const COMMON_ENDINGS: [&str; 20] = [
    "ique", "ance", "ence", "ure", "ite", "aire", "ant", "ants", "ante", "antes", "iale", "iales",
    "euse", "euses", "ee", "ees", "eux", "ifs", "ive", "ives",
];

/// The endings of [`COMMON_ENDINGS`] that family names have too
/// (« Dumonteux », « Lagrive », « Desfossées »): they tell an adjective
/// only where no preposition comes before ("un air souvent Orageux"),
/// not "d'après Dumonteux", "auprès de Lagrive".
const NAME_LIKE_ENDINGS: [&str; 6] = ["ee", "ees", "eux", "ifs", "ive", "ives"];

/// A folded word longer than five bytes ending with one of `endings`.
fn ends_in(f: &str, endings: &[&str]) -> bool {
    f.len() > 5 && endings.iter().any(|e| f.ends_with(e))
}

/// A word with an ending of French common nouns and adjectives that
/// family names hardly have ([`ABSTRACT_ENDINGS`], [`COMMON_ENDINGS`]).
fn common_ending(f: &str) -> bool {
    ends_in(f, &ABSTRACT_ENDINGS) || ends_in(f, &COMMON_ENDINGS)
}

/// A word with an ending that no place name has ([`ABSTRACT_ENDINGS`]).
fn abstract_ending(f: &str) -> bool {
    ends_in(f, &ABSTRACT_ENDINGS)
}

/// Function words of a long form that its acronym may skip or take the
/// initial of ("Banque européenne d'investissement (BEI)", "Institut
/// national de la statistique et des études économiques (Insee)").
fn acronym_link(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'"
            | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "l'"
            | "et"
            | "pour"
            | "en"
            | "a"
            | "au"
            | "aux"
            | "sur"
            | "par"
            | "of"
            | "for"
            | "and"
            | "the"
    )
}

/// The folded letters `acr` are the initials of the words `parts`, in
/// order: each content word gives the next letter, each function word
/// (`true`) the next letter or none.
fn initials_match<'a>(parts: impl IntoIterator<Item = (&'a str, bool)>, acr: &[u8]) -> bool {
    // Acronyms have at most eight letters (`Sentence::long_forms`).
    if acr.len() > 8 {
        return false;
    }
    // reach[j]: the parts so far can give the first j letters.
    let mut reach = [false; 9];
    reach[0] = true;
    for (part, link) in parts {
        let Some(&c) = part.as_bytes().first() else {
            continue;
        };
        let mut next = [false; 9];
        for j in 0..=acr.len() {
            if reach[j] {
                next[j] |= link;
                if j < acr.len() && acr[j] == c {
                    next[j + 1] = true;
                }
            }
        }
        reach = next;
    }
    reach[acr.len()]
}

impl<'f> Sentence<'_, 'f> {
    /// A token that can continue a capitalized name. It is asked again
    /// and again of the same token (starts, chunks) and depends on the
    /// token and its gazetteer hit only: decided once, kept in its flags.
    fn namey(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let memo = t.flags.get();
        // Decided when the token was made for punctuation and lowercase
        // words (no capital, no digit): no.
        #[cfg(debug_assertions)]
        if memo & NAMEY_DONE != 0 {
            debug_assert_eq!(
                memo & NAMEY_YES != 0,
                self.decide_namey(i, t),
                "{:?}",
                t.fold
            );
        }
        if memo & NAMEY_DONE != 0 {
            return memo & NAMEY_YES != 0;
        }
        let yes = self.decide_namey(i, t);
        t.flags
            .set(t.flags.get() | NAMEY_DONE | if yes { NAMEY_YES } else { 0 });
        yes
    }

    /// [`Sentence::namey`], decided.
    fn decide_namey(&self, i: usize, t: &Tok) -> bool {
        if !t.word() || !t.alpha() && !t.digit() {
            return false;
        }
        if self.gaz[i].is_some() {
            return true;
        }
        // "outre-Rhin": lowercase, but a place name all the same.
        let outre = t.fold.starts_with("outre-")
            && self
                .text
                .get(t.start() + 6..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
        if t.fold.ends_with('\'') || !(t.cap() || t.digit() && t.alpha() || outre) {
            return false;
        }
        let first = t.fold.chars().next().unwrap_or(' ');
        !first.is_ascii_digit() && !self.lex.has(t, MONTH) && !roman_ordinal(t, self.text)
    }

    /// A token that can open a capitalized name: not a title, not a code
    /// ("A36", "CE1"), not a lone letter unless it is an initial.
    fn starts_name(&self, i: usize) -> bool {
        if !self.namey(i) {
            return false;
        }
        if self.gaz[i].is_some() {
            return true;
        }
        let t = &self.toks[i];
        if t.digit() {
            return product_code(t);
        }
        if self.is_title(i) {
            return false;
        }
        // Fewer than two letters (the count stops at two); two ASCII
        // letters first are enough.
        let b = t.fold.as_bytes();
        let two_ascii = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1].is_ascii_alphabetic();
        if !two_ascii
            && t.fold
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(1)
                .is_none()
        {
            return self.is_initial(i) && self.namey(i + 1);
        }
        true
    }

    /// "F." of "F. Vautrin".
    fn is_initial(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.cap() && t.fold.len() == 2 && t.fold.ends_with('.') && t.fold != "m."
    }

    #[inline]
    fn is_title(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.word() && self.lex.has(t, TITLE) && (t.cap() || t.fold.len() > 3) && !self.saint_name(i)
    }

    /// A particle capitalized inside a sentence, first in the capitalized
    /// words `[a, b)` and before another of them, opens a family name:
    /// "a réagi [De Zerbi]", "selon [Van Rompuy]", "[Di Maio]".
    #[inline(always)]
    fn kept_particle(&self, a: usize, b: usize) -> bool {
        let t = &self.toks[a];
        // (Every particle below starts with d or v.)
        matches!(t.fold.as_bytes().first(), Some(b'd' | b'v'))
            && t.cap()
            && !t.upper()
            && matches!(
                t.fold,
                "de" | "di" | "da" | "van" | "von" | "del" | "della" | "der" | "den"
            )
            && a + 1 < b
            && self.toks[a + 1].word()
            && self.toks[a + 1].cap()
            && !self.phrase_initial(a)
    }

    /// « Saint » capitalized before a capitalized name is part of the
    /// name, written without its hyphen ("[Saint Exupéry]", "le pont de
    /// [Saint Jean]"); the title is written in lowercase ("saint Paul").
    /// (Asked of titles only: kept out of line.)
    #[inline(never)]
    fn saint_name(&self, i: usize) -> bool {
        let t = &self.toks[i];
        // (Opening a sentence, « Saint Louis a gagné la croisade », the
        // title stays a title: the capital tells nothing there; but before
        // a known place, « Saint Pétersbourg accueille le sommet », it is
        // the place's, unless the place is also a given name: « Saint
        // Dominique a fondé un ordre ».)
        t.cap()
            && !t.upper()
            && matches!(t.fold, "saint" | "sainte")
            && (!self.phrase_initial(i)
                || self.known_place_at(i + 1) && !self.lex.has(&self.toks[i + 1], FIRST))
            && self
                .toks
                .get(i + 1)
                .is_some_and(|u| u.word() && u.cap() && !u.upper() && u.alpha())
    }

    /// A known place (a gazetteer hit labelled LOC) starts at token `i`.
    fn known_place_at(&self, i: usize) -> bool {
        self.gaz
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(_, k)| self.lex.known[k].label == Label::Loc)
    }

    /// The word at `a` starts the sentence or a phrase (after a quote, a
    /// bracket, a colon, a table bar).
    fn phrase_initial(&self, a: usize) -> bool {
        a == self.first_word || (a > 0 && opens_phrase(&self.toks[a - 1], self.text))
    }

    /// A run of all-caps words: a heading or a shouted phrase, where the
    /// acronym rule does not apply.
    fn in_caps_run(&self, i: usize) -> bool {
        let up = |j: usize| self.toks.get(j).is_some_and(|t| t.upper() && !roman(t));
        (i > 0 && up(i - 1)) || up(i + 1)
    }

    fn cand(
        &self,
        a: usize,
        b: usize,
        label: Label,
        kind: Option<&'static str>,
        trust: Trust,
    ) -> Cand<'f> {
        // The key: folded words joined by spaces; first and last words
        // are slices of it. Mostly the words are one space apart in the
        // folded text, which is the key then.
        let fb = self.folded.as_bytes();
        let mut span: Option<(usize, usize)> = None;
        let mut contiguous = true;
        let mut words = 0;
        let mut first = (0, 0);
        let mut last = (0, 0);
        for t in self.toks[a..b].iter().filter(|t| t.word()) {
            match span {
                None => {
                    span = Some((t.fstart(), t.fend()));
                    first = (0, t.fend() - t.fstart());
                }
                Some((s, e)) => {
                    contiguous &= t.fstart() == e + 1 && fb[e] == b' ';
                    span = Some((s, t.fend()));
                }
            }
            last = (
                t.fstart() - span.map_or(0, |x| x.0),
                t.fend() - span.map_or(0, |x| x.0),
            );
            words += 1;
        }
        let key = if contiguous {
            let key = span.map_or("", |(s, e)| &self.folded[s..e]);
            // The slice is the words joined by spaces.
            #[cfg(debug_assertions)]
            {
                let words: Vec<&str> = self.toks[a..b]
                    .iter()
                    .filter(|t| t.word())
                    .map(|t| t.fold)
                    .collect();
                debug_assert_eq!(key, words.join(" "));
                if let (Some(f), Some(l)) = (words.first(), words.last()) {
                    debug_assert_eq!(&key[first.0..first.1], *f);
                    debug_assert_eq!(&key[last.0..last.1], *l);
                }
            }
            Cow::Borrowed(key)
        } else {
            let size: usize = self.toks[a..b].iter().map(|t| t.fold.len() + 1).sum();
            let mut key = String::with_capacity(size);
            for (n, t) in self.toks[a..b].iter().filter(|t| t.word()).enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                last = (key.len(), key.len() + t.fold.len());
                if n == 0 {
                    first = last;
                }
                key.push_str(t.fold);
            }
            Cow::Owned(key)
        };
        Cand {
            start: self.toks[a].start(),
            end: self.toks[b - 1].end(),
            label,
            kind,
            trust,
            first,
            last,
            key,
            words,
            toks: (a as u32, b as u32),
            defined: false,
            maker: false,
            cued: false,
        }
    }

    /// [`Self::cand`] typed by a context word ([`Cand::cued`]).
    fn cued(&self, a: usize, b: usize, label: Label, kind: Option<&'static str>) -> Cand<'f> {
        Cand {
            cued: true,
            ..self.cand(a, b, label, kind, Trust::Sure)
        }
    }

    /// A name defined by its acronym in parentheses, or an acronym by its
    /// name in parentheses, whose letters are the initials of its words:
    /// "la [Société des transports intercommunaux de Bruxelles] ([STIB])",
    /// "le [Cdas] ([Comité départemental d'animation sportive])". The long form is
    /// typed by the acronym's lexicon entry, by its head noun when it
    /// heads an organization or another name (société, université, coupe…),
    /// by an organization's suffix ("Amaury Sport Organisation"), else as
    /// an organization; the acronym takes that type. `out[first..]` holds
    /// this sentence's mentions.
    pub fn long_forms(&self, out: &mut Vec<Cand<'f>>, first: usize) {
        let toks = self.toks;
        let n = toks.len();
        let bytes = self.text.as_bytes();
        let (Some(f), Some(l)) = (toks.first(), toks.last()) else {
            return;
        };
        // The folded letters of an acronym at token `a`.
        let letters_of = |a: usize| {
            let t = &toks[a];
            let letters = t.fold.as_bytes();
            (t.word()
                && t.cap()
                && (2..=8).contains(&letters.len())
                && letters.iter().all(u8::is_ascii_lowercase)
                && (t.upper() || letters.len() <= 6)
                // (In capitals a function word is an acronym: "CES".)
                && (t.upper() || !self.lex.has(t, NOT_NAME)))
            .then_some(letters)
        };
        // The long form `s..e` spells the letters.
        let spells = |s: usize, e: usize, letters: &[u8]| {
            toks[s].cap()
                && toks[s].fold.as_bytes().first() == letters.first()
                && initials_match(
                    toks[s..e]
                        .iter()
                        .flat_map(|t| t.fold.split('-'))
                        .map(|p| (p, acronym_link(p))),
                    letters,
                )
        };
        // Only the parentheses of the sentence are looked at.
        let from = f.start();
        for p in memchr::memchr_iter(b'(', &bytes[from..l.end()]) {
            let k = toks.partition_point(|t| t.start() < from + p);
            if k == 0 || k + 2 >= n {
                continue;
            }
            // (long form, acronym token)
            let mut found = None;
            if bytes[toks[k + 2].start()] == b')' {
                // "Long Form (ACR)": words from a capitalized one up to the
                // parenthesis.
                if let Some(letters) = letters_of(k + 1) {
                    let mut s = k;
                    while s > k.saturating_sub(16) && toks[s - 1].word() {
                        s -= 1;
                        if spells(s, k, letters) {
                            found = Some(((s, k), k + 1));
                            break;
                        }
                    }
                }
            } else if let Some(letters) = letters_of(k - 1) {
                // "ACR (Long Form)": the parenthesis holds the long form.
                let m = (k + 1..n.min(k + 18)).find(|&m| bytes[toks[m].start()] == b')');
                if let Some(m) = m.filter(|&m| spells(k + 1, m, letters)) {
                    found = Some(((k + 1, m), k - 1));
                }
            }
            let Some(((s, e), a)) = found.filter(|&((s, e), _)| e - s >= 2) else {
                continue;
            };
            let known = self.gaz[a]
                .filter(|&(end, _)| end == a + 1)
                .map(|(_, idx)| &self.lex.known[idx]);
            let last = &toks[e - 1];
            let suffix = self.lex.suffixes.get(&self.text[last.start()..last.end()]);
            // The long form known as a whole ("Banque de France (BDF)"), or
            // a person's initials ("DSK (Dominique Strauss-Kahn)").
            let long = self.gaz[s]
                .filter(|&(end, _)| end == e)
                .map(|(_, idx)| &self.lex.known[idx]);
            let person = self.lex.has(&toks[s], FIRST);
            // (A body's head noun in the long form written out comes
            // before the acronym's own entry when that names a show or a
            // product: "la Confédération européenne des syndicats (CES)".)
            let head = self
                .lex
                .head(toks[s].fold)
                .filter(|h| matches!(h.label, Label::Org | Label::Misc));
            let body = head.is_some_and(|h| h.label == Label::Org);
            let known = long.or(known.filter(|kn| !(body && kn.label == Label::Misc)));
            let (label, kind) = match (known, head, suffix) {
                (Some(kn), _, _) => (kn.label, (!kn.kind.is_empty()).then_some(kn.kind)),
                (None, Some(h), _) => (h.label, Some(h.kind)),
                // "Amaury Sport Organisation (ASO)"
                (None, _, Some(c)) if c.label == Label::Org => (Label::Org, Some(c.kind)),
                (None, None, _) if person => (Label::Per, Some("person")),
                // A body, most often ("Cdas (Comité départemental d'animation
                // sportive)").
                _ => (Label::Org, None),
            };
            for c in out[first..].iter_mut() {
                if c.toks == (a as u32, (a + 1) as u32) {
                    c.label = label;
                    c.kind = kind;
                    c.trust = Trust::Sure;
                }
            }
            out.push(self.cand(s, e, label, kind, Trust::Sure));
        }
    }

    /// Athletes of a ranking list, typed by the rank before them: "1. Vautrin
    /// (Esp) 38'15", "2. P. Marbot (Fr) à 27", "3. Dossin (All) m. t.":
    /// the name after "N." is a person, and a country code in parentheses
    /// right after it (`country_codes.txt`) a country. The name must be
    /// followed by a code, a time or a gap ("à 27\""), or by a stop when
    /// the sentence ranks such a name too ("14. Vautrin. 31. Marbot à
    /// 6'08\""). `out[first..]` holds this sentence's mentions.
    /// `ranks`: the sentence has a number followed by a full stop (else
    /// only a rank before it is looked for).
    pub fn rankings(&self, out: &mut Vec<Cand<'f>>, first: usize, ranks: bool) {
        let toks = self.toks;
        let n = toks.len();
        // (name start, name end, code at the end, strong evidence)
        let mut items: Vec<(usize, usize, bool, bool)> = Vec::new();
        // The names after a rank: in the sentence, or opening it when the
        // rank ends the sentence before ("… : 1." | "Vautrin (Esp) …").
        let bytes = self.text.as_bytes();
        let ranked_before = |s: usize| {
            let mut p = toks[s].start();
            while p > 0 && bytes[p - 1] == b' ' {
                p -= 1;
            }
            if p == 0 || bytes[p - 1] != b'.' {
                return false;
            }
            p -= 1;
            let digits = bytes[..p]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            (1..=3).contains(&digits)
                && (p == digits || !bytes[p - digits - 1].is_ascii_alphanumeric())
        };
        let opening =
            (self.first_word < n && ranked_before(self.first_word)).then_some(self.first_word);
        if opening.is_none() && !ranks {
            return;
        }
        let mentions = if ranks { self.starts.mentions() } else { &[] };
        let after_rank = mentions.iter().filter_map(|&k| {
            let k = k as usize;
            let t = &toks[k];
            (t.word() && t.digit() && !t.alpha() && k + 3 < n && toks[k + 1].fold == ".")
                .then_some(k + 2)
        });
        for s in opening.into_iter().chain(after_rank) {
            // "5. M. Brunner (S)": after a rank « M. » is an initial, not
            // « Monsieur ».
            let initial_m = toks[s].fold == "m."
                && toks[s].cap()
                && toks.get(s + 1).is_some_and(|t| t.word() && t.cap())
                && self.starts_name(s + 1);
            if !initial_m && (!toks[s].cap() || toks[s].digit() || !self.starts_name(s)) {
                continue;
            }
            let e = self.chunk_end(s + usize::from(initial_m));
            if e <= s || e - s > 4 {
                continue;
            }
            // (A bonus may follow the code: "(It, bonif. 6")".)
            let code = e + 2 < n
                && toks[e].fold == "("
                && matches!(toks[e + 2].fold, ")" | ",")
                && self
                    .lex
                    .country_codes
                    .contains(&self.text[toks[e + 1].start()..toks[e + 1].end()]);
            // Or the country's name: "2. Paolo Ferri (Italie)".
            let country = !code
                && e + 1 < n
                && toks[e].fold == "("
                && self.gaz[e + 1].is_some_and(|(end, k)| {
                    self.lex.known[k].kind == "country"
                        && toks.get(end).is_some_and(|t| matches!(t.fold, ")" | ","))
                });
            // A time or a gap after the name: 47'07", à 41", à 1'03", m. t.
            let time_at = |j: usize| {
                toks.get(j).is_some_and(|t| t.digit())
                    && toks.get(j + 1).is_some_and(|t| {
                        matches!(t.fold, "'" | "\"" | "’" | "”" | "h" | "min" | "s" | "pts")
                    })
            };
            let next = toks.get(e);
            let strong = code
                || country
                || time_at(e)
                || next.is_some_and(|t| t.fold == "m.")
                || (next.is_some_and(|t| t.fold == "a") && time_at(e + 1));
            let weak = next.is_some_and(|t| matches!(t.fold, "." | "," | ";"));
            if strong || weak {
                items.push((s, e, code, strong));
            }
        }
        // A name followed only by a stop ranks with a strong one.
        if !items.iter().any(|i| i.3) {
            return;
        }
        // The rank decides: the sentence's other mentions of the span go
        // (their order does not matter, `document::resolve` sorts).
        let push = |out: &mut Vec<Cand<'f>>, c: Cand<'f>| {
            let mut i = first;
            while i < out.len() {
                if out[i].start < c.end && c.start < out[i].end {
                    out.swap_remove(i);
                } else {
                    i += 1;
                }
            }
            out.push(c);
        };
        for (s, e, code, _) in items {
            // A known name keeps its type ("1. Suisse", a team).
            if self.gaz[s].is_some_and(|(_, k)| self.lex.known[k].label != Label::Per) {
                continue;
            }
            push(
                out,
                self.cand(s, e, Label::Per, Some("person"), Trust::Sure),
            );
            if code {
                push(
                    out,
                    self.cand(e + 1, e + 2, Label::Loc, Some("country"), Trust::Sure),
                );
            }
        }
    }

    /// Definitions of a name as a product, which type it for the whole
    /// document: "X est le nom d'un modèle", "X est une application",
    /// "X, un logiciel". `out` holds this sentence's mentions.
    pub fn definitions(&self, out: &mut [Cand<'f>]) {
        for c in out.iter_mut() {
            // The first token after the mention.
            let j = c.toks.1 as usize;
            debug_assert_eq!(j, self.toks.partition_point(|t| t.start() < c.end));
            if j == self.toks.len() {
                continue;
            }
            let fold = |k: usize| self.toks.get(k).map_or("", |t| t.fold);
            let mut k = j;
            match fold(k) {
                "est" | "," => k += 1,
                _ => continue,
            }
            // "le nom d'", "l'un des" are skipped.
            if fold(k) == "le" && fold(k + 1) == "nom" && matches!(fold(k + 2), "d'" | "de") {
                k += 3;
            }
            if !matches!(fold(k), "un" | "une") {
                continue;
            }
            if self.is(k + 1, PRODUCT) {
                c.label = Label::Misc;
                c.kind = Some("product");
                c.trust = Trust::Sure;
                c.defined = true;
            }
        }
    }

    /// Mentions whose context makes them the maker of products: a product
    /// noun and « de » before ("les modèles de [X]", "les puces d'[X]"), or
    /// a possessive and a product noun after, in the same clause, with no
    /// other name between ("[X] a choqué l'industrie avec son modèle").
    pub fn makers(&self, out: &mut [Cand<'f>]) {
        for c in out.iter_mut() {
            // The first token of the mention, and the first after it.
            let (a, b) = (c.toks.0 as usize, c.toks.1 as usize);
            debug_assert_eq!(a, self.toks.partition_point(|t| t.start() < c.start));
            debug_assert_eq!(self.toks[a].start(), c.start);
            let fold = |k: usize| self.toks.get(k).map_or("", |t| t.fold);
            let before = a >= 2 && matches!(fold(a - 1), "de" | "d'") && self.is(a - 2, PRODUCT);
            let after = || {
                debug_assert_eq!(
                    Some(b),
                    self.toks[a..]
                        .iter()
                        .position(|t| t.start() >= c.end)
                        .map(|k| k + a)
                        .or(Some(self.toks.len()))
                );
                let window = &self.toks[b..self.toks.len().min(b + 14)];
                // A possessive, a capital or the end of the clause (the
                // words compared by length first).
                let fb = self.folded.as_bytes();
                let k = window.iter().position(|t| t.cap() || clause_stop(fb, t))?;
                let possessive = !window[k].cap()
                    && matches!(window[k].fold, "son" | "sa" | "ses" | "leur" | "leurs");
                let noun = window.get(k + 1)?;
                Some(possessive && self.lex.has(noun, PRODUCT))
            };
            if before || after() == Some(true) {
                c.maker = true;
            }
        }
    }

    /// Every mention of the sentence, in order, not overlapping, pushed
    /// onto `out`.
    pub fn mentions(&self, out: &mut Vec<Cand<'f>>) {
        // Most tokens are lowercase words or punctuation that start
        // nothing: only the tokens of `starts` are looked at. A lowercase
        // word opens no capitalized name (but "outre-Rhin"), and a mention
        // only when it is a head noun.
        let mut i = 0;
        for &k in self.starts.mentions() {
            let k = k as usize;
            if k < i {
                continue;
            }
            i = k;
            let head = self.head_name(i);
            let chunk = if self.starts_name(i) {
                Some(self.chunk_end(i))
            } else {
                None
            };
            match (head, chunk) {
                (Some((c, e)), Some(j)) if e >= j => {
                    i = e;
                    out.push(c);
                }
                (Some((c, e)), None) => {
                    i = e;
                    out.push(c);
                }
                (_, Some(j)) => {
                    // "La Société vaudoise d'utilité publique" opening a
                    // sentence: the capitalized article is no part of the
                    // name, whose head noun then types it ("La Banque
                    // Nationale" was a person) and may reach past the
                    // chunk; unless the article begins a known name ("La
                    // Tribune de Genève").
                    let article = matches!(self.toks[i].fold, "le" | "la" | "les" | "l'");
                    let headed = if article && i + 1 < j {
                        self.head_name(i + 1)
                            .filter(|&(_, e)| e > j || e == j && self.gaz[i].is_none())
                    } else {
                        None
                    };
                    if let Some((c, e)) = headed {
                        out.push(c);
                        i = e;
                        continue;
                    }
                    // "au [Grand Théâtre de Genève]", "le [Petit Palais]": a
                    // capitalized epithet inside a sentence before a head
                    // noun is part of its name.
                    // (`Words` tests length and first byte before hashing.)
                    let epithet = i + 1 < j
                        && self.gaz[i].is_none()
                        && self.lex.epithets.contains(self.toks[i].fold)
                        && !self.toks[i].upper()
                        && !self.phrase_initial(i)
                        && self.toks[i + 1].cap();
                    if epithet {
                        if let Some((c, e)) = self.head_name(i + 1) {
                            out.push(self.cand(i, e, c.label, c.kind, c.trust));
                            i = e;
                            continue;
                        }
                        // The head alone after it: "au [Grand Théâtre]".
                        let head = self.lex.head(self.toks[i + 1].fold);
                        if let Some(cue) = head.filter(|c| c.label != Label::Misc && j == i + 2) {
                            out.push(self.cand(i, j, cue.label, Some(cue.kind), Trust::Sure));
                            i = j;
                            continue;
                        }
                    }
                    self.classify(i, j, out);
                    i = j;
                }
                (None, None) => i += 1,
            }
        }
    }

    /// End (exclusive) of the capitalized sequence starting at `i`.
    fn chunk_end(&self, i: usize) -> usize {
        let mut j = i;
        let n = self.toks.len();
        loop {
            if j < n {
                if let Some((end, _)) = self.gaz[j] {
                    j = end;
                    continue;
                }
            }
            // A capitalized article ends the sequence ("Tessin La
            // France"): it starts another name; but not the article of a
            // family name after a given name ("Yves Le Drian", "Bruno Le
            // Maire", "Louis L'Huillier").
            if j > i
                && j < n
                && self.gaz[j].is_none()
                && matches!(self.toks[j].fold, "le" | "la" | "les" | "l'")
            {
                let surname = matches!(self.toks[j].fold, "le" | "la" | "l'")
                    && self.lex.has(&self.toks[j - 1], FIRST)
                    && self.toks.get(j + 1).is_some_and(|t| {
                        t.word() && t.cap() && !t.upper() && !self.lex.has(t, FIRST)
                    })
                    && self.gaz[j + 1].is_none();
                if !surname {
                    break;
                }
                j += 2;
                continue;
            }
            if self.namey(j) && !(j > i && self.toks[j].digit() && !self.toks[j - 1].word()) {
                j += 1;
                continue;
            }
            // Particles between two capitalized words: "Aranda de Duero",
            // "Marches de l'Est"; not before a known name, a given name or
            // « Saint » and a name, which stand by themselves ("Claude
            // d'Anthropic", "Départ de Paul Vernaz", "HD de Saint Michel").
            if j > i && j < n && is_particle(self.folded.as_bytes(), &self.toks[j]) {
                let mut k = j + 1;
                if k < n && matches!(self.toks[k].fold, "la" | "l'" | "les") {
                    k += 1;
                }
                if self.starts_name(k)
                    && !self.toks[k].upper()
                    && (self.gaz[k].is_none() || self.compass(k))
                    && !self.lex.has(&self.toks[k], FIRST)
                    && !self.saint_name(k)
                {
                    j = k;
                    continue;
                }
            }
            // A firm's partners: "Ditisheim et Cie", "Dupont & Fils",
            // "Martin et Associés", a company suffix after « et » or « & »
            // (which then types the name); not a family ("Paul Martin et
            // fils"). "la maison Baud frères": the suffix glued on (not
            // "Deux frères du marquis" opening a sentence).
            let company_suffix = |k: usize| {
                let t = &self.toks[k];
                self.lex
                    .suffixes
                    .get(&self.text[t.start()..t.end()])
                    .is_some_and(|c| c.label == Label::Org)
            };
            if j > i
                && j + 1 < n
                && matches!(self.toks[j].fold, "et" | "&")
                && company_suffix(j + 1)
            {
                j += 2;
                continue;
            }
            // (The suffixes written in lowercase, « frères », « cie » and
            // « plc », are tested first: most tokens here are lowercase
            // words; so are those in capitals, which may fold to a
            // function word that ends a name: « Thomson SA », « Siemens
            // AG ».)
            if j > i
                && j < n
                && (matches!(self.toks[j].fold, "freres" | "cie" | "plc") || self.toks[j].upper())
                && self.toks[j - 1].cap()
                && company_suffix(j)
                && !self.phrase_initial(i)
            {
                j += 1;
                continue;
            }
            // A model number between names, or after a product or event:
            // "Mate 60 Pro", "WAIC 2025", "Kirin 9000s".
            if j > i && j < n && self.toks[j].word() && self.toks[j].digit() {
                let prev_misc = self.gaz_label_ending(j) == Some(Label::Misc);
                // A model number of one or two digits ends a name ("ses
                // Pixel 9,", "l'Apple Watch Series 10"), not a count ("à
                // Apple 30 millions") nor a year.
                let model = || {
                    let f = self.toks[j].fold.as_bytes();
                    f.len() <= 2
                        && f.iter().all(u8::is_ascii_digit)
                        && self.toks[j - 1].cap()
                        && !self.toks[j - 1].upper()
                        && !self.toks[j - 1].fold.contains('\'')
                        // (Not after a known name: "Servette 2, Lausanne
                        // 1" is a score line; nor in a score line.)
                        && self.gaz_covering(j - 1).is_none()
                        && !self.score_pair(i, j, ScoreSide::Any)
                        && self.toks.get(j + 1).is_none_or(|t| {
                            !t.word() && matches!(t.fold, "," | "." | ";" | ":" | ")")
                        })
                };
                if prev_misc || self.toks.get(j + 1).is_some_and(|t| t.cap() && t.word()) || model()
                {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        j
    }

    /// The label of a gazetteer hit that ends right before token `j`.
    fn gaz_label_ending(&self, j: usize) -> Option<Label> {
        (0..j).rev().take(6).find_map(|s| match self.gaz[s] {
            Some((e, k)) if e == j => Some(self.lex.known[k].label),
            _ => None,
        })
    }

    /// A head noun at `i` and the name it heads, with the token where the
    /// mention ends.
    fn head_name(&self, i: usize) -> Option<(Cand<'f>, usize)> {
        let t = &self.toks[i];
        if !t.word() {
            return None;
        }
        let cue = self.lex.head(t.fold)?;
        let n = self.toks.len();
        let initial = self.phrase_initial(i);
        // At the start of a sentence a capital says nothing: "Parti de
        // Cholet" is a verb. Only a name right after the head counts.
        let mut attach = if initial { Attach::Direct } else { cue.attach };
        // A capitalized head mid-sentence opens a name by itself
        // ("Commission européenne", "Conseil de sécurité").
        let cap_head = t.cap() && !initial && !t.upper();
        if cue.attach == Attach::Cap && !cap_head {
            return None;
        }
        let mut j = i + 1;
        let mut name_end = None;
        let mut last_word_end = i + 1;
        let mut seen_de = false;
        let mut between = 0;
        let mut max = if cap_head { 9 } else { 7 };
        let mut lists = 0;
        // Only common nouns may follow (see the adjectives of a direct
        // head below).
        let mut nouns_only = false;
        while j < n && between <= max {
            let u = &self.toks[j];
            // A name with its capitalized article right after the head:
            // "l'hôtel [Le Relais]", "l'association [La Barisienne]".
            if j == i + 1
                && u.cap()
                && matches!(u.fold, "le" | "la" | "les")
                && j + 1 < n
                && self.toks[j + 1].cap()
                && self.starts_name(j + 1)
                && attach != Attach::De
            {
                let e = self.chunk_end(j + 1);
                return Some((self.cand(j, e, cue.label, Some(cue.kind), Trust::Sure), e));
            }
            if self.starts_name(j) {
                // (After a capitalized head, an adjective capitalized
                // before a name is part of it: "la [Fondation du Grand
                // Théâtre]"; a lowercase head leaves the place alone: "le
                // conseil métropolitain du [Grand Nancy]".)
                let epithet = t.cap()
                    && (self.lex.epithets.contains(u.fold)
                        || self.lex.head_epithets.contains(u.fold))
                    && !u.upper()
                    && self.toks.get(j + 1).is_some_and(|t| t.cap() && t.word());
                if nouns_only {
                    // Only its known town or land after « de », as after
                    // a capitalized body's name: "l'[Orchestre
                    // symphonique de Montréal]"; not after an adjective
                    // of an administrative level, which describes the body
                    // ("l'[Orchestre municipal] de [Lucerne]"), nor after
                    // an event ("l'[Exposition nationale] de [Zurich]").
                    let only_de = self.toks[last_word_end..j]
                        .iter()
                        .all(|t| is_de(t) || matches!(t.fold, "la" | "l'"));
                    let level = self.toks[i + 1..last_word_end]
                        .iter()
                        .any(|t| self.lex.levels.contains(t.fold));
                    if only_de && !level && cue.label == Label::Org {
                        name_end = self.place_after(last_word_end);
                    }
                    break;
                }
                if self.lex.has(u, NOT_NAME) && self.gaz[j].is_none() && !epithet {
                    break;
                }
                // A head inside a head: the inner one is the name
                // ("assemblée générale de l'[Association ...]").
                // (Also when the inner head is a known name by itself but
                // heads a longer one: "Conférence d'hiver de l'[Union des
                // fabricants romands de meubles]".)
                // (Not an inner head that names nothing by itself and ends
                // the name: "la [Gazette de la Bourse]", "la [place de
                // l'Eglise]"; but "la salle de l'[Hôtel de la Croix]", "de
                // l'Hôtel « Belle-Rive »".)
                if u.cap() && self.lex.has(u, HEAD) {
                    let more = self
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| is_de(t) || t.cap() || matches!(t.fold, "«" | "\"" | "“"));
                    // A capitalized body of a capitalized body right after
                    // its « de » is one name: "le [Conseil de l'Ecole
                    // polytechnique de Zurich]"; not after the outer one's
                    // own complement ("Conférence d'hiver de l'[Union…]").
                    let next = cap_head
                        && self.toks[i + 1..j]
                            .iter()
                            .all(|t| is_de(t) || matches!(t.fold, "la" | "l'"));
                    let plain = self.gaz[j].is_none() && more;
                    // (The inner name is looked for only when it matters.)
                    if next || !plain {
                        let inner = self.head_name(j);
                        if let Some((_, e)) = inner.as_ref().filter(|_| next) {
                            name_end = Some(*e);
                            break;
                        }
                        if inner.is_some() {
                            return None;
                        }
                    }
                    if plain {
                        return None;
                    }
                }
                // A lowercase head before a known body: the body is the
                // name ("la commission du [Conseil national]").
                let known_org =
                    self.gaz[j].is_some_and(|(_, k)| self.lex.known[k].label == Label::Org);
                // (A place's head keeps a company's name that is also a
                // place's: "le [canal de Suez]".)
                let company = self.gaz[j].is_some_and(|(_, k)| self.lex.known[k].kind == "company");
                if !t.cap()
                    && seen_de
                    && known_org
                    && cue.label != Label::Misc
                    && !(cue.label == Label::Loc && company)
                {
                    return None;
                }
                if !seen_de && attach == Attach::De || seen_de && attach == Attach::Direct {
                    break;
                }
                // "place Pékin", "équipe Macron": a lowercase head right
                // before a known place or a person is no name.
                let known_place = self.gaz[j]
                    .is_some_and(|(_, k)| matches!(self.lex.known[k].kind, "country" | "city"));
                // Streets and churches are named after towns and saints
                // ("rue Saint-Dizier", "église Saint-Etienne"); a verb
                // "place" is not a square ("cela place Pékin dans…").
                let street = matches!(
                    t.fold,
                    "rue"
                        | "avenue"
                        | "boulevard"
                        | "quai"
                        | "chemin"
                        | "route"
                        | "allee"
                        | "impasse"
                        | "eglise"
                        | "cathedrale"
                        | "chapelle"
                        | "basilique"
                        | "abbaye"
                );
                // (But a body's name may begin with its town: "l'association
                // [Morges Commerces]", a known place and another
                // capitalized word.)
                let town_first = || {
                    cue.label == Label::Org
                        && self.gaz[j].is_some_and(|(e, _)| {
                            self.toks.get(e).is_some_and(|t| t.word() && t.cap())
                                && self.gaz[e].is_none()
                                && self.chunk_end(j) > e
                        })
                };
                // ("l'équipe Macron", "l'écurie Zhang": a known person, a
                // given name or a family name is the person's team.)
                let known_person =
                    self.gaz[j].is_some_and(|(_, k)| self.lex.known[k].label == Label::Per);
                let blocked = known_place && !street && !town_first()
                    || known_person
                    || self.lex.has(u, FIRST)
                    || self.lex.has(u, FAMILY);
                if !seen_de && !t.cap() && blocked {
                    break;
                }
                // "la troisième place de Lucien Marbot", "la place de la
                // Suisse": a person or a country after "de" is no part of
                // a place name.
                let country = self.gaz[j].is_some_and(|(_, k)| self.lex.known[k].kind == "country");
                let person = self.lex.has(u, FIRST) || self.is_initial(j);
                if seen_de && (person || country && cue.label == Label::Loc) {
                    break;
                }
                // "la société française [Mistral AI]": a lowercase head
                // right before a known name only describes it, and so does
                // a company noun and its adjective before any name ("la
                // banque publique [Bpifrance]", "la compagnie aérienne
                // [Air Sénégal]": the context types it).
                if !seen_de
                    && !t.cap()
                    && between > 0
                    && (self.gaz[j].is_some() || cue.kind == "company")
                {
                    break;
                }
                let mut e = self.chunk_end(j);
                // The name's own adjectives ("ministère des Affaires
                // sociales") and a coordinated name ("… de la Saulx et du
                // Perthois", but not "traités de Rome et de Nice").
                if self.gaz[j].is_none() {
                    while e < n && adjective_like(self.lex, &self.toks[e]) && e < j + 4 {
                        e += 1;
                    }
                } else if cue.label == Label::Org
                    && known_place
                    && self
                        .toks
                        .get(e)
                        .is_some_and(|u| adjective_like(self.lex, u) && !self.lex.has(u, DEMONYM))
                {
                    // An organization's town may have its adjective: "la
                    // [Chambre de commerce du Montréal métropolitain]".
                    e += 1;
                }
                let mut k = e + 1;
                if self.toks.get(e).is_some_and(|t| t.fold == "et")
                    && self.toks.get(k).is_some_and(is_de)
                {
                    if self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.fold, "la" | "l'"))
                    {
                        k += 1;
                    }
                    k += 1;
                    let known = self.gaz.get(k).copied().flatten().is_some();
                    if self.starts_name(k) && !known {
                        e = self.chunk_end(k);
                    }
                }
                // A capitalized body's name and its place: "la [Banque
                // Nationale du Canada]", "le [Conseil municipal de la Ville
                // de Genève]".
                if t.cap() && cue.label == Label::Org && self.gaz[j].is_none() {
                    e = self.place_after(e).unwrap_or(e);
                }
                name_end = Some(e);
                break;
            }
            if attach == Attach::Direct {
                if adjective_like(self.lex, u) && between < 2 {
                    between += 1;
                    j += 1;
                    // A capitalized head and its adjectives are a name by
                    // themselves ("le [Musée industriel]", "le [Stade
                    // rennais]"), which « de » and common nouns may go on
                    // ("l'[Office fédéral des statistiques]"), or a known
                    // place ("l'[Orchestre symphonique de Montréal]"), not
                    // another name. Not a place noun, which names a body
                    // or a plan so ("le Centre hospitalier", "la Route
                    // numérique de la soie").
                    if cap_head && cue.label != Label::Loc {
                        last_word_end = j;
                        attach = Attach::De;
                        nouns_only = true;
                    }
                    continue;
                }
                break;
            }
            if is_de(u) || matches!(u.fold, "la" | "l'") {
                seen_de |= is_de(u);
                between += 1;
                j += 1;
                continue;
            }
            if u.fold == "pour" && j + 1 < n && !self.toks[j + 1].cap() {
                between += 1;
                j += 1;
                continue;
            }
            // (Not "de la [Chambre] et du [Sénat]": a capitalized head
            // with no complement yet, and another name after « et du ».)
            let other_name = || {
                let mut k = j + 2;
                if self
                    .toks
                    .get(k)
                    .is_some_and(|t| matches!(t.fold, "la" | "l'"))
                {
                    k += 1;
                }
                k < n && self.toks[k].cap() && self.starts_name(k)
            };
            if u.fold == "et"
                && j + 1 < n
                && (adjective_like(self.lex, &self.toks[j + 1])
                    || is_de(&self.toks[j + 1]) && !(t.cap() && !seen_de && other_name()))
            {
                between += 1;
                j += 1;
                continue;
            }
            // A list of complements, closed by « et de »: "commission de
            // l'habitat, de la voirie et de la politique des transports".
            if u.fold == ","
                && seen_de
                && lists < 3
                && (attach == Attach::Open || cap_head)
                && self.toks.get(j + 1).is_some_and(is_de)
                && self.list_closes(j + 1)
            {
                lists += 1;
                max += 6;
                between += 1;
                j += 1;
                continue;
            }
            // A lowercase head inside: if it makes a name of its own, that
            // is the name ("comité conservateur du [canton de Fribourg]");
            // but a capitalized head takes a place in as its own part
            // ("la [Société d'agriculture du district de Boudry]").
            if u.word() && !u.cap() {
                if let Some(inner) = self.lex.head(u.fold) {
                    let part = cap_head && inner.label == Label::Loc;
                    if !part && self.head_name(j).is_some() {
                        return None;
                    }
                }
            }
            if u.word() && !u.cap() && !u.digit() && u.alpha() {
                let prev = self.toks[j - 1].fold;
                let prev_de = matches!(prev, "de" | "du" | "des" | "d'" | "la" | "l'");
                let f = u.fold;
                // After a lowercase head, which is more often a
                // description than a name, every word in -re stops it too
                // (« la société d'apiculture de [Belfort] »).
                let infinitive = infinitive_like(f) || (!cap_head && f.ends_with("re"));
                let adjective = adjective_like(self.lex, u);
                let noun = prev_de
                    && !infinitive
                    && !self.lex.has(u, NOT_NAME)
                    && !self.lex.has(u, MONTH)
                    && f.len() > 2;
                let after_pour = prev == "pour" && !self.lex.has(u, NOT_NAME);
                if adjective || noun || after_pour {
                    between += 1;
                    j += 1;
                    if adjective || noun {
                        last_word_end = j;
                    }
                    continue;
                }
            }
            break;
        }
        let open = attach == Attach::Open && seen_de && !t.cap();
        let mut end = match name_end {
            Some(e) => e,
            None if (cap_head || open) && last_word_end > i + 1 => last_word_end,
            _ => return None,
        };
        // Trim what cannot end a name.
        while end > i + 1
            && (is_particle(self.folded.as_bytes(), &self.toks[end - 1])
                || !self.toks[end - 1].word())
        {
            end -= 1;
        }
        if end <= i + 1 {
            return None;
        }
        // A known name at least as long wins: "Banque populaire de Chine"
        // is the central bank, not any bank.
        if self.gaz[i].is_some_and(|(e, _)| e >= end) {
            return None;
        }
        Some((
            self.cand(i, end, cue.label, Some(cue.kind), Trust::Sure),
            end,
        ))
    }

    /// « de », « du » or « d' » at `e`, then a known place (a town, a
    /// country, a region): the token after the place.
    fn place_after(&self, e: usize) -> Option<usize> {
        let t = self.toks.get(e)?;
        if !matches!(t.fold, "de" | "du" | "d'") {
            return None;
        }
        let mut k = e + 1;
        if self
            .toks
            .get(k)
            .is_some_and(|t| matches!(t.fold, "la" | "l'"))
        {
            k += 1;
        }
        let (end, idx) = self.gaz.get(k).copied().flatten()?;
        (self.lex.known[idx].label == Label::Loc).then_some(end)
    }

    /// A list of « de » complements from token `k` on is closed by « et
    /// de » (or « et du », « et des ») within the next 16 tokens, with
    /// nothing but words and commas before it.
    fn list_closes(&self, k: usize) -> bool {
        let end = self.toks.len().min(k + 16);
        for j in k..end {
            let t = &self.toks[j];
            if t.fold == "et" {
                return self.toks.get(j + 1).is_some_and(is_de);
            }
            if !t.word() && t.fold != "," && t.fold != "'" {
                return false;
            }
        }
        false
    }

    /// Type the capitalized sequence `[a, b)` and push its mentions.
    fn classify(&self, a: usize, b: usize, out: &mut Vec<Cand<'f>>) {
        let lex = self.lex;
        let mut a = a;
        let mut b = b;
        // A name that ends with a company or media suffix keeps a
        // nationality adjective in the first place: "la [Deutsche
        // Rundschau]", "[British Airways]".
        // (Asked only of a demonym at the edge.)
        let (a0, b0) = (a, b);
        let suffixed = || {
            let last = &self.toks[b0 - 1];
            b0 >= a0 + 2
                && last.cap()
                && lex
                    .suffixes
                    .contains_key(&self.text[last.start()..last.end()])
        };
        // Negative rules: function words, months and demonyms at the
        // edges.
        while a < b {
            let t = &self.toks[a];
            if self.gaz[a].is_some() {
                break;
            }
            // "S. M." (Sa Majesté) and the initial of its empire or kingdom
            // ("S. M. R.", "S. M. B."): a title.
            // (Not two initials before a family name: "S. M. Dupont".)
            if t.fold == "s." && self.toks.get(a + 1).is_some_and(|u| u.fold == "m.") {
                let mut k = a + 2;
                if k < b && self.toks[k].fold.trim_end_matches('.').len() == 1 {
                    k += 1;
                }
                if k >= b || !self.toks[k].word() {
                    a = k;
                    continue;
                }
            }
            // "le Grand Nancy", "au sommet du Grand Colombier": « Grand »
            // capitalized inside a sentence, before a known place and
            // nothing else, is part of the place's name.
            // So is « Saint » written without its hyphen before a known
            // place ("à Saint Pétersbourg"), even opening a sentence.
            // (Opening a sentence, not before a given name: « Saint
            // Dominique a fondé un ordre » is the saint.)
            let grand = (lex.place_epithets.contains(t.fold) && !self.phrase_initial(a)
                || matches!(t.fold, "saint" | "sainte")
                    && !(self.phrase_initial(a)
                        && self.toks.get(a + 1).is_some_and(|u| lex.has(u, FIRST))))
                && t.cap()
                && !t.upper();
            if let Some((e, k)) = self.gaz.get(a + 1).copied().flatten().filter(|_| grand) {
                let known = &lex.known[k];
                if e == b && known.label == Label::Loc {
                    let kind = (!known.kind.is_empty()).then_some(known.kind);
                    out.push(self.cand(a, b, Label::Loc, kind, Trust::Sure));
                    return;
                }
            }
            // (A common noun capitalized inside a name that a suffix ends
            // stays: "le [Fintech AI Forum]", "l'[AI Act]".)
            let inside_suffixed = || {
                a + 1 < b
                    && t.cap()
                    && (t.fold.len() >= 4 || t.upper() && t.fold.len() >= 2)
                    && !self.phrase_initial(a)
                    && suffixed()
            };
            if lex.has(t, NOT_NAME) && !self.kept_particle(a, b) && !inside_suffixed()
                || lex.has(t, MONTH)
                || lex.has(t, DEMONYM)
                    && !(t.cap()
                        && suffixed()
                        // (A French noun after its article: "l'Américain
                        // [General Motors]".)
                        && !(a > 0 && matches!(self.toks[a - 1].fold, "l'" | "le" | "les")))
                || is_particle(self.folded.as_bytes(), t) && !mac(t) && !self.kept_particle(a, b)
                || !t.word()
                || self.is_title(a)
            {
                a += 1;
                continue;
            }
            break;
        }
        // (A company suffix in capitals that folds to a function word
        // stays: « Thomson SA ».)
        while b > a
            && (is_particle(self.folded.as_bytes(), &self.toks[b - 1])
                || !self.toks[b - 1].word()
                || lex.has(&self.toks[b - 1], NOT_NAME)
                    && self.gaz_covering(b - 1).is_none()
                    && !(b == b0 && self.toks[b - 1].upper() && suffixed()))
        {
            b -= 1;
        }
        if a >= b {
            return;
        }
        let initial = self.phrase_initial(a);
        let after = self.toks.get(b);
        let before = if a > 0 { self.toks.get(a - 1) } else { None };
        let single_gaz = matches!(self.gaz[a], Some((e, _)) if e == b);

        // A known name, exactly.
        if single_gaz {
            let k = &lex.known[self.gaz[a].map(|g| g.1).unwrap_or(0)];
            // A title before a given name that is also a place or brand
            // ("Mme Florence" is a person).
            // So is a title of address before a company's name that is a
            // family name ("Mlle Peugeot", "le général Ferrari").
            let family_firm = |t: &Tok| {
                k.label == Label::Org
                    && k.kind == "company"
                    && !lex.offices.contains_key(t.fold)
                    && b == a + 1
            };
            if before.is_some_and(|t| {
                self.is_title_tok(t) && (lex.has(&self.toks[a], FIRST) || family_firm(t))
            }) {
                out.push(self.cand(a, b, Label::Per, Some("person"), Trust::Sure));
                return;
            }
            // A known land and its compass adjective: "l'[Amérique
            // méridionale]", "la [Chine orientale]".
            let part = k.label == Label::Loc
                && k.kind != "city"
                && self
                    .toks
                    .get(b)
                    .is_some_and(|t| t.word() && lex.sides.contains(t.fold));
            let b = if part { b + 1 } else { b };
            // A town's team in a score line: "Young Boys 3, [Bâle] 0".
            if k.kind == "city" && self.score_pair(a, b, ScoreSide::Town) {
                out.push(self.cand(a, b, Label::Org, Some("sports_club"), Trust::Sure));
                return;
            }
            out.push(self.cand(a, b, k.label, Some(k.kind), Trust::Sure));
            return;
        }
        let words = (a..b).filter(|&k| self.toks[k].word()).count();
        let last = &self.toks[b - 1];
        // Context that types a name the lexicons do not know: a product
        // noun before it ("le robot humanoïde [Walker S]"), a media
        // apposition after it ("[Hello China Tech], une newsletter"),
        // "chez" before a name of two words or more ("expert chez
        // [Albright Stonebridge]").
        let titled_here = before.is_some_and(|t| self.is_title_tok(t)) || self.title_before(a);
        let named = given_name(lex, &self.toks[a]) || self.is_initial(a);
        // (a role before the name does not matter for an apposition:
        // "fondateur de [Hello China Tech], une newsletter").
        if self.gaz[a].is_none() && self.media_apposition(b) {
            out.push(self.cued(a, b, Label::Misc, Some("media")));
            return;
        }
        // "[Knoll], une grande fabrique allemande": a company noun in the
        // apposition (not after a person's given name or title: "Paul
        // Favre, un horloger").
        if self.gaz[a].is_none() && !named && !titled_here && self.company_apposition(b) {
            out.push(self.cued(a, b, Label::Org, Some("company")));
            return;
        }
        if !titled_here && self.gaz[a].is_none() {
            // A team and its goals in a score line: "Servette 2,
            // [Lausanne-Sport] 1".
            if !named && self.score_pair(a, b, ScoreSide::Name) {
                out.push(self.cand(a, b, Label::Org, Some("sports_club"), Trust::Sure));
                return;
            }
            if self.context_before(a, PRODUCT) {
                out.push(self.cued(a, b, Label::Misc, Some("product")));
                return;
            }
            if !named && self.context_before(a, COMPANY) {
                out.push(self.cued(a, b, Label::Org, Some("company")));
                return;
            }
            // "exploité depuis 2010 par [Keolis]": the agent of a
            // company's deed.
            if !named && !lex.has(&self.toks[a], FAMILY) && self.company_agent_before(a) {
                out.push(self.cand(a, b, Label::Org, Some("company"), Trust::Guess));
                return;
            }
            if words >= 2 && !named && a > 0 && self.is(a - 1, ORG_PREP) {
                out.push(self.cand(a, b, Label::Org, Some("company"), Trust::Sure));
                return;
            }
        }
        // A company suffix ends it.
        if words >= 2 {
            let last_text = &self.text[last.start()..last.end()];
            if let Some(cue) = lex.suffixes.get(last_text) {
                // "Xiao de Leonis Capital": a name, "de", then the company.
                let split = (a + 1..b.saturating_sub(2))
                    .find(|&k| matches!(self.toks[k].fold, "de" | "d'" | "du"));
                if let Some(k) = split.filter(|&k| k == a + 1) {
                    self.classify_unknown(a, k, initial, out);
                    out.push(self.cand(k + 1, b, cue.label, Some(cue.kind), Trust::Sure));
                    return;
                }
                out.push(self.cand(a, b, cue.label, Some(cue.kind), Trust::Sure));
                return;
            }
        }
        // A club's prefix opens it: "l'[AS Monaco]", "le [HC Lausanne]",
        // "l'[Olympique lyonnais]" (its town's adjective after it).
        let opening = &self.toks[a];
        let adjective = || {
            words == 1
                && !opening.upper()
                && self.toks.get(b).is_some_and(|t| adjective_like(lex, t))
        };
        let prefix = (lex.has(opening, PREFIX) && (words >= 2 || adjective()))
            .then(|| lex.prefixes.get(&self.text[opening.start()..opening.end()]))
            .flatten();
        if let Some(cue) = prefix {
            // (One word: its adjective follows.)
            let end = if words == 1 { b + 1 } else { b };
            out.push(self.cand(a, end, cue.label, Some(cue.kind), Trust::Sure));
            return;
        }
        // The prefix written in initials: "le [H. C. Fleurier]", "le
        // [F. C. Sion]".
        let initials = if self.is_initial(a) {
            (a..b).take_while(|&k| self.is_initial(k)).count()
        } else {
            0
        };
        if initials >= 2 && a + initials < b {
            // (The letter as a char: an initial may be accented, "É.".)
            let letters: String = (a..a + initials)
                .filter_map(|k| self.text[self.toks[k].start()..].chars().next())
                .collect();
            if let Some(cue) = lex.prefixes.get(&letters) {
                out.push(self.cand(a, b, cue.label, Some(cue.kind), Trust::Sure));
                return;
            }
        }
        // "le président d'[Alcatel Alsthom]": the body that has the office
        // (one word: `classify_unknown`), when no suffix or prefix says
        // more.
        if words >= 2
            && !titled_here
            && self.gaz[a].is_none()
            && !named
            && self.body_office_before(a)
        {
            out.push(self.cand(a, b, Label::Org, None, Trust::Guess));
            return;
        }
        // A known brand or product and a model code: "Nvidia H100",
        // "WAIC 2025", "Kirin X90s".
        if let Some((e, k)) = self.gaz[a] {
            let known = &lex.known[k];
            let codes = (e..b).all(|k| {
                let t = &self.toks[k];
                t.digit()
                    || t.upper() && t.fold.len() <= 3
                    || matches!(t.fold, "pro" | "max" | "ultra" | "plus" | "mini")
            });
            if e < b && codes && known.label == Label::Org && self.toks[e].digit() {
                out.push(self.cand(a, b, Label::Misc, Some("product"), Trust::Sure));
                return;
            }
            if e < b && codes && known.label == Label::Misc {
                out.push(self.cand(a, b, Label::Misc, Some(known.kind), Trust::Sure));
                return;
            }
            // A product and the capitalized words of its edition: "WeChat
            // Health", "Windows Server".
            let unknown_words = (e..b).all(|m| {
                let t = &self.toks[m];
                t.word() && (t.cap() || t.digit()) && self.gaz_covering(m).is_none()
                    || t.fold == "."
            });
            // A given name that is also a product ("Claude") is the
            // product when a version number follows ("Claude 3.5 Sonnet").
            let numbered = (e..b).any(|m| self.toks[m].digit());
            let given = lex.has(&self.toks[a], FIRST) && !numbered;
            if e < b && known.kind == "product" && unknown_words && !given {
                out.push(self.cand(a, b, Label::Misc, Some("product"), Trust::Sure));
                return;
            }
        }
        let first = &self.toks[a];
        // The same questions as above (`a` has not moved): answered once.
        let titled = titled_here;
        let given = named && !first.upper();
        let family = |k: usize| lex.has(&self.toks[k], FAMILY);
        let has_gaz = (a..b).any(|k| self.gaz_covering(k).is_some());
        // Persons: a given name first, a title before, a Chinese name.
        if (2..=4).contains(&words) {
            let chinese = (family(a) && !self.toks[a + 1].upper() && self.gaz[a + 1].is_none())
                || (family(b - 1) && self.gaz[a].is_none() && !first.upper());
            let plain = (a..b).all(|k| {
                self.toks[k].word() && !is_particle(self.folded.as_bytes(), &self.toks[k])
                    || self.toks[k].fold == "-"
            });
            let second_country = self.gaz[a + 1].is_some_and(|(_, k)| {
                lex.known[k].kind == "country" || lex.known[k].label != Label::Loc
            });
            let initials_then_known = self.is_initial(a) && has_gaz;
            // No number in a person's name: "Claude 3.5 Sonnet" is a model.
            let numbered = (a..b).any(|k| self.toks[k].digit());
            if (given
                && !second_country
                && !initials_then_known
                && !numbered
                && self.gaz[a].is_none_or(|(e, _)| e == a + 1))
                || (titled && !has_gaz)
                || (chinese && plain)
            {
                out.push(self.cand(a, b, Label::Per, Some("person"), Trust::Sure));
                return;
            }
        }
        // A known company and the capitalized words after it name one
        // thing, most often its product ("[Peugeot Expert]", "[Apple
        // Intelligence]"), sometimes its division ("Siemens Mobility"):
        // a product after a determiner or a product noun, else a division
        // (ORG); not the company and a person (nor a given name after it:
        // "Nestlé Helmut Maucher").
        if let Some((e, k)) = self.gaz[a] {
            let known = &lex.known[k];
            let division = known.label == Label::Org
                && known.kind == "company"
                && e < b
                && b - e <= 2
                && (e..b).all(|m| {
                    let t = &self.toks[m];
                    t.word()
                        && t.cap()
                        && !t.upper()
                        && !t.digit()
                        && self.gaz_covering(m).is_none()
                        && !self.lex.has(t, FIRST)
                });
            if division {
                // A product after a determiner or a product noun ("une
                // Renault Clio", "le smartphone Kolmar Nova"); otherwise
                // the company's division ("chez Airbus Helicopters",
                // "Renault Trucks supprime 300 postes").
                // (Also past one lowercase word: "un second [Carrefour
                // Planet]".)
                let lower = |k: usize| {
                    let t = &self.toks[k];
                    t.word() && !t.cap() && !t.digit()
                };
                let determiner = |k: usize| {
                    matches!(
                        self.toks[k].fold,
                        "un" | "une"
                            | "le"
                            | "la"
                            | "l'"
                            | "les"
                            | "des"
                            | "du"
                            | "son"
                            | "sa"
                            | "ses"
                            | "leur"
                            | "leurs"
                            | "ce"
                            | "cet"
                            | "cette"
                            | "ces"
                            | "nouveau"
                            | "nouvelle"
                            | "nouvel"
                    )
                };
                let product = a > 0 && determiner(a - 1)
                    || a > 1 && lower(a - 1) && determiner(a - 2)
                    || self.context_before(a, PRODUCT);
                if product {
                    out.push(self.cand(a, b, Label::Misc, Some("product"), Trust::Sure));
                } else {
                    out.push(self.cand(a, b, Label::Org, Some("company"), Trust::Sure));
                }
                return;
            }
        }
        if has_gaz {
            // Known names with unknown words around them: each known name
            // stands alone; the rest is typed by itself.
            let mut k = a;
            let mut rest = a;
            while k < b {
                if let Some((e, idx)) = self.gaz[k] {
                    if e <= b {
                        if rest < k {
                            self.classify_unknown(rest, k, rest == a && initial, out);
                        }
                        let known = &lex.known[idx];
                        // "Allemagne du Sud": a place and its part.
                        let part = (e + 1..b).any(|m| self.compass(m));
                        if known.label == Label::Loc
                            && e < b
                            && is_particle(self.folded.as_bytes(), &self.toks[e])
                            && part
                        {
                            out.push(self.cand(k, b, Label::Loc, Some(known.kind), Trust::Sure));
                            return;
                        }
                        out.push(self.cand(k, e, known.label, Some(known.kind), Trust::Sure));
                        k = e;
                        rest = e;
                        continue;
                    }
                }
                k += 1;
            }
            if rest < b {
                self.classify_unknown(rest, b, false, out);
            }
            return;
        }
        if titled && !first.upper() {
            out.push(self.cand(a, b, Label::Per, Some("person"), Trust::Sure));
            return;
        }
        // A role after the name: "Jean Vaudrey, maire de ...".
        if let Some(t) = after {
            let comma = t.fold == ",";
            let mut k = b + usize::from(comma);
            if self.toks.get(k).is_some_and(|t| {
                matches!(
                    t.fold,
                    "le" | "la"
                        | "l'"
                        | "un"
                        | "une"
                        | "notre"
                        | "son"
                        | "sa"
                        | "ancien"
                        | "ancienne"
                )
            }) {
                k += 1;
            }
            if comma
                && self
                    .toks
                    .get(k)
                    .is_some_and(|t| is_role(lex, t) && !t.cap())
                && !self.toks[a].upper()
            {
                out.push(self.cand(a, b, Label::Per, Some("person"), Trust::Sure));
                return;
            }
        }
        self.classify_unknown(a, b, initial, out);
    }

    /// Token `k` is in the word list `bit` (none past the end).
    fn is(&self, k: usize, bit: u16) -> bool {
        self.toks.get(k).is_some_and(|t| self.lex.has(t, bit))
    }

    /// A context noun of the list `bit` right before token `a`, or two
    /// tokens before with one lowercase word between ("robot [X]", "robot
    /// humanoïde [X]", "groupe français [X]").
    fn context_before(&self, a: usize, bit: u16) -> bool {
        let tok = |k: usize| &self.toks[k];
        (a >= 1 && self.is(a - 1, bit))
            || (a >= 2
                && self.is(a - 2, bit)
                && tok(a - 1).word()
                && !tok(a - 1).cap()
                && !tok(a - 1).digit()
                && !is_particle(self.folded.as_bytes(), tok(a - 1))
                && tok(a - 1).fold.len() > 3)
    }

    /// The name `[a, b)` and the number of one or two digits after it are
    /// one side of a score line, whose other side, a capitalized word and
    /// such a number, follows after a comma or a dash ("[Servette 2],
    /// Lausanne-Sport 1") or comes before it ("Servette 2, [Lausanne-Sport
    /// 1]"); or the name is one of two teams joined by a dash before their
    /// score ("[Lugano] - Servette 1-2", "Lugano - [Servette] 1-2").
    /// In the comma form the goals are one digit, the pair is not one of
    /// a list of three or more ("Paris 12, Lyon 4, Marseille 3" are
    /// counts), and a known town ([`ScoreSide::Town`]) against another
    /// known name needs a word of a match in the
    /// sentence (`words.tsv`, "score": « victoire », « battu »): « Les
    /// températures : Lille 12, Brest 15 » are no score.
    #[inline]
    fn score_pair(&self, a: usize, b: usize, side: ScoreSide) -> bool {
        // (Most names are followed by neither goals nor a dash: told here,
        // without a call.)
        self.toks
            .get(b)
            .is_some_and(|t| t.digit() || matches!(t.fold, "-" | "–"))
            && self.score_pair_at(a, b, side)
    }

    /// [`Sentence::score_pair`], once a number or a dash follows.
    #[inline(never)]
    fn score_pair_at(&self, a: usize, b: usize, mode: ScoreSide) -> bool {
        let goals = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                t.fold.len() <= 2 && t.fold.bytes().all(|c| c.is_ascii_digit()) && t.digit()
            })
        };
        let link = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.fold, "," | "-" | "–" | ";"))
        };
        let side = |k: usize| self.toks.get(k).is_some_and(|t| t.word() && t.cap());
        let dash = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.fold, "-" | "–"))
        };
        // A score after both teams, "1-2" (one token or three).
        let score = |k: usize| {
            let one = self.toks.get(k).is_some_and(|t| {
                t.digit()
                    && t.fold.split_once(['-', '–']).is_some_and(|(x, y)| {
                        [x, y].iter().all(|n| {
                            (1..=2).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit())
                        })
                    })
            });
            one || goals(k) && dash(k + 1) && goals(k + 2)
        };
        // "[Lugano] - Servette 1-2", "Lugano - [Servette] 1-2".
        if dash(b) && side(b + 1) && (b + 2..b + 4).any(|k| score(k) && (b + 1..k).all(side)) {
            return true;
        }
        if a >= 2 && dash(a - 1) && side(a - 2) && score(b) {
            return true;
        }
        if mode == ScoreSide::Any {
            let after = link(b + 1)
                && side(b + 2)
                && (b + 3..b + 5).any(|k| goals(k) && (b + 2..k).all(side));
            return goals(b) && (after || a >= 3 && link(a - 1) && goals(a - 2) && side(a - 3));
        }
        // The comma form: goals of one digit.
        let goal = |k: usize| goals(k) && self.toks[k].fold.len() == 1;
        if !goal(b) {
            return false;
        }
        // A name and its goals after the link at `k`: the end of the goals.
        let next = |k: usize| {
            (link(k) && side(k + 1))
                .then(|| (k + 2..k + 4).find(|&g| goal(g) && (k + 1..g).all(side)))
                .flatten()
        };
        // The other side after: a capitalized name of up to three words,
        // then its goals; nothing of the kind before or after the two.
        let after = next(b + 1).is_some_and(|g| next(g + 1).is_none())
            && !(a >= 2 && link(a - 1) && goals(a - 2));
        // The other side before: its goals, then a name.
        let before = a >= 3
            && link(a - 1)
            && goal(a - 2)
            && side(a - 3)
            && next(b + 1).is_none()
            && !(a >= 5 && link(a - 4) && goals(a - 5));
        // (A town against an unknown name, "Young Boys 3, [Bâle] 0", needs
        // no word of a match.)
        let other = if after { b + 2 } else { a.saturating_sub(3) };
        (after || before)
            && (mode != ScoreSide::Town || self.gaz[other].is_none() || self.match_sentence())
    }

    /// A word of a match in the sentence (`words.tsv`, "score").
    #[inline(never)]
    fn match_sentence(&self) -> bool {
        self.toks
            .iter()
            .any(|t| t.word() && self.lex.score_cues.contains(t.fold))
    }

    /// « par » right before token `a`, after a participle whose agent is
    /// mostly a company (`context.tsv`, "agent"), with at most three words
    /// between: "racheté par [X]", "exploité depuis 2010 par [X]",
    /// "exploitée à 51 % par [X]".
    /// (An article may come between: "exploité par la [Semitan]".)
    #[inline]
    fn company_agent_before(&self, a: usize) -> bool {
        let p = match self.toks.get(a.wrapping_sub(1)).map(|t| t.fold) {
            Some("par") => a - 1,
            Some("la" | "le" | "l'" | "les") if a >= 3 && self.toks[a - 2].fold == "par" => a - 2,
            _ => return false,
        };
        p >= 1 && self.agent_before_par(p, p + 1 < a)
    }

    /// A participle of [`Sentence::company_agent_before`] before the
    /// « par » at `p` (after « par » and an `article`, also those of
    /// `context.tsv` "agent_det": « financé par la [Région] »).
    #[inline(never)]
    fn agent_before_par(&self, p: usize, article: bool) -> bool {
        let a = p + 1;
        for k in (a.saturating_sub(5)..a - 1).rev() {
            let t = &self.toks[k];
            if self.lex.has(t, AGENT) || article && self.lex.agent_det.contains(t.fold) {
                return true;
            }
            if !t.word() && t.fold != "%" {
                return false;
            }
        }
        false
    }

    /// An office held in a body (`offices.tsv`, "body"), or a noun whose
    /// « de » introduces a company (`context.tsv`, "of"), and « de » right
    /// before token `a`: "le président de [X]", "le PDG d'[X]", "le rachat
    /// de [X]", "les actionnaires d'[X]".
    fn body_office_before(&self, a: usize) -> bool {
        a >= 2
            && matches!(self.toks[a - 1].fold, "de" | "d'")
            && self.toks[a - 2].word()
            && (self.lex.offices.get(self.toks[a - 2].fold) == Some(&true)
                || self.lex.company_of.contains(self.toks[a - 2].fold))
            // A family name's particle, « Mac », « Saint » open a person.
            // (« Mac », « Mc » are particles too.)
            && !is_particle(self.folded.as_bytes(), &self.toks[a])
            && !matches!(self.toks[a].fold, "saint" | "sainte")
            && !self.lex.particle_families.contains(self.toks[a].fold)
    }

    /// ", un/une/le/la NOUN" after token `b - 1`, NOUN a media noun.
    fn media_apposition(&self, b: usize) -> bool {
        let fold = |k: usize| self.toks.get(k).map(|t| t.fold);
        fold(b) == Some(",")
            && matches!(fold(b + 1), Some("un" | "une" | "le" | "la"))
            && self.is(b + 2, MEDIA)
    }

    /// ", une [ADJ] NOUN" after token `b - 1`, NOUN a company noun ("une
    /// grande fabrique"), or ", un [ADJ] groupe": the masculine company
    /// nouns are also trades people practise ("un horloger", "un
    /// chimiste").
    fn company_apposition(&self, b: usize) -> bool {
        let fold = |k: usize| self.toks.get(k).map(|t| t.fold);
        if fold(b) != Some(",") {
            return false;
        }
        let firm = |k: usize| match fold(b + 1) {
            Some("une") => self.is(k, COMPANY),
            Some("un") => fold(k) == Some("groupe"),
            _ => false,
        };
        firm(b + 2) || self.toks.get(b + 2).is_some_and(|t| t.word() && !t.cap()) && firm(b + 3)
    }

    /// Titles in guillemets or curly quotes: works, events, named days
    /// and initiatives (« Jour de la Libération », « Le Petit Prince »).
    /// The quoted text must read as a name, not as speech: a capital first,
    /// another capitalized word after it, two to twelve words, and no
    /// punctuation inside. It replaces the mentions found inside it.
    pub fn quoted_titles(&self, out: &mut Vec<Cand<'f>>) {
        let raw = |t: &Tok| &self.text[t.start()..t.end()];
        let mut i = 0;
        // Only «, “, ‘ and the straight quote open a title: the tokens of
        // `starts.quotes` begin with their first byte (a straight quote
        // opens only a title after its cue, see `titled`).
        for &k in &self.starts.quotes {
            let k = k as usize;
            if k < i {
                continue;
            }
            i = k;
            let close = match raw(&self.toks[i]) {
                "«" => "»",
                "“" => "”",
                "‘" => "’",
                "\"" => "\"",
                _ => {
                    continue;
                }
            };
            // (Optical reading of old print often turns » into >: read
            // as one only when no » comes in range, « Paris > Londres »
            // being a comparison.)
            let range = i + 1..self.toks.len().min(i + 20);
            let found = range
                .clone()
                .find(|&k| raw(&self.toks[k]) == close)
                .or_else(|| {
                    (close == "»")
                        .then(|| range.clone().find(|&k| raw(&self.toks[k]) == ">"))
                        .flatten()
                });
            let Some(j) = found else {
                i += 1;
                continue;
            };
            let inner = &self.toks[i + 1..j];
            // The words inside: how many, the first (the opening quote
            // when there is none: only read after a count check), and a
            // capital after the first.
            let mut words = 0;
            let mut w0 = &self.toks[i];
            let mut later_cap = false;
            for t in inner.iter().filter(|t| t.word()) {
                if words == 0 {
                    w0 = t;
                } else {
                    later_cap |= t.cap();
                }
                words += 1;
            }
            let punctuation = inner.iter().any(|t| {
                !t.word() && matches!(raw(t), "," | ";" | ":" | "." | "!" | "?" | "…" | "«" | "»")
            });
            // An acronym first reads as a concept label (« AI for
            // Science », « IA de confiance »), not a title.
            // Speech, not a title, when an incise follows the quote:
            // « … », a-t-il confié; « … », dit-elle.
            let incise = || {
                self.toks.get(j + 1).is_some_and(|t| t.fold == ",")
                    && self.toks.get(j + 2).is_some_and(|t| {
                        let f = t.fold;
                        t.word()
                            && (f.contains("-t-")
                                || self
                                    .lex
                                    .incise_endings
                                    .iter()
                                    .any(|e| f.ends_with(e.as_str())))
                    })
            };
            let reads_as_name = (2..=12).contains(&words)
                && w0.cap()
                && !w0.upper()
                && !w0.digit()
                && later_cap
                && !punctuation
                && !incise();
            // A name given to something after a naming cue, built on a
            // known name ("connue sous le nom de « Davos d'été »") or one
            // capitalized word ("surnommée « Chinatown »"), is a name;
            // what it names is not known. Phrases of common words with a
            // capital first (« Petits pois ») are not.
            let nickname = !reads_as_name
                && (1..=6).contains(&words)
                && w0.cap()
                && (words == 1 || self.gaz[i + 1].is_some())
                && !punctuation
                && self.naming_cue(i);
            // A product noun before a quoted name: "les robots ‘Minions’",
            // "la série de modèles « Pangu-Σ »".
            let product = !reads_as_name
                && (1..=4).contains(&words)
                && (w0.cap() || w0.inner_cap())
                && !punctuation
                && i > 0
                && self.is(i - 1, PRODUCT);
            // One capitalized word in guillemets after an article: the
            // French way to cite a newspaper or a work (« le « Matin » »,
            // « au « Journal » », « la « Presse » »); a known name keeps
            // its type (« la « Fed » »).
            let cited = !reads_as_name
                && words == 1
                && w0.cap()
                && self.gaz[i + 1].is_none()
                && !w0.digit()
                && inner.len() == 1
                && i > 0
                && matches!(
                    self.toks[i - 1].fold,
                    "le" | "la" | "les" | "l'" | "au" | "aux" | "du" | "des"
                );
            // A title after its cue: « une exposition intitulée "Images du
            // ciel" », « d'après "Les souliers du vieux meunier" »; French
            // titles capitalize their first word only.
            let titled = !reads_as_name
                && (1..=10).contains(&words)
                && w0.cap()
                && !w0.upper()
                && !punctuation
                && self.title_cue(i);
            // Straight quotes open and close alike, and the regional press
            // quotes clubs and places with them: a title only after its cue.
            let straight = close == "\"";
            // A known name in quotes keeps its type (« Petit Parisien »).
            let known = self.gaz[i + 1].is_some_and(|(e, _)| e == j);
            if (!straight && (reads_as_name || nickname || product || cited) || titled) && !known {
                let (start, end) = (self.toks[i + 1].start(), self.toks[j - 1].end());
                out.retain(|c| c.end <= start || c.start >= end);
                let kind = if product {
                    Some("product")
                } else if nickname || cited {
                    None
                } else {
                    Some("work")
                };
                out.push(self.cand(i + 1, j, Label::Misc, kind, Trust::Sure));
            }
            i = j + 1;
        }
    }

    /// The folded word of the token before `k`, "" at the start.
    fn fold_before(&self, k: usize) -> &'f str {
        k.checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .map_or("", |t| t.fold)
    }

    /// The words before token `i` give a name: "(sous) le nom de",
    /// "surnommé(e)(s)", "baptisé(e)(s)", "appelé(e)(s)", "alias".
    fn naming_cue(&self, i: usize) -> bool {
        let fold = |k: usize| self.fold_before(k);
        let w = fold(i);
        matches!(w, "de" | "d'") && fold(i - 1) == "nom"
            || w == "alias"
            || ["surnomm", "baptis", "appel"].iter().any(|stem| {
                w.strip_prefix(stem)
                    .is_some_and(|e| matches!(e, "e" | "ee" | "es" | "ees"))
            })
    }

    /// A cue of a work's title just before the quote at `i`: "intitulé",
    /// "d'après", or a noun of works and shows ("l'exposition", "le
    /// spectacle", "l'émission", "l'opération").
    fn title_cue(&self, i: usize) -> bool {
        let fold = |k: usize| self.fold_before(k);
        let w = fold(i);
        w.strip_prefix("intitul")
            .is_some_and(|e| matches!(e, "e" | "ee" | "es" | "ees"))
            || (w == "apres" && fold(i - 1) == "d'")
            || matches!(
                w,
                "exposition"
                    | "spectacle"
                    | "livre"
                    | "roman"
                    | "film"
                    | "piece"
                    | "emission"
                    | "operation"
                    | "campagne"
                    | "album"
                    | "chanson"
                    | "serie"
                    | "ouvrage"
                    | "conference"
                    | "slogan"
            )
    }

    fn is_title_tok(&self, t: &Tok) -> bool {
        t.word() && self.lex.has(t, TITLE)
    }

    /// A title or role a few words before `a`, across demonyms and a
    /// comma: "le premier ministre chinois, Li Qiang".
    fn title_before(&self, a: usize) -> bool {
        let mut k = a;
        let mut steps = 0;
        while k > 0 && steps < 3 {
            k -= 1;
            steps += 1;
            let t = &self.toks[k];
            if self.is_title_tok(t) {
                // "le président de [Vooruit]": after an office and « de »
                // comes what it is the office of, not a nobiliary particle.
                // (But "le président de [Gaulle]": a known person's
                // family name after its particle.)
                let particle = steps == 2
                    && matches!(self.toks[k + 1].fold, "de" | "d'")
                    && !self
                        .toks
                        .get(k + 2)
                        .is_some_and(|n| self.lex.particle_families.contains(n.fold));
                return !(particle && self.lex.offices.contains_key(t.fold));
            }
            // "le général de Gaulle": a title, then a nobiliary particle.
            let particle = steps == 1 && matches!(t.fold, "de" | "d'");
            if particle || t.fold == "," || self.lex.has(t, DEMONYM) || adjective_like(self.lex, t)
            {
                continue;
            }
            return false;
        }
        false
    }

    /// A compass point: "Nord", "Sud", "Est", "Ouest", "Centre".
    fn compass(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.cap() && self.lex.compass_points.contains(t.fold))
    }

    /// A dateline follows token `b`: a full stop or comma, then a dash, a
    /// day number or "(corr.)" ("Cressier. — Dimanche", "BERNE, 24"), or
    /// a day number and a month after a name in capitals or one plain word
    /// ("BERLIN 30 octobre", "Rastadt 21 août"; not the participle of a
    /// timestamp, "Publié 12 mars", nor "Rendez-vous 12 avril",
    /// "Naissances 4 juin").
    fn dateline_after(&self, a: usize, b: usize) -> bool {
        let Some(t) = self.toks.get(b) else {
            return false;
        };
        // "BERLIN 30 octobre", "PÉTERSBOURG 2 août": a day and its month.
        if t.word() && t.digit() && !t.alpha() && t.fold.len() <= 2 {
            let capitals = (a..b).all(|k| !self.toks[k].word() || self.toks[k].upper());
            let last = &self.text[self.toks[b - 1].start()..self.toks[b - 1].end()];
            let participle = ["é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"]
                .iter()
                .any(|e| last.ends_with(e));
            // (In small letters, one word without a hyphen that is no
            // plural noun: "Rastadt 21 août", not "Naissances 4 juin".)
            let word = b == a + 1 && !last.contains('-') && !last.ends_with('s');
            return (capitals || word)
                && !participle
                && self.toks.get(b + 1).is_some_and(|u| self.lex.has(u, MONTH));
        }
        if !matches!(t.fold, "." | "," | "(") {
            return false;
        }
        self.toks[b + 1..].iter().take(2).any(|u| {
            matches!(u.fold, "—" | "–" | "-" | "corr.")
                || u.fold == "corr"
                || u.word() && u.digit() && u.fold.len() <= 2
        })
    }

    /// Token `a` names a minister's portfolio: "ministre de l'Intérieur",
    /// "la ministre de la Culture", "secrétaire d'État chargé du
    /// Numérique" (the ministry itself, "ministère de l'Intérieur", is an
    /// organization, found by its head noun).
    fn portfolio(&self, a: usize) -> bool {
        self.portfolio_within(a, 3)
    }

    /// [`Sentence::portfolio`], also as the next of a list of portfolios
    /// ("ministre de la Culture, du Patrimoine et de la Langue"), at most
    /// `depth` back.
    fn portfolio_within(&self, a: usize, depth: usize) -> bool {
        let mut k = a;
        // Also past the government's adjective: "le ministre bruxellois de
        // la Mobilité", "la ministre fédérale de la Santé".
        while k > 0
            && a - k < 5
            && (portfolio_link(self.toks[k - 1].fold)
                || adjective_like(self.lex, &self.toks[k - 1]))
        {
            k -= 1;
        }
        let fold = |n: usize| if k >= n { self.toks[k - n].fold } else { "" };
        // The portfolio follows a preposition or an article ("la ministre
        // déléguée Vandenbroucke" names her), and « à » only after
        // « délégué » or « chargé » ("le ministre à Cousances" is a place).
        let preposition = |j: usize| {
            matches!(self.toks[j].fold, "de" | "d'" | "du" | "des" | "la" | "l'")
                || matches!(self.toks[j].fold, "a" | "au" | "aux")
                    && j > 0
                    && matches!(
                        self.toks[j - 1].fold,
                        "delegue" | "deleguee" | "charge" | "chargee"
                    )
        };
        if k == a || !preposition(a - 1) {
            return false;
        }
        if fold(1).starts_with("ministre")
            || fold(1) == "etat" && fold(2) == "d'" && fold(3).starts_with("secretaire")
        {
            return true;
        }
        // After a comma or "et", the previous portfolio of the list (its
        // capitalized word within a few words: "Affaires étrangères").
        depth > 0
            && matches!(fold(1), "," | "et")
            && (2..=4).any(|n| {
                k >= n && self.toks[k - n].cap() && self.portfolio_within(k - n, depth - 1)
            })
    }

    /// The gazetteer hit covering token `k`, if any.
    fn gaz_covering(&self, k: usize) -> Option<usize> {
        (0..=k).rev().take(8).find_map(|s| match self.gaz[s] {
            Some((e, idx)) if e > k => Some(idx),
            _ => None,
        })
    }

    /// A capitalized sequence with no lexicon or cue evidence.
    fn classify_unknown(&self, a: usize, b: usize, initial: bool, out: &mut Vec<Cand<'f>>) {
        let lex = self.lex;
        let mut a = a;
        while a < b
            && (is_particle(self.folded.as_bytes(), &self.toks[a])
                && !mac(&self.toks[a])
                && !self.kept_particle(a, b)
                || !self.toks[a].word()
                || lex.has(&self.toks[a], NOT_NAME) && !self.kept_particle(a, b))
        {
            a += 1;
        }
        let mut b = b;
        while b > a
            && (is_particle(self.folded.as_bytes(), &self.toks[b - 1]) || !self.toks[b - 1].word())
        {
            b -= 1;
        }
        if a >= b || !self.starts_name(a) {
            return;
        }
        // "ministre de l'Énergie Mohamed Arkab": the portfolio, then the
        // minister's name from its given name on.
        if self.portfolio(a) {
            if let Some(k) = (a + 1..b).find(|&k| given_name(lex, &self.toks[k])) {
                self.classify(k, b, out);
            }
            return;
        }
        let words = (a..b).filter(|&k| self.toks[k].word()).count();
        let first = &self.toks[a];
        let trust = if initial {
            Trust::Initial
        } else {
            Trust::Guess
        };
        let prev = if a > 0 { self.toks[a - 1].fold } else { "" };
        // A known name that begins with its article, after that article
        // in lowercase or contracted (« le Figaro », « du Monde », « au
        // Gaulois »): the name without it.
        let article: &[&str] = match prev {
            "le" | "du" | "au" => &["le"],
            "la" => &["la"],
            "les" | "des" | "aux" => &["les"],
            "l'" => &["l'"],
            _ => &[],
        };
        // (The key is built only when it can be as short as a known name.)
        let len = self.toks[b - 1].fend() - self.toks[a].fstart();
        if let Some(&art) = article
            .first()
            .filter(|art| art.len() + 1 + len <= lex.longest)
        {
            let mut key = String::from(art);
            if art != "l'" {
                key.push(' ');
            }
            for (n, k) in (a..b).enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(self.toks[k].fold);
            }
            if let Some(k) = lex.known_name(&key) {
                let known = &lex.known[k];
                let kind = (!known.kind.is_empty()).then_some(known.kind);
                out.push(self.cand(a, b, known.label, kind, Trust::Sure));
                return;
            }
        }
        if words == 1 {
            let f = first.fold;
            if lex.has(first, DEMONYM) || lex.has(first, NOT_NAME) || roman(first) || number_word(f)
            {
                return;
            }
            // A unit or a currency after a number: "50 MW", "12 TWh",
            // "32 milliards de FCFA" (the last is not a name at all).
            let counted = a > 0 && self.toks[a - 1].digit() && !self.toks[a - 1].alpha();
            let word = &self.text[first.start()..first.end()];
            let unit = || {
                word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
                    || matches!(f, "go" | "mo" | "ko" | "to" | "hz")
            };
            if counted && f.chars().count() <= 5 && unit() {
                return;
            }
            if first.digit() {
                if product_code(first) {
                    out.push(self.cand(a, b, Label::Misc, Some("product"), Trust::Guess));
                }
                return;
            }
            // A dateline: "Cressier. — Dimanche", "Saint-Aubin (corr.)",
            // "PÉTERSBOURG, 3 août", "BERLIN 30 octobre".
            if initial && self.dateline_after(a, b) {
                out.push(self.cand(a, b, Label::Loc, Some("city"), Trust::Sure));
                return;
            }
            if first.upper() {
                // An acronym: short, or with at most one vowel ("CFDT");
                // longer capitals are words of a heading ("GUERRE").
                let len = first.fold.chars().count();
                let vowels = first.fold.chars().filter(|c| "aeiouy".contains(*c)).count();
                // A family name in capitals after a title of address, long
                // ones too: "M. MOTTA", "Mme DUPONT", "M. BURKHALTER".
                let addressed = a > 0 && lex.address.contains(self.toks[a - 1].fold);
                if addressed && len > 3 && !self.in_caps_run(a) {
                    out.push(self.cand(a, b, Label::Per, Some("person"), trust));
                    return;
                }
                if self.in_caps_run(a) || len > 6 || len > 5 && vowels > 1 {
                    return;
                }
                let trust = if initial { Trust::Guess } else { Trust::Sure };
                // A military unit keeps its number: "le [35e RI]", "le [1er
                // RCP]" (after an article: not a rank, "fini 3e ATP").
                let a = if a > 1
                    && ordinal(self.toks[a - 1].fold)
                    && matches!(
                        self.toks[a - 2].fold,
                        "le" | "la" | "du" | "au" | "des" | "aux"
                    ) {
                    a - 1
                } else {
                    a
                };
                out.push(self.cand(a, b, Label::Org, None, trust));
                return;
            }
            // Eponyms of diseases: "maladies d'Alzheimer et de Parkinson".
            let disease = self.toks[a.saturating_sub(5)..a]
                .iter()
                .any(|t| matches!(t.fold, "maladie" | "maladies" | "syndrome" | "virus"));
            if matches!(prev, "de" | "d'") && disease {
                return;
            }
            // "Radio-New-York", "Télé-Luxembourg": a station.
            if f.starts_with("radio-") || f.starts_with("tele-") {
                out.push(self.cand(a, b, Label::Misc, Some("media"), Trust::Sure));
                return;
            }
            // "Lausanne-Sport", "Vevey-Sports": a club.
            if lex.club_endings.iter().any(|e| f.ends_with(e.as_str())) {
                out.push(self.cand(a, b, Label::Org, Some("sports_club"), Trust::Sure));
                return;
            }
            // "outre-Rhin", "outre-Atlantique": a place.
            if f.starts_with("outre-") {
                out.push(self.cand(a, b, Label::Loc, Some("region"), trust));
                return;
            }
            // "RoboForge", "OpenRouter": a brand (OCR noise such as
            // "QiscUté" has accents or no lowercase after the capital).
            let camel = word.len() >= 5
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && word.as_bytes().windows(3).any(|w| {
                    w[0].is_ascii_lowercase()
                        && w[1].is_ascii_uppercase()
                        && w[2].is_ascii_lowercase()
                });
            if camel {
                out.push(self.cand(a, b, Label::Org, Some("company"), Trust::Guess));
                return;
            }
            // "les Suisses", "des Offices", "un Belfortain": groups and
            // inhabitants, not names.
            let plural = (f.ends_with('s') || f.ends_with('x'))
                && (PLURAL_DETERMINERS.contains(&prev) || counted);
            let inhabitant =
                DETERMINERS.contains(&prev) && DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e));
            if plural || inhabitant {
                return;
            }
            if let Some(cue) = lex.has(first, HEAD).then(|| lex.heads.get(f)).flatten() {
                if cue.label == Label::Org && !initial {
                    out.push(self.cand(a, b, Label::Org, Some(cue.kind), Trust::Guess));
                }
                return;
            }
            // "la Saint-Honoré", "la Saint-Jean": a saint's feast (« la
            // [fête de] »); the towns named after saints are masculine.
            if f.starts_with("saint-") && prev == "la" {
                out.push(self.cand(a, b, Label::Misc, Some("event"), trust));
                return;
            }
            if place_shape(first) {
                out.push(self.cand(a, b, Label::Loc, Some("city"), trust));
                return;
            }
            // "Lyon-Turin", "Paris-Dakar": a link between known places, no
            // person's compound name (every part a place: "Lyon-Dupont" is
            // not one).
            let place = |p: &str| {
                lex.known_name(p)
                    .is_some_and(|k| lex.known[k].label == Label::Loc)
            };
            if f.contains('-') && f.split('-').all(place) {
                out.push(self.cand(a, b, Label::Loc, None, trust));
                return;
            }
            // A given name alone is a person, even at the start of a
            // sentence ("Guy a consacré sa vie…"); one the document also
            // writes in lowercase ("Pierre" and "pierre") is dropped later.
            if given_name(lex, first) {
                out.push(self.cand(a, b, Label::Per, Some("person"), Trust::Guess));
                return;
            }
            // Coordinated with an organization just named, with the same
            // preposition or none: one too ("les commandes d'Airbus et
            // d'Embraer", "Renault ou Stellantis").
            let mut k = a;
            if k > 0
                && matches!(
                    self.toks[k - 1].fold,
                    "de" | "d'" | "du" | "chez" | "a" | "au"
                )
            {
                k -= 1;
            }
            let joined = k > 0 && matches!(self.toks[k - 1].fold, "et" | "ou");
            if let Some(c) = out
                .last()
                .filter(|c| joined && c.toks.1 as usize == k - 1 && c.label == Label::Org)
            {
                let kind = c.kind;
                out.push(self.cand(a, b, Label::Org, kind, trust));
                return;
            }
            // "le président de [Vooruit]", "le PDG de [Matra]": the body
            // that has the office.
            if self.body_office_before(a) {
                out.push(self.cand(a, b, Label::Org, None, Trust::Guess));
                return;
            }
            // "l'[Action nationale]", "l'[Alliance atlantique]": a
            // capitalized common noun of a body (`words.tsv`, "body") after
            // an article inside a sentence, with its adjectives, names a
            // body or a movement.
            // Other such nouns with an adjective are no name: "l'Antiquité
            // romaine", "la Renaissance italienne".
            let body = lex.bodies.contains(f);
            if matches!(prev, "le" | "la" | "l'" | "les")
                && !initial
                && (body || common_ending(f) || abstract_ending(f))
                && !self.compass(a)
            {
                let mut e = b;
                while e < b + 2 && self.toks.get(e).is_some_and(|t| adjective_like(lex, t)) {
                    e += 1;
                }
                if e > b {
                    if body {
                        out.push(self.cand(a, e, Label::Org, None, Trust::Guess));
                    }
                    return;
                }
            }
            let label = if lex.place_words.contains(prev) {
                Label::Loc
            } else {
                Label::Per
            };
            // A common noun or adjective capitalized for emphasis, by its
            // ending, after a determiner or a lowercase word that a name
            // does not follow ("un Moment littéraire", "un ton parfois
            // Orageux"), is no person; after a word that introduces names
            // it may be one ("selon Chevènement", "MM. Dray et
            // Chevènement"), and so is a listed family name.
            let introduces_name = matches!(
                prev,
                "selon"
                    | "par"
                    | "pour"
                    | "avec"
                    | "et"
                    | "ou"
                    | ","
                    | "chez"
                    | "contre"
                    | "entre"
                    | "sans"
                    | "vers"
                    | "mais"
                    | "comme"
                    | "que"
                    | "qu'"
                    | "dont"
                    | "apres"
                    | "malgre"
                    | "devant"
                    | "derriere"
                    | "envers"
                    | "aupres"
            );
            // The endings family names share not after a preposition
            // ("un air souvent Orageux"; not "devant Dumonteux", "auprès
            // de Lagrive").
            let adjective_place = || {
                !matches!(
                    prev,
                    "de" | "d'" | "a" | "en" | "dans" | "sur" | "sous" | "depuis" | "pres" | "loin"
                )
            };
            let ending = || {
                !ends_in(f, &NAME_LIKE_ENDINGS) && common_ending(f)
                    || ends_in(f, &NAME_LIKE_ENDINGS) && adjective_place()
            };
            // (Not after a title or a role: « le philosophe Voltaire ».)
            if label == Label::Per
                && ending()
                && !lex.has(first, FAMILY)
                && !introduces_name
                && !self.title_before(a)
            {
                return;
            }
            // Nor a place after « de » (« un caractère d'Information »):
            // by the endings no town has.
            if label == Label::Loc && abstract_ending(f) {
                return;
            }
            let kind = (label == Label::Per).then_some("person");
            out.push(self.cand(a, b, label, kind, trust));
            return;
        }
        let particles = (a..b).any(|k| {
            is_particle(self.folded.as_bytes(), &self.toks[k])
                && !mac(&self.toks[k])
                && !(k == a && self.kept_particle(a, b))
        });
        let all_caps = (a..b).all(|k| !self.toks[k].word() || self.toks[k].upper());
        if all_caps {
            // A heading in capitals, or a name written in capitals
            // ("René VAUTHEY" is caught by the given name).
            if given_name(lex, first) {
                out.push(self.cand(a, b, Label::Per, Some("person"), trust));
            }
            return;
        }
        let acronym = (a..b).any(|k| self.toks[k].upper() && !roman(&self.toks[k]));
        // "Mate 60 Pro", "Galaxy Z Fold6": a model name (a number, or a
        // code of letters and digits after the first word).
        if (a..b).any(|k| self.toks[k].digit() && (!self.toks[k].alpha() || k > a)) {
            out.push(self.cand(a, b, Label::Misc, Some("product"), trust));
            return;
        }
        // « Saint » and a name after « à » or a place noun and « de »:
        // a town, a parish ("à Saint Louis", "le pont de Saint Jean"), as
        // "Saint-Louis" is by its shape.
        let saint_place = self.saint_name(a)
            && (lex.saint_place_words.contains(prev)
                || matches!(prev, "de" | "d'")
                    && a >= 2
                    && lex
                        .head(self.toks[a - 2].fold)
                        .is_some_and(|c| c.label == Label::Loc));
        // After an article, plain or contracted, a name of several words
        // is no person's (French person names take no article): most
        // often a body ("l'[Élan Basket]", "le [Studio Théâtre]").
        let article = matches!(
            prev,
            "le" | "la" | "les" | "l'" | "au" | "aux" | "du" | "des"
        );
        // "van", "von": Dutch and German family names, no places ("Hendryck
        // Van den Bossche"), unlike "de" ("Aranda de Duero"); but not a
        // firm's name of partners ("[Van Cleef & Arpels]") nor after a
        // company noun ("des actions [Von Roll]").
        let firm = (a..b).any(|k| self.toks[k].fold == "&");
        let germanic = (a..b).any(|k| lex.germanic.contains(self.toks[k].fold))
            && !firm
            && !self.context_before(a, COMPANY);
        let label = if acronym || firm && particles {
            Label::Org
        } else if germanic && !place_shape(first) {
            Label::Per
        } else if particles || place_shape(first) || saint_place {
            Label::Loc
        } else if article {
            Label::Org
        } else {
            Label::Per
        };
        let kind = (label == Label::Per).then_some("person");
        out.push(self.cand(a, b, label, kind, trust));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(words: &str) -> impl Iterator<Item = (&str, bool)> {
        words.split([' ', '-']).map(|p| (p, acronym_link(p)))
    }

    #[test]
    fn an_acronym_is_the_initials_of_its_long_form() {
        for (long, acr) in [
            ("banque europeenne d' investissement", "bei"),
            (
                "institut national de la statistique et des etudes economiques",
                "insee",
            ),
            ("agence france-presse", "afp"),
            ("federation internationale de football association", "fifa"),
            ("securities and exchange commission", "sec"),
        ] {
            assert!(initials_match(parts(long), acr.as_bytes()), "{long}");
        }
        for (long, acr) in [
            ("universite libre de bruxelles", "ucl"),
            ("universite libre de bruxelles", "ul"),
            ("agence france-presse", "afpx"),
        ] {
            assert!(!initials_match(parts(long), acr.as_bytes()), "{long}");
        }
    }
}
