//! Throughput of the numbers stage alone, on one thread.
//!
//! Builds at least `FRCLAIMS_BENCH_MB` megabytes (default 20) of documents
//! from the files of `corpus/`, segments them beforehand (not timed), then
//! times [`frclaims_numbers::extract`] over all of them and prints MB/s of
//! input text. `FRCLAIMS_BENCH_RUNS` (default 5) sets how many times it
//! runs (the best time is kept).
//!
//! Run with `cargo bench -p frclaims-numbers --bench numbers`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use frclaims_model::{Document, Meta, MetaField, Sentence};

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
    let mut docs: Vec<(Document, Vec<Sentence>)> = Vec::new();
    let mut total = 0usize;
    let mut n = 0usize;
    while total < mb << 20 {
        for a in &articles {
            // Vary each copy a little so no two documents are identical.
            let text = format!("{a}\nCopie {n}.\n");
            total += text.len();
            let paragraphs = frclaims_segment::paragraphs(&text);
            let sentences = frclaims_segment::sentences(&text, &paragraphs);
            let doc = Document {
                text,
                meta: Meta {
                    date: Some(MetaField::given("2025-06-15")),
                    ..Meta::default()
                },
                ..Document::default()
            };
            docs.push((doc, sentences));
            n += 1;
        }
    }
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    // Warm up the lexicons.
    black_box(frclaims_numbers::extract(&docs[0].0, &docs[0].1));
    let runs: usize = std::env::var("FRCLAIMS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut best = f64::MAX;
    let mut found = 0usize;
    for _ in 0..runs {
        let start = Instant::now();
        found = 0;
        for (doc, sentences) in &docs {
            found += black_box(frclaims_numbers::extract(doc, sentences)).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let rate = total as f64 / 1e6 / best;
    println!(
        "numbers: {best:.3} s, {rate:.1} MB/s, {:.2} ms/MB, {found} items",
        1e3 / (total as f64 / 1e6 / best)
    );
}
