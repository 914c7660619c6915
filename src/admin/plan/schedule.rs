//! The schedule: weeks as columns, tasks as rows; planned weeks ○ and done weeks ● (the paper
//! sheet's 1 and 2), review points ★ on each measure's row, regular meetings ■, this week
//! marked, due and late tasks named; progress per measure and for the plan. Printed alone on
//! landscape A4.

use leptos::prelude::*;
use yorisoi_domain::plan::schedule::{
    measure_progress, plan_progress, task_state, task_weeks, TaskState, WeekMark,
};
use yorisoi_domain::plan::sheet::{MEETING_MARK, REVIEW_MARK};
use yorisoi_domain::scoring::format_percent;

use super::PlanState;
use crate::i18n::{fill, plan as text};
use crate::kiosk::Kiosk;

const PLANNED_MARK: &str = "○";
const DONE_MARK: &str = "●";

fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_owned(), |p| format!("{}%", format_percent(p)))
}

#[component]
pub fn Schedule() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let state = expect_context::<PlanState>();
    let words = move || text(kiosk.language.get());
    let this_week = move || {
        let week = state.week();
        let weeks = state.plan.with(|p| p.weeks);
        if week == 0 {
            words().not_started.to_owned()
        } else if week > weeks {
            words().ended.to_owned()
        } else {
            fill(words().this_week, week, "")
        }
    };
    let table = move || {
        let language = kiosk.language.get();
        let words = text(language);
        let current = state.week();
        state.plan.with(|plan| {
            let weeks: Vec<u32> = (1..=plan.weeks).collect();
            let week_class = move |week: u32| if week == current { "week current-week" } else { "week" };
            let head = weeks
                .iter()
                .map(|&week| {
                    let (month, day) = plan.week_start(week).map(|d| (d.ymd().1, d.ymd().2)).unwrap_or_default();
                    view! {
                        <th scope="col" class=week_class(week) data-week=week>
                            {format!("W{week}")}<span class="week-date">{format!("{month}/{day}")}</span>
                        </th>
                    }
                })
                .collect_view();
            let mut rows = Vec::new();
            for (m, measure) in plan.measures.iter().enumerate() {
                let reviews = weeks
                    .iter()
                    .map(|&week| {
                        let review = measure.reviews.contains(&week);
                        view! { <td class=week_class(week) class:review=review>{review.then_some(REVIEW_MARK)}</td> }
                    })
                    .collect_view();
                rows.push(
                    view! {
                        <tr class="measure-row" data-measure=m>
                            <th scope="row">
                                {measure.title.clone()}
                                <span class="row-progress">{percent(measure_progress(measure))}</span>
                            </th>
                            {reviews}
                        </tr>
                    }
                    .into_any(),
                );
                for (t, task) in measure.tasks.iter().enumerate() {
                    let state_label = match task_state(task, current) {
                        TaskState::Due => Some(("due", words.due)),
                        TaskState::Late => Some(("late", words.late)),
                        TaskState::Upcoming | TaskState::Done => None,
                    };
                    let cells = task_weeks(task, plan.weeks)
                        .into_iter()
                        .zip(&weeks)
                        .map(|(mark, &week)| {
                            let (class, shown) = match mark {
                                WeekMark::Free => ("", ""),
                                WeekMark::Planned => ("planned", PLANNED_MARK),
                                WeekMark::Done => ("done", DONE_MARK),
                            };
                            view! { <td class=format!("{} {class}", week_class(week))>{shown}</td> }
                        })
                        .collect_view();
                    rows.push(
                        view! {
                            <tr class="task-row" data-measure=m data-task=t>
                                <th scope="row">
                                    {task.title.clone()}
                                    <span class="row-progress">{format!("{}%", task.progress)}</span>
                                    {state_label.map(|(class, label)| view! { <span class=format!("task-state {class}")>{label}</span> })}
                                </th>
                                {cells}
                            </tr>
                        }
                        .into_any(),
                    );
                }
            }
            let meetings = weeks
                .iter()
                .map(|&week| {
                    let meeting = plan.meetings.contains(&week);
                    view! { <td class=week_class(week) class:meeting=meeting>{meeting.then_some(MEETING_MARK)}</td> }
                })
                .collect_view();
            // The plan's name heads the rows; a plan without one says what the rows are.
            let corner = if plan.title.trim().is_empty() { words.tasks.to_owned() } else { plan.title.clone() };
            view! {
                <table class="schedule">
                    <thead><tr><th scope="col" class="schedule-corner">{corner}</th>{head}</tr></thead>
                    <tbody>
                        {rows}
                        <tr class="meeting-row"><th scope="row">{words.legend_meeting}</th>{meetings}</tr>
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <section class="plan-schedule" aria-labelledby="schedule-title">
            <h2 id="schedule-title">{move || words().schedule}</h2>
            <p class="schedule-summary">
                <span id="plan-week">{this_week}</span>
                " · " {move || words().plan_progress} ": "
                <strong id="plan-progress">{move || percent(state.plan.with(plan_progress))}</strong>
            </p>
            <p class="legend">
                {PLANNED_MARK} " " {move || words().legend_planned} "　"
                {DONE_MARK} " " {move || words().legend_done} "　"
                {move || words().legend_review} "　" {move || words().legend_meeting}
            </p>
            // Scrolls sideways when wide: focusable, so a keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || words().schedule_table>{table}</div>
        </section>
    }
}
