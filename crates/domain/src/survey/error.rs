//! What can be wrong with a survey definition: the place in the file and the rule it breaks,
//! typed, so that the app words it in the screen's language. The English `Display` is the
//! organiser's CLI's; the app never shows it.

use std::fmt;

use super::model::{MAX_OPTION_VALUE, MAX_TEXT_LENGTH};
use super::names::{Factor, Practice};
use crate::fetch::FetchError;

/// One problem in a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionError {
    /// The file the definition came from.
    pub file: String,
    pub location: Location,
    pub problem: DefinitionProblem,
}

/// Where in the definition a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole: it did not arrive, or is not a definition's JSON.
    File,
    /// The survey's own fields (id, version, title, sections).
    Survey,
    Section(String),
    Scale(String),
    Item(String),
}

/// The part of a definition that must be written in both Japanese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// The survey's or a section's title.
    Title,
    /// An item's question.
    Question,
    /// A score scale's labels at both ends.
    EndLabels,
    /// The label of the option with this value.
    Option(u8),
}

/// The rule a definition breaks: one variant per check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefinitionProblem {
    /// The file did not arrive.
    NotFetched(FetchError),
    /// The text is not JSON; the first fault is at this line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but a value is missing, of the wrong type or out of range (an option without a
    /// value, text where a number goes, a value over 255...) at this line and column.
    BadValue {
        line: usize,
        column: usize,
    },
    /// A field no definition has, such as a misspelt `factr`: refused rather than ignored.
    UnknownField {
        field: String,
    },
    /// An id (the survey's or an item's) that is not lowercase letters, digits and `_`.
    BadId {
        id: String,
    },
    EmptyVersion,
    /// Text missing in Japanese or in English.
    NotBilingual {
        wording: Wording,
    },
    NoSections,
    DuplicateSection,
    NoItems,
    /// The item's id is used already, first in section `first_section`.
    DuplicateItem {
        first_section: String,
    },
    /// A second KGI item; `first` is the one before it.
    SecondKgi {
        first: String,
    },
    UnknownScaleType {
        scale_type: String,
    },
    NoOptions,
    OptionTwice {
        value: u8,
    },
    OptionAboveMaximum {
        value: u8,
    },
    /// An agreement or maturity scale has five options.
    NotFiveOptions {
        scale_type: String,
        count: usize,
    },
    /// An agreement or maturity scale lists its options from the lowest value up.
    OptionsOutOfOrder {
        scale_type: String,
    },
    /// A score scale without one of min, max, min_label or max_label.
    ScoreIncomplete,
    /// A score scale whose min is not below its max: no answer is possible.
    EmptyScore {
        min: u8,
        max: u8,
    },
    ScoreAboveMaximum {
        max: u8,
    },
    /// A text scale's max_length is not from 1 to [`MAX_TEXT_LENGTH`].
    TextLengthOutOfRange {
        max_length: u32,
    },
    UnknownKind {
        kind: String,
    },
    /// Only a factor item names a factor.
    FactorOnOtherKind {
        kind: String,
    },
    /// Only a practice item names a practice.
    PracticeOnOtherKind {
        kind: String,
    },
    FactorMissing,
    UnknownFactor {
        factor: String,
    },
    PracticeMissing,
    UnknownPractice {
        practice: String,
    },
    UnknownScale {
        scale: String,
    },
    /// The item's kind is not answered on this scale (a KGI on an agreement scale...).
    ScaleDoesNotSuit {
        scale: String,
        kind: String,
    },
}

/// Every problem found in a definition (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionErrors(pub Vec<DefinitionError>);

impl std::error::Error for DefinitionErrors {}

impl fmt::Display for DefinitionErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.location, self.problem)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File => f.write_str("file"),
            Location::Survey => f.write_str("survey"),
            Location::Section(id) => write!(f, "section \"{id}\""),
            Location::Scale(id) => write!(f, "scale \"{id}\""),
            Location::Item(id) => write!(f, "item \"{id}\""),
        }
    }
}

impl fmt::Display for DefinitionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DefinitionProblem::*;
        match self {
            NotFetched(FetchError::Unreachable) => f.write_str("could not be fetched"),
            NotFetched(FetchError::Http(status)) => write!(f, "could not be loaded: HTTP {status}"),
            NotFetched(FetchError::Unreadable) => f.write_str("could not be read"),
            NotJson { line, column } => write!(f, "not JSON (line {line}, column {column})"),
            BadValue { line, column } => write!(
                f,
                "a value is missing, of the wrong type or out of range (line {line}, column {column})"
            ),
            UnknownField { field } => write!(f, "unknown field \"{field}\""),
            BadId { id } => write!(f, "id \"{id}\" must be lowercase letters, digits and _"),
            EmptyVersion => f.write_str("version is empty"),
            NotBilingual { wording } => {
                let part = match wording {
                    Wording::Title => "the title".to_owned(),
                    Wording::Question => "the question".to_owned(),
                    Wording::EndLabels => "the end labels".to_owned(),
                    Wording::Option(value) => format!("option {value}"),
                };
                write!(f, "{part} needs both Japanese and English text")
            }
            NoSections => f.write_str("has no sections"),
            DuplicateSection => f.write_str("duplicate section id"),
            NoItems => f.write_str("has no items"),
            DuplicateItem { first_section } => {
                write!(f, "duplicate item id (first used in section \"{first_section}\")")
            }
            SecondKgi { first } => write!(f, "a survey has at most one kgi item (also \"{first}\")"),
            UnknownScaleType { scale_type } => write!(
                f,
                "unknown scale type \"{scale_type}\" (expected agreement, score, choice, maturity or text)"
            ),
            NoOptions => f.write_str("has no options"),
            OptionTwice { value } => write!(f, "option value {value} is used twice"),
            OptionAboveMaximum { value } => write!(f, "option value {value} is above {MAX_OPTION_VALUE}"),
            NotFiveOptions { scale_type, count } => {
                write!(f, "an {scale_type} scale has 5 options, not {count}")
            }
            OptionsOutOfOrder { scale_type } => {
                write!(
                    f,
                    "{scale_type} options must be listed from lowest to highest value"
                )
            }
            ScoreIncomplete => f.write_str("a score scale needs min, max, min_label and max_label"),
            EmptyScore { min, max } => write!(f, "has no options: min {min} is not below max {max}"),
            ScoreAboveMaximum { max } => write!(f, "max {max} is above {MAX_OPTION_VALUE}"),
            TextLengthOutOfRange { max_length } => write!(
                f,
                "max_length {max_length}: a text scale needs max_length from 1 to {MAX_TEXT_LENGTH}"
            ),
            UnknownKind { kind } => write!(
                f,
                "unknown kind \"{kind}\" (expected kgi, factor, outcome, attribute, comment or practice)"
            ),
            FactorOnOtherKind { kind } => write!(f, "a {kind} item has no factor"),
            PracticeOnOtherKind { kind } => write!(f, "a {kind} item has no practice"),
            FactorMissing => f.write_str("a factor item needs a factor"),
            UnknownFactor { factor } => {
                write!(
                    f,
                    "unknown factor \"{factor}\" (known: {})",
                    Factor::ALL.map(Factor::id).join(", ")
                )
            }
            PracticeMissing => f.write_str("a practice item needs a practice"),
            UnknownPractice { practice } => {
                write!(
                    f,
                    "unknown practice \"{practice}\" (known: {})",
                    Practice::ALL.map(Practice::id).join(", ")
                )
            }
            UnknownScale { scale } => write!(f, "unknown scale \"{scale}\""),
            ScaleDoesNotSuit { scale, kind } => write!(f, "scale \"{scale}\" does not suit a {kind} item"),
        }
    }
}
