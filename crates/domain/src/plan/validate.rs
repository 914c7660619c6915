//! The plan's rules, each broken rule a typed error with its place, so the app can word it in
//! the administrator's language and point at the field.

use crate::survey::{Item, ItemKind, SurveyDefinition};

use super::model::{
    ActionPlan, Target, TaskStatus, MAX_MEASURES, MAX_OWNER, MAX_TASKS, MAX_TITLE, MAX_WEEKS,
};

/// Where a problem is: the plan itself, a measure, or a task of a measure (indices from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Plan,
    Measure(usize),
    Task { measure: usize, task: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The start is not a `YYYY-MM-DD` date.
    StartNotDate,
    /// Weeks run Monday to Sunday: the start must be a Monday.
    StartNotMonday,
    /// The length must be 1..=MAX_WEEKS weeks.
    Length {
        weeks: u32,
    },
    /// A week (task, review or meeting) outside weeks 1..=the plan's length.
    WeekOutside {
        week: u32,
    },
    EndBeforeStart {
        start: u32,
        end: u32,
    },
    ProgressOver {
        progress: u8,
    },
    /// Planned with progress, or done without 100%.
    StatusContradicts {
        status: TaskStatus,
        progress: u8,
    },
    TitleEmpty,
    TitleTooLong {
        max: usize,
    },
    OwnerTooLong {
        max: usize,
    },
    TooManyMeasures {
        max: usize,
    },
    TooManyTasks {
        max: usize,
    },
    /// An item id the survey does not have.
    UnknownItem {
        id: String,
    },
    /// An item that leans neither way (an attribute, a comment): no favourable share to compare.
    NotMeasurable {
        id: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub place: Place,
    pub problem: Problem,
}

/// Items with a favourable share: the KGI, factor items and outcomes.
pub fn is_measurable(item: &Item) -> bool {
    matches!(item.kind, ItemKind::Kgi | ItemKind::Factor(_) | ItemKind::Outcome)
}

fn title_problem(title: &str, required: bool) -> Option<Problem> {
    if required && title.trim().is_empty() {
        Some(Problem::TitleEmpty)
    } else if title.chars().count() > MAX_TITLE {
        Some(Problem::TitleTooLong { max: MAX_TITLE })
    } else {
        None
    }
}

impl ActionPlan {
    /// Every rule that needs nothing but the plan: dates, weeks, progress, lengths.
    pub fn check(&self) -> Vec<PlanError> {
        let mut errors = Vec::new();
        let mut report = |place: Place, problem: Problem| errors.push(PlanError { place, problem });
        match self.start_date() {
            None => report(Place::Plan, Problem::StartNotDate),
            Some(date) if !date.is_monday() => report(Place::Plan, Problem::StartNotMonday),
            Some(_) => {}
        }
        if !(1..=MAX_WEEKS).contains(&self.weeks) {
            report(Place::Plan, Problem::Length { weeks: self.weeks });
        }
        let in_plan = |week: u32| (1..=self.weeks).contains(&week);
        if let Some(problem) = title_problem(&self.title, false) {
            report(Place::Plan, problem);
        }
        for &week in self.meetings.iter().filter(|week| !in_plan(**week)) {
            report(Place::Plan, Problem::WeekOutside { week });
        }
        if self.measures.len() > MAX_MEASURES {
            report(Place::Plan, Problem::TooManyMeasures { max: MAX_MEASURES });
        }
        for (index, measure) in self.measures.iter().enumerate() {
            let place = Place::Measure(index);
            if let Some(problem) = title_problem(&measure.title, true) {
                report(place, problem);
            }
            if measure.owner.chars().count() > MAX_OWNER {
                report(place, Problem::OwnerTooLong { max: MAX_OWNER });
            }
            for &week in measure.reviews.iter().filter(|week| !in_plan(**week)) {
                report(place, Problem::WeekOutside { week });
            }
            if measure.tasks.len() > MAX_TASKS {
                report(place, Problem::TooManyTasks { max: MAX_TASKS });
            }
            for (task_index, task) in measure.tasks.iter().enumerate() {
                let place = Place::Task {
                    measure: index,
                    task: task_index,
                };
                if let Some(problem) = title_problem(&task.title, true) {
                    report(place, problem);
                }
                for week in [task.start_week, task.end_week] {
                    if !in_plan(week) {
                        report(place, Problem::WeekOutside { week });
                    }
                }
                if task.end_week < task.start_week {
                    report(
                        place,
                        Problem::EndBeforeStart {
                            start: task.start_week,
                            end: task.end_week,
                        },
                    );
                }
                if task.progress > 100 {
                    report(
                        place,
                        Problem::ProgressOver {
                            progress: task.progress,
                        },
                    );
                }
                let contradicts = match task.status {
                    TaskStatus::Planned => task.progress != 0,
                    TaskStatus::Done => task.progress != 100,
                    TaskStatus::InProgress => false,
                };
                if contradicts {
                    report(
                        place,
                        Problem::StatusContradicts {
                            status: task.status,
                            progress: task.progress,
                        },
                    );
                }
            }
        }
        errors
    }

    /// The rules that need the survey: the targeted and the measuring items exist and have a
    /// favourable share.
    pub fn check_items(&self, survey: &SurveyDefinition) -> Vec<PlanError> {
        let mut errors = Vec::new();
        for (index, measure) in self.measures.iter().enumerate() {
            let target = match &measure.target {
                Target::Item(id) => Some(id),
                Target::Factor(_) => None,
            };
            for id in target.into_iter().chain(&measure.items) {
                let problem = match survey.item(id) {
                    None => Problem::UnknownItem { id: id.clone() },
                    Some(item) if !is_measurable(item) => Problem::NotMeasurable { id: id.clone() },
                    Some(_) => continue,
                };
                errors.push(PlanError {
                    place: Place::Measure(index),
                    problem,
                });
            }
        }
        errors
    }

    /// Every rule; the plan is usable only without errors.
    pub fn validate(&self, survey: &SurveyDefinition) -> Result<(), Vec<PlanError>> {
        let mut errors = self.check();
        errors.extend(self.check_items(survey));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}
