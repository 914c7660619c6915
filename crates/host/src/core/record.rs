//! The sealed record, the one thing the inbox stores. The host cannot read it (only the
//! centre's private key can); it checks the envelope so that nonsense is refused with a clear
//! reason and nothing stored, and it keeps one canonical serialisation so that a resend with
//! different whitespace or field order still counts as the same record.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Map, Value};

use super::refusal::Refusal;

/// The largest body the inbox takes. A full employee response with a 500-character Japanese
/// comment seals to about 4 KiB; 16 KiB leaves room and keeps a flood cheap to refuse.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The one format version of sealed records.
pub const FORMAT_VERSION: u64 = 1;

/// Raw uncompressed P-256 point (`0x04 || X || Y`), as WebCrypto's `exportKey("raw")` gives it.
const EPK_BYTES: usize = 65;
/// AES-GCM's 96-bit nonce.
const IV_BYTES: usize = 12;
/// AES-GCM's tag; the ciphertext is at least this long.
const TAG_BYTES: usize = 16;

const FIELDS: [&str; 5] = ["v", "id", "epk", "iv", "ct"];

/// A sealed record that passed every check of the envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedRecord {
    id: String,
    epk: String,
    iv: String,
    ct: String,
}

impl SealedRecord {
    /// Checks a submission: the id in the URL, then the body (at most [`MAX_BODY_BYTES`]).
    pub fn from_submission(url_id: &str, body: &[u8]) -> Result<SealedRecord, Refusal> {
        if !is_response_id(url_id) {
            return Err(Refusal::BadId);
        }
        if body.len() > MAX_BODY_BYTES {
            return Err(Refusal::TooLarge {
                limit_bytes: MAX_BODY_BYTES,
            });
        }
        let value: Value = serde_json::from_slice(body).map_err(|_| Refusal::NotJson)?;
        let Value::Object(object) = value else {
            return Err(Refusal::NotAnObject);
        };
        let record = Self::from_object(&object)?;
        if record.id != url_id {
            return Err(Refusal::IdMismatch);
        }
        Ok(record)
    }

    fn from_object(object: &Map<String, Value>) -> Result<SealedRecord, Refusal> {
        if object.keys().any(|key| !FIELDS.contains(&key.as_str())) {
            return Err(Refusal::UnknownField);
        }
        match object.get("v") {
            None => return Err(Refusal::MissingField("v")),
            Some(Value::Number(number)) if number.as_u64() == Some(FORMAT_VERSION) => {}
            Some(Value::Number(_)) => return Err(Refusal::UnsupportedVersion),
            Some(_) => return Err(Refusal::WrongType("v")),
        }
        let id = string_field(object, "id")?;
        if !is_response_id(id) {
            return Err(Refusal::BadId);
        }
        let epk = string_field(object, "epk")?;
        let iv = string_field(object, "iv")?;
        let ct = string_field(object, "ct")?;
        let epk_bytes = base64url(epk, "epk")?;
        if epk_bytes.len() != EPK_BYTES || epk_bytes[0] != 0x04 {
            return Err(Refusal::BadLength {
                field: "epk",
                expected: "a 65-byte uncompressed P-256 point (first byte 0x04)",
            });
        }
        if base64url(iv, "iv")?.len() != IV_BYTES {
            return Err(Refusal::BadLength {
                field: "iv",
                expected: "12 bytes (the AES-GCM nonce)",
            });
        }
        if base64url(ct, "ct")?.len() < TAG_BYTES {
            return Err(Refusal::BadLength {
                field: "ct",
                expected: "at least 16 bytes (the AES-GCM tag)",
            });
        }
        Ok(SealedRecord {
            id: id.to_owned(),
            epk: epk.to_owned(),
            iv: iv.to_owned(),
            ct: ct.to_owned(),
        })
    }

    /// The response id (32 lowercase hex characters).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The stored form: compact JSON with the keys in sorted order.
    pub fn canonical_json(&self) -> String {
        json!({ "v": FORMAT_VERSION, "id": self.id, "epk": self.epk, "iv": self.iv, "ct": self.ct })
            .to_string()
    }
}

/// Whether `text` is a response id: exactly 32 lowercase hexadecimal characters.
pub fn is_response_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
}

fn string_field<'a>(object: &'a Map<String, Value>, field: &'static str) -> Result<&'a str, Refusal> {
    match object.get(field) {
        None => Err(Refusal::MissingField(field)),
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(Refusal::WrongType(field)),
    }
}

/// Decodes unpadded base64url, refusing padding, other alphabets and non-zero trailing bits.
fn base64url(text: &str, field: &'static str) -> Result<Vec<u8>, Refusal> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| Refusal::BadBase64(field))
}
