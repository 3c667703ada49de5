//! Throughput of the whole pipeline: ingest + every stage + JSONL output.
//!
//! Builds a corpus of at least `FRCLAIMS_BENCH_MB` megabytes (default 100)
//! at run time from the files of `corpus/`, writes it to a temporary
//! folder, and runs the pipeline over it, writing the JSONL to a sink:
//! with segmentation only (ingest, paragraphs, furniture, metadata,
//! sentences, JSON), with each extraction stage alone on top of it, and
//! with every stage — on 1 thread, and the first and last also on all
//! cores. Prints MB/s of input text and, for each stage, what it adds in
//! milliseconds per megabyte, so that "with and without the stage" is one
//! run.
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
    let only = |numbers, entities, claims| Stages {
        numbers,
        entities,
        claims,
    };
    let mut base_ms = None;
    for (what, stages, all_cores) in [
        ("segmentation only", Stages::NONE, true),
        ("+ numbers", only(true, false, false), false),
        ("+ entities", only(false, true, false), false),
        ("+ claims", only(false, false, true), false),
        ("every stage", Stages::ALL, true),
    ] {
        let mut one = 0.0;
        let jobs_list: &[usize] = if all_cores { &[1, cores] } else { &[1] };
        for &jobs in jobs_list {
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
            let ms = 1e3 / rate;
            let mut added = String::new();
            if jobs == 1 {
                one = rate;
                match base_ms {
                    None => base_ms = Some(ms),
                    Some(b) => added = format!(", adds {:.1} ms/MB", ms - b),
                }
            }
            println!(
                "{what}, threads {jobs}: {secs:.2} s, {rate:.1} MB/s ({:.2}x), {ms:.2} ms/MB{added}, output {:.1} MB",
                rate / one,
                out_bytes as f64 / 1e6
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
