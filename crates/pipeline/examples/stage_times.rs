//! Times each stage over the corpus repeated, to see where the time goes.
//! `cargo run --release -p frclaims-pipeline --example stage_times`
//! (`REPS=N` repeats the corpus N times; default 100).
use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 * reps as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn(&str)| {
        let t = Instant::now();
        for _ in 0..reps {
            for text in &texts {
                f(text);
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!("{name:30} {:8.1} MB/s", mb / s);
    };
    time("paragraphs", &|t| {
        std::hint::black_box(frclaims_segment::paragraphs(t));
    });
    let paras: Vec<_> = texts
        .iter()
        .map(|t| frclaims_segment::paragraphs(t))
        .collect();
    let find = |t: &str| texts.iter().position(|x| x == t).unwrap();
    // The pipeline's path: the paragraphs' byte spans, no conversion.
    let with_bytes: Vec<_> = texts
        .iter()
        .map(|t| frclaims_segment::paragraphs_with_bytes(t))
        .collect();
    time("sentences", &|t| {
        std::hint::black_box(frclaims_segment::sentences_and_bytes(
            t,
            &with_bytes[find(t)],
        ));
    });
    // From code point spans (the public `sentences`), converted first.
    time("sentences (from code points)", &|t| {
        std::hint::black_box(frclaims_segment::sentences(t, &paras[find(t)]));
    });
    time("furniture", &|t| {
        std::hint::black_box(frclaims_ingest::furniture(t, &paras[find(t)]));
    });
    time("metadata", &|t| {
        std::hint::black_box(frclaims_ingest::metadata(t, &paras[find(t)]));
    });
    let docs: Vec<frclaims_model::Document> = texts
        .iter()
        .map(|t| frclaims_model::Document {
            text: t.clone(),
            ..Default::default()
        })
        .collect();
    let sents: Vec<_> = texts
        .iter()
        .zip(&paras)
        .map(|(t, p)| frclaims_segment::sentences(t, p))
        .collect();
    time("numbers", &|t| {
        let i = find(t);
        std::hint::black_box(frclaims_numbers::extract(&docs[i], &sents[i]));
    });
    time("entities", &|t| {
        let i = find(t);
        std::hint::black_box(frclaims_entities::extract(&docs[i], &sents[i]));
    });
    let nums: Vec<_> = docs
        .iter()
        .zip(&sents)
        .map(|(d, s)| frclaims_numbers::extract(d, s))
        .collect();
    let ents: Vec<_> = docs
        .iter()
        .zip(&sents)
        .map(|(d, s)| frclaims_entities::extract(d, s))
        .collect();
    time("claims", &|t| {
        let i = find(t);
        std::hint::black_box(frclaims_claims::extract(
            &docs[i], &sents[i], &nums[i], &ents[i],
        ));
    });
    time("process+json", &|t| {
        let doc = frclaims_model::Document {
            text: t.to_owned(),
            ..Default::default()
        };
        let rec = frclaims_pipeline::process(&doc, &Default::default());
        let mut out = Vec::new();
        frclaims_pipeline::render_jsonl(&frclaims_model::Line::Record(Box::new(rec)), &mut out);
        std::hint::black_box(out);
    });
}
