//! The JSONL writer.
//!
//! A record is mostly small objects of a fixed shape: paragraphs,
//! sentences, skipped spans, entities, numbers and claims (with their
//! speakers, cues and media), each a span flattened into `start` and `end`
//! plus a few fields. Through serde, each of them is
//! a map of unknown length whose keys are escaped one by one at run time,
//! which made writing a sentence cost about 700 instructions and an entity
//! about 1,300. Here their keys are literals, integers go through `itoa`,
//! and every string (texts, ids, reasons, kinds, units) goes through
//! `sonic-rs`'s escaper; the rest (metadata, values, enums, floats, error
//! lines) is written by `sonic-rs` from the serde impls.
//!
//! The bytes are exactly those `serde_json` writes for the same [`Line`]:
//! `records_render_as_serde_json_writes_them` holds them equal on the
//! corpus with every stage and on strings and floats at the edges of JSON,
//! so a field added to the model without being added here fails it.

use frclaims_model::{
    Attribution, Claim, Cue, Entity, Label, Line, Located, Number, Record, Sentence, Skipped, Span,
    Speaker,
};
use serde::Serialize;

/// Renders a line as one JSON line (newline included).
///
/// The bytes are those `serde_json` writes for the same line.
pub fn render_jsonl(line: &Line, out: &mut Vec<u8>) {
    match line {
        Line::Record(r) => record(r, out),
        Line::Error(_) => serde(out, line),
    }
    out.push(b'\n');
}

/// Writes `v` as its serde impl says, with `sonic-rs`.
fn serde<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    sonic_rs::to_writer(&mut *out, v).expect("records always serialize");
}

fn record(r: &Record, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"schema\":");
    serde(out, r.schema.as_str());
    field(out, b",\"id\":", r.id.as_str());
    field(out, b",\"source\":", r.source.as_str());
    field(out, b",\"meta\":", &r.meta);
    if let Some(text) = &r.text {
        out.extend_from_slice(b",\"text\":");
        serde(out, text.as_str());
    }
    out.extend_from_slice(b",\"paragraphs\":");
    list(out, &r.paragraphs, |out, p| {
        span(out, p.span);
        out.push(b'}');
    });
    out.extend_from_slice(b",\"skipped\":");
    list(out, &r.skipped, skipped);
    out.extend_from_slice(b",\"sentences\":");
    list(out, &r.sentences, sentence);
    out.extend_from_slice(b",\"entities\":");
    list(out, &r.entities, entity);
    out.extend_from_slice(b",\"numbers\":");
    list(out, &r.numbers, number);
    out.extend_from_slice(b",\"claims\":");
    list(out, &r.claims, claim);
    out.push(b'}');
}

/// `[a,b,…]`, each item written by `item`.
fn list<T>(out: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn int(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `key` and `v` written by `write`, or `null`.
fn opt<T>(out: &mut Vec<u8>, key: &[u8], v: Option<T>, write: impl Fn(&mut Vec<u8>, T)) {
    out.extend_from_slice(key);
    match v {
        Some(v) => write(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

fn ints(out: &mut Vec<u8>, ns: &[usize]) {
    list(out, ns, |out, &n| int(out, n));
}

fn flag(out: &mut Vec<u8>, key: &[u8], on: bool) {
    out.extend_from_slice(key);
    out.extend_from_slice(if on { b"true" } else { b"false" });
}

/// `key` (`,"name":`) and `v` as its serde impl writes it.
fn field<T: Serialize + ?Sized>(out: &mut Vec<u8>, key: &[u8], v: &T) {
    out.extend_from_slice(key);
    serde(out, v);
}

/// `{"start":…,"end":…,"text":…` — the object's other fields and `}`
/// follow.
fn span_text(out: &mut Vec<u8>, s: Span, text: &str) {
    span(out, s);
    field(out, b",\"text\":", text);
}

/// `{"start":…,"end":…` — the object's other fields and `}` follow.
fn span(out: &mut Vec<u8>, s: Span) {
    out.extend_from_slice(b"{\"start\":");
    int(out, s.start);
    out.extend_from_slice(b",\"end\":");
    int(out, s.end);
}

fn skipped(out: &mut Vec<u8>, s: &Skipped) {
    span(out, s.span);
    field(out, b",\"reason\":", s.reason.as_str());
    out.push(b'}');
}

fn sentence(out: &mut Vec<u8>, s: &Sentence) {
    span(out, s.span);
    out.extend_from_slice(b",\"paragraph\":");
    int(out, s.paragraph);
    out.push(b'}');
}

fn entity(out: &mut Vec<u8>, e: &Entity) {
    span_text(out, e.span, &e.text);
    out.extend_from_slice(match e.label {
        Label::Per => &b",\"label\":\"PER\""[..],
        Label::Org => b",\"label\":\"ORG\"",
        Label::Loc => b",\"label\":\"LOC\"",
        Label::Misc => b",\"label\":\"MISC\"",
    });
    opt(out, b",\"kind\":", e.kind.as_deref(), serde);
    opt(out, b",\"ref\":", e.reference, int);
    out.push(b'}');
}

fn number(out: &mut Vec<u8>, n: &Number) {
    span_text(out, n.span, &n.text);
    field(out, b",\"dim\":", &n.dim);
    field(out, b",\"value\":", &n.value);
    opt(out, b",\"unit\":", n.unit.as_deref(), serde);
    flag(out, b",\"approx\":", n.approx);
    // Left out when none, as `skip_serializing_if` says.
    if let Some(grain) = &n.grain {
        field(out, b",\"grain\":", grain);
    }
    out.push(b'}');
}

fn claim(out: &mut Vec<u8>, c: &Claim) {
    span_text(out, c.span, &c.text);
    out.extend_from_slice(b",\"kind\":");
    list(out, &c.kind, serde);
    opt(
        out,
        b",\"attribution\":",
        c.attribution.as_ref(),
        attribution,
    );
    flag(
        out,
        b",\"modality\":{\"conditional\":",
        c.modality.conditional,
    );
    flag(out, b",\"hedged\":", c.modality.hedged);
    flag(out, b",\"question\":", c.modality.question);
    flag(out, b"},\"negated\":", c.negated);
    out.extend_from_slice(b",\"numbers\":");
    ints(out, &c.numbers);
    out.extend_from_slice(b",\"entities\":");
    ints(out, &c.entities);
    opt(out, b",\"time\":", c.time, int);
    field(out, b",\"score\":", &c.score);
    out.extend_from_slice(b",\"reasons\":");
    list(out, &c.reasons, serde);
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution) {
    out.extend_from_slice(b"{\"type\":");
    serde(out, &a.kind);
    out.extend_from_slice(b",\"content\":");
    span(out, a.content);
    opt(out, b"},\"speaker\":", a.speaker.as_ref(), speaker);
    opt(out, b",\"cue\":", a.cue.as_ref(), cue);
    opt(out, b",\"medium\":", a.medium.as_ref(), located);
    out.push(b'}');
}

fn speaker(out: &mut Vec<u8>, s: &Speaker) {
    span_text(out, s.span, &s.text);
    opt(out, b",\"canonical\":", s.canonical.as_deref(), serde);
    field(out, b",\"kind\":", &s.kind);
    opt(out, b",\"entity\":", s.entity, int);
    out.push(b'}');
}

fn cue(out: &mut Vec<u8>, c: &Cue) {
    span_text(out, c.span, &c.text);
    field(out, b",\"lemma\":", c.lemma.as_str());
    out.push(b'}');
}

fn located(out: &mut Vec<u8>, l: &Located) {
    span_text(out, l.span, &l.text);
    out.push(b'}');
}
