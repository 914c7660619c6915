//! Reading the inbox page by page. Each stored record has a sequence number, increasing in the
//! order records were committed; the cursor is the last one a page returned, so an
//! administration that keeps its cursor fetches only what arrived since.

use serde_json::{json, Value};

use super::refusal::Refusal;

/// Records per page when the query names no limit.
pub const DEFAULT_LIMIT: u32 = 100;
/// The most records one page returns (1,000 sealed records are about 4 MB).
pub const MAX_LIMIT: u32 = 1000;

/// A checked page request: records with a sequence number above `after`, at most `limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageQuery {
    pub after: u64,
    pub limit: u32,
}

impl PageQuery {
    /// Parses the query's `after` (a cursor from an earlier page; absent means the start) and
    /// `limit` (1 to [`MAX_LIMIT`]; absent means [`DEFAULT_LIMIT`]).
    pub fn parse(after: Option<&str>, limit: Option<&str>) -> Result<PageQuery, Refusal> {
        let after = match after {
            None => 0,
            Some(text) => decimal(text).ok_or(Refusal::BadQuery(
                "\"after\" must be a cursor from an earlier page",
            ))?,
        };
        let limit = match limit {
            None => DEFAULT_LIMIT,
            Some(text) => decimal(text)
                .and_then(|limit| u32::try_from(limit).ok())
                .filter(|limit| (1..=MAX_LIMIT).contains(limit))
                .ok_or(Refusal::BadQuery(
                    "\"limit\" must be a whole number from 1 to 1000",
                ))?,
        };
        Ok(PageQuery { after, limit })
    }

    /// How many rows to read: one more than the limit, to know whether more follow.
    pub fn rows_to_read(&self) -> u32 {
        self.limit + 1
    }
}

/// One stored record as read from the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub seq: u64,
    /// The canonical JSON of the sealed record.
    pub body: String,
    /// When the inbox committed it, in milliseconds since the Unix epoch.
    pub received_at_ms: i64,
}

/// One page of the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub records: Vec<StoredRecord>,
    /// Where the next request continues: the last record's sequence number, or the query's
    /// `after` when the page is empty.
    pub cursor: u64,
    /// Whether records beyond this page were already stored.
    pub more: bool,
}

impl Page {
    /// Builds the page from up to [`PageQuery::rows_to_read`] rows in sequence order.
    pub fn from_rows(query: &PageQuery, mut rows: Vec<StoredRecord>) -> Page {
        let more = rows.len() > query.limit as usize;
        rows.truncate(query.limit as usize);
        let cursor = rows.last().map_or(query.after, |row| row.seq);
        Page {
            records: rows,
            cursor,
            more,
        }
    }

    /// The JSON answer: `{"records":[{"received_at_ms":…,"record":{…}}],"cursor":"…","more":…}`.
    /// The cursor is a string so that clients treat it as opaque.
    pub fn to_json(&self) -> Value {
        let records: Vec<Value> = self
            .records
            .iter()
            .map(|row| {
                // Bodies were written by this host in canonical form; one that no longer
                // parses (edited by hand) is passed on as a string rather than hidden.
                let record =
                    serde_json::from_str(&row.body).unwrap_or_else(|_| Value::String(row.body.clone()));
                json!({ "received_at_ms": row.received_at_ms, "record": record })
            })
            .collect();
        json!({ "records": records, "cursor": self.cursor.to_string(), "more": self.more })
    }
}

/// A plain decimal number: digits only, no sign, no leading `+`, at most u64.
fn decimal(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}
