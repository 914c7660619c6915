//! The national benchmark: a dated, versioned snapshot of every benchmark centre's results,
//! and where a centre stands against it.
//!
//! A measure is the KGI (a centre's mean, 0-10), a factor (a centre's mean of its items'
//! favourable %), or an item (a centre's favourable %). The snapshot keeps every centre's value,
//! so rank, percentile and quantiles are exact, and a summary per size category for people
//! reading the file.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scoring::{Scores, Share};
use crate::survey::{Factor, SurveyDefinition};
use crate::text::{Language, Text};

pub const FORMAT: &str = "yorisoi-benchmark";
pub const FORMAT_VERSION: u32 = 1;

/// The two award categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeCategory {
    /// 大規模センター
    Large,
    /// 中・小規模センター
    MidSmall,
}

impl SizeCategory {
    pub const ALL: [SizeCategory; 2] = [SizeCategory::Large, SizeCategory::MidSmall];

    pub fn id(self) -> &'static str {
        match self {
            SizeCategory::Large => "large",
            SizeCategory::MidSmall => "mid_small",
        }
    }

    pub fn name(self, language: Language) -> &'static str {
        match (self, language) {
            (SizeCategory::Large, Language::Ja) => "大規模センター",
            (SizeCategory::Large, Language::En) => "Large centres",
            (SizeCategory::MidSmall, Language::Ja) => "中・小規模センター",
            (SizeCategory::MidSmall, Language::En) => "Mid-size and small centres",
        }
    }
}

/// What is measured, and its key in the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    Kgi,
    Factor(Factor),
    Item(String),
}

impl Measure {
    pub fn key(&self) -> String {
        match self {
            Measure::Kgi => "kgi".to_owned(),
            Measure::Factor(factor) => format!("factor:{}", factor.id()),
            Measure::Item(id) => format!("item:{id}"),
        }
    }

    /// What a person reads: the KGI's and items' wording, the factor's name.
    pub fn label(&self, survey: &SurveyDefinition, language: Language) -> String {
        match self {
            Measure::Kgi => match language {
                Language::Ja => "幸福度（KGI）".to_owned(),
                Language::En => "Happiness at work (KGI)".to_owned(),
            },
            Measure::Factor(factor) => factor.name(language).to_owned(),
            Measure::Item(id) => survey
                .item(id)
                .map_or_else(|| id.clone(), |item| item.text.get(language).to_owned()),
        }
    }

    /// A centre's value of this measure; `None` when nobody answered.
    pub fn value(&self, scores: &Scores) -> Option<f64> {
        match self {
            Measure::Kgi => scores.kgi()?.mean(),
            Measure::Factor(factor) => scores.factor(*factor).favourable_percent,
            Measure::Item(id) => scores.item(id)?.favourable.and_then(Share::percent),
        }
    }

    /// Every measure a survey has: the KGI, the seven factors, and each item that leans.
    pub fn all(survey: &SurveyDefinition) -> Vec<Measure> {
        let mut measures = vec![Measure::Kgi];
        measures.extend(Factor::ALL.map(Measure::Factor));
        measures.extend(
            survey
                .choice_items()
                .filter(|item| !matches!(item.kind, crate::ItemKind::Attribute | crate::ItemKind::Kgi))
                .map(|item| Measure::Item(item.id.clone())),
        );
        measures
    }
}

/// Mean, standard deviation and quantiles of a set of centre values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub centres: u32,
    pub mean: f64,
    /// Population standard deviation.
    pub sd: f64,
    pub median: f64,
    /// The top quartile's threshold (75th percentile).
    pub p75: f64,
    /// The top 10%'s threshold (90th percentile).
    pub p90: f64,
}

impl Summary {
    /// `None` for no values.
    pub fn of(values: &[f64]) -> Option<Summary> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len() as f64;
        let mean = sorted.iter().sum::<f64>() / n;
        let sd = (sorted.iter().map(|value| (value - mean).powi(2)).sum::<f64>() / n).sqrt();
        Some(Summary {
            centres: sorted.len() as u32,
            mean,
            sd,
            median: quantile(&sorted, 0.5),
            p75: quantile(&sorted, 0.75),
            p90: quantile(&sorted, 0.9),
        })
    }
}

/// The `q` quantile of sorted values, interpolating linearly between the two nearest ranks
/// (the common "type 7" definition).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    sorted[below] + (sorted[above] - sorted[below]) * (position - below as f64)
}

/// Where one centre's value stands among the benchmark centres' values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    pub value: f64,
    /// 1 + the benchmark centres with a higher value.
    pub rank: u32,
    /// The benchmark centres plus this one.
    pub of: u32,
    /// The share of benchmark centres below this value, ties counting half, in percent.
    pub percentile: f64,
    /// 偏差値: 50 + 10 z, with z from the benchmark's mean and population standard deviation.
    pub deviation: f64,
    /// Value minus the benchmark mean.
    pub difference: f64,
    pub summary: Summary,
}

impl Standing {
    pub fn among(value: f64, peers: &[f64]) -> Option<Standing> {
        let summary = Summary::of(peers)?;
        let higher = peers.iter().filter(|peer| **peer > value).count();
        let lower = peers.iter().filter(|peer| **peer < value).count();
        let ties = peers.len() - higher - lower;
        let z = if summary.sd > 0.0 {
            (value - summary.mean) / summary.sd
        } else {
            0.0
        };
        Some(Standing {
            value,
            rank: higher as u32 + 1,
            of: peers.len() as u32 + 1,
            percentile: (lower as f64 + ties as f64 / 2.0) * 100.0 / peers.len() as f64,
            deviation: 50.0 + 10.0 * z,
            difference: value - summary.mean,
            summary,
        })
    }
}

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
pub struct SnapshotError(pub String);

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

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
        let snapshot: Snapshot = serde_json::from_str(json)
            .map_err(|error| SnapshotError(format!("the benchmark file is not readable: {error}")))?;
        if snapshot.format != FORMAT || snapshot.format_version != FORMAT_VERSION {
            return Err(SnapshotError(format!(
                "the benchmark file is format {} version {}; this app reads {FORMAT} version {FORMAT_VERSION}",
                snapshot.format, snapshot.format_version
            )));
        }
        if snapshot.survey.id != survey.key.id || snapshot.survey.version != survey.key.version {
            return Err(SnapshotError(format!(
                "the benchmark is for survey {} version {}, but this kiosk runs {} version {}",
                snapshot.survey.id, snapshot.survey.version, survey.key.id, survey.key.version
            )));
        }
        let centres = snapshot.centre_sizes.len();
        if centres == 0 || centres != snapshot.centres as usize {
            return Err(SnapshotError(format!(
                "the benchmark lists {} centre sizes for {} centres",
                centres, snapshot.centres
            )));
        }
        if !snapshot.centre_respondents.is_empty() && snapshot.centre_respondents.len() != centres {
            return Err(SnapshotError(format!(
                "the benchmark lists {} centres' respondents for {} centres",
                snapshot.centre_respondents.len(),
                centres
            )));
        }
        if let Some((key, _)) = snapshot
            .measures
            .iter()
            .find(|(_, data)| data.values.len() != centres)
        {
            return Err(SnapshotError(format!(
                "the benchmark's {key} does not have one value per centre"
            )));
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
