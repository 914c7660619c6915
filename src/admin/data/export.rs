//! Writing this admin's aggregate export, and remembering what it covered.

use std::collections::BTreeSet;

use leptos::prelude::*;
use yorisoi_domain::export::{AggregateExport, ExportInput, ExportRecord};
use yorisoi_domain::records::keys;

use crate::admin::context::Admin;
use crate::crypto::new_id;
use crate::download::save_file;
use crate::i18n::file_errors::{export_error, save_error};
use crate::i18n::storage_faults::storage_fault;
use crate::kiosk::now_ms;
use crate::results::{device_id, representative_response, AdminData};
use crate::storage;

/// This centre's id, made (and kept in the profile) the first time an export needs it.
fn centre_id(admin: Admin) -> Result<String, String> {
    let mut profile = admin.profile.get_untracked();
    if let Some(id) = &profile.id {
        return Ok(id.clone());
    }
    let id = new_id();
    profile.id = Some(id.clone());
    admin.save_profile(profile)?;
    Ok(id)
}

pub(super) fn export(admin: Admin, data: AdminData) -> Result<String, String> {
    let survey = admin.survey.get_value();
    let device =
        device_id().map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
    let centre = centre_id(admin)?;
    let export_id = new_id();
    let entries = storage::entries();
    let own = admin.employee_responses();
    let earlier: Vec<ExportRecord> = entries
        .iter()
        .filter(|(key, _)| key.starts_with(keys::EXPORTED_PREFIX))
        .filter_map(|(_, value)| ExportRecord::from_record(value))
        .collect();
    let imported = admin.imports.get_untracked();
    let representative = data.representative.get_untracked().and_then(Result::ok);
    let representative_answers = representative
        .as_ref()
        .map(|rep| representative_response(rep).answers);
    let profile = admin.profile.get_untracked();
    let (file, record) = AggregateExport::build(ExportInput {
        survey: &survey,
        device_id: &device,
        export_id: &export_id,
        created_at_ms: now_ms() as u64,
        profile: &profile,
        centre_id: &centre,
        minimum: admin.settings.get_untracked().min_respondents(),
        responses: &own,
        transferred_from: transferred_devices().into_iter().collect(),
        imports: &imported,
        earlier: &earlier,
        representative: representative.as_deref().zip(representative_answers.as_ref()),
    })
    .map_err(|error| export_error(&error, admin.language.get_untracked()))?;
    // Remembered before the file is offered: a file given out and not remembered could be
    // differenced with the next one.
    storage::write(&keys::exported(&file.export_id), &record.to_record())
        .map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
    let name = format!(
        "yorisoi-export-{}-{}.json",
        &file.created_at[..10],
        file.export_id
    );
    save_file(&name, &(file.to_json() + "\n"), "application/json")
        .map_err(|error| save_error(&error, admin.language.get_untracked()))?;
    Ok(name)
}

/// Kiosks whose responses arrived here by device transfer: never to be counted again.
pub(super) fn transferred_devices() -> BTreeSet<String> {
    storage::entries()
        .into_iter()
        .filter_map(|(key, _)| key.strip_prefix(keys::TRANSFERRED_PREFIX).map(str::to_owned))
        .collect()
}
