//! The centre's profile, entered by its representative: who the results are about.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::benchmark::SizeCategory;
use crate::records::SCHEMA_VERSION;
use crate::scoring::Share;

pub const MAX_NAME_LENGTH: usize = 100;
pub const MAX_HEADCOUNT: u32 = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreProfile {
    v: u32,
    /// The centre's id in every export (16 hex digits), made the first time one is written, or
    /// taken from the first file of the centre imported here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub name: String,
    /// The award category: 大規模 or 中・小規模.
    pub size: SizeCategory,
    /// Everyone the survey is for, for the response rate.
    pub headcount: Option<u32>,
    pub industry: String,
    /// Customer satisfaction as the centre measures it (0-100 %), for the organiser's analysis
    /// of well-being against outcomes. Optional; profiles saved before it existed read as none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_satisfaction: Option<Percent>,
    /// Annual staff turnover (0-100 %), for the same analysis. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover_rate: Option<Percent>,
    /// Everyone the survey is for in each team (by the team attribute's option value), for each
    /// team's response rate. Optional, team by team; kept on this device only.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub team_headcounts: BTreeMap<u8, u32>,
}

/// A percentage from 0 to 100, checked when made and when read, so it is never NaN.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Percent(f64);

// A Percent is never NaN (every way of making one checks), so equality is total.
impl Eq for Percent {}

/// Why a number is not a percentage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PercentError {
    NotANumber,
    OutOfRange(f64),
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PercentError::NotANumber => f.write_str("a percentage must be a number"),
            PercentError::OutOfRange(value) => {
                write!(f, "a percentage must be from 0 to 100, not {value}")
            }
        }
    }
}

impl std::error::Error for PercentError {}

impl Percent {
    pub fn new(value: f64) -> Result<Percent, PercentError> {
        if value.is_nan() {
            Err(PercentError::NotANumber)
        } else if !(0.0..=100.0).contains(&value) {
            Err(PercentError::OutOfRange(value))
        } else {
            Ok(Percent(value))
        }
    }

    pub fn value(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Percent {
    type Error = PercentError;
    fn try_from(value: f64) -> Result<Percent, PercentError> {
        Percent::new(value)
    }
}

impl From<Percent> for f64 {
    fn from(percent: Percent) -> f64 {
        percent.0
    }
}

impl Default for CentreProfile {
    fn default() -> Self {
        CentreProfile {
            v: SCHEMA_VERSION,
            id: None,
            name: String::new(),
            size: SizeCategory::MidSmall,
            headcount: None,
            industry: String::new(),
            customer_satisfaction: None,
            turnover_rate: None,
            team_headcounts: BTreeMap::new(),
        }
    }
}

/// A profile field the representative must change, or a stored profile that no longer reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    NameTooLong { length: usize },
    IndustryTooLong { length: usize },
    HeadcountOutOfRange { headcount: u32 },
    BadCentreId { id: String },
    Damaged { reason: String },
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::NameTooLong { length } => {
                write!(f, "the name has {length} characters; at most {MAX_NAME_LENGTH}")
            }
            ProfileError::IndustryTooLong { length } => {
                write!(
                    f,
                    "the industry has {length} characters; at most {MAX_NAME_LENGTH}"
                )
            }
            ProfileError::HeadcountOutOfRange { headcount } => {
                write!(
                    f,
                    "the headcount must be from 1 to {MAX_HEADCOUNT}, not {headcount}"
                )
            }
            ProfileError::BadCentreId { id } => {
                write!(f, "the centre id {id:?} is not 16 lowercase hex digits")
            }
            ProfileError::Damaged { reason } => write!(f, "damaged profile: {reason}"),
        }
    }
}

impl std::error::Error for ProfileError {}

impl CentreProfile {
    /// Checks the profile as typed: a name and industry of at most 100 characters, a headcount
    /// (the centre's and each team's) from 1 to 100,000 when given, a centre id in its form.
    pub fn check(&self) -> Result<(), ProfileError> {
        let name = self.name.chars().count();
        if name > MAX_NAME_LENGTH {
            return Err(ProfileError::NameTooLong { length: name });
        }
        let industry = self.industry.chars().count();
        if industry > MAX_NAME_LENGTH {
            return Err(ProfileError::IndustryTooLong { length: industry });
        }
        for &headcount in self.headcount.iter().chain(self.team_headcounts.values()) {
            if !(1..=MAX_HEADCOUNT).contains(&headcount) {
                return Err(ProfileError::HeadcountOutOfRange { headcount });
            }
        }
        if let Some(id) = &self.id {
            if !crate::records::is_valid_id(id) {
                return Err(ProfileError::BadCentreId { id: id.clone() });
            }
        }
        Ok(())
    }

    /// Respondents as a share of the headcount.
    pub fn response_rate(&self, respondents: u32) -> Option<Share> {
        self.headcount.map(|headcount| Share {
            count: respondents,
            of: headcount,
        })
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("a profile serializes")
    }

    pub fn from_record(json: &str) -> Result<CentreProfile, ProfileError> {
        let profile: CentreProfile = serde_json::from_str(json).map_err(|error| ProfileError::Damaged {
            reason: error.to_string(),
        })?;
        profile.check()?;
        Ok(profile)
    }
}
