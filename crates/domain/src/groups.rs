//! The centre's tallies split by group: the whole centre and each group of up to seven
//! attributes. What of them may be shown is decided by [`crate::release`], nowhere else.

use std::collections::BTreeSet;

use crate::answers::Answers;
use crate::scoring::Tally;
use crate::survey::{ItemKind, Scale, SurveyDefinition};
use crate::text::Text;

/// At most this many attributes split the result list.
pub const MAX_SPLITS: usize = 7;

/// The tallies of the whole centre and of each group of each chosen attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTallies {
    pub whole: Tally,
    pub splits: Vec<SplitTallies>,
    /// Groups (attribute, value) that some imported file could not give: never shown.
    pub incomplete: BTreeSet<(String, u8)>,
    /// Cells (attribute, value, choice item position) that some imported file left out.
    pub incomplete_items: BTreeSet<(String, u8, usize)>,
    /// Whole-centre items (choice item positions) that some imported file left out.
    pub incomplete_whole_items: BTreeSet<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitTallies {
    /// The attribute item's id.
    pub attribute: String,
    /// One per option of the attribute, in option order: the value, its label, its tally.
    pub groups: Vec<(u8, Text, Tally)>,
}

impl GroupTallies {
    /// Tallies `answers` for the whole centre and for each of `attributes` (attribute item ids).
    pub fn of<'a>(
        survey: &SurveyDefinition,
        attributes: &[String],
        answers: impl IntoIterator<Item = &'a Answers>,
    ) -> Result<GroupTallies, SplitError> {
        if attributes.len() > MAX_SPLITS {
            return Err(SplitError::TooMany(attributes.len()));
        }
        let mut splits = Vec::with_capacity(attributes.len());
        let mut positions = Vec::with_capacity(attributes.len());
        for attribute in attributes {
            let item = survey
                .item(attribute)
                .filter(|item| item.kind == ItemKind::Attribute)
                .ok_or_else(|| SplitError::NotAnAttribute(attribute.clone()))?;
            let Scale::Choice { options } = &item.scale else {
                return Err(SplitError::NotAnAttribute(attribute.clone()));
            };
            positions.push(
                survey
                    .choice_position(attribute)
                    .expect("an attribute is a choice item"),
            );
            splits.push(SplitTallies {
                attribute: attribute.clone(),
                groups: options
                    .iter()
                    .map(|option| (option.value, option.label.clone(), Tally::new(survey)))
                    .collect(),
            });
        }
        let mut whole = Tally::new(survey);
        for answers in answers {
            whole.add(answers);
            for (split, position) in splits.iter_mut().zip(&positions) {
                let value = answers.choices()[*position];
                if let Some((_, _, tally)) = split.groups.iter_mut().find(|(v, _, _)| Some(*v) == value) {
                    tally.add(answers);
                }
            }
        }
        Ok(GroupTallies {
            whole,
            splits,
            incomplete: BTreeSet::new(),
            incomplete_items: BTreeSet::new(),
            incomplete_whole_items: BTreeSet::new(),
        })
    }

    /// The whole centre alone, split by nothing.
    pub fn whole_only(whole: Tally) -> GroupTallies {
        GroupTallies {
            whole,
            splits: Vec::new(),
            incomplete: BTreeSet::new(),
            incomplete_items: BTreeSet::new(),
            incomplete_whole_items: BTreeSet::new(),
        }
    }

    pub fn is_incomplete(&self, attribute: &str, value: u8) -> bool {
        self.incomplete.contains(&(attribute.to_owned(), value))
    }

    pub fn is_incomplete_item(&self, attribute: &str, value: u8, item: usize) -> bool {
        self.incomplete_items
            .contains(&(attribute.to_owned(), value, item))
    }

    /// The same groups, with nothing in them: for tallying another set of responses alike.
    pub fn emptied(&self, survey: &SurveyDefinition) -> GroupTallies {
        let attributes: Vec<String> = self.splits.iter().map(|split| split.attribute.clone()).collect();
        GroupTallies::of(survey, &attributes, std::iter::empty::<&Answers>())
            .expect("the attributes were accepted once")
    }
}

/// Why a split was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    TooMany(usize),
    NotAnAttribute(String),
}

impl std::fmt::Display for SplitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SplitError::TooMany(count) => write!(f, "at most {MAX_SPLITS} splits, not {count}"),
            SplitError::NotAnAttribute(id) => write!(f, "{id:?} is not an attribute of this survey"),
        }
    }
}
