//! The flash report (結果速報): the figures of one screen and one printed page, built from the
//! centre's scores and the benchmark snapshot.

use crate::benchmark::{Measure, SizeCategory, Snapshot, Standing, Summary};
use crate::scoring::{ItemScore, Scores, Share};
use crate::survey::{Factor, ItemKind};

/// No figure is shown for fewer respondents than this by default.
pub const DEFAULT_MIN_RESPONDENTS: u32 = 5;
/// The administrator may lower the minimum to this, never below.
pub const LOWEST_MIN_RESPONDENTS: u32 = 3;

/// A standing against all benchmark centres and against those of the centre's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standings {
    pub overall: Option<Standing>,
    pub in_size: Option<Standing>,
}

impl Standings {
    pub fn of(
        snapshot: Option<&Snapshot>,
        measure: &Measure,
        value: Option<f64>,
        size: SizeCategory,
    ) -> Standings {
        let standing = |category| {
            snapshot
                .zip(value)
                .and_then(|(s, v)| s.standing(measure, v, category))
        };
        Standings {
            overall: standing(None),
            in_size: standing(Some(size)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct KgiFigures {
    pub n: u32,
    pub mean: Option<f64>,
    /// Each score 0-10 with its count.
    pub distribution: Vec<(u8, u32)>,
    /// The share at 7 and above.
    pub favourable: Option<Share>,
    pub standings: Standings,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FactorFigures {
    pub factor: Factor,
    pub favourable_percent: Option<f64>,
    pub mean_score: Option<f64>,
    pub benchmark: Option<Summary>,
    pub standings: Standings,
}

/// An item compared with the benchmark: its favourable % and the national mean's.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemComparison {
    pub item_id: String,
    pub favourable_percent: f64,
    pub benchmark_mean: f64,
    pub difference: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FlashReport {
    pub respondents: u32,
    pub size: SizeCategory,
    pub kgi: Option<KgiFigures>,
    pub factors: Vec<FactorFigures>,
    /// The three items furthest above the national mean, best first.
    pub strongest: Vec<ItemComparison>,
    /// The three items furthest below it, weakest first.
    pub weakest: Vec<ItemComparison>,
}

/// Why a report shows no figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFewRespondents {
    pub respondents: u32,
    pub minimum: u32,
}

impl FlashReport {
    /// Builds the report, or says why it must not be shown: fewer respondents than `minimum`
    /// (which is never taken below [`LOWEST_MIN_RESPONDENTS`]).
    pub fn build(
        scores: &Scores,
        snapshot: Option<&Snapshot>,
        size: SizeCategory,
        minimum: u32,
    ) -> Result<FlashReport, TooFewRespondents> {
        let minimum = minimum.max(LOWEST_MIN_RESPONDENTS);
        if scores.respondents < minimum {
            return Err(TooFewRespondents {
                respondents: scores.respondents,
                minimum,
            });
        }
        let kgi = scores.kgi().map(|kgi| KgiFigures {
            n: kgi.n,
            mean: kgi.mean(),
            distribution: kgi.counts.clone(),
            favourable: kgi.favourable,
            standings: Standings::of(snapshot, &Measure::Kgi, kgi.mean(), size),
        });
        let factors = scores
            .factors
            .iter()
            .map(|score| {
                let measure = Measure::Factor(score.factor);
                FactorFigures {
                    factor: score.factor,
                    favourable_percent: score.favourable_percent,
                    mean_score: score.mean_score,
                    benchmark: snapshot.and_then(|s| s.summary(&measure, None)),
                    standings: Standings::of(snapshot, &measure, score.favourable_percent, size),
                }
            })
            .collect();
        let mut compared: Vec<ItemComparison> = scores
            .items
            .iter()
            .filter(|item| matches!(item.kind, ItemKind::Factor(_) | ItemKind::Outcome))
            .filter_map(|item| compare(item, snapshot?))
            .collect();
        // Stable sorts: equal differences keep survey order.
        compared.sort_by(|a, b| b.difference.total_cmp(&a.difference));
        let strongest = compared.iter().take(3).cloned().collect();
        let weakest = compared.iter().rev().take(3).cloned().collect();
        Ok(FlashReport {
            respondents: scores.respondents,
            size,
            kgi,
            factors,
            strongest,
            weakest,
        })
    }
}

fn compare(item: &ItemScore, snapshot: &Snapshot) -> Option<ItemComparison> {
    let favourable_percent = item.favourable?.percent()?;
    let benchmark_mean = snapshot.summary(&Measure::Item(item.item_id.clone()), None)?.mean;
    Some(ItemComparison {
        item_id: item.item_id.clone(),
        favourable_percent,
        benchmark_mean,
        difference: favourable_percent - benchmark_mean,
    })
}
