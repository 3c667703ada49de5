//! Cardinal and ordinal numbers, in digits and in French words.
//!
//! Digits: groups of three separated by a space (U+0020, U+00A0, U+202F) or a
//! dot ("12 500", "12.500"), a decimal comma or dot ("5,4", "3.5"), a glued
//! scale suffix ("10k", "3M", "1,5 Md") and a following scale word ("1,5
//! million"). Words: the French grammar of 0 … 999 999 999 999, with or
//! without hyphens, "et" (vingt et un), "soixante-dix", "quatre-vingt(s)" and
//! the Belgian/Swiss septante, huitante, octante, nonante.

use crate::cx::Cx;
use crate::lex::{NumClass, LEX};
use crate::tok::Kind;

/// A parsed number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumP {
    /// First token after the number.
    pub end: usize,
    /// Its value.
    pub v: f64,
    /// Written in digits.
    pub digits: bool,
    /// A single plain run of digits (no grouping, decimals or scale).
    pub plain: bool,
    /// Number of digits of a plain run.
    pub ndigits: usize,
}

/// Horizontal whitespace only (groups never span lines).
fn single_space(gap: &str) -> bool {
    let mut n = 0;
    for c in gap.chars() {
        if !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
            return false;
        }
        n += 1;
    }
    n == 1
}

/// A number in digits at `i`, with its grouping, decimals and scale.
pub fn digits(cx: &Cx, i: usize) -> Option<NumP> {
    let t = cx.tok(i)?;
    let mut s = String::new();
    let mut j;
    let mut plain = true;
    if t.norm == "," && cx.kind(i + 1) == Some(Kind::Digits) && cx.glued(i + 1) {
        s.push_str("0.");
        s.push_str(cx.norm(i + 1));
        j = i + 2;
        plain = false;
    } else if t.kind == Kind::Digits {
        // `s` holds the digits read once there is more than this run.
        j = i + 1;
        if t.norm.len() <= 3 {
            // Dot groups, else space groups.
            let dot = cx.is(j, ".")
                && cx.glued(j)
                && cx.kind(j + 1) == Some(Kind::Digits)
                && cx.norm(j + 1).len() == 3
                && cx.glued(j + 1);
            // Comma groups, in English usage and older French print:
            // "1,200,000", "80,000" (two groups, or three zeros, which no
            // decimal is written with).
            let comma_group = |k: usize| {
                cx.is(k, ",")
                    && cx.glued(k)
                    && cx.kind(k + 1) == Some(Kind::Digits)
                    && cx.norm(k + 1).len() == 3
                    && cx.glued(k + 1)
            };
            let commas = comma_group(j)
                && !(cx.kind(j + 2) == Some(Kind::Digits) && cx.glued(j + 2))
                && (comma_group(j + 2) || cx.norm(j + 1) == "000");
            if commas {
                while comma_group(j) {
                    if s.is_empty() {
                        s.push_str(t.norm);
                    }
                    s.push_str(cx.norm(j + 1));
                    j += 2;
                    plain = false;
                }
            } else if dot {
                while cx.is(j, ".")
                    && cx.glued(j)
                    && cx.kind(j + 1) == Some(Kind::Digits)
                    && cx.norm(j + 1).len() == 3
                    && cx.glued(j + 1)
                    && !(cx.kind(j + 2) == Some(Kind::Digits) && cx.glued(j + 2))
                {
                    if s.is_empty() {
                        s.push_str(t.norm);
                    }
                    s.push_str(cx.norm(j + 1));
                    j += 2;
                    plain = false;
                }
            } else {
                while cx.kind(j) == Some(Kind::Digits)
                    && cx.norm(j).len() == 3
                    && single_space(cx.gap(j))
                {
                    if s.is_empty() {
                        s.push_str(t.norm);
                    }
                    s.push_str(cx.norm(j));
                    j += 1;
                    plain = false;
                }
            }
        }
        // Decimals.
        if (cx.is(j, ",") || cx.is(j, "."))
            && cx.glued(j)
            && cx.kind(j + 1) == Some(Kind::Digits)
            && cx.glued(j + 1)
            && !(cx.is(j + 2, ".") && cx.glued(j + 2) && cx.kind(j + 3) == Some(Kind::Digits))
        {
            if s.is_empty() {
                s.push_str(t.norm);
            }
            s.push('.');
            s.push_str(cx.norm(j + 1));
            j += 2;
            plain = false;
        }
    } else {
        return None;
    }
    // A bare run of digits is parsed in place.
    let mut v: f64 = if plain {
        run_value(t.norm)?
    } else {
        s.parse().ok()?
    };
    // Written with at most 12 digits and not scaled, the value is its own
    // rounding to 12 significant digits ([`round12`]).
    let mut exact = !plain && s.bytes().filter(u8::is_ascii_digit).count() <= 12;
    let ndigits = if plain { t.norm.len() } else { 0 };
    // A scale suffix: glued "k", "M", "Md"; spaced "Md", "Mds", "M€", "G$".
    if let Some(st) = cx.tok(j) {
        if st.kind == Kind::Word {
            let glued = !st.sp;
            let next_money = cx.is_any(j + 1, &["$", "€", "£"]) && cx.glued(j + 1);
            let f = match (st.orig, st.norm) {
                (_, "k") if glued || next_money => Some(1e3),
                ("M", _) if glued || next_money => Some(1e6),
                // "185 G$", "3,3 G$": billions of dollars in Quebec usage.
                ("G", _) if next_money => Some(1e9),
                ("Md" | "Mds" | "Mrd" | "Mrds" | "md" | "mds", _) => Some(1e9),
                _ => None,
            };
            if let Some(f) = f {
                v *= f;
                j += 1;
                plain = false;
                exact = false;
            }
        }
    }
    // A scale word: "1,5 million", "12 millions", "3 mille" (`numw`: the
    // number words, looked up once per sentence).
    if let Some(&(f, class)) = cx.numw.get(j).and_then(Option::as_ref) {
        if matches!(class, NumClass::Scale | NumClass::Mille) {
            v *= f;
            j += 1;
            plain = false;
            exact = false;
        }
    }
    Some(NumP {
        end: j,
        v: if plain || exact { v } else { round12(v) },
        digits: true,
        plain,
        ndigits,
    })
}

/// Rounds to 12 significant digits: scaling "524,7 millions" must give
/// 524700000 exactly.
pub fn round12(v: f64) -> f64 {
    // A whole number below 10^12 has at most 12 digits: it is kept.
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return v;
    }
    round12_by_format(v)
}

/// [`round12`] by formatting and parsing back.
fn round12_by_format(v: f64) -> f64 {
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// The value of a run of ASCII digits: summed digit by digit up to 15
/// digits (below 2^53, exact, as parsing gives), else parsed.
#[inline]
fn run_value(s: &str) -> Option<f64> {
    if s.len() <= 15 && s.bytes().all(|c| c.is_ascii_digit()) {
        let n = s.bytes().fold(0u64, |n, c| n * 10 + u64::from(c - b'0'));
        return Some(n as f64);
    }
    s.parse().ok()
}

/// Class and value of the number word at `i`; the token `ord` is read as an
/// ordinal word (its cardinal counterpart).
fn class_at(cx: &Cx, i: usize, ord: Option<usize>) -> Option<(f64, NumClass)> {
    if ord == Some(i) {
        let c = LEX.ordinals.get(cx.word(i)?)?;
        return LEX.numbers.get(c.as_str()).copied();
    }
    if ord.is_some_and(|o| i > o) {
        return None;
    }
    *cx.numw.get(i)?
}

/// Word numbers below 100.
fn sub100(cx: &Cx, i: usize, ord: Option<usize>) -> Option<(usize, f64)> {
    let (v, c) = class_at(cx, i, ord)?;
    let next = |k: usize| class_at(cx, k, ord);
    let teen = |k: usize| -> Option<(usize, f64)> {
        let (v, c) = next(k)?;
        if c != NumClass::Teen {
            return None;
        }
        if v == 10.0 {
            if let Some((u, NumClass::Unit)) = next(k + 1) {
                if (7.0..=9.0).contains(&u) {
                    return Some((k + 2, 10.0 + u));
                }
            }
        }
        Some((k + 1, v))
    };
    match c {
        NumClass::Unit => {
            // quatre-vingt(s)
            if v == 4.0
                && cx
                    .word(i + 1)
                    .is_some_and(|w| w == "vingt" || w == "vingts")
            {
                let k = i + 2;
                if let Some((e, t)) = teen(k) {
                    return Some((e, 80.0 + t));
                }
                if let Some((u, NumClass::Unit)) = next(k) {
                    if u >= 1.0 && cx.word(k) != Some("une") {
                        return Some((k + 1, 80.0 + u));
                    }
                }
                return Some((k, 80.0));
            }
            Some((i + 1, v))
        }
        NumClass::Teen => teen(i),
        NumClass::Tens => {
            let k = i + 1;
            if v == 60.0 {
                if let Some((e, t)) = teen(k) {
                    return Some((e, 60.0 + t));
                }
                if cx.is(k, "et") && class_at(cx, k + 1, ord) == Some((11.0, NumClass::Teen)) {
                    return Some((k + 2, 71.0));
                }
            }
            if cx.is(k, "et") {
                if let Some((1.0, NumClass::Unit)) = next(k + 1) {
                    return Some((k + 2, v + 1.0));
                }
            }
            if let Some((u, NumClass::Unit)) = next(k) {
                if u >= 1.0 {
                    return Some((k + 1, v + u));
                }
            }
            // "trente 3"
            if ord.is_none() && cx.kind(k) == Some(Kind::Digits) && cx.norm(k).len() == 1 {
                let d: f64 = cx.norm(k).parse().ok()?;
                if d >= 1.0 && !(cx.kind(k + 1) == Some(Kind::Digits)) {
                    return Some((k + 1, v + d));
                }
            }
            Some((k, v))
        }
        _ => None,
    }
}

fn sub1000(cx: &Cx, i: usize, ord: Option<usize>) -> Option<(usize, f64)> {
    if let Some((_, NumClass::Cent)) = class_at(cx, i, ord) {
        if let Some((e, r)) = sub100(cx, i + 1, ord) {
            return Some((e, 100.0 + r));
        }
        return Some((i + 1, 100.0));
    }
    let (e, m) = sub100(cx, i, ord)?;
    if m >= 2.0 {
        if let Some((_, NumClass::Cent)) = class_at(cx, e, ord) {
            if let Some((e2, r)) = sub100(cx, e + 1, ord) {
                return Some((e2, m * 100.0 + r));
            }
            return Some((e + 1, m * 100.0));
        }
    }
    Some((e, m))
}

fn sub1e6(cx: &Cx, i: usize, ord: Option<usize>) -> Option<(usize, f64)> {
    if let Some((_, NumClass::Mille)) = class_at(cx, i, ord) {
        if let Some((e, r)) = sub1000(cx, i + 1, ord) {
            return Some((e, 1000.0 + r));
        }
        return Some((i + 1, 1000.0));
    }
    let (e, m) = sub1000(cx, i, ord)?;
    if m >= 2.0 {
        if let Some((_, NumClass::Mille)) = class_at(cx, e, ord) {
            if let Some((e2, r)) = sub1000(cx, e + 1, ord) {
                return Some((e2, m * 1000.0 + r));
            }
            return Some((e + 1, m * 1000.0));
        }
    }
    Some((e, m))
}

/// A number in French words at `i`, reading token `ord` as an ordinal word.
fn words_with(cx: &Cx, i: usize, ord: Option<usize>) -> Option<(usize, f64)> {
    // No number word at `i` (read as a cardinal): nothing starts here.
    if ord != Some(i) && cx.numw.get(i).copied().flatten().is_none() {
        return None;
    }
    // The plural « cents » is written only after what it multiplies
    // ("deux cents"): alone it is the coin ("62 cents à 81,55 dollars").
    if cx.is(i, "cents") {
        return None;
    }
    let mut total = 0.0;
    let mut pos = i;
    let mut last_scale = f64::INFINITY;
    let mut any = false;
    while let Some((e, v)) = sub1e6(cx, pos, ord) {
        if let Some((s, NumClass::Scale)) = class_at(cx, e, ord) {
            if s < last_scale && v < 1000.0 {
                total += v * s;
                pos = e + 1;
                last_scale = s;
                any = true;
                continue;
            }
        }
        total += v;
        pos = e;
        any = true;
        break;
    }
    any.then_some((pos, total))
}

/// A cardinal in French words at `i`.
pub fn words(cx: &Cx, i: usize) -> Option<NumP> {
    let (mut end, mut v) = words_with(cx, i, None)?;
    // "zéro virgule cinq", "trois virgule quatorze", "un virgule zéro cinq"
    if cx.is(end, "virgule") {
        let mut k = end + 1;
        let mut zeros = 0;
        while cx.is_any(k, &["zero", "0"]) {
            zeros += 1;
            k += 1;
        }
        let frac = if cx.kind(k) == Some(Kind::Digits) {
            Some((
                k + 1,
                cx.norm(k).parse::<f64>().unwrap_or(0.0),
                cx.norm(k).len(),
            ))
        } else {
            words_with(cx, k, None)
                .filter(|(_, f)| f.fract() == 0.0)
                .map(|(e, f)| (e, f, format!("{f}").len()))
        };
        if let Some((e, f, len)) = frac {
            v += f / 10f64.powi((len + zeros) as i32);
            end = e;
        } else if zeros > 0 {
            end = k;
        }
        v = round12(v);
    }
    Some(NumP {
        end,
        v,
        digits: false,
        plain: false,
        ndigits: 0,
    })
}

/// A cardinal at `i`, in digits or words (the longer reading).
pub fn cardinal(cx: &Cx, i: usize) -> Option<NumP> {
    match (digits(cx, i), words(cx, i)) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A cardinal with an optional sign ("-3", "+2,15", "- 1.200.000").
pub fn signed(cx: &Cx, i: usize) -> Option<NumP> {
    if cx.is_any(i, &["-", "+"]) && cx.kind(i + 1) == Some(Kind::Digits) {
        // A hyphen glued after a word or digits is not a sign ("GPT-4", "2023-2025").
        let after_token = i > 0 && cx.glued(i) && cx.kind(i - 1) != Some(Kind::Punct);
        if !after_token {
            let mut n = digits(cx, i + 1)?;
            if cx.is(i, "-") {
                n.v = -n.v;
            }
            n.plain = false;
            return Some(n);
        }
    }
    if cx.is(i, ",") {
        return digits(cx, i);
    }
    cardinal(cx, i)
}

/// A Roman numeral's value.
fn roman(s: &str) -> Option<u32> {
    let val = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let vals: Vec<u32> = s.chars().map(val).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, &v) in vals.iter().enumerate() {
        if vals.get(k + 1).is_some_and(|&n| n > v) {
            total -= v as i32;
        } else {
            total += v as i32;
        }
    }
    (total > 0 && total < 4000).then_some(total as u32)
}

/// Suffixes of ordinals in digits ("1er", "2e", "3ème").
pub(crate) const SUFFIXES: [&str; 16] = [
    "er", "ere", "re", "e", "eme", "ieme", "emes", "iemes", "es", "ers", "eres", "res", "nd",
    "nde", "nds", "ndes",
];

/// An ordinal at `i`: "1er", "2e", "11ème", "XXIe", "deuxième",
/// "vingt et unième", "premier".
pub fn ordinal(cx: &Cx, i: usize) -> Option<(usize, f64)> {
    let t = cx.tok(i)?;
    if t.kind == Kind::Digits {
        let w = cx.tok(i + 1)?;
        if w.kind == Kind::Word && !w.sp && SUFFIXES.contains(&w.norm) && t.norm.len() <= 4 {
            return Some((i + 2, t.norm.parse().ok()?));
        }
        return None;
    }
    if t.kind != Kind::Word {
        return None;
    }
    // Roman numerals: "XXIe", "IIIe", "Ier" (a Roman letter first).
    let roman_first = matches!(
        t.orig.as_bytes().first(),
        Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
    );
    for suf in ["eme", "er", "e"].into_iter().filter(|_| roman_first) {
        if let Some(stem) = t
            .orig
            .strip_suffix(suf)
            .or_else(|| t.orig.strip_suffix("ème"))
        {
            let single_ok = matches!(stem, "I" | "V" | "X");
            if (stem.len() >= 2 || single_ok) && stem.chars().all(|c| "IVXLCDM".contains(c)) {
                return roman(stem).map(|v| (i + 1, f64::from(v)));
            }
        }
    }
    // Words: find the ordinal word, then read a cardinal ending on it.
    for k in i..(i + 8).min(cx.len()) {
        let w = cx.word(k)?;
        if let Some(c) = LEX.ordinals.get(w) {
            if k == i {
                if w == "unieme" {
                    return None;
                }
                return LEX.numbers.get(c.as_str()).map(|&(v, _)| (i + 1, v));
            }
            if w.starts_with("premi") || w.starts_with("second") {
                return None;
            }
            return match words_with(cx, i, Some(k)) {
                Some((e, v)) if e == k + 1 => Some((e, v)),
                _ => None,
            };
        }
        // A number word (`numw`: looked up once per sentence).
        if cx.numw.get(k).copied().flatten().is_none() && w != "et" {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tok::Folded;

    fn check(input: &str, expected: Option<f64>) {
        let n = Folded::new(input);
        let cx = Cx::new(input, &n, None, false);
        let got = signed(&cx, 0).filter(|p| p.end == cx.len()).map(|p| p.v);
        assert_eq!(got, expected, "{input}");
    }

    fn check_ord(input: &str, expected: Option<f64>) {
        let n = Folded::new(input);
        let cx = Cx::new(input, &n, None, false);
        let got = ordinal(&cx, 0).filter(|p| p.0 == cx.len()).map(|p| p.1);
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn fast_paths_as_parsing_and_formatting() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in 1..=20 {
            for _ in 0..2000 {
                let s: String = (0..len)
                    .map(|_| char::from(b'0' + (next() % 10) as u8))
                    .collect();
                assert_eq!(run_value(&s), s.parse().ok(), "{s}");
                let v: f64 = s.parse().unwrap_or(0.0);
                assert_eq!(round12(v).to_bits(), round12_by_format(v).to_bits(), "{s}");
                // Decimals of at most 12 digits are their own rounding.
                if len <= 12 {
                    for k in 0..len {
                        let d = format!("{}.{}", &s[..k.max(1)], &s[k.max(1)..]);
                        let d = d.trim_end_matches('.');
                        let v: f64 = d.parse().unwrap_or(0.0);
                        assert_eq!(v.to_bits(), round12_by_format(v).to_bits(), "{d}");
                        let z = format!("0.{s}");
                        let v: f64 = z.parse().unwrap_or(0.0);
                        assert_eq!(v.to_bits(), round12_by_format(v).to_bits(), "{z}");
                    }
                }
                for f in [1e3, 1e6, 1e9, 1e12, 0.5, 0.01] {
                    let w = v * f;
                    assert_eq!(round12(w).to_bits(), round12_by_format(w).to_bits(), "{w}");
                    let w = v / 7.0 * f;
                    assert_eq!(round12(w).to_bits(), round12_by_format(w).to_bits(), "{w}");
                }
            }
        }
    }

    #[test]
    fn digit_forms() {
        check("12 500", Some(12500.0));
        check("12\u{a0}500", Some(12500.0));
        check("12\u{202f}500", Some(12500.0));
        check("12.500", Some(12500.0));
        check("1 234 567,89", Some(1234567.89));
        check("5,4", Some(5.4));
        check("-3", Some(-3.0));
        check("+2,15", Some(2.15));
        check("- 1.200.000", Some(-1200000.0));
        check("6.700,54", Some(6700.54));
        check("1,2M", Some(1200000.0));
        check("100k", Some(100000.0));
        check("1,5 million", Some(1500000.0));
        check("524,7 millions", Some(524700000.0));
        check("1,5 Md", Some(1.5e9));
    }

    #[test]
    fn word_forms() {
        check("zéro", Some(0.0));
        check("seize", Some(16.0));
        check("dix-sept", Some(17.0));
        check("dix sept", Some(17.0));
        check("vingt et un", Some(21.0));
        check("vingt-et-un", Some(21.0));
        check("soixante-dix", Some(70.0));
        check("soixante et onze", Some(71.0));
        check("soixante dix huit", Some(78.0));
        check("quatre-vingts", Some(80.0));
        check("quatre-vingt-dix-neuf", Some(99.0));
        check("quatre vingt un", Some(81.0));
        check("septante-trois", Some(73.0));
        check("nonante", Some(90.0));
        check("cent", Some(100.0));
        check("deux cents", Some(200.0));
        check("cents", None);
        check("cent dix-huit", Some(118.0));
        check("mille", Some(1000.0));
        check("deux mille vingt-six", Some(2026.0));
        check("quatre mille vingt", Some(4020.0));
        check("cent mille", Some(100000.0));
        check("trois milliards", Some(3e9));
        check("un million deux cent mille", Some(1200000.0));
        check("trente 3", Some(33.0));
        check("zéro virgule cinq", Some(0.5));
        check("trois virgule vingt-cinq", Some(3.25));
        check("un virgule zéro cinq", Some(1.05));
    }

    #[test]
    fn ordinals() {
        check_ord("1er", Some(1.0));
        check_ord("1re", Some(1.0));
        check_ord("1ère", Some(1.0));
        check_ord("1res", Some(1.0));
        check_ord("2nde", Some(2.0));
        check_ord("2e", Some(2.0));
        check_ord("2ème", Some(2.0));
        check_ord("11eme", Some(11.0));
        check_ord("première", Some(1.0));
        check_ord("second", Some(2.0));
        check_ord("deuxième", Some(2.0));
        check_ord("onzième", Some(11.0));
        check_ord("vingt et unième", Some(21.0));
        check_ord("dix-septième", Some(17.0));
        check_ord("quatre-vingt-dixième", Some(90.0));
        check_ord("XXIe", Some(21.0));
        check_ord("IIIe", Some(3.0));
        check_ord("unième", None);
        check_ord("vingt", None);
    }
}
