//! Data in and out of the kiosk: the aggregate export, importing the centre's other kiosks,
//! the baseline to compare with, and which survey the kiosk runs.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::change::Baseline;

use yorisoi_domain::export::{
    joining, transfer_joining, utc_timestamp, AggregateExport, ExportInput, ExportRecord, Holdings,
    ImportError, Joining, MAX_IMPORT_BYTES,
};
use yorisoi_domain::records::keys;
use yorisoi_domain::settings::ActiveSurvey;
use yorisoi_domain::transfer::{
    TransferContents, TransferFile, FILE_PREFIX, NOTICE, TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION,
};
use yorisoi_domain::{hex, Inventory, Language};

use crate::crypto::{self, new_response_id, random_bytes};
use crate::download::save_file;
use crate::i18n::file_errors::{export_error, import_error};
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{data as text, fill};
use crate::kiosk::{now_ms, Kiosk};
use crate::results::{baseline, device_id, imports, representative_response, AdminData};
use crate::storage;

/// Reads the file chosen in a file input, refusing one over the import limit before reading it.
async fn chosen_file(
    input: web_sys::HtmlInputElement,
    language: Language,
) -> Option<Result<(String, String), String>> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    if file.size() > MAX_IMPORT_BYTES as f64 {
        let error = ImportError::TooLarge {
            bytes: file.size() as u64,
        };
        return Some(Err(import_error(&error, language)));
    }
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    Some(Ok((file.name(), text)))
}

/// This centre's id, made (and kept in the profile) the first time an export needs it.
fn centre_id(kiosk: Kiosk) -> Result<String, String> {
    let mut profile = kiosk.profile.get_untracked();
    if let Some(id) = &profile.id {
        return Ok(id.clone());
    }
    let id = new_response_id();
    profile.id = Some(id.clone());
    kiosk.save_profile(profile)?;
    Ok(id)
}

fn export(kiosk: Kiosk, data: AdminData) -> Result<String, String> {
    let survey = kiosk.survey.get_value();
    let device =
        device_id().map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    let centre = centre_id(kiosk)?;
    let export_id = new_response_id();
    // Storage is read once: the same responses and files give the tallies and the sources.
    let entries = storage::entries();
    let mut own = Inventory::scan(&survey, entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))).responses;
    own.extend(kiosk.unsaved.get_untracked());
    let earlier: Vec<ExportRecord> = entries
        .iter()
        .filter(|(key, _)| key.starts_with(keys::EXPORTED_PREFIX))
        .filter_map(|(_, value)| ExportRecord::from_record(value))
        .collect();
    let imported = imports(&survey);
    let representative = data.representative.get_untracked().and_then(Result::ok);
    let representative_answers = representative
        .as_ref()
        .map(|rep| representative_response(rep).answers);
    let profile = kiosk.profile.get_untracked();
    let (file, record) = AggregateExport::build(ExportInput {
        survey: &survey,
        device_id: &device,
        export_id: &export_id,
        created_at_ms: now_ms() as u64,
        profile: &profile,
        centre_id: &centre,
        minimum: kiosk.settings.get_untracked().min_respondents(),
        responses: &own,
        transferred_from: transferred_devices().into_iter().collect(),
        imports: &imported,
        earlier: &earlier,
        representative: representative.as_deref().zip(representative_answers.as_ref()),
    })
    .map_err(|error| export_error(&error, kiosk.language.get_untracked()))?;
    // Remembered before the file is offered: a file given out and not remembered could be
    // differenced with the next one.
    storage::write(&keys::exported(&file.export_id), &record.to_record())
        .map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    let name = format!(
        "yorisoi-export-{}-{}.json",
        &file.created_at[..10],
        file.export_id
    );
    save_file(&name, &(file.to_json() + "\n"), "application/json")?;
    Ok(name)
}

/// Kiosks whose responses arrived here by device transfer: never to be counted again.
fn transferred_devices() -> BTreeSet<String> {
    storage::entries()
        .into_iter()
        .filter_map(|(key, _)| key.strip_prefix(keys::TRANSFERRED_PREFIX).map(str::to_owned))
        .collect()
}

const TRANSFER_ITERATIONS: u32 = yorisoi_domain::pin::PBKDF2_ITERATIONS;
const MIN_PASSPHRASE: usize = 8;

async fn write_transfer(kiosk: Kiosk, passphrase: String) -> Result<String, String> {
    let survey = kiosk.survey.get_value();
    let entries = storage::entries();
    let inventory = Inventory::scan(&survey, entries.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let contents = TransferContents::of(&survey, &inventory.responses);
    let plaintext = serde_json::to_vec(&contents).map_err(|error| error.to_string())?;
    let salt = random_bytes::<16>();
    let iv = random_bytes::<12>();
    let sealed = crypto::seal(&passphrase, &salt, TRANSFER_ITERATIONS, &iv, &plaintext).await?;
    let device =
        device_id().map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    let created_at = utc_timestamp(now_ms() as u64);
    let file = TransferFile {
        format: TRANSFER_FORMAT.to_owned(),
        format_version: TRANSFER_FORMAT_VERSION,
        confidential: true,
        notice: NOTICE.to_owned(),
        device_id: device.clone(),
        created_at: created_at.clone(),
        iterations: TRANSFER_ITERATIONS,
        salt: hex::encode(&salt),
        iv: hex::encode(&iv),
        ciphertext: hex::encode(&sealed),
    };
    let name = format!("{FILE_PREFIX}{}-{device}.json", &created_at[..10]);
    save_file(&name, &(file.to_json() + "\n"), "application/json")?;
    Ok(name)
}

/// Takes in a transfer file's responses, all or nothing: if one cannot be stored, those stored
/// so far are removed again.
async fn read_transfer(kiosk: Kiosk, json: String, passphrase: String) -> Result<(usize, usize), String> {
    let survey = kiosk.survey.get_value();
    let file = TransferFile::parse(json.as_bytes()).map_err(|error| error.0)?;
    let own_device =
        device_id().map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    let transferred = transferred_devices();
    let imported = imports(&survey);
    let holdings = Holdings {
        own_device: &own_device,
        centre_id: None,
        transferred_from: &transferred,
        imports: &imported,
    };
    transfer_joining(&holdings, &file.device_id)
        .map_err(|why| import_error(&ImportError::AlreadyIncluded(why), kiosk.language.get_untracked()))?;
    let field =
        |name: &str, value: &str| hex::decode(value).ok_or_else(|| format!("the file's {name} is not hex"));
    let salt = field("salt", &file.salt)?;
    let iv = field("iv", &file.iv)?;
    let ciphertext = field("ciphertext", &file.ciphertext)?;
    let plaintext = crypto::open(&passphrase, &salt, file.iterations, &iv, &ciphertext).await?;
    let entries = storage::entries();
    let known: BTreeSet<String> =
        Inventory::scan(&survey, entries.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .responses
            .into_iter()
            .map(|response| response.id)
            .collect();
    let total = serde_json::from_slice::<TransferContents>(&plaintext).map_or(0, |c| c.responses.len());
    let fresh = TransferContents::new_responses(&plaintext, &survey, &known).map_err(|error| error.0)?;
    let mut written: Vec<String> = Vec::new();
    for response in &fresh {
        if let Err(fault) = storage::write(&response.key(), &response.to_record(&survey)) {
            written.iter().for_each(|key| storage::remove(key));
            return Err(storage_fault(fault, kiosk.language.get_untracked()).to_owned());
        }
        written.push(response.key());
    }
    let key = format!("{}{}", keys::TRANSFERRED_PREFIX, file.device_id);
    if let Err(fault) = storage::write(&key, &file.created_at) {
        written.iter().for_each(|key| storage::remove(key));
        return Err(storage_fault(fault, kiosk.language.get_untracked()).to_owned());
    }
    Ok((fresh.len(), total - fresh.len()))
}

/// Stores an accepted file, all or nothing: a replacement is written before the file it
/// replaces is removed. A file of another centre is taken only once the person confirms it is
/// this centre's; a kiosk with no centre id yet takes the file's.
fn import(kiosk: Kiosk, json: &str) -> Result<Joining, String> {
    let survey = kiosk.survey.get_value();
    let language = kiosk.language.get_untracked();
    let file =
        AggregateExport::parse(json.as_bytes(), &survey).map_err(|error| import_error(&error, language))?;
    let own_device =
        device_id().map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    let transferred = transferred_devices();
    let imported = imports(&survey);
    let profile = kiosk.profile.get_untracked();
    let holdings = Holdings {
        own_device: &own_device,
        centre_id: profile.id.as_deref(),
        transferred_from: &transferred,
        imports: &imported,
    };
    let joined = match joining(&holdings, &file, false) {
        Err(ImportError::OtherCentre { name, id }) => {
            let question = fill(text(language).other_centre, &name, &id);
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return Err(import_error(&ImportError::OtherCentre { name, id }, language));
            }
            joining(&holdings, &file, true)
        }
        other => other,
    }
    .map_err(|error| import_error(&error, language))?;
    storage::write(&keys::import(&file.export_id), json)
        .map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
    if let Joining::Replace { export_id } = &joined {
        storage::remove(&keys::import(export_id));
    }
    if profile.id.is_none() {
        let mut adopted = profile;
        adopted.id = file.centre.id.clone();
        let _ = kiosk.save_profile(adopted);
    }
    Ok(joined)
}

#[component]
pub fn DataPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let data = expect_context::<AdminData>();
    let words = move || text(kiosk.language.get());
    let export_message = RwSignal::new(None::<String>);
    let import_message = RwSignal::new(None::<String>);
    let baseline_message = RwSignal::new(None::<String>);
    // Bumped whenever stored imports or the baseline change, to redraw their lists.
    let stored = RwSignal::new(0u32);

    let on_export = move |_| {
        export_message.set(Some(match export(kiosk, data) {
            Ok(name) => format!("{}{name}", words().exported),
            Err(problem) => format!("{}{problem}", words().refused),
        }));
    };
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, kiosk.language.get_untracked()).await else {
                return;
            };
            let outcome = chosen.and_then(|(name, json)| import(kiosk, &json).map(|joined| (name, joined)));
            import_message.set(Some(match outcome {
                Ok((name, Joining::Add)) => format!("{}{name}", words().imported),
                Ok((name, Joining::Replace { .. })) => format!("{}{name}", words().replaced),
                Err(problem) => format!("{}{problem}", words().refused),
            }));
            stored.update(|n| *n += 1);
        });
    };
    let on_baseline = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, kiosk.language.get_untracked()).await else {
                return;
            };
            let survey = kiosk.survey.get_value();
            let outcome = chosen.and_then(|(name, json)| {
                let minimum = kiosk.settings.get_untracked().min_respondents();
                Baseline::parse(json.as_bytes(), &survey, minimum)
                    .map_err(|error| import_error(&error, kiosk.language.get_untracked()))?;
                storage::write(keys::BASELINE, &json)
                    .map_err(|fault| storage_fault(fault, kiosk.language.get_untracked()).to_owned())?;
                Ok(name)
            });
            baseline_message.set(Some(match outcome {
                Ok(name) => format!("{}{name}", words().baseline_loaded),
                Err(problem) => format!("{}{problem}", words().refused),
            }));
            stored.update(|n| *n += 1);
        });
    };

    let imported_list = move || {
        stored.track();
        let survey = kiosk.survey.get_value();
        let files = imports(&survey);
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
                                stored.update(|n| *n += 1);
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
        match baseline(kiosk) {
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
        let settings = kiosk.settings.get_untracked().with_survey(survey);
        if kiosk.save_settings(settings).is_ok() {
            let _ = window().location().reload();
        }
    };
    let current = kiosk.settings.get_untracked().survey();
    let passphrase = RwSignal::new(String::new());
    let transfer_message = RwSignal::new(None::<String>);
    let on_transfer_export = move |_| {
        let phrase = passphrase.get_untracked();
        if phrase.chars().count() < MIN_PASSPHRASE {
            transfer_message.set(Some(words().passphrase_rule.to_owned()));
            return;
        }
        spawn_local(async move {
            transfer_message.set(Some(match write_transfer(kiosk, phrase).await {
                Ok(name) => format!("{}{name}", words().exported),
                Err(problem) => format!("{}{problem}", words().refused),
            }));
        });
    };
    let on_transfer_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let phrase = passphrase.get_untracked();
        spawn_local(async move {
            let Some(chosen) = chosen_file(input, kiosk.language.get_untracked()).await else {
                return;
            };
            let outcome = match chosen {
                Ok((_, json)) => read_transfer(kiosk, json, phrase).await,
                Err(problem) => Err(problem),
            };
            transfer_message.set(Some(match outcome {
                Ok((taken, known)) => format!("{taken}{}{known}", words().transferred),
                Err(problem) => format!("{}{problem}", words().refused),
            }));
        });
    };

    view! {
        <section class="data-page" aria-labelledby="data-title">
            <h1 id="data-title">{move || crate::i18n::pages(kiosk.language.get()).data}</h1>
            <section class="data-block">
                <h2>{move || words().export_title}</h2>
                <p class="hint">{move || words().export_help}</p>
                <button class="primary" id="export-button" on:click=on_export>{move || words().export_button}</button>
                <p class="form-message" role="status" id="export-message">{move || export_message.get()}</p>
            </section>
            <section class="data-block">
                <h2>{move || words().import_title}</h2>
                <p class="hint">{move || words().import_help}</p>
                <label for="import-file">{move || words().import_file}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_import />
                <p class="form-message" role="status" id="import-message">{move || import_message.get()}</p>
                {imported_list}
            </section>
            <section class="data-block transfer">
                <h2>{move || words().transfer_title}</h2>
                <p class="hint">{move || words().transfer_help}</p>
                <label for="transfer-passphrase">{move || words().passphrase}</label>
                <input
                    id="transfer-passphrase"
                    type="password"
                    autocomplete="off"
                    prop:value=move || passphrase.get()
                    on:input=move |ev| passphrase.set(event_target_value(&ev))
                />
                <button class="secondary" id="transfer-export" on:click=on_transfer_export>{move || words().transfer_export}</button>
                <label for="transfer-file">{move || words().transfer_file}</label>
                <input id="transfer-file" type="file" accept=".json,application/json" on:change=on_transfer_import />
                <p class="form-message" role="status" id="transfer-message">{move || transfer_message.get()}</p>
            </section>
            <section class="data-block">
                <h2>{move || words().baseline_title}</h2>
                <p class="hint">{move || words().baseline_help}</p>
                <label for="baseline-file">{move || words().baseline_file}</label>
                <input id="baseline-file" type="file" accept=".json,application/json" on:change=on_baseline />
                <p class="form-message" role="status" id="baseline-message">{move || baseline_message.get()}</p>
                {baseline_status}
            </section>
            <section class="data-block">
                <h2>{move || words().survey_title}</h2>
                <p class="hint">{move || words().survey_help}</p>
                <label for="active-survey">{move || words().survey_title}</label>
                <select id="active-survey" on:change=survey_choice>
                    <option value="employee" selected=current == ActiveSurvey::Employee>{move || words().survey_employee}</option>
                    <option value="pulse" selected=current == ActiveSurvey::Pulse>{move || words().survey_pulse}</option>
                    <option value="plan_pulse" selected=current == ActiveSurvey::PlanPulse>{move || crate::i18n::plan(kiosk.language.get()).survey_option}</option>
                </select>
            </section>
        </section>
    }
}

/// The element an event came from.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target().expect("an input event has a target").unchecked_into()
}
