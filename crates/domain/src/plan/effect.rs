//! Whether the measures moved: per measure, each of its items now against the baseline, with
//! the two-proportion z test of [`crate::change`], and a verdict for the measure.

use crate::change::{changes, Baseline, Change};
use crate::scoring::Scores;
use crate::survey::SurveyDefinition;

use super::model::ActionPlan;

/// Which way a measure moved beyond the noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// At least one item rose beyond the noise, none fell beyond it.
    Up,
    /// At least one item fell beyond the noise, none rose beyond it.
    Down,
    /// Items moved beyond the noise both ways.
    Mixed,
    /// No item moved beyond the noise.
    WithinNoise,
    /// None of its items can be compared (not asked now, or not in the baseline).
    NotMeasured,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureEffect {
    /// The measure's index in the plan.
    pub measure: usize,
    /// Its items that both the baseline and today's responses have, in the measure's order.
    pub items: Vec<Change>,
    /// The mean change of those items, in points.
    pub mean_points: Option<f64>,
    pub verdict: Verdict,
}

/// Fewer respondents now than the anonymity minimum: nothing may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFewForEffect {
    pub respondents: u32,
    pub minimum: u32,
}

pub fn effects(
    plan: &ActionPlan,
    survey: &SurveyDefinition,
    scores: &Scores,
    baseline: &Baseline,
    minimum: u32,
) -> Result<Vec<MeasureEffect>, TooFewForEffect> {
    if scores.respondents < minimum {
        return Err(TooFewForEffect {
            respondents: scores.respondents,
            minimum,
        });
    }
    let all = changes(survey, scores, baseline);
    Ok(plan
        .measures
        .iter()
        .enumerate()
        .map(|(index, measure)| {
            let items: Vec<Change> = measure
                .items
                .iter()
                .filter_map(|id| all.iter().find(|change| &change.item_id == id).cloned())
                .collect();
            let rose = items.iter().any(|c| c.beyond_noise && c.points > 0.0);
            let fell = items.iter().any(|c| c.beyond_noise && c.points < 0.0);
            let verdict = match (items.is_empty(), rose, fell) {
                (true, ..) => Verdict::NotMeasured,
                (_, true, true) => Verdict::Mixed,
                (_, true, false) => Verdict::Up,
                (_, false, true) => Verdict::Down,
                (_, false, false) => Verdict::WithinNoise,
            };
            MeasureEffect {
                measure: index,
                mean_points: (!items.is_empty())
                    .then(|| items.iter().map(|c| c.points).sum::<f64>() / items.len() as f64),
                items,
                verdict,
            }
        })
        .collect())
}
