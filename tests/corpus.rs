//! The whole corpus output, snapshotted.

use crate::util::{frclaims, lines};

#[test]
fn corpus_snapshot() {
    let out = frclaims(&["extract", "--jobs", "2", "corpus"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = lines(&out);
    assert_eq!(records.len(), 5);
    for r in &records {
        let id = r["id"].as_str().unwrap().to_owned();
        insta::with_settings!({snapshot_suffix => id.trim_end_matches(".txt")}, {
            insta::assert_json_snapshot!("corpus", r);
        });
    }
}

#[test]
fn spans_are_in_bounds_and_match_their_text() {
    let out = frclaims(&["extract", "corpus"], None);
    for r in lines(&out) {
        let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
        for list in [
            "paragraphs",
            "sentences",
            "skipped",
            "entities",
            "numbers",
            "claims",
        ] {
            let mut last = (0, 0);
            for item in r[list].as_array().unwrap() {
                let (s, e) = (
                    item["start"].as_u64().unwrap() as usize,
                    item["end"].as_u64().unwrap() as usize,
                );
                assert!(s < e && e <= text.len(), "{list} {s}..{e}");
                assert!((s, e) >= last, "{list} not sorted at {s}..{e}");
                last = (s, e);
                if let Some(t) = item.get("text").and_then(|t| t.as_str()) {
                    let covered: String = text[s..e].iter().collect();
                    assert_eq!(covered, t, "{list} {s}..{e}");
                }
            }
        }
    }
}
