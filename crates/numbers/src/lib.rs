//! French numbers, quantities, money, percentages, ordinals, dates and
//! durations, each with its exact span and a normalized value.
//!
//! One entry point, [`extract`]: a pure function of a document and its
//! sentences. Relative dates resolve against the document's publication
//! date (`meta.date`).
//!
//! # Overview
//!
//! Each sentence is folded ([`Normalized`]) and tokenized (`tok`). At each
//! token two grammars are tried, and the longer match wins (dates on ties):
//!
//! * `time`: dates, times, intervals and relative expressions, resolved to
//!   naive ISO-8601 strings;
//! * `measure`: numbers (`num`) with their bounds, approximations, ranges and
//!   what they measure (money, percent, units, temperatures, durations),
//!   and ordinals.
//!
//! A match is then checked: no letters or digits glued to either end ("H100",
//! "GPT-4", "5G", "Kirin 9000s"), no label before a bare number ("article 49.3",
//! "Fig. 1"), no name before a bare number or year ("WAIC 2025", "Mate 60
//! Pro"), no phone numbers, no indefinite article "un"/"une".
//!
//! Lexicons are in `data/`, parsed once (`lex`).
//!
//! ```
//! use frclaims_model::{Dim, Document, Meta, MetaField, Sentence, Span, Value};
//! let text = "Le PIB a augmenté de 5,4 % au premier trimestre.";
//! let doc = Document {
//!     text: text.into(),
//!     meta: Meta { date: Some(MetaField::given("2025-06")), ..Meta::default() },
//!     ..Document::default()
//! };
//! let sentences = [Sentence { span: Span::new(0, text.chars().count()), paragraph: 0 }];
//! let numbers = frclaims_numbers::extract(&doc, &sentences);
//! assert_eq!(numbers[0].text, "5,4 %");
//! assert_eq!(numbers[0].dim, Dim::Percent);
//! assert_eq!(numbers[0].value, Value::Num(5.4));
//! assert_eq!(numbers[1].value, Value::Text("2025-01-01/2025-03-31".into()));
//! ```
#![deny(missing_docs)]

mod cal;
mod cx;
mod item;
mod lex;
mod measure;
mod num;
mod time;
mod tok;

use std::sync::LazyLock;

use frclaims_model::{ByteSpan, Dim, Document, Normalized, Number, Sentence, TextIndex, Value};
use regex::Regex;

use crate::cx::{Cx, Ref};
use crate::item::Item;
use crate::lex::LEX;
use crate::tok::Kind;

/// Every number of the given sentences of `doc`, sorted by span.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Number> {
    let r = doc.meta.date.as_ref().and_then(|d| Ref::parse(&d.value));
    let index = TextIndex::new(&doc.text);
    let mut out = Vec::new();
    for s in sentences {
        let bs = index.bytes(s.span);
        let text = bs.slice(&doc.text);
        if !text.bytes().any(|b| b.is_ascii_digit()) && !TRIGGER.is_match(text) {
            continue;
        }
        let n = Normalized::new(text);
        let mut cx = Cx::new(text, &n, r, false);
        cx.tense = tense_marks(text);
        for it in scan(&cx) {
            let b0 = bs.start + cx.t[it.t0].b0;
            let b1 = bs.start + cx.t[it.t1 - 1].b1;
            let span = index.span(ByteSpan::new(b0, b1));
            out.push(Number {
                span,
                text: doc.text[b0..b1].to_string(),
                dim: it.dim,
                value: it.value,
                unit: it.unit,
                approx: it.approx,
                grain: it.grain,
            });
        }
    }
    out.sort_by_key(|n| (n.span.start, n.span.end));
    out
}

/// Sentences without digits need one of these words to hold a number or date.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<String> = Vec::new();
    words.extend(LEX.numbers.keys().cloned());
    words.extend(LEX.ordinals.keys().cloned());
    words.extend(LEX.months.keys().cloned());
    words.extend(
        LEX.weekdays
            .keys()
            .map(|w| w.trim_end_matches('.').to_string()),
    );
    words.extend(
        LEX.holidays
            .iter()
            .filter_map(|(p, _, _)| p.last().cloned()),
    );
    for w in [
        "hier",
        "demain",
        "aujourd",
        "maintenant",
        "suite",
        "semaine",
        "mois",
        "annee",
        "an",
        "midi",
        "minuit",
        "matin",
        "matinee",
        "soir",
        "soiree",
        "midi",
        "veille",
        "lendemain",
        "jour",
        "journee",
        "ete",
        "hiver",
        "printemps",
        "automne",
        "trimestre",
        "semestre",
        "moitie",
        "tiers",
        "quart",
        "quarts",
        "centaine",
        "dizaine",
        "douzaine",
        "quinzaine",
        "vingtaine",
        "trentaine",
        "quarantaine",
        "cinquantaine",
        "soixantaine",
        "millier",
        "week",
        "moment",
        "present",
        "heure",
        "heures",
        "dejeuner",
        "travail",
        "debut",
        "fin",
    ] {
        words.push(w.to_string());
    }
    // Accented spellings of the folded words: match letters loosely.
    let alts: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| match c {
                    'a' => "[aàâ]".to_string(),
                    'e' => "[eéèêë]".to_string(),
                    'i' => "[iîï]".to_string(),
                    'o' => "[oô]".to_string(),
                    'u' => "[uùûü]".to_string(),
                    'c' => "[cç]".to_string(),
                    c => regex::escape(&c.to_string()),
                })
                .collect()
        })
        .collect();
    Regex::new(&format!(
        r"(?i)\b(?:{})\b|(?-i:\b[IVXLC]{{1,6}}(?:e|er|ème|eme)\b)",
        alts.join("|")
    ))
    .expect("trigger regex")
});

/// Past-tense markers: a compound past ("a publié", "ont augmenté"), an
/// imperfect of être/avoir.
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent|a-t-il|a-t-elle)\s+(?:(?:déjà|été|pas|plus|ainsi|aussi|notamment|également|encore|récemment|bien|fortement|largement|enfin|finalement|publiquement|officiellement)\s+)*\w+(?:é|ée|és|ées|is|it|u|ue|us|ert|erte|int|ait)\b|\b(?:était|avait|étaient|avaient)\b",
    )
    .expect("past regex")
});

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b\w+(?:era|eront|ira|iront|ura|uront|rait|raient)\b|\b(?:sera|seront|aura|auront|fera|feront|va|vont|prochain|prochaine|prochains|prochaines|prévu|prévue|prévoit|prévoient|d’ici|d'ici)\b",
    )
    .expect("future regex")
});

/// Tense markers of a sentence: (byte offset, is past).
fn tense_marks(text: &str) -> Vec<(usize, bool)> {
    let mut v: Vec<(usize, bool)> = PAST.find_iter(text).map(|m| (m.start(), true)).collect();
    v.extend(FUTURE.find_iter(text).map(|m| (m.start(), false)));
    v
}

/// Items of one sentence, left to right, longest match first.
fn scan(cx: &Cx) -> Vec<Item> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.len() {
        if let Some(e) = phone(cx, i) {
            i = e;
            continue;
        }
        if !can_start(cx, i) {
            i += 1;
            continue;
        }
        cx.set_tense_at(i);
        let t = time::parse(cx, i).filter(|it| acceptable(cx, it));
        let m = measure::parse(cx, i);
        let m = (!m.is_empty() && m.iter().all(|it| acceptable(cx, it))).then_some(m);
        let t_end = t.as_ref().map(|it| it.t1).unwrap_or(0);
        let m_end = m
            .as_ref()
            .and_then(|v| v.last())
            .map(|it| it.t1)
            .unwrap_or(0);
        if t.is_some() && t_end >= m_end {
            let it = t.unwrap_or_else(|| unreachable_item(i));
            i = it.t1.max(i + 1);
            out.push(it);
        } else if let Some(items) = m {
            i = m_end.max(i + 1);
            out.extend(items);
        } else {
            i += 1;
        }
    }
    out
}

fn unreachable_item(i: usize) -> Item {
    Item {
        t0: i,
        t1: i + 1,
        dim: Dim::Number,
        value: Value::Null,
        unit: None,
        approx: false,
        grain: None,
    }
}

/// A token that may start an item: digits, signs, currency symbols, words.
fn can_start(cx: &Cx, i: usize) -> bool {
    match cx.kind(i) {
        Some(Kind::Digits) | Some(Kind::Word) => true,
        Some(Kind::Punct) => cx.is_any(i, &["-", "+", "$", "€", "£", "¥", ","]),
        None => false,
    }
}

/// A phone number ("01 23 45 67 89", "01.23.45.67.89"): its end.
fn phone(cx: &Cx, i: usize) -> Option<usize> {
    if cx.kind(i) != Some(Kind::Digits) || cx.norm(i).len() != 2 || !cx.norm(i).starts_with('0') {
        return None;
    }
    let mut j = i + 1;
    let mut groups = 1;
    while groups < 5 {
        let k = if cx.is(j, ".") && cx.glued(j) {
            j + 1
        } else {
            j
        };
        if cx.kind(k) == Some(Kind::Digits) && cx.norm(k).len() == 2 {
            j = k + 1;
            groups += 1;
        } else {
            break;
        }
    }
    (groups == 5).then_some(j)
}

/// True when token `i` holds letters or digits.
fn alnum(cx: &Cx, i: usize) -> bool {
    matches!(cx.kind(i), Some(Kind::Word) | Some(Kind::Digits))
}

/// The checks every item passes (see the crate docs).
fn acceptable(cx: &Cx, it: &Item) -> bool {
    if it.t1 <= it.t0 {
        return false;
    }
    // Glued to letters or digits: a code ("H100", "GPT-4", "5G", "9000s").
    if it.t0 > 0 && cx.glued(it.t0) {
        let p = it.t0 - 1;
        if cx.kind(p) == Some(Kind::Digits)
            || (cx.kind(p) == Some(Kind::Word) && !cx.norm(p).ends_with('\''))
        {
            return false;
        }
        if cx.is_any(p, &["-", ".", ","]) && p > 0 && cx.glued(p) && alnum(cx, p - 1) {
            return false;
        }
    }
    if it.t1 < cx.len() && cx.glued(it.t1) && alnum(cx, it.t1) {
        return false;
    }
    if cx.is_any(it.t1, &["-", "."])
        && cx.glued(it.t1)
        && cx.glued(it.t1 + 1)
        && alnum(cx, it.t1 + 1)
    {
        // "4.0", "GPT-4-turbo", "12-34"
        if cx.kind(it.t1 + 1) == Some(Kind::Digits) || cx.kind(it.t1 - 1) == Some(Kind::Digits) {
            return false;
        }
    }
    // A list bullet, not a sign: "- 2023 : …".
    if cx.is(it.t0, "-")
        && !cx.glued(it.t0 + 1)
        && (it.t0 == 0 || cx.gap(it.t0).contains('\n'))
        && it.t1 < cx.len()
    {
        return false;
    }
    if measure::weak_word_number(cx, it) {
        return false;
    }
    let bare = (it.dim == Dim::Number && matches!(it.value, Value::Num(_)))
        || (it.dim == Dim::Date
            && it.grain == Some(frclaims_model::Grain::Year)
            && it.t1 == it.t0 + 1)
        || it.dim == Dim::Ordinal;
    if bare && (after_label(cx, it.t0) || after_name(cx, it.t0)) {
        return false;
    }
    true
}

/// A label word before `i`: "article 49.3", "Fig. 1", "n° 12".
fn after_label(cx: &Cx, i: usize) -> bool {
    let mut p = i;
    if p > 0 && cx.is_any(p - 1, &[".", "°"]) {
        p -= 1;
    }
    p > 0
        && cx
            .word(p - 1)
            .is_some_and(|w| LEX.labels.iter().any(|l| l == w))
}

/// Capitalized function words are never names.
const FUNCTION_WORDS: [&str; 24] = [
    "le", "la", "les", "l'", "un", "une", "des", "ce", "ces", "cette", "en", "au", "aux", "du",
    "de", "et", "ou", "selon", "sur", "dans", "avec", "pour", "par", "entre",
];

/// A name before `i` on the same line: "WAIC 2025", "Mate 60 Pro".
fn after_name(cx: &Cx, i: usize) -> bool {
    if i == 0 || cx.gap(i).contains('\n') {
        return false;
    }
    let Some(t) = cx.tok(i - 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let upper = t.orig.chars().filter(|c| c.is_uppercase()).count();
    let letters = t.orig.chars().filter(|c| c.is_alphabetic()).count();
    let known = LEX.months.contains_key(t.norm)
        || LEX.weekdays.contains_key(t.norm)
        || LEX.numbers.contains_key(t.norm)
        || LEX
            .currencies
            .iter()
            .any(|(p, _, _)| p.len() == 1 && p[0] == t.norm);
    if known {
        return false;
    }
    let acronym = letters >= 2 && upper == letters;
    // A capitalized word starting a sentence or line is not a name.
    let initial = i < 2
        || cx.gap(i - 1).contains('\n')
        || cx.is_any(i - 2, &[".", "?", "!", ":", ";", "\"", "(", "-", "•", "*"]);
    let capitalized = t.orig.starts_with(char::is_uppercase) && !initial;
    (acronym || capitalized) && !FUNCTION_WORDS.contains(&t.norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use frclaims_model::{Meta, MetaField, Span};

    /// Items of `input` (one sentence) as (text, dim, value) with the given date.
    fn check_dated(input: &str, date: Option<&str>, expected: &[(&str, Dim, &str)]) {
        let doc = Document {
            text: input.into(),
            meta: Meta {
                date: date.map(MetaField::given),
                ..Meta::default()
            },
            ..Document::default()
        };
        let sentences = [Sentence {
            span: Span::new(0, input.chars().count()),
            paragraph: 0,
        }];
        let got: Vec<(String, Dim, String)> = extract(&doc, &sentences)
            .into_iter()
            .map(|n| {
                let v = match n.value {
                    Value::Num(x) => Value::format_number(x),
                    Value::Text(t) => t,
                    Value::Null => "null".into(),
                };
                (n.text, n.dim, v)
            })
            .collect();
        let want: Vec<(String, Dim, String)> = expected
            .iter()
            .map(|(t, d, v)| (t.to_string(), *d, v.to_string()))
            .collect();
        assert_eq!(got, want, "{input}");
    }

    fn check(input: &str, expected: &[(&str, Dim, &str)]) {
        check_dated(input, None, expected);
    }

    #[test]
    fn not_numbers() {
        check("Les puces H100 et A100 de Nvidia", &[]);
        check("GPT-4 et DeepSeek-R1", &[]);
        check("le Kirin 9000s du Mate 60 Pro", &[]);
        check("la 5G, AI4S et 4Paradigm", &[]);
        check("l'article 49.3 de la Constitution", &[]);
        check("Fig. 1. Le marché", &[]);
        check("Appelez le 01 23 45 67 89", &[]);
        check("Le thème de la WAIC 2025 a changé", &[]);
        check("un modèle et une puce", &[]);
        check("le premier ministre et le dernier modèle", &[]);
    }

    #[test]
    fn sentences() {
        check("vingt et un", &[("vingt et un", Dim::Number, "21")]);
        check_dated(
            "à 3 heures cet après-midi",
            Some("2013-02-12T04:30:00-02:00"),
            &[(
                "3 heures cet après-midi",
                Dim::Datetime,
                "2013-02-12T15:00:00",
            )],
        );
        check(
            "Ils estimaient qu’environ 12 500 puces étaient nécessaires",
            &[("environ 12 500", Dim::Number, "12500")],
        );
        check(
            "une augmentation de 30 % de l’efficacité",
            &[("30 %", Dim::Percent, "30")],
        );
        check(
            "levant respectivement 560 millions de dollars et 620 millions de dollars",
            &[
                ("560 millions de dollars", Dim::Money, "560000000"),
                ("620 millions de dollars", Dim::Money, "620000000"),
            ],
        );
        check(
            "téléchargés plus d’un milliard de fois",
            &[("plus d’un milliard", Dim::Number, "1000000000/..")],
        );
        check("Views: 101", &[("101", Dim::Number, "101")]);
        check("- 2023 : « Connectivité »", &[("2023", Dim::Date, "2023")]);
        check(
            "le processeur 7 nm du Mate 60 Pro",
            &[("7 nm", Dim::Distance, "7")],
        );
        check(
            "0/400",
            &[("0", Dim::Number, "0"), ("400", Dim::Number, "400")],
        );
        check("au XXIe siècle", &[("XXIe", Dim::Ordinal, "21")]);
        check("la IIIe République", &[("IIIe", Dim::Ordinal, "3")]);
    }

    #[test]
    fn dated_sentences() {
        check_dated(
            "Selon un rapport publié en mars, DeepSeek a dépassé ChatGPT.",
            Some("2025-06"),
            &[("en mars", Dim::Date, "2025-03")],
        );
        check_dated(
            "L’inflation devrait reprendre à partir du mois d'août.",
            Some("2025-06"),
            &[("à partir du mois d'août", Dim::Daterange, "2025-08/..")],
        );
        check_dated(
            "Par exemple hier nous avons vu",
            Some("2026-01-20"),
            &[("hier", Dim::Date, "2026-01-19")],
        );
        check_dated(
            "le mois dernier",
            None,
            &[("le mois dernier", Dim::Date, "null")],
        );
    }
}
