//! Survey definitions: the JSON a centre edits, and the validated model the app runs.
//!
//! A definition is parsed into private raw structs first ([`raw`]), so that every problem can be
//! reported with the file, the place (item, scale or section) and the rule it breaks
//! ([`error`], typed; checked in [`validate`]), instead of serde's first error only.

mod error;
mod model;
mod names;
mod raw;
mod validate;

pub use error::{DefinitionError, DefinitionErrors, DefinitionProblem, Location, Wording};
pub use model::{
    Item, ItemKind, Scale, ScaleOption, Section, SurveyDefinition, SurveyKey, MAX_OPTION_VALUE,
    MAX_TEXT_LENGTH,
};
pub use names::{Factor, Practice};
