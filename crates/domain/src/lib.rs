//! Yorisoi's domain: the survey model, answers, validation, the records a kiosk stores, scoring
//! and the national benchmark.
//! Pure Rust with serde only, so all of it is tested natively with `cargo test`.

pub mod analysis;
pub mod answers;
pub mod base64url;
pub mod benchmark;
pub mod centre_key;
pub mod change;
pub mod comments;
pub mod csv;
pub mod distribution;
pub mod enps;
pub mod export;
pub mod fetch;
pub mod groups;
pub mod hex;
pub mod host_info;
pub mod organiser;
pub mod pin;
pub mod plan;
pub mod profile;
pub mod records;
pub mod release;
pub mod report;
pub mod result_list;
pub mod scoring;
pub mod sealed;
pub mod settings;
pub mod survey;
pub mod team_rates;
pub mod text;
pub mod transfer;
pub mod typed_number;
mod unique_map;
pub mod unlock_attempts;

pub use answers::{AnswerError, Answers};
pub use benchmark::{Measure, SizeCategory, Snapshot, Standing};
pub use fetch::FetchError;
pub use records::{Draft, Inventory, RecordError, Response};
pub use scoring::{Scores, Share, Tally};
pub use settings::{IdleState, KioskSettings};
pub use survey::{
    DefinitionError, DefinitionErrors, DefinitionProblem, Factor, Item, ItemKind, Practice, Scale, Section,
    SurveyDefinition,
};
pub use text::{Language, Text};
