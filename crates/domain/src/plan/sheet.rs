//! The schedule as a CSV sheet, laid out like the paper plan: a row per measure (its overall
//! progress, ★ on review weeks), a row per task (1 = planned week, 2 = done), a row of regular
//! meetings (■) and the plan's overall progress. Excel-safe (see [`crate::csv`]).

use crate::csv;
use crate::scoring::format_percent;
use crate::text::Language;

use super::model::ActionPlan;
use super::schedule::{measure_progress, plan_progress, task_weeks};

pub const REVIEW_MARK: &str = "★";
pub const MEETING_MARK: &str = "■";

struct Words {
    header: [&'static str; 7],
    meetings: &'static str,
    whole_plan: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Ja => Words {
            header: ["施策", "担当", "タスク", "状況", "進捗%", "開始週", "終了週"],
            meetings: "定例会議",
            whole_plan: "計画全体",
        },
        Language::En => Words {
            header: [
                "Measure",
                "Owner",
                "Task",
                "Status",
                "Progress %",
                "Start week",
                "End week",
            ],
            meetings: "Regular meetings",
            whole_plan: "Whole plan",
        },
    }
}

/// The week's column heading: `W3 12/21` (the Monday it starts).
pub fn week_heading(plan: &ActionPlan, week: u32) -> String {
    match plan.week_start(week) {
        Some(monday) => {
            let (_, month, day) = monday.ymd();
            format!("W{week} {month}/{day}")
        }
        None => format!("W{week}"),
    }
}

pub fn schedule_csv(plan: &ActionPlan, language: Language) -> String {
    let words = words(language);
    let weeks = 1..=plan.weeks;
    let progress = |value: Option<f64>| value.map_or(String::new(), format_percent);
    let marks = |marked: &dyn Fn(u32) -> bool, mark: &str| -> Vec<String> {
        weeks
            .clone()
            .map(|week| {
                if marked(week) {
                    mark.to_owned()
                } else {
                    String::new()
                }
            })
            .collect()
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    rows.push(
        words
            .header
            .iter()
            .map(|&h| h.to_owned())
            .chain(weeks.clone().map(|week| week_heading(plan, week)))
            .collect(),
    );
    for measure in &plan.measures {
        let mut row = vec![
            measure.title.clone(),
            measure.owner.clone(),
            String::new(),
            String::new(),
            progress(measure_progress(measure)),
            String::new(),
            String::new(),
        ];
        row.extend(marks(&|week| measure.reviews.contains(&week), REVIEW_MARK));
        rows.push(row);
        for task in &measure.tasks {
            let mut row = vec![
                measure.title.clone(),
                measure.owner.clone(),
                task.title.clone(),
                task.status.name(language).to_owned(),
                task.progress.to_string(),
                task.start_week.to_string(),
                task.end_week.to_string(),
            ];
            row.extend(
                task_weeks(task, plan.weeks)
                    .into_iter()
                    .map(|mark| mark.sheet().to_owned()),
            );
            rows.push(row);
        }
    }
    let mut meetings = vec![words.meetings.to_owned()];
    meetings.extend(std::iter::repeat_n(String::new(), 6));
    meetings.extend(marks(&|week| plan.meetings.contains(&week), MEETING_MARK));
    rows.push(meetings);
    let mut whole = vec![
        words.whole_plan.to_owned(),
        String::new(),
        String::new(),
        String::new(),
    ];
    whole.push(progress(plan_progress(plan)));
    rows.push(whole);
    csv::table(&rows)
}
