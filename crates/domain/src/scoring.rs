//! Scoring: from answers to counts (a [`Tally`]), and from counts to the figures a report shows.
//!
//! Counts are exact integers. Every percentage shown is rounded once, half up, to one decimal
//! (`66.65` → `66.7`), from the exact fraction where there is one; means are rounded half up to
//! two decimals. Skipped items count in no denominator.

use crate::answers::Answers;
use crate::survey::{Factor, ItemKind, Scale, SurveyDefinition, MAX_OPTION_VALUE};

pub(crate) const VALUES: usize = MAX_OPTION_VALUE as usize + 1;

/// How many respondents chose each value of each choice item, and each item's sums against the
/// KGI: the sufficient statistics of every figure below, and what merges exactly (add them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub respondents: u32,
    /// One row per choice item, in survey order: the count of each value 0..=35.
    pub(crate) counts: Vec<[u32; VALUES]>,
    /// One per choice item: the item (x) against the KGI (y), over respondents who answered both.
    pub(crate) pairs: Vec<PairSums>,
    kgi_position: Option<usize>,
}

/// Counts that no survey can reach: adding them would overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountOverflow;

/// Sums of two answers over the respondents who gave both: enough for their correlation.
/// Integers, so that merging is exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairSums {
    pub n: u32,
    pub x: u64,
    pub y: u64,
    pub xy: u64,
    pub xx: u64,
    pub yy: u64,
}

impl PairSums {
    pub fn add(&mut self, x: u8, y: u8) {
        let (x, y) = (u64::from(x), u64::from(y));
        self.n += 1;
        self.x += x;
        self.y += y;
        self.xy += x * y;
        self.xx += x * x;
        self.yy += y * y;
    }

    /// Adds another's sums; `None` (and `self` unchanged) where a sum would overflow.
    pub fn checked_merge(&self, other: &PairSums) -> Option<PairSums> {
        Some(PairSums {
            n: self.n.checked_add(other.n)?,
            x: self.x.checked_add(other.x)?,
            y: self.y.checked_add(other.y)?,
            xy: self.xy.checked_add(other.xy)?,
            xx: self.xx.checked_add(other.xx)?,
            yy: self.yy.checked_add(other.yy)?,
        })
    }

    /// Pearson's r; `None` below two pairs or where either answer never varies.
    pub fn correlation(&self) -> Option<f64> {
        let n = f64::from(self.n);
        let (x, y) = (self.x as f64, self.y as f64);
        let covariance = n * self.xy as f64 - x * y;
        let x_spread = n * self.xx as f64 - x * x;
        let y_spread = n * self.yy as f64 - y * y;
        (self.n >= 2 && x_spread > 0.0 && y_spread > 0.0).then(|| covariance / (x_spread * y_spread).sqrt())
    }
}

impl Tally {
    pub fn new(survey: &SurveyDefinition) -> Tally {
        let items = survey.choice_item_count();
        Tally {
            respondents: 0,
            counts: vec![[0; VALUES]; items],
            pairs: vec![PairSums::default(); items],
            kgi_position: survey.choice_items().position(|item| item.kind == ItemKind::Kgi),
        }
    }

    /// Adds another tally of the same survey: exact, since every figure is a sum. Checked: where
    /// any count would overflow, nothing is added.
    pub fn merge(&mut self, other: &Tally) -> Result<(), CountOverflow> {
        let mut merged = self.clone();
        merged.respondents = self
            .respondents
            .checked_add(other.respondents)
            .ok_or(CountOverflow)?;
        for (row, other_row) in merged.counts.iter_mut().zip(&other.counts) {
            for (count, other_count) in row.iter_mut().zip(other_row) {
                *count = count.checked_add(*other_count).ok_or(CountOverflow)?;
            }
        }
        for (pair, other_pair) in merged.pairs.iter_mut().zip(&other.pairs) {
            *pair = pair.checked_merge(other_pair).ok_or(CountOverflow)?;
        }
        *self = merged;
        Ok(())
    }

    /// Forgets the answers to the choice item at `index` (and its sums against the KGI).
    pub fn clear_item(&mut self, index: usize) {
        self.counts[index] = [0; VALUES];
        self.pairs[index] = PairSums::default();
    }

    /// How many answered the choice item at `index`.
    pub fn answered(&self, index: usize) -> u32 {
        self.counts[index].iter().sum()
    }

    /// Each choice item's sums against the KGI, in survey order.
    pub fn pairs(&self) -> &[PairSums] {
        &self.pairs
    }

    pub fn of<'a>(survey: &SurveyDefinition, answers: impl IntoIterator<Item = &'a Answers>) -> Tally {
        let mut tally = Tally::new(survey);
        for answers in answers {
            tally.add(answers);
        }
        tally
    }

    pub fn add(&mut self, answers: &Answers) {
        self.respondents += 1;
        debug_assert_eq!(
            answers.choices().len(),
            self.counts.len(),
            "answers to another survey"
        );
        let kgi = self.kgi_position.and_then(|position| answers.choices()[position]);
        for ((row, pair), choice) in self.counts.iter_mut().zip(&mut self.pairs).zip(answers.choices()) {
            if let Some(value) = choice {
                row[usize::from(*value)] += 1;
                if let Some(kgi) = kgi {
                    pair.add(*value, kgi);
                }
            }
        }
    }

    /// The count of each value of the item at `index` among the survey's choice items.
    pub fn row(&self, index: usize) -> &[u32; VALUES] {
        &self.counts[index]
    }
}

/// A share of respondents, kept as the exact fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub count: u32,
    pub of: u32,
}

impl Share {
    /// The percentage, unrounded; `None` when nobody answered.
    pub fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| f64::from(self.count) * 100.0 / f64::from(self.of))
    }

    /// The percentage in tenths, rounded half up exactly (2 of 3 → 667, i.e. 66.7%).
    pub fn tenths(self) -> Option<u32> {
        (self.of > 0).then(|| {
            let (count, of) = (u64::from(self.count), u64::from(self.of));
            ((count * 2000 + of) / (2 * of)) as u32
        })
    }
}

/// Formats a percentage the one way every view shows it: half up to one decimal.
pub fn format_percent(percent: f64) -> String {
    format!("{:.1}", round_half_up(percent, 1))
}

/// Formats a mean the one way every view shows it: half up to two decimals.
pub fn format_mean(mean: f64) -> String {
    format!("{:.2}", round_half_up(mean, 2))
}

/// Rounds half up (away from zero for negatives) to `decimals`, correcting binary fractions such
/// as 0.285 (stored as 0.28499…) that a plain `round` would take down.
pub fn round_half_up(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let scaled = value * scale;
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() / scale
}

/// How an answer counts: favourable, neutral or unfavourable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaning {
    Favourable,
    Neutral,
    Unfavourable,
}

/// The rule for each scale: on a 5-point agreement scale the top two options are favourable
/// and the bottom two unfavourable; on a 0-10 score 7 and above is favourable and 4 and below
/// unfavourable (on other score ranges, the same 70% and 40% points of the range). Choices
/// and text lean neither way.
pub fn leaning(scale: &Scale, value: u8) -> Option<Leaning> {
    match scale {
        Scale::Agreement { options } => {
            let position = options.iter().position(|option| option.value == value)?;
            let from_top = options.len() - 1 - position;
            Some(if from_top < 2 {
                Leaning::Favourable
            } else if position < 2 {
                Leaning::Unfavourable
            } else {
                Leaning::Neutral
            })
        }
        Scale::Score { min, max, .. } => {
            let (min, max, value) = (u32::from(*min), u32::from(*max), u32::from(value));
            // value >= min + 0.7 * range, in integers: 10 * (value - min) >= 7 * range.
            let range = max - min;
            Some(if 10 * (value - min) >= 7 * range {
                Leaning::Favourable
            } else if 10 * (value - min) <= 4 * range {
                Leaning::Unfavourable
            } else {
                Leaning::Neutral
            })
        }
        Scale::Choice { .. } | Scale::Maturity { .. } | Scale::Text { .. } => None,
    }
}

/// One item's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemScore {
    pub item_id: String,
    pub kind: ItemKind,
    /// Respondents who answered it.
    pub n: u32,
    /// Every value the scale offers, in scale order, with its count.
    pub counts: Vec<(u8, u32)>,
    /// The sum of the values given (for the mean).
    pub sum: u64,
    /// `None` for items that lean neither way (attributes).
    pub favourable: Option<Share>,
    pub neutral: Option<Share>,
    pub unfavourable: Option<Share>,
}

impl ItemScore {
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum as f64 / f64::from(self.n))
    }

    fn from_counts(item: &crate::survey::Item, row: &[u32; VALUES]) -> ItemScore {
        let values: Vec<u8> = match &item.scale {
            Scale::Agreement { options } | Scale::Choice { options } | Scale::Maturity { options } => {
                options.iter().map(|option| option.value).collect()
            }
            Scale::Score { min, max, .. } => (*min..=*max).collect(),
            Scale::Text { .. } => Vec::new(),
        };
        let counts: Vec<(u8, u32)> = values
            .iter()
            .map(|&value| (value, row[usize::from(value)]))
            .collect();
        let n = counts.iter().map(|(_, count)| count).sum();
        let sum = counts
            .iter()
            .map(|&(value, count)| u64::from(value) * u64::from(count))
            .sum();
        let share = |wanted: Leaning| -> Option<Share> {
            let mut count = 0;
            for &(value, value_count) in &counts {
                if leaning(&item.scale, value)? == wanted {
                    count += value_count;
                }
            }
            Some(Share { count, of: n })
        };
        ItemScore {
            item_id: item.id.clone(),
            kind: item.kind,
            n,
            sum,
            favourable: share(Leaning::Favourable),
            neutral: share(Leaning::Neutral),
            unfavourable: share(Leaning::Unfavourable),
            counts,
        }
    }
}

/// A factor's figures: the mean of its items' favourable %, and the mean of its items' mean
/// scores, over the items anyone answered.
#[derive(Debug, Clone, PartialEq)]
pub struct FactorScore {
    pub factor: Factor,
    pub favourable_percent: Option<f64>,
    pub mean_score: Option<f64>,
}

/// Everything the flash report needs about one group of respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub respondents: u32,
    /// Every choice item, in survey order.
    pub items: Vec<ItemScore>,
    pub factors: Vec<FactorScore>,
}

impl Scores {
    pub fn from_tally(survey: &SurveyDefinition, tally: &Tally) -> Scores {
        let items: Vec<ItemScore> = survey
            .choice_items()
            .enumerate()
            .map(|(index, item)| ItemScore::from_counts(item, tally.row(index)))
            .collect();
        let factors = Factor::ALL
            .into_iter()
            .map(|factor| {
                let answered: Vec<&ItemScore> = items
                    .iter()
                    .filter(|score| score.kind == ItemKind::Factor(factor) && score.n > 0)
                    .collect();
                let mean_of = |values: Vec<f64>| -> Option<f64> {
                    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
                };
                FactorScore {
                    factor,
                    favourable_percent: mean_of(
                        answered
                            .iter()
                            .filter_map(|score| score.favourable.and_then(Share::percent))
                            .collect(),
                    ),
                    mean_score: mean_of(answered.iter().filter_map(|score| score.mean()).collect()),
                }
            })
            .collect();
        Scores {
            respondents: tally.respondents,
            items,
            factors,
        }
    }

    pub fn item(&self, item_id: &str) -> Option<&ItemScore> {
        self.items.iter().find(|score| score.item_id == item_id)
    }

    /// The headline question, if the survey has one.
    pub fn kgi(&self) -> Option<&ItemScore> {
        self.items.iter().find(|score| score.kind == ItemKind::Kgi)
    }

    pub fn factor(&self, factor: Factor) -> &FactorScore {
        self.factors
            .iter()
            .find(|score| score.factor == factor)
            .expect("every factor is scored")
    }
}
