//! Throughput of the claims stage alone, on one thread.
//!
//! Builds at least `FRCLAIMS_BENCH_MB` megabytes (default 20) of documents
//! from the files of `corpus/`, segments them once, then times
//! [`frclaims_claims::extract`] over all of them with no numbers and no
//! entities (the pipeline's `stage_times` example gives the figure with real
//! ones). Prints MB/s of input text.
//!
//! Run with `cargo bench -p frclaims-claims --bench claims`.

use std::path::PathBuf;
use std::time::Instant;

use frclaims_model::Document;

fn main() {
    let mb: usize = std::env::var("FRCLAIMS_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut articles: Vec<String> = std::fs::read_dir(&corpus)
        .expect("corpus/ is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("corpus files are UTF-8"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "corpus/ has no .txt file");
    let mut docs = Vec::new();
    let mut total = 0usize;
    let mut n = 0usize;
    while total < mb << 20 {
        for a in &articles {
            // Vary each copy a little so no two documents are identical.
            let text = format!("{a}\nCopie {n}.\n");
            total += text.len();
            let paras = frclaims_segment::paragraphs(&text);
            let sents = frclaims_segment::sentences(&text, &paras);
            docs.push((
                Document {
                    text,
                    ..Document::default()
                },
                sents,
            ));
            n += 1;
        }
    }
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    // Builds the lexicon outside the timing.
    std::hint::black_box(frclaims_claims::extract(&docs[0].0, &docs[0].1, &[], &[]));
    let mut best = 0.0f64;
    for round in 0..3 {
        let start = Instant::now();
        let mut claims = 0usize;
        for (doc, sents) in &docs {
            claims += std::hint::black_box(frclaims_claims::extract(doc, sents, &[], &[])).len();
        }
        let s = start.elapsed().as_secs_f64();
        let rate = total as f64 / 1e6 / s;
        best = best.max(rate);
        println!("round {round}: {claims} claims in {s:.2} s: {rate:.1} MB/s");
    }
    println!("claims stage, 1 thread: {best:.1} MB/s (best of 3)");
}
