//! The action plan (改善計画): measures (施策) with an owner, the factor or item they target and
//! where it stood when the measure started, tasks on a weekly schedule, review points (★) and
//! the items that will measure the effect; the plan's start (a Monday), length and regular
//! meeting weeks (■). Stored on the device as a versioned record.

use serde::{Deserialize, Serialize};

use crate::benchmark::Measure;
use crate::records::{RecordError, SCHEMA_VERSION};
use crate::survey::{Factor, Practice};
use crate::text::Language;

use super::date::Date;

/// A plan runs six months unless the centre says otherwise.
pub const DEFAULT_WEEKS: u32 = 26;
/// At most two years.
pub const MAX_WEEKS: u32 = 104;
/// Default regular meetings (■): every fourth week.
pub const DEFAULT_MEETING_EVERY: u32 = 4;
/// Plan, measure and task titles, in characters.
pub const MAX_TITLE: usize = 100;
pub const MAX_OWNER: usize = 60;
pub const MAX_MEASURES: usize = 20;
pub const MAX_TASKS: usize = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    v: u32,
    pub title: String,
    /// Week 1 starts on this Monday (`YYYY-MM-DD`).
    pub start: String,
    /// Weeks 1..=weeks.
    pub weeks: u32,
    /// Regular meeting weeks (■).
    pub meetings: Vec<u32>,
    pub measures: Vec<PlanMeasure>,
}

/// One measure (施策).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanMeasure {
    pub title: String,
    /// Who is responsible (担当): free text typed by the administrator, never a survey answer.
    pub owner: String,
    pub target: Target,
    /// Where the target stood when the measure started.
    pub starting_point: StartingPoint,
    pub tasks: Vec<Task>,
    /// Review points (★), in weeks.
    pub reviews: Vec<u32>,
    /// The items whose favourable share will show the effect (asked by the pulse survey).
    pub items: Vec<String>,
}

/// What a measure sets out to improve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Factor(Factor),
    Item(String),
}

impl Target {
    /// The same thing as reports measure it.
    pub fn measure(&self) -> Measure {
        match self {
            Target::Factor(factor) => Measure::Factor(*factor),
            Target::Item(id) => Measure::Item(id.clone()),
        }
    }
}

/// A snapshot of the target when the measure started: its favourable %, the gap to the national
/// mean in points, and the management practices linked to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingPoint {
    pub favourable_percent: Option<f64>,
    pub gap: Option<f64>,
    pub practices: Vec<Practice>,
    pub respondents: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub title: String,
    pub start_week: u32,
    pub end_week: u32,
    pub status: TaskStatus,
    /// 0-100.
    pub progress: u8,
}

/// 予定 / 実施中 / 完了.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Planned,
    InProgress,
    Done,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 3] = [TaskStatus::Planned, TaskStatus::InProgress, TaskStatus::Done];

    pub fn id(self) -> &'static str {
        match self {
            TaskStatus::Planned => "planned",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
        }
    }

    /// As the plan sheet says it.
    pub fn name(self, language: Language) -> &'static str {
        match (self, language) {
            (TaskStatus::Planned, Language::Ja) => "予定",
            (TaskStatus::InProgress, Language::Ja) => "実施中",
            (TaskStatus::Done, Language::Ja) => "完了",
            (TaskStatus::Planned, Language::En) => "Planned",
            (TaskStatus::InProgress, Language::En) => "In progress",
            (TaskStatus::Done, Language::En) => "Done",
        }
    }
}

impl Task {
    pub fn new(title: String, start_week: u32, end_week: u32) -> Task {
        Task {
            title,
            start_week,
            end_week,
            status: TaskStatus::Planned,
            progress: 0,
        }
    }

    /// Weeks the task runs, both ends included.
    pub fn duration(&self) -> u32 {
        self.end_week.saturating_sub(self.start_week) + 1
    }

    /// Sets the status, and the progress it implies: planned is 0%, done is 100%.
    pub fn set_status(&mut self, status: TaskStatus) {
        self.status = status;
        match status {
            TaskStatus::Planned => self.progress = 0,
            TaskStatus::Done => self.progress = 100,
            TaskStatus::InProgress => {}
        }
    }

    /// Sets the progress, and the status it implies: 0% is planned unless already under way,
    /// 100% is done, anything between is in progress.
    pub fn set_progress(&mut self, progress: u8) {
        self.progress = progress;
        self.status = match (progress, self.status) {
            (100.., _) => TaskStatus::Done,
            (0, TaskStatus::Planned) => TaskStatus::Planned,
            _ => TaskStatus::InProgress,
        };
    }
}

impl ActionPlan {
    /// An empty plan of the default length starting on `start` (a Monday), with a meeting
    /// every fourth week.
    pub fn new(start: Date) -> ActionPlan {
        ActionPlan {
            v: SCHEMA_VERSION,
            title: String::new(),
            start: start.to_string(),
            weeks: DEFAULT_WEEKS,
            meetings: (1..=DEFAULT_WEEKS / DEFAULT_MEETING_EVERY)
                .map(|n| n * DEFAULT_MEETING_EVERY)
                .collect(),
            measures: Vec::new(),
        }
    }

    /// The start date, when it reads.
    pub fn start_date(&self) -> Option<Date> {
        Date::parse(&self.start)
    }

    /// Every measured item of every measure, once each, in the order first named.
    pub fn measured_items(&self) -> Vec<&str> {
        let mut items: Vec<&str> = Vec::new();
        for id in self.measures.iter().flat_map(|measure| &measure.items) {
            if !items.contains(&id.as_str()) {
                items.push(id);
            }
        }
        items
    }

    /// Written by a newer Yorisoi than this one.
    pub fn is_newer(&self) -> bool {
        self.v > SCHEMA_VERSION
    }

    pub fn to_record(&self) -> String {
        serde_json::to_string(self).expect("a plan serializes")
    }

    /// Reads the stored plan: not JSON or not a plan's shape is damaged, a newer schema is left
    /// alone. The rules are checked separately ([`ActionPlan::validate`]).
    pub fn from_record(json: &str) -> Result<ActionPlan, RecordError> {
        serde_json::from_str::<ActionPlan>(json)
            .map_err(|error| {
                #[derive(Deserialize)]
                struct Version {
                    v: u32,
                }
                match serde_json::from_str::<Version>(json) {
                    Ok(Version { v }) if v > SCHEMA_VERSION => RecordError::NewerSchema(v),
                    _ => RecordError::Corrupt(crate::records::not_a_record(&error)),
                }
            })
            .and_then(|plan| match plan.is_newer() {
                true => Err(RecordError::NewerSchema(plan.v)),
                false => Ok(plan),
            })
    }
}
