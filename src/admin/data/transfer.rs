//! The confidential device-transfer file: this admin's responses out, another admin's in.

use std::collections::BTreeSet;

use leptos::prelude::*;
use yorisoi_domain::export::{transfer_joining, utc_timestamp, Holdings, ImportError};
use yorisoi_domain::hex;
use yorisoi_domain::records::keys;
use yorisoi_domain::transfer::{
    TransferContents, TransferError, TransferFile, FILE_PREFIX, NOTICE, TRANSFER_FORMAT,
    TRANSFER_FORMAT_VERSION,
};

use super::export::transferred_devices;
use crate::admin::context::Admin;
use crate::crypto::centre_key::import_public;
use crate::crypto::{self, random_bytes, sealing};
use crate::download::save_file;
use crate::i18n::crypto_errors::crypto_error;
use crate::i18n::file_errors::{import_error, save_error, transfer_error};
use crate::i18n::storage_faults::storage_fault;
use crate::kiosk::now_ms;
use crate::results::device_id;
use crate::storage;

const TRANSFER_ITERATIONS: u32 = yorisoi_domain::centre_key::PBKDF2_ITERATIONS;
pub(super) const MIN_PASSPHRASE: usize = 8;

pub(super) async fn write_transfer(admin: Admin, passphrase: String) -> Result<String, String> {
    let survey = admin.survey.get_value();
    let contents = TransferContents::of(&survey, &admin.employee_responses());
    let plaintext = serde_json::to_vec(&contents).expect("transfer contents are plain data and serialize");
    let salt = random_bytes::<16>();
    let iv = random_bytes::<12>();
    let sealed = crypto::seal(&passphrase, &salt, TRANSFER_ITERATIONS, &iv, &plaintext)
        .await
        .map_err(|error| crypto_error(error, admin.language.get_untracked()).to_owned())?;
    let device =
        device_id().map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
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
    save_file(&name, &(file.to_json() + "\n"), "application/json")
        .map_err(|error| save_error(&error, admin.language.get_untracked()))?;
    Ok(name)
}

/// Takes in a transfer file's responses, all or nothing: if one cannot be stored, those stored
/// so far are removed again.
pub(super) async fn read_transfer(
    admin: Admin,
    json: String,
    passphrase: String,
) -> Result<(usize, usize), String> {
    let survey = admin.survey.get_value();
    let file = TransferFile::parse(json.as_bytes())
        .map_err(|error| transfer_error(&error, admin.language.get_untracked()))?;
    let own_device =
        device_id().map_err(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned())?;
    let transferred = transferred_devices();
    let imported = admin.imports.get_untracked();
    let holdings = Holdings {
        own_device: &own_device,
        centre_id: None,
        transferred_from: &transferred,
        imports: &imported,
    };
    transfer_joining(&holdings, &file.device_id)
        .map_err(|why| import_error(&ImportError::AlreadyIncluded(why), admin.language.get_untracked()))?;
    let field = |field: &'static str, value: &str| {
        hex::decode(value)
            .ok_or_else(|| transfer_error(&TransferError::NotHex { field }, admin.language.get_untracked()))
    };
    let salt = field("salt", &file.salt)?;
    let iv = field("iv", &file.iv)?;
    let ciphertext = field("ciphertext", &file.ciphertext)?;
    let plaintext = crypto::open(&passphrase, &salt, file.iterations, &iv, &ciphertext)
        .await
        .map_err(|error| crypto_error(error, admin.language.get_untracked()).to_owned())?;
    let known: BTreeSet<String> = admin
        .employee_responses()
        .into_iter()
        .map(|response| response.id)
        .collect();
    let total = serde_json::from_slice::<TransferContents>(&plaintext).map_or(0, |c| c.responses.len());
    let fresh = TransferContents::new_responses(&plaintext, &survey, &known)
        .map_err(|error| transfer_error(&error, admin.language.get_untracked()))?;
    // Stored sealed to this centre's key, as every response here is.
    let language = admin.language.get_untracked();
    let centre = import_public(&admin.key.get_value().public_key)
        .await
        .map_err(|error| crypto_error(error, language).to_owned())?;
    let mut written: Vec<String> = Vec::new();
    for response in &fresh {
        let stored = match sealing::seal(&centre, &response.id, &response.to_record(&survey)).await {
            Ok(sealed) => storage::write(&keys::sealed(&response.id), &sealed.to_json())
                .map_err(|fault| storage_fault(fault, language).to_owned()),
            Err(error) => Err(crypto_error(error, language).to_owned()),
        };
        if let Err(problem) = stored {
            written.iter().for_each(|key| storage::remove(key));
            return Err(problem);
        }
        written.push(keys::sealed(&response.id));
    }
    let key = format!("{}{}", keys::TRANSFERRED_PREFIX, file.device_id);
    if let Err(fault) = storage::write(&key, &file.created_at) {
        written.iter().for_each(|key| storage::remove(key));
        return Err(storage_fault(fault, admin.language.get_untracked()).to_owned());
    }
    let added = fresh.len();
    admin.add_responses(fresh);
    Ok((added, total - added))
}
