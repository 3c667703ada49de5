//! A normalized view of a text for matching, mapped back to the original.

use unicode_normalization::UnicodeNormalization;

use crate::span::ByteSpan;

/// [`fold_char`] of U+00C0 … U+00FF (the Latin-1 letters, with × and ÷),
/// indexed by the low six bits of their second UTF-8 byte (`0xC3`, then
/// `0x80 + k`): the stages' tokenizers look French accented letters up
/// here instead of decoding and folding them.
pub const LATIN1_FOLD: [char; 64] = [
    'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', //
    'ð', 'n', 'o', 'o', 'o', 'o', 'o', '×', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 'ß', //
    'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', //
    'ð', 'n', 'o', 'o', 'o', 'o', 'o', '÷', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 'y', //
];

/// Folds one character for matching: lowercase, Latin accents removed,
/// non-breaking and other spaces made `' '`, typographic apostrophes made
/// `'`, typographic double quotes and guillemets made `"`, dashes made `-`.
///
/// Always one character in, one character out, so the normalized text has
/// exactly as many code points as the original.
#[inline]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{2002}' | '\u{2003}' => {
            ' '
        }
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' | '\u{2032}' | '\u{201b}' => '\'',
        '\u{00ab}' | '\u{00bb}' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}'
        | '\u{2039}' | '\u{203a}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        // Other Latin letters with diacritics ("ế", "ă", "č", "ł" stays):
        // the base letter of the canonical decomposition.
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => {
            let base = c.nfd().next().unwrap_or(c);
            let mut lower = base.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// [`fold_char`] of U+0080..U+00BF (no-break space, guillemets, « ´ »),
/// by the low six bits of their second UTF-8 byte.
static FOLD_C2: std::sync::LazyLock<[char; 64]> =
    std::sync::LazyLock::new(|| std::array::from_fn(|k| fold_char(scalar(0x80 + k as u32))));

/// [`fold_char`] of U+2000..U+203F (spaces, dashes, typographic quotes and
/// apostrophes of French text), by the low six bits of their third byte.
static FOLD_2000: std::sync::LazyLock<[char; 64]> =
    std::sync::LazyLock::new(|| std::array::from_fn(|k| fold_char(scalar(0x2000 + k as u32))));

/// The character of code point `c` (the ranges above have no surrogates).
fn scalar(c: u32) -> char {
    char::from_u32(c).unwrap_or(' ')
}

/// `s` folded character by character ([`fold_char`]) into `out`, which is
/// cleared first: runs of ASCII bytes are copied 32 bytes at a time
/// (a fixed-size copy, then the part past the run cut off: no call and no
/// branch on the run's length per run), and Latin-1 letters,
/// U+0080..U+00BF and U+2000..U+203F (the punctuation of French text)
/// looked up in tables.
///
/// ```
/// let mut out = String::new();
/// frclaims_model::fold_into("Ça coûte 12\u{202f}500 €", &mut out);
/// assert_eq!(out, "ca coute 12 500 €");
/// ```
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    // Room for the 32 bytes copied past the end of the last run.
    out.reserve(s.len() + 32);
    let b = s.as_bytes();
    let (c2, punct) = (&*FOLD_C2, &*FOLD_2000);
    let mut i = 0;
    while i < b.len() {
        // The ASCII run at `i`: 32 bytes copied whole while they end at a
        // character boundary, the length kept that is ASCII. Near the end
        // of the text, or when the 32 bytes cut a
        // character, the run is copied as it is.
        loop {
            if let Some(chunk) = s.get(i..i + 32) {
                let c = chunk.as_bytes();
                let k0 = ascii_prefix16(&c[..16]);
                let k1 = ascii_prefix16(&c[16..]);
                // The second sixteen count only when the first sixteen
                // are all ASCII.
                let k = k0 + (k1 & usize::from(k0 == 16).wrapping_neg());
                let at = out.len();
                out.push_str(chunk);
                out.truncate(at + k);
                i += k;
                if k < 32 {
                    break;
                }
            } else {
                let k = crate::ascii_prefix(&b[i..]);
                out.push_str(&s[i..i + k]);
                i += k;
                break;
            }
        }
        // The second byte of a two-byte sequence, and the third of one
        // that starts E2 80, are continuation bytes: their low six bits
        // index the tables.
        match (b.get(i), b.get(i + 1)) {
            (None, _) => break,
            (Some(0xc3), Some(&c)) => {
                out.push(LATIN1_FOLD[usize::from(c & 0x3f)]);
                i += 2;
            }
            (Some(0xc2), Some(&c)) => {
                out.push(c2[usize::from(c & 0x3f)]);
                i += 2;
            }
            (Some(0xe2), Some(0x80)) => {
                out.push(punct[usize::from(b[i + 2] & 0x3f)]);
                i += 3;
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                out.push(fold_char(c));
                i += c.len_utf8();
            }
        }
    }
    // Non-ASCII characters never fold to an ASCII capital: lowercasing the
    // ASCII bytes at the end folds the copied runs.
    out.make_ascii_lowercase();
}

/// The number of ASCII bytes that start the sixteen bytes `c`, 0 to 16,
/// without a branch.
#[inline(always)]
fn ascii_prefix16(c: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let w0 = u64::from_le_bytes(c[..8].try_into().expect("eight bytes"));
    let w1 = u64::from_le_bytes(c[8..16].try_into().expect("eight bytes"));
    let n0 = ((w0 & HIGH).trailing_zeros() / 8) as usize;
    let n1 = ((w1 & HIGH).trailing_zeros() / 8) as usize;
    // The second eight count only when the first eight are all ASCII.
    n0 + (n1 & usize::from(n0 == 8).wrapping_neg())
}

/// A folded copy of a text (see [`fold_char`]) with a table back to the
/// original's byte offsets. Lexicons and patterns match on
/// [`Normalized::as_str`]; [`Normalized::original`] turns a match into a
/// byte span of the original text.
///
/// ```
/// use frclaims_model::{Normalized, ByteSpan};
/// let text = "L’Élysée a 12\u{a0}500 agents";
/// let n = Normalized::new(text);
/// assert_eq!(n.as_str(), "l'elysee a 12 500 agents");
/// let at = n.as_str().find("elysee").unwrap();
/// let orig = n.original(ByteSpan::new(at, at + 6));
/// assert_eq!(orig.slice(text), "Élysée");
/// ```
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// For each byte of `text` (plus its end), the byte offset in the original.
    to_orig: Vec<u32>,
}

impl Normalized {
    /// Fold `original` for matching.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut to_orig = Vec::with_capacity(original.len() + 1);
        for (b, c) in original.char_indices() {
            let f = fold_char(c);
            for _ in 0..f.len_utf8() {
                to_orig.push(b as u32);
            }
            text.push(f);
        }
        to_orig.push(original.len() as u32);
        Normalized { text, to_orig }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset of a byte offset of the folded text.
    pub fn original_byte(&self, b: usize) -> usize {
        self.to_orig[b.min(self.to_orig.len() - 1)] as usize
    }

    /// The original byte span of a byte span of the folded text.
    pub fn original(&self, b: ByteSpan) -> ByteSpan {
        ByteSpan::new(self.original_byte(b.start), self.original_byte(b.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_into_is_fold_char_by_char() {
        let pieces = [
            "A", "z", "É", "é", "à", "ÿ", "×", "Œ", "ß", "\u{a0}", "\u{202f}", "’", "«", "—", "ế",
            "Ǆ", "İ", "🦀", " ", "Ω", "12", "\u{c3}",
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut out = String::new();
        for n in 0..2000 {
            let s: String = (0..n % 37)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    pieces[(x % pieces.len() as u64) as usize]
                })
                .collect();
            fold_into(&s, &mut out);
            let want: String = s.chars().map(fold_char).collect();
            assert_eq!(out, want, "{s:?}");
        }
    }

    /// Every character up to U+2FFFF, between ASCII runs of every length
    /// mod 8 (so that it falls at each place of an eight-byte block and in
    /// the tail), folds as [`fold_char`] folds it.
    #[test]
    fn fold_into_folds_every_character() {
        let mut out = String::new();
        let chars: Vec<char> = (0..0x3_0000u32).filter_map(char::from_u32).collect();
        for (k, chunk) in chars.chunks(61).enumerate() {
            let mut s = String::new();
            for (j, &c) in chunk.iter().enumerate() {
                s.push_str(&"Ab1 .Z-x"[..(j + k) % 8]);
                s.push(c);
            }
            fold_into(&s, &mut out);
            let want: String = s.chars().map(fold_char).collect();
            assert_eq!(out, want, "{s:?}");
        }
    }

    /// ASCII runs of every length up to 80 (one or more whole copies of
    /// 32 bytes, and the cut-off part), between characters of every
    /// length, and at the end of the text.
    #[test]
    fn fold_into_long_ascii_runs() {
        let ascii: String = (0..80u8).map(|k| char::from(b'A' + k % 58)).collect();
        let mut out = String::new();
        for n in 0..80 {
            for c in ["é", "É", "\u{a0}", "’", "€", "🦀", "x"] {
                for tail in 0..40 {
                    let s = format!("{c}{}{c}{}", &ascii[..n], &ascii[..tail]);
                    fold_into(&s, &mut out);
                    let want: String = s.chars().map(fold_char).collect();
                    assert_eq!(out, want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn folds_french() {
        let cases = [
            ("Élysée", "elysee"),
            ("Ça coûte 12\u{202f}500 €", "ca coute 12 500 €"),
            ("aujourd’hui", "aujourd'hui"),
            ("« Bonjour »", "\" bonjour \""),
            ("Œuvre", "œuvre"),
            ("quatre‑vingt–dix", "quatre-vingt-dix"),
            ("Tiếng Việt, Română, Čeština", "tieng viet, romana, cestina"),
        ];
        for (input, want) in cases {
            assert_eq!(Normalized::new(input).as_str(), want, "{input}");
        }
    }

    #[test]
    fn keeps_code_point_count() {
        let t = "ÀÉÎÕÜ ß İ ﬁ « x » 12\u{a0}3";
        assert_eq!(
            Normalized::new(t).as_str().chars().count(),
            t.chars().count()
        );
    }

    #[test]
    fn maps_back_to_original() {
        let t = "Selon l’État, « 5,4\u{a0}% »";
        let n = Normalized::new(t);
        let at = n.as_str().find("l'etat").unwrap();
        assert_eq!(n.original(ByteSpan::new(at, at + 6)).slice(t), "l’État");
        let at = n.as_str().find("5,4 %").unwrap();
        assert_eq!(n.original(ByteSpan::new(at, at + 5)).slice(t), "5,4\u{a0}%");
    }

    #[test]
    fn latin1_table_is_fold_char() {
        for (k, &f) in LATIN1_FOLD.iter().enumerate() {
            let c = char::from_u32(0xC0 + k as u32).unwrap_or(' ');
            assert_eq!(f, fold_char(c), "{c}");
        }
    }
}
