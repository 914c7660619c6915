//! What a kiosk keeps in local storage: the draft of the person at the screen and the submitted
//! responses, in a compact, versioned form, under fixed keys.
//!
//! Each response has a key of its own, so a damaged entry costs one response, and writing a
//! response twice under its id stores it once.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::answers::{Answers, DecodeError};
use crate::survey::SurveyDefinition;
use crate::text::Language;

/// The version of every stored record below. A record with a higher one is left untouched.
pub const SCHEMA_VERSION: u32 = 1;

pub mod keys;

/// An id of a kiosk, an export or a centre: 16 lowercase hex digits, made from 8 random bytes
/// by the app.
pub fn is_valid_id(id: &str) -> bool {
    id.len() == 16 && is_lower_hex(id)
}

/// A response's id: 32 lowercase hex digits (16 random bytes), as the intranet inbox, which
/// takes a record from anyone on the intranet, needs an id nobody can guess; responses stored by
/// versions before sealing have 16 and stay valid.
pub fn is_valid_response_id(id: &str) -> bool {
    (id.len() == 32 || id.len() == 16) && is_lower_hex(id)
}

fn is_lower_hex(id: &str) -> bool {
    id.bytes()
        .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
}

/// Why a stored record could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not the shape or content of a record: set aside.
    Corrupt(Damage),
    /// Written by a newer Yorisoi: left as it is.
    NewerSchema(u32),
    /// Valid, but for another survey definition (id, version or content).
    OtherSurvey(String),
}

/// What is wrong with a damaged record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// Not JSON, or not a record's fields and types (serde's line and column).
    NotARecord {
        line: usize,
        column: usize,
    },
    BadId,
    /// A draft without its language or section.
    DraftWithoutPlace,
    NoSuchSection(usize),
    /// A response without its submit time.
    NoSubmitTime,
    /// Answers that do not fit the survey definition.
    Answers(DecodeError),
    /// Held under a key that names another response.
    UnderAnotherId,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Damage::NotARecord { line, column } => write!(f, "not a record (line {line}, column {column})"),
            Damage::BadId => f.write_str("not a response id"),
            Damage::DraftWithoutPlace => f.write_str("a draft needs lang and section"),
            Damage::NoSuchSection(section) => write!(f, "section {section} does not exist"),
            Damage::NoSubmitTime => f.write_str("a response needs its submit time"),
            Damage::Answers(error) => write!(f, "{error}"),
            Damage::UnderAnotherId => f.write_str("holds a response under another id"),
        }
    }
}

/// A serde error as the place it names.
pub fn not_a_record(error: &serde_json::Error) -> Damage {
    Damage::NotARecord {
        line: error.line(),
        column: error.column(),
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::Corrupt(damage) => write!(f, "damaged: {damage}"),
            RecordError::NewerSchema(version) => write!(f, "written by a newer version (schema {version})"),
            RecordError::OtherSurvey(key) => write!(f, "for another survey definition ({key})"),
        }
    }
}

/// The answers of the person at the kiosk, saved after every change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The id the response will be stored under: fixed when the person starts, so that a submit
    /// interrupted and repeated stores the response once.
    pub response_id: String,
    pub language: Language,
    /// The section on screen; `sections.len()` means the review page.
    pub section: usize,
    pub answers: Answers,
}

impl Draft {
    pub fn new(survey: &SurveyDefinition, response_id: String, language: Language) -> Draft {
        Draft {
            response_id,
            language,
            section: 0,
            answers: Answers::new(survey),
        }
    }

    pub fn to_record(&self, survey: &SurveyDefinition) -> String {
        Record {
            lang: Some(self.language),
            section: Some(self.section),
            ..Record::of(survey, &self.response_id, &self.answers)
        }
        .to_json()
    }

    pub fn from_record(survey: &SurveyDefinition, json: &str) -> Result<Draft, RecordError> {
        let record = Record::parse(json)?;
        record.check_survey(survey)?;
        let (Some(language), Some(section)) = (record.lang, record.section) else {
            return Err(RecordError::Corrupt(Damage::DraftWithoutPlace));
        };
        if section > survey.sections.len() {
            return Err(RecordError::Corrupt(Damage::NoSuchSection(section)));
        }
        Ok(Draft {
            answers: record.answers(survey)?,
            response_id: record.id,
            language,
            section,
        })
    }

    /// The language a stored draft was being answered in, read even from a draft that can no
    /// longer be resumed (another survey version), so the person can be told in that language.
    pub fn language_of(json: &str) -> Option<Language> {
        #[derive(Deserialize)]
        struct Lang {
            lang: Option<Language>,
        }
        serde_json::from_str::<Lang>(json).ok()?.lang
    }

    /// The response this draft becomes when submitted at `submitted_at_ms` (Unix time).
    pub fn to_response(&self, submitted_at_ms: u64) -> Response {
        Response {
            id: self.response_id.clone(),
            submitted_at_ms,
            answers: self.answers.clone(),
        }
    }
}

/// A submitted response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub id: String,
    pub submitted_at_ms: u64,
    pub answers: Answers,
}

impl Response {
    pub fn key(&self) -> String {
        keys::response(&self.id)
    }

    pub fn to_record(&self, survey: &SurveyDefinition) -> String {
        Record {
            at: Some(self.submitted_at_ms),
            ..Record::of(survey, &self.id, &self.answers)
        }
        .to_json()
    }

    pub fn from_record(survey: &SurveyDefinition, json: &str) -> Result<Response, RecordError> {
        let record = Record::parse(json)?;
        record.check_survey(survey)?;
        let Some(submitted_at_ms) = record.at else {
            return Err(RecordError::Corrupt(Damage::NoSubmitTime));
        };
        Ok(Response {
            answers: record.answers(survey)?,
            id: record.id,
            submitted_at_ms,
        })
    }
}

/// The stored form shared by drafts and responses. Short field names keep 2,000 responses far
/// inside the browser's storage quota.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    v: u32,
    id: String,
    survey: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    section: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<u64>,
    a: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    t: BTreeMap<String, String>,
}

impl Record {
    /// The answers of `id` to `survey`, in the current schema; a draft adds its place, a
    /// response its time.
    fn of(survey: &SurveyDefinition, id: &str, answers: &Answers) -> Record {
        Record {
            v: SCHEMA_VERSION,
            id: id.to_owned(),
            survey: survey.key.to_string(),
            lang: None,
            section: None,
            at: None,
            a: answers.encode_choices(),
            t: answers.texts().clone(),
        }
    }

    fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record serializes")
    }

    fn parse(json: &str) -> Result<Record, RecordError> {
        let record: Record = serde_json::from_str(json).map_err(|error| {
            // A newer record may not fit today's shape, and must not be mistaken for a damaged one.
            #[derive(Deserialize)]
            struct Version {
                v: u32,
            }
            match serde_json::from_str::<Version>(json) {
                Ok(Version { v }) if v > SCHEMA_VERSION => RecordError::NewerSchema(v),
                _ => RecordError::Corrupt(not_a_record(&error)),
            }
        })?;
        if record.v > SCHEMA_VERSION {
            return Err(RecordError::NewerSchema(record.v));
        }
        if !is_valid_response_id(&record.id) {
            return Err(RecordError::Corrupt(Damage::BadId));
        }
        Ok(record)
    }

    fn check_survey(&self, survey: &SurveyDefinition) -> Result<(), RecordError> {
        if self.survey == survey.key.to_string() {
            Ok(())
        } else {
            Err(RecordError::OtherSurvey(self.survey.clone()))
        }
    }

    fn answers(&self, survey: &SurveyDefinition) -> Result<Answers, RecordError> {
        Answers::decode(survey, &self.a, &self.t)
            .map_err(|error| RecordError::Corrupt(Damage::Answers(error)))
    }
}

/// The survey period the responses cover: the first and the last submit time (Unix ms); `None`
/// for no responses. A time of 0 (unknown) is left out.
pub fn survey_period(responses: &[Response]) -> Option<(u64, u64)> {
    let times = responses
        .iter()
        .map(|response| response.submitted_at_ms)
        .filter(|&time| time > 0);
    times.clone().min().zip(times.max())
}

/// What a kiosk's storage holds, sorted out from its raw entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inventory {
    /// Responses to the current survey definition.
    pub responses: Vec<Response>,
    /// Readable responses to other definitions (an earlier version, say): kept, not counted.
    pub other_survey_responses: usize,
    /// Entries to set aside, with the reason.
    pub damaged: Vec<(String, Damage)>,
    /// Entries written by a newer version, left as they are.
    pub newer: Vec<String>,
    /// Entries already set aside.
    pub set_aside: usize,
}

impl Inventory {
    /// Sorts out the response entries among `entries` (key, value). Other keys are ignored.
    pub fn scan<'a>(
        survey: &SurveyDefinition,
        entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Inventory {
        let mut inventory = Inventory::default();
        for (key, value) in entries {
            if key.starts_with(keys::SET_ASIDE_PREFIX) {
                inventory.set_aside += 1;
                continue;
            }
            let Some(id) = key.strip_prefix(keys::RESPONSE_PREFIX) else {
                continue;
            };
            match Response::from_record(survey, value) {
                Ok(response) if response.id == id => inventory.responses.push(response),
                Ok(_) => inventory.damaged.push((key.to_owned(), Damage::UnderAnotherId)),
                Err(RecordError::Corrupt(damage)) => inventory.damaged.push((key.to_owned(), damage)),
                Err(RecordError::NewerSchema(_)) => inventory.newer.push(key.to_owned()),
                Err(RecordError::OtherSurvey(_)) => inventory.other_survey_responses += 1,
            }
        }
        inventory
            .responses
            .sort_by_key(|response| response.submitted_at_ms);
        inventory
    }
}
