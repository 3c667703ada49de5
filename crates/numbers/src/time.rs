//! Dates, times and intervals, resolved against the reference time.
//!
//! An expression is read as a [`Spec`]: the calendar fields it names (year,
//! month, day, weekday, time of day, part of day, a day relative to the
//! reference). Adjacent parts combine ("mercredi 11 février 2026 à 9h01").
//! A spec resolves to a [`TV`]: an instant of some precision, an interval
//! with an inclusive end, or an open interval. Forms that are periods by
//! themselves ("les 12 derniers mois", "fin 2024", "premier trimestre",
//! "cette semaine") resolve directly.
//!
//! Bare months and days ("en mars", "le 16 mai") take the occurrence after
//! the reference, or before it when the sentence speaks of the past.
//!
//! Most tokens tried start nothing ("les", ",", "de" far from a date). The
//! forms a token can start are read once per token from one table built
//! from the forms' own phrase lists and the words they test
//! ([`first_classes`]); `parse` returns at once when none can, and the
//! forms, the parts of a date and their phrase lists are tried only when
//! they can. An interval is tried only before the sentence's last
//! connector token; the tense is read only by the forms that need it.
//! Debug assertions check every skip against the full form, and the tests
//! run them on corpus lines and on the grammars' own strings.

use frclaims_model::{Dim, Grain, Value};

use crate::cal::{month_len, valid, Dt};
use std::sync::LazyLock;

use crate::cx::{
    alts, Alts, Anchor, Cx, Day, Memo, Table, CLASSES_UNKNOWN, DECADE, PART, POD, SEASON, UNIT,
    WEEKDAY,
};
use crate::item::Item;
use crate::lex::{starting, FxMap, WordMap, LEX};
use crate::num;
use crate::tok::Kind;

/// A resolved time value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TV {
    /// An instant of the given precision.
    Point(Dt, Grain),
    /// An interval, both ends included, ends of the given precision.
    Span(Dt, Dt, Grain),
    /// From an instant on.
    From(Dt, Grain),
    /// Up to an instant.
    Until(Dt, Grain),
}

fn fmt_dt(t: Dt, g: Grain) -> String {
    // Years of four digits and fields of two, written digit by digit.
    let fields_ok = (0..=9999).contains(&t.y) && t.m < 100 && t.d < 100 && t.h < 100;
    if fields_ok && t.mi < 100 && t.s < 100 {
        let mut b = [0u8; 19];
        let y = t.y as u32;
        let two = |b: &mut [u8], v: u32| {
            b[0] = b'0' + (v / 10) as u8;
            b[1] = b'0' + (v % 10) as u8;
        };
        two(&mut b[0..2], y / 100);
        two(&mut b[2..4], y % 100);
        b[4] = b'-';
        two(&mut b[5..7], t.m);
        b[7] = b'-';
        two(&mut b[8..10], t.d);
        b[10] = b'T';
        two(&mut b[11..13], t.h);
        b[13] = b':';
        two(&mut b[14..16], t.mi);
        b[16] = b':';
        two(&mut b[17..19], t.s);
        let n = match g {
            Grain::Year | Grain::Decade | Grain::Century => 4,
            Grain::Month => 7,
            Grain::Day | Grain::Week | Grain::Quarter => 10,
            _ => 19,
        };
        return String::from_utf8_lossy(&b[..n]).into_owned();
    }
    fmt_dt_std(t, g)
}

/// [`fmt_dt`] by `format!`.
fn fmt_dt_std(t: Dt, g: Grain) -> String {
    match g {
        Grain::Year | Grain::Decade | Grain::Century => format!("{:04}", t.y),
        Grain::Month => format!("{:04}-{:02}", t.y, t.m),
        Grain::Day | Grain::Week | Grain::Quarter => {
            format!("{:04}-{:02}-{:02}", t.y, t.m, t.d)
        }
        _ => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.y, t.m, t.d, t.h, t.mi, t.s
        ),
    }
}

fn is_time_grain(g: Grain) -> bool {
    matches!(g, Grain::Hour | Grain::Minute | Grain::Second)
}

impl TV {
    /// The ISO value.
    pub fn value(&self) -> String {
        match *self {
            TV::Point(t, g) => fmt_dt(t, g),
            TV::Span(a, b, g) => format!("{}/{}", fmt_dt(a, g), fmt_dt(b, g)),
            TV::From(a, g) => format!("{}/..", fmt_dt(a, g)),
            TV::Until(b, g) => format!("../{}", fmt_dt(b, g)),
        }
    }

    /// The dim.
    pub fn dim(&self) -> Dim {
        match *self {
            TV::Point(_, g) if is_time_grain(g) => Dim::Datetime,
            TV::Point(..) => Dim::Date,
            TV::Span(_, _, g) | TV::From(_, g) | TV::Until(_, g) if is_time_grain(g) => {
                Dim::Timerange
            }
            _ => Dim::Daterange,
        }
    }

    /// The precision.
    pub fn grain(&self) -> Grain {
        match *self {
            TV::Point(_, g) | TV::Span(_, _, g) | TV::From(_, g) | TV::Until(_, g) => g,
        }
    }

    /// First instant.
    fn start(&self) -> Option<(Dt, Grain)> {
        match *self {
            TV::Point(t, g) | TV::Span(t, _, g) | TV::From(t, g) => Some((t, g)),
            TV::Until(..) => None,
        }
    }

    /// Last included instant, at day precision or finer.
    fn last(&self) -> Option<(Dt, Grain)> {
        match *self {
            TV::Point(t, Grain::Year) => Some((Dt::date(t.y, 12, 31), Grain::Day)),
            TV::Point(t, Grain::Month) => {
                Some((Dt::date(t.y, t.m, month_len(t.y, t.m)), Grain::Day))
            }
            TV::Point(t, g) | TV::Span(_, t, g) | TV::Until(t, g) => Some((t, g)),
            TV::From(..) => None,
        }
    }
}

/// How a weekday is placed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WdMode {
    /// "lundi", "lundi prochain": the next one.
    Next,
    /// "lundi suivant", "lundi de la semaine prochaine".
    NextWeek,
    /// "lundi cette semaine".
    ThisWeek,
    /// "lundi dernier".
    Last,
    /// "lundi en huit": the first on or after the reference plus n days.
    After(i64),
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tod {
    h: u32,
    m: u32,
    /// Some(true) after noon ("du soir"), Some(false) before ("du matin").
    pm: Option<bool>,
    /// UTC offset named after the time, in minutes.
    tz: Option<i32>,
}

/// The calendar fields an expression names.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Spec {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    wd: Option<(u32, WdMode)>,
    tod: Option<Tod>,
    /// Part of the day: hours shown as the interval's ends.
    pod: Option<(u32, u32)>,
    /// A day relative to the reference day.
    rel_day: Option<i64>,
    /// `rel_day` counts from a date of the text ("la veille": `Anchor`).
    anaph: bool,
    /// `rel_day` counts from an event the text names right after it ("la
    /// veille du scrutin", "le lendemain de son élection"), not from a
    /// date: unresolved.
    own_event: bool,
    /// "maintenant".
    now: bool,
    /// Days added after resolution ("le lendemain du 13 février").
    shift: i64,
    /// A bare year (needs context to be a date).
    bare_year: bool,
    /// A bare day of month ("le 16").
    bare_day: bool,
    /// "septembre dernier" (-1), "mars prochain" (1): the direction of a
    /// month without a year, whatever the tense.
    dir: i8,
}

impl Spec {
    fn has_date(&self) -> bool {
        self.y.is_some()
            || self.m.is_some()
            || self.d.is_some()
            || self.wd.is_some()
            || self.rel_day.is_some()
            || self.now
    }

    /// Merges two specs naming different fields.
    fn merge(&self, o: &Spec) -> Option<Spec> {
        fn one<T: Copy>(a: Option<T>, b: Option<T>) -> Result<Option<T>, ()> {
            match (a, b) {
                (Some(_), Some(_)) => Err(()),
                (a, b) => Ok(a.or(b)),
            }
        }
        let rel = self.rel_day.is_some() || self.now;
        let orel = o.rel_day.is_some() || o.now;
        let cal = self.y.is_some() || self.m.is_some() || self.d.is_some() || self.wd.is_some();
        let ocal = o.y.is_some() || o.m.is_some() || o.d.is_some() || o.wd.is_some();
        if (rel && (orel || ocal)) || (orel && cal) {
            return None;
        }
        // A year only follows a month ("mars 2013", not "2013 mars").
        if o.y.is_some() && self.m.is_none() && self.d.is_none() && o.m.is_none() {
            return None;
        }
        let s = Spec {
            y: one(self.y, o.y).ok()?,
            m: one(self.m, o.m).ok()?,
            d: one(self.d, o.d).ok()?,
            wd: one(self.wd, o.wd).ok()?,
            tod: one(self.tod, o.tod).ok()?,
            pod: one(self.pod, o.pod).ok()?,
            rel_day: one(self.rel_day, o.rel_day).ok()?,
            anaph: self.anaph || o.anaph,
            own_event: self.own_event || o.own_event,
            now: self.now || o.now,
            shift: self.shift + o.shift,
            bare_year: false,
            bare_day: false,
            dir: self.dir + o.dir,
        };
        Some(s)
    }
}

/// Parts of the day from `data/day_parts.tsv`: (folded phrase, part, hours).
/// part: "base", "debut", "milieu", "fin" of a part of the day, or "meal"
/// for a whole phrase ("pendant le déjeuner").
type DayPart = (String, String, (u32, u32));

static DAY_PARTS: LazyLock<Vec<DayPart>> = LazyLock::new(|| {
    crate::lex::rows(crate::lex::file("day_parts.tsv"))
        .filter(|r| r.len() >= 4)
        .map(|r| {
            let h = |s: &str| s.parse().unwrap_or(0);
            (
                crate::tok::phrase(r[0]).join(" "),
                r[1].to_string(),
                (h(r[2]), h(r[3])),
            )
        })
        .collect()
});

/// The hours of a part of the day written at `k` ("matin", "après-midi")
/// for `which` part of it ("debut"…): (end, hours); None when the word is
/// there but has no such part (no "milieu de soirée").
fn day_part(cx: &Cx, k: usize, which: &str) -> Option<(usize, Option<(u32, u32)>)> {
    let mut found: Option<(usize, &str)> = None;
    for (p, part, _) in DAY_PARTS.iter() {
        if part == "meal" {
            continue;
        }
        if let Some(e) = cx.seq(k, p) {
            if found.is_none_or(|(b, _)| e > b) {
                found = Some((e, p.as_str()));
            }
        }
    }
    let (e, word) = found?;
    let hours = DAY_PARTS
        .iter()
        .find(|(p, part, _)| p == word && part == which)
        .map(|(_, _, h)| *h);
    Some((e, hours))
}

/// Words that end a relative day: offsets from the reference day.
/// Days relative to the reference day, from `data/relative.tsv`.
/// Each with whether it counts from a date of the text ("la veille").
static REL_DAYS_T: LazyLock<Table<(i64, bool)>> = LazyLock::new(|| {
    let rows: Vec<(&'static str, (i64, bool))> = LEX
        .relative
        .iter()
        .filter(|(_, u, _, _)| u == "day")
        .map(|(p, _, n, a)| (p.as_str(), (*n, *a)))
        .collect();
    Table::new(&rows)
});

/// Connectors allowed between two parts of one expression.
const CONNECTORS: [&str; 15] = [
    "a",
    ",",
    "vers",
    "le",
    "de",
    "du",
    "d'",
    "en",
    "dans la",
    "dans l'",
    "aux alentours de",
    "autour de",
    "a environ",
    "plutot vers",
    "dans le",
];

/// For each byte, the connectors whose text starts with it (bit `k` for
/// `CONNECTORS[k]`): only these can start at a token whose folded text
/// starts with that byte ([`Cx::seq`] fails at once on the others).
const CONNECTOR_FIRST: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < CONNECTORS.len() {
        let b = CONNECTORS[k].as_bytes()[0];
        t[b as usize] |= 1 << k;
        k += 1;
    }
    t
};

fn month_at(cx: &Cx, i: usize) -> Option<(usize, u32)> {
    let w = cx.word(i)?;
    let m = *LEX.months.get(w)?;
    let mut e = i + 1;
    const FULL: [&str; 12] = [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    if cx.is(e, ".") && cx.glued(e) && !FULL.contains(&w) {
        e += 1;
    }
    Some((e, m))
}

fn weekday_at(cx: &Cx, i: usize) -> Option<(usize, u32)> {
    let w = cx.word(i)?;
    if let Some(&d) = LEX.weekdays.get(w) {
        return Some((i + 1, d));
    }
    if cx.is(i + 1, ".") && cx.glued(i + 1) {
        // "lun.": the word and its dot, on the stack when short.
        let mut buf = [0u8; 16];
        let key = w.len() < buf.len() && {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[w.len()] = b'.';
            true
        };
        let d = if key {
            std::str::from_utf8(&buf[..=w.len()])
                .ok()
                .and_then(|k| LEX.weekdays.get(k))
        } else {
            LEX.weekdays.get(&format!("{w}."))
        };
        if let Some(&d) = d {
            return Some((i + 2, d));
        }
    }
    None
}

/// A day of the month: "15", "1er", "13e", "premier", "quinze".
fn day_at(cx: &Cx, i: usize) -> Option<(usize, u32)> {
    if cx.kind(i) == Some(Kind::Digits) {
        let s = cx.norm(i);
        if s.len() > 2 {
            return None;
        }
        let d: u32 = s.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut e = i + 1;
        if cx.glued(e) && cx.is_any(e, &["er", "e", "eme"]) {
            e += 1;
        }
        return Some((e, d));
    }
    if cx.is_any(i, &["premier", "1er"]) {
        return Some((i + 1, 1));
    }
    let n = num::words(cx, i)?;
    let d = n.v as u32;
    if n.v.fract() == 0.0 && (1..=31).contains(&d) && cx.word(i) != Some("un") {
        return Some((n.end, d));
    }
    None
}

/// A year: four digits, or two after a day and month.
fn year_at(cx: &Cx, i: usize, short: bool) -> Option<(usize, i32)> {
    if cx.kind(i) != Some(Kind::Digits) {
        return None;
    }
    let s = cx.norm(i);
    if cx.kind(i + 1) == Some(Kind::Digits) && !cx.t[i + 1].sp {
        return None;
    }
    match s.len() {
        4 => {
            let y: i32 = s.parse().ok()?;
            (1000..=2999).contains(&y).then_some((i + 1, y))
        }
        2 if short => {
            let y: i32 = s.parse().ok()?;
            Some((i + 1, if y < 50 { 2000 + y } else { 1900 + y }))
        }
        _ => None,
    }
}

/// Minutes after an hour: "30", "et quart", "moins le quart", "trente".
fn minutes_at(cx: &Cx, i: usize) -> Option<(usize, i32)> {
    if let Some(e) = cx.any_seq(i, alts!["et quart", "et quarts"]) {
        return Some((e, 15));
    }
    if let Some(e) = cx.any_seq(i, alts!["et demi", "et demie"]) {
        return Some((e, 30));
    }
    if let Some(e) = cx.any_seq(i, alts!["moins le quart", "moins quart"]) {
        return Some((e, -15));
    }
    if let Some(e) = cx.seq(i, "trois quarts") {
        return Some((e, 45));
    }
    if cx.is(i, "moins") {
        let n = num::cardinal(cx, i + 1)?;
        if n.v >= 1.0 && n.v < 60.0 && n.v.fract() == 0.0 {
            let e = cx
                .any_seq(n.end, alts!["minutes", "minute", "min"])
                .unwrap_or(n.end);
            return Some((e, -(n.v as i32)));
        }
        return None;
    }
    let mut k = i;
    if let Some(e) = cx.any_seq(i, alts!["passe de", "passees de", "et"]) {
        k = e;
    }
    let n = num::cardinal(cx, k)?;
    if n.v < 0.0 || n.v >= 60.0 || n.v.fract() != 0.0 {
        return None;
    }
    if n.digits && cx.norm(k).len() != 2 && k == i {
        return None;
    }
    let e = cx
        .any_seq(n.end, alts!["minutes", "minute", "min"])
        .unwrap_or(n.end);
    if k != i && e == n.end && cx.is(k - 1, "et") {
        return None;
    }
    Some((e, n.v as i32))
}

/// "N heures" is a time of day after "à", "vers"…, or before "du matin",
/// "ce soir", "demain"; else it is a duration ("il a parlé 2 heures").
fn hour_context(cx: &Cx, i: usize, e: usize) -> bool {
    // "de 9 heures à 11 heures", not "un combat de 4 heures".
    if i > 0 && cx.is(i - 1, "de") && !cx.is_any(e, &["a", "jusqu'", "au"]) {
        return false;
    }
    let before = i > 0
        && cx.is_any(
            i - 1,
            &[
                "a", "vers", "des", "avant", "apres", "de", "entre", "et", "environ", "jusqu'",
                "dès", "ou", "partir",
            ],
        );
    // "mercredi 14 heures", "jusqu'à jeudi 6 heures", "demain 9 heures";
    // not a length ("entendu samedi 12 heures d'affilée", "mardi 24
    // heures de grève").
    let day_before = i > 0
        && (LEX.weekdays.contains(cx.norm(i - 1)) || cx.is_any(i - 1, &["demain", "hier"]))
        && !cx.is_any(e, &["de", "d'"])
        && cx.norm(i).parse::<u32>().map_or(true, |h| h <= 23);
    let after = cx.is_any(
        e,
        &[
            "du", "ce", "cet", "cette", "demain", "aujourd'", "hier", "ce", "le", "precises",
            "precise", "pile", "gmt", "utc", "cet", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "dans", "de",
        ],
    );
    before || day_before || after
}

/// A time of day at `i`.
fn tod_at(cx: &Cx, i: usize) -> Option<(usize, Tod)> {
    let mk = |h: u32, m: i32| -> Option<Tod> {
        let total = h as i32 * 60 + m;
        if !(0..=24 * 60).contains(&total) {
            return None;
        }
        let total = total % (24 * 60);
        Some(Tod {
            h: (total / 60) as u32,
            m: (total % 60) as u32,
            pm: None,
            tz: None,
        })
    };
    let (mut e, mut tod) = if cx.is_any(i, &["midi", "minuit"])
        && cx
            .tok(i)
            .is_some_and(|t| t.orig.starts_with(char::is_lowercase))
    {
        let h = if cx.is(i, "midi") { 12 } else { 0 };
        match minutes_at(cx, i + 1) {
            Some((e, m)) => (e, mk(h, m)?),
            None => (i + 1, mk(h, 0)?),
        }
    } else if cx.kind(i) == Some(Kind::Digits) && cx.norm(i).len() <= 2 {
        let h: u32 = cx.norm(i).parse().ok()?;
        if h > 24 {
            return None;
        }
        let j = i + 1;
        // "en 1 h 52", "pendant 2 h", "a duré 2 h 30": a length.
        if cx.is(j, "h") && i > 0 && cx.is_any(i - 1, &crate::cx::LENGTH_BEFORE) {
            return None;
        }
        if cx.is(j, "h") && (cx.glued(j) || !cx.glued(j + 1) || cx.kind(j + 1) == Some(Kind::Punct))
        {
            // "15h", "15h30", "9h01", "14 h 30"
            let spaced = !cx.glued(j);
            if cx.kind(j + 1) == Some(Kind::Digits)
                && (cx.glued(j + 1) || spaced)
                && cx.norm(j + 1).len() == 2
            {
                let m: i32 = cx.norm(j + 1).parse().ok()?;
                (j + 2, mk(h, m)?)
            } else {
                match minutes_at(cx, j + 1) {
                    Some((e, m)) if !cx.is(j + 1, "et") || m == 15 || m == 30 => (e, mk(h, m)?),
                    _ => (j + 1, mk(h, 0)?),
                }
            }
        } else if cx.is(j, ":") && cx.glued(j) && cx.kind(j + 1) == Some(Kind::Digits) {
            if cx.norm(j + 1).len() != 2 {
                return None;
            }
            let m: i32 = cx.norm(j + 1).parse().ok()?;
            let mut e = j + 2;
            if cx.is(e, ":") && cx.kind(e + 1) == Some(Kind::Digits) && cx.norm(e + 1).len() == 2 {
                e += 2;
            }
            (e, mk(h, m)?)
        } else if cx.is_any(j, &["heure", "heures"]) {
            match minutes_at(cx, j + 1) {
                Some((e, m)) if hour_context(cx, i, e) || !cx.is(j + 1, "et") => (e, mk(h, m)?),
                _ if hour_context(cx, i, j + 1) => (j + 1, mk(h, 0)?),
                _ => return None,
            }
        } else {
            return None;
        }
    } else {
        let n = num::words(cx, i)?;
        if !cx.is_any(n.end, &["heure", "heures"]) || n.v > 24.0 || n.v.fract() != 0.0 {
            return None;
        }
        match minutes_at(cx, n.end + 1) {
            Some((e, m)) if hour_context(cx, i, e) || !cx.is(n.end + 1, "et") => {
                (e, mk(n.v as u32, m)?)
            }
            _ if hour_context(cx, i, n.end + 1) => (n.end + 1, mk(n.v as u32, 0)?),
            _ => return None,
        }
    };
    // "du matin", "du soir", "de l'après-midi"
    if let Some(e2) = cx.any_seq(e, alts!["du matin", "du mat"]) {
        tod.pm = Some(false);
        e = e2;
    } else if let Some(e2) = cx.any_seq(
        e,
        alts![
            "du soir",
            "de l' apres midi",
            "dans la soiree",
            "de l'apres midi",
        ],
    ) {
        tod.pm = Some(true);
        e = e2;
    }
    // Time zones: "GMT+9", "UTC", "CET".
    let upper = cx
        .tok(e)
        .is_some_and(|t| t.orig.chars().all(|c| c.is_ascii_uppercase()));
    if let Some(w) = cx.word(e).filter(|_| upper) {
        let base = match w {
            "gmt" | "utc" => Some(0),
            "cet" => Some(60),
            "cest" => Some(120),
            _ => None,
        };
        if let Some(base) = base {
            e += 1;
            let mut off = base;
            if cx.is_any(e, &["+", "-"]) && cx.glued(e) && cx.kind(e + 1) == Some(Kind::Digits) {
                let h: i32 = cx.norm(e + 1).parse().unwrap_or(0);
                off = if cx.is(e, "-") { -h * 60 } else { h * 60 };
                e += 2;
            }
            tod.tz = Some(off);
        }
    }
    Some((e, tod))
}

/// Articles and prepositions before a part of the day.
const ARTS: [&str; 21] = [
    "en",
    "au",
    "a la",
    "a l'",
    "dans la",
    "dans l'",
    "dans le",
    "le",
    "la",
    "l'",
    "ce",
    "cet",
    "cette",
    "du",
    "de la",
    "de l'",
    "pendant la",
    "pendant le",
    "des le",
    "des la",
    "tot le",
];

/// A part of the day: "le matin", "en fin d'après-midi", "ce soir".
fn pod_at(cx: &Cx, i: usize) -> Option<(usize, Spec)> {
    if !cx.has(POD) {
        return None;
    }
    let mut k = i;
    let mut sp = Spec::default();
    if let Some(e) = cx.any_seq(k, alts!["un peu plus tard", "plus tard"]) {
        k = e;
        sp.rel_day = Some(0);
    }
    static ARTS_ALTS: LazyLock<Alts> = LazyLock::new(|| Alts::new(&ARTS));
    let mut tot = false;
    if let Some(e) = cx.any_seq(k, alts!["tres tot le", "tot le"]) {
        k = e;
        tot = true;
    } else if let Some(e) = cx.any_seq(k, &ARTS_ALTS) {
        if cx.is_any(k, &["ce", "cet", "cette"]) {
            sp.rel_day = Some(0);
        }
        k = e;
    }
    let mut which = 0; // 0 base, 1 début, 2 milieu, 3 fin
    if let Some(e) = cx.any_seq(
        k,
        alts![
            "debut de",
            "debut d'",
            "debut du",
            "debut de la",
            "debut de l'",
        ],
    ) {
        which = 1;
        k = e;
    } else if let Some(e) = cx.any_seq(
        k,
        alts![
            "milieu de",
            "milieu d'",
            "milieu du",
            "milieu de la",
            "milieu de l'",
        ],
    ) {
        which = 2;
        k = e;
    } else if let Some(e) = cx.any_seq(
        k,
        alts!["fin de", "fin d'", "fin du", "fin de la", "fin de l'"],
    ) {
        which = 3;
        k = e;
    }
    let which = ["base", "debut", "milieu", "fin"][which];
    if let Some((e, _)) = day_part(cx, k, which) {
        let mut e = e;
        let mut part = which;
        if which == "base" {
            if let Some(e2) = cx.any_seq(e, alts!["tres tot", "tot"]) {
                e = e2;
                tot = true;
            }
        }
        if tot {
            part = "debut";
        }
        let hours = day_part(cx, k, part).and_then(|(_, h)| h)?;
        sp.pod = Some(hours);
        return Some((e, sp));
    }
    // Meals and work.
    static MEALS_T: LazyLock<Table<(u32, u32)>> = LazyLock::new(|| {
        let rows: Vec<(&'static str, (u32, u32))> = DAY_PARTS
            .iter()
            .filter(|(_, part, _)| part == "meal")
            .map(|(p, _, h)| (p.as_str(), *h))
            .collect();
        Table::new(&rows)
    });
    if let Some((e, h)) = cx.table(i, &MEALS_T) {
        sp.pod = Some(h);
        return Some((e, sp));
    }
    None
}

/// One part of a date or time at `i` (memoized).
fn atom(cx: &Cx, i: usize, bare_day: bool) -> Option<(usize, Spec)> {
    Memo::get_or_shared(&cx.atoms, i, bare_day, || atom_uncached(cx, i, bare_day))
}

/// The part at `i`, and whether `bare_day` was read (when not, the part
/// is the same with the other flag).
fn atom_uncached(cx: &Cx, i: usize, bare_day: bool) -> (Option<(usize, Spec)>, bool) {
    if !cx.near_at(i) {
        return (None, false);
    }
    if !atom_may_start(cx, i) {
        debug_assert!(
            atom_full(cx, i, false).0.is_none() && atom_full(cx, i, true).0.is_none(),
            "atom pre-test rejects a part at {i}: {:?}",
            cx.text
        );
        return (None, false);
    }
    atom_full(cx, i, bare_day)
}

/// First-token classes: a part of a date or time ([`atom_full`]).
const F_ATOM: u16 = 1;
/// A part of the day ([`pod_at`], part of [`atom_full`]).
const F_POD: u16 = 2;
/// A relative time or duration ([`relative`]).
const F_REL: u16 = 4;
/// A part of a period ([`part_of_period`]).
const F_PART: u16 = 8;
/// An ordinal period ([`ordinal_period`]).
const F_ORD: u16 = 16;
/// A season ([`season`]).
const F_SEASON: u16 = 32;
/// A decade ([`decade`]).
const F_DECADE: u16 = 64;
/// The start of an interval, an open interval or "d'ici" ([`parse`]).
const F_ENTRY: u16 = 128;
/// Phrases of [`atom_full`], each a class: relative days ("demain").
const A_REL_DAY: u16 = 1 << 8;
/// [`NOW_ALTS`].
const A_NOW: u16 = 1 << 9;
/// [`NEXT_DAY_ALTS`].
const A_NEXT_DAY: u16 = 1 << 10;
/// [`MONTH_ALTS`].
const A_MONTH: u16 = 1 << 11;
/// [`TOD_ALTS`].
const A_TOD: u16 = 1 << 12;
/// [`HOLIDAY_ALTS`].
const A_HOLIDAY: u16 = 1 << 13;

/// "maintenant", "tout de suite", "à présent".
static NOW_ALTS: LazyLock<Alts> =
    LazyLock::new(|| Alts::new(&["maintenant", "tout de suite", "a present"]));
/// "le lendemain du 13 février", "la veille de Noël".
static NEXT_DAY_ALTS: LazyLock<Alts> = LazyLock::new(|| Alts::new(&["le lendemain", "la veille"]));
/// Before a month: "au mois de mars", "en mars".
static MONTH_ALTS: LazyLock<Alts> = LazyLock::new(|| {
    Alts::new(&[
        "au mois de",
        "au mois d'",
        "le mois de",
        "le mois d'",
        "du mois de",
        "du mois d'",
        "mois de",
        "mois d'",
        "en",
    ])
});
/// Before a time of day: "vers 15h", "à environ 15 heures".
static TOD_ALTS: LazyLock<Alts> = LazyLock::new(|| {
    Alts::new(&[
        "vers",
        "environ",
        "a environ",
        "aux alentours de",
        "autour de",
        "a peu pres a",
    ])
});
/// Before a holiday: "le 14 juillet", "la Toussaint".
static HOLIDAY_ALTS: LazyLock<Alts> = LazyLock::new(|| Alts::new(&["le", "la", "l'"]));

/// The words each form can start with, as the forms read them: the first
/// tokens of their phrases and tables and the words they test at their
/// start (digits, number words, ordinals, weekdays and Roman numerals are
/// classed in [`first_classes`]).
static FIRST: LazyLock<WordMap<u16>> =
    LazyLock::new(|| WordMap::new(FIRST_WORDS.iter().map(|(w, c)| (w.as_bytes(), *c))));

/// [`FIRST`], built.
static FIRST_WORDS: LazyLock<FxMap<&'static str, u16>> = LazyLock::new(|| {
    let mut m: FxMap<&'static str, u16> = FxMap::default();
    let mut add = |class: u16, words: &mut dyn Iterator<Item = &'static str>| {
        for w in words {
            *m.entry(w).or_default() |= class;
        }
    };
    // Parts: "maintenant", "tout de suite", "à présent"; "le lendemain",
    // "la veille"; "ce lundi"; "le 2 mars"; "premier janvier", "1er mai";
    // "au mois de mars", "le mois de", "du mois d'", "mois de", "en mars";
    // "vers 15h", "environ", "à environ", "aux alentours de", "autour de",
    // "à peu près à"; "midi", "minuit"; holidays after "le", "la", "l'".
    add(
        F_ATOM,
        &mut [
            "maintenant",
            "tout",
            "a",
            "le",
            "la",
            "ce",
            "premier",
            "1er",
            "au",
            "du",
            "mois",
            "en",
            "vers",
            "environ",
            "aux",
            "autour",
            "midi",
            "minuit",
            "l'",
        ]
        .into_iter(),
    );
    add(F_ATOM | A_REL_DAY, &mut REL_DAYS_T.firsts());
    add(F_ATOM | A_NOW, &mut NOW_ALTS.firsts());
    add(F_ATOM | A_NEXT_DAY, &mut NEXT_DAY_ALTS.firsts());
    add(F_ATOM | A_MONTH, &mut MONTH_ALTS.firsts());
    add(F_ATOM | A_TOD, &mut TOD_ALTS.firsts());
    add(F_ATOM | A_HOLIDAY, &mut HOLIDAY_ALTS.firsts());
    add(
        F_ATOM,
        &mut LEX
            .holidays
            .iter()
            .filter_map(|(p, _, _)| p.first())
            .map(|w| w.as_str()),
    );
    add(F_ATOM, &mut LEX.months.keys());
    add(F_ATOM, &mut LEX.months_en.keys().map(String::as_str));
    add(F_ATOM, &mut LEX.weekdays.keys());
    // Parts of the day: "un peu plus tard", "plus tard"; "très tôt le",
    // "tôt le"; "début de", "milieu de", "fin de"; articles; the parts.
    add(
        F_POD,
        &mut ["un", "plus", "tres", "tot", "debut", "milieu", "fin"].into_iter(),
    );
    add(F_POD, &mut ARTS.iter().filter_map(|a| a.split(' ').next()));
    add(
        F_POD,
        &mut DAY_PARTS.iter().filter_map(|(p, _, _)| p.split(' ').next()),
    );
    // Relative times: prefixes, "les 12 derniers mois" and its articles,
    // periods ("cette semaine"), week-ends, "en semaine".
    add(F_REL, &mut PREFIXES_T.firsts());
    add(
        F_REL,
        &mut ["les", "ces", "au", "pendant", "durant", "des", "en"].into_iter(),
    );
    add(F_REL, &mut THIS_T.firsts());
    add(F_REL, &mut WEEKENDS_T.firsts());
    add(
        F_PART,
        &mut [
            "en", "au", "a", "vers", "des", "d'ici", "d'", "jusqu'", "debut", "milieu", "mi", "fin",
        ]
        .into_iter(),
    );
    add(
        F_ORD,
        &mut [
            "le", "la", "au", "du", "ce", "en", "l'", "t", "dernier", "derniere", "semaine",
        ]
        .into_iter(),
    );
    add(F_ORD, &mut LEX.ordinals.keys());
    add(
        F_SEASON,
        &mut ["ce", "cet", "cette", "l'", "le", "au", "en", "pendant"].into_iter(),
    );
    add(F_DECADE, &mut ["les", "des", "dans", "annees"].into_iter());
    // Intervals ("du", "entre", "de", "d'", ends after "le", "l'"), open
    // intervals ("à partir de", "depuis", "après", "plus tard que", "au-delà
    // du", "dès", "avant", "jusqu'à", "n'importe quand avant"), "d'ici".
    add(
        F_ENTRY,
        &mut [
            "du", "entre", "de", "d'", "le", "l'", "a", "depuis", "apres", "plus", "au", "des",
            "avant", "jusqu'", "n'",
        ]
        .into_iter(),
    );
    m
});

/// The forms that may start at `i` (a set of `F_` classes); a form whose
/// class is missing surely finds nothing there. Most tokens tried are
/// function words that start few forms ("les", ",", "de").
fn first_classes(cx: &Cx, i: usize) -> u16 {
    // Computed once per token: `parse`, `single` and `atom` ask at the
    // same tokens.
    let Some(memo) = cx.classes.get(i) else {
        return 0;
    };
    let c = memo.get();
    if c != CLASSES_UNKNOWN {
        return c;
    }
    let c = first_classes_uncached(cx, i);
    memo.set(c);
    c
}

/// [`first_classes`], computed.
fn first_classes_uncached(cx: &Cx, i: usize) -> u16 {
    let Some(t) = cx.tok(i) else {
        return 0;
    };
    // (The map's pre-test rejects most words.)
    let mut c = FIRST.get(t.norm).copied().unwrap_or(0);
    if t.kind == Kind::Digits {
        // Cardinals. Days and times have one or two digits (up to 31),
        // years four; ordinals a glued suffix ("1er", "3e").
        c |= F_REL;
        let n = t.norm.len();
        if n == 4 || (n <= 2 && t.norm.parse::<u32>().is_ok_and(|v| v <= 31)) {
            c |= F_ATOM;
        }
        if cx
            .tok(i + 1)
            .is_some_and(|s| s.kind == Kind::Word && !s.sp && num::SUFFIXES.contains(&s.norm))
        {
            c |= F_ORD;
        }
    } else if cx.numw.get(i).copied().flatten().is_some() {
        // Days, times; cardinals; ordinals.
        c |= F_ATOM | F_REL | F_ORD;
    }
    if t.kind == Kind::Word
        && matches!(
            t.orig.as_bytes().first(),
            Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
        )
    {
        // Roman ordinals.
        c |= F_ORD;
    }
    if t.norm == "," && cx.kind(i + 1) == Some(Kind::Digits) && cx.glued(i + 1) {
        // ",5": a cardinal.
        c |= F_REL;
    }
    // Weekdays are in `FIRST`; "lun.", "mer." are read with their dot.
    if c & F_ATOM == 0 && cx.is(i + 1, ".") && weekday_at(cx, i).is_some() {
        c |= F_ATOM;
    }
    // Forms whose words are absent from the sentence are not tried.
    if !cx.has(POD) {
        c &= !F_POD;
    }
    if !cx.has(UNIT) {
        c &= !F_REL;
    }
    if !cx.has(PART) {
        c &= !F_PART;
    }
    if !cx.has(UNIT | WEEKDAY) {
        c &= !F_ORD;
    }
    if !cx.has(SEASON) {
        c &= !F_SEASON;
    }
    if !cx.has(DECADE) {
        c &= !F_DECADE;
    }
    c
}

/// False when no part of a date or time starts at `i` ([`atom_full`]
/// returns None for both flags).
fn atom_may_start(cx: &Cx, i: usize) -> bool {
    first_classes(cx, i) & (F_ATOM | F_POD) != 0
}

/// [`atom_uncached`] without its pre-test.
fn atom_full(cx: &Cx, i: usize, bare_day: bool) -> (Option<(usize, Spec)>, bool) {
    // The phrase tables whose first tokens do not hold token `i` are not
    // looked up.
    let c = first_classes(cx, i);
    let mut flag_read = false;
    let mut best: Option<(usize, Spec)> = None;
    let mut offer = |e: usize, s: Spec| {
        if best.as_ref().is_none_or(|(b, _)| e > *b) {
            best = Some((e, s));
        }
    };
    // Relative days.
    // "l'économie de demain", "les champions d'hier" are figurative.
    let figurative = i > 0
        && cx.is_any(i - 1, &["de", "d'"])
        && cx.is_any(i, &["demain", "hier"])
        && !(i > 1 && cx.is(i - 2, "partir"));
    if let Some((e, (n, anaph))) = (c & A_REL_DAY != 0)
        .then(|| cx.table(i, &REL_DAYS_T))
        .flatten()
        .filter(|_| !figurative)
    {
        // "un jour après son élection" counts from what follows: not a
        // day of the text (the counted form reads it: `relative`).
        let after_what = anaph && cx.is(e - 1, "apres") && after_what(cx, e);
        if !after_what {
            offer(
                e,
                Spec {
                    rel_day: Some(n),
                    anaph,
                    // "la veille du scrutin", "le lendemain de son
                    // élection", "le lendemain des attentats": the event
                    // it counts from is named ("la veille du 3 mars" is
                    // read by the longer form below).
                    own_event: anaph && names_event(cx, e),
                    ..Spec::default()
                },
            );
        }
    }
    if let Some(e) = (c & A_NOW != 0).then(|| cx.any_seq(i, &NOW_ALTS)).flatten() {
        offer(
            e,
            Spec {
                now: true,
                ..Spec::default()
            },
        );
    }
    // "le lendemain du 13 février", "la veille de Noël"
    if let Some(e) = (c & A_NEXT_DAY != 0)
        .then(|| cx.any_seq(i, &NEXT_DAY_ALTS))
        .flatten()
    {
        if let Some(e2) = cx.any_seq(e, alts!["du", "de", "d'"]) {
            if let Some((e3, mut s)) = spec_seq(cx, e2, false) {
                if s.has_date() && s.rel_day.is_none() {
                    s.shift += if cx.is(i + 1, "lendemain") { 1 } else { -1 };
                    offer(e3, s);
                }
            }
        }
    }
    // Weekdays.
    let wd_start = if cx.is(i, "ce") { i + 1 } else { i };
    if let Some((e, wd)) = weekday_at(cx, wd_start) {
        const MODES: [(&str, WdMode); 20] = [
            ("prochain", WdMode::Next),
            ("prochaine", WdMode::Next),
            ("suivant", WdMode::NextWeek),
            ("suivante", WdMode::NextWeek),
            ("d' apres", WdMode::NextWeek),
            ("dernier", WdMode::Last),
            ("passe", WdMode::Last),
            ("cette semaine", WdMode::ThisWeek),
            ("de cette semaine", WdMode::ThisWeek),
            ("la semaine prochaine", WdMode::NextWeek),
            ("de la semaine prochaine", WdMode::NextWeek),
            ("la semaine suivante", WdMode::NextWeek),
            ("de la semaine suivante", WdMode::NextWeek),
            ("la semaine d' apres", WdMode::NextWeek),
            ("de la semaine d' apres", WdMode::NextWeek),
            ("la semaine derniere", WdMode::Last),
            ("de la semaine derniere", WdMode::Last),
            ("de la semaine passee", WdMode::Last),
            ("en huit", WdMode::After(7)),
            ("en quinze", WdMode::After(14)),
        ];
        static MODES_T: LazyLock<Table<WdMode>> = LazyLock::new(|| Table::new(&MODES));
        let mut best_mode = cx.table(e, &MODES_T).unwrap_or((e, WdMode::Next));
        if cx.is(e, "en") && cx.is_any(e + 1, &["8", "15"]) {
            let n = if cx.is(e + 1, "8") { 7 } else { 14 };
            best_mode = (e + 2, WdMode::After(n));
        }
        offer(
            best_mode.0,
            Spec {
                wd: Some((wd, best_mode.1)),
                ..Spec::default()
            },
        );
    }
    // Day and month: "le 1er mars 2013", "15 fév 2013", "31 octobre 74".
    let k = if cx.is(i, "le") { i + 1 } else { i };
    if let Some((e, d)) = day_at(cx, k) {
        if let Some((e2, m)) = month_at(cx, e) {
            let mut s = Spec {
                d: Some(d),
                m: Some(m),
                ..Spec::default()
            };
            let mut end = e2;
            if let Some((e3, y)) = year_at(cx, e2, true) {
                s.y = Some(y);
                end = e3;
            } else if let Some(n) = num::words(cx, e2) {
                // "le quatorze juillet deux mille seize"
                if n.v.fract() == 0.0 && (1000.0..3000.0).contains(&n.v) {
                    s.y = Some(n.v as i32);
                    end = n.end;
                }
            }
            if valid(s.y.unwrap_or(2000), m, d) {
                offer(end, s);
            }
        }
        // Numeric dates: "1/3/2013", "17/02", "20/02/14"; "17 02", "20 2 14".
        if cx.kind(k) == Some(Kind::Digits) && e == k + 1 {
            for sep in ["/", ".", ""] {
                let j = if sep.is_empty() { e } else { e + 1 };
                if !(sep.is_empty() || cx.is(e, sep) && cx.glued(e) && cx.glued(e + 1)) {
                    continue;
                }
                if sep.is_empty() && !(k > i || i == 0) {
                    continue;
                }
                if cx.kind(j) != Some(Kind::Digits) || cx.norm(j).len() > 2 {
                    continue;
                }
                let m: u32 = cx.norm(j).parse().unwrap_or(0);
                if !(1..=12).contains(&m) {
                    continue;
                }
                let mut s = Spec {
                    d: Some(d),
                    m: Some(m),
                    ..Spec::default()
                };
                let mut end = j + 1;
                let ysep_ok = if sep.is_empty() {
                    cx.kind(end) == Some(Kind::Digits)
                } else {
                    cx.is(end, sep) && cx.glued(end) && cx.glued(end + 1)
                };
                if ysep_ok {
                    let yj = if sep.is_empty() { end } else { end + 1 };
                    if let Some((e3, y)) = year_at(cx, yj, true) {
                        s.y = Some(y);
                        end = e3;
                    }
                }
                // Space-separated numbers are a date only as a whole expression.
                if sep.is_empty()
                    && !(end == cx.len()
                        || (k > i && !cx.kind(end).is_some_and(|k| k == Kind::Digits)))
                {
                    continue;
                }
                if sep == "." && s.y.is_none() {
                    continue;
                }
                if valid(s.y.unwrap_or(2000), m, d) {
                    offer(end, s);
                }
            }
        }
        // A bare day: "le 16", or after a weekday ("mercredi 13"); "le 3e"
        // alone is an ordinal ("le 3e arrondissement").
        let ord_suffix = e > k + 1 && cx.is_any(k + 1, &["e", "eme"]);
        let allowed = (k > i && !ord_suffix) || {
            flag_read = true;
            bare_day
        };
        if allowed && !cx.kind(e).is_some_and(|kd| kd == Kind::Digits) {
            let next_ok = match cx.tok(e) {
                None => true,
                Some(t) => {
                    t.kind != Kind::Word
                        || cx.is_any(
                            e,
                            &[
                                "a", "vers", "au", "et", "jusqu'", "plutot", "dans", "le", "en",
                            ],
                        )
                }
            };
            if next_ok {
                offer(
                    e,
                    Spec {
                        d: Some(d),
                        bare_day: true,
                        ..Spec::default()
                    },
                );
            }
        }
    }
    // English "Apr 2, 2025" (capitalized: looked up only then).
    let capitalized = cx
        .tok(i)
        .is_some_and(|t| t.orig.starts_with(char::is_uppercase));
    if let Some(&m) = cx
        .word(i)
        .filter(|_| capitalized)
        .and_then(|w| LEX.months_en.get(w).or_else(|| LEX.months.get(w)))
    {
        let mut e = i + 1;
        if cx.is(e, ".") {
            e += 1;
        }
        if let Some((e2, d)) = day_at(cx, e).filter(|_| cx.kind(e) == Some(Kind::Digits)) {
            let e3 = if cx.is(e2, ",") { e2 + 1 } else { e2 };
            if let Some((e4, y)) = year_at(cx, e3, false) {
                if valid(y, m, d)
                    && cx
                        .tok(i)
                        .is_some_and(|t| t.orig.starts_with(char::is_uppercase))
                {
                    offer(
                        e4,
                        Spec {
                            y: Some(y),
                            m: Some(m),
                            d: Some(d),
                            ..Spec::default()
                        },
                    );
                }
            }
        }
    }
    // ISO dates: "2013-03-01", "2015-3-3", "2025-06"; also "2016/12/31".
    if let Some((e, y)) = year_at(cx, i, false) {
        let sep = if cx.is(e, "/") { "/" } else { "-" };
        if cx.is(e, sep) && cx.glued(e) && cx.kind(e + 1) == Some(Kind::Digits) && cx.glued(e + 1) {
            let ms = cx.norm(e + 1);
            let m: u32 = ms.parse().unwrap_or(0);
            if ms.len() <= 2 && (1..=12).contains(&m) {
                let mut s = Spec {
                    y: Some(y),
                    m: Some(m),
                    ..Spec::default()
                };
                let mut end = e + 2;
                if cx.is(end, sep) && cx.glued(end) && cx.kind(end + 1) == Some(Kind::Digits) {
                    let d: u32 = cx.norm(end + 1).parse().unwrap_or(0);
                    if cx.norm(end + 1).len() <= 2 && valid(y, m, d) {
                        s.d = Some(d);
                        end += 2;
                    }
                }
                // "2016/12" alone is not a date.
                if sep == "-" || s.d.is_some() {
                    offer(end, s);
                }
            }
        }
        offer(
            e,
            Spec {
                y: Some(y),
                bare_year: true,
                ..Spec::default()
            },
        );
    }
    // Months: "mars", "au mois de mars", "février 2025".
    let k = (c & A_MONTH != 0)
        .then(|| cx.any_seq(i, &MONTH_ALTS))
        .flatten()
        .unwrap_or(i);
    if let Some((e, m)) = month_at(cx, k) {
        let full = cx.word(k).is_some_and(|w| {
            w.len() >= 4 && !w.starts_with("sept")
                || w == "mai"
                || w == "juin"
                || w == "aout"
                || w == "mars"
        });
        let full = full || cx.word(k) == Some("septembre");
        let glued_alnum = cx.glued(e) && matches!(cx.kind(e), Some(Kind::Word | Kind::Digits));
        if full && !glued_alnum {
            let mut s = Spec {
                m: Some(m),
                ..Spec::default()
            };
            let mut end = e;
            if let Some((e2, y)) = year_at(cx, e, false) {
                s.y = Some(y);
                end = e2;
            } else if let Some(e2) = cx.any_seq(e, alts!["dernier", "passe"]) {
                s.dir = -1;
                end = e2;
            } else if let Some(e2) = cx.any_seq(e, alts!["prochain"]) {
                s.dir = 1;
                end = e2;
            }
            // "Mars" in the middle of a sentence is the planet.
            let cap = cx
                .tok(k)
                .is_some_and(|t| t.orig.starts_with(char::is_uppercase));
            if !(cap
                && k > 0
                && s.y.is_none()
                && !cx.is_any(
                    k - 1,
                    &["en", "de", "d'", "mois", "fin", "debut", "mi", "depuis"],
                )
                && !matches!(cx.kind(k - 1), Some(Kind::Digits) | Some(Kind::Punct)))
            {
                offer(end, s);
            }
        }
    }
    // Times of day, maybe approximate: "vers 15h", "à environ 15 heures".
    let k = (c & A_TOD != 0)
        .then(|| cx.any_seq(i, &TOD_ALTS))
        .flatten()
        .unwrap_or(i);
    if let Some((e, tod)) = tod_at(cx, k) {
        offer(
            e,
            Spec {
                tod: Some(tod),
                ..Spec::default()
            },
        );
    }
    // Parts of the day.
    if c & F_POD != 0 {
        if let Some((e, s)) = pod_at(cx, i) {
            offer(e, s);
        }
    } else {
        debug_assert!(pod_at(cx, i).is_none(), "{i}: {:?}", cx.text);
    }
    // Holidays.
    let k = (c & A_HOLIDAY != 0)
        .then(|| cx.any_seq(i, &HOLIDAY_ALTS))
        .flatten()
        .unwrap_or(i);
    for &h in starting(&LEX.ix.holidays, cx.norm(k)) {
        let (p, m, d) = &LEX.holidays[h];
        if let Some(e) = cx.indexed_phrase(k, p) {
            offer(
                e,
                Spec {
                    m: Some(*m),
                    d: Some(*d),
                    ..Spec::default()
                },
            );
        }
    }
    (best, flag_read)
}

/// A sequence of parts forming one expression (memoized).
fn spec_seq(cx: &Cx, i: usize, bare_day: bool) -> Option<(usize, Spec)> {
    // The flag is read only by the first part: when that part does not
    // read it, the sequence is the same with the other flag.
    Memo::get_or_shared(&cx.seqs, i, bare_day, || {
        let r = spec_seq_uncached(cx, i, bare_day);
        (r, !Memo::shared(&cx.atoms, i))
    })
}

fn spec_seq_uncached(cx: &Cx, i: usize, bare_day: bool) -> Option<(usize, Spec)> {
    let (mut j, mut sp) = atom(cx, i, bare_day)?;
    loop {
        let mut best: Option<(usize, Spec)> = None;
        // The next part starts at `j` or after a connector: no allocation.
        let mut starts = [j; CONNECTORS.len() + 1];
        let mut n = 1;
        // Only the connectors starting with the token's first byte, in
        // their order.
        let first = cx.t.get(j).and_then(|t| t.norm.as_bytes().first());
        let mut cands = first.map_or(0, |&b| CONNECTOR_FIRST[usize::from(b)]);
        while cands != 0 {
            let k = cands.trailing_zeros() as usize;
            cands &= cands - 1;
            if let Some(e) = cx.seq(j, CONNECTORS[k]) {
                starts[n] = e;
                n += 1;
            }
        }
        for &k in &starts[..n] {
            if let Some((e, o)) = atom(cx, k, sp.wd.is_some() && sp.d.is_none()) {
                if let Some(m) = sp.merge(&o) {
                    if best.as_ref().is_none_or(|(b, _)| e > *b) {
                        best = Some((e, m));
                    }
                }
            }
        }
        match best {
            Some((e, m)) if e > j => {
                j = e;
                sp = m;
            }
            _ => break,
        }
    }
    Some((j, sp))
}

/// The reference day at midnight.
fn today(cx: &Cx) -> Option<Dt> {
    cx.r.map(|r| r.now.midnight())
}

/// Resolves a spec; None when it needs a reference time that is missing.
fn resolve(cx: &Cx, s: &Spec) -> Option<TV> {
    let r = cx.r;
    let now = r.map(|r| r.now);
    // The tense is read only by the forms that need it (a year, a
    // relative day do not).
    let past_of = || match s.dir {
        0 => cx.is_past(),
        d => d < 0,
    };
    // A day the sentence named before counts for a later bare day or a
    // time alone only on the side of the reference its tense points to
    // ("Né le 10 avril 1990, il sera jugé le 24": not in 1990; a past
    // day stays for a conditional, the future of a past narrative: "Le 3
    // mars, il a déclaré que la séance reprendrait à 15 heures").
    let on_side = |n: &Dt| {
        today(cx).is_none_or(|t| {
            if cx.is_past() {
                *n <= t
            } else {
                *n >= t || !cx.speaks_ahead(false)
            }
        })
    };
    // The day, or a coarser point.
    let mut explicit_day = true;
    let day: Option<Dt>;
    if s.now {
        let n = now?;
        if s.tod.is_none() && s.pod.is_none() {
            return Some(TV::Point(n, Grain::Second));
        }
        day = Some(n.midnight());
    } else if let Some(n) = s.rel_day {
        if s.own_event {
            return None;
        }
        let from = if s.anaph {
            cx.anchor_at(Grain::Day)?.midnight()
        } else {
            today(cx)?
        };
        day = Some(from.add_days(n));
    } else if let (Some(m), Some(d)) = (s.m, s.d) {
        let y = match s.y {
            Some(y) => y,
            None => {
                let t = today(cx)?;
                let past = past_of();
                let cand = Dt::date(t.y, m, d);
                let y0 = if past && cand > t {
                    t.y - 1
                } else if !past && cand < t {
                    t.y + 1
                } else {
                    t.y
                };
                // "mardi 16 janvier" in a report of the past: the nearest
                // year where the weekday fits.
                match s.wd {
                    Some((wd, _))
                        if past && valid(y0, m, d) && Dt::date(y0, m, d).weekday() != wd =>
                    {
                        (1..=6)
                            .flat_map(|k| [y0 - k, y0 + k])
                            .find(|&y| valid(y, m, d) && Dt::date(y, m, d).weekday() == wd)
                            .unwrap_or(y0)
                    }
                    _ => y0,
                }
            }
        };
        if !valid(y, m, d) {
            return None;
        }
        day = Some(Dt::date(y, m, d));
    } else if let Some(d) = s.d {
        // A later day of the month after a day the sentence named: in its
        // month ("le 10 avril, le second tour le 24"; an earlier day may be
        // of the month before or after).
        let after_named = cx
            .day
            .get()
            .date()
            .filter(|n| s.y.is_none() && d >= n.d && valid(n.y, n.m, d) && on_side(n))
            .map(|n| Dt::date(n.y, n.m, d))
            .filter(|c| s.wd.is_none_or(|(wd, _)| c.weekday() == wd));
        day = Some(match after_named {
            Some(a) => a,
            None => {
                // A day of the month, maybe with a weekday: search month by month.
                let t = today(cx)?;
                let past = past_of();
                let mut found = None;
                for k in 0..60i64 {
                    let k = if past { -k } else { k };
                    let base = Dt::date(t.y, t.m, 1).add_months(k);
                    if let Some(y) = s.y {
                        if base.y != y {
                            continue;
                        }
                    }
                    if !valid(base.y, base.m, d) {
                        continue;
                    }
                    let c = Dt::date(base.y, base.m, d);
                    if (!past && c < t) || (past && c > t) {
                        continue;
                    }
                    if let Some((wd, _)) = s.wd {
                        if c.weekday() != wd {
                            continue;
                        }
                    }
                    found = Some(c);
                    break;
                }
                found?
            }
        });
    } else if let Some(m) = s.m {
        let y = match s.y {
            Some(y) => y,
            None => {
                let t = today(cx)?;
                let past = past_of();
                if past && m > t.m {
                    t.y - 1
                } else if !past && m < t.m {
                    t.y + 1
                } else {
                    t.y
                }
            }
        };
        if s.tod.is_none() && s.pod.is_none() {
            return Some(shifted(TV::Point(Dt::date(y, m, 1), Grain::Month), s.shift));
        }
        day = Some(Dt::date(y, m, 1));
    } else if let Some(y) = s.y {
        return Some(TV::Point(Dt::date(y, 1, 1), Grain::Year));
    } else if let Some((wd, mode)) = s.wd {
        let t = today(cx)?;
        let tw = t.weekday() as i64;
        let wd = wd as i64;
        let monday = t.add_days(1 - tw);
        let past = past_of();
        day = Some(match mode {
            // In a past sentence the weekday of the document date is that
            // day ("a remporté dimanche" in Sunday's paper).
            WdMode::Next if past => t.add_days(-(tw - wd).rem_euclid(7)),
            WdMode::Next => {
                let ahead = (wd - tw).rem_euclid(7);
                t.add_days(if ahead == 0 { 7 } else { ahead })
            }
            WdMode::NextWeek => monday.add_days(7 + wd - 1),
            WdMode::ThisWeek => monday.add_days(wd - 1),
            WdMode::Last => {
                let back = (tw - wd).rem_euclid(7);
                t.add_days(-if back == 0 { 7 } else { back })
            }
            WdMode::After(n) => {
                let from = t.add_days(n);
                from.add_days((wd - from.weekday() as i64).rem_euclid(7))
            }
        });
    } else {
        // A time of day alone: on the day the sentence named before it.
        match cx.day.get() {
            d @ Day::At(_) if d.date().is_some_and(|n| on_side(&n)) => day = d.date(),
            Day::Unknown => return None,
            Day::Ref | Day::At(_) => {
                explicit_day = false;
                day = today(cx);
            }
        }
    }
    let day = day?.add_days(s.shift);
    if let Some(tod) = s.tod {
        let mut h = tod.h;
        let pm = tod.pm.or(s.pod.map(|(a, _)| a >= 12));
        if pm == Some(true) && h < 12 {
            h += 12;
        }
        let mut t = day.at(h % 24, tod.m);
        if h == 24 {
            t = t.add_days(1);
        }
        if let (Some(tz), Some(off)) = (tod.tz, r.and_then(|r| r.offset)) {
            t = t.add_secs(i64::from(off - tz) * 60);
        }
        // A time of day alone is the next one, or in a past sentence the
        // last one ("parti à 8 h 15" in an article of 14 h 10 is that
        // morning).
        if let Some(n) = now.filter(|_| !explicit_day) {
            if past_of() {
                if t > n {
                    t = t.add_days(-1);
                }
            } else if t < n {
                t = t.add_days(1);
            }
        }
        return Some(TV::Point(t, Grain::Minute));
    }
    if let Some((a, b)) = s.pod {
        return Some(TV::Span(day.at(a, 0), day.at(b, 0), Grain::Hour));
    }
    if !explicit_day {
        return None;
    }
    Some(TV::Point(day, Grain::Day))
}

fn shifted(tv: TV, n: i64) -> TV {
    if n == 0 {
        return tv;
    }
    match tv {
        TV::Point(t, g) => TV::Point(t.add_days(n), g),
        other => other,
    }
}

/// Unit of a relative duration: "jours", "mois"…
fn unit_at(cx: &Cx, i: usize) -> Option<(usize, &'static str, i64)> {
    const UNITS: [(&str, &str, i64); 22] = [
        ("secondes", "second", 1),
        ("seconde", "second", 1),
        ("sec", "second", 1),
        ("minutes", "minute", 1),
        ("minute", "minute", 1),
        ("min", "minute", 1),
        ("mins", "minute", 1),
        ("heures", "hour", 1),
        ("heure", "hour", 1),
        ("jours", "day", 1),
        ("jour", "day", 1),
        ("semaines", "week", 1),
        ("semaine", "week", 1),
        ("mois", "month", 1),
        ("trimestres", "month", 3),
        ("trimestre", "month", 3),
        ("ans", "year", 1),
        ("an", "year", 1),
        ("annees", "year", 1),
        ("annee", "year", 1),
        ("\"", "second", 1),
        ("'", "minute", 1),
    ];
    let w = cx.norm(i);
    UNITS
        .iter()
        .find(|(f, _, _)| *f == w)
        .map(|&(_, u, n)| (i + 1, u, n))
}

/// Adds `n` units to an instant; the result's precision.
fn add_units(t: Dt, unit: &str, n: i64) -> (Dt, Grain) {
    match unit {
        "second" => (t.add_secs(n), Grain::Second),
        // Wrapping as in release builds ("2 milliards d'années plus tard").
        "minute" => (t.add_secs(n.wrapping_mul(60)), Grain::Second),
        "hour" => (t.add_secs(n.wrapping_mul(3600)), Grain::Minute),
        "day" => {
            let x = t.add_days(n);
            (x.at(x.h, 0), Grain::Hour)
        }
        "week" => (t.add_days(n.wrapping_mul(7)).midnight(), Grain::Day),
        "month" => (t.add_months(n).midnight(), Grain::Day),
        _ => (t.add_months(n.wrapping_mul(12)).midnight(), Grain::Month),
    }
}

/// Start of the unit containing `t`.
fn unit_start(t: Dt, unit: &str) -> Dt {
    match unit {
        "second" => t,
        "minute" => Dt { s: 0, ..t },
        "hour" => Dt { mi: 0, s: 0, ..t },
        "day" => t.midnight(),
        "week" => t.midnight().add_days(1 - t.weekday() as i64),
        "month" => Dt::date(t.y, t.m, 1),
        _ => Dt::date(t.y, 1, 1),
    }
}

/// Moves `n` whole units from a unit start.
fn step(t: Dt, unit: &str, n: i64) -> Dt {
    match unit {
        "second" => t.add_secs(n),
        "minute" => t.add_secs(60 * n),
        "hour" => t.add_secs(3600 * n),
        "day" => t.add_days(n),
        "week" => t.add_days(7 * n),
        "month" => t.add_months(n),
        _ => t.add_months(12 * n),
    }
}

/// The last included instant before `t` at the unit's precision.
fn before(t: Dt, unit: &str) -> (Dt, Grain) {
    match unit {
        "second" => (t.add_secs(-1), Grain::Second),
        "minute" => (t.add_secs(-60), Grain::Minute),
        "hour" => (t.add_secs(-3600), Grain::Hour),
        _ => (t.add_days(-1), Grain::Day),
    }
}

/// `n` whole units before (n < 0) or after (n > 0) the current one.
fn whole_units(cx: &Cx, unit: &str, n: i64) -> Option<TV> {
    let now = cx.r?.now;
    let cur = unit_start(now, unit);
    let (a, b) = if n < 0 {
        (step(cur, unit, n), cur)
    } else {
        (step(cur, unit, 1), step(cur, unit, 1 + n))
    };
    let (last, g) = before(b, unit);
    Some(TV::Span(a, last, g))
}

/// The current (0), previous (-1) or next (1) week, month, year, quarter.
fn this_unit(cx: &Cx, unit: &str, n: i64) -> Option<TV> {
    unit_of(cx.r?.now, unit, n)
}

/// The week, month, year or quarter of `now` (0), the previous one (-1)
/// or the next (1).
fn unit_of(now: Dt, unit: &str, n: i64) -> Option<TV> {
    match unit {
        "month" => Some(TV::Point(
            Dt::date(now.y, now.m, 1).add_months(n),
            Grain::Month,
        )),
        "year" => Some(TV::Point(Dt::date(now.y + n as i32, 1, 1), Grain::Year)),
        "quarter" => {
            let q0 = Dt::date(now.y, (now.m - 1) / 3 * 3 + 1, 1).add_months(3 * n);
            Some(TV::Span(q0, q0.add_months(3).add_days(-1), Grain::Day))
        }
        _ => {
            let mon = unit_start(now, "week").add_days(7 * n);
            Some(TV::Span(mon, mon.add_days(6), Grain::Day))
        }
    }
}

/// A resolved value, or `None` for "unresolved" (value null).
type Res = (usize, Option<TV>);

/// A form of expression read at a token.
type Form = fn(&Cx, usize) -> Option<Res>;

/// Token `e`, after « la veille » or « le lendemain », starts the event it
/// counts from: « du », « des », « de » before an article, a possessive,
/// a demonstrative, a name or digits ("le lendemain de son élection", "la
/// veille de Noël"), « d' » before a noun; not an adverb phrase ("le
/// lendemain de bonne heure", "le lendemain d'ailleurs", "de nouveau").
fn names_event(cx: &Cx, e: usize) -> bool {
    if cx.is_any(e, &["du", "des"]) {
        return true;
    }
    if cx.is(e, "de") {
        return cx.is_any(e + 1, &crate::cx::DETERMINERS)
            || cx.kind(e + 1) == Some(Kind::Digits)
            || cx
                .tok(e + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.orig.starts_with(char::is_uppercase));
    }
    cx.is(e, "d'") && !cx.is_any(e + 1, &["ailleurs", "abord", "emblee", "autant"])
}

/// Words after "après" that start what it counts from: "dix ans après la
/// guerre", "un an après son élection", "deux jours après avoir signé".
/// (With the determiners, [`crate::cx::DETERMINERS`].)
const AFTER_WHAT: [&str; 6] = ["que", "qu'", "de", "d'", "avoir", "etre"];

/// Token `i`, after "après", starts what it counts from ([`AFTER_WHAT`]).
fn after_what(cx: &Cx, i: usize) -> bool {
    cx.word(i)
        .is_some_and(|w| crate::cx::DETERMINERS.contains(&w) || AFTER_WHAT.contains(&w))
}

/// Prefixes of relative times: "il y a 3 mois", "dans 2 heures".
const PREFIXES: [(&str, i64); 5] = [
    ("il y a", -1),
    ("dans les", 2),
    ("dans", 1),
    ("d' ici", 3),
    ("en l' espace de", 3),
];
static PREFIXES_T: LazyLock<Table<i64>> = LazyLock::new(|| Table::new(&PREFIXES));

/// Periods relative to the reference, from `data/relative.tsv`.
/// Each with whether it counts from a date of the text ("l'année suivante").
static THIS_T: LazyLock<Table<(&'static str, i64, bool)>> = LazyLock::new(|| {
    let rows: Vec<(&'static str, (&'static str, i64, bool))> = LEX
        .relative
        .iter()
        .filter(|(_, u, _, _)| u != "day")
        .map(|(p, u, n, a)| (p.as_str(), (u.as_str(), *n, *a)))
        .collect();
    Table::new(&rows)
});

/// Week-ends: "ce week-end", "le week-end prochain".
const WEEKENDS: [(&str, i64); 5] = [
    ("ce week end", 0),
    ("ce weekend", 0),
    ("le week end prochain", 1),
    ("le week end dernier", -1),
    ("le week end", 0),
];
static WEEKENDS_T: LazyLock<Table<i64>> = LazyLock::new(|| Table::new(&WEEKENDS));

/// Relative periods and durations at `i`.
fn relative(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.has(UNIT) {
        return None;
    }
    // "il y a 3 mois", "dans 2 heures", "d'ici 2 semaines", "dans les 15 jours"
    'pre: {
        let Some((e, kind)) = cx.table(i, &PREFIXES_T) else {
            break 'pre;
        };
        // "dans une demi-heure", "dans un quart d'heure": in minutes.
        const PARTS: [(&str, i64); 4] = [
            ("une demi heure", 30),
            ("un quart d' heure", 15),
            ("trois quarts d' heure", 45),
            ("une heure et demie", 90),
        ];
        static PARTS_T: LazyLock<Table<i64>> = LazyLock::new(|| Table::new(&PARTS));
        let (e2, unit, k) = if let Some((e2, mins)) = cx.table(e, &PARTS_T) {
            (e2, "minute", mins)
        } else {
            let Some(n) = num::cardinal(cx, e) else {
                break 'pre;
            };
            if n.v.fract() != 0.0 || n.v <= 0.0 || n.v > 1e4 {
                break 'pre;
            }
            let Some((e2, unit, f)) = unit_at(cx, n.end) else {
                break 'pre;
            };
            (e2, unit, n.v as i64 * f)
        };
        // "dans les 48 heures suivant l'annonce", "dans les 15 jours après
        // la publication": from the event named, a duration.
        if kind == 2 {
            let e3 = if cx.is_any(e2, &["qui"]) { e2 + 1 } else { e2 };
            let then = cx.is_any(e3, &["suivant", "suivants", "suivante", "suivantes"])
                || (cx.is_any(e3, &["apres", "suivent", "suivront"]) && after_what(cx, e3 + 1))
                // "dans les 48 heures qui ont suivi l'attaque"
                || (cx.is_any(e3, &["ont", "avaient", "a"]) && cx.is(e3 + 1, "suivi"));
            if then {
                break 'pre;
            }
        }
        let Some(r) = cx.r else {
            return Some((e2, None));
        };
        let now = r.now;
        let tv = match kind {
            -1 | 1 => {
                let (t, g) = add_units(now, unit, k * kind);
                // No finer than the reference when it counts in its
                // units: "il y a un mois" in a text dated "2025-06" is
                // May.
                let coarse = match r.grain {
                    Grain::Year => unit == "year",
                    Grain::Month => matches!(unit, "month" | "quarter" | "year"),
                    _ => false,
                };
                TV::Point(t, if coarse { r.grain } else { g })
            }
            _ => {
                let (t, _) = add_units(now, unit, k);
                TV::Span(now, t, Grain::Second)
            }
        };
        return Some((e2, Some(tv)));
    }
    // "deux jours plus tard", "un jour après", "trois ans plus tôt": from
    // a date of the text (`Anchor`); a duration when there is none, or
    // when what it counts from follows ("dix ans après la guerre", "un an
    // après avoir quitté le pouvoir").
    if let Some(n) = num::cardinal(cx, i) {
        if let Some((e, unit, f)) = unit_at(cx, n.end) {
            if let Some(e2) = cx.any_seq(e, alts!["plus tard", "apres", "plus tot"]) {
                if cx.is(e2 - 1, "apres") && after_what(cx, e2) {
                    return None;
                }
                let k = if cx.is(e2 - 1, "tot") { -1 } else { 1 } * n.v as i64 * f;
                let grain = match unit {
                    "second" | "minute" | "hour" => Grain::Minute,
                    "day" | "week" => Grain::Day,
                    "month" | "quarter" => Grain::Month,
                    _ => Grain::Year,
                };
                let (from, at_least) = match cx.anchor {
                    Anchor::Doc => (cx.r.map(|r| r.now.midnight()), Grain::Second),
                    Anchor::At(_, g) => (cx.anchor_at(grain), g),
                    Anchor::Unknown => (cx.anchor_at(grain), Grain::Second),
                };
                let from = from?;
                let (t, g) = add_units(from, unit, k);
                let g = if unit == "day" { Grain::Day } else { g };
                // No finer than the date it counts from ("en 1975 …
                // quatre ans plus tard": 1979).
                let g = if (at_least as u8) > (g as u8) {
                    at_least
                } else {
                    g
                };
                return Some((e2, Some(TV::Point(t, g))));
            }
        }
    }
    // "les 12 derniers mois", "3 prochaines années", "2 semaines passées"
    let k = cx
        .any_seq(
            i,
            alts![
                "les",
                "ces",
                "au cours des",
                "pendant les",
                "durant les",
                "des",
            ],
        )
        .unwrap_or(i);
    if let Some(n) = num::cardinal(cx, k) {
        if n.v >= 1.0 && n.v.fract() == 0.0 && n.v < 1000.0 {
            let pre = cx.any_seq(
                n.end,
                alts![
                    "derniers",
                    "dernieres",
                    "dernier",
                    "derniere",
                    "prochains",
                    "prochaines",
                    "precedents",
                    "precedentes",
                ],
            );
            let j = pre.unwrap_or(n.end);
            if let Some((e, unit, f)) = unit_at(cx, j) {
                let mut dir = 0;
                let mut end = e;
                if pre.is_some() {
                    dir = if cx.norm(n.end).starts_with("prochain") {
                        1
                    } else {
                        -1
                    };
                } else if let Some(e2) = cx.any_seq(
                    e,
                    alts![
                        "passes",
                        "passees",
                        "precedents",
                        "precedentes",
                        "derniers",
                        "dernieres",
                        "suivants",
                        "suivantes",
                        "suivant",
                        "a venir",
                        "prochains",
                        "prochaines",
                    ],
                ) {
                    // "les 48 heures suivant chaque contact": from the
                    // event named, a duration.
                    if cx.norm(e).starts_with("suivant")
                        && (after_what(cx, e2) || cx.is(e2, "chaque"))
                    {
                        return None;
                    }
                    dir = if cx.is_any(
                        e,
                        &[
                            "passes",
                            "passees",
                            "precedents",
                            "precedentes",
                            "derniers",
                            "dernieres",
                        ],
                    ) {
                        -1
                    } else {
                        1
                    };
                    end = e2;
                }
                if dir != 0 && !(unit == "minute" && cx.norm(j) == "'") {
                    let tv = whole_units(cx, unit, dir * n.v as i64 * f);
                    return Some((end, tv));
                }
            }
        }
    }
    // "cette semaine", "le mois dernier", "l'année prochaine", "ce mois-ci"
    // Periods relative to the reference, from `data/relative.tsv`.
    if let Some((e, (u, n, anaph))) = cx.table(i, &THIS_T) {
        if anaph {
            let grain = match u {
                "week" => Grain::Day,
                "month" | "quarter" => Grain::Month,
                _ => Grain::Year,
            };
            return Some((e, cx.anchor_at(grain).and_then(|t| unit_of(t, u, n))));
        }
        return Some((e, this_unit(cx, u, n)));
    }
    // Week-ends: "ce week-end", "le week-end prochain".
    {
        if let Some((e, n)) = cx.table(i, &WEEKENDS_T) {
            let tv = cx.r.map(|r| {
                let mon = unit_start(r.now, "week").add_days(7 * n);
                TV::Span(
                    mon.add_days(4).at(18, 0),
                    mon.add_days(6).at(23, 0),
                    Grain::Hour,
                )
            });
            return Some((e, tv));
        }
    }
    if let Some(e) = cx.seq(i, "en semaine") {
        let tv = cx.r.map(|r| {
            let mon = unit_start(r.now, "week");
            TV::Span(mon, mon.add_days(4), Grain::Day)
        });
        return Some((e, tv));
    }
    None
}

/// End token, first and last day (None without a reference), kind.
type Period = (usize, Option<(Dt, Dt)>, char);

/// A period a part is taken of: (first day, last day, kind).
/// kind: 'm' named month, 'c' current month word, 'y' year, 'w' week.
fn period_at(cx: &Cx, i: usize) -> Option<Period> {
    let k = cx
        .any_seq(
            i,
            alts!["la", "l'", "le", "ce", "cette", "de la", "de l'", "du"],
        )
        .unwrap_or(i);
    // A named month (with its year), or a year.
    if let Some((e, s)) = atom(cx, k, false) {
        if s.m.is_some() && s.d.is_none() && s.tod.is_none() && s.pod.is_none() {
            let p = match resolve(cx, &s) {
                Some(TV::Point(t, Grain::Month)) => {
                    Some((t, Dt::date(t.y, t.m, month_len(t.y, t.m))))
                }
                _ => None,
            };
            return Some((e, p, 'm'));
        }
        if let (Some(y), None, None) = (s.y, s.m, s.tod) {
            return Some((e, Some((Dt::date(y, 1, 1), Dt::date(y, 12, 31))), 'y'));
        }
    }
    if let Some(e) = cx.any_seq(k, alts!["mois ci", "mois", "mois en cours"]) {
        let p = cx.r.map(|r| {
            let a = Dt::date(r.now.y, r.now.m, 1);
            (a, a.add_months(1).add_days(-1))
        });
        return Some((e, p, 'c'));
    }
    if let Some(e) = cx.any_seq(k, alts!["annee", "annee ci", "an"]) {
        let p =
            cx.r.map(|r| (Dt::date(r.now.y, 1, 1), Dt::date(r.now.y, 12, 31)));
        return Some((e, p, 'y'));
    }
    if let Some(e) = cx.seq(k, "semaine") {
        let p = cx.r.map(|r| {
            let mon = unit_start(r.now, "week");
            (mon, mon.add_days(6))
        });
        return Some((e, p, 'w'));
    }
    None
}

/// "début 2025", "fin mars", "mi-2026", "en fin d'année", "au début de ce mois".
fn part_of_period(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.has(PART) {
        return None;
    }
    let k = cx
        .any_seq(
            i,
            alts![
                "en",
                "au",
                "a la",
                "vers la",
                "vers le",
                "des le",
                "des la",
                "d'ici",
                "d' ici",
                "jusqu' a la",
                "jusqu' au",
            ],
        )
        .unwrap_or(i);
    let (which, k2) = if let Some(e) = cx.seq(k, "debut") {
        (1, e)
    } else if let Some(e) = cx.seq(k, "milieu") {
        (2, e)
    } else if cx.is(k, "mi") {
        (2, if cx.is(k + 1, "-") { k + 2 } else { k + 1 })
    } else if let Some(e) = cx.seq(k, "fin") {
        (3, e)
    } else {
        return None;
    };
    let k3 = cx.any_seq(k2, alts!["de", "d'", "du"]).unwrap_or(k2);
    let (e, p, kind) = period_at(cx, k3).or_else(|| period_at(cx, k2))?;
    let Some((a, b)) = p else {
        return Some((e, None));
    };
    let (x, y) = match (kind, which) {
        ('m', 1) => (a, a.add_days(4)),
        ('c', 1) => (a, a.add_days(9)),
        ('m' | 'c', 2) => (a.add_days(9), a.add_days(18)),
        ('m' | 'c', _) => (a.add_days(20), b),
        ('y', 1) => (a, Dt::date(a.y, 2, month_len(a.y, 2))),
        ('y', 2) => (Dt::date(a.y, 6, 1), Dt::date(a.y, 7, 31)),
        ('y', _) => (Dt::date(a.y, 11, 1), b),
        ('w', 1) => (a, a.add_days(1)),
        ('w', 2) => (a.add_days(2), a.add_days(3)),
        _ => (a.add_days(3), b),
    };
    Some((e, Some(TV::Span(x, y, Grain::Day))))
}

/// An ordinal 1-5 or "dernier" (as 0): "premier", "2e", "deuxième".
fn ord_small(cx: &Cx, i: usize) -> Option<(usize, i64)> {
    if cx.is_any(i, &["dernier", "derniere"]) {
        return Some((i + 1, 0));
    }
    let (e, v) = num::ordinal(cx, i)?;
    (1.0..=5.0).contains(&v).then_some((e, v as i64))
}

/// "premier trimestre 2025", "T3", "second semestre", "la première semaine
/// d'octobre", "le dernier jour d'octobre", "le premier mercredi du mois
/// prochain", "la deuxième quinzaine d'avril", "la semaine du 6 octobre".
fn ordinal_period(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.has(UNIT | WEEKDAY) {
        return None;
    }
    let k = cx
        .any_seq(i, alts!["le", "la", "au", "du", "ce", "en", "l'"])
        .unwrap_or(i);
    // Quarters and halves.
    let q = if cx.is(k, "t") && cx.kind(k + 1) == Some(Kind::Digits) && cx.glued(k + 1) {
        let n: i64 = cx.norm(k + 1).parse().ok()?;
        (1..=4).contains(&n).then_some((k + 2, n, 3))
    } else if let Some((e, n)) = ord_small(cx, k) {
        if cx.is(e, "trimestre") && n <= 4 {
            Some((e + 1, if n == 0 { 4 } else { n }, 3))
        } else if cx.is(e, "semestre") && n <= 2 {
            Some((e + 1, if n == 0 { 2 } else { n }, 6))
        } else {
            None
        }
    } else {
        None
    };
    if let Some((e, n, len)) = q {
        let mut end = e;
        let mut y = cx.r.map(|r| r.now.y);
        let k2 = cx.any_seq(e, alts!["de l' annee", "de"]).unwrap_or(e);
        if let Some((e2, yy)) = year_at(cx, k2, false) {
            y = Some(yy);
            end = e2;
        } else if let Some(e2) = cx.seq(e, "de l' annee") {
            end = e2;
        }
        let tv = y.map(|y| {
            let a = Dt::date(y, ((n - 1) * len + 1) as u32, 1);
            TV::Span(a, a.add_months(len).add_days(-1), Grain::Day)
        });
        return Some((end, tv));
    }
    // "la semaine du 6 octobre"
    if let Some(e) = cx.seq(k, "semaine du") {
        let (e2, s) = spec_seq(cx, e, true)?;
        s.d?;
        let tv = match resolve(cx, &s) {
            Some(TV::Point(t, _)) => {
                let t = t.midnight().add_days(1);
                let mon = unit_start(t, "week");
                Some(TV::Span(mon, mon.add_days(6), Grain::Day))
            }
            _ => None,
        };
        return Some((e2, tv));
    }
    let (e, n) = ord_small(cx, k)?;
    let (e1, what) = if let Some(e1) = cx.any_seq(e, alts!["week end", "weekend"]) {
        (e1, 8)
    } else if let Some((e1, wd)) = weekday_at(cx, e) {
        (e1, wd)
    } else if cx.is(e, "semaine") {
        (e + 1, 0)
    } else if cx.is(e, "jour") {
        (e + 1, 9)
    } else if cx.is(e, "quinzaine") {
        (e + 1, 10)
    } else {
        return None;
    };
    let k2 = cx.any_seq(e1, alts!["de", "d'", "du"])?;
    let k2 = cx
        .seq(k2, "mois de")
        .or(cx.seq(k2, "mois d'"))
        .unwrap_or(k2);
    let (e2, p) = if let Some(e2) = cx.seq(k2, "mois prochain") {
        (e2, this_unit(cx, "month", 1))
    } else if let Some(e2) = cx.seq(k2, "mois dernier") {
        (e2, this_unit(cx, "month", -1))
    } else if let Some(e2) = cx.any_seq(k2, alts!["ce mois", "ce mois ci", "mois"]) {
        (e2, this_unit(cx, "month", 0))
    } else {
        let (e2, s) = atom(cx, k2, false)?;
        if s.m.is_none() || s.d.is_some() {
            return None;
        }
        (e2, resolve(cx, &s))
    };
    let Some(TV::Point(a, Grain::Month)) = p else {
        return Some((e2, None));
    };
    let last = Dt::date(a.y, a.m, month_len(a.y, a.m));
    let tv = match what {
        9 => {
            if n == 0 {
                TV::Point(last, Grain::Day)
            } else {
                TV::Point(a.add_days(n - 1), Grain::Day)
            }
        }
        10 => match n {
            1 => TV::Span(a, a.add_days(13), Grain::Day),
            2 | 0 => TV::Span(a.add_days(14), last, Grain::Day),
            _ => return None,
        },
        0 => {
            // Whole weeks (Monday to Sunday) inside the month.
            let first_mon = a.add_days((8 - a.weekday() as i64).rem_euclid(7));
            let mon = if n == 0 {
                let last_sun = last.add_days(-(last.weekday() as i64 % 7));
                last_sun.add_days(-6)
            } else {
                first_mon.add_days(7 * (n - 1))
            };
            TV::Span(mon, mon.add_days(6), Grain::Day)
        }
        8 => {
            // Week-ends: Friday evening to Sunday night.
            let first_fri = a.add_days((5 - a.weekday() as i64).rem_euclid(7));
            let fri = if n == 0 {
                let mut f = first_fri;
                while f.add_days(9) <= last {
                    f = f.add_days(7);
                }
                f
            } else {
                first_fri.add_days(7 * (n - 1))
            };
            TV::Span(fri.at(18, 0), fri.add_days(2).at(23, 0), Grain::Hour)
        }
        wd => {
            let first = a.add_days((wd as i64 - a.weekday() as i64).rem_euclid(7));
            let d = if n == 0 {
                let mut f = first;
                while f.add_days(7) <= last {
                    f = f.add_days(7);
                }
                f
            } else {
                first.add_days(7 * (n - 1))
            };
            TV::Point(d, Grain::Day)
        }
    };
    Some((e2, Some(tv)))
}

/// Seasons from `data/seasons.tsv`: (folded name, first day, last day) as
/// (month, day).
type Season = (String, (u32, u32), (u32, u32));

static SEASONS: LazyLock<Vec<Season>> = LazyLock::new(|| {
    crate::lex::rows(crate::lex::file("seasons.tsv"))
        .filter(|r| r.len() >= 5)
        .map(|r| {
            let n = |s: &str| s.parse().unwrap_or(1);
            (r[0].to_string(), (n(r[1]), n(r[2])), (n(r[3]), n(r[4])))
        })
        .collect()
});

/// Seasons: "cet été", "l'hiver dernier", "au printemps 2025".
fn season(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.has(SEASON) {
        return None;
    }
    let k = cx.any_seq(
        i,
        alts![
            "ce",
            "cet",
            "cette",
            "l'",
            "le",
            "au",
            "en",
            "pendant l'",
            "pendant le",
        ],
    )?;
    let &(_, a, b) = SEASONS.iter().find(|(w, _, _)| cx.is(k, w))?;
    // A season that ends in the next year (winter).
    let wraps = b < a;
    let mut e = k + 1;
    let this = cx.is_any(i, &["ce", "cet", "cette"]);
    let mut dir = 0;
    let mut year = None;
    if let Some((e2, y)) = year_at(cx, e, false) {
        year = Some(y);
        e = e2;
    } else if let Some(e2) = cx.any_seq(e, alts!["dernier", "passe"]) {
        dir = -1;
        e = e2;
    } else if let Some(e2) = cx.any_seq(e, alts!["prochain"]) {
        dir = 1;
        e = e2;
    } else if !this {
        return None;
    }
    let mk = |y: i32| {
        let s = Dt::date(y, a.0, a.1);
        let end_y = if wraps { y + 1 } else { y };
        (s, Dt::date(end_y, b.0, b.1))
    };
    let tv = match year {
        Some(y) => Some(mk(y)),
        None => cx.r.map(|r| {
            let t = r.now.midnight();
            // The season containing the reference, or the next one.
            let mut cur = mk(t.y);
            if wraps && t < cur.0 {
                let prev = mk(t.y - 1);
                if t <= prev.1 {
                    cur = prev;
                }
            } else if t > cur.1 {
                cur = mk(t.y + 1);
            }
            let y0 = cur.0.y;
            match dir {
                -1 => mk(y0 - 1),
                1 => mk(if cur.0 > t { y0 } else { y0 + 1 }),
                _ => cur,
            }
        }),
    };
    Some((e, tv.map(|(s, e)| TV::Span(s, e, Grain::Day))))
}

/// "les années 1990", "les années 90".
fn decade(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.has(DECADE) {
        return None;
    }
    let e = cx.any_seq(
        i,
        alts!["les annees", "des annees", "dans les annees", "annees"],
    )?;
    let s = cx.norm(e);
    if cx.kind(e) != Some(Kind::Digits) {
        return None;
    }
    let y: i32 = match s.len() {
        4 => s.parse().ok()?,
        2 => 1900 + s.parse::<i32>().ok()?,
        _ => return None,
    };
    if y % 10 != 0 {
        return None;
    }
    Some((
        e + 1,
        Some(TV::Span(
            Dt::date(y, 1, 1),
            Dt::date(y + 9, 12, 31),
            Grain::Day,
        )),
    ))
}

/// Any single expression at `i` (no interval around it).
fn single(cx: &Cx, i: usize) -> Option<Res> {
    if !cx.near_at(i) {
        return None;
    }
    let mut best: Option<Res> = None;
    let mut offer = |r: Option<Res>| {
        if let Some(r) = r {
            if best.as_ref().is_none_or(|b| r.0 > b.0) {
                best = Some(r);
            }
        }
    };
    // Each form is tried only when it can start here.
    let c = first_classes(cx, i);
    let forms: [(u16, Form); 5] = [
        (F_REL, relative),
        (F_PART, part_of_period),
        (F_ORD, ordinal_period),
        (F_SEASON, season),
        (F_DECADE, decade),
    ];
    for (class, form) in forms {
        if c & class != 0 {
            offer(form(cx, i));
        } else {
            debug_assert!(form(cx, i).is_none(), "{class} at {i}: {:?}", cx.text);
        }
    }
    if c & (F_ATOM | F_POD) != 0 {
        if let Some((e, s)) = spec_seq(cx, i, false) {
            if !s.bare_year || year_context(cx, i, e) {
                offer(Some((e, resolve(cx, &s))));
            }
        }
    } else {
        debug_assert!(spec_seq(cx, i, false).is_none(), "{i}: {:?}", cx.text);
    }
    best
}

/// A spec for interval ends, with the spec itself.
fn end_spec(cx: &Cx, i: usize) -> Option<(usize, Spec)> {
    let k = cx.any_seq(i, alts!["le", "l'"]).unwrap_or(i);
    spec_seq(cx, k, true)
}

/// Fills the date fields one end lacks from the other.
fn share(a: &mut Spec, b: &Spec) {
    if a.y.is_none() && a.m.is_none() && b.y.is_some() && (a.d.is_some()) {
        a.y = b.y;
    }
    if a.m.is_none() && a.d.is_some() && b.m.is_some() {
        a.m = b.m;
    }
    if a.d.is_none() && a.m.is_none() && a.wd.is_none() && a.rel_day.is_none() && a.y.is_none() {
        a.d = b.d;
        a.m = b.m;
        a.y = b.y;
        a.wd = b.wd;
        a.rel_day = b.rel_day;
        a.anaph = b.anaph;
    }
}

/// An interval "du A au B", "entre A et B", "de A à B", "A - B".
fn interval(cx: &Cx, i: usize) -> Option<Res> {
    // The connector follows the first end: none after `i`, no interval.
    if last_connector(cx).is_none_or(|c| c <= i) {
        debug_assert!(interval_full(cx, i).is_none(), "{i}: {:?}", cx.text);
        return None;
    }
    interval_full(cx, i)
}

/// The forms of intervals: the word before the first end, the words
/// between the ends.
const INTERVAL_FORMS: [(&str, &[&str]); 5] = const {
    let forms = INTERVAL_FORMS_LIST;
    // The words before the first end are single tokens.
    let mut k = 0;
    while k < forms.len() {
        let b = forms[k].0.as_bytes();
        let mut j = 0;
        while j < b.len() {
            assert!(b[j] != b' ');
            j += 1;
        }
        k += 1;
    }
    forms
};

/// [`INTERVAL_FORMS`], listed.
const INTERVAL_FORMS_LIST: [(&str, &[&str]); 5] = [
    ("du", &["au", "jusqu' au", "jusqu' a", "a"]),
    ("entre", &["et"]),
    ("de", &["a", "jusqu' a", "au", "-"]),
    ("d'", &["a", "jusqu' a", "au", "-"]),
    ("", &["au", "-", "jusqu' au", "a"]),
];

/// A first token of a connector of [`INTERVAL_FORMS`] (one `match`, read
/// at every token of a sentence).
fn interval_connector_first(w: &str) -> bool {
    matches!(w, "au" | "jusqu'" | "a" | "et" | "-")
}

/// The last token of the sentence that can start the connector of an
/// interval ([`INTERVAL_FORMS`]), found once per sentence.
fn last_connector(cx: &Cx) -> Option<usize> {
    let known = cx.last_connector.get();
    if known != usize::MAX {
        return known.checked_sub(1);
    }
    let found = (0..cx.len())
        .rev()
        .find(|&j| interval_connector_first(cx.t[j].norm));
    cx.last_connector.set(found.map_or(0, |j| j + 1));
    found
}

/// [`interval`] without its pre-test.
fn interval_full(cx: &Cx, i: usize) -> Option<Res> {
    for &(pre, conns) in &INTERVAL_FORMS {
        // (Each word before the first end is one token.)
        let k = if pre.is_empty() {
            i
        } else if cx.is(i, pre) {
            i + 1
        } else {
            continue;
        };
        let Some((ea, mut a)) = end_spec(cx, k) else {
            continue;
        };
        let Some(c) = conns.iter().filter_map(|c| cx.seq(ea, c)).max() else {
            continue;
        };
        // "entre midi et deux": the lunch break, to 14:00.
        let lunch = pre == "entre"
            && ea == k + 1
            && cx.is(k, "midi")
            && cx.is_any(c, &["2", "deux"])
            && (!matches!(cx.kind(c + 1), Some(Kind::Word | Kind::Digits))
                // No noun after it: a preposition, article or conjunction
                // ("fermée entre midi et deux pour travaux").
                || cx.word(c + 1).is_some_and(crate::cx::is_function_word));
        let end = if lunch {
            let tod = Tod {
                h: 14,
                m: 0,
                pm: None,
                tz: None,
            };
            Some((
                c + 1,
                Spec {
                    tod: Some(tod),
                    ..Spec::default()
                },
            ))
        } else {
            end_spec(cx, c)
        };
        let Some((eb, mut b)) = end else {
            continue;
        };
        // Both ends must be of the same nature.
        let timey = |s: &Spec| s.tod.is_some();
        if timey(&a) != timey(&b) {
            continue;
        }
        if pre.is_empty() && (a.bare_year != b.bare_year) {
            continue;
        }
        if a.bare_year && b.bare_year {
            // "2023-2025", "de 2020 à 2025", "entre 2020 et 2022"
            if pre.is_empty() && !cx.is(ea, "-") {
                continue;
            }
            let (Some(ya), Some(yb)) = (a.y, b.y) else {
                continue;
            };
            if yb <= ya {
                continue;
            }
            return Some((
                eb,
                Some(TV::Span(
                    Dt::date(ya, 1, 1),
                    Dt::date(yb, 12, 31),
                    Grain::Day,
                )),
            ));
        }
        if (pre.is_empty() || pre.starts_with('d') && pre != "du") && a.bare_day && b.m.is_none() {
            continue;
        }
        if a.bare_day && !timey(&a) && b.d.is_none() {
            continue;
        }
        let a0 = a;
        share(&mut a, &b);
        share(&mut b, &a0);
        let (Some(ta), Some(tb)) = (resolve_end(cx, &a), resolve_end(cx, &b)) else {
            return Some((eb, None));
        };
        let (Some((s, g1)), Some((mut t, g2))) = (ta.start(), tb.last()) else {
            return Some((eb, None));
        };
        if timey(&a) && !b.has_date() {
            // A time-only end is on the start's day: "de 11h30 à 1h30".
            t = Dt {
                y: s.y,
                m: s.m,
                d: s.d,
                ..t
            };
            if t < s && t.h < 12 {
                t = t.add_secs(12 * 3600);
            }
        }
        // "du lundi au vendredi": the end weekday follows the start.
        let weekday_only = |x: &Spec| x.wd.is_some() && x.d.is_none() && x.m.is_none();
        if t < s && weekday_only(&b) && weekday_only(&a0) {
            t = t.add_days(7);
        }
        if t < s {
            continue;
        }
        let g = if is_time_grain(g1) || is_time_grain(g2) {
            Grain::Minute
        } else {
            Grain::Day
        };
        return Some((eb, Some(TV::Span(s, t, g))));
    }
    None
}

fn resolve_end(cx: &Cx, s: &Spec) -> Option<TV> {
    resolve(cx, s)
}

/// "à partir de 9h30", "depuis 2018", "avant 16h", "jusqu'à 16h".
fn open(cx: &Cx, i: usize) -> Option<Res> {
    // Its first words are entries: no other token starts one (and the
    // tense is set only once one is found).
    if first_classes(cx, i) & F_ENTRY == 0 {
        debug_assert!(open_full(cx, i).is_none(), "{i}: {:?}", cx.text);
        return None;
    }
    open_full(cx, i)
}

/// [`open`] without its pre-test.
fn open_full(cx: &Cx, i: usize) -> Option<Res> {
    let dès = cx.is(i, "des")
        && cx.tok(i).is_some_and(|t| {
            t.orig
                .chars()
                .flat_map(char::to_lowercase)
                .eq("dès".chars())
        });
    let from = cx.any_seq(
        i,
        alts![
            "a partir du",
            "a partir de",
            "a partir d'",
            "depuis le",
            "depuis",
            "apres le",
            "apres",
            "plus tard que",
            "au dela du",
        ],
    );
    let from = from
        .or(dès.then_some(i + 1))
        .map(|e| cx.seq(e, "le").unwrap_or(e));
    let until = cx.any_seq(
        i,
        alts![
            "avant le",
            "avant",
            "jusqu' au",
            "jusqu' a",
            "jusqu' en",
            "au plus tard le",
            "n' importe quand avant",
        ],
    );
    let (k, is_from) = match (from, until) {
        (Some(e), _) => (e, true),
        (None, Some(e)) => (e, false),
        _ => return None,
    };
    // "depuis au moins 2019", "depuis au moins le 3 mars": the bound is
    // the same open interval.
    let k = if is_from && cx.is(i, "depuis") {
        cx.seq(k, "au moins")
            .map_or(k, |e| cx.seq(e, "le").unwrap_or(e))
    } else {
        k
    };
    if is_from && (dès || cx.is(i, "a")) {
        // "à partir de", "dès" look forward.
        cx.past.set(Some(false));
    } else if cx.is(i, "depuis") {
        // "depuis" looks back, whatever the tense: "il est en poste
        // depuis le 5 octobre" (the last one).
        cx.past.set(Some(true));
    }
    let bare = spec_seq(cx, k, true)
        .filter(|(_, s)| s.bare_day)
        .map(|(e, s)| (e, resolve(cx, &s)));
    let (e, tv) = match (single(cx, k), bare) {
        (Some(a), Some(b)) => {
            if b.0 > a.0 {
                b
            } else {
                a
            }
        }
        (a, b) => a.or(b)?,
    };
    let Some(tv) = tv else {
        return Some((e, None));
    };
    let out = if is_from {
        tv.start().map(|(t, g)| TV::From(t, g))
    } else {
        match tv {
            TV::Point(t, g) => Some(TV::Until(t, g)),
            _ => tv.last().map(|(t, g)| TV::Until(t, g)),
        }
    };
    Some((e, out))
}

fn year_context(cx: &Cx, i: usize, e: usize) -> bool {
    // A year after a preposition of time, or not followed by a noun.
    let prev = if i > 0 { cx.norm(i - 1) } else { "" };
    let temporal_prev = [
        "en", "depuis", "ici", "avant", "apres", "fin", "debut", "mi", "de", "du", "a", "entre",
        "an", "annee", "et", "ou", "au", "dans", "pour", "vers", "jusqu'", "(", "-", "annees",
        "des", "mois",
    ];
    if temporal_prev.contains(&prev) {
        return true;
    }
    match cx.tok(e) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(_) => cx.is_any(
            e,
            &[
                "et", "ou", "a", "au", "puis", "contre", "selon", "le", "la", "les", "l'", "avec",
                "pour", "en", "dans", "il", "elle", "on", "ce", "cette", "des", "un", "une", "par",
                "sur", "qui", "que", "qu'", "ont", "a", "est", "sont", "etait", "devrait", "d'",
                "de", "aux", "lorsque", "quand", "alors",
            ],
        ),
    }
}

/// Dates and times starting at token `i`.
pub fn parse(cx: &Cx, i: usize) -> Option<Item> {
    // No form can start at most tokens tried ("les", ",", "-").
    if first_classes(cx, i) == 0 {
        debug_assert!(parse_full(cx, i).is_none(), "{i}: {:?}", cx.text);
        return None;
    }
    parse_full(cx, i)
}

/// [`parse`] without its pre-test.
fn parse_full(cx: &Cx, i: usize) -> Option<Item> {
    let mut best: Option<Res> = None;
    let mut offer = |r: Option<Res>| {
        if let Some(r) = r {
            if best.as_ref().is_none_or(|b| r.0 > b.0) {
                best = Some(r);
            }
        }
    };
    offer(single(cx, i));
    offer(interval(cx, i));
    offer(open(cx, i));
    // "d'ici 2035", "d'ici fin 2026": the target itself.
    if let Some(k) = cx.seq(i, "d' ici") {
        offer(single(cx, k));
    }
    // A day before an interval or open interval of times:
    // "jeudi de 9h à 11h", "demain jusqu'à 16h", "jeudi après 9h30".
    if let Some((e, s)) = spec_seq(cx, i, false) {
        if s.has_date() && s.tod.is_none() {
            let k = cx
                .any_seq(e, alts!["mais", "par exemple", "mais par exemple", ","])
                .unwrap_or(e);
            let jusqu = cx.any_seq(k, alts!["jusqu' a", "jusqu' au"]);
            let r = interval(cx, k).or_else(|| open(cx, k));
            if let Some((e2, Some(tv))) = r {
                let day = resolve(
                    cx,
                    &Spec {
                        tod: None,
                        pod: None,
                        ..s
                    },
                );
                if let Some(TV::Point(d, Grain::Day)) = day {
                    let mv = |t: Dt| Dt {
                        y: d.y,
                        m: d.m,
                        d: d.d,
                        ..t
                    };
                    let out = match tv {
                        TV::Span(a, b, g) if is_time_grain(g) => Some(TV::Span(mv(a), mv(b), g)),
                        TV::From(a, g) if is_time_grain(g) => Some(TV::From(mv(a), g)),
                        TV::Until(b, g) if is_time_grain(g) && jusqu.is_some() => {
                            Some(TV::Span(d, mv(b), g))
                        }
                        TV::Until(b, g) if is_time_grain(g) => Some(TV::Until(mv(b), g)),
                        _ => None,
                    };
                    if out.is_some() {
                        offer(Some((e2, out)));
                    }
                }
            }
        }
    }
    let (e, tv) = best?;
    if e <= i {
        return None;
    }
    Some(match tv {
        Some(tv) => Item {
            t0: i,
            t1: e,
            dim: tv.dim(),
            value: Value::Text(tv.value()),
            unit: None,
            approx: false,
            grain: Some(tv.grain()),
            act: None,
        },
        // Unresolved (no document date): a time of day is still one.
        None => Item {
            t0: i,
            t1: e,
            dim: if (i..e).any(|k| {
                cx.is_any(k, &["h", "heure", "heures", "midi", "minuit"])
                    || cx.is(k, ":") && cx.kind(k + 1) == Some(Kind::Digits)
            }) {
                Dim::Datetime
            } else {
                Dim::Date
            },
            value: Value::Null,
            unit: None,
            approx: false,
            grain: None,
            act: None,
        },
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::cx::Ref;
    use crate::tok::Folded;

    #[test]
    fn dates_written_as_by_format() {
        let grains = [
            Grain::Century,
            Grain::Day,
            Grain::Decade,
            Grain::Hour,
            Grain::Minute,
            Grain::Month,
            Grain::Quarter,
            Grain::Second,
            Grain::Week,
            Grain::Year,
        ];
        for y in [-12, 0, 7, 99, 999, 1000, 2025, 9999, 10000, 123456] {
            for (m, d, h, mi, sec) in [(1, 1, 0, 0, 0), (12, 31, 23, 59, 59), (7, 9, 5, 3, 100)] {
                let t = Dt {
                    y,
                    m,
                    d,
                    h,
                    mi,
                    s: sec,
                };
                for g in grains {
                    assert_eq!(fmt_dt(t, g), fmt_dt_std(t, g), "{t:?} {g:?}");
                }
            }
        }
    }

    /// The first expression of `input` against `reference`: (text, value).
    fn check_at(input: &str, reference: Option<&str>, past: bool, expected: Option<(&str, &str)>) {
        let n = Folded::new(input);
        let cx = Cx::new(input, &n, reference.and_then(Ref::parse), past);
        let got = (0..cx.len()).find_map(|i| parse(&cx, i)).map(|it| {
            let text = &input[cx.t[it.t0].b0..cx.t[it.t1 - 1].b1];
            let v = match it.value {
                Value::Text(t) => t,
                _ => "null".to_string(),
            };
            (text.to_string(), v)
        });
        let want = expected.map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "{input}");
    }

    const DUCK: &str = "2013-02-12T04:30:00-02:00";

    fn check(input: &str, value: &str) {
        check_at(input, Some(DUCK), false, Some((input, value)));
    }

    #[test]
    fn absolute_dates() {
        check("20 janvier 2026", "2026-01-20");
        check("le 16 mai 2025", "2025-05-16");
        check("2025-06", "2025-06");
        check("2013-03-01", "2013-03-01");
        check("2016/12/31", "2016-12-31");
        check("1/3/2013", "2013-03-01");
        check("20/02/14", "2014-02-20");
        check("31 octobre 74", "1974-10-31");
        check("février 2025", "2025-02");
        check("le premier mars 2013", "2013-03-01");
        check("vendredi 1er mars", "2013-03-01");
        check("Apr 2, 2025", "2025-04-02");
        check("15 fev 2013", "2013-02-15");
        check("2 jan. 2014", "2014-01-02");
        check_at(
            "Ils ont affirmé, mardi 16 janvier, comprendre",
            Some("2015-06-15"),
            true,
            Some(("mardi 16 janvier", "2018-01-16")),
        );
        check("le quatorze juillet deux mille seize", "2016-07-14");
    }

    #[test]
    fn relative_dates() {
        check("aujourd'hui", "2013-02-12");
        check("hier", "2013-02-11");
        check("après-demain", "2013-02-14");
        check("lundi", "2013-02-18");
        check("mercredi prochain", "2013-02-13");
        check("mercredi suivant", "2013-02-20");
        check("lundi en huit", "2013-02-25");
        check("dimanche dernier", "2013-02-10");
        check("le 2", "2013-03-02");
        check("jeudi 15", "2013-08-15");
        check("en mars", "2013-03");
        check("en novembre dernier", "2012-11");
        check("mercredi 14 heures", "2013-02-13T14:00:00");
        // "depuis" looks back, whatever the tense (DUCK's is the present).
        check("depuis le 5 octobre", "2012-10-05/..");
        // A bound inside it is the same open interval.
        check("depuis au moins 2009", "2009/..");
        check("à partir du 5 octobre", "2013-10-05/..");
        check("septembre prochain", "2013-09");
        check("le mois dernier", "2013-01");
        check("l'année dernière", "2012");
        check("cette année", "2013");
        check("cette semaine", "2013-02-11/2013-02-17");
        check("il y a trois mois", "2012-11-12");
        check("dans 1 an", "2014-02");
        check("dans une heure", "2013-02-12T05:30:00");
        check("dans une demi-heure", "2013-02-12T05:00:00");
        check("du lundi au vendredi", "2013-02-18/2013-02-22");
        check("2 derniers mois", "2012-12-01/2013-01-31");
        check("3 prochains jours", "2013-02-13/2013-02-15");
        check("noël", "2013-12-25");
        check("premier janvier", "2014-01-01");
    }

    #[test]
    fn news_dates() {
        check_at(
            "Le PIB a augmenté en mars",
            Some("2025-06"),
            true,
            Some(("en mars", "2025-03")),
        );
        check_at(
            "à partir du mois d'août",
            Some("2025-06"),
            false,
            Some(("à partir du mois d'août", "2025-08/..")),
        );
        check_at(
            "au cours des 12 derniers mois",
            Some("2025-04-02"),
            true,
            Some(("au cours des 12 derniers mois", "2024-04-01/2025-03-31")),
        );
        check_at(
            "des 18 prochains mois",
            Some("2025-06"),
            false,
            Some(("des 18 prochains mois", "2025-07-01/2026-12-31")),
        );
        check_at("Depuis 2018", None, false, Some(("Depuis 2018", "2018/..")));
        check_at("d’ici 2035", None, false, Some(("d’ici 2035", "2035")));
        check_at(
            "mi-2026",
            None,
            false,
            Some(("mi-2026", "2026-06-01/2026-07-31")),
        );
        check_at(
            "début 2025",
            None,
            false,
            Some(("début 2025", "2025-01-01/2025-02-28")),
        );
        check_at(
            "fin 2024",
            None,
            false,
            Some(("fin 2024", "2024-11-01/2024-12-31")),
        );
        check_at(
            "au premier trimestre",
            Some("2025-06"),
            true,
            Some(("au premier trimestre", "2025-01-01/2025-03-31")),
        );
        check_at(
            "au début de ce mois",
            Some("2026-02-11"),
            true,
            Some(("au début de ce mois", "2026-02-01/2026-02-10")),
        );
        check_at(
            "il y a un an",
            Some("2026-02-11T09:01:00+09:00"),
            true,
            Some(("il y a un an", "2025-02")),
        );
        check_at(
            "plus tard ce mois-ci",
            Some("2026-02-11"),
            false,
            Some(("ce mois-ci", "2026-02")),
        );
        check_at(
            "Mercredi 11 février 2026 à 9h01 GMT+9",
            Some("2026-02-11T09:01:00+09:00"),
            false,
            Some((
                "Mercredi 11 février 2026 à 9h01 GMT+9",
                "2026-02-11T09:01:00",
            )),
        );
        check_at(
            "la semaine dernière",
            None,
            false,
            Some(("la semaine dernière", "null")),
        );
        check_at(
            "2023-2025",
            None,
            false,
            Some(("2023-2025", "2023-01-01/2025-12-31")),
        );
        check_at("- 2023 : un thème", None, false, Some(("2023", "2023")));
    }

    #[test]
    fn times_and_intervals() {
        check("15h", "2013-02-12T15:00:00");
        check("14 h 30", "2013-02-12T14:30:00");
        check("vers 20 h", "2013-02-12T20:00:00");
        check("minuit", "2013-02-13T00:00:00");
        check("midi moins le quart", "2013-02-12T11:45:00");
        check(
            "trois heures et quart demain après-midi",
            "2013-02-13T15:15:00",
        );
        check("le 2 mars à 5h du matin", "2013-03-02T05:00:00");
        check("lundi matin", "2013-02-18T04:00:00/2013-02-18T11:00:00");
        check("13 au 15 juillet", "2013-07-13/2013-07-15");
        check("du 10 juin au 1er juillet", "2013-06-10/2013-07-01");
        check(
            "de 9h30 jusqu'à 11h jeudi",
            "2013-02-14T09:30:00/2013-02-14T11:00:00",
        );
        check(
            "jeudi de 9h à 11h",
            "2013-02-14T09:00:00/2013-02-14T11:00:00",
        );
        check("à partir du 8 mars", "2013-03-08/..");
        check("avant 16h", "../2013-02-12T16:00:00");
        check("fin mars", "2013-03-21/2013-03-31");
        check("la première quinzaine d'avril", "2013-04-01/2013-04-14");
        check("le dernier jour d'octobre 2015", "2015-10-31");
        check("dernier jour d'octobre 2015", "2015-10-31");
        check("premier mercredi du mois prochain", "2013-03-06");
        check(
            "la dernière semaine de septembre 2014",
            "2014-09-22/2014-09-28",
        );
        check("cet été", "2013-06-21/2013-09-22");
        check("seize heures CET", "2013-02-12T13:00:00");
    }

    /// Corpus lines and random soups of the grammar's words, digits and
    /// marks: inputs for the tests of the pre-tests.
    pub(crate) fn soups() -> Vec<String> {
        let mut texts: Vec<String> = Vec::new();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for e in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let t = std::fs::read_to_string(e.path()).unwrap_or_default();
            texts.extend(t.lines().map(String::from));
        }
        let mut words: Vec<String> = "de d' des les la le l' du au aux a à en un une ce cet \
             cette , . - / : h H 1er er e eme 2 15 31 12 2025 74 9 30 1/3/2013 2013-03-01 \
             et ou plus moins tard tôt très vers environ autour alentours peu près dès \
             depuis avant après jusqu' jusqu'au mois semaine jour jours an ans année \
             prochain dernier passé suivant lendemain veille maintenant tout suite présent \
             midi minuit heures heure minutes quart demi demie trois vingt deux premier \
             Mars Apr Jan. lun. mer. GMT UTC +9 Noël Pâques matin soir après-midi \
             déjeuner travail début milieu fin mi été hiver printemps cours partir ici \\
             années 1990 90 ans week-end quinzaine trimestre semestre T3 XXIe troisième \\
             dernière il y dès Dès entre jusqu'à l'espace d'ici ces les pendant durant \\
             derniers prochaines passées suivants venir cette cet n'importe quand ,5 \\
             300 45 3e 05 00 0 24 32 100000 1000 2999 3000 999 4ème 14 11"
            .split_whitespace()
            .map(String::from)
            .collect();
        for (w, _) in LEX.months.iter().chain(LEX.weekdays.iter()).take(40) {
            words.push(w.to_string());
        }
        // Every string of the grammars' sources (phrases of their tables,
        // words they test, examples of the tests), alone and before the
        // usual continuations.
        let mut phrases: Vec<String> = Vec::new();
        for src in [
            include_str!("time.rs"),
            include_str!("measure.rs"),
            include_str!("num.rs"),
            include_str!("lib.rs"),
        ] {
            // String literals: escapes skipped, '"' is no quote.
            let src = src.replace("'\"'", "");
            let mut lit: Option<String> = None;
            let mut chars = src.chars();
            while let Some(c) = chars.next() {
                match (&mut lit, c) {
                    (None, '"') => lit = Some(String::new()),
                    (None, _) => {}
                    (Some(_), '\\') => {
                        chars.next();
                        lit = Some("{".into());
                    }
                    (Some(l), '"') => {
                        if !l.contains(['\n', '{']) && l.len() < 60 {
                            phrases.push(std::mem::take(l));
                        }
                        lit = None;
                    }
                    (Some(l), c) => l.push(c),
                }
            }
        }
        phrases.sort();
        phrases.dedup();
        for p in &phrases {
            for next in [
                "",
                " 12",
                " 2025",
                " 1990",
                " mars",
                " 15 mars 2025",
                " 3 jours",
                " 9h",
                " matin",
                " fin 2025",
                " mi-mars",
            ] {
                texts.push(format!("{p}{next}"));
                texts.push(format!("le {p}{next} dernier"));
            }
        }
        words.extend(phrases);
        let mut next = frclaims_benchdata::xorshift(11);
        for _ in 0..6000 {
            let mut text = String::new();
            let mut seed = next();
            for _ in 0..(seed % 12 + 1) {
                seed = next();
                text.push_str(&words[(seed >> 20) as usize % words.len()]);
                text.push(if seed % 5 == 0 { '-' } else { ' ' });
            }
            texts.push(text);
        }
        texts
    }

    #[test]
    fn atom_pre_test_keeps_every_part() {
        let mut tried = 0;
        for t in soups() {
            let n = Folded::new(&t);
            let cx = Cx::new(&t, &n, Ref::parse(DUCK), false);
            for i in 0..=cx.len() {
                for flag in [false, true] {
                    let full = atom_full(&cx, i, flag).0;
                    tried += usize::from(full.is_some());
                    assert_eq!(atom_uncached(&cx, i, flag).0, full, "{t} @{i}");
                }
            }
        }
        assert!(tried > 1000, "{tried}");
    }

    #[test]
    fn connector_first_bytes_keep_every_connector() {
        let mut found = 0;
        for t in soups() {
            let n = Folded::new(&t);
            let cx = Cx::new(&t, &n, Ref::parse(DUCK), false);
            for j in 0..=cx.len() + 1 {
                let all: Vec<usize> = CONNECTORS.iter().filter_map(|c| cx.seq(j, c)).collect();
                let first = cx.t.get(j).and_then(|t| t.norm.as_bytes().first());
                let mask = first.map_or(0, |&b| CONNECTOR_FIRST[usize::from(b)]);
                let by_first: Vec<usize> = (0..CONNECTORS.len())
                    .filter(|&k| mask & (1 << k) != 0)
                    .filter_map(|k| cx.seq(j, CONNECTORS[k]))
                    .collect();
                found += all.len();
                assert_eq!(by_first, all, "{t} @{j}");
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn parse_pre_tests_keep_every_expression() {
        // The pre-tests of `parse` and `single` are also checked by debug
        // assertions against the forms they skip.
        let mut found = 0;
        for t in soups() {
            let n = Folded::new(&t);
            for (r, past) in [(Ref::parse(DUCK), false), (None, true)] {
                let cx = Cx::new(&t, &n, r, past);
                for i in 0..=cx.len() {
                    cx.set_tense_at(i);
                    let fast = parse(&cx, i);
                    cx.set_tense_at(i);
                    let full = parse_full(&cx, i);
                    found += usize::from(full.is_some());
                    assert_eq!(fast, full, "{t} @{i}");
                }
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn interval_connector_firsts_as_the_forms() {
        let mut firsts: Vec<&str> = INTERVAL_FORMS
            .iter()
            .flat_map(|(_, conns)| conns.iter().filter_map(|c| c.split(' ').next()))
            .collect();
        firsts.sort();
        firsts.dedup();
        // The same answer as the forms' first tokens on each of them and on
        // every word of the soups.
        let mut words: Vec<String> = firsts.iter().map(|f| f.to_string()).collect();
        for t in soups() {
            words.extend(t.split([' ', '-']).map(String::from));
        }
        for w in &words {
            assert_eq!(
                interval_connector_first(w),
                firsts.contains(&w.as_str()),
                "{w}"
            );
        }
    }

    #[test]
    fn not_dates() {
        check_at("2000 personnes", None, false, None);
        check_at("les jours", Some(DUCK), false, None);
    }
}
