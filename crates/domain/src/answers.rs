//! One respondent's answers, and their compact stored form.

use std::collections::BTreeMap;
use std::fmt;

use crate::survey::{Item, Scale, SurveyDefinition, MAX_OPTION_VALUE};

/// The answers given so far, one slot per choice item of the survey (in survey order) plus any
/// free text. Values are checked against the definition when they are set, so an `Answers` only
/// ever holds answers the survey accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    choices: Vec<Option<u8>>,
    texts: BTreeMap<String, String>,
}

/// Why an answer was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownItem(String),
    ValueNotOnScale { item: String, value: u8 },
    NotATextItem(String),
    NotAChoiceItem(String),
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownItem(item) => write!(f, "no item {item:?} in this survey"),
            AnswerError::ValueNotOnScale { item, value } => {
                write!(f, "{value} is not an answer to item {item:?}")
            }
            AnswerError::NotATextItem(item) => write!(f, "item {item:?} takes a choice, not text"),
            AnswerError::NotAChoiceItem(item) => write!(f, "item {item:?} takes text, not a choice"),
        }
    }
}

impl std::error::Error for AnswerError {}

/// A stored answer string that does not fit the definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not one code per choice question.
    WrongLength { stored: usize, expected: usize },
    /// A character that is no answer code.
    NotACode { code: char, item: String },
    /// A code or a text the definition does not accept.
    Answer(AnswerError),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::WrongLength { stored, expected } => {
                write!(f, "{stored} answers stored for {expected} questions")
            }
            DecodeError::NotACode { code, item } => write!(f, "{code:?} is not an answer code (item {item})"),
            DecodeError::Answer(error) => write!(f, "{error}"),
        }
    }
}

/// Marks an unanswered item in the compact form.
const SKIPPED: char = '.';

impl Answers {
    /// No answer yet to any item of `survey`.
    pub fn new(survey: &SurveyDefinition) -> Answers {
        Answers {
            choices: vec![None; survey.choice_item_count()],
            texts: BTreeMap::new(),
        }
    }

    pub fn choice(&self, survey: &SurveyDefinition, item_id: &str) -> Option<u8> {
        self.choices[survey.choice_position(item_id)?]
    }

    pub fn text(&self, item_id: &str) -> Option<&str> {
        self.texts.get(item_id).map(String::as_str)
    }

    /// Every choice item's answer, in survey order.
    pub fn choices(&self) -> &[Option<u8>] {
        &self.choices
    }

    pub fn is_answered(&self, survey: &SurveyDefinition, item: &Item) -> bool {
        match survey.choice_position(&item.id) {
            Some(position) => self.choices[position].is_some(),
            None => self.texts.contains_key(&item.id),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0 && self.texts.is_empty()
    }

    /// Records (or changes) the answer to a choice item.
    pub fn choose(&mut self, survey: &SurveyDefinition, item_id: &str, value: u8) -> Result<(), AnswerError> {
        let item = survey
            .item(item_id)
            .ok_or_else(|| AnswerError::UnknownItem(item_id.to_owned()))?;
        let position = survey
            .choice_position(item_id)
            .ok_or_else(|| AnswerError::NotAChoiceItem(item_id.to_owned()))?;
        if !item.scale.accepts(value) {
            return Err(AnswerError::ValueNotOnScale {
                item: item_id.to_owned(),
                value,
            });
        }
        self.choices[position] = Some(value);
        Ok(())
    }

    /// Records free text, cut to the scale's maximum length; blank text removes the answer.
    pub fn write(&mut self, survey: &SurveyDefinition, item_id: &str, text: &str) -> Result<(), AnswerError> {
        let item = survey
            .item(item_id)
            .ok_or_else(|| AnswerError::UnknownItem(item_id.to_owned()))?;
        let Scale::Text { max_length } = item.scale else {
            return Err(AnswerError::NotATextItem(item_id.to_owned()));
        };
        if text.trim().is_empty() {
            self.texts.remove(item_id);
        } else {
            let kept: String = text.chars().take(max_length as usize).collect();
            self.texts.insert(item_id.to_owned(), kept);
        }
        Ok(())
    }

    /// The items still without an answer, in survey order. Free-text items are optional and never
    /// listed.
    pub fn unanswered<'a>(&self, survey: &'a SurveyDefinition) -> Vec<&'a Item> {
        survey
            .choice_items()
            .zip(&self.choices)
            .filter(|(_, choice)| choice.is_none())
            .map(|(item, _)| item)
            .collect()
    }

    /// How many choice items are answered.
    pub fn answered_count(&self) -> usize {
        self.choices.iter().filter(|choice| choice.is_some()).count()
    }

    /// The compact form: one base-36 digit per choice item in survey order, `.` where skipped.
    pub fn encode_choices(&self) -> String {
        self.choices
            .iter()
            .map(|choice| match choice {
                Some(value) => char::from_digit(u32::from(*value), 36).expect("values are at most 35"),
                None => SKIPPED,
            })
            .collect()
    }

    pub fn texts(&self) -> &BTreeMap<String, String> {
        &self.texts
    }

    /// Rebuilds answers from their compact form, checking every value against the definition.
    pub fn decode(
        survey: &SurveyDefinition,
        choices: &str,
        texts: &BTreeMap<String, String>,
    ) -> Result<Answers, DecodeError> {
        let expected = survey.choice_item_count();
        if choices.len() != expected || !choices.is_ascii() {
            return Err(DecodeError::WrongLength {
                stored: choices.chars().count(),
                expected,
            });
        }
        let mut answers = Answers::new(survey);
        for ((item, digit), slot) in survey
            .choice_items()
            .zip(choices.chars())
            .zip(&mut answers.choices)
        {
            if digit == SKIPPED {
                continue;
            }
            let value = digit
                .to_digit(36)
                .filter(|value| *value <= u32::from(MAX_OPTION_VALUE))
                .ok_or_else(|| DecodeError::NotACode {
                    code: digit,
                    item: item.id.clone(),
                })? as u8;
            if !item.scale.accepts(value) {
                let error = AnswerError::ValueNotOnScale {
                    item: item.id.clone(),
                    value,
                };
                return Err(DecodeError::Answer(error));
            }
            *slot = Some(value);
        }
        for (item_id, text) in texts {
            answers
                .write(survey, item_id, text)
                .map_err(DecodeError::Answer)?;
        }
        Ok(answers)
    }
}
