//! What a statement is (kinds), how it is said (modality, negation) and
//! how check-worthy it is (score and reasons).

use frclaims_model::{ClaimKind, Dim, Modality, Number, Span, SpeakerKind};

use crate::lexicon::{cat, flag, role, Lexicon};
use crate::text::Tokens;

/// What the rules found in a span.
#[derive(Debug, Default, Clone)]
pub(crate) struct Signals {
    pub figure: bool,
    pub date: bool,
    pub change: bool,
    pub comparison: bool,
    pub prediction: bool,
    pub causal: bool,
    pub event: bool,
    pub hedge: bool,
    pub opinion: bool,
    pub conditional: bool,
    pub question: bool,
    pub negated: bool,
    pub first_person: bool,
    pub named: bool,
    /// Distinct capitalized words inside the sentence (not its first),
    /// counted up to two.
    pub names: usize,
    /// A past action: passé composé with « avoir ».
    pub past: bool,
    /// A photo caption with its credit (« … - Tingshu Wang/Reuters »).
    pub caption: bool,
    /// Starts with a lowercase word.
    pub lowercase_start: bool,
    /// A condition (« Si la Chine parvient à …, », « …, si … »).
    pub hypothetical: bool,
    /// A public authority is named.
    pub actor: bool,
    /// A decision or a rule.
    pub policy: bool,
    pub words: usize,
    pub heading: bool,
}

/// The signals of the tokens `a..b` (and the numbers inside `span`).
pub(crate) fn signals(
    lex: &Lexicon,
    tk: &Tokens,
    span: Span,
    numbers: &[Number],
    text_chars_end_punct: Option<char>,
) -> Signals {
    signals_in(lex, tk, tk.range(span), span, numbers, text_chars_end_punct)
}

/// [`signals`] for a span whose token range `(a, b)` is known.
pub(crate) fn signals_in(
    lex: &Lexicon,
    tk: &Tokens,
    (a, b): (usize, usize),
    span: Span,
    numbers: &[Number],
    text_chars_end_punct: Option<char>,
) -> Signals {
    let mut s = Signals::default();
    // Figures: from the numbers stage, and cheap cues of our own.
    let first = numbers.partition_point(|n| n.span.start < span.start);
    for n in numbers[first..]
        .iter()
        .take_while(|n| n.span.start < span.end)
        .filter(|n| span.contains(n.span))
    {
        match n.dim {
            Dim::Date | Dim::Datetime | Dim::Daterange => s.date = true,
            Dim::Percent
            | Dim::Money
            | Dim::Quantity
            | Dim::Distance
            | Dim::Volume
            | Dim::Temperature => s.figure = true,
            _ => {}
        }
    }
    // The words of the span: `w(k)` is token `a + k`.
    let len = b - a;
    let w = |k: usize| tk.t(a + k);
    let flags = |k: usize| if k < len { tk.toks[a + k].flags } else { 0 };
    let digits = |x: &str| x.bytes().all(|c| c.is_ascii_digit());
    // Distinct capitalized words, counted up to two (all the score needs).
    let mut first_name: Option<&str> = None;
    let mut found = 0u16;
    let mut dash = None;
    for k in 0..len {
        let i = a + k;
        let t = &tk.toks[i];
        let f = t.flags;
        s.words += usize::from(t.word);
        // Most tokens are nothing the rules below look for (some are
        // flagged only for the token before or after them).
        const ASKED: u16 = flag::DIGIT
            | flag::AUX
            | flag::MILLION
            | flag::MONTH
            | flag::CONDITIONAL
            | flag::FIRST_PERSON
            | flag::NEGATION
            | flag::COMMA
            | flag::DASH;
        if f & ASKED == 0 && !t.cap && t.sig == 0 && t.multi == u16::MAX {
            continue;
        }
        if f & flag::DIGIT != 0 {
            let wk = w(k);
            let year = wk.len() == 4 && (wk.starts_with("19") || wk.starts_with("20"));
            // The word after the number, past a decimal part or a
            // thousands group (« 5,4 % », « 12 500 puces »).
            let mut n = k + 1;
            while n + 1 < len && (w(n) == "," || w(n) == ".") && digits(w(n + 1)) {
                n += 2;
            }
            while n < len && w(n).len() == 3 && digits(w(n)) {
                n += 1;
            }
            let next = if n < len { w(n) } else { "" };
            let unit = flags(n) & flag::UNIT != 0;
            let counted = next.len() > 3
                && (next.ends_with('s') || next.ends_with('x'))
                && flags(n) & flag::DURATION == 0
                && tk.toks.get(a + n).is_some_and(|t| t.word && !t.cap);
            if flags(n) & flag::MONTH != 0 || (year && !unit) {
                s.date = true;
            } else if unit || counted {
                s.figure = true;
            }
        }
        if t.word && t.cap && k > 0 && s.names < 2 {
            let wk = w(k);
            match first_name {
                None => {
                    first_name = Some(wk);
                    s.names = 1;
                }
                Some(x) if x != wk => s.names = 2,
                _ => {}
            }
        }
        // Passé composé with « avoir » (« a lancé », « ont obtenu »).
        if f & flag::AUX != 0 && !t.cap && !t.accented {
            let mut n = i + 1;
            while n < b
                && (tk.toks[n].roles & role::ADV != 0
                    || (tk.t(n).len() > 6 && tk.t(n).ends_with("ment")))
            {
                n += 1;
            }
            if n < b {
                let p = tk.t(n);
                let pt = &tk.toks[n];
                let participle = pt.acute
                    || p.ends_with('u')
                    || (p.len() > 3 && p.ends_with('i'))
                    || p.ends_with("is")
                    || p.ends_with("it")
                    || p.ends_with("ert");
                if pt.word && !pt.cap && participle {
                    s.past = true;
                }
            }
        }
        // « deux millions de spectateurs », « trois milliards »
        if f & flag::MILLION != 0 && k > 0 && flags(k - 1) & flag::NUMBER != 0 {
            s.figure = true;
        }
        if f & flag::MONTH != 0 {
            s.date = true;
        }
        if t.word && t.cap && k > 0 && flags(k - 1) & flag::STOP_MARK == 0 {
            s.named = true;
        }
        if f & flag::CONDITIONAL != 0 {
            s.conditional = true;
        }
        if f & flag::FIRST_PERSON != 0 {
            s.first_person = true;
        }
        if f & flag::NEGATION != 0 && k > 0 {
            s.negated = true;
        }
        // Signal phrases.
        found |= t.sig;
        if t.multi != u16::MAX {
            if i + usize::from(t.mlen) < b {
                // Every phrase found there ends inside the span.
                found |= t.mbits;
            } else {
                found |= lex
                    .signal_index
                    .multi_bits(t.multi, found, |j| (i + 1 + j < b).then(|| tk.t(i + 1 + j)));
            }
        }
        if f & flag::COMMA != 0 && flags(k + 1) & flag::SI != 0 {
            s.hypothetical = true;
        }
        if f & flag::DASH != 0 {
            dash = Some(k);
        }
    }
    s.change |= found & cat::CHANGE != 0;
    s.comparison |= found & cat::COMPARISON != 0;
    s.prediction |= found & cat::PREDICTION != 0;
    s.causal |= found & cat::CAUSAL != 0;
    s.event |= found & cat::EVENT != 0;
    s.hedge |= found & cat::HEDGE != 0;
    s.opinion |= found & cat::OPINION != 0;
    s.date |= found & cat::DATE != 0;
    s.actor |= found & cat::ACTOR != 0;
    s.policy |= found & cat::POLICY != 0;
    s.hypothetical |= flags(0) & flag::SI != 0;
    // « … - Tingshu Wang/Reuters », « … - Xie Shangguo/VCG/Getty Images »
    if let Some(dash) = dash {
        s.caption = len - (dash + 1) <= 12 && (dash + 1..len).any(|k| flags(k) & flag::SLASH != 0);
    }
    // Real sentences start with a capital, a digit or a mark; a lowercase
    // start is metadata (« date 2025-06 ») or a fragment.
    s.lowercase_start = (a..b).next().is_some_and(|i| {
        tk.toks[i].word && !tk.toks[i].cap && !tk.t(i).starts_with(|c: char| c.is_ascii_digit())
    });
    let last = text_chars_end_punct;
    s.question = last == Some('?') || (len > 0 && w(len - 1) == "?");
    s.heading = !matches!(
        last,
        Some('.')
            | Some('!')
            | Some('?')
            | Some('»')
            | Some('"')
            | Some('…')
            | Some(')')
            | Some('”')
    );
    s
}

#[cfg(test)]
fn matches_phrase(words: &[&str], phrase: &[String], prefix: bool) -> bool {
    let n = phrase.len();
    if n == 0 || words.len() < n {
        return false;
    }
    words.windows(n).any(|w| {
        w.iter().zip(phrase).enumerate().all(|(k, (a, p))| {
            if prefix && k == n - 1 {
                a.starts_with(p.as_str())
            } else {
                *a == p
            }
        })
    })
}

/// The kinds of a claim from its signals.
pub(crate) fn kinds(s: &Signals, quote: bool) -> Vec<ClaimKind> {
    let mut k = Vec::with_capacity(4);
    if quote {
        k.push(ClaimKind::Quote);
    }
    if s.figure {
        k.push(ClaimKind::Statistic);
    }
    if s.comparison {
        k.push(ClaimKind::Comparison);
    }
    if s.change {
        k.push(ClaimKind::Change);
    }
    if s.prediction {
        k.push(ClaimKind::Prediction);
    }
    if s.causal {
        k.push(ClaimKind::Causal);
    }
    if s.event {
        k.push(ClaimKind::Event);
    }
    if k.is_empty() || (quote && k.len() == 1) {
        k.push(ClaimKind::Statement);
    }
    k
}

/// The modality of a claim.
pub(crate) fn modality(s: &Signals) -> Modality {
    Modality {
        conditional: s.conditional,
        hedged: s.hedge,
        question: s.question,
    }
}

/// The check-worthiness score in [0, 1] and its reasons.
pub(crate) fn score(s: &Signals, source: Option<(SpeakerKind, bool)>) -> (f64, Vec<String>) {
    score_with(s, source, true)
}

/// The score alone, without the strings of its reasons (for sentences
/// that may fall under the threshold).
pub(crate) fn score_only(s: &Signals, source: Option<(SpeakerKind, bool)>) -> f64 {
    score_with(s, source, false).0
}

fn score_with(
    s: &Signals,
    source: Option<(SpeakerKind, bool)>,
    reasons: bool,
) -> (f64, Vec<String>) {
    let mut x: f64 = 0.15;
    let mut why = Vec::with_capacity(if reasons { 8 } else { 0 });
    let mut add = |v: f64, r: &str, x: &mut f64| {
        *x += v;
        if reasons {
            why.push(r.to_owned());
        }
    };
    if s.figure {
        add(0.3, "figure", &mut x);
    }
    if s.date {
        add(0.1, "date", &mut x);
    }
    if s.names >= 2 {
        add(0.1, "named entities", &mut x);
    } else if s.names == 1 {
        add(0.05, "named entity", &mut x);
    }
    if s.past {
        add(0.1, "past action", &mut x);
    }
    if s.change {
        add(0.1, "change", &mut x);
    }
    if s.comparison {
        add(0.05, "comparison", &mut x);
    }
    // A forecast with a figure or a date is checkable, conditional or not.
    let dated_prediction = (s.prediction || s.conditional || s.hedge) && (s.figure || s.date);
    if dated_prediction {
        add(0.1, "dated prediction", &mut x);
    }
    if s.causal {
        add(0.05, "causal", &mut x);
    }
    if s.event {
        add(0.1, "event", &mut x);
    }
    if s.actor && s.policy {
        add(0.1, "policy", &mut x);
    }
    let opinion = s.opinion || (s.hedge && !s.figure);
    match source {
        Some((SpeakerKind::Anonymous | SpeakerKind::Group, _)) => {
            add(0.0, "unnamed source", &mut x)
        }
        Some((_, true)) if !opinion || dated_prediction => add(0.2, "named source", &mut x),
        _ => {}
    }
    if s.hedge && !dated_prediction {
        add(-0.15, "hedged", &mut x);
    }
    if s.conditional && !dated_prediction {
        add(-0.05, "conditional", &mut x);
    }
    if s.opinion {
        add(
            if dated_prediction { -0.05 } else { -0.15 },
            "opinion",
            &mut x,
        );
    }
    if s.first_person {
        add(-0.1, "first person", &mut x);
    }
    if s.question {
        add(-0.4, "question", &mut x);
    }
    if s.hypothetical && !s.figure {
        add(-0.15, "hypothetical", &mut x);
    }
    if s.words < 6 {
        add(-0.25, "short", &mut x);
    }
    if s.heading {
        // A title with a figure still states it.
        add(
            if s.figure { -0.1 } else { -0.3 },
            "no sentence punctuation",
            &mut x,
        );
    }
    if s.caption {
        add(-0.35, "caption", &mut x);
    }
    if s.lowercase_start {
        add(-0.2, "lowercase start", &mut x);
    }
    ((x.clamp(0.0, 1.0) * 1000.0).round() / 1000.0, why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;

    fn check(input: &str, expected: &[&str]) {
        let tk = Tokens::new(input);
        let span = Span::new(0, input.chars().count());
        let s = signals(&LEXICON, &tk, span, &[], input.trim_end().chars().last());
        let (_, reasons) = score(&s, None);
        for e in expected {
            assert!(
                reasons.iter().any(|r| r == e),
                "{input}: {e} not in {reasons:?}"
            );
        }
    }

    #[test]
    fn reasons_from_french() {
        check(
            "Les cours des actions d'Alibaba et de Tencent ont respectivement augmenté de 80 % et de 64 %.",
            &["figure", "change", "comparison", "named entities", "past action"],
        );
        check(
            "Mais peut-être la réalité est-elle plus nuancée.",
            &["hedged"],
        );
        check("Est-ce le cas ?", &["question", "short"]);
        check(
            "La Chine verrait apparaître plus de 100 projets d'ici fin 2026.",
            &["figure", "date", "dated prediction"],
        );
        check(
            "Continuer la lecture",
            &["short", "no sentence punctuation"],
        );
        check(
            "Le gouvernement encourage les entreprises publiques à adopter les technologies nationales.",
            &["policy"],
        );
        check(
            "D’ici 2035, si la Chine parvient à intégrer l’IA, l’intelligence fonctionnera comme une infrastructure.",
            &["hypothetical", "date"],
        );
    }

    /// The signal index finds what testing every phrase against every
    /// window finds.
    #[test]
    fn signal_index_matches_every_phrase() {
        let lex = &*LEXICON;
        let cat_bit = crate::lexicon::cat_bit;
        let mut texts: Vec<String> = lex
            .signals
            .iter()
            .map(|(p, prefix, _)| {
                let mut t = p.join(" ");
                if *prefix {
                    t.push_str("ent");
                }
                format!("Le {t} et {t}")
            })
            .collect();
        texts.push(
            "Les ventes ont augmenté de 5 % et devraient progresser, selon les experts, \
             mais la baisse des prix pourrait entraîner une hausse du chômage."
                .into(),
        );
        for t in &texts {
            let tk = Tokens::new(t);
            let words: Vec<&str> = (0..tk.toks.len()).map(|i| tk.t(i)).collect();
            for a in 0..words.len() {
                for b in a..=words.len() {
                    let w = &words[a..b];
                    let want = lex
                        .signals
                        .iter()
                        .filter(|(p, prefix, _)| matches_phrase(w, p, *prefix))
                        .fold(0, |acc, (_, _, c)| acc | cat_bit(c));
                    assert_eq!(lex.signal_index.find(lex, w), want, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn scores_order_facts_over_opinions() {
        let sc = |t: &str| {
            let tk = Tokens::new(t);
            let s = signals(
                &LEXICON,
                &tk,
                Span::new(0, t.chars().count()),
                &[],
                t.chars().last(),
            );
            score(&s, None).0
        };
        let fact = sc("Le PIB a augmenté de 5,4 % au premier trimestre.");
        let opinion = sc("La WAIC 2025 marque un tournant stratégique dans la stratégie chinoise.");
        assert!(fact > opinion, "{fact} <= {opinion}");
        assert!((0.0..=1.0).contains(&fact));
    }
}
