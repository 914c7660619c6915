//! Checking a raw definition and naming every problem with the file, the place and the rule.

use std::collections::{BTreeMap, HashMap};

use super::error::{DefinitionError, DefinitionErrors, DefinitionProblem as Problem, Location, Wording};

use super::model::{
    Item, ItemKind, Scale, ScaleOption, Section, SurveyDefinition, SurveyKey, MAX_OPTION_VALUE,
    MAX_TEXT_LENGTH,
};
use super::names::{Factor, Practice};
use super::raw::{RawDefinition, RawItem, RawOption, RawScale};

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

    fn report(&mut self, location: &Location, problem: Problem) {
        self.errors.push(DefinitionError {
            file: self.file.clone(),
            location: location.clone(),
            problem,
        });
    }

    /// Every field the definition has that no definition has, at its place.
    fn refuse_unknown(&mut self, location: &Location, extra: &BTreeMap<String, serde_json::Value>) {
        for field in extra.keys() {
            self.report(location, Problem::UnknownField { field: field.clone() });
        }
    }

    pub(super) fn validate(mut self, raw: RawDefinition) -> Result<SurveyDefinition, DefinitionErrors> {
        let content_hash =
            crate::hex::fnv1a(&serde_json::to_string(&raw).expect("raw definition serializes"));
        let survey = Location::Survey;
        self.refuse_unknown(&survey, &raw.unknown);
        if !is_valid_id(&raw.id) {
            self.report(&survey, Problem::BadId { id: raw.id.clone() });
        }
        if raw.version.trim().is_empty() {
            self.report(&survey, Problem::EmptyVersion);
        }
        if raw.title.has_blank() {
            self.report(
                &survey,
                Problem::NotBilingual {
                    wording: Wording::Title,
                },
            );
        }
        let scales: HashMap<&str, Option<Scale>> = raw
            .scales
            .iter()
            .map(|(id, scale)| (id.as_str(), self.scale(id, scale)))
            .collect();
        if raw.sections.is_empty() {
            self.report(&survey, Problem::NoSections);
        }

        let mut section_ids: HashMap<&str, ()> = HashMap::new();
        let mut item_sections: HashMap<&str, &str> = HashMap::new();
        let mut kgi_items: Vec<&str> = Vec::new();
        let mut sections = Vec::with_capacity(raw.sections.len());
        for raw_section in &raw.sections {
            let location = Location::Section(raw_section.id.clone());
            self.refuse_unknown(&location, &raw_section.unknown);
            if section_ids.insert(&raw_section.id, ()).is_some() {
                self.report(&location, Problem::DuplicateSection);
            }
            if raw_section.title.has_blank() {
                self.report(
                    &location,
                    Problem::NotBilingual {
                        wording: Wording::Title,
                    },
                );
            }
            if raw_section.items.is_empty() {
                self.report(&location, Problem::NoItems);
            }
            let mut items = Vec::with_capacity(raw_section.items.len());
            for raw_item in &raw_section.items {
                if let Some(first) = item_sections.insert(&raw_item.id, &raw_section.id) {
                    self.report(
                        &Location::Item(raw_item.id.clone()),
                        Problem::DuplicateItem {
                            first_section: first.to_owned(),
                        },
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
        if let [first, second, ..] = kgi_items[..] {
            self.report(
                &Location::Item(second.to_owned()),
                Problem::SecondKgi {
                    first: first.to_owned(),
                },
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
        let location = Location::Scale(id.to_owned());
        self.refuse_unknown(&location, &raw.unknown);
        let errors_before = self.errors.len();
        let scale = match raw.scale_type.as_str() {
            kind @ ("agreement" | "maturity" | "choice") => {
                let options = self.options(&location, raw.options.as_deref().unwrap_or_default());
                if kind != "choice" {
                    if !options.is_empty() && options.len() != 5 {
                        self.report(
                            &location,
                            Problem::NotFiveOptions {
                                scale_type: kind.to_owned(),
                                count: options.len(),
                            },
                        );
                    }
                    if options.windows(2).any(|pair| pair[0].value >= pair[1].value) {
                        self.report(
                            &location,
                            Problem::OptionsOutOfOrder {
                                scale_type: kind.to_owned(),
                            },
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
                        self.report(&location, Problem::EmptyScore { min, max });
                    }
                    if max > MAX_OPTION_VALUE {
                        self.report(&location, Problem::ScoreAboveMaximum { max });
                    }
                    if min_label.has_blank() || max_label.has_blank() {
                        self.report(
                            &location,
                            Problem::NotBilingual {
                                wording: Wording::EndLabels,
                            },
                        );
                    }
                    Scale::Score {
                        min,
                        max,
                        min_label: min_label.clone(),
                        max_label: max_label.clone(),
                    }
                }
                _ => {
                    self.report(&location, Problem::ScoreIncomplete);
                    return None;
                }
            },
            "text" => {
                let max_length = raw.max_length.unwrap_or(0);
                if max_length == 0 || max_length > MAX_TEXT_LENGTH {
                    self.report(&location, Problem::TextLengthOutOfRange { max_length });
                }
                Scale::Text { max_length }
            }
            other => {
                self.report(
                    &location,
                    Problem::UnknownScaleType {
                        scale_type: other.to_owned(),
                    },
                );
                return None;
            }
        };
        (self.errors.len() == errors_before).then_some(scale)
    }

    fn options(&mut self, location: &Location, raw: &[RawOption]) -> Vec<ScaleOption> {
        if raw.is_empty() {
            self.report(location, Problem::NoOptions);
        }
        let mut seen = Vec::new();
        for option in raw {
            self.refuse_unknown(location, &option.unknown);
            let value = option.value;
            if seen.contains(&value) {
                self.report(location, Problem::OptionTwice { value });
            }
            seen.push(value);
            if value > MAX_OPTION_VALUE {
                self.report(location, Problem::OptionAboveMaximum { value });
            }
            if option.label.has_blank() {
                self.report(
                    location,
                    Problem::NotBilingual {
                        wording: Wording::Option(value),
                    },
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
        let location = Location::Item(raw.id.clone());
        let errors_before = self.errors.len();
        self.refuse_unknown(&location, &raw.unknown);
        if !is_valid_id(&raw.id) {
            self.report(&location, Problem::BadId { id: raw.id.clone() });
        }
        if raw.text.has_blank() {
            self.report(
                &location,
                Problem::NotBilingual {
                    wording: Wording::Question,
                },
            );
        }
        const KINDS: [&str; 6] = ["kgi", "factor", "outcome", "attribute", "comment", "practice"];
        let kind = match (raw.kind.as_str(), raw.factor.as_deref(), raw.practice.as_deref()) {
            (other, ..) if !KINDS.contains(&other) => {
                self.report(
                    &location,
                    Problem::UnknownKind {
                        kind: other.to_owned(),
                    },
                );
                None
            }
            (kind, _, Some(_)) if kind != "practice" => {
                self.report(
                    &location,
                    Problem::PracticeOnOtherKind {
                        kind: kind.to_owned(),
                    },
                );
                None
            }
            (kind, Some(_), _) if kind != "factor" => {
                self.report(
                    &location,
                    Problem::FactorOnOtherKind {
                        kind: kind.to_owned(),
                    },
                );
                None
            }
            ("factor", Some(factor), _) => match Factor::from_id(factor) {
                Some(factor) => Some(ItemKind::Factor(factor)),
                None => {
                    self.report(
                        &location,
                        Problem::UnknownFactor {
                            factor: factor.to_owned(),
                        },
                    );
                    None
                }
            },
            ("factor", None, _) => {
                self.report(&location, Problem::FactorMissing);
                None
            }
            ("practice", _, Some(practice)) => match Practice::from_id(practice) {
                Some(practice) => Some(ItemKind::Practice(practice)),
                None => {
                    self.report(
                        &location,
                        Problem::UnknownPractice {
                            practice: practice.to_owned(),
                        },
                    );
                    None
                }
            },
            ("practice", _, None) => {
                self.report(&location, Problem::PracticeMissing);
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
                self.report(
                    &location,
                    Problem::UnknownScale {
                        scale: raw.scale.clone(),
                    },
                );
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
                    &location,
                    Problem::ScaleDoesNotSuit {
                        scale: raw.scale.clone(),
                        kind: raw.kind.clone(),
                    },
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
