//! Pulling the intranet host's inbox: the sealed responses of every kiosk and desk PC, fetched
//! with the host token, kept here sealed as they came, opened with the unlocked key and merged
//! with this screen's own by id.

use leptos::prelude::*;
use yorisoi_domain::records::keys;
use yorisoi_domain::sealed::SealedRecord;
use yorisoi_domain::Response;

use super::context::Admin;
use super::responses::{open_records, CentreResponses};
use crate::http::request;
use crate::outbox;
use crate::perf;
use crate::storage;

/// Records asked for per request (the host's largest page).
const PAGE: u32 = 1000;

/// Pulled records are kept on this screen only while its local storage holds fewer characters
/// than this: 76% of Chromium's quota (5,242,880), so that its own kiosk still has room for
/// about 2,000 answers. The rest stay in the inbox and are pulled again at the next unlock.
const KEEP_PULLED_UP_TO: usize = 4_000_000;

/// Why the inbox could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullError {
    /// This app is not served by `yorisoi-host` (no `host.json`).
    NoInbox,
    NoToken,
    /// The host refused the token (401).
    WrongToken,
    Unreachable,
    /// Any other answer: the host's status.
    Refused(u16),
    /// A page that is not the host's format.
    Unreadable,
    /// The administration was closed before the responses arrived.
    Closed,
}

/// What one pull brought.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pulled {
    /// Records the inbox holds.
    pub in_inbox: usize,
    /// Responses new to this screen.
    pub added: usize,
    /// Records the key does not open (another centre key, or changed).
    pub unreadable: usize,
}

#[derive(serde::Deserialize)]
struct Page {
    records: Vec<Entry>,
    cursor: String,
    more: bool,
}

#[derive(serde::Deserialize)]
struct Entry {
    // Not `RawValue`: its serde_json feature is global and added 6 KB to the kiosk's module,
    // for a gain here lost in the noise (bench/report.mjs).
    record: serde_json::Value,
}

/// Every sealed record in the inbox, page by page.
async fn fetch_all(inbox: &str, token: &str) -> Result<Vec<SealedRecord>, PullError> {
    let authorization = format!("Bearer {token}");
    let mut records = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let url = match &after {
            Some(cursor) => format!("{inbox}responses?limit={PAGE}&after={cursor}"),
            None => format!("{inbox}responses?limit={PAGE}"),
        };
        let answer = request("GET", &url, &[("Authorization", &authorization)], None)
            .await
            .map_err(|_| PullError::Unreachable)?;
        match answer.status {
            200 => {}
            401 => return Err(PullError::WrongToken),
            status => return Err(PullError::Refused(status)),
        }
        let page: Page = serde_json::from_str(&answer.body).map_err(|_| PullError::Unreadable)?;
        records.extend(
            page.records
                .iter()
                .filter_map(|entry| SealedRecord::parse(&entry.record.to_string()).ok()),
        );
        if !page.more || after.as_deref() == Some(page.cursor.as_str()) {
            return Ok(records);
        }
        after = Some(page.cursor);
    }
}

/// Pulls the inbox with `token`, remembered on success for the next unlock.
pub async fn pull(admin: Admin, token: &str) -> Result<Pulled, PullError> {
    let inbox = outbox::inbox().await.ok_or(PullError::NoInbox)?;
    let token = token.trim();
    if token.is_empty() {
        return Err(PullError::NoToken);
    }
    let records = fetch_all(&inbox, token).await?;
    perf::mark("yorisoi:inbox-fetched");
    let _ = storage::write(keys::HOST_TOKEN, token);
    // The administrator may have left while the inbox answered: the key is gone then.
    let (Some(key), Some(survey)) = (admin.key.try_get_value(), admin.survey.try_get_value()) else {
        return Err(PullError::Closed);
    };
    let Some(held) = admin.responses.try_with_untracked(CentreResponses::ids) else {
        return Err(PullError::Closed);
    };
    let in_inbox = records.len();
    let fresh: Vec<SealedRecord> = records
        .into_iter()
        .filter(|record| !held.contains(&record.id))
        .collect();
    let opened = open_records(&key, &fresh).await;
    perf::mark("yorisoi:inbox-opened");
    let mut pulled = Pulled {
        in_inbox,
        ..Pulled::default()
    };
    let mut arrived = Vec::new();
    let mut room = KEEP_PULLED_UP_TO.saturating_sub(storage::used_characters());
    for (record, text) in fresh.iter().zip(opened) {
        match text.and_then(|text| Response::from_record(&survey, &text).ok()) {
            Some(response) if response.id == record.id => {
                // Kept here as it came, so that the results hold without the host next time,
                // but never in the room this screen's own answers need.
                let key = keys::sealed(&record.id);
                let json = record.to_json();
                let size = storage::stored_name(&key).len() + json.len();
                if size <= room && storage::write(&key, &json).is_ok() {
                    room -= size;
                } else {
                    // Full, or refused: none of the rest is tried.
                    room = 0;
                }
                arrived.push(response);
            }
            _ => pulled.unreadable += 1,
        }
    }
    perf::mark("yorisoi:inbox-kept");
    pulled.added = arrived.len();
    admin.add_responses(arrived);
    perf::mark("yorisoi:inbox-merged");
    Ok(pulled)
}

/// Pulls at unlock when a token was remembered; quietly does nothing otherwise.
pub async fn pull_if_set_up(admin: Admin) {
    if let Some(token) = storage::read(keys::HOST_TOKEN) {
        let _ = pull(admin, &token).await;
    }
}
