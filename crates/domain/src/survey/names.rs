//! The names the diagnosis measures by: the seven factors of the employee survey and the seven
//! management practices of the representative survey.

use serde::{Deserialize, Serialize};

use crate::text::Language;

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

    /// The factor's name, as the diagnosis calls it.
    pub fn name(self, language: Language) -> &'static str {
        let (ja, en) = match self {
            Factor::LearningGrowth => ("学びと成長", "Learning & growth"),
            Factor::MutualRecognition => ("認め合い", "Mutual recognition"),
            Factor::TeamStrength => ("チーム力", "Team strength"),
            Factor::UsingAbilities => ("能力の発揮", "Using one's abilities"),
            Factor::TrustCompany => ("会社との信頼関係", "Trust with the company"),
            Factor::HealthyWorkplace => ("健全な職場", "Healthy workplace"),
            Factor::WorkLifeCycle => ("ワークライフサイクル", "Work-life cycle"),
        };
        match language {
            Language::Ja => ja,
            Language::En => en,
        }
    }
}

/// The seven management practices (7つの主要な活動) the representative survey asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Practice {
    ValuesLeadership,
    EnvironmentCulture,
    CareerControl,
    TeamworkSupervision,
    OrganisationalEffectiveness,
    RewardsRecognition,
    PerformanceUse,
}

impl Practice {
    pub const ALL: [Practice; 7] = [
        Practice::ValuesLeadership,
        Practice::EnvironmentCulture,
        Practice::CareerControl,
        Practice::TeamworkSupervision,
        Practice::OrganisationalEffectiveness,
        Practice::RewardsRecognition,
        Practice::PerformanceUse,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Practice::ValuesLeadership => "values_leadership",
            Practice::EnvironmentCulture => "environment_culture",
            Practice::CareerControl => "career_control",
            Practice::TeamworkSupervision => "teamwork_supervision",
            Practice::OrganisationalEffectiveness => "organisational_effectiveness",
            Practice::RewardsRecognition => "rewards_recognition",
            Practice::PerformanceUse => "performance_use",
        }
    }

    pub fn from_id(id: &str) -> Option<Practice> {
        Practice::ALL.into_iter().find(|practice| practice.id() == id)
    }

    /// The practice's name, as the diagnosis calls it.
    pub fn name(self, language: Language) -> &'static str {
        let (ja, en) = match self {
            Practice::ValuesLeadership => ("価値観主導のリーダーシップ", "Values-driven leadership"),
            Practice::EnvironmentCulture => ("就業環境と組織文化", "Work environment & culture"),
            Practice::CareerControl => ("キャリアコントロール", "Career control"),
            Practice::TeamworkSupervision => (
                "チームワーク主導のスーパービジョン",
                "Teamwork-driven supervision",
            ),
            Practice::OrganisationalEffectiveness => ("組織の有効性", "Organisational effectiveness"),
            Practice::RewardsRecognition => ("報酬と承認", "Rewards & recognition"),
            Practice::PerformanceUse => ("パフォーマンスの結果と活用", "Performance results & their use"),
        };
        match language {
            Language::Ja => ja,
            Language::En => en,
        }
    }
}
