//! Wrong passphrases (or PINs), counted across reloads, and the slow-down they earn.

use serde::{Deserialize, Serialize};

/// Wrong tries allowed before each further one waits.
pub const FREE_ATTEMPTS: u32 = 3;
const FIRST_LOCK_MS: u64 = 5_000;
const LONGEST_LOCK_MS: u64 = 15 * 60 * 1000;

/// Wrong unlock tries, kept across reloads so that reloading does not reset the wait.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnlockAttempts {
    pub failures: u32,
    pub locked_until_ms: u64,
}

impl UnlockAttempts {
    /// Milliseconds to wait before the next try is accepted; 0 when a try is allowed now.
    pub fn wait_ms(&self, now_ms: u64) -> u64 {
        self.locked_until_ms.saturating_sub(now_ms)
    }

    /// Counts a wrong try. From the fourth on, each locks the door for twice as long as the
    /// last (5 s, 10 s, 20 s ... at most 15 minutes).
    pub fn record_failure(self, now_ms: u64) -> UnlockAttempts {
        let failures = self.failures.saturating_add(1);
        let lock_ms = if failures <= FREE_ATTEMPTS {
            0
        } else {
            let doublings = (failures - FREE_ATTEMPTS - 1).min(20);
            (FIRST_LOCK_MS << doublings).min(LONGEST_LOCK_MS)
        };
        UnlockAttempts {
            failures,
            locked_until_ms: now_ms + lock_ms,
        }
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("attempts serialize")
    }

    /// Unreadable attempts count as the most recent lock, never as none: damaging the entry must
    /// not buy free tries.
    pub fn from_record(json: &str, now_ms: u64) -> UnlockAttempts {
        serde_json::from_str(json).unwrap_or(UnlockAttempts {
            failures: FREE_ATTEMPTS + 1,
            locked_until_ms: now_ms + FIRST_LOCK_MS,
        })
    }
}
