//! Word keys and the small perfect tables of words built from them at
//! compile time: whether a folded word is one of a short list (the elided
//! words of the tokenizer, the name particles and clause stops of the
//! rules) is one probe of such a table, without a branch on the word's
//! length.

/// The slot of a word key in a table of `N` slots (a power of two) with
/// multiplier `mul`.
#[inline]
pub(crate) const fn slot<const N: usize>(key: u64, mul: u64) -> usize {
    (key.wrapping_mul(mul) >> (64 - N.trailing_zeros())) as usize
}

/// A table of `N` slots holding the keys of `words`, each in its
/// [`slot`] (no two share one: checked when it is built, at compile time);
/// the other slots hold `u64::MAX`, the key of no word.
pub(crate) const fn key_table<const N: usize>(words: &[&str], mul: u64) -> [u64; N] {
    let mut table = [u64::MAX; N];
    let mut i = 0;
    while i < words.len() {
        let x = word_bits(words[i].as_bytes());
        let k = slot::<N>(x, mul);
        assert!(table[k] == u64::MAX, "two words share a slot");
        table[k] = x;
        i += 1;
    }
    table
}

/// The key of a word of at most seven bytes: its bytes (little-endian)
/// and its length in the high byte.
pub(crate) const fn word_bits(w: &[u8]) -> u64 {
    let mut x = (w.len() as u64) << 56;
    let mut j = 0;
    while j < w.len() {
        x |= (w[j] as u64) << (8 * j);
        j += 1;
    }
    x
}

/// The key of the folded word of `len` bytes at `start` of `fb`: as
/// [`word_bits`] for a word of at most seven bytes; a longer word keeps
/// its first seven bytes and a length of seven or more, so that it equals
/// the key of no short word. Computed without a branch on the length.
#[inline]
pub(crate) fn key_at(fb: &[u8], start: usize, len: usize) -> u64 {
    let w = crate::first_eight(fb, start) & ((1u64 << (8 * len.min(7))) - 1);
    w | (len.min(255) as u64) << 56
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: [&str; 4] = ["de", "du", "qu", "lorsqu"];
    const MUL: u64 = 0x370f_086a_1e0e_24b3;
    const TABLE: [u64; 16] = key_table(&WORDS, MUL);

    fn member(text: &str, start: usize, len: usize) -> bool {
        let key = key_at(text.as_bytes(), start, len);
        TABLE[slot::<16>(key, MUL)] == key
    }

    #[test]
    fn a_word_is_found_by_its_key_only() {
        let text = "lorsqu de dur qu lorsque";
        assert!(member(text, 0, 6));
        assert!(member(text, 7, 2));
        assert!(!member(text, 10, 3), "dur");
        assert!(member(text, 14, 2));
        // A word longer than seven bytes keeps seven: no short word.
        assert!(!member(text, 17, 7), "lorsque");
        assert_eq!(key_at(text.as_bytes(), 7, 2), word_bits(b"de"));
    }
}
