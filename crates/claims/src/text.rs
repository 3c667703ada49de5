//! Tokens of a document on its folded view, with code point spans, and the
//! quotations (« … », “ … ”, " … ") found in it.

use frclaims_model::{fold_char, Span};

use crate::lexicon::LEXICON;

/// A token: a run of letters and digits, or one other non-space character.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Code point span in the document.
    pub span: Span,
    /// Byte range in the folded text.
    pub fb: (usize, usize),
    /// Letters or digits (not punctuation).
    pub word: bool,
    /// The original starts with an uppercase letter.
    pub cap: bool,
    /// The original ends with « é » (a participle of the first group).
    pub acute: bool,
    /// The original has a non-ASCII letter (« à » is not « a »).
    pub accented: bool,
    /// A form of a reporting verb.
    pub form: bool,
    /// Roles in `words.tsv` (bits of [`crate::lexicon::role`]).
    pub roles: u8,
    /// Categories of the one-word signals it matches, prefixes included.
    pub sig: u16,
    /// The longer signal phrases it starts ([`crate::lexicon::WordInfo`]).
    pub multi: u32,
    /// Words the score looks for ([`crate::lexicon::flag`] bits).
    pub flags: u16,
}

impl Tok {
    const PLAIN: Tok = Tok {
        span: Span { start: 0, end: 0 },
        fb: (0, 0),
        word: false,
        cap: false,
        acute: false,
        accented: false,
        form: false,
        roles: 0,
        sig: 0,
        multi: u32::MAX,
        flags: 0,
    };
}

/// The document as tokens over its folded text.
pub(crate) struct Tokens {
    /// The folded text (see [`frclaims_model::fold_char`]): one folded
    /// character for each character of the document.
    pub folded: String,
    pub toks: Vec<Tok>,
}

/// Fills in what the lexicon knows of token `t`.
#[inline]
fn lookup(lex: &crate::lexicon::Lexicon, folded: &str, t: Option<&mut Tok>) {
    let Some(t) = t else { return };
    let w = &folded.as_bytes()[t.fb.0..t.fb.1];
    if let Some(info) = lex.info.get(w) {
        t.form = info.form;
        t.roles = info.roles;
        t.sig = info.sig;
        t.multi = info.multi;
        t.flags = info.flags;
    }
    t.sig |= lex.signal_index.prefix_bits(w);
}

/// `c.is_alphanumeric()`, with the Latin-1 letters answered without the
/// Unicode tables.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '\u{d7}' && c != '\u{f7}'
    } else {
        c.is_alphanumeric()
    }
}

impl Tokens {
    pub fn new(text: &str) -> Tokens {
        let lex = &*LEXICON;
        let bytes = text.as_bytes();
        let mut folded = String::with_capacity(text.len());
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
        // The word being read: its first code point and folded byte, and
        // whether it is capitalized and accented.
        let mut word: Option<(usize, usize, bool, bool)> = None;
        // The character before is « é » (a word ending with it may be a
        // participle).
        let mut prev_acute = false;
        let mut ci = 0;
        let mut p = 0;
        let end_word = |word: &mut Option<(usize, usize, bool, bool)>,
                        toks: &mut Vec<Tok>,
                        folded: &str,
                        ci: usize,
                        acute: bool| {
            if let Some((start, fb, cap, accented)) = word.take() {
                toks.push(Tok {
                    span: Span::new(start, ci),
                    fb: (fb, folded.len()),
                    word: true,
                    cap,
                    acute,
                    accented,
                    ..Tok::PLAIN
                });
                lookup(lex, folded, toks.last_mut());
            }
        };
        while p < bytes.len() {
            let byte = bytes[p];
            if byte.is_ascii_alphanumeric() {
                // A run of ASCII letters and digits, folded at once.
                let run = bytes[p..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - p);
                if word.is_none() {
                    word = Some((ci, folded.len(), byte.is_ascii_uppercase(), false));
                }
                let b = folded.len();
                folded.push_str(&text[p..p + run]);
                folded[b..].make_ascii_lowercase();
                p += run;
                ci += run;
                prev_acute = false;
                continue;
            }
            let (o, c) = if byte < 0x80 {
                (byte as char, byte as char)
            } else {
                let o = text[p..].chars().next().unwrap_or(' ');
                (o, fold_char(o))
            };
            if is_alnum(c) {
                match word.as_mut() {
                    Some(w) => w.3 |= byte >= 0x80,
                    None => word = Some((ci, folded.len(), o.is_uppercase(), byte >= 0x80)),
                }
                folded.push(c);
            } else {
                end_word(&mut word, &mut toks, &folded, ci, prev_acute);
                let b = folded.len();
                folded.push(c);
                if !c.is_whitespace() {
                    toks.push(Tok {
                        span: Span::new(ci, ci + 1),
                        fb: (b, folded.len()),
                        word: false,
                        ..Tok::PLAIN
                    });
                    lookup(lex, &folded, toks.last_mut());
                }
            }
            prev_acute = matches!(o, 'é' | 'É');
            p += o.len_utf8();
            ci += 1;
        }
        end_word(&mut word, &mut toks, &folded, ci, prev_acute);
        Tokens { folded, toks }
    }

    /// The folded text of token `i` ("" out of range).
    pub fn t(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map(|t| &self.folded[t.fb.0..t.fb.1])
            .unwrap_or("")
    }

    /// Index of the first token starting at or after code point `c`.
    pub fn at(&self, c: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < c)
    }

    /// Token range `[a, b)` of the tokens inside `span`.
    pub fn range(&self, span: Span) -> (usize, usize) {
        let a = self.at(span.start);
        let b = self.toks.partition_point(|t| t.span.end <= span.end);
        (a, b.max(a))
    }
}

/// A quotation: its marks and what is between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// From the opening mark (or the paragraph start when it has none) to
    /// the closing mark included (or the paragraph end).
    pub outer: Span,
    /// Between the marks, trimmed of spaces.
    pub inner: Span,
    /// Words inside.
    pub words: usize,
}

fn is_open(c: char) -> bool {
    c == '«' || c == '“'
}

/// Every top-level quotation of `text`, in order. « … » may span
/// paragraphs (a new paragraph reopened with « continues it, and a
/// paragraph that closes with » before any « continues an unclosed one); a
/// » with no opening mark quotes from the start of its paragraph; “ … ” and
/// straight quotes pair within a paragraph.
pub(crate) fn quotes(text: &str) -> Vec<Quote> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut open: Option<(usize, char)> = None;
    let mut depth = 0usize;
    let mut straight: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match c {
            '\n' => {
                if let Some((o, mark)) = open {
                    if !(mark == '«' && continues(&chars, i + 1)) {
                        push(&mut out, &chars, o, i, false);
                        open = None;
                        depth = 0;
                    }
                }
                straight = None;
                para_start = i + 1;
            }
            '«' | '“' => match open {
                None => {
                    open = Some((i, c));
                    depth = 0;
                }
                Some((_, mark)) => {
                    // « at the start of a paragraph inside an open quote
                    // continues it; otherwise it nests.
                    let at_para_start = chars[para_start..i].iter().all(|c| c.is_whitespace());
                    if !(mark == '«' && c == '«' && at_para_start) {
                        depth += 1;
                    }
                }
            },
            '»' | '”' => match open {
                // « » » opening a later paragraph marks the continuation
                // of the quotation (an older typographic convention).
                Some((o, '«'))
                    if c == '»'
                        && o < para_start
                        && chars[para_start..i].iter().all(|c| c.is_whitespace()) => {}
                Some((o, mark)) => {
                    if depth > 0 {
                        depth -= 1;
                    } else if (mark == '«') == (c == '»') {
                        push(&mut out, &chars, o, i, true);
                        open = None;
                    }
                }
                None if c == '»' => {
                    // Closing mark with no opening one: the quote started
                    // at the paragraph start (the « was elsewhere).
                    let s = para_start;
                    if chars[s..i].iter().any(|c| c.is_alphanumeric())
                        && !out.iter().any(|q: &Quote| q.outer.end > s)
                    {
                        push_implicit(&mut out, &chars, s, i);
                    }
                }
                None => {}
            },
            '"' if open.is_none() => match straight {
                None => straight = Some(i),
                Some(o) => {
                    push(&mut out, &chars, o, i, true);
                    straight = None;
                }
            },
            _ => {}
        }
        i += 1;
    }
    if let Some((o, _)) = open {
        push(&mut out, &chars, o, n, false);
    }
    // Sorted and without overlaps, for binary searches.
    out.sort_by_key(|q| (q.outer.start, q.outer.end));
    let mut kept: Vec<Quote> = Vec::with_capacity(out.len());
    for q in out {
        if kept.last().is_none_or(|l| l.outer.end <= q.outer.start) {
            kept.push(q);
        }
    }
    kept
}

/// The paragraph starting at `from` continues an open « quote: it starts
/// with «, or it has a » before any « or “.
fn continues(chars: &[char], from: usize) -> bool {
    let mut j = from;
    while j < chars.len() && chars[j].is_whitespace() {
        j += 1;
    }
    if j < chars.len() && (chars[j] == '«' || chars[j] == '»') {
        // « » » at the start may also close a one-line continuation; the
        // quotation goes on either way.
        return true;
    }
    for &c in &chars[j..] {
        if c == '\n' {
            return false;
        }
        if is_open(c) {
            return false;
        }
        if c == '»' {
            return true;
        }
    }
    false
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && (chars[s].is_whitespace() || chars[s] == '«') {
        s += 1;
    }
    while e > s && (chars[e - 1].is_whitespace() || chars[e - 1] == '»') {
        e -= 1;
    }
    (s, e)
}

fn word_count(chars: &[char]) -> usize {
    let mut n = 0;
    let mut inw = false;
    for &c in chars {
        let w = c.is_alphanumeric();
        if w && !inw {
            n += 1;
        }
        inw = w;
    }
    n
}

fn push(out: &mut Vec<Quote>, chars: &[char], open: usize, close: usize, closed: bool) {
    let (s, e) = trim(chars, open + 1, close);
    if s >= e {
        return;
    }
    let end = if closed { close + 1 } else { e };
    out.push(Quote {
        outer: Span::new(open, end),
        inner: Span::new(s, e),
        words: word_count(&chars[s..e]),
    });
}

fn push_implicit(out: &mut Vec<Quote>, chars: &[char], start: usize, close: usize) {
    let (s, e) = trim(chars, start, close);
    if s >= e {
        return;
    }
    out.push(Quote {
        outer: Span::new(s, close + 1),
        inner: Span::new(s, e),
        words: word_count(&chars[s..e]),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = quotes(input)
            .iter()
            .map(|q| {
                input
                    .chars()
                    .skip(q.inner.start)
                    .take(q.inner.len())
                    .collect()
            })
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn pairs_quotation_marks() {
        check(
            "« Moins de 20 % », a déclaré Justin Lin.",
            &["Moins de 20 %"],
        );
        check(
            "Il a dit « oui » puis “non” et \"peut-être\".",
            &["oui", "non", "peut-être"],
        );
        check(
            "« Le « grand » projet avance », dit-il.",
            &["Le « grand » projet avance"],
        );
        check(
            "« Premier paragraphe.\n« Second paragraphe. », a-t-il dit.",
            &["Premier paragraphe.\n« Second paragraphe."],
        );
        check(
            "Notre image en dépend trop », note Michel Gilet.",
            &["Notre image en dépend trop"],
        );
        check("« Pas fermé\nAutre paragraphe.", &["Pas fermé"]);
        check(
            "« Premier paragraphe.\n» Second paragraphe. », dit-il.",
            &["Premier paragraphe.\n» Second paragraphe."],
        );
    }

    #[test]
    fn tokenizes_on_the_folded_view() {
        let t = Tokens::new("« Oui », a-t-il déclaré à l’AFP.");
        let words: Vec<&str> = (0..t.toks.len()).map(|i| t.t(i)).collect();
        assert_eq!(
            words,
            [
                "\"", "oui", "\"", ",", "a", "-", "t", "-", "il", "declare", "a", "l", "'", "afp",
                "."
            ]
        );
        assert!(t.toks[1].cap && t.toks[9].acute && !t.toks[4].acute);
    }
}
