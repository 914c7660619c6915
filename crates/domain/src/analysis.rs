//! What a centre should do next: its ranking, the cross analysis of the representative's
//! practices against the employees' factors, and improvement priorities from driver analysis.

use crate::answers::Answers;
use crate::benchmark::{Measure, SizeCategory, Snapshot, Summary};
use crate::release::Release;
use crate::report::Standings;
use crate::scoring::{Scores, Tally};
use crate::survey::{Factor, ItemKind, Practice, SurveyDefinition};

/// Correlations are computed only over at least this many respondents.
pub const DRIVER_MIN_RESPONSES: u32 = 25;
/// A practice below this mean maturity ("defined") is weak.
pub const WEAK_MATURITY: f64 = 3.0;
/// How many priorities the analysis names.
pub const PRIORITY_COUNT: usize = 3;

/// The employee factors each management practice drives. Every factor is driven by at least one
/// practice.
pub fn practice_drives(practice: Practice) -> &'static [Factor] {
    use Factor::*;
    match practice {
        Practice::ValuesLeadership => &[TrustCompany, MutualRecognition],
        Practice::EnvironmentCulture => &[HealthyWorkplace, WorkLifeCycle],
        Practice::CareerControl => &[LearningGrowth, UsingAbilities],
        Practice::TeamworkSupervision => &[TeamStrength, MutualRecognition, LearningGrowth],
        Practice::OrganisationalEffectiveness => &[UsingAbilities, WorkLifeCycle, TeamStrength],
        Practice::RewardsRecognition => &[MutualRecognition, TrustCompany],
        Practice::PerformanceUse => &[LearningGrowth, TrustCompany],
    }
}

/// The practices that drive `factor`.
pub fn practices_driving(factor: Factor) -> Vec<Practice> {
    Practice::ALL
        .into_iter()
        .filter(|practice| practice_drives(*practice).contains(&factor))
        .collect()
}

/// One row of the ranking report.
#[derive(Debug, Clone, PartialEq)]
pub struct RankingRow {
    pub measure: Measure,
    pub value: Option<f64>,
    pub standings: Standings,
    /// All benchmark centres, and those of the centre's size.
    pub overall: Option<Summary>,
    pub in_size: Option<Summary>,
}

/// The KGI and each factor against all benchmark centres and those of the centre's size.
pub fn ranking(scores: &Scores, snapshot: &Snapshot, size: SizeCategory) -> Vec<RankingRow> {
    std::iter::once(Measure::Kgi)
        .chain(Factor::ALL.map(Measure::Factor))
        .map(|measure| {
            let value = measure.value(scores);
            RankingRow {
                standings: Standings::of(Some(snapshot), &measure, value, size),
                overall: snapshot.summary(&measure, None),
                in_size: snapshot.summary(&measure, Some(size)),
                value,
                measure,
            }
        })
        .collect()
}

/// Each item's and factor's impact on happiness: its correlation with the KGI across
/// respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Drivers {
    /// Every factor and outcome item, in survey order: Pearson's r against the KGI.
    pub items: Vec<(String, Option<f64>)>,
    /// Each factor: the mean of its items' r.
    pub factors: Vec<(Factor, Option<f64>)>,
}

/// Too few respondents for correlations to mean anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFewForDrivers {
    pub respondents: u32,
}

impl Drivers {
    /// The drivers over the whole centre's sums against the KGI that `release` lets out
    /// (rule 6 of [`crate::release`]).
    pub fn of(
        survey: &SurveyDefinition,
        tally: &Tally,
        release: &Release,
    ) -> Result<Drivers, TooFewForDrivers> {
        if tally.respondents < DRIVER_MIN_RESPONSES {
            return Err(TooFewForDrivers {
                respondents: tally.respondents,
            });
        }
        let items: Vec<(String, Option<f64>, ItemKind)> = survey
            .choice_items()
            .zip(tally.pairs())
            .zip(&release.pairs)
            .filter(|((item, _), _)| matches!(item.kind, ItemKind::Factor(_) | ItemKind::Outcome))
            .map(|((item, pair), released)| {
                let r = (*released && pair.n >= DRIVER_MIN_RESPONSES)
                    .then(|| pair.correlation())
                    .flatten();
                (item.id.clone(), r, item.kind)
            })
            .collect();
        let factors = Factor::ALL
            .into_iter()
            .map(|factor| {
                let rs: Vec<f64> = items
                    .iter()
                    .filter(|(_, _, kind)| *kind == ItemKind::Factor(factor))
                    .filter_map(|(_, r, _)| *r)
                    .collect();
                (
                    factor,
                    (!rs.is_empty()).then(|| rs.iter().sum::<f64>() / rs.len() as f64),
                )
            })
            .collect();
        Ok(Drivers {
            items: items.into_iter().map(|(id, r, _)| (id, r)).collect(),
            factors,
        })
    }

    /// The median impact of the factors that have one: where "high impact" starts, and where the
    /// priority quadrant is split.
    pub fn median_impact(&self) -> Option<f64> {
        let mut impacts: Vec<f64> = self.factors.iter().filter_map(|(_, r)| *r).collect();
        impacts.sort_by(f64::total_cmp);
        (!impacts.is_empty()).then(|| crate::benchmark::quantile(&impacts, 0.5))
    }

    pub fn factor(&self, factor: Factor) -> Option<f64> {
        self.factors
            .iter()
            .find(|(f, _)| *f == factor)
            .and_then(|(_, r)| *r)
    }
}

/// A factor in the priority quadrant: how far below or above the national mean it is, and how
/// strongly it drives happiness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuadrantPoint {
    pub factor: Factor,
    /// Favourable % minus the national mean, in points.
    pub gap: f64,
    /// The factor's correlation with the KGI.
    pub impact: f64,
    pub quadrant: Quadrant,
}

/// Where a factor sits on the priority chart, split at no gap to the national mean and at the
/// median impact of the factors: a gap of exactly 0 counts as at or above the mean, an impact
/// equal to the median as strong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quadrant {
    /// Below the national mean, strong impact: improve first.
    First,
    /// At or above the mean, strong impact: a strength to build on.
    Strength,
    /// Below the mean, weaker impact: later.
    Later,
    /// At or above the mean, weaker impact: keep it so.
    Maintain,
}

impl Quadrant {
    pub fn of(gap: f64, impact: f64, median_impact: f64) -> Quadrant {
        match (gap < 0.0, impact >= median_impact) {
            (true, true) => Quadrant::First,
            (false, true) => Quadrant::Strength,
            (true, false) => Quadrant::Later,
            (false, false) => Quadrant::Maintain,
        }
    }
}

/// Every factor with both a released figure, a national mean and an impact, with its quadrant.
pub fn quadrant_points(drivers: &Drivers, scores: &Scores, snapshot: &Snapshot) -> Vec<QuadrantPoint> {
    let median_impact = drivers.median_impact().unwrap_or(0.0);
    drivers
        .factors
        .iter()
        .filter_map(|(factor, impact)| {
            let national = snapshot.summary(&Measure::Factor(*factor), None)?.mean;
            let value = scores.factor(*factor).favourable_percent?;
            let (gap, impact) = (value - national, (*impact)?);
            Some(QuadrantPoint {
                factor: *factor,
                gap,
                impact,
                quadrant: Quadrant::of(gap, impact, median_impact),
            })
        })
        .collect()
}

/// The representative's answers: each practice's mean maturity (1-5) over its answered items.
pub fn maturities(survey: &SurveyDefinition, answers: &Answers) -> Vec<(Practice, Option<f64>)> {
    Practice::ALL
        .into_iter()
        .map(|practice| {
            let levels: Vec<f64> = survey
                .choice_items()
                .zip(answers.choices())
                .filter(|(item, _)| item.kind == ItemKind::Practice(practice))
                .filter_map(|(_, choice)| choice.map(f64::from))
                .collect();
            (
                practice,
                (!levels.is_empty()).then(|| levels.iter().sum::<f64>() / levels.len() as f64),
            )
        })
        .collect()
}

/// A factor next to the practice that drives it.
#[derive(Debug, Clone, PartialEq)]
pub struct FactorGap {
    pub factor: Factor,
    pub favourable_percent: Option<f64>,
    /// Favourable % minus the national mean.
    pub gap: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrossRow {
    pub practice: Practice,
    pub maturity: Option<f64>,
    pub factors: Vec<FactorGap>,
    /// Both the practice and at least one factor it drives are weak.
    pub priority: bool,
}

fn factor_gap(scores: &Scores, snapshot: Option<&Snapshot>, factor: Factor) -> FactorGap {
    let favourable_percent = scores.factor(factor).favourable_percent;
    let national = snapshot
        .and_then(|s| s.summary(&Measure::Factor(factor), None))
        .map(|s| s.mean);
    FactorGap {
        factor,
        favourable_percent,
        gap: favourable_percent.zip(national).map(|(value, mean)| value - mean),
    }
}

fn is_weak_practice(maturity: Option<f64>) -> bool {
    maturity.is_some_and(|level| level < WEAK_MATURITY)
}

/// Per practice: the representative's maturity next to the employees' scores on the factors it
/// drives and their gaps to the benchmark; a priority where the practice is weak (below
/// "defined") and a factor it drives is below the national mean.
pub fn cross_analysis(
    scores: &Scores,
    snapshot: Option<&Snapshot>,
    maturities: &[(Practice, Option<f64>)],
) -> Vec<CrossRow> {
    maturities
        .iter()
        .map(|&(practice, maturity)| {
            let factors: Vec<FactorGap> = practice_drives(practice)
                .iter()
                .map(|factor| factor_gap(scores, snapshot, *factor))
                .collect();
            let factor_weak = factors.iter().any(|f| f.gap.is_some_and(|gap| gap < 0.0));
            CrossRow {
                practice,
                maturity,
                priority: is_weak_practice(maturity) && factor_weak,
                factors,
            }
        })
        .collect()
}

/// An improvement priority and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Priority {
    pub factor: Factor,
    pub impact: f64,
    /// Favourable % minus the national mean (negative: below it).
    pub gap: f64,
    /// At or above the median impact of the seven factors.
    pub high_impact: bool,
    /// The practices driving this factor that the representative rated weak, with their level.
    pub weak_practices: Vec<(Practice, f64)>,
}

/// The factors most worth improving: those below the national mean, ordered by impact times the
/// gap (a strong driver far below the benchmark first); a weak linked practice breaks ties.
pub fn priorities(
    drivers: &Drivers,
    scores: &Scores,
    snapshot: &Snapshot,
    maturities: &[(Practice, Option<f64>)],
) -> Vec<Priority> {
    let median_impact = drivers.median_impact();
    let mut candidates: Vec<Priority> = Factor::ALL
        .into_iter()
        .filter_map(|factor| {
            let impact = drivers.factor(factor)?;
            let gap = factor_gap(scores, Some(snapshot), factor).gap?;
            (gap < 0.0).then(|| Priority {
                factor,
                impact,
                gap,
                high_impact: median_impact.is_some_and(|median| impact >= median),
                weak_practices: practices_driving(factor)
                    .into_iter()
                    .filter_map(|practice| {
                        let level = maturities.iter().find(|(p, _)| *p == practice)?.1?;
                        (level < WEAK_MATURITY).then_some((practice, level))
                    })
                    .collect(),
            })
        })
        .collect();
    candidates.sort_by(|a, b| {
        let weight = |p: &Priority| p.impact.max(0.0) * -p.gap;
        weight(b)
            .total_cmp(&weight(a))
            .then(b.weak_practices.len().cmp(&a.weak_practices.len()))
    });
    candidates.truncate(PRIORITY_COUNT);
    candidates
}
