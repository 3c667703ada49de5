//! Rule-based French named entities — persons, organizations, places and
//! other names — with document-level consistency.
//!
//! One entry point, [`extract`]: a pure function of a document and its
//! sentences. It runs in three steps:
//!
//! 1. **Tokens and gazetteer.** The document is folded once
//!    ([`frclaims_model::fold_char`], the folding of
//!    [`frclaims_model::Normalized`]: case, accents, apostrophes and spaces
//!    folded, one character for one, so offsets never move; the folded
//!    offsets are tracked while tokenizing instead of kept in a table).
//!    Each sentence is cut into words (`tokens`), and the known names of
//!    `data/` (countries, cities, regions, organizations, media, products,
//!    people) are looked up whole in one map of folded names, from each
//!    word that can open one to each following word's end while the text
//!    still begins some name (see Performance). A hit counts only on word
//!    boundaries, and only when every capital of the listed name is a
//!    capital in the text ("Chine", "CHINE", not "chine"; "ONU" not "Onu").
//! 2. **Sentence rules** (`rules`): head nouns with their name, capitalized
//!    sequences typed by given names, titles, roles, Chinese family names,
//!    suffixes, place prepositions and word shapes; negative rules for
//!    sentence-initial capitals, months, demonyms, headings in capitals and
//!    function words.
//!    Names given in guillemets after a naming cue (« connue sous le nom
//!    de « Davos d'été » ») are MISC; a company the document defines as a
//!    product stays a company where the context speaks of the maker ("les
//!    modèles de DeepSeek", "DeepSeek … avec son modèle").
//! 3. **Document pass** (`document`, `table`): the first column of a table
//!    whose named cells mostly share a label gives that label to its other
//!    name-like cells; a name resolved once keeps its label in later
//!    mentions and short forms ("Justin Lin" … "Lin"), guesses of one name
//!    vote for its label, guesses that the document never confirms or also
//!    writes in lowercase are dropped, and every repeated mention points to
//!    the first full mention of the same name with the same label (`ref`).
//!
//! # Performance
//!
//! Speed is measured by `cargo bench -p frclaims-entities --bench entities`
//! (MB/s of text on one thread). Every sentence is still cut into tokens
//! (the rules look at the words around a name), so the work per token is
//! kept small. A token is 32 bytes: `u32` document offsets, its folded
//! form as a slice of the folded text (whose end gives the folded end),
//! its word-list flags, and its shape (word, capital, all capitals,
//! digit, letter, capital inside) as bits of one byte. Lowercase words
//! before a space or plain punctuation (two thirds of the tokens of the
//! bench corpus), and elided words of lowercase letters before their
//! apostrophe ("l'", "qu’", decided by one probe of a table of the elided
//! words), take a shortest path with their shape known (the lowercase
//! words one after the other in its own loop, sixteen bytes at a time in
//! two registers,
//! the second eight counted only after eight letters without a branch,
//! so that the length of a word is seldom a branch to predict; the
//! windows are read up to the end of the document and cut at the end of
//! the sentence, so only the document's last bytes go one by one); other
//! plain words (ASCII and Latin-1 letters, elided articles, a final dot)
//! a fast path (whether such a word ends at a space or plain punctuation
//! is one table lookup of the next byte, not a `match`, which became a
//! jump table whose target was often mispredicted), and only the rest
//! the general one; common symbols (√, •,
//! arrows, box drawing) are told from letters without the Unicode tables.
//! As each token is made (the tokenizer tells a `Sink` of it, the
//! lowercase words of the fastest path without a question about their
//! shape; no second pass over the tokens), the stage notes where the
//! document writes a word in lowercase (one `u64`: a signature of its length and first four
//! bytes, and its folded start) and lists the few tokens where anything can start (capitalized
//! words, digits, capitals inside, possible head nouns, opening quotes,
//! and whether a table bar occurs, without which the table pass is
//! skipped). Much of the time of the stage goes to mispredicted
//! branches on data (is this word long, capitalized, a head noun?), so
//! the lowercase words are decided without a branch: the first
//! eight folded bytes of the word give its signature, whether it may be
//! a head noun (its length and first three bytes) and whether it starts
//! with "outre-" (not asked of the words of the fastest path, which have
//! no hyphen), and the word is written to the next slot of each list,
//! which moves on only when the list keeps it (the slots are kept from
//! one sentence to the next, and each sentence reserves room for as many
//! tokens as it has bytes, so that the check for room is never taken).
//! The gazetteer runs only from words that are a prefix of some
//! known name: from such a word it looks up the folded text up to the end
//! of each following token in a hash map of the folded names, as long as
//! that text begins some known name (a bit table of every prefix of every
//! name), and the longest name whose case fits wins (compared byte by
//! byte for ASCII names, without a branch per letter; its slots per token
//! are kept from one sentence to the next, and only the last sentence's
//! hits are emptied). The map is keyed by
//! the same hash as the bit table (the folded name compared on a hit), so
//! each candidate text is hashed once. (It was an anchored
//! DFA of the names, walked byte by byte: its 4.6 MB of states missed the
//! caches, and building it took some 90 M instructions at every start.)
//! The mention rules and the quoted titles
//! walk the lists of starts instead of every token; a mention keeps the
//! range of its tokens, so the rules that read the words around it
//! (definitions, makers) need no search for them. Whether a word is a
//! name particle ("de", "van", "&") or ends the clause of the makers
//! rule (",", "son", "qui") is one probe of a small table indexed by a
//! hash of a key of the word (its first seven bytes and its length), with
//! no branch on its length (a `match` on the word compiled to a jump
//! table on the length, whose target was often mispredicted). Whether a
//! token can
//! continue a name, and its word-list memberships (the context words
//! too: product, media and company nouns, prepositions before an
//! organization, so
//! the questions about the words around a name share one lookup per
//! token), are decided once and kept in its flags; punctuation and
//! words of lowercase letters only (no capital, no digit: most tokens)
//! are made with the answer (no), so
//! the rules that walk from a name to its neighbours skip the decision
//! for them. Whether a word is written in lowercase somewhere is
//! asked only by the few one-word guesses that reach that test, which
//! compare the noted signatures sixteen at a time. Mention keys are slices
//! of the folded text when their words are one space apart there, and the
//! document pass looks each key up once and drops overlapping mentions in
//! place. No buffer of the stage is allocated per sentence or per
//! document: the folded text, the tokens, the mentions and the other
//! lists are kept per thread from one document to the next (the vectors
//! of tokens and mentions, which borrow a document's folded text, are
//! emptied and reused through `recycle`); the allocations left are those
//! of the output (each entity's text and kind). Code point offsets come
//! from a cursor that moves forward.
//!
//! ```
//! use frclaims_model::{Document, Label, Sentence, Span};
//! let text = "Le président Xi Jinping a reçu à Pékin le PDG d'Alibaba.";
//! let doc = Document { text: text.into(), ..Document::default() };
//! let sent = Sentence { span: Span::new(0, text.chars().count()), paragraph: 0 };
//! let ents = frclaims_entities::extract(&doc, &[sent]);
//! let got: Vec<(&str, Label)> = ents.iter().map(|e| (e.text.as_str(), e.label)).collect();
//! assert_eq!(got, [("Xi Jinping", Label::Per), ("Pékin", Label::Loc), ("Alibaba", Label::Org)]);
//! ```
#![deny(missing_docs)]

mod document;
mod keys;
mod lexicon;
mod rules;
mod table;
mod tokens;

use frclaims_model::{ByteSpan, Document, Entity, Sentence};

use crate::lexicon::{Lexicon, LEXICON};
use crate::rules::{Cand, Starts};
use crate::tokens::Tok;

/// Every entity mention in the given sentences of `doc`, sorted by span.
///
/// # Panics
///
/// On a document of 4 GiB or more (token offsets are 32-bit); the
/// pipeline turns the panic into that document's error record.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Entity> {
    let mut cursor = frclaims_model::CharCursor::new(&doc.text);
    let bytes: Vec<ByteSpan> = sentences.iter().map(|s| cursor.bytes(s.span)).collect();
    extract_in(doc, sentences, &bytes)
}

/// [`extract`], given the byte span of each sentence as well (`bytes[k]`
/// is the span of `sentences[k]`, as `frclaims_segment::sentences_and_bytes`
/// gives them): the pipeline's entry, with nothing to convert.
///
/// # Panics
///
/// As [`extract`]; and when the two slices differ in length.
pub fn extract_in(doc: &Document, sentences: &[Sentence], bytes: &[ByteSpan]) -> Vec<Entity> {
    assert_eq!(sentences.len(), bytes.len(), "one byte span per sentence");
    let text = doc.text.as_str();
    if text.is_empty() || sentences.is_empty() {
        return Vec::new();
    }
    // Token offsets are kept as u32.
    assert!(
        u32::try_from(text.len()).is_ok(),
        "the entities stage takes documents below 4 GiB"
    );
    // The large buffers are kept from one document to the next.
    SCRATCH.with_borrow_mut(|scratch| extract_with(text, bytes, scratch))
}

/// Buffers of [`extract`] that outlive one document (no allocation per
/// document for them).
#[derive(Default)]
struct Scratch {
    folded: tokens::Folded,
    gaz: Hits,
    starts: Starts,
    opens: Vec<u32>,
    lowercase: Lowercase,
    /// The buffers of the tokens and the mentions, empty (their items
    /// borrow a document's folded text: see [`recycle`]).
    toks: Vec<Tok<'static>>,
    cands: Vec<Cand<'static>>,
    ranges: Vec<(usize, usize)>,
}

/// An empty vector's buffer, for items of another lifetime: collecting
/// the items of an empty vector into a vector of the same layout reuses
/// its allocation (no item is ever converted).
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter()
        .map(|_| unreachable!("the vector is empty"))
        .collect()
}

/// Where the document writes a word of four bytes or more in lowercase:
/// a signature of each (its length and first four bytes) and where it
/// starts in the folded text, packed in one `u64` (one push per word).
/// The few guesses that ask compare the signatures sixteen at a time (in
/// vector registers), and the words only when one matches.
///
/// The words are noted without a branch: every lowercase word of a
/// sentence is written after the last noted one, which moves on only when
/// the word has four bytes or more and a letter (whether it does is data,
/// not a pattern the branch predictor learns). The slots only grow.
#[derive(Default)]
struct Lowercase {
    /// The noted words, then slots to write the next ones into.
    words: Vec<u64>,
    /// The number of noted words.
    len: usize,
}

impl Lowercase {
    fn clear(&mut self) {
        self.len = 0;
    }

    /// Room for `n` more words.
    #[inline]
    fn reserve(&mut self, n: usize) {
        if self.words.len() < self.len + n {
            self.words.resize(self.len + n, 0);
        }
    }

    /// Note the folded word of `len` bytes at `fstart` whose first four
    /// bytes are `head` (little-endian) when `keep` (it has four bytes or
    /// more); a slot must be free (see `reserve`).
    #[inline]
    fn note(&mut self, keep: bool, head: u32, fstart: usize, len: usize) {
        let sig = head ^ (len as u32).wrapping_mul(0x9e37_79b1);
        self.words[self.len] = u64::from(sig) | (fstart as u64) << 32;
        self.len += usize::from(keep);
    }

    /// The signature of a folded word of four bytes or more: its first
    /// four bytes mixed with its length.
    #[inline]
    fn sig(w: &[u8]) -> u32 {
        u32::from_le_bytes([w[0], w[1], w[2], w[3]]) ^ (w.len() as u32).wrapping_mul(0x9e37_79b1)
    }

    /// Whether the folded text `fb` has `key` at one of the noted words.
    fn contains(&self, fb: &[u8], key: &str) -> bool {
        let key = key.as_bytes();
        if key.len() < 4 {
            return false;
        }
        let sig = Lowercase::sig(key);
        let same = |w: u64| {
            let s = (w >> 32) as usize;
            w as u32 == sig && fb.get(s..s + key.len()) == Some(key)
        };
        self.words[..self.len].chunks(16).any(|chunk| {
            // No early exit inside a chunk: compared in vector registers.
            chunk.iter().fold(false, |any, &w| any | (w as u32 == sig))
                && chunk.iter().any(|&w| same(w))
        })
    }
}

/// "outre-" as the low six bytes of a little-endian `u64`.
const OUTRE: u64 = u64::from_le_bytes(*b"outre-\0\0");

/// The eight bytes of `fb` from `at` (little-endian), zeros past its end.
#[inline]
pub(crate) fn first_eight(fb: &[u8], at: usize) -> u64 {
    match fb.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().expect("eight bytes")),
        None => {
            let mut w = [0; 8];
            let rest = &fb[at.min(fb.len())..];
            w[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(w)
        }
    }
}

/// The pass over the tokens of a sentence as they are made
/// ([`tokens::Sink`]): lowercase words into the filter, and the few
/// tokens where the gazetteer and the rules can start.
struct Noter<'a> {
    lex: &'a Lexicon,
    tbytes: &'a [u8],
    fb: &'a [u8],
    starts: &'a mut Starts,
    opens: &'a mut Vec<u32>,
    lowercase: &'a mut Lowercase,
    /// A table bar was seen.
    bars: bool,
    /// An opening parenthesis was seen (see `Sentence::long_forms`).
    parens: bool,
    /// A number followed by a full stop was seen (see
    /// `Sentence::rankings`), and the last token with a digit.
    ranks: bool,
    last_digit: usize,
    /// The slots of the lists have room for the tokens below this one.
    room: usize,
}

impl<'a> Noter<'a> {
    /// A pass over the tokens of a sentence of `text` (folded: `folded`)
    /// that adds to these lists, with room in them for the tokens below
    /// `room`; nothing seen yet.
    fn new(
        lex: &'a Lexicon,
        text: &'a str,
        folded: &'a str,
        starts: &'a mut Starts,
        opens: &'a mut Vec<u32>,
        lowercase: &'a mut Lowercase,
        room: usize,
    ) -> Noter<'a> {
        Noter {
            lex,
            tbytes: text.as_bytes(),
            fb: folded.as_bytes(),
            starts,
            opens,
            lowercase,
            bars: false,
            parens: false,
            ranks: false,
            last_digit: usize::MAX,
            room,
        }
    }

    /// Room in the lists for token `k` (a branch taken rarely).
    #[inline(always)]
    fn room_for(&mut self, k: usize) {
        if k >= self.room {
            let room = 2 * k + 64;
            self.starts.reserve(room);
            self.lowercase.reserve(room - k);
            self.room = room;
        }
    }
}

impl tokens::Sink for Noter<'_> {
    #[inline(always)]
    fn lower(&mut self, k: usize, fstart: usize, len: usize) {
        self.room_for(k);
        // The first eight folded bytes of the word (and of what follows
        // it): the questions below are answered from them without a
        // branch.
        let w8 = first_eight(self.fb, fstart);
        self.lowercase.note(len >= 4, w8 as u32, fstart, len);
        // A word of letters only has no hyphen: it is no "outre-".
        debug_assert!(len < 6 || w8 & 0xffff_ffff_ffff != OUTRE);
        let start = (len >= 3) & self.lex.maybe_head_head(len, w8 as u32);
        self.starts.note_mention(start, k);
    }

    #[inline(always)]
    fn token(&mut self, k: usize, t: &Tok<'_>) {
        self.room_for(k);
        if !t.word() {
            match self.tbytes[t.start()] {
                0xc2 | 0xe2 | b'"' => self.starts.quotes.push(k as u32),
                b'|' => self.bars = true,
                b'(' => self.parens = true,
                // A rank: "12." (see `Sentence::rankings`).
                b'.' => self.ranks |= k > 0 && self.last_digit == k - 1,
                _ => {}
            }
        } else if t.cap() || t.digit() || t.inner_cap() {
            if t.digit() {
                self.last_digit = k;
            }
            self.starts.note_mention(true, k);
            // No known name starts with this word: skip the gazetteer.
            if self.lex.may_open_known(t.fold) {
                self.opens.push(k as u32);
            }
        } else {
            let len = t.fold.len();
            let w8 = first_eight(self.fb, t.fstart());
            self.lowercase
                .note(t.alpha() & (len >= 4), w8 as u32, t.fstart(), len);
            let start = (len >= 3)
                & (self.lex.maybe_head_head(len, w8 as u32)
                    | (len >= 6) & (w8 & 0xffff_ffff_ffff == OUTRE));
            debug_assert_eq!(start, Starts::lowercase_starts(self.lex, t));
            self.starts.note_mention(start, k);
        }
    }
}

/// The number of words of `toks` that the filter of lowercase words keeps
/// (for a debug check).
#[cfg(debug_assertions)]
fn lowercase_noted(toks: &[Tok<'_>]) -> usize {
    toks.iter()
        .filter(|t| {
            t.word() && !(t.cap() || t.digit() || t.inner_cap()) && t.alpha() && t.fold.len() >= 4
        })
        .count()
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

fn extract_with(text: &str, sentences: &[ByteSpan], scratch: &mut Scratch) -> Vec<Entity> {
    let lex = &*LEXICON;
    let mut offsets = frclaims_model::CharCursor::new(text);
    let abbrev = |w: &str| lex.abbreviations.contains(w);
    let Scratch {
        folded,
        gaz,
        starts,
        opens,
        lowercase,
        toks: toks_buffer,
        cands: cands_buffer,
        ranges,
    } = scratch;
    folded.fill(text);
    let folded = &*folded;
    // Where the document writes a word in lowercase (folded ranges of
    // words of four bytes or more): a capitalized guess that is one of
    // them is a common noun ("l'Information", "l'Empire").
    lowercase.clear();
    let mut cands: Vec<Cand> = recycle(std::mem::take(cands_buffer));
    let mut toks: Vec<Tok> = recycle(std::mem::take(toks_buffer));
    // Folded offset of the last sentence start, to find the next one.
    let mut cursor = (0, 0);
    // Byte ranges of the sentences, for the table pass.
    ranges.clear();
    // A table bar in some sentence: only then can there be a table.
    let mut bars = false;
    for s in sentences {
        let (from, to) = (s.start, s.end);
        ranges.push((from, to));
        if from >= to || to > text.len() {
            continue;
        }
        if from < cursor.0 {
            cursor = (0, 0);
        }
        let ffrom = tokens::folded_offset(text, cursor.0, cursor.1, from);
        cursor = (from, ffrom);
        // As the tokens are made: lowercase words into the filter, and
        // the few tokens where the gazetteer and the rules can start.
        starts.clear(0);
        opens.clear();
        // Room for every token of the sentence (each has a byte at
        // least): the check of `Noter::room_for` is then never taken.
        let room = to - from + 1;
        starts.reserve(room);
        lowercase.reserve(room);
        let mut noter = Noter::new(lex, text, &folded.text, starts, opens, lowercase, room);
        tokens::tokenize_into(
            text,
            from,
            to,
            &folded.text,
            ffrom,
            &abbrev,
            &mut toks,
            &mut noter,
        );
        bars |= noter.bars;
        let (parens, ranks) = (noter.parens, noter.ranks);
        // The next sentence is found from the end of this one.
        if let Some(t) = toks.last() {
            cursor = (t.end(), t.fend());
        }
        if toks.is_empty() {
            continue;
        }
        // The same as one pass over the tokens made.
        #[cfg(debug_assertions)]
        {
            let (mut check_starts, mut check_opens, mut check_lowercase) = Default::default();
            let mut check = Noter::new(
                lex,
                text,
                &folded.text,
                &mut check_starts,
                &mut check_opens,
                &mut check_lowercase,
                0,
            );
            let before = lowercase.len - lowercase_noted(&toks);
            for (k, t) in toks.iter().enumerate() {
                tokens::Sink::token(&mut check, k, t);
            }
            debug_assert_eq!(check.starts.mentions(), starts.mentions());
            debug_assert_eq!(check.starts.quotes, starts.quotes);
            debug_assert_eq!(check.opens, opens);
            debug_assert_eq!(
                check.lowercase.words[..check.lowercase.len],
                lowercase.words[before..lowercase.len]
            );
        }
        gazetteer(text, &folded.text, &toks, opens, lex, gaz);
        let hits = gaz.of(toks.len());
        // The prefix filter of `opens` loses no hit: the same as from
        // every word that could open a name.
        #[cfg(debug_assertions)]
        {
            let all: Vec<u32> = (0..toks.len() as u32)
                .filter(|&k| {
                    let t = &toks[k as usize];
                    t.word() && (t.cap() || t.digit() || t.inner_cap())
                })
                .collect();
            let mut check = Hits::default();
            gazetteer(text, &folded.text, &toks, &all, lex, &mut check);
            debug_assert_eq!(hits, check.of(toks.len()), "{:?}", &text[from..to]);
        }
        let sent = rules::Sentence {
            text,
            toks: &toks,
            folded: &folded.text,
            gaz: hits,
            lex,
            first_word: toks.iter().position(|t| t.word()).unwrap_or(0),
            starts,
        };
        let first = cands.len();
        sent.mentions(&mut cands);
        sent.quoted_titles(&mut cands);
        if parens {
            sent.long_forms(&mut cands, first);
        }
        sent.rankings(&mut cands, first, ranks);
        sent.definitions(&mut cands[first..]);
        sent.makers(&mut cands[first..]);
    }
    if bars {
        table::first_columns(text, ranges, &mut cands);
    }
    let fb = folded.text.as_bytes();
    let written_lowercase = |key: &str| lowercase.contains(fb, key);
    let out = document::resolve(text, &mut offsets, &mut cands, &written_lowercase);
    *toks_buffer = recycle(toks);
    *cands_buffer = recycle(cands);
    out
}

/// The gazetteer hits of a sentence: for each token, the hit that starts
/// there (see [`gazetteer`]). The slots are kept from one sentence to the
/// next and only those of the last sentence's hits are emptied, instead of
/// a slot written per token of every sentence.
#[derive(Default)]
struct Hits {
    /// At least one slot per token; `None` but at the hits.
    slots: Vec<Option<(usize, usize)>>,
    /// The tokens of the hits.
    set: Vec<u32>,
}

impl Hits {
    /// No hit, and a slot for each of `n` tokens.
    fn reset(&mut self, n: usize) {
        for &k in &self.set {
            self.slots[k as usize] = None;
        }
        self.set.clear();
        if self.slots.len() < n {
            self.slots.resize(n, None);
        }
    }

    /// The hits of the first `n` tokens.
    fn of(&self, n: usize) -> &[Option<(usize, usize)>] {
        &self.slots[..n]
    }
}

/// Known names of the gazetteer in one sentence: for each token, the hit
/// that starts there, as (end token exclusive, entry). A name starts at
/// a word that can open one (`opens`: capitalized, "iFlytek",
/// "4Paradigm", and its folded form begins some known name) and ends at
/// the end of a token: the folded text from the word to the end of each
/// following token is looked up whole, as long as it begins some known
/// name (a bit table of every prefix of every name; what begins none
/// cannot be continued into one). The longest name whose capitals are
/// capitals in the text wins, and the next search starts after it.
#[inline(never)]
fn gazetteer(
    text: &str,
    folded: &str,
    toks: &[Tok<'_>],
    opens: &[u32],
    lex: &Lexicon,
    gaz: &mut Hits,
) {
    gaz.reset(toks.len());
    let fb = folded.as_bytes();
    let mut i = 0;
    for &k in opens {
        let k = k as usize;
        if k < i {
            continue;
        }
        i = k;
        let t = &toks[i];
        let fs = t.fstart();
        // The tokens i..j end what may begin a known name; the hashes of
        // the first few are kept for the lookups of whole names.
        let mut hashes = [0u64; 16];
        let mut j = i;
        while let Some(h) = toks.get(j).and_then(|u| lex.begin_hash(&fb[fs..u.fend()])) {
            if let Some(slot) = hashes.get_mut(j - i) {
                *slot = h;
            }
            j += 1;
        }
        // The longest name first.
        let found = (i..j).rev().find_map(|e| {
            let name = &folded[fs..toks[e].fend()];
            let idx = match hashes.get(e - i) {
                Some(&h) => lex.known_hashed(h, name),
                None => lex.known_name(name),
            }?;
            case_fits(&lex.known[idx].name, &text[t.start()..toks[e].end()]).then_some((e + 1, idx))
        });
        if let Some((e, idx)) = found {
            gaz.slots[i] = Some((e, idx));
            gaz.set.push(i as u32);
            i = e;
        }
    }
}

/// Every capital of the listed name is a capital in the text.
fn case_fits(listed: &str, seen: &str) -> bool {
    // ASCII byte by byte, without a branch per letter; the first byte
    // that is not ASCII sends the whole name to the test by characters
    // (while both are ASCII, byte pairs are character pairs).
    let mut fits = true;
    for (&l, &s) in listed.as_bytes().iter().zip(seen.as_bytes()) {
        if (l | s) >= 0x80 {
            return case_fits_chars(listed, seen);
        }
        fits &= !l.is_ascii_uppercase() | s.is_ascii_uppercase();
    }
    debug_assert_eq!(fits, case_fits_chars(listed, seen));
    fits
}

/// [`case_fits`], character by character.
fn case_fits_chars(listed: &str, seen: &str) -> bool {
    listed
        .chars()
        .zip(seen.chars())
        .all(|(l, s)| !l.is_uppercase() || s.is_uppercase())
}

#[cfg(test)]
use frclaims_benchdata::xorshift;

#[cfg(test)]
mod tests {
    use super::*;
    use frclaims_model::{Label, Span};

    fn label(l: Label) -> &'static str {
        match l {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// Runs the stage on one sentence and compares `(text, label)` pairs.
    fn check(input: &str, expected: &[(&str, &str)]) {
        let doc = Document {
            text: input.into(),
            ..Document::default()
        };
        let sent = Sentence {
            span: Span::new(0, input.chars().count()),
            paragraph: 0,
        };
        let ents = extract(&doc, &[sent]);
        let got: Vec<(String, String)> = ents
            .iter()
            .map(|e| (e.text.clone(), label(e.label).to_string()))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(t, l)| (t.to_string(), l.to_string()))
            .collect();
        assert_eq!(got, want, "{input}");
    }

    #[test]
    fn gazetteer_names() {
        check(
            "La Chine et les États-Unis.",
            &[("Chine", "LOC"), ("États-Unis", "LOC")],
        );
        check("Il vit à PARIS depuis mai.", &[("PARIS", "LOC")]);
        check(
            "Selon Reuters, le FMI prévoit.",
            &[("Reuters", "ORG"), ("FMI", "ORG")],
        );
        check("la chine", &[]);
        check(
            "Le Wall Street Journal a rapporté.",
            &[("Wall Street Journal", "MISC")],
        );
        check("Une Parisienne à Lyon.", &[("Lyon", "LOC")]);
        check(
            "La Banque populaire de Chine agit.",
            &[("Banque populaire de Chine", "ORG")],
        );
        check("Meta’s Llama", &[("Meta", "ORG"), ("Llama", "MISC")]);
        check(
            "Ils fuyaient la Gestapo et le Foreign Office hésitait.",
            &[("Gestapo", "ORG"), ("Foreign Office", "ORG")],
        );
        check(
            "Il visite le British Museum hier.",
            &[("British Museum", "ORG")],
        );
    }

    #[test]
    fn adjective_endings_and_family_names() {
        // A capitalized word in -eux, -ive, -ée after a preposition that
        // introduces a person is a family name; after an adverb, an
        // adjective capitalized for emphasis.
        check(
            "D'après Kolmareux, rien n'a changé.",
            &[("Kolmareux", "PER")],
        );
        check("Malgré Varlineux, le texte passe.", &[("Varlineux", "PER")]);
        check("Il a pris un air souvent Orageux hier.", &[]);
    }

    #[test]
    fn capitalized_noun_and_adjective() {
        // A noun of a body after an article, with its adjective: an
        // organization; another capitalized noun there is no name.
        check(
            "Il a quitté la Coalition populaire hier.",
            &[("Coalition populaire", "ORG")],
        );
        check("Il étudie l'Antiquité romaine depuis dix ans.", &[]);
        check("Il aime la Renaissance italienne et ses peintres.", &[]);
    }

    #[test]
    fn company_and_product_or_division() {
        // A known company and a capitalized word: a product after a
        // determiner, else the company's division.
        check(
            "Il travaille chez Airbus Helicopters depuis mai.",
            &[("Airbus Helicopters", "ORG")],
        );
        check(
            "Il a acheté une Renault Kolmara hier.",
            &[("Renault Kolmara", "MISC")],
        );
    }

    #[test]
    fn league_is_a_competition() {
        // « League » ends a competition's name, as « Ligue des champions ».
        check(
            "Il regarde la Kolmar League ce soir.",
            &[("Kolmar League", "MISC")],
        );
    }

    #[test]
    fn van_and_von_in_firms() {
        // « Van », « von » open a family name, but not in a firm's name of
        // partners nor after a company noun.
        check(
            "La maison Van Kolmar & Arpelle ouvre une boutique.",
            &[("Van Kolmar & Arpelle", "ORG")],
        );
        check(
            "Il a acheté des actions Von Kolmar hier.",
            &[("Von Kolmar", "ORG")],
        );
        check(
            "Elle admire les toiles de Van Kolmar.",
            &[("Van Kolmar", "PER")],
        );
    }

    #[test]
    fn place_head_before_a_company_name() {
        // A place's head keeps a known company's name after « de ».
        check("Le canal de Suez est bloqué.", &[("canal de Suez", "LOC")]);
    }

    #[test]
    fn capitalized_place_heads() {
        // « Montagne », « Côte », « Pays », « Champs » capitalized open a
        // place's name.
        check(
            "Le feu ravage la Montagne Noire.",
            &[("Montagne Noire", "LOC")],
        );
        check("Il roule sur la Côte Sauvage.", &[("Côte Sauvage", "LOC")]);
        check("Une montagne de dettes.", &[]);
    }

    #[test]
    fn head_before_a_person() {
        // A lowercase head right before a known person or a family name:
        // the person's team, not a body's name.
        check("L'équipe Macron prépare la campagne.", &[("Macron", "PER")]);
        check("L'écurie Zhang a gagné.", &[("Zhang", "PER")]);
        check("L'écurie Kolmar a gagné.", &[("écurie Kolmar", "ORG")]);
    }

    #[test]
    fn head_nouns() {
        // A capitalized head and its adjectives, then common nouns only.
        check(
            "Il a visité le Musée industriel hier.",
            &[("Musée industriel", "ORG")],
        );
        check(
            "Il parle de l'Office cantonal des vergers hier.",
            &[("Office cantonal des vergers", "ORG")],
        );
        // Its known place after « de » is part of it, not a person; not
        // after an adjective of an administrative level.
        check(
            "Elle répète avec l'Orchestre municipal de Genève.",
            &[("Orchestre municipal", "ORG"), ("Genève", "LOC")],
        );
        check(
            "Il a joué avec l'Orchestre symphonique de Montréal samedi.",
            &[("Orchestre symphonique de Montréal", "ORG")],
        );
        check(
            "Il salue le Musée national de Paul Klee hier.",
            &[("Musée national", "ORG"), ("Paul Klee", "PER")],
        );
        check("Il a visité le musée industriel hier.", &[]);
        // Adjectives in -iste (political families) too.
        check(
            "Le texte a été lancé par la Jeunesse socialiste.",
            &[("Jeunesse socialiste", "ORG")],
        );
        check(
            "Le Parti communiste breton a voté contre.",
            &[("Parti communiste breton", "ORG")],
        );
        // A capitalized adjective before the name after a capitalized head.
        check(
            "Il salue la Fondation du Grand Théâtre hier.",
            &[("Fondation du Grand Théâtre", "ORG")],
        );
        // « Bourse » and « Fonds » head names when capitalized.
        check(
            "Du côté de la Bourse de Toronto, l'action a gagné.",
            &[("Bourse de Toronto", "ORG")],
        );
        check(
            "Le Fonds de solidarité FTQ figure parmi eux.",
            &[("Fonds de solidarité FTQ", "ORG")],
        );
        check("Il a placé ses fonds de pension en bourse.", &[]);
        check(
            "Ils dénoncent la baisse des crédits de la Gendarmerie nationale.",
            &[("Gendarmerie nationale", "ORG")],
        );
        check("La police a arrêté deux hommes.", &[]);
        // An inner head that names nothing by itself and ends the name is
        // part of the outer one.
        check(
            "Hier, la Gazette de la Bourse titrait sur l'or.",
            &[("Gazette de la Bourse", "MISC")],
        );
        check(
            "Le kiosque borde la place de l'Eglise depuis 1990.",
            &[("place de l'Eglise", "LOC")],
        );
        // A capitalized body of a capitalized body right after its « de »
        // is one name; after the outer body's own complement it is not.
        check(
            "Le Conseil de la Bourse de Lisbonne a siégé mardi.",
            &[("Conseil de la Bourse de Lisbonne", "ORG")],
        );
        check(
            "Elle s'exprime devant la Conférence d'hiver de l'Union des fabricants romands de meubles.",
            &[
                ("Conférence", "ORG"),
                ("Union des fabricants romands de meubles", "ORG"),
            ],
        );
        // A capitalized body's name, then its place.
        check(
            "Il a rejoint la Banque Nationale du Canada en 2010.",
            &[("Banque Nationale du Canada", "ORG")],
        );
        // Two bodies coordinated, not one name with two complements.
        check(
            "Le roi recevra les présidents de la Chambre et du Sénat.",
            &[("Chambre", "ORG"), ("Sénat", "ORG")],
        );
        // A capitalized article opening the sentence, then a head noun
        // and its name: the head types it.
        check(
            "La Banque Nationale a publié ses résultats.",
            &[("Banque Nationale", "ORG")],
        );
        // An organization's town and its adjective (not a demonym).
        check(
            "Il a rejoint la Chambre de commerce du Montréal métropolitain en 2010.",
            &[("Chambre de commerce du Montréal métropolitain", "ORG")],
        );
        check(
            "Elle dirige la Chambre de commerce de Rouen depuis mars.",
            &[("Chambre de commerce de Rouen", "ORG")],
        );
        // Plural adjectives after the noun are part of the name.
        check(
            "Il parle au nom de l'Union nationale des propriétaires immobiliers.",
            &[("Union nationale des propriétaires immobiliers", "ORG")],
        );
        check(
            "Il vit dans la province du Zhejiang.",
            &[("province du Zhejiang", "LOC")],
        );
        check(
            "Le ministère japonais du Commerce a refusé.",
            &[("ministère japonais du Commerce", "ORG")],
        );
        check(
            "Il travaille à la laiterie Besnier.",
            &[("laiterie Besnier", "ORG")],
        );
        check("Il critique l'administration Trump.", &[("Trump", "PER")]);
        check("Il habite la ville de Huzhou.", &[("Huzhou", "LOC")]);
        check(
            "Il est soigné à l'hôpital pour enfants de Pékin.",
            &[("hôpital pour enfants de Pékin", "ORG")],
        );
        check(
            "La commission de l'habitat et des affaires rurales a rejeté le projet.",
            &[("commission de l'habitat et des affaires rurales", "ORG")],
        );
        check(
            "Il siège à l'Administration nationale de réglementation financière de Chine.",
            &[(
                "Administration nationale de réglementation financière de Chine",
                "ORG",
            )],
        );
        check(
            "Il lit la Gazette de Berne.",
            &[("Gazette de Berne", "MISC")],
        );
        check("Il lit une gazette de village.", &[]);
        check(
            "Le comité radical du canton de Vaud se réunit.",
            &[("canton de Vaud", "LOC")],
        );
        check(
            "La commission du Conseil national siège.",
            &[("Conseil national", "ORG")],
        );
        check(
            "La société française Mistral AI lève des fonds.",
            &[("Mistral AI", "ORG")],
        );
        check(
            "Le ministère des Affaires sociales a parlé.",
            &[("ministère des Affaires sociales", "ORG")],
        );
        check("Selon l'agence Reuter, non.", &[("agence Reuter", "ORG")]);
        // A land and its compass adjective; not a town.
        check(
            "Le climat de l'Amérique méridionale change vite.",
            &[("Amérique méridionale", "LOC")],
        );
        check("Il arrive à Lyon central hier.", &[("Lyon", "LOC")]);
        // A lake or a sea with its name through « de ».
        check(
            "Ils nagent dans le lac de Neuchâtel chaque été.",
            &[("lac de Neuchâtel", "LOC")],
        );
        check(
            "Il habite rue Saint-Dizier.",
            &[("rue Saint-Dizier", "LOC")],
        );
        check("Cela place Pékin en difficulté.", &[("Pékin", "LOC")]);
        check(
            "Elle invoque les traités de Rome et de Nice.",
            &[("traités de Rome", "MISC"), ("Nice", "LOC")],
        );
        // A capital at the start of a sentence says nothing.
        check("Parti de Vierzon, il rentra tard.", &[("Vierzon", "LOC")]);
    }

    #[test]
    fn persons() {
        check("Il a vu M. Hagenbeck hier.", &[("Hagenbeck", "PER")]);
        check(
            "Selon le premier ministre chinois, Li Qiang, tout va bien.",
            &[("Li Qiang", "PER")],
        );
        check(
            "Puis Jean Vaudrey, maire de Saint-Dizier, arriva.",
            &[("Jean Vaudrey", "PER"), ("Saint-Dizier", "LOC")],
        );
        check("Il a parlé avec Wang Yi hier.", &[("Wang Yi", "PER")]);
        check("La lettre de F. Vautrin arriva.", &[("F. Vautrin", "PER")]);
        check("Il cite Sa Majesté Georges V.", &[("Georges V", "PER")]);
        check("Il a reçu le Pr Ménétrez.", &[("Ménétrez", "PER")]);
        // « S. M. » (Sa Majesté) is a title; two initials before a name
        // are not.
        check("Le consul les a remis pour S. M. R. ce matin.", &[]);
        check(
            "Il a rencontré S. M. Dupont hier.",
            &[("S. M. Dupont", "PER")],
        );
        // A family name in capitals after a title of address.
        check(
            "Le Conseil rejette une motion de M. VAUTRIN sur les routes.",
            &[("Conseil", "ORG"), ("VAUTRIN", "PER")],
        );
        // Long family names in capitals too.
        check(
            "Le budget passe. M. VAUTRINEAUX présente son rapport.",
            &[("VAUTRINEAUX", "PER")],
        );
        // A title of address before a firm's name that is a family name.
        check(
            "En 1962, Mlle Peugeot inaugurait sa boutique.",
            &[("Peugeot", "PER")],
        );
        check("Le patron Renault a parlé.", &[("Renault", "ORG")]);
        check(
            "Les partisans de Dona Isabel se cachent.",
            &[("Isabel", "PER")],
        );
        // « Saint » capitalized and a name, written without the hyphen:
        // one name (a place after « à » or a place noun), not a title.
        check(
            "Il a lu un livre de Saint Exupéry hier.",
            &[("Saint Exupéry", "PER")],
        );
        check(
            "Il vit à Saint Louis depuis mai.",
            &[("Saint Louis", "LOC")],
        );
        check(
            "Il est arrivé au pont de Saint Jean hier.",
            &[("Saint Jean", "LOC")],
        );
        check("Il prie saint Paul chaque jour.", &[("Paul", "PER")]);
        // After an office and « de » comes its body, not a nobiliary
        // particle; after a military title, a person.
        check(
            "Le président de Vooruit a parlé hier.",
            &[("Vooruit", "ORG")],
        );
        check("Il a vu le PDG de Korauto hier.", &[("Korauto", "ORG")]);
        check("Le général de Gaulle est arrivé.", &[("Gaulle", "PER")]);
        // A particle capitalized inside a sentence opens the family name
        // (and "De" is no roman ordinal); not at the start.
        check(
            "« On a montré du caractère », a réagi De Zerbi hier.",
            &[("De Zerbi", "PER")],
        );
        check("Il a vu Van Rompuy hier.", &[("Van Rompuy", "PER")]);
        check(
            "De Paris à Lyon, il pleut.",
            &[("Paris", "LOC"), ("Lyon", "LOC")],
        );
        // « Mac » capitalized begins the family name.
        check(
            "Nous avons lu les papiers de Mac Mahon hier.",
            &[("Mac Mahon", "PER")],
        );
        check("Il cite le général de Gaulle.", &[("Gaulle", "PER")]);
        check(
            "Le commissaire Pierre Moscovici-qui lisait-hésita.",
            &[("Pierre Moscovici", "PER")],
        );
    }

    #[test]
    fn context_words_type_unknown_names() {
        // A product noun before the name, or before one adjective.
        check(
            "On voit le robot humanoïde Walker S dans l'usine.",
            &[("Walker S", "MISC")],
        );
        check(
            "Le système Vigicrues prévient les crues.",
            &[("Vigicrues", "MISC")],
        );
        // "voiture de X" is a possessor, not a product name.
        check(
            "Il monta dans la voiture de Jacques Durand.",
            &[("Jacques Durand", "PER")],
        );
        // A media apposition, even after a role.
        check(
            "Selon Paul Martin, fondateur de Hello China Tech, une newsletter, tout va bien.",
            &[("Paul Martin", "PER"), ("Hello China Tech", "MISC")],
        );
        // "chez" before a name of two words: an organization; not before
        // initials or a given name.
        check(
            "Il est expert chez Albright Stonebridge depuis dix ans.",
            &[("Albright Stonebridge", "ORG")],
        );
        check(
            "Le livre se vend chez J. P. Vautrin à Berne.",
            &[("J. P. Vautrin", "PER"), ("Berne", "LOC")],
        );
        // A subsidiary is a company; a Québec sponsor's agent too.
        check(
            "Le groupe agit par sa filiale Kolmar en Italie.",
            &[("Kolmar", "ORG"), ("Italie", "LOC")],
        );
        check(
            "Le festival est commandité par Vendome Holding.",
            &[("Vendome Holding", "ORG")],
        );
        // Teams joined by a dash before their score; a « -Sport » club.
        check(
            "Résultats : Lugano - Servette 1-2 ; Bâle - Lucerne 3-0.",
            &[
                ("Lugano", "ORG"),
                ("Servette", "ORG"),
                ("Bâle", "ORG"),
                ("Lucerne", "ORG"),
            ],
        );
        check(
            "Il a rejoint le Kolmar-Sport cet été.",
            &[("Kolmar-Sport", "ORG")],
        );
        // A known company and a capitalized word after it: one product.
        check(
            "Il conduit une Peugeot Kolmar depuis un an.",
            &[("Peugeot Kolmar", "MISC")],
        );
        // A body's name that begins with its town.
        check(
            "Les commerçants de l'association Lausanne Commerces hésitent.",
            &[("association Lausanne Commerces", "ORG")],
        );
        // « Tribunal » and « Municipalité » capitalized name bodies; a
        // lowercase « tribunal » does not.
        check(
            "Le Tribunal cantonal vaudois a rejeté le recours de la Municipalité.",
            &[
                ("Tribunal cantonal vaudois", "ORG"),
                ("Municipalité", "ORG"),
            ],
        );
        check(
            "Il passera devant le tribunal correctionnel de Lyon.",
            &[("Lyon", "LOC")],
        );
        // An acronym in capitals that is also a function word, and an
        // event's acronym, take the body written out before them.
        check(
            "Il cite la Confédération européenne des syndicats (CES) hier.",
            &[
                ("Confédération européenne des syndicats", "ORG"),
                ("CES", "ORG"),
            ],
        );
        // A league (a competition, as « Ligue 1 »); a conservatory.
        check(
            "Il joue en Challenge League depuis mai.",
            &[("Challenge League", "MISC")],
        );
        check(
            "Elle sort du Conservatoire de Paris.",
            &[("Conservatoire de Paris", "ORG")],
        );
        // Place nouns that head their name: « village », « rade »,
        // « duché ».
        check(
            "Le camion a versé près du village de Kolmar hier.",
            &[("village de Kolmar", "LOC")],
        );
        check(
            "La flotte mouille en rade de Kolmarhaven.",
            &[("rade de Kolmarhaven", "LOC")],
        );
        // A noun whose « de » introduces a company.
        check(
            "Le rachat de Kolmar par Vendome Holding est conclu.",
            &[("Kolmar", "ORG"), ("Vendome Holding", "ORG")],
        );
        check(
            "Les actionnaires de Kolmar protestent.",
            &[("Kolmar", "ORG")],
        );
        // A string quartet, and an institute with its adjective in -icole.
        check(
            "Le Quatuor Kolmar a joué une création.",
            &[("Quatuor Kolmar", "ORG")],
        );
        check(
            "Il a parlé à l'Institut viticole de Kolmarberg hier.",
            &[("Institut viticole de Kolmarberg", "ORG")],
        );
        // Counts after towns are no score: three pairs, goals of two
        // digits, or two towns without a word of a match.
        check(
            "Les relevés : Lille 12, Brest 15, Nice 22.",
            &[("Lille", "LOC"), ("Brest", "LOC"), ("Nice", "LOC")],
        );
        check(
            "Les arrestations : Paris 5, Lyon 4, Marseille 3.",
            &[("Paris", "LOC"), ("Lyon", "LOC"), ("Marseille", "LOC")],
        );
        check(
            "Le décompte, Rouen 3, Caen 2, a été corrigé.",
            &[("Rouen", "LOC"), ("Caen", "LOC")],
        );
        check(
            "Après la mi-temps, Rouen 3, Caen 2.",
            &[("Rouen", "ORG"), ("Caen", "ORG")],
        );
        // A score line: the teams and their goals, not products.
        check(
            "Dans le groupe, Servette 2, Lausanne-Sport 1 et Young Boys 3, Bâle 0.",
            &[
                ("Servette", "ORG"),
                ("Lausanne-Sport", "ORG"),
                ("Young Boys", "ORG"),
                ("Bâle", "ORG"),
            ],
        );
        check(
            "Samsung a dévoilé son Galaxy 24, à Séoul.",
            &[("Samsung", "ORG"), ("Galaxy 24", "MISC"), ("Séoul", "LOC")],
        );
        // « par » after a participle whose agent is a company: an
        // organization; not a given name, nor after another verb.
        check(
            "Le réseau de tramway est exploité depuis 2010 par Kolmar.",
            &[("Kolmar", "ORG")],
        );
        check(
            "La filiale a été rachetée par Vendome Holding.",
            &[("Vendome Holding", "ORG")],
        );
        check(
            "La filiale a été rachetée par Paul Kolmar.",
            &[("Paul Kolmar", "PER")],
        );
        check("La pièce a été écrite par Kolmar.", &[("Kolmar", "PER")]);
        // Participles whose agent is as often a person: not an agent cue.
        check(
            "Le record est détenu par Varlinez depuis 2020.",
            &[("Varlinez", "PER")],
        );
        check(
            "Le centre est repris par Kolmar au second poteau.",
            &[("Kolmar", "PER")],
        );
        check(
            "Le logiciel a été développé par Kolmar.",
            &[("Kolmar", "PER")],
        );
        // After « par » and an article, those participles name a body.
        check(
            "La filiale est détenue par la Kolmarbank.",
            &[("Kolmarbank", "ORG")],
        );
        // A known family name after the cue: not a company.
        check("La ferme est exploitée par Zhang.", &[("Zhang", "PER")]);
        // An article between « par » and the name: not a place.
        check(
            "Le réseau de bus est exploité par la Semaris depuis 2012.",
            &[("Semaris", "ORG")],
        );
    }

    #[test]
    fn a_definition_types_every_mention() {
        check_doc(
            &[
                "Le succès de DeepSeek inquiète Washington.",
                "DeepSeek est le nom d'un modèle d'IA conversationnelle.",
                "Les utilisateurs de DeepSeek sont nombreux.",
            ],
            &[
                ("DeepSeek", "MISC", None),
                ("Washington", "LOC", None),
                ("DeepSeek", "MISC", Some(0)),
                ("DeepSeek", "MISC", Some(0)),
            ],
        );
        // Without a definition the lexicon's type stays.
        check("Le succès de DeepSeek inquiète.", &[("DeepSeek", "ORG")]);
    }

    #[test]
    fn the_maker_of_a_defined_product_stays_a_company() {
        check_doc(
            &[
                "DeepSeek est le nom d'un modèle d'IA conversationnelle.",
                "La frénésie autour des modèles de DeepSeek a augmenté.",
                "DeepSeek a choqué l'industrie en janvier avec son modèle.",
                "DeepSeek a dépassé ChatGPT en visites.",
            ],
            &[
                ("DeepSeek", "MISC", None),
                // The company refers to its own first mention.
                ("DeepSeek", "ORG", None),
                ("DeepSeek", "ORG", Some(1)),
                ("DeepSeek", "MISC", Some(0)),
                ("ChatGPT", "MISC", None),
            ],
        );
        // A product name stays a product after "modèles de".
        check("Les modèles de Qwen progressent.", &[("Qwen", "MISC")]);
        // Another name between the company and the possessive owns it.
        check_doc(
            &[
                "DeepSeek est le nom d'un modèle d'IA.",
                "DeepSeek inquiète Microsoft avec son modèle.",
            ],
            &[
                ("DeepSeek", "MISC", None),
                ("DeepSeek", "MISC", Some(0)),
                ("Microsoft", "ORG", None),
            ],
        );
    }

    #[test]
    fn names_given_in_guillemets() {
        check(
            "La réunion, connue sous le nom de « Davos d'été », a lieu à Tianjin.",
            &[("Davos d'été", "MISC"), ("Tianjin", "LOC")],
        );
        check(
            "Le quartier surnommé « Chinatown » attire.",
            &[("Chinatown", "MISC")],
        );
        // Common words with a capital first are no name.
        check("Des robes baptisées « Petits pois » plaisent.", &[]);
        // A product noun before a quoted name.
        check(
            "Des robots ‘Minions’ trient les colis.",
            &[("Minions", "MISC")],
        );
        check(
            "La série de modèles « Pangu-Σ » progresse.",
            &[("Pangu-Σ", "MISC")],
        );
        // One capitalized word cited in guillemets after an article: a
        // newspaper or a work; a known name keeps its type.
        check(
            "On lit dans le « Bund » que la « Fed » hésite.",
            &[("Bund", "MISC"), ("Fed", "ORG")],
        );
        // Without a naming cue, a lone known name keeps its type.
        check("Il a parlé de « Davos » hier.", &[("Davos", "LOC")]);
    }

    #[test]
    fn names_listed_together_are_of_one_type() {
        // Places after « à », then unknown names in the same list.
        check(
            "Ils sont arrivés à Pékin, Brezac, Kovi et Sarvin.",
            &[
                ("Pékin", "LOC"),
                ("Brezac", "LOC"),
                ("Kovi", "LOC"),
                ("Sarvin", "LOC"),
            ],
        );
        // Confident members that disagree decide nothing.
        check(
            "Il a vu Alibaba, Pékin et Kovi.",
            &[("Alibaba", "ORG"), ("Pékin", "LOC"), ("Kovi", "PER")],
        );
        // No confident member: a list opened by a place guessed after « à »
        // is a list of places; « de » says less.
        check(
            "Ils sont arrivés à Varnolte, Brezac, Kovi et Sarvin.",
            &[
                ("Varnolte", "LOC"),
                ("Brezac", "LOC"),
                ("Kovi", "LOC"),
                ("Sarvin", "LOC"),
            ],
        );
        check(
            "Il cite les idées de Wobel, Marshall et Pareto.",
            &[("Wobel", "LOC"), ("Marshall", "PER"), ("Pareto", "PER")],
        );
    }

    #[test]
    fn a_table_column_is_of_one_type() {
        let rows = [
            "Alibaba | √ | - |",
            "Tencent | √ | √ |",
            "Specialists | | |",
            "Baidu | - | √ |",
            "Birentech | √ | - |",
            "4Paradigm | - | √ |",
            "non classé | - | √ |",
        ];
        check_doc(
            &rows,
            &[
                ("Alibaba", "ORG", None),
                ("Tencent", "ORG", None),
                ("Baidu", "ORG", None),
                ("Birentech", "ORG", None),
                ("4Paradigm", "ORG", None),
            ],
        );
        // Too few typed cells, or no common label: nothing is added.
        check_doc(
            &[
                "Alibaba | √ |",
                "Paris | √ |",
                "Birentech | - |",
                "Huawei | √ |",
            ],
            &[
                ("Alibaba", "ORG", None),
                ("Paris", "LOC", None),
                ("Huawei", "ORG", None),
            ],
        );
    }

    #[test]
    fn titles_in_guillemets() {
        check(
            "Il a lu « Le Petit Prince » hier soir.",
            &[("Le Petit Prince", "MISC")],
        );
        // Speech with an incise after it is no title.
        check(
            "« Il aimait les balades à Kolmar », a-t-il confié.",
            &[("Kolmar", "LOC")],
        );
        check(
            "Les droits de douane du « Jour de la Libération » ont surpris.",
            &[("Jour de la Libération", "MISC")],
        );
        // Speech and themes are not titles: punctuation, or no second
        // capitalized word.
        check(
            "Il a dit : « Nous irons à Paris, demain. »",
            &[("Paris", "LOC")],
        );
        check(
            "Le thème « Connectivité intelligente, avenir génératif » a plu.",
            &[],
        );
        // Old print read by OCR closes with « > ».
        check("Le « Matin > annonce une grève.", &[("Matin", "MISC")]);
        // A known name in quotes keeps its own type.
        check(
            "Il salue la « Banque de France » hier.",
            &[("Banque de France", "ORG")],
        );
        let doc = Document {
            text: "Il lit le « Daily Mail » chaque jour.".into(),
            ..Document::default()
        };
        let sent = Sentence {
            span: Span::new(0, doc.text.chars().count()),
            paragraph: 0,
        };
        let ents = extract(&doc, &[sent]);
        assert_eq!(ents.len(), 1);
        assert_eq!(ents[0].kind.as_deref(), Some("media"));
    }

    #[test]
    fn well_known_people() {
        check(
            "Les droits de douane de Trump isolent les États-Unis.",
            &[("Trump", "PER"), ("États-Unis", "LOC")],
        );
        check(
            "Il a rencontré Emmanuel Macron à Paris.",
            &[("Emmanuel Macron", "PER"), ("Paris", "LOC")],
        );
        // A place keeps its type.
        check("Il est arrivé à Washington hier.", &[("Washington", "LOC")]);
    }

    #[test]
    fn company_suffixes_and_products() {
        check(
            "Il a vendu Alibaba Group Holdings Ltd. hier.",
            &[("Alibaba Group Holdings Ltd.", "ORG")],
        );
        check("Il dirige Leonis Capital.", &[("Leonis Capital", "ORG")]);
        check(
            "Selon Xiao de Leonis Capital, non.",
            &[("Xiao", "PER"), ("Leonis Capital", "ORG")],
        );
        check("Il achète les Nvidia H100.", &[("Nvidia H100", "MISC")]);
        check("Il visite la WAIC 2025.", &[("WAIC 2025", "MISC")]);
        check("Des puces H200 arrivent.", &[("H200", "MISC")]);
        check("Il a pris l'A36 vers midi.", &[]);
        check("Le nouveau Mate 60 Pro sort.", &[("Mate 60 Pro", "MISC")]);
        // A model number of one or two digits closing a name; not a count.
        check(
            "Google a dévoilé ses Pixel 9, équipés du modèle Gemini Nano.",
            &[
                ("Google", "ORG"),
                ("Pixel 9", "MISC"),
                ("Gemini Nano", "MISC"),
            ],
        );
        check(
            "Il a vendu à Apple 30 millions de puces.",
            &[("Apple", "ORG")],
        );
        // A code of letters and digits after the first word: a model.
        check(
            "Il avait lancé en juillet le Galaxy Z Fold6, puis rien.",
            &[("Galaxy Z Fold6", "MISC")],
        );
        check(
            "Il lance WeChat Health demain.",
            &[("WeChat Health", "MISC")],
        );
        check("Il lit Claude Simon.", &[("Claude Simon", "PER")]);
        // English company suffixes, and a company noun in an apposition.
        check(
            "La firme Salomon Brothers a racheté une banque.",
            &[("Salomon Brothers", "ORG")],
        );
        check("Il a racheté Gulf Oil hier.", &[("Gulf Oil", "ORG")]);
        check(
            "Il a travaillé pour Varnex, une petite fabrique suisse.",
            &[("Varnex", "ORG")],
        );
        // A nationality adjective first is part of a suffixed name, not a
        // demonym before it.
        check(
            "Il écrit dans la Deutsche Rundschau depuis mai.",
            &[("Deutsche Rundschau", "MISC")],
        );
        check(
            "Il a pris un vol de British Airways hier.",
            &[("British Airways", "ORG")],
        );
        check(
            "L'Allemand Jens Volkmar a gagné.",
            &[("Jens Volkmar", "PER")],
        );
        // A military unit keeps its number.
        check(
            "Le convoi a dépassé le 12e RI avant de s'arrêter.",
            &[("12e RI", "ORG")],
        );
        // Clubs known by name.
        check(
            "Marseille affrontera le Benfica mercredi.",
            &[("Marseille", "LOC"), ("Benfica", "ORG")],
        );
        // A club's prefix opens its name.
        check(
            "Il a battu l'AS Monaco puis l'Olympique lyonnais.",
            &[("AS Monaco", "ORG"), ("Olympique lyonnais", "ORG")],
        );
        check(
            "Le HC Lausanne a battu Davos.",
            &[("HC Lausanne", "ORG"), ("Davos", "LOC")],
        );
    }

    #[test]
    fn negative_rules() {
        check("Les Chinois et les Américains discutent.", &[]);
        check("Lundi, il a plu sur la ville.", &[]);
        check(
            "A Pétersbourg, le 3 Juill. 1812, il partit.",
            &[("Pétersbourg", "LOC")],
        );
        check("En janvier, la Chine a voté.", &[("Chine", "LOC")]);
        check("Tous les Suisses votent.", &[]);
        // Religious communities are named like peoples.
        check("Des pourparlers entre Juifs et Arabes reprennent.", &[]);
        check("Un Belfortain de 27 ans a été arrêté.", &[]);
        check("Il souffre de la maladie d'Alzheimer.", &[]);
        check("Le XIXe siècle fut long.", &[]);
        check("Il arrive à 15h.", &[]);
        check("Mais les 40 Immortels siègent.", &[]);
        // A capitalized common noun that the document also writes in
        // lowercase.
        check("Une grange de la Grange a brûlé.", &[]);
        // Only the same word counts, not a longer one.
        check("Des granges de la Grange ont brûlé.", &[("Grange", "LOC")]);
        // A minister's portfolio is no place; the ministry is an
        // organization, and a known place after « ministre de » stays one.
        check("Le ministre de l'Intérieur a parlé.", &[]);
        check("La ministre déléguée chargée du Numérique arrive.", &[]);
        check("Le secrétaire d'État chargé de l'Industrie arrive.", &[]);
        // A long form defined by its acronym takes the type of its head
        // noun, and so does the acronym.
        check(
            "La Société des transports intercommunaux de Bruxelles (STIB) a confirmé la commande.",
            &[
                ("Société des transports intercommunaux de Bruxelles", "ORG"),
                ("STIB", "ORG"),
            ],
        );
        check(
            "Une étude de l'Université libre de Bruxelles (ULB) le montre.",
            &[("Université libre de Bruxelles", "ORG"), ("ULB", "ORG")],
        );
        check(
            "Selon Amaury Sport Organisation (ASO), 57 000 coureurs étaient inscrits.",
            &[("Amaury Sport Organisation", "ORG"), ("ASO", "ORG")],
        );
        check(
            "La collecte est organisée par le Cdas (Comité départemental d'animation sportive) du village.",
            &[
                ("Cdas", "ORG"),
                ("Comité départemental d'animation sportive", "ORG"),
            ],
        );
        // Not when the letters are not the initials.
        check(
            "Une étude de l'Université libre de Bruxelles (UCL) le montre.",
            &[("Université", "ORG"), ("Bruxelles", "LOC"), ("UCL", "ORG")],
        );
        // Not a place or a name after the minister himself.
        check(
            "Il a rencontré le ministre à Cousances.",
            &[("Cousances", "LOC")],
        );
        check(
            "La ministre déléguée Vandenbroucke a parlé.",
            &[("Vandenbroucke", "PER")],
        );
        // Also after the government's adjective.
        check("Le ministre bruxellois de la Mobilité arrive.", &[]);
        check("La ministre fédérale de la Santé arrive.", &[]);
        // A plan or programme named with a capital is a law-like text; a
        // lowercase one describes.
        check(
            "Le Plan Marshall a aidé l'Europe.",
            &[("Plan Marshall", "MISC"), ("Europe", "LOC")],
        );
        check("Le plan de relance a été voté.", &[]);
        // A head noun after the article that opens the sentence.
        check(
            "La Société vaudoise d'utilité publique tiendra son assemblée.",
            &[("Société vaudoise d'utilité publique", "ORG")],
        );
        // A capitalized head mid-sentence takes its adjectives (« wallonne »
        // as a demonym), its common nouns (« agriculture » is no verb) and
        // a place with its own head; a lowercase one stays a description.
        check(
            "Selon l'Union wallonne des entreprises, le secteur recrute.",
            &[("Union wallonne des entreprises", "ORG")],
        );
        check(
            "Le rapport de la Société d'agriculture du district de Boudry est paru.",
            &[("Société d'agriculture du district de Boudry", "ORG")],
        );
        check(
            "La Compagnie de navigation réclame une indemnité.",
            &[("Compagnie de navigation", "ORG")],
        );
        check(
            "Depuis lors, la société d'apiculture de Belfort recrute.",
            &[("Belfort", "LOC")],
        );
        // A firm's partners end its name; a family does not.
        check(
            "La fabrique Ditisheim et Cie a congédié soixante ouvriers.",
            &[("Ditisheim et Cie", "ORG")],
        );
        check(
            "La maison Dupont & Fils ferme.",
            &[("Dupont & Fils", "ORG")],
        );
        check(
            "La maison Dupont et Compagnie ferme.",
            &[("Dupont et Compagnie", "ORG")],
        );
        // A suffix in capitals that folds to a function word (« sa »).
        check(
            "Le groupe reprend Thomson SA et Siemens AG.",
            &[("Thomson SA", "ORG"), ("Siemens AG", "ORG")],
        );
        // A nationality taken as a noun for a company; an office's body.
        // A lowercase nationality before a name says nothing of it.
        check("Il a battu le suisse Federer.", &[("Federer", "PER")]);
        // A profession in apposition after a person's name.
        check(
            "Nous avons interviewé Paul Favre, un horloger de Genève.",
            &[("Paul Favre", "PER"), ("Genève", "LOC")],
        );
        // « de » after an office that also serves persons; a particle.
        check(
            "Le porte-parole de Villiers a parlé.",
            &[("Villiers", "PER")],
        );
        // « Saint » without its hyphen before a known place is the place's.
        check(
            "Il a visité Saint Pétersbourg hier.",
            &[("Saint Pétersbourg", "LOC")],
        );
        // Opening a sentence, « Saint » stays a title, but before a known
        // place it is the place's.
        check("Saint Louis a gagné la croisade.", &[("Louis", "PER")]);
        check(
            "Saint Pétersbourg accueille le sommet.",
            &[("Saint Pétersbourg", "LOC")],
        );
        // (Not when the place is also a given name: the saint.)
        check("Saint Dominique a fondé un ordre.", &[("Dominique", "PER")]);
        check(
            "Le président d'Alcatel Alsthom a parlé.",
            &[("Alcatel Alsthom", "ORG")],
        );
        // A person's initials; a long form known as a whole types its
        // acronym.
        check(
            "Selon DSK (Dominique Strauss-Kahn), la crise est finie.",
            &[("DSK", "PER"), ("Dominique Strauss-Kahn", "PER")],
        );
        check(
            "Paul Martin et fils ont ouvert un garage.",
            &[("Paul Martin", "PER")],
        );
        // Place names: a link word with an accent, « Grand » before a
        // known place inside a sentence.
        check(
            "La ligne relie Fooville-lès-Barre au Grand Nancy.",
            &[("Fooville-lès-Barre", "LOC"), ("Grand Nancy", "LOC")],
        );
        // A list of complements closed by « et de » belongs to the name;
        // a church named after a saint or a town keeps its head.
        check(
            "La commission de l'habitat, de la voirie et de la politique des transports a voté.",
            &[(
                "commission de l'habitat, de la voirie et de la politique des transports",
                "ORG",
            )],
        );
        check(
            "Le récital se tiendra dans l'église Saint-Aubert demain.",
            &[("église Saint-Aubert", "LOC")],
        );
        // A capitalized conference is a body; a head inside it that heads
        // a longer name than its known one is the name.
        check(
            "La Conférence des présidents a décidé.",
            &[("Conférence des présidents", "ORG")],
        );
        // A known name that begins with its article, after the article in
        // lowercase or contracted.
        check(
            "Les lecteurs du Gaulois et du Figaro protestent.",
            &[("Gaulois", "MISC"), ("Figaro", "MISC")],
        );
        check(
            "D'après Radio-New-York hier soir, le froid dure.",
            &[("Radio-New-York", "MISC")],
        );
        // A name with its capitalized article right after its head.
        check(
            "L'association La Barisienne organise sa fête.",
            &[("La Barisienne", "ORG")],
        );
        // An unknown name coordinated with an organization is one.
        check(
            "La direction invoque la baisse des commandes d'Airbus et d'Embraer.",
            &[("Airbus", "ORG"), ("Embraer", "ORG")],
        );
        // A common noun capitalized for emphasis is no person; a name in a
        // list is.
        check(
            "Marcel Vautrin offrira un Moment musical aux enfants.",
            &[("Marcel Vautrin", "PER")],
        );
        check("Elles sont Inséparables du système.", &[]);
        // After a title or a role, a name with such an ending is one.
        check(
            "Le philosophe Voltaire a écrit ce texte.",
            &[("Voltaire", "PER")],
        );
        check("Ces réunions gardent un caractère d'Information.", &[]);
        check("Le pont d'Areuse a été emporté.", &[("Areuse", "LOC")]);
        // « Mad. », Madame in older print, is a title.
        check(
            "On en trouve à Payerne, chez Mad. Sayary.",
            &[("Payerne", "LOC"), ("Sayary", "PER")],
        );
        check("Les bâtiments Tenant de l'étranger arrivent.", &[]);
        check("La flotte Rationnée dans le port attend.", &[]);
        check("Le débat prit un ton parfois Houleux hier.", &[]);
        // « la Saint-X »: a saint's feast; « à Saint-X »: a town.
        check(
            "Les boulangers fêtent la Saint-Kolmar avec leurs clients.",
            &[("Saint-Kolmar", "MISC")],
        );
        check(
            "Il habite à Saint-Kolmar depuis dix ans.",
            &[("Saint-Kolmar", "LOC")],
        );
        // A club's prefix in initials; other initials stay a person's.
        check(
            "Il a quitté le H. C. Kolmar hier.",
            &[("H. C. Kolmar", "ORG")],
        );
        check("Il a lu J. J. Kolmar hier.", &[("J. J. Kolmar", "PER")]);
        // A capitalized common noun and its adjective after an article:
        // a body or a movement.
        check(
            "Le président de la Coalition républicaine a parlé.",
            &[("Coalition républicaine", "ORG")],
        );
        // « van » and « von » open family names, not places.
        check(
            "Le Belge Hendryck Van den Kolmar a gagné.",
            &[("Hendryck Van den Kolmar", "PER")],
        );
        // After an article, a name of several words is no person's.
        check(
            "Il a joué avec les Kolmar Rangers samedi.",
            &[("Kolmar Rangers", "ORG")],
        );
        check(
            "Il a joué avec Kolmar Rangers samedi.",
            &[("Kolmar Rangers", "PER")],
        );
        // A team and its sponsor's name.
        check(
            "Il court pour l'équipe Kolmar depuis mai.",
            &[("équipe Kolmar", "ORG")],
        );
        // A court and its adjective « suprême ».
        check(
            "Il saisira la Cour suprême du Canada demain.",
            &[("Cour suprême du Canada", "ORG")],
        );
        // Laws and awards by their English suffix, an acronym first too.
        check(
            "Bruxelles a adopté le Kolmar Markets Act et l'AI Act cette année.",
            &[
                ("Bruxelles", "LOC"),
                ("Kolmar Markets Act", "MISC"),
                ("AI Act", "MISC"),
            ],
        );
        // A capitalized epithet before a head noun inside a sentence.
        check(
            "Le spectacle sera repris au Grand Théâtre cet automne.",
            &[("Grand Théâtre", "ORG")],
        );
        // A capitalized common noun inside a name that a suffix ends.
        check(
            "Hier, le Biotech Innovation Forum s'est tenu à Lyon.",
            &[("Biotech Innovation Forum", "MISC"), ("Lyon", "LOC")],
        );
        // Musical forms capitalized in the titles of works.
        check("Elle joue son Troisième Concerto pour piano.", &[]);
        check(
            "MM. Dray et Chevènement se retrouvaient.",
            &[("Dray", "PER"), ("Chevènement", "PER")],
        );
        check(
            "Selon Chevènement, la réforme échouera.",
            &[("Chevènement", "PER")],
        );
        // A work's title after its cue, in any quotes; French titles
        // capitalize their first word only.
        check(
            "Une exposition intitulée \"Images du ciel\" sera présentée.",
            &[("Images du ciel", "MISC")],
        );
        check(
            "Une pièce écrite d'après « Les souliers du vieux meunier » de Lucien Marbot.",
            &[
                ("Les souliers du vieux meunier", "MISC"),
                ("Lucien Marbot", "PER"),
            ],
        );
        // Straight quotes without a cue name nothing by themselves.
        check(
            "Les pêcheurs de la gaule \"La Barisienne\" étaient là.",
            &[],
        );
        // Athletes of a ranking list, and their country codes.
        check(
            "Classement général : 1. Pogacar (Slo) 76 h 00'01\", 2. Vingegaard (Dan) à 4'24\".",
            &[
                ("Pogacar", "PER"),
                ("Slo", "LOC"),
                ("Vingegaard", "PER"),
                ("Dan", "LOC"),
            ],
        );
        check(
            "Les autres Belges : 14. Vautrin à 1'52\". 31. Marbot à 6'08\".",
            &[("Vautrin", "PER"), ("Marbot", "PER")],
        );
        // A country's name in parentheses after a ranked name.
        check(
            "Classement : 1. Kolmar (Belgique) ; 2. Brunetti (Italie), à 12 s.",
            &[
                ("Kolmar", "PER"),
                ("Belgique", "LOC"),
                ("Brunetti", "PER"),
                ("Italie", "LOC"),
            ],
        );
        // After a rank, « M. » is an initial.
        check(
            "Classement : 4. Kolmar (Esp). 5. M. Brunner (S). 6. Marbot (S).",
            &[
                ("Kolmar", "PER"),
                ("Esp", "LOC"),
                ("M. Brunner", "PER"),
                ("S", "LOC"),
                ("Marbot", "PER"),
                ("S", "LOC"),
            ],
        );
        // A bonus after the code.
        check(
            "Sprint : 1. Vautrin (It, bonif. 6\"). 2. Marbot (Be, 4\").",
            &[
                ("Vautrin", "PER"),
                ("It", "LOC"),
                ("Marbot", "PER"),
                ("Be", "LOC"),
            ],
        );
        // A family name cut to its initial keeps its dot.
        check(
            "Karim B., 34 ans, est jugé depuis le 2 septembre.",
            &[("Karim B.", "PER")],
        );
        // A link between known places is no person.
        check(
            "La liaison Lyon-Turin ne peut attendre.",
            &[("Lyon-Turin", "LOC")],
        );
        check("Hier, Lyon-Dupont a parlé.", &[("Lyon-Dupont", "PER")]);
        // A list of portfolios.
        check(
            "La ministre de la Culture, du Patrimoine et de la Langue, Louise Marbot, a parlé.",
            &[("Louise Marbot", "PER")],
        );
        check(
            "La ministre des Affaires étrangères et du Commerce arrive.",
            &[],
        );
        check(
            "Le ministère de l'Intérieur a publié un communiqué.",
            &[("ministère de l'Intérieur", "ORG")],
        );
        check(
            "Le Premier ministre de l'Inde est arrivé.",
            &[("Inde", "LOC")],
        );
        check("Le préfet de l'Isère a parlé.", &[("Isère", "LOC")]);
        // The portfolio, then the minister's name.
        check(
            "Le ministre de l'Énergie Mohamed Arkab a parlé.",
            &[("Mohamed Arkab", "PER")],
        );
        check(
            "Le ministre de l'Économie Bruno Le Maire a parlé.",
            &[("Bruno Le Maire", "PER")],
        );
        // Units and currencies after a number.
        check("La centrale de 50 MW produit 12 TWh par an.", &[]);
        check("Le disque de 3 Go coûte 100 USD.", &[]);
        check(
            "Le plan coûtera 2 500 milliards de francs CFA, soit 32 milliards de FCFA par an.",
            &[],
        );
        // Cardinals in words, and acronyms of common nouns.
        check("Les Vingt-Sept se sont mis d'accord.", &[]);
        check("Les Quinze ont voté.", &[]);
        check("Les ONG et les PME ont protesté.", &[]);
    }

    #[test]
    fn family_names_with_an_article() {
        check("Hier, Yves Le Drian a parlé.", &[("Yves Le Drian", "PER")]);
        check(
            "Hier, Louis L'Huillier a parlé.",
            &[("Louis L'Huillier", "PER")],
        );
        check(
            "Il a rencontré Anne Le Hénanff.",
            &[("Anne Le Hénanff", "PER")],
        );
        // Not after a word that is no given name: two names.
        check(
            "Le Tessin La France.",
            &[("Tessin", "LOC"), ("France", "LOC")],
        );
    }

    #[test]
    fn context_rules() {
        // A noun of a kind of company before an unknown name, the noun
        // left out.
        check(
            "Le contrat a été confié au groupe français Eiffage.",
            &[("Eiffage", "ORG")],
        );
        check(
            "Le constructeur Zeekr a présenté un modèle.",
            &[("Zeekr", "ORG")],
        );
        // A company noun and its adjective only describe the name.
        check(
            "La banque publique Bpifrance a investi.",
            &[("Bpifrance", "ORG")],
        );
        check(
            "La compagnie aérienne Air Sénégal reprend ses vols.",
            &[("Air Sénégal", "ORG")],
        );
        check(
            "La banque Lazard conseille l'État.",
            &[("banque Lazard", "ORG")],
        );
        // A given name that is a product, with its version.
        check(
            "Le modèle rivalise avec Claude 3.5 Sonnet d'Anthropic.",
            &[("Claude 3.5 Sonnet", "MISC"), ("Anthropic", "ORG")],
        );
        check("Claude Dupont a parlé.", &[("Claude Dupont", "PER")]);
        check("Il est né à Marnaval en 1900.", &[("Marnaval", "LOC")]);
        check(
            "Les fonderies de Cousances ferment.",
            &[("Cousances", "LOC")],
        );
        check("Cressier. — Dimanche, la fête.", &[("Cressier", "LOC")]);
        // A day and a month after a name in capitals, without
        // punctuation; not a web timestamp or a heading.
        check(
            "KOLMARSTADT 30 octobre. La conférence s'ouvre.",
            &[("KOLMARSTADT", "LOC")],
        );
        check("Publié 12 mars 2024 à 10h30.", &[]);
        check("Actualisé 3 juin 2023.", &[]);
        check("Rendez-vous 12 avril à la mairie.", &[]);
        check("PUBLIÉ 12 mars 2024.", &[]);
        check("Naissances 4 juin : deux filles.", &[]);
        // A day and its month after the town, in capitals or not.
        check(
            "KOLMARBOURG, 3 août. L'empereur est parti.",
            &[("KOLMARBOURG", "LOC")],
        );
        check(
            "Kolmarstadt 21 août. La députation a délibéré.",
            &[("Kolmarstadt", "LOC")],
        );
        check("Le SNPT a protesté hier.", &[("SNPT", "ORG")]);
        check("Il passe outre-Rhin.", &[("outre-Rhin", "LOC")]);
        check("Il a investi dans RoboForge hier.", &[("RoboForge", "ORG")]);
        check(
            "Il vit à Châtenois-les-Forges.",
            &[("Châtenois-les-Forges", "LOC")],
        );
    }

    /// Runs the stage on a document of several sentences (one a line) and
    /// compares `(text, label, ref)` triples.
    fn check_doc(lines: &[&str], expected: &[(&str, &str, Option<usize>)]) {
        let text = lines.join("\n");
        let doc = Document {
            text: text.clone(),
            ..Document::default()
        };
        let mut sents = Vec::new();
        let mut at = 0;
        for l in lines {
            let n = l.chars().count();
            sents.push(Sentence {
                span: Span::new(at, at + n),
                paragraph: 0,
            });
            at += n + 1;
        }
        let got: Vec<(String, String, Option<usize>)> = extract(&doc, &sents)
            .iter()
            .map(|e| (e.text.clone(), label(e.label).to_string(), e.reference))
            .collect();
        let want: Vec<(String, String, Option<usize>)> = expected
            .iter()
            .map(|(t, l, r)| (t.to_string(), l.to_string(), *r))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn document_pass() {
        check_doc(
            &[
                "Justin Lin, responsable technique, a parlé.",
                "Lin a ajouté que Pékin suivait.",
                "La Chine et Pékin aussi.",
            ],
            &[
                ("Justin Lin", "PER", None),
                ("Lin", "PER", Some(0)),
                ("Pékin", "LOC", None),
                ("Chine", "LOC", None),
                ("Pékin", "LOC", Some(2)),
            ],
        );
        // A family name is the person elsewhere, not where a context word
        // typed it: « le groupe Lagardère » stays the company.
        check_doc(
            &[
                "Le groupe Lagardère a été retenu.",
                "M. Arnaud Lagardère a parlé.",
                "Il a vu Lagardère hier.",
            ],
            &[
                ("Lagardère", "ORG", None),
                ("Arnaud Lagardère", "PER", None),
                ("Lagardère", "PER", Some(1)),
            ],
        );
        // A bare sentence-initial capital needs the document to confirm it.
        check_doc(
            &[
                "Il a vu M. Tournier.",
                "Tournier a souri.",
                "Ensuite il partit.",
            ],
            &[("Tournier", "PER", None), ("Tournier", "PER", Some(0))],
        );
        check_doc(
            &["Zhu Min a parlé.", "Ensuite, Zhu a conclu."],
            &[("Zhu Min", "PER", None), ("Zhu", "PER", Some(0))],
        );
        // Guesses vote: two say person, one says place.
        check_doc(
            &[
                "Le plan de Trump déplaît.",
                "Il critique Trump hier.",
                "Il a vu Trump hier.",
            ],
            &[
                ("Trump", "PER", None),
                ("Trump", "PER", Some(0)),
                ("Trump", "PER", Some(0)),
            ],
        );
        check("Il parle de Xie Shangguo hier.", &[("Xie Shangguo", "PER")]);
    }

    #[test]
    fn case_must_fit() {
        assert!(case_fits("Chine", "CHINE"));
        assert!(!case_fits("Chine", "chine"));
        assert!(!case_fits("ONU", "Onu"));
    }

    /// The gazetteer as it was, by an anchored DFA of the folded names
    /// walked from each word (every name the text has there, shortest
    /// first), for the test below.
    fn gazetteer_by_dfa(
        dfa: &aho_corasick::dfa::DFA,
        text: &str,
        folded: &str,
        toks: &[Tok<'_>],
        opens: &[u32],
    ) -> Vec<Option<(usize, usize)>> {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        let lex = &*LEXICON;
        let mut gaz = vec![None; toks.len()];
        let mut hits = Vec::new();
        let mut i = 0;
        for &k in opens {
            let k = k as usize;
            if k < i {
                continue;
            }
            i = k;
            let t = &toks[i];
            hits.clear();
            let mut sid = dfa.start_state(Anchored::Yes).expect("anchored");
            for (n, &b) in folded.as_bytes()[t.fstart()..].iter().enumerate() {
                sid = dfa.next_state(Anchored::Yes, sid, b);
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let pid = dfa.match_pattern(sid, 0);
                    if dfa.pattern_len(pid) == n + 1 {
                        hits.push((t.fstart() + n + 1, pid.as_usize()));
                    }
                }
            }
            let found = hits.iter().rev().find_map(|&(end, idx)| {
                let e = toks[i..]
                    .iter()
                    .take_while(|u| u.fend() <= end)
                    .position(|u| u.fend() == end)
                    .map(|k| i + k)?;
                case_fits(&lex.known[idx].name, &text[t.start()..toks[e].end()])
                    .then_some((e + 1, idx))
            });
            if let Some((e, idx)) = found {
                gaz[i] = Some((e, idx));
                i = e;
            }
        }
        gaz
    }

    /// The lookups of whole names from each word find what the walk of
    /// an automaton of the names found, on texts of known names (as
    /// listed, folded, in capitals, cut short), common words and
    /// punctuation.
    #[test]
    fn the_gazetteer_finds_what_an_automaton_finds() {
        use aho_corasick::{dfa, MatchKind, StartKind};
        let lex = &*LEXICON;
        let patterns: Vec<String> = lex.known.iter().map(|k| lexicon::fold(&k.name)).collect();
        let dfa = dfa::DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("patterns compile");
        let noise = [
            " ", " ", " ", ", ", " de ", " et ", "-", "s ", " la ", "'", " du ", ". ", " (", ") ",
            " Nord ", " Saint-", " Banque ", " New ", " & ", "’", " « ", " » ",
        ];
        let mut next = crate::xorshift(0x9e37_79b9_7f4a_7c15);
        let abbrev = |w: &str| LEXICON.abbreviations.contains(w);
        let mut folded = tokens::Folded::default();
        let (mut found, mut total) = (0, 0);
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..(1 + next() % 6) {
                let name = &lex.known[(next() % lex.known.len() as u64) as usize].name;
                match next() % 6 {
                    0 => text.push_str(&name.to_lowercase()),
                    1 => text.push_str(&name.to_uppercase()),
                    2 => {
                        let cut = name.char_indices().nth(name.chars().count() / 2);
                        text.push_str(&name[..cut.map_or(name.len(), |c| c.0)]);
                    }
                    _ => text.push_str(name),
                }
                text.push_str(noise[(next() % noise.len() as u64) as usize]);
            }
            folded.fill(&text);
            let mut toks = Vec::new();
            tokens::tokenize(&text, 0, text.len(), &folded.text, 0, &abbrev, &mut toks);
            let opens: Vec<u32> = (0..toks.len() as u32)
                .filter(|&k| toks[k as usize].word())
                .collect();
            let mut hits = Hits::default();
            gazetteer(&text, &folded.text, &toks, &opens, lex, &mut hits);
            let gaz = hits.of(toks.len());
            let want = gazetteer_by_dfa(&dfa, &text, &folded.text, &toks, &opens);
            assert_eq!(gaz, want, "{text:?}");
            found += gaz.iter().flatten().count();
            total += 1;
        }
        assert!(found > total, "{found} names in {total} texts");
    }

    /// Random texts from an alphabet of hard characters: the stage never
    /// panics, and its spans are in bounds, sorted, flat and match `text`.
    #[test]
    fn invariants_on_random_text() {
        let alphabet: Vec<char> = "aéÉoûtrë-'’ .,«»:;|()\u{a0}MPLCHINEchine12345\nΣ中文ÀŒœ&Ltd"
            .chars()
            .collect();
        let words = [
            "Pékin ",
            "M. ",
            "la ",
            "province du ",
            "Zhejiang ",
            "Justin Lin",
            "outre-",
            "Rhin",
            "de ",
            "Corp.",
            "H100",
            "F. ",
            "Vautrin",
            "’s ",
            "commission de ",
            "l’",
            "« ",
            "É. ",
            "Ö. ",
            "C. ",
            "Kolmar ",
        ];
        let mut next = crate::xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..(next() % 60) {
                if next() % 3 == 0 {
                    text.push_str(words[(next() % words.len() as u64) as usize]);
                } else {
                    text.push(alphabet[(next() % alphabet.len() as u64) as usize]);
                }
            }
            let n = text.chars().count();
            let cut = if n == 0 {
                0
            } else {
                (next() % n as u64) as usize
            };
            let sents = [
                Sentence {
                    span: Span::new(0, cut),
                    paragraph: 0,
                },
                Sentence {
                    span: Span::new(cut, n),
                    paragraph: 0,
                },
            ];
            let doc = Document {
                text: text.clone(),
                ..Document::default()
            };
            let ents = extract(&doc, &sents);
            let mut last_end = 0;
            for (i, e) in ents.iter().enumerate() {
                assert!(e.span.start < e.span.end && e.span.end <= n, "{text:?}");
                assert!(e.span.start >= last_end, "overlap in {text:?}");
                last_end = e.span.end;
                let slice: String = text.chars().skip(e.span.start).take(e.span.len()).collect();
                assert_eq!(slice, e.text, "{text:?}");
                assert!(e.reference.is_none_or(|r| r < i), "{text:?}");
            }
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for t in [
            "",
            " ",
            "’",
            "É",
            "a’s",
            "« »",
            "M.",
            "-\u{a0}-",
            "Xi'",
            "oûtrë-X",
            "outre-",
            "F.",
            "Georges V.",
            "l'",
            "’s",
            "H100.",
            "A.B.C.",
            "Z.ai.",
            "de la",
            "Corp.",
            // Accented initials before a name (the club prefix in
            // initials reads their first letter).
            "Il a rencontré É. C. Kolmar hier.",
            "Il a lu J. É. Kolmar hier.",
            "Le livre de Ö. A. Yilmaz est paru.",
            "Œ. Ê. Ü. Varlin",
        ] {
            let doc = Document {
                text: t.into(),
                ..Document::default()
            };
            let sent = Sentence {
                span: Span::new(0, t.chars().count()),
                paragraph: 0,
            };
            let _ = extract(&doc, &[sent]);
        }
    }
}
