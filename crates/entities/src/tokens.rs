//! Words and punctuation of a sentence, with their shape.
//!
//! A word is a run of letters and digits, with inner hyphens, dots and `&`
//! kept when a letter or digit follows ("Saint-Dizier", "Z.ai", "AT&T").
//! An elided article or preposition ends at its apostrophe ("l'", "d'",
//! "qu'"), and an English possessive "'s" is its own token ("Meta" "'s").
//! A word keeps a final dot when word and dot form a known abbreviation
//! ("M.", "Corp.", "Ltd.").

use std::cell::Cell;
use std::sync::LazyLock;

use crate::keys::{key_at, key_table, slot};
use crate::lexicon::NAMEY_DONE;

/// One token: byte offsets into the document text, its folded form and
/// its shape, in 32 bytes (offsets as `u32`: documents are below 4 GiB;
/// the shape as bits of one byte).
#[derive(Debug, Clone)]
pub(crate) struct Tok<'f> {
    /// The token folded (lowercase, no accents, straight apostrophes), a
    /// slice of the document's folded text.
    pub fold: &'f str,
    /// First byte in the document.
    start: u32,
    /// One past the last byte in the document.
    end: u32,
    /// First byte of `fold` in the document's folded text.
    fstart: u32,
    /// Word-list memberships, looked up once on first use (see
    /// `Lexicon::has`).
    pub flags: Cell<u16>,
    /// Bits of the shape: [`WORD`], [`CAP`], [`UPPER`], [`DIGIT`],
    /// [`ALPHA`], [`INNER_CAP`].
    shape: u8,
}

/// A word (letters or digits), not punctuation.
const WORD: u8 = 1;
/// Starts with an uppercase letter.
const CAP: u8 = 2;
/// At least two letters, all uppercase ("ONU", "PARIS").
const UPPER: u8 = 4;
/// Contains a digit.
const DIGIT: u8 = 8;
/// Contains a letter.
const ALPHA: u8 = 16;
/// Starts lowercase but has a capital inside ("iFlytek").
const INNER_CAP: u8 = 32;

impl<'f> Tok<'f> {
    /// A token of document bytes `start..end`, folded `folded[fstart..fend]`.
    #[inline]
    fn new(
        folded: &'f str,
        start: usize,
        end: usize,
        fstart: usize,
        fend: usize,
        shape: u8,
    ) -> Self {
        Tok {
            fold: &folded[fstart..fend],
            start: start as u32,
            end: end as u32,
            fstart: fstart as u32,
            // Punctuation and words of lowercase letters only continue no
            // capitalized name: decided here, once, for most tokens (see
            // `rules::Sentence::namey`).
            flags: Cell::new(if shape == 0 || shape == WORD | ALPHA {
                NAMEY_DONE
            } else {
                0
            }),
            shape,
        }
    }

    /// First byte in the document.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte in the document.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// First byte of `fold` in the document's folded text.
    #[inline]
    pub fn fstart(&self) -> usize {
        self.fstart as usize
    }

    /// One past the last byte of `fold` in the document's folded text.
    #[inline]
    pub fn fend(&self) -> usize {
        self.fstart as usize + self.fold.len()
    }

    /// A word (letters or digits), not punctuation.
    #[inline]
    pub fn word(&self) -> bool {
        self.shape & WORD != 0
    }

    /// Starts with an uppercase letter.
    #[inline]
    pub fn cap(&self) -> bool {
        self.shape & CAP != 0
    }

    /// At least two letters, all uppercase ("ONU", "PARIS").
    #[inline]
    pub fn upper(&self) -> bool {
        self.shape & UPPER != 0
    }

    /// Contains a digit.
    #[inline]
    pub fn digit(&self) -> bool {
        self.shape & DIGIT != 0
    }

    /// Contains a letter.
    #[inline]
    pub fn alpha(&self) -> bool {
        self.shape & ALPHA != 0
    }

    /// Starts lowercase but has a capital inside ("iFlytek").
    #[inline]
    pub fn inner_cap(&self) -> bool {
        self.shape & INNER_CAP != 0
    }
}

/// The shape bit `bit` when `yes`.
#[inline]
fn bit(yes: bool, bit: u8) -> u8 {
    if yes {
        bit
    } else {
        0
    }
}

/// Elided words that end at their apostrophe.
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}')
}

/// A letter of the Latin-1 and Latin Extended-A/B blocks (French
/// accented letters and most European ones), without a table lookup.
#[inline]
fn latin_letter(c: char) -> bool {
    ('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷'
}

/// A letter or digit, with fast paths for ASCII and Latin letters.
#[inline]
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if latin_letter(c) {
        true
    } else if c < '\u{c0}' || ('\u{2000}'..='\u{206f}').contains(&c) || symbol(c) {
        // Latin-1 punctuation (« », nbsp), general punctuation (’ — …)
        // and symbols (√, •).
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Arrows, mathematical and technical signs, box drawing, shapes and
/// dingbats before the dingbat digits (U+2190–U+23FF, U+2500–U+2775):
/// no letter or digit among them (tested), decided without the Unicode
/// tables.
#[inline]
fn symbol(c: char) -> bool {
    ('\u{2190}'..='\u{23ff}').contains(&c) || ('\u{2500}'..='\u{2775}').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '&' | '\u{2011}')
}

/// A sentence folded for matching, one character for one character
/// ([`frclaims_model::fold_char`], as [`frclaims_model::Normalized`]).
/// Token offsets into it are tracked while tokenizing.
#[derive(Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
}

impl Folded {
    /// Fold `s` (see [`Folded::fill`]).
    #[cfg(test)]
    pub(crate) fn new(s: &str) -> Folded {
        let mut out = Folded {
            text: String::new(),
        };
        out.fill(s);
        out
    }

    /// Fold `s` into `self.text`, reusing its buffer
    /// ([`frclaims_model::fold_into`]).
    pub(crate) fn fill(&mut self, s: &str) {
        frclaims_model::fold_into(s, &mut self.text);
    }
}

/// The folded forms of U+0080..U+07FF (Latin letters, their accents,
/// Greek, Cyrillic), looked up instead of folded each time.
static FOLD2: LazyLock<Vec<char>> = LazyLock::new(|| {
    (0x80u32..0x800)
        .map(|u| char::from_u32(u).map_or('\u{fffd}', frclaims_model::fold_char))
        .collect()
});

/// [`frclaims_model::fold_char`], with a table for two-byte characters.
#[inline]
pub(crate) fn fold(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        c.to_ascii_lowercase()
    } else if u < 0x800 {
        FOLD2[(u - 0x80) as usize]
    } else {
        frclaims_model::fold_char(c)
    }
}

/// The character at byte `p` of `s`, its length there and its length
/// folded; none at the end.
#[inline(always)]
fn at(s: &str, p: usize) -> Option<(char, usize, usize)> {
    let b = *s.as_bytes().get(p)?;
    if b < 0x80 {
        return Some((b as char, 1, 1));
    }
    let c = s[p..].chars().next()?;
    Some((c, c.len_utf8(), fold(c).len_utf8()))
}

/// A short lowercase link word at byte `p` followed by a hyphen, as in
/// the middle of "Arc-et-Senans", "Mont-de-Marsan" or "Essey-lès-Nancy".
fn inner_link(s: &str, p: usize) -> bool {
    let rest = &s.as_bytes()[p..];
    let n = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if (1..=4).contains(&n) && rest.get(n) == Some(&b'-') {
        return true;
    }
    // With an accented letter ("lès"): counted in characters.
    if rest.get(n).is_some_and(|&b| b >= 0x80) {
        let mut chars = s[p..].char_indices().take(5);
        let end = chars.find(|&(_, c)| !c.is_lowercase());
        if let Some((k, '-')) = end {
            if (1..=4).contains(&s[p..p + k].chars().count()) {
                return true;
            }
        }
    }
    // A verb and its subject ("Est-il", "Faut-il", "Peut-être").
    let end = !rest
        .get(n)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    end && matches!(
        &rest[..n],
        b"il"
            | b"elle"
            | b"on"
            | b"ils"
            | b"elles"
            | b"je"
            | b"tu"
            | b"nous"
            | b"vous"
            | b"ce"
            | b"t"
            | b"ci"
            | b"y"
            | b"en"
    ) || rest.starts_with("être".as_bytes())
}

/// A word character at byte `p` of `bytes`: Some(true/false) when the
/// fast paths know, None for the general path.
#[inline]
fn word_at(bytes: &[u8], p: usize) -> Option<bool> {
    match bytes.get(p) {
        None => Some(false),
        Some(&x) if x < 0x80 => Some(x.is_ascii_alphanumeric()),
        Some(0xc3) => Some(bytes.get(p + 1).is_some_and(|&b2| latin1_class(b2) != 0)),
        Some(_) => None,
    }
}

/// The words of [`ELIDED`] as keys ([`crate::keys::word_bits`]), each in
/// its slot (no two share one).
const ELIDED_KEYS: [u64; 16] = key_table(ELIDED, ELIDED_MUL);
const ELIDED_MUL: u64 = 0x370f_086a_1e0e_24b3;

/// Whether the folded word of `len` bytes at `start` of `fb` is one of
/// [`ELIDED`]: one probe of a table, without a branch on its length (a
/// longer word keeps seven bytes and a length of seven or more in its
/// key, which no elided word has).
#[inline]
fn elided(fb: &[u8], start: usize, len: usize) -> bool {
    let key = key_at(fb, start, len);
    let hit = ELIDED_KEYS[slot::<16>(key, ELIDED_MUL)] == key;
    debug_assert_eq!(
        hit,
        std::str::from_utf8(&fb[start..start + len]).is_ok_and(|w| ELIDED.contains(&w))
    );
    hit
}

/// The number of ASCII lowercase letters that start the eight bytes of
/// `w` (little-endian), 0 to 8.
#[inline]
fn lowercase_run(w: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = w & !HIGH;
    // The high bit of each byte: >= 'a', and > 'z'.
    let ge_a = ascii.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
    let gt_z = ascii.wrapping_add(0x0505_0505_0505_0505);
    let lower = ge_a & !gt_z & !w & HIGH;
    ((!lower & HIGH).trailing_zeros() / 8) as usize
}

/// The ASCII bytes after a word that may join it to what follows, elide
/// it or end an abbreviation: `-`, `&`, `.`, `'`.
static WORD_END_MARK: [bool; 128] = {
    let mut t = [false; 128];
    t[b'-' as usize] = true;
    t[b'&' as usize] = true;
    t[b'.' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

/// Classes of ASCII bytes in words.
const LOWER: u8 = 1;
const UPPER_CLASS: u8 = 2;
const DIGIT_CLASS: u8 = 4;

/// The class of every byte: letters and digits; 0 for the rest.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER_CLASS
        } else if c.is_ascii_digit() {
            DIGIT_CLASS
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The class of the Latin-1 letter whose second UTF-8 byte (after 0xC3)
/// is `b2`: UPPER_CLASS for À–Þ, LOWER for ß–ÿ, 0 for × and ÷ and for bytes
/// that continue no character.
#[inline]
fn latin1_class(b2: u8) -> u8 {
    match b2 {
        0x97 | 0xb7 => 0,
        0x80..=0x9e => UPPER_CLASS,
        0x9f..=0xbf => LOWER,
        _ => 0,
    }
}

/// The letters of a word of the fast path (ASCII letters and digits,
/// Latin-1 letters after 0xC3): each 0xC3 starts a letter.
fn letters(word: &[u8]) -> u32 {
    word.iter()
        .filter(|&&x| x == 0xc3 || CLASS[usize::from(x)] & (LOWER | UPPER_CLASS) != 0)
        .count() as u32
}

/// A run of ASCII letters and digits at the start of a slice.
struct AsciiRun {
    len: usize,
    /// Classes seen in the run.
    classes: u8,
    /// Classes seen after its first byte.
    tail_classes: u8,
}

impl AsciiRun {
    /// Kept in registers: the shape of a word is gathered here, and only
    /// merged once per run.
    #[inline]
    fn scan(b: &[u8]) -> AsciiRun {
        let Some(&first) = b.first() else {
            return AsciiRun {
                len: 0,
                classes: 0,
                tail_classes: 0,
            };
        };
        let c0 = CLASS[first as usize];
        if c0 == 0 {
            return AsciiRun {
                len: 0,
                classes: 0,
                tail_classes: 0,
            };
        }
        let mut n = 1;
        let mut tail = 0u8;
        while let Some(&x) = b.get(n) {
            let c = CLASS[x as usize];
            if c == 0 {
                break;
            }
            tail |= c;
            n += 1;
        }
        AsciiRun {
            len: n,
            classes: c0 | tail,
            tail_classes: tail,
        }
    }
}

/// The shape of a word, gathered while scanning it.
#[derive(Default, Clone, Copy)]
struct Shape {
    letters: u32,
    all_upper: bool,
    digit: bool,
    inner_upper: bool,
}

impl Shape {
    fn new() -> Shape {
        Shape {
            all_upper: true,
            ..Shape::default()
        }
    }

    #[inline]
    fn add(&mut self, c: char, first: bool) {
        let (alphabetic, upper) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else if ('\u{c0}'..='\u{de}').contains(&c) {
            // Latin-1 capitals (À–Þ; × is not a letter, filtered before).
            (true, true)
        } else if ('\u{df}'..='\u{ff}').contains(&c) {
            (true, false)
        } else if latin_letter(c) {
            (true, c.is_uppercase())
        } else {
            (c.is_alphabetic(), c.is_uppercase())
        };
        if upper && !first {
            self.inner_upper = true;
        }
        if alphabetic {
            self.letters += 1;
            self.all_upper &= upper;
        }
        self.digit |= c.is_ascii_digit();
    }
}

/// What is noted of each token as it is made (see [`tokenize_into`]), in
/// the order of the tokens.
pub(crate) trait Sink {
    /// Token `k`, a word of lowercase letters only (its shape is word and
    /// letter, nothing else) of `len` folded bytes from `fstart`.
    fn lower(&mut self, k: usize, fstart: usize, len: usize);
    /// Any token `k`: those of [`Sink::lower`] may come here too.
    fn token(&mut self, k: usize, t: &Tok<'_>);
}

/// Notes nothing.
impl Sink for () {
    fn lower(&mut self, _: usize, _: usize, _: usize) {}
    fn token(&mut self, _: usize, _: &Tok<'_>) {}
}

/// Tokenize `text[from..to]` into `toks` (cleared first). `folded` is the
/// folded text of the whole document and `ffrom` the folded offset of
/// `from`; offsets are document bytes. `abbrev` says whether a folded word
/// followed by a dot is an abbreviation.
#[cfg(test)]
pub(crate) fn tokenize<'f>(
    text: &str,
    from: usize,
    to: usize,
    folded: &'f str,
    ffrom: usize,
    abbrev: &dyn Fn(&str) -> bool,
    toks: &mut Vec<Tok<'f>>,
) {
    tokenize_into(text, from, to, folded, ffrom, abbrev, toks, &mut ());
}

/// [`tokenize`], telling `sink` of each token as it is pushed (the
/// lowercase words of the fastest path, most tokens, without a question
/// about their shape).
#[allow(clippy::too_many_arguments)]
pub(crate) fn tokenize_into<'f, S: Sink>(
    text: &str,
    from: usize,
    to: usize,
    folded: &'f str,
    ffrom: usize,
    abbrev: &dyn Fn(&str) -> bool,
    toks: &mut Vec<Tok<'f>>,
    sink: &mut S,
) {
    tokenize_with::<true, S>(text, from, to, folded, ffrom, abbrev, toks, sink);
}

/// [`tokenize_into`]; with `QUICK`, the elided words of lowercase letters
/// ("l'", "d’", "qu'") are made in the fastest path (the same tokens as
/// without: a test compares them).
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn tokenize_with<'f, const QUICK: bool, S: Sink>(
    text: &str,
    from: usize,
    to: usize,
    folded: &'f str,
    ffrom: usize,
    abbrev: &dyn Fn(&str) -> bool,
    toks: &mut Vec<Tok<'f>>,
    sink: &mut S,
) {
    toks.clear();
    let s = &text[from..to];
    let alnum = |p: usize| at(s, p).is_some_and(|(c, _, _)| word_char(c));
    let punct = |a: (usize, usize), b: (usize, usize)| {
        Tok::new(folded, a.0 + from, b.0 + from, a.1, b.1, 0)
    };
    let fold2 = &*FOLD2;
    // (byte in s, byte in the folded document) of the scan.
    let mut i = (0, ffrom);
    let bytes = s.as_bytes();
    // The bytes from the sentence to the end of the document: the runs
    // are read from there in wide windows and cut at the end of the
    // sentence (only the end of the document is read byte by byte).
    let tb = &text.as_bytes()[from..];
    // Eight bytes can be read from the positions below `end8`.
    let end8 = (tb.len() + 1).saturating_sub(8);
    // Sixteen bytes from the positions below `end16`.
    let end16 = (tb.len() + 1).saturating_sub(16);
    'tokens: while let Some(&b) = bytes.get(i.0) {
        if b == b' ' {
            i = (i.0 + 1, i.1 + 1);
            continue;
        }
        // Fastest path: words of lowercase letters (ASCII, Latin-1) and a
        // space, comma or other punctuation that neither joins, elides
        // nor ends an abbreviation (most tokens): their shape is known.
        // One word after the other while they are so.
        if b.is_ascii_lowercase() || b == 0xc3 {
            loop {
                let (mut e, mut fe) = (i.0, i.1);
                loop {
                    // Sixteen or eight bytes at a time: the run of ASCII
                    // lowercase letters, and the bytes looked at.
                    let (n, window) = if e < end16 {
                        // Sixteen bytes: the second eight count only
                        // when the first eight are all lowercase (no
                        // branch on the length of the word).
                        let c: [u8; 16] = tb[e..e + 16].try_into().expect("sixteen bytes");
                        let n0 = lowercase_run(u64::from_le_bytes(c[..8].try_into().expect("8")));
                        let n1 = lowercase_run(u64::from_le_bytes(c[8..].try_into().expect("8")));
                        let n = n0 + (n1 & usize::from(n0 == 8).wrapping_neg());
                        (n.min(bytes.len() - e), 16)
                    } else if e < end8 {
                        let c: [u8; 8] = tb[e..e + 8].try_into().expect("eight bytes");
                        (lowercase_run(u64::from_le_bytes(c)).min(bytes.len() - e), 8)
                    } else {
                        let n = bytes[e..]
                            .iter()
                            .take_while(|x| x.is_ascii_lowercase())
                            .count();
                        (n, usize::MAX)
                    };
                    e += n;
                    fe += n;
                    if n == window {
                        continue;
                    }
                    match bytes.get(e) {
                        Some(0xc3) => match bytes.get(e + 1) {
                            Some(&b2) if latin1_class(b2) == LOWER => {
                                e += 2;
                                fe += fold2[0x40 + usize::from(b2 - 0x80)].len_utf8();
                            }
                            _ => break,
                        },
                        _ => break,
                    }
                }
                let next = bytes.get(e).copied();
                let plain_end = matches!(
                    next,
                    Some(b' ' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'"' | b'\n')
                );
                if e == i.0 {
                    break;
                }
                if !plain_end {
                    // An apostrophe after the word (' or ’ or ‘, one byte
                    // folded): an elided word ends after it when a word
                    // follows, as in the fast path below; the other paths
                    // take the rest.
                    let al = match next {
                        Some(b'\'') => 1,
                        Some(0xe2)
                            if bytes.get(e + 1) == Some(&0x80)
                                && matches!(bytes.get(e + 2), Some(0x98 | 0x99)) =>
                        {
                            3
                        }
                        _ => 0,
                    };
                    if !QUICK || al == 0 {
                        break;
                    }
                    let end = match word_at(bytes, e + al) {
                        Some(false) => (e, fe),
                        Some(true) if elided(folded.as_bytes(), i.1, fe - i.1) => (e + al, fe + 1),
                        _ => break,
                    };
                    toks.push(Tok::new(
                        folded,
                        i.0 + from,
                        end.0 + from,
                        i.1,
                        end.1,
                        WORD | ALPHA,
                    ));
                    sink.lower(toks.len() - 1, i.1, end.1 - i.1);
                    i = end;
                    continue 'tokens;
                }
                toks.push(Tok::new(
                    folded,
                    i.0 + from,
                    e + from,
                    i.1,
                    fe,
                    WORD | ALPHA,
                ));
                sink.lower(toks.len() - 1, i.1, fe - i.1);
                if next != Some(b' ') {
                    i = (e, fe);
                    continue 'tokens;
                }
                i = (e + 1, fe + 1);
                match bytes.get(i.0) {
                    Some(&c) if c.is_ascii_lowercase() || c == 0xc3 => {}
                    _ => continue 'tokens,
                }
            }
        }
        let b = bytes[i.0];
        // Fast path: a word of ASCII letters, digits and Latin-1 letters
        // that ends at a space, at punctuation that neither joins nor
        // elides, at a full stop (abbreviation checked) or after an elided
        // article ("l'", "d’"); ASCII and Latin-1 punctuation. The general
        // path below gives the same tokens, and takes everything else.
        let first_class = if b < 0x80 {
            CLASS[usize::from(b)]
        } else if b == 0xc3 {
            bytes.get(i.0 + 1).map_or(0, |&b2| latin1_class(b2))
        } else {
            0
        };
        if first_class != 0 {
            let first_len = if b < 0x80 { 1 } else { 2 };
            // Byte and folded offsets of the end of the word so far, and
            // its shape.
            let (mut e, mut fe, mut classes, mut tail);
            if b < 0x80 {
                let run = AsciiRun::scan(&bytes[i.0..]);
                e = i.0 + run.len;
                fe = i.1 + run.len;
                classes = run.classes;
                tail = run.tail_classes;
            } else {
                let b2 = bytes[i.0 + 1];
                e = i.0 + 2;
                fe = i.1 + fold2[0x40 + usize::from(b2 - 0x80)].len_utf8();
                classes = first_class;
                tail = 0;
                let more = AsciiRun::scan(&bytes[e..]);
                classes |= more.classes;
                tail |= more.classes;
                e += more.len;
                fe += more.len;
            }
            // Letters of Latin-1 inside the word ("président", "Pékin";
            // not × or ÷), as `Shape::add` takes them.
            while bytes.get(e) == Some(&0xc3) {
                let Some(&b2) = bytes.get(e + 1) else {
                    break;
                };
                let class = latin1_class(b2);
                if class == 0 {
                    break;
                }
                classes |= class;
                tail |= class;
                fe += fold2[0x40 + usize::from(b2 - 0x80)].len_utf8();
                e += 2;
                let more = AsciiRun::scan(&bytes[e..]);
                classes |= more.classes;
                tail |= more.classes;
                e += more.len;
                fe += more.len;
            }
            // A word character at byte `p`: Some(true/false) when the fast
            // path knows, None for the general path.
            let word_at = |p: usize| word_at(bytes, p);
            // An apostrophe of `al` bytes (`afl` folded) at `e`: an elided
            // word ends after it when a word follows; a word with an
            // apostrophe inside or a possessive takes the general path.
            let elision = |al: usize, afl: usize| -> Option<(usize, usize)> {
                match word_at(e + al)? {
                    false => Some((e, fe)),
                    true if ELIDED.contains(&&folded[i.1..fe]) => Some((e + al, fe + afl)),
                    true => None,
                }
            };
            let end = match bytes.get(e) {
                None => Some((e, fe)),
                // Most words end at a space or plain punctuation: one test
                // (a `match` on the byte was a jump table, its target often
                // mispredicted).
                Some(&n) if n < 0x80 && !WORD_END_MARK[usize::from(n)] => Some((e, fe)),
                Some(&n) if n < 0x80 => match n {
                    b'-' | b'&' => None,
                    b'.' => {
                        // A dot that joins ("Z.ai") or ends an initial
                        // takes the general path; else the word keeps it
                        // when word and dot are an abbreviation.
                        let joins = bytes
                            .get(e + 1)
                            .is_some_and(|&x| x >= 0x80 || x.is_ascii_alphanumeric());
                        if joins || e - i.0 == first_len {
                            None
                        } else if abbrev(&folded[i.1..fe + 1]) {
                            Some((e + 1, fe + 1))
                        } else {
                            Some((e, fe))
                        }
                    }
                    b'\'' => elision(1, 1),
                    _ => Some((e, fe)),
                },
                // U+0080–U+00BF: no word character, joiner or apostrophe.
                Some(0xc2) => Some((e, fe)),
                Some(0xe2) => match (bytes.get(e + 1), bytes.get(e + 2)) {
                    (Some(0x80), Some(&b3 @ (0x98 | 0x99))) => {
                        let c = if b3 == 0x98 { '\u{2018}' } else { '\u{2019}' };
                        elision(3, fold(c).len_utf8())
                    }
                    // U+2011, the non-breaking hyphen, joins.
                    (Some(0x80), Some(0x91)) => None,
                    // The rest of U+2000–U+203F: spaces and punctuation.
                    (Some(0x80), Some(_)) => Some((e, fe)),
                    _ => None,
                },
                _ => None,
            };
            if let Some(end) = end {
                let first_upper = first_class == UPPER_CLASS;
                // Letters are counted only for words without a lowercase
                // letter (capitals, numbers).
                let upper = classes & LOWER == 0 && letters(&bytes[i.0..e]) >= 2;
                let shape = WORD
                    | bit(first_upper, CAP)
                    | bit(upper, UPPER)
                    | bit(classes & DIGIT_CLASS != 0, DIGIT)
                    | bit(classes & (LOWER | UPPER_CLASS) != 0, ALPHA)
                    | bit(!first_upper && tail & UPPER_CLASS != 0, INNER_CAP);
                toks.push(Tok::new(
                    folded,
                    i.0 + from,
                    end.0 + from,
                    i.1,
                    end.1,
                    shape,
                ));
                sink.token(toks.len() - 1, &toks[toks.len() - 1]);
                i = end;
                continue;
            }
        } else if b < 0x80 {
            if b != b'\'' && !b.is_ascii_whitespace() && b != 0x0b {
                let after = (i.0 + 1, i.1 + 1);
                toks.push(punct(i, after));
                sink.token(toks.len() - 1, &toks[toks.len() - 1]);
                i = after;
                continue;
            }
        } else if b == 0xc2 {
            // U+0080–U+00BF: spaces (nbsp) or punctuation (« »), no
            // apostrophe.
            if let Some(&b2) = bytes.get(i.0 + 1) {
                let c = char::from(b2);
                let after = (i.0 + 2, i.1 + fold2[usize::from(b2 - 0x80)].len_utf8());
                if !c.is_whitespace() {
                    toks.push(punct(i, after));
                    sink.token(toks.len() - 1, &toks[toks.len() - 1]);
                }
                i = after;
                continue;
            }
        }
        let Some((c, cl, fl)) = at(s, i.0) else {
            break;
        };
        let after = (i.0 + cl, i.1 + fl);
        if c.is_whitespace() {
            i = after;
            continue;
        }
        if !word_char(c) {
            // An English possessive: 's after a word.
            if is_apostrophe(c)
                && at(s, after.0).is_some_and(|(c, _, _)| c == 's')
                && !alnum(after.0 + 1)
                && toks
                    .last()
                    .is_some_and(|t| t.word() && t.end() == i.0 + from)
            {
                let end = (after.0 + 1, after.1 + 1);
                toks.push(punct(i, end));
                sink.token(toks.len() - 1, &toks[toks.len() - 1]);
                i = end;
                continue;
            }
            toks.push(punct(i, after));
            sink.token(toks.len() - 1, &toks[toks.len() - 1]);
            i = after;
            continue;
        }
        let begin = i;
        let mut shape = Shape::new();
        let mut j = i;
        loop {
            loop {
                // Fast path: a run of ASCII letters and digits (as
                // `Shape::add` for ASCII).
                let run = AsciiRun::scan(&bytes[j.0..]);
                if run.len > 0 {
                    shape.letters += letters(&bytes[j.0..j.0 + run.len]);
                    shape.all_upper &= run.classes & LOWER == 0;
                    shape.digit |= run.classes & DIGIT_CLASS != 0;
                    // A capital is inside the word unless it is its first
                    // character.
                    let inner = if j.0 == begin.0 {
                        run.tail_classes
                    } else {
                        run.classes
                    };
                    shape.inner_upper |= inner & UPPER_CLASS != 0;
                    j = (j.0 + run.len, j.1 + run.len);
                }
                let Some(&b) = bytes.get(j.0) else {
                    break;
                };
                if b < 0x80 {
                    break;
                }
                let Some((c, cl, fl)) = at(s, j.0) else {
                    break;
                };
                if !word_char(c) {
                    break;
                }
                shape.add(c, j.0 == begin.0);
                j = (j.0 + cl, j.1 + fl);
            }
            let Some((cj, cl, fl)) = at(s, j.0) else {
                break;
            };
            // Most words end at a space or a punctuation mark that
            // neither joins nor elides.
            if !is_joiner(cj) && !is_apostrophe(cj) {
                break;
            }
            let after = (j.0 + cl, j.1 + fl);
            let next = at(s, after.0).map(|(c, _, _)| c);
            let next_alnum = next.is_some_and(word_char);
            if is_joiner(cj) && next_alnum {
                // A dot joins only before a lowercase letter or a digit
                // ("Z.ai", "2.700"), or between initials ("U.S"): a missing
                // space after a full stop ("locales.Mais") splits.
                let nc = next.unwrap_or(' ');
                let single = j.0 == begin.0 + c.len_utf8();
                let dot_ok = nc.is_lowercase() || nc.is_ascii_digit() || single;
                // After a capitalized word, a hyphen joins a lowercase part
                // only inside a compound place name ("Châtenois-les-Forges",
                // "Bar-le-Duc"); else it is a dash ("Chirac-profite",
                // "DeepSeek-like").
                let hyphen_ok =
                    cj == '.' || !c.is_uppercase() || !nc.is_lowercase() || inner_link(s, after.0);
                if cj == '.' && dot_ok || cj != '.' && hyphen_ok {
                    j = after;
                    continue;
                }
            }
            if is_apostrophe(cj) && next_alnum {
                let head = &folded[begin.1..j.1];
                if ELIDED.contains(&head) {
                    // "l'", "d'", "qu'": the elided word and its apostrophe.
                    j = after;
                    break;
                }
                let possessive = next == Some('s') && !alnum(after.0 + 1);
                if possessive {
                    break;
                }
                // A name with an apostrophe inside ("O'Neill", "Xi'an").
                j = after;
                continue;
            }
            break;
        }
        let mut end = j;
        if s.as_bytes().get(j.0) == Some(&b'.') {
            let w = &folded[begin.1..j.1 + 1];
            // An initial ("F. Vautrin") keeps its dot too, when a
            // capitalized word follows ("Georges V." ends a sentence).
            let initial = j.0 == begin.0 + c.len_utf8()
                && c.is_uppercase()
                && s[j.0 + 1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if initial || abbrev(w) {
                end = (j.0 + 1, j.1 + 1);
            }
        }
        let first_upper = if c.is_ascii() {
            c.is_ascii_uppercase()
        } else if ('\u{c0}'..='\u{de}').contains(&c) {
            true
        } else {
            c.is_uppercase()
        };
        let shape = WORD
            | bit(first_upper, CAP)
            | bit(shape.letters >= 2 && shape.all_upper, UPPER)
            | bit(shape.digit, DIGIT)
            | bit(shape.letters > 0, ALPHA)
            | bit(!first_upper && shape.inner_upper, INNER_CAP);
        toks.push(Tok::new(
            folded,
            begin.0 + from,
            end.0 + from,
            begin.1,
            end.1,
            shape,
        ));
        sink.token(toks.len() - 1, &toks[toks.len() - 1]);
        i = end;
    }
}

/// The folded offset of byte `to` of `text`, from a known pair (`from`,
/// `ffrom`) before it.
#[inline(never)]
pub(crate) fn folded_offset(text: &str, from: usize, ffrom: usize, to: usize) -> usize {
    let mut f = ffrom;
    for c in text[from..to].chars() {
        f += if c.is_ascii() { 1 } else { fold(c).len_utf8() };
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_no_word_characters() {
        for c in ('\u{2190}'..='\u{23ff}').chain('\u{2500}'..='\u{2775}') {
            assert!(symbol(c) && !c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn a_token_is_32_bytes() {
        assert_eq!(std::mem::size_of::<Tok<'_>>(), 32);
    }

    fn check(input: &str, expected: &[&str]) {
        let abbrev = |w: &str| matches!(w, "m." | "corp." | "ltd.");
        let folded = Folded::new(input);
        let mut toks = Vec::new();
        tokenize(input, 0, input.len(), &folded.text, 0, &abbrev, &mut toks);
        let got: Vec<&str> = toks.iter().map(|t| &input[t.start()..t.end()]).collect();
        assert_eq!(got, expected, "{input}");
    }

    /// Shapes as (cap, upper, digit, alpha, inner_cap) and folded forms,
    /// for words the fast paths take (ASCII, Latin-1 letters inside) and
    /// for words they leave to the general path.
    #[test]
    fn shapes_words() {
        let input = "président Pékin PÉKIN ÉTAT iFlytek A36 été2 Mañana x×y ŒUVRE Ab.";
        let folded = Folded::new(input);
        let mut toks = Vec::new();
        let abbrev = |_: &str| false;
        tokenize(input, 0, input.len(), &folded.text, 0, &abbrev, &mut toks);
        let got: Vec<(&str, &str, [bool; 5])> = toks
            .iter()
            .map(|t| {
                let shape = [t.cap(), t.upper(), t.digit(), t.alpha(), t.inner_cap()];
                (&input[t.start()..t.end()], t.fold, shape)
            })
            .collect();
        let (f, t) = (false, true);
        assert_eq!(
            got,
            [
                ("président", "president", [f, f, f, t, f]),
                ("Pékin", "pekin", [t, f, f, t, f]),
                ("PÉKIN", "pekin", [t, t, f, t, f]),
                ("ÉTAT", "etat", [t, t, f, t, f]),
                ("iFlytek", "iflytek", [f, f, f, t, t]),
                ("A36", "a36", [t, f, t, t, f]),
                ("été2", "ete2", [f, f, t, t, f]),
                ("Mañana", "manana", [t, f, f, t, f]),
                ("x", "x", [f, f, f, t, f]),
                ("×", "×", [f, f, f, f, f]),
                ("y", "y", [f, f, f, t, f]),
                ("ŒUVRE", "œuvre", [t, t, f, t, f]),
                ("Ab", "ab", [t, f, f, t, f]),
                (".", ".", [f, f, f, f, f]),
            ]
        );
    }

    /// The folded text is the text folded one character at a time.
    #[test]
    fn folds_like_fold_char() {
        let alphabet: Vec<char> = "aZé ÉÀÿ×÷ßÞœŒ’«»\u{a0}Σσ中1.-'KkİıﬁÅ\n".chars().collect();
        let mut next = crate::xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let mut want: String = text.chars().map(frclaims_model::fold_char).collect();
            want.make_ascii_lowercase();
            assert_eq!(Folded::new(&text).text, want, "{text:?}");
        }
    }

    /// The elided words made in the fastest path are the tokens the other
    /// paths make.
    #[test]
    fn quick_elisions_are_the_same_tokens() {
        let pieces = [
            "l'",
            "d’",
            "qu'",
            "jusqu'",
            "lorsqu’",
            "aujourd'",
            "presqu‘",
            "s'",
            "l",
            "le",
            "été",
            "élan",
            "Etat",
            "A",
            "2",
            "hui",
            " ",
            " ",
            ", ",
            ".",
            "'",
            "’",
            "‘",
            "-",
            "é",
            "É",
            "x",
            "ß",
            "×",
            "œ",
            "\u{a0}",
            "ça",
            "c'",
            "n'",
            "m'",
        ];
        let abbrev = |w: &str| matches!(w, "m." | "corp.");
        let mut next = crate::xorshift(0x9e37_79b9_7f4a_7c15);
        let view = |toks: &[Tok<'_>]| -> Vec<(usize, usize, String, u8, u16)> {
            toks.iter()
                .map(|t| {
                    (
                        t.start(),
                        t.end(),
                        t.fold.to_string(),
                        t.shape,
                        t.flags.get(),
                    )
                })
                .collect()
        };
        for _ in 0..20_000 {
            let n = (next() % 12) as usize;
            let text: String = (0..n)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            let folded = Folded::new(&text);
            let (mut quick, mut plain) = (Vec::new(), Vec::new());
            // The sentence ends at the end of the text or before it.
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let len = if next() % 2 == 0 {
                text.len()
            } else {
                cuts[(next() % cuts.len() as u64) as usize]
            };
            tokenize_with::<true, ()>(&text, 0, len, &folded.text, 0, &abbrev, &mut quick, &mut ());
            tokenize_with::<false, ()>(
                &text,
                0,
                len,
                &folded.text,
                0,
                &abbrev,
                &mut plain,
                &mut (),
            );
            assert_eq!(view(&quick), view(&plain), "{text:?}");
        }
    }

    #[test]
    fn splits_french_words() {
        check(
            "M. Hagenbeck, de l'Asie à Saint-Dizier.",
            &[
                "M.",
                "Hagenbeck",
                ",",
                "de",
                "l'",
                "Asie",
                "à",
                "Saint-Dizier",
                ".",
            ],
        );
        check("d’Henri IV", &["d’", "Henri", "IV"]);
        check(
            "Essey-lès-Nancy et Vandœuvre-lès-Nancy",
            &["Essey-lès-Nancy", "et", "Vandœuvre-lès-Nancy"],
        );
        check("Meta’s Llama", &["Meta", "’s", "Llama"]);
        check("Z.ai et CNN.com", &["Z.ai", "et", "CNN.com"]);
        check("Nvidia Corp. a dit", &["Nvidia", "Corp.", "a", "dit"]);
        check("Xi'an, qu'il", &["Xi'an", ",", "qu'", "il"]);
        check("Marnaval- qui", &["Marnaval", "-", "qui"]);
        check(
            "locales.Mais F. Vautrin",
            &["locales", ".", "Mais", "F.", "Vautrin"],
        );
        check("", &[]);
    }
}
