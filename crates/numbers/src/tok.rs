//! Tokens of one sentence, on its folded text, with the original text beside.
//!
//! A token is a word (letters, with a trailing elision apostrophe kept:
//! "l'", "d'", "aujourd'"), a run of ASCII digits, or one other non-space
//! character. A hyphen glued between two words is dropped ("quatre-vingt",
//! "après-midi"): the second word is then marked as glued to the first, so
//! grammars see "quatre vingt" either way.

use frclaims_model::Normalized;

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
pub fn tokenize<'a>(text: &'a str, n: &'a Normalized) -> Vec<Tok<'a>> {
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
    let mut out: Vec<Tok<'a>> = Vec::with_capacity(bytes.len() / 4);
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

/// The folded token texts of a lexicon phrase, tokenized like the text.
pub fn phrase(p: &str) -> Vec<String> {
    // A final elision ("plus d'") keeps its apostrophe as before a word.
    let elided = p.ends_with('\'');
    let text = if elided {
        format!("{p}x")
    } else {
        p.to_string()
    };
    let n = Normalized::new(&text);
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
        let n = Normalized::new(input);
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
