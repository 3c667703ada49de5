//! French numbers, quantities, money, percentages, ordinals, dates and
//! durations, each with its exact span and a normalized value.
//!
//! One entry point, [`extract`]: a pure function of a document and its
//! sentences. Relative dates resolve against the document's publication
//! date (`meta.date`), except those relative to a date of the text ("la
//! veille", "l'année suivante", "deux jours plus tard": `cx::Anchor`),
//! which count from the last date the text named (in the sentence or the
//! one before: a date further back is often of another event), else stay
//! unresolved (value null) or, counted in units
//! ("onze minutes plus tard"), are durations; a document of one sentence
//! (a phrase) has only the publication date to count from; from a
//! reference date of a month's precision ("2025-06"), what counts in
//! months, quarters or years keeps that precision ("il y a un mois": May).
//! The date of an act ("la loi du 5 janvier 1990": an act noun of
//! `data/acts.txt` after a determiner or with its number, then « du »; not
//! a verb, "l'usine s'arrête du 4 au 25 août", nor a range) is decided
//! once per start (`cx::Cx::act`, a flag on the item): it is past unless
//! the sentence speaks of the future, it is not the day of the times
//! after it, and in a complement ("modifie la loi du …") it counts as no
//! date named (when its noun group opens the sentence it is the
//! narrative's date). An expression followed by the event it counts
//! from ("la veille du scrutin", "le lendemain de son élection"; not "le
//! lendemain de bonne heure") stays unresolved, and "un jour après" is a
//! duration when it opens a clause ("Un jour après son élection, …");
//! "dans les 48 heures suivant X" is a duration too. A time of day alone
//! ("à 14 heures") is on the day the sentence named before it ("La
//! veille, il avait dîné à 20 heures"), unresolved when that day is
//! (`cx::Day`); so is a later bare day in the month named before it ("le
//! 10 avril, le second tour le 24"), but only when that day lies on the
//! side of the reference the tense points to ("Né le 10 avril 1990, il
//! sera jugé le 24" is not in 1990) and not from an opening participle
//! apposition ("Né le 3 mai 1960, …"). "entre midi et deux" is 12:00 to
//! 14:00; "N h (MM)" after « en », « pendant », « durant », « dure »,
//! « mis » is a duration; a tie-break ("7-6 (7/4)") is no date.
//!
//! # Overview
//!
//! Each sentence is folded (as [`frclaims_model::Normalized`] folds) and tokenized (`tok`). At each
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
//! "Fig. 1", roads, lines and competitions of `data/labels.txt`: "la
//! nationale 7", "Ligue 1"; but not before a count, "le bus 3 fois"), no
//! name before a bare number or year ("WAIC 2025", "Mate 60 Pro"), no
//! abbreviated franc after a label or a name ("en salle 12 F"), no phone
//! numbers, no indefinite article "un"/"une"; no item starts on the second
//! group of a spaced number ("3 000"). A range going down is two items
//! ("de 12 à 8 %", "de 5 à -3 degrés"). In a
//! sentence on a match (a word of `data/score_cues.txt`: "victoire",
//! "battu"…), a score is two numbers: "3-1" is not a code, and "Lyon 3 à
//! 1" keeps the number after the name.
//!
//! Lexicons are in `data/`, parsed once (`lex`).
//!
//! # Performance
//!
//! Most of a text holds no number. A sentence is folded and tokenized
//! only when it has a digit or a word of the core lexicon. This gate is a
//! deterministic automaton (`gate`), built once from the core words and
//! the gate's other rules (pairs such as "cet été", Roman ordinals), that
//! reads a sentence in one table lookup per byte (eight bytes without a
//! test in between when they are ASCII or Latin-1 letters, whose first
//! byte 0xC3 leaves the state as it is and whose second byte reads as the
//! letter; the last bytes of a sentence, fewer than eight, read as eight
//! with spaces after them), between the byte offsets the pipeline
//! hands over with the sentences ([`extract_in`]; [`extract`] finds them
//! by walking on from the end of the previous sentence). The automaton
//! also tells where it found the first digit or key word: the start of a
//! long sentence, more than twelve chunks of text before it (no item
//! starts or looks that far before a key word), is left out (the chunks
//! are counted back eight bytes at a time, by bit masks); when the
//! search for the tense of an expression reaches the part kept's first
//! token, the sentence is read again whole (a test compares with whole
//! sentences). The word-by-word
//! gate it replaces is kept in the tests as its reference. Folding and
//! tokenizing are one pass over the original
//! bytes with a byte class table; the folded texts are one buffer that
//! starts with the sentence, its ASCII capitals lowered, so that ASCII
//! tokens are not copied. Each word token then reads one table of
//! pre-tests by (first byte, last byte, length), `WORD_FLAGS`: may it be a
//! number word, a word of a family, a core word, an edge word ("début",
//! "fin"…) or "un"; the lexicons are looked
//! up only when its bit is set, and the core words' test reads the bit
//! kept with the token (`Cx::flags`).
//! A token starts a match only when a core word is at most three tokens
//! away (the edge words next to core words, and whether a core token, or
//! one that can be part of a date, is near after each token, are found in
//! one walk back over the tokens); dates are tried only near a token
//! that can be part of one; the
//! grammars of a family of words (parts of the day, seasons, units of
//! time) only when the sentence has one. Phrase lists are indexed by their
//! first token, and the parts read by several forms are memoized per
//! sentence. The tense of an expression is read from the tense markers
//! nearest its start, searched outward from it, not from a list of all the
//! sentence's markers (one in the expression's own clause before it wins
//! over one after a comma), and only for the dates that need it; the marker
//! found at a token is kept for the next dates of the sentence. The grammars
//! skip the tokens that start nothing: a table of the forms each first
//! word can start, built from the grammars' own phrase lists and tests, is
//! read once per token, intervals are tried only before a connector, and
//! between two parts of a date only the connectors starting with the
//! token's first byte (the skips are checked against the full forms by
//! debug assertions and tests). After a number, one lookup tells which
//! parts of its tail (percent, currency, degree, unit, duration) the
//! next word can start, and only those are read; a sign or a decimal
//! comma starts an item only before digits. The grammars' word lists
//! (phrase indexes, first words, months, weekdays, labels) are
//! `lex::WordMap`s: a bit per (first byte, length) rejects most words,
//! then one open-addressing table keyed by the word's first and last
//! eight bytes and its length, compared as integers, with no hashing
//! byte by byte. Runs of digits are summed, not parsed as floats, and a
//! value written with at most 12 digits is not rounded again by
//! formatting. Other word lookups are pre-tested on a bit
//! per (first byte, length) before hashing; a token's word is compared
//! with a listed word by length and first byte before the other bytes;
//! the lists read at every token near a core word or at every match (the
//! walk back from core tokens, the checks after a match) are `match`es or
//! sets, not scans. The tokens, gates
//! and memos of a sentence reuse the buffers of the previous one. The
//! stage's speed is measured by `cargo bench -p frclaims-numbers --bench
//! numbers`.
//!
//! Where the time goes, measured before the last round of changes by
//! stopping the stage after each step, on the command line pinned to one
//! core (38 MB of news text, ms per MB, about 11.6 in all): the gate
//! about 1.8, folding and tokenizing the sentences that pass about 2.1,
//! marking the core words and what is near them about 1.0, the scan (the
//! date and quantity grammars, the checks and the tense) about 5.0, and
//! building the items and writing them to JSON about 1.6. The round
//! since (the gate's Latin-1 reading, the one walk back, `WordMap`, the
//! tail's first words, the tense memo) took about 5 % of the stage's
//! instructions and 20 % of its mispredicted branches off, by callgrind.
//! About a third of the cycles are mispredicted branches, spread over
//! all of these. The gate's lookups
//! form one chain, one load per byte; reading a sentence as two streams,
//! reading two sentences at once (their chains overlapping), stepping by
//! the bytes of the loaded word instead of loading each, or reading the
//! bytes outside ASCII without a branch did not make it faster when
//! measured. Reading the Latin-1 letters within the eight bytes by the
//! table (0xC3 as a class that leaves the state as it is) and the last
//! bytes as eight did: on the command line's bench input (200 files,
//! 2.9 MB, callgrind with branch simulation) the stage's mispredicted
//! branches fell by about 200 000 of 2.1 million, its instructions by
//! less than 1 %. Three changes to the tokenizer did not pay there:
//! folding the words with accents by a table, into a small buffer,
//! without a branch per byte (2.9 million more instructions and 54 000
//! more mispredicted branches); counting the Latin-1 letters in the
//! eight-byte runs of letters of a word (21 000 fewer mispredicted
//! branches, 4.3 million more instructions); building the tokens and
//! looking up their word flags in one pass (19 000 fewer mispredicted
//! branches, 1.2 million more instructions). About a third of the sentences that pass yield no item; in
//! the same text a fifth of those passed on a word of a holiday's name
//! alone ("nationale" in "Assemblée nationale"): the words of holiday
//! names that are nothing else and whose names have another word that
//! opens the gate ("nationale", "morts", "nuit"…: `GATE_FREE`) no longer
//! open it (they stay core words in the sentences that pass). Half pass
//! on digits alone that make no item (a third of those glued to letters:
//! "G7", "5G"). Leaving out the end of a long sentence, sixteen chunks of
//! text after its last digit or word that may open the gate (found by
//! reading the sentence back from its end), did not pay when measured:
//! the work after the gate fell by 3 % and the reading back cost about
//! four times as much (the stage ran 9 % more instructions). Giving
//! every word token of a sentence that passes, once, an id in one
//! vocabulary of the grammars' words (the words of `CORE`, `START`, the
//! number words, the family words, the first words of the date forms and
//! the tense markers; a `lex::Sig` pre-test, then one hash lookup) costs
//! about 8 % of the stage's instructions by itself, about what all the
//! word lookups of the grammars cost together (hashing, key compares,
//! pre-tests, phrase indexes: 10 to 15 %): ids pay only computed
//! lazily or with a sharper pre-test, and with every lookup moved to them.
//! Measured with callgrind on the CLI (2.9 MB of news text, about 232 M
//! instructions in all): one table of the first words of a quantity's
//! modifiers, currencies and collectives, in place of their three
//! pre-tested lookups, ran 0.5 M more instructions and 30 to 50 k more
//! mispredicted branches (most words fail the cheap pre-tests; the table
//! is read every time); inlining the `WordMap` lookup at every call site
//! saved 0.6 M instructions and added 68 k mispredicted branches (worth
//! about 3 M instructions of time).
//! A Roman ordinal counts as a key
//! word only when it reads as one (`roman_ordinal_word`: "XXIe", "Ve"),
//! so "Le", "Ce" and "Chine" open neither the gate nor a match.
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
mod gate;
mod item;
mod lex;
mod measure;
mod num;
mod time;
mod tok;

use std::sync::LazyLock;

use frclaims_model::{ascii_digit_bits, ascii_letter_bits, ascii_space_bits};
use frclaims_model::{ByteSpan, CharCursor, Dim, Document, Grain, Number, Sentence, Span, Value};

use crate::tok::Folded;

use crate::cal::Dt;
use crate::cx::{Anchor, Cx, Ref};
use crate::item::Item;
use crate::lex::{FxMap, FxSet, LEX};
use crate::tok::Kind;

/// Every number of the given sentences of `doc`, sorted by span.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Number> {
    let mut cursor = CharCursor::new(&doc.text);
    let bytes: Vec<ByteSpan> = sentences.iter().map(|s| cursor.bytes(s.span)).collect();
    extract_in(doc, sentences, &bytes)
}

/// [`extract`], given the byte span of each sentence as well (`bytes[k]`
/// is the span of `sentences[k]`, as `frclaims_segment::sentences_and_bytes`
/// gives them): the pipeline's entry, with nothing to convert.
///
/// # Panics
///
/// When the two slices differ in length.
pub fn extract_in(doc: &Document, sentences: &[Sentence], bytes: &[ByteSpan]) -> Vec<Number> {
    assert_eq!(sentences.len(), bytes.len(), "one byte span per sentence");
    let r = doc.meta.date.as_ref().and_then(|d| Ref::parse(&d.value));
    let mut out = Vec::new();
    // Buffers kept from one sentence to the next. (`alone` is kept in
    // `st`: the loop's gate has few registers to spare.)
    let mut st = State {
        alone: sentences.len() <= 1,
        ..State::default()
    };
    for (k, (s, &bs)) in sentences.iter().zip(bytes).enumerate() {
        let hit = GATE_DFA.hit_in(&doc.text, bs.start, bs.end);
        let text = bs.slice(&doc.text);
        if hit.is_none() && !un_alone(text) {
            continue;
        }
        // The start of a long sentence, far before its first digit or key
        // word, is left out; read again whole when it may matter.
        let cut = match hit {
            Some(h) if cuts() => cut_before(text.as_bytes(), h - bs.start),
            _ => 0,
        };
        // (The anchor is looked for only when an expression needs it.)
        st.anchor = if st.alone {
            Anchor::Doc
        } else {
            Anchor::Unknown
        };
        let n0 = out.len();
        if !sentence_items(doc, s, bs, cut, r, &mut st, &mut out) {
            sentence_items(doc, s, bs, 0, r, &mut st, &mut out);
        }
        if st.buffers.anchored && !st.alone {
            anchor_in_sentence(doc, sentences, k, bs, r, &mut st, &mut out, n0);
        }
    }
    out.sort_by_key(|n| (n.span.start, n.span.end));
    unqualified_francs(&doc.text, &mut out);
    out
}

/// The francs of the currency list: the codes of the others than the
/// French franc (« francs CFA », « francs suisses », « francs belges »…:
/// a phrase that starts with « franc(s) »), and the words that name the
/// French one alone (« franc », « francs », « fr », « frs »).
static FRANCS: LazyLock<(FxSet<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let mut others = FxSet::default();
    let mut plain = Vec::new();
    for (phrase, code, _) in &LEX.currencies {
        let franc = matches!(phrase[0].as_str(), "franc" | "francs");
        // (« FF » is « francs français »: named.)
        if code == "FRF" && phrase.len() == 1 && phrase[0] != "ff" {
            plain.push(phrase[0].as_str());
        } else if franc && code != "FRF" {
            others.insert(code.as_str());
        }
    }
    (others, plain)
});

/// An unqualified franc is the French franc (FRF), unless the document
/// names one other franc and no French one: « 2 200 francs CFA … au moins
/// 3 000 francs » counts both in CFA francs (XOF); or, naming none, is
/// from another country of francs ([`franc_country`]: « GENÈVE (ats) -
/// … 12 millions de francs » is in Swiss francs, CHF).
fn unqualified_francs(text: &str, items: &mut [Number]) {
    let money = |n: &&Number| n.dim == Dim::Money;
    let mut other = None;
    let mut plain = false;
    for n in items.iter().filter(money) {
        match n.unit.as_deref() {
            Some(u) if FRANCS.0.contains(u) => match other {
                None => other = Some(u.to_owned()),
                Some(ref o) if o != u => return,
                _ => {}
            },
            Some("FRF") if !plain_franc(&n.text) => return,
            Some("FRF") => plain = true,
            _ => {}
        }
    }
    if other.is_none() && plain {
        other = franc_country(text).map(str::to_owned);
    }
    let Some(code) = other else { return };
    for n in items.iter_mut() {
        if n.dim == Dim::Money && n.unit.as_deref() == Some("FRF") {
            n.unit = Some(code.clone());
        }
    }
}

/// A word of `data/franc_countries.tsv`: the code of the franc of the
/// country it tells, and its note.
struct FrancCue {
    code: &'static str,
    /// The country's noun or adjective: not enough alone.
    country: bool,
    /// Also a common word: counted only capitalized.
    cap: bool,
}

/// The words of `data/franc_countries.tsv`.
static FRANC_CUES: LazyLock<FxMap<&'static str, FrancCue>> = LazyLock::new(|| {
    lex::rows(lex::file("franc_countries.tsv"))
        .map(|r| {
            let note = r.get(2).copied().unwrap_or("");
            let cue = FrancCue {
                code: r[1],
                country: note == "country",
                cap: note == "cap",
            };
            (r[0], cue)
        })
        .collect()
});

/// The code of the franc of the country other than France that the
/// document `text` is from, if it tells: it has words of that country,
/// two of them different, more of them than words of France, and either
/// at least three of them or its first lines open on one (a dateline or a
/// title: « GENÈVE (ats) - », « Lausanne. — », « Genève : le Grand Conseil
/// genevois… »). One « Genève » in a French article tells nothing, nor
/// does « Bruxelles : la Commission… » alone. Read only for documents
/// with unqualified francs.
fn franc_country(text: &str) -> Option<&'static str> {
    // The cue of a word of the text, folded (a "cap" one only capitalized).
    let mut buf = String::new();
    let mut cue_of = |w: &str| -> Option<(&'static str, &'static FrancCue)> {
        buf.clear();
        frclaims_model::fold_into(w, &mut buf);
        let (&word, cue) = FRANC_CUES.get_key_value(buf.as_str())?;
        (!cue.cap || w.starts_with(char::is_uppercase)).then_some((word, cue))
    };
    let mut dateline = None;
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(3) {
        let l = line.trim_start();
        let Some(w) = words(l).next().filter(|w| l.starts_with(w)) else {
            continue;
        };
        let rest = l[w.len()..].trim_start();
        if rest.starts_with([',', '(', '-', ':', '.', '—', '–']) {
            dateline = dateline.or(cue_of(w).map(|(_, c)| c.code));
        }
    }
    // (code, occurrences, distinct words, one of them not the country's
    // noun or adjective)
    let mut counts: Vec<(&str, usize, FxSet<&str>, bool)> = Vec::new();
    for w in words(text) {
        let Some((word, cue)) = cue_of(w) else {
            continue;
        };
        match counts.iter_mut().find(|c| c.0 == cue.code) {
            Some(c) => {
                c.1 += 1;
                c.2.insert(word);
                c.3 |= !cue.country;
            }
            None => counts.push((cue.code, 1, [word].into_iter().collect(), !cue.country)),
        }
    }
    let french = counts.iter().find(|c| c.0 == "FRF").map_or(0, |c| c.1);
    let told = |c: &&(&str, usize, FxSet<&str>, bool)| {
        c.0 != "FRF" && c.2.len() >= 2 && c.3 && c.1 > french && (c.1 >= 3 || dateline == Some(c.0))
    };
    let mut found = counts.iter().filter(told);
    match (found.next(), found.next()) {
        (Some(c), None) => Some(c.0),
        _ => None,
    }
}

/// The words of a text (split at what is not a letter or digit:
/// apostrophes and hyphens too).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The text of an amount in francs ends with a word that names the
/// French franc alone (« francs », « fr. », « F »; not « francs
/// français », « FRF », « FF »).
fn plain_franc(text: &str) -> bool {
    let t = text.trim_end_matches('.').to_lowercase();
    let last = t
        .rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit())
        .next()
        .unwrap_or("");
    FRANCS.1.contains(&last)
}

/// The day a date item names, with its precision: the anchor of the
/// expressions relative to a date of the text after it ([`Anchor`]); the
/// start of an interval open after it too ("dès le 12 janvier 2021 ;
/// trois mois plus tard").
fn date_point(n: &Number) -> Option<(Dt, Grain)> {
    let (Value::Text(v), Some(g)) = (&n.value, n.grain) else {
        return None;
    };
    let v = match n.dim {
        Dim::Date | Dim::Datetime => v.as_str(),
        Dim::Daterange | Dim::Timerange => v.strip_suffix("/..")?,
        _ => return None,
    };
    if v.contains('/') {
        return None;
    }
    Ref::parse(v).map(|r| (r.now, g))
}

/// The words of `data/acts.txt`: "loi", "décret", "accord"…
pub(crate) static ACTS: LazyLock<lex::WordMap<()>> = LazyLock::new(|| lex::word_set("acts.txt"));

/// At most this many dates of a sentence anchor the expressions after
/// them (each is one more reading of the sentence).
const ANCHORS_PER_SENTENCE: usize = 4;

/// Reads again sentence `k` (bytes `bs`), which has an expression relative
/// to a date of the text ("le lendemain"; its items, read with no anchor,
/// are `out[n0..]`): with the last date named in the sentence before it,
/// in the same paragraph, as the anchor (else the anchor that sentence
/// counted from); and when it names dates itself ("Arrivé le 3 mars, il
/// est reparti le 10 mars et revenu le lendemain"), once more with each
/// (up to [`ANCHORS_PER_SENTENCE`]) as the anchor of the items after it
/// and before the next. The indices of the items that depend on the
/// anchor are pushed to `st.relative`: they are no anchor (in "Le 3 mars,
/// il est arrêté. La veille, … Il est libéré le lendemain", the 4th).
#[allow(clippy::too_many_arguments)]
#[cold]
#[inline(never)]
fn anchor_in_sentence(
    doc: &Document,
    sentences: &[Sentence],
    k: usize,
    bs: ByteSpan,
    r: Option<Ref>,
    st: &mut State,
    out: &mut Vec<Number>,
    n0: usize,
) {
    let s = &sentences[k];
    // The last date named in the sentence before, else the anchor that
    // sentence counted from ("Le 3 mars, … La veille, … Le lendemain, …");
    // not across paragraphs (a date further back is often of another
    // event).
    // Dates of an act in a complement ("modifie la loi du 5 janvier
    // 1990") are none.
    let acts = st.acts.clone();
    let point = |n: &Number| date_point(n).filter(|_| !acts.contains(&n.span.start));
    let same_paragraph = k > 0 && sentences[k - 1].paragraph == s.paragraph;
    let from = sentences[k.saturating_sub(1)].span.start;
    let before = same_paragraph
        .then(|| {
            (0..n0)
                .rev()
                .take_while(|&i| out[i].span.start >= from)
                .filter(|i| !st.relative.contains(i))
                .find_map(|i| point(&out[i]))
                .or(st.live.filter(|l| l.2 + 1 == k).map(|l| (l.0, l.1)))
        })
        .flatten();
    let plain = out.split_off(n0);
    let first = match before {
        Some((t, g)) => {
            st.anchor = Anchor::At(t, g);
            sentence_items(doc, s, bs, 0, r, st, out);
            out.split_off(n0)
        }
        None => plain.clone(),
    };
    let points: Vec<(Span, (Dt, Grain))> = plain
        .iter()
        .filter_map(|n| point(n).map(|p| (n.span, p)))
        .take(ANCHORS_PER_SENTENCE)
        .collect();
    // The items before the sentence's first date read with the anchor
    // from before it; those after each date, with that date.
    let end_of = |p: Option<&(Span, (Dt, Grain))>| p.map_or(usize::MAX, |(at, _)| at.end);
    let mut items: Vec<Number> = first
        .into_iter()
        .filter(|x| x.span.start < end_of(points.first()))
        .collect();
    for (i, &(at, (t, g))) in points.iter().enumerate() {
        st.anchor = Anchor::At(t, g);
        sentence_items(doc, s, bs, 0, r, st, out);
        let until = end_of(points.get(i + 1));
        items.extend(
            out.split_off(n0)
                .into_iter()
                .filter(|x| x.span.start >= at.end && x.span.start < until),
        );
    }
    out.extend(items);
    st.live = match plain.iter().rev().find_map(point) {
        Some((t, g)) => Some((t, g, k)),
        None => before.map(|(t, g)| (t, g, k)),
    };
    st.relative
        .extend((n0..out.len()).filter(|&i| !plain.contains(&out[i])));
}

/// True when [`extract`] may leave out the start of a sentence (the tests
/// compare with the sentences read whole).
#[cfg(not(test))]
#[inline(always)]
fn cuts() -> bool {
    true
}

#[cfg(test)]
thread_local! {
    static NO_CUT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn cuts() -> bool {
    !NO_CUT.with(std::cell::Cell::get)
}

/// The buffers of [`sentence_items`], kept from one sentence to the next.
#[derive(Default)]
struct State {
    n: Folded,
    buffers: cx::Buffers,
    /// What the expressions relative to a date of the text count from.
    anchor: Anchor,
    /// The document has one sentence ([`Anchor::Doc`]).
    alone: bool,
    /// The indices in the output of the items relative to a date of the
    /// text (they are no anchor).
    relative: Vec<usize>,
    /// The anchor the last sentence with such items counted from, and
    /// that sentence: the next sentence counts from it too.
    live: Option<(Dt, Grain, usize)>,
    /// The starts (code points) of the dates of an act in a complement
    /// ([`cx::Act::Complement`]): no anchor.
    acts: Vec<usize>,
}

/// How many token starts [`cut_before`] keeps before the place where the
/// gate passed: the first digit or key word is in the last two chunks of
/// text they start, and no item starts more than five tokens before a
/// core word nor reads more than two tokens before its start.
const KEPT_STARTS: usize = 12;

/// Bytes that start a token after ASCII whitespace (bit 1: ASCII letters
/// and digits) and ASCII whitespace (bit 2).
const CUT_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = 1;
        }
        if matches!(b, b' ' | b'\t'..=b'\r') {
            t[c] = 2;
        }
        c += 1;
    }
    t
};

/// Where the sentence `b` may be cut: at an ASCII letter or digit after
/// ASCII whitespace (a token start), with [`KEPT_STARTS`] such starts
/// (each of its own chunk of text between whitespace, so with its own
/// token) from it to byte `h`; 0 when there are not so many. Eight
/// positions at a time (bit masks of the starts, counted), then byte by
/// byte near the start of `b` (the tests compare with
/// [`cut_before_bytewise`]).
fn cut_before(b: &[u8], h: usize) -> usize {
    // Positions `k` from `min(h, len) - 1` down to 1 are tried; a block of
    // eight ends (exclusive) at `e` and reads the bytes from `e - 9` on.
    let mut e = h.min(b.len());
    let mut starts = 0;
    while e >= 9 {
        let cur = u64::from_le_bytes(b[e - 8..e].try_into().unwrap_or([0; 8]));
        let prev = u64::from_le_bytes(b[e - 9..e - 1].try_into().unwrap_or([0; 8]));
        let mut m = (ascii_letter_bits(cur) | ascii_digit_bits(cur)) & ascii_space_bits(prev);
        let n = m.count_ones() as usize;
        if starts + n >= KEPT_STARTS {
            // The (KEPT_STARTS - starts)-th start from the end of the block.
            for _ in 0..KEPT_STARTS - starts - 1 {
                m &= !(1u64 << (63 - m.leading_zeros()));
            }
            return e - 8 + (63 - m.leading_zeros() as usize) / 8;
        }
        starts += n;
        e -= 8;
    }
    cut_bytewise(b, e, starts)
}

/// The end of [`cut_before`] one byte at a time: going back from byte `k`
/// with `starts` token starts already counted after it.
fn cut_bytewise(b: &[u8], mut k: usize, mut starts: usize) -> usize {
    while k > 1 {
        k -= 1;
        let start = CUT_CLASS[usize::from(b[k - 1])] & (CUT_CLASS[usize::from(b[k])] << 1);
        starts += usize::from(start >> 1);
        if starts == KEPT_STARTS {
            return k;
        }
    }
    0
}

/// [`cut_before`] one byte at a time (tests: its reference).
#[cfg(test)]
fn cut_before_bytewise(b: &[u8], h: usize) -> usize {
    cut_bytewise(b, h.min(b.len()), 0)
}

/// Pushes the items of sentence `s` (bytes `bs` of the text of `doc`) to
/// `out`, reading its text from byte `cut` on (a token start after
/// whitespace): false, with nothing pushed, when they may depend on the
/// start left out (see [`Cx::needs_whole`]); the sentence is then to be
/// read again whole.
fn sentence_items(
    doc: &Document,
    s: &Sentence,
    bs: ByteSpan,
    cut: usize,
    r: Option<Ref>,
    st: &mut State,
    out: &mut Vec<Number>,
) -> bool {
    let whole = bs.slice(&doc.text);
    let text = &whole[cut..];
    st.n.fill(text);
    let mut cx = Cx::new_in(text, &st.n, r, false, std::mem::take(&mut st.buffers));
    cx.trimmed = cut > 0;
    cx.anchor = st.anchor;
    let mut core = std::mem::take(&mut cx.core);
    let n = cx.len();
    // As `is_core` on each token, its word flags read along.
    core.extend(cx.t.iter().zip(&cx.flags).enumerate().map(|(i, (t, &f))| {
        // (One branch, on a word that may be core: most are not.)
        let word = t.kind == Kind::Word;
        let may = word & ((n == 1) | (f & cx::MAY_CORE != 0));
        (t.kind == Kind::Digits) | (may && core_word(&cx, i))
    }));
    debug_assert!((0..n).all(|i| core[i] == is_core(&cx, i)));
    // "un an", "une semaine", "un milliard": the article counts; so do
    // words that lead to a number or date close after them ("au début
    // de l'après-midi", "à partir du mois d'août").
    // One walk back: the first core token at or after `i` (far away when
    // none) and the first that can be part of a date, whence whether one
    // is near (`near`), with no loop per token.
    let (mut near_, mut near_time) = (
        std::mem::take(&mut cx.near),
        std::mem::take(&mut cx.near_time),
    );
    near_.clear();
    near_.resize(n, false);
    near_time.clear();
    near_time.resize(n, false);
    let mut next = usize::MAX / 2;
    let mut next_time = usize::MAX / 2;
    // (All of length `n`: no bounds checks in the walk.)
    let (flags, toks) = (&cx.flags[..n], &cx.t[..n]);
    let (is_core_n, near_n, near_time_n) = (&mut core[..n], &mut near_[..n], &mut near_time[..n]);
    for i in (0..n).rev() {
        if !is_core_n[i] && flags[i] & cx::MAY_EDGE != 0 {
            let w = toks[i].norm;
            let near_core = next - i <= 3;
            if (near_core && is_edge_word(w)) || (next == i + 1 && matches!(w, "un" | "une")) {
                is_core_n[i] = true;
            }
        }
        if is_core_n[i] {
            next = i;
            if is_time_core(&cx, i) {
                next_time = i;
            }
        }
        near_n[i] = next - i <= NEAR;
        near_time_n[i] = next_time - i <= NEAR;
    }
    cx.near = near_;
    cx.near_time = near_time;
    if next >= n {
        // No core token.
        cx.core = core;
        st.buffers = cx.into_buffers();
        return true;
    }
    cx.tense_fn = tense_mark;
    cx.core = core;
    let items = scan(&cx);
    if cx.needs_whole.get() {
        st.buffers = cx.into_buffers();
        return false;
    }
    // Items come left to right: their code points are counted on.
    let mut at = CharCursor::new(whole);
    for it in items {
        let (o0, o1) = (cut + cx.t[it.t0].b0, cut + cx.t[it.t1 - 1].b1);
        let (b0, b1) = (bs.start + o0, bs.start + o1);
        let span = Span::new(s.span.start + at.char_of(o0), s.span.start + at.char_of(o1));
        if it.act == Some(cx::Act::Complement) && !st.acts.contains(&span.start) {
            st.acts.push(span.start);
        }
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
    st.buffers = cx.into_buffers();
    true
}

/// Words that hold a number or a date by themselves (folded). A sentence
/// without digits or such a word has no item; a token far from all of them
/// starts none.
static CORE: LazyLock<CoreSet> = LazyLock::new(|| CoreSet::new(core_words()));

/// A word set with a cheap pre-test on (length, first and last letter)
/// and (length, second and second-to-last letter): most words of a text
/// are not in it, and this rejects them without hashing.
struct CoreSet {
    sig: Vec<u64>,
    sig2: Vec<u64>,
    words: FxSet<Vec<u8>>,
}

impl CoreSet {
    #[inline]
    fn key(w: &[u8]) -> usize {
        let first = usize::from(w.first().copied().unwrap_or(0) & 31);
        let last = usize::from(w.last().copied().unwrap_or(0) & 31);
        (first << 9) | (last << 4) | w.len().min(15)
    }

    #[inline]
    fn key2(w: &[u8]) -> usize {
        let n = w.len();
        let second = usize::from(w.get(1).copied().unwrap_or(0) & 31);
        let before_last = usize::from(
            n.checked_sub(2)
                .and_then(|k| w.get(k))
                .copied()
                .unwrap_or(0)
                & 31,
        );
        (second << 9) | (before_last << 4) | n.min(15)
    }

    fn new(words: FxSet<String>) -> CoreSet {
        let mut sig = vec![0u64; (1 << 14) / 64];
        let mut sig2 = vec![0u64; (1 << 14) / 64];
        for w in &words {
            let k = CoreSet::key(w.as_bytes());
            sig[k / 64] |= 1 << (k % 64);
            let k = CoreSet::key2(w.as_bytes());
            sig2[k / 64] |= 1 << (k % 64);
        }
        let words = words.into_iter().map(String::into_bytes).collect();
        CoreSet { sig, sig2, words }
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// False when `w` is surely not in the set (its pre-tests only).
    #[cfg(test)]
    #[inline(always)]
    fn may_contain(&self, w: &[u8]) -> bool {
        let k = CoreSet::key(w);
        if self.sig[k / 64] & (1 << (k % 64)) == 0 {
            return false;
        }
        let k = CoreSet::key2(w);
        self.sig2[k / 64] & (1 << (k % 64)) != 0
    }

    #[inline(always)]
    fn contains_bytes(&self, w: &[u8]) -> bool {
        let k = CoreSet::key(w);
        if self.sig[k / 64] & (1 << (k % 64)) == 0 {
            return false;
        }
        let k = CoreSet::key2(w);
        self.sig2[k / 64] & (1 << (k % 64)) != 0 && self.words.contains(w)
    }
}

fn core_words() -> FxSet<String> {
    let mut words: FxSet<String> = FxSet::default();
    words.extend(
        LEX.numbers
            .keys()
            .filter(|w| *w != "un" && *w != "une")
            .cloned(),
    );
    words.extend(LEX.ordinals.keys().map(str::to_string));
    words.extend(LEX.months.keys().map(str::to_string));
    words.extend(
        LEX.weekdays
            .keys()
            .map(|w| w.trim_end_matches('.').to_string()),
    );
    for (p, _, _) in &LEX.holidays {
        words.extend(p.iter().filter(|w| w.len() > 3).cloned());
    }
    for w in [
        "hier",
        "demain",
        "aujourd'",
        "maintenant",
        "semaine",
        "semaines",
        "mois",
        "annee",
        "annees",
        "an",
        "ans",
        "midi",
        "minuit",
        "matin",
        "matinee",
        "soir",
        "soiree",
        "veille",
        "lendemain",
        "surlendemain",
        "jour",
        "jours",
        "journee",
        "hiver",
        "printemps",
        "automne",
        "trimestre",
        "semestre",
        "moitie",
        "tiers",
        "quart",
        "quarts",
        "demi",
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
        "weekend",
        "heure",
        "heures",
        "minute",
        "minutes",
        "seconde",
        "secondes",
        "dejeuner",
        "decennie",
        "siecle",
    ] {
        words.insert(w.to_string());
    }
    words.extend(LEX.months_en.keys().cloned());
    // Units and durations long enough not to be ordinary words ("une tasse").
    for p in LEX
        .units
        .iter()
        .map(|(p, _)| p)
        .chain(LEX.durations.iter().map(|(p, _, _)| p))
    {
        if p[0].len() >= 3 {
            words.insert(p[0].clone());
        }
    }
    words
}

/// The key of a word in [`WORD_FLAGS`]: its first and last bytes (low
/// five bits) and its length (up to 15), as [`CoreSet::key`].
#[inline(always)]
fn word_key(w: &[u8]) -> usize {
    CoreSet::key(w)
}

/// The pre-tests of a word's lexicons, one byte per [`word_key`]:
/// [`cx::MAY_NUMBER`] for the keys of the number words,
/// [`cx::MAY_FAMILY`] for those of the family words, [`cx::MAY_CORE`] where
/// [`GATE`] has its bit. A clear bit means the word is surely not in the
/// set; the tokens of a sentence read it once ([`Cx::flags`]).
static WORD_FLAGS: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut f = vec![0u8; 1 << 14];
    for w in LEX.numbers.keys() {
        f[word_key(w.as_bytes())] |= cx::MAY_NUMBER;
    }
    for w in cx::FAMILY_WORDS {
        f[word_key(w.as_bytes())] |= cx::MAY_FAMILY;
    }
    for w in EDGE_WORDS.iter().chain(&["un", "une"]) {
        f[word_key(w.as_bytes())] |= cx::MAY_EDGE;
    }
    for (k, x) in f.iter_mut().enumerate() {
        if GATE.0[k / 64] & (1 << (k % 64)) != 0 {
            *x |= cx::MAY_CORE;
        }
    }
    f
});

/// The sentence gate (see `gate`), built once from the words of [`CORE`]
/// that open it ([`opens_gate`]).
static GATE_DFA: LazyLock<gate::Gate> = LazyLock::new(|| {
    gate::Gate::new(
        CORE.words
            .iter()
            .map(Vec::as_slice)
            .filter(|w| opens_gate(w)),
    )
});

/// Words of [`CORE`] that do not open the gate: each is a word of holiday
/// names ("fête nationale", "nuit de Noël"), and nothing else of the
/// lexicons, and each of these names has another word that opens the
/// gate (a test checks both). Alone they yield no item, but they are
/// frequent ("Assemblée nationale", "les morts"); in a sentence that
/// passes, they stay core words.
const GATE_FREE: [&[u8]; 9] = [
    b"nationale",
    b"musique",
    b"morts",
    b"muguet",
    b"valentin",
    b"sylvestre",
    b"reveillon",
    b"nouvel",
    b"nuit",
];

/// True when the word `w` of [`CORE`] opens the gate: not in
/// [`GATE_FREE`].
fn opens_gate(w: &[u8]) -> bool {
    !GATE_FREE.contains(&w)
}

/// A quick look at a sentence before folding and tokenizing it: digits,
/// or a word of [`CORE`], or a Roman ordinal (the same answer as
/// [`maybe_has_item`], in one table lookup per byte); `extract` asks
/// [`gate::Gate::hit_in`] and [`un_alone`] the same.
#[cfg(test)]
fn passes_gate(text: &str) -> bool {
    un_alone(text) || GATE_DFA.passes(text)
}

/// A sentence that is only "un" or "une" (an item by itself).
#[inline]
fn un_alone(text: &str) -> bool {
    // Most sentences neither start nor end with a space: no trimming.
    let spaced = text.chars().next().is_some_and(char::is_whitespace)
        || text.chars().next_back().is_some_and(char::is_whitespace);
    let t = if spaced { text.trim() } else { text };
    matches!(t, "un" | "une" | "Un" | "Une")
}

/// ASCII folds of the Latin-1 letters U+00C0 … U+00FF by their low six bits
/// (the second byte of their UTF-8 form is 0x80 + these bits), `#` where
/// the fold is not ASCII (æ, ×, ß…): the model's
/// [`frclaims_model::LATIN1_FOLD`] as bytes.
const LATIN1_FOLD: [u8; 64] = {
    let mut t = [b'#'; 64];
    let mut k = 0;
    while k < 64 {
        let c = frclaims_model::LATIN1_FOLD[k];
        if c.is_ascii() {
            t[k] = c as u8;
        }
        k += 1;
    }
    t
};

/// A quick look at a sentence before folding and tokenizing it: digits,
/// or a word of [`CORE`] (folded word by word), or a Roman ordinal.
#[cfg(test)]
fn maybe_has_item(text: &str) -> bool {
    let b = text.as_bytes();
    // Digits eight bytes at a time.
    let mut blocks = b.chunks_exact(8);
    let has_digit = blocks.by_ref().any(|k| {
        let w = u64::from_le_bytes(k.try_into().unwrap_or([0; 8]));
        ascii_digit_bits(w) != 0
    }) || blocks.remainder().iter().any(u8::is_ascii_digit);
    if has_digit || matches!(text.trim(), "un" | "une" | "Un" | "Une") {
        return true;
    }
    let gate = &*GATE;
    // The folded letters of the current word (the first 24) and its
    // length; the previous word: folded in `prev`, or, when it was all
    // ASCII, the original bytes `prev_ascii` (folded only when read).
    let mut word = [0u8; 24];
    let mut prev = [0u8; 24];
    let mut plen = 0;
    let mut prev_ascii: Option<(usize, usize)> = None;
    let n = b.len();
    let mut i = 0;
    loop {
        let start = i;
        // Most words are ASCII: scan them without folding.
        let j = ascii_letters_end(b, i);
        if j == n || b[j] < 0x80 {
            let len = j - start;
            i = j;
            if (2..=word.len()).contains(&len)
                && gate.has(&b[start..j])
                && ascii_word_may_hit(&b[start..j])
            {
                for (w, &c) in word.iter_mut().zip(&b[start..j]) {
                    *w = c | 0x20;
                }
                let p = match prev_ascii {
                    Some((s, l)) => {
                        for (p, &c) in prev.iter_mut().zip(&b[s..s + l]) {
                            *p = c | 0x20;
                        }
                        &prev[..l]
                    }
                    None => &prev[..plen],
                };
                if word_hits(&word[..len], p, &b[start..j]) {
                    return true;
                }
            }
            if len > 0 {
                prev_ascii = Some((start, len.min(word.len())));
            }
            if i >= n {
                return false;
            }
            // Past the ASCII character that ended the word, and the ASCII
            // non-letters after it.
            i = ascii_others_end(b, i + 1);
            continue;
        }
        // A word with a character outside ASCII: folded letter by letter.
        for (w, &c) in word.iter_mut().zip(&b[start..j]) {
            *w = c | 0x20;
        }
        let mut len = j - start;
        i = j;
        // The length of the character that ends the word.
        let mut step = 1;
        while i < n {
            let c = b[i];
            if c.is_ascii_alphabetic() {
                if len < word.len() {
                    word[len] = c | 0x20;
                }
                len += 1;
                i += 1;
                continue;
            }
            if c < 0x80 {
                break;
            }
            let (letter, l) = if c == 0xC3 && i + 1 < n {
                // Latin-1 letters (à … ÿ, À … Þ) fold by table; × and ÷ are
                // not letters.
                let d = b[i + 1];
                let letter = (d != 0x97 && d != 0xB7).then(|| LATIN1_FOLD[usize::from(d & 0x3F)]);
                (letter, 2)
            } else if c == 0xE2 && b.get(i + 1) == Some(&0x80) {
                // U+2000 … U+203F: spaces, dashes, quotes, apostrophes; no letter.
                (None, 3)
            } else if c == 0xC2 && i + 1 < n {
                // U+0080 … U+00BF (no-break space, « », ´): the only letters,
                // ª µ º, fold outside ASCII.
                (matches!(b[i + 1], 0xAA | 0xB5 | 0xBA).then_some(b'#'), 2)
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                // Letters that fold outside ASCII never occur in the lexicon.
                let letter = ch.is_alphabetic().then(|| {
                    let f = frclaims_model::fold_char(ch);
                    if f.is_ascii() {
                        f as u8
                    } else {
                        b'#'
                    }
                });
                (letter, ch.len_utf8())
            };
            let Some(letter) = letter else {
                step = l;
                break;
            };
            if len < word.len() {
                word[len] = letter;
            }
            len += 1;
            i += l;
        }
        if (2..=word.len()).contains(&len) {
            if let Some((s, l)) = prev_ascii {
                for (p, &c) in prev.iter_mut().zip(&b[s..s + l]) {
                    *p = c | 0x20;
                }
                plen = l;
            }
            prev_ascii = None;
            // Every word that passes the tests of `word_hits` passes the
            // pre-test (see `GATE`).
            if gate.has(&word[..len]) && word_hits(&word[..len], &prev[..plen], &b[start..i]) {
                return true;
            }
        }
        if len > 0 {
            let k = len.min(word.len());
            prev[..k].copy_from_slice(&word[..k]);
            plen = k;
            prev_ascii = None;
        }
        if i >= n {
            return false;
        }
        // Past the character that ended the word, and the ASCII
        // non-letters after it.
        i = ascii_others_end(b, i + step);
    }
}

/// A pre-test of `ascii_word_may_hit` and `word_hits` (tests): a bit per key
/// of [`CoreSet::key`] (first and last letter, length), set for the words
/// of [`CORE`] and for the other words these tests may pass (Roman
/// ordinals, "aujourd", the words of a pair).
struct Gate(Vec<u64>);

impl Gate {
    /// False when `w` (ASCII letters) surely fails [`ascii_word_may_hit`]
    /// (the tests' gates; `is_core` reads the same bit in [`WORD_FLAGS`]).
    #[cfg(test)]
    #[inline(always)]
    fn has(&self, w: &[u8]) -> bool {
        let k = CoreSet::key(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let mut bits = CORE.sig.clone();
    let mut set = |first: u8, last: u8, len: usize| {
        let k = (usize::from(first & 31) << 9) | (usize::from(last & 31) << 4) | len.min(15);
        bits[k / 64] |= 1 << (k % 64);
    };
    for len in 2..=15 {
        for first in *b"IVXLCe" {
            for last in *b"er" {
                set(first, last, len);
            }
        }
    }
    set(b'e', b'e', 3);
    set(b's', b'e', 5);
    set(b'm', b't', 6);
    for first in *b"pta" {
        for last in b'a'..=b'z' {
            set(first, last, 7);
        }
    }
    Gate(bits)
});

/// The eight bytes at `i` (little-endian), when there are eight.
#[cfg(test)]
#[inline(always)]
fn word8(b: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

/// The first offset at or after `i` that is not an ASCII letter (or the
/// end), eight bytes at a time.
#[cfg(test)]
#[inline(always)]
fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = word8(b, i) {
        let other = !ascii_letter_bits(w) & 0x8080_8080_8080_8080;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The first offset at or after `i` that is an ASCII letter or not ASCII
/// (or the end), eight bytes at a time.
#[cfg(test)]
#[inline(always)]
fn ascii_others_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = word8(b, i) {
        let stop = ascii_letter_bits(w) | (w & 0x8080_8080_8080_8080);
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i] < 0x80 && !b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// False when the ASCII letters `w` (2 to 24 of them) surely pass none of
/// the tests of [`word_hits`]: not in [`CORE`] (its pre-tests read the low
/// five bits of letters, the same in both cases), not one of the words of
/// a pair, not "aujourd", not a Roman ordinal (its first letter is one of
/// "IVXLCe", its last "e" or "r").
#[cfg(test)]
#[inline(always)]
fn ascii_word_may_hit(w: &[u8]) -> bool {
    let last = w[w.len() - 1] | 0x20;
    let first = w[0] | 0x20;
    ((last == b'e' || last == b'r') && matches!(w[0], b'I' | b'V' | b'X' | b'L' | b'C' | b'e'))
        || match w.len() {
            3 => w.eq_ignore_ascii_case(b"ete"),
            5 => w.eq_ignore_ascii_case(b"suite"),
            6 => w.eq_ignore_ascii_case(b"moment"),
            7 => matches!(first, b'p' | b't' | b'a'),
            _ => false,
        }
        || CORE.may_contain(w)
}

/// True when the folded word `w` (2 to 24 letters, `orig` its original
/// bytes), after the folded word `p`, is a key word of the gate.
#[cfg(test)]
fn word_hits(w: &[u8], p: &[u8], orig: &[u8]) -> bool {
    // "XXe", "Ier": a Roman number (ASCII capitals) and an ordinal
    // suffix.
    let roman_ordinal = (w.ends_with(b"e") || w.ends_with(b"er"))
        && orig.iter().enumerate().all(|(k, &o)| {
            matches!(o, b'I' | b'V' | b'X' | b'L' | b'C' | b'e') || (o == b'r' && k > 2)
        })
        && roman_stem(orig);
    // Words that are dates only after another: "cet été", "tout de
    // suite", "en ce moment", "à présent", "après le travail".
    let pair = match w {
        b"ete" => matches!(p, b"cet" | b"l" | b"en" | b"d" | b"pendant"),
        b"suite" => p == b"de",
        b"moment" => p == b"ce",
        b"present" => p == b"a",
        b"travail" => p == b"le",
        _ => false,
    };
    pair || roman_ordinal || w == b"aujourd" || (CORE.contains_bytes(w) && opens_gate(w))
}

/// Words that are parts of dates and times by themselves (folded), beyond
/// months, weekdays and holidays.
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "hier"
            | "demain"
            | "aujourd'"
            | "maintenant"
            | "semaine"
            | "semaines"
            | "mois"
            | "annee"
            | "annees"
            | "an"
            | "ans"
            | "midi"
            | "minuit"
            | "matin"
            | "matinee"
            | "soir"
            | "soiree"
            | "veille"
            | "lendemain"
            | "surlendemain"
            | "jour"
            | "jours"
            | "journee"
            | "hiver"
            | "printemps"
            | "automne"
            | "ete"
            | "trimestre"
            | "trimestres"
            | "semestre"
            | "week"
            | "weekend"
            | "heure"
            | "heures"
            | "minute"
            | "minutes"
            | "seconde"
            | "secondes"
            | "sec"
            | "min"
            | "dejeuner"
            | "travail"
            | "suite"
            | "moment"
            | "present"
    )
}
/// The words of the holidays' names.
static HOLIDAY_WORDS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    LEX.holidays
        .iter()
        .flat_map(|(p, _, _)| p.iter().cloned())
        .collect()
});

/// Defines [`EDGE_WORDS`] and [`is_edge_word`] from one list of words:
/// the function is a `match` on them (no scan), the list feeds the
/// pre-test [`cx::MAY_EDGE`].
macro_rules! edge_words {
    ($($w:literal),* $(,)?) => {
        /// The words of [`is_edge_word`], for the pre-test [`cx::MAY_EDGE`].
        const EDGE_WORDS: &[&str] = &[$($w),*];

        /// A word that opens or closes a time expression next to its core
        /// ("début", "fin", "mi-", "à partir de", "au cours de", "d'ici",
        /// "aux alentours de", "après"), folded.
        fn is_edge_word(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

edge_words!(
    "debut",
    "milieu",
    "fin",
    "mi",
    "partir",
    "cours",
    "ici",
    "alentours",
    "apres"
);

/// True when core token `i` can be part of a date or time: not a count in
/// digits with a percent sign, a decimal part or a scale ("5,4 %",
/// "12 500", "3 millions"), nor a word that only counts.
fn is_time_core(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    match t.kind {
        Kind::Digits => {
            let next = cx.norm(i + 1);
            let glued_next = cx.glued(i + 1);
            !(t.norm.len() > 4
                || next == "%"
                || (glued_next && next == "," && cx.kind(i + 2) == Some(Kind::Digits))
                || cx
                    .numw
                    .get(i + 1)
                    .copied()
                    .flatten()
                    .is_some_and(|(v, _)| v >= 1e6)
                || (cx.kind(i + 1) == Some(Kind::Digits)
                    && cx.norm(i + 1).len() == 3
                    && t.norm.len() <= 3
                    && !glued_next))
        }
        Kind::Word => {
            let w = t.norm;
            LEX.months.contains(w)
                || LEX.months_en.contains_key(w)
                || LEX.weekdays.contains(w)
                || (matches!(w, "lun" | "mar" | "mer" | "jeu" | "ven" | "sam" | "dim")
                    && cx.is(i + 1, "."))
                || is_time_word(w)
                || HOLIDAY_WORDS.contains(w)
                || LEX.ordinals.contains(w)
                || is_edge_word(w)
                || matches!(w, "un" | "une")
                || LEX.numbers.get(w).is_some_and(|&(v, _)| v <= 31.0)
        }
        Kind::Punct => false,
    }
}

/// True when token `i` holds a number or date by itself.
#[inline(always)]
fn is_core(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    match t.kind {
        Kind::Digits => true,
        Kind::Punct => false,
        // Every word that passes `core_word` passes this pre-test (see
        // `GATE`), but "un" and "une" alone.
        Kind::Word => (cx.len() == 1 || cx.flags[i] & cx::MAY_CORE != 0) && core_word(cx, i),
    }
}

/// The tests of [`is_core`] on word `i`, without the pre-test.
fn core_word(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    // Words that are dates only after a few others: "cet été" (not "a
    // été"), "tout de suite", "en ce moment", "après le travail".
    let after = |k: usize, w: &str| i >= k && cx.is(i - k, w);
    let phrase_word = match t.norm {
        "ete" => ["cet", "l'", "en", "d'", "pendant", "cette"]
            .iter()
            .any(|w| after(1, w)),
        "suite" => after(1, "de") && after(2, "tout"),
        "moment" => after(1, "ce") && after(2, "en"),
        "present" => after(1, "a"),
        "travail" => after(1, "le") && after(2, "apres"),
        _ => false,
    };
    phrase_word
        || CORE.contains(t.norm)
        || (cx.len() == 1 && matches!(t.norm, "un" | "une"))
        || roman_ordinal_word(t.orig)
}

/// The ASCII word `orig`, less its suffix "e" or "er", is Roman capitals
/// that [`roman_ordinal_word`] accepts: two at least, or "I", "V", "X".
#[cfg(test)]
fn roman_stem(orig: &[u8]) -> bool {
    let stem = orig
        .strip_suffix(b"er")
        .or_else(|| orig.strip_suffix(b"e"))
        .unwrap_or(orig);
    (stem.len() >= 2 || matches!(stem, b"I" | b"V" | b"X"))
        && stem.iter().all(|c| b"IVXLC".contains(c))
}

/// A Roman ordinal as [`num::ordinal`] reads one: Roman capitals and an
/// ordinal suffix ("XXIe", "IIIe", "Ier", "Ve", "XIXème"), two capitals at
/// least but for "I", "V" and "X" — not "Le", "Ce" or "Chine".
fn roman_ordinal_word(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'I' | b'V' | b'X' | b'L' | b'C'))
        && ["eme", "ème", "er", "e"].iter().any(|suf| {
            w.strip_suffix(suf).is_some_and(|stem| {
                (stem.len() >= 2 || matches!(stem, "I" | "V" | "X"))
                    && stem.bytes().all(|c| b"IVXLCDM".contains(&c))
            })
        })
}

/// Tense markers of `data/tense.tsv`, by kind.
struct Tense {
    aux: Vec<String>,
    participle: Vec<String>,
    adverb: Vec<String>,
    future_end: Vec<String>,
    future: Vec<String>,
    planned: Vec<String>,
    expected: Vec<String>,
    /// Pre-tests of `aux` and `future`.
    aux_sig: lex::Sig,
    future_sig: lex::Sig,
    /// Last bytes of the `future_end` endings.
    future_last: [bool; 256],
}

static TENSE: LazyLock<Tense> = LazyLock::new(|| {
    let of = |kind: &str| -> Vec<String> {
        lex::rows(lex::file("tense.tsv"))
            .filter(|r| r.len() >= 2 && r[1] == kind)
            .map(|r| r[0].to_string())
            .collect()
    };
    let sig = |words: &[String]| {
        let mut sig = lex::Sig::default();
        for w in words {
            sig.add(w);
        }
        sig
    };
    let (aux, future, future_end) = (of("aux"), of("future"), of("future_end"));
    let mut future_last = [false; 256];
    for e in &future_end {
        // An empty ending would end every word.
        match e.as_bytes().last() {
            Some(&l) => future_last[usize::from(l)] = true,
            None => future_last = [true; 256],
        }
    }
    Tense {
        aux_sig: sig(&aux),
        future_sig: sig(&future),
        future_last,
        aux,
        participle: of("participle"),
        adverb: of("adverb"),
        future_end,
        future,
        planned: of("planned"),
        expected: of("expected"),
    }
});

/// Tense markers of a sentence: (original byte offset, is past) (tests:
/// the reference of [`Cx::is_past`]'s search).
#[cfg(test)]
fn tense_marks(cx: &Cx) -> Vec<(usize, bool)> {
    (0..cx.len())
        .filter_map(|i| tense_mark(cx, i).map(|p| (cx.t[i].b0, p)))
        .collect()
}

/// The tense marker at token `i`, if any: is past.
fn tense_mark(cx: &Cx, i: usize) -> Option<bool> {
    let tense = &*TENSE;
    let t = cx.tok(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let w = t.norm;
    // "à" folds to "a": the auxiliary is the unaccented word.
    if tense.aux_sig.may_have(w)
        && tense.aux.iter().any(|x| x == w)
        && !t.orig.contains('à')
        && !t.orig.contains('À')
    {
        // A passive in the present (« est », « sont »; not « était »,
        // « fut », « a été »: a done act): what it expects is ahead.
        let mut passive = matches!(w, "est" | "sont");
        let mut k = i + 1;
        // (Any adverb in -ment too: "a été grièvement blessé".)
        while let Some(a) = cx
            .word(k)
            .filter(|a| tense.adverb.iter().any(|x| x == a) || (a.len() > 6 && a.ends_with("ment")))
        {
            passive &= a != "ete";
            k += 1;
        }
        if let Some(p) = cx
            .tok(k)
            .filter(|p| p.kind == Kind::Word && p.orig.len() > 2)
        {
            let o = p.orig.to_lowercase();
            if tense.participle.iter().any(|e| o.ends_with(e.as_str())) && !o.ends_with("rait") {
                // "est prévu le", "a été reporté au": what is planned is
                // ahead; "est attendu le" too, not "a attendu le".
                return Some(!(planned(p.norm) || passive && expected(p.norm)));
            }
        }
    }
    let imperfect = w.len() > 4
        && (w.ends_with("ait") || w.ends_with("aient"))
        && !(w.ends_with("rait") || w.ends_with("raient"));
    if imperfect || dated_participle(cx, i, w) {
        Some(true)
    } else if (tense.future_sig.may_have(w) && tense.future.iter().any(|x| x == w))
        || (w.len() > 5
            && tense.future_last[usize::from(w.as_bytes()[w.len() - 1])]
            && tense.future_end.iter().any(|e| w.ends_with(e.as_str())))
        || (w == "ici" && i > 0 && cx.is(i - 1, "d'"))
    {
        Some(false)
    } else {
        None
    }
}

/// A participle of what is planned ("prévu", "programmé", "reporté"):
/// what it dates is ahead, whatever the auxiliary.
fn planned(w: &str) -> bool {
    TENSE.planned.iter().any(|p| w.starts_with(p.as_str()))
}

/// A participle of what is expected (kind `expected`): ahead in the
/// passive or without an auxiliary ("est attendu le", "attendu le").
fn expected(w: &str) -> bool {
    TENSE.expected.iter().any(|p| w.starts_with(p.as_str()))
}

/// A past participle right before a date, with no auxiliary of the
/// future before it: "une enquête réalisée du 2 au 9 octobre", "un rapport
/// publié le 16 mai", "la réunion tenue en mars" speak of the past; not
/// what is planned ("prévu le", "programmé le", "reporté au") nor "sera
/// publié le".
fn dated_participle(cx: &Cx, i: usize, w: &str) -> bool {
    // The date's preposition first: most words have none after them.
    if !cx.is_any(
        i + 1,
        &[
            "le", "du", "en", "au", "des", "depuis", "entre", "mi", "fin", "debut",
        ],
    ) {
        return false;
    }
    let participle = (w.len() > 4
        && (w.ends_with('e') || w.ends_with("es"))
        && cx
            .tok(i)
            .is_some_and(|t| ["é", "ée", "és", "ées"].iter().any(|e| t.orig.ends_with(e))))
        || matches!(
            w,
            "paru"
                | "parue"
                | "parus"
                | "parues"
                | "tenu"
                | "tenue"
                | "tenus"
                | "tenues"
                | "survenu"
                | "survenue"
                | "survenus"
                | "survenues"
        );
    if !participle || planned(w) || expected(w) {
        return false;
    }
    // Not after a future or conditional ("sera publié le") nor "être"
    // ("devrait être signé le"). (The marker of the word before cannot
    // come back here: its next word is this participle, no preposition.)
    let future_aux = i > 0 && (cx.is(i - 1, "etre") || tense_mark(cx, i - 1) == Some(false));
    // After a noun, not after a determiner or a preposition ("la
    // matinée du 15 février", "l'année du", "le comité du" are nouns).
    let after_noun = i > 0
        && cx.kind(i - 1) == Some(Kind::Word)
        && !cx.is_any(
            i - 1,
            &[
                "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet",
                "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
                "vos", "au", "aux", "a", "en", "par", "pour", "sur", "dans",
            ],
        );
    after_noun && !future_aux
}

/// How many tokens before a core token a match may start ([`Cx::near`]).
const NEAR: usize = 4;

/// Items of one sentence, left to right, longest match first.
fn scan(cx: &Cx) -> Vec<Item> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.len() {
        if let Some(e) = phone(cx, i) {
            i = e;
            continue;
        }
        if !cx.near.get(i).copied().unwrap_or(true) || !can_start(cx, i) {
            i += 1;
            continue;
        }
        cx.set_tense_at(i);
        let t = if cx.near_time.get(i).copied().unwrap_or(true) {
            time::parse(cx, i).filter(|it| acceptable(cx, it))
        } else {
            None
        };
        let m = measure::parse(cx, i);
        let m = (!m.is_empty() && m.iter().all(|it| acceptable(cx, it))).then_some(m);
        let t_end = t.as_ref().map(|it| it.t1).unwrap_or(0);
        let m_end = m
            .as_ref()
            .and_then(|v| v.last())
            .map(|it| it.t1)
            .unwrap_or(0);
        // The longer reading wins; a date on a tie ("le 2 mars" over "2").
        if let Some(mut it) = t.filter(|_| t_end >= m_end) {
            i = it.t1.max(i + 1);
            // The date of an act is not the day of the times after it ("La
            // loi du 5 janvier 1990 interdit la vente après 20 heures").
            it.act = cx.act();
            if it.act.is_none() && !opening_apposition(cx, &it) {
                if let Some(d) = day_of(&it) {
                    cx.day.set(d);
                }
            }
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

/// A date in an opening participle apposition ("Né le 3 mai 1960, il a
/// été retrouvé mort à 14 heures", "Arrêté le 2 février 2019, …"): the
/// day of another event than the sentence's, so not the day of the times
/// alone after it. (Not what is planned: "Programmé le 12 avril, le
/// concert commencera à 20 heures".)
fn opening_apposition(cx: &Cx, it: &Item) -> bool {
    it.t0 == 1
        && !cx.trimmed
        && cx.is(it.t1, ",")
        && cx.tok(0).is_some_and(|t| {
            t.kind == Kind::Word
                && ["é", "ée", "és", "ées", "É"]
                    .iter()
                    .any(|e| t.orig.ends_with(e))
                && !planned(t.norm)
                && !expected(t.norm)
        })
}

/// The day a date item names, for the times of day alone after it in
/// its sentence ([`cx::Day`]): a day, or a time or part of one day ("le
/// lendemain matin"); unknown when it is unresolved; None (the day stays
/// as it was) for longer periods.
#[inline(never)]
fn day_of(it: &Item) -> Option<cx::Day> {
    if !matches!(
        it.dim,
        Dim::Date | Dim::Datetime | Dim::Daterange | Dim::Timerange
    ) {
        return None;
    }
    let Value::Text(v) = &it.value else {
        return matches!(it.dim, Dim::Date | Dim::Datetime).then_some(cx::Day::Unknown);
    };
    if it.grain.is_none_or(|g| g as u8 > Grain::Day as u8) || v.len() < 10 {
        return None;
    }
    // An interval's ends are written alike: "a/b", the slash in the middle.
    let b = v.as_bytes();
    if b.len() > 10 {
        let mid = (b.len() - 1) / 2;
        if b[mid] != b'/' || b[..10] != b[mid + 1..mid + 11] {
            return None;
        }
    }
    // "yyyy-mm-dd", read digit by digit (a date item's value).
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |v, &c| {
            c.is_ascii_digit().then(|| v * 10 + u32::from(c - b'0'))
        })
    };
    match (digits(0..4), digits(5..7), digits(8..10)) {
        (Some(y), Some(m), Some(d)) if b[4] == b'-' && b[7] == b'-' => {
            Some(cx::Day::At(y * 10_000 + m * 100 + d))
        }
        _ => None,
    }
}

/// Words that may start an item without holding a number: articles,
/// prepositions, modifiers, currency names and codes (folded).
static START: LazyLock<lex::WordMap<()>> =
    LazyLock::new(|| lex::WordMap::new(START_WORDS.iter().map(|w| (w.as_bytes(), ()))));

/// [`START`], built.
static START_WORDS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    let mut words: FxSet<String> = FxSet::default();
    for w in [
        "dernier",
        "derniere",
        "derniers",
        "dernieres",
        "prochain",
        "prochaine",
        "prochains",
        "prochaines",
        "matinee",
        "soir",
        "n'importe",
        "le",
        "la",
        "l'",
        "les",
        "ces",
        "ce",
        "cet",
        "cette",
        "du",
        "de",
        "d'",
        "des",
        "en",
        "au",
        "aux",
        "a",
        "entre",
        "dans",
        "il",
        "depuis",
        "apres",
        "avant",
        "jusqu'",
        "plus",
        "moins",
        "pas",
        "vers",
        "environ",
        "autour",
        "pres",
        "presque",
        "quelque",
        "quasi",
        "quasiment",
        "tout",
        "tres",
        "tot",
        "un",
        "une",
        "pendant",
        "durant",
        "n'",
        "mi",
        "fin",
        "debut",
        "milieu",
        "ici",
        "qu'",
        "jour",
        "quart",
        "demi",
        "moitie",
        "t",
        "lors",
        "par",
    ] {
        words.insert(w.to_string());
    }
    for (p, _) in &LEX.modifiers {
        words.insert(p[0].clone());
    }
    for (p, _, _) in &LEX.currencies {
        words.insert(p[0].clone());
    }
    for (p, _, _) in &LEX.holidays {
        words.insert(p[0].clone());
    }
    words
});

/// A token that may start an item: digits, signs, currency symbols, core
/// words and the words of [`START`].
fn can_start(cx: &Cx, i: usize) -> bool {
    match cx.kind(i) {
        // Not the second group of a spaced number ("3 000" read after a
        // label rejected it: « La division 3 000 hommes » is no 0).
        Some(Kind::Digits) => !group_continued(cx, i),
        Some(Kind::Word) => {
            let core = |k: usize| cx.core.get(k).copied().unwrap_or(false);
            // A word that does not hold a number starts an item only when
            // one that does follows closely: "plus de 100", "au cours des
            // 12 derniers mois", "à partir du mois d'août".
            // (The tokens around first: most words near a core word are
            // in `START`, looked up last.)
            // ("depuis au moins le 3 mars": four tokens before.)
            core(i)
                || ((core(i + 1)
                    || core(i + 2)
                    || core(i + 3)
                    || matches!(cx.kind(i + 1), Some(Kind::Punct))
                    || (core(i + 4) && cx.is(i + 2, "moins")))
                    && START.contains(cx.norm(i)))
        }
        // A sign or a decimal comma starts only a number in digits after
        // it ("-3", ",5"): no date, modifier or currency starts with one.
        Some(Kind::Punct) => {
            (cx.is_any(i, &["-", "+", ","]) && cx.kind(i + 1) == Some(Kind::Digits))
                || cx.is_any(i, &["$", "€", "£", "¥"])
        }
        None => false,
    }
}

/// Token `i` is a group of three digits after a group of one to three
/// digits and a space on the same line: it continues a spaced number
/// ("1 200", "15 000").
fn group_continued(cx: &Cx, i: usize) -> bool {
    cx.norm(i).len() == 3
        && i > 0
        && cx.kind(i) == Some(Kind::Digits)
        && !cx.glued(i)
        && cx.kind(i - 1) == Some(Kind::Digits)
        && cx.norm(i - 1).len() <= 3
        && cx.gap(i).chars().all(|c| c.is_whitespace() && c != '\n')
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
        if cx.is_any(p, &["-", ".", ","])
            && p > 0
            && cx.glued(p)
            && alnum(cx, p - 1)
            && !(it.t1 == it.t0 + 1 && p >= 1 && score_dash(cx, p - 1))
        {
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
        // "4.0", "GPT-4-turbo", "12-34"; not a score ("victoire 3-1").
        if (cx.kind(it.t1 + 1) == Some(Kind::Digits) || cx.kind(it.t1 - 1) == Some(Kind::Digits))
            && !(it.t1 == it.t0 + 1 && score_dash(cx, it.t0))
        {
            return false;
        }
    }
    // A dash between two numbers, not a sign: "1961 - 1962".
    if cx.is_any(it.t0, &["-", "+"])
        && !cx.glued(it.t0 + 1)
        && it.t0 > 0
        && cx.kind(it.t0 - 1) == Some(Kind::Digits)
    {
        return false;
    }
    // "rien de neuf", "tout neuf", "à neuf": new, not nine.
    if it.dim == Dim::Number
        && it.t1 == it.t0 + 1
        && cx.is(it.t0, "neuf")
        && it.t0 > 0
        && cx.is_any(it.t0 - 1, &["de", "tout", "a", "du", "quoi"])
        && !matches!(cx.kind(it.t1), Some(Kind::Word | Kind::Digits))
    {
        return false;
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
    // An abbreviated currency after a label or a name is part of a code:
    // « en salle 12 F », « le vol AF 1234 F ».
    if it.dim == Dim::Money
        && (it.t0 + 1..it.t1).any(|k| {
            ABBR_CURRENCIES.contains(cx.norm(k))
                && cx
                    .tok(k)
                    .is_some_and(|t| t.orig.bytes().all(|b| b.is_ascii_uppercase()))
        })
        && (after_label(cx, it.t0) || after_name(cx, it.t0))
    {
        return false;
    }
    // A tie-break after a set's score, not a date: "7-6 (7/4)".
    if it.dim == Dim::Date
        && it.t0 >= 4
        && cx.is(it.t0 - 1, "(")
        && cx.is(it.t0 + 1, "/")
        && score_dash(cx, it.t0 - 4)
    {
        return false;
    }
    // "le travail du dimanche", "le Journal du dimanche": a bare weekday
    // after "du" is any such day, not a date ("du dimanche au lundi",
    // "du dimanche 13", "du dimanche soir" are longer items).
    if it.dim == Dim::Date
        && it.t1 == it.t0 + 1
        && it.t0 > 0
        && cx.is(it.t0 - 1, "du")
        && LEX.weekdays.contains(cx.norm(it.t0))
    {
        return false;
    }
    let bare = (it.dim == Dim::Number && matches!(it.value, Value::Num(_)))
        || (it.dim == Dim::Date
            && it.grain == Some(frclaims_model::Grain::Year)
            && it.t1 == it.t0 + 1)
        || it.dim == Dim::Ordinal;
    // "le tram T3", "la ligne T1": a letter glued to digits is a quarter
    // or a half only when no label names it (a name may: "le PIB T3").
    let quarter = it.t1 == it.t0 + 2
        && cx.kind(it.t0) == Some(Kind::Word)
        && cx.norm(it.t0).len() == 1
        && cx.glued(it.t0 + 1);
    // "49.3", "3.1": a dot before decimals is a reference or a version in
    // French text, not a quantity.
    if it.dim == Dim::Number
        && (it.t0..it.t1).any(|k| {
            cx.is(k, ".")
                && cx.kind(k + 1) == Some(Kind::Digits)
                && cx.norm(k + 1).len() != 3
                && k > it.t0
                && cx.kind(k - 1) == Some(Kind::Digits)
        })
    {
        return false;
    }
    // A capitalized number word inside a sentence is a name ("la Cinq").
    if it.dim == Dim::Number
        && cx.kind(it.t0) == Some(Kind::Word)
        && cx
            .tok(it.t0)
            .is_some_and(|t| t.orig.starts_with(char::is_uppercase))
        && it.t0 > 0
        && !cx.gap(it.t0).contains('\n')
        && !cx.is_any(
            it.t0 - 1,
            &[".", "?", "!", ":", ";", "\"", "(", "-", "•", "*"],
        )
    {
        return false;
    }
    if quarter && after_label(cx, it.t0) {
        return false;
    }
    if bare && (after_label(cx, it.t0) || (after_name(cx, it.t0) && !named_score(cx, it))) {
        return false;
    }
    true
}

/// The words of `data/score_cues.txt`.
static SCORE_CUES: LazyLock<lex::WordMap<()>> = LazyLock::new(|| lex::word_set("score_cues.txt"));

/// True when the sentence reports a match: it has a word of
/// [`SCORE_CUES`] ("victoire", "battu", "s'impose").
fn match_sentence(cx: &Cx) -> bool {
    cx.has_word_of(&SCORE_CUES)
}

/// Token `k` is a team's points in a score: an integer of at most three
/// digits, without a leading zero ("0" itself is one).
fn score_points(cx: &Cx, k: usize) -> bool {
    let w = cx.norm(k);
    cx.kind(k) == Some(Kind::Digits) && w.len() <= 3 && (w.len() == 1 || !w.starts_with('0'))
}

/// A score written with a dash glued to both sides, from token `a`:
/// "victoire 3-1", "6-4, 6-3": two numbers of a match, not a code
/// ("12-34") nor a range (a range needs a unit: "3-4 %"). Not a longer
/// chain ("1-2-3", "3-1.5") nor a date ("2024-05-10"), and only in a
/// sentence that reports a match ([`match_sentence`]).
fn score_dash(cx: &Cx, a: usize) -> bool {
    // A separator glued to both sides, at `k`.
    let chained =
        |k: usize| cx.is_any(k, &["-", ".", "/", ","]) && cx.glued(k) && cx.glued(k + 1) && k > 0;
    score_points(cx, a)
        && cx.is(a + 1, "-")
        && cx.glued(a + 1)
        && cx.glued(a + 2)
        && score_points(cx, a + 2)
        && !(a > 0 && chained(a - 1))
        && !(chained(a + 3) && alnum(cx, a + 4))
        // Not a reference ("la loi 78-17"), a period ("la victoire de
        // 14-18", but "sur le score de 3-1") nor a measure ("de 9-12 h").
        && !after_label(cx, a)
        && !(a > 0
            && cx.is_any(a - 1, &["de", "d'", "en", "depuis"])
            && !(a > 1 && cx.is_any(a - 2, &["score", "scores"])))
        && !measure::scales_or_measures(cx, a + 3)
        && match_sentence(cx)
}

/// A bare number after a team's name that is one side of a score: "le
/// PSG bat Lyon 3 à 1", "Lens 1 - Lille 1", "battu Lyon 3 buts à 2" (the
/// other side after a dash or "à", maybe after the other team's name,
/// of up to three words, the connector maybe after the side's unit). A
/// dash between two different names with numbers of at most two digits
/// is a score by itself; the other forms need a sentence that reports a
/// match ([`match_sentence`]).
fn named_score(cx: &Cx, it: &Item) -> bool {
    let i = it.t0;
    if it.t1 != i + 1 || !score_points(cx, i) {
        return false;
    }
    let name = |k: usize| {
        cx.kind(k) == Some(Kind::Word)
            && cx
                .tok(k)
                .is_some_and(|t| t.orig.starts_with(char::is_uppercase))
    };
    let two = |k: usize| cx.norm(k).len() <= 2;
    // "3 buts à 2", "2 sets à 1": the side's unit before the connector.
    let c = if cx.is_any(i + 1, &["buts", "but", "sets", "set", "manches", "manche"]) {
        i + 2
    } else {
        i + 1
    };
    if !cx.is_any(c, &["-", "a"]) {
        return false;
    }
    // The other side: right after the connector, or after the other
    // team's name of up to three words, which is not the first team's
    // ("Ligue 1 - Ligue 2", "France 2 - France 3" are no scores); nothing
    // it scales or counts after it ("Windows 10 à Windows 11 millions").
    let mut k = c + 1;
    let mut words = 0;
    while words < 3 && !score_points(cx, k) && name(k) {
        k += 1;
        words += 1;
    }
    let other_team = words > 0 && cx.norm(k - 1) != cx.norm(i - 1);
    if !score_points(cx, k) || (words > 0 && !other_team) || measure::scales_or_measures(cx, k + 1)
    {
        return false;
    }
    (cx.is(c, "-") && other_team && two(i) && two(k)) || match_sentence(cx)
}

/// A label word before `i`: "article 49.3", "Fig. 1", "n° 12", also
/// for the next numbers of a list ("les lignes 7 et 9", "articles 3, 4
/// ou 5").
fn after_label(cx: &Cx, i: usize) -> bool {
    if label_before(cx, i).is_some() {
        return true;
    }
    // The next number of a list after a label ("les articles 6 et 7",
    // "Fig. 3 et 4."), a bare run of digits that counts nothing (after a
    // singular label, only a stop or « du », « de »… may follow it): not
    // "La page 3 et 250 photos", "la ligne 7 et 40 000 voyageurs".
    if cx.kind(i + 1) == Some(Kind::Digits) && cx.norm(i + 1).len() == 3 {
        return false;
    }
    let bare = cx
        .word(i + 1)
        .is_none_or(|w| matches!(w, "et" | "ou" | "du" | "de" | "des" | "d'"));
    let mut q = i;
    for _ in 0..4 {
        if q < 2 || !cx.is_any(q - 1, &["et", "ou", ","]) || cx.kind(q - 2) != Some(Kind::Digits) {
            return false;
        }
        q -= 2;
        if let Some(plural) = label_before(cx, q) {
            return plural || bare;
        }
    }
    false
}

/// A label word right before token `i`, maybe with its dot or degree
/// sign ("Fig. 3", "n° 12"): whether it is plural ("lignes 7"), or none.
fn label_before(cx: &Cx, i: usize) -> Option<bool> {
    let mut p = i;
    if p > 0 && cx.is_any(p - 1, &[".", "°"]) {
        p -= 1;
    }
    let w = cx.word(p.checked_sub(1)?)?;
    let plural = if LEX.labels.contains(w) {
        false
    } else if w.len() > 4
        && w.strip_suffix(['s', 'x'])
            .is_some_and(|w| LEX.labels.contains(w))
    {
        // (Not the plural of a short one: "nos 3 enfants".)
        true
    } else {
        return None;
    };
    // A count, not a label: "il prend le bus 3 fois", "voté l'amendement
    // 2 fois", "le top 3 millions" (after the number's groups), and a
    // number in spaced groups: references are not grouped ("la salle
    // 1 200 places").
    let mut e = i + 1;
    while group_continued(cx, e) {
        e += 1;
    }
    if e > i + 1
        || cx.is(e, "fois")
        || cx.is(e, "%")
        || cx
            .numw
            .get(e)
            .and_then(Option::as_ref)
            .is_some_and(|&(_, c)| matches!(c, lex::NumClass::Scale | lex::NumClass::Mille))
    {
        return None;
    }
    // A road or a division only after « route », a determiner or with a
    // capital ("la route nationale 7", "la départementale 86", "Nationale
    // 2"): not "l'équipe nationale 45", "la Réserve fédérale 2".
    if matches!(w, "nationale" | "federale" | "departementale")
        && !(p >= 2 && (cx.is(p - 2, "route") || cx.is_any(p - 2, &cx::DETERMINERS))
            || cx
                .tok(p - 1)
                .is_some_and(|t| t.orig.starts_with(char::is_uppercase)))
    {
        return None;
    }
    Some(plural)
}

/// The currency names of one word of [`LEX`], as a set.
static ONE_WORD_CURRENCIES: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
    LEX.currencies
        .iter()
        // (Not an abbreviation: « F 2 » is a code.)
        .filter(|(p, _, k)| p.len() == 1 && k != "abbr")
        .map(|(p, _, _)| p[0].as_str())
        .collect()
});

/// The first words of the abbreviated currencies of [`LEX`] (« F »,
/// « FF », « FB »).
static ABBR_CURRENCIES: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
    LEX.currencies
        .iter()
        .filter(|(_, _, k)| k == "abbr")
        .map(|(p, _, _)| p[0].as_str())
        .collect()
});

/// A name before `i` on the same line: "WAIC 2025", "Mate 60 Pro".
fn after_name(cx: &Cx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let Some(t) = cx.tok(i - 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    // Most words before a number are lowercase ASCII: neither an acronym
    // nor capitalized (no lookup).
    if (t.orig.is_ascii() && !t.orig.bytes().any(|b| b.is_ascii_uppercase()))
        || cx.gap(i).contains('\n')
    {
        return false;
    }
    let upper = t.orig.chars().filter(|c| c.is_uppercase()).count();
    let letters = t.orig.chars().filter(|c| c.is_alphabetic()).count();
    // (A currency before a year is the name of an event: "l'Euro 2024".)
    let year = cx.kind(i) == Some(Kind::Digits) && cx.norm(i).len() == 4;
    let known = LEX.months.contains(t.norm)
        || LEX.weekdays.contains(t.norm)
        || LEX.numbers.contains_key(t.norm)
        || (ONE_WORD_CURRENCIES.contains(t.norm) && !year);
    if known {
        return false;
    }
    let acronym = letters >= 2 && upper == letters;
    // A capital after a small letter ("iPhone 15", "PlayStation 5"): a
    // name even at the start of a sentence.
    let camel = !acronym
        && (upper >= 2 || !t.orig.starts_with(char::is_uppercase))
        && t.orig
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    if camel {
        return !firm_or_source(cx, i);
    }
    // A capitalized word starting a sentence or line is not a name.
    let initial = i < 2
        || cx.gap(i - 1).contains('\n')
        || cx.is_any(i - 2, &[".", "?", "!", ":", ";", "\"", "(", "-", "•", "*"]);
    let capitalized = t.orig.starts_with(char::is_uppercase) && !initial;
    // (Capitalized function words are never names.)
    (acronym || capitalized) && !cx::is_function_word(t.norm) && !firm_or_source(cx, i)
}

/// The name before `i` follows « chez » or « selon », maybe with its
/// article: a firm or a source, and the number after it counts ("Chez
/// McDonald 3 salariés", "Selon l'Ifop 1 500 foyers"). (Read last: only
/// for a name.)
fn firm_or_source(cx: &Cx, i: usize) -> bool {
    let before = if i >= 3 && cx.is_any(i - 2, &["l'", "le", "la", "les"]) {
        i - 3
    } else {
        i.wrapping_sub(2)
    };
    i >= 2 && cx.is_any(before, &["chez", "selon"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use frclaims_model::{Meta, MetaField};

    /// A quick look at a sentence before folding and tokenizing it: digits,
    /// or a word of [`CORE`] (folded word by word), or a Roman ordinal.
    fn maybe_has_item_reference(text: &str) -> bool {
        let b = text.as_bytes();
        // Digits by blocks of 16 bytes, without an early exit per byte (the
        // compiler vectorizes it).
        let digit = |c: &u8| c.wrapping_sub(b'0') < 10;
        let mut blocks = b.chunks_exact(16);
        let has_digit = blocks
            .by_ref()
            .any(|k| k.iter().fold(false, |a, c| a | digit(c)))
            || blocks.remainder().iter().any(digit);
        if has_digit || matches!(text.trim(), "un" | "une" | "Un" | "Une") {
            return true;
        }
        let mut word = [0u8; 24];
        let mut len = 0;
        let mut prev = [0u8; 24];
        let mut plen = 0;
        let mut roman = true;
        let mut i = 0;
        while i <= b.len() {
            let c = b.get(i).copied().unwrap_or(b' ');
            let mut letter = None;
            let mut step = 1;
            if c.is_ascii_alphabetic() {
                letter = Some(c.to_ascii_lowercase());
                roman &=
                    matches!(c, b'I' | b'V' | b'X' | b'L' | b'C' | b'e') || (c == b'r' && len > 2);
            } else if c == 0xC3 && i + 1 < b.len() {
                // Latin-1 letters (à … ÿ, À … Þ) fold by table; × and ÷ are not letters.
                step = 2;
                let d = b[i + 1];
                if d != 0x97 && d != 0xB7 {
                    letter = Some(LATIN1_FOLD[usize::from(d & 0x3F)]);
                    roman = false;
                }
            } else if c >= 0x80 {
                let ch = text[i..].chars().next().unwrap_or(' ');
                step = ch.len_utf8();
                if ch.is_alphabetic() {
                    let f = frclaims_model::fold_char(ch);
                    // Letters that fold outside ASCII never occur in the lexicon.
                    letter = Some(if f.is_ascii() { f as u8 } else { b'#' });
                    roman = false;
                }
            }
            if let Some(l) = letter {
                if len < word.len() {
                    word[len] = l;
                }
                len += 1;
                i += step;
                continue;
            }
            if (2..=word.len()).contains(&len) {
                let w = &word[..len];
                let p = || &prev[..plen.min(prev.len())];
                let roman_ordinal = roman
                    && (w.ends_with(b"e") || w.ends_with(b"er"))
                    && roman_stem(&b[i - len..i]);
                // Words that are dates only after another: "cet été", "tout de
                // suite", "en ce moment", "à présent", "après le travail".
                let pair = match w {
                    b"ete" => matches!(p(), b"cet" | b"l" | b"en" | b"d" | b"pendant"),
                    b"suite" => p() == b"de",
                    b"moment" => p() == b"ce",
                    b"present" => p() == b"a",
                    b"travail" => p() == b"le",
                    _ => false,
                };
                if pair
                    || roman_ordinal
                    || w == b"aujourd"
                    || (CORE.contains_bytes(w) && opens_gate(w))
                {
                    return true;
                }
            }
            if len > 0 {
                let n = len.min(word.len());
                prev[..n].copy_from_slice(&word[..n]);
                plen = n;
            }
            len = 0;
            roman = true;
            i += step;
        }
        false
    }

    /// The gate reads a sentence inside its text as it reads the sentence
    /// alone (nothing read past its end), and the hit it reports is read.
    #[test]
    fn gate_reads_a_sentence_in_place() {
        let pieces = [
            "a",
            "é",
            "€",
            "𝄞",
            " ",
            "12",
            "’",
            "œuvre",
            "mars",
            "Le",
            "cet",
            " été",
            "XXe",
            "abcdefghij",
            "ʼ",
            "×",
            "\u{a0}",
            "Ç",
        ];
        let mut seed = 5u64;
        let mut next = frclaims_benchdata::xorshift(0x9e37_79b9_7f4a_7c15 ^ seed);
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..(seed % 200) {
                seed = next();
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let n = text.chars().count();
            let mut c0 = 0;
            while c0 <= n {
                seed = next();
                let len = (seed >> 33) as usize % 40;
                let mut cursor = CharCursor::new(&text);
                let b0 = cursor.byte_of(c0);
                let b1 = cursor.byte_after(len);
                let want = (GATE_DFA.passes(&text[b0..b1]), b1);
                assert_eq!(
                    GATE_DFA.passes_within(&text, b0, len),
                    want,
                    "{text} {c0} {len}"
                );
                // The pipeline's reader, given the end, passes the same
                // sentences, and what it read up to its hit passes alone.
                match GATE_DFA.hit_in(&text, b0, b1) {
                    Some(h) => assert!(
                        want.0 && b0 < h && h <= b1 && GATE_DFA.passes(&text[b0..h]),
                        "{text} {c0} {len} {h}"
                    ),
                    None => assert!(!want.0, "{text} {c0} {len}"),
                }
                c0 += len.max(1);
            }
            assert_eq!(
                GATE_DFA.passes_within(&text, 0, usize::MAX),
                (GATE_DFA.passes(&text), text.len())
            );
        }
    }

    #[test]
    fn nearest_tense_marker_as_the_whole_list() {
        // `Cx::is_past` searches from the expression's start; the nearest
        // of all the sentence's markers (the first of two as near) must
        // decide, as when they were all listed, but for a marker in the
        // expression's own clause before it when the first after is in
        // another clause.
        let mut texts: Vec<String> = vec![
            "Il a dit qu'il viendrait demain, et il partait hier ; il viendra le 3.".into(),
            "il était une fois, on a fini, d'ici mars, ils partiront".into(),
            "La réforme sera présentée en juin, a déclaré le ministre.".into(),
            "Il a dit qu'en mai, ils partiront; le texte sera voté en juin : il a signé.".into(),
        ];
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            texts.extend(t.lines().map(String::from));
        }
        let mut seen = 0;
        for t in &texts {
            for past in [false, true] {
                let n = Folded::new(t);
                let mut cx = Cx::new(t, &n, None, past);
                cx.tense_fn = tense_mark;
                let marks = tense_marks(&cx);
                seen += marks.len();
                let boundary = |j: usize| {
                    let t = &cx.t[j];
                    t.kind == Kind::Punct && matches!(t.norm, "," | ";" | ":")
                };
                for at in 0..cx.len() + 2 {
                    let b0 = cx.t.get(at).map(|t| t.b0).unwrap_or(0);
                    let nearest = marks
                        .iter()
                        .min_by_key(|(b, _)| b.abs_diff(b0))
                        .map(|&(_, p)| p)
                        .unwrap_or(past);
                    // Unless the first marker after is past a clause's
                    // punctuation and the last one before is in the
                    // expression's own clause: that one.
                    let from = at.min(cx.len());
                    let after = (from..cx.len()).find(|&j| tense_mark(&cx, j).is_some());
                    let before = (0..from).rev().find(|&j| tense_mark(&cx, j).is_some());
                    let own = |j: usize| {
                        (j + 1..from).all(|k| !boundary(k) && !cx.is_any(k, &["que", "qu'"]))
                    };
                    let want = match (after, before) {
                        (Some(a), Some(b)) if (from..a).any(boundary) && own(b) => {
                            tense_mark(&cx, b).unwrap_or(past)
                        }
                        _ => nearest,
                    };
                    cx.set_tense_at(at);
                    assert_eq!(cx.is_past(), want, "{t} {at}");
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    #[test]
    fn offsets_as_char_indices() {
        let mut text = String::new();
        let pieces = ["a", "é", "€", "𝄞", " ", "12", "’", "œuvre"];
        let mut seed = 3u64;
        let mut next = frclaims_benchdata::xorshift(0x9e37_79b9_7f4a_7c15 ^ seed);
        for _ in 0..3000 {
            seed = next();
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        // In increasing order (the cursor), then from the start again.
        let mut at = CharCursor::new(&text);
        for (c, &b) in starts.iter().enumerate().step_by(7) {
            assert_eq!(at.byte_of(c), b, "code point {c}");
            assert_eq!(at.char_of(b), c, "byte {b}");
        }
        for (c, &b) in starts.iter().enumerate().rev().step_by(97) {
            assert_eq!(at.byte_of(c), b, "code point {c}");
        }
        assert_eq!(at.byte_of(starts.len() + 10), text.len());
    }

    #[test]
    fn gate_pre_test_keeps_every_hit() {
        // Every ASCII word of up to 7 letters over the letters that matter,
        // and the words of the core set.
        let letters = b"aeiIVXLCcdlmnprstuEzZ";
        let mut words: Vec<Vec<u8>> = CORE
            .words
            .iter()
            .filter(|w| w.is_ascii())
            .cloned()
            .collect();
        let mut frontier: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for w in &frontier {
                for &c in letters {
                    let mut x = w.clone();
                    x.push(c);
                    next.push(x);
                }
            }
            words.extend(next.iter().cloned());
            frontier = next;
        }
        for w in [
            "suite", "SUITE", "moment", "present", "travail", "aujourd", "XVIIIe",
        ] {
            words.push(w.as_bytes().to_vec());
        }
        for w in words
            .iter()
            .filter(|w| w.len() >= 2 && w.iter().all(u8::is_ascii_alphabetic))
        {
            if ascii_word_may_hit(w) {
                assert!(GATE.has(w), "{}", String::from_utf8_lossy(w));
            }
        }
    }

    /// The words that do not open the gate are core words of holiday
    /// names only, and every name that has one has a word that opens it:
    /// a sentence with a holiday still passes.
    #[test]
    fn gate_free_words_are_only_in_holidays_that_pass() {
        let lex = &*LEX;
        for w in GATE_FREE {
            let s = std::str::from_utf8(w).unwrap_or_default();
            assert!(CORE.contains_bytes(w), "{s}");
            assert!(!is_time_word(s) && !is_edge_word(s), "{s}");
            assert!(!cx::FAMILY_WORDS.contains(&s), "{s}");
            assert!(
                !lex.numbers.contains_key(s) && !lex.ordinals.contains(s),
                "{s}"
            );
            assert!(
                !lex.months.contains(s) && !lex.months_en.contains_key(s),
                "{s}"
            );
            assert!(
                !lex.weekdays.keys().any(|k| k.trim_end_matches('.') == s),
                "{s}"
            );
            let first_words = lex.units.iter().map(|(p, _)| p);
            let first_words = first_words.chain(lex.durations.iter().map(|(p, _, _)| p));
            assert!(first_words.into_iter().all(|p| p[0] != s), "{s}");
            let core_list = core_words();
            assert!(core_list.contains(s), "{s}");
            let mut names = 0;
            for (p, _, _) in &lex.holidays {
                if p.iter().any(|x| x == s) {
                    names += 1;
                    let opens =
                        |x: &String| CORE.contains_bytes(x.as_bytes()) && opens_gate(x.as_bytes());
                    assert!(p.iter().any(opens), "{p:?}");
                }
            }
            assert!(names > 0, "{s}");
        }
        // The gate passes on each of these names, in a sentence alone.
        for (p, _, _) in &lex.holidays {
            let text = p.join(" ");
            assert!(passes_gate(&text), "{text}");
        }
        assert!(!passes_gate("L'Assemblée nationale a voté."));
    }

    #[test]
    fn word_flags_keep_every_word_of_their_sets() {
        let flags = |w: &str| WORD_FLAGS[word_key(w.as_bytes())];
        for w in LEX.numbers.keys() {
            assert_ne!(flags(w) & cx::MAY_NUMBER, 0, "{w}");
        }
        for w in cx::FAMILY_WORDS {
            assert_ne!(flags(w) & cx::MAY_FAMILY, 0, "{w}");
        }
        for w in CORE.words.iter() {
            let w = std::str::from_utf8(w).unwrap_or_default();
            assert_ne!(flags(w) & cx::MAY_CORE, 0, "{w}");
        }
        for w in EDGE_WORDS.iter().chain(&["un", "une"]) {
            assert_ne!(flags(w) & cx::MAY_EDGE, 0, "{w}");
        }
        for k in 0..1 << 14 {
            let core = GATE.0[k / 64] & (1 << (k % 64)) != 0;
            assert_eq!(WORD_FLAGS[k] & cx::MAY_CORE != 0, core, "{k}");
        }
    }

    #[test]
    fn signs_without_digits_start_nothing() {
        // `can_start` rejects "-", "+" and "," not followed by digits: no
        // form of either grammar starts there.
        let mut texts = crate::time::tests::soups();
        texts.push("- le 2 mars , en 2025 + 3 % , 5 euros -3 ,5 +2".into());
        let mut seen = 0;
        for t in &texts {
            let n = Folded::new(t);
            let cx = Cx::new(t, &n, Ref::parse("2025-06-15"), false);
            for i in 0..cx.len() {
                if cx.is_any(i, &["-", "+", ","]) && cx.kind(i + 1) != Some(Kind::Digits) {
                    seen += 1;
                    assert!(!can_start(&cx, i), "{t} @{i}");
                    assert_eq!(time::parse(&cx, i), None, "{t} @{i}");
                    assert_eq!(measure::parse(&cx, i), Vec::new(), "{t} @{i}");
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    #[test]
    fn latin1_supplement_letters_fold_outside_ascii() {
        // The gate's shortcut for U+0080 … U+00BF.
        for c in '\u{80}'..='\u{bf}' {
            let f = frclaims_model::fold_char(c);
            let letter = c
                .is_alphabetic()
                .then_some(if f.is_ascii() { f as u8 } else { b'#' });
            let mut buf = [0u8; 4];
            let d = c.encode_utf8(&mut buf).as_bytes()[1];
            assert_eq!(
                letter,
                matches!(d, 0xAA | 0xB5 | 0xBA).then_some(b'#'),
                "{c}"
            );
        }
    }

    /// [`is_core`] without its pre-test.
    fn is_core_reference(cx: &Cx, i: usize) -> bool {
        match cx.kind(i) {
            Some(Kind::Digits) => true,
            Some(Kind::Word) => core_word(cx, i),
            _ => false,
        }
    }

    #[test]
    fn core_pre_test_keeps_every_core_token() {
        let mut texts: Vec<String> = vec![
            "Crème, XIXe, Ier, cet été, tout de suite, en ce moment, à présent".into(),
            "après le travail, un, une, deux, vingt-et-un, mars, lundi, Noël".into(),
            "Une".into(),
            "un".into(),
        ];
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            texts.extend(t.lines().map(String::from));
        }
        let words: Vec<&str> = CORE
            .words
            .iter()
            .filter_map(|w| std::str::from_utf8(w).ok())
            .collect();
        texts.push(words.join(" "));
        for t in &texts {
            let n = Folded::new(t);
            let cx = Cx::new(t, &n, None, false);
            for i in 0..=cx.len() {
                assert_eq!(is_core(&cx, i), is_core_reference(&cx, i), "{t} @{i}");
            }
        }
    }

    #[test]
    fn quick_look_as_before() {
        let mut texts: Vec<String> = vec![
            "Le XXe siècle".into(),
            "le IIIe Reich, la Ve République, Ier, IVer, XIXer".into(),
            "cet été-là, tout de suite, en ce moment, à présent".into(),
            "µ ª º ß Þ Ð ×÷ l’été d’été « été » \u{a0}été".into(),
            "Ελλάδα Ωmega ǅ ŒUVRE œuvre".into(),
            "Une".into(),
            " une ".into(),
            "une\n".into(),
            "\u{2009}Un".into(),
            "\u{a0}un\u{a0}".into(),
            "une fois".into(),
        ];
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            for line in t.lines() {
                texts.extend(line.split(['.', ',', ';']).map(String::from));
                // Every word alone, with the one before it.
                let words: Vec<&str> = line.split(' ').collect();
                for w in words.windows(2) {
                    texts.push(w.join(" "));
                }
            }
        }
        // Random strings of letters, marks and spaces.
        let alphabet: Vec<char> = "aeèéÉlcdtmnIVXLCr 'ÀÞ×µ’–«\u{a0}ŒĀ,.-".chars().collect();
        let mut seed = 7u64;
        let mut next = frclaims_benchdata::xorshift(0x9e37_79b9_7f4a_7c15 ^ seed);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(seed % 12) {
                seed = next();
                t.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            texts.push(t);
        }
        // Longer ones, mostly ASCII, for the eight-byte paths.
        let ascii: Vec<char> = "aeiIVXLCcdlmnprstuE ,.'-".chars().collect();
        for k in 0..40_000u64 {
            let mut t = String::new();
            for _ in 0..(seed % 40) {
                seed = next();
                let r = (seed >> 33) as usize;
                if k % 3 == 0 && r % 17 == 0 {
                    t.push(alphabet[r % alphabet.len()]);
                } else {
                    t.push(ascii[r % ascii.len()]);
                }
            }
            texts.push(t);
        }
        for w in [
            "ete", "suite", "moment", "present", "travail", "quatre", "mars", "XIXe",
        ] {
            for p in [
                "cet",
                "de",
                "ce",
                "a",
                "le",
                "tout de",
                "en ce",
                "l'",
                "abcdefgh",
                "pendant",
                "d'",
                "à",
                "l’",
                "en",
                "après le",
                "Cet",
                "PENDANT",
                "cette",
            ] {
                for pad in ["", " ", "       ", "xxxxxxxxxxxx "] {
                    texts.push(format!("{pad}{p} {w}"));
                    texts.push(format!("{pad}{p} {w} é"));
                    texts.push(format!("é{pad}{p}  {w}"));
                }
            }
        }
        // Core words, pair words and Roman ordinals, some of their
        // letters accented, capitalized or glued to others.
        let mut words: Vec<String> = CORE
            .words
            .iter()
            .filter_map(|w| String::from_utf8(w.clone()).ok())
            .collect();
        words.sort();
        words.extend(
            [
                "ete",
                "suite",
                "moment",
                "present",
                "travail",
                "cet",
                "l",
                "en",
                "d",
                "pendant",
                "de",
                "ce",
                "a",
                "à",
                "le",
                "tout",
                "aujourd",
                "aujourdʼ",
                "XIXe",
                "IIIe",
                "Ier",
                "XIXer",
                "Le",
                "Ce",
                "CCCCCCCCCCCCCCCCCCCCCCCe",
                "CCCCCCCCCCCCCCCCCCCCCCCCe",
                "anticonstitutionnellement",
                "quatre-vingt",
            ]
            .map(String::from),
        );
        let marks = [
            " ", " ", " ", ", ", "'", "’", "ʼ", "-", "\u{a0}", "«", "×", "5", "ª",
        ];
        for _ in 0..30_000 {
            let mut t = String::new();
            for _ in 0..(1 + seed % 6) {
                seed = next();
                let r = (seed >> 20) as usize;
                let w = &words[r % words.len()];
                let w: String = match (r >> 12) % 6 {
                    0 => w.replacen('e', "é", 1),
                    1 => w.to_uppercase(),
                    2 => w.replacen('a', "À", 1),
                    3 => format!("{w}{}", &words[(r >> 16) % words.len()]),
                    _ => w.clone(),
                };
                t.push_str(&w);
                t.push_str(marks[(r >> 24) % marks.len()]);
            }
            texts.push(t);
        }
        // Long texts, read as two streams: pairs, Roman ordinals and words
        // on both sides of the space where the second stream starts.
        let fillers = [
            "xxxxxxx", "abc", "le", "de", "l'", "ce", "en", "é", "a", "œuvre", "€", "ⁿ", "々",
            "₂x", "\u{202f}", "ÀÉ", "«\u{a0}", "𝄞", "…",
        ];
        for _ in 0..20_000 {
            let mut t = String::new();
            let parts = 2 + seed % 24;
            for _ in 0..parts {
                seed = next();
                let r = (seed >> 20) as usize;
                let part = if r % 3 == 0 {
                    &texts[(r >> 4) % texts.len()]
                } else {
                    fillers[(r >> 4) % fillers.len()]
                };
                let part = if part.bytes().any(|c| c.is_ascii_digit()) {
                    fillers[0]
                } else {
                    part
                };
                t.push_str(part);
                t.push_str(marks[(r >> 24) % (marks.len() - 2)]);
            }
            texts.push(t);
        }
        // The automaton stays well inside its table (about 1100 states of
        // 37 classes today).
        assert!(GATE_DFA.states() * GATE_DFA.classes() < 1 << 16);
        for t in &texts {
            assert_eq!(maybe_has_item(t), maybe_has_item_reference(t), "{t}");
            assert_eq!(passes_gate(t), maybe_has_item(t), "{t}");
        }
    }

    #[test]
    fn cut_sentences_as_whole() {
        // Long sentences of corpus lines, dates and tense markers far
        // from the first number or key word, read with their start left
        // out and whole: the same items.
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let mut lines: Vec<String> = Vec::new();
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            lines.extend(t.lines().filter(|l| !l.trim().is_empty()).map(String::from));
        }
        let pieces = [
            "Il a dit hier que",
            "on partait",
            "d'ici",
            "ils viendront",
            "le 3 mars",
            "en 2024",
            "deux ans",
            "la semaine dernière",
            "du 1er au 15 juin",
            "- 12 %",
            "Mate 60",
            "article 49.3",
            "et",
            "ici",
            "un",
            "premier",
            "(",
            "«",
            "\n",
        ];
        let mut seed = 77u64;
        let mut next = frclaims_benchdata::xorshift(0x9e37_79b9_7f4a_7c15 ^ seed);
        let mut texts: Vec<String> = lines.clone();
        for k in 0..3000 {
            let mut t = String::new();
            for _ in 0..(10 + seed % 40) {
                seed = next();
                let r = (seed >> 24) as usize;
                if r % 4 == 0 {
                    let l = &lines[(r >> 3) % lines.len()];
                    let w: Vec<&str> = l.split(' ').collect();
                    let a = (r >> 7) % w.len();
                    t.push_str(&w[a..(a + 12).min(w.len())].join(" "));
                } else {
                    t.push_str(pieces[(r >> 3) % pieces.len()]);
                }
                t.push(' ');
            }
            if k % 2 == 0 {
                t.push_str(&lines[k % lines.len()]);
            }
            texts.push(t);
        }
        let mut cut = 0;
        for t in &texts {
            for date in [Some("2025-06-15"), None] {
                let (doc, sentences) = one_sentence(t, date);
                let got = extract(&doc, &sentences);
                NO_CUT.with(|c| c.set(true));
                let want = extract(&doc, &sentences);
                NO_CUT.with(|c| c.set(false));
                assert_eq!(got, want, "{t}");
                let hit = GATE_DFA.hit_in(t, 0, t.len());
                cut += usize::from(hit.is_some_and(|h| cut_before(t.as_bytes(), h) > 0));
            }
        }
        assert!(cut > 1000, "{cut}");
    }

    /// The cut found eight bytes at a time is the one found byte by byte,
    /// on random soups of spaces, letters, digits, punctuation and
    /// accented letters, at every end.
    #[test]
    fn cut_before_as_bytewise() {
        let pieces: [&[u8]; 12] = [
            b" ",
            b"\t",
            b"\n",
            b"\r",
            b"\x0b",
            b"\x0c",
            b"a",
            b"Z",
            b"7",
            b"-",
            "é".as_bytes(),
            "\u{a0}".as_bytes(),
        ];
        let mut next = frclaims_benchdata::xorshift(0x5eed_cafe);
        let mut cuts = 0;
        for n in 0..4000 {
            let mut b = Vec::new();
            for _ in 0..(n % 300) {
                let r = next();
                // Mostly letters, spaces now and then.
                let k = (r >> 20) as usize % 40;
                b.extend_from_slice(
                    pieces[if k < 12 {
                        k
                    } else if k < 30 {
                        6
                    } else {
                        0
                    }],
                );
            }
            for h in 0..=b.len() + 2 {
                let want = cut_before_bytewise(&b, h);
                assert_eq!(cut_before(&b, h), want, "{b:?} {h}");
                cuts += usize::from(want > 0);
            }
        }
        assert!(cuts > 10_000, "{cuts}");
    }

    /// A document of one sentence, `text`, dated `date`.
    fn one_sentence(text: &str, date: Option<&str>) -> (Document, [Sentence; 1]) {
        let doc = Document {
            text: text.into(),
            meta: Meta {
                date: date.map(MetaField::given),
                ..Meta::default()
            },
            ..Document::default()
        };
        let sentences = [Sentence {
            span: Span::new(0, text.chars().count()),
            paragraph: 0,
        }];
        (doc, sentences)
    }

    /// Items of `input` (one sentence) as (text, dim, value) with the given date.
    fn check_dated(input: &str, date: Option<&str>, expected: &[(&str, Dim, &str)]) {
        let (doc, sentences) = one_sentence(input, date);
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
    fn spans_are_code_points() {
        let text = "Été 2024 : « ça coûte 12\u{a0}500 € ».\nPuis hausse de 5,4 %.";
        let doc = Document {
            text: text.into(),
            ..Document::default()
        };
        let n = text.chars().count();
        let split = text.chars().position(|c| c == '\n').unwrap_or(n);
        let sentences = [
            Sentence {
                span: Span::new(0, split),
                paragraph: 0,
            },
            Sentence {
                span: Span::new(split + 1, n),
                paragraph: 1,
            },
        ];
        let got = extract(&doc, &sentences);
        assert_eq!(got.len(), 3, "{got:?}");
        for it in &got {
            let slice: String = text
                .chars()
                .skip(it.span.start)
                .take(it.span.len())
                .collect();
            assert_eq!(slice, it.text);
        }
        assert_eq!(got[2].text, "5,4 %");
    }

    /// Random sequences of number-like pieces never panic and give spans
    /// inside the sentence, sorted.
    #[test]
    fn never_panics() {
        const PIECES: [&str; 48] = [
            "le",
            "1er",
            "31",
            "février",
            "2024",
            "-",
            "+",
            "/",
            ".",
            ",",
            ":",
            "%",
            "€",
            "$",
            "h",
            "15h30",
            "99h99",
            "25:99",
            "de",
            "à",
            "entre",
            "et",
            "au",
            "du",
            "plus",
            "moins",
            "environ",
            "mille",
            "milliards",
            "vingt",
            "et",
            "un",
            "une",
            "quatre",
            "XXe",
            "MMMMe",
            "dans",
            "il y a",
            "derniers",
            "mois",
            "semaine",
            "ans",
            "l’année",
            "dernière",
            "0",
            "999999999999999999999",
            "12\u{a0}500",
            "\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let refs = [
            None,
            Some("2013-02-12T04:30:00-02:00"),
            Some("2025-06"),
            Some("bad"),
        ];
        for case in 0..1500 {
            let mut text = String::new();
            for _ in 0..(case % 12 + 1) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let p = PIECES[(seed >> 33) as usize % PIECES.len()];
                text.push_str(p);
                if (seed >> 20) % 3 != 0 {
                    text.push(' ');
                }
            }
            let doc = Document {
                text: text.clone(),
                meta: Meta {
                    date: refs[case % refs.len()].map(MetaField::given),
                    ..Meta::default()
                },
                ..Document::default()
            };
            let n = text.chars().count();
            let sentences = [Sentence {
                span: Span::new(0, n),
                paragraph: 0,
            }];
            let got = extract(&doc, &sentences);
            for w in got.windows(2) {
                assert!(w[0].span <= w[1].span, "{text}");
            }
            assert!(
                got.iter()
                    .all(|x| x.span.end <= n && x.span.start < x.span.end),
                "{text}"
            );
        }
    }

    /// In a past sentence, the weekday of the document date is that day
    /// and a time of day is the last one; otherwise both are ahead.
    #[test]
    fn past_weekdays_and_times_of_the_same_day() {
        let at = Some("2026-04-05T14:10");
        check_dated(
            "Le Kényan a remporté dimanche le marathon.",
            at,
            &[("dimanche", Dim::Date, "2026-04-05")],
        );
        check_dated(
            "Le marathon aura lieu dimanche.",
            at,
            &[("dimanche", Dim::Date, "2026-04-12")],
        );
        check_dated(
            "Il est parti à 8 h 15 sous la pluie.",
            at,
            &[("8 h 15", Dim::Datetime, "2026-04-05T08:15:00")],
        );
        check_dated(
            "Le départ sera donné à 8 h 15.",
            at,
            &[("8 h 15", Dim::Datetime, "2026-04-06T08:15:00")],
        );
    }

    /// An unqualified franc is the French one, unless the document names
    /// one other franc and no French one.
    #[test]
    fn unqualified_francs_take_the_documents_franc() {
        let units = |text: &str| -> Vec<Option<String>> {
            let doc = Document {
                text: text.into(),
                ..Document::default()
            };
            let sentences = [Sentence {
                span: Span::new(0, text.chars().count()),
                paragraph: 0,
            }];
            extract(&doc, &sentences)
                .into_iter()
                .map(|n| n.unit)
                .collect()
        };
        let xof = Some("XOF".to_owned());
        let frf = Some("FRF".to_owned());
        assert_eq!(
            units("Le prix passe à 2 200 francs CFA ; ils en réclament 3 000 francs."),
            [xof.clone(), xof]
        );
        assert_eq!(units("Il a payé 3 000 francs."), std::slice::from_ref(&frf));
        assert_eq!(
            units("Il a payé 3 000 francs CFA et 20 francs suisses, puis 5 francs."),
            [Some("XOF".to_owned()), Some("CHF".to_owned()), frf.clone()]
        );
        // The abbreviations, in capitals, after the number.
        assert_eq!(
            units("Le titre gagne 4,20 F, à 312 F, soit 100 FF."),
            [frf.clone(), frf.clone(), frf.clone()]
        );
        assert_eq!(
            units("Il coûte 620 FB, soit 100 F."),
            [Some("BEF".to_owned()), Some("BEF".to_owned())]
        );
        // Not before it, nor in a code, nor in small letters.
        assert!(units("Le F 16 vole.").iter().all(Option::is_none));
        assert!(units("sous la cote 12 F 4").iter().all(Option::is_none));
        assert!(units("Il a 3 f de plus.").iter().all(Option::is_none));
    }

    /// A participle before a date speaks of the past, one of what is
    /// planned of what is ahead; a noun in -ée is no participle.
    #[test]
    fn the_tense_of_its_own_clause() {
        let at = Some("2025-03-10");
        // The incise's past after the comma is not the date's.
        check_dated(
            "La réforme sera présentée en juin, a déclaré le ministre.",
            at,
            &[("en juin", Dim::Date, "2025-06")],
        );
        check_dated(
            "Le texte avait été bloqué en février, devrait-il rappeler.",
            at,
            &[("en février", Dim::Date, "2025-02")],
        );
        // A date before a comma with no marker before it opens the
        // clause after it.
        check_dated(
            "En juin, la réforme sera présentée, a-t-il dit.",
            at,
            &[("En juin", Dim::Date, "2025-06")],
        );
    }

    #[test]
    fn participles_give_the_tense() {
        let at = Some("2026-10-31");
        // An adverb in -ment between the auxiliary and the participle.
        check_dated(
            "Un motard a été grièvement blessé dimanche.",
            Some("2025-04-07"),
            &[("dimanche", Dim::Date, "2025-04-06")],
        );
        // What is expected is ahead in the passive, not after « avoir ».
        check_dated(
            "Le verdict est attendu le 12 novembre.",
            at,
            &[("le 12 novembre", Dim::Date, "2026-11-12")],
        );
        check_dated(
            "Il a attendu le 12 mars pour parler.",
            at,
            &[("le 12 mars", Dim::Date, "2026-03-12")],
        );
        // So is what is fixed: « a fixé mercredi le prix » is done.
        check_dated(
            "Le gouvernement a fixé mercredi le prix du cacao.",
            at,
            &[("mercredi", Dim::Date, "2026-10-28")],
        );
        check_dated(
            "Le prix a été fixé le 3 mars.",
            at,
            &[("le 3 mars", Dim::Date, "2026-03-03")],
        );
        check_dated(
            "Le verdict était attendu le 12 mars.",
            at,
            &[("le 12 mars", Dim::Date, "2026-03-12")],
        );
        check_dated(
            "La réunion est fixée au 12 novembre.",
            at,
            &[("12 novembre", Dim::Date, "2026-11-12")],
        );
        check_dated(
            "D'après une enquête réalisée du 2 au 9 octobre, un ménage sur cinq peine.",
            at,
            &[
                ("du 2 au 9 octobre", Dim::Daterange, "2026-10-02/2026-10-09"),
                ("un ménage sur cinq", Dim::Number, "0.2"),
            ],
        );
        check_dated(
            "Un sommet est programmé le 12 novembre.",
            at,
            &[("le 12 novembre", Dim::Date, "2026-11-12")],
        );
        check_dated(
            "Le rapport sera publié le 3 novembre.",
            at,
            &[("le 3 novembre", Dim::Date, "2026-11-03")],
        );
        check_dated(
            "Une soirée du 15 novembre.",
            at,
            &[(
                "soirée du 15 novembre",
                Dim::Timerange,
                "2026-11-15T18:00:00/2026-11-15T23:00:00",
            )],
        );
    }

    /// The units of the money items of `text` (one sentence per line).
    fn money_units(text: &str) -> Vec<String> {
        let doc = Document {
            text: text.into(),
            ..Document::default()
        };
        let mut sentences = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let n = line.chars().count();
            sentences.push(Sentence {
                span: Span::new(at, at + n),
                paragraph: sentences.len(),
            });
            at += n + 1;
        }
        extract(&doc, &sentences)
            .into_iter()
            .filter(|n| n.dim == Dim::Money)
            .filter_map(|n| n.unit)
            .collect()
    }

    #[test]
    fn francs_of_a_country() {
        // A dateline.
        assert_eq!(
            money_units("LAUSANNE (ats) - La ville investit 40 millions de francs."),
            ["CHF"]
        );
        // Three words of Switzerland, two different, more than of France.
        assert_eq!(
            money_units(
                "Le Grand Conseil vaudois a voté le budget.\nLe canton de Vaud \
                 dépensera 300 millions de francs, comme Genève."
            ),
            ["CHF"]
        );
        assert_eq!(
            money_units("Charleroi et Namur réclament 2 milliards de francs.\nLa Wallonie attend."),
            ["BEF"]
        );
        // A title alone.
        assert_eq!(
            money_units("Bruxelles : la Commission prête 5 milliards de francs."),
            ["FRF"]
        );
        assert_eq!(
            money_units("Genève : le Grand Conseil genevois vote 187 millions de francs."),
            ["CHF"]
        );
        // One « Genève » in a French article tells nothing.
        assert_eq!(
            money_units("Depuis Genève, le ministre a promis 5 milliards de francs."),
            ["FRF"]
        );
        // More words of France than of Switzerland.
        assert_eq!(
            money_units(
                "Paris et Berne négocient.\nLa France, la Suisse et les Français: \
                 10 millions de francs à Genève."
            ),
            ["FRF"]
        );
        // The country's adjective alone, and common words that are also
        // towns (« en berne »), tell nothing.
        assert_eq!(
            money_units(
                "Les drapeaux sont en berne à Vittel. Le groupe suisse Nestlé y a investi \
                 300 millions de francs. Sa filiale suisse emploie 800 personnes."
            ),
            ["FRF"]
        );
        // A franc named elsewhere wins.
        assert_eq!(
            money_units("GENÈVE - Il vend 3 000 francs CFA, puis 2 000 francs."),
            ["XOF", "XOF"]
        );
    }

    /// The (text, value) of the date and duration items of `text`, one
    /// sentence per line (an empty line starts a paragraph), dated `date`.
    fn dated_lines(text: &str, date: &str) -> Vec<(String, String)> {
        let doc = Document {
            text: text.into(),
            meta: Meta {
                date: Some(MetaField::given(date)),
                ..Meta::default()
            },
            ..Document::default()
        };
        let mut sentences = Vec::new();
        let (mut at, mut paragraph) = (0, 0);
        for line in text.split('\n') {
            let n = line.chars().count();
            if n == 0 {
                paragraph += 1;
            } else {
                sentences.push(Sentence {
                    span: Span::new(at, at + n),
                    paragraph,
                });
            }
            at += n + 1;
        }
        extract(&doc, &sentences)
            .into_iter()
            .filter(|n| !matches!(n.dim, Dim::Number | Dim::Percent))
            .map(|n| {
                let v = match n.value {
                    Value::Num(x) => format!("{} {}", x, n.unit.unwrap_or_default()),
                    Value::Text(t) => t,
                    Value::Null => "null".into(),
                };
                (n.text, v)
            })
            .collect()
    }

    #[test]
    fn relative_to_a_date_of_the_text() {
        let got = dated_lines(
            "Le 3 mars 2021, le suspect est arrêté.\nLa veille, il avait fui.\n\
             Il est relâché le lendemain.\nArrivé le 12 avril 2021, il repart deux jours plus tard.",
            "2024-05-10",
        );
        let want = [
            ("Le 3 mars 2021", "2021-03-03"),
            ("La veille", "2021-03-02"),
            // Not from « la veille »: from the date the text names.
            ("le lendemain", "2021-03-04"),
            ("le 12 avril 2021", "2021-04-12"),
            ("deux jours plus tard", "2021-04-14"),
        ];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        let got = dated_lines(
            "En 2019, l'usine a fermé.\nL'année suivante, trois semaines après, le site est vendu.",
            "2024-05-10",
        );
        let want = [
            ("2019", "2019"),
            ("L'année suivante", "2020"),
            // A year tells no day: a duration.
            ("trois semaines", "3 week"),
        ];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        // No date in the text: unresolved, or a duration; never from the
        // publication date.
        let got = dated_lines(
            "Le maire a parlé.\nLe lendemain, il a démissionné.\n\
             Onze minutes plus tard, le but est tombé. Dix ans après la guerre, rien.",
            "2024-05-10",
        );
        let want = [
            ("Le lendemain", "null"),
            ("Onze minutes", "11 minute"),
            ("Dix ans", "10 year"),
        ];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        // From the start of an open interval.
        let got = dated_lines(
            "Une plainte est déposée dès le 12 janvier 2021.\nTrois mois plus tard, une autre.",
            "2024-05-10",
        );
        assert_eq!(got[1], ("Trois mois plus tard".into(), "2021-04-12".into()));
        // The nearest date before it in its sentence.
        let got = dated_lines(
            "Le maire a parlé.\nArrivé le 3 mars 2021, il est reparti le 10 mars 2021 \
             et revenu le lendemain.",
            "2024-05-10",
        );
        assert_eq!(got[2], ("le lendemain".into(), "2021-03-11".into()));
        // A weekday, then a length of hours: no time of day.
        let got = dated_lines("Il a été entendu samedi 12 heures d'affilée.", "2024-11-20");
        assert_eq!(got[1], ("12 heures".into(), "12 hour".into()));
        // « le jour même », « cette année-là »: the day or year the text named.
        let got = dated_lines(
            "Le 3 mars 2021, il a été arrêté. Il a été relâché le jour même.\n\
             En 2015, il a fondé sa société.\nCette année-là, il a aussi déménagé.",
            "2024-05-10",
        );
        assert_eq!(got[1], ("le jour même".into(), "2021-03-03".into()));
        assert_eq!(got[3], ("Cette année-là".into(), "2015".into()));
        // Not from another paragraph.
        let got = dated_lines(
            "L'usine a été fondée le 2 mai 1952.\n\nLa veille, les syndicats ont appelé.",
            "2024-05-10",
        );
        assert_eq!(got[1], ("La veille".into(), "null".into()));
        // Too far back (two sentences): unresolved.
        let got = dated_lines(
            "Le 2 mai, tout commence.\nA.\nLe lendemain, la fin.",
            "2024-05-10",
        );
        assert_eq!(got.last().map(|x| x.1.as_str()), Some("null"));
        // A phrase alone: from the reference date, as the other relative dates.
        check_dated(
            "la veille",
            Some("2013-02-12"),
            &[("la veille", Dim::Date, "2013-02-11")],
        );
        check_dated(
            "trois ans plus tôt",
            Some("2013-02-12"),
            &[("trois ans plus tôt", Dim::Date, "2010-02")],
        );
    }

    /// Pairs (text, value) for `dated_lines`'s expectations.
    fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn counted_from_a_month() {
        // A text dated by its month: what counts in months or years is a
        // month or a year.
        check_dated(
            "il y a un mois",
            Some("2025-06"),
            &[("il y a un mois", Dim::Date, "2025-05")],
        );
        check_dated(
            "il y a un mois",
            Some("2025-06-12"),
            &[("il y a un mois", Dim::Date, "2025-05-12")],
        );
        check_dated(
            "dans deux ans",
            Some("2025"),
            &[("dans deux ans", Dim::Date, "2027")],
        );
    }

    #[test]
    fn hours_after_en_are_a_length() {
        let at = Some("2025-03-19");
        check_dated(
            "Elle s'est imposée en 1 h 52.",
            at,
            &[("1 h 52", Dim::Duration, "112")],
        );
        check_dated(
            "Il a parlé pendant 2 h.",
            at,
            &[("2 h", Dim::Duration, "2")],
        );
        check_dated(
            "Le match a duré 2 h 30.",
            at,
            &[("2 h 30", Dim::Duration, "150")],
        );
        // A time of day elsewhere.
        check_dated(
            "Le train part à 7 h 12.",
            at,
            &[("7 h 12", Dim::Datetime, "2025-03-19T07:12:00")],
        );
    }

    #[test]
    fn lunch_break() {
        check_dated(
            "Le guichet ferme entre midi et deux.",
            Some("2024-03-14T08:00:00"),
            &[(
                "entre midi et deux",
                Dim::Timerange,
                "2024-03-14T12:00:00/2024-03-14T14:00:00",
            )],
        );
        check_dated(
            "La route est fermée entre midi et deux pour travaux.",
            Some("2024-03-14T08:00:00"),
            &[(
                "entre midi et deux",
                Dim::Timerange,
                "2024-03-13T12:00:00/2024-03-13T14:00:00",
            )],
        );
        // Not before what it counts.
        check_dated(
            "Il a marqué entre midi et deux buts.",
            Some("2024-03-14T08:00:00"),
            &[
                ("midi", Dim::Datetime, "2024-03-13T12:00:00"),
                ("deux", Dim::Number, "2"),
            ],
        );
    }

    #[test]
    fn within_a_time_after_an_event_it_names() {
        check_dated(
            "Ils ont payé dans les 48 heures suivant chaque appel.",
            Some("2025-03-19"),
            &[("48 heures", Dim::Duration, "48")],
        );
        check_dated(
            "Il répondra dans les 10 jours qui suivent la demande.",
            Some("2025-03-19"),
            &[("10 jours", Dim::Duration, "10")],
        );
        // From the reference, else.
        check_dated(
            "Le vote aura lieu dans les 48 heures.",
            Some("2025-03-19"),
            &[(
                "dans les 48 heures",
                Dim::Timerange,
                "2025-03-19T00:00:00/2025-03-21T00:00:00",
            )],
        );
    }

    #[test]
    fn relative_to_an_event_it_names() {
        // The event is named after it: never the date of the sentence
        // before; a duration when counted.
        let got = dated_lines(
            "Le maire a été élu le 4 mai 2021.
La veille du scrutin, il était en tête.
             Le lendemain de son élection, il a nommé un adjoint.
             Un jour après son élection, il a démissionné.
Le lendemain des attentats, rien.",
            "2024-05-10",
        );
        let want = [
            ("le 4 mai 2021", "2021-05-04"),
            ("La veille", "null"),
            ("Le lendemain", "null"),
            ("Un jour", "1 day"),
            ("Le lendemain", "null"),
        ];
        assert_eq!(got, pairs(&want));
        // Without it, the date the text names.
        let got = dated_lines(
            "Le maire a été élu le 4 mai 2021.
Le lendemain, il a nommé un adjoint.
             Un jour après, il a démissionné.",
            "2024-05-10",
        );
        assert_eq!(got[1].1, "2021-05-05");
        // (From the date named, as « le lendemain » is no anchor.)
        assert_eq!(got[2], ("Un jour après".into(), "2021-05-05".into()));
    }

    #[test]
    fn a_day_alone_after_a_date_is_in_its_month() {
        let got = dated_lines(
            "Le premier tour aura lieu le 10 avril, le second le 24.",
            "2022-03-15",
        );
        assert_eq!(got.last(), Some(&("le 24".into(), "2022-04-24".into())));
        // An earlier day: searched from the reference as before.
        let got = dated_lines(
            "Le premier tour aura lieu le 10 avril, une réunion le 2.",
            "2022-03-01",
        );
        assert_eq!(got.last(), Some(&("le 2".into(), "2022-03-02".into())));
    }

    #[test]
    fn two_days_from_a_date_of_the_text() {
        let got = dated_lines(
            "Le maire a été élu le 7 mai 2017.\nL'avant-veille, il débattait.\n\
             Le maire a été élu le 7 mai 2017.\nLe surlendemain, il nommait un adjoint.\n\
             Le surlendemain de sa victoire, il partait.",
            "2024-05-10",
        );
        let want = [
            ("le 7 mai 2017", "2017-05-07"),
            ("L'avant-veille", "2017-05-05"),
            ("le 7 mai 2017", "2017-05-07"),
            ("Le surlendemain", "2017-05-09"),
            ("Le surlendemain", "null"),
        ];
        assert_eq!(got, pairs(&want));
    }

    #[test]
    fn the_date_of_an_act_is_no_anchor() {
        let got = dated_lines(
            "Le texte modifie la loi du 5 janvier 1990.
Le lendemain, les députés ont voté.
             L'accord du 12 mars 2021 a été signé.
Deux jours plus tard, il était rompu.
             Le décret n° 2020-1310 du 29 octobre 2020 s'applique.
La veille, rien.",
            "2024-05-10",
        );
        // In a complement it is none; when its noun group opens the
        // sentence, the sentence tells of the act: it is one.
        let want = [
            ("5 janvier 1990", "1990-01-05"),
            ("Le lendemain", "null"),
            ("12 mars 2021", "2021-03-12"),
            ("Deux jours plus tard", "2021-03-14"),
            ("29 octobre 2020", "2020-10-29"),
            ("La veille", "2020-10-28"),
        ];
        assert_eq!(got, pairs(&want));
        let got = dated_lines(
            "La loi du 4 février 2011 a été promulguée.
Le lendemain, les maires ont protesté.",
            "2024-05-10",
        );
        assert_eq!(got[1], ("Le lendemain".into(), "2011-02-05".into()));
        // The date of the narrative before it still is one.
        let got = dated_lines(
            "Le 3 mars 2021, le Parlement a modifié la loi du 5 janvier 1990.
             Le lendemain, le texte est paru.",
            "2024-05-10",
        );
        assert_eq!(got[2], ("Le lendemain".into(), "2021-03-04".into()));
        // It is past, whatever the tense of its sentence.
        let got = dated_lines("L'accord du 3 février prévoit une hausse.", "2025-03-19");
        assert_eq!(got[0], ("3 février".into(), "2025-02-03".into()));
        let got = dated_lines(
            "L'accord du 3 avril prochain prévoit une hausse.",
            "2025-03-19",
        );
        assert_eq!(got[0], ("3 avril".into(), "2025-04-03".into()));
    }

    #[test]
    fn a_rejected_label_leaves_no_group_of_digits() {
        // (After a name; after a label a number in spaced groups is a
        // count: "La salle 1 500 places".)
        check("Le rapport de l'Insee 3 200 logements.", &[]);
        check(
            "La salle 1 500 places est pleine.",
            &[("1 500", Dim::Number, "1500")],
        );
        check(
            "Elle a pris ce bus 14 000 fois.",
            &[("14 000", Dim::Number, "14000")],
        );
    }

    #[test]
    fn a_count_after_a_label_word_is_no_label() {
        check(
            "Elle prend le bus 4 fois par jour.",
            &[("4", Dim::Number, "4")],
        );
        check(
            "Il a rejeté l'amendement 3 fois.",
            &[("3", Dim::Number, "3")],
        );
        check(
            "Il a joué en sélection nationale 31 fois.",
            &[("31", Dim::Number, "31")],
        );
        check(
            "La Banque fédérale 3 fois plus audacieuse.",
            &[("3", Dim::Number, "3")],
        );
        // Roads and divisions stay labels.
        check("Il a pris la route nationale 7 vers le sud.", &[]);
        check("Un accident sur la départementale 86 a eu lieu.", &[]);
    }

    #[test]
    fn an_abbreviated_franc_is_no_code_and_names_the_cfa() {
        assert_eq!(money_units("Le kilo de mil coûte 500 F CFA."), ["XOF"]);
        check("Rendez-vous en salle 14 F au fond.", &[]);
        check("La porte 6 F est fermée.", &[]);
        assert!(money_units("Le vol AZ 4521 F est parti.").is_empty());
    }

    #[test]
    fn the_next_day_with_an_adverb_counts_from_the_date_before() {
        for (text, want) in [
            (
                "Le club a été fondé le 9 juin 1999.
Le lendemain de bon matin, il recrutait.",
                "1999-06-10",
            ),
            (
                "Le club a été fondé le 9 juin 1999.
Le lendemain d'ailleurs, il recrutait.",
                "1999-06-10",
            ),
        ] {
            let got = dated_lines(text, "2025-03-10");
            assert_eq!(got[1], ("Le lendemain".into(), want.into()), "{text}");
        }
    }

    #[test]
    fn one_day_before_or_after_is_a_length_only_opening_a_clause() {
        let got = dated_lines(
            "Elle voudrait un jour après ses études voyager.",
            "2025-03-10",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = dated_lines(
            "Un jour après sa nomination, il a démissionné.",
            "2025-03-10",
        );
        assert_eq!(got, pairs(&[("Un jour", "1 day")]));
    }

    #[test]
    fn a_name_after_chez_or_a_quarter_after_a_name_keeps_its_number() {
        check(
            "Chez Renault 40 postes seront supprimés.",
            &[("40", Dim::Number, "40")],
        );
        check(
            "Selon l'Ifop 1 500 foyers ont répondu.",
            &[("1 500", Dim::Number, "1500")],
        );
        check_dated(
            "Le CA T2 a reculé.",
            Some("2025-03-10"),
            &[("T2", Dim::Daterange, "2025-04-01/2025-06-30")],
        );
        // A label still names it.
        check_dated("Il prend le tram T2 chaque jour.", Some("2025-03-10"), &[]);
    }

    #[test]
    fn going_down_below_zero_is_no_range() {
        check(
            "Le thermomètre descendra de 4 à -6 degrés.",
            &[
                ("4", Dim::Number, "4"),
                ("-6 degrés", Dim::Temperature, "-6"),
            ],
        );
    }

    #[test]
    fn the_hours_that_followed_an_event_are_a_length() {
        let got = dated_lines(
            "Il a avoué dans les 72 heures qui ont suivi le vol.",
            "2025-03-10",
        );
        assert_eq!(got, pairs(&[("72 heures", "72 hour")]));
    }

    #[test]
    fn since_at_least_a_day_is_an_open_range() {
        let got = dated_lines(
            "Elle travaille ici depuis au moins le 5 février.",
            "2025-03-10",
        );
        assert_eq!(
            got,
            pairs(&[("depuis au moins le 5 février", "2025-02-05/..")])
        );
    }

    #[test]
    fn only_an_act_noun_after_a_determiner_forces_the_past() {
        // A verb spelled as an act noun, a range: the tense decides.
        for (text, want) in [
            (
                "Le chantier s'arrête du 6 au 27 juillet pour l'été.",
                "2025-07-06/2025-07-27",
            ),
            (
                "Le tribunal traite du 17 au 21 mars les recours.",
                "2025-03-17/2025-03-21",
            ),
            (
                "Les élus donnent leur accord du 12 au 14 mars.",
                "2025-03-12/2025-03-14",
            ),
            // A future or conditional in the sentence: not past.
            ("La convention du 14 juin sera ratifiée.", "2025-06-14"),
            ("Le traité du 22 avril serait signé par tous.", "2025-04-22"),
            // What the act « prévoit » is no future: past.
            (
                "La convention du 3 février prévoit une prime.",
                "2025-02-03",
            ),
        ] {
            let got = dated_lines(text, "2025-03-10");
            assert_eq!(got[0].1, want, "{text}");
        }
    }

    #[test]
    fn the_date_of_an_act_is_no_day_for_the_times_after_it() {
        let got = dated_lines(
            "La loi du 8 mars 1985 proscrit les soirées après 22 heures.",
            "2025-03-10",
        );
        assert_eq!(got[1].1, "2025-03-10T22:00:00/..");
        let got = dated_lines(
            "Le décret du 2 mars fixe que les bars ferment à 23 heures.",
            "2025-03-10",
        );
        assert_eq!(got[1].1, "2025-03-10T23:00:00");
    }

    #[test]
    fn a_named_day_counts_only_on_the_side_its_tense_points_to() {
        for (text, want) in [
            // A future after a past day: not in its month.
            ("Né le 6 avril 1988, il sera entendu le 21.", "2025-03-21"),
            (
                "Comme le 21 juin 2019, le concert commencera à 22 heures.",
                "2025-03-10T22:00:00",
            ),
            // An opening participle apposition names another event.
            (
                "Né le 8 mai 1950, il a été vu vivant à 16 heures.",
                "2025-03-10T16:00:00",
            ),
            // A conditional after a past day: the future of the narrative.
            (
                "Le 4 mars, il a annoncé que le vote aurait lieu à 17 heures.",
                "2025-03-04T17:00:00",
            ),
            // The same side: kept.
            (
                "Le 2 mars, il est arrivé à 11 heures.",
                "2025-03-02T11:00:00",
            ),
        ] {
            let got = dated_lines(text, "2025-03-10");
            assert_eq!(got[1].1, want, "{text}");
        }
    }

    #[test]
    fn a_time_alone_is_on_the_day_named_before_it() {
        let got = dated_lines(
            "Le 3 mars 2021, il est arrivé à 14 heures.
La veille, il avait dîné à 20 heures.
             Le lendemain matin, il est reparti à 8 heures.",
            "2024-05-10",
        );
        let want = [
            ("Le 3 mars 2021", "2021-03-03"),
            ("14 heures", "2021-03-03T14:00:00"),
            ("La veille", "2021-03-02"),
            ("20 heures", "2021-03-02T20:00:00"),
            (
                "Le lendemain matin",
                "2021-03-04T04:00:00/2021-03-04T11:00:00",
            ),
            ("8 heures", "2021-03-04T08:00:00"),
        ];
        assert_eq!(got, pairs(&want));
        // The day is unknown: so is the time; no day named: the
        // publication date's.
        let got = dated_lines(
            "La veille du scrutin, il a parlé à 20 heures.
La réunion a commencé à 9 heures.",
            "2024-05-10",
        );
        assert_eq!(got[1], ("20 heures".into(), "null".into()));
        assert_eq!(got[2], ("9 heures".into(), "2024-05-09T09:00:00".into()));
    }

    #[test]
    fn scores() {
        let n = |t: &'static str, v: &'static str| (t, Dim::Number, v);
        // A glued dash in a sentence on a match: two numbers.
        check("Victoire 3-1 du club local.", &[n("3", "3"), n("1", "1")]);
        check(
            "Les Bleus l'emportent 24-17 face aux Gallois.",
            &[n("24", "24"), n("17", "17")],
        );
        check(
            "Elle s'est imposée 6-4, 7-5.",
            &[n("6", "6"), n("4", "4"), n("7", "7"), n("5", "5")],
        );
        // A name before a side of the score does not hide it.
        check(
            "Le club breton bat Rennes 2 à 0.",
            &[n("2", "2"), n("0", "0")],
        );
        check("Brest 1 - Angers 1.", &[n("1", "1"), n("1", "1")]);
        check(
            "Lens a battu Marseille 3 buts à 2.",
            &[n("3", "3"), n("2", "2")],
        );
        check(
            "Battus 0-2 à la mi-temps, ils ont réagi.",
            &[n("0", "0"), n("2", "2")],
        );
        check(
            "Ils l'ont emporté sur le score de 3-1.",
            &[n("3", "3"), n("1", "1")],
        );
        // Not in ordinary sentences, nor a law, a period, two channels.
        check("Nul ne peut ignorer la loi 78-17.", &[]);
        check("La rencontre a eu lieu au 12-14 rue de la Paix.", &[]);
        check(
            "Le passage de Windows 10 à Windows 11 est une victoire.",
            &[],
        );
        // Without a cue, still a code or a reference; not a date either.
        check("Le dossier 12-34 est clos.", &[]);
        check(
            "La victoire de 1914-1918 est commémorée.",
            &[("de 1914-1918", Dim::Daterange, "1914-01-01/1918-12-31")],
        );
        check("Le score du sondage 2-3-4 reste faible.", &[]);
        // Going down: no range.
        check(
            "Le taux est passé de 12 à 8 %.",
            &[("12", Dim::Number, "12"), ("8 %", Dim::Percent, "8")],
        );
        check("de 3 à 5 % des cas", &[("3 à 5 %", Dim::Percent, "3/5")]);
        // A tie-break, no date.
        check_dated(
            "Elle a battu la Russe 6-3, 7-6 (7/4).",
            Some("2025-03-19"),
            &[
                ("6", Dim::Number, "6"),
                ("3", Dim::Number, "3"),
                ("7", Dim::Number, "7"),
                ("6", Dim::Number, "6"),
                ("7", Dim::Number, "7"),
                ("4", Dim::Number, "4"),
            ],
        );
        check("Le modèle Mate 60 a été présenté.", &[]);
    }

    #[test]
    fn not_numbers() {
        check("Les puces H100 et A100 de Nvidia", &[]);
        check("GPT-4 et DeepSeek-R1", &[]);
        check("le Kirin 9000s du Mate 60 Pro", &[]);
        check("la 5G, AI4S et 4Paradigm", &[]);
        check("l'article 49.3 de la Constitution", &[]);
        check("Fig. 1. Le marché", &[]);
        // « plus ou moins » is one approximation, in the span.
        check(
            "des revenus à plus ou moins 2 %",
            &[("plus ou moins 2 %", Dim::Percent, "2")],
        );
        // The next numbers of a list of labels.
        check("dans le cadre des articles 6 et 7", &[]);
        check("les rames circuleront sur les lignes 7, 9 et 12", &[]);
        check("Voir la Fig. 3 et 4.", &[]);
        // Roads, lines and competitions, wherever they stand.
        check("Ligue 1 : le club s'impose encore", &[]);
        check("Formule 1 : le pilote en pole", &[]);
        check("Top 14 : le match est reporté", &[]);
        check("La ligne de métro 3 sera prolongée", &[]);
        check("La route nationale 7 est coupée", &[]);
        check("Le bus 38 ne passe plus", &[]);
        check("Le groupe votera l'amendement 14", &[]);
        check(
            "L'Euro 2024 commence en juin.",
            &[("en juin", Dim::Date, "null")],
        );
        check("selon la résolution 2334 du Conseil de sécurité", &[]);
        check("Le tram T3 est en panne", &[]);
        check(
            "La ligne 14 transporte 500 000 voyageurs",
            &[("500 000", Dim::Number, "500000")],
        );
        // A capital after a small letter: a name, even first.
        check("iPhone 15 : les prix baissent", &[]);
        check("PlayStation 5 : les ventes", &[]);
        check(
            "Environ 300 personnes",
            &[("Environ 300", Dim::Number, "300")],
        );
        check("nos 3 enfants", &[("3", Dim::Number, "3")]);
        check("Appelez le 01 23 45 67 89", &[]);
        check("Le thème de la WAIC 2025 a changé", &[]);
        check("un modèle et une puce", &[]);
        check("le premier ministre et le dernier modèle", &[]);
        // Any such day, not a date.
        check("Le travail du dimanche fait débat.", &[]);
        check("Un sondage publié dans le Journal du dimanche.", &[]);
        check_dated(
            "Dans la nuit du dimanche au lundi, il a plu.",
            Some("2026-10-14"),
            &[(
                "du dimanche au lundi",
                Dim::Daterange,
                "2026-10-11/2026-10-12",
            )],
        );
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
        check("Il a parlé 2 heures.", &[("2 heures", Dim::Duration, "2")]);
        check(
            "Le chômage a baissé de 0,3 point.",
            &[("0,3 point", Dim::Percent, "0.3")],
        );
        check(
            "moins cinq degrés",
            &[("moins cinq degrés", Dim::Temperature, "-5")],
        );
        check("1/2 litre", &[("1/2 litre", Dim::Volume, "0.5")]);
        check("le PDG de la Cinq", &[]);
        check("nous n'introduisons rien de neuf.", &[]);
        check(
            "depuis 1961 - 1962 en fait",
            &[
                ("depuis 1961", Dim::Daterange, "1961/.."),
                ("1962", Dim::Date, "1962"),
            ],
        );
        check(
            "la création d'une cinquième classe",
            &[("cinquième", Dim::Ordinal, "5")],
        );
        check(
            "Après un combat de 4 heures",
            &[("4 heures", Dim::Duration, "4")],
        );
        check(
            "Le 49.3 a été utilisé 23 fois.",
            &[("23", Dim::Number, "23")],
        );
        check(
            "un an et six mois",
            &[("un an et six mois", Dim::Duration, "18")],
        );
        check(
            "Il a attendu 2 heures et demie.",
            &[("2 heures et demie", Dim::Duration, "2.5")],
        );
        check(
            "Le vol a duré 11 heures et 30 minutes.",
            &[("11 heures et 30 minutes", Dim::Duration, "690")],
        );
        check(
            "Le projet coûtera entre 3 et 4 milliards de dollars.",
            &[(
                "entre 3 et 4 milliards de dollars",
                Dim::Money,
                "3000000000/4000000000",
            )],
        );
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
            "dernier jour d'octobre 2015",
            Some("2013-02-12T04:30:00-02:00"),
            &[("dernier jour d'octobre 2015", Dim::Date, "2015-10-31")],
        );
        check_dated(
            "Le 2 février, il neigeait.",
            Some("2013-02-12"),
            &[("Le 2 février", Dim::Date, "2013-02-02")],
        );
        check_dated(
            "La séance commence à 9 h.",
            Some("2013-02-12"),
            &[("9 h", Dim::Datetime, "2013-02-12T09:00:00")],
        );
        check_dated(
            "le mois dernier",
            None,
            &[("le mois dernier", Dim::Date, "null")],
        );
        // Unresolved, a time of day keeps its dim.
        check_dated(
            "Le train part à 15 h.",
            None,
            &[("15 h", Dim::Datetime, "null")],
        );
        check_dated(
            "Le train part à 15:30.",
            None,
            &[("15:30", Dim::Datetime, "null")],
        );
    }
}
