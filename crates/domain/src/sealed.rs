//! The sealed response: what a kiosk or desk PC stores and sends instead of a readable answer.
//!
//! Sealing (done in the browser through WebCrypto; this module fixes the format):
//! 1. a fresh ephemeral ECDH P-256 key pair for every response;
//! 2. `shared = ECDH(ephemeral private, centre public)`, 256 bits;
//! 3. `key = HKDF-SHA-256(ikm = shared, salt = epk, info = "yorisoi/v1/sealed-response " ‖ id)`,
//!    256 bits, an AES-256-GCM key — the id in `info` means a record moved under another id no
//!    longer opens;
//! 4. `ct = AES-GCM(key, iv = 12 random bytes, plaintext)`, with no additional data; the
//!    plaintext is the response's stored record ([`crate::Response::to_record`]) padded with
//!    spaces to a multiple of [`PAD_BLOCK`] bytes, so that the length of a sealed record does
//!    not tell how long a comment was.
//!
//! Only the centre's private key opens it. The envelope is the intranet host's inbox format
//! (docs/host-api.md): `{"v":1,"id","epk","iv","ct"}`, binary fields in unpadded base64url.

use serde::{Deserialize, Serialize};

use crate::base64url;
use crate::records::is_valid_response_id;

pub const FORMAT_VERSION: u32 = 1;
/// A raw uncompressed P-256 point: `0x04 ‖ X ‖ Y`.
pub const EPK_BYTES: usize = 65;
pub const IV_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;
/// Plaintexts are padded to a multiple of this many bytes.
pub const PAD_BLOCK: usize = 256;
/// What HKDF's `info` starts with; the response id follows.
pub const INFO_PREFIX: &str = "yorisoi/v1/sealed-response ";

/// A sealed response whose envelope passed every check. What it holds is unknown until the
/// centre's private key opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedRecord {
    pub id: String,
    pub epk: Vec<u8>,
    pub iv: Vec<u8>,
    pub ct: Vec<u8>,
}

/// Why a stored or received text is not a sealed record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealedError {
    /// Not JSON, or not exactly the envelope's fields and types.
    NotASealedRecord,
    /// Sealed by a newer Yorisoi.
    NewerVersion(u32),
    /// The id is not a response id.
    BadId,
    /// A binary field is not strict base64url of the right length.
    BadField(&'static str),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    ct: String,
    epk: String,
    id: String,
    iv: String,
    v: u32,
}

impl SealedRecord {
    /// Reads an envelope, as strictly as the intranet host does.
    pub fn parse(json: &str) -> Result<SealedRecord, SealedError> {
        let envelope: Envelope = serde_json::from_str(json).map_err(|_| SealedError::NotASealedRecord)?;
        if envelope.v > FORMAT_VERSION {
            return Err(SealedError::NewerVersion(envelope.v));
        }
        if envelope.v != FORMAT_VERSION {
            return Err(SealedError::NotASealedRecord);
        }
        if !is_valid_response_id(&envelope.id) {
            return Err(SealedError::BadId);
        }
        let field = |name: &'static str, text: &str, fits: &dyn Fn(&[u8]) -> bool| {
            base64url::decode(text)
                .filter(|bytes| fits(bytes))
                .ok_or(SealedError::BadField(name))
        };
        Ok(SealedRecord {
            epk: field("epk", &envelope.epk, &|bytes| {
                bytes.len() == EPK_BYTES && bytes[0] == 0x04
            })?,
            iv: field("iv", &envelope.iv, &|bytes| bytes.len() == IV_BYTES)?,
            ct: field("ct", &envelope.ct, &|bytes| bytes.len() >= TAG_BYTES)?,
            id: envelope.id,
        })
    }

    /// The one stored and sent form: compact JSON, keys in sorted order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope {
            ct: base64url::encode(&self.ct),
            epk: base64url::encode(&self.epk),
            id: self.id.clone(),
            iv: base64url::encode(&self.iv),
            v: FORMAT_VERSION,
        })
        .expect("an envelope serializes")
    }
}

/// HKDF's `info` for the response `id`.
pub fn key_info(id: &str) -> Vec<u8> {
    format!("{INFO_PREFIX}{id}").into_bytes()
}

/// The plaintext sealed for a stored record: the record, then spaces up to the next multiple
/// of [`PAD_BLOCK`] bytes (at least one block).
pub fn pad(record: &str) -> Vec<u8> {
    let padded_length = record.len().div_ceil(PAD_BLOCK).max(1) * PAD_BLOCK;
    let mut bytes = record.as_bytes().to_vec();
    bytes.resize(padded_length, b' ');
    bytes
}

/// The record inside an opened plaintext; `None` when it is not UTF-8.
pub fn unpad(plaintext: &[u8]) -> Option<&str> {
    std::str::from_utf8(plaintext)
        .ok()
        .map(|text| text.trim_end_matches(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(id: &str, epk: &str, iv: &str, ct: &str) -> String {
        format!(r#"{{"v":1,"id":"{id}","epk":"{epk}","iv":"{iv}","ct":"{ct}"}}"#)
    }

    const ID: &str = "0123456789abcdef0123456789abcdef";

    fn epk() -> String {
        let mut point = vec![4u8];
        point.extend([7u8; 64]);
        base64url::encode(&point)
    }

    #[test]
    fn a_well_formed_envelope_reads_and_writes_back_sorted() {
        let iv = base64url::encode(&[1; 12]);
        let ct = base64url::encode(&[2; 16]);
        let record = SealedRecord::parse(&envelope(ID, &epk(), &iv, &ct)).unwrap();
        assert_eq!(record.id, ID);
        assert_eq!(record.ct, [2; 16]);
        assert_eq!(
            record.to_json(),
            format!(
                r#"{{"ct":"{ct}","epk":"{}","id":"{ID}","iv":"{iv}","v":1}}"#,
                epk()
            )
        );
        assert_eq!(SealedRecord::parse(&record.to_json()).unwrap(), record);
    }

    #[test]
    fn ids_of_both_lengths_are_taken_and_others_refused() {
        let (iv, ct) = (base64url::encode(&[1; 12]), base64url::encode(&[2; 16]));
        assert!(SealedRecord::parse(&envelope("0123456789abcdef", &epk(), &iv, &ct)).is_ok());
        assert_eq!(
            SealedRecord::parse(&envelope("0123456789ABCDEF", &epk(), &iv, &ct)),
            Err(SealedError::BadId)
        );
    }

    #[test]
    fn wrong_lengths_and_forms_are_refused() {
        let (iv, ct) = (base64url::encode(&[1; 12]), base64url::encode(&[2; 16]));
        let short_iv = base64url::encode(&[1; 11]);
        let short_ct = base64url::encode(&[2; 15]);
        let compressed = base64url::encode(&[3; 65]);
        assert_eq!(
            SealedRecord::parse(&envelope(ID, &epk(), &short_iv, &ct)),
            Err(SealedError::BadField("iv"))
        );
        assert_eq!(
            SealedRecord::parse(&envelope(ID, &epk(), &iv, &short_ct)),
            Err(SealedError::BadField("ct"))
        );
        assert_eq!(
            SealedRecord::parse(&envelope(ID, &compressed, &iv, &ct)),
            Err(SealedError::BadField("epk"))
        );
        assert_eq!(
            SealedRecord::parse(&envelope(ID, &epk(), &format!("{iv}=="), &ct)),
            Err(SealedError::BadField("iv"))
        );
        let extra = envelope(ID, &epk(), &iv, &ct).replace("\"v\":1", "\"v\":1,\"who\":\"x\"");
        assert_eq!(SealedRecord::parse(&extra), Err(SealedError::NotASealedRecord));
        let newer = envelope(ID, &epk(), &iv, &ct).replace("\"v\":1", "\"v\":2");
        assert_eq!(SealedRecord::parse(&newer), Err(SealedError::NewerVersion(2)));
        assert_eq!(
            SealedRecord::parse("{\"a\":1}"),
            Err(SealedError::NotASealedRecord)
        );
    }

    #[test]
    fn padding_hides_the_length_to_a_block_and_comes_off_again() {
        assert_eq!(pad("").len(), 256);
        assert_eq!(pad(&"x".repeat(256)).len(), 256);
        assert_eq!(pad(&"x".repeat(257)).len(), 512);
        // A short and a long comment seal to the same length.
        assert_eq!(
            pad("{\"t\":\"a\"}").len(),
            pad(&format!("{{\"t\":\"{}\"}}", "あ".repeat(80))).len()
        );
        assert_eq!(unpad(&pad("{\"a\":\"1\"}")), Some("{\"a\":\"1\"}"));
        assert_eq!(unpad(&[0xff, 0xfe]), None);
    }

    #[test]
    fn the_key_info_names_the_id() {
        assert_eq!(key_info("ab"), b"yorisoi/v1/sealed-response ab");
    }
}
