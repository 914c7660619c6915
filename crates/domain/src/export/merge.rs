//! The organiser's merge: several kiosk exports of one centre as one file.

use std::collections::BTreeSet;

use super::error::{ImportError, Impossible, Included};
use super::format::{utc_timestamp, AggregateExport, SurveyStamp, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};
use crate::groups::GroupTallies;
use crate::release::Release;
use crate::survey::SurveyDefinition;

use super::build::{attributes, released_cells};

/// Merges several files of one centre into one: the whole centre exactly, a group or item only
/// where every file has it, released again under the largest minimum of the files. Files of
/// different centres, or holding the same kiosk twice, are refused.
pub fn merge(
    survey: &SurveyDefinition,
    files: &[AggregateExport],
    export_id: &str,
    created_at_ms: u64,
) -> Result<AggregateExport, ImportError> {
    let Some(first) = files.first() else {
        return Err(Impossible::NoSources.into());
    };
    if let Some(other) = files.iter().find(|file| file.centre.id != first.centre.id) {
        return Err(ImportError::OtherCentre {
            name: other.centre.name.clone(),
            id: other.centre.id.clone().unwrap_or_default(),
        });
    }
    let mut devices = BTreeSet::new();
    for file in files {
        for device in file.devices() {
            if !devices.insert(device) {
                return Err(Included::InFile {
                    export_id: file.export_id.clone(),
                }
                .into());
            }
        }
    }
    let mut tallies = GroupTallies::of(survey, &attributes(survey), std::iter::empty())
        .expect("the survey's own attributes");
    for file in files {
        tallies.add_import(survey, file)?;
    }
    let minimum = files
        .iter()
        .map(|file| file.minimum)
        .max()
        .unwrap_or(first.minimum);
    let release = Release::of(survey, &tallies, minimum).map_err(|_| Impossible::NoWholeCell)?;
    let cells = released_cells(survey, &tallies, &release);
    let mut sources: Vec<_> = files.iter().flat_map(|file| file.sources.clone()).collect();
    sources.sort();
    Ok(AggregateExport {
        format: EXPORT_FORMAT.to_owned(),
        format_version: EXPORT_FORMAT_VERSION,
        export_id: export_id.to_owned(),
        device_id: first.device_id.clone(),
        created_at: utc_timestamp(created_at_ms),
        supersedes: None,
        centre: first.centre.clone(),
        survey: SurveyStamp::of(survey),
        minimum: release.minimum,
        sources,
        cells,
        representative: files.iter().find_map(|file| file.representative.clone()),
    })
}
