//! Reported speech: incises, « que » clauses, colons, noun-phrase objects,
//! « selon X », and quotations that continue the previous speaker.
//!
//! Works on the tokens of one sentence at a time, with the quotations of
//! the whole document (a quotation may span sentences and paragraphs).

use frclaims_model::{AttributionType, Sentence, Span, SpeakerKind};

use crate::lexicon::{flag, role, Form, Lexicon};
use crate::text::{CharIndex, Quote, Tokens};

/// A set of marks for [`Ctx::is_punct`]: its characters, and a mask of its
/// ASCII ones (built at compile time by [`punct!`]).
#[derive(Clone, Copy)]
struct Punct {
    ascii: u128,
    chars: &'static str,
}

impl Punct {
    const fn new(chars: &'static str) -> Punct {
        let b = chars.as_bytes();
        let mut ascii = 0u128;
        let mut k = 0;
        while k < b.len() {
            // Marks only (`is_punct` relies on it); the non-ASCII ones of
            // the sets are typographic marks too (« » “ ” – — • …).
            assert!(!b[k].is_ascii_alphanumeric(), "a mark set holds a letter");
            if b[k] < 0x80 {
                ascii |= 1 << b[k];
            }
            k += 1;
        }
        Punct { ascii, chars }
    }
}

/// The [`Punct`] of a literal, as a constant.
macro_rules! punct {
    ($s:literal) => {{
        const P: Punct = Punct::new($s);
        P
    }};
}

/// A speaker mention as found, before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// The noun phrase or pronoun.
    pub span: Span,
    /// A pronoun (il, elle, ils, elles, on, lui, eux).
    pub pronoun: Option<String>,
    /// The leading capitalized name inside the phrase, if any.
    pub name: Option<Span>,
    /// The kind guessed from the words alone.
    pub kind: SpeakerKind,
}

/// One piece of reported speech.
#[derive(Debug, Clone)]
pub(crate) struct Speech {
    pub kind: AttributionType,
    /// The proposition only.
    pub content: Span,
    /// Everything a reader would highlight, incise included.
    pub claim: Span,
    pub speaker: Option<Mention>,
    /// Cue span and lemma.
    pub cue: Option<(Span, String)>,
    /// « dans un communiqué », « à la presse ».
    pub medium: Option<Span>,
    /// The cue is negated (« n'a pas confirmé »), or is a denial.
    pub negated_cue: bool,
    /// Continuation quote: the speaker is the previous one.
    pub continuation: bool,
    /// No subject of its own (« Et d'ajouter : »): the speaker of the
    /// speech just before, in this sentence or the two before, if any;
    /// kept without one otherwise.
    pub inherits: bool,
}

/// A verb cue found at a token.
struct Cue {
    verb: usize,
    /// First token of the verb group (auxiliary or the verb).
    first: usize,
    /// The lexical verb token.
    head: usize,
    /// Last token of the verb group (multi-word rest, inversion pronoun).
    last: usize,
    /// Last token of the verb itself (« fait savoir »), clitic excluded.
    verb_end: usize,
    /// Inverted clitic subject (« a-t-il », « explique-t-elle »).
    clitic: Option<usize>,
    negated: bool,
    form: Form,
    /// The verb governing an infinitive cue (« a tenu à préciser »).
    modal: Option<usize>,
    /// A narrative infinitive opening the sentence (« Et d'ajouter : »):
    /// no subject, the speaker is the previous one.
    narrative: bool,
    /// « avant de rappeler », « après avoir rappelé »: read like a gerund,
    /// kept only with a speaker.
    linked: bool,
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    tk: &'a Tokens,
    /// The document's text, by code point spans (the case of a dateline).
    idx: &'a CharIndex<'a>,
    quotes: &'a [Quote],
    /// Token range of the sentence.
    a: usize,
    b: usize,
    sent: Span,
    /// The first token after a dateline opening the sentence (see
    /// [`Ctx::dateline_end`]), found at the first ask.
    dateline: std::cell::Cell<Option<Option<usize>>>,
}

/// The most tokens a clause is looked back over.
const MAX_CLAUSE: usize = 80;

const PRONOUNS: [&str; 7] = ["il", "elle", "ils", "elles", "on", "lui", "eux"];
/// Courtesy titles before a name, folded, without their dot.
pub(crate) const TITLES: [&str; 10] = [
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr",
];

/// Reported speech in the given sentences, in order.
pub(crate) fn find(
    lex: &Lexicon,
    tk: &Tokens,
    idx: &CharIndex,
    quotes: &[Quote],
    sentences: &[Sentence],
    ranges: &[(usize, usize)],
) -> Vec<Speech> {
    let mut out: Vec<Speech> = Vec::new();
    let mut used_quote = vec![false; quotes.len()];
    for (si, (s, &(a, b))) in sentences.iter().zip(ranges).enumerate() {
        if a >= b {
            continue;
        }
        let cx = Ctx {
            lex,
            tk,
            idx,
            quotes,
            a,
            b,
            sent: s.span,
            dateline: Default::default(),
        };
        let mut found = cx.frames();
        // « Et d'ajouter : « … » »: the speaker of the speech just before,
        // in this sentence or the two before it in its paragraph.
        for k in 0..found.len() {
            if !found[k].inherits {
                continue;
            }
            let floor = sentences[si.saturating_sub(2)..si]
                .iter()
                .find(|p| p.paragraph == s.paragraph)
                .map_or(s.span.start, |p| p.span.start);
            let prev = found[..k]
                .last()
                .or_else(|| out.last().filter(|o| o.claim.end > floor));
            found[k].speaker = prev.and_then(|p| p.speaker.clone());
        }
        // Speech found from an earlier sentence may already hold this one
        // (a quotation over several sentences): look back a few.
        found.retain(|f| {
            !out.iter()
                .rev()
                .take(8)
                .any(|o| o.content.contains(f.content) || o.claim == f.claim)
        });
        out.extend(found);
    }
    // Quotations inside a claim's content or cue are part of it.
    for o in &out {
        let a = quotes.partition_point(|q| q.outer.end <= o.claim.start);
        for (qi, q) in quotes.iter().enumerate().skip(a) {
            if q.outer.start >= o.claim.end {
                break;
            }
            if o.claim.overlaps(q.inner) {
                used_quote[qi] = true;
            }
        }
    }
    // Quotations left: a sentence that opens with a long quotation
    // continues the previous speaker.
    for (qi, q) in quotes.iter().enumerate() {
        if used_quote[qi] || q.words < 4 {
            continue;
        }
        let k = sentences.partition_point(|s| s.span.start < q.outer.start);
        if sentences
            .get(k)
            .is_none_or(|s| s.span.start != q.outer.start)
        {
            // « Son diagnostic est sans appel : « … ». »: a long quotation
            // after a colon, to the end of its sentence.
            if let Some(sp) = colon_quote(lex, tk, idx, quotes, sentences, q) {
                out.push(sp);
            }
            continue;
        }
        // Only a quotation that ends its sentence: « « … », a réagi X »
        // with a verb the lexicon lacks is no continuation.
        let closing = sentences.partition_point(|s| s.span.end < q.outer.end);
        if let Some(s) = sentences.get(closing) {
            let (ta, tb) = tk.range(Span::new(q.outer.end.min(s.span.end), s.span.end));
            if (ta..tb).any(|i| tk.toks[i].word) {
                continue;
            }
        }
        // To the end of the sentence where the quotation closes.
        let last = sentences.partition_point(|s| s.span.start < q.outer.end);
        let end = sentences[k..last.max(k + 1)]
            .iter()
            .map(|s| s.span.end)
            .max()
            .unwrap_or(q.outer.end)
            .max(q.outer.end);
        out.push(Speech {
            kind: AttributionType::Direct,
            content: q.inner,
            claim: Span::new(q.outer.start, end),
            speaker: None,
            cue: None,
            medium: None,
            negated_cue: false,
            continuation: true,
            inherits: false,
        });
    }
    out.sort_by_key(|s| (s.claim.start, s.claim.end));
    out
}

/// A quotation of five words or more opened right after a colon and
/// closing its sentence: the subject before the colon says it when it is a
/// person (« Jean Dupont est formel : « … » »), else the previous speaker
/// does.
fn colon_quote(
    lex: &Lexicon,
    tk: &Tokens,
    idx: &CharIndex,
    quotes: &[Quote],
    sentences: &[Sentence],
    q: &Quote,
) -> Option<Speech> {
    if q.words < 5 {
        return None;
    }
    let k = sentences.partition_point(|s| s.span.end <= q.outer.start);
    let s = sentences.get(k)?;
    let (a, b) = tk.range(s.span);
    let open = tk.at(q.outer.start);
    if open <= a || open >= b || tk.t(open - 1) != ":" {
        return None;
    }
    // The quotation ends the sentence (its final mark aside).
    let tail = tk.range(Span::new(q.outer.end.min(s.span.end), s.span.end));
    if q.outer.end < s.span.end && (tail.0..tail.1).any(|i| tk.toks[i].word) {
        return None;
    }
    let cx = Ctx {
        lex,
        tk,
        idx,
        quotes,
        a,
        b,
        sent: s.span,
        dateline: Default::default(),
    };
    // (Not when a relative clause or a document with its author lies
    // between the subject and the colon: « Le juge a lu la lettre de la
    // victime : « … » », « X a visité l'usine, où les ouvriers avaient
    // affiché : « … » » quote someone else.)
    let speaker = cx
        .subject_of_clause(open - 1)
        .filter(|m| {
            m.pronoun
                .as_deref()
                .is_some_and(|p| p == "il" || p == "elle")
                || m.kind == SpeakerKind::Person
        })
        .filter(|m| !cx.quotes_another(cx.tok_of(m.span.end) + 1, open - 1));
    Some(Speech {
        kind: AttributionType::Direct,
        content: q.inner,
        claim: Span::new(s.span.start, s.span.end.max(q.outer.end)),
        continuation: speaker.is_none(),
        inherits: false,
        speaker,
        cue: Some((tk.toks[open - 1].span, ":".to_owned())),
        medium: None,
        negated_cue: false,
    })
}

impl Ctx<'_> {
    fn t(&self, i: usize) -> &str {
        if i < self.a || i >= self.b {
            ""
        } else {
            self.tk.t(i)
        }
    }

    fn span(&self, i: usize, j: usize) -> Span {
        // Tokens i..=j.
        Span::new(self.tk.toks[i].span.start, self.tk.toks[j].span.end)
    }

    #[inline]
    fn is_punct(&self, i: usize, p: Punct) -> bool {
        if i < self.a || i >= self.b {
            return false;
        }
        // A mark is one character: a character search, not a substring
        // one (an ASCII byte in UTF-8 is always its own character); ASCII
        // marks by the mask of the set, without a loop. A word is not
        // asked about: no set holds a letter or a digit (see
        // [`Punct::new`]), so a word's first character answers no.
        let b = self.tk.folded.as_bytes()[self.tk.toks[i].fb.0 as usize];
        if b < 0x80 {
            return p.ascii >> b & 1 != 0;
        }
        self.tk
            .t(i)
            .chars()
            .next()
            .is_some_and(|c| p.chars.contains(c))
    }

    fn in_quote(&self, i: usize) -> bool {
        self.quote_of(i).is_some()
    }

    /// The quotation token `i` is inside of. Quotations are sorted and do
    /// not overlap: a binary search.
    fn quote_of(&self, i: usize) -> Option<Quote> {
        let s = self.tk.toks[i].span;
        let k = self.quotes.partition_point(|q| q.outer.start <= s.start);
        let q = self.quotes.get(k.checked_sub(1)?)?;
        q.inner.contains(s).then_some(*q)
    }

    /// The quotations that start inside `span`.
    fn quotes_in(&self, span: Span) -> &[Quote] {
        let a = self.quotes.partition_point(|q| q.outer.start < span.start);
        let b = self.quotes.partition_point(|q| q.outer.start < span.end);
        &self.quotes[a..b.max(a)]
    }

    /// An incise inside a quotation (« Nous ouvrirons 80 agences,
    /// affirme-t-il. », « En outre, ajoute-t-elle, les … »): the whole
    /// quotation is the content.
    fn incise_in_quote(&self, cue: &Cue, q: Quote) -> Option<Speech> {
        let verb = &self.lex.verbs[cue.verb];
        if !verb.incise || cue.form == Form::Gerund {
            return None;
        }
        let left = self.left_of(cue.first)?;
        if !self.is_punct(left, punct!(",")) {
            return None;
        }
        let (speaker, end_tok) = match cue.clitic {
            _ if verb.source_after => {
                let m = self.learned_from(cue.last + 1)?;
                let e = self.tok_of(m.span.end);
                (m, e)
            }
            Some(c) => (self.pronoun_mention(c), cue.last),
            None => {
                // Inside a quotation, « , VERB NP, » can only be an incise:
                // any noun phrase there is the speaker.
                let m = self.speaker_after_rel(cue.last + 1, true)?;
                let e = self.tok_of(m.span.end);
                (m, e)
            }
        };
        // « dit-il désormais, », « affirme-t-on au syndicat, », « raconte un
        // cadre sur le point de partir, »: a few words may
        // follow before the quotation resumes.
        let mut after = self.skip_circumstances(end_tok + 1);
        let mut n = 0;
        while after < self.b && n < 8 && !self.is_punct(after, punct!(",.:;»”\"(-–—")) {
            after += 1;
            n += 1;
        }
        if !(after >= self.b || self.is_punct(after, punct!(",.:;»”\"(-–—"))) {
            return None;
        }
        Some(Speech {
            kind: AttributionType::Direct,
            content: q.inner,
            claim: Span::new(
                q.outer.start,
                q.outer.end.max(
                    self.sent
                        .end
                        .min(q.outer.end.max(self.tk.toks[end_tok].span.end)),
                ),
            ),
            speaker: Some(speaker),
            cue: Some((self.span(cue.head, cue.verb_end), verb.lemma.clone())),
            medium: None,
            negated_cue: cue.negated,
            continuation: false,
            inherits: false,
        })
    }

    /// The quotation whose closing mark is token `i`.
    fn quote_closing_at(&self, i: usize) -> Option<&Quote> {
        let p = self.tk.toks[i].span.end;
        let k = self.quotes.partition_point(|q| q.outer.end < p);
        self.quotes.get(k).filter(|q| q.outer.end == p)
    }

    /// The quotation whose opening mark is token `i`.
    fn quote_opening_at(&self, i: usize) -> Option<&Quote> {
        let p = self.tk.toks[i].span.start;
        let k = self.quotes.partition_point(|q| q.outer.start < p);
        self.quotes.get(k).filter(|q| q.outer.start == p)
    }

    /// Token `i` (inside the sentence) has one of the roles `bits` of
    /// `words.tsv`.
    #[inline]
    fn role(&self, i: usize, bits: u8) -> bool {
        i >= self.a && i < self.b && self.tk.toks[i].roles & bits != 0
    }

    fn is_adv(&self, i: usize) -> bool {
        i >= self.a && i < self.b && self.tk.toks[i].roles & role::ADV != 0
    }

    /// An adverb after a verb: the word list, or a lowercase « -ment » word.
    fn is_adv_fwd(&self, i: usize) -> bool {
        let w = self.t(i);
        self.is_adv(i) || (i < self.b && !self.tk.toks[i].cap && w.len() > 6 && w.ends_with("ment"))
    }

    fn frames(&self) -> Vec<Speech> {
        let mut out = Vec::new();
        let mut i = self.a;
        while i < self.b {
            // Only a verb form or the word of « selon X » starts anything.
            let t = &self.tk.toks[i];
            // Most tokens are neither: one test first.
            if !(t.form | (t.flags & flag::ACCORDING != 0)) || (!t.form && !self.according_head(i))
            {
                // Not a verb, and not « selon », « d'après » or « pour »
                // (whether quoted or not, nothing starts here).
                i += 1;
                continue;
            }
            if let Some(q) = self.quote_of(i) {
                if let Some(sp) = self.cue(i).and_then(|c| self.incise_in_quote(&c, q)) {
                    out.push(sp);
                    i = self.tk.at(q.inner.end).max(i + 1);
                    continue;
                }
                i += 1;
                continue;
            }
            if let Some((sp, next)) = self.according(i) {
                out.push(sp);
                i = next.max(i + 1);
                continue;
            }
            if let Some(cue) = self.cue(i) {
                if let Some((mut sp, next)) = self.frame(&cue) {
                    // A participle that goes on from a statement of the
                    // same sentence shares its subject, the speaker (« …, a
                    // déclaré le ministre, ajoutant que … »).
                    // (Not across a semicolon: another clause, its own
                    // subject.)
                    if cue.form == Form::Gerund {
                        if let Some(prev) = out
                            .last()
                            .filter(|p: &&Speech| {
                                !(self.tk.at(p.content.end)..cue.first)
                                    .any(|k| self.is_punct(k, punct!(";")))
                            })
                            .and_then(|p| p.speaker.clone())
                        {
                            sp.speaker = Some(prev);
                        }
                    }
                    if cue.linked && sp.speaker.is_none() {
                        i = cue.last + 1;
                        continue;
                    }
                    out.push(sp);
                    i = next.max(cue.last + 1);
                    continue;
                }
                i = cue.last + 1;
                continue;
            }
            i += 1;
        }
        out
    }

    /// The auxiliary before the verb at token `i`, over adverbs, negation
    /// and an inverted clitic (« n'a-t-elle pas affirmé »): the auxiliary,
    /// the clitic and whether a negation was passed. « être » is an
    /// auxiliary only when `etre` (pronominal verbs).
    fn aux_before(&self, i: usize, etre: bool) -> (Option<usize>, Option<usize>, bool) {
        let mut j = i;
        let mut aux = None;
        let mut clitic = None;
        let mut negated = false;
        let mut steps = 0;
        while j > self.a && steps < 8 {
            j -= 1;
            steps += 1;
            let w = self.t(j);
            if w == "-" || w == "'" || w == "t" {
                continue;
            }
            // « a, en outre, estimé », « a, de son côté, assuré »: an
            // adverbial phrase between two commas; any other comma stops
            // (« Il y a, dit-il, 300 problèmes » is an incise).
            if w == "," {
                // (« lui aussi », « toutefois »: adverbs alone too.)
                let advs = (1..=3).take_while(|&n| j > n && self.is_adv(j - n)).last();
                let n = (2..=5)
                    .find(|&n| j > n && self.locution_at(j - n) == n)
                    .or(advs);
                match n {
                    Some(n) if self.t(j - n - 1) == "," && j - n - 1 > self.a => {
                        j -= n + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // « a pour sa part assuré », « a d'ailleurs indiqué », « a
            // d'ores et déjà annoncé »: an adverbial phrase ending here.
            if let Some(n) = (2..=5).find(|&n| j + 1 >= n && self.locution_at(j + 1 - n) == n) {
                j = (j + 1 - n).max(self.a);
                continue;
            }
            if PRONOUNS[..5].contains(&w) && self.t(j.wrapping_sub(1)) == "-" {
                clitic = Some(j);
                continue;
            }
            if w == "pas" || w == "jamais" || w == "ne" || w == "n" {
                negated = true;
                continue;
            }
            let aux_avoir = self.lex.avoir.contains(w) && !self.tk.toks[j].accented;
            if aux_avoir || (etre && self.lex.etre.contains(w)) {
                aux = Some(j);
                break;
            }
            if self.is_adv_fwd(j) {
                continue;
            }
            break;
        }
        (aux, clitic, negated)
    }

    /// A verb that governs the reporting infinitive at token `i` and
    /// shares its subject (« a tenu à préciser », « vient d'annoncer »,
    /// « ne cesse de répéter », « a refusé de confirmer »): its token, and
    /// whether it reverses the statement (role `modal-not` of `words.tsv`:
    /// « refuser de », « ne pas hésiter à »).
    fn modal_before(&self, i: usize) -> Option<(usize, bool)> {
        let mut j = i.checked_sub(1)?;
        // An object clitic: « aime à le rappeler », « a tenu à l'affirmer ».
        while j > self.a && matches!(self.t(j), "le" | "l" | "'" | "lui" | "leur") {
            j -= 1;
        }
        // The preposition (« à » written with its accent), if any.
        if (self.t(j) == "a" && self.tk.toks[j].accented) || matches!(self.t(j), "de" | "d") {
            j = j.checked_sub(1)?;
        }
        // « tient toujours à », « ne cesse pas de »
        let mut steps = 0;
        while j > self.a && steps < 3 && self.is_adv(j) {
            j -= 1;
            steps += 1;
        }
        if !self.tk.toks[j].word || j < self.a {
            return None;
        }
        // « veut dire » means, it does not say.
        let vouloir = matches!(
            self.t(j),
            "veut" | "veulent" | "voulait" | "voulaient" | "voudra"
        );
        if vouloir && self.t(i) == "dire" {
            return None;
        }
        if self.role(j, role::MODAL) {
            Some((j, false))
        } else if self.role(j, role::MODAL_NOT) {
            Some((j, true))
        } else {
            None
        }
    }

    /// « comme X le dit », « comme les syndicats l'affirment »: the
    /// subject noun phrase between « , comme » and the clitic at token
    /// `pi`, and the token of « comme ».
    fn comme_subject(&self, pi: usize) -> Option<(usize, Mention)> {
        let floor = self.a.max(pi.saturating_sub(8));
        let k = (floor..pi).rev().find(|&k| self.is_comme(k))?;
        let c = self.comme_start(k);
        if k + 1 >= pi || c == self.a || !self.is_punct(c - 1, punct!(",")) {
            return None;
        }
        if (k + 1..pi).any(|k| !self.tk.toks[k].word && !matches!(self.t(k), "'" | "-" | ".")) {
            return None;
        }
        let m = self.mention(k + 1, pi - 1)?;
        (m.pronoun.is_none() && self.tk.range(m.span).0 == k + 1).then_some((k, m))
    }

    /// Token `i` is « comme », or the « que » of « ainsi que » (« ainsi
    /// que l'a relevé X »).
    fn is_comme(&self, i: usize) -> bool {
        match self.t(i) {
            "comme" => true,
            "que" => i > self.a && self.t(i - 1) == "ainsi",
            _ => false,
        }
    }

    /// The first token of the « comme » or « ainsi que » at token `i`.
    fn comme_start(&self, i: usize) -> usize {
        if self.t(i) == "que" {
            i - 1
        } else {
            i
        }
    }

    /// A past participle at token `k`: a lowercase word in « -é », « -ée »,
    /// « -ées » (« -és » but for « très », « après »…), a participle of a
    /// reporting verb or one of `words.tsv` (« entendu »); never a
    /// determiner nor a word guessed from its ending alone (« plus »,
    /// « tous », « depuis », « parti »).
    fn participle_at(&self, k: usize) -> bool {
        let t = &self.tk.toks[k];
        if !t.word || t.cap || k < self.a || k >= self.b || self.role(k, role::DET) {
            return false;
        }
        let w = self.t(k);
        t.acute
            || (t.accented
                && (w.ends_with("ee")
                    || w.ends_with("ees")
                    || (w.ends_with("es")
                        && w.len() > 4
                        && !matches!(
                            w,
                            "apres" | "proces" | "acces" | "succes" | "progres" | "exces" | "deces"
                        ))))
            || self.lex.participles.contains(w)
            || ["e", "s", "es"].iter().any(|x| {
                w.strip_suffix(x)
                    .is_some_and(|r| self.lex.participles.contains(r))
            })
            || (t.form
                && self.lex.forms.get(w).is_some_and(|es| {
                    // (« souligne » is finite unless written « souligné »:
                    // `acute` above.)
                    es.iter().any(|x| x.form == Form::Participle)
                }))
    }

    /// « il » at token `k` is impersonal: before a verb of `words.tsv`
    /// role `impersonal` (« il faut », « il ne suffit pas », « il y a »,
    /// « il s'agit ») or « être » and such an adjective (« il est clair
    /// que »); « mieux vaut » too.
    fn impersonal_at(&self, k: usize) -> bool {
        let w = self.t(k);
        if w == "mieux" {
            return self.t(k + 1) == "vaut";
        }
        if w != "il" {
            return false;
        }
        let mut j = k + 1;
        while matches!(self.t(j), "ne" | "n" | "s" | "'") {
            j += 1;
        }
        let v = self.t(j);
        if v == "y" || self.lex.impersonal.contains(v) {
            return true;
        }
        if self.lex.etre.contains(v) {
            let mut n = j + 1;
            while matches!(
                self.t(n),
                "pas" | "plus" | "donc" | "bien" | "aussi" | "tres"
            ) {
                n += 1;
            }
            return self.lex.impersonal.contains(self.t(n));
        }
        false
    }

    /// « avant de » or « avant d' » before the infinitive at token `i`:
    /// the token of « avant ».
    fn avant_de(&self, i: usize) -> Option<usize> {
        let mut d = i.checked_sub(1)?;
        if self.t(d) == "'" {
            d = d.checked_sub(1)?;
        }
        if !matches!(self.t(d), "de" | "d") || d <= self.a {
            return None;
        }
        // (Not after an impersonal « il faut »: « Il faut réfléchir avant
        // de dire que … » has no speaker.)
        // Nor before one (« Avant de conclure que …, il faut attendre »).
        let after = (i..self.b)
            .find(|&c| self.is_punct(c, punct!(",")) && !self.in_quote(c))
            .is_some_and(|c| self.impersonal_at(c + 1));
        let impersonal = after || (self.a..d).any(|k| self.impersonal_at(k));
        (self.t(d - 1) == "avant" && !impersonal).then_some(d - 1)
    }

    /// « Et » opening the sentence (after an opening quotation mark, if
    /// any) before « de » or « d' » and the infinitive at token `i`: the
    /// narrative infinitive of news prose (« Et d'ajouter : « … » »).
    fn narrative_et(&self, i: usize) -> Option<usize> {
        let mut d = i.checked_sub(1)?;
        if self.t(d) == "'" {
            d = d.checked_sub(1)?;
        }
        if !matches!(self.t(d), "de" | "d") {
            return None;
        }
        let et = d.checked_sub(1)?;
        if self.t(et) != "et" {
            return None;
        }
        let mut s = self.a;
        while s < et && self.is_punct(s, punct!("«\"“-–—")) {
            s += 1;
        }
        (s == et).then_some(et)
    }

    /// Token `i` ends a hyphenated compound word: glued to a hyphen glued
    /// to a lowercase word before it (« lieu-dit », « ouï-dire »,
    /// « soi-disant »), so it is no verb (a dash glued in print between
    /// a name and an incise is not: « la Suisse-affirme Dupont-n'a »). An
    /// inverted subject is glued after its verb, not before (« dit-il »),
    /// and « -t- » stands between them.
    fn compound_tail(&self, i: usize) -> bool {
        let toks = &self.tk.toks;
        i >= 2
            && self.t(i - 1) == "-"
            && toks[i - 2].word
            && !toks[i - 2].cap
            && self.t(i - 2) != "t"
            && toks[i - 2].span.end == toks[i - 1].span.start
            && toks[i - 1].span.end == toks[i].span.start
    }

    /// An inverted subject clitic after a hyphen at token `j` (« -il »,
    /// « -t-elle », « -on »): the clitic's token.
    fn inverted_clitic_at(&self, j: usize) -> Option<usize> {
        if self.t(j) != "-" {
            return None;
        }
        let mut k = j + 1;
        if self.t(k) == "t" && self.t(k + 1) == "-" {
            k += 2;
        }
        PRONOUNS[..5].contains(&self.t(k)).then_some(k)
    }

    /// A reporting verb at token `i`, with its auxiliary and clitics.
    fn cue(&self, i: usize) -> Option<Cue> {
        let tok = &self.tk.toks[i];
        if !tok.word || !tok.form || self.compound_tail(i) {
            return None;
        }
        let entries = self.lex.forms.get(self.t(i))?;
        for e in entries {
            // Multi-word cues: the rest must follow.
            let mut last = i;
            let mut ok = true;
            // Finite verbs may carry an inverted clitic after them
            // (« explique-t-elle »); see below. A multi-word cue carries
            // it after its first word (« fait-il remarquer », « fait-on
            // savoir »).
            let mut inner_clitic = None;
            for w in &e.rest {
                let mut j = last + 1;
                if last == i {
                    if let Some(k) = self.inverted_clitic_at(j) {
                        inner_clitic = Some(k);
                        j = k + 1;
                    }
                }
                // « a fait cependant remarquer », « fait régulièrement état »
                // (Not the word looked for: « a mis en garde », « en ».)
                while j < self.b && self.t(j) != w && (self.t(j) == "'" || self.is_adv_fwd(j)) {
                    j += 1;
                }
                if self.t(j) != w {
                    ok = false;
                    break;
                }
                last = j;
            }
            if !ok {
                continue;
            }
            let verb = &self.lex.verbs[e.verb];
            let (aux, mut clitic, mut negated) = self.aux_before(i, verb.pronominal);
            clitic = clitic.or(inner_clitic);
            if e.form == Form::Finite
                && aux.is_some()
                && entries.iter().any(|x| {
                    x.verb == e.verb
                        && matches!(x.form, Form::Participle | Form::FiniteOrParticiple)
                })
            {
                // « a-t-elle dit »: the participle reading wins.
                continue;
            }
            let mut modal = None;
            let mut narrative = false;
            let mut linked = false;
            let mut form = match e.form {
                Form::FiniteOrParticiple => {
                    if aux.is_some() || tok.acute {
                        Form::Participle
                    } else {
                        Form::Finite
                    }
                }
                f => f,
            };
            let first = match (form, aux) {
                (Form::Participle, Some(a)) => a,
                // « a évoqué sa visite et confirmé l'arrivée du convoi »:
                // a participle after « et » shares the auxiliary of a
                // reporting verb before it in the sentence.
                (Form::Participle, None)
                    if i > self.a + 2
                        && self.t(i - 1) == "et"
                        && (self.a..i - 1).rev().take(40).any(|k| {
                            self.tk.toks[k].form
                                && self.aux_before(k, false).0.is_some()
                                && self.lex.forms.get(self.t(k)).is_some_and(|es| {
                                    es.iter().any(|x| {
                                        matches!(
                                            x.form,
                                            Form::Participle | Form::FiniteOrParticiple
                                        )
                                    })
                                })
                        }) =>
                {
                    i
                }
                (Form::Participle, None) => continue,
                (Form::Finite, _) => {
                    // « la note », « une note »: a noun, not a verb.
                    let mut pi = i.wrapping_sub(1);
                    if self.t(pi) == "'" {
                        pi = i.wrapping_sub(2);
                    }
                    let p = self.t(pi);
                    // « comme le souligne », « comme l'affirment », « comme
                    // les syndicats l'affirment »: an object clitic.
                    let clitic_le = matches!(p, "le" | "l")
                        && (self.is_comme(pi.wrapping_sub(1)) || self.comme_subject(pi).is_some());
                    if i > self.a
                        && !clitic_le
                        && matches!(
                            p,
                            "la" | "le"
                                | "les"
                                | "une"
                                | "un"
                                | "des"
                                | "du"
                                | "cette"
                                | "sa"
                                | "son"
                                | "ses"
                                | "leur"
                                | "leurs"
                                | "ce"
                                | "l"
                                | "d"
                        )
                    {
                        continue;
                    }
                    negated = negated || self.t(i.wrapping_sub(1)) == "ne";
                    i
                }
                (Form::Gerund, _) => i,
                (Form::Infinitive, _) => {
                    // « a tenu à préciser que »: the governing verb's group
                    // is the verb group, its subject the speaker.
                    if let Some((m, reverses)) = self.modal_before(i) {
                        modal = Some(m);
                        let (maux, mclitic, mnegated) = self.aux_before(m, true);
                        clitic = mclitic;
                        negated = mnegated != reverses;
                        // (« se contentant de dire que »: the governing
                        // verb's present participle makes a gerund.)
                        form = if maux.is_some() {
                            Form::Participle
                        } else if self.t(m).ends_with("ant") && !self.tk.toks[m].cap {
                            Form::Gerund
                        } else {
                            Form::Finite
                        };
                        maux.unwrap_or(m)
                    } else if let Some(et) = self.narrative_et(i) {
                        // « Et d'ajouter : « … » », « Et de reconnaître
                        // que … »: the narrative infinitive, opening its
                        // sentence.
                        narrative = true;
                        et
                    } else if let Some(av) = self.avant_de(i) {
                        // « …, a-t-il assuré, avant de rappeler que … »:
                        // like a gerund, for the clause's subject.
                        form = Form::Gerund;
                        linked = true;
                        av
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            // « après avoir rappelé que … »: like a gerund.
            let first = if form == Form::Participle
                && first > self.a
                && matches!(self.t(first), "avoir" | "etre")
                && self.t(first - 1) == "apres"
            {
                form = Form::Gerund;
                linked = true;
                first - 1
            } else {
                first
            };
            // A pronominal verb needs its reflexive pronoun before it
            // (« se dit prêt », « s'est déclaré favorable »; not « dit la
            // vérité »).
            if verb.pronominal {
                // (An infinitive's own, not its governing verb's: « s'est
                // empressé de dire que » is « dire ».)
                let mut p = if e.form == Form::Infinitive { i } else { first };
                while p > self.a && matches!(self.t(p - 1), "'" | "ne" | "n" | "en" | "y") {
                    p -= 1;
                }
                // (The third person only: « m'ont dit », « vous avoir dit »
                // have an object.)
                let reflexive = p > self.a && matches!(self.t(p - 1), "se" | "s");
                if !reflexive {
                    continue;
                }
            }
            let verb_end = last;
            if clitic.is_none() {
                // « explique-t-elle », « dit-il »
                if let Some(k) = self.inverted_clitic_at(last + 1) {
                    clitic = Some(k);
                    last = k;
                }
            }
            // Negation after a finite verb: « ne confirme pas ».
            if self.t(last + 1) == "pas" || self.t(last + 1) == "jamais" {
                negated = true;
            }
            let negated = negated || verb.lemma == "démentir" || verb.lemma == "nier";
            return Some(Cue {
                verb: e.verb,
                first,
                head: i,
                last,
                verb_end,
                clitic,
                negated,
                form,
                modal,
                narrative,
                linked,
            });
        }
        None
    }

    /// The token before the verb group, skipping clitics and negation
    /// (« ne », « n' », « se », « lui »).
    fn left_of(&self, first: usize) -> Option<usize> {
        let mut j = first;
        while j > self.a {
            j -= 1;
            let w = self.t(j);
            if matches!(
                w,
                "'" | "ne" | "n" | "se" | "s" | "lui" | "leur" | "l" | "nous" | "vous"
            ) {
                continue;
            }
            if w == "le" && self.is_comme(j.wrapping_sub(1)) {
                continue;
            }
            // « s'en dit satisfait », « s'y déclare favorable »
            if matches!(w, "en" | "y") && j == first - 1 && self.t(j.wrapping_sub(1)) == "'" {
                continue;
            }
            if self.is_adv(j) && w != "en" {
                continue;
            }
            return Some(j);
        }
        None
    }

    /// Sentence start or just after the last colon or semicolon before
    /// token `i` (outside quotations).
    fn clause_start(&self, i: usize) -> usize {
        // A clause is not longer than this: the bound keeps run-on text
        // (lists, tables without stops) linear.
        let floor = self.a.max(i.saturating_sub(MAX_CLAUSE));
        let mut j = i;
        // (`i` itself may close one: « (CNPA) a annoncé » from « ) ».)
        let mut depth = usize::from(i < self.b && self.is_punct(i, punct!(")")));
        while j > floor {
            j -= 1;
            // Only marks end a clause.
            if self.tk.toks[j].word {
                continue;
            }
            if self.is_punct(j, punct!(":;")) && !self.in_quote(j) {
                return j + 1;
            }
            // An open parenthesis: « … des restaurants (la chair est
            // « excellente », affirme M. Wilmans) » (one closed before
            // `i`, « (CNPA) », is passed).
            if self.is_punct(j, punct!("()")) {
                if self.t(j) == ")" {
                    depth += 1;
                } else if !self.in_quote(j) {
                    if depth == 0 {
                        return j + 1;
                    }
                    depth -= 1;
                }
            }
            // Sentences glued without a space (« … en juin.Selon X »).
            if self.glued_stop(j) {
                return j + 1;
            }
        }
        floor
    }

    /// Tokens `a..b` hold a conjugated verb: an auxiliary, a frequent
    /// verb, or a lowercase word with a finite ending.
    fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b.min(self.b)).any(|i| {
            let t = &self.tk.toks[i];
            if !t.word || t.cap || self.in_quote(i) {
                return false;
            }
            let w = self.t(i);
            (self.lex.avoir.contains(w)
                && !matches!(w, "avoir" | "ayant" | "ai" | "as" | "avons" | "avez")
                && !t.accented)
                || (self.lex.etre.contains(w) && w != "etre" && w != "etant")
                || matches!(
                    w,
                    "faut"
                        | "peut"
                        | "peuvent"
                        | "doit"
                        | "doivent"
                        | "va"
                        | "vont"
                        | "fait"
                        | "font"
                )
                || (w.len() > 4
                    && !w.ends_with("ment")
                    && (w.ends_with("aient")
                        || w.ends_with("ait")
                        || w.ends_with("ront")
                        || w.ends_with("ra")))
                // A reflexive verb (« le bilan s'élève à », « il se
                // poursuit »; not « s'il »).
                || (i >= a + 2
                    && (self.t(i - 1) == "se"
                        || self.t(i - 1) == "'" && self.t(i - 2) == "s")
                    && !matches!(w, "il" | "ils"))
                // Present plural after a relative or a pronoun (« ceux qui
                // restent », « ils travaillent »).
                || (w.len() > 4
                    && w.ends_with("ent")
                    && !w.ends_with("ment")
                    && i > self.a
                    && matches!(self.t(i - 1), "qui" | "ils" | "elles"))
        })
    }

    /// Token `n` opens an apposition (« responsable de … », « le patron
    /// de Renault », « ancien chercheur »).
    fn apposition_at(&self, n: usize) -> bool {
        self.apposition_of(n, |_| true)
    }

    /// Token `n` opens an apposition that describes a person (« le patron
    /// de Renault », « ancien ministre »), not any source noun (« le bilan
    /// de l'opération » opens a clause).
    fn person_apposition_at(&self, n: usize) -> bool {
        self.apposition_of(n, |k| {
            matches!(
                k,
                SpeakerKind::Person | SpeakerKind::Group | SpeakerKind::Anonymous
            )
        })
    }

    /// Token `n` opens an apposition: « ancien(ne) », or a speaker noun
    /// of a kind `kind` accepts after its determiners.
    fn apposition_of(&self, n: usize, kind: impl Fn(SpeakerKind) -> bool) -> bool {
        let mut h = n;
        while h < self.b && self.role(h, role::DET) {
            h += 1;
        }
        self.noun_at(h).is_some_and(kind) || matches!(self.t(n), "ancien" | "ancienne")
    }

    /// Token `j` is a full stop that ends a sentence glued to the next one
    /// (« juin.Selon »), not an abbreviation (« M. », « Z.ai »).
    fn glued_stop(&self, j: usize) -> bool {
        if !self.is_punct(j, punct!(".!?")) || j + 1 >= self.b || j == self.a {
            return false;
        }
        let next = &self.tk.toks[j + 1];
        let prev = self.t(j - 1);
        (next.cap || self.is_punct(j + 1, punct!("«\"“")))
            && prev.chars().count() > 2
            && !TITLES.contains(&prev)
            && !self.in_quote(j)
    }

    /// First token at or after `i` that is not a space-like dash or mark.
    fn skip_lead(&self, mut i: usize, end: usize) -> usize {
        if i == self.a {
            i = self.dateline().filter(|&d| d < end).unwrap_or(i);
        }
        while i < end && self.is_punct(i, punct!("-–—•,")) {
            i += 1;
        }
        i
    }

    /// A noun phrase before an inverted clitic, without the interrogative
    /// or the adverb that opens the sentence (« Pourquoi le gouvernement
    /// affirme-t-il … ? » has « le gouvernement »): from its first
    /// determiner, or none.
    fn without_adverb(&self, m: Mention) -> Option<Mention> {
        let (ms, me) = self.tk.range(m.span);
        let w = self.t(ms);
        let opener = self.role(ms, role::ADV | role::OPENER)
            || matches!(
                w,
                "pourquoi" | "comment" | "quand" | "ou" | "combien" | "ainsi" | "aussi" | "peut"
            );
        if !opener {
            return Some(m);
        }
        let d = (ms + 1..me).find(|&k| self.role(k, role::DET))?;
        self.mention(d, me - 1)
    }

    /// The first token after a dateline opening the sentence, found once.
    /// (A match line after it is one too: « Marseille — Lyon — Les deux
    /// clubs ont annoncé … », « Ligue 1 — OM-OL — L'entraîneur … ».)
    fn dateline(&self) -> Option<usize> {
        self.dateline.get().unwrap_or_else(|| {
            let mut d = self.dateline_end(self.a);
            for _ in 0..2 {
                match d.and_then(|k| self.dateline_end(k)) {
                    Some(k) => d = Some(k),
                    None => break,
                }
            }
            self.dateline.set(Some(d));
            d
        })
    }

    /// A dateline opening the sentence at token `a` (« BRUXELLES — Le
    /// chantier … », « Québec (AFP) – Le gouvernement … »): one to three
    /// capitalized words, an agency in parentheses maybe, a long dash, and
    /// a capital or a quotation mark after it; the token after the dash.
    /// (Not « Emmanuel Macron — comme souvent — », lowercase after.)
    fn dateline_end(&self, a: usize) -> Option<usize> {
        if a >= self.b || !self.tk.toks[a].cap {
            return None;
        }
        let mut k = a;
        let mut words = 0;
        while k < self.b && k < a + 8 {
            let t = &self.tk.toks[k];
            // (« Ligue 1 », « Top 14 »: a number after a capitalized word.)
            if t.word && (t.cap || words > 0 && self.t(k).bytes().all(|b| b.is_ascii_digit())) {
                words += 1;
            } else if !(words > 0
                && matches!(self.t(k), "-" | "'")
                && t.span.start == self.tk.toks[k - 1].span.end)
            {
                // (A hyphen glued inside a name: « Saint-Denis ».)
                break;
            }
            k += 1;
        }
        if words == 0 || words > 3 {
            return None;
        }
        let agency = self.t(k) == "(";
        if agency && self.tk.toks.get(k + 1).is_some_and(|t| t.cap) && self.t(k + 2) == ")" {
            k += 3;
        }
        let next = self.tk.toks.get(k + 1)?;
        // A dash (« — », « – »), or a hyphen after a word in capitals or
        // an agency in parentheses (« LYON - », « Paris (AFP) - »; not
        // « Lens - Lille sera un derby »).
        // (The original text is read last, on a dash with spaces around:
        // dashes fold to « - ».)
        let dash = || matches!(self.idx.slice(self.tk.toks[k].span), "—" | "–");
        let caps = || {
            (a..k).all(|j| {
                !self.tk.toks[j].word || {
                    let w = self.idx.slice(self.tk.toks[j].span);
                    w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
                }
            })
        };
        (k + 1 < self.b
            && k > a
            && self.is_punct(k, punct!("-—–"))
            && self.tk.toks[k].span.start > self.tk.toks[k - 1].span.end
            && next.span.start > self.tk.toks[k].span.end
            && (next.word && next.cap || self.is_punct(k + 1, punct!("«\"“")))
            && (agency || dash() || caps()))
        .then_some(k + 1)
    }

    fn frame(&self, cue: &Cue) -> Option<(Speech, usize)> {
        let verb = &self.lex.verbs[cue.verb];
        let left = self.left_of(cue.first);
        let left_is_break = match left {
            None => true,
            Some(l) => {
                self.is_punct(l, punct!(",(–—-\"»”?!"))
                    || self.quote_closing_at(l).is_some()
                    || (self.is_comme(l)
                        && self.comme_start(l) > self.a
                        && self.is_punct(self.comme_start(l) - 1, punct!(",»\"”")))
            }
        };
        let after = cue.last + 1;
        let next = self.t(after);
        let que_next = matches!(next, "que" | "qu") || next == ":";
        // 1. Incise: « …, a-t-il déclaré », « …, a déclaré Justin Lin ».
        // (Not a governed infinitive without a clitic: « M. X, PDG de la
        // chaîne, devait annoncer, vendredi, après une assemblée, la vente
        // du groupe » has its subject before.)
        if verb.incise && left_is_break && left.is_some() && !que_next && cue.form != Form::Gerund {
            // What is left of the verb: a closed quotation, or a clause with
            // a verb of its own (an incise reports it), or only appositions
            // to the subject (« M. Ferrand, de la Banque de France, a avancé … »).
            let left_quote = left.is_some_and(|l| {
                self.quote_closing_at(l).is_some()
                    || (self.is_punct(l, punct!(","))
                        && l > self.a
                        && self.quote_closing_at(l - 1).is_some())
            });
            // (A verb in the subject's relative clause is not one: « Le
            // ministre, qui recevait les maires, a indiqué être
            // prêt ».)
            let left_verb = left.is_some_and(|l| {
                let cs = self.clause_start(l);
                self.has_verb(cs, l)
                    && !(self.is_punct(l, punct!(",")) && self.subject_relative(l).is_some())
            });
            let left_question = left.is_some_and(|l| self.is_punct(l, punct!("?!")));
            // Relaxed speakers only after a quotation that opens its clause.
            let after_quote = left.is_some_and(|l| {
                let q = self.quote_closing_at(l).or_else(|| {
                    (self.is_punct(l, punct!(",")) && l > self.a)
                        .then(|| self.quote_closing_at(l - 1))
                        .flatten()
                });
                q.is_some_and(|q| {
                    let cs = self.skip_lead(self.clause_start(l), l);
                    q.outer.start <= self.tk.toks[cs].span.start
                })
            });
            // « …, a-t-on appris auprès du ministère »: the source follows,
            // « on » is the outlet.
            let learned = verb.source_after;
            let speaker = match cue.clitic {
                _ if learned => self.learned_from(cue.last + 1),
                Some(c) => Some(self.pronoun_mention(c)),
                // After a clause with its own verb or a question, the noun
                // phrase after the verb can only be its subject.
                // (Not for verbs that take a noun-phrase object: « …, a
                // annoncé la fermeture du site » has no speaker.)
                None => self.speaker_after_rel(
                    after,
                    after_quote || ((left_verb || left_question) && !verb.np),
                ),
            };
            if let Some(speaker) = speaker {
                // (Only when the left side has no verb of its own, or a
                // quotation reopens after the place: after a clause, « La
                // loi passera, a dit le maire à Lyon, lundi » reports only
                // the clause, and the phrases after the speaker are not
                // its content.)
                let place = |k: usize| {
                    let e = self.place_after(k);
                    // (A note in parentheses stays, « écrit le professeur
                    // Jules Armand (4), mais parfois … », and so does the
                    // place after « comme », whose content follows.)
                    if e == k
                        || !left_verb && !left_quote
                        || self.is_punct(k + 1, punct!("("))
                        || left.is_some_and(|l| self.is_comme(l))
                        || self.quote_opening_at(e + 2).is_some()
                    {
                        e
                    } else {
                        k
                    }
                };
                // The speaker's head, after its determiners (« l'agence »:
                // the apostrophe of the article too), is a source noun.
                let source_noun = {
                    let (ms, me) = self.tk.range(speaker.span);
                    let mut h = ms;
                    while h < me && (self.role(h, role::DET) || self.t(h) == "'") {
                        h += 1;
                    }
                    self.noun_at(h).is_some()
                };
                let end_tok = if cue.clitic.is_some() && !learned {
                    // « Le président, indique-t-on à l'Elysée, recevra … »:
                    // the place of the source belongs to the incise.
                    place(cue.last)
                } else if !learned && (speaker.name.is_some() || source_noun) {
                    // (And after a speaker who is named or a source noun:
                    // « Les écologistes, a ajouté le maire dans
                    // une allusion au conseil régional, « ne sont pas … » ».)
                    place(self.tok_of(speaker.span.end))
                } else {
                    self.tok_of(speaker.span.end)
                };
                // « Mais, ajoute M. Morvan, il faut … »: the sentence goes on.
                // (A noun of a person or a group after the comma is the
                // speaker's apposition; another noun opens the main clause:
                // « Pour la SNCF, constatent les experts, le coût … ».)
                let goes_on = self.is_punct(end_tok + 1, punct!(","))
                    && end_tok + 2 < self.b
                    && !self.person_apposition_at(end_tok + 2);
                // A name or a source noun ending the sentence after the verb
                // (« …, souligne Christophe Vaillard. ») is a speaker.
                let mut next = match self.medium_in(end_tok + 1, self.b) {
                    Some(m) => self.tk.at(m.end),
                    None => end_tok + 1,
                };
                // (An acronym in parentheses after the speaker: « …, a
                // annoncé l'agence de gestion des catastrophes (AFAD). »)
                if self.is_punct(next, punct!("(")) {
                    if let Some(c) =
                        (next + 1..self.b.min(next + 5)).find(|&j| self.is_punct(j, punct!(")")))
                    {
                        next = c + 1;
                    }
                }
                // (Or with the speaker's apposition to the end: « …, accuse
                // M. Étienne Morvan, professeur à l'école de droit. »)
                let ends = next >= self.b
                    || self.is_punct(next, punct!(".!?"))
                    || self.is_punct(end_tok + 1, punct!(","))
                        && end_tok + 2 < self.b
                        && self.person_apposition_at(end_tok + 2)
                        && !(end_tok + 2..self.b)
                            .any(|j| self.is_punct(j, punct!(",;:«»\"")) || self.tk.toks[j].form);
                let named = speaker
                    .name
                    .is_some_and(|n| n.start <= speaker.span.start + 4)
                    || source_noun;
                // (A governed infinitive without a clitic only after a
                // quotation, a clause with its own verb or « comme »: « M. X,
                // PDG de la chaîne, devait annoncer, vendredi, après une
                // assemblée, la vente du groupe » has its subject before;
                // « », ne craint pas d'affirmer X » and « Le projet est
                // mort, tient à préciser le maire » are incises.)
                let governed = cue.modal.is_some()
                    && cue.clitic.is_none()
                    && !left_quote
                    && !left_verb
                    && !left.is_some_and(|l| self.is_comme(l) || self.t(l) == "le");
                let reads_as_incise = !governed
                    && ((cue.clitic.is_some() && !learned)
                        || left_quote
                        || left_verb
                        || left_question
                        || goes_on
                        || (ends && named));
                if reads_as_incise {
                    if let Some(sp) = self.incise(cue, left.unwrap_or(self.a), speaker, end_tok) {
                        return Some((sp, end_tok + 1));
                    }
                }
            }
            // A reporting verb after a quotation or a full clause is an
            // incise or nothing.
            if left_quote || (left_verb && left.is_some_and(|l| self.is_punct(l, punct!(",")))) {
                return None;
            }
        }
        // 1b. « Comme le souligne la Cour des comptes, content. »
        if let Some(l) = left
            .filter(|&l| self.is_comme(l) && cue.clitic.is_none())
            .map(|l| self.comme_start(l))
        {
            let cs = self.skip_lead(self.clause_start(l), l);
            let opening = l == cs || (self.is_punct(l - 1, punct!(",")) && l - cs < 4);
            if opening {
                // (A speaker: a pronoun, a name or a speaker noun, or
                // anything before a quotation, « Comme dit la devise
                // maison, « … » »; « Comme l'indique son nom, le parc est
                // immense » says nothing.)
                let speaks = |m: &Mention| {
                    let (ms, me) = self.tk.range(m.span);
                    m.pronoun.is_some()
                        || m.name.is_some()
                        || (ms..me).any(|k| self.lex.speaker_nouns.contains_key(self.t(k)))
                        || me + 1 < self.b && self.quote_opening_at(me + 1).is_some()
                };
                if let Some(sp) = self.speaker_after_rel(after, true).filter(speaks) {
                    let e = self.tok_of(sp.span.end);
                    // « Comme l'a rappelé la commissaire devant la commission
                    // LIBE, »: a phrase of place or time after the speaker.
                    let mut c = e + 1;
                    if matches!(
                        self.t(c),
                        "devant" | "lors" | "dans" | "a" | "au" | "aux" | "en" | "sur" | "pendant"
                    ) {
                        let mut j = c + 1;
                        while j < self.b
                            && j < c + 10
                            && !self.is_punct(j, punct!(",;:.«»\"()"))
                            && !self.tk.toks[j].form
                            && !matches!(self.t(j), "que" | "qu" | "qui")
                        {
                            j += 1;
                        }
                        if self.is_punct(j, punct!(",")) {
                            c = j;
                        }
                    }
                    if self.is_punct(c, punct!(",")) {
                        let (content, claim_end) = self.rest_of_sentence(c + 1)?;
                        return Some((
                            Speech {
                                kind: self.mixed_or(content, AttributionType::Indirect),
                                content,
                                claim: Span::new(self.tk.toks[l].span.start, claim_end),
                                speaker: Some(sp),
                                cue: Some((self.span(cue.head, cue.verb_end), verb.lemma.clone())),
                                medium: None,
                                negated_cue: cue.negated,
                                continuation: false,
                                inherits: false,
                            },
                            self.b,
                        ));
                    }
                }
            }
        }
        // 1c. « …, comme les syndicats l'affirment depuis des mois. »
        if cue.clitic.is_none() && cue.first > self.a + 2 {
            let mut pi = cue.first - 1;
            if self.t(pi) == "'" {
                pi -= 1;
            }
            if matches!(self.t(pi), "le" | "l") {
                if let Some((c, m)) = self.comme_subject(pi) {
                    if let Some(sp) = self.incise(cue, c, m, cue.last) {
                        return Some((sp, cue.last + 1));
                    }
                }
            }
        }
        // 2. Preposed: subject, verb, then « que », a colon, a quotation
        // or a noun phrase.
        let subject = match cue.clitic {
            // « Le ministre confirmera-t-il que … ? », « Les dirigeants ne
            // reconnaissent-ils pas que … ? »: a noun phrase before the
            // verb is the subject the clitic repeats.
            Some(c) => Some(
                self.left_of(cue.first)
                    .filter(|&l| c > cue.head && self.tk.toks[l].word)
                    .and_then(|l| self.np_ending_at(l))
                    .filter(|m| m.pronoun.is_none())
                    .and_then(|m| self.without_adverb(m))
                    .unwrap_or_else(|| self.pronoun_mention(c)),
            ),
            None if cue.form == Form::Gerund => self.subject_of_clause(cue.first),
            None => self.subject_before(cue.first),
        };
        // A gerund opening the sentence (« Rappelant que …, M. X a
        // précisé ») reports for a subject that comes later.
        if subject.is_none() && cue.form != Form::Gerund && !cue.narrative {
            return None;
        }
        let mut k = after;
        let mut medium = None;
        // Skip adverbs, time expressions and a medium (« à la presse »,
        // « dans un communiqué ») up to the content.
        let mut guard = 0;
        while k < self.b && guard < 12 {
            guard += 1;
            let w = self.t(k);
            // « a annoncé jeudi 9 mars avoir racheté … »
            // (« ne » after the verb opens a negated infinitive: « a
            // reconnu ne pas pouvoir exclure », the content.)
            if (self.is_adv_fwd(k) && !matches!(w, "en" | "le" | "la" | "ne" | "n"))
                || self.time_word(k)
            {
                k += 1;
                continue;
            }
            // « rappelle d'autre part », « ajoute en outre »
            let n = self.locution_at(k);
            if n > 0 {
                k += n;
                continue;
            }
            // « rappelle à chaque réunion les mérites de … »: a short
            // prepositional phrase before the object.
            // (« a fait part aux organisateurs du salon d'importantes
            // difficultés »: up to « de » for the verbs that take it.)
            if matches!(w, "a" | "au" | "aux" | "lors" | "devant" | "sur")
                && !self.tk.toks[k].cap
                && (verb.np || verb.de)
            {
                let opens = |j: usize| {
                    verb.np && matches!(self.t(j), "le" | "la" | "les" | "un" | "une" | "des")
                        || verb.de && matches!(self.t(j), "de" | "d")
                };
                let mut j = k + 1;
                while j < self.b
                    && j < k + 5
                    && self.tk.toks[j].word
                    && !matches!(self.t(j), "que" | "qu")
                {
                    if j >= k + 2 && opens(j) {
                        break;
                    }
                    j += 1;
                }
                if j < self.b && j >= k + 2 && opens(j) {
                    k = j;
                    continue;
                }
            }
            // « a confirmé, jeudi 9 mars, le report … »,
            // « a annoncé, dans un rapport, un chiffre … »
            if self.is_punct(k, punct!(",")) {
                let mut m = k + 1;
                while m < self.b && !self.is_punct(m, punct!(",.;:")) && m - k < 16 {
                    m += 1;
                }
                if self.is_punct(m, punct!(",")) && m > k + 1 {
                    if matches!(self.t(k + 1), "dans" | "a" | "au" | "aupres" | "devant") {
                        medium = Some(self.span(k + 1, m - 1));
                    }
                    k = m + 1;
                    continue;
                }
                break;
            }
            if matches!(
                w,
                "dans" | "a" | "au" | "aupres" | "devant" | "lors" | "sur"
            ) && !self.tk.toks[k].cap
            {
                let start = k;
                let mut m = k + 1;
                while m < self.b
                    && !self.is_punct(m, punct!(",:;.\""))
                    && !matches!(self.t(m), "que" | "qu")
                    && m - start < 14
                {
                    m += 1;
                }
                // « sur France Inter », « sur son blog »; not « a insisté
                // sur le fait que ».
                let medium_sur = w != "sur" || self.medium_in(k, m).is_some();
                if medium_sur
                    && (matches!(self.t(m), "que" | "qu" | ":") || self.is_punct(m, punct!(",")))
                {
                    medium = Some(self.span(start, m - 1));
                    k = m;
                    if self.is_punct(k, punct!(",")) {
                        k += 1;
                    }
                    continue;
                }
            }
            break;
        }
        // « note avec amertume que », « écrivait en fin de semaine : »
        if verb.que && !matches!(self.t(k), "que" | "qu" | ":") {
            // Not across a noun phrase object (« indiquera le type des
            // contrats qu'il vise »), unless inside a
            // prepositional phrase (« a déclaré à La Stampa que »).
            let prep = matches!(
                self.t(k),
                "a" | "au"
                    | "aux"
                    | "dans"
                    | "en"
                    | "avec"
                    | "devant"
                    | "lors"
                    | "pour"
                    | "sur"
                    | "par"
                    | "aupres"
            );
            let mut m = k;
            while m < self.b
                && m < k + 8
                && (self.tk.toks[m].word || self.t(m) == "'")
                && !matches!(self.t(m), "que" | "qu")
                && (prep
                    || !matches!(
                        self.t(m),
                        "le" | "la" | "les" | "un" | "une" | "des" | "du" | "l"
                    ))
            {
                m += 1;
            }
            // « a affirmé aux journalistes réunis à Paris, lors d'une
            // conférence de presse, que »: prepositional phrases with their
            // commas, when a comma closes them before « que ».
            // (« à M. Gérard Vautrin, alors directeur du port, que »: a
            // title's dot is no stop.)
            let title_dot =
                |j: usize| self.t(j) == "." && j > self.a && TITLES.contains(&self.t(j - 1));
            if prep && title_dot(m) {
                while m < self.b && m < k + 12 && (self.tk.toks[m].word || title_dot(m)) {
                    m += 1;
                }
            }
            if prep && self.is_punct(m, punct!(",")) {
                let mut n = m;
                while n < self.b
                    && n < k + 40
                    && (self.tk.toks[n].word
                        || matches!(self.t(n), "'" | "," | "-")
                        || title_dot(n))
                    && !matches!(self.t(n), "que" | "qu" | "qui")
                    && !self.tk.toks[n].form
                {
                    n += 1;
                }
                if matches!(self.t(n), "que" | "qu") && self.is_punct(n - 1, punct!(",")) {
                    m = n;
                }
            }
            if m > k && (matches!(self.t(m), "que" | "qu") || self.is_punct(m, punct!(":"))) {
                if medium.is_none()
                    && matches!(self.t(k), "dans" | "a" | "au" | "aupres" | "devant")
                {
                    medium = Some(self.span(k, m - 1));
                }
                k = m;
            }
        }
        let w = self.t(k);
        let mut np_next = None;
        let (kind, content, claim_end) = if (w == "que" || w == "qu") && verb.que {
            let mut s = k + 1;
            if self.t(s) == "'" {
                s += 1;
            }
            // « a rappelé que, selon l'Insee, le chômage … »: the content
            // starts after the comma.
            if self.is_punct(s, punct!(",")) && s + 1 < self.b {
                s += 1;
            }
            let (c, e) = self.rest_of_sentence(s)?;
            (self.mixed_or(c, AttributionType::Indirect), c, e)
        } else if w == ":" && verb.que {
            let s = self.skip_lead(k + 1, self.b);
            if s >= self.b {
                return None;
            }
            if let Some(q) = self.quote_opening_at(s) {
                let (_, e) = self.rest_of_sentence(s)?;
                let e = e.max(q.outer.end);
                // (« : « … », puis d'ajouter : « … » »: another statement
                // follows.)
                let kind = if q.outer.end + 2 >= self.sent.end
                    || q.outer.end >= self.sent.end
                    || self.speech_goes_on_at(self.tk.at(q.outer.end))
                {
                    AttributionType::Direct
                } else {
                    AttributionType::Mixed
                };
                let content = if kind == AttributionType::Direct {
                    q.inner
                } else {
                    Span::new(q.inner.start, self.content_end(self.b))
                };
                (kind, content, e)
            } else {
                let (c, e) = self.rest_of_sentence(s)?;
                (AttributionType::Indirect, c, e)
            }
        } else if verb.que && k < self.b && self.infinitive_at(k) {
            // « a indiqué être prêt », « reconnaît ne plus guigner »
            let (c, e) = self.rest_of_sentence(k)?;
            (self.mixed_or(c, AttributionType::Indirect), c, e)
        } else if verb.de && matches!(w, "de" | "d" | "du" | "des") {
            // « se targue d'offrir des tarifs », « fait état de pénuries »,
            // « fait part de son inquiétude »: after « de » (« du », « des »
            // keep their article).
            let mut s = k;
            if matches!(w, "de" | "d") {
                s += 1;
                if self.t(s) == "'" {
                    s += 1;
                }
            }
            let (c, e) = self.rest_of_sentence(s)?;
            if self.tk.range(c).1 - self.tk.range(c).0 < 2 {
                return None;
            }
            (self.mixed_or(c, AttributionType::Indirect), c, e)
        } else if let Some(q) = (k < self.b).then(|| self.quote_opening_at(k)).flatten() {
            // « X déclare « … » »; not a nickname (« le pilier Albert
            // Vautrin dit « Le Bœuf », vient d'être exclu »).
            // (Two or three words, each capitalized: « Non », « Non
            // merci » are said.)
            let nickname = verb.lemma == "dire"
                && cue.form == Form::Finite
                && (2..=3).contains(&q.words)
                && {
                    let (qa, qb) = self.tk.range(q.inner);
                    (qa..qb).all(|j| !self.tk.toks[j].word || self.tk.toks[j].cap)
                }
                && {
                    let after = self.tk.at(q.outer.end);
                    self.is_punct(after, punct!(","))
                };
            if nickname {
                return None;
            }
            let (_, e) = self.rest_of_sentence(k)?;
            // « ont affirmé « regretter » le retrait des observateurs »: a short
            // quotation (no final . ! ?) followed by a noun phrase that the
            // clause goes on with: the whole is mixed, to the end of that
            // object (not « a déclaré « je ne démissionnerai pas » mardi
            // soir », nor the next clause of « , tandis que la CFDT … »).
            // Mixed too: a quoted « que » clause (« a promis « qu'elle se
            // battrait » pour le site »), a quotation inside a noun
            // phrase (« a vanté leur « sens civique » à
            // l'égard de … ») or followed by a relative clause (« « le
            // soutien factice des cours » qui en découle »), or of
            // one to three words before a preposition (« « foyer » au lieu
            // de « classe » »).
            let after = self.tk.at(q.outer.end);
            let (qa, qb) = self.tk.range(q.inner);
            let final_stop = qb > qa && self.is_punct(qb - 1, punct!(".!?…"));
            let open = self.tk.at(q.outer.start);
            let goes_on = after < self.b
                && self.tk.toks[after].word
                && !self.tk.toks[after].cap
                && !final_stop
                && (self.role(after, role::DET)
                    && q.words <= 6
                    // (Not a date: « a déclaré « … » le 16 mars », « ce
                    // matin ».)
                    && self.locution_at(after) == 0
                    && !self.time_word(after + 1)
                    || matches!(self.t(after), "qui" | "dont")
                    || matches!(self.t(qa), "que" | "qu")
                    || open > self.a && self.role(open - 1, role::DET)
                    || q.words <= 3
                        && matches!(
                            self.t(after),
                            "a" | "au"
                                | "aux"
                                | "pour"
                                | "de"
                                | "du"
                                | "contre"
                                | "sur"
                                | "dans"
                                | "avec"
                                | "envers"
                                | "face"
                                | "vis"
                        ));
            if goes_on {
                let (end, e) = match self.np_object_end(after) {
                    Some(j) => {
                        np_next = Some(j + 1);
                        let end = self.tk.toks[j - 1].span.end.max(q.outer.end);
                        (end, end)
                    }
                    None => (
                        self.content_end(self.b).max(q.outer.end),
                        e.max(q.outer.end),
                    ),
                };
                (AttributionType::Mixed, Span::new(q.outer.start, end), e)
            } else {
                (AttributionType::Direct, q.inner, e.max(q.outer.end))
            }
        } else if verb.np
            && (cue.form != Form::Gerund || subject.is_none())
            // « Avant de déclarer la guerre, le président a consulté … »:
            // a linked infinitive reports a « que » clause, a colon or a
            // quotation, not an object.
            && !cue.linked
            // « devrait dévoiler un nouveau modèle », « va annoncer un
            // plan »: a foreseen act, not a statement (« devait faire
            // savoir si … » is one).
            && !(self.role(k, role::DET) && cue.modal.is_some_and(|m| {
                matches!(
                    self.t(m),
                    "doit" | "doivent" | "devrait" | "devraient" | "devra" | "devront" | "va"
                        | "vont"
                )
            }))
            && k < self.b
            && self.tk.toks[k].word
            && !self.lex.is(w, "stop")
            && !matches!(w, "de" | "d")
        {
            let (mut c, mut e) = self.rest_of_sentence(k)?;
            // « Le gouvernement, qui avait promis un plan, n'a pas … »: in
            // a relative clause between commas, the object ends at the
            // comma that closes it.
            // (A comma before the main clause's verb: not « qui rappelle
            // la vocation des bénévoles : être …, apporter … ».)
            let relative = self.left_of(cue.first).is_some_and(|l| {
                matches!(self.t(l), "qui") && l > self.a && self.is_punct(l - 1, punct!(","))
            });
            if relative {
                if let Some(j) = (k + 1..self.b.min(k + 40)).find(|&j| {
                    self.is_punct(j, punct!(","))
                        && !self.in_quote(j)
                        && (matches!(self.t(j + 1), "ne" | "n" | "se" | "s")
                            || self.has_verb(j + 1, j + 2))
                }) {
                    c = Span::new(c.start, self.tk.toks[j - 1].span.end.max(c.start));
                    e = c.end;
                }
            }
            // « a noté ses propos, et a affirmé que … »: the object ends
            // before a second verb of the same subject, read on its own.
            // (Also before « , tandis que » and « , alors que », another
            // clause, and before « et » with a second participle: « a
            // qualifié la situation de « fiasco » et demandé … ».)
            if let Some(j) = self.np_object_end(k) {
                c = Span::new(c.start, self.tk.toks[j - 1].span.end);
                e = c.end;
                np_next = Some(j + 1);
            }
            if self.tk.range(c).1 - self.tk.range(c).0 < 2 {
                return None;
            }
            // « a qualifié la situation de « fiasco » »: « de » after the
            // object's first word.
            if verb.np_de && !(k + 1..self.tk.range(c).1).any(|j| matches!(self.t(j), "de" | "d")) {
                return None;
            }
            (self.mixed_or(c, AttributionType::Indirect), c, e)
        } else {
            return None;
        };
        if content.is_empty() {
            return None;
        }
        // « Rappelant que …, M. Vautrin a précisé », « Commentant cette
        // journée, M. Jacob a estimé »: the gerund's subject is the main
        // clause's, after the content.
        // (A reporting participle after the content is read on its own:
        // « …, annonçant avoir rencontré le président ».)
        // (Nor what follows a parenthesis closing the content: « (on
        // annonce un cinéma), des restaurants (la chair est « excellente »,
        // affirme M. X) ».)
        let mut next_tok = np_next.unwrap_or_else(|| {
            let mut c = self.tk.at(content.end);
            // (A closing quotation mark after a direct content.)
            if c < self.b && self.quote_closing_at(c).is_some() {
                c += 1;
            }
            // (Not a participle on a noun of a content without a verb:
            // « a dit que des panneaux, indiquant la route, … ».)
            if c + 1 < self.b
                && (self.speech_goes_on_at(c)
                    && (!self.reporting_gerund_at(c)
                        || self.finite_before_participle(self.tk.at(content.start), c))
                    || self.is_punct(c, punct!(")"))
                    || self.is_punct(c, punct!(","))
                        && self.trailing_incise(c.saturating_sub(2)) == Some(c))
            {
                c + 1
            } else {
                // (A semicolon after the content opens another clause,
                // read on: « … se dit « opposé », tout comme le curé ; X,
                // tout en soulignant « … » ».)
                (c..self.b)
                    .find(|&k| self.is_punct(k, punct!(";")) && !self.in_quote(k))
                    .map_or(self.b, |k| k + 1)
            }
        });
        let (subject, content) = match subject {
            Some(s) => (Some(s), content),
            None if cue.narrative => (None, content),
            None => match self.main_subject_after(self.tk.at(content.start)) {
                Some((c, m)) => {
                    let end = self.tk.toks[c.saturating_sub(1)].span.end;
                    // The main clause may report something of its own.
                    next_tok = c + 1;
                    (Some(m), Span::new(content.start, end.max(content.start)))
                }
                // No subject: a gerund (or a linked infinitive) before an
                // impersonal main clause says nothing (« Rappelant que la
                // loi est claire, il faut agir vite »), nor a negated one
                // (« Les passants, hésitant à dire que … »); another speech
                // stands without a speaker.
                None if (cue.form == Form::Gerund || cue.linked)
                    && (cue.negated
                        || (self.tk.at(content.start)..self.b)
                            .find(|&c| self.is_punct(c, punct!(",")) && !self.in_quote(c))
                            .is_some_and(|c| self.impersonal_at(c + 1))) =>
                {
                    return None
                }
                None => (None, content),
            },
        };
        let claim_end = claim_end.max(content.end);
        let claim_start = self.tk.toks[cue.first].span.start;
        let claim_start = subject
            .as_ref()
            .map_or(claim_start, |s| s.span.start.min(claim_start));
        let claim = Span::new(claim_start, claim_end);
        Some((
            Speech {
                kind,
                content,
                claim,
                speaker: subject,
                cue: Some((self.span(cue.head, cue.verb_end), verb.lemma.clone())),
                medium,
                negated_cue: cue.negated,
                continuation: false,
                inherits: cue.narrative,
            },
            next_tok,
        ))
    }

    /// The first comma after token `k` (outside quotations) followed by a
    /// subject noun phrase and its verb: the comma and the subject.
    fn main_subject_after(&self, k: usize) -> Option<(usize, Mention)> {
        for c in k..self.b {
            if !self.is_punct(c, punct!(",")) || self.in_quote(c) {
                continue;
            }
            // The subject runs to the first auxiliary or reporting verb.
            let s = c + 1;
            // A subject pronoun before its verb (« Reconnaissant …, ils
            // considèrent »).
            if PRONOUNS[..4].contains(&self.t(s))
                && self.tk.toks.get(s + 1).is_some_and(|t| t.word && !t.cap)
            {
                // (« Rappelant que …, il faut agir »: no one.)
                if self.impersonal_at(s) {
                    return None;
                }
                return Some((c, self.pronoun_mention(s)));
            }
            let v = (s..self.b.min(s + 14)).find(|&j| {
                let w = self.t(j);
                let t = &self.tk.toks[j];
                t.word
                    && !t.cap
                    && !t.accented
                    // (`form`: the word is a key of `lex.forms`.)
                    && (t.form
                        || self.lex.avoir.contains(w)
                        || self.lex.etre.contains(w)
                        || matches!(w, "ne" | "n" | "s" | "se"))
            })?;
            if v <= s {
                continue;
            }
            let mut e = v - 1;
            while e > s && self.is_punct(e, punct!(",")) {
                e -= 1;
            }
            // « M. Lucien Garnier, président du syndicat, s'en est pris »:
            // the first segment.
            let mut f = s;
            while f < e && !self.is_punct(f + 1, punct!(",")) {
                f += 1;
            }
            if let Some(m) = self.mention(s, f) {
                if m.pronoun.is_some() || m.name.is_some() || m.kind != SpeakerKind::Organization {
                    return Some((c, m));
                }
            }
        }
        None
    }

    /// An infinitive object starts at `k`: « être », « avoir », « ne plus
    /// … », or a lowercase « -er » verb.
    fn infinitive_at(&self, k: usize) -> bool {
        let w = self.t(k);
        // (Past the end: no word.)
        if self.tk.toks.get(k).is_none_or(|t| t.cap || !t.word) {
            return false;
        }
        if matches!(w, "ne" | "n") {
            // « ne pas pouvoir », « n'avoir jamais dit »; not « n'a pas ».
            let mut j = k + 1;
            while j < self.b && j < k + 5 && (self.t(j) == "'" || self.is_adv(j)) {
                j += 1;
            }
            return j < self.b && !matches!(self.t(j), "ne" | "n") && self.infinitive_at(j);
        }
        matches!(w, "etre" | "avoir")
            || (w.len() > 4
                && (w.ends_with("er") || w.ends_with("ir"))
                && !self.lex.speaker_nouns.contains_key(w)
                && !matches!(
                    w,
                    "dernier"
                        | "premier"
                        | "hier"
                        | "plaisir"
                        | "avenir"
                        | "desir"
                        | "pouvoir"
                        | "devoir"
                        | "leader"
                        | "quartier"
                        | "dossier"
                        | "papier"
                        | "metier"
                        | "chantier"
                        | "courrier"
                        | "janvier"
                        | "fevrier"
                ))
    }

    /// Token `k` is the relative « où » (« ou » with its accent).
    fn is_ou(&self, k: usize) -> bool {
        self.t(k) == "ou" && self.tk.toks.get(k).is_some_and(|t| t.accented)
    }

    /// Token `k` is « lequel », « laquelle », « lesquels » or « lesquelles »
    /// (« selon laquelle »: a relative, no source).
    fn is_lequel(&self, k: usize) -> bool {
        matches!(self.t(k), "lequel" | "laquelle" | "lesquels" | "lesquelles")
    }

    /// Between tokens `a` and `b` (a subject's end and a colon), a
    /// relative pronoun (« où », « qui », « dont », « que » after a noun)
    /// or a document noun with its author (« la lettre de la victime »,
    /// « une note des syndicats »): what follows the colon is another's.
    fn quotes_another(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            matches!(self.t(k), "qui" | "dont")
                || self.is_ou(k)
                || matches!(self.t(k), "que" | "qu") && k > a && self.t(k - 1) != "ce"
                || self.noun_at(k) == Some(SpeakerKind::Document)
                    && matches!(self.t(k + 1), "de" | "des" | "du" | "d")
        })
    }

    /// Token index of the token ending at or containing code point `end - 1`.
    fn tok_of(&self, end: usize) -> usize {
        let j = self.tk.toks.partition_point(|t| t.span.end < end);
        j.min(self.b.saturating_sub(1))
    }

    /// Where a noun-phrase object starting at token `k` stops: « , et » or
    /// « , mais » before a second auxiliary of the same subject (« a noté
    /// ses propos, et a affirmé que … »), « , tandis que », « , alors
    /// que » (another clause), « et » before a second participle (« a
    /// qualifié la situation de « fiasco » et demandé … »). The token of
    /// the comma or « et ».
    fn np_object_end(&self, k: usize) -> Option<usize> {
        (k + 1..self.b.min(k + 40)).find(|&j| {
            let second_verb = |v: usize| {
                v < self.b
                    && !self.tk.toks[v].cap
                    && !self.tk.toks[v].accented
                    && (self.lex.avoir.contains(self.t(v)) || self.lex.etre.contains(self.t(v)))
            };
            // (« un plan de 400 millions, mais personne ne sait … »: a
            // clause with its own subject after « , mais ».)
            // (Not « non pas une baisse, mais une hausse », « non
            // seulement X, mais Y »: one object in two parts.)
            let subject = |v: usize| {
                v < self.b
                    && (self.role(v, role::DET)
                        || PRONOUNS[..5].contains(&self.t(v))
                        || matches!(self.t(v), "personne" | "rien" | "nous"))
                    && !(k..j).any(|i| matches!(self.t(i), "pas" | "seulement"))
            };
            let comma = self.is_punct(j, punct!(","))
                && (matches!(self.t(j + 1), "et" | "mais") && second_verb(j + 2)
                    || self.t(j + 1) == "mais" && subject(j + 2)
                    || matches!(self.t(j + 1), "tandis" | "alors")
                        && matches!(self.t(j + 2), "que" | "qu"));
            let participle = self.t(j) == "et"
                && j > k + 1
                && self.tk.toks.get(j + 1).is_some_and(|t| t.acute && !t.cap);
            (comma || participle) && !self.in_quote(j)
        })
    }

    /// Mixed when the content holds a quotation, else `kind`.
    fn mixed_or(&self, content: Span, kind: AttributionType) -> AttributionType {
        if self
            .quotes_in(content)
            .iter()
            .any(|q| content.contains(q.inner) && q.words > 0)
        {
            AttributionType::Mixed
        } else {
            kind
        }
    }

    /// End of content before the sentence's final punctuation.
    fn content_end(&self, b: usize) -> usize {
        let mut j = b;
        while j > self.a && self.is_punct(j - 1, punct!(".!?…")) {
            j -= 1;
        }
        if j == self.a {
            return self.sent.end;
        }
        self.tk.toks[j - 1].span.end
    }

    /// Content from token `s` to the end of the sentence (or of a
    /// quotation opened in it), and the claim end.
    fn rest_of_sentence(&self, s: usize) -> Option<(Span, usize)> {
        if s >= self.b {
            return None;
        }
        let start = self.tk.toks[s].span.start;
        let mut end = match self
            .closing_paren(s)
            .or_else(|| self.trailing_source(s))
            .or_else(|| self.next_statement(s))
        {
            Some(c) => self.tk.toks[c - 1].span.end,
            None => self.content_end(self.b),
        };
        let mut claim_end = self.sent.end;
        for q in self.quotes_in(Span::new(start, self.sent.end.max(start))) {
            if q.outer.start >= start
                && q.outer.start < self.sent.end
                && q.outer.end > self.sent.end
            {
                end = end.max(q.inner.end);
                claim_end = claim_end.max(q.outer.end);
            }
        }
        if end <= start {
            return None;
        }
        Some((Span::new(start, end), claim_end))
    }

    /// The last punctuation of the sentence among its 16 last tokens after
    /// the content starting at token `s`, when it is a comma outside a
    /// quotation: where a trailing source or incise may begin.
    fn last_comma(&self, s: usize) -> Option<usize> {
        let c = (s + 2..self.b)
            .rev()
            .take(16)
            .find(|&j| !self.tk.toks[j].word && self.is_punct(j, punct!(",;:«»\"()")))?;
        (self.is_punct(c, punct!(",")) && !self.in_quote(c)).then_some(c)
    }

    /// The comma of a source or an incise that ends the sentence after the
    /// content starting at token `s`: « a annoncé l'envoi de secouristes,
    /// selon un communiqué de la Commission. », « on assure que les primes
    /// seront versées, a-t-on indiqué à La Presse. » (the source of the
    /// report, not part of what is reported).
    fn trailing_source(&self, s: usize) -> Option<usize> {
        let c = self.last_comma(s)?;
        let w = self.t(c + 1);
        // (A source that speaks, as for a preposed « selon »: « , selon
        // les régions » means « depending on ».)
        let source = (w == "selon" && !self.is_lequel(c + 2)
            || w == "d" && self.t(c + 2) == "'" && self.t(c + 3) == "apres")
            && self.source_at(if w == "selon" { c + 2 } else { c + 4 });
        // « , a-t-on indiqué », « , précise-t-il »: a verb form and an
        // inverted clitic in the next five tokens.
        let incise = || {
            (c + 1..self.b.min(c + 6)).any(|j| self.inverted_clitic_at(j).is_some())
                && (c + 1..self.b.min(c + 8)).any(|j| self.tk.toks[j].form)
        };
        (source || incise() || self.trailing_incise(s) == Some(c)).then_some(c)
    }

    /// The words from token `s` to the next punctuation name a source: a
    /// pronoun, a capitalized word or a source noun (« l'Insee », « les
    /// secours », « le mot de M. X »; not « les saisons »).
    fn source_at(&self, s: usize) -> bool {
        let mut e = s;
        while e < self.b && !self.is_punct(e, punct!(",;:.()!?\"«»")) {
            e += 1;
        }
        (s..e).any(|k| {
            self.tk.toks[k].word && self.tk.toks[k].cap
                || self.noun_at(k).is_some()
                || matches!(self.t(k), "lui" | "elle" | "eux" | "elles")
        })
    }

    /// The comma of an incise with its speaker after the verb that ends
    /// the sentence after the content starting at token `s`: « on a
    /// répété que …, remarque l'économiste P. K. Menon. » (the incise
    /// reports the whole clause, the content ends before it).
    fn trailing_incise(&self, s: usize) -> Option<usize> {
        let c = self.last_comma(s)?;
        let head = if self.tk.toks.get(c + 1).is_some_and(|t| t.form) {
            c + 1
        } else if self.tk.toks.get(c + 2).is_some_and(|t| t.form) {
            c + 2
        } else {
            return None;
        };
        let cue = self.cue(head).filter(|cue| {
            cue.first == c + 1 && cue.clitic.is_none() && self.lex.verbs[cue.verb].incise
        })?;
        let m = self.speaker_after_rel(cue.last + 1, false)?;
        let e = self.tok_of(m.span.end) + 1;
        let ends = e >= self.b || self.is_punct(e, punct!(".!?")) && e + 1 >= self.b;
        (ends && m.pronoun.is_none()).then_some(c)
    }

    /// The parenthesis that closes one opened before token `s` in the
    /// sentence, when the content starts inside it (« (on annonce un
    /// cinéma Imax), des boutiques »).
    fn closing_paren(&self, s: usize) -> Option<usize> {
        let floor = self.a.max(s.saturating_sub(MAX_CLAUSE));
        let mut depth = 0usize;
        let open = (floor..s).rev().any(|j| {
            if self.tk.toks[j].word {
                return false;
            }
            if self.is_punct(j, punct!(")")) {
                depth += 1;
            } else if self.is_punct(j, punct!("(")) {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            false
        });
        if !open {
            return None;
        }
        let mut depth = 0usize;
        (s + 1..self.b.min(s + MAX_CLAUSE)).find(|&j| {
            if self.tk.toks[j].word {
                return false;
            }
            if self.is_punct(j, punct!("(")) {
                depth += 1;
            } else if self.is_punct(j, punct!(")")) {
                if depth == 0 {
                    return !self.in_quote(j);
                }
                depth -= 1;
            }
            false
        })
    }

    /// Token `c` is a comma that opens another statement of the same
    /// speaker: a reporting participle (« , ajoutant que ») or « avant
    /// de » and a reporting verb (« , avant d'ajouter : »).
    fn speech_goes_on_at(&self, c: usize) -> bool {
        if c + 1 >= self.b || !self.is_punct(c, punct!(",")) || self.in_quote(c) {
            return false;
        }
        if self.reporting_gerund_at(c) {
            return true;
        }
        let mut v = c + 3;
        if self.t(v) == "'" {
            v += 1;
        }
        self.t(c + 1) == "avant"
            && matches!(self.t(c + 2), "de" | "d")
            && v < self.b
            && self.tk.toks[v].form
    }

    /// The comma before a reporting verb's present participle (or « avant
    /// d'ajouter ») after token `s`, which opens a new statement of the
    /// same speaker (« a confirmé qu'une enquête était ouverte, annonçant
    /// avoir reçu … »).
    /// (In a clause after « que », only after its finite verb: the
    /// participle of « a dit que les habitants, estimant être oubliés,
    /// avaient manifesté » modifies a noun inside the content.)
    /// (And before « , avant d'ajouter », another statement: « a déclaré
    /// que la réforme était nécessaire, avant d'ajouter : « … » ».)
    fn next_statement(&self, s: usize) -> Option<usize> {
        // (A cheap test of the next word first: a reporting form or
        // « avant ».)
        (s + 2..self.b.saturating_sub(1))
            .find(|&c| {
                (self.tk.toks[c + 1].form || self.t(c + 1) == "avant") && self.speech_goes_on_at(c)
            })
            .filter(|&c| self.finite_before_participle(s, c))
    }

    /// The content starting at token `s` is no clause after « que », or
    /// has its finite verb before the comma `c` of a reporting participle.
    fn finite_before_participle(&self, s: usize, c: usize) -> bool {
        !(s > self.a && matches!(self.t(s - 1), "que" | "qu")) || self.has_verb(s, c)
    }

    /// Token `c` is a comma before a reporting verb's present participle
    /// (« , annonçant »).
    fn reporting_gerund_at(&self, c: usize) -> bool {
        c + 1 < self.b
            && self.tk.toks[c + 1].form
            && !self.tk.toks[c + 1].cap
            && self.is_punct(c, punct!(","))
            && !self.in_quote(c)
            && self
                .lex
                .forms
                .get(self.t(c + 1))
                .is_some_and(|es| es.iter().any(|e| e.form == Form::Gerund))
    }

    /// The last token of a phrase of place after an inverted clitic at `k`
    /// that a comma closes while the sentence goes on (« indique-t-on à
    /// l'Elysée, », « fait-on remarquer à Matignon non sans insistance, »,
    /// « précise-t-on de source policière, »); else `k`.
    fn place_after(&self, k: usize) -> usize {
        let p = k + 1;
        // « écrit le professeur Jules Armand (4), mais … »: a note or an
        // acronym in parentheses.
        if self.is_punct(p, punct!("(")) {
            if let Some(c) = (p + 1..self.b.min(p + 6)).find(|&j| self.is_punct(j, punct!(")"))) {
                if c + 2 < self.b && self.is_punct(c + 1, punct!(",")) {
                    return c;
                }
            }
            return k;
        }
        if p >= self.b || self.tk.toks[p].cap || !self.lex.place_preps.contains(self.t(p)) {
            return k;
        }
        let mut j = p + 1;
        // (A verb form after a determiner is a noun: « dans un
        // communiqué ».)
        while j < self.b
            && j < p + 12
            && (self.tk.toks[j].word || matches!(self.t(j), "'" | "-"))
            && (!self.tk.toks[j].form || self.role(j - 1, role::DET))
            && !matches!(self.t(j), "que" | "qu" | "qui" | "dont")
            && !self.is_lequel(j)
        {
            j += 1;
        }
        if j > p + 1 && j + 1 < self.b && self.is_punct(j, punct!(",")) {
            j - 1
        } else {
            k
        }
    }

    /// The incise whose left side ends at token `left` (a comma or a
    /// closing mark) and whose speaker ends at `end_tok`.
    fn incise(&self, cue: &Cue, left: usize, speaker: Mention, end_tok: usize) -> Option<Speech> {
        let verb = &self.lex.verbs[cue.verb];
        // The token before the comma: a closing mark means a quotation.
        let mut before = left;
        if self.is_comme(before) {
            before = self.comme_start(before).checked_sub(1)?;
        }
        if self.is_punct(before, punct!(",(–—-")) {
            before = before.checked_sub(1)?;
        }
        while before > self.a && self.is_punct(before, punct!(",-–—")) {
            before -= 1;
        }
        if before < self.a && self.quote_closing_at(before).is_none() {
            return None;
        }
        let quote = self.quote_closing_at(before).copied();
        let cs = self.clause_start(before.min(self.b - 1));
        let mut cs = self.skip_lead(cs, before + 1);
        // « Simple vitrine, comme le répète X, ou compromis « le moins
        // mauvais », comme l'affirmait Y, »: after « comme », what the
        // incise stands for starts after the comma before it.
        if self.is_comme(left) {
            if let Some(c) = (cs..before)
                .rev()
                .find(|&k| self.is_punct(k, punct!(",")) && !self.in_quote(k))
            {
                cs = c + 1;
            }
        }
        let cs_char = if cs <= before {
            self.tk.toks[cs].span.start
        } else {
            self.sent.start
        };
        let (kind, content, claim_start) = match quote {
            Some(q) => {
                let goes_on = end_tok + 2 < self.b
                    && self.is_punct(end_tok + 1, punct!(","))
                    && !self.apposition_at(end_tok + 2);
                // « « A », ajoute-t-elle, « et B » »: a quotation reopened
                // after the incise goes on with the first.
                // (Only when it ends the sentence: « « A », dit X, « B »,
                // selon Y » quotes someone else.)
                let reopened = (end_tok + 2 < self.b && self.is_punct(end_tok + 1, punct!(",")))
                    .then(|| self.quote_opening_at(end_tok + 2))
                    .flatten()
                    .filter(|q2| {
                        q2.outer.end <= self.sent.end + 2
                            && q2.words > 0
                            && (self.tk.at(q2.outer.end)..self.b)
                                .all(|j| self.is_punct(j, punct!(".!?…")))
                    });
                if q.outer.start <= cs_char && reopened.is_some() {
                    let q2 = reopened?;
                    (
                        AttributionType::Mixed,
                        Span::new(q.outer.start, q2.outer.end),
                        q.outer.start,
                    )
                } else if q.outer.start <= cs_char {
                    (AttributionType::Direct, q.inner, q.outer.start)
                } else if goes_on {
                    // « Une « hausse », expliquent-elles, rendrait … »
                    let c = Span::new(cs_char, self.content_end(self.b));
                    (AttributionType::Mixed, c, cs_char)
                } else {
                    let c = Span::new(cs_char, q.outer.end);
                    (AttributionType::Mixed, c, cs_char)
                }
            }
            None => {
                if before < cs || before < self.a {
                    return None;
                }
                let mut e = before;
                while e > cs && self.is_punct(e, punct!(".,;")) {
                    e -= 1;
                }
                // A short opening followed by more after the incise
                // (« Il est courant, notent les enseignants, que … »):
                // the whole sentence is the content.
                let more = end_tok + 2 < self.b && self.is_punct(end_tok + 1, punct!(","));
                // (A name after the speaker's role is an apposition too:
                // « …, a reconnu la ministre, Nathalie Dewulf, devant … ».)
                let apposition = more
                    && (self.apposition_at(end_tok + 2)
                        || self.name_apposition(end_tok + 2).is_some());
                // (« …, a averti l'Observatoire, qui en a recensé 150 »: a
                // relative clause on the speaker ends the sentence, and so
                // does a gerund: « …, a estimé la députée, en dénonçant … ».)
                // (Nor an apposition on the speaker that runs to the end:
                // « …, accuse M. X, professeur de droit. ».)
                // (Nor a phrase of manner or purpose: « …, a-t-il assuré à
                // des journalistes, sans donner plus de détails. »)
                // (Nor « où » or a clause of its own after « et » or
                // « mais »: « …, a dit le maire, mais le calendrier reste
                // flou », « …, assure-t-on au ministère, où l'on … ».)
                let relative = matches!(self.t(end_tok + 2), "qui" | "dont")
                    || end_tok + 2 < self.b && self.is_ou(end_tok + 2)
                    || matches!(self.t(end_tok + 2), "et" | "mais")
                        && end_tok + 3 < self.b
                        && (self.role(end_tok + 3, role::DET)
                            || PRONOUNS[..5].contains(&self.t(end_tok + 3)))
                    || matches!(
                        self.t(end_tok + 2),
                        "sans" | "avant" | "apres" | "afin" | "pour"
                    ) && (matches!(self.t(end_tok + 3), "de" | "d" | "avoir" | "etre")
                        || self.infinitive_at(end_tok + 3))
                    || self.speech_goes_on_at(end_tok + 1)
                    || more
                        && self.person_apposition_at(end_tok + 2)
                        && !(end_tok + 2..self.b)
                            .any(|j| self.is_punct(j, punct!(",;:«»\"")) || self.tk.toks[j].form)
                    // (« …, a annoncé le président, Jean Martin, lors d'une
                    // conférence de presse. »: a name, then no verb.)
                    || more
                        && self.name_apposition(end_tok + 2).is_some_and(|k| {
                            !(k + 1..self.b).any(|j| self.is_punct(j, punct!(",;:«»\"")))
                                && !self.has_verb(k + 1, self.b)
                        })
                    || self.t(end_tok + 2) == "en"
                        && self
                            .tk
                            .toks
                            .get(end_tok + 3)
                            .is_some_and(|t| t.word && !t.cap)
                        && self.t(end_tok + 3).len() > 4
                        && self.t(end_tok + 3).ends_with("ant");
                if more && !relative && (e - cs < 8 || !apposition) {
                    let c = Span::new(self.tk.toks[cs].span.start, self.content_end(self.b));
                    (self.mixed_or(c, AttributionType::Indirect), c, cs_char)
                } else {
                    let c = self.span(cs, e);
                    // Too short to be a statement.
                    if e - cs < 2 {
                        return None;
                    }
                    (self.mixed_or(c, AttributionType::Indirect), c, cs_char)
                }
            }
        };
        let mut claim_end = self.tk.toks[end_tok.min(self.b - 1)].span.end;
        // The incise runs to the end of its sentence or the next quotation.
        let mut j = end_tok + 1;
        while j < self.b && !self.is_punct(j, punct!("«“\"")) && self.quote_opening_at(j).is_none()
        {
            j += 1;
        }
        if j >= self.b {
            claim_end = self.sent.end;
        } else if j > end_tok + 1 {
            claim_end = self.tk.toks[j - 1].span.end;
        }
        // « a déclaré Zhu à la presse », « a-t-il dit dans un entretien »,
        // or between the verb and the speaker.
        // (Or in the phrase of place after a clitic: « a-t-il dit dans un
        // entretien au Monde, ».)
        let medium = self
            .medium_in(end_tok + 1, self.b)
            .or_else(|| self.medium_in(cue.last + 1, self.tk.at(speaker.span.start)))
            .or_else(|| {
                (end_tok > cue.last)
                    .then(|| self.medium_in(cue.last + 1, end_tok + 1))
                    .flatten()
            });
        Some(Speech {
            kind,
            content,
            claim: Span::new(claim_start.min(content.start), claim_end.max(content.end)),
            speaker: Some(speaker),
            cue: Some((self.span(cue.head, cue.verb_end), verb.lemma.clone())),
            medium,
            negated_cue: cue.negated,
            continuation: false,
            inherits: false,
        })
    }

    /// A medium phrase starting at or just after token `k` and before
    /// `end`: a preposition, then within five words a channel noun
    /// (« communiqué », « entretien », « presse ») or a media name.
    fn medium_in(&self, k: usize, end: usize) -> Option<Span> {
        let mut k = k;
        while k < end && self.is_punct(k, punct!(",")) {
            k += 1;
        }
        if k >= end || !matches!(self.t(k), "dans" | "a" | "au" | "sur" | "aupres" | "devant") {
            return None;
        }
        let mut j = k + 1;
        while j < end && j <= k + 5 && !self.is_punct(j, punct!(",.;:«»\"()")) {
            let w = self.t(j);
            let channel = matches!(
                w,
                "communique"
                    | "entretien"
                    | "interview"
                    | "presse"
                    | "journalistes"
                    | "tweet"
                    | "message"
                    | "lettre"
                    | "declaration"
                    | "conference"
                    | "micro"
                    | "antenne"
                    | "emission"
                    | "rapport"
                    | "etude"
                    | "article"
                    | "editorial"
                    | "blog"
                    | "livre"
                    | "ouvrage"
                    | "video"
                    | "discours"
                    | "tribune"
                    | "note"
                    | "courrier"
                    | "compte"
                    | "reseaux"
                    | "plateau"
                    | "ondes"
                    | "page"
                    | "site"
                    | "chaine"
            );
            let media = self.noun_at(j) == Some(SpeakerKind::Media)
                || (self.tk.toks[j].cap
                    && self
                        .lex
                        .media
                        .iter()
                        .any(|m| m.first().is_some_and(|f| f == w)));
            if channel || media {
                // Through the rest of a capitalized name (« France Inter »)
                // or a short adjective (« son rapport annuel »).
                let mut e = j;
                while e + 1 < end && self.tk.toks[e + 1].cap && self.tk.toks[e + 1].word {
                    e += 1;
                }
                let mut extra = 0;
                while e + 1 < end
                    && extra < 2
                    && self.tk.toks[e + 1].word
                    && !self.tk.toks[e + 1].cap
                    && !self.role(e + 1, role::STOP)
                    && !self.role(e + 1, role::DET)
                {
                    e += 1;
                    extra += 1;
                }
                return Some(self.span(k, e));
            }
            j += 1;
        }
        None
    }

    fn pronoun_mention(&self, i: usize) -> Mention {
        let w = self.t(i).to_owned();
        let kind = match w.as_str() {
            "ils" | "elles" | "eux" => SpeakerKind::Group,
            "on" => SpeakerKind::Anonymous,
            _ => SpeakerKind::Person,
        };
        // « … la startup DeepSeek a surpris le monde avec un modèle
        // qu'elle affirme avoir construit »: in a relative clause, the
        // pronoun is the name the sentence is about. Kept as `name`.
        let relative = i >= self.a + 2
            && (self.t(i - 1) == "que" || (self.t(i - 1) == "'" && self.t(i - 2) == "qu"));
        let name = if relative {
            (self.a + 1..i)
                .rev()
                .find(|&k| {
                    // A subject, not a complement (« d'IA », « en Chine »).
                    let p = self.t(k - 1);
                    let complement = matches!(p, "de" | "du" | "des" | "en" | "a" | "au" | "aux")
                        || (p == "'" && matches!(self.t(k - 2), "d" | "l"));
                    self.tk.toks[k].word && self.tk.toks[k].cap && !complement
                })
                .and_then(|k| {
                    let mut s = k;
                    while s > self.a + 1 && self.tk.toks[s - 1].word && self.tk.toks[s - 1].cap {
                        s -= 1;
                    }
                    self.name_at(s, k)
                        .map(|n| self.span(n.start_tok, n.end_tok))
                })
        } else {
            None
        };
        Mention {
            span: self.tk.toks[i].span,
            pronoun: Some(w),
            name,
            kind,
        }
    }

    /// The speaker written after its verb (« a déclaré Justin Lin, … »);
    /// `relaxed`: after a closed quotation, any
    /// determiner-led noun phrase is taken as the speaker.
    fn speaker_after_rel(&self, mut i: usize, relaxed: bool) -> Option<Mention> {
        // « note, ravi, Jean-Marc Pellet »: skip a short aside.
        if self.is_punct(i, punct!(",")) {
            let mut j = i + 1;
            while j < self.b && j < i + 8 && !self.is_punct(j, punct!(",")) {
                j += 1;
            }
            if self.is_punct(j, punct!(",")) {
                i = j + 1;
            } else {
                return None;
            }
        }
        i = self.skip_circumstances(i);
        if i >= self.b || !self.tk.toks[i].word {
            return None;
        }
        let start = i;
        let mut j = i;
        while j < self.b && j - start < 12 {
            let w = self.t(j);
            if !self.tk.toks[j].word {
                let prev = self.t(j.wrapping_sub(1));
                if w == "."
                    && (TITLES.contains(&prev)
                        || (prev.chars().count() == 1 && self.tk.toks[j - 1].cap))
                {
                    j += 1;
                    continue;
                }
                if w == "'" || w == "-" {
                    j += 1;
                    continue;
                }
                break;
            }
            if j > start && self.lex.is(w, "stop") && !self.tk.toks[j].cap {
                break;
            }
            // « écrit le journal le 9 juin », « a dit le ministre la veille »:
            // a date after the speaker.
            if j > start
                && (w == "le" && self.t(j + 1).starts_with(|c: char| c.is_ascii_digit())
                    || self.locution_at(j) > 0)
            {
                break;
            }
            j += 1;
        }
        if j == start {
            return None;
        }
        self.mention(start, j - 1).or_else(|| {
            // After a quotation, any noun phrase ending the sentence is
            // its speaker (« disait naguère le patron du groupe »).
            let det = matches!(
                self.t(start),
                "le" | "la" | "les" | "l" | "un" | "une" | "son" | "sa" | "ses" | "leur" | "notre"
            );
            // It ends the sentence or a clause, or, short, before a time or
            // place said after it (« a confié le vainqueur à l'arrivée »,
            // « … dimanche »).
            let closes = j >= self.b
                || self.is_punct(j, punct!(".,;!?("))
                || (j - start <= 4
                    && self.role(j, role::STOP)
                    && !matches!(
                        self.t(j),
                        "car" | "mais" | "qui" | "que" | "qu" | "dont" | "ou"
                    ));
            (relaxed && det && closes).then(|| Mention {
                span: self.span(start, j - 1),
                pronoun: None,
                name: None,
                kind: SpeakerKind::Person,
            })
        })
    }

    /// Token `i` is a word of a date written after a verb, in lowercase:
    /// « jeudi 2 janvier », « hier soir », « mardi dernier », « 1er ».
    fn time_word(&self, i: usize) -> bool {
        // (Past the end: no word.)
        let Some(t) = self.tk.toks.get(i) else {
            return false;
        };
        if t.cap || !t.word {
            return false;
        }
        // (The tokenizer's digit and month flags: no look at the text for
        // them.)
        if t.flags & flag::DIGIT != 0 {
            // A day or a year of the date, not any figure (« 3 in 5 »).
            let next = if self.t(i + 1) == "er" { i + 2 } else { i + 1 };
            return self.calendar_at(next) || self.calendar_at(i.wrapping_sub(1));
        }
        if t.flags & flag::MONTH != 0 {
            return true;
        }
        let w = self.t(i);
        Self::weekday(w) || matches!(w, "er" | "hier" | "soir" | "matin" | "dernier" | "derniere")
    }

    /// Token `k`, inside the sentence, is a weekday or a month.
    fn calendar_at(&self, k: usize) -> bool {
        k >= self.a
            && k < self.b
            && (self.tk.toks[k].flags & flag::MONTH != 0 || Self::weekday(self.t(k)))
    }

    /// A weekday, folded.
    fn weekday(w: &str) -> bool {
        matches!(
            w,
            "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
        )
    }

    /// The number of tokens of an adverbial phrase at token `i` that may
    /// stand between a verb and its complement or its auxiliary, 0 if
    /// none: « en substance », « en outre », « en effet », « d'ailleurs »,
    /// « d'autre part », « par ailleurs », « par exemple », « pour sa
    /// part », « de son côté », « d'ores et déjà », « au contraire », « en
    /// revanche », « à nouveau », « de nouveau », « une nouvelle fois »,
    /// « à son tour », « à plusieurs reprises », « sans détour », « sans
    /// doute », « par la suite », « en privé », and times relative to the
    /// day of writing (« la semaine dernière », « ce matin », « la
    /// veille »).
    fn locution_at(&self, i: usize) -> usize {
        let (w, w1, w2) = (self.t(i), self.t(i + 1), self.t(i + 2));
        match w {
            "en" if matches!(
                w1,
                "substance" | "outre" | "effet" | "revanche" | "prive" | "public" | "personne"
            ) =>
            {
                2
            }
            "au" if w1 == "contraire" => 2,
            // « la semaine dernière », « le mois prochain », « ce matin »,
            // « cette année », « la veille ».
            "la" | "le" | "l" | "ce" | "cette" | "cet" => {
                let k = if w1 == "'" { i + 2 } else { i + 1 };
                let this = matches!(w, "ce" | "cette" | "cet");
                let period = |n: &str| {
                    matches!(
                        n,
                        "semaine" | "mois" | "an" | "annee" | "trimestre" | "semestre"
                    )
                };
                let next = self.t(k + 1);
                match self.t(k) {
                    "veille" | "lendemain" if !this => k + 1 - i,
                    "matin" | "soir" if this => k + 1 - i,
                    "week" if this && next == "-" && self.t(k + 2) == "end" => k + 3 - i,
                    n if this && period(n) => k + 1 - i,
                    n if period(n)
                        && matches!(
                            next,
                            "dernier" | "derniere" | "passe" | "passee" | "prochain" | "prochaine"
                        ) =>
                    {
                        k + 2 - i
                    }
                    _ => 0,
                }
            }
            "de" if w1 == "nouveau" => 2,
            "a" if w1 == "nouveau" => 2,
            "a" if matches!(w1, "son" | "leur") && w2 == "tour" => 3,
            "a" if matches!(w1, "plusieurs" | "maintes") && w2 == "reprises" => 3,
            "une" if w1 == "nouvelle" && w2 == "fois" => 3,
            // « a déclaré encore une fois Jean Dupont », « une fois de
            // plus ».
            "une" if w1 == "fois" && w2 == "de" && self.t(i + 3) == "plus" => 4,
            "une" if w1 == "fois" && self.t(i.wrapping_sub(1)) == "encore" => 2,
            "sans" if matches!(w1, "detour" | "detours" | "ambages" | "doute") => 2,
            "par" if w1 == "la" && w2 == "suite" => 3,
            "par" if matches!(w1, "ailleurs" | "exemple") => 2,
            "d" if w1 == "'" && w2 == "ailleurs" => 3,
            // « a lancé d'emblée la députée », « a rappelé d'abord »
            "d" if w1 == "'" && self.lex.after_d.contains(w2) => 3,
            "d" if w1 == "'" && w2 == "autre" && self.t(i + 3) == "part" => 4,
            "pour" if matches!(w1, "sa" | "leur") && w2 == "part" => 3,
            "de" if matches!(w1, "son" | "leur") && w2 == "cote" => 3,
            "d" if w1 == "'"
                && w2 == "ores"
                && self.t(i + 3) == "et"
                && self.t(i + 4) == "deja" =>
            {
                5
            }
            _ => 0,
        }
    }

    /// « des déclarations de M. X selon lesquelles content », « l'étude
    /// selon laquelle content », « une étude d'après laquelle content »:
    /// the source is the noun phrase before « selon » or « d'après » (`i`),
    /// which must name one; the relative pronoun is at `rel`.
    /// (Only after a verb or a preposition: a subject's relative clause,
    /// « Une étude selon laquelle … a été publiée », ends nobody knows
    /// where.)
    fn according_to_which(&self, i: usize, rel: usize, lemma: &str) -> Option<(Speech, usize)> {
        // « a cité l'Insee, selon lequel … »: a comma may close the source.
        let end = if i > self.a + 1 && self.is_punct(i - 1, punct!(",")) {
            i - 1
        } else {
            i
        };
        // The nearest determiner before, with words, hyphens, apostrophes
        // and titles' dots only in between.
        let det_before = |end: usize| {
            (self.a + 1..end).rev().take(12).find(|&k| {
                matches!(
                    self.t(k),
                    "le" | "la"
                        | "les"
                        | "l"
                        | "un"
                        | "une"
                        | "des"
                        | "du"
                        | "ces"
                        | "cette"
                        | "ses"
                        | "son"
                        | "sa"
                        | "leur"
                        | "leurs"
                ) && ((k + 1)..end)
                    .all(|j| self.tk.toks[j].word || matches!(self.t(j), "'" | "-" | "."))
            })
        };
        let det = det_before(end)?;
        if !self.has_verb(self.a, det) {
            return None;
        }
        // « la note du délégué du syndicat, selon laquelle »:
        // « du », « des » after a noun bring its complement; the noun
        // phrase starts before (if it names a source), else the
        // complement is the source, without the article of « du »
        // (« la version du témoin » is « témoin »).
        // (The outermost noun phrase that names a source is taken: « la
        // note très ferme du délégué du syndicat » is
        // « délégué du syndicat ».)
        let mut dets = [det; 3];
        let mut n = 1;
        while n < dets.len() && matches!(self.t(dets[n - 1]), "du" | "des") {
            match det_before(dets[n - 1]).filter(|&d| !self.has_verb(d, dets[n - 1])) {
                Some(d) => {
                    dets[n] = d;
                    n += 1;
                }
                None => break,
            }
        }
        let speaker = dets[..n].iter().rev().find_map(|&d| match self.t(d) {
            "du" if d + 1 < end => self.mention(d + 1, end - 1),
            _ => self.mention(d, end - 1),
        })?;
        if speaker.pronoun.is_some() {
            return None;
        }
        let (ms, me) = self.tk.range(speaker.span);
        if speaker.name.is_none() && !(ms..me).any(|k| self.noun_at(k).is_some()) {
            return None;
        }
        let (content, claim_end) = self.rest_of_sentence(rel + 1)?;
        if self.tk.range(content).1 - self.tk.range(content).0 < 3 {
            return None;
        }
        Some((
            Speech {
                kind: self.mixed_or(content, AttributionType::AccordingTo),
                content,
                claim: Span::new(speaker.span.start, claim_end),
                speaker: Some(speaker),
                cue: Some((self.span(i, rel), lemma.to_owned())),
                medium: None,
                negated_cue: false,
                continuation: false,
                inherits: false,
            },
            self.b,
        ))
    }

    /// The source of « a-t-on appris » / « apprend-on » at token `k`:
    /// « auprès de X » (X), or « de source policière » (the source,
    /// anonymous); none without one.
    fn learned_from(&self, mut k: usize) -> Option<Mention> {
        // « a-t-on appris jeudi auprès de », « a-t-on appris vendredi de
        // sources concordantes »: a date or an adverb before the source.
        let mut guard = 0;
        while k < self.b
            && guard < 4
            && (self.time_word(k) || self.is_adv_fwd(k) && !self.tk.toks[k].cap)
        {
            k += 1;
            guard += 1;
        }
        let phrase_end = |s: usize| {
            let mut e = s;
            while e < self.b && e < s + 12 && !self.is_punct(e, punct!(",.;:!?()«»\"")) {
                e += 1;
            }
            e
        };
        if self.t(k) == "aupres" && matches!(self.t(k + 1), "de" | "du" | "des" | "d") {
            let mut s = k + 2;
            if self.t(s) == "'" {
                s += 1;
            }
            let e = phrase_end(s);
            if e == s {
                return None;
            }
            // « du ministère »: the article is in « du ».
            return self.mention(s, e - 1).or_else(|| {
                (self.noun_at(s).is_some() || self.tk.toks[s].cap).then(|| Mention {
                    span: self.span(s, e - 1),
                    pronoun: None,
                    name: None,
                    kind: SpeakerKind::Organization,
                })
            });
        }
        if self.t(k) == "de" && matches!(self.t(k + 1), "source" | "sources") {
            let e = phrase_end(k + 1);
            return Some(Mention {
                span: self.span(k + 1, e - 1),
                pronoun: None,
                name: None,
                kind: SpeakerKind::Anonymous,
            });
        }
        None
    }

    /// Skips adverbs, dates and a medium between a verb and what follows
    /// (« a annoncé mercredi 1 janvier dans un communiqué le ministre »).
    fn skip_circumstances(&self, mut i: usize) -> usize {
        let mut guard = 0;
        while i < self.b && guard < 16 {
            guard += 1;
            let w = self.t(i);
            let t = &self.tk.toks[i];
            if (self.is_adv_fwd(i) && !t.cap && !matches!(w, "le" | "la" | "en"))
                || self.time_word(i)
            {
                i += 1;
                continue;
            }
            if w == "aujourd" && self.t(i + 1) == "'" && self.t(i + 2) == "hui" {
                i += 3;
                continue;
            }
            // « il y a quelques jours », « il y a un an »
            if w == "il" && self.t(i + 1) == "y" && self.t(i + 2) == "a" {
                let mut j = i + 3;
                while j < self.b && j < i + 6 && self.tk.toks[j].word && !self.tk.toks[j].cap {
                    let x = self.t(j);
                    j += 1;
                    if matches!(
                        x,
                        "jours"
                            | "jour"
                            | "mois"
                            | "ans"
                            | "an"
                            | "semaines"
                            | "semaine"
                            | "annees"
                            | "heures"
                    ) {
                        break;
                    }
                }
                i = j;
                continue;
            }
            if matches!(
                w,
                "jadis" | "naguere" | "autrefois" | "recemment" | "encore"
            ) {
                i += 1;
                continue;
            }
            let n = self.locution_at(i);
            if n > 0 {
                i += n;
                continue;
            }
            // « en écho », « en 1985 », « plus crûment »
            if w == "en"
                && (self.t(i + 1) == "echo"
                    || self.t(i + 1).starts_with(|c: char| c.is_ascii_digit()))
            {
                i += 2;
                continue;
            }
            if matches!(w, "plus" | "moins" | "tres" | "fort") && self.is_adv_fwd(i + 1) {
                i += 2;
                continue;
            }
            // « a annoncé jeudi 3 avril, le président … »
            if w == "," && guard > 1 && i + 1 < self.b && self.tk.toks[i + 1].word {
                i += 1;
                continue;
            }
            if w == "dans"
                && matches!(self.t(i + 1), "un" | "une" | "son" | "sa" | "le" | "la")
                && self.tk.toks.get(i + 2).is_some_and(|t| t.word)
            {
                // « écrivait, dans le quotidien Le Soir, Marc Dupuis »: the
                // medium's name too, up to its comma.
                // (A name: capitalized words, « de » and apostrophes
                // inside; not « dans un communiqué le ministre, M. X ».)
                let mut j = i + 3;
                while j < self.b
                    && j < i + 10
                    && (self.tk.toks[j].word && self.tk.toks[j].cap
                        || j > i + 3 && matches!(self.t(j), "'" | "-" | "de" | "d" | "du" | "des"))
                {
                    j += 1;
                }
                i = if j > i + 3
                    && self.is_punct(j, punct!(","))
                    && self.tk.toks.get(j + 1).is_some_and(|t| t.word)
                    && j + 1 < self.b
                {
                    j + 1
                } else {
                    i + 3
                };
                continue;
            }
            // « au micro de France Inter la ministre », « à Lyon MM. X et Y »: a
            // prepositional phrase up to the determiner or title of the
            // speaker.
            // (Not « à » before an infinitive: « continue à recevoir en
            // Angleterre … » has no speaker after it.)
            if matches!(w, "a" | "au" | "devant" | "sur" | "lors" | "avec" | "sans")
                && !t.cap
                && !(w == "a" && self.infinitive_at(i + 1))
            {
                // « sur les ondes de la radio publique, Karim Saadi »: the
                // whole phrase when a comma closes it before the speaker.
                // (Not « à », whose phrase may be the one spoken to: « a
                // expliqué à une de ses voisines, Rose Vallin, ».)
                let mut m = i + 1;
                while m < self.b && m < i + 10 && (self.tk.toks[m].word || self.t(m) == "'") {
                    m += 1;
                }
                if matches!(w, "sur" | "lors" | "devant")
                    && self.role(i + 1, role::DET)
                    && m > i + 2
                    && m + 1 < self.b
                    && self.is_punct(m, punct!(","))
                    && self.tk.toks[m + 1].cap
                    && self.tk.toks[m + 1].word
                {
                    i = m + 1;
                    continue;
                }
                let mut j = i + 1;
                while j < self.b && j < i + 8 {
                    let x = self.t(j);
                    let after_de = matches!(self.t(j - 1), "de" | "du" | "d" | "'");
                    let opens = (j >= i + 2 && matches!(x, "le" | "la" | "les" | "un" | "une"))
                        || (j >= i + 2 && self.tk.toks[j].cap && TITLES.contains(&x))
                        || (j >= i + 2 && self.tk.toks[j].cap && !after_de);
                    if opens || !self.tk.toks[j].word && x != "'" {
                        break;
                    }
                    j += 1;
                }
                if j < self.b && j >= i + 2 && self.tk.toks[j].word {
                    i = j;
                    continue;
                }
            }
            break;
        }
        i
    }

    /// The subject noun phrase before the verb group starting at `first`.
    fn subject_before(&self, first: usize) -> Option<Mention> {
        let l = self.left_of(first)?;
        // « Un responsable de la fédération, qui a requis l'anonymat,
        // affirme »: a relative clause between commas belongs to the
        // subject before it.
        if self.is_punct(l, punct!(",")) && l > self.a {
            let mut c = l - 1;
            while c > self.a && l - c < 16 && !self.is_punct(c, punct!(",;:.«»\"()")) {
                c -= 1;
            }
            if self.is_punct(c, punct!(","))
                && c > self.a
                && matches!(self.t(c + 1), "qui" | "dont")
            {
                return self
                    .subject_before(c + 1)
                    .or_else(|| self.np_ending_at(c - 1));
            }
        }
        if self.is_punct(l, punct!(",)–—-")) {
            // An apposition ends here: the subject opens the clause, and
            // nothing between it and the verb is a clause of its own.
            let cs = self.clause_start(l);
            if self.has_verb(cs, l) {
                // « Les commerçants ont été touchés, et le maire, élu en
                // novembre, a affirmé »: a clause joined by « , et » or « ,
                // mais » opens after the conjunction.
                if let Some(k) = (cs + 1..l).rev().find(|&k| {
                    matches!(self.t(k), "et" | "mais")
                        && self.is_punct(k - 1, punct!(","))
                        && self.role(k + 1, role::DET)
                        && !self.in_quote(k)
                }) {
                    if !self.has_verb(k + 1, l) {
                        return self.subject_of_clause_from(k + 1, l);
                    }
                }
                // Unless it is the subject's relative clause, long or with
                // commas of its own (« Le ministre, qui recevait les
                // maires, après le débat, a affirmé que »).
                let c = self.subject_relative(l)?;
                return self.subject_before(c + 1);
            }
            return self.subject_of_clause(l);
        }
        if matches!(self.t(l), "et" | "mais") {
            // « X juge le taux « élevé », mais reconnaît que »: the subject
            // of a reporting verb before, else of the clause.
            let before = (self.a..l)
                .rev()
                .filter(|&k| self.tk.toks[k].form)
                .find_map(|k| {
                    let c = self.cue(k)?;
                    matches!(c.form, Form::Finite | Form::Participle)
                        .then(|| self.subject_before(c.first))
                        .flatten()
                });
            return before.or_else(|| self.subject_of_clause(l));
        }
        if self.t(l) == "qui" && l > self.a {
            // « les emprunteurs qui ont fait savoir », « M. Lamont, qui
            // déclare »: the antecedent.
            let p = l - 1;
            if self.is_punct(p, punct!(",")) && p > self.a {
                return self.np_ending_at(p - 1);
            }
            return self.subject_before(l);
        }
        let m = self.np_ending_at(l);
        // « Le témoin entendu jeudi par la cour a affirmé », « Le capitaine
        // des pompiers intervenu sur place a confirmé »: a noun phrase
        // after a preposition is a complement inside the subject, which
        // opens the clause (when nothing before the verb is one), up to
        // the participle that brings the complement.
        let inner = m.as_ref().is_none_or(|m| {
            let (ms, _) = self.tk.range(m.span);
            m.pronoun.is_none() && ms > self.a && complement_preposition(self.t(ms - 1))
        });
        if inner {
            // « Le ministre qui recevait les maires a affirmé »:
            // the subject's relative clause, without commas.
            if let Some(m) = self
                .subject_relative(l)
                .filter(|&c| self.t(c + 1) == "qui")
                .and_then(|c| self.subject_before(c + 1))
            {
                return Some(m);
            }
            // The participle first (a test of the tokens, in the twelve
            // before the verb), then the rest.
            // (A real participle, never right after a determiner, « du »,
            // « des » or « de l' »: « Le directeur du réseau dans la
            // région » is whole.)
            let cut = ((self.a + 2).max(l.saturating_sub(12))..l).find(|&k| {
                self.participle_at(k)
                    && !self.role(k - 1, role::DET)
                    && !matches!(self.t(k - 1), "de" | "d" | "'")
                    && (self.time_word(k + 1)
                        || matches!(
                            self.t(k + 1),
                            "par" | "sur" | "dans" | "a" | "au" | "aux" | "devant" | "lors"
                        ))
            });
            if let Some(k) = cut {
                let cs = self.clause_start(l);
                if k >= cs + 2
                    && !(cs..l).any(|j| self.is_punct(j, punct!(",")))
                    && !self.has_verb(cs, l + 1)
                {
                    let found = self.subject_of_clause(l).and_then(|s| {
                        let (ss, se) = self.tk.range(s.span);
                        (k > ss + 1 && k < se)
                            .then(|| self.mention(ss, k - 1))
                            .flatten()
                    });
                    // (The noun phrase before the verb is the participle's
                    // complement either way: « La carte publiée par
                    // l'observatoire indique » is not said by it.)
                    return found;
                }
            } else if m.as_ref().is_none_or(|m| m.pronoun.is_none()) {
                // No participle: the complement belongs to the subject
                // that opens the clause (« Le directeur du réseau dans la
                // région a affirmé », « Le président du parti dans le pays
                // a affirmé »), when nothing between is a verb or a comma.
                let (ms, me) = m.as_ref().map_or((l, l + 1), |mm| self.tk.range(mm.span));
                let cs = self.clause_start(l);
                // (With no noun phrase before the verb, a preposition of a
                // complement within the last eight tokens.)
                let complement = m.is_some()
                    || (l.saturating_sub(8).max(cs)..l).any(|j| complement_preposition(self.t(j)));
                if complement
                    && ms >= cs + 3
                    && l - cs <= 14
                    && !(cs..l).any(|j| self.is_punct(j, punct!(",")))
                    && !self.has_verb(cs, l + 1)
                {
                    let whole = self.subject_of_clause(l).and_then(|s| {
                        let (ss, _) = self.tk.range(s.span);
                        (ss < ms).then(|| self.mention(ss, me - 1)).flatten()
                    });
                    if whole.is_some() {
                        return whole;
                    }
                }
            }
        }
        Some(self.coordinated(m?))
    }

    /// The comma before « qui » or « dont » opening a relative clause that
    /// runs to the comma at token `l` and follows a subject opening its
    /// clause (« Le ministre, qui recevait les maires jeudi
    /// matin, après le débat, a affirmé que »): the relative clause may
    /// be long and hold commas; nothing before it is a verb. The nearest
    /// such comma first, within 48 tokens, without crossing a quotation
    /// mark, a colon, a semicolon or a stop. (Without a comma before
    /// « qui », the token before it.)
    fn subject_relative(&self, l: usize) -> Option<usize> {
        let floor = self.a.max(l.saturating_sub(48));
        let mut c = l;
        while c > floor + 1 {
            c -= 1;
            if self.tk.toks[c].word {
                // « Le FMI qui, au printemps dernier, tablait sur …, indique
                // que »: « qui » glued to its antecedent; the token before
                // it stands for the comma.
                // (Its antecedent opens the clause: not « Seront retenus
                // ceux qui … ».)
                if matches!(self.t(c), "qui" | "dont") && self.tk.toks[c - 1].word {
                    let cs = self.clause_start(c - 1);
                    let opens = !matches!(self.t(c - 1), "ceux" | "celui" | "celle" | "celles")
                        && self.np_ending_at(c - 1).is_some_and(|m| {
                            let ms = self.tk.range(m.span).0;
                            m.pronoun.is_none()
                                && ms == self.skip_lead(cs, c - 1)
                                && (self.role(ms, role::DET)
                                    || m.name.is_some_and(|n| n.start == m.span.start))
                        });
                    if opens && !self.has_verb(cs, c - 1) {
                        return Some(c - 1);
                    }
                }
                continue;
            }
            if self.is_punct(c, punct!(";:.!?«»\"“”()")) {
                return None;
            }
            if self.is_punct(c, punct!(","))
                && matches!(self.t(c + 1), "qui" | "dont")
                && !self.has_verb(self.clause_start(c), c)
            {
                return Some(c);
            }
        }
        None
    }

    /// A person's name from token `c` to a comma (its index): a courtesy
    /// title and a capitalized word, or two to four capitalized words
    /// (« Philippe Martin, », « M. Durand, », « Jean-Luc Le Floch, »).
    fn name_apposition(&self, c: usize) -> Option<usize> {
        let mut k = c;
        let mut words = 0;
        let title = TITLES.contains(&self.t(k)) && self.tk.toks[k].cap;
        if title {
            k += 1;
            if self.t(k) == "." {
                k += 1;
            }
        }
        while k < self.b && k < c + 10 {
            let t = &self.tk.toks[k];
            if t.word && t.cap {
                words += 1;
            } else if !matches!(self.t(k), "-" | "'") {
                break;
            }
            k += 1;
        }
        // « Jean-Marc Vial (Renaissance), », « Paul Martin (PS), »: a party
        // or a place in parentheses after the name.
        if words >= 1 && self.is_punct(k, punct!("(")) {
            if let Some(p) = (k + 1..self.b.min(k + 6)).find(|&j| self.is_punct(j, punct!(")"))) {
                if (k + 1..p).all(|j| self.tk.toks[j].word || matches!(self.t(j), "-" | "'")) {
                    k = p + 1;
                }
            }
        }
        // (Or ending the sentence: « …, a annoncé le ministre, M. Durand. »)
        let closes = self.is_punct(k, punct!(","))
            || k >= self.b
            || self.is_punct(k, punct!(".!?")) && k + 1 >= self.b;
        (closes && (words >= 2 || title && words >= 1) && words <= 4).then_some(k)
    }

    /// A subject of two noun phrases joined by « et » that opens its clause
    /// (« La FGTB et la CSC affirment », « Les syndicats FGTB et CSC
    /// dénoncent »): the whole of it, a group, given the second, `m`; `m`
    /// itself otherwise.
    fn coordinated(&self, m: Mention) -> Mention {
        if m.pronoun.is_some() {
            return m;
        }
        let (s, _) = self.tk.range(m.span);
        if s < self.a + 2 || self.t(s - 1) != "et" {
            return m;
        }
        let Some(left) = self.np_ending_at(s - 2).filter(|x| x.pronoun.is_none()) else {
            return m;
        };
        let (ls, _) = self.tk.range(left.span);
        if (ls != self.a && !self.is_punct(ls - 1, punct!(",;:"))) || self.has_verb(ls, s - 1) {
            return m;
        }
        Mention {
            span: Span::new(left.span.start, m.span.end),
            pronoun: None,
            name: None,
            kind: SpeakerKind::Group,
        }
    }

    /// The noun phrase (or pronoun) ending at token `l`, walking back to a
    /// boundary.
    fn np_ending_at(&self, l: usize) -> Option<Mention> {
        let w = self.t(l);
        if PRONOUNS.contains(&w) && w != "lui" && w != "eux" {
            return Some(self.pronoun_mention(l));
        }
        let mut j = l;
        let mut n = 0;
        let mut links = 0;
        loop {
            let w = self.t(j);
            let title_dot = w == "."
                && j > self.a
                && self.tk.toks[j - 1].word
                && (TITLES.contains(&self.t(j - 1)) || self.t(j - 1).chars().count() == 1);
            let quote_mark = self.is_punct(j, punct!("«»\"“”"));
            let boundary = (!self.tk.toks[j].word
                && !matches!(w, "'" | "-")
                && !title_dot
                && (!quote_mark || self.long_quote_mark(j)))
                || (matches!(
                    w,
                    "que"
                        | "qu"
                        | "qui"
                        | "et"
                        | "mais"
                        | "car"
                        | "ou"
                        | "dont"
                        | "lorsque"
                        | "quand"
                        | "si"
                        | "puisque"
                        | "comme"
                        | "par"
                        | "pour"
                        | "avec"
                        | "sur"
                        | "dans"
                        | "vers"
                        | "contre"
                        | "est"
                        | "sont"
                        | "ont"
                ) && j != l)
                // A reporting verb before the noun phrase (« estime M. de
                // Foucauld qui signale »), not a noun after a determiner
                // (« la note du ministère »).
                || (j != l
                    && j > self.a
                    && !self.tk.toks[j].cap
                    // A key of `lex.forms` (the token's `form`).
                    && j < self.b
                    && self.tk.toks[j].form
                    && !self.role(j - 1, role::DET))
                // The dash of a dateline (« LYON — Le maire a déclaré »),
                // or a spaced hyphen before a capitalized determiner
                // (« Paris - Le ministre a déclaré »).
                || (w == "-"
                    && (j < self.a + 12 && self.dateline() == Some(j + 1)
                        || j > self.a
                            && j + 1 < self.b
                            && self.tk.toks[j + 1].cap
                            && self.role(j + 1, role::DET)
                            && self.tk.toks[j].span.start > self.tk.toks[j - 1].span.end
                            && self.tk.toks[j + 1].span.start > self.tk.toks[j].span.end
                            && self.idx.slice(self.tk.toks[j].span) == "-"));
            // « le Haut Conseil pour le climat », « la Ligue contre le
            // cancer »: a name goes on past its preposition.
            let in_name = matches!(w, "pour" | "contre" | "sur")
                && j > self.a
                && j != l
                && self.tk.toks[j - 1].cap
                && matches!(self.t(j + 1), "le" | "la" | "l" | "les");
            // « Le ministère du logement, de la ville et de l'aménagement
            // rural rappelle »: complements listed.
            // (Not « des », also an article; and only after a common noun:
            // « Hier, de nombreux manifestants », « Mardi soir, de … »,
            // « En 2024, de … » open with an adverbial.)
            let listed = matches!(w, "," | "et")
                && j != l
                && j > self.a
                && matches!(self.t(j + 1), "de" | "du" | "d")
                && self.locution_at(j + 1) == 0
                && self.tk.toks[j - 1].word
                && !self.tk.toks[j - 1].cap
                && !self
                    .t(j - 1)
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_digit)
                && !self.time_word(j - 1);
            if listed {
                links += 1;
            }
            // An auxiliary (« Le maire a rencontré les habitants, qui »):
            // the noun phrase is its verb's object, after a determiner.
            // (The tokenizer's flag for « a », « ont », « avait »,
            // « avaient », and « était », « étaient »: no lookup per word.)
            let aux = j != l
                && !self.tk.toks[j].cap
                && (self.tk.toks[j].flags & flag::AUX != 0 && !self.tk.toks[j].accented
                    || matches!(w, "etait" | "etaient"));
            if aux {
                j += 1;
                while j < l && !self.role(j, role::DET) {
                    j += 1;
                }
                break;
            }
            if boundary && !in_name && !listed {
                j += 1;
                break;
            }
            n += 1;
            if j == self.a || n > 12 + 8 * links.min(1) {
                break;
            }
            j -= 1;
        }
        if j > l {
            return None;
        }
        // Drop a leading opener (« malgré cette effervescence certains … »
        // has a comma; without one, « En 2024 le … » keeps its NP).
        self.mention(j, l)
    }

    fn long_quote_mark(&self, j: usize) -> bool {
        self.quote_closing_at(j).is_some_and(|q| q.words >= 5)
            || self.quote_opening_at(j).is_some_and(|q| q.words >= 5)
    }

    /// A list of complements from token `k` to `i` closes with « et » and
    /// « à », « au » or « aux » (« à la pêche, au tourisme et à la
    /// montagne »).
    fn closed_list(&self, k: usize, i: usize) -> bool {
        (k..i.min(k + 24)).any(|j| self.t(j) == "et" && matches!(self.t(j + 1), "a" | "au" | "aux"))
    }

    /// The subject of the clause containing token `i`: the first
    /// comma-separated segment that is not an adverbial.
    fn subject_of_clause(&self, i: usize) -> Option<Mention> {
        self.subject_of_clause_from(self.skip_lead(self.clause_start(i), i), i)
    }

    /// [`Ctx::subject_of_clause`] for a clause that starts at token `cs`.
    fn subject_of_clause_from(&self, cs: usize, i: usize) -> Option<Mention> {
        let mut s = cs;
        while s < i {
            let mut e = s;
            while e < i && !self.is_punct(e, punct!(",")) {
                e += 1;
            }
            // « Le ministre de la Faune, des Forêts et des Parcs,
            // X, a salué »: complements listed after a comma go on the
            // noun phrase.
            let mut extra = 0;
            // (Only after a noun, not a name: « M. Ferrand, de la
            // Banque de France, » is an apposition; nor an adverbial phrase:
            // « Le ministre, de son côté, ».)
            // (« à », « au », « aux » when the list closes with « et à »:
            // « Le ministre délégué au commerce, à l'artisanat et à la
            // consommation, M. Doubin, »; not « Le ministre, à Paris, ».)
            let noun_phrase = self.role(s, role::DET);
            while noun_phrase
                && e + 1 < i
                && (matches!(self.t(e + 1), "de" | "du" | "des" | "d")
                    || matches!(self.t(e + 1), "a" | "au" | "aux") && self.closed_list(e + 1, i))
                && self.locution_at(e + 1) == 0
            {
                let from = e;
                e += 1;
                while e < i && !self.is_punct(e, punct!(",")) {
                    e += 1;
                }
                extra += e - from;
            }
            // A quotation is the content, never the subject (« « … »,
            // a déclaré le ministre, ajoutant que … »): read on after it.
            if let Some(q) = self
                .quote_opening_at(s)
                .copied()
                .or_else(|| self.quote_of(s))
            {
                s = self.tk.at(q.outer.end).max(s + 1);
                continue;
            }
            if e > s {
                let w = self.t(s);
                // A present participle that opens the clause, followed by
                // its complement, is an adverbial (« Répondant aux
                // journalistes, le porte-parole a annoncé »), not a name
                // (« Constant Dupont »).
                let participle = w.len() > 4
                    && w.ends_with("ant")
                    && self
                        .tk
                        .toks
                        .get(s + 1)
                        .is_some_and(|t| t.word && !t.cap && s + 1 < e);
                // « Un an plus tôt, », « Deux jours auparavant, »,
                // « Quelques semaines après, »: a time, not a subject.
                let time_before = e - s <= 5
                    && (matches!(self.t(e - 1), "tot" | "tard" | "auparavant" | "apres")
                        || self.t(e - 1) == "avant" && e - s >= 2);
                let opener = self.lex.is(w, "opener")
                    || self.lex.is(w, "according")
                    || participle
                    || time_before
                    || w == "pour"
                    || w == "en"
                    || w == "de";
                if PRONOUNS[..5].contains(&w) {
                    return Some(self.pronoun_mention(s));
                }
                let s2 = if w == "meme" && self.tk.toks[s + 1].cap {
                    s + 1
                } else {
                    s
                };
                if !opener || s2 > s {
                    // The segment's first noun phrase: up to a verb-like
                    // break is hard to find; keep to 10 tokens.
                    let mut end = (e - 1).min(s2 + 9 + extra);
                    // Up to its verb (« Microsoft a érigé … et a déclaré »,
                    // « Le Parti québécois réclame une commission, estimant
                    // que »: a lowercase word before an article is a verb).
                    if let Some(v) = (s2 + 1..=end).find(|&k| {
                        let w = self.t(k);
                        let t = &self.tk.toks[k];
                        t.word
                            && !t.cap
                            && ((!t.accented
                                && (self.lex.avoir.contains(w) || self.lex.etre.contains(w)))
                                // « Le ministre s'est fait applaudir », « ne
                                // cesse »: a clitic opens the verb.
                                || (matches!(w, "se" | "ne")
                                    || matches!(w, "s" | "n") && self.t(k + 1) == "'")
                                || (k > s2 + 1
                                    && matches!(self.t(k + 1), "le" | "la" | "les" | "un" | "une")
                                    && !self.role(k, role::DET)
                                    && !self.role(k, role::STOP)
                                    && !self.role(k, role::ADV)
                                    && !matches!(
                                        w,
                                        "de" | "selon"
                                            | "par"
                                            | "sans"
                                            | "sous"
                                            | "entre"
                                            | "chez"
                                            | "malgre"
                                            | "parmi"
                                            | "envers"
                                    )))
                    }) {
                        end = v - 1;
                    }
                    if let Some(m) = self.mention(s2, end) {
                        return Some(m);
                    }
                    // A noun phrase that is no source (« L'opération,
                    // menée par X, confirme ») is the subject all the same:
                    // what follows is its apposition, not a speaker. Only a
                    // short adverbial (« D'autre part, ») is looked past.
                    let det = self.lex.is(w, "det") || self.tk.toks[s].cap;
                    if det || e - s > 3 {
                        return None;
                    }
                }
            }
            s = e + 1;
        }
        None
    }

    /// A mention over tokens `s..=e` if it can be a speaker.
    fn mention(&self, s: usize, e: usize) -> Option<Mention> {
        let mut s = s;
        while s < e && !self.tk.toks[s].word {
            s += 1;
        }
        if s > e || e >= self.b {
            return None;
        }
        let w0 = self.t(s);
        if self.lex.is(w0, "inanimate") && !self.lex.is(w0, "det") {
            return None;
        }
        if PRONOUNS.contains(&w0) {
            return (s == e).then(|| self.pronoun_mention(s));
        }
        // « M. le conseiller Jeanneret », « Mme la ministre Dupont »: a
        // courtesy title before a described person; the rest says who.
        if TITLES.contains(&w0) {
            let mut k = s + 1;
            if self.t(k) == "." {
                k += 1;
            }
            if k < e && matches!(self.t(k), "le" | "la" | "l") {
                let mut m = self.mention(k, e)?;
                m.span = Span::new(self.tk.toks[s].span.start, m.span.end);
                return Some(m);
            }
        }
        // « ce dernier », « cette dernière »: the last person named.
        if matches!(w0, "ce" | "cette")
            && matches!(self.t(s + 1), "dernier" | "derniere")
            && e <= s + 1
        {
            let mut m = self.pronoun_mention(s + 1);
            m.span = self.span(s, s + 1);
            m.pronoun = Some(if w0 == "ce" { "il" } else { "elle" }.to_owned());
            return Some(m);
        }
        // « Certains estiment que », « D'autres affirment », « Plusieurs
        // ont déclaré », « la plupart jugent »: an indefinite pronoun, a
        // group of people.
        let indefinite_pronoun = match w0 {
            "d" => e == s + 2 && self.t(s + 1) == "'" && self.t(e) == "autres",
            // (« Pour la plupart, les élèves ont réussi »: « mostly ».)
            "la" => {
                e == s + 1 && self.t(e) == "plupart" && !(s > self.a && self.t(s - 1) == "pour")
            }
            // (« certains », « plusieurs »: `words.tsv` role indefinite.)
            _ => s == e && self.lex.indefinite.contains(w0),
        };
        if indefinite_pronoun {
            return Some(Mention {
                span: self.span(s, e),
                pronoun: None,
                name: None,
                kind: SpeakerKind::Group,
            });
        }
        // Skip determiners.
        let mut h = s;
        let mut indefinite = false;
        while h <= e && (self.role(h, role::DET) || self.t(h) == "'") {
            if matches!(
                self.t(h),
                "un" | "une" | "des" | "certains" | "certaines" | "plusieurs" | "quelques"
            ) {
                indefinite = true;
            }
            h += 1;
        }
        if h > e {
            return None;
        }
        // « ce »/« cette »/« ces » + a noun that is not a source: the
        // outlet's own statement (« Ce changement confirme que »).
        // The head noun: the first word after the determiners and the
        // adjectives that go before a noun (« certains des principaux
        // développeurs », « un ancien haut fonctionnaire »). A source noun
        // further on (« la fermeture du site ») does not make a source.
        let mut head = h;
        while head < e
            && matches!(
                self.t(head),
                "ancien"
                    | "ancienne"
                    | "anciens"
                    | "anciennes"
                    | "nouveau"
                    | "nouvelle"
                    | "nouveaux"
                    | "nouvelles"
                    | "principal"
                    | "principaux"
                    | "principale"
                    | "principales"
                    | "haut"
                    | "hauts"
                    | "haute"
                    | "grand"
                    | "grands"
                    | "grande"
                    | "grandes"
                    | "premier"
                    | "premiere"
                    | "premiers"
                    | "jeune"
                    | "jeunes"
                    | "autre"
                    | "autres"
                    | "seul"
                    | "seule"
                    | "meme"
                    | "plus"
                    | "tres"
                    | "deux"
                    | "trois"
                    | "quatre"
                    | "cinq"
                    | "nombreux"
                    | "nombreuses"
                    | "de"
                    | "des"
                    | "d"
                    | "'"
                    | "vice"
                    | "-"
            )
        {
            head += 1;
        }
        let noun_kind = self
            .noun_at(head)
            .filter(|_| !self.tk.toks[head].cap || head == s || head == h);
        let name = if noun_kind.is_some() && self.noun_at(h).is_some() {
            None
        } else {
            self.name_at(h, e)
        };
        let head_cap = self.tk.toks[h].cap && !self.role(h, role::OPENER);
        let kind = if let Some(n) = name.filter(|n| noun_kind.is_none() || h == n.start_tok) {
            match self.name_kind(n) {
                // A name after a determiner is no person's (« le Réseau
                // Action Climat », « le Global Carbon Project »).
                SpeakerKind::Person if h > s && !TITLES.contains(&self.t(h)) => {
                    SpeakerKind::Organization
                }
                k => k,
            }
        } else if let Some(k) = noun_kind {
            match k {
                SpeakerKind::Person | SpeakerKind::Group if indefinite => SpeakerKind::Anonymous,
                k => k,
            }
        } else if head_cap {
            SpeakerKind::Organization
        } else if let Some(n) = (head == h && h > s && h < e && !self.tk.toks[h].form)
            .then(|| self.name_at(h + 1, e))
            .flatten()
            .filter(|n| n.start_tok == h + 1 && n.end_tok == e && n.words >= 2)
        {
            // « l'attaquant Elye Wahi », « le cinéaste Jean Dupont »: a
            // word the lexicon lacks, then a full name ending the phrase,
            // says who by the name; not a place named after a person
            // (« le lycée Jean Moulin », words.tsv role place).
            if self.lex.places.contains(self.t(h)) {
                SpeakerKind::Organization
            } else {
                self.name_kind(n)
            }
        } else {
            return None;
        };
        // Trim trailing punctuation.
        let mut e2 = e;
        while e2 > s && !self.tk.toks[e2].word && self.t(e2) != "." {
            e2 -= 1;
        }
        // But not the parenthesis that closes one kept, also when it is
        // the token after the phrase (« la Caisse nationale d'assurance
        // vieillesse (CNAV) estime »).
        let count = |p| (s..=e2).filter(|&k| self.is_punct(k, p)).count();
        if count(punct!("(")) > count(punct!(")")) {
            if let Some(k) = (e2 + 1..(e + 2).min(self.b)).find(|&k| self.is_punct(k, punct!(")")))
            {
                e2 = k;
            }
        }
        Some(Mention {
            span: self.span(s, e2),
            pronoun: None,
            name: name.map(|n| self.span(n.start_tok, n.end_tok)).or_else(|| {
                // « le leader chinois Xi Jinping »: a full name inside; not
                // one after « de » (« la filiale du Crédit Lyonnais », « le
                // porte-parole de Xi Jinping »: another's).
                // A surname alone right after a person's title noun, ending
                // the phrase, is one too (« le conseiller Jeanneret », « la
                // ministre Dupont »).
                let title_noun = noun_kind == Some(SpeakerKind::Person);
                (h..=e).find_map(|k| {
                    let of = self.de_before(k).is_some_and(|d| d > s);
                    let n = self.name_at(k, e)?;
                    let surname = title_noun && n.words == 1 && k == head + 1 && n.end_tok == e2;
                    ((n.words >= 2 || surname) && self.tk.toks[k].cap && k > s && !of)
                        .then(|| self.span(n.start_tok, n.end_tok))
                })
            }),
            kind,
        })
    }

    /// The « de », « du », « des » or « d' » that token `k` follows, with
    /// an article between or not (« le porte-parole de la Fondation
    /// Vermeil »).
    fn de_before(&self, k: usize) -> Option<usize> {
        let before = |n: usize| self.t(k.wrapping_sub(n));
        let mut n = 1;
        if matches!(before(n), "la" | "le" | "les") {
            n += 1;
        } else if before(n) == "'" && before(n + 1) == "l" {
            n += 2;
        }
        if matches!(before(n), "de" | "du" | "des") {
            Some(k - n)
        } else if before(n) == "'" && before(n + 1) == "d" {
            Some(k - n - 1)
        } else {
            None
        }
    }

    /// The speaker-noun kind of the word at `k`, also as the first word of
    /// a compound (« porte-parole », « premier ministre »).
    fn noun_at(&self, k: usize) -> Option<SpeakerKind> {
        let w = self.t(k);
        if self.t(k + 1) == "-" && k + 2 < self.b && self.lex.compound_first.contains(w) {
            let joined = format!("{w}-{}", self.t(k + 2));
            if let Some(&kind) = self.lex.speaker_nouns.get(&joined) {
                return Some(kind);
            }
        }
        if k + 1 < self.b && self.lex.compound_first.contains(w) {
            let joined = format!("{w} {}", self.t(k + 1));
            if let Some(&kind) = self.lex.speaker_nouns.get(&joined) {
                return Some(kind);
            }
        }
        self.lex.speaker_nouns.get(w).copied()
    }

    /// A capitalized name starting at token `h` (titles skipped).
    fn name_at(&self, h: usize, e: usize) -> Option<NameToks> {
        let mut s = h;
        if TITLES.contains(&self.t(s)) && self.t(s + 1) == "." {
            s += 2;
        }
        if s > e || !self.tk.toks[s].cap || !self.tk.toks[s].word {
            return None;
        }
        if self.role(s, role::OPENER) && s == self.a {
            return None;
        }
        let mut j = s;
        while j < e {
            let n = j + 1;
            let joined = n < e
                && self.tk.toks[n + 1].cap
                && (self.t(n) == "-" || (self.t(n) == "." && self.t(j).len() <= 2));
            if self.tk.toks[n].word && self.tk.toks[n].cap {
                j = n;
            } else if joined {
                j = n + 1;
            } else {
                break;
            }
        }
        Some(NameToks {
            start_tok: s,
            end_tok: j,
            words: (s..=j).filter(|&k| self.tk.toks[k].word).count(),
        })
    }

    fn name_kind(&self, n: NameToks) -> SpeakerKind {
        let words: Vec<&str> = (n.start_tok..=n.end_tok)
            .filter(|&k| self.tk.toks[k].word)
            .map(|k| self.t(k))
            .collect();
        // A media name among the words: only the names that start with
        // one of them are compared.
        let media = words.iter().enumerate().any(|(i, w)| {
            self.lex.media_first.get(*w).is_some_and(|ks| {
                ks.iter().any(|&k| {
                    let m = &self.lex.media_words[k];
                    words.len() - i >= m.len() && words[i..i + m.len()].iter().eq(m.iter())
                })
            })
        });
        if media {
            return SpeakerKind::Media;
        }
        if words
            .iter()
            .any(|w| self.lex.speaker_nouns.contains_key(*w))
        {
            return SpeakerKind::Organization;
        }
        // « Justin Lin », « Lian Jye Su »: a person; one word (« Meta »,
        // « OpenRouter ») is taken for an organization until a full name
        // containing it is seen (see the resolution in lib.rs).
        if (2..=4).contains(&n.words) {
            SpeakerKind::Person
        } else {
            SpeakerKind::Organization
        }
    }

    /// « selon X », « d'après X », « pour X, ».
    /// Token `i` starts « selon », « d'après » or « pour » (what
    /// [`Ctx::according`] reads first).
    fn according_head(&self, i: usize) -> bool {
        match self.t(i) {
            "selon" | "pour" => true,
            "d" => self.t(i + 1) == "'" && self.t(i + 2) == "apres",
            "croire" => self.croire_head(i),
            "yeux" => self.yeux_head(i),
            _ => false,
        }
    }

    /// « à en croire » ends at token `i`.
    /// (« A en croire » with its capital unaccented, as capitals often are,
    /// is the same; a lowercase « a » is the verb.)
    fn croire_head(&self, i: usize) -> bool {
        i >= self.a + 2
            && self.t(i) == "croire"
            && self.t(i - 1) == "en"
            && self.t(i - 2) == "a"
            && (self.tk.toks[i - 2].accented || self.tk.toks[i - 2].cap)
    }

    /// « aux yeux de », « aux yeux du » has « yeux » at token `i`.
    fn yeux_head(&self, i: usize) -> bool {
        i > self.a
            && self.t(i) == "yeux"
            && self.t(i - 1) == "aux"
            && matches!(self.t(i + 1), "de" | "d" | "du" | "des")
    }

    fn according(&self, i: usize) -> Option<(Speech, usize)> {
        let w = self.t(i);
        if w == "selon" && self.is_lequel(i + 1) {
            return self.according_to_which(i, i + 1, "selon");
        }
        // « une théorie d'après laquelle … »
        if w == "d" && self.t(i + 2) == "apres" && self.is_lequel(i + 3) {
            return self.according_to_which(i, i + 3, "d'après");
        }
        let (head, cue_end, lemma) = if w == "selon" {
            (i, i, "selon")
        } else if w == "d" && self.t(i + 1) == "'" && self.t(i + 2) == "apres" {
            (i, i + 2, "d'après")
        } else if w == "pour" {
            (i, i, "pour")
        } else if w == "croire" && self.croire_head(i) {
            // « À en croire les associations, … »
            (i - 2, i, "à en croire")
        } else if w == "yeux" && self.yeux_head(i) {
            // « Aux yeux de nombreux éleveurs, … » (« des » keeps its
            // article with the source, as after « selon »: « des
            // syndicats »; « du » is the cue's, « du gouvernement » is
            // « gouvernement »).
            let e = match self.t(i + 1) {
                "d" if self.t(i + 2) == "'" => i + 2,
                "des" => i,
                _ => i + 1,
            };
            (i - 1, e, "aux yeux de")
        } else {
            return None;
        };
        let i = head;
        // The source: up to a comma or the end of the sentence, with an
        // acronym in parentheses (« Pour l'Observatoire des loyers
        // (Olap), »).
        let s = cue_end + 1;
        let mut e = s;
        while e < self.b && !self.is_punct(e, punct!(",;:.()!?\"«»")) {
            e += 1;
        }
        let acronym = self.is_punct(e, punct!("("))
            && e + 2 < self.b
            && self.tk.toks[e + 1].cap
            && self.is_punct(e + 2, punct!(")"));
        if acronym {
            e += 3;
        }
        if e == s || e - s > 25 {
            return None;
        }
        // « selon Reuters le mois dernier », « d'après un sondage publié
        // dimanche »: the date, or the participle that brings it, is not
        // the source.
        let name_end = (s + 1..e)
            .find(|&k| {
                let w = self.t(k);
                matches!(
                    w,
                    "publie"
                        | "publiee"
                        | "publies"
                        | "publiees"
                        | "paru"
                        | "parue"
                        | "parus"
                        | "parues"
                        | "diffuse"
                        | "diffusee"
                        | "diffuses"
                        | "diffusees"
                        | "realise"
                        | "realisee"
                        | "realises"
                        | "realisees"
                        | "devoile"
                        | "devoilee"
                        | "devoiles"
                        | "devoilees"
                        | "hier"
                ) || Self::weekday(w)
                    || (matches!(w, "le" | "la" | "l")
                        && matches!(
                            self.t(k + 1),
                            "mois" | "semaine" | "veille" | "lendemain" | "an" | "annee"
                        ))
            })
            // Not when the source follows (« publiées jeudi par le
            // département du commerce »).
            .filter(|&k| !(k..e).any(|j| self.t(j) == "par"))
            .unwrap_or(e);
        // « pour X » is a source only before a comma (checked again below;
        // the clause start is not looked for in vain).
        if matches!(lemma, "pour" | "aux yeux de") && !self.is_punct(e, punct!(",")) {
            return None;
        }
        let cs = self.skip_lead(self.clause_start(i), i);
        // « Selon X, … », also after a short opening (« Ainsi, d'après X, »,
        // « puisque, selon X, »).
        // (Not after a noun phrase: « Ces travaux, selon la mairie,
        // devront … » is the clause, with its source inside.)
        let preposed = i == cs
            || (i > cs + 1
                && i - cs <= 3
                && self.is_punct(i - 1, punct!(","))
                && !self.role(cs, role::DET)
                && !self.has_verb(cs, i));
        if matches!(lemma, "pour" | "aux yeux de") {
            // Only « Pour Yao, … » or « Pour les analystes, … » at the
            // clause start (« Il est coupable aux yeux de la justice »
            // reports nothing).
            if !preposed || !self.is_punct(e, punct!(",")) {
                return None;
            }
        }
        // Opening the sentence, people named by what they are or do
        // (« Selon les optimistes, », « D'après les manifestants, »).
        let people = preposed
            && name_end == s + 2
            && self.t(s) == "les"
            && ["istes"].iter().any(|x| {
                let w = self.t(s + 1);
                w.len() > 6 && w.ends_with(x)
            });
        let speaker = if e == s + 1 && matches!(self.t(s), "elle" | "lui" | "eux" | "elles") {
            self.pronoun_mention(s)
        } else if let Some(m) = self.mention(s, name_end - 1) {
            m
        } else if people {
            Mention {
                span: self.span(s, s + 1),
                pronoun: None,
                name: None,
                kind: SpeakerKind::Group,
            }
        } else {
            return None;
        };
        // (An organization with its name after the noun that says what it
        // is: « Pour la centrale IG Metall, », « Pour le syndicat FO, »;
        // not « Pour l'entreprise, », « Pour la France, ».)
        let named_body = || {
            let (ms, _) = self.tk.range(speaker.span);
            let mut h = ms;
            while self.role(h, role::DET) || self.t(h) == "'" {
                h += 1;
            }
            speaker.kind == SpeakerKind::Organization
                && speaker
                    .name
                    .is_some_and(|n| n.start > self.tk.toks[h].span.start)
                && self.noun_at(h) == Some(SpeakerKind::Organization)
                // (A body that speaks: « Pour la compagnie Air France, »
                // is no source.)
                && self.lex.org_speaks.contains(self.t(h))
        };
        if lemma == "pour"
            && !(speaker.name.is_some_and(|n| n.start == speaker.span.start)
                || speaker.pronoun.is_some()
                || matches!(speaker.kind, SpeakerKind::Group | SpeakerKind::Person)
                || named_body())
        {
            return None;
        }
        // « aux yeux de » a person or a body, not a text (« aux yeux de la
        // loi »).
        // (« des économistes » is indefinite, but people.)
        let people_noun = || {
            let (ms, me) = self.tk.range(speaker.span);
            (ms..me).any(|k| {
                matches!(
                    self.noun_at(k),
                    Some(SpeakerKind::Person | SpeakerKind::Group)
                )
            })
        };
        if lemma == "aux yeux de"
            && speaker.pronoun.is_none()
            && speaker.name.is_none()
            && (speaker.kind == SpeakerKind::Document
                || speaker.kind == SpeakerKind::Anonymous && !people_noun())
        {
            return None;
        }
        if lemma != "pour" && speaker.pronoun.is_none() && speaker.name.is_none() {
            // « selon les cas » is no source: a source noun is needed, or
            // people (above).
            let (ms, me) = self.tk.range(speaker.span);
            if !people && !(ms..me).any(|k| self.noun_at(k).is_some()) {
                return None;
            }
        }
        let cue_span = self.span(i, cue_end);
        if preposed {
            // « Selon X, [apposition,] content. »
            let mut c = e + 1;
            // Skip an apposition that starts with a role noun or « ancien ».
            if c < self.b {
                let w = self.t(c);
                if self.lex.speaker_nouns.get(w) == Some(&SpeakerKind::Person)
                    || matches!(w, "ancien" | "ancienne")
                {
                    let mut k = c;
                    while k < self.b && !self.is_punct(k, punct!(",")) {
                        k += 1;
                    }
                    if k + 1 < self.b {
                        c = k + 1;
                    }
                }
            }
            // « Selon le maire, qui cite la préfecture, »: a relative
            // clause on the source, up to its comma.
            if c + 2 < self.b && self.t(c) == "qui" {
                if let Some(k) = (c + 1..self.b.min(c + 20))
                    .find(|&k| self.is_punct(k, punct!(",")) && !self.in_quote(k))
                {
                    c = k + 1;
                }
            }
            // « Selon le syndicat, mais aussi selon la direction, »: a
            // second source joined to the first.
            if c + 1 < self.b
                && matches!(self.t(c), "mais" | "et" | "ou")
                && (c + 1..self.b.min(c + 4)).any(|k| matches!(self.t(k), "selon" | "apres"))
            {
                if let Some(k) = (c + 1..self.b.min(c + 16))
                    .find(|&k| self.is_punct(k, punct!(",")) && !self.in_quote(k))
                {
                    c = k + 1;
                }
            }
            // « D'après l'expert, entendu dans l'après-midi, »: a
            // participle phrase on the source.
            // Only a real participle, with no verb in the phrase (« Selon
            // le ministre, plus de 300 personnes ont été arrêtées » keeps
            // its first clause).
            if c < self.b && self.participle_at(c) {
                let mut k = c + 1;
                while k < self.b
                    && k < c + 10
                    && (self.tk.toks[k].word || matches!(self.t(k), "'" | "-"))
                {
                    k += 1;
                }
                if k + 1 < self.b && self.is_punct(k, punct!(",")) && !self.has_verb(c + 1, k) {
                    c = k + 1;
                }
            }
            // « Pour le porte-parole de la CGT, Philippe Martin, »: the
            // name of the person just described.
            if speaker.name.is_none() && speaker.kind == SpeakerKind::Person {
                if let Some(k) = self
                    .name_apposition(c)
                    .filter(|&k| self.is_punct(k, punct!(",")))
                {
                    c = k + 1;
                }
            }
            while c < self.b
                && (self.is_punct(c, punct!(",-–—"))
                    || (self.is_adv(c) && self.is_punct(c + 1, punct!(","))))
            {
                c += 1;
            }
            let (content, claim_end) = self.rest_of_sentence(c)?;
            if self.tk.range(content).1 - self.tk.range(content).0 < 3 {
                return None;
            }
            let kind = self.mixed_or(content, AttributionType::AccordingTo);
            return Some((
                Speech {
                    kind,
                    content,
                    claim: Span::new(self.tk.toks[i].span.start, claim_end),
                    speaker: Some(speaker),
                    cue: Some((cue_span, lemma.to_owned())),
                    medium: None,
                    negated_cue: false,
                    continuation: false,
                    inherits: false,
                },
                self.b,
            ));
        }
        // « content, selon X. », also without the comma when the source
        // ends the sentence and is named or a source noun (« Le chômage
        // atteint 22,4 % selon l'Agence nationale de la statistique. »;
        // not « Les prix varient selon les régions. », whose source is no
        // source).
        if lemma == "pour" || i == self.a {
            return None;
        }
        let comma = self.is_punct(i - 1, punct!(","));
        let last = e >= self.b || (self.is_punct(e, punct!(".!?")) && e + 1 >= self.b);
        // « varie selon », « se définissent selon », « diffère donc selon »:
        // what varies with something, not what someone says.
        let varies = || {
            (i.saturating_sub(3).max(self.a)..i).any(|k| {
                let w = self.t(k);
                [
                    "vari", "differ", "depend", "chang", "evolu", "fluctu", "oscill", "modul",
                    "adapt", "defini", "class", "repart", "ajust", "calcul", "determin", "fix",
                    "organis", "trie", "regroup",
                ]
                .iter()
                .any(|stem| w.starts_with(stem))
            })
        };
        if !(comma || last && speaker.pronoun.is_none() && !varies()) {
            return None;
        }
        let before = i.checked_sub(if comma { 2 } else { 1 })?;
        if before < self.a {
            return None;
        }
        let quote = self.quote_closing_at(before).copied();
        let cs_char = self.tk.toks[cs].span.start;
        // « Ces travaux, selon la mairie, devront permettre … »: the
        // clause goes on after the source, the whole of it is the content.
        // (Not a relative clause on the source: « …, selon le maire, qui a
        // confirmé l'information ».)
        let goes_on = e + 1 < self.b
            && self.is_punct(e, punct!(","))
            && !self.apposition_at(e + 1)
            && !matches!(self.t(e + 1), "qui" | "dont");
        let (kind, content, claim_start) = match quote {
            _ if goes_on => {
                let c = Span::new(cs_char, self.content_end(self.b));
                (self.mixed_or(c, AttributionType::AccordingTo), c, cs_char)
            }
            Some(q) if q.outer.start <= cs_char => {
                (AttributionType::Direct, q.inner, q.outer.start)
            }
            Some(q) => (
                AttributionType::Mixed,
                Span::new(cs_char, q.outer.end),
                cs_char,
            ),
            None => {
                if before < cs + 2 {
                    return None;
                }
                let c = self.span(cs, before);
                (self.mixed_or(c, AttributionType::AccordingTo), c, cs_char)
            }
        };
        let claim_end = if e >= self.b {
            self.sent.end
        } else {
            self.tk.toks[e - 1].span.end
        };
        let claim_end = if self.is_punct(e, punct!(".")) || e + 1 >= self.b {
            self.sent.end
        } else {
            claim_end
        };
        Some((
            Speech {
                kind,
                content,
                claim: Span::new(claim_start, claim_end.max(content.end)),
                speaker: Some(speaker),
                cue: Some((cue_span, lemma.to_owned())),
                medium: None,
                negated_cue: false,
                continuation: false,
                inherits: false,
            },
            e,
        ))
    }
}

#[derive(Debug, Clone, Copy)]
struct NameToks {
    start_tok: usize,
    end_tok: usize,
    words: usize,
}

/// A preposition that brings a complement inside a subject (« Le témoin
/// entendu jeudi par la cour », « Le directeur du réseau dans la
/// région »).
fn complement_preposition(w: &str) -> bool {
    matches!(
        w,
        "par" | "sur" | "dans" | "avec" | "contre" | "vers" | "devant" | "chez" | "sous"
    )
}
