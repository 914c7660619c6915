//! What a submission does to the inbox, given what is already stored under its id. Outboxes
//! resend until they see an acknowledgement, so the same record twice must be harmless, and a
//! different record under a taken id must never overwrite the first.

/// The outcome of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Nothing under this id yet: store it (201 once committed).
    Store,
    /// The identical record is already stored: acknowledge again (200), change nothing.
    AlreadyStored,
    /// A different record holds this id: refuse (409), change nothing.
    Conflict,
}

/// Decides on the canonical forms of the stored and the incoming record.
pub fn decide(stored: Option<&str>, incoming: &str) -> Decision {
    match stored {
        None => Decision::Store,
        Some(stored) if stored == incoming => Decision::AlreadyStored,
        Some(_) => Decision::Conflict,
    }
}
