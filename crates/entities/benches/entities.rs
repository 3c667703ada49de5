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

use std::time::Instant;

fn main() {
    let runs = frclaims_benchdata::runs_from_env(3);
    let docs = frclaims_benchdata::documents(frclaims_benchdata::mb_from_env(20));
    let (n, total) = (docs.len(), frclaims_benchdata::bytes(&docs));
    println!("corpus: {n} documents, {:.3} MB", total as f64 / 1e6);
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
