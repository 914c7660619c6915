//! The result list (診断結果一覧表): every item and factor, for the whole centre and for the groups
//! of up to seven attributes, with the anonymity rules that every view and export obeys.
//!
//! Anonymity, enforced here and nowhere else:
//! - a group with fewer respondents than the minimum shows no figure, nor does a cell whose item
//!   fewer than the minimum answered;
//! - where exactly one cell of a split (one attribute's groups) would be hidden, the next smallest
//!   is hidden too, so that the hidden one cannot be worked out by subtracting the others from the
//!   total;
//! - comments are shown only for groups of at least [`COMMENT_MIN_GROUP`].

use crate::answers::Answers;
use crate::benchmark::{Measure, Snapshot};
use crate::report::LOWEST_MIN_RESPONDENTS;
use crate::scoring::{format_percent, round_half_up, Scores, Share, Tally};
use crate::survey::{Factor, ItemKind, Scale, SurveyDefinition};
use crate::text::{Language, Text};

/// At most this many attributes split the result list.
pub const MAX_SPLITS: usize = 7;
/// Comments are shown only for groups of at least this many respondents.
pub const COMMENT_MIN_GROUP: u32 = 10;

/// The tallies of the whole centre and of each group of each chosen attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTallies {
    pub whole: Tally,
    pub splits: Vec<SplitTallies>,
    /// Groups (attribute, value) that some imported file could not give: never shown.
    pub incomplete: Vec<(String, u8)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitTallies {
    /// The attribute item's id.
    pub attribute: String,
    /// One per option of the attribute, in option order: the value, its label, its tally.
    pub groups: Vec<(u8, Text, Tally)>,
}

impl GroupTallies {
    /// Tallies `answers` for the whole centre and for each of `attributes` (attribute item ids).
    pub fn of<'a>(
        survey: &SurveyDefinition,
        attributes: &[String],
        answers: impl IntoIterator<Item = &'a Answers>,
    ) -> Result<GroupTallies, String> {
        if attributes.len() > MAX_SPLITS {
            return Err(format!("at most {MAX_SPLITS} splits, not {}", attributes.len()));
        }
        let mut splits = Vec::with_capacity(attributes.len());
        let mut positions = Vec::with_capacity(attributes.len());
        for attribute in attributes {
            let item = survey
                .item(attribute)
                .filter(|item| item.kind == ItemKind::Attribute)
                .ok_or_else(|| format!("{attribute:?} is not an attribute of this survey"))?;
            let Scale::Choice { options } = &item.scale else {
                return Err(format!("{attribute:?} is not a choice"));
            };
            positions.push(
                survey
                    .choice_position(attribute)
                    .expect("an attribute is a choice item"),
            );
            splits.push(SplitTallies {
                attribute: attribute.clone(),
                groups: options
                    .iter()
                    .map(|option| (option.value, option.label.clone(), Tally::new(survey)))
                    .collect(),
            });
        }
        let mut whole = Tally::new(survey);
        for answers in answers {
            whole.add(answers);
            for (split, position) in splits.iter_mut().zip(&positions) {
                let value = answers.choices()[*position];
                if let Some((_, _, tally)) = split.groups.iter_mut().find(|(v, _, _)| Some(*v) == value) {
                    tally.add(answers);
                }
            }
        }
        Ok(GroupTallies {
            whole,
            splits,
            incomplete: Vec::new(),
        })
    }

    pub fn is_incomplete(&self, attribute: &str, value: u8) -> bool {
        self.incomplete.iter().any(|(a, v)| a == attribute && *v == value)
    }

    /// Which groups of `split` no view or export may show: all of them when the whole centre is
    /// under the minimum; otherwise those incomplete, those under the minimum, and the next
    /// smallest where one would be alone ([`suppress`]).
    pub fn hidden_groups(&self, split: &SplitTallies, minimum: u32) -> Vec<bool> {
        let whole_hidden = self.whole.respondents < minimum.max(LOWEST_MIN_RESPONDENTS);
        let sizes: Vec<u32> = split
            .groups
            .iter()
            .map(|(_, _, tally)| tally.respondents)
            .collect();
        let already: Vec<bool> = split
            .groups
            .iter()
            .map(|(value, _, _)| whole_hidden || self.is_incomplete(&split.attribute, *value))
            .collect();
        suppress(&sizes, &already, minimum)
    }
}

/// Which of a split's cells to hide, given each cell's respondent count and the cells already
/// hidden: those under the minimum, and, where that leaves exactly one hidden, the next smallest.
/// Empty cells (nobody in the group) hide nothing and are never chosen.
pub fn suppress(sizes: &[u32], already_hidden: &[bool], minimum: u32) -> Vec<bool> {
    let minimum = minimum.max(LOWEST_MIN_RESPONDENTS);
    let mut hidden: Vec<bool> = sizes
        .iter()
        .zip(already_hidden)
        .map(|(&n, &hidden)| hidden || (n > 0 && n < minimum))
        .collect();
    if hidden.iter().filter(|hidden| **hidden).count() == 1 {
        let next_smallest = sizes
            .iter()
            .enumerate()
            .filter(|(index, n)| !hidden[*index] && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(index, _)| index);
        if let Some(index) = next_smallest {
            hidden[index] = true;
        }
    }
    hidden
}

/// A column of the result list.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// `None` for the whole centre.
    pub attribute: Option<String>,
    pub value: Option<u8>,
    pub label: Text,
    pub respondents: u32,
    /// No figure of this group is shown.
    pub hidden: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    Hidden,
    Figure {
        /// `None` when nobody in the group answered.
        favourable_percent: Option<f64>,
        n: u32,
        /// Against the national mean, where the benchmark has it.
        difference: Option<f64>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub measure: Measure,
    pub national_mean: Option<f64>,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultList {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The rows in order: the KGI, each factor followed by its items, then the outcomes.
fn measures(survey: &SurveyDefinition) -> Vec<Measure> {
    let mut measures = vec![Measure::Kgi];
    for factor in Factor::ALL {
        measures.push(Measure::Factor(factor));
        measures.extend(
            survey
                .choice_items()
                .filter(|item| item.kind == ItemKind::Factor(factor))
                .map(|item| Measure::Item(item.id.clone())),
        );
    }
    measures.extend(
        survey
            .choice_items()
            .filter(|item| item.kind == ItemKind::Outcome)
            .map(|item| Measure::Item(item.id.clone())),
    );
    measures
}

/// The favourable % of a measure and the respondents it is over.
fn figure(measure: &Measure, scores: &Scores) -> (Option<f64>, u32) {
    match measure {
        Measure::Kgi => scores
            .kgi()
            .map_or((None, 0), |kgi| (kgi.favourable.and_then(Share::percent), kgi.n)),
        Measure::Factor(factor) => (scores.factor(*factor).favourable_percent, scores.respondents),
        Measure::Item(id) => scores.item(id).map_or((None, 0), |item| {
            (item.favourable.and_then(Share::percent), item.n)
        }),
    }
}

/// The national mean of a row: for the KGI its share at 7 and above is not in the snapshot, so
/// the KGI row compares nothing.
fn national_mean(measure: &Measure, snapshot: Option<&Snapshot>) -> Option<f64> {
    match measure {
        Measure::Kgi => None,
        _ => snapshot?.summary(measure, None).map(|summary| summary.mean),
    }
}

impl ResultList {
    pub fn build(
        survey: &SurveyDefinition,
        tallies: &GroupTallies,
        snapshot: Option<&Snapshot>,
        minimum: u32,
    ) -> ResultList {
        let minimum = minimum.max(LOWEST_MIN_RESPONDENTS);
        let whole_scores = Scores::from_tally(survey, &tallies.whole);
        let mut columns = vec![Column {
            attribute: None,
            value: None,
            label: Text {
                ja: "センター全体".to_owned(),
                en: "Whole centre".to_owned(),
            },
            respondents: tallies.whole.respondents,
            hidden: tallies.whole.respondents < minimum,
        }];
        // Each split's columns, and the column range it occupies.
        let mut split_ranges = Vec::new();
        let mut scores = vec![whole_scores];
        for split in &tallies.splits {
            let hidden = tallies.hidden_groups(split, minimum);
            let start = columns.len();
            for ((value, label, tally), hidden) in split.groups.iter().zip(hidden) {
                columns.push(Column {
                    attribute: Some(split.attribute.clone()),
                    value: Some(*value),
                    label: label.clone(),
                    respondents: tally.respondents,
                    hidden,
                });
                scores.push(Scores::from_tally(survey, tally));
            }
            split_ranges.push(start..columns.len());
        }

        let rows = measures(survey)
            .into_iter()
            .map(|measure| {
                let national = national_mean(&measure, snapshot);
                let figures: Vec<(Option<f64>, u32)> = scores.iter().map(|s| figure(&measure, s)).collect();
                let mut hidden: Vec<bool> = columns
                    .iter()
                    .zip(&figures)
                    .map(|(column, (_, n))| column.hidden || (*n > 0 && *n < minimum))
                    .collect();
                for range in &split_ranges {
                    let sizes: Vec<u32> = figures[range.clone()].iter().map(|(_, n)| *n).collect();
                    let again = suppress(&sizes, &hidden[range.clone()], minimum);
                    hidden[range.clone()].copy_from_slice(&again);
                }
                let cells = figures
                    .iter()
                    .zip(&hidden)
                    .map(|(&(favourable_percent, n), &hidden)| {
                        if hidden {
                            Cell::Hidden
                        } else {
                            Cell::Figure {
                                favourable_percent,
                                n,
                                difference: favourable_percent
                                    .zip(national)
                                    .map(|(value, mean)| value - mean),
                            }
                        }
                    })
                    .collect();
                Row {
                    measure,
                    national_mean: national,
                    cells,
                }
            })
            .collect();
        ResultList { columns, rows }
    }
}

/// Shown in place of a hidden figure, in every view and export.
pub const HIDDEN_MARK: &str = "*";

impl ResultList {
    /// The list as CSV that Excel opens correctly in Japanese: UTF-8 with a byte order mark, CRLF
    /// line ends, every field quoted. Per column: favourable %, n, and the difference from the
    /// national mean; hidden figures are `*`.
    pub fn to_csv(&self, survey: &SurveyDefinition, language: Language) -> String {
        let (item, favourable, difference, note) = match language {
            Language::Ja => (
                "項目",
                "肯定的回答%",
                "全国平均との差",
                "* = 回答者が少ないため表示しません",
            ),
            Language::En => (
                "Item",
                "favourable %",
                "difference from national mean",
                "* = too few respondents to show",
            ),
        };
        let quote = |field: &str| format!("\"{}\"", field.replace('"', "\"\""));
        let mut lines = Vec::with_capacity(self.rows.len() + 2);
        let mut header = vec![quote(item)];
        for column in &self.columns {
            let label = column.label.get(language);
            header.push(quote(&format!("{label} {favourable}")));
            header.push(quote(&format!("{label} n")));
            header.push(quote(&format!("{label} {difference}")));
        }
        lines.push(header.join(","));
        for row in &self.rows {
            let mut fields = vec![quote(&row.measure.label(survey, language))];
            for cell in &row.cells {
                match cell {
                    Cell::Hidden => fields.extend([HIDDEN_MARK; 3].map(quote)),
                    Cell::Figure {
                        favourable_percent,
                        n,
                        difference,
                    } => {
                        fields.push(quote(&favourable_percent.map_or(String::new(), format_percent)));
                        fields.push(quote(&n.to_string()));
                        fields.push(quote(&difference.map_or(String::new(), format_difference)));
                    }
                }
            }
            lines.push(fields.join(","));
        }
        lines.push(quote(note));
        format!("\u{feff}{}\r\n", lines.join("\r\n"))
    }
}

/// A difference in percentage points, signed, half up to one decimal.
pub fn format_difference(points: f64) -> String {
    let rounded = round_half_up(points, 1);
    if rounded > 0.0 {
        format!("+{rounded:.1}")
    } else if rounded == 0.0 {
        "0.0".to_owned()
    } else {
        format!("{rounded:.1}")
    }
}
