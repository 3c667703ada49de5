//! Numbers with what they measure: money, percentages, units, temperatures,
//! durations, bare counts and ordinals; with bounds ("plus de"), ranges
//! ("entre 3 et 5") and approximations ("environ").
//!
//! A quantity without a modifier is read only at a token that can start
//! a number or a currency ([`quantity_may_start`]); the others ("de",
//! "la", ",") are rejected without reading the number forms.

use std::sync::LazyLock;

use frclaims_model::{Dim, Value};

use crate::cx::{alts, Cx, Memo};
use crate::item::Item;
use crate::lex::{starting, Modifier, NumClass, WordMap, LEX};
use crate::num::{self, NumP};
use crate::tok::Kind;

/// What follows a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Tail {
    dim: Dim,
    unit: Option<&'static str>,
    /// Value multiplier (fractions of units, cents).
    factor: f64,
    /// Added to the value ("1 USD et 23 centimes").
    add: f64,
    /// Negates the value ("en dessous de zéro").
    negate: bool,
    end: usize,
}

/// A number and its tail.
#[derive(Debug, Clone)]
pub struct Q {
    start: usize,
    n: NumP,
    tail: Option<Tail>,
    approx: bool,
    bound: Option<Modifier>,
}

impl Q {
    fn end(&self) -> usize {
        self.tail.as_ref().map(|t| t.end).unwrap_or(self.n.end)
    }
    fn value(&self) -> f64 {
        match &self.tail {
            Some(t) => {
                let v = self.n.v * t.factor + t.add;
                if t.negate {
                    -v
                } else {
                    v
                }
            }
            None => self.n.v,
        }
    }
}

/// Collective nouns ("une centaine" is about 100) and fraction nouns ("un
/// tiers" is 1/3), from `data/collectives.tsv`.
static COLLECTIVES: LazyLock<Vec<(String, f64)>> = LazyLock::new(|| of_kind("collective"));
static FRACTIONS: LazyLock<Vec<(String, f64)>> = LazyLock::new(|| of_kind("fraction"));

/// [`COLLECTIVES`] by name (the first row of a name).
static COLLECTIVE_V: LazyLock<WordMap<f64>> = LazyLock::new(|| by_name(&COLLECTIVES));
/// [`FRACTIONS`] by name (the first row of a name).
static FRACTION_V: LazyLock<WordMap<f64>> = LazyLock::new(|| by_name(&FRACTIONS));

fn by_name(rows: &'static [(String, f64)]) -> WordMap<f64> {
    WordMap::new(rows.iter().map(|(w, v)| (w.as_bytes(), *v)))
}

/// The value of a collective noun ("centaine").
fn collective(w: &str) -> Option<f64> {
    COLLECTIVE_V.get(w).copied()
}

fn of_kind(kind: &str) -> Vec<(String, f64)> {
    crate::lex::rows(crate::lex::file("collectives.tsv"))
        .filter(|r| r.len() >= 3 && r[2] == kind)
        .map(|r| (r[0].to_string(), r[1].parse().unwrap_or(1.0)))
        .collect()
}

/// Longest modifier at `i`.
fn modifier(cx: &Cx, i: usize) -> Option<(usize, Modifier)> {
    starting(&LEX.ix.modifiers, cx.norm(i))
        .iter()
        .map(|&k| &LEX.modifiers[k])
        .filter_map(|(p, k)| cx.indexed_phrase(i, p).map(|e| (e, *k)))
        .max_by_key(|(e, _)| *e)
}

/// Longest currency at `i`, of the given kinds. An ISO code is written in
/// capitals (« 20 EUR », « 3 ESP »; not « Try 3 », « 12 nok »), so is an
/// abbreviation (« 312 F »).
fn currency(cx: &Cx, i: usize, kinds: &[&str]) -> Option<(usize, &'static str)> {
    let capitals = || {
        cx.tok(i)
            .is_some_and(|t| t.orig.bytes().all(|b| b.is_ascii_uppercase()))
    };
    starting(&LEX.ix.currencies, cx.norm(i))
        .iter()
        .map(|&k| &LEX.currencies[k])
        .filter(|(_, _, k)| {
            kinds.contains(&k.as_str()) && (!matches!(k.as_str(), "code" | "abbr") || capitals())
        })
        .filter_map(|(p, c, k)| {
            cx.indexed_phrase(i, p)
                // (Not in a code: « la cote 12 F 4 ».)
                .filter(|&e| k != "abbr" || cx.kind(e) != Some(Kind::Digits))
                .map(|e| (e, c.as_str()))
        })
        .max_by_key(|(e, _)| *e)
}

/// The number itself at `i`: digits, words, a collective noun or a fraction.
fn number_core(cx: &Cx, i: usize) -> Option<(usize, NumP, bool)> {
    // "moins 1200000"
    if cx.is(i, "moins") && cx.kind(i + 1) == Some(Kind::Digits) {
        let mut n = num::digits(cx, i + 1)?;
        n.v = -n.v;
        n.plain = false;
        return Some((i, n, false));
    }
    // "une douzaine", "une vingtaine de personnes": from the determiner.
    if cx.is_any(i, &["une", "la", "cette", "quelque"]) {
        if let Some(v) = cx.word(i + 1).and_then(collective) {
            if v < 1e6 {
                let n = NumP {
                    end: i + 2,
                    v,
                    digits: false,
                    plain: false,
                    ndigits: 0,
                };
                return Some((i, n, cx.is_any(i, &["une", "quelque"])));
            }
        }
    }
    // "une centaine", "cette centaine de modèles"
    if let Some(w) = cx.word(i) {
        let stem = w.strip_suffix('s').unwrap_or(w);
        if let Some(v) = collective(stem) {
            let det = i.checked_sub(1).map(|p| cx.norm(p)).unwrap_or("");
            if ["une", "la", "cette", "quelque", "d'une", "l'", "une", "a"].contains(&det)
                && v < 1e6
            {
                let n = NumP {
                    end: i + 1,
                    v,
                    digits: false,
                    plain: false,
                    ndigits: 0,
                };
                return Some((i, n, det == "une" || det == "quelque"));
            }
        }
    }
    // "demi-litre", "une demi-heure", "quart de litre", "un quart d'heure"
    let (k, f) = if cx.is_any(i, &["un", "une"]) && cx.is_any(i + 1, &["demi", "quart"]) {
        (i + 1, true)
    } else {
        (i, false)
    };
    if cx.is_any(k, &["demi", "quart"]) {
        let e = if cx.is(k, "quart") {
            cx.any_seq(k + 1, alts!["de", "d'"]).unwrap_or(k + 1)
        } else {
            k + 1
        };
        let n = NumP {
            end: e,
            v: if cx.is(k, "demi") { 0.5 } else { 0.25 },
            digits: false,
            plain: false,
            ndigits: 0,
        };
        if tail(cx, e, &n).is_some_and(|t| {
            matches!(
                t.dim,
                Dim::Volume | Dim::Distance | Dim::Quantity | Dim::Duration
            )
        }) {
            return Some((if f { i } else { k }, n, false));
        }
    }
    // "la moitié"
    if cx.is_any(i, &["la", "une"]) && cx.is(i + 1, "moitie") {
        let n = NumP {
            end: i + 2,
            v: 0.5,
            digits: false,
            plain: false,
            ndigits: 0,
        };
        return Some((i, n, false));
    }
    if cx.is(i, "moitie") && i > 0 && cx.is_any(i - 1, &["la", "une"]) {
        let n = NumP {
            end: i + 1,
            v: 0.5,
            digits: false,
            plain: false,
            ndigits: 0,
        };
        return Some((i - 1, n, false));
    }
    // "moins cinq degrés"
    if cx.is(i, "moins") && !cx.is_any(i + 1, &["de", "d'", "que"]) {
        if let Some(mut n) = num::cardinal(cx, i + 1) {
            if tail(cx, n.end, &n).is_some_and(|t| t.dim == Dim::Temperature) {
                n.v = -n.v;
                return Some((i, n, false));
            }
        }
    }
    // "1/2 litre", "3/4 de tasse"
    if cx.kind(i) == Some(Kind::Digits)
        && cx.is(i + 1, "/")
        && cx.glued(i + 1)
        && cx.glued(i + 2)
        && cx.kind(i + 2) == Some(Kind::Digits)
    {
        let a: f64 = cx.norm(i).parse().ok()?;
        let b: f64 = cx.norm(i + 2).parse().ok()?;
        let k = if cx.is_any(i + 3, &["de", "d'"]) {
            i + 4
        } else {
            i + 3
        };
        let n = NumP {
            end: k,
            v: a / b,
            digits: true,
            plain: false,
            ndigits: 0,
        };
        if b > a && tail(cx, k, &n).is_some_and(|t| t.dim != Dim::Percent) {
            return Some((i, n, false));
        }
    }
    // "un demi", "une demie" on their own.
    if cx.is_any(i, &["un", "une"]) && cx.is_any(i + 1, &["demi", "demie"]) {
        let n = NumP {
            end: i + 2,
            v: 0.5,
            digits: false,
            plain: false,
            ndigits: 0,
        };
        return Some((i, n, false));
    }
    let mut n = num::signed(cx, i)?;
    // "trois et demi", "deux et quart"
    if let Some(e) = cx.any_seq(n.end, alts!["et demi", "et demie", "et quart"]) {
        if n.v.fract() == 0.0 && !cx.is_any(e, &["heure", "heures"]) {
            n.v += if cx.is(e - 1, "quart") { 0.25 } else { 0.5 };
            n.end = e;
            n.plain = false;
        }
    }
    // Fractions: "un tiers", "trois quarts", "un sur cinq".
    if !n.digits {
        // "un quart des salariés", not "une cinquième classe".
        let of = !matches!(cx.kind(n.end + 1), Some(Kind::Word))
            || cx.is_any(
                n.end + 1,
                &["de", "des", "du", "d'", "d", "heure", "environ"],
            );
        // "trois cinquièmes", "sept dixièmes", "un centième de seconde"
        // Plural after more than one ("deux centièmes"); "deux-centième" is
        // an ordinal.
        let ordinal_denominator = cx
            .word(n.end)
            .filter(|w| !w.starts_with("premi") && !w.starts_with("second"))
            .filter(|w| n.v <= 1.0 || w.ends_with('s'))
            .and_then(|w| LEX.ordinals.get(w.strip_suffix('s').unwrap_or(w)))
            .and_then(|c| LEX.numbers.get(c.as_str()))
            .map(|&(v, _)| v)
            .filter(|&v| v >= 3.0);
        let collective = cx.word(n.end).and_then(|w| {
            let stem = w.strip_suffix('s').unwrap_or(w);
            collective(stem)
        });
        if let Some(d) = cx
            .word(n.end)
            .filter(|_| of)
            .and_then(|w| FRACTION_V.get(w).copied())
        {
            n.v /= d;
            n.end += 1;
            n.plain = false;
        } else if let Some(d) = ordinal_denominator.filter(|_| of) {
            n.v /= d;
            n.end += 1;
            n.plain = false;
        } else if let Some(c) = collective.filter(|&c| c < 1e6 && n.v >= 2.0) {
            // "deux douzaines", "trois centaines"
            n.v *= c;
            n.end += 1;
            n.plain = false;
        } else if cx.word(n.end).is_some_and(|w| !LEX.numbers.contains_key(w))
            && cx.is(n.end + 1, "sur")
            && n.v >= 1.0
        {
            // "un Français sur cinq", "deux salariés sur trois"
            if let Some(d) = num::cardinal(cx, n.end + 2) {
                if d.v > n.v && d.v <= 1000.0 && !cx.is_any(d.end, &["%"]) {
                    n.v /= d.v;
                    n.end = d.end;
                    n.plain = false;
                }
            }
        } else if cx.is(n.end, "sur") {
            if let Some(d) = num::words(cx, n.end + 1) {
                if d.v > 0.0 && d.v > n.v {
                    n.v /= d.v;
                    n.end = d.end;
                }
            }
        }
    }
    Some((i, n, false))
}

/// Parts of [`tail`] a word can start ([`TAIL_FIRST`]): "pour cent",
/// "points"…
const T_PERCENT: u8 = 1;
/// A currency.
const T_MONEY: u8 = 2;
/// A degree.
const T_DEGREE: u8 = 4;
/// "en dessous de zéro", "au dessous de zéro".
const T_BELOW: u8 = 8;
/// A unit of measure.
const T_UNIT: u8 = 16;
/// A duration.
const T_DURATION: u8 = 32;

/// The parts of [`tail`] each word can start, from their phrase lists
/// and the words they test: after most numbers the next word starts none,
/// and one lookup replaces one per part.
static TAIL_FIRST: LazyLock<WordMap<u8>> = LazyLock::new(|| {
    let mut m: crate::lex::FxMap<&'static str, u8> = crate::lex::FxMap::default();
    let mut add = |class: u8, w: &'static str| *m.entry(w).or_default() |= class;
    for w in ["pour", "pourcent", "points", "point"] {
        add(T_PERCENT, w);
    }
    for (p, _, _) in &LEX.currencies {
        add(T_MONEY, &p[0]);
    }
    for w in ["°", "degre", "degres", "deg", "celsius", "fahrenheit"] {
        add(T_DEGREE, w);
    }
    for w in ["en", "au"] {
        add(T_BELOW, w);
    }
    for (p, _) in &LEX.units {
        add(T_UNIT, &p[0]);
    }
    for (p, _, _) in &LEX.durations {
        add(T_DURATION, &p[0]);
    }
    WordMap::new(m.into_iter().map(|(w, c)| (w.as_bytes(), c)))
});

/// The words of `data/rate_words.txt`.
static RATE_WORDS: LazyLock<WordMap<()>> = LazyLock::new(|| crate::lex::word_set("rate_words.txt"));

/// True when the sentence speaks of a rate or a share: it has a percentage
/// ("%", "pour cent") or a word of [`RATE_WORDS`] ("taux", "sondage").
fn rate_sentence(cx: &Cx) -> bool {
    (0..cx.len()).any(|k| {
        let w = cx.norm(k);
        w == "%" || w == "pourcent" || (w == "pour" && cx.is(k + 1, "cent"))
    }) || cx.has_word_of(&RATE_WORDS)
}

/// Token `j` scales or measures the number before it: a scale word
/// ("millions") or the first word of a currency, unit, degree, duration
/// or percent sign (not "en", "pour": "3 à 1 en finale").
pub(crate) fn scales_or_measures(cx: &Cx, j: usize) -> bool {
    tail_first(cx, j) & (T_MONEY | T_UNIT | T_DEGREE | T_DURATION) != 0
        || cx.is(j, "%")
        || cx
            .numw
            .get(j)
            .and_then(Option::as_ref)
            .is_some_and(|&(_, c)| matches!(c, NumClass::Scale | NumClass::Mille))
}

/// The parts of [`tail`] that may start at token `j` (a set of `T_`
/// classes).
fn tail_first(cx: &Cx, j: usize) -> u8 {
    TAIL_FIRST.get(cx.norm(j)).copied().unwrap_or(0)
}

/// A tail of `dim` and `unit` ending before token `end`, with nothing
/// to scale, add or negate.
fn plain_tail(dim: Dim, unit: Option<&'static str>, end: usize) -> Tail {
    Tail {
        dim,
        unit,
        factor: 1.0,
        add: 0.0,
        negate: false,
        end,
    }
}

/// The unit, currency, percent sign… after a number ending at `j`.
fn tail(cx: &Cx, j: usize, n: &NumP) -> Option<Tail> {
    let mk = plain_tail;
    // Percent.
    if cx.is(j, "%") {
        return Some(mk(Dim::Percent, None, j + 1));
    }
    // The parts that cannot start at `j` are not read (nor at `k` below).
    let fj = tail_first(cx, j);
    let t = tail_full(cx, j, n, fj);
    debug_assert_eq!(t, tail_full(cx, j, n, u8::MAX), "{j}: {:?}", cx.text);
    t
}

/// [`tail`] after its percent sign, reading only the parts in `fj` at
/// token `j` (all: `u8::MAX`).
fn tail_full(cx: &Cx, j: usize, n: &NumP, fj: u8) -> Option<Tail> {
    let mk = plain_tail;
    if let Some(e) = (fj & T_PERCENT != 0)
        .then(|| cx.any_seq(j, alts!["pour cent", "pourcent", "pour cents"]))
        .flatten()
    {
        return Some(mk(Dim::Percent, None, e));
    }
    if let Some(e) = (fj & T_PERCENT != 0)
        .then(|| {
            cx.any_seq(
                j,
                alts![
                    "points de pourcentage",
                    "point de pourcentage",
                    "points de pourcent",
                    "point de base",
                    "points de base",
                    "point",
                    "points",
                ],
            )
        })
        .flatten()
    {
        if cx.is(e - 1, "base") {
            // Basis points: hundredths of a percentage point ("25 points
            // de base" = 0.25 pp).
            return Some(Tail {
                factor: 0.01,
                ..mk(Dim::Percent, Some("pp"), e)
            });
        }
        // Points of a rate or a share: "3 points de PIB", "de croissance",
        // "de part de marché" (a word of `RATE_WORDS`).
        let bare = e == j + 1;
        let of = cx.is_any(e, &["de", "d'"]);
        let of_rate = bare
            && of
            && (RATE_WORDS.contains(cx.norm(e + 1)) || cx.is_any(e + 1, &["part", "parts"]));
        // "3 000 points de vente", "points de suture", "points d'eau":
        // another noun, no percentage. A lead or a gap ("six points
        // d'avance", "de retard", "d'écart") and other bare points are
        // percentage points only in a sentence on a rate or a share
        // ("perd trois points dans le sondage"), not in a league table
        // ("41 points", "neuf points de retard").
        let other_noun =
            bare && of && !of_rate && !cx.is_any(e + 1, &["avance", "retard", "ecart"]);
        if !other_noun
            && (!bare || of_rate || rate_sentence(cx))
            && (n.v.abs() < 100.0 || cx.norm(e - 1) != cx.norm(j))
        {
            return Some(mk(Dim::Percent, Some("pp"), e));
        }
    }
    // Money after the number: "100 euros", "560 millions de dollars", "5 $".
    let k = if cx.is_any(j, &["de", "d'"]) && !n.plain {
        j + 1
    } else {
        j
    };
    let fk = if k == j || fj == u8::MAX {
        fj
    } else {
        tail_first(cx, k)
    };
    // "un quart de point", "trois quarts de point": a fraction of a
    // percentage point, in words.
    if k == j + 1
        && !n.digits
        && n.v < 1.0
        && cx.is_any(k, &["point", "points"])
        && !cx.is_any(k + 1, &["de", "d'"])
    {
        return Some(mk(Dim::Percent, Some("pp"), k + 1));
    }
    let money = |k: usize, f: u8| {
        (f & T_MONEY != 0)
            .then(|| currency(cx, k, &["word", "symbol", "code", "abbr"]))
            .flatten()
    };
    if let Some((e, code)) = money(k, fk)
        .filter(|(_, _)| k == j || !n.digits || n.v >= 1e6)
        .or_else(|| money(j, fj))
    {
        let mut t = mk(Dim::Money, Some(code), e);
        // "1 USD et 23 centimes", "1 USD 23 cents"
        let c0 = if cx.is(e, "et") { e + 1 } else { e };
        if let Some(c) = num::cardinal(cx, c0) {
            if cx.is_any(c.end, &["centimes", "cents", "centime", "cent"]) && c.v < 100.0 {
                t.add = c.v / 100.0;
                t.end = c.end + 1;
            }
        }
        return Some(t);
    }
    // Temperature.
    let deg = |k: usize| -> Option<(usize, &'static str)> {
        let scale = |k: usize| -> Option<(usize, &'static str)> {
            if cx.is_any(k, &["c", "celsius"]) {
                Some((k + 1, "celsius"))
            } else if cx.is_any(k, &["f", "fahrenheit"]) {
                Some((k + 1, "fahrenheit"))
            } else {
                None
            }
        };
        if cx.is(k, "°") {
            return Some(scale(k + 1).unwrap_or((k + 1, "degree")));
        }
        if cx.is_any(k, &["degre", "degres", "deg"]) {
            let k2 = if cx.is(k, "deg") && cx.is(k + 1, ".") {
                k + 2
            } else {
                k + 1
            };
            return Some(scale(k2).unwrap_or((k2, "degree")));
        }
        if cx.is_any(k, &["celsius", "fahrenheit"]) {
            return scale(k);
        }
        None
    };
    if let Some((e, unit)) = (fj & T_DEGREE != 0).then(|| deg(j)).flatten() {
        let mut t = mk(Dim::Temperature, Some(unit), e);
        if let Some(e2) = cx.any_seq(
            e,
            alts!["en dessous de zero", "au dessous de zero", "sous zero"],
        ) {
            t.negate = true;
            t.end = e2;
        }
        return Some(t);
    }
    if let Some(e2) = (fj & T_BELOW != 0)
        .then(|| cx.any_seq(j, alts!["en dessous de zero", "au dessous de zero"]))
        .flatten()
    {
        let mut t = mk(Dim::Temperature, Some("degree"), e2);
        t.negate = true;
        return Some(t);
    }
    // Units of measure, also after a scale and "de" as money ("48
    // milliards de mètres cubes").
    let scaled = k != j && (!n.digits || n.v >= 1e6);
    let unit_at = |j: usize, f: u8| {
        let ix: &[usize] = if f & T_UNIT != 0 {
            starting(&LEX.ix.units, cx.norm(j))
        } else {
            &[]
        };
        ix.iter()
            .map(|&k| &LEX.units[k])
            .filter_map(move |(p, u)| cx.indexed_phrase(j, p).map(|e| (e, u, j)))
    };
    let unit = unit_at(j, fj)
        .chain(scaled.then(|| unit_at(k, fk)).into_iter().flatten())
        .filter(|&(_, u, j)| {
            let o = cx.tok(j).map(|t| t.orig).unwrap_or("");
            // Single-letter symbols are lowercase ("3 M" is not metres).
            let upper_letter =
                o.chars().count() == 1 && o != "L" && o.chars().all(char::is_uppercase);
            let bytes = matches!(u.symbol.as_str(), "kB" | "MB" | "GB" | "TB" | "PB");
            !upper_letter && (!bytes || o.starts_with(char::is_uppercase))
        })
        .max_by_key(|(e, _, _)| *e);
    if let Some((e, u, _)) = unit {
        let mut t = mk(u.dim, Some(&u.symbol), e);
        t.factor = u.factor;
        return Some(t);
    }
    // Durations.
    let durations: &[usize] = if fj & T_DURATION != 0 {
        starting(&LEX.ix.durations, cx.norm(j))
    } else {
        &[]
    };
    if let Some((e, unit, f)) = durations
        .iter()
        .map(|&k| &LEX.durations[k])
        .filter_map(|(p, u, f)| cx.indexed_phrase(j, p).map(|e| (e, u, f)))
        .max_by_key(|(e, _, _)| *e)
    {
        let mut t = mk(Dim::Duration, Some(unit), e);
        t.factor = *f;
        return Some(t);
    }
    // "46,40 s": seconds as a symbol after a decimal figure (in a compound
    // duration after minutes too, see `quantity_full`); not glued to a
    // plain figure ("Kirin 9000s").
    if n.digits && !n.plain && !cx.glued(j) && cx.is(j, "s") {
        return Some(mk(Dim::Duration, Some("second"), j + 1));
    }
    if n.digits && cx.glued(j) && cx.is(j, "\"") {
        return Some(mk(Dim::Duration, Some("second"), j + 1));
    }
    if n.digits && cx.glued(j) && cx.is(j, "'") {
        return Some(mk(Dim::Duration, Some("minute"), j + 1));
    }
    None
}

/// A number with its modifiers and tail at `i` (memoized).
fn quantity(cx: &Cx, i: usize, allow_mod: bool) -> Option<Q> {
    // Without a modifier at `i`, the flag is not read: one value for both.
    Memo::get_or_shared(&cx.quants, i, allow_mod, || {
        if !cx.near_at(i) {
            return (None, false);
        }
        let modifier = modifier(cx, i);
        let flag_read = modifier.is_some();
        (
            quantity_uncached(cx, i, modifier.filter(|_| allow_mod)),
            flag_read,
        )
    })
}

/// The quantity at `i`, after the modifier `modifier` (when allowed).
fn quantity_uncached(cx: &Cx, i: usize, modifier: Option<(usize, Modifier)>) -> Option<Q> {
    if modifier.is_none() && !quantity_may_start(cx, i) {
        debug_assert!(
            quantity_full(cx, i, None).is_none(),
            "quantity pre-test rejects a quantity at {i}: {:?}",
            cx.text
        );
        return None;
    }
    quantity_full(cx, i, modifier)
}

/// Tokens a number can start with in [`number_core`] beside digits and
/// number words: "moins", determiners of collectives and fractions ("une
/// douzaine", "la moitié", "un demi"), signs and a decimal comma.
const NUMBER_FIRST: [&str; 12] = [
    "moins", "une", "la", "cette", "quelque", "un", "demi", "quart", "moitie", "-", "+", ",",
];

/// False when no quantity without a modifier starts at `i`
/// ([`quantity_full`] returns None): most tokens tried are function words
/// ("de", "les") that start none.
fn quantity_may_start(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    if t.kind == Kind::Digits || cx.numw.get(i).copied().flatten().is_some() {
        return true;
    }
    let w = t.norm;
    let next_digits = cx.kind(i + 1) == Some(Kind::Digits);
    let number_first = match w {
        // A sign or a decimal comma before digits: "-3", "+2", ",5".
        "-" | "+" => next_digits,
        "," => next_digits && cx.glued(i + 1),
        // "la moitié", "cette centaine", "quelque dizaine".
        "la" | "cette" | "quelque" => {
            cx.is(i + 1, "moitie") || cx.word(i + 1).is_some_and(|n| COLLECTIVE_V.contains(n))
        }
        _ => NUMBER_FIRST.contains(&w),
    };
    number_first
        || !starting(&LEX.ix.currencies, w).is_empty()
        || (t.kind == Kind::Word
            && (COLLECTIVE_V.contains(w)
                || w.strip_suffix('s')
                    .is_some_and(|s| COLLECTIVE_V.contains(s))))
}

/// [`quantity_uncached`] without its pre-test.
fn quantity_full(cx: &Cx, i: usize, modifier: Option<(usize, Modifier)>) -> Option<Q> {
    let (k, m) = match modifier {
        Some((e, m)) => (e, Some(m)),
        None => (i, None),
    };
    // Money before the number: "$10", "USD1,23", "EUR 20", "€5".
    if let Some((e, code)) = currency(cx, k, &["symbol", "code"]) {
        if let Some(n) = num::signed(cx, e).filter(|n| n.digits) {
            let t = plain_tail(Dim::Money, Some(code), n.end);
            return Some(Q {
                start: i,
                n,
                tail: Some(t),
                approx: m == Some(Modifier::Approx),
                bound: m.filter(|m| matches!(m, Modifier::Lower | Modifier::Upper)),
            });
        }
    }
    let (s, n, approx) = number_core(cx, k)?;
    let mut tl = tail(cx, n.end, &n).or_else(|| {
        // A fraction of a unit: "un centième de seconde", "trois quarts d'heure".
        (n.v < 1.0 && cx.is_any(n.end, &["de", "d'"]))
            .then(|| tail(cx, n.end + 1, &n))
            .flatten()
            .filter(|t| t.dim != Dim::Money && t.dim != Dim::Percent)
    });
    // "trois kilos et demi"
    if let Some(t) = tl
        .as_mut()
        .filter(|t| matches!(t.dim, Dim::Distance | Dim::Volume | Dim::Quantity))
    {
        if let Some(e) = cx.any_seq(t.end, alts!["et demi", "et demie", "et quart"]) {
            t.add = if cx.is(e - 1, "quart") { 0.25 } else { 0.5 } * t.factor;
            t.end = e;
        }
    }
    // A time in hours and minutes: "2 h 04 min", "1h59min" (without the
    // minutes' unit "2 h 04" is a time of day, read by the time grammar).
    if tl.is_none() && n.digits && cx.is(n.end, "h") {
        let minutes = num::cardinal(cx, n.end + 1)
            .filter(|n2| n2.digits)
            .and_then(|n2| tail(cx, n2.end, &n2))
            .is_some_and(|t2| t2.unit == Some("minute"));
        if minutes {
            tl = Some(plain_tail(Dim::Duration, Some("hour"), n.end + 1));
        } else if s > 0 && cx.is_any(s - 1, &crate::cx::LENGTH_BEFORE) {
            // After "en", "pendant"…, a length: "en 1 h 52" (minutes), "pendant 2 h".
            let mut t = plain_tail(Dim::Duration, Some("hour"), n.end + 1);
            let m = n.end + 1;
            if cx.kind(m) == Some(Kind::Digits) && cx.norm(m).len() == 2 {
                if let Ok(v) = cx.norm(m).parse::<u8>() {
                    if v < 60 {
                        t.unit = Some("minute");
                        t.factor = 60.0;
                        t.add = f64::from(v);
                        t.end = m + 1;
                    }
                }
            }
            tl = Some(t);
        }
    }
    // "2 heures et 30 minutes", "1 an et 6 mois", "2 h 04 min 37 s": one
    // duration in the smallest unit.
    if let Some(t) = tl.as_mut().filter(|t| t.dim == Dim::Duration) {
        // "deux heures et demie", "un an et quart"
        if let Some(e) = cx.any_seq(t.end, alts!["et demi", "et demie", "et quart"]) {
            t.add = if cx.is(e - 1, "quart") { 0.25 } else { 0.5 };
            t.end = e;
        }
        for _ in 0..2 {
            let c = if cx.is(t.end, "et") { t.end + 1 } else { t.end };
            // Seconds as "s" only after minutes: "2 h 04 min 37 s".
            let seconds = |n2: &num::NumP| {
                (t.unit == Some("minute") && n2.digits && cx.is(n2.end, "s"))
                    .then(|| plain_tail(Dim::Duration, Some("second"), n2.end + 1))
            };
            if let Some((n2, t2)) = num::cardinal(cx, c).and_then(|n2| {
                tail(cx, n2.end, &n2)
                    .or_else(|| seconds(&n2))
                    .map(|t2| (n2, t2))
            }) {
                let secs = |u: &str| match u {
                    "second" => 1.0,
                    "minute" => 60.0,
                    "hour" => 3600.0,
                    "day" => 86400.0,
                    "week" => 604800.0,
                    "month" => 2592000.0,
                    "quarter" => 7776000.0,
                    _ => 31536000.0,
                };
                let ratio = |a: &str, b: &str| match (a, b) {
                    ("year", "month") => 12.0,
                    ("year", "quarter") => 4.0,
                    ("quarter", "month") => 3.0,
                    _ => secs(a) / secs(b),
                };
                if let (Some(u1), Some(u2)) = (t.unit, t2.unit) {
                    if t2.dim == Dim::Duration && secs(u2) < secs(u1) && n2.v >= 0.0 {
                        let r = ratio(u1, u2);
                        t.factor *= r;
                        t.add = t.add * r + n2.v * t2.factor;
                        t.unit = Some(u2);
                        t.end = t2.end;
                        continue;
                    }
                }
            }
            break;
        }
    }
    Some(Q {
        start: if m.is_some() { i } else { s },
        n,
        tail: tl,
        approx: approx || m == Some(Modifier::Approx),
        bound: m.filter(|m| matches!(m, Modifier::Lower | Modifier::Upper)),
    })
}

fn fmt(v: f64) -> String {
    Value::format_number(v)
}

fn item(cx: &Cx, q: &Q, start: usize) -> Item {
    let (dim, unit) = match &q.tail {
        Some(t) => (t.dim, t.unit.map(str::to_string)),
        None => (Dim::Number, None),
    };
    let mut v = q.value();
    if dim == Dim::Percent {
        v = v.abs();
    }
    let value = match q.bound {
        Some(Modifier::Lower) => Value::Text(format!("{}/..", fmt(v))),
        Some(Modifier::Upper) => Value::Text(format!("../{}", fmt(v))),
        _ => Value::Num(v),
    };
    let _ = cx;
    Item {
        t0: start,
        t1: q.end(),
        dim,
        value,
        unit,
        approx: q.approx,
        grain: None,
        act: None,
    }
}

/// Numbers and measures starting at token `i`.
pub fn parse(cx: &Cx, i: usize) -> Vec<Item> {
    // "entre 10 et 20 euros"
    if cx.is(i, "entre") {
        if let Some(r) = range(cx, i + 1, &["et"], i, true) {
            return r;
        }
    }
    if cx.is(i, "de") || cx.is(i, "d'") {
        if let Some(r) = range(cx, i + 1, &["a", "-"], i + 1, false) {
            return r;
        }
    }
    if let Some(r) = range(cx, i, &["a", "-", "au"], i, false) {
        return r;
    }
    let q = quantity(cx, i, true);
    let ord = num::ordinal(cx, i);
    if let Some(q) = q.filter(|q| ord.is_none_or(|(e, _)| q.end() >= e)) {
        return vec![item(cx, &q, q.start)];
    }
    if let Some((e, v)) = ord {
        let next = cx.word(e).unwrap_or("");
        if !["ministre", "secretaire", "dame", "degre"].contains(&next) {
            return vec![Item {
                t0: i,
                t1: e,
                dim: Dim::Ordinal,
                value: Value::Num(v),
                unit: None,
                approx: false,
                grain: None,
                act: None,
            }];
        }
    }
    Vec::new()
}

/// "X à Y", "X - Y", "X et Y" (after "entre"): one range item when the unit is
/// written once or the connector is "-" or "et", else two items.
fn range(cx: &Cx, i: usize, conns: &[&str], start: usize, strict: bool) -> Option<Vec<Item>> {
    let a = quantity(cx, i, false)?;
    let c = a.end();
    if !cx.is_any(c, conns) {
        return None;
    }
    let b = quantity(cx, c + 1, true)?;
    if b.bound.is_some() {
        return None;
    }
    let same_kind = |x: &Tail, y: &Tail| x.dim == y.dim && x.unit == y.unit;
    let one = match (&a.tail, &b.tail) {
        (None, _) => true,
        (Some(x), Some(y)) if same_kind(x, y) => strict || cx.is(c, "-"),
        _ => false,
    };
    if !one {
        if start != i && a.tail.is_some() && b.tail.is_some() {
            return Some(vec![item(cx, &a, a.start), item(cx, &b, b.start)]);
        }
        return None;
    }
    // Bare "X - Y" needs a unit, or it is a date, a score or a code.
    if cx.is(c, "-") && b.tail.is_none() {
        return None;
    }
    // "de X à Y" of bare numbers is a range only with number words or a unit.
    let tail = b.tail.clone();
    if a.tail.is_none() && tail.is_none() && a.n.digits && !strict {
        return None;
    }
    let lo = Q {
        tail: tail.clone(),
        ..a.clone()
    };
    let mut dim = tail.as_ref().map(|t| t.dim).unwrap_or(Dim::Number);
    // A duration value cannot be a range: "de 62 à 64 ans" is the numbers
    // 62 to 64 (as "trois à cinq prochaines années").
    let duration = dim == Dim::Duration;
    if duration {
        if a.tail.is_some() {
            return None;
        }
        dim = Dim::Number;
    }
    let (mut x, mut y) = (lo.value(), b.value());
    // "entre 3 et 4 milliards": the scale is written once.
    let scale = |q: &Q| -> f64 {
        match cx
            .word(q.n.end.saturating_sub(1))
            .and_then(|w| LEX.numbers.get(w))
        {
            Some(&(f, NumClass::Scale)) if q.n.end > q.start + 1 => f,
            _ => 1.0,
        }
    };
    let (sa, sb) = (scale(&a), scale(&b));
    if sa == 1.0 && sb > 1.0 && x.abs() < 1000.0 {
        x *= sb;
    }
    if dim == Dim::Percent {
        x = x.abs();
        y = y.abs();
    }
    // Going down, not a range: "passé de 86 à 23", "la départementale 86
    // à 23 heures", "passera de 5 à -3 degrés".
    if x > y {
        return None;
    }
    Some(vec![Item {
        t0: start,
        t1: b.end(),
        dim,
        value: Value::Text(format!("{}/{}", fmt(x), fmt(y))),
        unit: tail
            .and_then(|t| t.unit)
            .filter(|_| !duration)
            .map(str::to_string),
        approx: b.approx,
        grain: None,
        act: None,
    }])
}

/// Token `i` opens a clause (the sentence's start, after a comma, « et »,
/// « puis ») or follows « à peine », « seulement », « juste ».
fn opens_clause(cx: &Cx, i: usize) -> bool {
    i == 0
        || cx.is_any(i - 1, &[",", ";", "et", "puis", "seulement", "juste"])
        || (i > 1 && cx.is(i - 1, "peine") && cx.is(i - 2, "a"))
}

/// True when the number word at `i` is a count word that cannot stand alone
/// here: an indefinite article, or part of a vague "deux trois".
pub fn weak_word_number(cx: &Cx, it: &Item) -> bool {
    // "un jour" is "someday", not a duration, unless something asks for
    // one: a preposition before it, or "avant" / "après" after it when it
    // opens a clause or after « à peine », « seulement », « juste » ("Un
    // jour après son élection, …": counted from the event named; not "Il
    // aimerait un jour après sa carrière devenir entraîneur").
    if it.dim == Dim::Duration
        && it.t1 == it.t0 + 2
        && cx.is_any(it.t0, &["un", "une"])
        && cx.is(it.t0 + 1, "jour")
        && !(it.t0 > 0
            && cx.is_any(
                it.t0 - 1,
                &["pendant", "durant", "en", "depuis", "pour", "d'", "de"],
            ))
        && !(cx.is_any(it.t1, &["avant", "apres"]) && opens_clause(cx, it.t0))
    {
        return true;
    }
    if it.dim != Dim::Number {
        return false;
    }
    // The number itself is the last token: "à partir d'une" holds "une".
    let last = it.t1 - 1;
    // (`numw`: the number words, looked up once per sentence.)
    let compound = last > it.t0
        && (cx.is(last - 1, "et") || cx.numw.get(last - 1).is_some_and(Option::is_some));
    if cx.is_any(last, &["un", "une"]) && cx.len() > 1 && !compound {
        return true;
    }
    if it.t1 != it.t0 + 1 {
        return false;
    }
    let Some(w) = cx.word(it.t0) else {
        return false;
    };
    let is_num_word = |k: usize| {
        cx.numw
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|(_, c)| matches!(c, NumClass::Unit | NumClass::Teen | NumClass::Tens))
    };
    if (w == "un" || w == "une") && cx.len() > 1 {
        return true;
    }
    (it.t0 > 0 && is_num_word(it.t0 - 1)) || is_num_word(it.t1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tok::Folded;

    #[test]
    fn quantity_pre_test_keeps_every_quantity() {
        let mut texts = crate::time::tests::soups();
        let words: Vec<String> = COLLECTIVES
            .iter()
            .chain(FRACTIONS.iter())
            .map(|(w, _)| w.clone())
            .chain(LEX.currencies.iter().map(|(p, _, _)| p.join(" ")))
            .collect();
        texts.push(words.join(" 3 "));
        texts.push(words.join(" une "));
        texts.push(words.join("s la "));
        texts.push("la moitié, cette centaine, quelque dizaine, - 3, +2, ,5 , 5 la - la".into());
        let mut found = 0;
        for t in &texts {
            let n = Folded::new(t);
            let cx = Cx::new(t, &n, None, false);
            for i in 0..=cx.len() {
                let full = quantity_full(&cx, i, None);
                found += usize::from(full.is_some());
                let fast = quantity_uncached(&cx, i, None);
                assert_eq!(fast.map(|q| q.end()), full.map(|q| q.end()), "{t} @{i}");
            }
        }
        assert!(found > 1000, "{found}");
    }

    fn check(input: &str, expected: &[(Dim, &str, Option<&str>)]) {
        let n = Folded::new(input);
        let cx = Cx::new(input, &n, None, false);
        let mut got = Vec::new();
        let mut i = 0;
        while i < cx.len() {
            let items = parse(&cx, i);
            match items.last() {
                Some(last) => {
                    i = last.t1;
                    for it in items {
                        let v = match &it.value {
                            Value::Num(x) => fmt(*x),
                            Value::Text(t) => t.clone(),
                            Value::Null => "null".into(),
                        };
                        got.push((it.dim, v, it.unit));
                    }
                }
                None => i += 1,
            }
        }
        let want: Vec<(Dim, String, Option<String>)> = expected
            .iter()
            .map(|(d, v, u)| (*d, v.to_string(), u.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "{input}");
    }

    use Dim::*;

    #[test]
    fn money() {
        check(
            "560 millions de dollars",
            &[(Money, "560000000", Some("USD"))],
        );
        check("620 M$", &[(Money, "620000000", Some("USD"))]);
        check("3,3 G$", &[(Money, "3300000000", Some("USD"))]);
        // Francs, and comma groups of older print.
        check("48 millions de francs", &[(Money, "48000000", Some("FRF"))]);
        check("80,000 francs", &[(Money, "80000", Some("FRF"))]);
        // Three decimals are decimals: fuel prices, exchange rates.
        check("2,125 euros", &[(Money, "2.125", Some("EUR"))]);
        check("un quart de point", &[(Percent, "0.25", Some("pp"))]);
        check("trois quarts de point", &[(Percent, "0.75", Some("pp"))]);
        check("un quart de point de vente", &[(Number, "0.25", None)]);
        check("12,5 francs", &[(Money, "12.5", Some("FRF"))]);
        check("1,200,000 fr.", &[(Money, "1200000", Some("FRF"))]);
        check("3 francs suisses", &[(Money, "3", Some("CHF"))]);
        check("3 points de PIB", &[(Percent, "3", Some("pp"))]);
        // An ISO code in capitals only.
        check("20 EUR", &[(Money, "20", Some("EUR"))]);
        check("12 nok", &[(Number, "12", None)]);
        // The currencies of Europe before the euro, and of the world.
        check(
            "110 milliards de marks",
            &[(Money, "110000000000", Some("DEM"))],
        );
        check(
            "cinq millions de florins",
            &[(Money, "5000000", Some("NLG"))],
        );
        check(
            "un milliard de rands",
            &[(Money, "1000000000", Some("ZAR"))],
        );
        check("1,500 km", &[(Distance, "1.5", Some("km"))]);
        check("1,5 Md€", &[(Money, "1500000000", Some("EUR"))]);
        check("100 euros", &[(Money, "100", Some("EUR"))]);
        check("€5", &[(Money, "5", Some("EUR"))]);
        check("5 $", &[(Money, "5", Some("USD"))]);
        check(
            "10 milliards de yuans",
            &[(Money, "10000000000", Some("CNY"))],
        );
        check("3 000 francs CFA", &[(Money, "3000", Some("XOF"))]);
        check("USD1,23", &[(Money, "1.23", Some("USD"))]);
        check("1 USD et 23 centimes", &[(Money, "1.23", Some("USD"))]);
        check("entre 10 et 20 euros", &[(Money, "10/20", Some("EUR"))]);
        check("plus de 10 euros", &[(Money, "10/..", Some("EUR"))]);
        check("moins de 10 dollars", &[(Money, "../10", Some("USD"))]);
    }

    #[test]
    fn percents() {
        check("30 %", &[(Percent, "30", None)]);
        check("+2,15%", &[(Percent, "2.15", None)]);
        check("80 pour cent", &[(Percent, "80", None)]);
        check("Moins de 20 %", &[(Percent, "../20", None)]);
        check("environ 70 %", &[(Percent, "70", None)]);
        check(
            "de 2,34 % à 6,58 %",
            &[(Percent, "2.34", None), (Percent, "6.58", None)],
        );
        check("entre 3 et 5 %", &[(Percent, "3/5", None)]);
        check("0,5 point de pourcentage", &[(Percent, "0.5", Some("pp"))]);
        check("25 points de base", &[(Percent, "0.25", Some("pp"))]);
        check("3 000 points de vente", &[(Number, "3000", None)]);
        check(
            "six points d'avance dans le dernier sondage",
            &[(Percent, "6", Some("pp"))],
        );
        check(
            "Le candidat perd trois points, à 22 %.",
            &[(Percent, "3", Some("pp")), (Percent, "22", None)],
        );
        check(
            "Le taux a reculé de 0,3 point.",
            &[(Percent, "0.3", Some("pp"))],
        );
        check(
            "réduire de 2 points les cotisations sociales",
            &[(Percent, "2", Some("pp"))],
        );
        check(
            "deux points de part de marché",
            &[(Percent, "2", Some("pp"))],
        );
        check(
            "Macron devance Le Pen de 5 points selon l'Ifop.",
            &[(Percent, "5", Some("pp"))],
        );
        // « côté », « pour sa part »: no rate.
        check(
            "De son côté, Parker a marqué 20 points.",
            &[(Number, "20", None)],
        );
        check(
            "Pour sa part, il a inscrit 28 points.",
            &[(Number, "28", None)],
        );
        // Counted points: a league table, an agenda, a match.
        check(
            "Lens est 5e avec 41 points.",
            &[(Ordinal, "5", None), (Number, "41", None)],
        );
        check("neuf points de retard", &[(Number, "9", None)]);
        check("cinq points à l'ordre du jour", &[(Number, "5", None)]);
    }

    #[test]
    fn units() {
        check("7 nm", &[(Distance, "7", Some("nm"))]);
        check("3km", &[(Distance, "3", Some("km"))]);
        check("250 ml", &[(Volume, "250", Some("ml"))]);
        check("2 GW", &[(Quantity, "2", Some("GW"))]);
        check("500 kWh", &[(Quantity, "500", Some("kWh"))]);
        check("64 Go", &[(Quantity, "64", Some("GB"))]);
        check("130 km/h", &[(Quantity, "130", Some("km/h"))]);
        check("37°C", &[(Temperature, "37", Some("celsius"))]);
        check("- 10 degres", &[(Temperature, "-10", Some("degree"))]);
        check(
            "10 en dessous de zero",
            &[(Temperature, "-10", Some("degree"))],
        );
        check("2 tasses de café", &[(Quantity, "2", Some("cup"))]);
        // After a scale and "de", as money.
        check(
            "48 milliards de mètres cubes",
            &[(Volume, "48000000000", Some("m3"))],
        );
        check("3 millions de km", &[(Distance, "3000000", Some("km"))]);
    }

    #[test]
    fn durations_and_counts() {
        check("18 mois", &[(Duration, "18", Some("month"))]);
        check("8 min", &[(Duration, "8", Some("minute"))]);
        // Race times: one duration in the smallest unit.
        check("2 h 04 min 37 s", &[(Duration, "7477", Some("second"))]);
        check("2h19min52s", &[(Duration, "8392", Some("second"))]);
        check("1 h 59 min", &[(Duration, "119", Some("minute"))]);
        check("3 min 43 s", &[(Duration, "223", Some("second"))]);
        check("46,40 s", &[(Duration, "46.4", Some("second"))]);
        // No seconds glued to a plain figure (a model code: "Kirin 9000s").
        check("9000s", &[(Number, "9000", None)]);
        check("trois jours", &[(Duration, "3", Some("day"))]);
        check("une décennie", &[(Duration, "10", Some("year"))]);
        check("environ 12 500 puces", &[(Number, "12500", None)]);
        check(
            "plus d'un milliard de fois",
            &[(Number, "1000000000/..", None)],
        );
        check("trois à cinq", &[(Number, "3/5", None)]);
        check("de 62 à 64 ans", &[(Number, "62/64", None)]);
        check("un tiers", &[(Number, &fmt(1.0 / 3.0), None)]);
        check("trois quarts", &[(Number, "0.75", None)]);
        check("un Français sur cinq", &[(Number, "0.2", None)]);
        check("trois cinquièmes des votes", &[(Number, "0.6", None)]);
        check("le deux-centième anniversaire", &[(Ordinal, "200", None)]);
        check(
            "un centième de seconde",
            &[(Duration, "0.01", Some("second"))],
        );
        check("deux douzaines d'oeufs", &[(Number, "24", None)]);
        check("une vingtaine de personnes", &[(Number, "20", None)]);
        check("la moitié", &[(Number, "0.5", None)]);
        check("trois et demi", &[(Number, "3.5", None)]);
        check("trois kilos et demi", &[(Quantity, "3.5", Some("kg"))]);
        check("demi-litre", &[(Volume, "0.5", Some("l"))]);
        check("quart de litre", &[(Volume, "0.25", Some("l"))]);
        check("une demi-heure", &[(Duration, "0.5", Some("hour"))]);
        check("cette centaine de modèles", &[(Number, "100", None)]);
        check("le 2e tour", &[(Ordinal, "2", None)]);
        check("le premier ministre", &[]);
    }
}
