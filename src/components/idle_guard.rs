//! Asks an idle person whether they are still there, and discards the draft if nobody answers,
//! so that an abandoned survey never waits for the next person to see it.

use std::time::Duration;

use leptos::prelude::*;
use yorisoi_domain::IdleState;

use crate::i18n::{fill, ui};
use crate::kiosk::{now_ms, Kiosk};

#[component]
pub fn IdleGuard() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let state = RwSignal::new(IdleState::Active);
    let check = move || {
        let idle_secs = ((now_ms() - kiosk.last_activity_ms.get_untracked()) / 1000.0).max(0.0) as u32;
        let next = IdleState::after(idle_secs, kiosk.settings.get_untracked().idle_timeout_secs());
        if next == IdleState::Expired {
            kiosk.discard();
        } else if next != state.get_untracked() {
            state.set(next);
        }
    };
    if let Ok(interval) = set_interval_with_handle(check, Duration::from_secs(1)) {
        on_cleanup(move || interval.clear());
    }
    // A touch anywhere resets the clock; this brings the answer back at once.
    Effect::new(move |_| {
        kiosk.last_activity_ms.track();
        state.set(IdleState::Active);
    });

    move || match state.get() {
        IdleState::Asking { secs_left } => {
            let text = ui(kiosk.language.get());
            Some(view! {
                <div class="idle-backdrop">
                    <div
                        class="idle-dialog"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="idle-title"
                        aria-describedby="idle-body"
                    >
                        <h2 id="idle-title">{text.still_there_title}</h2>
                        <p id="idle-body">{fill(text.still_there_body, &[("seconds", &secs_left)])}</p>
                        <button class="primary" autofocus on:click=move |_| kiosk.touch()>
                            {text.still_there_continue}
                        </button>
                    </div>
                </div>
            })
        }
        _ => None,
    }
}
