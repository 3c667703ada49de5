//! Tokens of a document on its folded view, with code point spans, and the
//! quotations (« … », “ … ”, " … ") found in it.

use frclaims_model::{fold_char, Span};

use crate::lexicon::{flag, word_extras, LEXICON};

/// A token: a run of letters and digits, or one other non-space character.
/// (`flags` to `form` are laid out as [`crate::lexicon::WordInfo`].)
#[derive(Debug, Clone, PartialEq)]
#[repr(C)]
pub(crate) struct Tok {
    /// Code point span in the document.
    pub span: Span,
    /// Byte range in the folded text.
    pub fb: (u32, u32),
    /// Words the score looks for ([`crate::lexicon::flag`] bits).
    pub flags: u16,
    /// Categories of the one-word signals it matches, prefixes included.
    pub sig: u16,
    /// The longer signal phrases it starts ([`crate::lexicon::WordInfo`]).
    pub multi: u16,
    /// Roles in `words.tsv` (bits of [`crate::lexicon::role`]).
    pub roles: u8,
    /// A form of a reporting verb.
    pub form: bool,
    /// Categories of the longer signal phrases that start here, as far as
    /// the whole text goes (set after tokenization, so that a span needs
    /// no string comparison when they all end inside it).
    pub mbits: u16,
    /// Words after this one that the longest of those phrases takes.
    pub mlen: u16,
    /// Letters or digits (not punctuation).
    pub word: bool,
    /// The original starts with an uppercase letter.
    pub cap: bool,
    /// The original ends with « é » (a participle of the first group).
    pub acute: bool,
    /// The original has a non-ASCII letter (« à » is not « a »).
    pub accented: bool,
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
        multi: u16::MAX,
        mbits: 0,
        mlen: 0,
        flags: 0,
    };
}

/// The document as tokens over its folded text.
pub(crate) struct Tokens {
    /// The folded text (see [`frclaims_model::fold_char`]): one folded
    /// character for each character of the document.
    pub folded: String,
    pub toks: Vec<Tok>,
    /// The line breaks and quotation marks of the text, in order (what
    /// [`quotes`] reads).
    pub marks: Vec<(Pos, char)>,
    /// Code points in the text.
    pub chars: usize,
    /// The characters of more than one byte, in order: the code point
    /// after each, and the bytes beyond one per character up to it (what
    /// [`CharIndex`] reads; ASCII text leaves nothing here).
    pub wide: Vec<(u32, u32)>,
    /// Code points of the stops (. ! ?), in order.
    pub stops: Vec<u32>,
}

/// Code point spans to byte ranges, from the characters of more than one
/// byte the tokenizer notes ([`Tokens::wide`]): the same answers as the
/// model's `TextIndex`, without a pass of its own over the text.
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    wide: &'t [(u32, u32)],
    /// For each block of [`CharIndex::BLOCK`] code points, the first entry
    /// of `wide` after its start (and one more for the end): a lookup
    /// searches only the entries of its block.
    blocks: Vec<u32>,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    /// Code points per block of [`CharIndex::blocks`].
    const BLOCK: usize = 256;

    /// The index of `text`, tokenized as `tk`.
    pub fn new(text: &'t str, tk: &'t Tokens) -> CharIndex<'t> {
        let wide = &tk.wide[..];
        let mut blocks = Vec::with_capacity(tk.chars / Self::BLOCK + 2);
        let mut k = 0;
        for b in 0..=tk.chars / Self::BLOCK + 1 {
            while k < wide.len() && wide[k].0 as usize <= b * Self::BLOCK {
                k += 1;
            }
            blocks.push(k as u32);
        }
        CharIndex {
            text,
            wide,
            blocks,
            chars: tk.chars,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Byte offset of a code point offset (clamped to the end): the code
    /// point plus the extra bytes of the wide characters before it.
    pub fn byte_of(&self, ch: usize) -> usize {
        if ch >= self.chars {
            return self.text.len();
        }
        let b = ch / Self::BLOCK;
        let (from, to) = (self.blocks[b] as usize, self.blocks[b + 1] as usize);
        let block = &self.wide[from..to];
        // A block of Latin text holds a few wide characters: read in
        // order (one mispredicted branch, at the end), else searched.
        let k = from
            + if block.len() <= 16 {
                block
                    .iter()
                    .take_while(|&&(after, _)| after as usize <= ch)
                    .count()
            } else {
                block.partition_point(|&(after, _)| after as usize <= ch)
            };
        ch + k.checked_sub(1).map_or(0, |k| self.wide[k].1 as usize)
    }

    /// The text a code point span covers.
    pub fn slice(&self, s: Span) -> &'t str {
        let a = self.byte_of(s.start);
        &self.text[a..self.byte_of(s.end).max(a)]
    }
}

/// ASCII letters and digits, by byte.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// Fills in what the lexicon knows of token `t`, whose folded text is `w`.
#[inline(always)]
fn lookup(lex: &crate::lexicon::Lexicon, w: &[u8], t: &mut Tok) {
    if let Some(info) = lex.info.get(w) {
        t.form = info.form;
        t.roles = info.roles;
        t.sig = info.sig;
        t.multi = info.multi;
        t.flags = info.flags;
    }
    t.sig |= lex.signal_index.prefix_bits(w);
    if w.first().is_some_and(u8::is_ascii_digit) {
        t.flags |= flag::DIGIT;
    }
    if w.len() > 5 && (w.ends_with(b"rait") || w.ends_with(b"raient")) && !w.ends_with(b"trait") {
        t.flags |= flag::CONDITIONAL;
    }
}

/// A word being read: its first code point and folded byte, and whether
/// it is capitalized and accented.
#[derive(Clone, Copy)]
struct Open {
    start: usize,
    fb: usize,
    cap: bool,
    accented: bool,
}

/// `LOW[k]`: the low `k` bytes (0 to 8) of a word.
const LOW: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut k = 1;
    while k < 9 {
        t[k] = u64::MAX >> (64 - 8 * k);
        k += 1;
    }
    t
};

const HI: u64 = 0x8080_8080_8080_8080;

/// Ends the word `w`, whose folded text is `out[w.fb..fl]`, at code point
/// `ci`, and pushes its token with what the lexicon knows of it (and its
/// index to `multis` when it may start a longer signal phrase).
#[inline(always)]
fn end_word(
    lex: &crate::lexicon::Lexicon,
    out: &[u8],
    fl: usize,
    w: Open,
    ci: usize,
    acute: bool,
    (toks, multis): (&mut Vec<Tok>, &mut Vec<usize>),
) {
    let len = fl - w.fb;
    let mut t = Tok {
        span: Span::new(w.start, ci),
        fb: (w.fb as u32, fl as u32),
        word: true,
        cap: w.cap,
        acute,
        accented: w.accented,
        ..Tok::PLAIN
    };
    let r8 = |at: usize| u64::from_le_bytes(out[at..at + 8].try_into().unwrap_or([0; 8]));
    // The two integers of a word of up to 16 bytes, without a branch on
    // its length (the buffer holds 16 bytes past the word's start).
    let info = if len <= 8 {
        lex.info.get_key(r8(w.fb) & LOW[len], 0, len)
    } else if len <= 16 {
        lex.info.get_key(r8(w.fb), r8(w.fb + 8) & LOW[len - 8], len)
    } else {
        lex.info.get_long(&out[w.fb..fl])
    };
    fill(lex, &mut t, &out[w.fb..fl], info);
    if t.multi != u16::MAX {
        multis.push(toks.len());
    }
    toks.push(t);
}

/// A one-character mark at code point `ci`, folded to the ASCII `byte` at
/// `fl`: its token, with what the lexicon says of that byte.
#[inline]
fn push_mark(
    lex: &crate::lexicon::Lexicon,
    byte: u8,
    ci: usize,
    fl: usize,
    (toks, multis): (&mut Vec<Tok>, &mut Vec<usize>),
) {
    let info = &lex.ascii[usize::from(byte)];
    if info.multi != u16::MAX {
        multis.push(toks.len());
    }
    toks.push(Tok {
        span: Span::new(ci, ci + 1),
        fb: (fl as u32, fl as u32 + 1),
        word: false,
        form: info.form,
        roles: info.roles,
        sig: info.sig,
        multi: info.multi,
        flags: info.flags,
        ..Tok::PLAIN
    });
}

/// Fills in what the lexicon knows of the word token `t` (folded text
/// `wb`, lexicon entry `info`).
#[inline(always)]
fn fill(
    lex: &crate::lexicon::Lexicon,
    t: &mut Tok,
    wb: &[u8],
    info: Option<crate::lexicon::WordInfo>,
) {
    match info {
        // The entry holds the prefixes and flags of its word already.
        Some(info) => {
            t.flags = info.flags;
            t.sig = info.sig;
            t.multi = info.multi;
            t.roles = info.roles;
            t.form = info.form;
        }
        None => (t.sig, t.flags) = word_extras(&lex.signal_index, wb),
    }
}

/// Fills [`Tok::mbits`] and [`Tok::mlen`] of token `i` (which may start
/// a longer signal phrase).
#[inline]
fn match_at(lex: &crate::lexicon::Lexicon, toks: &mut [Tok], folded: &[u8], i: usize) {
    let multi = toks[i].multi;
    // Most next words start no phrase with this one (a mask test).
    let Some(next) = toks.get(i + 1) else {
        return;
    };
    if !lex
        .signal_index
        .may_follow(multi, &folded[next.fb.0 as usize..next.fb.1 as usize])
    {
        return;
    }
    let (bits, len) = {
        let toks = &*toks;
        lex.signal_index.multi_all(multi, |j| {
            toks.get(i + 1 + j)
                .map(|t| &folded[t.fb.0 as usize..t.fb.1 as usize])
        })
    };
    toks[i].mbits = bits;
    toks[i].mlen = len;
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
    /// Tokenizes `text`.
    ///
    /// One pass over the bytes. Runs of ASCII letters and digits are read
    /// and lowercased eight bytes at a time into the folded buffer, which
    /// keeps room for an eight-byte write past its end; the word is then
    /// looked up from that buffer by its two integers. Other ASCII
    /// characters take their lexicon entry from a table, and so do the
    /// Latin-1 letters that fold to ASCII and « ’ »; only other non-ASCII
    /// characters are decoded and folded one at a time. On the way it
    /// notes line breaks and quotation marks ([`Tokens::marks`]), stops
    /// ([`Tokens::stops`]) and the characters of more than one byte
    /// ([`Tokens::wide`]), and lists the tokens that may start a longer
    /// signal phrase, matched at the end.
    #[inline(never)]
    pub fn new(text: &str) -> Tokens {
        let lex = &*LEXICON;
        let bytes = text.as_bytes();
        let n = bytes.len();
        // The folded text, written at `fl`; kept at least `n - p + 16`
        // bytes longer than `fl` (room for the eight-byte writes and the
        // sixteen-byte key reads).
        let mut out: Vec<u8> = vec![0; n + 16];
        let mut fl = 0usize;
        let mut toks: Vec<Tok> = Vec::with_capacity(n / 5);
        let mut marks: Vec<(Pos, char)> = Vec::new();
        // The characters of more than one byte (see `Tokens::wide`), and
        // the extra bytes counted so far.
        let mut wide: Vec<(u32, u32)> = Vec::new();
        let mut extra = 0usize;
        let mut stops: Vec<u32> = Vec::new();
        // Tokens whose word may start a longer signal phrase.
        let mut multis: Vec<usize> = Vec::new();
        let mut word: Option<Open> = None;
        let mut prev_acute = false;
        let mut ci = 0;
        let mut p = 0;
        while p < n {
            let byte = bytes[p];
            if byte < 0x80 {
                if ASCII_ALNUM[usize::from(byte)] {
                    if word.is_none() {
                        word = Some(Open {
                            start: ci,
                            fb: fl,
                            cap: byte.is_ascii_uppercase(),
                            accented: false,
                        });
                    }
                    let start = p;
                    loop {
                        if let (Some(src), Some(dst)) =
                            (bytes.get(p..p + 8), out.get_mut(fl..fl + 8))
                        {
                            let w = u64::from_le_bytes(src.try_into().unwrap_or([0; 8]));
                            let letters = frclaims_model::ascii_letter_bits(w);
                            let alnum = letters | frclaims_model::ascii_digit_bits(w);
                            let k = ((!alnum & HI).trailing_zeros() / 8) as usize;
                            dst.copy_from_slice(&(w | (letters >> 2)).to_le_bytes());
                            p += k;
                            fl += k;
                            if k < 8 {
                                break;
                            }
                        } else {
                            while p < n && ASCII_ALNUM[usize::from(bytes[p])] {
                                out[fl] = bytes[p].to_ascii_lowercase();
                                fl += 1;
                                p += 1;
                            }
                            break;
                        }
                    }
                    ci += p - start;
                    prev_acute = false;
                    // Most words end at a plain space: ended here, with
                    // the space (what the space branch below does).
                    if p < n && bytes[p] == b' ' {
                        if let Some(w) = word.take() {
                            end_word(lex, &out, fl, w, ci, false, (&mut toks, &mut multis));
                        }
                        out[fl] = b' ';
                        fl += 1;
                        p += 1;
                        ci += 1;
                    }
                    continue;
                }
                // A decimal comma stays inside its number (« 59,9 »): it
                // ends no phrase.
                if byte == b','
                    && word.is_some()
                    && bytes[p - 1].is_ascii_digit()
                    && bytes.get(p + 1).is_some_and(u8::is_ascii_digit)
                {
                    out[fl] = b',';
                    fl += 1;
                    p += 1;
                    ci += 1;
                    continue;
                }
                // Another ASCII character: a space or a mark.
                if let Some(w) = word.take() {
                    end_word(lex, &out, fl, w, ci, prev_acute, (&mut toks, &mut multis));
                }
                out[fl] = byte;
                if byte == b'\n' || byte == b'"' {
                    marks.push((Pos { c: ci, b: p }, char::from(byte)));
                }
                if matches!(byte, b'.' | b'!' | b'?') {
                    stops.push(ci as u32);
                }
                if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                    push_mark(lex, byte, ci, fl, (&mut toks, &mut multis));
                }
                fl += 1;
                prev_acute = false;
                p += 1;
                ci += 1;
                continue;
            }
            // Latin-1 letters that fold to an ASCII letter (« é », « à »,
            // « Ç »): inside or opening a word, from a table.
            if byte == 0xC3 && p + 1 < n {
                let k = usize::from(bytes[p + 1] & 0x3F);
                let f = lex.latin1_fold[k];
                if f != 0 && bytes[p + 1] & 0xC0 == 0x80 {
                    match word.as_mut() {
                        Some(w) => w.accented = true,
                        None => {
                            word = Some(Open {
                                start: ci,
                                fb: fl,
                                cap: lex.latin1_upper & (1 << k) != 0,
                                accented: true,
                            })
                        }
                    }
                    out[fl] = f;
                    fl += 1;
                    // « é » (0xA9) or « É » (0x89).
                    prev_acute = matches!(bytes[p + 1], 0xA9 | 0x89);
                    extra += 1;
                    wide.push((ci as u32 + 1, extra as u32));
                    p += 2;
                    ci += 1;
                    continue;
                }
            }
            // The typographic apostrophe: the mark « ' ».
            if byte == 0xE2 && bytes.get(p + 1..p + 3) == Some(&[0x80, 0x99]) {
                if let Some(w) = word.take() {
                    end_word(lex, &out, fl, w, ci, prev_acute, (&mut toks, &mut multis));
                }
                out[fl] = b'\'';
                push_mark(lex, b'\'', ci, fl, (&mut toks, &mut multis));
                fl += 1;
                prev_acute = false;
                extra += 2;
                wide.push((ci as u32 + 1, extra as u32));
                p += 3;
                ci += 1;
                continue;
            }
            let o = text[p..].chars().next().unwrap_or(' ');
            if matches!(o, '«' | '»' | '“' | '”') {
                marks.push((Pos { c: ci, b: p }, o));
            }
            let c = fold_char(o);
            let mut buf = [0u8; 4];
            let cb = c.encode_utf8(&mut buf).as_bytes();
            let ol = o.len_utf8();
            if cb.len() > ol && out.len() < fl + cb.len() + (n - p - ol) + 16 {
                out.resize(fl + cb.len() + (n - p - ol) + 16, 0);
            }
            if is_alnum(c) {
                match word.as_mut() {
                    Some(w) => w.accented = true,
                    None => {
                        word = Some(Open {
                            start: ci,
                            fb: fl,
                            cap: o.is_uppercase(),
                            accented: true,
                        })
                    }
                }
                out[fl..fl + cb.len()].copy_from_slice(cb);
                fl += cb.len();
            } else {
                if let Some(w) = word.take() {
                    end_word(lex, &out, fl, w, ci, prev_acute, (&mut toks, &mut multis));
                }
                let b = fl;
                out[fl..fl + cb.len()].copy_from_slice(cb);
                fl += cb.len();
                if !c.is_whitespace() {
                    let mut t = Tok {
                        span: Span::new(ci, ci + 1),
                        fb: (b as u32, fl as u32),
                        word: false,
                        ..Tok::PLAIN
                    };
                    lookup(lex, cb, &mut t);
                    if t.multi != u16::MAX {
                        multis.push(toks.len());
                    }
                    toks.push(t);
                }
            }
            prev_acute = matches!(o, 'é' | 'É');
            extra += ol - 1;
            wide.push((ci as u32 + 1, extra as u32));
            p += ol;
            ci += 1;
        }
        if let Some(w) = word.take() {
            end_word(lex, &out, fl, w, ci, prev_acute, (&mut toks, &mut multis));
        }
        out.truncate(fl);
        let folded = String::from_utf8(out).unwrap_or_default();
        let mut tk = Tokens {
            folded,
            toks,
            marks,
            chars: ci,
            wide,
            stops,
        };
        // Only the tokens whose word starts a phrase.
        let folded = tk.folded.as_bytes();
        for i in multis {
            match_at(lex, &mut tk.toks, folded, i);
        }
        tk
    }

    /// Fills [`Tok::mbits`] and [`Tok::mlen`] of the tokens that may start
    /// a longer signal phrase.
    #[cfg(test)]
    fn match_phrases(&mut self, lex: &crate::lexicon::Lexicon) {
        let folded = self.folded.as_bytes();
        for i in 0..self.toks.len() {
            if self.toks[i].multi != u16::MAX {
                match_at(lex, &mut self.toks, folded, i);
            }
        }
    }

    /// The tokenizer as first written (a byte and a character at a
    /// time), kept to check [`Tokens::new`] against.
    #[cfg(test)]
    pub fn reference(text: &str) -> Tokens {
        let lex = &*LEXICON;
        let bytes = text.as_bytes();
        // The folded text, as bytes while it is built (valid UTF-8: ASCII
        // bytes and whole encoded characters are pushed).
        let mut folded: Vec<u8> = Vec::with_capacity(text.len());
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
                        folded: &[u8],
                        ci: usize,
                        acute: bool| {
            if let Some((start, fb, cap, accented)) = word.take() {
                let mut t = Tok {
                    span: Span::new(start, ci),
                    fb: (fb as u32, folded.len() as u32),
                    word: true,
                    cap,
                    acute,
                    accented,
                    ..Tok::PLAIN
                };
                lookup(lex, &folded[fb..], &mut t);
                toks.push(t);
            }
        };
        while p < bytes.len() {
            let byte = bytes[p];
            if byte.is_ascii_alphanumeric() {
                // A run of ASCII letters and digits, folded at once.
                let start = p;
                while p < bytes.len() && ASCII_ALNUM[usize::from(bytes[p])] {
                    p += 1;
                }
                if word.is_none() {
                    word = Some((ci, folded.len(), byte.is_ascii_uppercase(), false));
                }
                folded.extend(bytes[start..p].iter().map(u8::to_ascii_lowercase));
                ci += p - start;
                prev_acute = false;
                continue;
            }
            // A decimal comma stays inside its number (« 59,9 »): it ends
            // no phrase.
            if byte == b','
                && word.is_some()
                && p > 0
                && bytes[p - 1].is_ascii_digit()
                && bytes.get(p + 1).is_some_and(u8::is_ascii_digit)
            {
                folded.push(b',');
                p += 1;
                ci += 1;
                continue;
            }
            if byte < 0x80 {
                // Another ASCII character: a space or a mark.
                end_word(&mut word, &mut toks, &folded, ci, prev_acute);
                let b = folded.len();
                folded.push(byte);
                if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                    let mut t = Tok {
                        span: Span::new(ci, ci + 1),
                        fb: (b as u32, b as u32 + 1),
                        word: false,
                        ..Tok::PLAIN
                    };
                    lookup(lex, &folded[b..], &mut t);
                    toks.push(t);
                }
                prev_acute = false;
                p += 1;
                ci += 1;
                continue;
            }
            let (o, c) = {
                let o = text[p..].chars().next().unwrap_or(' ');
                (o, fold_char(o))
            };
            let mut buf = [0u8; 4];
            let cb = c.encode_utf8(&mut buf).as_bytes();
            if is_alnum(c) {
                match word.as_mut() {
                    Some(w) => w.3 |= byte >= 0x80,
                    None => word = Some((ci, folded.len(), o.is_uppercase(), byte >= 0x80)),
                }
                folded.extend_from_slice(cb);
            } else {
                end_word(&mut word, &mut toks, &folded, ci, prev_acute);
                let b = folded.len();
                if let [one] = cb {
                    folded.push(*one);
                } else {
                    folded.extend_from_slice(cb);
                }
                if !c.is_whitespace() {
                    let mut t = Tok {
                        span: Span::new(ci, ci + 1),
                        fb: (b as u32, folded.len() as u32),
                        word: false,
                        ..Tok::PLAIN
                    };
                    lookup(lex, cb, &mut t);
                    toks.push(t);
                }
            }
            prev_acute = matches!(o, 'é' | 'É');
            p += o.len_utf8();
            ci += 1;
        }
        end_word(&mut word, &mut toks, &folded, ci, prev_acute);
        let folded = String::from_utf8(folded).unwrap_or_default();
        let mut tk = Tokens {
            folded,
            toks,
            marks: Vec::new(),
            chars: ci,
            wide: Vec::new(),
            stops: Vec::new(),
        };
        tk.match_phrases(lex);
        tk
    }

    /// The folded text of token `i` ("" out of range).
    pub fn t(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map(|t| &self.folded[t.fb.0 as usize..t.fb.1 as usize])
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

    /// [`Tokens::range`] of each span, for spans sorted by start: each
    /// search starts at the first token of the span before, and looks at
    /// the next 64 tokens first (a sentence is short).
    pub fn ranges(&self, spans: impl Iterator<Item = Span>) -> Vec<(usize, usize)> {
        /// `partition_point` of `toks`, the first 64 first.
        fn search(toks: &[Tok], pred: impl Fn(&Tok) -> bool) -> usize {
            let w = toks.len().min(64);
            let k = toks[..w].partition_point(&pred);
            if k < w {
                k
            } else {
                w + toks[w..].partition_point(pred)
            }
        }
        let mut from = 0;
        spans
            .map(|span| {
                // Starts are sorted: the tokens before `from` start before
                // this span too.
                let a = from + search(&self.toks[from..], |t| t.span.start < span.start);
                // Ends are sorted: searched from `a`, the same as the
                // range's `b.max(a)`.
                let b = a + search(&self.toks[a..], |t| t.span.end <= span.end);
                from = a;
                (a, b)
            })
            .collect()
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
///
/// Reads only the line breaks and quotation marks the tokenizer noted
/// ([`Tokens::marks`]), with their code point index and byte offset.
#[inline(never)]
pub(crate) fn quotes(text: &str, tk: &Tokens) -> Vec<Quote> {
    let n = text.len();
    let mut out = Vec::new();
    // The furthest end of a quotation found so far.
    let mut max_end = 0;
    let mut para_start = Pos { c: 0, b: 0 };
    let mut open: Option<(Pos, char)> = None;
    let mut depth = 0usize;
    let mut straight: Option<Pos> = None;
    let push = |out: &mut Vec<Quote>, max_end: &mut usize, q: Option<Quote>| {
        if let Some(q) = q {
            *max_end = (*max_end).max(q.outer.end);
            out.push(q);
        }
    };
    for &(i, c) in &tk.marks {
        let (ci, p) = (i.c, i.b);
        let after = p + c.len_utf8();
        match c {
            '\n' => {
                if let Some((o, mark)) = open {
                    if !(mark == '«' && continues(&text[after..])) {
                        push(&mut out, &mut max_end, quote(text, o, mark, i, false));
                        open = None;
                        depth = 0;
                    }
                }
                straight = None;
                para_start = Pos {
                    c: ci + 1,
                    b: after,
                };
            }
            '«' | '“' => match open {
                None => {
                    open = Some((i, c));
                    depth = 0;
                }
                Some((_, mark)) => {
                    // « at the start of a paragraph inside an open quote
                    // continues it; otherwise it nests.
                    let at_para_start = text[para_start.b..p].chars().all(char::is_whitespace);
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
                        && o.c < para_start.c
                        && text[para_start.b..p].chars().all(char::is_whitespace) => {}
                Some((o, mark)) => {
                    if depth > 0 {
                        depth -= 1;
                    } else if (mark == '«') == (c == '»') {
                        push(&mut out, &mut max_end, quote(text, o, mark, i, true));
                        open = None;
                    }
                }
                None if c == '»' => {
                    // Closing mark with no opening one: the quote started
                    // at the paragraph start (the « was elsewhere).
                    let s = para_start;
                    if text[s.b..p].chars().any(is_alnum) && max_end <= s.c {
                        push(&mut out, &mut max_end, implicit(text, s, i));
                    }
                }
                None => {}
            },
            '"' if open.is_none() => match straight {
                None => straight = Some(i),
                Some(o) => {
                    push(&mut out, &mut max_end, quote(text, o, '"', i, true));
                    straight = None;
                }
            },
            _ => {}
        }
    }
    if let Some((o, mark)) = open {
        push(
            &mut out,
            &mut max_end,
            quote(text, o, mark, Pos { c: tk.chars, b: n }, false),
        );
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

/// A position in the text: code point index and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub c: usize,
    pub b: usize,
}

/// The paragraph starting `rest` continues an open « quote: it starts
/// with «, or it has a » before any « or “.
fn continues(rest: &str) -> bool {
    let rest = rest.trim_start_matches(char::is_whitespace);
    if rest.starts_with('«') || rest.starts_with('»') {
        // « » » at the start may also close a one-line continuation; the
        // quotation goes on either way.
        return true;
    }
    for c in rest.chars() {
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

/// The text between `s` and `e` trimmed of spaces, an opening « at its
/// start and a closing » at its end.
fn trim(text: &str, mut s: Pos, mut e: Pos) -> (Pos, Pos) {
    for c in text[s.b..e.b].chars() {
        if !(c.is_whitespace() || c == '«') {
            break;
        }
        s = Pos {
            c: s.c + 1,
            b: s.b + c.len_utf8(),
        };
    }
    for c in text[s.b..e.b].chars().rev() {
        if !(c.is_whitespace() || c == '»') {
            break;
        }
        e = Pos {
            c: e.c - 1,
            b: e.b - c.len_utf8(),
        };
    }
    (s, e)
}

fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut inw = false;
    let mut p = 0;
    while p < bytes.len() {
        // ASCII by table; other characters decoded.
        let (w, len) = match bytes[p] {
            b if b < 0x80 => (ASCII_ALNUM[usize::from(b)], 1),
            _ => {
                let c = text[p..].chars().next().unwrap_or(' ');
                (is_alnum(c), c.len_utf8())
            }
        };
        if w && !inw {
            n += 1;
        }
        inw = w;
        p += len;
    }
    n
}

/// The quotation opened by `mark` at `open` and closed at `close` (by a
/// closing mark when `closed`, else by the paragraph end).
fn quote(text: &str, open: Pos, mark: char, close: Pos, closed: bool) -> Option<Quote> {
    let first = Pos {
        c: open.c + 1,
        b: open.b + mark.len_utf8(),
    };
    let (s, e) = trim(text, first, close);
    if s.c >= e.c {
        return None;
    }
    let end = if closed { close.c + 1 } else { e.c };
    Some(Quote {
        outer: Span::new(open.c, end),
        inner: Span::new(s.c, e.c),
        words: word_count(&text[s.b..e.b]),
    })
}

/// A quotation from `start` (a paragraph start) to the closing mark at
/// `close`.
fn implicit(text: &str, start: Pos, close: Pos) -> Option<Quote> {
    let (s, e) = trim(text, start, close);
    if s.c >= e.c {
        return None;
    }
    Some(Quote {
        outer: Span::new(s.c, close.c + 1),
        inner: Span::new(s.c, e.c),
        words: word_count(&text[s.b..e.b]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = quotes(input, &Tokens::new(input))
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
            "Notre avenir se joue ici », note Michel Vautrin.",
            &["Notre avenir se joue ici"],
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
