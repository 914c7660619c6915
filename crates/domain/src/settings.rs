//! The kiosk settings an administrator can change.

use std::fmt;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::records::SCHEMA_VERSION;
use crate::report::{DEFAULT_MIN_RESPONDENTS, LOWEST_MIN_RESPONDENTS};

/// How long a kiosk may sit untouched before it asks whether the person is still there.
pub const IDLE_TIMEOUT_RANGE_SECS: RangeInclusive<u32> = 30..=3600;
pub const DEFAULT_IDLE_TIMEOUT_SECS: u32 = 180;
/// How long the "are you still there?" question waits before the draft is discarded.
pub const IDLE_GRACE_SECS: u32 = 30;
/// The anonymity minimum: never below 3, at most 100.
pub const MIN_RESPONDENTS_RANGE: RangeInclusive<u32> = LOWEST_MIN_RESPONDENTS..=100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    v: u32,
    idle_timeout_secs: u32,
    /// No report figure for fewer respondents than this.
    #[serde(default = "default_min_respondents")]
    min_respondents: u32,
    /// Which survey the kiosk runs.
    #[serde(default)]
    survey: ActiveSurvey,
}

/// The survey a kiosk runs: the full diagnosis, the shipped pulse survey, or the pulse survey
/// generated from the action plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActiveSurvey {
    #[default]
    Employee,
    Pulse,
    PlanPulse,
}

/// The full survey's definition, relative to the app.
pub const EMPLOYEE_FILE: &str = "surveys/employee.json";

/// Where a survey's definition comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveySource {
    /// A file of the app, relative to it.
    File(&'static str),
    /// A definition kept in local storage under this key.
    Stored(&'static str),
}

impl ActiveSurvey {
    pub const ALL: [ActiveSurvey; 3] = [
        ActiveSurvey::Employee,
        ActiveSurvey::Pulse,
        ActiveSurvey::PlanPulse,
    ];

    pub fn source(self) -> SurveySource {
        match self {
            ActiveSurvey::Employee => SurveySource::File(EMPLOYEE_FILE),
            ActiveSurvey::Pulse => SurveySource::File("surveys/pulse.json"),
            ActiveSurvey::PlanPulse => SurveySource::Stored(crate::records::keys::PLAN_PULSE),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            ActiveSurvey::Employee => "employee",
            ActiveSurvey::Pulse => "pulse",
            ActiveSurvey::PlanPulse => "plan_pulse",
        }
    }
}

fn default_min_respondents() -> u32 {
    DEFAULT_MIN_RESPONDENTS
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            v: SCHEMA_VERSION,
            idle_timeout_secs: DEFAULT_IDLE_TIMEOUT_SECS,
            min_respondents: DEFAULT_MIN_RESPONDENTS,
            survey: ActiveSurvey::Employee,
        }
    }
}

/// A setting out of its allowed range, or stored settings that no longer read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingError {
    IdleOutOfRange { secs: u32 },
    MinimumOutOfRange { minimum: u32 },
    Damaged { reason: String },
}

impl fmt::Display for SettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingError::IdleOutOfRange { secs } => write!(
                f,
                "the idle time must be from {} to {} seconds, not {secs}",
                IDLE_TIMEOUT_RANGE_SECS.start(),
                IDLE_TIMEOUT_RANGE_SECS.end()
            ),
            SettingError::MinimumOutOfRange { minimum } => write!(
                f,
                "the minimum number of respondents must be from {} to {}, not {minimum}",
                MIN_RESPONDENTS_RANGE.start(),
                MIN_RESPONDENTS_RANGE.end()
            ),
            SettingError::Damaged { reason } => write!(f, "damaged settings: {reason}"),
        }
    }
}

impl std::error::Error for SettingError {}

impl KioskSettings {
    pub fn idle_timeout_secs(&self) -> u32 {
        self.idle_timeout_secs
    }

    pub fn with_idle_timeout(self, secs: u32) -> Result<KioskSettings, SettingError> {
        if IDLE_TIMEOUT_RANGE_SECS.contains(&secs) {
            Ok(KioskSettings {
                idle_timeout_secs: secs,
                ..self
            })
        } else {
            Err(SettingError::IdleOutOfRange { secs })
        }
    }

    pub fn min_respondents(&self) -> u32 {
        self.min_respondents
    }

    pub fn with_min_respondents(self, minimum: u32) -> Result<KioskSettings, SettingError> {
        if MIN_RESPONDENTS_RANGE.contains(&minimum) {
            Ok(KioskSettings {
                min_respondents: minimum,
                ..self
            })
        } else {
            Err(SettingError::MinimumOutOfRange { minimum })
        }
    }

    pub fn survey(&self) -> ActiveSurvey {
        self.survey
    }

    pub fn with_survey(self, survey: ActiveSurvey) -> KioskSettings {
        KioskSettings { survey, ..self }
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("settings serialize")
    }

    /// Reads stored settings; anything unreadable or out of range is an error, and the caller
    /// falls back to the defaults.
    pub fn from_record(json: &str) -> Result<KioskSettings, SettingError> {
        let stored: KioskSettings = serde_json::from_str(json).map_err(|error| SettingError::Damaged {
            reason: error.to_string(),
        })?;
        Ok(KioskSettings::default()
            .with_idle_timeout(stored.idle_timeout_secs)?
            .with_min_respondents(stored.min_respondents)?
            .with_survey(stored.survey))
    }
}

/// Where an idle kiosk stands, given the seconds since the last touch or key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    Active,
    /// Asking "are you still there?", with the seconds left before the draft is discarded.
    Asking {
        secs_left: u32,
    },
    /// Time is up: discard the draft and return to the start screen.
    Expired,
}

impl IdleState {
    pub fn after(idle_secs: u32, timeout_secs: u32) -> IdleState {
        if idle_secs < timeout_secs {
            IdleState::Active
        } else if idle_secs < timeout_secs + IDLE_GRACE_SECS {
            IdleState::Asking {
                secs_left: timeout_secs + IDLE_GRACE_SECS - idle_secs,
            }
        } else {
            IdleState::Expired
        }
    }
}
