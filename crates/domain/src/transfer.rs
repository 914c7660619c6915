//! The device-transfer file: a centre's own kiosks moving individual responses between them, so
//! that group splits spanning kiosks are exact. Marked confidential in its name and content,
//! encrypted with a passphrase (AES-GCM, key by PBKDF2; the app does the cryptography through
//! WebCrypto), and never the file sent to the central organiser.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::export::MAX_IMPORT_BYTES;
use crate::records::{RecordError, Response};
use crate::survey::SurveyDefinition;

pub const TRANSFER_FORMAT: &str = "yorisoi-transfer";
pub const TRANSFER_FORMAT_VERSION: u32 = 1;
pub const NOTICE: &str = "機密 CONFIDENTIAL: この端末間移行ファイルには個々の回答が含まれます。同じセンターの端末の間だけで使い、事務局には送らないでください。 This device-transfer file holds individual responses: use it only between the centre's own kiosks and never send it to the central organiser.";
pub const FILE_PREFIX: &str = "yorisoi-CONFIDENTIAL-transfer-";

/// The encrypted envelope as written to disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferFile {
    pub format: String,
    pub format_version: u32,
    pub confidential: bool,
    pub notice: String,
    pub device_id: String,
    pub created_at: String,
    /// PBKDF2-HMAC-SHA-256 iterations and salt (hex) for the key.
    pub iterations: u32,
    pub salt: String,
    /// AES-GCM's 96-bit nonce (hex) and the ciphertext with its tag (hex).
    pub iv: String,
    pub ciphertext: String,
}

/// What the ciphertext holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferContents {
    pub survey: String,
    /// Stored response records, exactly as the kiosk keeps them.
    pub responses: Vec<String>,
}

/// Why a transfer file cannot be taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferError {
    TooLarge,
    /// Not JSON, or not a transfer file's shape; the first fault is at this line and column.
    NotATransferFile {
        line: usize,
        column: usize,
    },
    UnknownFormat {
        format: String,
        version: u32,
    },
    /// The file's `salt`, `iv` or `ciphertext` (named by `field`) is not hex.
    NotHex {
        field: &'static str,
    },
    DamagedContents {
        reason: String,
    },
    OtherSurvey {
        file: String,
        kiosk: String,
    },
    /// Response `number` (from 1) does not read.
    BadResponse {
        number: usize,
        problem: RecordError,
    },
}

impl fmt::Display for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransferError::TooLarge => {
                write!(f, "the file is larger than {} MB", MAX_IMPORT_BYTES / 1_048_576)
            }
            TransferError::NotATransferFile { line, column } => {
                write!(f, "not a device-transfer file (line {line}, column {column})")
            }
            TransferError::UnknownFormat { format, version } => {
                write!(f, "unknown format {format:?} version {version}")
            }
            TransferError::NotHex { field } => write!(f, "the file's {field} is not hex"),
            TransferError::DamagedContents { reason } => {
                write!(f, "the decrypted contents are damaged: {reason}")
            }
            TransferError::OtherSurvey { file, kiosk } => {
                write!(
                    f,
                    "the responses are for survey {file}, but this kiosk runs {kiosk}"
                )
            }
            TransferError::BadResponse { number, problem } => write!(f, "response {number} is {problem}"),
        }
    }
}

impl std::error::Error for TransferError {}

impl TransferFile {
    pub fn parse(bytes: &[u8]) -> Result<TransferFile, TransferError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(TransferError::TooLarge);
        }
        let file: TransferFile =
            serde_json::from_slice(bytes).map_err(|error| TransferError::NotATransferFile {
                line: error.line(),
                column: error.column(),
            })?;
        if file.format != TRANSFER_FORMAT || file.format_version != TRANSFER_FORMAT_VERSION {
            return Err(TransferError::UnknownFormat {
                format: file.format,
                version: file.format_version,
            });
        }
        Ok(file)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a transfer file serializes")
    }
}

impl TransferContents {
    pub fn of(survey: &SurveyDefinition, responses: &[Response]) -> TransferContents {
        TransferContents {
            survey: survey.key.to_string(),
            responses: responses
                .iter()
                .map(|response| response.to_record(survey))
                .collect(),
        }
    }

    /// Reads decrypted contents: every response must be valid for `survey`, or none is taken.
    /// Returns the responses not already among `known_ids`.
    pub fn new_responses(
        plaintext: &[u8],
        survey: &SurveyDefinition,
        known_ids: &BTreeSet<String>,
    ) -> Result<Vec<Response>, TransferError> {
        let contents: TransferContents =
            serde_json::from_slice(plaintext).map_err(|error| TransferError::DamagedContents {
                reason: error.to_string(),
            })?;
        if contents.survey != survey.key.to_string() {
            return Err(TransferError::OtherSurvey {
                file: contents.survey,
                kiosk: survey.key.to_string(),
            });
        }
        let mut fresh = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, record) in contents.responses.iter().enumerate() {
            let response =
                Response::from_record(survey, record).map_err(|problem| TransferError::BadResponse {
                    number: index + 1,
                    problem,
                })?;
            if seen.insert(response.id.clone()) && !known_ids.contains(&response.id) {
                fresh.push(response);
            }
        }
        Ok(fresh)
    }
}
