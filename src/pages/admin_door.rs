//! The door to the administration: a PIN (set on first use, stored as a salted PBKDF2 hash),
//! then the administration itself, a separate WebAssembly module (`src/admin/`) loaded only now,
//! so that the survey never downloads the reports' code.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::pin::{check_new_pin, PinAttempts, PinRecord, PBKDF2_ITERATIONS, SALT_BYTES};
use yorisoi_domain::records::keys;

use crate::crypto;
use crate::i18n::crypto_errors::crypto_error;
use crate::i18n::form_errors::pin_rule_error;
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin, fill};
use crate::kiosk::{now_ms, Kiosk, Screen};
use crate::storage;

/// The event the administration module sends when the administrator leaves it.
pub const LEAVE_EVENT: &str = "yorisoi-admin-leave";

#[component]
pub fn AdminDoor() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let unlocked = RwSignal::new(false);
    let text = move || admin(kiosk.language.get());
    move || {
        if unlocked.get() {
            view! { <AdminModule /> }.into_any()
        } else {
            view! {
                <section class="admin" aria-labelledby="admin-title">
                    <h1 id="admin-title">{move || text().title}</h1>
                    <PinGate unlocked />
                    <button class="secondary leave" on:click=move |_| kiosk.screen.set(Screen::Start)>
                        {move || text().cancel}
                    </button>
                </section>
            }
            .into_any()
        }
    }
}

/// Loads the administration module into a container and hands it what only this page knows:
/// the language and the responses held in memory because storage refused them.
#[component]
fn AdminModule() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let root = NodeRef::<html::Div>::new();
    let problem = RwSignal::new(None::<String>);
    // Settings changed in the administration (the idle time, the minimum) take effect at once.
    let leave = window_event_listener_untyped(LEAVE_EVENT, move |_| {
        kiosk.load_settings();
        kiosk.screen.set(Screen::Start);
    });
    on_cleanup(move || leave.remove());
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        let survey = kiosk.survey.get_value();
        let unsaved: Vec<String> = kiosk
            .unsaved
            .get_untracked()
            .iter()
            .map(|response| response.to_record(&survey))
            .collect();
        let unsaved = serde_json::to_string(&unsaved).expect("records serialize");
        let language = kiosk.language.get_untracked().tag();
        spawn_local(async move {
            if open_module(root.into(), language, &unsaved).await.is_err() {
                problem.set(Some(
                    admin(kiosk.language.get_untracked())
                        .module_unavailable
                        .to_owned(),
                ));
            }
        });
    });
    view! {
        <div id="admin-root" node_ref=root></div>
        <p class="form-message" role="alert">{move || problem.get()}</p>
    }
}

/// Calls `window.yorisoiOpenAdmin` (index.html), which imports the module relative to the page.
async fn open_module(root: JsValue, language: &str, unsaved: &str) -> Result<(), JsValue> {
    let open: js_sys::Function =
        js_sys::Reflect::get(&window(), &JsValue::from_str("yorisoiOpenAdmin"))?.dyn_into()?;
    let opened = open.call3(
        &JsValue::NULL,
        &root,
        &JsValue::from_str(language),
        &JsValue::from_str(unsaved),
    )?;
    JsFuture::from(js_sys::Promise::from(opened)).await.map(|_| ())
}

/// What the device's PIN record allows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum StoredPin {
    /// None yet: the first administrator sets one.
    Unset,
    Set(PinRecord),
    /// Damaged, or written by a newer version: left as it is, and nobody may set a new PIN here
    /// (that would hand the administration to the next visitor). README: "Recovering the PIN".
    Unreadable,
}

fn stored_pin() -> StoredPin {
    match storage::read(keys::PIN) {
        None => StoredPin::Unset,
        Some(json) => PinRecord::from_record(&json).map_or(StoredPin::Unreadable, StoredPin::Set),
    }
}

/// A password field that keeps its text in a signal.
#[component]
fn PinField(id: &'static str, label: Signal<&'static str>, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id type="password" inputmode="numeric" autocomplete="off" bind:value=value />
    }
}

#[component]
fn PinGate(unlocked: RwSignal<bool>) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let text = move || admin(kiosk.language.get());
    let stored = stored_pin();
    if stored == StoredPin::Unreadable {
        let key = storage::stored_name(keys::PIN);
        return view! {
            <div class="pin-form" role="alert">
                <h2>{move || text().locked_title}</h2>
                <p>{move || fill(text().locked_help, &[("key", &key)])}</p>
            </div>
        }
        .into_any();
    }
    let record = RwSignal::new(match stored {
        StoredPin::Set(record) => Some(record),
        StoredPin::Unset | StoredPin::Unreadable => None,
    });
    let pin = RwSignal::new(String::new());
    let pin_again = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let set_pin = move |ev: SubmitEvent| {
        ev.prevent_default();
        let new_pin = pin.get_untracked();
        if let Err(error) = check_new_pin(&new_pin) {
            message.set(Some(pin_rule_error(&error, kiosk.language.get_untracked())));
            return;
        }
        if new_pin != pin_again.get_untracked() {
            message.set(Some(text().pins_differ.to_owned()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let salt = crypto::random_bytes::<SALT_BYTES>();
            let outcome = match crypto::pbkdf2(&new_pin, &salt, PBKDF2_ITERATIONS).await {
                Ok(hash) => {
                    let stored = PinRecord::new(&salt, PBKDF2_ITERATIONS, &hash);
                    storage::write(keys::PIN, &stored.to_record()).map_err(|fault| {
                        format!(
                            "{}{}",
                            text().cannot_save,
                            storage_fault(fault, kiosk.language.get_untracked())
                        )
                    })
                }
                Err(error) => Err(crypto_error(error, kiosk.language.get_untracked()).to_owned()),
            };
            busy.set(false);
            match outcome {
                Ok(()) => unlocked.set(true),
                Err(error) => message.set(Some(error)),
            }
        });
    };

    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(stored) = record.get_untracked() else {
            return;
        };
        let now = now_ms() as u64;
        let attempts = storage::read(keys::PIN_ATTEMPTS)
            .map_or_else(PinAttempts::default, |json| PinAttempts::from_record(&json, now));
        let wait_ms = attempts.wait_ms(now);
        if wait_ms > 0 {
            message.set(Some(fill(text().wait, &[("seconds", &wait_ms.div_ceil(1000))])));
            return;
        }
        let entered = pin.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let salt = stored.salt_bytes().unwrap_or_default();
            let result = crypto::pbkdf2(&entered, &salt, stored.iterations).await;
            busy.set(false);
            match result {
                Ok(hash) if stored.matches(&hash) => {
                    storage::remove(keys::PIN_ATTEMPTS);
                    unlocked.set(true);
                }
                Ok(_) => {
                    let now = now_ms() as u64;
                    let attempts = attempts.record_failure(now);
                    let _ = storage::write(keys::PIN_ATTEMPTS, &attempts.to_record());
                    let wait_secs = attempts.wait_ms(now).div_ceil(1000);
                    let mut said = text().wrong_pin.to_owned();
                    if wait_secs > 0 {
                        said.push(' ');
                        said.push_str(&fill(text().wait, &[("seconds", &wait_secs)]));
                    }
                    pin.set(String::new());
                    message.set(Some(said));
                }
                Err(error) => message.set(Some(
                    crypto_error(error, kiosk.language.get_untracked()).to_owned(),
                )),
            }
        });
    };

    let setting = record.get_untracked().is_none();
    view! {
        <form class="pin-form" on:submit=move |ev| if setting { set_pin(ev) } else { unlock(ev) }>
            <h2>{move || if setting { text().set_pin_title } else { text().enter_pin_title }}</h2>
            {setting.then(|| view! { <p>{move || text().set_pin_help}</p> })}
            <PinField id="pin" label=Signal::derive(move || text().pin) value=pin />
            {setting.then(|| view! {
                <PinField id="pin-again" label=Signal::derive(move || text().pin_again) value=pin_again />
            })}
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" type="submit" disabled=move || busy.get()>
                {move || if busy.get() {
                    text().checking
                } else if setting {
                    text().save_pin
                } else {
                    text().unlock
                }}
            </button>
        </form>
    }
    .into_any()
}
