//! Bytes to text.

/// A decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// "utf-8", "utf-16le", "utf-16be" or "windows-1252".
    pub encoding: &'static str,
    /// Set when the bytes were not UTF-8 and a fallback was used.
    pub warning: Option<String>,
}

/// Decodes `bytes`: UTF-16 when they open with its byte order mark (a
/// Windows "Unicode" export; the BOM stripped, malformed pairs replaced by
/// U+FFFD with a warning), else UTF-8 (BOM stripped), else Windows-1252
/// with a warning. Returns `Err(offset)` of the first NUL byte for binary
/// data (of the first NUL character, in bytes, for UTF-16).
///
/// UTF-8 is validated with SIMD (`simdutf8`), then copied into the text
/// ([`decode_owned`] keeps the buffer instead): the standard library's
/// check branches on every accented letter, and costs more than a copy on
/// French text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, usize> {
    if let Some(d) = utf16(bytes) {
        return d;
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(offset);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match simdutf8::basic::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
            warning: None,
        }),
        Err(_) => {
            // Where it fails, from the standard library's detailed check.
            let valid = std::str::from_utf8(body)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
            Ok(Decoded {
                text: text.into_owned(),
                encoding: "windows-1252",
                warning: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {valid}): decoded as Windows-1252"
                )),
            })
        }
    }
}

/// [`decode`], taking the bytes by value: valid UTF-8 becomes the text
/// without a copy (the BOM, if any, shifted out).
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, usize> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        // UTF-16 has NUL bytes in most of its text.
        return utf16(&bytes).unwrap_or(Err(offset));
    }
    let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
    if simdutf8::basic::from_utf8(&bytes[bom..]).is_err() {
        return decode(&bytes);
    }
    bytes.drain(..bom);
    // SAFETY: `simdutf8` has just found these bytes (those left after the
    // BOM) to be valid UTF-8.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Decoded {
        text,
        encoding: "utf-8",
        warning: None,
    })
}

/// `bytes` decoded as UTF-16 when they open with its byte order mark;
/// `None` otherwise. Text with a NUL character is binary, as in UTF-8.
fn utf16(bytes: &[u8]) -> Option<Result<Decoded, usize>> {
    let (encoding, name) = match bytes {
        [0xFF, 0xFE, ..] => (encoding_rs::UTF_16LE, "utf-16le"),
        [0xFE, 0xFF, ..] => (encoding_rs::UTF_16BE, "utf-16be"),
        _ => return None,
    };
    let (text, malformed) = encoding.decode_without_bom_handling(&bytes[2..]);
    if let Some(nul) = text.find('\0') {
        // The bytes before it: two per UTF-16 unit, after the BOM.
        let units: usize = text[..nul].chars().map(char::len_utf16).sum();
        return Some(Err(2 + 2 * units));
    }
    Some(Ok(Decoded {
        text: text.into_owned(),
        encoding: name,
        warning: malformed
            .then(|| format!("malformed {name}: the bad units were replaced by U+FFFD")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom() {
        let d = decode(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap();
        assert_eq!(d.text, "Café");
        assert_eq!(d.encoding, "utf-8");
        assert!(d.warning.is_none());
    }

    #[test]
    fn latin_fallback() {
        let d = decode(b"Caf\xE9 \x80 5").unwrap();
        assert_eq!(d.text, "Café € 5");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.warning.unwrap().contains("offset 3"));
    }

    #[test]
    fn owned_and_borrowed_agree() {
        for bytes in [
            &b"\xEF\xBB\xBFCaf\xC3\xA9"[..],
            b"Caf\xE9",
            b"ab\0",
            b"",
            b"\xEF\xBB\xBF",
            b"\xEF\xBB",
            b"\xEF\xBB\xBF\xE9t\xE9",
            b"\xEF\xBB\xBF\0",
            "L\u{2019}\u{e9}t\u{e9} \u{ab}\u{a0}oui\u{a0}\u{bb}".as_bytes(),
        ] {
            assert_eq!(decode(bytes), decode_owned(bytes.to_vec()));
        }
    }

    #[test]
    fn binary() {
        assert_eq!(decode(b"ab\0cd"), Err(2));
    }

    /// `text` as UTF-16 with its byte order mark.
    fn utf16_bytes(text: &str, little: bool) -> Vec<u8> {
        let mut out = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            out.extend(if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let text = "Le PIB a crû de 5,4\u{a0}% « en 2024 » 🇫🇷.";
        for (little, name) in [(true, "utf-16le"), (false, "utf-16be")] {
            let bytes = utf16_bytes(text, little);
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding, d.warning), (text, name, None));
            assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
        }
    }

    #[test]
    fn utf16_malformed_and_binary() {
        // A lone high surrogate, then "a".
        let d = decode(&[0xFF, 0xFE, 0x00, 0xD8, b'a', 0]).unwrap();
        assert_eq!(d.text, "\u{FFFD}a");
        assert!(d.warning.unwrap().contains("utf-16le"));
        // A NUL character after "é" and "🇫" (two units): byte 2 + 2 * 3.
        let bytes = utf16_bytes("é🇫\0x", true);
        assert_eq!(decode(&bytes), Err(8));
        assert_eq!(decode_owned(bytes), Err(8));
    }
}
