//! What a benchmark compares: the size categories and the measures.

use serde::{Deserialize, Serialize};

use crate::scoring::{Scores, Share};
use crate::survey::{Factor, SurveyDefinition};
use crate::text::Language;

/// The two award categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeCategory {
    /// 大規模センター
    Large,
    /// 中・小規模センター
    MidSmall,
}

impl SizeCategory {
    pub const ALL: [SizeCategory; 2] = [SizeCategory::Large, SizeCategory::MidSmall];

    pub fn id(self) -> &'static str {
        match self {
            SizeCategory::Large => "large",
            SizeCategory::MidSmall => "mid_small",
        }
    }

    pub fn name(self, language: Language) -> &'static str {
        match (self, language) {
            (SizeCategory::Large, Language::Ja) => "大規模センター",
            (SizeCategory::Large, Language::En) => "Large centres",
            (SizeCategory::MidSmall, Language::Ja) => "中・小規模センター",
            (SizeCategory::MidSmall, Language::En) => "Mid-size and small centres",
        }
    }
}

/// What is measured, and its key in the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    Kgi,
    Factor(Factor),
    Item(String),
}

impl Measure {
    pub fn key(&self) -> String {
        match self {
            Measure::Kgi => "kgi".to_owned(),
            Measure::Factor(factor) => format!("factor:{}", factor.id()),
            Measure::Item(id) => format!("item:{id}"),
        }
    }

    /// The id a report's row carries in the page (`data-row`): `kgi`, the factor's or the
    /// item's id.
    pub fn row_id(&self) -> &str {
        match self {
            Measure::Kgi => "kgi",
            Measure::Factor(factor) => factor.id(),
            Measure::Item(id) => id,
        }
    }

    /// The KGI and the factors head a report; items sit under them.
    pub fn is_headline(&self) -> bool {
        !matches!(self, Measure::Item(_))
    }

    /// What a person reads: the KGI's and items' wording, the factor's name.
    pub fn label(&self, survey: &SurveyDefinition, language: Language) -> String {
        match self {
            Measure::Kgi => match language {
                Language::Ja => "幸福度（KGI）".to_owned(),
                Language::En => "Happiness at work (KGI)".to_owned(),
            },
            Measure::Factor(factor) => factor.name(language).to_owned(),
            Measure::Item(id) => survey
                .item(id)
                .map_or_else(|| id.clone(), |item| item.text.get(language).to_owned()),
        }
    }

    /// A centre's value of this measure; `None` when nobody answered.
    pub fn value(&self, scores: &Scores) -> Option<f64> {
        match self {
            Measure::Kgi => scores.kgi()?.mean(),
            Measure::Factor(factor) => scores.factor(*factor).favourable_percent,
            Measure::Item(id) => scores.item(id)?.favourable.and_then(Share::percent),
        }
    }

    /// Every measure a survey has: the KGI, the seven factors, and each item that leans.
    pub fn all(survey: &SurveyDefinition) -> Vec<Measure> {
        let mut measures = vec![Measure::Kgi];
        measures.extend(Factor::ALL.map(Measure::Factor));
        measures.extend(
            survey
                .choice_items()
                .filter(|item| !matches!(item.kind, crate::ItemKind::Attribute | crate::ItemKind::Kgi))
                .map(|item| Measure::Item(item.id.clone())),
        );
        measures
    }
}
