//! Documents in, records out: every type that crosses a stage boundary.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::span::Span;

/// One input document: an id, where it came from, and its decoded text.
///
/// `text` is the text as decoded and is never rewritten; every span of
/// every stage points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    /// Document id: the path relative to the given root, or the JSONL `id`.
    pub id: String,
    /// Where it was read from: a path, `path:line` for JSONL, or `-`.
    pub source: String,
    /// The decoded text.
    pub text: String,
    /// What is known about the document beyond its text.
    pub meta: Meta,
}

/// A metadata value, with the span it was read from when it came from the
/// text (none when it came from the input's own fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetaField {
    /// The value: a title, an ISO-8601 date, an author's name.
    pub value: String,
    /// First code point of the text it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// End (exclusive) of the text it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

impl MetaField {
    /// A value given by the input, not read from the text.
    pub fn given(value: impl Into<String>) -> MetaField {
        MetaField {
            value: value.into(),
            start: None,
            end: None,
        }
    }

    /// A value read from `span` of the text.
    pub fn found(value: impl Into<String>, span: Span) -> MetaField {
        MetaField {
            value: value.into(),
            start: Some(span.start),
            end: Some(span.end),
        }
    }
}

/// Document metadata: from the input (JSONL fields) or found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Meta {
    /// The title: the first heading line, or the input's `title`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<MetaField>,
    /// Publication date as ISO-8601 of the precision known ("2025-06",
    /// "2026-01-20", "2026-02-11T09:01:00"). Anchors relative dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<MetaField>,
    /// Author or byline name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<MetaField>,
    /// How the bytes were decoded: "utf-8" or "windows-1252".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Non-fatal problems met while reading the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Every other field of a JSONL input line, kept as it was.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A paragraph: a block of text from the line structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Its extent, without surrounding whitespace.
    #[serde(flatten)]
    pub span: Span,
}

/// A span recognized as page furniture (buttons, menus, counters, credits…):
/// kept in the text, reported here, and excluded from extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// Its extent.
    #[serde(flatten)]
    pub span: Span,
    /// Why it was skipped, e.g. "menu", "button", "counter", "credit".
    pub reason: String,
}

/// A sentence, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Its extent.
    #[serde(flatten)]
    pub span: Span,
    /// Index of its paragraph in [`Record::paragraphs`].
    pub paragraph: usize,
}

/// Named-entity labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organization: company, body, agency, institution.
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Other names: products, events, works, laws, media titles.
    #[serde(rename = "MISC")]
    Misc,
}

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Its extent (no title, no article).
    #[serde(flatten)]
    pub span: Span,
    /// The covered text.
    pub text: String,
    /// Its label.
    pub label: Label,
    /// A finer type when the rules know it ("company", "media", "country"…):
    /// one of the stage's names, borrowed, not allocated per entity.
    pub kind: Option<Cow<'static, str>>,
    /// Index in [`Record::entities`] of the first full mention of the same
    /// name ("Lin" points to "Justin Lin"); none for a first mention.
    #[serde(rename = "ref")]
    pub reference: Option<usize>,
}

/// What a number measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Dim {
    Number,
    Ordinal,
    Percent,
    Money,
    Quantity,
    Temperature,
    Distance,
    Volume,
    Duration,
    Date,
    Time,
    Datetime,
    Daterange,
    Timerange,
}

/// The precision of a date or time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A normalized value: a JSON number, a string ("lo/hi" ranges, ISO dates),
/// or null (an expression whose value is unknown).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// No value could be resolved.
    #[default]
    Null,
    /// A number; written as a JSON integer when it is one.
    Num(f64),
    /// A range or a date, as a string.
    Text(String),
}

impl Value {
    /// Formats a number the way [`Value::Num`] is written: integers without
    /// a fractional part, others in the shortest form that round-trips.
    pub fn format_number(x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 9.007_199_254_740_992e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_none(),
            Value::Num(x) if x.fract() == 0.0 && x.abs() < 9.007_199_254_740_992e15 => {
                s.serialize_i64(*x as i64)
            }
            Value::Num(x) => s.serialize_f64(*x),
            Value::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::Null => Ok(Value::Null),
            serde_json::Value::Number(n) => Ok(Value::Num(n.as_f64().unwrap_or(f64::NAN))),
            serde_json::Value::String(t) => Ok(Value::Text(t)),
            other => Err(serde::de::Error::custom(format!(
                "not a number value: {other}"
            ))),
        }
    }
}

/// A number, quantity, amount, percentage, ordinal, date or duration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// Its extent.
    #[serde(flatten)]
    pub span: Span,
    /// The covered text.
    pub text: String,
    /// What it measures.
    pub dim: Dim,
    /// The normalized value (see README.md, "numbers").
    pub value: Value,
    /// Unit: ISO 4217 code for money, a symbol for quantities, a duration
    /// unit for durations.
    pub unit: Option<String>,
    /// "environ", "près de", "quelque": the value is approximate.
    #[serde(default)]
    pub approx: bool,
    /// Precision of a date or time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grain: Option<Grain>,
}

/// What a claim is. A claim may be several of these at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum ClaimKind {
    Quote,
    Statistic,
    Comparison,
    Change,
    Prediction,
    Causal,
    Event,
    Statement,
}

/// How speech is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionType {
    /// « … », a déclaré X.
    Direct,
    /// X a déclaré que …
    Indirect,
    /// X a déclaré que l'écart « pourrait s'élargir ».
    Mixed,
    /// Selon X, …
    AccordingTo,
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum SpeakerKind {
    Person,
    Organization,
    Media,
    Document,
    Group,
    Anonymous,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The mention's extent.
    #[serde(flatten)]
    pub span: Span,
    /// The mention as written (maybe "il").
    pub text: String,
    /// The resolved full name ("Justin Lin"), when known.
    pub canonical: Option<String>,
    /// What kind of source it is.
    pub kind: SpeakerKind,
    /// Index of its entity in [`Record::entities`].
    pub entity: Option<usize>,
}

/// The reporting cue: "a déclaré", "selon", "explique-t-elle".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// Its extent.
    #[serde(flatten)]
    pub span: Span,
    /// The covered text.
    pub text: String,
    /// The lemma ("déclarer", "selon").
    pub lemma: String,
}

/// A span with its text ("dans un communiqué").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Located {
    /// Its extent.
    #[serde(flatten)]
    pub span: Span,
    /// The covered text.
    pub text: String,
}

/// Reported speech: who, how, and what exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Direct, indirect, mixed or "selon X".
    #[serde(rename = "type")]
    pub kind: AttributionType,
    /// The proposition only: no guillemets, no « que », no incise.
    pub content: Span,
    /// The source, when found.
    pub speaker: Option<Speaker>,
    /// The reporting cue, when there is one.
    pub cue: Option<Cue>,
    /// Where it was said ("dans un communiqué", "à l'AFP").
    pub medium: Option<Located>,
}

/// Conditionnel journalistique, hedges, questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Modality {
    /// "répliquerait", "serait passée".
    pub conditional: bool,
    /// "probablement", "pourrait".
    pub hedged: bool,
    /// Asked, not asserted.
    pub question: bool,
}

/// A check-worthy statement, reported or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The whole claim as a reader would highlight it (incise included).
    #[serde(flatten)]
    pub span: Span,
    /// The covered text.
    pub text: String,
    /// What it is.
    pub kind: Vec<ClaimKind>,
    /// Null for the outlet's own statements.
    pub attribution: Option<Attribution>,
    /// Conditional, hedged, question.
    pub modality: Modality,
    /// The content or the cue is negated.
    pub negated: bool,
    /// Indices into [`Record::numbers`].
    pub numbers: Vec<usize>,
    /// Indices into [`Record::entities`].
    pub entities: Vec<usize>,
    /// Index into [`Record::numbers`] of the date it is anchored to.
    pub time: Option<usize>,
    /// How check-worthy it is, in [0, 1].
    pub score: f64,
    /// Why it got that score.
    pub reasons: Vec<String>,
}

/// One output line for a document that was processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Always [`crate::SCHEMA`].
    pub schema: String,
    /// The document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Its metadata.
    pub meta: Meta,
    /// The text, unless `--no-text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Page furniture, in order.
    pub skipped: Vec<Skipped>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Named entities, sorted by span.
    pub entities: Vec<Entity>,
    /// Numbers, sorted by span.
    pub numbers: Vec<Number>,
    /// Claims, sorted by span.
    pub claims: Vec<Claim>,
}

/// Why a document could not be processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorInfo {
    /// A stable machine-readable kind: "io", "binary", "json", "empty"…
    pub kind: String,
    /// A message for people.
    pub message: String,
}

/// One output line for a document that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// Always [`crate::SCHEMA`].
    pub schema: String,
    /// The document id (the path, or `path:line`).
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// What went wrong.
    pub error: ErrorInfo,
}

/// An output line: a record or an error record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Line {
    /// A processed document.
    Record(Box<Record>),
    /// A document that failed.
    Error(ErrorRecord),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_serializes_integers_as_integers() {
        let j = serde_json::to_string(&vec![
            Value::Num(12500.0),
            Value::Num(5.4),
            Value::Text("3/5".into()),
            Value::Null,
        ])
        .unwrap();
        assert_eq!(j, r#"[12500,5.4,"3/5",null]"#);
        assert_eq!(Value::format_number(1.5e9), "1500000000");
        assert_eq!(Value::format_number(0.25), "0.25");
    }

    #[test]
    fn record_round_trips() {
        let rec = Record {
            schema: crate::SCHEMA.into(),
            id: "a".into(),
            source: "a.txt".into(),
            meta: Meta::default(),
            text: Some("Bonjour.".into()),
            paragraphs: vec![Paragraph {
                span: Span::new(0, 8),
            }],
            skipped: vec![],
            sentences: vec![Sentence {
                span: Span::new(0, 8),
                paragraph: 0,
            }],
            entities: vec![Entity {
                span: Span::new(0, 7),
                text: "Bonjour".into(),
                label: Label::Misc,
                kind: None,
                reference: None,
            }],
            numbers: vec![],
            claims: vec![],
        };
        let j = serde_json::to_string(&rec).unwrap();
        assert!(
            j.contains(r#""sentences":[{"start":0,"end":8,"paragraph":0}]"#),
            "{j}"
        );
        assert!(
            j.contains(r#""label":"MISC""#) && j.contains(r#""ref":null"#),
            "{j}"
        );
        let back: Record = serde_json::from_str(&j).unwrap();
        assert_eq!(back, rec);
    }

    #[test]
    fn error_line_shape() {
        let line = Line::Error(ErrorRecord {
            schema: crate::SCHEMA.into(),
            id: "x".into(),
            source: "x.txt".into(),
            error: ErrorInfo {
                kind: "binary".into(),
                message: "NUL byte".into(),
            },
        });
        let j = serde_json::to_string(&line).unwrap();
        assert_eq!(
            j,
            r#"{"schema":"frclaims/1","id":"x","source":"x.txt","error":{"kind":"binary","message":"NUL byte"}}"#
        );
    }

    #[test]
    fn meta_keeps_extra_fields() {
        let m: Meta = serde_json::from_str(r#"{"lang":"fr","n":3}"#).unwrap();
        assert_eq!(m.extra.len(), 2);
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"lang":"fr","n":3}"#);
    }
}
