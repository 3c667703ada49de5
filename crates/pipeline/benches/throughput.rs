//! Throughput of the whole pipeline: ingest + every stage + JSONL output.
//!
//! Builds a corpus of at least `FRCLAIMS_BENCH_MB` megabytes (default 100)
//! at run time from the files of `corpus/`, writes it to a temporary
//! folder, and runs the pipeline over it with 1 thread and with all cores,
//! writing the JSONL to a sink, once with segmentation only (ingest,
//! paragraphs, furniture, metadata, sentences, JSON) and once with every
//! stage. Prints MB/s of input text.
//!
//! Run with `cargo bench -p frclaims-pipeline --bench throughput`.

// The allocator of the frclaims binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use frclaims_ingest::{read, InputFormat};
use frclaims_pipeline::{render_jsonl, run, Config, Options, Stages};

fn main() {
    let texts = frclaims_benchdata::texts(frclaims_benchdata::mb_from_env(100));
    let dir = std::env::temp_dir().join(format!("frclaims-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (n, text) in texts.iter().enumerate() {
        std::fs::write(dir.join(format!("{n:06}.txt")), text).unwrap();
    }
    let (n, total) = (texts.len(), texts.iter().map(String::len).sum::<usize>());
    drop(texts);
    println!("corpus: {n} documents, {:.1} MB", total as f64 / 1e6);
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    for (what, stages) in [
        ("segmentation only", Stages::NONE),
        ("every stage", Stages::ALL),
    ] {
        let mut one = 0.0;
        for jobs in [1, cores] {
            let config = Config {
                jobs,
                options: Options {
                    stages,
                    ..Options::default()
                },
                ..Config::default()
            };
            let start = Instant::now();
            let mut out_bytes = 0usize;
            run(
                read(std::slice::from_ref(&dir), InputFormat::Auto),
                &config,
                render_jsonl,
                |r| {
                    out_bytes += r.bytes.len();
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            let secs = start.elapsed().as_secs_f64();
            let rate = total as f64 / 1e6 / secs;
            if jobs == 1 {
                one = rate;
            }
            println!(
                "{what}, threads {jobs}: {secs:.2} s, {rate:.1} MB/s ({:.2}x), output {:.1} MB",
                rate / one,
                out_bytes as f64 / 1e6
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
