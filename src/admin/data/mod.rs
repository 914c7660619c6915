//! Data in and out of the admin: the aggregate export, importing the centre's other kiosks,
//! the device transfer, the baseline to compare with, and which survey the admin runs. The
//! actions live beside this page, one file each.

mod export;
mod files;
mod import;
mod inbox_block;
mod transfer;

use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::change::Baseline;
use yorisoi_domain::export::Joining;
use yorisoi_domain::records::keys;
use yorisoi_domain::settings::ActiveSurvey;

use crate::admin::context::Admin;
use crate::i18n::data as text;
use crate::i18n::file_errors::import_error;
use crate::i18n::storage_faults::storage_fault;
use crate::results::{baseline, AdminData};
use crate::storage;
use export::export;
use files::{chosen_file, event_target};
use import::import;
use inbox_block::InboxBlock;
use transfer::{read_transfer, write_transfer, MIN_PASSPHRASE};

/// What an action came to: said in the success colour, or the problem in the warning colour.
type Outcome = Result<String, String>;

#[component]
fn Message(id: &'static str, message: RwSignal<Option<Outcome>>) -> impl IntoView {
    view! {
        <p
            class="form-message"
            class:success=move || message.with(|m| matches!(m, Some(Ok(_))))
            role="status"
            id=id
        >
            {move || message.get().map(|outcome| outcome.unwrap_or_else(|problem| problem))}
        </p>
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let words = move || text(admin.language.get());
    let export_message = RwSignal::new(None::<Outcome>);
    let import_message = RwSignal::new(None::<Outcome>);
    let baseline_message = RwSignal::new(None::<Outcome>);
    // Bumped whenever stored imports or the baseline change, to redraw their lists.
    let stored = RwSignal::new(0u32);

    let on_export = move |_| {
        export_message.set(Some(match export(admin, data) {
            Ok(name) => Ok(format!("{}{name}", words().exported)),
            Err(problem) => Err(format!("{}{problem}", words().refused)),
        }));
    };
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, admin.language.get_untracked()).await else {
                return;
            };
            let outcome = chosen.and_then(|(name, json)| import(admin, &json).map(|joined| (name, joined)));
            import_message.set(Some(match outcome {
                Ok((name, Joining::Add)) => Ok(format!("{}{name}", words().imported)),
                Ok((name, Joining::Replace { .. })) => Ok(format!("{}{name}", words().replaced)),
                Err(problem) => Err(format!("{}{problem}", words().refused)),
            }));
            stored.update(|n| *n += 1);
        });
    };
    let on_baseline = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, admin.language.get_untracked()).await else {
                return;
            };
            let survey = admin.survey.get_value();
            let outcome = chosen.and_then(|(name, json)| {
                let minimum = admin.settings.get_untracked().min_respondents();
                Baseline::parse(json.as_bytes(), &survey, minimum)
                    .map_err(|error| import_error(&error, admin.language.get_untracked()))?;
                storage::write(keys::BASELINE, &json)
                    .map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
                Ok(name)
            });
            baseline_message.set(Some(match outcome {
                Ok(name) => Ok(format!("{}{name}", words().baseline_loaded)),
                Err(problem) => Err(format!("{}{problem}", words().refused)),
            }));
            stored.update(|n| *n += 1);
        });
    };

    let imported_list = move || {
        stored.track();
        let survey = admin.survey.get_value();
        let files = admin.imports.get();
        if files.is_empty() {
            return view! { <p class="hint" id="imports-none">{words().imports_none}</p> }.into_any();
        }
        let rows = files
            .into_iter()
            .map(|file| {
                let key = keys::import(&file.export_id);
                view! {
                    <tr data-export=file.export_id.clone()>
                        <td>{file.centre.name.clone()}</td>
                        <td>{file.created_at.clone()}</td>
                        <td class="respondents">{file.whole(&survey).respondents}</td>
                        <td>{file.sources.len()}</td>
                        <td>
                            <button class="secondary" on:click=move |_| {
                                storage::remove(&key);
                                admin.reload_imports();
                            }>{words().remove}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="imports">
                <thead>
                    <tr>
                        <th scope="col">{words().centre}</th>
                        <th scope="col">{words().created}</th>
                        <th scope="col">{words().respondents}</th>
                        <th scope="col">{words().kiosks}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let baseline_status = move || {
        stored.track();
        match baseline(admin) {
            None => view! { <p class="hint" id="baseline-status">{words().baseline_none}</p> }.into_any(),
            Some(base) => view! {
                <p id="baseline-status">
                    {format!("{}{} · {} · {} {}", words().baseline_loaded, base.survey, base.created_at, base.respondents, words().respondents)}
                    " "
                    <button class="secondary" on:click=move |_| {
                        storage::remove(keys::BASELINE);
                        stored.update(|n| *n += 1);
                    }>{words().remove}</button>
                </p>
            }
            .into_any(),
        }
    };
    let survey_choice = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let Some(survey) = ActiveSurvey::ALL.into_iter().find(|s| s.id() == chosen) else {
            return;
        };
        let settings = admin.settings.get_untracked().with_survey(survey);
        if admin.save_settings(settings).is_ok() {
            let _ = window().location().reload();
        }
    };
    let current = admin.settings.get_untracked().survey();
    let passphrase = RwSignal::new(String::new());
    let transfer_message = RwSignal::new(None::<Outcome>);
    let on_transfer_export = move |_| {
        let phrase = passphrase.get_untracked();
        if phrase.chars().count() < MIN_PASSPHRASE {
            transfer_message.set(Some(Err(words().passphrase_rule.to_owned())));
            return;
        }
        spawn_local(async move {
            transfer_message.set(Some(match write_transfer(admin, phrase).await {
                Ok(name) => Ok(format!("{}{name}", words().exported)),
                Err(problem) => Err(format!("{}{problem}", words().refused)),
            }));
        });
    };
    let on_transfer_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let phrase = passphrase.get_untracked();
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, admin.language.get_untracked()).await else {
                return;
            };
            let outcome = match chosen {
                Ok((_, json)) => read_transfer(admin, json, phrase).await,
                Err(problem) => Err(problem),
            };
            transfer_message.set(Some(match outcome {
                Ok((taken, known)) => Ok(format!("{taken}{}{known}", words().transferred)),
                Err(problem) => Err(format!("{}{problem}", words().refused)),
            }));
        });
    };

    view! {
        <section class="data-page" aria-labelledby="data-title">
            <h1 id="data-title">{move || crate::i18n::pages(admin.language.get()).data}</h1>
            <section class="data-block">
                <h2>{move || words().export_title}</h2>
                <p class="hint">{move || words().export_help}</p>
                <button class="primary" id="export-button" on:click=on_export>{move || words().export_button}</button>
                <Message id="export-message" message=export_message />
            </section>
            <section class="data-block">
                <h2>{move || words().import_title}</h2>
                <p class="hint">{move || words().import_help}</p>
                <label for="import-file">{move || words().import_file}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_import />
                <Message id="import-message" message=import_message />
                {imported_list}
            </section>
            <section class="data-block transfer">
                <h2>{move || words().transfer_title}</h2>
                <p class="hint">{move || words().transfer_help}</p>
                <label for="transfer-passphrase">{move || words().passphrase}</label>
                <input id="transfer-passphrase" type="password" autocomplete="off" bind:value=passphrase />
                <div class="data-action">
                    <button class="secondary" id="transfer-export" on:click=on_transfer_export>{move || words().transfer_export}</button>
                </div>
                <div class="data-action">
                    <label for="transfer-file">{move || words().transfer_file}</label>
                    <input id="transfer-file" type="file" accept=".json,application/json" on:change=on_transfer_import />
                </div>
                <Message id="transfer-message" message=transfer_message />
            </section>
            <InboxBlock />
            <section class="data-block">
                <h2>{move || words().baseline_title}</h2>
                <p class="hint">{move || words().baseline_help}</p>
                <label for="baseline-file">{move || words().baseline_file}</label>
                <input id="baseline-file" type="file" accept=".json,application/json" on:change=on_baseline />
                <Message id="baseline-message" message=baseline_message />
                {baseline_status}
            </section>
            <section class="data-block">
                <h2>{move || words().survey_title}</h2>
                <p class="hint">{move || words().survey_help}</p>
                <label for="active-survey">{move || words().survey_title}</label>
                <select id="active-survey" on:change=survey_choice>
                    <option value="employee" selected=current == ActiveSurvey::Employee>{move || words().survey_employee}</option>
                    <option value="pulse" selected=current == ActiveSurvey::Pulse>{move || words().survey_pulse}</option>
                    <option value="plan_pulse" selected=current == ActiveSurvey::PlanPulse>{move || crate::i18n::plan(admin.language.get()).survey_option}</option>
                </select>
            </section>
        </section>
    }
}
