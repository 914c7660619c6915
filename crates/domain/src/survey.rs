//! Survey definitions: the JSON a centre edits, and the validated model the app runs.
//!
//! A definition is parsed into private raw structs first, so that every problem can be reported
//! with the file, the place (item, scale or section) and what is wrong, instead of serde's first
//! error only.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The highest option value an answer can carry: answers are stored as one base-36 digit.
pub const MAX_OPTION_VALUE: u8 = 35;
/// The longest free text a definition may allow, in characters.
pub const MAX_TEXT_LENGTH: u32 = 2000;

/// The seven factors (7つの要素) that the employee survey measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    LearningGrowth,
    MutualRecognition,
    TeamStrength,
    UsingAbilities,
    TrustCompany,
    HealthyWorkplace,
    WorkLifeCycle,
}

impl Factor {
    pub const ALL: [Factor; 7] = [
        Factor::LearningGrowth,
        Factor::MutualRecognition,
        Factor::TeamStrength,
        Factor::UsingAbilities,
        Factor::TrustCompany,
        Factor::HealthyWorkplace,
        Factor::WorkLifeCycle,
    ];

    /// The id used in definitions and exports.
    pub fn id(self) -> &'static str {
        match self {
            Factor::LearningGrowth => "learning_growth",
            Factor::MutualRecognition => "mutual_recognition",
            Factor::TeamStrength => "team_strength",
            Factor::UsingAbilities => "using_abilities",
            Factor::TrustCompany => "trust_company",
            Factor::HealthyWorkplace => "healthy_workplace",
            Factor::WorkLifeCycle => "work_life_cycle",
        }
    }

    pub fn from_id(id: &str) -> Option<Factor> {
        Factor::ALL.into_iter().find(|factor| factor.id() == id)
    }
}

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
}

impl Scale {
    /// Whether `value` is one of the scale's answers. A text scale has none.
    pub fn accepts(&self, value: u8) -> bool {
        match self {
            Scale::Agreement { options } | Scale::Choice { options } => {
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
    choice_positions: HashMap<String, usize>,
}

impl SurveyDefinition {
    /// Parses and validates a definition. `file` names the source in every error.
    pub fn parse(file: &str, json: &str) -> Result<SurveyDefinition, DefinitionErrors> {
        let raw: RawDefinition = serde_json::from_str(json).map_err(|error| {
            DefinitionErrors(vec![DefinitionError {
                file: file.to_owned(),
                location: "JSON".to_owned(),
                problem: format!("not valid survey JSON: {error}"),
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

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefinition {
    id: String,
    version: String,
    title: Text,
    scales: BTreeMap<String, RawScale>,
    sections: Vec<RawSection>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    #[serde(rename = "type")]
    scale_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    options: Option<Vec<RawOption>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_length: Option<u32>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    value: u8,
    label: Text,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    title: Text,
    items: Vec<RawItem>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    factor: Option<String>,
    scale: String,
    text: Text,
}

struct Validator {
    file: String,
    errors: Vec<DefinitionError>,
}

impl Validator {
    fn new(file: &str) -> Self {
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

    fn validate(mut self, raw: RawDefinition) -> Result<SurveyDefinition, DefinitionErrors> {
        let content_hash = fnv1a_hex(&serde_json::to_string(&raw).expect("raw definition serializes"));
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
            "agreement" | "choice" => {
                let options = self.options(&location, raw.options.as_deref().unwrap_or_default());
                if raw.scale_type == "agreement" {
                    if !options.is_empty() && options.len() != 5 {
                        self.report(
                            location.clone(),
                            format!("an agreement scale has 5 options, not {}", options.len()),
                        );
                    }
                    if options.windows(2).any(|pair| pair[0].value >= pair[1].value) {
                        self.report(
                            location.clone(),
                            "agreement options must be listed from lowest to highest value",
                        );
                    }
                    Scale::Agreement { options }
                } else {
                    Scale::Choice { options }
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
                    format!("unknown scale type {other:?} (expected agreement, score, choice or text)"),
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
        let kind = match (raw.kind.as_str(), raw.factor.as_deref()) {
            ("factor", Some(factor)) => match Factor::from_id(factor) {
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
            ("factor", None) => {
                self.report(location.clone(), "a factor item needs a factor");
                None
            }
            (kind, Some(_)) if ["kgi", "outcome", "attribute", "comment"].contains(&kind) => {
                self.report(location.clone(), format!("a {kind} item has no factor"));
                None
            }
            ("kgi", None) => Some(ItemKind::Kgi),
            ("outcome", None) => Some(ItemKind::Outcome),
            ("attribute", None) => Some(ItemKind::Attribute),
            ("comment", None) => Some(ItemKind::Comment),
            (other, _) => {
                self.report(
                    location.clone(),
                    format!("unknown kind {other:?} (expected kgi, factor, outcome, attribute or comment)"),
                );
                None
            }
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

/// FNV-1a, 64 bits, as 16 hex digits: a stable fingerprint, not a security measure.
fn fnv1a_hex(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
