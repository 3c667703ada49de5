//! Sentence boundaries inside one paragraph, found on its bytes.
//!
//! The scan stops only at the few bytes that can matter (`.` `!` `?` `…`,
//! quotes, `:`) and decides each candidate boundary from its close
//! context: the word before the mark, the closing quotes and brackets
//! after it, and the first character of what follows.

use crate::ascii_space;
use crate::lexicon::{self, Class};

/// The bytes the scan stops at: terminal marks, quotes, `:` `;`, the
/// hyphen of a subject-clitic inversion (`-vous`), and the lead bytes of
/// `«` `»` (0xC2) and `…` (0xE2).
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let stops = b".!?\":;-\xC2\xE2";
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    t
};

/// One bit per byte of `c[..16]` where the scan must stop: the ASCII
/// bytes of [`SPECIAL`], and the first bytes of `«` `»` (C2 AB, C2 BB) and
/// `…` (E2 80 A6) — not of the other characters that start with C2 or E2
/// (the no-break space, `’`), which [`SPECIAL`] lets through. `c` holds
/// two more bytes, to see those sequences whole.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn stops16(c: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    assert!(c.len() >= 18);
    // SAFETY: SSE2 is part of every x86_64 CPU; the three unaligned loads
    // read `c[0..16]`, `c[1..17]` and `c[2..18]`, inside `c`.
    unsafe {
        let p = c.as_ptr();
        let c0 = _mm_loadu_si128(p.cast());
        let c1 = _mm_loadu_si128(p.add(1).cast());
        let c2 = _mm_loadu_si128(p.add(2).cast());
        let eq = |v: __m128i, x: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(x as i8));
        let ascii = _mm_or_si128(
            _mm_or_si128(
                _mm_or_si128(eq(c0, b'.'), eq(c0, b'-')),
                _mm_or_si128(eq(c0, b'!'), eq(c0, b'?')),
            ),
            _mm_or_si128(
                eq(c0, b'"'),
                // ':' and ';' differ in their low bit.
                eq(_mm_or_si128(c0, _mm_set1_epi8(1)), b';'),
            ),
        );
        // AB and BB differ in one bit.
        let guillemet = _mm_and_si128(
            eq(c0, 0xC2),
            eq(_mm_or_si128(c1, _mm_set1_epi8(0x10)), 0xBB),
        );
        let ellipsis = _mm_and_si128(_mm_and_si128(eq(c0, 0xE2), eq(c1, 0x80)), eq(c2, 0xA6));
        let all = _mm_or_si128(ascii, _mm_or_si128(guillemet, ellipsis));
        _mm_movemask_epi8(all) as u32
    }
}

/// What ends a candidate sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// One `.`.
    Period,
    /// `...`, `…` and longer runs of periods.
    Ellipsis,
    /// A run holding `!` or `?` (`?!`, `!...`).
    Exclaim,
}

/// Appends to `out` the byte ranges of the sentences of the paragraph `p`,
/// in order, trimmed of whitespace, never empty.
pub(crate) fn split(p: &str, out: &mut Vec<(usize, usize)>) {
    let first = p.bytes().find(|&c| !ascii_space(c));
    if first == Some(b'|') || (first.is_some_and(|c| c >= 0x80) && p.trim_start().starts_with('|'))
    {
        // A markdown table row (or its `---|---` separator) is one sentence.
        push_trimmed(p, 0, p.len(), out);
        return;
    }
    let mut scan = Scan {
        p,
        b: p.as_bytes(),
        start: 0,
        guillemets: 0,
        quote_open: false,
        quotes_seen: 0,
        quotes_total: None,
    };
    scan.run(out);
}

/// The state of the scan of one paragraph.
struct Scan<'p> {
    p: &'p str,
    b: &'p [u8],
    /// Byte where the current sentence starts.
    start: usize,
    /// Open `«` not yet closed.
    guillemets: u32,
    /// A straight `"` is open.
    quote_open: bool,
    /// Straight quotes before the scan position.
    quotes_seen: usize,
    /// Straight quotes in the paragraph, counted when first needed.
    quotes_total: Option<usize>,
}

impl Scan<'_> {
    fn run(&mut self, out: &mut Vec<(usize, usize)>) {
        let b = self.b;
        let mut i = 0;
        while i < b.len() {
            // Sixteen bytes at a time where SSE2 is there: one bit per
            // byte that starts a mark, and the scan moves to the first.
            #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
            if i + 18 <= b.len() {
                let mask = stops16(&b[i..i + 18]);
                if mask == 0 {
                    i += 16;
                    continue;
                }
                i += mask.trailing_zeros() as usize;
                i = self.stop(i, out);
                continue;
            }
            // Eight bytes at a time: one bit per special byte, and the
            // scan moves to the first one without a branch per byte.
            if let Some(block) = b.get(i..i + 8) {
                let mask = block
                    .iter()
                    .enumerate()
                    .fold(0u32, |m, (k, &c)| m | (u32::from(SPECIAL[c as usize]) << k));
                if mask == 0 {
                    i += 8;
                    continue;
                }
                i += mask.trailing_zeros() as usize;
            } else if !SPECIAL[b[i] as usize] {
                i += 1;
                continue;
            }
            i = self.stop(i, out);
        }
        push_trimmed(self.p, self.start, b.len(), out);
    }

    /// The scan stopped at `i`, on a byte of [`SPECIAL`]; returns where to
    /// go on.
    fn stop(&mut self, i: usize, out: &mut Vec<(usize, usize)>) -> usize {
        let b = self.b;
        match b[i] {
            b'.' | b'!' | b'?' => self.terminal(i, out),
            0xE2 if b[i + 1..].starts_with(&[0x80, 0xA6]) => self.terminal(i, out),
            0xC2 if b.get(i + 1) == Some(&0xAB) => {
                self.guillemets += 1;
                i + 2
            }
            0xC2 if b.get(i + 1) == Some(&0xBB) => {
                self.guillemets = self.guillemets.saturating_sub(1);
                i + 2
            }
            b'"' => {
                self.quote_open = !self.quote_open;
                self.quotes_seen += 1;
                i + 1
            }
            b':' => self.colon(i, out),
            b';' => self.semicolon(i, out),
            b'-' => self.inversion(i, out),
            _ => i + 1,
        }
    }

    /// Ends the current sentence at `end` and starts the next at `next`.
    fn cut(&mut self, end: usize, next: usize, out: &mut Vec<(usize, usize)>) {
        push_trimmed(self.p, self.start, end, out);
        self.start = next;
    }

    /// A run of terminal marks starting at `i`; returns where to go on.
    fn terminal(&mut self, i: usize, out: &mut Vec<(usize, usize)>) -> usize {
        let b = self.b;
        let (mut j, mut dots, mut exclaim, mut ellipsis) = (i, 0, false, false);
        loop {
            match b.get(j) {
                Some(b'.') => {
                    dots += 1;
                    j += 1;
                }
                Some(b'!' | b'?') => {
                    exclaim = true;
                    j += 1;
                }
                Some(0xE2) if b[j + 1..].starts_with(&[0x80, 0xA6]) => {
                    ellipsis = true;
                    j += 3;
                }
                _ => break,
            }
        }
        let mark = if exclaim {
            Mark::Exclaim
        } else if ellipsis || dots >= 2 {
            Mark::Ellipsis
        } else {
            Mark::Period
        };
        // "(...)" and "[…]" mark a cut in a quotation, not an end.
        if mark == Mark::Ellipsis
            && i > 0
            && matches!(b[i - 1], b'(' | b'[')
            && matches!(b.get(j), Some(b')' | b']'))
        {
            return j + 1;
        }
        let end = self.closers(j);
        let next = skip_space(self.p, end);
        if next >= b.len() {
            return next;
        }
        let Some(c) = self.p[next..].chars().next() else {
            return next;
        };
        let cut = if next == end {
            self.glued(i, end, mark, c)
        } else {
            self.spaced(i, j, end, next, mark, c)
        };
        if cut {
            self.cut(end, next, out);
        }
        next.max(j)
    }

    /// Closing quotes and brackets after terminal marks ending at `j`,
    /// glued (`."`, `!)`, `.»`) or spaced as French typography wants
    /// (`. »`); returns the end of the sentence.
    fn closers(&mut self, j: usize) -> usize {
        let b = self.b;
        let mut e = j;
        loop {
            match &b[e..] {
                [b')' | b']', ..] => {
                    e += 1;
                    continue;
                }
                // A straight quote glued to a word after it opens.
                [b'"', rest @ ..] if !rest.first().is_some_and(u8::is_ascii_alphanumeric) => {
                    self.quote_open = false;
                    self.quotes_seen += 1;
                    e += 1;
                    continue;
                }
                [0xC2, 0xBB, ..] => {
                    self.guillemets = self.guillemets.saturating_sub(1);
                    e += 2;
                    continue;
                }
                // A straight apostrophe closes a single quote ('oui.')
                // when a space or the end follows.
                [b'\'', rest @ ..] if rest.first().is_none_or(u8::is_ascii_whitespace) => {
                    e += 1;
                    continue;
                }
                // ” and ’ (closing single quote: ‘Minions.’)
                [0xE2, 0x80, 0x9D | 0x99, ..] => {
                    e += 3;
                    continue;
                }
                _ => {}
            }
            let n = skip_space(self.p, e);
            if n > e {
                match &b[n..] {
                    // An orphan » (no « open in the paragraph) is left to
                    // the next sentence, unless a no-break space binds it.
                    [0xC2, 0xBB, ..] if self.guillemets > 0 || no_break_space(&self.p[e..n]) => {
                        self.guillemets = self.guillemets.saturating_sub(1);
                        e = n + 2;
                        continue;
                    }
                    [b'"', ..] if self.spaced_quote_closes(n) => {
                        self.quote_open = false;
                        self.quotes_seen += 1;
                        e = n + 1;
                        continue;
                    }
                    [0xE2, 0x80, 0x9D, ..] => {
                        e = n + 3;
                        continue;
                    }
                    _ => {}
                }
            }
            return e;
        }
    }

    /// Whether the straight quote at `q`, after a terminal mark and a
    /// space, closes a quotation rather than opening the next one.
    fn spaced_quote_closes(&mut self, q: usize) -> bool {
        if self.p[q + 1..].starts_with(char::is_alphanumeric) {
            return false; // glued to the next word: `"Il`
        }
        if self.quote_open {
            return true;
        }
        // No quote open here (it opened before this paragraph, or the
        // count went astray): it closes unless a later quote pairs with it.
        let b = self.b;
        let total = *self
            .quotes_total
            .get_or_insert_with(|| b.iter().filter(|&&c| c == b'"').count());
        let after = total.saturating_sub(self.quotes_seen + 1);
        after % 2 == 0
    }

    /// The mark at `i` is directly followed by `c` (no space): a boundary
    /// only in glued prose (`locales.Mais`, `mesure ?La`), never inside
    /// `3.5`, `CNN.com`, `St.John` or `U.S.A.`.
    fn glued(&self, i: usize, end: usize, mark: Mark, c: char) -> bool {
        let word_start = c.is_uppercase()
            && self.p[end + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| d.is_lowercase() || is_apostrophe(d));
        if !(word_start || c == '«' || c == '“') {
            return false;
        }
        match mark {
            Mark::Exclaim | Mark::Ellipsis => true,
            Mark::Period => {
                let token = self.word_before(i);
                let w = strip_elision(token);
                !w.is_empty()
                    && lexicon::abbreviation(w).is_none()
                    && !is_initials(w)
                    && !token.contains(['/', '@', '.'])
                    && !token.starts_with("www")
            }
        }
    }

    /// The marks `i..j`, closers up to `end`, then space, then `c` at `next`.
    fn spaced(&self, i: usize, j: usize, end: usize, next: usize, mark: Mark, c: char) -> bool {
        let closed = end > j;
        if c.is_lowercase() {
            // "?" or "!" then lowercase is an incise (« Quoi ? » dit-il);
            // after a period, a lowercase start is a sentence only after
            // a plain word (not an abbreviation or initial).
            return mark == Mark::Period && !closed && self.lowercase_start(i);
        }
        let opener = matches!(
            c,
            '«' | '"' | '“' | '‘' | '(' | '[' | '-' | '–' | '—' | '•' | '¿' | '¡' | '»'
        );
        if !(c.is_uppercase() || c.is_numeric() || opener) {
            return false;
        }
        if matches!(c, '-' | '–' | '—') && (self.credit_tail(next) || dash_incise(&self.p[next..]))
        {
            return false;
        }
        match mark {
            Mark::Exclaim | Mark::Ellipsis => true,
            Mark::Period => closed || self.period_ends(i, next, c),
        }
    }

    /// A period at `i` followed by a space and `c` (a capital, a digit or
    /// an opening mark) at `next`: does it end the sentence?
    fn period_ends(&self, i: usize, next: usize, c: char) -> bool {
        let w = strip_elision(self.word_before(i));
        if let Some(class) = lexicon::abbreviation(w) {
            return match class {
                Class::Title => false,
                Class::Ref => starts_sentence(&self.p[next..]),
                // Not before a digit ("sept. 2021") nor inside "Co. Ltd.".
                Class::Context => {
                    let follower = word_at(&self.p[next..]);
                    let chained = self.p[next + follower.len()..].starts_with('.')
                        && lexicon::abbreviation(follower) == Some(Class::Context);
                    !(c.is_numeric() || chained)
                }
            };
        }
        if is_initials(w) {
            return starts_sentence(&self.p[next..]);
        }
        !self.is_label(i)
    }

    /// The sentence so far is only a label: "1.", "IV.", "a.", "Fig. 2.".
    fn is_label(&self, i: usize) -> bool {
        let so_far = &self.p[self.start.min(i)..i];
        if so_far.len() > 24 {
            return false;
        }
        let mut words = so_far.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(w), None, None) => is_enumerator(w),
            (Some(a), Some(w), None) => {
                a.strip_suffix('.')
                    .is_some_and(|a| lexicon::abbreviation(a).is_some())
                    && is_enumerator(w)
            }
            _ => false,
        }
    }

    /// A period at `i`, then a lowercase word: a boundary after a plain
    /// word of four letters or more ("prochain. on", "Hylidae. il").
    fn lowercase_start(&self, i: usize) -> bool {
        let w = strip_elision(self.word_before(i));
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_alphabetic)
            && chars.all(|c| c.is_lowercase())
            && w.chars().count() >= 4
            && lexicon::abbreviation(w).is_none()
    }

    /// A dash at `d` that opens a short tail without terminal marks: a
    /// photo credit or source after a caption ("2025. - Wang/Reuters").
    fn credit_tail(&self, d: usize) -> bool {
        let rest = &self.p[d..];
        let mut chars = rest.chars();
        chars.next();
        chars.next().is_some_and(char::is_whitespace)
            && rest.len() <= 100
            && !rest.contains(['.', '!', '?', '…'])
    }

    /// A colon at `i` glued to a capital word after a space
    /// ("en profondeur :L’ambition") is a boundary: the line break was lost.
    fn colon(&mut self, i: usize, out: &mut Vec<(usize, usize)>) -> usize {
        let before = self.p[..i].chars().next_back();
        let mut after = self.p[i + 1..].chars();
        let glued = before.is_some_and(char::is_whitespace)
            && after.next().is_some_and(char::is_uppercase)
            && after
                .next()
                .is_some_and(|c| c.is_lowercase() || is_apostrophe(c));
        if glued {
            self.cut(i + 1, i + 1, out);
        }
        i + 1
    }

    /// A hyphen at `i` opening a subject clitic (`Trouvez-vous`,
    /// `Pensez-vous`, `Faut-il`) after a capitalized verb glued to the
    /// lowercase end of the word before it (`avec Zhu MinTrouvez-vous …`):
    /// the line break between a line and a question was lost, and the
    /// question starts at the capital.
    fn inversion(&mut self, i: usize, out: &mut Vec<(usize, usize)>) -> usize {
        const CLITICS: [&str; 9] = [
            "vous", "nous", "ils", "il", "elles", "elle", "on", "je", "tu",
        ];
        let after = &self.p[i + 1..];
        // A clitic (or the "t-" before one) starts with one of these.
        if !matches!(
            after.as_bytes().first(),
            Some(b'v' | b'n' | b'i' | b'e' | b'o' | b'j' | b't')
        ) {
            return i + 1;
        }
        let after = after.strip_prefix("t-").unwrap_or(after);
        let clitic = CLITICS.iter().any(|c| {
            after.starts_with(c)
                && !after[c.len()..]
                    .chars()
                    .next()
                    .is_some_and(|d| d.is_alphanumeric() || d == '-')
        });
        if !clitic {
            return i + 1;
        }
        // The verb: lowercase letters back to a capital, which must follow
        // a lowercase letter (of the word it is glued to).
        let mut chars = self.p[self.start..i].char_indices().rev();
        let mut lower = 0;
        let at = loop {
            match chars.next() {
                Some((_, c)) if c.is_lowercase() && lower < 40 => lower += 1,
                Some((k, c)) if c.is_uppercase() && lower > 0 => break self.start + k,
                _ => return i + 1,
            }
        };
        let glued = self.p[self.start..at]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase);
        if glued && at > self.start {
            self.cut(at, at, out);
        }
        i + 1
    }

    /// A semicolon at `i` followed by a capitalized sentence opener
    /// ("exister ; Le poème…"): French writes lowercase after `;`, so the
    /// capital shows a sentence (or a lost line break) starting there.
    fn semicolon(&mut self, i: usize, out: &mut Vec<(usize, usize)>) -> usize {
        let next = skip_space(self.p, i + 1);
        if next > i + 1 && next < self.b.len() && starts_sentence(&self.p[next..]) {
            self.cut(i + 1, next, out);
            return next;
        }
        i + 1
    }

    /// The token that ends at byte `i`: back to a space or an opening mark.
    fn word_before(&self, i: usize) -> &str {
        // Words longer than this are URLs or junk: looking further back
        // would make the scan quadratic on them.
        const MAX: usize = 100;
        let mut from = self.start.max(i.saturating_sub(MAX)).min(i);
        while !self.p.is_char_boundary(from) {
            from += 1;
        }
        let head = &self.p[from..i];
        // Back from the end on bytes; a non-ASCII character is decoded.
        let hb = head.as_bytes();
        let mut k = hb.len();
        while k > 0 {
            let c = hb[k - 1];
            if c < 0x80 {
                if ascii_space(c) || matches!(c, b'(' | b'[' | b'"') {
                    break;
                }
                k -= 1;
                continue;
            }
            let mut j = k - 1;
            while !head.is_char_boundary(j) {
                j -= 1;
            }
            let ch = head[j..k].chars().next().unwrap_or(' ');
            if ch.is_whitespace() || matches!(ch, '«' | '“' | '‘') {
                break;
            }
            k = j;
        }
        &head[k..]
    }
}

/// A dash that closes an incise ("Il est venu — enfin ! — pour signer"):
/// lowercase follows it.
fn dash_incise(s: &str) -> bool {
    let mut chars = s.chars().skip(1).skip_while(|c| c.is_whitespace());
    chars.next().is_some_and(char::is_lowercase)
}

/// After "l’" or "d'", the word itself: "l’IA" gives "IA".
fn strip_elision(w: &str) -> &str {
    // The last `'` or `’` (E2 80 99), found on bytes.
    let b = w.as_bytes();
    let last = b
        .iter()
        .rposition(|&c| c == b'\'' || c == 0x99)
        .and_then(|k| {
            if b[k] == b'\'' {
                Some(k)
            } else if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 {
                Some(k - 2)
            } else {
                // A 0x99 inside another character: look further back.
                let mut j = k;
                while !w.is_char_boundary(j) {
                    j -= 1;
                }
                w[..j].rfind(['\'', '’'])
            }
        });
    match last {
        Some(k) => {
            let rest = &w[k..];
            let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            if rest.is_empty() {
                w
            } else {
                rest
            }
        }
        None => w,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Initials: "J", "J.-C", "R.L.F", "LL.AA.RR", "Jean-B".
fn is_initials(w: &str) -> bool {
    // Every form opens with a capital: a word that starts with an ASCII
    // lowercase letter or a digit (most words before a period) is none.
    if w.as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return false;
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if !w.contains('.') {
        // "Jean-B": a first name then one capital.
        return w.rsplit_once('-').is_some_and(|(first, last)| {
            first.starts_with(char::is_uppercase) && {
                let mut l = last.chars();
                l.next().is_some_and(char::is_uppercase) && l.next().is_none()
            }
        });
    }
    w.split('.').all(|part| {
        let part = part.strip_prefix('-').unwrap_or(part);
        let n = part.chars().count();
        (1..=2).contains(&n) && part.chars().all(char::is_uppercase)
    })
}

/// A list, caption or article number: "1", "12", "1er", "3bis", "IV",
/// "a", "3b".
fn is_enumerator(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let suffix = &w[digits..];
        return matches!(suffix, "" | "er" | "re" | "e" | "bis" | "ter")
            || (suffix.len() == 1 && suffix.bytes().all(|c| c.is_ascii_lowercase()));
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    w.len() <= 5 && w.bytes().all(|c| b"IVXLC".contains(&c))
}

/// The word at the start of `s`, with a final elision apostrophe ("L’").
fn word_at(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(k, _)| k);
    match s[end..].chars().next() {
        Some(c) if is_apostrophe(c) => &s[..end + c.len_utf8()],
        _ => &s[..end],
    }
}

/// `s` starts with a word that typically opens a sentence ("Il", "Les",
/// "L’"), and not with a name particle ("Le Pen", "La Fontaine").
fn starts_sentence(s: &str) -> bool {
    let w = word_at(s);
    let known = if w.ends_with('’') {
        let straight = format!("{}'", &w[..w.len() - '’'.len_utf8()]);
        lexicon::is_starter(&straight)
    } else {
        lexicon::is_starter(w)
    };
    if !known {
        return false;
    }
    if matches!(w, "Le" | "La" | "De" | "Du") {
        // "J.-M. Le Pen", "Ch. De Gaulle": a particle before a name.
        let rest = s[w.len()..].trim_start();
        return !rest.starts_with(char::is_uppercase);
    }
    true
}

/// A no-break space (U+00A0, U+202F) among `s`.
fn no_break_space(s: &str) -> bool {
    s.contains(['\u{a0}', '\u{202f}'])
}

/// Skips whitespace (including no-break spaces) from byte `i`.
fn skip_space(p: &str, i: usize) -> usize {
    let b = p.as_bytes();
    let mut k = i;
    while k < b.len() {
        match b[k] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => k += 1,
            c if c >= 0x80 => match p[k..].chars().next() {
                Some(ch) if ch.is_whitespace() => k += ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    k
}

/// Pushes `s..e` of `p` trimmed, unless empty.
///
/// The ends are trimmed on bytes while they are ASCII (the common case:
/// a letter or a mark, or a plain space); a non-ASCII byte at an end is
/// left to `str::trim_start` / `str::trim_end`, which know every Unicode
/// space.
fn push_trimmed(p: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    if s >= e {
        return;
    }
    let b = p.as_bytes();
    let mut a = s;
    while a < e && ascii_space(b[a]) {
        a += 1;
    }
    if a < e && b[a] >= 0x80 {
        a = e - p[a..e].trim_start().len();
    }
    let mut z = e;
    while z > a && ascii_space(b[z - 1]) {
        z -= 1;
    }
    if z > a && b[z - 1] >= 0x80 {
        z = a + p[a..z].trim_end().len();
    }
    if a < z {
        out.push((a, z));
    }
}

#[cfg(test)]
mod simd_tests {
    /// The bytes where the scan must stop, one at a time.
    fn stops_reference(c: &[u8]) -> u32 {
        (0..16).fold(0, |m, k| {
            let stop = match c[k] {
                b'.' | b'!' | b'?' | b'"' | b':' | b';' | b'-' => true,
                0xC2 => matches!(c[k + 1], 0xAB | 0xBB),
                0xE2 => c[k + 1] == 0x80 && c[k + 2] == 0xA6,
                _ => false,
            };
            m | (u32::from(stop) << k)
        })
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[test]
    fn sixteen_bytes_at_a_time_stop_where_one_at_a_time_does() {
        // Bytes near the marks (and their neighbours by one bit), then any.
        let near = [
            b'.', b'!', b'?', b'"', b':', b';', b'-', b',', b'/', b' ', b'a', b'+', b'>', 0xC2,
            0xE2, 0xC3, 0xE3, 0x80, 0x81, 0xA6, 0xA7, 0xAB, 0xBB, 0x9B, 0xA0, 0x99, 0x3A, 0x3B,
            0x2D, 0x2E, 0x21, 0x22, 0x3F,
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..200_000 {
            let c: Vec<u8> = (0..18)
                .map(|_| {
                    let r = next();
                    if round % 4 == 3 {
                        r as u8
                    } else {
                        near[(r % near.len() as u64) as usize]
                    }
                })
                .collect();
            assert_eq!(super::stops16(&c), stops_reference(&c), "{c:x?}");
        }
    }
}
