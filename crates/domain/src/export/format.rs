//! The aggregate export's shape, format version 2 (docs/export-format.md). Version 1 files are
//! still read as baselines; only version 2 files are imported or merged.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::benchmark::SizeCategory;
use crate::profile::{CentreProfile, Percent};
use crate::scoring::PairSums;
use crate::survey::SurveyDefinition;
use crate::unique_map::unique_map;

pub const EXPORT_FORMAT: &str = "yorisoi-export";
pub const EXPORT_FORMAT_VERSION: u32 = 2;
/// The first version, read only as a baseline: it carried figures version 2 no longer releases.
pub const OLDEST_READABLE_VERSION: u32 = 1;
/// Files above this size are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;
/// No cell of any file may claim more respondents than this.
pub const MAX_RESPONDENTS: u32 = 1_000_000;

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

impl std::fmt::Display for SurveyStamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}#{}", self.id, self.version, self.content_hash)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreInfo {
    /// The centre's id (16 hex digits), the same in every export of the centre. Version 1 had
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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

impl CentreInfo {
    pub fn of(profile: &CentreProfile, centre_id: &str) -> CentreInfo {
        CentreInfo {
            id: Some(centre_id.to_owned()),
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
    /// Kiosks whose responses reached this one by a device-transfer file: counted in its
    /// respondents, and never to be counted again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transferred_from: Vec<String>,
}

impl Source {
    /// Every kiosk whose responses this source holds.
    pub fn devices(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.device_id.as_str()).chain(self.transferred_from.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupKey {
    pub attribute: String,
    pub value: u8,
}

/// One item in one cell: how many chose each value, and (whole centre only) its sums against
/// the KGI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemCounts {
    /// Value (as text, a JSON key) to count; values nobody chose are left out.
    #[serde(deserialize_with = "unique_map")]
    pub counts: BTreeMap<String, u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kgi_pairs: Option<PairSums>,
}

/// The whole centre (`group` null) or one group of one attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub group: Option<GroupKey>,
    pub respondents: u32,
    /// Only the items the release rule lets out for this cell.
    #[serde(deserialize_with = "unique_map")]
    pub items: BTreeMap<String, ItemCounts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepresentativeAnswers {
    pub survey: SurveyStamp,
    /// Item id to maturity level (1-5).
    #[serde(deserialize_with = "unique_map")]
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
    /// This kiosk's previous export of the same survey, which this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    pub centre: CentreInfo,
    pub survey: SurveyStamp,
    /// The anonymity minimum every cell was written under.
    pub minimum: u32,
    pub sources: Vec<Source>,
    pub cells: Vec<Cell>,
    pub representative: Option<RepresentativeAnswers>,
}

impl AggregateExport {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export serializes")
    }

    /// Every kiosk whose responses the file holds, directly or by transfer.
    pub fn devices(&self) -> impl Iterator<Item = &str> {
        self.sources.iter().flat_map(Source::devices)
    }

    /// The whole centre's cell (checked on parse: exactly one).
    pub fn whole_cell(&self) -> Option<&Cell> {
        self.cells.iter().find(|cell| cell.group.is_none())
    }

    /// The whole centre's respondents.
    pub fn respondents(&self) -> u32 {
        self.whole_cell().map_or(0, |cell| cell.respondents)
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

/// An id as every file writes it: 16 lowercase hex digits.
pub fn is_valid_id(id: &str) -> bool {
    crate::records::is_valid_response_id(id)
}
