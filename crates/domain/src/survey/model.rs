//! The validated model the app runs: items, scales, sections and the definition's key.

use std::collections::HashMap;
use std::fmt;

use super::error::{DefinitionError, DefinitionErrors, DefinitionProblem, Location};
use super::names::{Factor, Practice};
use super::raw::RawDefinition;
use super::validate::Validator;
use crate::text::Text;

/// The highest option value an answer can carry: answers are stored as one base-36 digit.
pub const MAX_OPTION_VALUE: u8 = 35;
/// The longest free text a definition may allow, in characters.
pub const MAX_TEXT_LENGTH: u32 = 2000;

/// What an item measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// The headline question (幸福度, KGI), on a 0-10 score.
    Kgi,
    /// One of the seven factors, on an agreement scale.
    Factor(Factor),
    /// An outcome such as intention to stay.
    Outcome,
    /// Who the respondent is, for group splits.
    Attribute,
    /// Optional free text.
    Comment,
    /// One of the seven management practices, on a maturity scale (representative survey).
    Practice(Practice),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleOption {
    pub value: u8,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scale {
    /// A five-point agreement scale, lowest value first.
    Agreement { options: Vec<ScaleOption> },
    /// Whole numbers from `min` to `max`, labelled at both ends.
    Score {
        min: u8,
        max: u8,
        min_label: Text,
        max_label: Text,
    },
    /// Unordered categories.
    Choice { options: Vec<ScaleOption> },
    /// Free text up to `max_length` characters.
    Text { max_length: u32 },
    /// How far a practice has come, five levels, lowest first (representative survey).
    Maturity { options: Vec<ScaleOption> },
}

impl Scale {
    /// Whether `value` is one of the scale's answers. A text scale has none.
    pub fn accepts(&self, value: u8) -> bool {
        match self {
            Scale::Agreement { options } | Scale::Choice { options } | Scale::Maturity { options } => {
                options.iter().any(|option| option.value == value)
            }
            Scale::Score { min, max, .. } => (*min..=*max).contains(&value),
            Scale::Text { .. } => false,
        }
    }

    pub fn is_text(&self) -> bool {
        matches!(self, Scale::Text { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub text: Text,
    pub scale: Scale,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub items: Vec<Item>,
}

/// Which definition a stored answer belongs to: id, version and a hash of the content, so that an
/// edited definition is never mistaken for the one the answers were given to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SurveyKey {
    pub id: String,
    pub version: String,
    pub content_hash: String,
}

impl fmt::Display for SurveyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}#{}", self.id, self.version, self.content_hash)
    }
}

/// A validated survey definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyDefinition {
    pub key: SurveyKey,
    pub title: Text,
    pub sections: Vec<Section>,
    /// Each choice item's position among the choice items: where its answer is kept.
    pub(super) choice_positions: HashMap<String, usize>,
}

impl SurveyDefinition {
    /// Parses and validates a definition. `file` names the source in every error.
    pub fn parse(file: &str, json: &str) -> Result<SurveyDefinition, DefinitionErrors> {
        let raw: RawDefinition = serde_json::from_str(json).map_err(|error| {
            let (line, column) = (error.line(), error.column());
            let problem = match error.classify() {
                serde_json::error::Category::Data => DefinitionProblem::BadValue { line, column },
                _ => DefinitionProblem::NotJson { line, column },
            };
            DefinitionErrors(vec![DefinitionError {
                file: file.to_owned(),
                location: Location::File,
                problem,
            }])
        })?;
        Validator::new(file).validate(raw)
    }

    /// Every item, in the order the respondent sees them.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|section| section.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|item| item.id == id)
    }

    /// The items answered by choosing a value (everything but free text), in order.
    pub fn choice_items(&self) -> impl Iterator<Item = &Item> {
        self.items().filter(|item| !item.scale.is_text())
    }

    pub fn item_count(&self) -> usize {
        self.items().count()
    }

    /// The position of a choice item among [`SurveyDefinition::choice_items`].
    pub fn choice_position(&self, item_id: &str) -> Option<usize> {
        self.choice_positions.get(item_id).copied()
    }

    pub fn choice_item_count(&self) -> usize {
        self.choice_positions.len()
    }
}
