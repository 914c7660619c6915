//! Every reason the host refuses a request: one HTTP status, one stable code for programs and
//! one sentence in plain English for people. Nothing here is ever taken from the client's
//! bytes, so no request content is echoed back.

/// Why a request to the inbox was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The id in the URL is not 32 lowercase hex characters.
    BadId,
    /// The body is larger than the inbox takes.
    TooLarge { limit_bytes: usize },
    /// The body is not JSON at all.
    NotJson,
    /// The body is JSON but not an object.
    NotAnObject,
    /// A field the sealed record needs is absent.
    MissingField(&'static str),
    /// The record has a field the inbox does not know.
    UnknownField,
    /// A field has the wrong JSON type.
    WrongType(&'static str),
    /// `v` is a number other than the one format version the inbox takes.
    UnsupportedVersion,
    /// The record's `id` differs from the id in the URL.
    IdMismatch,
    /// A field is not well-formed unpadded base64url.
    BadBase64(&'static str),
    /// A field decodes to the wrong number of bytes.
    BadLength {
        field: &'static str,
        expected: &'static str,
    },
    /// A different record is already stored under this id.
    Conflict,
    /// Too many requests from this address; try again after this many seconds.
    RateLimited { retry_after_secs: u64 },
    /// No host token, or the wrong one.
    Unauthorized,
    /// `after` or `limit` in the query is malformed or out of range.
    BadQuery(&'static str),
    /// The database could not complete the operation; nothing was acknowledged.
    StorageFailed,
}

impl Refusal {
    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::BadId
            | Refusal::NotJson
            | Refusal::NotAnObject
            | Refusal::MissingField(_)
            | Refusal::UnknownField
            | Refusal::WrongType(_)
            | Refusal::UnsupportedVersion
            | Refusal::IdMismatch
            | Refusal::BadBase64(_)
            | Refusal::BadLength { .. }
            | Refusal::BadQuery(_) => 400,
            Refusal::Unauthorized => 401,
            Refusal::Conflict => 409,
            Refusal::TooLarge { .. } => 413,
            Refusal::RateLimited { .. } => 429,
            Refusal::StorageFailed => 500,
        }
    }

    /// The stable machine-readable code (the `error` field of the JSON answer).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::BadId => "bad_id",
            Refusal::TooLarge { .. } => "too_large",
            Refusal::NotJson => "not_json",
            Refusal::NotAnObject
            | Refusal::MissingField(_)
            | Refusal::UnknownField
            | Refusal::WrongType(_)
            | Refusal::UnsupportedVersion => "bad_record",
            Refusal::IdMismatch => "id_mismatch",
            Refusal::BadBase64(_) => "bad_base64",
            Refusal::BadLength { .. } => "bad_length",
            Refusal::Conflict => "conflict",
            Refusal::RateLimited { .. } => "rate_limited",
            Refusal::Unauthorized => "unauthorized",
            Refusal::BadQuery(_) => "bad_query",
            Refusal::StorageFailed => "storage_failed",
        }
    }

    /// What went wrong and what to do, for a person reading the log or the network panel.
    pub fn message(&self) -> String {
        match self {
            Refusal::BadId => {
                "The response id in the URL must be 32 lowercase hexadecimal characters.".into()
            }
            Refusal::TooLarge { limit_bytes } => {
                format!("The sealed record is larger than the inbox takes ({limit_bytes} bytes at most).")
            }
            Refusal::NotJson => "The body is not JSON.".into(),
            Refusal::NotAnObject => "The body must be one JSON object: a sealed record.".into(),
            Refusal::MissingField(field) => format!("The sealed record has no \"{field}\" field."),
            Refusal::UnknownField => {
                "The sealed record has a field the inbox does not know; it takes only v, id, epk, iv and ct."
                    .into()
            }
            Refusal::WrongType(field) => match *field {
                "v" => "The \"v\" field must be the number 1.".into(),
                _ => format!("The \"{field}\" field must be a string."),
            },
            Refusal::UnsupportedVersion => "This inbox takes sealed records of format version 1 only.".into(),
            Refusal::IdMismatch => "The record's \"id\" differs from the id in the URL.".into(),
            Refusal::BadBase64(field) => {
                format!("The \"{field}\" field is not unpadded base64url (A-Z, a-z, 0-9, - and _).")
            }
            Refusal::BadLength { field, expected } => {
                format!("The \"{field}\" field must decode to {expected}.")
            }
            Refusal::Conflict => {
                "A different sealed record is already stored under this id; nothing was changed.".into()
            }
            Refusal::RateLimited { retry_after_secs } => {
                format!("Too many requests from this address; try again in {retry_after_secs} second(s).")
            }
            Refusal::Unauthorized => "The administration's host token is missing or wrong.".into(),
            Refusal::BadQuery(what) => format!("The query is not valid: {what}."),
            Refusal::StorageFailed => {
                "The inbox could not store or read records just now; nothing was acknowledged. Try again."
                    .into()
            }
        }
    }
}
