//! The aggregate export: what a kiosk sends to its centre's other kiosks and to the central
//! organiser. Counts per group cell and the sums the driver analysis needs; never an individual
//! response or a comment. Documented in `docs/export-format.md` with a JSON Schema beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::benchmark::SizeCategory;
use crate::groups::{GroupTallies, SplitTallies};
use crate::profile::{CentreProfile, Percent};
use crate::report::LOWEST_MIN_RESPONDENTS;
use crate::scoring::{PairSums, Tally};
use crate::survey::{ItemKind, Scale, SurveyDefinition, MAX_OPTION_VALUE};
use crate::Answers;

pub const EXPORT_FORMAT: &str = "yorisoi-export";
pub const EXPORT_FORMAT_VERSION: u32 = 1;
/// Files above this size are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyStamp {
    pub id: String,
    pub version: String,
    pub content_hash: String,
}

impl SurveyStamp {
    pub fn of(survey: &SurveyDefinition) -> SurveyStamp {
        SurveyStamp {
            id: survey.key.id.clone(),
            version: survey.key.version.clone(),
            content_hash: survey.key.content_hash.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreInfo {
    pub name: String,
    pub size: SizeCategory,
    pub headcount: Option<u32>,
    pub industry: String,
    /// Optional outcomes (0-100 %); absent in files written before they existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_satisfaction: Option<Percent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover_rate: Option<Percent>,
}

impl From<&CentreProfile> for CentreInfo {
    fn from(profile: &CentreProfile) -> Self {
        CentreInfo {
            name: profile.name.clone(),
            size: profile.size,
            headcount: profile.headcount,
            industry: profile.industry.clone(),
            customer_satisfaction: profile.customer_satisfaction,
            turnover_rate: profile.turnover_rate,
        }
    }
}

/// One kiosk export that a file holds: the file itself, or each one merged into it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub device_id: String,
    pub export_id: String,
    pub respondents: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupKey {
    pub attribute: String,
    pub value: u8,
}

/// One item in one cell: how many chose each value, and its sums against the KGI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemCounts {
    /// Value (as text, a JSON key) to count; values nobody chose are left out.
    pub counts: BTreeMap<String, u32>,
    pub kgi_pairs: PairSums,
}

/// The whole centre (`group` null) or one group of one attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub group: Option<GroupKey>,
    pub respondents: u32,
    pub items: BTreeMap<String, ItemCounts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepresentativeAnswers {
    pub survey: SurveyStamp,
    /// Item id to maturity level (1-5).
    pub answers: BTreeMap<String, u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateExport {
    pub format: String,
    pub format_version: u32,
    pub export_id: String,
    pub device_id: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    pub centre: CentreInfo,
    pub survey: SurveyStamp,
    /// The anonymity minimum every group cell was written under.
    pub minimum: u32,
    pub sources: Vec<Source>,
    pub cells: Vec<Cell>,
    pub representative: Option<RepresentativeAnswers>,
}

/// Why a file was refused. Every message names the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson(String),
    UnknownFormat { format: String, version: u32 },
    OtherSurvey { file: String, kiosk: String },
    ImpossibleCounts(String),
    AlreadyIncluded(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; an export is at most {} MB",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::NotJson(error) => write!(f, "not a Yorisoi export (not readable JSON: {error})"),
            ImportError::UnknownFormat { format, version } => write!(
                f,
                "unknown format {format:?} version {version}; this version reads {EXPORT_FORMAT} version {EXPORT_FORMAT_VERSION}"
            ),
            ImportError::OtherSurvey { file, kiosk } => {
                write!(f, "the file is for survey {file}, but this kiosk runs {kiosk}")
            }
            ImportError::ImpossibleCounts(problem) => write!(f, "impossible counts: {problem}"),
            ImportError::AlreadyIncluded(what) => write!(f, "already included: {what}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Why no export could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooFewToExport {
    pub respondents: u32,
    pub minimum: u32,
}

impl fmt::Display for TooFewToExport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} respondents: an export needs at least {} so that nobody can be recognised",
            self.respondents, self.minimum
        )
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` from milliseconds since the Unix epoch.
pub fn utc_timestamp(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, day_secs) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        day_secs / 3600,
        day_secs % 3600 / 60,
        day_secs % 60
    )
}

/// Every attribute item of the survey, in survey order.
pub fn attributes(survey: &SurveyDefinition) -> Vec<String> {
    survey
        .choice_items()
        .filter(|item| item.kind == ItemKind::Attribute)
        .map(|item| item.id.clone())
        .collect()
}

fn cell_of(survey: &SurveyDefinition, group: Option<GroupKey>, tally: &Tally) -> Cell {
    let items = survey
        .choice_items()
        .zip(&tally.counts)
        .zip(&tally.pairs)
        .map(|((item, row), pairs)| {
            let counts = row
                .iter()
                .enumerate()
                .filter(|(_, count)| **count > 0)
                .map(|(value, count)| (value.to_string(), *count))
                .collect();
            (
                item.id.clone(),
                ItemCounts {
                    counts,
                    kgi_pairs: *pairs,
                },
            )
        })
        .collect();
    Cell {
        group,
        respondents: tally.respondents,
        items,
    }
}

/// What an export is made of.
pub struct ExportInput<'a> {
    pub survey: &'a SurveyDefinition,
    pub device_id: &'a str,
    pub export_id: &'a str,
    pub created_at_ms: u64,
    pub profile: &'a CentreProfile,
    pub minimum: u32,
    /// Every attribute's groups, this kiosk's responses and its imports together.
    pub tallies: &'a GroupTallies,
    /// This kiosk's own respondents and the sources of what it imported.
    pub own_respondents: u32,
    pub imported_sources: Vec<Source>,
    pub representative: Option<(&'a SurveyDefinition, &'a Answers)>,
}

impl AggregateExport {
    /// Writes the whole centre and every group cell the anonymity rules allow: groups under the
    /// minimum, the next smallest where one would be alone, and groups not complete in every
    /// source are left out.
    pub fn build(input: ExportInput<'_>) -> Result<AggregateExport, TooFewToExport> {
        let minimum = input.minimum.max(LOWEST_MIN_RESPONDENTS);
        let whole = &input.tallies.whole;
        if whole.respondents < minimum {
            return Err(TooFewToExport {
                respondents: whole.respondents,
                minimum,
            });
        }
        let mut cells = vec![cell_of(input.survey, None, whole)];
        for split in &input.tallies.splits {
            let hidden = input.tallies.hidden_groups(split, minimum);
            for ((value, _, tally), hidden) in split.groups.iter().zip(hidden) {
                if !hidden {
                    let key = GroupKey {
                        attribute: split.attribute.clone(),
                        value: *value,
                    };
                    cells.push(cell_of(input.survey, Some(key), tally));
                }
            }
        }
        let mut sources = vec![Source {
            device_id: input.device_id.to_owned(),
            export_id: input.export_id.to_owned(),
            respondents: input.own_respondents,
        }];
        sources.extend(input.imported_sources);
        sources.sort();
        Ok(AggregateExport {
            format: EXPORT_FORMAT.to_owned(),
            format_version: EXPORT_FORMAT_VERSION,
            export_id: input.export_id.to_owned(),
            device_id: input.device_id.to_owned(),
            created_at: utc_timestamp(input.created_at_ms),
            centre: CentreInfo::from(input.profile),
            survey: SurveyStamp::of(input.survey),
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
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export serializes")
    }

    /// Reads and checks a file: its size, its format, its survey, and that every count is
    /// possible. Nothing is stored here; the caller stores only what this accepts.
    pub fn parse(bytes: &[u8], survey: &SurveyDefinition) -> Result<AggregateExport, ImportError> {
        let export = AggregateExport::read(bytes)?;
        let stamp = SurveyStamp::of(survey);
        if export.survey != stamp {
            return Err(ImportError::OtherSurvey {
                file: format!(
                    "{}@{}#{}",
                    export.survey.id, export.survey.version, export.survey.content_hash
                ),
                kiosk: survey.key.to_string(),
            });
        }
        export.check_counts(survey)?;
        Ok(export)
    }

    /// Reads a file of this format, for any survey: its size, its format and version, its shape.
    /// What it holds is checked by [`AggregateExport::parse`] (or, for a baseline, by item id).
    pub fn read(bytes: &[u8]) -> Result<AggregateExport, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: bytes.len() });
        }
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|error| ImportError::NotJson(error.to_string()))?;
        let format = value
            .get("format")
            .and_then(|f| f.as_str())
            .unwrap_or("")
            .to_owned();
        let version = value.get("format_version").and_then(|v| v.as_u64()).unwrap_or(0) as u32;
        if format != EXPORT_FORMAT || version != EXPORT_FORMAT_VERSION {
            return Err(ImportError::UnknownFormat { format, version });
        }
        serde_json::from_value(value).map_err(|error| {
            let text = error.to_string();
            if text.contains("integer `-") {
                ImportError::ImpossibleCounts(format!("a negative number ({text})"))
            } else {
                ImportError::NotJson(text)
            }
        })
    }

    fn check_counts(&self, survey: &SurveyDefinition) -> Result<(), ImportError> {
        let impossible = |problem: String| Err(ImportError::ImpossibleCounts(problem));
        let Some(whole) = self.cells.iter().find(|cell| cell.group.is_none()) else {
            return impossible("no whole-centre cell".into());
        };
        if self.cells.iter().filter(|cell| cell.group.is_none()).count() > 1 {
            return impossible("two whole-centre cells".into());
        }
        // Summed in 64 bits: a file's numbers must not overflow the check meant to catch them.
        let from_sources: u64 = self
            .sources
            .iter()
            .map(|source| u64::from(source.respondents))
            .sum();
        if self.sources.is_empty() || from_sources != u64::from(whole.respondents) {
            return impossible(format!(
                "the sources add up to {from_sources} respondents, the whole centre has {}",
                whole.respondents
            ));
        }
        let mut seen = BTreeSet::new();
        for cell in &self.cells {
            let place = match &cell.group {
                None => "the whole centre".to_owned(),
                Some(group) => {
                    if !seen.insert(group.clone()) {
                        return impossible(format!(
                            "group {}={} appears twice",
                            group.attribute, group.value
                        ));
                    }
                    let valid = survey.item(&group.attribute).is_some_and(|item| {
                        item.kind == ItemKind::Attribute && item.scale.accepts(group.value)
                    });
                    if !valid {
                        return impossible(format!(
                            "no group {}={} in this survey",
                            group.attribute, group.value
                        ));
                    }
                    if cell.respondents > whole.respondents {
                        return impossible(format!(
                            "group {}={} has {} respondents, more than the whole centre's {}",
                            group.attribute, group.value, cell.respondents, whole.respondents
                        ));
                    }
                    if cell.respondents < self.minimum && cell.respondents > 0 {
                        return impossible(format!(
                            "group {}={} has {} respondents, under the minimum of {}",
                            group.attribute, group.value, cell.respondents, self.minimum
                        ));
                    }
                    format!("group {}={}", group.attribute, group.value)
                }
            };
            cell_tally(survey, cell)
                .map_err(|problem| ImportError::ImpossibleCounts(format!("{place}: {problem}")))?;
        }
        let attributes: BTreeSet<&str> = self
            .cells
            .iter()
            .filter_map(|c| c.group.as_ref().map(|g| g.attribute.as_str()))
            .collect();
        for attribute in attributes {
            let total: u64 = self
                .cells
                .iter()
                .filter(|c| c.group.as_ref().is_some_and(|g| g.attribute == attribute))
                .map(|c| u64::from(c.respondents))
                .sum();
            if total > u64::from(whole.respondents) {
                return impossible(format!(
                    "the groups of {attribute} add up to {total}, more than the whole centre's {}",
                    whole.respondents
                ));
            }
        }
        if let Some(representative) = &self.representative {
            if let Some((id, level)) = representative
                .answers
                .iter()
                .find(|(_, level)| !(1..=5).contains(*level))
            {
                return impossible(format!("representative answer {id} is {level}, not a level 1-5"));
            }
        }
        Ok(())
    }

    /// The whole centre's tally.
    pub fn whole(&self, survey: &SurveyDefinition) -> Tally {
        let cell = self
            .cells
            .iter()
            .find(|cell| cell.group.is_none())
            .expect("checked on parse");
        cell_tally(survey, cell).expect("checked on parse")
    }

    /// The tally of one group, if the file has it.
    pub fn group(&self, survey: &SurveyDefinition, attribute: &str, value: u8) -> Option<Tally> {
        let cell = self.cells.iter().find(|cell| {
            cell.group
                .as_ref()
                .is_some_and(|g| g.attribute == attribute && g.value == value)
        })?;
        cell_tally(survey, cell).ok()
    }
}

/// Rebuilds a cell's tally, checking every count against the survey.
fn cell_tally(survey: &SurveyDefinition, cell: &Cell) -> Result<Tally, String> {
    let mut tally = Tally::new(survey);
    tally.respondents = cell.respondents;
    if let Some(unknown) = cell.items.keys().find(|id| survey.choice_position(id).is_none()) {
        return Err(format!("no item {unknown:?} in this survey"));
    }
    let kgi_answered: u64 = survey
        .choice_items()
        .find(|item| item.kind == ItemKind::Kgi)
        .and_then(|item| cell.items.get(&item.id))
        .map_or(0, |counts| {
            counts.counts.values().map(|count| u64::from(*count)).sum()
        });
    for (position, item) in survey.choice_items().enumerate() {
        let Some(counts) = cell.items.get(&item.id) else {
            continue;
        };
        let mut answered = 0u32;
        for (value, count) in &counts.counts {
            let value: u8 = value
                .parse()
                .ok()
                .filter(|value| *value <= MAX_OPTION_VALUE && item.scale.accepts(*value))
                .ok_or_else(|| format!("item {:?} has no value {value:?}", item.id))?;
            tally.counts[position][usize::from(value)] = *count;
            answered = answered.saturating_add(*count);
        }
        if answered > cell.respondents {
            return Err(format!(
                "item {:?} has {answered} answers from {} respondents",
                item.id, cell.respondents
            ));
        }
        let pairs = counts.kgi_pairs;
        let top = u64::from(match &item.scale {
            Scale::Score { max, .. } => *max,
            _ => MAX_OPTION_VALUE,
        });
        let kgi_top = u64::from(MAX_OPTION_VALUE);
        let n = u64::from(pairs.n);
        let possible = pairs.n <= answered
            && u64::from(pairs.n) <= kgi_answered
            && pairs.x <= n * top
            && pairs.y <= n * kgi_top
            && pairs.xx <= n * top * top
            && pairs.yy <= n * kgi_top * kgi_top
            && (pairs.x as u128).pow(2) <= u128::from(n) * u128::from(pairs.xx)
            && (pairs.y as u128).pow(2) <= u128::from(n) * u128::from(pairs.yy);
        if !possible {
            return Err(format!(
                "item {:?} has sums against the KGI that no answers give",
                item.id
            ));
        }
        tally.pairs[position] = pairs;
    }
    Ok(tally)
}

/// How an accepted file joins what a kiosk already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joining {
    /// New: stored beside the others.
    Add,
    /// A newer export of the same kiosk (or kiosks) as an earlier import: it replaces that one.
    Replace { export_id: String },
}

/// Decides whether a file adds anything new. `own_device` is this kiosk; `imported` the files it
/// holds. A file that includes this kiosk's own responses, or a kiosk already imported in a file
/// that is not simply older, would count respondents twice and is refused.
pub fn joining(
    own_device: &str,
    imported: &[AggregateExport],
    new: &AggregateExport,
) -> Result<Joining, ImportError> {
    if imported.iter().any(|file| file.export_id == new.export_id) {
        return Err(ImportError::AlreadyIncluded(format!(
            "this file ({}) was imported before",
            new.export_id
        )));
    }
    if new.sources.iter().any(|source| source.device_id == own_device) {
        return Err(ImportError::AlreadyIncluded(
            "the file holds this kiosk's own responses".into(),
        ));
    }
    let new_devices: BTreeSet<&str> = new.sources.iter().map(|s| s.device_id.as_str()).collect();
    let overlapping: Vec<&AggregateExport> = imported
        .iter()
        .filter(|file| {
            file.sources
                .iter()
                .any(|s| new_devices.contains(s.device_id.as_str()))
        })
        .collect();
    match overlapping.as_slice() {
        [] => Ok(Joining::Add),
        [earlier] => {
            let earlier_devices: BTreeSet<&str> =
                earlier.sources.iter().map(|s| s.device_id.as_str()).collect();
            let respondents =
                |file: &AggregateExport| file.sources.iter().map(|s| s.respondents).sum::<u32>();
            if earlier_devices == new_devices && respondents(new) >= respondents(earlier) {
                Ok(Joining::Replace {
                    export_id: earlier.export_id.clone(),
                })
            } else {
                Err(ImportError::AlreadyIncluded(format!(
                    "its kiosks' responses are already in the file {} imported before",
                    earlier.export_id
                )))
            }
        }
        _ => Err(ImportError::AlreadyIncluded(
            "its kiosks' responses are already in several files imported before".into(),
        )),
    }
}

impl GroupTallies {
    /// Adds an imported file's tallies: the whole centre always; a group only where the file has
    /// it, otherwise the group is marked incomplete and no view shows it.
    pub fn add_import(&mut self, survey: &SurveyDefinition, export: &AggregateExport) {
        self.whole.merge(&export.whole(survey));
        let mut incomplete = Vec::new();
        for SplitTallies { attribute, groups } in &mut self.splits {
            for (value, _, tally) in groups.iter_mut() {
                match export.group(survey, attribute, *value) {
                    Some(group) => tally.merge(&group),
                    None => incomplete.push((attribute.clone(), *value)),
                }
            }
        }
        self.incomplete.extend(incomplete);
    }
}

/// Merges several files of one centre into one, as the central organiser's `merge` does: the
/// whole centre exactly, a group only where every file has it. Files holding the same kiosk twice
/// are refused.
pub fn merge(
    survey: &SurveyDefinition,
    files: &[AggregateExport],
    export_id: &str,
    created_at_ms: u64,
) -> Result<AggregateExport, ImportError> {
    let Some((first, rest)) = files.split_first() else {
        return Err(ImportError::ImpossibleCounts("nothing to merge".into()));
    };
    let mut devices = BTreeSet::new();
    for source in files.iter().flat_map(|file| &file.sources) {
        if !devices.insert(source.device_id.clone()) {
            return Err(ImportError::AlreadyIncluded(format!(
                "kiosk {} is in more than one file",
                source.device_id
            )));
        }
    }
    let all_attributes = attributes(survey);
    let mut tallies = GroupTallies::of(survey, &all_attributes, std::iter::empty::<&Answers>())
        .expect("the survey's own attributes");
    for file in files {
        tallies.add_import(survey, file);
    }
    let profile = {
        let mut profile = CentreProfile::default();
        profile.name = first.centre.name.clone();
        profile.size = first.centre.size;
        profile.headcount = first.centre.headcount;
        profile.industry = first.centre.industry.clone();
        profile.customer_satisfaction = first.centre.customer_satisfaction;
        profile.turnover_rate = first.centre.turnover_rate;
        profile
    };
    let mut merged = AggregateExport::build(ExportInput {
        survey,
        device_id: &first.device_id,
        export_id,
        created_at_ms,
        profile: &profile,
        minimum: files
            .iter()
            .map(|file| file.minimum)
            .max()
            .unwrap_or(first.minimum),
        tallies: &tallies,
        own_respondents: 0,
        imported_sources: files.iter().flat_map(|file| file.sources.clone()).collect(),
        representative: None,
    })
    .map_err(|error| ImportError::ImpossibleCounts(error.to_string()))?;
    // The merge itself holds no responses of its own.
    merged.sources.retain(|source| source.export_id != export_id);
    merged.representative = std::iter::once(first)
        .chain(rest)
        .find_map(|file| file.representative.clone());
    Ok(merged)
}

impl AggregateExport {
    /// This centre as one benchmark centre: its size and whole-centre scores.
    pub fn centre_values(&self, survey: &SurveyDefinition) -> crate::benchmark::CentreValues {
        let whole = self.whole(survey);
        crate::benchmark::CentreValues {
            size: self.centre.size,
            respondents: whole.respondents,
            scores: crate::Scores::from_tally(survey, &whole),
        }
    }
}
