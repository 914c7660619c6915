//! The inbox's SQLite database (`<data>/inbox.sqlite3`): one table of sealed records.
//!
//! WAL mode so the administration's reads never wait for submissions; `synchronous=FULL` so
//! that a commit is on disk before its 201 is sent. With WAL, NORMAL survives a crash of the
//! host but can lose the last commits to a power cut, and an outbox that saw 201 has already
//! forgotten the record: the acknowledgement must mean the disk has it.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::core::idempotence::{decide, Decision};
use crate::core::paging::{Page, PageQuery, StoredRecord};
use crate::core::record::SealedRecord;

/// The file name inside the data folder.
pub const DATABASE_FILE: &str = "inbox.sqlite3";

/// `seq` is the paging cursor: AUTOINCREMENT never reuses a number, even after rows are
/// deleted by hand, and an INTEGER PRIMARY KEY keeps it stable through VACUUM.
const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS sealed_responses (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL,
        received_at_ms INTEGER NOT NULL
    ) STRICT;
";

/// A failure of the database.
#[derive(Debug)]
pub struct StoreError(rusqlite::Error);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the inbox database failed: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        StoreError(error)
    }
}

/// The open database: one connection writes (SQLite has one writer at a time anyway), one
/// reads, so paging never waits behind a burst of submissions.
pub struct Inbox {
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
}

impl Inbox {
    /// Opens or creates the database in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Inbox, StoreError> {
        let path = data_dir.join(DATABASE_FILE);
        let writer = Connection::open(&path)?;
        writer.pragma_update(None, "journal_mode", "WAL")?;
        configure(&writer)?;
        writer.execute_batch(SCHEMA)?;
        let reader = Connection::open(&path)?;
        configure(&reader)?;
        Ok(Inbox {
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
        })
    }

    /// Stores the record unless its id is taken; returns what happened. When it returns
    /// [`Decision::Store`], the record is committed and synced.
    pub fn submit(&self, record: &SealedRecord, received_at_ms: i64) -> Result<Decision, StoreError> {
        let body = record.canonical_json();
        let mut connection = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stored: Option<String> = transaction
            .query_row(
                "SELECT body FROM sealed_responses WHERE id = ?1",
                [record.id()],
                |row| row.get(0),
            )
            .optional()?;
        let decision = decide(stored.as_deref(), &body);
        if decision == Decision::Store {
            transaction.execute(
                "INSERT INTO sealed_responses (id, body, received_at_ms) VALUES (?1, ?2, ?3)",
                params![record.id(), body, received_at_ms],
            )?;
            transaction.commit()?;
        }
        Ok(decision)
    }

    /// One page of records in the order they were committed.
    pub fn page(&self, query: &PageQuery) -> Result<Page, StoreError> {
        let connection = self
            .reader
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut statement = connection.prepare_cached(
            "SELECT seq, body, received_at_ms FROM sealed_responses WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        // A cursor beyond SQLite's integers is simply past the end.
        let after = i64::try_from(query.after).unwrap_or(i64::MAX);
        let rows = statement
            .query_map(params![after, query.rows_to_read()], |row| {
                Ok(StoredRecord {
                    seq: row.get(0)?,
                    body: row.get(1)?,
                    received_at_ms: row.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_rows(query, rows))
    }
}

fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}
