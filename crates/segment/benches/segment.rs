//! Segmentation throughput on one thread.
//!
//! Builds at least 50 MB of documents at run time from the articles of
//! `corpus/` (each document is one article, repeated), runs
//! [`frclaims_segment::paragraphs`] and [`frclaims_segment::sentences`] on
//! every document, and prints MB/s (best of a few passes).
//!
//! `cargo bench -p frclaims-segment --bench segment`

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const TARGET_BYTES: usize = 50 * 1024 * 1024;
const PASSES: usize = 5;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(&p).expect("corpus files are UTF-8"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no article in {}", dir.display());

    let mut docs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for a in &articles {
            total += a.len();
            docs.push(a.clone());
        }
    }

    let mut best = f64::MAX;
    let mut sentences = 0;
    for _ in 0..PASSES {
        let t = Instant::now();
        sentences = 0;
        for d in &docs {
            let paras = frclaims_segment::paragraphs(black_box(d));
            sentences += black_box(frclaims_segment::sentences(d, &paras)).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = total as f64 / 1e6;
    println!(
        "segment: {} documents, {:.1} MB, {} sentences, best of {PASSES}: {:.3} s, {:.0} MB/s (1 thread)",
        docs.len(),
        mb,
        sentences,
        best,
        mb / best
    );
}
