//! Change over time: a previous export (last year's survey, or the full survey before a pulse)
//! as the baseline, and whether each change is larger than the noise for the numbers of
//! respondents involved.

use crate::export::{AggregateExport, ImportError, Impossible, Place};
use crate::release::effective_minimum;
use crate::scoring::{leaning, Leaning, Scores, Share};
use crate::survey::{Factor, ItemKind, SurveyDefinition};

/// |z| at or above this is a change larger than the noise (two-sided, 95%).
pub const NOISE_Z: f64 = 1.96;

/// The baseline's favourable share per item, by item id, read with today's scales.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub created_at: String,
    pub survey: String,
    pub respondents: u32,
    pub items: Vec<(String, Share)>,
}

impl Baseline {
    /// Reads a previous export of any survey version and either format version: items are
    /// matched by id, and only items the current survey has on the same kind of scale, answered
    /// by at least `minimum` (and the file's own minimum), are compared.
    pub fn parse(bytes: &[u8], survey: &SurveyDefinition, minimum: u32) -> Result<Baseline, ImportError> {
        let export = AggregateExport::read(bytes)?;
        let Some(whole) = export.whole_cell() else {
            return Err(Impossible::NoWholeCell.into());
        };
        let minimum = effective_minimum(minimum.max(export.minimum));
        let mut items = Vec::new();
        for item in survey.choice_items() {
            let Some(counts) = whole.items.get(&item.id) else {
                continue;
            };
            let mut favourable = 0u64;
            let mut answered = 0u64;
            let mut leans = true;
            for (value, count) in &counts.counts {
                let Some(lean) = value
                    .parse::<u8>()
                    .ok()
                    .and_then(|value| leaning(&item.scale, value))
                else {
                    leans = false;
                    break;
                };
                answered += u64::from(*count);
                if lean == Leaning::Favourable {
                    favourable += u64::from(*count);
                }
            }
            if answered > u64::from(whole.respondents) {
                return Err(Impossible::MoreAnswersThanRespondents {
                    place: Place::WholeCentre,
                    item: item.id.clone(),
                    answered,
                    respondents: whole.respondents,
                }
                .into());
            }
            // Below the minimum (files of format version 1 wrote such items) nothing is compared.
            if leans && answered >= u64::from(minimum) {
                items.push((
                    item.id.clone(),
                    Share {
                        count: favourable as u32,
                        of: answered as u32,
                    },
                ));
            }
        }
        Ok(Baseline {
            respondents: whole.respondents,
            created_at: export.created_at.clone(),
            survey: format!("{}@{}", export.survey.id, export.survey.version),
            items,
        })
    }

    pub fn item(&self, item_id: &str) -> Option<Share> {
        self.items
            .iter()
            .find(|(id, _)| id == item_id)
            .map(|(_, share)| *share)
    }

    /// A factor's favourable % at the baseline: the mean over the factor's items it has.
    pub fn factor_percent(&self, survey: &SurveyDefinition, factor: Factor) -> Option<f64> {
        let percents: Vec<f64> = survey
            .choice_items()
            .filter(|item| item.kind == ItemKind::Factor(factor))
            .filter_map(|item| self.item(&item.id)?.percent())
            .collect();
        (!percents.is_empty()).then(|| percents.iter().sum::<f64>() / percents.len() as f64)
    }
}

/// One factor now against the baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactorChange {
    pub factor: Factor,
    /// Favourable % then and now (means of the items' favourable %).
    pub before: f64,
    pub now: f64,
    /// Now minus then, in points.
    pub points: f64,
}

impl Baseline {
    /// Each factor that both the baseline and `scores` (the released ones) have, in factor order.
    pub fn factor_changes(&self, survey: &SurveyDefinition, scores: &Scores) -> Vec<FactorChange> {
        Factor::ALL
            .into_iter()
            .filter_map(|factor| {
                let now = scores.factor(factor).favourable_percent?;
                let before = self.factor_percent(survey, factor)?;
                Some(FactorChange {
                    factor,
                    before,
                    now,
                    points: now - before,
                })
            })
            .collect()
    }

    /// The change of one measure of the whole centre: a factor's, or an item's favourable %.
    pub fn change_of(
        &self,
        survey: &SurveyDefinition,
        scores: &Scores,
        measure: &crate::Measure,
    ) -> Option<f64> {
        match measure {
            crate::Measure::Factor(factor) => self
                .factor_changes(survey, scores)
                .into_iter()
                .find(|change| change.factor == *factor)
                .map(|change| change.points),
            crate::Measure::Kgi => {
                let kgi = scores.kgi()?;
                let now = kgi.favourable?.percent()?;
                Some(now - self.item(&kgi.item_id)?.percent()?)
            }
            crate::Measure::Item(id) => {
                let now = scores.item(id)?.favourable?.percent()?;
                Some(now - self.item(id)?.percent()?)
            }
        }
    }
}

/// One item now against the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub item_id: String,
    pub before: Share,
    pub after: Share,
    /// Favourable % now minus then, in points.
    pub points: f64,
    /// The two-proportion z statistic; `None` where neither sample varies.
    pub z: Option<f64>,
    pub beyond_noise: bool,
}

/// The two-proportion z test of `after` against `before`, with the pooled proportion.
pub fn z_statistic(before: Share, after: Share) -> Option<f64> {
    let (n1, n2) = (f64::from(before.of), f64::from(after.of));
    if before.of == 0 || after.of == 0 {
        return None;
    }
    let (p1, p2) = (f64::from(before.count) / n1, f64::from(after.count) / n2);
    let pooled = f64::from(before.count + after.count) / (n1 + n2);
    let spread = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    (spread > 0.0).then(|| (p2 - p1) / spread)
}

/// Every item answered now that the baseline also has, in survey order. `scores` are the
/// released ones ([`crate::release::Release::whole_scores`]): a hidden item has no change.
pub fn changes(survey: &SurveyDefinition, scores: &Scores, baseline: &Baseline) -> Vec<Change> {
    survey
        .choice_items()
        .filter_map(|item| {
            let after = scores.item(&item.id)?.favourable.filter(|share| share.of > 0)?;
            let before = baseline.item(&item.id)?;
            let z = z_statistic(before, after);
            Some(Change {
                item_id: item.id.clone(),
                points: after.percent()? - before.percent()?,
                beyond_noise: z.is_some_and(|z| z.abs() >= NOISE_Z),
                z,
                before,
                after,
            })
        })
        .collect()
}
