//! The administrator's PIN of earlier versions, stored as a salted PBKDF2 hash. A kiosk that
//! had one asks for it once more, before its centre key is created, so that the upgrade does not
//! hand the responses stored in the clear to whoever opens the administration first. The
//! hashing itself (PBKDF2 through WebCrypto) happens in the app.

use serde::{Deserialize, Serialize};

use crate::hex;
use crate::records::SCHEMA_VERSION;

pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const HASH_BYTES: usize = 32;
/// A stored PIN record that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinRecordError {
    Damaged {
        reason: String,
    },
    /// Written by a newer Yorisoi: left as it is.
    Newer {
        version: u32,
    },
    Unusable,
}

/// The stored PIN: a salted PBKDF2 hash, never the PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinRecord {
    v: u32,
    pub salt: String,
    pub iterations: u32,
    pub hash: String,
}

impl PinRecord {
    pub fn new(salt: &[u8], iterations: u32, hash: &[u8]) -> PinRecord {
        PinRecord {
            v: SCHEMA_VERSION,
            salt: hex::encode(salt),
            iterations,
            hash: hex::encode(hash),
        }
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        hex::decode(&self.salt)
    }

    /// Whether `hash`, derived from a PIN with this record's salt and iterations, matches.
    /// Compares every byte, so the time taken does not tell how much matched.
    pub fn matches(&self, hash: &[u8]) -> bool {
        let Some(stored) = hex::decode(&self.hash) else {
            return false;
        };
        stored.len() == hash.len() && stored.iter().zip(hash).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("a PIN record serializes")
    }

    pub fn from_record(json: &str) -> Result<PinRecord, PinRecordError> {
        let record: PinRecord = serde_json::from_str(json).map_err(|error| PinRecordError::Damaged {
            reason: error.to_string(),
        })?;
        if record.v > SCHEMA_VERSION {
            return Err(PinRecordError::Newer { version: record.v });
        }
        if record.salt_bytes().is_none_or(|salt| salt.len() != SALT_BYTES)
            || hex::decode(&record.hash).is_none_or(|hash| hash.len() != HASH_BYTES)
            || record.iterations == 0
        {
            return Err(PinRecordError::Unusable);
        }
        Ok(record)
    }
}
