//! Bytes to text.

/// A decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// "utf-8" or "windows-1252".
    pub encoding: &'static str,
    /// Set when the bytes were not UTF-8 and a fallback was used.
    pub warning: Option<String>,
}

/// Decodes `bytes`: UTF-8 (BOM stripped), else Windows-1252 with a warning.
/// Returns `Err(offset)` of the first NUL byte for binary data.
///
/// UTF-8 is validated with SIMD (`simdutf8`), then copied into the text
/// ([`decode_owned`] keeps the buffer instead): the standard library's
/// check branches on every accented letter, and costs more than a copy on
/// French text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, usize> {
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
        return Err(offset);
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
}
