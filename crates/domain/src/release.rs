//! The one release rule: which figures of the centre's tallies may be shown or written.
//!
//! Every view, CSV and export takes what this module releases; none decides it again. The rule
//! (documented in the README and docs/export-format.md), with `m` the anonymity minimum (never
//! below [`LOWEST_MIN_RESPONDENTS`]) and "the n of a cell" the respondents it is about:
//!
//! 1. **The whole centre** under `m` respondents releases nothing.
//! 2. **Groups.** A group (one value of one attribute) is shown only with at least `m`
//!    respondents, and only where every imported file could give it exactly. Empty groups are not
//!    shown at all (they are known to be empty: no column, no cell).
//! 3. **Cells.** A cell (a group, or the whole centre, × an item) is shown only where at least
//!    `m` answered the item. A whole-centre item under `m` hides the item in every group too.
//! 4. **Complementary suppression**, per row (the group sizes, and each item) and per split (one
//!    attribute's groups): what no shown cell covers — the hidden cells, plus the respondents who
//!    did not answer the attribute, which is known by subtracting the shown cells from the whole
//!    centre — must be nobody or at least `m`. While it is 1 to `m - 1`, the shown cell with the
//!    fewest respondents (the first in option order among equals) is hidden too.
//! 5. **Factors** are shown only where every item of the factor that anyone in the cell answered
//!    is shown; a factor's n is the smallest n of those items.
//! 6. **Sums against the KGI** (for the driver analysis) are released for the whole centre only,
//!    per item, where the item and the KGI are shown, at least `m` answered both, and those who
//!    answered only one of the two are nobody or at least `m` (else their answers would follow by
//!    subtraction). Attributes are never paired with the KGI and never written in an export.
//! 7. **Differences** (exports only): for each earlier table an attacker may hold — this kiosk's
//!    own responses alone when the export also carries imported files, and the responses that
//!    arrived since each earlier export of this kiosk — the same rules 3-6 hold for the
//!    difference: a shown cell's difference, and what the hidden cells and the non-answerers
//!    cover together, is nobody or at least `m`. Cells are hidden until it holds; a difference
//!    of 1 to `m - 1` respondents for the whole centre refuses the export.

use std::fmt;

use crate::groups::GroupTallies;
use crate::report::LOWEST_MIN_RESPONDENTS;
use crate::scoring::{Scores, Tally};
use crate::survey::{Factor, ItemKind, SurveyDefinition};

/// The minimum as applied: never below [`LOWEST_MIN_RESPONDENTS`].
pub fn effective_minimum(minimum: u32) -> u32 {
    minimum.max(LOWEST_MIN_RESPONDENTS)
}

/// `0` (nobody) or at least `minimum`: a number of people that may be released.
pub(crate) fn is_safe(count: i64, minimum: u32) -> bool {
    count == 0 || count.unsigned_abs() >= u64::from(minimum)
}

/// What one group of one split releases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRelease {
    pub value: u8,
    /// Nobody in the group: no column at all.
    pub empty: bool,
    /// The group's size and any of its figures may be shown.
    pub shown: bool,
    /// Per choice item (survey order): the cell may be shown.
    pub items: Vec<bool>,
}

/// What one attribute's split releases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitRelease {
    pub attribute: String,
    pub groups: Vec<GroupRelease>,
}

/// What may be shown of a centre's tallies: decided here once for every view and export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub minimum: u32,
    /// The whole centre has at least the minimum.
    pub shown: bool,
    /// Per choice item: the whole centre's cell may be shown.
    pub items: Vec<bool>,
    /// Per choice item: the whole centre's sums against the KGI may be written.
    pub pairs: Vec<bool>,
    pub splits: Vec<SplitRelease>,
}

/// Why nothing may be released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseError {
    /// The whole centre has fewer respondents than the minimum.
    TooFew { respondents: u32, minimum: u32 },
    /// An earlier table differs from this one by 1 to `minimum - 1` respondents.
    TooFewNew { respondents: u32, minimum: u32 },
}

impl fmt::Display for ReleaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReleaseError::TooFew { respondents, minimum } => {
                write!(
                    f,
                    "{respondents} respondents, fewer than the minimum of {minimum}"
                )
            }
            ReleaseError::TooFewNew { respondents, minimum } => write!(
                f,
                "{respondents} respondents differ from an earlier file, fewer than the minimum of {minimum}"
            ),
        }
    }
}

impl std::error::Error for ReleaseError {}

/// The rows the rule is applied to: each choice item that is not an attribute.
fn released_rows(survey: &SurveyDefinition) -> Vec<bool> {
    survey
        .choice_items()
        .map(|item| item.kind != ItemKind::Attribute)
        .collect()
}

/// One row of one split: the whole's n and each group's n.
struct RowCounts {
    whole: i64,
    groups: Vec<i64>,
}

impl RowCounts {
    fn sizes(tallies: &GroupTallies, split: usize) -> RowCounts {
        RowCounts {
            whole: i64::from(tallies.whole.respondents),
            groups: tallies.splits[split]
                .groups
                .iter()
                .map(|(_, _, tally)| i64::from(tally.respondents))
                .collect(),
        }
    }

    fn item(tallies: &GroupTallies, split: usize, item: usize) -> RowCounts {
        RowCounts {
            whole: i64::from(tallies.whole.answered(item)),
            groups: tallies.splits[split]
                .groups
                .iter()
                .map(|(_, _, tally)| i64::from(tally.answered(item)))
                .collect(),
        }
    }
}

/// Rules 3 and 4 on one row of one split; returns whether anything more was hidden.
fn protect(row: &RowCounts, hidden: &mut [bool], minimum: u32) -> bool {
    let mut changed = false;
    for (count, hidden) in row.groups.iter().zip(hidden.iter_mut()) {
        if !*hidden && !is_safe(*count, minimum) {
            *hidden = true;
            changed = true;
        }
    }
    loop {
        let shown: i64 = row
            .groups
            .iter()
            .zip(hidden.iter())
            .filter(|(_, hidden)| !**hidden)
            .map(|(count, _)| count)
            .sum();
        if is_safe(row.whole - shown, minimum) {
            return changed;
        }
        let next = row
            .groups
            .iter()
            .enumerate()
            .filter(|(index, count)| !hidden[*index] && **count != 0)
            .min_by_key(|(index, count)| (count.unsigned_abs(), *index))
            .map(|(index, _)| index);
        match next {
            Some(index) => {
                hidden[index] = true;
                changed = true;
            }
            None => return changed,
        }
    }
}

impl Release {
    /// Releases a table seen on a screen: rules 1-6.
    pub fn of(
        survey: &SurveyDefinition,
        tallies: &GroupTallies,
        minimum: u32,
    ) -> Result<Release, ReleaseError> {
        Release::with_differences(survey, tallies, minimum, &[])
    }

    /// Releases a table written to a file: rules 1-7, `earlier` being the differences an
    /// attacker could work out (each the tallies of the responses not in an earlier table, with
    /// the same attributes).
    pub fn with_differences(
        survey: &SurveyDefinition,
        tallies: &GroupTallies,
        minimum: u32,
        earlier: &[GroupTallies],
    ) -> Result<Release, ReleaseError> {
        let minimum = effective_minimum(minimum);
        if tallies.whole.respondents < minimum {
            return Err(ReleaseError::TooFew {
                respondents: tallies.whole.respondents,
                minimum,
            });
        }
        for difference in earlier {
            if !is_safe(i64::from(difference.whole.respondents), minimum) {
                return Err(ReleaseError::TooFewNew {
                    respondents: difference.whole.respondents,
                    minimum,
                });
            }
        }
        let rows = released_rows(survey);
        let item_count = rows.len();
        // Rule 3 for the whole centre, for the table and for every difference.
        let items: Vec<bool> = (0..item_count)
            .map(|item| {
                rows[item]
                    && !tallies.incomplete_whole_items.contains(&item)
                    && is_safe(i64::from(tallies.whole.answered(item)), minimum)
                    && earlier
                        .iter()
                        .all(|d| is_safe(i64::from(d.whole.answered(item)), minimum))
            })
            .collect();

        let mut splits = Vec::with_capacity(tallies.splits.len());
        for (index, split) in tallies.splits.iter().enumerate() {
            // Hidden groups (rule 2), then the sizes row (rule 4, rule 7).
            let mut hidden: Vec<bool> = split
                .groups
                .iter()
                .map(|(value, _, _)| tallies.is_incomplete(&split.attribute, *value))
                .collect();
            let sizes = RowCounts::sizes(tallies, index);
            let earlier_sizes: Vec<RowCounts> = earlier.iter().map(|d| RowCounts::sizes(d, index)).collect();
            while protect(&sizes, &mut hidden, minimum)
                | earlier_sizes
                    .iter()
                    .fold(false, |changed, d| protect(d, &mut hidden, minimum) | changed)
            {}
            // Each item row starts from the hidden groups (rule 3, 4, 7).
            let mut cells: Vec<Vec<bool>> = vec![hidden.clone(); item_count];
            for (item, cell_hidden) in cells.iter_mut().enumerate() {
                if !items[item] {
                    cell_hidden.iter_mut().for_each(|hidden| *hidden = true);
                    continue;
                }
                for (group, (value, _, _)) in split.groups.iter().enumerate() {
                    if tallies.is_incomplete_item(&split.attribute, *value, item) {
                        cell_hidden[group] = true;
                    }
                }
                let row = RowCounts::item(tallies, index, item);
                let earlier_rows: Vec<RowCounts> =
                    earlier.iter().map(|d| RowCounts::item(d, index, item)).collect();
                while protect(&row, cell_hidden, minimum)
                    | earlier_rows
                        .iter()
                        .fold(false, |changed, d| protect(d, cell_hidden, minimum) | changed)
                {
                }
            }
            let groups = split
                .groups
                .iter()
                .enumerate()
                .map(|(group, (value, _, tally))| GroupRelease {
                    value: *value,
                    empty: tally.respondents == 0,
                    shown: tally.respondents > 0 && !hidden[group],
                    items: (0..item_count)
                        .map(|item| tally.respondents > 0 && !hidden[group] && !cells[item][group])
                        .collect(),
                })
                .collect();
            splits.push(SplitRelease {
                attribute: split.attribute.clone(),
                groups,
            });
        }

        let pairs = pair_release(survey, &tallies.whole, &items, minimum, earlier);
        Ok(Release {
            minimum,
            shown: true,
            items,
            pairs,
            splits,
        })
    }

    /// Whether the whole centre's factor may be shown (rule 5).
    pub fn factor_shown(&self, survey: &SurveyDefinition, factor: Factor) -> bool {
        factor_shown(survey, &self.items, factor)
    }

    /// The whole centre's scores with every hidden item left out (counted as unanswered) and
    /// every factor that rule 5 hides without a figure: what reports of the whole centre show.
    pub fn whole_scores(&self, survey: &SurveyDefinition, whole: &Tally) -> Scores {
        let mut shown = whole.clone();
        for (position, shown_item) in self.items.iter().enumerate() {
            if !shown_item {
                shown.clear_item(position);
            }
        }
        let mut scores = Scores::from_tally(survey, &shown);
        for factor_score in &mut scores.factors {
            if !factor_shown(survey, &self.items, factor_score.factor) {
                factor_score.favourable_percent = None;
                factor_score.mean_score = None;
            }
        }
        scores
    }

    /// A split's release, if the tallies had that attribute.
    pub fn split(&self, attribute: &str) -> Option<&SplitRelease> {
        self.splits.iter().find(|split| split.attribute == attribute)
    }
}

/// Rule 5: every item of `factor` is shown (one nobody answered is known to be empty). Where
/// nobody answered any, the factor is shown without a figure.
pub fn factor_shown(survey: &SurveyDefinition, shown_items: &[bool], factor: Factor) -> bool {
    survey
        .choice_items()
        .zip(shown_items)
        .all(|(item, shown)| item.kind != ItemKind::Factor(factor) || *shown)
}

/// Rule 6 (and 7 for the pairs): per item, the whole centre's sums against the KGI.
fn pair_release(
    survey: &SurveyDefinition,
    whole: &Tally,
    items: &[bool],
    minimum: u32,
    earlier: &[GroupTallies],
) -> Vec<bool> {
    let Some(kgi) = survey.choice_items().position(|item| item.kind == ItemKind::Kgi) else {
        return vec![false; items.len()];
    };
    let safe_pairs = |tally: &Tally, item: usize| {
        let both = i64::from(tally.pairs()[item].n);
        let item_only = i64::from(tally.answered(item)) - both;
        let kgi_only = i64::from(tally.answered(kgi)) - both;
        is_safe(both, minimum) && is_safe(item_only, minimum) && is_safe(kgi_only, minimum)
    };
    (0..items.len())
        .map(|item| {
            items[item]
                && items[kgi]
                && whole.pairs()[item].n >= minimum
                && safe_pairs(whole, item)
                && earlier.iter().all(|d| safe_pairs(&d.whole, item))
        })
        .collect()
}
