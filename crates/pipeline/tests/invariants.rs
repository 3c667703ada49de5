//! Invariants of every record, on arbitrary text: no panic, every span in
//! bounds and non-empty, lists sorted, covered texts equal to the spans,
//! sentences inside their paragraphs.

use frclaims_model::{Document, Span};
use frclaims_pipeline::{process, Options};
use proptest::prelude::*;

fn check_spans(what: &str, n: usize, spans: impl Iterator<Item = Span>) {
    let mut last = Span::new(0, 0);
    for s in spans {
        assert!(
            s.start < s.end && s.end <= n,
            "{what}: {s:?} in a text of {n} code points"
        );
        assert!(
            (s.start, s.end) >= (last.start, last.end),
            "{what}: {s:?} after {last:?}"
        );
        last = s;
    }
}

fn check(text: &str) {
    let doc = Document {
        id: "t".into(),
        text: text.into(),
        ..Document::default()
    };
    let rec = process(&doc, &Options::default());
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let cover = |s: Span| -> String { chars[s.start..s.end].iter().collect() };
    check_spans("paragraphs", n, rec.paragraphs.iter().map(|p| p.span));
    check_spans("sentences", n, rec.sentences.iter().map(|s| s.span));
    check_spans("skipped", n, rec.skipped.iter().map(|s| s.span));
    check_spans("entities", n, rec.entities.iter().map(|e| e.span));
    check_spans("numbers", n, rec.numbers.iter().map(|x| x.span));
    check_spans("claims", n, rec.claims.iter().map(|c| c.span));
    for s in &rec.sentences {
        assert!(rec.paragraphs[s.paragraph].span.contains(s.span), "{s:?}");
        assert_eq!(cover(s.span).trim(), cover(s.span), "sentences are trimmed");
    }
    for e in &rec.entities {
        assert_eq!(cover(e.span), e.text);
        if let Some(r) = e.reference {
            assert!(r < rec.entities.len());
        }
    }
    for x in &rec.numbers {
        assert_eq!(cover(x.span), x.text);
    }
    for c in &rec.claims {
        assert_eq!(cover(c.span), c.text);
        assert!((0.0..=1.0).contains(&c.score), "score {}", c.score);
        assert!(c.numbers.iter().all(|&i| i < rec.numbers.len()));
        assert!(c.entities.iter().all(|&i| i < rec.entities.len()));
        if let Some(a) = &c.attribution {
            assert!(a.content.end <= n);
        }
    }
    serde_json::to_string(&rec).expect("every record serializes");
}

/// Pieces French news text is made of, to build plausible random texts.
const PIECES: &[&str] = &[
    "« ",
    " »",
    "M. ",
    "Mme ",
    "Dupont",
    "Pékin",
    "a déclaré",
    " que ",
    "selon ",
    "l’",
    "12\u{a0}500",
    "5,4\u{202f}%",
    "1,5 million",
    "de dollars",
    "le 16 mai 2025",
    ". ",
    "! ",
    "? ",
    "…",
    "\n",
    "\n\n",
    "  • ",
    "Views: 101",
    " - Tingshu Wang/Reuters",
    "quatre-vingt-dix",
    "Il",
    " ",
    ", ",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "—",
    "2e",
    "XXIe siècle",
    "H100",
    "GPT-4",
    "€",
    "$",
    "é",
    "Ç",
    "日本語",
    "\u{feff}",
    "\t",
    "\r\n",
    "a-t-il dit",
    "Lin",
    "Justin Lin",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn news_like_text(parts in proptest::collection::vec(0..PIECES.len(), 0..120)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text);
    }
}

#[test]
fn corpus_articles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        check(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        n += 1;
    }
    assert_eq!(n, 5);
}
