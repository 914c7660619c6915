//! Checking a raw definition and naming every problem with the file, the place and what is wrong.

use std::collections::HashMap;
use std::fmt;

use super::model::{
    Item, ItemKind, Scale, ScaleOption, Section, SurveyDefinition, SurveyKey, MAX_OPTION_VALUE,
    MAX_TEXT_LENGTH,
};
use super::names::{Factor, Practice};
use super::raw::{RawDefinition, RawItem, RawOption, RawScale};

/// One problem in a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionError {
    /// The file the definition came from.
    pub file: String,
    /// Where in it: `item "lg1"`, `scale "agree5"`, `section "about_you"`, `JSON`...
    pub location: String,
    pub problem: String,
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.location, self.problem)
    }
}

/// Every problem found in a definition (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionErrors(pub Vec<DefinitionError>);

impl fmt::Display for DefinitionErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for DefinitionErrors {}

pub(super) struct Validator {
    file: String,
    errors: Vec<DefinitionError>,
}

impl Validator {
    pub(super) fn new(file: &str) -> Self {
        Validator {
            file: file.to_owned(),
            errors: Vec::new(),
        }
    }

    fn report(&mut self, location: String, problem: impl Into<String>) {
        self.errors.push(DefinitionError {
            file: self.file.clone(),
            location,
            problem: problem.into(),
        });
    }

    pub(super) fn validate(mut self, raw: RawDefinition) -> Result<SurveyDefinition, DefinitionErrors> {
        let content_hash =
            crate::hex::fnv1a(&serde_json::to_string(&raw).expect("raw definition serializes"));
        if !is_valid_id(&raw.id) {
            self.report(
                "survey".into(),
                format!("id {:?} must be lowercase letters, digits and _", raw.id),
            );
        }
        if raw.version.trim().is_empty() {
            self.report("survey".into(), "version is empty");
        }
        if raw.title.has_blank() {
            self.report("survey".into(), "title needs both Japanese and English text");
        }
        let scales: HashMap<&str, Option<Scale>> = raw
            .scales
            .iter()
            .map(|(id, scale)| (id.as_str(), self.scale(id, scale)))
            .collect();
        if raw.sections.is_empty() {
            self.report("survey".into(), "has no sections");
        }

        let mut section_ids: HashMap<&str, ()> = HashMap::new();
        let mut item_sections: HashMap<&str, &str> = HashMap::new();
        let mut kgi_items: Vec<&str> = Vec::new();
        let mut sections = Vec::with_capacity(raw.sections.len());
        for raw_section in &raw.sections {
            let location = format!("section {:?}", raw_section.id);
            if section_ids.insert(&raw_section.id, ()).is_some() {
                self.report(location.clone(), "duplicate section id");
            }
            if raw_section.title.has_blank() {
                self.report(location.clone(), "title needs both Japanese and English text");
            }
            if raw_section.items.is_empty() {
                self.report(location, "has no items");
            }
            let mut items = Vec::with_capacity(raw_section.items.len());
            for raw_item in &raw_section.items {
                let location = format!("item {:?}", raw_item.id);
                if let Some(first) = item_sections.insert(&raw_item.id, &raw_section.id) {
                    self.report(
                        location.clone(),
                        format!("duplicate item id (first used in section {first:?})"),
                    );
                }
                if raw_item.kind == "kgi" {
                    kgi_items.push(&raw_item.id);
                }
                if let Some(item) = self.item(raw_item, &scales) {
                    items.push(item);
                }
            }
            sections.push(Section {
                id: raw_section.id.clone(),
                title: raw_section.title.clone(),
                items,
            });
        }
        if kgi_items.len() > 1 {
            self.report(
                format!("item {:?}", kgi_items[1]),
                format!("a survey has at most one kgi item (also {:?})", kgi_items[0]),
            );
        }

        if self.errors.is_empty() {
            let choice_positions = sections
                .iter()
                .flat_map(|section| &section.items)
                .filter(|item| !item.scale.is_text())
                .enumerate()
                .map(|(position, item)| (item.id.clone(), position))
                .collect();
            Ok(SurveyDefinition {
                key: SurveyKey {
                    id: raw.id,
                    version: raw.version,
                    content_hash,
                },
                title: raw.title,
                sections,
                choice_positions,
            })
        } else {
            Err(DefinitionErrors(self.errors))
        }
    }

    fn scale(&mut self, id: &str, raw: &RawScale) -> Option<Scale> {
        let location = format!("scale {id:?}");
        let errors_before = self.errors.len();
        let scale = match raw.scale_type.as_str() {
            "agreement" | "maturity" | "choice" => {
                let options = self.options(&location, raw.options.as_deref().unwrap_or_default());
                let kind = raw.scale_type.as_str();
                if kind != "choice" {
                    if !options.is_empty() && options.len() != 5 {
                        self.report(
                            location.clone(),
                            format!("an {kind} scale has 5 options, not {}", options.len()),
                        );
                    }
                    if options.windows(2).any(|pair| pair[0].value >= pair[1].value) {
                        self.report(
                            location.clone(),
                            format!("{kind} options must be listed from lowest to highest value"),
                        );
                    }
                }
                match kind {
                    "agreement" => Scale::Agreement { options },
                    "maturity" => Scale::Maturity { options },
                    _ => Scale::Choice { options },
                }
            }
            "score" => match (raw.min, raw.max, &raw.min_label, &raw.max_label) {
                (Some(min), Some(max), Some(min_label), Some(max_label)) => {
                    if min >= max {
                        self.report(
                            location.clone(),
                            format!("has no options: min {min} is not below max {max}"),
                        );
                    }
                    if max > MAX_OPTION_VALUE {
                        self.report(location.clone(), format!("max {max} is above {MAX_OPTION_VALUE}"));
                    }
                    if min_label.has_blank() || max_label.has_blank() {
                        self.report(location.clone(), "end labels need both Japanese and English text");
                    }
                    Scale::Score {
                        min,
                        max,
                        min_label: min_label.clone(),
                        max_label: max_label.clone(),
                    }
                }
                _ => {
                    self.report(location, "a score scale needs min, max, min_label and max_label");
                    return None;
                }
            },
            "text" => {
                let max_length = raw.max_length.unwrap_or(0);
                if max_length == 0 || max_length > MAX_TEXT_LENGTH {
                    self.report(
                        location.clone(),
                        format!("a text scale needs max_length from 1 to {MAX_TEXT_LENGTH}"),
                    );
                }
                Scale::Text { max_length }
            }
            other => {
                self.report(
                    location,
                    format!(
                        "unknown scale type {other:?} (expected agreement, score, choice, maturity or text)"
                    ),
                );
                return None;
            }
        };
        (self.errors.len() == errors_before).then_some(scale)
    }

    fn options(&mut self, location: &str, raw: &[RawOption]) -> Vec<ScaleOption> {
        if raw.is_empty() {
            self.report(location.to_owned(), "has no options");
        }
        let mut seen = Vec::new();
        for option in raw {
            if seen.contains(&option.value) {
                self.report(
                    location.to_owned(),
                    format!("option value {} is used twice", option.value),
                );
            }
            seen.push(option.value);
            if option.value > MAX_OPTION_VALUE {
                self.report(
                    location.to_owned(),
                    format!("option value {} is above {MAX_OPTION_VALUE}", option.value),
                );
            }
            if option.label.has_blank() {
                self.report(
                    location.to_owned(),
                    format!("option {} needs both Japanese and English text", option.value),
                );
            }
        }
        raw.iter()
            .map(|option| ScaleOption {
                value: option.value,
                label: option.label.clone(),
            })
            .collect()
    }

    fn item(&mut self, raw: &RawItem, scales: &HashMap<&str, Option<Scale>>) -> Option<Item> {
        let location = format!("item {:?}", raw.id);
        let errors_before = self.errors.len();
        if !is_valid_id(&raw.id) {
            self.report(
                location.clone(),
                "an item id must be lowercase letters, digits and _",
            );
        }
        if raw.text.has_blank() {
            self.report(location.clone(), "text needs both Japanese and English");
        }
        const KINDS: [&str; 6] = ["kgi", "factor", "outcome", "attribute", "comment", "practice"];
        let kind = match (raw.kind.as_str(), raw.factor.as_deref(), raw.practice.as_deref()) {
            (other, ..) if !KINDS.contains(&other) => {
                self.report(
                    location.clone(),
                    format!("unknown kind {other:?} (expected kgi, factor, outcome, attribute, comment or practice)"),
                );
                None
            }
            (kind, _, Some(_)) if kind != "practice" => {
                self.report(location.clone(), format!("a {kind} item has no practice"));
                None
            }
            (kind, Some(_), _) if kind != "factor" => {
                self.report(location.clone(), format!("a {kind} item has no factor"));
                None
            }
            ("factor", Some(factor), _) => match Factor::from_id(factor) {
                Some(factor) => Some(ItemKind::Factor(factor)),
                None => {
                    let known: Vec<&str> = Factor::ALL.iter().map(|factor| factor.id()).collect();
                    self.report(
                        location.clone(),
                        format!("unknown factor {factor:?} (known: {})", known.join(", ")),
                    );
                    None
                }
            },
            ("factor", None, _) => {
                self.report(location.clone(), "a factor item needs a factor");
                None
            }
            ("practice", _, Some(practice)) => match Practice::from_id(practice) {
                Some(practice) => Some(ItemKind::Practice(practice)),
                None => {
                    let known: Vec<&str> = Practice::ALL.iter().map(|practice| practice.id()).collect();
                    self.report(
                        location.clone(),
                        format!("unknown practice {practice:?} (known: {})", known.join(", ")),
                    );
                    None
                }
            },
            ("practice", _, None) => {
                self.report(location.clone(), "a practice item needs a practice");
                None
            }
            ("kgi", ..) => Some(ItemKind::Kgi),
            ("outcome", ..) => Some(ItemKind::Outcome),
            ("attribute", ..) => Some(ItemKind::Attribute),
            ("comment", ..) => Some(ItemKind::Comment),
            _ => unreachable!("every known kind is matched above"),
        };
        let scale = match scales.get(raw.scale.as_str()) {
            None => {
                self.report(location.clone(), format!("unknown scale {:?}", raw.scale));
                None
            }
            // The scale's own problem is already reported.
            Some(None) => None,
            Some(Some(scale)) => Some(scale.clone()),
        };
        if let (Some(kind), Some(scale)) = (kind, &scale) {
            let fits = match kind {
                ItemKind::Kgi => matches!(scale, Scale::Score { .. }),
                ItemKind::Factor(_) => matches!(scale, Scale::Agreement { .. }),
                ItemKind::Outcome => matches!(scale, Scale::Agreement { .. } | Scale::Score { .. }),
                ItemKind::Attribute => matches!(scale, Scale::Choice { .. }),
                ItemKind::Comment => scale.is_text(),
                ItemKind::Practice(_) => matches!(scale, Scale::Maturity { .. }),
            };
            if !fits {
                self.report(
                    location,
                    format!("scale {:?} does not suit a {} item", raw.scale, raw.kind),
                );
            }
        }
        match (kind, scale) {
            (Some(kind), Some(scale)) if self.errors.len() == errors_before => Some(Item {
                id: raw.id.clone(),
                kind,
                text: raw.text.clone(),
                scale,
            }),
            _ => None,
        }
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_')
}
