//! Tokens of one sentence, on its folded text, with the original text beside.
//!
//! A token is a word (letters, with a trailing elision apostrophe kept:
//! "l'", "d'", "aujourd'"), a run of ASCII digits, or one other non-space
//! character. A hyphen glued between two words is dropped ("quatre-vingt",
//! "après-midi"): the second word is then marked as glued to the first, so
//! grammars see "quatre vingt" either way.

use frclaims_model::fold_char;

/// [`fold_char`] of U+00C0 … U+00FF, by their low six bits (the second
/// byte of their UTF-8 form is 0x80 + these bits).
static LATIN1: std::sync::LazyLock<[char; 64]> = std::sync::LazyLock::new(|| {
    let mut t = [' '; 64];
    for (k, f) in t.iter_mut().enumerate() {
        *f = char::from_u32(0xC0 + k as u32).map_or(' ', fold_char);
    }
    t
});

/// A folded copy of a sentence for matching, folded as
/// [`frclaims_model::Normalized`] folds (one character for one), with the
/// way back to original byte offsets; built byte by byte on ASCII.
#[derive(Default)]
pub struct Folded {
    text: String,
    /// Original byte offset of each folded byte, plus the end.
    to_orig: Vec<u32>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut f = Folded::default();
        f.fill(original);
        f
    }

    /// Folds `original` into this value, reusing its buffers.
    pub fn fill(&mut self, original: &str) {
        let bytes = original.as_bytes();
        let out = &mut self.text;
        let to_orig = &mut self.to_orig;
        out.clear();
        to_orig.clear();
        out.reserve(bytes.len());
        to_orig.reserve(bytes.len() + 1);
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c < 0x80 {
                // A run of ASCII, copied and lowercased whole.
                let mut j = i + 1;
                // Eight bytes at a time, then one by one.
                while j + 8 <= bytes.len() {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(&bytes[j..j + 8]);
                    if u64::from_le_bytes(w) & 0x8080_8080_8080_8080 != 0 {
                        break;
                    }
                    j += 8;
                }
                while j < bytes.len() && bytes[j] < 0x80 {
                    j += 1;
                }
                let at = out.len();
                out.push_str(&original[i..j]);
                if let Some(run) = out.get_mut(at..) {
                    run.make_ascii_lowercase();
                }
                to_orig.extend(i as u32..j as u32);
                i = j;
                continue;
            }
            if c == 0xC3 && i + 1 < bytes.len() {
                // U+00C0 … U+00FF (accented Latin-1 letters), by table.
                let f = LATIN1[usize::from(bytes[i + 1] & 0x3F)];
                out.push(f);
                for _ in 0..f.len_utf8() {
                    to_orig.push(i as u32);
                }
                i += 2;
                continue;
            }
            let ch = original[i..].chars().next().unwrap_or(' ');
            let f = fold_char(ch);
            out.push(f);
            for _ in 0..f.len_utf8() {
                to_orig.push(i as u32);
            }
            i += ch.len_utf8();
        }
        to_orig.push(bytes.len() as u32);
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset of a byte offset of the folded text.
    pub fn original_byte(&self, b: usize) -> usize {
        self.to_orig[b.min(self.to_orig.len() - 1)] as usize
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

/// Tokenizes `text` through its folded view `n`.
pub fn tokenize<'a>(text: &'a str, n: &'a Folded) -> Vec<Tok<'a>> {
    tokenize_into(text, n, Vec::with_capacity(n.as_str().len() / 4))
}

/// Tokenizes `text` (folded as `n`) into `out`, cleared first.
pub fn tokenize_into<'a>(text: &'a str, n: &'a Folded, mut out: Vec<Tok<'a>>) -> Vec<Tok<'a>> {
    out.clear();
    let s = n.as_str();
    let bytes = s.as_bytes();
    // The character at byte `i` and its length (the folded text is mostly ASCII).
    let char_at = |i: usize| -> (char, usize) {
        let c = bytes[i];
        if c < 0x80 {
            (char::from(c), 1)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            (ch, ch.len_utf8())
        }
    };
    let is_letter = |ch: char| ch.is_ascii_alphabetic() || (!ch.is_ascii() && ch.is_alphabetic());
    let mut sp = true;
    let mut pending_hyphen = false;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII whitespace first: most separators.
        if matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            sp = true;
            i += 1;
            continue;
        }
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
                // ASCII letters and non-letters without decoding.
                let x = bytes[e];
                if x.is_ascii_alphabetic() {
                    e += 1;
                    continue;
                }
                if x < 0x80 {
                    break;
                }
                let (c2, l2) = char_at(e);
                if !is_letter(c2) {
                    break;
                }
                e += l2;
            }
            // An elision apostrophe followed by a letter stays with its word.
            if bytes.get(e) == Some(&b'\'') && e + 1 < bytes.len() && is_letter(char_at(e + 1).0) {
                e += 1;
            }
            (Kind::Word, e)
        } else {
            (Kind::Punct, b + l)
        };
        i = end;
        let norm = &s[b..end];
        // A hyphen glued between two words is dropped.
        if kind == Kind::Punct && norm == "-" && !sp {
            let prev_word = out.last().is_some_and(|t| t.kind == Kind::Word);
            let next_word = i < bytes.len() && is_letter(char_at(i).0);
            if prev_word && next_word {
                pending_hyphen = true;
                continue;
            }
        }
        let o0 = n.original_byte(b);
        let o1 = n.original_byte(end);
        out.push(Tok {
            kind,
            norm,
            orig: &text[o0..o1],
            b0: o0,
            b1: o1,
            sp: sp || pending_hyphen || out.is_empty(),
        });
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

    #[test]
    fn folds_like_the_model() {
        for t in [
            "L’Élysée a 12\u{a0}500 agents",
            "Ça coûte 12\u{202f}500 € « cher »",
            "ŒUVRE naïve – quatre‑vingt",
            "",
        ] {
            let mine = Folded::new(t);
            let model = frclaims_model::Normalized::new(t);
            assert_eq!(mine.as_str(), model.as_str(), "{t}");
            for b in 0..=mine.as_str().len() {
                assert_eq!(mine.original_byte(b), model.original_byte(b), "{t} @{b}");
            }
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
