//! The outbox: sealed responses on their way to the intranet host's inbox. Each is kept on the
//! device until the inbox acknowledges it (after its database commit), and sent again at start,
//! on reconnect and now and then; the inbox takes a resend of the same record as done, so a
//! response arrives once however often it is sent. Without a host (`host.json` absent) nothing
//! is sent and everything stays as on a kiosk on its own.

use std::cell::Cell;

use yorisoi_domain::host_info;
use yorisoi_domain::records::keys;

use crate::assets::fetch_text;
use crate::http::{request, Unreachable};
use crate::storage;

thread_local! {
    /// One flush at a time: a second would send the same records twice over.
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
}

/// The inbox's URL relative to the app, when the host has one.
pub async fn inbox() -> Option<String> {
    host_info::inbox_of(&fetch_text(host_info::FILE_NAME).await.ok()?)
}

/// What one flush did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flushed {
    pub delivered: usize,
    /// Refused for good (a conflict or a bad record): set aside for the administrator.
    pub refused: usize,
    /// Still waiting (host down, busy, or no inbox).
    pub waiting: usize,
}

/// The ids still in the outbox.
pub fn waiting() -> Vec<String> {
    storage::keys_starting_with(keys::OUTBOX_PREFIX)
        .into_iter()
        .filter_map(|key| key.strip_prefix(keys::OUTBOX_PREFIX).map(str::to_owned))
        .collect()
}

/// Sends every waiting sealed response to the inbox, in turn, until one cannot go now.
pub async fn flush() -> Flushed {
    if FLUSHING.with(|flushing| flushing.replace(true)) {
        return Flushed::default();
    }
    let flushed = send_all().await;
    FLUSHING.with(|flushing| flushing.set(false));
    flushed
}

async fn send_all() -> Flushed {
    let ids = waiting();
    let mut flushed = Flushed {
        waiting: ids.len(),
        ..Flushed::default()
    };
    if ids.is_empty() {
        return flushed;
    }
    let Some(inbox) = inbox().await else {
        return flushed;
    };
    for id in ids {
        let Some(record) = storage::read(&keys::sealed(&id)) else {
            // Nothing left to send (removed by hand): the mark goes too.
            storage::remove(&keys::outbox(&id));
            flushed.waiting -= 1;
            continue;
        };
        let url = format!("{inbox}responses/{id}");
        let answer = request(
            "PUT",
            &url,
            &[("Content-Type", "application/json")],
            Some(&record),
        )
        .await;
        match answer.map(|answer| answer.status) {
            Ok(200 | 201) => {
                storage::remove(&keys::outbox(&id));
                flushed.delivered += 1;
            }
            Ok(400 | 409 | 413 | 422) => {
                if storage::write(&keys::outbox_refused(&id), "").is_ok() {
                    storage::remove(&keys::outbox(&id));
                }
                flushed.refused += 1;
            }
            // Busy (429), failing (5xx) or unreachable: the rest waits for the next flush.
            Ok(_) | Err(Unreachable) => return flushed,
        }
        flushed.waiting -= 1;
    }
    flushed
}
