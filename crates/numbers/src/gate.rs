//! The sentence gate as one automaton over the original bytes.
//!
//! A sentence is worth folding and tokenizing when it has an ASCII digit,
//! or a word (a maximal run of letters, folded, 2 to 24 of them) that is a
//! core word, "aujourd", a word of a pair after its first word ("cet
//! été", "de suite", "ce moment", "à présent", "le travail"), or a Roman
//! ordinal written in ASCII ("XXe", "IIIe", "XIXer", "Ve"; not "Le", "Ce"). `maybe_has_item`
//! (tests) finds these word by word; [`Gate`] is a deterministic automaton
//! built once from the same rules, so that a sentence costs one table
//! lookup per byte (bytes outside ASCII are first mapped to the letter
//! they fold to, or to a separator, as `maybe_has_item` maps them).
//!
//! The automaton is built by exploring the configurations of a reader of
//! these rules: the folded word read so far while it is the prefix of a
//! word that matters (else only "in a word"), its length, whether it can
//! still be a Roman ordinal (and how it ends), and the kind of the word
//! before when the current word can still be the second word of a pair.

use std::collections::VecDeque;

use crate::lex::{FxMap, FxSet};

/// Symbols of the reader, before they are grouped into classes.
const SEP: usize = 0;
const DIGIT: usize = 1;
/// A letter folding to the ASCII byte `b`, that may (`roman`) be part of
/// a Roman ordinal: `2 + 2 * b + roman`.
const fn letter(b: u8, roman: bool) -> usize {
    2 + 2 * b as usize + roman as usize
}
const SYMBOLS: usize = 2 + 2 * 128;

/// Room for the transitions (states times classes, about 42 000 today):
/// states are `u16` (premultiplied), and the table has 256 more entries,
/// so that a state plus a class is always inside it (no test, no mask on
/// the chain of lookups). Building a larger automaton panics (every test
/// that extracts builds it).
const TABLE: usize = 1 << 16;

/// The longest word that counts.
const MAX_LEN: usize = 24;

/// The first words of pairs, by kind (0 is none of them).
const MARKERS: [(&str, u8); 9] = [
    ("cet", 1),
    ("l", 1),
    ("en", 1),
    ("d", 1),
    ("pendant", 1),
    ("de", 2),
    ("ce", 3),
    ("a", 4),
    ("le", 5),
];

/// The second words of pairs, with the kind of first word they need.
const PAIRS: [(&str, u8); 5] = [
    ("ete", 1),
    ("suite", 2),
    ("moment", 3),
    ("present", 4),
    ("travail", 5),
];

/// How far a word that can still be a Roman ordinal has got: nothing read,
/// a Roman stem of one capital (I, V or X, which can stand alone; L or C,
/// which cannot: "Le", "Ce"), a stem of two capitals or more, then the
/// suffix "e" or "er".
const R_OTHER: u8 = 0;
const R_E: u8 = 1;
const R_ER: u8 = 2;
const R_ONE: u8 = 3;
const R_ONE_LC: u8 = 4;
const R_STEM: u8 = 5;

/// No trie node, no Roman ending.
const NONE: u32 = u32::MAX;
const R_NONE: u8 = u8::MAX;

/// What the reader knows at a point of the text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Conf {
    /// The trie node of the folded word so far, while it is a prefix of a
    /// word that matters (else [`NONE`]).
    node: u32,
    /// Letters read in the word (capped past [`MAX_LEN`]).
    len: u8,
    /// How the word ends, while it can be a Roman ordinal (else [`R_NONE`]).
    roman: u8,
    /// Kind of the word before (a first word of a pair), kept only while
    /// the current word can be the second.
    prev: u8,
}

/// A node of the trie of the words that matter.
#[derive(Default, Clone)]
struct Node {
    /// A core word or "aujourd" (2 to [`MAX_LEN`] letters): the sentence
    /// passes at its end.
    hit: bool,
    /// Kind of first word of a pair, when the word is one.
    marker: u8,
    /// Kind of first word needed, when the word is the second of a pair.
    pair: u8,
    /// A prefix of the second word of a pair.
    pair_prefix: bool,
}

/// The rules of the gate, on folded words, as a trie.
struct Rules {
    nodes: Vec<Node>,
    children: FxMap<(u32, u8), u32>,
}

impl Rules {
    /// The children of the trie as a table: `t[node * w + alpha[b]]`
    /// is the child of `node` by the byte `b` (below 128), with
    /// `(alpha, w, t)` returned (the automaton's construction asks it for
    /// every state and symbol).
    fn child_table(&self) -> ([usize; 128], usize, Vec<u32>) {
        // Column 0: bytes in no word.
        let mut alpha = [0usize; 128];
        let mut w = 1;
        for &(_, b) in self.children.keys() {
            if b < 128 && alpha[usize::from(b)] == 0 {
                alpha[usize::from(b)] = w;
                w += 1;
            }
        }
        let mut t = vec![NONE; self.nodes.len() * w];
        for (&(n, b), &c) in &self.children {
            if b < 128 {
                t[n as usize * w + alpha[usize::from(b)]] = c;
            }
        }
        (alpha, w, t)
    }

    fn new(words: &FxSet<Vec<u8>>) -> Rules {
        let mut r = Rules {
            nodes: vec![Node::default()],
            children: FxMap::default(),
        };
        let insert = |r: &mut Rules, w: &[u8]| -> u32 {
            let mut n = 0u32;
            for &b in w {
                let len = r.nodes.len() as u32;
                n = *r.children.entry((n, b)).or_insert(len);
                if n == len {
                    r.nodes.push(Node::default());
                }
            }
            n
        };
        for w in words
            .iter()
            .map(Vec::as_slice)
            .chain([b"aujourd".as_slice()])
        {
            if (2..=MAX_LEN).contains(&w.len()) {
                let n = insert(&mut r, w);
                r.nodes[n as usize].hit = true;
            }
        }
        for (m, k) in MARKERS {
            let n = insert(&mut r, m.as_bytes());
            r.nodes[n as usize].marker = k;
        }
        for (p, k) in PAIRS {
            let n = insert(&mut r, p.as_bytes());
            r.nodes[n as usize].pair = k;
            let mut n = 0u32;
            r.nodes[0].pair_prefix = true;
            for &b in p.as_bytes() {
                n = r.children[&(n, b)];
                r.nodes[n as usize].pair_prefix = true;
            }
        }
        r
    }

    /// True when the word read in `c` ends a passing word.
    fn hits(&self, c: &Conf) -> bool {
        let len = usize::from(c.len);
        if !(2..=MAX_LEN).contains(&len) {
            return false;
        }
        if c.roman == R_E || c.roman == R_ER {
            return true;
        }
        if c.node == NONE {
            return false;
        }
        let n = &self.nodes[c.node as usize];
        n.hit || (n.pair != 0 && n.pair == c.prev)
    }

    /// The canonical form of `c`: what is not needed any more is dropped.
    fn canon(&self, mut c: Conf) -> Conf {
        if usize::from(c.len) > MAX_LEN {
            c.len = MAX_LEN as u8 + 1;
            c.node = NONE;
            c.roman = R_NONE;
        }
        if c.node == NONE || !self.nodes[c.node as usize].pair_prefix {
            c.prev = 0;
        }
        if c.node == NONE && c.roman == R_NONE {
            // In a word that passes nothing: only its end matters.
            c.len = 1;
        }
        c
    }

    /// The configuration after `sym`, or `None` when the sentence passes
    /// (`child`: [`Rules::child_table`]).
    fn step(&self, child: &([usize; 128], usize, Vec<u32>), c: &Conf, sym: usize) -> Option<Conf> {
        match sym {
            DIGIT => None,
            SEP => {
                if self.hits(c) {
                    return None;
                }
                let prev = if c.len == 0 {
                    c.prev
                } else if usize::from(c.len) <= MAX_LEN && c.node != NONE {
                    self.nodes[c.node as usize].marker
                } else {
                    0
                };
                Some(self.canon(Conf {
                    node: 0,
                    len: 0,
                    roman: R_OTHER,
                    prev,
                }))
            }
            _ => {
                let b = ((sym - 2) / 2) as u8;
                let roman_ok = (sym - 2) % 2 == 1;
                let k = usize::from(c.len);
                let roman = if c.roman != R_NONE && roman_ok && (b != b'r' || k > 2) {
                    match (b, c.roman) {
                        (b'e', R_ONE | R_STEM) => R_E,
                        (b'r', R_E) => R_ER,
                        (b'i' | b'v' | b'x', R_OTHER) => R_ONE,
                        (b'l' | b'c', R_OTHER) => R_ONE_LC,
                        (b'i' | b'v' | b'x' | b'l' | b'c', R_ONE | R_ONE_LC | R_STEM) => R_STEM,
                        _ => R_NONE,
                    }
                } else {
                    R_NONE
                };
                let node = if c.node == NONE {
                    NONE
                } else {
                    let (alpha, w, t) = child;
                    t[c.node as usize * w + alpha[usize::from(b)]]
                };
                Some(self.canon(Conf {
                    node,
                    len: c.len.saturating_add(1),
                    roman,
                    prev: c.prev,
                }))
            }
        }
    }
}

/// The gate automaton.
pub struct Gate {
    /// Transitions: `table[state + class]` is the next state (states are
    /// premultiplied by the number of classes), or the state that means "the sentence passes".
    table: Box<[u16; TABLE + 256]>,
    /// The state that means "the sentence passes" (it stays there).
    hit: u32,
    /// The class of each ASCII byte; of 0xC3, IDENT (no move); of the
    /// bytes 0x80 … 0xBF, the Latin-1 letter (or sign) they end after 0xC3
    /// (the other bytes: unused).
    ascii: [u8; 256],
    /// The class of a letter outside ASCII folding to each ASCII byte.
    folded: [u8; 128],
    /// The class of the Latin-1 letters and signs U+00C0 … U+00FF (UTF-8
    /// 0xC3 then 0x80 + these six bits): × and ÷ are separators.
    latin1: [u8; 64],
    /// The class of separators.
    sep: u8,
    start: u32,
    /// Number of classes.
    #[cfg(test)]
    classes: usize,
}

impl Gate {
    /// The automaton for the core words `core` (folded).
    pub fn new<'a>(core: impl IntoIterator<Item = &'a [u8]>) -> Gate {
        let core: FxSet<Vec<u8>> = core.into_iter().map(<[u8]>::to_vec).collect();
        let rules = Rules::new(&core);
        // The symbols worth exploring: every letter that is in no word of
        // the trie and cannot be Roman reads as "x" does not ("x" is
        // Roman only in capitals).
        let in_trie: FxSet<u8> = rules.children.keys().map(|&(_, b)| b).collect();
        let other = (0..128u8)
            .find(|b| !in_trie.contains(b) && !b"ivxlcer".contains(b))
            .unwrap_or(b'#');
        let mut rep = [0usize; SYMBOLS];
        for (sym, r) in rep.iter_mut().enumerate() {
            *r = sym;
            if sym >= 2 {
                let b = ((sym - 2) / 2) as u8;
                let roman = (sym - 2) % 2 == 1;
                *r = if roman && b"ivxlcer".contains(&b) {
                    sym
                } else if in_trie.contains(&b) {
                    letter(b, false)
                } else {
                    letter(other, false)
                };
            }
        }
        let explored: Vec<usize> = {
            let mut v: Vec<usize> = rep.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        };
        // Explore the configurations from the start of a sentence.
        let start = rules.canon(Conf {
            node: 0,
            len: 0,
            roman: R_OTHER,
            prev: 0,
        });
        let child = rules.child_table();
        let mut ids: FxMap<Conf, usize> = FxMap::default();
        let mut confs = vec![start];
        ids.insert(start, 0);
        // `next[s * e + k]`: the state after `explored[k]` in state `s`.
        let e = explored.len();
        let mut next: Vec<Option<usize>> = Vec::new();
        let mut queue = VecDeque::from([0usize]);
        while let Some(s) = queue.pop_front() {
            let c = confs[s];
            if next.len() < (s + 1) * e {
                next.resize((s + 1) * e, None);
            }
            for (k, &sym) in explored.iter().enumerate() {
                if let Some(n) = rules.step(&child, &c, sym) {
                    let id = *ids.entry(n).or_insert_with(|| {
                        confs.push(n);
                        queue.push_back(confs.len() - 1);
                        confs.len() - 1
                    });
                    next[s * e + k] = Some(id);
                }
            }
        }
        let states = next.len() / e;
        // Symbols with the same column are one class.
        let mut class_of = [0u8; SYMBOLS];
        let mut columns: FxMap<Vec<Option<usize>>, u8> = FxMap::default();
        for (k, &sym) in explored.iter().enumerate() {
            let col: Vec<Option<usize>> = (0..states).map(|s| next[s * e + k]).collect();
            let n = columns.len() as u8;
            class_of[sym] = *columns.entry(col).or_insert(n);
        }
        // The other symbols read as the one they stand for.
        for (sym, &r) in rep.iter().enumerate() {
            class_of[sym] = class_of[r];
        }
        // One more class, IDENT, that leaves every state where it is: the
        // class of the byte 0xC3, the first of a Latin-1 letter, when the
        // automaton reads the second byte as the letter (`hit_in`).
        let ident = columns.len();
        let classes = ident + 1;
        // One more state, HIT, that stays where it is.
        let hit = states * classes;
        assert!(
            hit + classes <= TABLE,
            "the gate automaton outgrew its table"
        );
        let mut table: Box<[u16; TABLE + 256]> = vec![0u16; TABLE + 256]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!());
        for s in 0..states {
            for (k, &sym) in explored.iter().enumerate() {
                table[s * classes + usize::from(class_of[sym])] =
                    next[s * e + k].map_or(hit, |n| n * classes) as u16;
            }
            table[s * classes + ident] = (s * classes) as u16;
        }
        for c in 0..classes {
            table[hit + c] = hit as u16;
        }
        let mut ascii = [0u8; 256];
        let mut folded = [0u8; 128];
        for b in 0..128u8 {
            let sym = if b.is_ascii_digit() {
                DIGIT
            } else if b.is_ascii_alphabetic() {
                let roman = matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'e' | b'r');
                letter(b | 0x20, roman)
            } else {
                SEP
            };
            ascii[usize::from(b)] = class_of[sym];
            folded[usize::from(b)] = class_of[letter(b, false)];
        }
        let mut latin1 = [0u8; 64];
        for (k, c) in latin1.iter_mut().enumerate() {
            *c = if k == 0x17 || k == 0x37 {
                class_of[SEP]
            } else {
                folded[usize::from(crate::LATIN1_FOLD[k])]
            };
            // A second byte after 0xC3 reads as its letter.
            ascii[0x80 + k] = *c;
        }
        ascii[0xC3] = ident as u8;
        Gate {
            table,
            hit: hit as u32,
            ascii,
            folded,
            latin1,
            sep: class_of[SEP],
            start: 0,
            #[cfg(test)]
            classes,
        }
    }

    /// The class and length of the character at `i` (not ASCII), as
    /// `maybe_has_item` reads it.
    #[inline(never)]
    fn high(&self, text: &str, i: usize) -> (u8, usize) {
        let b = text.as_bytes();
        let n = b.len();
        let c = b[i];
        if c == 0xC3 && i + 1 < n {
            // Latin-1 letters (à … ÿ, À … Þ) fold by table; × and ÷ are
            // not letters.
            return (self.latin1[usize::from(b[i + 1] & 0x3F)], 2);
        }
        if c == 0xE2 && b.get(i + 1) == Some(&0x80) {
            // U+2000 … U+203F: spaces, dashes, quotes, apostrophes; no letter.
            return (self.sep, 3);
        }
        if c == 0xC2 && i + 1 < n {
            // U+0080 … U+00BF: the only letters, ª µ º, fold outside ASCII.
            let letter = matches!(b[i + 1], 0xAA | 0xB5 | 0xBA);
            return (
                if letter {
                    self.folded[usize::from(b'#')]
                } else {
                    self.sep
                },
                2,
            );
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        let class = if ch.is_alphabetic() {
            let f = frclaims_model::fold_char(ch);
            self.folded[usize::from(if f.is_ascii() { f as u8 } else { b'#' })]
        } else {
            self.sep
        };
        (class, ch.len_utf8())
    }

    /// True when `text` has a digit or a passing word (see the module
    /// docs).
    #[cfg(test)]
    pub fn passes(&self, text: &str) -> bool {
        self.passes_within(text, 0, usize::MAX).0
    }

    /// Reads the `chars` code points of `text` from byte `start` (a code
    /// point boundary), or up to its end: whether they pass (as
    /// `Gate::passes` on them, in the tests) and the byte where they end.
    #[cfg(test)]
    pub fn passes_within(&self, text: &str, start: usize, chars: usize) -> (bool, usize) {
        let mut cursor = frclaims_model::CharCursor::new(text);
        cursor.char_of(start);
        let end = cursor.byte_after(chars);
        (self.hit_in(text, start, end).is_some(), end)
    }

    /// Reads `text[start..end]` (code point boundaries): where the reader
    /// found that it passes, every byte of the first digit or passing word
    /// before it; `None` when it does not pass.
    ///
    /// Eight bytes at a time: when every byte of them that starts a
    /// character outside ASCII is 0xC3 (a Latin-1 letter: most of them in
    /// French), all eight are read by the byte table, 0xC3 leaving the
    /// state as it is and the byte after it reading as the letter (the
    /// eight bytes may end with a 0xC3, its second byte then starts the
    /// next eight); else the ASCII bytes before the first other byte, then
    /// its character.
    #[inline]
    pub fn hit_in(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        const HI: u64 = 0x8080_8080_8080_8080;
        const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
        let b = &text.as_bytes()[..end];
        let (table, ascii) = (&*self.table, &self.ascii);
        let step = |s: u16, class: u8| table[usize::from(class)..][usize::from(s)];
        let hit = self.hit as u16;
        let mut s = self.start as u16;
        // `i` is a character boundary, or the second byte of a character
        // whose 0xC3 was read last.
        let mut i = start;
        while let Some(k) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(k.try_into().unwrap_or([0x80; 8]));
            // Bytes that start a character outside ASCII (0xC0 and up),
            // and bytes 0xC3.
            let lead = w & (w << 1) & HI;
            let x = w ^ 0xC3C3_C3C3_C3C3_C3C3;
            let c3 = !(((x & LO7).wrapping_add(LO7)) | x) & HI;
            if lead == c3 {
                for &c in k {
                    s = step(s, ascii[usize::from(c)]);
                }
                i += 8;
            } else {
                let high = w & HI;
                let m = (high.trailing_zeros() / 8) as usize;
                for &c in &k[..m] {
                    s = step(s, ascii[usize::from(c)]);
                }
                let j = i + m;
                let (class, l) = match (b[j], b.get(j + 1)) {
                    (0xC3, Some(&d)) => (self.latin1[usize::from(d & 0x3F)], 2),
                    // The second byte of a 0xC3 read last (`j == i`).
                    (c, _) if c < 0xC0 => (ascii[usize::from(c)], 1),
                    // U+2000 … U+203F (’, –, “…): no letter (as `high`).
                    (0xE2, Some(&0x80)) => (self.sep, 3),
                    _ => self.high(text, j),
                };
                s = step(s, class);
                i = j + l;
            }
            if s == hit {
                // After the second byte of a 0xC3 read last.
                return Some(if b[i - 1] == 0xC3 { i + 1 } else { i });
            }
        }
        // The last bytes (fewer than eight) as eight, spaces after them
        // (spaces after a separator change nothing), when they are ASCII
        // or Latin-1 letters: no loop of their number of turns.
        let r = end - i;
        if r > 0 && end >= 8 {
            let w = u64::from_le_bytes(b[end - 8..end].try_into().unwrap_or([0x80; 8]));
            let w = (w >> (8 * (8 - r))) | (0x2020_2020_2020_2020 << (8 * r));
            let lead = w & (w << 1) & HI;
            let x = w ^ 0xC3C3_C3C3_C3C3_C3C3;
            let c3 = !(((x & LO7).wrapping_add(LO7)) | x) & HI;
            if lead == c3 {
                for c in w.to_le_bytes() {
                    s = step(s, ascii[usize::from(c)]);
                }
                i = end;
            }
        }
        while i < end {
            let c = b[i];
            let (class, l) = if c < 0xC0 {
                // ASCII, or the second byte of a 0xC3 read last.
                (ascii[usize::from(c)], 1)
            } else {
                self.high(text, i)
            };
            s = step(s, class);
            i += l;
        }
        (step(s, self.sep) == hit).then_some(i)
    }

    /// Number of states (tests).
    #[cfg(test)]
    pub fn states(&self) -> usize {
        self.hit as usize / self.classes() + 1
    }

    /// Number of classes (tests).
    #[cfg(test)]
    pub fn classes(&self) -> usize {
        self.classes
    }
}
