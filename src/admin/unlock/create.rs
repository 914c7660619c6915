//! Creating the centre key: the passphrase typed twice, then the recovery code shown once with
//! the key's fingerprint and `centre-key.json` to download for IT.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::centre_key::{check_passphrase, CentreKeyFile, FILE_NAME};
use yorisoi_domain::export::utc_timestamp;
use yorisoi_domain::records::keys;
use yorisoi_domain::Language;

use crate::crypto::centre_key::{create, NewCentreKey};
use crate::download::save_file;
use crate::i18n::crypto_errors::crypto_error;
use crate::i18n::file_errors::save_error;
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::unlock::{passphrase_error, unlock};
use crate::i18n::{admin, fill};
use crate::kiosk::now_ms;
use crate::storage;

/// A password field that keeps its text in a signal.
#[component]
pub fn SecretField(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id type="password" autocomplete="off" bind:value=value />
    }
}

/// The form that makes the key; `created` receives it, already stored on this device.
#[component]
pub fn CreateKeyForm(
    language: Language,
    created: WriteSignal<Option<NewCentreKey>, LocalStorage>,
) -> impl IntoView {
    let text = unlock(language);
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = passphrase.get_untracked();
        if let Err(error) = check_passphrase(&chosen) {
            message.set(Some(passphrase_error(error, language)));
            return;
        }
        if chosen != again.get_untracked() {
            message.set(Some(text.passphrases_differ.to_owned()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let today = &utc_timestamp(now_ms() as u64)[..10];
            let outcome = match create(&chosen, today).await {
                Ok(key) => storage::write(keys::CENTRE_KEY, &key.file.to_json())
                    .map(|()| key)
                    .map_err(|fault| {
                        format!(
                            "{}{}",
                            admin(language).cannot_save,
                            storage_fault(fault, language)
                        )
                    }),
                Err(error) => Err(crypto_error(error, language).to_owned()),
            };
            busy.set(false);
            match outcome {
                Ok(key) => {
                    // The PIN of an earlier version has done its last job.
                    storage::remove(keys::PIN);
                    created.set(Some(key));
                }
                Err(problem) => message.set(Some(problem)),
            }
        });
    };
    view! {
        <form class="pin-form" on:submit=submit>
            <h2>{text.create_title}</h2>
            <p>{text.create_help}</p>
            <SecretField id="passphrase" label=text.passphrase value=passphrase />
            <SecretField id="passphrase-again" label=text.passphrase_again value=again />
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" type="submit" disabled=move || busy.get()>
                {move || if busy.get() { text.creating } else { text.create }}
            </button>
        </form>
    }
}

/// The recovery code, shown once, and the file for IT.
#[component]
pub fn RecoveryCode(
    language: Language,
    code: String,
    file: CentreKeyFile,
    kept: Callback<()>,
) -> impl IntoView {
    let text = unlock(language);
    let message = RwSignal::new(None::<String>);
    let json = file.to_json() + "\n";
    let download = move |_| {
        if let Err(error) = save_file(FILE_NAME, &json, "application/json") {
            message.set(Some(save_error(&error, language)));
        }
    };
    view! {
        <section class="pin-form recovery" aria-labelledby="recovery-title">
            <h2 id="recovery-title">{text.recovery_title}</h2>
            <p>{fill(text.recovery_help, &[("fingerprint", &file.fingerprint)])}</p>
            <p class="recovery-code" id="recovery-code" translate="no">{code}</p>
            <button class="secondary" on:click=download>{text.download_key}</button>
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" on:click=move |_| kept.run(())>{text.recovery_kept}</button>
        </section>
    }
}
