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
use std::time::Instant;

use frclaims_model::MetaField;

fn main() {
    let mut docs = frclaims_benchdata::documents(frclaims_benchdata::mb_from_env(20));
    // A publication date, so relative dates are resolved as in real runs.
    for (doc, _) in &mut docs {
        doc.meta.date = Some(MetaField::given("2025-06-15"));
    }
    let (n, total) = (docs.len(), frclaims_benchdata::bytes(&docs));
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    // Warm up the lexicons.
    black_box(frclaims_numbers::extract(&docs[0].0, &docs[0].1));
    let runs = frclaims_benchdata::runs_from_env(5);
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
