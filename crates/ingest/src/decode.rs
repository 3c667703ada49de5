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
pub fn decode(bytes: &[u8]) -> Result<Decoded, usize> {
    decode_owned(bytes.to_vec())
}

/// [`decode`], taking the bytes by value: valid UTF-8 becomes the text
/// without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, usize> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(offset);
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: "utf-8",
            warning: None,
        }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(e.as_bytes());
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
        for bytes in [&b"\xEF\xBB\xBFCaf\xC3\xA9"[..], b"Caf\xE9", b"ab\0", b""] {
            assert_eq!(decode(bytes), decode_owned(bytes.to_vec()));
        }
    }

    #[test]
    fn binary() {
        assert_eq!(decode(b"ab\0cd"), Err(2));
    }
}
