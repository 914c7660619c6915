//! Writing an export: this kiosk's responses and the files it took in, released by
//! [`crate::release`] with the differences an attacker holding earlier files could work out.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::format::{
    utc_timestamp, AggregateExport, Cell, CentreInfo, GroupKey, ItemCounts, RepresentativeAnswers, Source,
    SurveyStamp, EXPORT_FORMAT, EXPORT_FORMAT_VERSION,
};
use crate::answers::Answers;
use crate::groups::GroupTallies;
use crate::profile::CentreProfile;
use crate::records::{Response, SCHEMA_VERSION};
use crate::release::{effective_minimum, is_safe, Release, ReleaseError};
use crate::scoring::Tally;
use crate::survey::{ItemKind, SurveyDefinition};

/// What this kiosk remembers of an export it wrote: which of its responses it covered, so that
/// the next export can be checked against it (rule 7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    pub v: u32,
    pub export_id: String,
    pub created_at: String,
    /// The survey definition's key.
    pub survey: String,
    /// The ids of this kiosk's own responses in it, each followed by a comma. Records written
    /// before ids grew to 32 digits hold 16-digit ids one after another, with no comma.
    pub responses: String,
}

impl ExportRecord {
    pub fn response_ids(&self) -> BTreeSet<&str> {
        if self.responses.contains(',') {
            return self.responses.split_terminator(',').collect();
        }
        (0..self.responses.len() / 16)
            .filter_map(|index| self.responses.get(index * 16..index * 16 + 16))
            .collect()
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("a record serializes")
    }

    pub fn from_record(json: &str) -> Option<ExportRecord> {
        serde_json::from_str(json)
            .ok()
            .filter(|record: &ExportRecord| record.v == SCHEMA_VERSION)
    }
}

/// What an export is made of.
pub struct ExportInput<'a> {
    pub survey: &'a SurveyDefinition,
    pub device_id: &'a str,
    pub export_id: &'a str,
    pub created_at_ms: u64,
    pub profile: &'a CentreProfile,
    pub centre_id: &'a str,
    pub minimum: u32,
    /// This kiosk's own responses, those received by device transfer included.
    pub responses: &'a [Response],
    /// Kiosks whose responses arrived here by device transfer.
    pub transferred_from: Vec<String>,
    /// The centre's other kiosks' exports taken in here.
    pub imports: &'a [AggregateExport],
    /// This kiosk's earlier exports (of any survey; only this one's count).
    pub earlier: &'a [ExportRecord],
    pub representative: Option<(&'a SurveyDefinition, &'a Answers)>,
}

/// Why no export could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The whole centre is under the minimum.
    TooFew { respondents: u32, minimum: u32 },
    /// Fewer than the minimum arrived since an earlier export: the two files would show what
    /// they said.
    TooFewSince {
        respondents: u32,
        minimum: u32,
        export_id: String,
    },
    /// This kiosk's own responses are under the minimum, and the export also carries files the
    /// reader may hold: subtracting them would show this kiosk's few.
    OwnTooFew { respondents: u32, minimum: u32 },
    /// The counts together overflow (hostile imports).
    Overflow,
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::TooFew { respondents, minimum } => write!(
                f,
                "{respondents} respondents: an export needs at least {minimum} so that nobody can be recognised"
            ),
            ExportError::TooFewSince {
                respondents,
                minimum,
                export_id,
            } => write!(
                f,
                "{respondents} new respondents since the export {export_id}: the next export needs at least {minimum} new ones"
            ),
            ExportError::OwnTooFew { respondents, minimum } => write!(
                f,
                "this kiosk's own {respondents} respondents are fewer than {minimum}: send them to another kiosk by device transfer instead"
            ),
            ExportError::Overflow => f.write_str("the counts overflow"),
        }
    }
}

impl std::error::Error for ExportError {}

/// Every attribute item of the survey, in survey order.
pub fn attributes(survey: &SurveyDefinition) -> Vec<String> {
    survey
        .choice_items()
        .filter(|item| item.kind == ItemKind::Attribute)
        .map(|item| item.id.clone())
        .collect()
}

/// The cell of `tally` as released: only shown items, sums against the KGI where `pairs` allows.
fn cell_of(
    survey: &SurveyDefinition,
    group: Option<GroupKey>,
    tally: &Tally,
    shown: &[bool],
    pairs: Option<&[bool]>,
) -> Cell {
    let items = survey
        .choice_items()
        .enumerate()
        .filter(|(position, _)| shown[*position] && tally.answered(*position) > 0)
        .map(|(position, item)| {
            let counts = tally
                .row(position)
                .iter()
                .enumerate()
                .filter(|(_, count)| **count > 0)
                .map(|(value, count)| (value.to_string(), *count))
                .collect();
            let kgi_pairs = pairs
                .filter(|pairs| pairs[position])
                .map(|_| tally.pairs()[position]);
            (item.id.clone(), ItemCounts { counts, kgi_pairs })
        })
        .collect();
    Cell {
        group,
        respondents: tally.respondents,
        items,
    }
}

/// Every cell `release` lets out of `tallies`: the whole centre, then each shown group.
pub(super) fn released_cells(
    survey: &SurveyDefinition,
    tallies: &GroupTallies,
    release: &Release,
) -> Vec<Cell> {
    let mut cells = vec![cell_of(
        survey,
        None,
        &tallies.whole,
        &release.items,
        Some(&release.pairs),
    )];
    for (split, split_release) in tallies.splits.iter().zip(&release.splits) {
        for ((value, _, tally), group) in split.groups.iter().zip(&split_release.groups) {
            if group.shown {
                let key = GroupKey {
                    attribute: split.attribute.clone(),
                    value: *value,
                };
                cells.push(cell_of(survey, Some(key), tally, &group.items, None));
            }
        }
    }
    cells
}

impl AggregateExport {
    /// Writes the export and the record this kiosk keeps of it, or says why it must not.
    pub fn build(input: ExportInput<'_>) -> Result<(AggregateExport, ExportRecord), ExportError> {
        let survey = input.survey;
        let minimum = effective_minimum(input.minimum);
        let attributes = attributes(survey);
        let tally_of = |responses: &mut dyn Iterator<Item = &Response>| {
            GroupTallies::of(survey, &attributes, responses.map(|response| &response.answers))
                .expect("the survey's own attributes")
        };
        let own_tallies = tally_of(&mut input.responses.iter());
        let mut tallies = own_tallies.clone();
        for file in input.imports {
            tallies
                .add_import(survey, file)
                .map_err(|_| ExportError::Overflow)?;
        }
        if tallies.whole.respondents < minimum {
            return Err(ExportError::TooFew {
                respondents: tallies.whole.respondents,
                minimum,
            });
        }
        let own = input.responses.len() as u32;
        if !input.imports.is_empty() && !is_safe(i64::from(own), minimum) {
            return Err(ExportError::OwnTooFew {
                respondents: own,
                minimum,
            });
        }
        // The tables an attacker could subtract (rule 7).
        let mut differences = Vec::new();
        if !input.imports.is_empty() {
            differences.push(own_tallies);
        }
        let survey_key = survey.key.to_string();
        let mut earlier: Vec<&ExportRecord> = input
            .earlier
            .iter()
            .filter(|record| record.survey == survey_key)
            .collect();
        earlier.sort_by(|a, b| a.created_at.cmp(&b.created_at));
        for record in &earlier {
            let covered = record.response_ids();
            let mut since = input
                .responses
                .iter()
                .filter(|r| !covered.contains(r.id.as_str()));
            let difference = tally_of(&mut since);
            if !is_safe(i64::from(difference.whole.respondents), minimum) {
                return Err(ExportError::TooFewSince {
                    respondents: difference.whole.respondents,
                    minimum,
                    export_id: record.export_id.clone(),
                });
            }
            differences.push(difference);
        }
        let release = Release::with_differences(survey, &tallies, minimum, &differences).map_err(
            |error| match error {
                ReleaseError::TooFew { respondents, minimum }
                | ReleaseError::TooFewNew { respondents, minimum } => {
                    ExportError::TooFew { respondents, minimum }
                }
            },
        )?;

        let cells = released_cells(survey, &tallies, &release);
        let mut sources = vec![Source {
            device_id: input.device_id.to_owned(),
            export_id: input.export_id.to_owned(),
            respondents: own,
            transferred_from: input.transferred_from,
        }];
        sources.extend(input.imports.iter().flat_map(|file| file.sources.clone()));
        sources.sort();
        let created_at = utc_timestamp(input.created_at_ms);
        let file = AggregateExport {
            format: EXPORT_FORMAT.to_owned(),
            format_version: EXPORT_FORMAT_VERSION,
            export_id: input.export_id.to_owned(),
            device_id: input.device_id.to_owned(),
            created_at: created_at.clone(),
            supersedes: earlier.last().map(|record| record.export_id.clone()),
            centre: CentreInfo::of(input.profile, input.centre_id),
            survey: SurveyStamp::of(survey),
            minimum,
            sources,
            cells,
            representative: input
                .representative
                .map(|(survey, answers)| RepresentativeAnswers {
                    survey: SurveyStamp::of(survey),
                    answers: survey
                        .choice_items()
                        .zip(answers.choices())
                        .filter_map(|(item, choice)| choice.map(|value| (item.id.clone(), value)))
                        .collect(),
                }),
        };
        let record = ExportRecord {
            v: SCHEMA_VERSION,
            export_id: input.export_id.to_owned(),
            created_at,
            survey: survey_key,
            responses: input
                .responses
                .iter()
                .map(|response| format!("{},", response.id))
                .collect(),
        };
        Ok((file, record))
    }
}
