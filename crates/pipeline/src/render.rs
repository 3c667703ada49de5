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
    out.extend_from_slice(b",\"id\":");
    serde(out, r.id.as_str());
    out.extend_from_slice(b",\"source\":");
    serde(out, r.source.as_str());
    out.extend_from_slice(b",\"meta\":");
    serde(out, &r.meta);
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

fn opt_int(out: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => int(out, n),
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

fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => serde(out, s),
        None => out.extend_from_slice(b"null"),
    }
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
    out.extend_from_slice(b",\"reason\":");
    serde(out, s.reason.as_str());
    out.push(b'}');
}

fn sentence(out: &mut Vec<u8>, s: &Sentence) {
    span(out, s.span);
    out.extend_from_slice(b",\"paragraph\":");
    int(out, s.paragraph);
    out.push(b'}');
}

fn entity(out: &mut Vec<u8>, e: &Entity) {
    span(out, e.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, e.text.as_str());
    out.extend_from_slice(match e.label {
        Label::Per => &b",\"label\":\"PER\",\"kind\":"[..],
        Label::Org => b",\"label\":\"ORG\",\"kind\":",
        Label::Loc => b",\"label\":\"LOC\",\"kind\":",
        Label::Misc => b",\"label\":\"MISC\",\"kind\":",
    });
    opt_str(out, e.kind.as_deref());
    out.extend_from_slice(b",\"ref\":");
    opt_int(out, e.reference);
    out.push(b'}');
}

fn number(out: &mut Vec<u8>, n: &Number) {
    span(out, n.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, n.text.as_str());
    out.extend_from_slice(b",\"dim\":");
    serde(out, &n.dim);
    out.extend_from_slice(b",\"value\":");
    serde(out, &n.value);
    out.extend_from_slice(b",\"unit\":");
    opt_str(out, n.unit.as_deref());
    flag(out, b",\"approx\":", n.approx);
    if let Some(grain) = &n.grain {
        out.extend_from_slice(b",\"grain\":");
        serde(out, grain);
    }
    out.push(b'}');
}

fn claim(out: &mut Vec<u8>, c: &Claim) {
    span(out, c.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, c.text.as_str());
    out.extend_from_slice(b",\"kind\":");
    list(out, &c.kind, serde);
    out.extend_from_slice(b",\"attribution\":");
    match &c.attribution {
        Some(a) => attribution(out, a),
        None => out.extend_from_slice(b"null"),
    }
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
    out.extend_from_slice(b",\"time\":");
    opt_int(out, c.time);
    out.extend_from_slice(b",\"score\":");
    serde(out, &c.score);
    out.extend_from_slice(b",\"reasons\":");
    list(out, &c.reasons, |out, r| serde(out, r.as_str()));
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution) {
    out.extend_from_slice(b"{\"type\":");
    serde(out, &a.kind);
    out.extend_from_slice(b",\"content\":");
    span(out, a.content);
    out.extend_from_slice(b"},\"speaker\":");
    match &a.speaker {
        Some(s) => speaker(out, s),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"cue\":");
    match &a.cue {
        Some(c) => cue(out, c),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"medium\":");
    match &a.medium {
        Some(m) => located(out, m),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn speaker(out: &mut Vec<u8>, s: &Speaker) {
    span(out, s.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, s.text.as_str());
    out.extend_from_slice(b",\"canonical\":");
    opt_str(out, s.canonical.as_deref());
    out.extend_from_slice(b",\"kind\":");
    serde(out, &s.kind);
    out.extend_from_slice(b",\"entity\":");
    opt_int(out, s.entity);
    out.push(b'}');
}

fn cue(out: &mut Vec<u8>, c: &Cue) {
    span(out, c.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, c.text.as_str());
    out.extend_from_slice(b",\"lemma\":");
    serde(out, c.lemma.as_str());
    out.push(b'}');
}

fn located(out: &mut Vec<u8>, l: &Located) {
    span(out, l.span);
    out.extend_from_slice(b",\"text\":");
    serde(out, l.text.as_str());
    out.push(b'}');
}
