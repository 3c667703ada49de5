//! Tokens of one sentence, on its folded text (as
//! [`frclaims_model::Normalized`] folds, one character for one), with the
//! original text beside. The text is folded while it is tokenized, in one
//! pass over its original bytes; `tokenize_reference` (tests) folds first
//! and tokenizes after, and must find the same tokens.
//!
//! A token is a word (letters, with a trailing elision apostrophe kept:
//! "l'", "d'", "aujourd'"), a run of ASCII digits, or one other non-space
//! character. A hyphen glued between two words is dropped ("quatre-vingt",
//! "après-midi"): the second word is then marked as glued to the first, so
//! grammars see "quatre vingt" either way.

use frclaims_model::{fold_char, LATIN1_FOLD};

/// Byte classes of the tokenizer.
const SPACE: u8 = 0;
const DIGIT: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 3;
const OTHER: u8 = 4;
const HIGH: u8 = 5;

/// The class of each byte.
const CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// The tokens of a sentence, found in one pass over its original text
/// while folding it as [`frclaims_model::Normalized`] folds (one character
/// for one): the same tokens as [`tokenize_reference`] finds on the folded
/// text. `arena` holds the original text with its ASCII capitals lowered,
/// then the folded text of the tokens that are not ASCII (ASCII words,
/// digits and punctuation are not copied).
#[derive(Default)]
pub struct Folded {
    arena: String,
    toks: Vec<RawTok>,
}

/// A token before its texts are borrowed: its folded text is
/// `arena[n0..n1]` (in the lowered original when the token is ASCII).
#[derive(Debug, Clone, Copy)]
struct RawTok {
    kind: Kind,
    sp: bool,
    n0: u32,
    n1: u32,
    b0: u32,
    b1: u32,
}

/// True for the characters that make words (on folded characters).
#[inline(always)]
fn is_letter(ch: char) -> bool {
    ch.is_ascii_alphabetic() || (!ch.is_ascii() && ch.is_alphabetic())
}

/// The folded character of the original character at byte `i` (not
/// ASCII: `b[i] >= 0x80`) and the original length.
#[inline(always)]
fn fold_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    if b[i] == 0xC3 && i + 1 < b.len() {
        return (LATIN1_FOLD[usize::from(b[i + 1] & 0x3F)], 2);
    }
    let ch = text[i..].chars().next().unwrap_or(' ');
    (fold_char(ch), ch.len_utf8())
}

/// The folded character at byte `i` and its original length (any byte).
#[inline(always)]
fn folded(text: &str, i: usize) -> (char, usize) {
    let c = text.as_bytes()[i];
    if c < 0x80 {
        (char::from(c.to_ascii_lowercase()), 1)
    } else {
        fold_at(text, i)
    }
}

impl Folded {
    /// Folds and tokenizes `original`.
    pub fn new(original: &str) -> Folded {
        let mut f = Folded::default();
        f.fill(original);
        f
    }

    /// Folds and tokenizes `original` into this value, reusing its buffers.
    pub fn fill(&mut self, original: &str) {
        let text = original;
        let bytes = text.as_bytes();
        let n = bytes.len();
        let arena = &mut self.arena;
        let out = &mut self.toks;
        arena.clear();
        // The original first, ASCII capitals lowered: the folded text of
        // every token is then a slice of `arena` (no test per token in
        // `tokenize_into`), and an ASCII word is not copied.
        arena.push_str(text);
        arena.make_ascii_lowercase();
        out.clear();
        let class = |i: usize| CLASS[usize::from(bytes[i])];
        let mut sp = true;
        let mut pending_hyphen = false;
        let mut i = 0;
        while i < n {
            let c = bytes[i];
            let k = class(i);
            // ASCII whitespace first: most separators.
            if k == SPACE {
                sp = true;
                i += 1;
                continue;
            }
            let b = i;
            let (kind, end, in_arena, n0, n1);
            if k == DIGIT {
                let mut e = b + 1;
                while e < n && class(e) == DIGIT {
                    e += 1;
                }
                (kind, end, in_arena, n0, n1) = (Kind::Digits, e, false, b, e);
            } else if k != OTHER {
                let (f, l) = if k == HIGH {
                    fold_at(text, b)
                } else {
                    (char::from(c), 1)
                };
                if k == HIGH && f.is_whitespace() {
                    sp = true;
                    i += l;
                    continue;
                }
                if is_letter(f) {
                    // A word: ASCII letters without decoding; `clean` while
                    // it is ASCII (its folded text is then the lowered
                    // original at the start of `arena`).
                    let mut clean = k != HIGH;
                    let mut e = b + l;
                    loop {
                        let mut k2 = HIGH;
                        // ASCII letters eight at a time: the run's length
                        // without a branch per letter.
                        while let Some(w) = bytes.get(e..e + 8) {
                            let w = u64::from_le_bytes([
                                w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
                            ]);
                            let letters = frclaims_model::ascii_letter_bits(w);
                            let stop = !letters & 0x8080_8080_8080_8080;
                            let run = (stop.trailing_zeros() / 8) as usize;
                            e += run;
                            if run < 8 {
                                break;
                            }
                        }
                        while e < n {
                            k2 = class(e);
                            if k2 == LOWER || k2 == UPPER {
                                e += 1;
                            } else {
                                break;
                            }
                        }
                        if e >= n || k2 != HIGH {
                            break;
                        }
                        let (f2, l2) = fold_at(text, e);
                        if !is_letter(f2) {
                            break;
                        }
                        clean = false;
                        e += l2;
                    }
                    // An elision apostrophe followed by a letter stays
                    // with its word.
                    if e < n && (bytes[e] == b'\'' || bytes[e] >= 0x80) {
                        let (f2, l2) = folded(text, e);
                        if f2 == '\'' && e + l2 < n && is_letter(folded(text, e + l2).0) {
                            clean &= l2 == 1;
                            e += l2;
                        }
                    }
                    if clean {
                        (kind, end, in_arena, n0, n1) = (Kind::Word, e, false, b, e);
                    } else {
                        let a0 = arena.len();
                        let mut k = b;
                        while k < e {
                            let x = bytes[k];
                            if x < 0x80 {
                                arena.push(char::from(x.to_ascii_lowercase()));
                                k += 1;
                            } else {
                                let (f2, l2) = fold_at(text, k);
                                arena.push(f2);
                                k += l2;
                            }
                        }
                        (kind, end, in_arena, n0, n1) = (Kind::Word, e, true, a0, arena.len());
                    }
                } else {
                    // One other character, not ASCII.
                    let a0 = arena.len();
                    arena.push(f);
                    (kind, end, in_arena, n0, n1) = (Kind::Punct, b + l, true, a0, arena.len());
                }
            } else {
                // One other ASCII character, its own fold.
                (kind, end, in_arena, n0, n1) = (Kind::Punct, b + 1, false, b, b + 1);
            }
            i = end;
            // A hyphen glued between two words is dropped.
            if kind == Kind::Punct && !sp && n1 - n0 == 1 {
                let hyphen = arena.as_bytes()[n0] == b'-';
                if hyphen {
                    let prev_word = out.last().is_some_and(|t| t.kind == Kind::Word);
                    let next_word = i < n && is_letter(folded(text, i).0);
                    if prev_word && next_word {
                        if in_arena {
                            arena.truncate(n0);
                        }
                        pending_hyphen = true;
                        continue;
                    }
                }
            }
            out.push(RawTok {
                kind,
                // (Without branches: `sp` is often false after punctuation.
                // The first token has `sp`: it is set until a token is
                // pushed.)
                sp: sp | pending_hyphen,
                n0: n0 as u32,
                n1: n1 as u32,
                b0: b as u32,
                b1: end as u32,
            });
            sp = false;
            pending_hyphen = false;
        }
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and an elision apostrophe).
    Word,
    /// ASCII digits.
    Digits,
    /// Any other single non-space character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    /// Its kind.
    pub kind: Kind,
    /// Folded text (lowercase, no accents).
    pub norm: &'a str,
    /// Original text.
    pub orig: &'a str,
    /// Original byte offsets, relative to the sentence.
    pub b0: usize,
    /// End (exclusive) of the original bytes.
    pub b1: usize,
    /// Whitespace (or a dropped hyphen) before it: false when glued to the
    /// previous token.
    pub sp: bool,
}

/// The tokens of `text`, folded and tokenized as `n` ([`Folded::new`]).
pub fn tokenize<'a>(text: &'a str, n: &'a Folded) -> Vec<Tok<'a>> {
    tokenize_into(text, n, Vec::with_capacity(n.toks.len()))
}

/// The tokens of `text` (folded and tokenized as `n`) into `out`, cleared
/// first.
pub fn tokenize_into<'a>(text: &'a str, n: &'a Folded, mut out: Vec<Tok<'a>>) -> Vec<Tok<'a>> {
    out.clear();
    out.extend(n.toks.iter().map(|t| {
        let (n0, n1) = (t.n0 as usize, t.n1 as usize);
        let (b0, b1) = (t.b0 as usize, t.b1 as usize);
        Tok {
            kind: t.kind,
            norm: &n.arena[n0..n1],
            orig: &text[b0..b1],
            b0,
            b1,
            sp: t.sp,
        }
    }));
    out
}

/// The reference tokenizer: folds the whole text first, then tokenizes the
/// folded text ([`Folded`] must find the same tokens).
#[cfg(test)]
pub fn tokenize_reference(text: &str) -> Vec<(Kind, String, std::ops::Range<usize>, bool)> {
    let norm = frclaims_model::Normalized::new(text);
    let s = norm.as_str();
    let bytes = s.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        let ch = s[i..].chars().next().unwrap_or(' ');
        (ch, ch.len_utf8())
    };
    let mut out: Vec<(Kind, String, std::ops::Range<usize>, bool)> = Vec::new();
    let mut sp = true;
    let mut pending_hyphen = false;
    let mut i = 0;
    while i < bytes.len() {
        let (c, l) = char_at(i);
        if c.is_whitespace() {
            sp = true;
            i += l;
            continue;
        }
        let b = i;
        let (kind, end) = if c.is_ascii_digit() {
            let mut e = b + 1;
            while e < bytes.len() && bytes[e].is_ascii_digit() {
                e += 1;
            }
            (Kind::Digits, e)
        } else if is_letter(c) {
            let mut e = b + l;
            while e < bytes.len() {
                let (c2, l2) = char_at(e);
                if !is_letter(c2) {
                    break;
                }
                e += l2;
            }
            if bytes.get(e) == Some(&b'\'') && e + 1 < bytes.len() && is_letter(char_at(e + 1).0) {
                e += 1;
            }
            (Kind::Word, e)
        } else {
            (Kind::Punct, b + l)
        };
        i = end;
        let nt = &s[b..end];
        if kind == Kind::Punct && nt == "-" && !sp {
            let prev_word = out.last().is_some_and(|t| t.0 == Kind::Word);
            let next_word = i < bytes.len() && is_letter(char_at(i).0);
            if prev_word && next_word {
                pending_hyphen = true;
                continue;
            }
        }
        let o0 = norm.original_byte(b);
        let o1 = norm.original_byte(end);
        let first = out.is_empty();
        out.push((kind, nt.to_string(), o0..o1, sp || pending_hyphen || first));
        sp = false;
        pending_hyphen = false;
    }
    out
}

/// An emptied token buffer, to be filled again with tokens of another text
/// (the allocation is kept).
pub fn recycle(mut v: Vec<Tok<'_>>) -> Vec<Tok<'static>> {
    v.clear();
    v.into_iter()
        .map(|_| -> Tok<'static> { unreachable!("the vector is empty") })
        .collect()
}

/// The folded token texts of a lexicon phrase, tokenized like the text.
pub fn phrase(p: &str) -> Vec<String> {
    // A final elision ("plus d'") keeps its apostrophe as before a word.
    let elided = p.ends_with('\'');
    let text = if elided {
        format!("{p}x")
    } else {
        p.to_string()
    };
    let n = Folded::new(&text);
    let mut out: Vec<String> = tokenize(&text, &n)
        .iter()
        .map(|t| t.norm.to_string())
        .collect();
    if elided {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let n = Folded::new(input);
        let toks = tokenize(input, &n);
        let got: Vec<String> = toks
            .iter()
            .map(|t| {
                if t.sp {
                    t.norm.to_string()
                } else {
                    format!("+{}", t.norm)
                }
            })
            .collect();
        assert_eq!(got, expected, "{input}");
        for t in &toks {
            assert_eq!(&input[t.b0..t.b1], t.orig);
        }
    }

    /// The tokens of `input` as the reference finds them.
    fn same_as_reference(input: &str) {
        let n = Folded::new(input);
        let got: Vec<(Kind, String, std::ops::Range<usize>, bool)> = tokenize(input, &n)
            .iter()
            .map(|t| (t.kind, t.norm.to_string(), t.b0..t.b1, t.sp))
            .collect();
        assert_eq!(got, tokenize_reference(input), "{input:?}");
    }

    #[test]
    fn folds_and_tokenizes_like_the_reference() {
        for t in [
            "L’Élysée a 12\u{a0}500 agents",
            "Ça coûte 12\u{202f}500 € « cher »",
            "ŒUVRE naïve – quatre‑vingt",
            "",
            "aujourd’hui l´an d\u{2bc}été, l'‑x A-B -é Ǆx ß İstanbul ﬁn × ÷ ẞ",
            "GPT-4 1er XXIe l' l'1 '\u{2028}x\u{3000}y\u{85}z 2023–2025 -",
        ] {
            same_as_reference(t);
        }
        // Random strings over an alphabet of the interesting cases.
        let alphabet: Vec<char> = "aZé É’'´-‑–—0 9\u{a0}\u{202f}\n\t.,%€×ÿŸǅǄßİﬁ\u{2028}\u{85}łŁœ"
            .chars()
            .collect();
        let mut next = frclaims_benchdata::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let seed = next();
            let len = (seed % 12) as usize;
            let mut s = String::new();
            let mut x = seed;
            for _ in 0..len {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                s.push(alphabet[((x >> 33) % alphabet.len() as u64) as usize]);
            }
            same_as_reference(&s);
        }
    }

    #[test]
    fn tokens() {
        check("12\u{a0}500 €", &["12", "500", "€"]);
        check("quatre-vingt-dix", &["quatre", "vingt", "dix"]);
        check("l’année", &["l'", "+annee"]);
        assert_eq!(phrase("plus d'"), ["plus", "d'"]);
        check("aujourd'hui", &["aujourd'", "+hui"]);
        check("1er", &["1", "+er"]);
        check("-3", &["-", "+3"]);
        check("2023-2025", &["2023", "+-", "+2025"]);
        check("5,4 %", &["5", "+,", "+4", "%"]);
        check("mi-2026", &["mi", "+-", "+2026"]);
    }
}
