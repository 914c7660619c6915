//! Taking in another admin's export: checked, never counted twice, all or nothing.

use leptos::prelude::*;
use yorisoi_domain::export::{joining, AggregateExport, Holdings, ImportError, Joining};
use yorisoi_domain::records::keys;

use super::export::transferred_devices;
use crate::admin::context::Admin;
use crate::i18n::file_errors::import_error;
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{data as text, fill};
use crate::results::device_id;
use crate::storage;

/// Stores an accepted file, all or nothing: a replacement is written before the file it
/// replaces is removed. A file of another centre is taken only once the person confirms it is
/// this centre's; a admin with no centre id yet takes the file's.
pub(super) fn import(admin: Admin, json: &str) -> Result<Joining, String> {
    let survey = admin.survey.get_value();
    let language = admin.language.get_untracked();
    let file =
        AggregateExport::parse(json.as_bytes(), &survey).map_err(|error| import_error(&error, language))?;
    let own_device =
        device_id().map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
    let transferred = transferred_devices();
    let imported = admin.imports.get_untracked();
    let profile = admin.profile.get_untracked();
    let holdings = Holdings {
        own_device: &own_device,
        centre_id: profile.id.as_deref(),
        transferred_from: &transferred,
        imports: &imported,
    };
    let joined = match joining(&holdings, &file, false) {
        Err(ImportError::OtherCentre { name, id }) => {
            let question = fill(text(language).other_centre, &[("name", &name), ("id", &id)]);
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return Err(import_error(&ImportError::OtherCentre { name, id }, language));
            }
            joining(&holdings, &file, true)
        }
        other => other,
    }
    .map_err(|error| import_error(&error, language))?;
    storage::write(&keys::import(&file.export_id), json)
        .map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
    if let Joining::Replace { export_id } = &joined {
        storage::remove(&keys::import(export_id));
    }
    admin.reload_imports();
    if profile.id.is_none() {
        let mut adopted = profile;
        adopted.id = file.centre.id.clone();
        let _ = admin.save_profile(adopted);
    }
    Ok(joined)
}
