//! Throughput of the whole pipeline: ingest + every stage + JSONL output.
//!
//! Builds a corpus of at least `FRCLAIMS_BENCH_MB` megabytes (default 100)
//! at run time from the files of `corpus/`, writes it to a temporary
//! folder, and runs the pipeline over it, writing the JSONL to a sink:
//! with segmentation only (ingest, paragraphs, furniture, metadata,
//! sentences, JSON), with each extraction stage alone on top of it, with
//! every stage but numbers, and with every stage — on 1 thread, and the
//! first and last also on all cores. Each configuration runs `FRCLAIMS_BENCH_RUNS` times (default
//! 3), the configurations taking turns. Prints MB/s of input text, best and
//! median, and for each stage what it adds in milliseconds per megabyte,
//! so that "with and without the stage" is one run; the last line compares
//! the whole pipeline with and without the numbers stage.
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
    // Every configuration runs `rounds` times, round-robin, so that the
    // machine's drift spreads over all of them; best and median are shown.
    let rounds = frclaims_benchdata::runs_from_env(3);
    println!("{rounds} rounds; seconds as best / median");
    let configs = [
        ("segmentation only", Stages::NONE, true),
        ("+ numbers", only(true, false, false), false),
        ("+ entities", only(false, true, false), false),
        ("+ claims", only(false, false, true), false),
        ("every stage but numbers", only(false, true, true), false),
        ("every stage", Stages::ALL, true),
    ];
    let runs: Vec<(&str, Stages, usize)> = configs
        .iter()
        .flat_map(|&(what, stages, all_cores)| {
            let jobs = if all_cores && cores > 1 {
                vec![1, cores]
            } else {
                vec![1]
            };
            jobs.into_iter().map(move |j| (what, stages, j))
        })
        .collect();
    let mut secs = vec![Vec::new(); runs.len()];
    let mut out_bytes = vec![0usize; runs.len()];
    for _ in 0..rounds {
        for (k, &(_, stages, jobs)) in runs.iter().enumerate() {
            let config = Config {
                jobs,
                options: Options {
                    stages,
                    ..Options::default()
                },
                ..Config::default()
            };
            let start = Instant::now();
            let mut bytes = 0usize;
            run(
                read(std::slice::from_ref(&dir), InputFormat::Auto),
                &config,
                render_jsonl,
                |r| {
                    bytes += r.bytes.len();
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            secs[k].push(start.elapsed().as_secs_f64());
            out_bytes[k] = bytes;
        }
    }
    let mb = total as f64 / 1e6;
    // (best, median) milliseconds per megabyte of the one-thread base.
    let mut base: Option<(f64, f64)> = None;
    // (best, median) MB/s of the one-thread runs, by configuration.
    let mut one_thread = std::collections::HashMap::new();
    for (k, &(what, _, jobs)) in runs.iter().enumerate() {
        let s = &mut secs[k];
        s.sort_by(f64::total_cmp);
        let (best, median) = (s[0], s[s.len() / 2]);
        if jobs == 1 {
            one_thread.insert(what, (mb / best, mb / median));
        }
        let ms = (best * 1e3 / mb, median * 1e3 / mb);
        let mut added = String::new();
        if jobs == 1 {
            match base {
                None => base = Some(ms),
                Some(b) => added = format!(", adds {:.1} / {:.1} ms/MB", ms.0 - b.0, ms.1 - b.1),
            }
        }
        println!(
            "{what}, threads {jobs}: {best:.2} / {median:.2} s, {:.1} / {:.1} MB/s, {:.2} / {:.2} ms/MB{added}, output {:.1} MB",
            mb / best,
            mb / median,
            ms.0,
            ms.1,
            out_bytes[k] as f64 / 1e6
        );
    }
    // The numbers stage in the whole pipeline: with and without it.
    if let (Some(without), Some(with)) = (
        one_thread.get("every stage but numbers"),
        one_thread.get("every stage"),
    ) {
        println!(
            "numbers in the whole pipeline, threads 1: {:.1} / {:.1} MB/s without, {:.1} / {:.1} MB/s with ({:+.0} / {:+.0} %)",
            without.0,
            without.1,
            with.0,
            with.1,
            (with.0 / without.0 - 1.0) * 100.0,
            (with.1 / without.1 - 1.0) * 100.0
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
