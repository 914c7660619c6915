//! The slow-down after wrong passphrases, recovery codes or PINs, kept across reloads.

use yorisoi_domain::records::keys;
use yorisoi_domain::unlock_attempts::UnlockAttempts;
use yorisoi_domain::Language;

use crate::i18n::{admin, fill};
use crate::kiosk::now_ms;
use crate::storage;

fn stored(now: u64) -> UnlockAttempts {
    storage::read(keys::UNLOCK_ATTEMPTS).map_or_else(UnlockAttempts::default, |json| {
        UnlockAttempts::from_record(&json, now)
    })
}

/// Why a try must wait, in words; `None` when one is allowed now.
pub fn must_wait(language: Language) -> Option<String> {
    let now = now_ms() as u64;
    let wait_ms = stored(now).wait_ms(now);
    (wait_ms > 0).then(|| fill(admin(language).wait, &[("seconds", &wait_ms.div_ceil(1000))]))
}

/// Counts a wrong try; `wrong` says what was wrong, and the wait it earned is added.
pub fn failed(wrong: &str, language: Language) -> String {
    let now = now_ms() as u64;
    let attempts = stored(now).record_failure(now);
    let _ = storage::write(keys::UNLOCK_ATTEMPTS, &attempts.to_record());
    let wait_secs = attempts.wait_ms(now).div_ceil(1000);
    if wait_secs == 0 {
        wrong.to_owned()
    } else {
        format!(
            "{wrong} {}",
            fill(admin(language).wait, &[("seconds", &wait_secs)])
        )
    }
}

pub fn succeeded() {
    storage::remove(keys::UNLOCK_ATTEMPTS);
}
