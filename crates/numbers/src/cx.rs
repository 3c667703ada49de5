//! The parsing context of one sentence: its tokens and the reference time.

use std::cell::{Cell, RefCell};

use crate::cal::Dt;
use crate::lex::{NumClass, WordMap, LEX};
use crate::measure::Q;
use crate::time::Spec;
use crate::tok::{recycle, tokenize_into, Folded, Kind, Tok};

/// The reference time of relative expressions: the document's date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ref {
    /// The reference instant (missing parts are the start of the period).
    pub now: Dt,
    /// UTC offset of the reference, in minutes, when it was given.
    pub offset: Option<i32>,
    /// Its precision: a year, a month ("2025-06": "il y a un mois" is
    /// May, not the 1st of May) or a day (or finer).
    pub grain: frclaims_model::Grain,
}

impl Ref {
    /// Parses an ISO-8601 date of any precision: "2025", "2025-06",
    /// "2026-01-20", "2026-02-11T09:01:00+09:00", "2013-02-12T04:30:00-02:00".
    pub fn parse(s: &str) -> Option<Ref> {
        let s = s.trim();
        let b = s.as_bytes();
        let num = |a: usize, l: usize| -> Option<u32> {
            let part = s.get(a..a + l)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let y = num(0, 4)? as i32;
        let m = if b.get(4) == Some(&b'-') {
            num(5, 2)?
        } else {
            1
        };
        let d = if b.get(7) == Some(&b'-') {
            num(8, 2)?
        } else {
            1
        };
        let grain = match b.len() {
            ..=4 => frclaims_model::Grain::Year,
            5..=7 => frclaims_model::Grain::Month,
            _ => frclaims_model::Grain::Day,
        };
        let (mut h, mut mi, mut sec) = (0, 0, 0);
        let mut offset = None;
        if matches!(b.get(10), Some(b'T' | b' ')) {
            h = num(11, 2)?;
            mi = num(14, 2).unwrap_or(0);
            let mut k = 16;
            if b.get(16) == Some(&b':') {
                sec = num(17, 2).unwrap_or(0);
                k = 19;
            }
            while b.get(k) == Some(&b'.') || b.get(k).is_some_and(u8::is_ascii_digit) {
                k += 1;
            }
            match b.get(k) {
                Some(b'Z') => offset = Some(0),
                Some(&c @ (b'+' | b'-')) => {
                    let oh = num(k + 1, 2)? as i32;
                    let om = num(k + 4, 2).or_else(|| num(k + 3, 2)).unwrap_or(0) as i32;
                    let o = oh * 60 + om;
                    offset = Some(if c == b'-' { -o } else { o });
                }
                _ => {}
            }
        }
        if !crate::cal::valid(y, m, d) || h > 23 || mi > 59 || sec > 59 {
            return None;
        }
        Some(Ref {
            now: Dt {
                y,
                m,
                d,
                h,
                mi,
                s: sec,
            },
            offset,
            grain,
        })
    }
}

/// A list of alternative phrases (space-separated folded tokens), indexed
/// by first token. Built once per call site by [`alts!`].
pub struct Alts {
    list: Vec<Vec<&'static str>>,
    firsts: Vec<&'static str>,
    by_first: WordMap<Vec<u16>>,
}

impl Alts {
    /// Indexes `alts`.
    pub fn new(alts: &[&'static str]) -> Alts {
        let list: Vec<Vec<&'static str>> = alts.iter().map(|a| a.split(' ').collect()).collect();
        let mut firsts: Vec<&'static str> = Vec::new();
        let mut by_first: Vec<Vec<u16>> = Vec::new();
        for (k, p) in list.iter().enumerate() {
            match firsts.iter().position(|f| *f == p[0]) {
                Some(f) => by_first[f].push(k as u16),
                None => {
                    firsts.push(p[0]);
                    by_first.push(vec![k as u16]);
                }
            }
        }
        let by_first = WordMap::new(firsts.iter().map(|f| f.as_bytes()).zip(by_first));
        Alts {
            list,
            firsts,
            by_first,
        }
    }

    /// The first tokens of the phrases.
    pub fn firsts(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.firsts.iter().copied()
    }

    /// The positions of the phrases starting with `w` (the map's
    /// pre-test rejects most words).
    #[inline]
    fn starting(&self, w: &str) -> Option<&Vec<u16>> {
        self.by_first.get(w)
    }
}

/// A table of phrases with values, indexed like [`Alts`].
pub struct Table<T: 'static> {
    alts: Alts,
    vals: Vec<T>,
}

impl<T: Copy> Table<T> {
    /// Indexes `entries`.
    pub fn new(entries: &[(&'static str, T)]) -> Table<T> {
        let keys: Vec<&'static str> = entries.iter().map(|(p, _)| *p).collect();
        Table {
            alts: Alts::new(&keys),
            vals: entries.iter().map(|(_, v)| *v).collect(),
        }
    }

    /// The first tokens of the phrases.
    pub fn firsts(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.alts.firsts()
    }
}

/// A `&'static Alts` of string literals, built once.
macro_rules! alts {
    ($($s:expr),* $(,)?) => {{
        static IX: std::sync::LazyLock<$crate::cx::Alts> =
            std::sync::LazyLock::new(|| $crate::cx::Alts::new(&[$($s),*]));
        &*IX
    }};
}
pub(crate) use alts;

/// Word families: parts of the day.
pub const POD: u32 = 1;
/// Units of time ("mois", "semaine"…).
pub const UNIT: u32 = 2;
/// "début", "fin", "mi", "milieu".
pub const PART: u32 = 4;
/// Seasons.
pub const SEASON: u32 = 8;
/// "années" (decades).
pub const DECADE: u32 = 16;
/// Weekdays.
pub const WEEKDAY: u32 = 32;

/// Bits of [`crate::WORD_FLAGS`]: the word may be a number word
/// (`LEX.numbers`).
pub const MAY_NUMBER: u8 = 1;
/// The word may be a word of a family ([`family_of`]).
pub const MAY_FAMILY: u8 = 2;
/// The word may be a core word (`is_core`'s pre-test).
pub const MAY_CORE: u8 = 4;
/// The word may be an edge word (`is_edge_word`), "un" or "une".
pub const MAY_EDGE: u8 = 8;

/// The families of a folded word, after the pre-test of
/// [`crate::WORD_FLAGS`] (tests).
#[cfg(test)]
fn family(w: &str) -> u32 {
    if crate::WORD_FLAGS[crate::word_key(w.as_bytes())] & MAY_FAMILY == 0 {
        return 0;
    }
    family_of(w)
}

/// The words of [`family_of`].
pub const FAMILY_WORDS: [&str; 56] = [
    "matin",
    "matinee",
    "mat",
    "midi",
    "aprem",
    "journee",
    "soir",
    "soiree",
    "dejeuner",
    "travail",
    "seconde",
    "secondes",
    "sec",
    "minute",
    "minutes",
    "min",
    "mins",
    "heure",
    "heures",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "mois",
    "trimestre",
    "trimestres",
    "semestre",
    "an",
    "ans",
    "annee",
    "week",
    "weekend",
    "quinzaine",
    "t",
    "annees",
    "debut",
    "fin",
    "mi",
    "milieu",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lun",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
];

/// The families of a folded word.
fn family_of(w: &str) -> u32 {
    match w {
        "matin" | "matinee" | "mat" | "midi" | "aprem" | "journee" | "soir" | "soiree"
        | "dejeuner" | "travail" => POD,
        "seconde" | "secondes" | "sec" | "minute" | "minutes" | "min" | "mins" | "heure"
        | "heures" | "jour" | "jours" | "semaine" | "semaines" | "mois" | "trimestre"
        | "trimestres" | "semestre" | "an" | "ans" | "annee" | "week" | "weekend" | "quinzaine"
        | "t" => UNIT,
        "annees" => UNIT | DECADE,
        "debut" | "fin" | "mi" | "milieu" => PART,
        "printemps" | "ete" | "automne" | "hiver" => SEASON,
        "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche" | "lun"
        | "mer" | "jeu" | "ven" | "sam" | "dim" => WEEKDAY,
        _ => 0,
    }
}

/// A memo of optional values by (token, flag): a table of slots (0: not
/// computed yet, 1: no value, else a position into the values), both grown
/// only as needed. Most values computed are none: they take no place in
/// the values and are not copied.
pub struct Memo<T> {
    index: Vec<u32>,
    values: Vec<T>,
}

/// Slot of a value not computed yet.
const SLOT_UNKNOWN: u32 = 0;
/// Slot of no value.
const SLOT_NONE: u32 = 1;

impl<T: Clone> Memo<T> {
    /// The memoized value of (i, flag), computing it with `f` once; `f`
    /// tells whether it read the flag: when it did not, the value is kept
    /// for both flags.
    #[inline]
    pub fn get_or_shared(
        cell: &RefCell<Memo<T>>,
        i: usize,
        flag: bool,
        f: impl FnOnce() -> (Option<T>, bool),
    ) -> Option<T> {
        let k = 2 * i + usize::from(flag);
        {
            let m = cell.borrow();
            match m.index.get(k).copied() {
                None | Some(SLOT_UNKNOWN) => {}
                Some(SLOT_NONE) => return None,
                Some(p) => return Some(m.values[(p - 2) as usize].clone()),
            }
        }
        Memo::compute(cell, k, f)
    }

    /// Computes and keeps the value of slot `k`.
    fn compute(
        cell: &RefCell<Memo<T>>,
        k: usize,
        f: impl FnOnce() -> (Option<T>, bool),
    ) -> Option<T> {
        let (v, flag_read) = f();
        let mut m = cell.borrow_mut();
        if m.index.len() <= k + 1 {
            let n = (k + 2).max(64).next_power_of_two();
            m.index.resize(n, SLOT_UNKNOWN);
        }
        let p = match &v {
            None => SLOT_NONE,
            Some(x) => {
                m.values.push(x.clone());
                m.values.len() as u32 + 1
            }
        };
        m.index[k] = p;
        if !flag_read && m.index[k ^ 1] == SLOT_UNKNOWN {
            m.index[k ^ 1] = p;
        }
        v
    }

    /// True when the value at `i` is known and the same for both flags
    /// (kept once by [`Memo::get_or_shared`], or none for both).
    pub fn shared(cell: &RefCell<Memo<T>>, i: usize) -> bool {
        let m = cell.borrow();
        match (m.index.get(2 * i), m.index.get(2 * i + 1)) {
            (Some(&a), Some(&b)) => a != SLOT_UNKNOWN && a == b,
            _ => false,
        }
    }
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            index: Vec::new(),
            values: Vec::new(),
        }
    }
}

impl<T> Memo<T> {
    /// This memo emptied, its allocations kept.
    fn cleared(mut self) -> Memo<T> {
        self.index.clear();
        self.values.clear();
        self
    }
}

/// The allocations of a [`Cx`], handed from one sentence to the next.
#[derive(Default)]
pub struct Buffers {
    toks: Vec<Tok<'static>>,
    numw: Vec<Option<(f64, NumClass)>>,
    atoms: SpecMemo,
    seqs: SpecMemo,
    quants: Memo<Q>,
    near: Vec<bool>,
    core: Vec<bool>,
    near_time: Vec<bool>,
    classes: Vec<Cell<u16>>,
    tenses: Vec<Cell<u8>>,
    flags: Vec<u8>,
    /// The sentence they were last used for had an expression relative
    /// to a date of the text ([`Cx::anchored`]).
    pub anchored: bool,
}

/// `a == b`, the lengths and first bytes compared first: most words
/// compared differ there, and a word of one byte needs no call to compare
/// bytes.
#[inline(always)]
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a.get(1..) == b.get(1..)
}

/// `v` emptied, its allocation kept.
fn cleared<T>(mut v: Vec<T>) -> Vec<T> {
    v.clear();
    v
}

/// Memo of date parts: (token, bare day allowed) to (end, spec).
pub type SpecMemo = Memo<(usize, Spec)>;

/// What the expressions relative to a date of the text ("la veille",
/// "le lendemain", "l'année suivante", "trois semaines plus tard") are
/// relative to. In an article they speak of a day the text names, not of
/// the publication date: "Le 3 mars, il a été arrêté. La veille, …" is
/// the 2nd of March.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Anchor {
    /// The reference time, as the other relative expressions: a document
    /// of one sentence (a phrase or an utterance) has no other.
    #[default]
    Doc,
    /// The nearest date the text named before (in the sentence, or the
    /// sentence before it in the paragraph), with its precision: an expression finer than it ("le
    /// lendemain" after "en 2019") is unresolved.
    At(Dt, frclaims_model::Grain),
    /// None: the expression is unresolved (value null), or read as a
    /// duration ("trois semaines" in "trois semaines plus tard").
    Unknown,
}

/// The day a time of day alone ("à 14 heures") is on: the day the
/// sentence named before it ("Le 3 mars, il est arrivé à 14 heures", "La
/// veille, il avait dîné à 20 heures"), not the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Day {
    /// No day named before it: the reference day, as in a phrase.
    #[default]
    Ref,
    /// The day of the last date named before it, as `yyyymmdd` (small:
    /// the sentence's context is moved as a whole).
    At(u32),
    /// The last date named before it is unresolved ("la veille du
    /// scrutin"): so is the time.
    Unknown,
}

impl Day {
    /// The day at midnight, if named.
    pub fn date(self) -> Option<Dt> {
        match self {
            Day::At(v) => Some(Dt::date((v / 10_000) as i32, v / 100 % 100, v % 100)),
            _ => None,
        }
    }
}

/// Words after which hours written "N h" are a length, not a time of
/// day: "en 1 h 52", "pendant 2 h", "a duré 2 h 30" (the time grammar
/// leaves them to the quantities').
pub const LENGTH_BEFORE: [&str; 6] = ["en", "pendant", "durant", "dure", "mis", "duree"];

/// One sentence being parsed.
pub struct Cx<'a> {
    /// Its tokens.
    pub t: Vec<Tok<'a>>,
    /// The sentence's original text.
    pub text: &'a str,
    /// The reference time, if known.
    pub r: Option<Ref>,
    /// The expression being read speaks of the past: bare months and days
    /// resolve backwards. Unknown (None) until [`Cx::is_past`] needs it.
    pub past: Cell<Option<bool>>,
    /// Token where the expression being read starts.
    pub at: Cell<usize>,
    /// The tense marker at a token, if any (is past).
    pub tense_fn: fn(&Cx, usize) -> Option<bool>,
    /// Tense when the sentence has no marker.
    pub default_past: bool,
    /// For each token, whether a token holding a number or date is near
    /// after it (empty: everywhere).
    pub near: Vec<bool>,
    /// For each token, whether it holds a number or date by itself.
    pub core: Vec<bool>,
    /// For each token, whether a token that can be part of a date or time
    /// is near after it (empty: everywhere).
    pub near_time: Vec<bool>,
    /// For each token, its value and class as a cardinal word.
    pub numw: Vec<Option<(f64, NumClass)>>,
    /// For each token, the pre-tests of its word ([`crate::WORD_FLAGS`];
    /// 0 for other tokens).
    pub flags: Vec<u8>,
    /// Families of words present in the sentence ([`Cx::has`]): a grammar
    /// whose key words are absent is not tried.
    pub families: u32,
    /// Memo of date parts by (token, bare day allowed): the same parts are
    /// read again by every form that starts near them.
    pub atoms: RefCell<SpecMemo>,
    /// Memo of date part sequences.
    pub seqs: RefCell<SpecMemo>,
    /// Memo of quantities by (token, modifiers allowed).
    pub quants: RefCell<Memo<Q>>,
    /// Memo of the grammar forms that may start at each token (computed by
    /// the grammar; [`CLASSES_UNKNOWN`] until then).
    pub classes: Vec<Cell<u16>>,
    /// Memo of the tense marker at each token ([`Cx::tense_fn`]):
    /// [`TENSE_UNKNOWN`] until computed, else [`TENSE_NONE`],
    /// [`TENSE_PAST`] or [`TENSE_AHEAD`].
    pub tenses: Vec<Cell<u8>>,
    /// The last token that can connect the ends of an interval, plus one
    /// (0: none; `usize::MAX`: not searched yet).
    pub last_connector: Cell<usize>,
    /// The text is the end of a sentence whose start was left out (see
    /// `extract`): a search for the tense that reaches its first token
    /// sets `needs_whole`, and the sentence is read again whole.
    pub trimmed: bool,
    /// Set when what was read may depend on the left out start.
    pub needs_whole: Cell<bool>,
    /// Whether the expression started at [`Cx::at`] is the date of an act
    /// ([`Cx::act`]): None until asked, once per start.
    act: Cell<Option<Option<Act>>>,
    /// What the expressions relative to a date of the text resolve
    /// against.
    pub anchor: Anchor,
    /// Set when such an expression was read (the sentence is read again
    /// when it names a date before it).
    pub anchored: Cell<bool>,
    /// The day of the dates named so far in the sentence ([`Day`]), set
    /// by the scan as it keeps them.
    pub day: Cell<Day>,
}

/// A token's classes not computed yet ([`Cx::classes`]).
pub const CLASSES_UNKNOWN: u16 = u16::MAX;

/// Determiners: before the noun of an act named by its date.
pub const DETERMINERS: [&str; 26] = [
    "le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "du", "des", "au", "aux",
];

/// Function words: the determiners and the prepositions, conjunctions
/// and subject pronouns that follow a noun group; never a name when
/// capitalized (`after_name` in src/lib.rs), never a noun after « entre
/// midi et deux » (src/time.rs).
pub const FUNCTION_WORDS: [&str; 25] = [
    "en", "a", "de", "d'", "et", "ou", "mais", "car", "puis", "selon", "sur", "dans", "avec",
    "pour", "par", "entre", "sans", "sauf", "chaque", "tous", "il", "elle", "on", "ils", "elles",
];

/// A determiner ([`DETERMINERS`]) or a function word ([`FUNCTION_WORDS`]).
pub fn is_function_word(w: &str) -> bool {
    DETERMINERS.contains(&w) || FUNCTION_WORDS.contains(&w)
}

/// The date of an act ([`Cx::act`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Its noun group opens the sentence: the narrative's date too (an
    /// anchor for "le lendemain").
    Subject,
    /// In a complement ("modifie la loi du", "en vertu de l'accord du"):
    /// no anchor.
    Complement,
}

/// A token's tense marker not computed yet ([`Cx::tenses`]).
const TENSE_UNKNOWN: u8 = 0;
/// No tense marker at the token.
const TENSE_NONE: u8 = 1;
/// A marker of the past.
const TENSE_PAST: u8 = 2;
/// A marker of what is ahead.
const TENSE_AHEAD: u8 = 3;

impl<'a> Cx<'a> {
    /// Tokenizes `text` (folded as `n`).
    #[cfg(test)]
    pub fn new(text: &'a str, n: &'a Folded, r: Option<Ref>, past: bool) -> Cx<'a> {
        Cx::new_in(text, n, r, past, Buffers::default())
    }

    /// Tokenizes `text` (folded as `n`) into the buffers of an earlier
    /// sentence ([`Cx::into_buffers`]).
    pub fn new_in(text: &'a str, n: &'a Folded, r: Option<Ref>, past: bool, b: Buffers) -> Cx<'a> {
        let t = tokenize_into(text, n, b.toks);
        let mut numw = b.numw;
        numw.clear();
        let mut flags = b.flags;
        flags.clear();
        // One pass for the number words and the word families, with the
        // lexicons looked up once, and one table of pre-tests for a word
        // (kept for the core words' test).
        let lex = &*LEX;
        let word_flags = &*crate::WORD_FLAGS;
        let mut families = 0;
        numw.extend(t.iter().map(|t| {
            let w = t.norm;
            // The flags of a word, 0 for other tokens (without a branch
            // on the kind).
            let word_mask = 0u8.wrapping_sub(u8::from(t.kind == Kind::Word));
            let f = word_flags[crate::word_key(w.as_bytes())] & word_mask;
            flags.push(f);
            if f & (MAY_FAMILY | MAY_NUMBER) == 0 {
                debug_assert!(t.kind != Kind::Word || family_of(w) == 0, "{w}");
                debug_assert!(t.kind != Kind::Word || !lex.numbers.contains_key(w), "{w}");
                return None;
            }
            if f & MAY_FAMILY != 0 {
                families |= family_of(w);
            }
            if f & MAY_NUMBER != 0 {
                lex.numbers.get(w).copied()
            } else {
                None
            }
        }));
        // "dans 2'", "1\"": minutes and seconds.
        if t.windows(2).any(|w| {
            w[0].kind == Kind::Digits && !w[1].sp && (w[1].norm == "'" || w[1].norm == "\"")
        }) {
            families |= UNIT;
        }
        let mut classes = b.classes;
        classes.clear();
        classes.resize(t.len(), Cell::new(CLASSES_UNKNOWN));
        let mut tenses = b.tenses;
        tenses.clear();
        tenses.resize(t.len(), Cell::new(TENSE_UNKNOWN));
        Cx {
            tenses,
            trimmed: false,
            needs_whole: Cell::new(false),
            act: Cell::new(None),
            anchor: Anchor::Doc,
            anchored: Cell::new(false),
            day: Cell::new(Day::Ref),
            last_connector: Cell::new(usize::MAX),
            classes,
            numw,
            flags,
            families,
            t,
            text,
            r,
            past: Cell::new(Some(past)),
            at: Cell::new(0),
            tense_fn: |_, _| None,
            default_past: past,
            near: cleared(b.near),
            core: cleared(b.core),
            near_time: cleared(b.near_time),
            atoms: RefCell::new(b.atoms.cleared()),
            seqs: RefCell::new(b.seqs.cleared()),
            quants: RefCell::new(b.quants.cleared()),
        }
    }

    /// The buffers of this sentence, for the next one.
    #[inline(always)]
    pub fn into_buffers(self) -> Buffers {
        Buffers {
            toks: recycle(self.t),
            numw: self.numw,
            flags: self.flags,
            atoms: self.atoms.into_inner(),
            seqs: self.seqs.into_inner(),
            quants: self.quants.into_inner(),
            near: self.near,
            core: self.core,
            near_time: self.near_time,
            classes: self.classes,
            tenses: self.tenses,
            anchored: self.anchored.get(),
        }
    }

    /// Starts an expression at token `i`: its tense is found when needed.
    pub fn set_tense_at(&self, i: usize) {
        self.at.set(i);
        self.past.set(None);
        self.act.set(None);
    }

    /// Whether the expression started at [`Cx::set_tense_at`] is the date
    /// of an act that it names: a word of `ACTS` after a determiner (or
    /// with its number: "le décret n° 2020-1310"), then « du », « de » or
    /// « d' » and the date ("la loi du 5 janvier 1990", "l'accord du 12
    /// mars"); not a verb ("l'usine s'arrête du 4 au 25 août", "le juge
    /// traite du 20 au 24 mars") nor a range ("leur accord du 15 au 20
    /// mars" dates the accord given). Decided once per start: it makes
    /// the date past ([`Cx::is_past`]), keeps the day of the times alone
    /// after it, and, in a complement, keeps it from being an anchor.
    pub fn act(&self) -> Option<Act> {
        if let Some(a) = self.act.get() {
            return a;
        }
        let a = self.act_at(self.at.get());
        self.act.set(Some(a));
        a
    }

    /// [`Cx::act`] for an expression starting at `at` (at its date or its
    /// « du »).
    fn act_at(&self, at: usize) -> Option<Act> {
        const DE: [&str; 3] = ["du", "de", "d'"];
        // (Cheap first: most starts have no « du » at or before them.)
        let k = if self.is_any(at, &DE) {
            at
        } else if at > 0 && self.is_any(at - 1, &DE) {
            at - 1
        } else {
            return None;
        };
        // "du 4 au 25 août", "du lundi 4 au": a range, not an act's date.
        if (k + 2..k + 4).any(|j| self.is(j, "au")) {
            return None;
        }
        // The noun, maybe with its number between ("n° 90-5").
        let mut numbered = false;
        let mut p = k;
        loop {
            if p == 0 || k - p > 5 {
                return None;
            }
            p -= 1;
            let w = self.norm(p);
            if self.kind(p) == Some(Kind::Word) && crate::ACTS.contains(w) {
                break;
            }
            if self.kind(p) == Some(Kind::Word) && !matches!(w, "n°" | "n" | "no" | "numero") {
                return None;
            }
            numbered = true;
        }
        let det = p > 0 && self.is_any(p - 1, &DETERMINERS);
        if !(det || numbered || (p == 0 && !self.trimmed)) {
            return None;
        }
        if self.trimmed && p <= 1 {
            // Whether it opens the sentence is in the start left out.
            self.needs_whole.set(true);
        }
        let opens = !self.trimmed && (p == 0 || (p == 1 && det));
        Some(if opens { Act::Subject } else { Act::Complement })
    }

    /// True when the expression being read speaks of the past: the nearest
    /// tense marker of the sentence decides.
    pub fn is_past(&self) -> bool {
        if let Some(p) = self.past.get() {
            return p;
        }
        let at = self.at.get();
        // The date of an act is past ("l'accord du 3 février … prévoit"),
        // unless it says otherwise ("du 3 avril prochain") or the sentence
        // speaks of the future ("la loi du 20 avril sera votée"; what the
        // act "prévoit" is no future marker).
        if self.act().is_some()
            && !(at..at + 5).any(|k| self.is_any(k, &["prochain", "prochaine"]))
            && !self.speaks_ahead(true)
        {
            self.past.set(Some(true));
            return true;
        }
        // The nearest marker at or after the start, then the nearest
        // before it if it is as near (the first of two as near wins).
        let (b0, from) = match self.t.get(at) {
            Some(t) => (t.b0, at),
            None => (0, 0),
        };
        // A marker after a clause's punctuation belongs to another clause
        // ("La réforme sera présentée en juin, a déclaré le ministre": the
        // incise's past is not the date's): a marker before the start in
        // its own clause (no punctuation nor « que » between) wins over it,
        // however near. (A date before a comma with no marker of its own
        // before it opens the clause after: "En juin, la réforme sera …".)
        let boundary = |j: usize| {
            let t = &self.t[j];
            t.kind == Kind::Punct && matches!(t.norm, "," | ";" | ":")
        };
        let mut best = None;
        let mut after_crossed = false;
        if self.trimmed && from == 0 {
            self.needs_whole.set(true);
        }
        for j in from..self.t.len() {
            if let Some(p) = self.tense_at(j) {
                best = Some((self.t[j].b0 - b0, p));
                break;
            }
            after_crossed |= boundary(j);
        }
        let mut own_clause = true;
        for j in (0..from).rev() {
            let d = b0 - self.t[j].b0;
            if best.is_some_and(|(bd, _)| d > bd) && !(after_crossed && own_clause) {
                break;
            }
            if j == 0 && self.trimmed {
                // The markers before, and the marker at the first token
                // ("d'ici"), are in the start left out.
                self.needs_whole.set(true);
            }
            if let Some(p) = self.tense_at(j) {
                best = Some((d, p));
                break;
            }
            own_clause &= !boundary(j) && !self.is_any(j, &["que", "qu'"]);
        }
        let past = best.map(|(_, p)| p).unwrap_or(self.default_past);
        self.past.set(Some(past));
        past
    }

    /// True when a verb of the sentence is in the future ("sera", "va"),
    /// or in the conditional too when `conditional` ("reprendrait": also
    /// the future of a past narrative); what an act "prévoit" is none.
    /// Read only on rare paths (a date of an act, a named day that the
    /// tense contradicts).
    pub fn speaks_ahead(&self, conditional: bool) -> bool {
        (0..self.t.len()).any(|j| {
            let w = self.norm(j);
            self.tense_at(j) == Some(false)
                && !w.starts_with("prev")
                && (conditional || !(w.ends_with("rait") || w.ends_with("raient")))
        })
    }

    /// The tense marker at token `j` ([`Cx::tense_fn`]), computed once
    /// per token: the dates of a sentence search the same tokens.
    fn tense_at(&self, j: usize) -> Option<bool> {
        let Some(memo) = self.tenses.get(j) else {
            return (self.tense_fn)(self, j);
        };
        match memo.get() {
            TENSE_NONE => None,
            TENSE_PAST => Some(true),
            TENSE_AHEAD => Some(false),
            _ => {
                let p = (self.tense_fn)(self, j);
                memo.set(match p {
                    None => TENSE_NONE,
                    Some(true) => TENSE_PAST,
                    Some(false) => TENSE_AHEAD,
                });
                p
            }
        }
    }

    /// True when a token holding a number or date is near after token `i`
    /// (always, when the gate was not computed).
    pub fn near_at(&self, i: usize) -> bool {
        if self.near.is_empty() {
            return i < self.t.len();
        }
        self.near.get(i).copied().unwrap_or(false)
    }

    /// True when a word of one of the `families` is in the sentence.
    pub fn has(&self, families: u32) -> bool {
        self.families & families != 0
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Token `i`.
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    /// Kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }

    /// Folded text of token `i` ("" past the end).
    pub fn norm(&self, i: usize) -> &'a str {
        self.t.get(i).map(|t| t.norm).unwrap_or("")
    }

    /// The day, month or year (by `grain`) that an expression relative to
    /// a date of the text counts from ([`Anchor`]): None when unresolved.
    pub fn anchor_at(&self, grain: frclaims_model::Grain) -> Option<Dt> {
        self.anchored.set(true);
        match self.anchor {
            Anchor::Doc => self.r.map(|r| r.now),
            Anchor::At(t, g) if g as u8 <= grain as u8 => Some(t),
            _ => None,
        }
    }

    /// True when a word of the sentence is in `set`. Read only when a
    /// rule's shape is met (rare); when the start of the sentence was left
    /// out and none is found, the sentence is to be read whole.
    pub fn has_word_of(&self, set: &WordMap<()>) -> bool {
        let found = (0..self.len()).any(|k| self.word(k).is_some_and(|w| set.contains(w)));
        if !found && self.trimmed {
            self.needs_whole.set(true);
        }
        found
    }

    /// Folded text of token `i` when it is a word.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.norm)
    }

    /// True when token `i` is glued to the previous one.
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.sp)
    }

    /// The original text between token `i - 1` and token `i`.
    pub fn gap(&self, i: usize) -> &'a str {
        match (i.checked_sub(1).and_then(|p| self.t.get(p)), self.t.get(i)) {
            (Some(a), Some(b)) if a.b1 <= b.b0 => &self.text[a.b1..b.b0],
            _ => "",
        }
    }

    /// True when token `i` is `s`.
    pub fn is(&self, i: usize, s: &str) -> bool {
        same(self.norm(i), s) && i < self.t.len()
    }

    /// True when token `i` is one of `ss`.
    pub fn is_any(&self, i: usize, ss: &[&str]) -> bool {
        let w = self.norm(i);
        i < self.t.len() && ss.iter().any(|s| same(w, s))
    }

    /// End of the token sequence `words` (space separated) at `i`.
    pub fn seq(&self, i: usize, words: &str) -> Option<usize> {
        // Most calls fail on the first token: test it without splitting.
        let first = self.t.get(i)?.norm.as_bytes();
        let wb = words.as_bytes();
        if wb.first() != first.first()
            || wb.len() < first.len()
            || wb[..first.len()] != *first
            || (wb.len() > first.len() && wb[first.len()] != b' ')
        {
            return None;
        }
        if wb.len() == first.len() {
            return Some(i + 1);
        }
        let mut j = i;
        for w in words.split(' ') {
            if !self.is(j, w) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// End of the longest of the token sequences `alts` at `i`.
    pub fn any_seq(&self, i: usize, alts: &Alts) -> Option<usize> {
        let w = self.t.get(i)?.norm;
        alts.starting(w)?
            .iter()
            .filter_map(|&k| self.words_after_first(i, &alts.list[k as usize]))
            .max()
    }

    /// End of the token sequence `words` at `i`, whose first word is
    /// known to be token `i` (the phrases indexed by it).
    fn words_after_first(&self, i: usize, words: &[&str]) -> Option<usize> {
        for (k, w) in words.iter().enumerate().skip(1) {
            if self.t.get(i + k)?.norm != *w {
                return None;
            }
        }
        Some(i + words.len())
    }

    /// Longest entry of `table` whose phrase is at `i`: (end, value).
    pub fn table<T: Copy>(&self, i: usize, table: &Table<T>) -> Option<(usize, T)> {
        let w = self.t.get(i)?.norm;
        table
            .alts
            .starting(w)?
            .iter()
            .filter_map(|&k| {
                self.words_after_first(i, &table.alts.list[k as usize])
                    .map(|e| (e, table.vals[k as usize]))
            })
            .max_by_key(|(e, _)| *e)
    }

    /// End of a lexicon phrase at `i` found by token `i`'s text in an
    /// index of first tokens (`lex::starting`): its first word is not
    /// compared again.
    pub fn indexed_phrase(&self, i: usize, p: &[String]) -> Option<usize> {
        debug_assert!(p.first().is_some_and(|w| w == self.norm(i)));
        if p.is_empty() || i >= self.t.len() {
            return None;
        }
        for (k, w) in p.iter().enumerate().skip(1) {
            if self.t.get(i + k)?.norm != w {
                return None;
            }
        }
        Some(i + p.len())
    }

    /// End of a lexicon phrase at `i`.
    #[cfg(test)]
    pub fn phrase(&self, i: usize, p: &[String]) -> Option<usize> {
        let n = self.norm(i);
        if p.is_empty() || n.as_bytes().first() != p[0].as_bytes().first() || n != p[0] {
            return None;
        }
        for (k, w) in p.iter().enumerate() {
            if self.norm(i + k) != w || i + k >= self.t.len() {
                return None;
            }
        }
        Some(i + p.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_phrase_as_phrase() {
        let text = "plus de 3 km au dela du 14 juillet, moins de 5 euros, environ 10 kg le 1er mai";
        let n = Folded::new(text);
        let cx = Cx::new(text, &n, None, false);
        let lex = &*LEX;
        let lists: Vec<&Vec<String>> = lex
            .modifiers
            .iter()
            .map(|(p, _)| p)
            .chain(lex.currencies.iter().map(|(p, _, _)| p))
            .chain(lex.units.iter().map(|(p, _)| p))
            .chain(lex.holidays.iter().map(|(p, _, _)| p))
            .collect();
        let mut found = 0;
        for i in 0..=cx.len() {
            for p in &lists {
                if p.first().is_some_and(|w| w == cx.norm(i)) {
                    let e = cx.indexed_phrase(i, p);
                    found += usize::from(e.is_some());
                    assert_eq!(e, cx.phrase(i, p), "{p:?} @{i}");
                }
            }
        }
        assert!(found >= 3, "{found}");
    }

    #[test]
    fn family_pre_test_keeps_every_word() {
        for w in FAMILY_WORDS {
            assert_ne!(family(w), 0, "{w}");
            assert_eq!(family(w), family_of(w), "{w}");
        }
    }
}
