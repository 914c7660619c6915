//! The plan in weeks: which week a date falls in, each task's weeks on the schedule, progress
//! per measure and for the plan, and which tasks are due or late in a given week.
//!
//! Week 1 runs from the plan's start (a Monday) to the Sunday after; week n starts 7 × (n − 1)
//! days after the start.

use super::date::Date;
use super::model::{ActionPlan, PlanMeasure, Task, TaskStatus};

impl ActionPlan {
    /// The Monday week `week` starts on.
    pub fn week_start(&self, week: u32) -> Option<Date> {
        Some(self.start_date()?.add_days(7 * (i64::from(week) - 1)))
    }

    /// The week `today` falls in: 0 before the plan starts, `weeks + 1` after it ends.
    pub fn week_of(&self, today: Date) -> Option<u32> {
        let days = today.days_since(self.start_date()?);
        Some(if days < 0 {
            0
        } else {
            (days / 7 + 1).min(i64::from(self.weeks) + 1) as u32
        })
    }
}

/// How a task stands in a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskState {
    /// Its first week is still ahead.
    Upcoming,
    /// Not done, and the week is within its weeks: it should be under way.
    Due,
    /// Not done, and its last week has passed.
    Late,
    Done,
}

pub fn task_state(task: &Task, week: u32) -> TaskState {
    if task.status == TaskStatus::Done {
        TaskState::Done
    } else if week > task.end_week {
        TaskState::Late
    } else if week >= task.start_week {
        TaskState::Due
    } else {
        TaskState::Upcoming
    }
}

/// Progress of several tasks together: their progress weighted by their length in weeks, so a
/// ten-week task half done counts five times a one-week task done. `None` without tasks.
fn weighted_progress<'a>(tasks: impl IntoIterator<Item = &'a Task>) -> Option<f64> {
    let (done, weeks) = tasks.into_iter().fold((0u64, 0u64), |(done, weeks), task| {
        let duration = u64::from(task.duration());
        (done + duration * u64::from(task.progress), weeks + duration)
    });
    (weeks > 0).then(|| done as f64 / weeks as f64)
}

/// A measure's overall progress (全体進捗率), 0-100: its tasks' progress weighted by duration.
pub fn measure_progress(measure: &PlanMeasure) -> Option<f64> {
    weighted_progress(&measure.tasks)
}

/// The whole plan's progress: every task of every measure, weighted by duration.
pub fn plan_progress(plan: &ActionPlan) -> Option<f64> {
    weighted_progress(plan.measures.iter().flat_map(|measure| &measure.tasks))
}

/// The tasks that need attention in `week`: (measure, task) indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub due: Vec<(usize, usize)>,
    pub late: Vec<(usize, usize)>,
    /// Measures with a review point (★) this week.
    pub reviews: Vec<usize>,
    /// A regular meeting (■) this week.
    pub meeting: bool,
}

pub fn agenda(plan: &ActionPlan, week: u32) -> Agenda {
    let mut agenda = Agenda {
        meeting: plan.meetings.contains(&week),
        ..Agenda::default()
    };
    for (m, measure) in plan.measures.iter().enumerate() {
        if measure.reviews.contains(&week) {
            agenda.reviews.push(m);
        }
        for (t, task) in measure.tasks.iter().enumerate() {
            match task_state(task, week) {
                TaskState::Due => agenda.due.push((m, t)),
                TaskState::Late => agenda.late.push((m, t)),
                TaskState::Upcoming | TaskState::Done => {}
            }
        }
    }
    agenda
}

/// One cell of the schedule: the sheet's 1 (planned) and 2 (done).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekMark {
    Free,
    Planned,
    Done,
}

impl WeekMark {
    /// As the paper sheet writes it.
    pub fn sheet(self) -> &'static str {
        match self {
            WeekMark::Free => "",
            WeekMark::Planned => "1",
            WeekMark::Done => "2",
        }
    }
}

/// A task's marks for weeks 1..=`weeks`: its weeks are planned, and the first
/// ⌊progress × duration / 100⌋ of them are done (all of them once the task is done).
pub fn task_weeks(task: &Task, weeks: u32) -> Vec<WeekMark> {
    let done_weeks = if task.status == TaskStatus::Done {
        task.duration()
    } else {
        u32::from(task.progress.min(100)) * task.duration() / 100
    };
    (1..=weeks)
        .map(|week| {
            if week < task.start_week || week > task.end_week {
                WeekMark::Free
            } else if week < task.start_week + done_weeks {
                WeekMark::Done
            } else {
                WeekMark::Planned
            }
        })
        .collect()
}
