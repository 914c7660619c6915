//! The administrator's PIN: its rules, its stored (hashed) form and the slow-down after wrong
//! tries. The hashing itself (PBKDF2 through WebCrypto) happens in the app; this module only
//! decides and stores.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hex;
use crate::records::SCHEMA_VERSION;

pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 4..=12;
/// PBKDF2-HMAC-SHA-256 iterations, as OWASP recommends for that hash.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const HASH_BYTES: usize = 32;
/// Wrong tries allowed before each further one waits.
pub const FREE_ATTEMPTS: u32 = 3;
const FIRST_LOCK_MS: u64 = 5_000;
const LONGEST_LOCK_MS: u64 = 15 * 60 * 1000;

/// A PIN the administrator chose that does not meet the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinRuleError {
    NotDigits,
    Length { digits: usize },
    OneDigitRepeated,
}

impl fmt::Display for PinRuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PinRuleError::NotDigits => f.write_str("the PIN may contain digits only"),
            PinRuleError::Length { digits } => write!(
                f,
                "the PIN must have {} to {} digits, not {digits}",
                PIN_LENGTH.start(),
                PIN_LENGTH.end()
            ),
            PinRuleError::OneDigitRepeated => f.write_str("the PIN must not be one digit repeated"),
        }
    }
}

/// Checks a new PIN: 4 to 12 digits, and not one digit repeated.
pub fn check_new_pin(pin: &str) -> Result<(), PinRuleError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinRuleError::NotDigits);
    }
    if !PIN_LENGTH.contains(&pin.len()) {
        return Err(PinRuleError::Length { digits: pin.len() });
    }
    if pin.chars().all(|c| pin.starts_with(c)) {
        return Err(PinRuleError::OneDigitRepeated);
    }
    Ok(())
}

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

/// Wrong PIN tries, kept across reloads so that reloading does not reset the wait.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinAttempts {
    pub failures: u32,
    pub locked_until_ms: u64,
}

impl PinAttempts {
    /// Milliseconds to wait before the next try is accepted; 0 when a try is allowed now.
    pub fn wait_ms(&self, now_ms: u64) -> u64 {
        self.locked_until_ms.saturating_sub(now_ms)
    }

    /// Counts a wrong PIN. From the fourth on, each locks the PIN pad for twice as long as the
    /// last (5 s, 10 s, 20 s ... at most 15 minutes).
    pub fn record_failure(self, now_ms: u64) -> PinAttempts {
        let failures = self.failures.saturating_add(1);
        let lock_ms = if failures <= FREE_ATTEMPTS {
            0
        } else {
            let doublings = (failures - FREE_ATTEMPTS - 1).min(20);
            (FIRST_LOCK_MS << doublings).min(LONGEST_LOCK_MS)
        };
        PinAttempts {
            failures,
            locked_until_ms: now_ms + lock_ms,
        }
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("PIN attempts serialize")
    }

    /// Unreadable attempts count as the most recent lock, never as none: damaging the entry must
    /// not buy free tries.
    pub fn from_record(json: &str, now_ms: u64) -> PinAttempts {
        serde_json::from_str(json).unwrap_or(PinAttempts {
            failures: FREE_ATTEMPTS + 1,
            locked_until_ms: now_ms + FIRST_LOCK_MS,
        })
    }
}
