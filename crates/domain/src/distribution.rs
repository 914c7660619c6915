//! Favourable, neutral and unfavourable shares per factor and item, for the stacked bars: each
//! released by the one rule ([`crate::release`]), for the whole centre only.

use crate::benchmark::Measure;
use crate::release::Release;
use crate::scoring::{Scores, Share};
use crate::survey::{Factor, ItemKind, SurveyDefinition};

/// One row's three shares in percent (unrounded; each is shown half up to one decimal, like every
/// percentage, so the three shown may add up to 99.9-100.1) and the people they are about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Leanings {
    pub favourable: f64,
    pub neutral: f64,
    pub unfavourable: f64,
    /// An item's answerers; for a factor the smallest n of its answered items.
    pub n: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DistributionRow {
    pub measure: Measure,
    /// `None` where the rule releases nothing (fewer than the minimum answered, or hidden).
    pub leanings: Option<Leanings>,
}

fn percent(share: Option<Share>) -> Option<f64> {
    share.and_then(Share::percent)
}

/// The rows in order: the KGI, each factor followed by its items, then the outcomes. `scores`
/// are the whole centre's; `release` decides which of them may be shown.
pub fn distributions(survey: &SurveyDefinition, scores: &Scores, release: &Release) -> Vec<DistributionRow> {
    let item_row = |position: usize| -> DistributionRow {
        let score = &scores.items[position];
        let released = release.items[position] && score.n >= release.minimum;
        let leanings = released
            .then(|| {
                Some(Leanings {
                    favourable: percent(score.favourable)?,
                    neutral: percent(score.neutral)?,
                    unfavourable: percent(score.unfavourable)?,
                    n: score.n,
                })
            })
            .flatten();
        DistributionRow {
            measure: Measure::Item(score.item_id.clone()),
            leanings,
        }
    };
    let positions = |kind: ItemKind| -> Vec<usize> {
        survey
            .choice_items()
            .enumerate()
            .filter(|(_, item)| item.kind == kind)
            .map(|(position, _)| position)
            .collect()
    };
    let mut rows = Vec::new();
    for position in positions(ItemKind::Kgi) {
        rows.push(DistributionRow {
            measure: Measure::Kgi,
            leanings: item_row(position).leanings,
        });
    }
    for factor in Factor::ALL {
        let items: Vec<DistributionRow> = positions(ItemKind::Factor(factor))
            .into_iter()
            .map(item_row)
            .collect();
        rows.push(DistributionRow {
            measure: Measure::Factor(factor),
            leanings: factor_leanings(survey, release, factor, &items),
        });
        rows.extend(items);
    }
    rows.extend(positions(ItemKind::Outcome).into_iter().map(item_row));
    rows
}

/// A factor's shares: the mean of its answered items' shares (as its favourable % is), shown only
/// where every one of its items is (rule 5).
fn factor_leanings(
    survey: &SurveyDefinition,
    release: &Release,
    factor: Factor,
    items: &[DistributionRow],
) -> Option<Leanings> {
    if !release.factor_shown(survey, factor) {
        return None;
    }
    let answered: Vec<Leanings> = items.iter().filter_map(|row| row.leanings).collect();
    if answered.is_empty() {
        return None;
    }
    let count = answered.len() as f64;
    let mean = |get: fn(&Leanings) -> f64| answered.iter().map(get).sum::<f64>() / count;
    Some(Leanings {
        favourable: mean(|l| l.favourable),
        neutral: mean(|l| l.neutral),
        unfavourable: mean(|l| l.unfavourable),
        n: answered.iter().map(|l| l.n).min()?,
    })
}
