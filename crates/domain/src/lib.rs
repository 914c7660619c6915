//! Yorisoi's domain: the survey model, answers, validation and the records a kiosk stores.
//! Pure Rust with serde only, so all of it is tested natively with `cargo test`.

pub mod answers;
pub mod pin;
pub mod records;
pub mod settings;
pub mod survey;
pub mod text;

pub use answers::{AnswerError, Answers};
pub use records::{Draft, Inventory, RecordError, Response};
pub use settings::{IdleState, KioskSettings};
pub use survey::{
    DefinitionError, DefinitionErrors, Factor, Item, ItemKind, Scale, Section, SurveyDefinition,
};
pub use text::{Language, Text};
