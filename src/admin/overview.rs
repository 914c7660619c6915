//! The overview (概要): what the kiosk holds, and the settings (idle time, anonymity minimum).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use yorisoi_domain::records::keys;
use yorisoi_domain::typed_number::whole_number;
use yorisoi_domain::KioskSettings;

use crate::admin::context::Admin;
use crate::i18n::form_errors::{number_error, setting_error};
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin as admin_text, report};
use crate::storage;

#[component]
pub fn Dashboard() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let text = move || admin_text(admin.language.get());
    let opened = admin.responses.get_untracked();
    let inventory = &opened.inventory;
    let drafts = storage::keys_starting_with(keys::PREFIX)
        .iter()
        .filter(|key| keys::is_draft(key))
        .count();
    let waiting = storage::keys_starting_with(keys::OUTBOX_PREFIX).len();
    let refused = storage::keys_starting_with(keys::OUTBOX_REFUSED_PREFIX).len();
    let used_kb = storage::used_characters() * 2 / 1024;
    let persisted = LocalResource::new(storage::is_persisted);
    let counts = [
        ("count-responses", inventory.responses.len(), text().responses),
        (
            "count-other-versions",
            inventory.other_survey_responses,
            text().other_versions,
        ),
        ("count-drafts", drafts, text().drafts),
        ("count-set-aside", inventory.set_aside, text().set_aside),
        ("count-newer", inventory.newer.len(), text().newer),
        ("count-unreadable", opened.unreadable, text().unreadable),
        ("count-sealed-now", opened.sealed_now, text().sealed_now),
        ("count-outbox", waiting, text().outbox),
        ("count-outbox-refused", refused, text().outbox_refused),
    ];

    let current = admin.settings.get_untracked();
    let idle_input = RwSignal::new(current.idle_timeout_secs().to_string());
    let minimum_input = RwSignal::new(current.min_respondents().to_string());
    let settings_message = RwSignal::new(None::<String>);
    let save_settings = move |ev: SubmitEvent| {
        ev.prevent_default();
        let language = admin.language.get_untracked();
        let number = |input: RwSignal<String>, field: &str| {
            whole_number(&input.get_untracked()).map_err(|error| number_error(field, &error, language))
        };
        let outcome = (|| -> Result<KioskSettings, String> {
            let words = report(language);
            let idle = number(idle_input, text().idle_time)?;
            let minimum = number(minimum_input, words.min_respondents)?;
            admin
                .settings
                .get_untracked()
                .with_idle_timeout(idle)
                .and_then(|settings| settings.with_min_respondents(minimum))
                .map_err(|error| setting_error(&error, language))
        })()
        .and_then(|settings| {
            admin
                .save_settings(settings)
                .map_err(|fault| format!("{}{}", text().cannot_save, storage_fault(fault, language)))
        });
        settings_message.set(Some(
            outcome.map_or_else(|error| error, |()| text().saved.to_owned()),
        ));
    };
    view! {
        <dl class="counts">
            {counts.into_iter().map(|(id, count, label)| view! {
                <div class="count">
                    <dt>{label}</dt>
                    <dd id=id>{count}</dd>
                </div>
            }).collect_view()}
            <div class="count">
                <dt>{move || text().unsaved}</dt>
                <dd id="count-unsaved">{opened.held}</dd>
            </div>
            <div class="count">
                <dt>{move || text().storage_used}</dt>
                <dd id="storage-used">{format!("{used_kb} KB")}</dd>
            </div>
            <div class="count">
                <dt>{move || text().persistence}</dt>
                <dd id="storage-persisted">
                    {move || match persisted.get().flatten() {
                        Some(true) => text().persistence_granted,
                        Some(false) => text().persistence_refused,
                        None => "",
                    }}
                </dd>
            </div>
        </dl>
        <form class="setting" on:submit=save_settings>
            <label for="idle-time">{move || text().idle_time} " (" {move || text().seconds} ")"</label>
            // Text, not number: a Japanese keyboard's full-width digits must reach the domain,
            // which reads them.
            <input id="idle-time" type="text" inputmode="numeric" bind:value=idle_input />
            <label for="min-respondents">{move || report(admin.language.get()).min_respondents}</label>
            <input id="min-respondents" type="text" inputmode="numeric" bind:value=minimum_input />
            <button class="primary" type="submit">{move || text().save}</button>
            <p class="form-message" role="status">{move || settings_message.get()}</p>
        </form>
    }
}
