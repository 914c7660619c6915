//! The Data page's block for the intranet host: the host token, typed once, and fetching every
//! screen's sealed responses from the inbox.

use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::records::keys;
use yorisoi_domain::Language;

use crate::admin::context::Admin;
use crate::admin::inbox::{pull, PullError};
use crate::i18n::fill;
use crate::i18n::inbox::{inbox_text, pull_error};
use crate::storage;

#[component]
pub fn InboxBlock() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let language = move || admin.language.get();
    let token = RwSignal::new(storage::read(keys::HOST_TOKEN).unwrap_or_default());
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let fetch = move |_| {
        busy.set(true);
        let language: Language = admin.language.get_untracked();
        spawn_local(async move {
            let outcome = pull(admin, &token.get_untracked()).await;
            busy.set(false);
            message.set(Some(match outcome {
                Ok(pulled) => Ok(fill(
                    inbox_text(language).pulled,
                    &[
                        ("in_inbox", &pulled.in_inbox),
                        ("added", &pulled.added),
                        ("unreadable", &pulled.unreadable),
                    ],
                )),
                Err(error @ PullError::WrongToken) => {
                    storage::remove(keys::HOST_TOKEN);
                    Err(pull_error(error, language))
                }
                Err(error) => Err(pull_error(error, language)),
            }));
        });
    };
    view! {
        <section class="data-block inbox">
            <h2>{move || inbox_text(language()).title}</h2>
            <p class="hint">{move || inbox_text(language()).help}</p>
            <label for="host-token">{move || inbox_text(language()).token}</label>
            <input id="host-token" type="password" autocomplete="off" bind:value=token />
            <button class="secondary" id="inbox-pull" on:click=fetch disabled=move || busy.get()>
                {move || inbox_text(language()).pull}
            </button>
            {move || message.get().map(|outcome| match outcome {
                Ok(said) => view! { <p class="form-message success" role="status" id="inbox-message">{said}</p> }.into_any(),
                Err(said) => view! { <p class="form-message" role="alert" id="inbox-message">{said}</p> }.into_any(),
            })}
        </section>
    }
}
