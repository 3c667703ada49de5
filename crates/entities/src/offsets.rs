//! Code point offsets from byte offsets and back, by a cursor that moves
//! forward through the text: sentences and mentions come in order, so one
//! pass over the document answers every question, with no table of the
//! whole text ([`frclaims_model::TextIndex`] keeps one `u32` a character).

/// A (byte, code point) position in a text that only moves forward,
/// restarting from the beginning when asked about an earlier place.
pub(crate) struct Offsets<'t> {
    text: &'t [u8],
    byte: usize,
    ch: usize,
}

/// Number of code points that start in `b`.
#[inline]
fn count_chars(b: &[u8]) -> usize {
    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts
    // one; eight bytes at a time.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let continuation = w & !(w << 1) & HIGH;
        n += 8 - continuation.count_ones() as usize;
    }
    n + chunks
        .remainder()
        .iter()
        .filter(|&&x| (x as i8) >= -0x40)
        .count()
}

impl<'t> Offsets<'t> {
    pub(crate) fn new(text: &'t str) -> Offsets<'t> {
        Offsets {
            text: text.as_bytes(),
            byte: 0,
            ch: 0,
        }
    }

    /// Byte offset of code point `ch` (the end of the text past it), as
    /// [`frclaims_model::TextIndex::byte_of`].
    pub(crate) fn byte_of(&mut self, ch: usize) -> usize {
        if ch < self.ch {
            self.byte = 0;
            self.ch = 0;
        }
        let t = self.text;
        // Whole blocks of 64 bytes (cut back to a character boundary) while
        // the characters they start are all before `ch`.
        while ch - self.ch >= 64 && self.byte + 64 < t.len() {
            let mut end = self.byte + 64;
            while (t[end] as i8) < -0x40 {
                end -= 1;
            }
            let n = count_chars(&t[self.byte..end]);
            if self.ch + n > ch {
                break;
            }
            self.ch += n;
            self.byte = end;
        }
        while self.ch < ch && self.byte < t.len() {
            // Skip a run of ASCII bytes at once.
            let want = ch - self.ch;
            let stop = t.len().min(self.byte + want);
            let run = crate::tokens::ascii_prefix(&t[self.byte..stop]);
            if run > 0 {
                self.byte += run;
                self.ch += run;
                continue;
            }
            self.byte += 1;
            while self.byte < t.len() && (t[self.byte] as i8) < -0x40 {
                self.byte += 1;
            }
            self.ch += 1;
        }
        self.byte
    }

    /// Code point offset of byte `b`, a character boundary, as
    /// [`frclaims_model::TextIndex::char_of`].
    pub(crate) fn char_of(&mut self, b: usize) -> usize {
        let b = b.min(self.text.len());
        if b < self.byte {
            self.byte = 0;
            self.ch = 0;
        }
        self.ch += count_chars(&self.text[self.byte..b]);
        self.byte = b;
        self.ch
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frclaims_model::TextIndex;

    #[test]
    fn agrees_with_the_text_index() {
        let long = "Le président a reçu à Pékin – « été » 😀 x\u{a0}y. ".repeat(30);
        for text in [
            "",
            "abc",
            "M. Lin a dit « 20 % » à Pékin.",
            "été 😀 x\u{a0}y",
            long.as_str(),
        ] {
            let idx = TextIndex::new(text);
            let n = text.chars().count();
            // Forward by steps small and large, then backward (restarts),
            // then past the end.
            for step in [1, 7, 63, 64, 65, 150, 1000] {
                let mut o = Offsets::new(text);
                let order: Vec<usize> = (0..=n)
                    .step_by(step)
                    .chain((0..=n).rev().step_by(step))
                    .chain([n, n + 3])
                    .collect();
                for &c in &order {
                    assert_eq!(o.byte_of(c), idx.byte_of(c), "{text:?} byte_of({c})");
                }
            }
            let mut o = Offsets::new(text);
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect();
            for step in [1, 9, 40, 200] {
                let fwd = bounds.iter().step_by(step);
                for &b in fwd.chain(bounds.iter().rev().step_by(step)) {
                    assert_eq!(o.char_of(b), idx.char_of(b), "{text:?} char_of({b})");
                }
            }
        }
    }
}
