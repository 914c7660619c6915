//! The unlocked administration closes itself, forgetting the centre key, when nobody has
//! touched it for `centre_key::IDLE_LOCK_MS`: a manager called away does not leave the results
//! open at the kiosk.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use yorisoi_domain::centre_key::IDLE_LOCK_MS;

use crate::kiosk::now_ms;

/// How often the idle time is checked.
const CHECK_EVERY: Duration = Duration::from_secs(5);

thread_local! {
    /// The running check, stopped when the administration is left by any way.
    static CHECK: Cell<Option<IntervalHandle>> = const { Cell::new(None) };
}

/// Stops the idle check. The interval's callback outlives the administration's reactive
/// state otherwise.
pub fn stop() {
    if let Some(check) = CHECK.with(Cell::take) {
        check.clear();
    }
}

#[component]
pub fn IdleLock() -> impl IntoView {
    // Plain cells, not signals: the listeners may fire after the administration's reactive
    // state is gone.
    let last_touch = Rc::new(Cell::new(now_ms()));
    let touched = {
        let last_touch = Rc::clone(&last_touch);
        move || last_touch.set(now_ms())
    };
    let on_pointer = touched.clone();
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| on_pointer());
    let key = window_event_listener(leptos::ev::keydown, move |_| touched());
    stop();
    let check = set_interval_with_handle(
        move || {
            if now_ms() - last_touch.get() >= IDLE_LOCK_MS as f64 {
                stop();
                // Left from a fresh task, not from inside this interval's own call.
                set_timeout(super::leave, Duration::ZERO);
            }
        },
        CHECK_EVERY,
    )
    .ok();
    CHECK.with(|running| running.set(check));
    on_cleanup(move || {
        pointer.remove();
        key.remove();
        stop();
    });
}
