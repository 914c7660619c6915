//! Unlocking the centre key with the passphrase, or with the recovery code.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::centre_key::{normalize_recovery_code, CentreKeyFile};
use yorisoi_domain::Language;

use super::attempts;
use super::create::SecretField;
use crate::crypto::centre_key::{unlock as unwrap_key, Secret, UnlockedKey};
use crate::crypto::CryptoError;
use crate::i18n::crypto_errors::crypto_error;
use crate::i18n::unlock::unlock;
use crate::i18n::{admin, fill};
use crate::perf;
use crate::sealing_key::Origin;

#[component]
pub fn OpenKeyForm(
    language: Language,
    file: CentreKeyFile,
    origin: Origin,
    opened: WriteSignal<Option<UnlockedKey>, LocalStorage>,
) -> impl IntoView {
    let text = unlock(language);
    let secret = RwSignal::new(String::new());
    let kind = RwSignal::new(Secret::Passphrase);
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let fingerprint = file.fingerprint.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if let Some(wait) = attempts::must_wait(language) {
            message.set(Some(wait));
            return;
        }
        let typed = secret.get_untracked();
        let kind = kind.get_untracked();
        let secret_text = match kind {
            Secret::Passphrase => typed,
            Secret::RecoveryCode => match normalize_recovery_code(&typed) {
                Some(code) => code,
                None => {
                    message.set(Some(text.not_a_recovery_code.to_owned()));
                    return;
                }
            },
        };
        let file = file.clone();
        busy.set(true);
        perf::mark("yorisoi:unlock");
        spawn_local(async move {
            let outcome = unwrap_key(&file, kind, &secret_text).await;
            perf::mark("yorisoi:key-unwrapped");
            busy.set(false);
            match outcome {
                Ok(key) => {
                    attempts::succeeded();
                    opened.set(Some(key));
                }
                Err(CryptoError::WrongKeyOrChanged) => {
                    secret.set(String::new());
                    message.set(Some(attempts::failed(text.wrong_secret, language)));
                }
                Err(error) => message.set(Some(crypto_error(error, language).to_owned())),
            }
        });
    };
    let switch = move |_| {
        kind.update(|kind| {
            *kind = match kind {
                Secret::Passphrase => Secret::RecoveryCode,
                Secret::RecoveryCode => Secret::Passphrase,
            }
        });
        secret.set(String::new());
        message.set(None);
    };
    let source = match origin {
        Origin::Published => text.published,
        Origin::Local => text.local,
    };
    view! {
        <form class="pin-form" on:submit=submit>
            <h2>{text.unlock_title}</h2>
            <p>{fill(text.unlock_help, &[("fingerprint", &fingerprint)])}" "{source}</p>
            {move || match kind.get() {
                Secret::Passphrase => view! { <SecretField id="passphrase" label=text.passphrase value=secret /> }.into_any(),
                Secret::RecoveryCode => view! {
                    <label for="recovery">{text.recovery_code}</label>
                    <input id="recovery" type="text" autocomplete="off" spellcheck="false" bind:value=secret />
                }
                .into_any(),
            }}
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" type="submit" disabled=move || busy.get()>
                {move || if busy.get() { admin(language).checking } else { admin(language).unlock }}
            </button>
            <button class="link" type="button" on:click=switch>
                {move || match kind.get() {
                    Secret::Passphrase => text.use_recovery,
                    Secret::RecoveryCode => text.use_passphrase,
                }}
            </button>
        </form>
    }
}
