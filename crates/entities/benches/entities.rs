//! Throughput of the entities stage alone, on one thread.
//!
//! Builds at least `FRCLAIMS_BENCH_MB` megabytes (default 20) of documents
//! from the files of `corpus/` (each copy varied a little, as the pipeline
//! bench does), segments them once outside the timing, then times
//! [`frclaims_entities::extract`] over all of them. Prints MB/s of input
//! text and ms of CPU per MB; the best of `FRCLAIMS_BENCH_RUNS` runs
//! (default 3) counts.
//!
//! Run with `cargo bench -p frclaims-entities --bench entities`.

use std::path::PathBuf;
use std::time::Instant;

use frclaims_model::{Document, Sentence};

fn main() {
    let mb: usize = std::env::var("FRCLAIMS_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let runs: usize = std::env::var("FRCLAIMS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut articles: Vec<String> = std::fs::read_dir(&corpus)
        .expect("corpus/ is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("corpus files are UTF-8"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "corpus/ has .txt files");
    let mut docs: Vec<(Document, Vec<Sentence>)> = Vec::new();
    let mut total = 0usize;
    let mut n = 0usize;
    while total < mb << 20 {
        for a in &articles {
            let text = format!("{a}\nCopie {n}.\n");
            total += text.len();
            let paragraphs = frclaims_segment::paragraphs(&text);
            let sentences = frclaims_segment::sentences(&text, &paragraphs);
            let doc = Document {
                id: format!("{n:06}"),
                text,
                ..Document::default()
            };
            docs.push((doc, sentences));
            n += 1;
        }
    }
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    let mut best = f64::INFINITY;
    let mut count = 0usize;
    for _ in 0..runs {
        let start = Instant::now();
        count = 0;
        for (doc, sentences) in &docs {
            count += std::hint::black_box(frclaims_entities::extract(doc, sentences)).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mbs = total as f64 / 1e6;
    println!(
        "entities, 1 thread: {best:.3} s, {:.1} MB/s, {:.2} ms/MB, {count} entities",
        mbs / best,
        best * 1e3 / mbs
    );
}
