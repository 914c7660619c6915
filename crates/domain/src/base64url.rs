//! Unpadded base64url (RFC 4648 §5), the encoding of keys, nonces and ciphertexts in sealed
//! records and the centre key file. Strict, as the intranet host is: no padding, no `+` or `/`,
//! and no stray bits in the last character, so every byte string has exactly one text form.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (index, &byte)| {
            group | (u32::from(byte) << (16 - 8 * index))
        });
        for index in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(group >> (18 - 6 * index)) as usize & 63]));
        }
    }
    text
}

/// `None` for a character outside the alphabet, a length no byte string encodes to, or
/// non-zero bits left over in the last character.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0u32;
        for (index, &char) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|&letter| letter == char)? as u32;
            group |= value << (18 - 6 * index);
        }
        let whole_bytes = chunk.len() * 6 / 8;
        let spare_bits = 24 - 8 * whole_bytes;
        if group & ((1 << spare_bits) - 1) != 0 {
            return None;
        }
        bytes.extend((0..whole_bytes).map(|index| (group >> (16 - 8 * index)) as u8));
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4648 §10's vectors, without their padding.
    #[test]
    fn the_rfc_vectors_round_trip() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn the_url_safe_letters_are_used() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn other_forms_are_refused() {
        assert_eq!(decode("Zg=="), None, "padding");
        assert_eq!(decode("+/8"), None, "the standard alphabet");
        assert_eq!(decode("Zh"), None, "stray bits in the last character");
        assert_eq!(decode("Z"), None, "a length nothing encodes to");
        assert_eq!(decode("Zm 9v"), None);
    }

    #[test]
    fn every_byte_round_trips() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..bytes.len() {
            assert_eq!(decode(&encode(&bytes[..length])).unwrap(), &bytes[..length]);
        }
    }
}
