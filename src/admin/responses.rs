//! The centre's responses, opened once when the administration is unlocked: the sealed ones
//! stored here, those this screen held in memory because storage refused them, and those
//! stored in the clear by versions before sealing (sealed now, then removed in the clear).
//! Every page reads them from the administration's context; none reads storage again.

use std::collections::BTreeSet;

use futures::future::join_all;
use yorisoi_domain::records::keys;
use yorisoi_domain::sealed::{SealedError, SealedRecord};
use yorisoi_domain::{Inventory, RecordError, Response, SurveyDefinition};

use crate::crypto::centre_key::{import_public, UnlockedKey};
use crate::crypto::sealing;
use crate::perf;
use crate::storage;

/// Records opened at a time: WebCrypto works on them in parallel.
const BATCH: usize = 64;

/// What the unlocked key found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CentreResponses {
    /// The opened responses, sorted out as the domain sorts stored records.
    pub inventory: Inventory,
    /// Sealed records this key does not open: sealed to another centre key, or changed.
    pub unreadable: usize,
    /// Responses held in memory only, because this screen's storage refused them.
    pub held: usize,
    /// Responses found in the clear (an earlier version) and sealed now.
    pub sealed_now: usize,
}

impl CentreResponses {
    /// The ids of the responses held here, for merging what arrives by id.
    pub fn ids(&self) -> BTreeSet<String> {
        self.inventory
            .responses
            .iter()
            .map(|response| response.id.clone())
            .collect()
    }
}

/// Opens sealed records, `BATCH` at a time; `None` for one this key does not open.
pub async fn open_records(key: &UnlockedKey, records: &[SealedRecord]) -> Vec<Option<String>> {
    let mut opened = Vec::with_capacity(records.len());
    for batch in records.chunks(BATCH) {
        let results = join_all(batch.iter().map(|record| sealing::open(&key.private, record))).await;
        opened.extend(results.into_iter().map(Result::ok));
    }
    opened
}

/// Seals the responses stored in the clear by an earlier version, then removes the clear copy
/// (only once the sealed one is written: none is lost). A damaged one is set aside as it is.
/// Returns how many were sealed.
async fn seal_clear_responses(
    survey: &SurveyDefinition,
    key: &UnlockedKey,
    entries: &[(String, String)],
) -> usize {
    let Ok(centre) = import_public(&key.public_key).await else {
        return 0;
    };
    let mut sealed_now = 0;
    for (stored_key, record) in entries {
        let Some(id) = stored_key.strip_prefix(keys::RESPONSE_PREFIX) else {
            continue;
        };
        if let Err(RecordError::Corrupt(_)) = Response::from_record(survey, record) {
            let _ = storage::set_aside(stored_key, record);
            continue;
        }
        if let Ok(sealed) = sealing::seal(&centre, id, record).await {
            if storage::write(&keys::sealed(id), &sealed.to_json()).is_ok() {
                storage::remove(stored_key);
                sealed_now += 1;
            }
        }
    }
    sealed_now
}

/// Opens every response this screen holds, sealing any left in the clear first.
pub async fn open_all(
    survey: &SurveyDefinition,
    key: &UnlockedKey,
    held: &[SealedRecord],
) -> CentreResponses {
    let mut entries = storage::entries();
    let clear: Vec<(String, String)> = entries
        .iter()
        .filter(|(stored_key, _)| stored_key.starts_with(keys::RESPONSE_PREFIX))
        .cloned()
        .collect();
    let mut sealed_now = 0;
    // Read again only when sealing them changed what is stored.
    if !clear.is_empty() {
        sealed_now = seal_clear_responses(survey, key, &clear).await;
        entries = storage::entries();
    }
    let mut records = Vec::new();
    let mut newer = Vec::new();
    let mut set_aside = 0;
    for (stored_key, value) in &entries {
        if stored_key.starts_with(keys::SET_ASIDE_PREFIX) {
            set_aside += 1;
        }
        let Some(id) = stored_key.strip_prefix(keys::SEALED_PREFIX) else {
            continue;
        };
        match SealedRecord::parse(value) {
            Ok(record) if record.id == id => records.push(record),
            Err(SealedError::NewerVersion(_)) => newer.push(stored_key.clone()),
            _ => {
                if storage::set_aside(stored_key, value).is_ok() {
                    set_aside += 1;
                }
            }
        }
    }
    perf::mark("yorisoi:storage-read");
    let stored_count = records.len();
    // A held response that storage took in the meantime is the same response: merged by id.
    let stored_ids: BTreeSet<String> = records.iter().map(|record| record.id.clone()).collect();
    records.extend(
        held.iter()
            .filter(|record| !stored_ids.contains(&record.id))
            .cloned(),
    );
    let opened = open_records(key, &records).await;
    perf::mark("yorisoi:local-opened");
    let unreadable = opened.iter().filter(|text| text.is_none()).count();
    // Responses still in the clear (sealing them found no room) count as they are.
    let still_clear = entries
        .iter()
        .filter(|(stored_key, _)| stored_key.starts_with(keys::RESPONSE_PREFIX))
        .cloned();
    let plain: Vec<(String, String)> = records
        .iter()
        .zip(opened)
        .filter_map(|(record, text)| Some((keys::response(&record.id), text?)))
        .chain(still_clear)
        .collect();
    let mut inventory = Inventory::scan(
        survey,
        plain
            .iter()
            .map(|(stored_key, text)| (stored_key.as_str(), text.as_str())),
    );
    // A record that opens but holds nothing readable is moved aside, sealed as it is.
    for (response_key, _reason) in std::mem::take(&mut inventory.damaged) {
        let id = response_key.trim_start_matches(keys::RESPONSE_PREFIX);
        let sealed_key = keys::sealed(id);
        if let Some(value) = storage::read(&sealed_key) {
            if storage::set_aside(&sealed_key, &value).is_ok() {
                set_aside += 1;
            }
        }
    }
    inventory.set_aside = set_aside;
    perf::mark("yorisoi:local-sorted");
    inventory.newer.extend(newer);
    CentreResponses {
        inventory,
        unreadable,
        held: records.len() - stored_count,
        sealed_now,
    }
}
