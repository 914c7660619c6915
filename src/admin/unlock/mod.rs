//! The administration's door. Nothing of the centre's results is shown, or even opened, until
//! the centre key is unlocked with its passphrase (or recovery code); the unlocked key lives in
//! this module's memory only, and goes when the administration closes, on reload, and after
//! the idle time. On first use the administrator creates the key here.

mod attempts;
mod create;
mod old_pin;
mod open_key;

use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::centre_key::CentreKeyFile;
use yorisoi_domain::pin::PinRecord;
use yorisoi_domain::records::keys;
use yorisoi_domain::sealed::SealedRecord;
use yorisoi_domain::{Language, SurveyDefinition};

use super::context::Admin;
use super::inbox;
use super::responses::open_all;
use crate::crypto::centre_key::{NewCentreKey, UnlockedKey};
use crate::i18n::unlock::unlock;
use crate::i18n::{admin as admin_text, fill};
use crate::perf;
use crate::sealing_key::{self, KeyState, Origin};
use crate::storage;
use create::{CreateKeyForm, RecoveryCode};
use old_pin::OldPinForm;
use open_key::OpenKeyForm;

/// Where the door stands.
#[derive(Clone)]
enum Stage {
    Finding,
    /// No centre key yet, but the PIN of an earlier version guards this kiosk.
    OldPin(PinRecord),
    /// No centre key, and the earlier PIN record is unreadable: nobody may create a key here.
    PinLocked,
    Create,
    Unlock(CentreKeyFile, Origin),
    Broken(Origin),
    Opening,
    Open(Admin),
}

/// What an unreadable or newer PIN record means for the door.
fn stage_without_key() -> Stage {
    match storage::read(keys::PIN) {
        None => Stage::Create,
        Some(json) => PinRecord::from_record(&json).map_or(Stage::PinLocked, Stage::OldPin),
    }
}

#[component]
pub fn UnlockGate(survey: SurveyDefinition, language: Language, held: Vec<SealedRecord>) -> impl IntoView {
    let stage = RwSignal::new_local(Stage::Finding);
    let (created, set_created) = signal_local(None::<NewCentreKey>);
    let (opened, set_opened) = signal_local(None::<UnlockedKey>);
    let pin_passed = RwSignal::new(false);
    spawn_local(async move {
        stage.set(match sealing_key::find().await {
            KeyState::Ready { file, origin } => Stage::Unlock(file, origin),
            KeyState::Missing => stage_without_key(),
            KeyState::Broken { origin, .. } => Stage::Broken(origin),
            KeyState::Loading => Stage::Finding,
        });
    });
    Effect::new(move |_| {
        if pin_passed.get() {
            stage.set(Stage::Create);
        }
    });
    let survey = StoredValue::new(survey);
    let held = StoredValue::new(held);
    // An unlocked key opens the responses, then the administration.
    Effect::new(move |_| {
        let Some(key) = opened.get() else { return };
        stage.set(Stage::Opening);
        spawn_local(async move {
            let survey = survey.get_value();
            let responses = open_all(&survey, &key, &held.get_value()).await;
            let admin = Admin::open(survey, language, key, responses);
            stage.set(Stage::Open(admin));
            perf::mark("yorisoi:admin-shown");
            inbox::pull_if_set_up(admin).await;
        });
    });
    let text = unlock(language);
    let door = move || match stage.get() {
        Stage::Finding => ().into_any(),
        Stage::OldPin(record) => view! { <OldPinForm record language passed=pin_passed /> }.into_any(),
        Stage::PinLocked => {
            let words = admin_text(language);
            let key = storage::stored_name(keys::PIN);
            view! {
                <div class="pin-form" role="alert">
                    <h2>{words.locked_title}</h2>
                    <p>{fill(words.locked_help, &[("key", &key)])}</p>
                </div>
            }
            .into_any()
        }
        Stage::Create => match created.get() {
            None => view! { <CreateKeyForm language created=set_created /> }.into_any(),
            Some(new_key) => {
                let key = new_key.unlocked.clone();
                let kept = Callback::new(move |()| set_opened.set(Some(key.clone())));
                view! { <RecoveryCode language code=new_key.recovery_code file=new_key.file kept /> }
                    .into_any()
            }
        },
        Stage::Unlock(file, origin) => {
            view! { <OpenKeyForm language file origin opened=set_opened /> }.into_any()
        }
        Stage::Broken(origin) => {
            let message = match origin {
                Origin::Published => text.broken_published.to_owned(),
                Origin::Local => fill(
                    text.broken_local,
                    &[("key", &storage::stored_name(keys::CENTRE_KEY))],
                ),
            };
            view! { <div class="pin-form" role="alert"><p>{message}</p></div> }.into_any()
        }
        Stage::Opening => view! { <p class="loading" role="status">{text.opening}</p> }.into_any(),
        // Shown by the outer view instead.
        Stage::Open(_) => ().into_any(),
    };
    move || match stage.get() {
        Stage::Open(admin) => {
            provide_context(admin);
            view! { <super::UnlockedArea /> }.into_any()
        }
        _ => view! {
            <section class="admin" aria-labelledby="admin-title">
                <h1 id="admin-title">{admin_text(language).title}</h1>
                {door}
                <button class="secondary leave" on:click=move |_| super::leave()>
                    {admin_text(language).cancel}
                </button>
            </section>
        }
        .into_any(),
    }
}
