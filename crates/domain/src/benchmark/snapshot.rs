//! The snapshot file: its format, building it from centres, reading and checking it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scoring::Scores;
use crate::survey::SurveyDefinition;
use crate::text::Text;

use super::measure::{Measure, SizeCategory};
use super::standing::{Standing, Summary};

pub const FORMAT: &str = "yorisoi-benchmark";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyRef {
    pub id: String,
    pub version: String,
}

/// One measure in the snapshot: each centre's value (in the snapshot's centre order; `null`
/// where a centre had no answer) and summaries overall and per size category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureData {
    pub values: Vec<Option<f64>>,
    pub summary: BTreeMap<String, Summary>,
}

/// A benchmark snapshot as shipped under `public/benchmark/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub format: String,
    pub format_version: u32,
    /// e.g. `synthetic-2026.1` or `national-2025`.
    pub id: String,
    /// The date the snapshot was built, `YYYY-MM-DD`.
    pub created: String,
    /// A synthetic sample, not real centres: every view says so.
    pub synthetic: bool,
    pub label: Text,
    pub survey: SurveyRef,
    /// Benchmark centres and their respondents in all.
    pub centres: u32,
    pub respondents: u32,
    /// Each centre's size category, in centre order.
    pub centre_sizes: Vec<SizeCategory>,
    /// Each centre's respondents, in centre order, for respondent-weighted figures such as the
    /// organiser's trend. Empty in snapshots built before it existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centre_respondents: Vec<u32>,
    pub measures: BTreeMap<String, MeasureData>,
}

/// Why a snapshot cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    NotReadable {
        reason: String,
    },
    OtherFormat {
        format: String,
        version: u32,
    },
    OtherSurvey {
        file: String,
        kiosk: String,
    },
    /// The file's lists do not agree with its number of centres.
    Inconsistent,
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::NotReadable { reason } => write!(f, "the benchmark file is not readable: {reason}"),
            SnapshotError::OtherFormat { format, version } => write!(
                f,
                "the benchmark file is format {format} version {version}; this app reads {FORMAT} version {FORMAT_VERSION}"
            ),
            SnapshotError::OtherSurvey { file, kiosk } => {
                write!(f, "the benchmark is for survey {file}, but this kiosk runs {kiosk}")
            }
            SnapshotError::Inconsistent => f.write_str("the benchmark's lists do not agree with its number of centres"),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// One centre's values, the input of [`Snapshot::build`].
#[derive(Debug, Clone, PartialEq)]
pub struct CentreValues {
    pub size: SizeCategory,
    pub respondents: u32,
    pub scores: Scores,
}

impl Snapshot {
    /// Builds a snapshot from every centre's scores.
    pub fn build(
        id: &str,
        created: &str,
        synthetic: bool,
        label: Text,
        survey: &SurveyDefinition,
        centres: &[CentreValues],
    ) -> Snapshot {
        let centre_sizes: Vec<SizeCategory> = centres.iter().map(|centre| centre.size).collect();
        let measures = Measure::all(survey)
            .into_iter()
            .map(|measure| {
                let values: Vec<Option<f64>> = centres
                    .iter()
                    .map(|centre| {
                        measure
                            .value(&centre.scores)
                            .map(|value| round_stored(value, &measure))
                    })
                    .collect();
                (measure.key(), MeasureData::new(values, &centre_sizes))
            })
            .collect();
        Snapshot {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            id: id.to_owned(),
            created: created.to_owned(),
            synthetic,
            label,
            survey: SurveyRef {
                id: survey.key.id.clone(),
                version: survey.key.version.clone(),
            },
            centres: centres.len() as u32,
            respondents: centres.iter().map(|centre| centre.respondents).sum(),
            centre_sizes,
            centre_respondents: centres.iter().map(|centre| centre.respondents).collect(),
            measures,
        }
    }

    /// Reads a snapshot and checks it is one the app can use with `survey`.
    pub fn parse(json: &str, survey: &SurveyDefinition) -> Result<Snapshot, SnapshotError> {
        let snapshot: Snapshot = serde_json::from_str(json).map_err(|error| SnapshotError::NotReadable {
            reason: error.to_string(),
        })?;
        if snapshot.format != FORMAT || snapshot.format_version != FORMAT_VERSION {
            return Err(SnapshotError::OtherFormat {
                format: snapshot.format,
                version: snapshot.format_version,
            });
        }
        if snapshot.survey.id != survey.key.id || snapshot.survey.version != survey.key.version {
            return Err(SnapshotError::OtherSurvey {
                file: format!("{}@{}", snapshot.survey.id, snapshot.survey.version),
                kiosk: format!("{}@{}", survey.key.id, survey.key.version),
            });
        }
        let centres = snapshot.centre_sizes.len();
        let lists_agree = centres > 0
            && centres == snapshot.centres as usize
            && (snapshot.centre_respondents.is_empty() || snapshot.centre_respondents.len() == centres)
            && snapshot
                .measures
                .values()
                .all(|data| data.values.len() == centres);
        if !lists_agree {
            return Err(SnapshotError::Inconsistent);
        }
        Ok(snapshot)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a snapshot serializes")
    }

    /// The benchmark centres' values of a measure, all or of one size category.
    pub fn values(&self, measure: &Measure, size: Option<SizeCategory>) -> Vec<f64> {
        let Some(data) = self.measures.get(&measure.key()) else {
            return Vec::new();
        };
        data.values
            .iter()
            .zip(&self.centre_sizes)
            .filter(|(_, centre_size)| size.is_none_or(|size| size == **centre_size))
            .filter_map(|(value, _)| *value)
            .collect()
    }

    /// Where `value` stands, among all centres or those of one size.
    pub fn standing(&self, measure: &Measure, value: f64, size: Option<SizeCategory>) -> Option<Standing> {
        Standing::among(value, &self.values(measure, size))
    }

    pub fn summary(&self, measure: &Measure, size: Option<SizeCategory>) -> Option<Summary> {
        Summary::of(&self.values(measure, size))
    }
}

impl MeasureData {
    fn new(values: Vec<Option<f64>>, sizes: &[SizeCategory]) -> MeasureData {
        let mut summary = BTreeMap::new();
        let present = |size: Option<SizeCategory>| -> Vec<f64> {
            values
                .iter()
                .zip(sizes)
                .filter(|(_, centre_size)| size.is_none_or(|size| size == **centre_size))
                .filter_map(|(value, _)| *value)
                .collect()
        };
        if let Some(overall) = Summary::of(&present(None)) {
            summary.insert("overall".to_owned(), overall.rounded());
        }
        for size in SizeCategory::ALL {
            if let Some(of_size) = Summary::of(&present(Some(size))) {
                summary.insert(size.id().to_owned(), of_size.rounded());
            }
        }
        MeasureData { values, summary }
    }
}

impl Summary {
    fn rounded(self) -> Summary {
        let round = |value: f64| (value * 1000.0).round() / 1000.0;
        Summary {
            centres: self.centres,
            mean: round(self.mean),
            sd: round(self.sd),
            median: round(self.median),
            p75: round(self.p75),
            p90: round(self.p90),
        }
    }
}

/// Stored precision: KGI means to 0.001, percentages to 0.01: finer than any view shows.
fn round_stored(value: f64, measure: &Measure) -> f64 {
    let scale = if *measure == Measure::Kgi { 1000.0 } else { 100.0 };
    (value * scale).round() / scale
}
