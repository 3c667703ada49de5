//! The corpus every frclaims benchmark runs on: the articles of the
//! repository's `corpus/`, repeated until a size is reached, each copy
//! varied by one line so that no two documents are the same. Built at run
//! time, so nothing large is stored in the repository. Also the
//! pseudo-random generator of the stages' randomized tests. Used by the
//! benches and tests only (`publish = false`).
#![deny(missing_docs)]

use std::path::Path;

use frclaims_model::{Document, Sentence};

/// A xorshift generator: the same pseudo-random sequence on every run
/// (`seed` must not be 0).
pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// Megabytes asked for by `FRCLAIMS_BENCH_MB`, else `default`.
pub fn mb_from_env(default: usize) -> usize {
    env_usize("FRCLAIMS_BENCH_MB", default)
}

/// Runs (of each timed configuration) asked for by `FRCLAIMS_BENCH_RUNS`,
/// else `default`; at least one.
pub fn runs_from_env(default: usize) -> usize {
    env_usize("FRCLAIMS_BENCH_RUNS", default).max(1)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The articles of `corpus/`, in file-name order.
pub fn articles() -> Vec<String> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "corpus/ has no .txt file");
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus files are UTF-8"))
        .collect()
}

/// Texts of at least `mb` megabytes in all: the articles repeated, copy `n`
/// ending with the line "Copie n.".
pub fn texts(mb: usize) -> Vec<String> {
    let articles = articles();
    let mut out = Vec::new();
    let mut total = 0usize;
    while total < mb << 20 {
        for a in &articles {
            let text = format!("{a}\nCopie {}.\n", out.len());
            total += text.len();
            out.push(text);
        }
    }
    out
}

/// [`texts`] as documents (id = copy number) with their sentences, for the
/// benches of the stages that run on sentences.
pub fn documents(mb: usize) -> Vec<(Document, Vec<Sentence>)> {
    texts(mb)
        .into_iter()
        .enumerate()
        .map(|(n, text)| {
            let paragraphs = frclaims_segment::paragraphs(&text);
            let sentences = frclaims_segment::sentences(&text, &paragraphs);
            (
                Document {
                    id: format!("{n:06}"),
                    text,
                    ..Document::default()
                },
                sentences,
            )
        })
        .collect()
}

/// Total bytes of text of some documents.
pub fn bytes(docs: &[(Document, Vec<Sentence>)]) -> usize {
    docs.iter().map(|(d, _)| d.text.len()).sum()
}
