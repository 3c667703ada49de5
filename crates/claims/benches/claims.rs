//! Throughput of the claims stage alone, on one thread.
//!
//! Builds at least `FRCLAIMS_BENCH_MB` megabytes (default 20) of documents
//! from the files of `corpus/`, segments them once, then times
//! [`frclaims_claims::extract`] over all of them with no numbers and no
//! entities (the pipeline's `stage_times` example gives the figure with real
//! ones). Prints MB/s of input text; the best of `FRCLAIMS_BENCH_RUNS`
//! runs (default 3) counts.
//!
//! Run with `cargo bench -p frclaims-claims --bench claims`.

use std::time::Instant;

fn main() {
    let docs = frclaims_benchdata::documents(frclaims_benchdata::mb_from_env(20));
    let (n, total) = (docs.len(), frclaims_benchdata::bytes(&docs));
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    // Builds the lexicon outside the timing.
    std::hint::black_box(frclaims_claims::extract(&docs[0].0, &docs[0].1, &[], &[]));
    let runs = frclaims_benchdata::runs_from_env(3);
    let mut best = 0.0f64;
    for round in 0..runs {
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
    println!("claims stage, 1 thread: {best:.1} MB/s (best of {runs})");
}
