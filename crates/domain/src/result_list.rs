//! The result list (診断結果一覧表): every item and factor, for the whole centre and for each
//! group of up to seven attributes, holding only what [`crate::release`] releases.

use crate::benchmark::{Measure, Snapshot};
use crate::change::Baseline;
use crate::groups::GroupTallies;
use crate::release::{factor_shown, Release, ReleaseError};
use crate::scoring::{format_percent, round_half_up, Scores, Share};
use crate::survey::{Factor, ItemKind, SurveyDefinition};
use crate::text::{Language, Text};

/// A column of the result list: the whole centre, or one group that has anyone in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// `None` for the whole centre.
    pub attribute: Option<String>,
    pub value: Option<u8>,
    pub label: Text,
    /// `None` where the group is hidden: not even its size is shown.
    pub respondents: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    Hidden,
    Figure {
        /// `None` when nobody in the group answered.
        favourable_percent: Option<f64>,
        /// The respondents the figure is about: an item's answerers; for a factor the smallest
        /// n of its answered items.
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
    /// The whole centre's change since the baseline, in points, where both have a figure.
    pub change: Option<f64>,
}

/// What each cell's difference is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reference {
    /// The benchmark's mean of the measure (the KGI row compares nothing).
    #[default]
    National,
    /// The whole centre's figure in the same row (the whole centre's own column compares nothing).
    Centre,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultList {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub reference: Reference,
    /// The benchmark compared with is a synthetic sample: every view and file says so.
    pub synthetic_benchmark: bool,
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

/// The national mean of a row: for the KGI its share at 7 and above is not in the snapshot, so
/// the KGI row compares nothing.
fn national_mean(measure: &Measure, snapshot: Option<&Snapshot>) -> Option<f64> {
    match measure {
        Measure::Kgi => None,
        _ => snapshot?.summary(measure, None).map(|summary| summary.mean),
    }
}

/// One column's released items and scores.
struct ColumnData<'a> {
    shown: &'a [bool],
    scores: Scores,
}

impl ColumnData<'_> {
    /// The favourable % of a measure and its n, or `None` where the rule hides it.
    fn figure(&self, survey: &SurveyDefinition, measure: &Measure) -> Option<(Option<f64>, u32)> {
        let item_figure = |id: &str| -> Option<(Option<f64>, u32)> {
            let position = survey.choice_position(id)?;
            let score = &self.scores.items[position];
            self.shown[position].then(|| (score.favourable.and_then(Share::percent), score.n))
        };
        match measure {
            Measure::Kgi => {
                let id = &self.scores.kgi()?.item_id;
                item_figure(id)
            }
            Measure::Item(id) => item_figure(id),
            Measure::Factor(factor) => {
                if !factor_shown(survey, self.shown, *factor) {
                    return None;
                }
                let n = self
                    .scores
                    .items
                    .iter()
                    .filter(|score| score.kind == ItemKind::Factor(*factor) && score.n > 0)
                    .map(|score| score.n)
                    .min()
                    .unwrap_or(0);
                Some((self.scores.factor(*factor).favourable_percent, n))
            }
        }
    }
}

impl ResultList {
    /// The list of everything the release rule lets out of `tallies`, or why nothing may be shown.
    pub fn build(
        survey: &SurveyDefinition,
        tallies: &GroupTallies,
        snapshot: Option<&Snapshot>,
        baseline: Option<&Baseline>,
        minimum: u32,
    ) -> Result<ResultList, ReleaseError> {
        let release = Release::of(survey, tallies, minimum)?;
        let whole_scores = release.whole_scores(survey, &tallies.whole);
        let mut columns = vec![Column {
            attribute: None,
            value: None,
            label: Text {
                ja: "センター全体".to_owned(),
                en: "Whole centre".to_owned(),
            },
            respondents: Some(tallies.whole.respondents),
        }];
        let mut data = vec![ColumnData {
            shown: &release.items,
            scores: Scores::from_tally(survey, &tallies.whole),
        }];
        for (split, split_release) in tallies.splits.iter().zip(&release.splits) {
            for ((value, label, tally), group) in split.groups.iter().zip(&split_release.groups) {
                if group.empty {
                    continue;
                }
                columns.push(Column {
                    attribute: Some(split.attribute.clone()),
                    value: Some(*value),
                    label: label.clone(),
                    respondents: group.shown.then_some(tally.respondents),
                });
                data.push(ColumnData {
                    shown: &group.items,
                    scores: Scores::from_tally(survey, tally),
                });
            }
        }
        let rows = measures(survey)
            .into_iter()
            .map(|measure| {
                let national = national_mean(&measure, snapshot);
                let cells = data
                    .iter()
                    .map(|column| match column.figure(survey, &measure) {
                        None => Cell::Hidden,
                        Some((favourable_percent, n)) => Cell::Figure {
                            favourable_percent,
                            n,
                            difference: favourable_percent.zip(national).map(|(value, mean)| value - mean),
                        },
                    })
                    .collect();
                Row {
                    change: baseline.and_then(|base| base.change_of(survey, &whole_scores, &measure)),
                    measure,
                    national_mean: national,
                    cells,
                }
            })
            .collect();
        Ok(ResultList {
            columns,
            rows,
            reference: Reference::National,
            synthetic_benchmark: snapshot.is_some_and(|snapshot| snapshot.synthetic),
        })
    }

    /// The same list with every group's difference taken from the whole centre's figure in its
    /// row instead of the national mean: how a group stands within its own centre.
    pub fn compared_with_centre(mut self) -> ResultList {
        for row in &mut self.rows {
            let whole = match row.cells.first() {
                Some(Cell::Figure {
                    favourable_percent, ..
                }) => *favourable_percent,
                _ => None,
            };
            for (index, cell) in row.cells.iter_mut().enumerate() {
                if let Cell::Figure {
                    favourable_percent,
                    difference,
                    ..
                } = cell
                {
                    *difference = if index == 0 {
                        None
                    } else {
                        favourable_percent.zip(whole).map(|(value, whole)| value - whole)
                    };
                }
            }
        }
        self.reference = Reference::Centre;
        self
    }
}

/// A row's name in the list: the measure's, and for the KGI the unit its figure is in (the share
/// scoring 7-10, not the 0-10 mean the flash report leads with).
pub fn row_label(measure: &Measure, survey: &SurveyDefinition, language: Language) -> String {
    match (measure, language) {
        (Measure::Kgi, Language::Ja) => "幸福度（KGI）：7〜10点の割合".to_owned(),
        (Measure::Kgi, Language::En) => "Happiness at work (KGI): share scoring 7-10".to_owned(),
        _ => measure.label(survey, language),
    }
}

/// Shown in place of a hidden figure, in every view and export.
pub const HIDDEN_MARK: &str = "*";

impl ResultList {
    /// The list as CSV that Excel opens correctly in Japanese: UTF-8 with a byte order mark, CRLF
    /// line ends, every field quoted and made safe ([`crate::csv`]). Per column: favourable %, n,
    /// and the difference from the national mean; hidden figures are `*`.
    pub fn to_csv(&self, survey: &SurveyDefinition, language: Language) -> String {
        let (item, favourable, note, synthetic) = match language {
            Language::Ja => (
                "項目",
                "肯定的回答%",
                "* = 回答者が少ないため表示しません",
                "全国平均は合成サンプルです（実在のセンターのデータではありません）",
            ),
            Language::En => (
                "Item",
                "favourable %",
                "* = too few respondents to show",
                "The national mean is a synthetic sample (not real centres' data)",
            ),
        };
        let difference = match (self.reference, language) {
            (Reference::National, Language::Ja) => "全国平均との差",
            (Reference::National, Language::En) => "difference from national mean",
            (Reference::Centre, Language::Ja) => "センター全体との差",
            (Reference::Centre, Language::En) => "difference from whole centre",
        };
        let mut table: Vec<Vec<String>> = Vec::with_capacity(self.rows.len() + 2);
        let mut header = vec![item.to_owned()];
        for column in &self.columns {
            let label = column.label.get(language);
            header.push(format!("{label} {favourable}"));
            header.push(format!("{label} n"));
            header.push(format!("{label} {difference}"));
        }
        table.push(header);
        for row in &self.rows {
            let mut fields = vec![row_label(&row.measure, survey, language)];
            for cell in &row.cells {
                match cell {
                    Cell::Hidden => fields.extend([HIDDEN_MARK; 3].map(str::to_owned)),
                    Cell::Figure {
                        favourable_percent,
                        n,
                        difference,
                    } => {
                        fields.push(favourable_percent.map_or(String::new(), format_percent));
                        fields.push(n.to_string());
                        fields.push(difference.map_or(String::new(), format_difference));
                    }
                }
            }
            table.push(fields);
        }
        table.push(vec![note.to_owned()]);
        if self.synthetic_benchmark && self.reference == Reference::National {
            table.push(vec![synthetic.to_owned()]);
        }
        crate::csv::table(&table)
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
