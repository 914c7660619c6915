//! Starting a measure from a priority (or any factor or item): pre-filled with where the target
//! stands, its gap to the national mean, the practices linked to it, the items that will show
//! the effect, and review points halfway and at the end.

use crate::analysis::practices_driving;
use crate::benchmark::Snapshot;
use crate::scoring::{Scores, Share};
use crate::survey::{ItemKind, SurveyDefinition};
use crate::text::Language;

use super::model::{PlanMeasure, StartingPoint, Target, MAX_TITLE};

/// How many of a factor's items are suggested to measure it.
pub const SUGGESTED_ITEMS: usize = 2;

/// A new measure on `target`. Figures are recorded only where the centre has at least `minimum`
/// respondents (the anonymity rule); `weeks` is the plan's length.
pub fn start_measure(
    target: Target,
    survey: &SurveyDefinition,
    scores: &Scores,
    snapshot: Option<&Snapshot>,
    minimum: u32,
    weeks: u32,
    language: Language,
) -> PlanMeasure {
    let shown = scores.respondents >= minimum;
    let measure = target.measure();
    let favourable_percent = shown.then(|| measure.value(scores)).flatten();
    let national = snapshot.and_then(|s| s.summary(&measure, None)).map(|s| s.mean);
    let factor = match &target {
        Target::Factor(factor) => Some(*factor),
        Target::Item(id) => match survey.item(id).map(|item| item.kind) {
            Some(ItemKind::Factor(factor)) => Some(factor),
            _ => None,
        },
    };
    let items = match &target {
        Target::Item(id) => vec![id.clone()],
        Target::Factor(factor) => {
            let mut items: Vec<(usize, &str, Option<f64>)> = survey
                .choice_items()
                .filter(|item| item.kind == ItemKind::Factor(*factor))
                .enumerate()
                .map(|(order, item)| {
                    let percent = scores
                        .item(&item.id)
                        .and_then(|score| score.favourable)
                        .and_then(Share::percent);
                    (order, item.id.as_str(), percent)
                })
                .collect();
            // The weakest first; unanswered items last; survey order breaks ties.
            items.sort_by(|a, b| {
                let weakness = |p: Option<f64>| p.unwrap_or(f64::INFINITY);
                weakness(a.2).total_cmp(&weakness(b.2)).then(a.0.cmp(&b.0))
            });
            items
                .into_iter()
                .take(SUGGESTED_ITEMS)
                .map(|(_, id, _)| id.to_owned())
                .collect()
        }
    };
    let mut reviews = vec![(weeks / 2).max(1), weeks.max(1)];
    reviews.dedup();
    // An item's wording can be long: the title keeps to the limit.
    let name: String = measure
        .label(survey, language)
        .chars()
        .take(MAX_TITLE - 8)
        .collect();
    PlanMeasure {
        title: match language {
            Language::Ja => format!("{name}の改善"),
            Language::En => format!("Improve: {name}"),
        },
        owner: String::new(),
        starting_point: StartingPoint {
            gap: favourable_percent.zip(national).map(|(value, mean)| value - mean),
            favourable_percent,
            practices: factor.map(practices_driving).unwrap_or_default(),
            respondents: scores.respondents,
        },
        target,
        tasks: Vec::new(),
        reviews,
        items,
    }
}
