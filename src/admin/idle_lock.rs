//! The unlocked administration closes itself, forgetting the centre key, when nobody has
//! touched it for `centre_key::IDLE_LOCK_MS`: a manager called away does not leave the results
//! open at the kiosk.

use std::time::Duration;

use leptos::prelude::*;
use yorisoi_domain::centre_key::IDLE_LOCK_MS;

use crate::kiosk::now_ms;

/// How often the idle time is checked.
const CHECK_EVERY: Duration = Duration::from_secs(5);

#[component]
pub fn IdleLock() -> impl IntoView {
    let last_touch = StoredValue::new(now_ms());
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| last_touch.set_value(now_ms()));
    let key = window_event_listener(leptos::ev::keydown, move |_| last_touch.set_value(now_ms()));
    let check = set_interval_with_handle(
        move || {
            if now_ms() - last_touch.get_value() >= IDLE_LOCK_MS as f64 {
                // Left from a fresh task: unmounting drops this very interval, which must not
                // happen while it runs.
                set_timeout(super::leave, Duration::ZERO);
            }
        },
        CHECK_EVERY,
    )
    .ok();
    on_cleanup(move || {
        pointer.remove();
        key.remove();
        if let Some(check) = check {
            check.clear();
        }
    });
}
