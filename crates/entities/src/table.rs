//! Tables: the first column of a table names things of one type.
//!
//! A markdown-style table row is one sentence (`Alibaba | √√ | - |`). When
//! the first cells of a table's rows are mostly names the rules typed, and
//! most of those share one label, the other first cells that read as a
//! name (a capital or a digit first, at most four words) get that label
//! too: in a table of companies, "Birentech" and "4Paradigm" are
//! companies even though no lexicon knows them. Rows whose other cells are
//! all empty are section rows ("Tech Giants | |||||"), not data.

use frclaims_model::{fold_char, Label};

use crate::document::{label_index, LABELS};
use crate::rules::{Cand, Trust};

/// Named first cells needed before the column's label is trusted.
const MIN_TYPED: usize = 3;

/// Adds to `cands` the untyped first cells of the document's tables.
/// `sentences` are the byte ranges of the document's sentences; the
/// caller skips documents whose sentences have no bar `|`.
pub(crate) fn first_columns(text: &str, sentences: &[(usize, usize)], cands: &mut Vec<Cand<'_>>) {
    // Sorted, so that the mentions at a cell are found by binary search
    // (a table may have thousands of rows).
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // Consecutive data rows: their first cells, as byte ranges.
    let mut table: Vec<(usize, usize)> = Vec::new();
    let mut added = Vec::new();
    for &(from, to) in sentences {
        match row(text, from, to) {
            Row::Data(cell) => table.push(cell),
            Row::Section => {}
            Row::Not => {
                type_column(text, &table, cands, &mut added);
                table.clear();
            }
        }
    }
    type_column(text, &table, cands, &mut added);
    if !added.is_empty() {
        cands.extend(added);
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    }
}

enum Row {
    /// A row with a first cell and some other cell filled.
    Data((usize, usize)),
    /// A row whose other cells are empty.
    Section,
    /// Not a table row.
    Not,
}

fn row(text: &str, from: usize, to: usize) -> Row {
    let s = &text[from..to];
    let Some(bar) = s.find('|') else {
        return Row::Not;
    };
    let first = s[..bar].trim();
    if first.is_empty() || s.matches('|').count() < 2 {
        return Row::Not;
    }
    let others = s[bar..].split('|').any(|c| !c.trim().is_empty());
    if !others {
        return Row::Section;
    }
    let start = from + (s[..bar].len() - s[..bar].trim_start().len());
    Row::Data((start, start + first.len()))
}

fn type_column<'f>(
    text: &str,
    cells: &[(usize, usize)],
    cands: &mut [Cand<'f>],
    added: &mut Vec<Cand<'f>>,
) {
    if cells.len() < MIN_TYPED + 1 {
        return;
    }
    let mut counts = [0usize; 4];
    let mut typed = 0;
    // Cells the rules left untyped: a guess at them (its index), or none.
    let mut untyped = Vec::new();
    for &(start, end) in cells {
        // The mentions starting in the cell, and the one before it.
        let from = cands.partition_point(|c| c.start < start);
        let exact = cands[from..]
            .iter()
            .take_while(|c| c.start == start)
            .position(|c| c.end == end)
            .map(|k| from + k);
        let overlaps = from > 0 && cands[from - 1].end > start
            || cands.get(from).is_some_and(|c| c.start < end);
        match exact {
            Some(k) if cands[k].trust == Trust::Sure => {
                typed += 1;
                counts[label_index(cands[k].label)] += 1;
            }
            Some(k) => untyped.push((start, end, Some(k))),
            None if !overlaps => untyped.push((start, end, None)),
            None => {}
        }
    }
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .expect("four labels");
    if typed < MIN_TYPED || n * 4 < typed * 3 {
        return;
    }
    let label = LABELS[best];
    for (start, end, guess) in untyped {
        let Some(mut c) = name_cell(text, start, end, label) else {
            continue;
        };
        match guess {
            Some(k) => {
                // A guess of the same label keeps its kind.
                if cands[k].label == label {
                    c.kind = cands[k].kind;
                }
                cands[k] = c;
            }
            None => added.push(c),
        }
    }
}

/// The cell as a mention when it reads as a name: one to four words, the
/// first opening with a capital or a digit followed by a letter, no
/// punctuation but inner hyphens, dots and ampersands.
fn name_cell(text: &str, start: usize, end: usize, label: Label) -> Option<Cand<'static>> {
    let cell = &text[start..end];
    let words: Vec<&str> = cell.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let mut first_chars = words[0].chars();
    let c0 = first_chars.next()?;
    let opens = c0.is_uppercase() || c0.is_ascii_digit() && first_chars.any(char::is_alphabetic);
    let clean = cell
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '.' | '&'));
    if !opens || !clean {
        return None;
    }
    let mut key = String::with_capacity(cell.len());
    let (mut first, mut last) = ((0, 0), (0, 0));
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        let at = key.len();
        key.extend(w.chars().map(fold_char));
        last = (at, key.len());
        if n == 0 {
            first = last;
        }
    }
    Some(Cand {
        start,
        end,
        label,
        kind: None,
        trust: Trust::Sure,
        key: key.into(),
        last,
        first,
        words: words.len(),
        // Added after the sentence rules, which alone read it.
        toks: (0, 0),
        defined: false,
        maker: false,
        cued: false,
    })
}
