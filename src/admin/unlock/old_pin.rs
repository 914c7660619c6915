//! The PIN of an earlier version, asked once before the centre key is created, so that an
//! upgrade does not let the next visitor create a key and read the responses stored in the
//! clear.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::pin::PinRecord;

use super::attempts;
use crate::crypto;
use crate::i18n::admin;
use crate::i18n::crypto_errors::crypto_error;
use crate::i18n::unlock::unlock;
use yorisoi_domain::Language;

#[component]
pub fn OldPinForm(record: PinRecord, language: Language, passed: RwSignal<bool>) -> impl IntoView {
    let text = unlock(language);
    let pin = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        if let Some(wait) = attempts::must_wait(language) {
            message.set(Some(wait));
            return;
        }
        let entered = pin.get_untracked();
        let record = record.clone();
        busy.set(true);
        spawn_local(async move {
            let salt = record.salt_bytes().unwrap_or_default();
            let hash = crypto::pbkdf2(&entered, &salt, record.iterations).await;
            busy.set(false);
            match hash {
                Ok(hash) if record.matches(&hash) => {
                    attempts::succeeded();
                    passed.set(true);
                }
                Ok(_) => {
                    pin.set(String::new());
                    message.set(Some(attempts::failed(admin(language).wrong_pin, language)));
                }
                Err(error) => message.set(Some(crypto_error(error, language).to_owned())),
            }
        });
    };
    view! {
        <form class="pin-form" on:submit=check>
            <h2>{text.old_pin_title}</h2>
            <p>{text.old_pin_help}</p>
            <label for="pin">{admin(language).pin}</label>
            <input id="pin" type="password" inputmode="numeric" autocomplete="off" bind:value=pin />
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" type="submit" disabled=move || busy.get()>
                {move || if busy.get() { admin(language).checking } else { admin(language).unlock }}
            </button>
        </form>
    }
}
