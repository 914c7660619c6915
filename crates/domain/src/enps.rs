//! The employee Net Promoter Score (eNPS) of the would-recommend question: promoters (9-10)
//! minus detractors (0-6), in percent of those who answered, as a whole number from -100 to 100.
//!
//! Rounding, exactly: `100 × (promoters − detractors) / answered`, rounded half away from zero
//! in integers (12.5 → 13, −12.5 → −13, 33.3 → 33). Released by the one rule: nothing where the
//! item is hidden or fewer than the minimum answered it.

use crate::release::Release;
use crate::scoring::Scores;
use crate::survey::{Scale, SurveyDefinition};

/// The survey item eNPS is computed from: "would you recommend this workplace", 0-10.
pub const RECOMMEND_ITEM: &str = "recommend";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enps {
    pub score: i32,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    /// Those who answered the question.
    pub n: u32,
}

/// `100 × (promoters − detractors) / n`, half away from zero; `None` for nobody.
pub fn rounded_score(promoters: u32, detractors: u32, n: u32) -> Option<i32> {
    if n == 0 {
        return None;
    }
    let difference = 100 * (i64::from(promoters) - i64::from(detractors));
    let n = i64::from(n);
    let magnitude = (2 * difference.abs() + n) / (2 * n);
    Some((difference.signum() * magnitude) as i32)
}

impl Enps {
    /// From the count of each answer 0-10.
    pub fn of_counts(counts: &[(u8, u32)]) -> Option<Enps> {
        let sum = |keep: fn(u8) -> bool| -> u32 {
            counts
                .iter()
                .filter(|(value, _)| keep(*value))
                .map(|(_, count)| count)
                .sum()
        };
        let promoters = sum(|value| value >= 9);
        let passives = sum(|value| (7..=8).contains(&value));
        let detractors = sum(|value| value <= 6);
        let n = promoters + passives + detractors;
        Some(Enps {
            score: rounded_score(promoters, detractors, n)?,
            promoters,
            passives,
            detractors,
            n,
        })
    }

    /// The whole centre's eNPS, where the survey has the 0-10 would-recommend question and the
    /// rule releases it.
    pub fn released(survey: &SurveyDefinition, scores: &Scores, release: &Release) -> Option<Enps> {
        let position = survey.choice_position(RECOMMEND_ITEM)?;
        let item = survey.item(RECOMMEND_ITEM)?;
        if !matches!(item.scale, Scale::Score { min: 0, max: 10, .. }) {
            return None;
        }
        let score = &scores.items[position];
        if !release.items[position] || score.n < release.minimum {
            return None;
        }
        Enps::of_counts(&score.counts)
    }
}
