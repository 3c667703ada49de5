//! Runs the frclaims stages.
//!
//! [`process`] turns one [`Document`] into one [`Record`]; reading it top
//! to bottom is reading the pipeline: paragraphs, page furniture,
//! metadata, sentences, then numbers, entities and claims over the
//! sentences that are not furniture.
//!
//! [`run`] drives many documents in parallel (rayon) as a stream: it takes
//! a bounded chunk of input items, processes and renders them in
//! parallel, hands the rendered lines to a sink in input order, and moves
//! on, so memory stays bounded whatever the corpus size.
//!
//! ```
//! use frclaims_model::Document;
//! let doc = Document {
//!     id: "d".into(),
//!     source: "d.txt".into(),
//!     text: "Le titre\nM. Dupont est arrivé. Il a parlé.".into(),
//!     ..Document::default()
//! };
//! let rec = frclaims_pipeline::process(&doc, &frclaims_pipeline::Options::default());
//! assert_eq!(rec.schema, "frclaims/1");
//! assert_eq!(rec.sentences.len(), 3);
//! ```
#![deny(missing_docs)]

mod render;

pub use render::render_jsonl;

use std::panic::{catch_unwind, AssertUnwindSafe};

use frclaims_ingest::Item;
use frclaims_model::{
    ByteSpan, Document, ErrorInfo, ErrorRecord, Line, Record, Sentence, Skipped, SCHEMA,
};

/// What [`process`] writes.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Include the document text in the record.
    pub text: bool,
    /// Which extraction stages run (paragraphs, page furniture, metadata
    /// and sentences always do).
    pub stages: Stages,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            text: true,
            stages: Stages::ALL,
        }
    }
}

/// The extraction stages to run. A stage that does not run leaves its
/// list empty; claims still run without numbers or entities, with fewer
/// cues (no entity indices, no figures from the numbers stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    /// Numbers, quantities, dates.
    pub numbers: bool,
    /// Named entities.
    pub entities: bool,
    /// Claims.
    pub claims: bool,
}

impl Stages {
    /// Every stage.
    pub const ALL: Stages = Stages {
        numbers: true,
        entities: true,
        claims: true,
    };
    /// No extraction stage: segmentation only.
    pub const NONE: Stages = Stages {
        numbers: false,
        entities: false,
        claims: false,
    };
}

/// One document through every stage.
pub fn process(doc: &Document, opts: &Options) -> Record {
    process_owned(doc.clone(), opts)
}

/// [`process`], taking the document by value so that its text moves into
/// the record instead of being copied.
pub fn process_owned(mut doc: Document, opts: &Options) -> Record {
    let text = doc.text.as_str();
    let with_bytes = frclaims_segment::paragraphs_with_bytes(text);
    let lines: Vec<&str> = with_bytes.iter().map(|(_, b)| b.slice(text)).collect();
    let paragraphs: Vec<_> = with_bytes.iter().map(|&(p, _)| p).collect();
    let skipped = frclaims_ingest::furniture_of_lines(&paragraphs, &lines);

    // Metadata the input did not give is looked for in the text; the
    // stages see the completed metadata (the date anchors relative dates).
    let found = frclaims_ingest::metadata_of_lines(&paragraphs, &lines);
    let meta = &mut doc.meta;
    meta.title = meta.title.take().or(found.title);
    meta.date = meta.date.take().or(found.date);
    meta.author = meta.author.take().or(found.author);

    let (sentences, sentence_bytes) = frclaims_segment::sentences_and_bytes(text, &with_bytes);
    // Extraction sees the sentences that are not page furniture.
    let (kept, kept_bytes) = outside(&sentences, &sentence_bytes, &skipped);

    let st = opts.stages;
    let numbers = if st.numbers {
        frclaims_numbers::extract_in(&doc, &kept, &kept_bytes)
    } else {
        Vec::new()
    };
    let entities = if st.entities {
        frclaims_entities::extract_in(&doc, &kept, &kept_bytes)
    } else {
        Vec::new()
    };
    let claims = if st.claims {
        frclaims_claims::extract(&doc, &kept, &numbers, &entities)
    } else {
        Vec::new()
    };

    Record {
        schema: SCHEMA.to_owned(),
        id: doc.id,
        source: doc.source,
        meta: doc.meta,
        text: opts.text.then_some(doc.text),
        paragraphs,
        skipped,
        sentences,
        entities,
        numbers,
        claims,
    }
}

/// The sentences not inside a skipped span. Both lists are sorted by
/// start and skipped spans do not overlap: one merge walk.
fn outside(
    sentences: &[Sentence],
    bytes: &[ByteSpan],
    skipped: &[Skipped],
) -> (Vec<Sentence>, Vec<ByteSpan>) {
    let mut k = 0;
    let mut out = Vec::with_capacity(sentences.len());
    let mut out_bytes = Vec::with_capacity(sentences.len());
    for (s, &b) in sentences.iter().zip(bytes) {
        while k < skipped.len() && skipped[k].span.end <= s.span.start {
            k += 1;
        }
        if !skipped.get(k).is_some_and(|sk| sk.span.contains(s.span)) {
            out.push(*s);
            out_bytes.push(b);
        }
    }
    (out, out_bytes)
}

/// One input item to one output line. Never panics: a stage that panics
/// gives an error record of kind "internal" for that document only.
pub fn line_of(item: Item, opts: &Options) -> Line {
    match item {
        Item::Doc(doc) => {
            let (id, source) = (doc.id.clone(), doc.source.clone());
            match catch_unwind(AssertUnwindSafe(|| process_owned(doc, opts))) {
                Ok(rec) => Line::Record(Box::new(rec)),
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    error_line(&id, &source, "internal", format!("a stage failed: {what}"))
                }
            }
        }
        Item::Error(e) => error_line(&e.id, &e.source, e.error.kind(), e.error.to_string()),
    }
}

fn error_line(id: &str, source: &str, kind: &str, message: String) -> Line {
    Line::Error(ErrorRecord {
        schema: SCHEMA.to_owned(),
        id: id.to_owned(),
        source: source.to_owned(),
        error: ErrorInfo {
            kind: kind.to_owned(),
            message,
        },
    })
}

/// How [`run`] works.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Worker threads (0: one per core).
    pub jobs: usize,
    /// What each record holds.
    pub options: Options,
    /// A chunk holds at most this many documents per worker thread; a few
    /// chunks at most are in memory at once.
    pub chunk_docs: usize,
    /// A chunk holds at most about this many bytes of text per worker
    /// thread.
    pub chunk_bytes: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            jobs: 0,
            options: Options::default(),
            // Small chunks keep the memory a run touches small (a record
            // is rendered into a buffer six times its text): on one core,
            // 64 documents per chunk ran the entities run in 57 MB instead
            // of 165 MB, with a tenth of the page-fault time, and two cores
            // were as fast. Per worker, so that many cores still get
            // enough documents per chunk to share.
            chunk_docs: 64,
            chunk_bytes: 2 << 20,
        }
    }
}

/// One rendered output line, with what the summary needs to know of it.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The bytes to write (one or more JSONL lines, newline included).
    pub bytes: Vec<u8>,
    /// The document failed.
    pub failed: bool,
    /// Sentences in the record.
    pub sentences: usize,
    /// Claims in the record.
    pub claims: usize,
    /// Bytes of input text.
    pub input_bytes: usize,
}

/// Processes `items` in parallel and calls `sink` with each rendered line
/// in input order. `render` turns a [`Line`] into output bytes and runs on
/// the workers. Stops at the first error `sink` returns.
///
/// Three stages overlap: a reader thread pulls items into bounded chunks,
/// a driver thread processes and renders each chunk on the worker pool,
/// and the calling thread hands the results to `sink`. Two chunks at most
/// wait between stages, so memory stays bounded whatever the input size.
pub fn run<I, R, S, E>(items: I, config: &Config, render: R, mut sink: S) -> Result<(), E>
where
    I: Iterator<Item = Item> + Send,
    R: Fn(&Line, &mut Vec<u8>) + Sync + Send,
    S: FnMut(Rendered) -> Result<(), E>,
{
    use rayon::prelude::*;
    use std::sync::mpsc::sync_channel;

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .expect("cannot start worker threads");
    let opts = config.options;
    let workers = pool.current_num_threads().max(1);
    let (max_docs, max_bytes) = (
        config.chunk_docs.max(1).saturating_mul(workers),
        config.chunk_bytes.saturating_mul(workers),
    );
    let (chunk_tx, chunk_rx) = sync_channel::<Vec<Item>>(1);
    let (done_tx, done_rx) = sync_channel::<Vec<Rendered>>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut items = items;
            loop {
                let mut chunk = Vec::new();
                let mut bytes = 0;
                while chunk.len() < max_docs && bytes < max_bytes {
                    match items.next() {
                        Some(item) => {
                            if let Item::Doc(d) = &item {
                                bytes += d.text.len();
                            }
                            chunk.push(item);
                        }
                        None => break,
                    }
                }
                // An empty chunk means the input is exhausted; a failed send
                // means the sink stopped.
                if chunk.is_empty() || chunk_tx.send(chunk).is_err() {
                    return;
                }
            }
        });
        let render = &render;
        scope.spawn(move || {
            for chunk in chunk_rx {
                let done: Vec<Rendered> = pool.install(|| {
                    chunk
                        .into_par_iter()
                        .map(|item| render_item(item, &opts, render))
                        .collect()
                });
                if done_tx.send(done).is_err() {
                    return;
                }
            }
        });
        for done in done_rx {
            for r in done {
                // Returning drops the receiver, which stops the other two.
                sink(r)?;
            }
        }
        Ok(())
    })
}

fn render_item<R: Fn(&Line, &mut Vec<u8>)>(item: Item, opts: &Options, render: &R) -> Rendered {
    let input_bytes = match &item {
        Item::Doc(d) => d.text.len(),
        Item::Error(_) => 0,
    };
    let line = line_of(item, opts);
    // A record is a few times its text: one allocation, not a series of
    // doublings and copies. The writer reserves room for the text escaped
    // at worst (six bytes per byte) before writing it, so that is what is
    // asked for; pages never written are never touched.
    let mut out = Vec::with_capacity(6 * input_bytes + 4096);
    render(&line, &mut out);
    let (failed, sentences, claims) = match &line {
        Line::Record(r) => (false, r.sentences.len(), r.claims.len()),
        Line::Error(_) => (true, 0, 0),
    };
    Rendered {
        bytes: out,
        failed,
        sentences,
        claims,
        input_bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Item {
        Item::Doc(Document {
            id: id.into(),
            source: id.into(),
            text: text.into(),
            ..Document::default()
        })
    }

    #[test]
    fn run_keeps_input_order_with_many_threads() {
        let items: Vec<Item> = (0..500)
            .map(|i| doc(&format!("d{i}"), &"Une phrase. ".repeat(i % 7 + 1)))
            .collect();
        let config = Config {
            jobs: 4,
            chunk_docs: 37,
            ..Config::default()
        };
        let mut ids = Vec::new();
        run(items.into_iter(), &config, render_jsonl, |r| {
            let v: serde_json::Value = serde_json::from_slice(&r.bytes).unwrap();
            ids.push(v["id"].as_str().unwrap().to_owned());
            Ok::<(), ()>(())
        })
        .unwrap();
        let want: Vec<String> = (0..500).map(|i| format!("d{i}")).collect();
        assert_eq!(ids, want);
    }

    #[test]
    fn a_failing_sink_stops_the_run() {
        let items = (0..10_000).map(|i| doc(&format!("d{i}"), "Une phrase."));
        let config = Config {
            jobs: 2,
            chunk_docs: 16,
            ..Config::default()
        };
        let mut seen = 0;
        let res = run(items, &config, render_jsonl, |_| {
            seen += 1;
            if seen == 20 {
                Err("closed")
            } else {
                Ok(())
            }
        });
        assert_eq!(res, Err("closed"));
        assert_eq!(seen, 20);
    }

    #[test]
    fn sentences_inside_furniture_are_left_out() {
        use frclaims_model::Span;
        let sent = |a, b| Sentence {
            span: Span::new(a, b),
            paragraph: 0,
        };
        let skip = |a, b| Skipped {
            span: Span::new(a, b),
            reason: "button".into(),
        };
        let sentences = [
            sent(0, 5),
            sent(6, 10),
            sent(11, 20),
            sent(21, 30),
            sent(31, 40),
        ];
        let skipped = [skip(6, 10), skip(15, 25), skip(31, 45)];
        // (11, 20) only overlaps a skipped span: it stays.
        // Byte spans that tell the sentences apart: kept beside their own.
        let bytes: Vec<ByteSpan> = sentences
            .iter()
            .map(|s| ByteSpan::new(s.span.start * 2, s.span.end * 2))
            .collect();
        let (kept, kept_bytes) = outside(&sentences, &bytes, &skipped);
        assert_eq!(
            kept_bytes,
            kept.iter()
                .map(|s| ByteSpan::new(s.span.start * 2, s.span.end * 2))
                .collect::<Vec<_>>()
        );
        let kept: Vec<Span> = kept.iter().map(|s| s.span).collect();
        assert_eq!(
            kept,
            [Span::new(0, 5), Span::new(11, 20), Span::new(21, 30)]
        );
    }

    #[test]
    fn one_line_per_document_and_no_text_option() {
        let rec = process(
            &Document {
                id: "x".into(),
                text: "A. B.".into(),
                ..Document::default()
            },
            &Options {
                text: false,
                ..Options::default()
            },
        );
        assert!(rec.text.is_none());
        let mut out = Vec::new();
        render_jsonl(&Line::Record(Box::new(rec)), &mut out);
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    }

    /// The JSONL writer must give exactly serde_json's bytes: on the corpus
    /// with every stage, and on strings and numbers at the edges of JSON
    /// (control characters, quotes, line separators, huge and tiny floats).
    #[test]
    fn records_render_as_serde_json_writes_them() {
        let same = |line: &Line| {
            let mut ours = Vec::new();
            render_jsonl(line, &mut ours);
            let mut reference = serde_json::to_vec(line).unwrap();
            reference.push(b'\n');
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&reference)
            );
        };
        for (k, text) in frclaims_benchdata::articles().iter().enumerate() {
            let d = Document {
                id: format!("a{k}"),
                text: text.clone(),
                ..Document::default()
            };
            let mut rec = process(&d, &Options::default());
            same(&Line::Record(Box::new(rec.clone())));
            // --no-text leaves the field out.
            rec.text = None;
            same(&Line::Record(Box::new(rec)));
        }
        let odd: String =
            (0u8..128).map(char::from).collect::<String>() + "\u{2028}\u{2029}\u{7f}é€😀\"\\/";
        let mut rec = process(
            &Document {
                id: odd.clone(),
                text: format!("{odd} Il a gagné 12 500 euros."),
                ..Document::default()
            },
            &Options::default(),
        );
        let mut next = frclaims_benchdata::xorshift(7);
        let template = rec.numbers.first().cloned().expect("a number");
        for x in [
            0.1,
            1e21,
            1e-7,
            -0.0,
            5e-324,
            1.797_693_134_862_315_7e308,
            1e15,
            1e16,
            2.5e-5,
            f64::NAN,
            f64::INFINITY,
        ]
        .into_iter()
        .chain((0..2000).map(|_| f64::from_bits(next())))
        {
            rec.numbers.push(frclaims_model::Number {
                value: frclaims_model::Value::Num(x),
                ..template.clone()
            });
        }
        same(&Line::Record(Box::new(rec)));
        same(&Line::Error(frclaims_model::ErrorRecord {
            schema: frclaims_model::SCHEMA.to_owned(),
            id: odd.clone(),
            source: odd.clone(),
            error: frclaims_model::ErrorInfo {
                kind: "io".to_owned(),
                message: odd,
            },
        }));
    }
}
