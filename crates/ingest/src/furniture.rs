//! Page furniture: spans of a text that are not the article's prose.
//!
//! Web pages carry buttons ("Partager", "Copy link to section"), menus
//! (language lists), counters ("Views: 101", "0/400"), comment forms,
//! legal and promotional lines, stock tickers, table rules and photo
//! credits. They are recognized by rules that generalize — a lexicon of
//! widget phrases matched on whole short lines ([`data/furniture.tsv`]),
//! shapes (counters, tickers, table rules, credits), and runs of language
//! names — reported as [`Skipped`] spans, and never deleted from the text.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use frclaims_model::{CharCursor, Paragraph, Skipped, Span};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Match {
    Line,
    Prefix,
    Contains,
}

struct Entry {
    reason: &'static str,
    how: Match,
    phrase: &'static str,
}

struct Rules {
    /// Whole-line entries: folded phrase -> reason.
    lines: FxHashMap<&'static str, &'static str>,
    /// The longest whole-line entry, in bytes: longer lines are not looked up.
    longest_line: usize,
    /// The longest whole-line or prefix entry, in bytes.
    longest_entry: usize,
    /// Prefix entries.
    prefixes: Vec<(&'static str, &'static str)>,
    /// The first bytes of the prefix entries: other lines are not compared.
    prefix_starts: [bool; 256],
    /// `contains` entries, one automaton; `contains_reasons[pattern]`.
    contains: AhoCorasick,
    contains_reasons: Vec<&'static str>,
    /// What a text must hold for the automaton to find anything in it
    /// (see [`Grams`]).
    contains_grams: Grams,
    languages: FxHashSet<String>,
    /// The longest language name, in bytes: longer names are not looked up.
    longest_language: usize,
    counter: Regex,
    table_rule: Regex,
    ticker: Regex,
    signed_percent: Regex,
    credit_line: Regex,
}

fn fold(s: &str) -> String {
    let mut out = String::new();
    frclaims_model::fold_into(s, &mut out);
    out
}

/// Lines longer than this many words are prose: only the `contains`
/// entries (comment forms, disclaimers) and tail credits apply to them.
const SHORT_WORDS: usize = 25;
const LONG_WORDS: usize = 80;
/// A `contains` phrase is looked for in the first bytes of a paragraph.
const CONTAINS_HEAD_BYTES: usize = 240;
/// A credit sits in the last bytes of its paragraph.
const CREDIT_TAIL_BYTES: usize = 160;

/// The last `n` bytes of `s` or a little more, cut at a char boundary:
/// (offset of the cut, suffix).
fn tail(s: &str, n: usize) -> (usize, &str) {
    let at = crate::floor_boundary(s, s.len().saturating_sub(n));
    (at, &s[at..])
}

/// The entries of `data/furniture.tsv`.
fn entries() -> Vec<Entry> {
    include_str!("../data/furniture.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let (reason, how, phrase) = (cols.next(), cols.next(), cols.next());
            let how = match how {
                Some("line") => Match::Line,
                Some("prefix") => Match::Prefix,
                Some("contains") => Match::Contains,
                other => panic!("furniture.tsv: bad match kind {other:?} in {l:?}"),
            };
            Entry {
                reason: reason.expect("a reason"),
                how,
                phrase: phrase.expect("a phrase").trim(),
            }
        })
        .collect()
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let entries = entries();
    let pick = |how: Match| entries.iter().filter(move |e| e.how == how);
    let lines: FxHashMap<_, _> = pick(Match::Line).map(|e| (e.phrase, e.reason)).collect();
    let longest_line = lines.keys().map(|l| l.len()).max().unwrap_or(0);
    let prefixes: Vec<_> = pick(Match::Prefix).map(|e| (e.phrase, e.reason)).collect();
    let longest_entry = prefixes
        .iter()
        .map(|(p, _)| p.len())
        .max()
        .unwrap_or(0)
        .max(longest_line);
    let mut prefix_starts = [false; 256];
    for (p, _) in &prefixes {
        prefix_starts[usize::from(p.as_bytes()[0])] = true;
    }
    // `contains` phrases match the original text: as written, with the
    // typographic apostrophe, and without accents; ASCII case is ignored,
    // and a phrase that opens with an accented letter also matches with it
    // capitalized ("À titre d'information uniquement").
    let mut variants = Vec::new();
    let mut contains_reasons = Vec::new();
    for e in pick(Match::Contains) {
        let forms = [e.phrase.to_owned(), e.phrase.replace('\'', "’")];
        let capital = forms.clone().map(|f| capitalized(&f));
        let forms = forms.into_iter().chain(capital).chain([fold(e.phrase)]);
        let mut seen = HashSet::new();
        for form in forms {
            if seen.insert(form.clone()) {
                variants.push(form);
                contains_reasons.push(e.reason);
            }
        }
    }
    let contains_grams = Grams::new(&variants);
    let contains = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // A few dozen phrases: the full DFA is small and the fastest to run.
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&variants)
        .expect("furniture automaton");
    let languages: FxHashSet<String> = include_str!("../data/languages.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect();
    let longest_language = languages.iter().map(String::len).max().unwrap_or(0);
    let re = |p: &str| Regex::new(p).expect("valid furniture regex");
    Rules {
        lines,
        longest_line,
        longest_entry,
        prefixes,
        prefix_starts,
        contains,
        contains_reasons,
        contains_grams,
        languages,
        longest_language,
        // Folded text: "views: 101", "1 234 vues", "0/400".
        counter: re(concat!(
            r"^(?:(?:views|vues|lectures|partages|shares|likes|j'aime|commentaires?|comments?|reactions?)",
            r"\s*:?\s*[0-9][0-9 ]*|[0-9][0-9 ]*\s+(?:views|vues|lectures|partages|shares|likes|j'aime|commentaires?|comments?|reactions?)",
            r"|[0-9]+\s*/\s*[0-9]+)$"
        )),
        table_rule: re(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$"),
        ticker: re(r"^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$"),
        signed_percent: re(r"^[+\-−]\s?[0-9]+(?:[.,][0-9]+)?\s?%$"),
        // Folded text of a whole line: "image : freepix", "© afp".
        credit_line: re(concat!(
            r"^(?:(?:image|images|photo|photos|illustration|infographie|video|credits?(?: photo)?|photo credit|source photo)",
            r"\s*:\s*\S.{0,60}|©\s*\S.{0,60})$"
        )),
    }
});

/// A test that a text cannot hold any of a set of phrases matched with
/// ASCII case ignored, cheaper than looking for them.
///
/// A phrase is at least `min_len` bytes long. An occurrence starting at
/// byte `a` covers every eight-byte window starting in `a..a + stride`
/// (`stride = min_len - 7`), one of which starts at a multiple of
/// `stride`; that window of the text, ASCII-lowercased, is the
/// ASCII-lowercased window of the phrase at an offset below `stride`. The
/// set of those phrase windows is kept as a hashed bitset: a text none of
/// whose windows at multiples of `stride` is in it holds no phrase.
/// (Hash collisions only let more texts through to the real search.)
struct Grams {
    bits: Vec<u64>,
    min_len: usize,
    stride: usize,
}

impl Grams {
    const HASH_BITS: u32 = 16;

    fn new(phrases: &[String]) -> Grams {
        let min_len = phrases.iter().map(String::len).min().unwrap_or(0);
        let stride = min_len.saturating_sub(7);
        let mut bits = vec![0u64; 1 << (Self::HASH_BITS - 6)];
        for p in phrases {
            let b = p.as_bytes();
            for off in 0..stride {
                let h = Self::hash(Self::window(&b[off..off + 8]));
                bits[h >> 6] |= 1 << (h & 63);
            }
        }
        Grams {
            bits,
            min_len,
            stride,
        }
    }

    /// Eight bytes, ASCII letters lowercased.
    fn window(b: &[u8]) -> u64 {
        let w = u64::from_le_bytes(b[..8].try_into().expect("eight bytes"));
        w | (frclaims_model::ascii_letter_bits(w) >> 2)
    }

    fn hash(w: u64) -> usize {
        (w.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::HASH_BITS)) as usize
    }

    /// False when `text` holds none of the phrases.
    fn may_hold(&self, text: &[u8]) -> bool {
        if self.stride == 0 {
            return true;
        }
        if text.len() < self.min_len {
            return false;
        }
        let mut q = 0;
        while q + 8 <= text.len() {
            let h = Self::hash(Self::window(&text[q..q + 8]));
            if self.bits[h >> 6] & (1 << (h & 63)) != 0 {
                return true;
            }
            q += self.stride;
        }
        false
    }
}

/// `phrase` with its first letter capitalized when that letter is not
/// ASCII (ASCII case is ignored by the automaton anyway).
fn capitalized(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(c) if !c.is_ascii() => c.to_uppercase().chain(chars).collect(),
        _ => phrase.to_owned(),
    }
}

/// Page furniture among the `paragraphs` of `text`, in order.
///
/// ```
/// use frclaims_model::{Paragraph, Span};
/// let text = "Un article.\n\nPartager\n\nViews: 101";
/// let paras = [(0, 11), (13, 21), (23, 33)].map(|(s, e)| Paragraph { span: Span::new(s, e) });
/// let skipped = frclaims_ingest::furniture(text, &paras);
/// let reasons: Vec<&str> = skipped.iter().map(|s| s.reason.as_str()).collect();
/// assert_eq!(reasons, ["button", "counter"]);
/// ```
pub fn furniture(text: &str, paragraphs: &[Paragraph]) -> Vec<Skipped> {
    let mut cursor = CharCursor::new(text);
    let lines: Vec<&str> = paragraphs.iter().map(|p| cursor.slice(p.span)).collect();
    furniture_of_lines(paragraphs, &lines)
}

/// [`furniture`], given the text of each paragraph (`lines[k]` is the text
/// of `paragraphs[k]`), for callers that already sliced them.
pub fn furniture_of_lines(paragraphs: &[Paragraph], lines: &[&str]) -> Vec<Skipped> {
    let rules = &*RULES;
    debug_assert_eq!(paragraphs.len(), lines.len());
    // Words, roughly: spaces plus one (fast, and all the rules need).
    let words: Vec<usize> = lines
        .iter()
        .map(|l| 1 + bytecount::count(l.as_bytes(), b' '))
        .collect();
    // Only lines short enough for the line rules are folded, one after
    // the other into one buffer; `folded[k]` is the range of line `k`, or
    // of its start only when `partial[k]` (see `fold_line`).
    let mut buf = String::new();
    // Folding keeps most lengths; a few more bytes for those it grows.
    let short_bytes: usize = lines
        .iter()
        .zip(&words)
        .filter(|&(_, &w)| w <= SHORT_WORDS)
        .map(|(l, _)| l.len())
        .sum();
    let mut all = String::with_capacity(short_bytes + short_bytes / 8 + 16);
    let mut partial = vec![false; lines.len()];
    let ranges: Vec<(usize, usize)> = lines
        .iter()
        .zip(&words)
        .zip(&mut partial)
        .map(|((l, &w), part)| {
            let from = all.len();
            if w <= SHORT_WORDS {
                *part = fold_line(rules, l, w, &mut buf, &mut all);
            }
            (from, all.len())
        })
        .collect();
    let folded: Vec<&str> = ranges.iter().map(|&(a, b)| &all[a..b]).collect();
    let mut out: Vec<Skipped> = Vec::new();
    let skip = |span: Span, reason: &str, out: &mut Vec<Skipped>| {
        if !out.iter().any(|s| s.span.overlaps(span)) {
            out.push(Skipped {
                span,
                reason: reason.to_owned(),
            });
        }
    };

    // Runs of language names: a language menu.
    // (A partly folded line is known to be longer than a language name.)
    let is_language = |k: usize| {
        !partial[k]
            && folded[k].len() < LANGUAGE_BYTES
            && is_language_name(rules, language_name(folded[k]))
    };
    let mut i = 0;
    while i < paragraphs.len() {
        let mut j = i;
        while j < paragraphs.len() && is_language(j) {
            j += 1;
        }
        if j - i >= 3 {
            for p in &paragraphs[i..j] {
                skip(p.span, "menu", &mut out);
            }
            i = j;
        } else {
            i += 1;
        }
    }

    for (k, p) in paragraphs.iter().enumerate() {
        let (line, f, words) = (trim(lines[k]), folded[k], words[k]);
        let short = words <= SHORT_WORDS;
        let phrase = || {
            if short {
                contained(rules, line, words)
            } else {
                None
            }
        };
        if let Some(reason) = lexicon(rules, f, words).or_else(phrase) {
            skip(p.span, reason, &mut out);
        } else if short
            && counter_start(f)
            && f.bytes().any(|b| b.is_ascii_digit())
            && rules.counter.is_match(f)
            && char_counter_or_count(f)
        {
            skip(p.span, "counter", &mut out);
        } else if short && line.starts_with(['|', '-', ':']) && rules.table_rule.is_match(line) {
            // The rule and the header row above it: column names, not prose.
            if k > 0 && lines[k - 1].matches('|').count() >= 2 {
                skip(paragraphs[k - 1].span, "table", &mut out);
            }
            skip(p.span, "table", &mut out);
        } else if short
            && ((signed_percent(rules, line) && k > 0 && ticker(rules, lines[k - 1].trim()))
                || (ticker(rules, line)
                    && lines
                        .get(k + 1)
                        .is_some_and(|n| signed_percent(rules, n.trim()))))
        {
            skip(p.span, "ticker", &mut out);
        } else if words <= 10
            && (memchr::memchr(b':', f.as_bytes()).is_some() || has_copyright(f.as_bytes()))
            && rules.credit_line.is_match(f)
        {
            skip(p.span, "credit", &mut out);
        } else if let Some(from) = credit_tail(lines[k]) {
            let start = p.span.start + lines[k][..from].chars().count();
            let end = p.span.start + lines[k].trim_end().chars().count();
            if start < end {
                skip(Span::new(start, end), "credit", &mut out);
            }
        }
    }
    // Longer paragraphs (forms, disclaimers) are read for the `contains`
    // phrases only next to other furniture: page furniture comes in
    // clusters, and prose is not scanned for it.
    out.sort_by_key(|s| (s.span.start, s.span.end));
    let is_skipped = |span: Span, out: &[Skipped]| {
        out.binary_search_by(|s| (s.span.start, s.span.end).cmp(&(span.start, span.end)))
            .is_ok()
    };
    let mut more = Vec::new();
    for (k, p) in paragraphs.iter().enumerate() {
        if words[k] <= SHORT_WORDS || words[k] > LONG_WORDS || is_skipped(p.span, &out) {
            continue;
        }
        let near = (k > 0 && is_skipped(paragraphs[k - 1].span, &out))
            || paragraphs
                .get(k + 1)
                .is_some_and(|n| is_skipped(n.span, &out));
        if let Some(reason) = near.then(|| contained(rules, lines[k], words[k])).flatten() {
            if !out.iter().any(|s| s.span.overlaps(p.span)) {
                more.push(Skipped {
                    span: p.span,
                    reason: reason.to_owned(),
                });
            }
        }
    }
    out.extend(more);
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// A folded line of this many bytes or more is not a language name.
const LANGUAGE_BYTES: usize = 60;
/// The bytes of a line folded first, when the rules may need no more.
const HEAD_BYTES: usize = 64;

/// Folds `l` (of `words` words) and appends it, stripped, to `all`; or
/// only its start, and then returns true, when the rules cannot tell it
/// from the whole line: the start is longer than any whole-line or prefix
/// entry, the whole is known to be longer than a language name, and the
/// rules that read the whole folded line cannot apply (the counter needs
/// a digit after the right first letter, a credit line a colon or a "©"
/// in at most ten words).
///
/// Folding works character by character, so the start of a line folds to
/// the start of the folded line; stripping the start works the same on
/// both; and an alphanumeric character after the start is never stripped
/// from the end, so the folded line is the start, then at least one code
/// point (of at least one byte) per character up to the last such one.
fn fold_line(rules: &Rules, l: &str, words: usize, buf: &mut String, all: &mut String) -> bool {
    if l.len() > HEAD_BYTES {
        let cut = crate::floor_boundary(l, HEAD_BYTES);
        frclaims_model::fold_into(&l[..cut], buf);
        let head = strip_start(buf);
        let b = l.as_bytes();
        let whole_needed = head.len() <= rules.longest_entry
            || (words <= 10 && (memchr::memchr(b':', b).is_some() || has_copyright(b)))
            || (counter_start(head) && b.iter().any(u8::is_ascii_digit));
        if !whole_needed {
            let rest = &l[cut..];
            let z = rest
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_alphanumeric())
                .map_or(0, |(k, c)| k + c.len_utf8());
            if z > 0 && head.len() + bytecount::num_chars(&rest.as_bytes()[..z]) >= LANGUAGE_BYTES {
                all.push_str(head);
                return true;
            }
        }
    }
    frclaims_model::fold_into(l, buf);
    all.push_str(strip_line(buf));
    false
}

/// What [`strip_line`] removes from the start of a folded line.
fn strip_start(f: &str) -> &str {
    f.trim_start().trim_start_matches(BULLETS).trim_start()
}

/// List bullets (folded).
const BULLETS: [char; 7] = ['•', '·', '*', '-', '‣', '▪', '►'];

/// A stock ticker line ("NVDA", "BRK.B"): the length and first letter are
/// tested before the pattern, which most lines fail at once.
fn ticker(rules: &Rules, line: &str) -> bool {
    line.len() <= 8
        && line.starts_with(|c: char| c.is_ascii_uppercase())
        && rules.ticker.is_match(line)
}

/// A signed percentage alone on its line ("+2,15 %", "−0,8%").
fn signed_percent(rules: &Rules, line: &str) -> bool {
    line.ends_with('%') && rules.signed_percent.is_match(line)
}

/// Press and photo agencies that sign a credit on their own ("… - AFP").
const AGENCIES: &[&str] = &[
    "AFP",
    "AP",
    "Reuters",
    "EPA",
    "Xinhua",
    "Getty Images",
    "Bloomberg",
    "Sipa",
    "Shutterstock",
    "iStock",
    "Belga",
    "Keystone",
    "ANSA",
    "DPA",
    "Kyodo",
    "Maxppp",
    "Hans Lucas",
];

/// Words that open a credit after a caption's last sentence ("… Image : Freepix").
const CREDIT_WORDS: &[&str] = &[
    "Image",
    "Images",
    "Photo",
    "Photos",
    "Illustration",
    "Crédit",
    "Crédits",
    "Crédit photo",
    "Infographie",
];

/// Byte offset in `line` where a photo credit ending the line starts:
/// "… le 16 mai 2025. - Tingshu Wang/Reuters", "… - AFP",
/// "… américains. Image : Freepix", "… © Reuters".
fn credit_tail(line: &str) -> Option<usize> {
    let line = match line.as_bytes().last() {
        Some(z) if z.is_ascii_graphic() => line,
        _ => line.trim_end(),
    };
    let (cut, end) = tail(line, CREDIT_TAIL_BYTES);
    let words = |s: &str| s.split_whitespace().count();
    // Every kind of credit below has a slash, a colon or a "©" (C2 A9) in
    // the tail, or ends with an agency's name: one pass finds which.
    let (mut slash, mut colon, mut copyright) = (false, false, false);
    let eb = end.as_bytes();
    for i in memchr::memchr3_iter(b'/', b':', 0xc2, eb) {
        match eb[i] {
            b'/' => slash = true,
            b':' => colon = true,
            _ => copyright |= eb.get(i + 1) == Some(&0xA9),
        }
    }
    // "- Name Name/Agency/Agency" or "- Agency" (the last letters compared
    // before the names).
    let last = eb.last().copied();
    let signed = slash
        || (last.is_some_and(|z| z.is_ascii_alphabetic())
            && AGENCIES
                .iter()
                .any(|a| a.as_bytes().last().copied() == last && end.ends_with(a)));
    if let Some(d) = signed.then(|| last_spaced_dash(end)).flatten() {
        let dash = d + 1;
        let rest = end[dash..].trim_start_matches(['-', '–', '—']).trim();
        let capitalized = rest.split(['/', ' ']).filter(|w| !w.is_empty()).all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
        if !rest.is_empty()
            && words(rest) <= 8
            && capitalized
            && (rest.contains('/') || AGENCIES.contains(&rest))
        {
            return Some(cut + dash);
        }
    }
    // "… © Reuters"
    if let Some(i) = copyright
        .then(|| end.rfind(" ©"))
        .flatten()
        .filter(|&i| words(&end[i..]) <= 8)
    {
        return Some(cut + i + 1);
    }
    // ". Image : Freepix"
    if !colon {
        return None;
    }
    for i in memchr::memchr3_iter(b'.', b'!', b'?', eb) {
        let rest = end[i + 1..].trim_start();
        let start = end.len() - rest.len();
        for w in CREDIT_WORDS {
            if let Some(after) = rest.strip_prefix(w) {
                let after = after.trim_start();
                if after.starts_with(':') && words(after) <= 8 && !after[1..].trim().is_empty() {
                    return Some(cut + start);
                }
            }
        }
    }
    None
}

/// `b` holds a "©" (C2 A9): looked for by its first byte, rarer than its
/// second (which ends "é").
fn has_copyright(b: &[u8]) -> bool {
    memchr::memchr_iter(0xC2, b).any(|i| b.get(i + 1) == Some(&0xA9))
}

/// The byte offset of the last " - ", " – " or " — " in `s`.
fn last_spaced_dash(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr_iter(b' ', b).find(|&i| {
        let rest = &b[i + 1..];
        ["- ", "– ", "— "]
            .iter()
            .any(|d| rest.starts_with(d.as_bytes()))
    })
}

/// `s.trim()`, without looking at the characters when both ends are ASCII
/// and not spaces (paragraphs come trimmed).
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// A folded line can be a counter only if it starts as the counter
/// pattern does: with a digit or one of its words.
fn counter_start(f: &str) -> bool {
    const WORDS: [&str; 9] = [
        "views", "vues", "lectures", "partages", "shares", "likes", "j'aime", "comment", "reaction",
    ];
    match f.as_bytes().first() {
        Some(c) if c.is_ascii_digit() => true,
        Some(b'v' | b'l' | b'p' | b's' | b'j' | b'c' | b'r') => {
            WORDS.iter().any(|w| f.starts_with(w))
        }
        _ => false,
    }
}

/// A counter line: either a labelled count ("views: 101") or a character
/// counter "N/M" of a form, whose maximum is at least 100 and not below
/// the count ("0/400"), so that a bare date ("17/02", "31/10") is not one.
fn char_counter_or_count(f: &str) -> bool {
    match f.split_once('/') {
        Some((n, m)) => {
            let (n, m) = (n.trim().parse::<u64>(), m.trim().parse::<u64>());
            matches!((n, m), (Ok(n), Ok(m)) if m >= 100 && n <= m)
        }
        None => true,
    }
}

/// `name` is one of the language names.
fn is_language_name(rules: &Rules, name: &str) -> bool {
    name.len() <= rules.longest_language && rules.languages.contains(name)
}

/// A menu line less its region: "francais (afrique)" -> "francais".
fn language_name(f: &str) -> &str {
    match f.strip_suffix(')').and_then(|x| x.rsplit_once('(')) {
        Some((name, region)) if (2..=30).contains(&region.len()) => name.trim(),
        _ => f,
    }
}

/// Removes list bullets, surrounding spaces and a final ":" from a folded
/// line.
fn strip_line(f: &str) -> &str {
    // A line that starts and ends with an ASCII letter or digit (most)
    // has nothing to strip.
    if let (Some(a), Some(z)) = (f.as_bytes().first(), f.as_bytes().last()) {
        if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() {
            return f;
        }
    }
    let t = f.trim().trim_start_matches(BULLETS).trim();
    t.trim_end_matches([':', ' ', '.', '…'])
}

fn lexicon(rules: &Rules, f: &str, words: usize) -> Option<&'static str> {
    if f.is_empty() {
        return None;
    }
    if words <= SHORT_WORDS {
        if let Some(reason) = (f.len() <= rules.longest_line)
            .then(|| rules.lines.get(f))
            .flatten()
        {
            return Some(reason);
        }
        if let Some((_, reason)) = rules.prefix_starts[usize::from(f.as_bytes()[0])]
            .then(|| rules.prefixes.iter().find(|(p, _)| f.starts_with(p)))
            .flatten()
        {
            return Some(reason);
        }
    }
    None
}

/// The reason of a `contains` phrase found in a paragraph of at most
/// [`LONG_WORDS`] words.
fn contained(rules: &Rules, line: &str, words: usize) -> Option<&'static str> {
    if words > LONG_WORDS {
        return None;
    }
    // Forms and disclaimers say what they are in their first sentences.
    let head = &line[..crate::floor_boundary(line, CONTAINS_HEAD_BYTES)];
    if !rules.contains_grams.may_hold(head.as_bytes()) {
        return None;
    }
    rules
        .contains
        .find(head)
        .map(|m| rules.contains_reasons[m.pattern().as_usize()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<Paragraph> {
        let mut out = Vec::new();
        let mut pos = 0;
        for line in text.split('\n') {
            let n = line.chars().count();
            let lead = line.chars().take_while(|c| c.is_whitespace()).count();
            let body = line.trim_end().chars().count();
            if body > lead {
                out.push(Paragraph {
                    span: Span::new(pos + lead, pos + body),
                });
            }
            pos += n + 1;
        }
        out
    }

    /// `(skipped text, reason)` for every skipped span of `text`.
    fn check(text: &str, want: &[(&str, &str)]) {
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<(String, String)> = furniture(text, &paras(text))
            .into_iter()
            .map(|s| (chars[s.span.start..s.span.end].iter().collect(), s.reason))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn buttons_and_links() {
        check(
            "Titre\nCopy link to section\nLe texte. Partager est un verbe.\n  • Partager\nLire la suite :",
            &[("Copy link to section", "button"), ("• Partager", "button"), ("Lire la suite :", "link")],
        );
    }

    #[test]
    fn counters() {
        check(
            "Views: 101\n0/400\n1 234 vues\nIl y a 3 vues sur la mer.\n17/02\n31/10\n2/3",
            &[
                ("Views: 101", "counter"),
                ("0/400", "counter"),
                ("1 234 vues", "counter"),
            ],
        );
    }

    #[test]
    fn comment_form_and_disclaimer() {
        check(
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n\
             Cette page peut inclure du contenu de tiers fourni à des fins d'information uniquement.",
            &[
                ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "form"),
                ("Cette page peut inclure du contenu de tiers fourni à des fins d'information uniquement.", "disclaimer"),
            ],
        );
    }

    #[test]
    fn contains_phrases_ignore_case_and_take_both_apostrophes() {
        for line in [
            "YOUR EMAIL ADDRESS WILL NOT BE PUBLISHED. Required fields are marked *",
            "À titre d’information uniquement, sans garantie.",
            "À TITRE D'INFORMATION UNIQUEMENT, sans garantie.",
            "Fourni a titre d'information uniquement, sans garantie.",
            "Ce contenu Ne Constitue Pas Un Conseil En Investissement.",
        ] {
            let reason = if line.starts_with("YOUR") {
                "form"
            } else {
                "disclaimer"
            };
            check(line, &[(line, reason)]);
        }
        assert_eq!(capitalized("à des fins"), "À des fins");
        assert_eq!(capitalized("ne fournit"), "ne fournit");
    }

    #[test]
    fn long_disclaimers_are_read_next_to_other_furniture() {
        let long = "Cette page peut inclure du contenu de tiers fourni à des fins d'information \
                    uniquement. L'éditeur ne garantit ni l'exactitude ni la validité de ces \
                    contenus et ne fournit aucun conseil financier à travers ces informations.";
        check(
            &format!("Voir l'original\n{long}"),
            &[("Voir l'original", "link"), (long, "disclaimer")],
        );
        // The same words inside prose, away from any furniture, stay prose.
        check(&format!("Le texte commence ici.\n{long}\nLa suite."), &[]);
    }

    #[test]
    fn language_menu_needs_a_run() {
        check(
            "Communauté\nFrançais (Afrique)\n  • English\n  • Español\n  • 日本語\nFin.",
            &[
                ("Communauté", "link"),
                ("Français (Afrique)", "menu"),
                ("• English", "menu"),
                ("• Español", "menu"),
                ("• 日本語", "menu"),
            ],
        );
        check("English\nLe texte.", &[]);
    }

    #[test]
    fn ticker_and_table_rule() {
        check(
            "Dans cet article :\nBABA\n+2,15%\nSociété | Puces | Modèles |\n---|---|---|\nAlibaba | Oui | Non |",
            &[
                ("Dans cet article :", "label"),
                ("BABA", "ticker"),
                ("+2,15%", "ticker"),
                ("Société | Puces | Modèles |", "table"),
                ("---|---|---|", "table"),
            ],
        );
        // An acronym line not followed by a price change is not a ticker,
        // and a price change needs its ticker.
        check("ONU\nLe texte.", &[]);
        check("+5 %\n-3,5%", &[]);
    }

    /// `credit_tail` looks for an agency only in a tail that ends with an
    /// ASCII letter.
    #[test]
    fn agencies_end_with_an_ascii_letter() {
        for a in AGENCIES {
            assert!(a.ends_with(|c: char| c.is_ascii_alphabetic()), "{a}");
        }
    }

    #[test]
    fn photo_credits() {
        check(
            "Un robot à Pékin, le 16 mai 2025. - Tingshu Wang/Reuters\n\
             Le modèle séduit le Sud global. Image : Freepix\n\
             Photo : AFP\n\
             Le score est de 3 - 2 ce soir.",
            &[
                ("- Tingshu Wang/Reuters", "credit"),
                ("Image : Freepix", "credit"),
                ("Photo : AFP", "credit"),
            ],
        );
    }

    #[test]
    fn prose_is_kept() {
        check(
            "La Chine considère la WAIC comme une plateforme clé.\nTraduire la politique en action\n\
             Pour plus de détails, voir le rapport.",
            &[],
        );
    }

    /// The window test never hides a phrase the automaton finds: every
    /// phrase, as written, capitalized, with either apostrophe or folded,
    /// at every offset inside other text; and prose lines skip the search.
    #[test]
    fn grams_never_hide_a_phrase() {
        let rules = &*RULES;
        let g = &rules.contains_grams;
        assert!(g.stride >= 8, "phrases too short for the window test");
        let pad = "Un texte quelconque, avec des mots. ";
        let mut found = 0;
        for e in entries().iter().filter(|e| e.how == Match::Contains) {
            for phrase in [
                e.phrase.to_owned(),
                e.phrase.to_uppercase(),
                e.phrase.replace('\'', "’"),
                capitalized(e.phrase),
                fold(e.phrase),
            ] {
                for lead in 0..pad.len() {
                    let text = format!("{}{phrase}{}", &pad[..lead], &pad[lead..]);
                    if rules.contains.find(&text).is_some() {
                        found += 1;
                        assert!(g.may_hold(text.as_bytes()), "{text}");
                    }
                }
            }
        }
        assert!(found > 2000, "{found}");
        let prose = "La Chine considère la WAIC comme une plateforme clé pour \
                     traduire sa politique en action, selon le rapport publié hier.";
        assert!(!g.may_hold(prose.as_bytes()));
    }

    /// A line folded only in part gets the same answers from every rule
    /// that reads the folded line as the whole folded line would.
    #[test]
    fn partly_folded_lines_answer_as_whole_ones() {
        let rules = &*RULES;
        let pieces = [
            "Téléchargez l'application ",
            "Suivez-nous sur ",
            "• ",
            "- ",
            "  ",
            "\u{a0}",
            "Views: ",
            "vues ",
            "12 ",
            "© AFP ",
            "Image : ",
            "L’ÉTÉ ",
            "la Chine considère ",
            "…",
            ". ",
            ":",
            "français (Afrique) ",
            "x",
            "œuvre ",
            "2025",
        ];
        let mut next = frclaims_benchdata::xorshift(0x1234_5678_9ABC_DEF1);
        let (mut parts, mut n) = (0, 0);
        let mut buf = String::new();
        for _ in 0..100_000 {
            let mut line = String::new();
            for _ in 0..next() % 14 + 1 {
                line.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let words = 1 + line.matches(' ').count();
            let mut all = String::new();
            let part = fold_line(rules, &line, words, &mut buf, &mut all);
            let whole = strip_line(&fold(&line)).to_owned();
            n += 1;
            if !part {
                assert_eq!(all, whole, "{line:?}");
                continue;
            }
            parts += 1;
            let head = all.as_str();
            assert!(
                whole.starts_with(head) && whole.len() >= LANGUAGE_BYTES,
                "{line:?}"
            );
            assert_eq!(lexicon(rules, head, words), lexicon(rules, &whole, words));
            assert!(!(counter_start(&whole) && whole.bytes().any(|b| b.is_ascii_digit())));
            assert!(!(words <= 10 && (whole.contains(':') || whole.contains('©'))));
        }
        assert!(parts > 1000 && parts < n, "{parts} of {n}");
    }

    #[test]
    fn data_files_load_without_duplicates() {
        let rules = &*RULES;
        let entries = entries();
        assert!(entries.len() > 100);
        let mut seen = HashSet::new();
        for e in &entries {
            assert!(!e.phrase.is_empty());
            if e.how != Match::Contains {
                assert_eq!(
                    fold(e.phrase),
                    e.phrase,
                    "furniture.tsv line entries are folded"
                );
            }
            assert!(seen.insert((e.how, e.phrase)), "duplicate {}", e.phrase);
        }
        let n = include_str!("../data/languages.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(
            rules.languages.len(),
            n,
            "languages.txt has duplicates after folding"
        );
    }
}
