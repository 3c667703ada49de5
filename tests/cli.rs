//! Exit codes, error records and input handling of `frclaims extract`.

use crate::util::{arg, frclaims, lines};

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        frclaims(&["extract", "--jobs", "many"], None).status.code(),
        Some(2)
    );
    assert_eq!(frclaims(&["nonsense"], None).status.code(), Some(2));
    let out = frclaims(&["extract", "no/such/path"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/path"));
}

#[test]
fn bad_files_become_error_records_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a_empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("b_binary.txt"), b"\x7fELF\x00\x01\x02").unwrap();
    std::fs::write(
        dir.path().join("c_latin1.txt"),
        b"Le caf\xe9 co\xfbte 2 \x80.",
    )
    .unwrap();
    std::fs::write(dir.path().join("d_ok.txt"), "Une phrase. Une autre.").unwrap();
    let out = frclaims(&["extract", arg(dir.path())], None);
    assert_eq!(out.status.code(), Some(1));
    let recs = lines(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["a_empty.txt", "b_binary.txt", "c_latin1.txt", "d_ok.txt"]
    );
    assert_eq!(recs[0]["error"]["kind"], "empty");
    assert_eq!(recs[1]["error"]["kind"], "binary");
    assert_eq!(recs[2]["text"], "Le café coûte 2 €.");
    assert_eq!(recs[2]["meta"]["encoding"], "windows-1252");
    assert!(recs[2]["meta"]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("Windows-1252"));
    assert_eq!(recs[3]["sentences"].as_array().unwrap().len(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 errors"));
}

#[test]
fn unreadable_directory_entry_is_reported_not_fatal() {
    // A dangling symlink cannot be read: an error record, the rest goes on.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), "Texte.").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("missing.txt"), dir.path().join("a.txt")).unwrap();
    let out = frclaims(&["extract", arg(dir.path())], None);
    let recs = lines(&out);
    assert_eq!(recs.last().unwrap()["id"], "b.txt");
    #[cfg(unix)]
    {
        assert_eq!(out.status.code(), Some(1));
        assert!(recs[0].get("error").is_some(), "{}", recs[0]);
    }
}

#[test]
fn jsonl_input_with_a_bad_line() {
    let input = b"{\"id\": \"a\", \"text\": \"Premier.\", \"date\": \"2025-06\", \"lang\": \"fr\"}\n{oops\n{\"id\": \"c\", \"text\": \"Trois.\"}\n";
    let out = frclaims(&["extract", "--input-format", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let recs = lines(&out);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["meta"]["date"]["value"], "2025-06");
    assert_eq!(recs[0]["meta"]["lang"], "fr");
    assert_eq!(recs[1]["id"], "-:2");
    assert_eq!(recs[1]["error"]["kind"], "json");
    assert_eq!(recs[2]["id"], "c");
}

#[test]
fn stdin_text_and_no_text() {
    let out = frclaims(
        &["extract", "--no-text", "-"],
        Some("Bonjour. Au revoir.".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let recs = lines(&out);
    assert_eq!(recs[0]["id"], "-");
    assert!(recs[0].get("text").is_none());
    assert_eq!(recs[0]["schema"], "frclaims/1");
}

#[test]
fn output_file_and_job_counts_agree() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.jsonl");
    let many = dir.path().join("many.jsonl");
    assert_eq!(
        frclaims(&["extract", "-j", "1", "-o", arg(&one), "corpus"], None)
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        frclaims(&["extract", "-j", "3", "-o", arg(&many), "corpus"], None)
            .status
            .code(),
        Some(0)
    );
    let a = std::fs::read(&one).unwrap();
    assert!(!a.is_empty());
    assert_eq!(a, std::fs::read(&many).unwrap());
}

#[test]
fn text_and_jsonl_inputs_agree() {
    let text = std::fs::read_to_string(crate::util::root().join("corpus/003_76ed5ceb8239dfb3.txt"))
        .unwrap();
    let jsonl = serde_json::json!({"id": "003_76ed5ceb8239dfb3.txt", "text": text}).to_string();
    let a = lines(&frclaims(
        &["extract", "--input-format", "jsonl", "-"],
        Some(jsonl.as_bytes()),
    ));
    let b = lines(&frclaims(
        &["extract", "corpus/003_76ed5ceb8239dfb3.txt"],
        None,
    ));
    for key in ["sentences", "entities", "numbers", "claims", "skipped"] {
        assert_eq!(a[0][key], b[0][key], "{key}");
    }
}

#[test]
fn stages_choose_what_runs() {
    let text = "« Le PIB a augmenté de 5,4 % », a déclaré Justin Lin à Pékin le 3 mars 2025.";
    let all = lines(&frclaims(&["extract", "-"], Some(text.as_bytes())));
    for key in ["numbers", "entities", "claims"] {
        assert!(
            !all[0][key].as_array().unwrap().is_empty(),
            "{key} with every stage"
        );
    }
    let some = lines(&frclaims(
        &["extract", "--stages", "numbers,claims", "-"],
        Some(text.as_bytes()),
    ));
    assert!(!some[0]["numbers"].as_array().unwrap().is_empty());
    assert!(some[0]["entities"].as_array().unwrap().is_empty());
    assert!(
        !some[0]["claims"].as_array().unwrap().is_empty(),
        "claims run without entities"
    );
    assert_eq!(some[0]["sentences"], all[0]["sentences"]);
    assert_eq!(
        frclaims(&["extract", "--stages", "verbs", "-"], Some(b"x"))
            .status
            .code(),
        Some(2)
    );
}

/// `--claims-only` writes one line per claim, with the sentences the claim
/// overlaps quoted whole, in the same code points as the full record.
#[test]
fn claims_only_quotes_the_sentences_of_each_claim() {
    let text = "Le ministre a déclaré que le chômage baisserait de 2 % en 2026. \
                Il pleut. « Nous ne céderons pas », a affirmé Mme Dupont. \
                Selon l'Insee, les prix ont augmenté de 5,4 % sur un an.";
    let input = format!("{}\n", serde_json::json!({"id": "d", "text": text}));
    let full = lines(&frclaims(
        &["extract", "--input-format", "jsonl", "-"],
        Some(input.as_bytes()),
    ));
    let only = frclaims(
        &["extract", "--claims-only", "--input-format", "jsonl", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(only.status.code(), Some(0));
    let only = lines(&only);
    let claims = full[0]["claims"].as_array().unwrap();
    assert!(claims.len() >= 3, "{claims:?}");
    assert_eq!(only.len(), claims.len());
    let chars: Vec<char> = text.chars().collect();
    let sentences = full[0]["sentences"].as_array().unwrap();
    for (line, claim) in only.iter().zip(claims) {
        assert_eq!(line["schema"], "frclaims/1");
        assert_eq!(line["id"], "d");
        assert_eq!(&line["claim"], claim);
        let (s, e) = (
            line["sentence"]["start"].as_u64().unwrap() as usize,
            line["sentence"]["end"].as_u64().unwrap() as usize,
        );
        let quoted: String = chars[s..e].iter().collect();
        assert_eq!(line["sentence"]["text"], quoted.as_str());
        // The quote runs from the first to the last sentence the claim overlaps.
        let (cs, ce) = (
            claim["start"].as_u64().unwrap(),
            claim["end"].as_u64().unwrap(),
        );
        let over: Vec<_> = sentences
            .iter()
            .filter(|x| x["start"].as_u64().unwrap() < ce && cs < x["end"].as_u64().unwrap())
            .collect();
        assert_eq!(over.first().unwrap()["start"].as_u64().unwrap(), s as u64);
        assert_eq!(over.last().unwrap()["end"].as_u64().unwrap(), e as u64);
    }
}
