//! The start screen: language, what to expect, the anonymity statement.

use leptos::prelude::*;
use yorisoi_domain::settings::IDLE_GRACE_SECS;
use yorisoi_domain::Language;

use crate::i18n::{fill, span, ui};
use crate::kiosk::{Kiosk, Screen};
use crate::sealing_key::KeyState;

#[component]
pub fn StartPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let language = kiosk.language;
    let title = kiosk.survey.get_value().title.clone();
    let text = move || ui(language.get());
    let language_button = move |choice: Language, label: &'static str| {
        view! {
            <button
                class="language"
                lang=choice.tag()
                aria-pressed=move || (language.get() == choice).to_string()
                on:click=move |_| language.set(choice)
            >
                {label}
            </button>
        }
    };
    view! {
        <section class="start">
            <h1>{move || title.get(language.get()).to_owned()}</h1>
            <div class="language-choice" role="group" aria-label=move || text().choose_language>
                {language_button(Language::Ja, "日本語")}
                {language_button(Language::En, "English")}
            </div>
            <div class="anonymity">
                <h2>{move || text().anonymity_title}</h2>
                <p>{move || fill(text().anonymity, &[("minimum", &kiosk.settings.get().min_respondents())])}</p>
                // The promise to resume holds only until the idle guard clears the draft: said with
                // the administrator's idle time.
                <p>{move || {
                    let idle = span(language.get(), kiosk.settings.get().idle_timeout_secs());
                    fill(text().duration, &[("idle", &idle), ("grace", &IDLE_GRACE_SECS)])
                }}</p>
            </div>
            {move || match kiosk.key.get() {
                KeyState::Ready { .. } => view! {
                    <button class="primary start-button" on:click=move |_| kiosk.start(language.get_untracked())>
                        {move || text().start}
                    </button>
                }
                .into_any(),
                KeyState::Loading => ().into_any(),
                KeyState::Missing => view! {
                    <div class="not-ready" role="status">
                        <h2>{move || text().no_key_title}</h2>
                        <p>{move || text().no_key}</p>
                    </div>
                }
                .into_any(),
                KeyState::Broken { .. } => view! {
                    <div class="not-ready" role="alert">
                        <h2>{move || text().no_key_title}</h2>
                        <p>{move || text().broken_key}</p>
                    </div>
                }
                .into_any(),
            }}
            <button class="admin-link" on:click=move |_| kiosk.screen.set(Screen::Admin)>
                {move || text().admin}
            </button>
        </section>
    }
}
