//! The thank-you screen, which returns to the start screen by itself.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::ui;
use crate::kiosk::Kiosk;

const RETURN_AFTER: Duration = Duration::from_secs(10);

#[component]
pub fn ThanksPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let text = ui(kiosk.language.get_untracked());
    if let Ok(timer) = set_timeout_with_handle(move || kiosk.next_person(), RETURN_AFTER) {
        on_cleanup(move || timer.clear());
    }
    view! {
        <section class="thanks">
            <h1>{text.thanks_title}</h1>
            <p>{text.thanks_body}</p>
            <button class="primary" on:click=move |_| kiosk.next_person()>{text.next_person}</button>
        </section>
    }
}
