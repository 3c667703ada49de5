//! Paths to documents, lazily and in a deterministic order.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use frclaims_model::{Document, Meta, MetaField};
use serde_json::Value;

use crate::{decode, decode_owned, Error};

/// How to read input files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// By extension: `.jsonl`/`.ndjson` are JSONL, everything else is text.
    #[default]
    Auto,
    /// Every file is one document.
    Text,
    /// Every file holds one JSON document per line.
    Jsonl,
}

/// A document that could not be read, in the place it would have had.
#[derive(Debug)]
pub struct DocError {
    /// The id it would have had (a path, or `path:line`).
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// What went wrong.
    pub error: Error,
}

/// One input document, or why it could not be read.
// Documents are the common case: boxing them would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Item {
    /// A document.
    Doc(Document),
    /// A failure in its place.
    Error(DocError),
}

/// File extensions read from directories (files named on the command line
/// are always read).
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text", "jsonl", "ndjson"];

type Items = Box<dyn Iterator<Item = Item> + Send>;

/// Every document under `paths`, lazily, in order: paths as given,
/// directories walked in file-name order. `-` is standard input.
pub fn read(paths: &[PathBuf], format: InputFormat) -> impl Iterator<Item = Item> + Send {
    let paths = paths.to_vec();
    paths.into_iter().flat_map(move |p| expand(p, format))
}

fn expand(path: PathBuf, format: InputFormat) -> Items {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
            return one_error(
                "-",
                "-",
                Error::Io {
                    path: "-".into(),
                    source: e,
                },
            );
        }
        return if format == InputFormat::Jsonl {
            Box::new(jsonl_lines(std::io::Cursor::new(bytes), "-".into()))
        } else {
            Box::new(std::iter::once(text_doc("-".into(), "-".into(), bytes)))
        };
    }
    if path.is_dir() {
        let root = path.clone();
        let walk = walkdir::WalkDir::new(&path)
            .follow_links(true)
            .sort_by_file_name();
        let it = walk.into_iter().flat_map(move |entry| -> Items {
            match entry {
                Ok(e) => {
                    if !e.file_type().is_file() || is_hidden(e.path(), &root) {
                        return Box::new(std::iter::empty());
                    }
                    let ext = e.path().extension().and_then(|x| x.to_str()).unwrap_or("");
                    if !EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
                        return Box::new(std::iter::empty());
                    }
                    let id = relative_id(e.path(), &root);
                    read_file(e.path().to_path_buf(), id, format)
                }
                Err(err) => {
                    let p = err.path().map(display).unwrap_or_else(|| display(&root));
                    let id = err
                        .path()
                        .map(|x| relative_id(x, &root))
                        .unwrap_or_else(|| display(&root));
                    let message = match err.loop_ancestor() {
                        Some(a) => format!("symlink loop back to {}", display(a)),
                        None => err
                            .io_error()
                            .map(|e| e.to_string())
                            .unwrap_or_else(|| err.to_string()),
                    };
                    one_error(&id, &p.clone(), Error::Walk { path: p, message })
                }
            }
        });
        return Box::new(it);
    }
    let id = display(&path);
    read_file(path, id, format)
}

fn is_hidden(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root)
        .map(|rel| {
            rel.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
        .unwrap_or(false)
}

fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn relative_id(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        display(path)
    } else {
        parts.join("/")
    }
}

fn one_error(id: &str, source: &str, error: Error) -> Items {
    Box::new(std::iter::once(Item::Error(DocError {
        id: id.to_owned(),
        source: source.to_owned(),
        error,
    })))
}

fn is_jsonl(path: &Path, format: InputFormat) -> bool {
    match format {
        InputFormat::Jsonl => true,
        InputFormat::Text => false,
        InputFormat::Auto => matches!(
            path.extension()
                .and_then(|x| x.to_str())
                .map(|x| x.to_ascii_lowercase())
                .as_deref(),
            Some("jsonl" | "ndjson")
        ),
    }
}

fn read_file(path: PathBuf, id: String, format: InputFormat) -> Items {
    let source = display(&path);
    if is_jsonl(&path, format) {
        return match File::open(&path) {
            Ok(f) => Box::new(jsonl_lines(BufReader::new(f), source)),
            Err(e) => one_error(
                &id,
                &source.clone(),
                Error::Io {
                    path: source,
                    source: e,
                },
            ),
        };
    }
    match std::fs::read(&path) {
        Ok(bytes) => Box::new(std::iter::once(text_doc(id, source, bytes))),
        Err(e) => one_error(
            &id,
            &source.clone(),
            Error::Io {
                path: source,
                source: e,
            },
        ),
    }
}

/// One text file's bytes as a document (or an error item).
fn text_doc(id: String, source: String, bytes: Vec<u8>) -> Item {
    match decode_owned(bytes) {
        Err(offset) => Item::Error(DocError {
            id,
            source: source.clone(),
            error: Error::Binary {
                path: source,
                offset,
            },
        }),
        Ok(d) if d.text.trim().is_empty() => Item::Error(DocError {
            id,
            source: source.clone(),
            error: Error::Empty { path: source },
        }),
        Ok(d) => {
            let meta = Meta {
                encoding: Some(d.encoding.to_owned()),
                warnings: d.warning.into_iter().collect(),
                ..Meta::default()
            };
            Item::Doc(Document {
                id,
                source,
                text: d.text,
                meta,
            })
        }
    }
}

/// The documents of a JSONL stream, one per non-blank line.
fn jsonl_lines<R: BufRead + Send + 'static>(
    mut reader: R,
    source: String,
) -> impl Iterator<Item = Item> + Send {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        buf.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(jsonl_doc(&buf, &source, line_no));
            }
            Err(e) => {
                done = true;
                let id = format!("{source}:{line_no}");
                return Some(Item::Error(DocError {
                    id,
                    source: source.clone(),
                    error: Error::Io {
                        path: source.clone(),
                        source: e,
                    },
                }));
            }
        }
    })
}

fn jsonl_doc(bytes: &[u8], source: &str, line: usize) -> Item {
    let here = format!("{source}:{line}");
    let fail = |message: String| {
        Item::Error(DocError {
            id: here.clone(),
            source: here.clone(),
            error: Error::Json {
                path: source.to_owned(),
                line,
                message,
            },
        })
    };
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return fail(format!("NUL byte at offset {offset} of the line"));
    }
    // Valid UTF-8 (the usual case) is parsed in place; other bytes are
    // decoded first (Windows-1252, with a warning).
    let (parsed, encoding, warning) = match std::str::from_utf8(bytes) {
        Ok(text) => (serde_json::from_str::<Value>(text.trim()), "utf-8", None),
        Err(_) => match decode(bytes) {
            Ok(d) => (
                serde_json::from_str::<Value>(d.text.trim()),
                d.encoding,
                d.warning,
            ),
            Err(offset) => return fail(format!("NUL byte at offset {offset} of the line")),
        },
    };
    let mut obj = match parsed {
        Ok(Value::Object(o)) => o,
        Ok(other) => return fail(format!("expected a JSON object, found {}", kind_of(&other))),
        Err(e) => return fail(format!("invalid JSON: {e}")),
    };
    let id = match obj.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => here.clone(),
        Some(other) => {
            return fail(format!(
                "\"id\" must be a string or a number, found {}",
                kind_of(&other)
            ))
        }
    };
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        None => return fail("no \"text\" field".into()),
        Some(other) => {
            return fail(format!(
                "\"text\" must be a string, found {}",
                kind_of(&other)
            ))
        }
    };
    let mut meta = Meta {
        encoding: Some(encoding.to_owned()),
        ..Meta::default()
    };
    meta.warnings.extend(warning);
    for (key, slot) in [
        ("title", &mut meta.title),
        ("date", &mut meta.date),
        ("author", &mut meta.author),
    ] {
        match obj.remove(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                if key == "date" && !is_iso_date(&s) {
                    meta.warnings.push(format!(
                        "\"date\" {s:?} is not an ISO-8601 date (2025, 2025-06, 2025-06-04, \
                         2025-06-04T09:01:00+02:00): relative dates may stay unresolved"
                    ));
                }
                *slot = Some(MetaField::given(s))
            }
            None | Some(Value::Null) => {}
            Some(Value::String(_)) => {}
            Some(other) => meta.warnings.push(format!(
                "\"{key}\" ignored: expected a string, found {}",
                kind_of(&other)
            )),
        }
    }
    meta.extra = obj.into_iter().collect();
    Item::Doc(Document {
        id,
        source: here,
        text,
        meta,
    })
}

/// An ISO-8601 calendar date of any precision, with an optional time and
/// offset: "2025", "2025-06", "2025-06-04", "2025-06-04T09:01",
/// "2025-06-04T09:01:00.5+02:00", "2025-06-04 09:01Z".
fn is_iso_date(s: &str) -> bool {
    static ISO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?$",
        )
        .expect("the ISO date pattern compiles")
    });
    let Some(c) = ISO.captures(s.trim()) else {
        return false;
    };
    let n = |k: usize, default: u32| {
        c.get(k)
            .map_or(default, |m| m.as_str().parse().unwrap_or(99))
    };
    frclaims_model::valid_date(n(1, 0) as i32, n(2, 1), n(3, 1))
        && n(4, 0) < 24
        && n(5, 0) < 60
        && n(6, 0) < 60
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_dates() {
        for ok in [
            "2025",
            "2025-06",
            "2024-02-29",
            "2025-06-04T09:01",
            "2025-06-04T09:01:00.5+02:00",
            " 2025-06-04 09:01Z ",
            "2019-07-23T16:45:00-0300",
        ] {
            assert!(super::is_iso_date(ok), "{ok}");
        }
        for bad in [
            "pas une date",
            "2025-13",
            "2025-02-29",
            "2025-06-31",
            "04/06/2025",
            "2025-06-04T25:00",
            "2025-06-04 et plus",
        ] {
            assert!(!super::is_iso_date(bad), "{bad}");
        }
    }

    use super::*;

    fn items(dir: &Path, format: InputFormat) -> Vec<Item> {
        read(&[dir.to_path_buf()], format).collect()
    }

    #[test]
    fn directory_sorted_and_relative_ids() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("sub")).unwrap();
        std::fs::write(d.path().join("b.txt"), "B.").unwrap();
        std::fs::write(d.path().join("a.md"), "A.").unwrap();
        std::fs::write(d.path().join("sub/c.txt"), "C.").unwrap();
        std::fs::write(d.path().join("skip.bin"), "x").unwrap();
        std::fs::write(d.path().join(".hidden.txt"), "x").unwrap();
        let ids: Vec<String> = items(d.path(), InputFormat::Auto)
            .into_iter()
            .map(|i| match i {
                Item::Doc(doc) => doc.id,
                Item::Error(e) => panic!("{:?}", e.error),
            })
            .collect();
        assert_eq!(ids, ["a.md", "b.txt", "sub/c.txt"]);
    }

    #[test]
    fn jsonl_lines_and_errors() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("in.jsonl");
        std::fs::write(
            &p,
            "{\"id\": \"x\", \"text\": \"Bonjour.\", \"date\": \"2025-06\", \"lang\": \"fr\"}\n\
             not json\n\n{\"text\": 3}\n{\"text\": \"Sans id.\", \"date\": \"hier\"}\n",
        )
        .unwrap();
        let got = items(&p, InputFormat::Auto);
        assert_eq!(got.len(), 4);
        match &got[0] {
            Item::Doc(doc) => {
                assert_eq!(doc.id, "x");
                assert_eq!(doc.meta.date.as_ref().unwrap().value, "2025-06");
                assert_eq!(doc.meta.extra["lang"], "fr");
                assert!(doc.meta.warnings.is_empty(), "{:?}", doc.meta.warnings);
            }
            other => panic!("{other:?}"),
        }
        match &got[1] {
            Item::Error(e) => {
                assert!(e.id.ends_with("in.jsonl:2"), "{}", e.id);
                assert_eq!(e.error.kind(), "json");
            }
            other => panic!("{other:?}"),
        }
        match &got[2] {
            Item::Error(e) => assert!(e.error.to_string().contains("\"text\" must be a string")),
            other => panic!("{other:?}"),
        }
        match &got[3] {
            Item::Doc(doc) => {
                assert!(doc.id.ends_with("in.jsonl:5"));
                // The date is kept as given, with a warning.
                assert_eq!(doc.meta.date.as_ref().unwrap().value, "hier");
                assert!(
                    doc.meta.warnings[0].contains("not an ISO-8601 date"),
                    "{:?}",
                    doc.meta.warnings
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn binary_and_latin1_files() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.txt"), b"\x00\x01\x02").unwrap();
        std::fs::write(d.path().join("b.txt"), b"d\xe9j\xe0").unwrap();
        let got = items(d.path(), InputFormat::Auto);
        assert!(matches!(&got[0], Item::Error(e) if e.error.kind() == "binary"));
        match &got[1] {
            Item::Doc(doc) => {
                assert_eq!(doc.text, "déjà");
                assert_eq!(doc.meta.encoding.as_deref(), Some("windows-1252"));
                assert_eq!(doc.meta.warnings.len(), 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_an_error_item() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.txt"), "A.").unwrap();
        std::os::unix::fs::symlink(d.path(), d.path().join("loop")).unwrap();
        let got = items(d.path(), InputFormat::Auto);
        assert!(got
            .iter()
            .any(|i| matches!(i, Item::Doc(doc) if doc.id == "a.txt")));
        assert!(got
            .iter()
            .any(|i| matches!(i, Item::Error(e) if e.error.kind() == "walk")));
    }
}
