//! The action plan: weeks, progress, due and late tasks, validation, the schedule sheet, the
//! generated pulse survey, the effect against a baseline, and the plan file. Expectations are
//! worked out by hand in the comments.

mod common;

use common::*;
use yorisoi_domain::change::Baseline;
use yorisoi_domain::plan::effect::{effects, TooFewForEffect, Verdict};
use yorisoi_domain::plan::file::{plan_file, read_plan_file, PlanFileError, MAX_PLAN_BYTES};
use yorisoi_domain::plan::pulse::{pulse_definition, PulseError, PULSE_ID};
use yorisoi_domain::plan::schedule::{
    agenda, measure_progress, plan_progress, task_state, task_weeks, TaskState, WeekMark,
};
use yorisoi_domain::plan::sheet::schedule_csv;
use yorisoi_domain::plan::start::start_measure;
use yorisoi_domain::plan::{
    ActionPlan, Date, Place, PlanError, PlanMeasure, Problem, StartingPoint, Target, Task, TaskStatus,
};
use yorisoi_domain::records::RecordError;
use yorisoi_domain::{Answers, Factor, Language, Practice, Scores, SizeCategory, SurveyDefinition, Tally};

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn task(title: &str, start: u32, end: u32, progress: u8) -> Task {
    let mut task = Task::new(title.into(), start, end);
    task.set_progress(progress);
    task
}

fn measure(title: &str, tasks: Vec<Task>, items: &[&str]) -> PlanMeasure {
    PlanMeasure {
        title: title.into(),
        owner: "山田SV".into(),
        target: Target::Factor(Factor::LearningGrowth),
        starting_point: StartingPoint {
            favourable_percent: Some(60.0),
            gap: Some(-15.0),
            practices: vec![Practice::CareerControl],
            respondents: 5,
        },
        tasks,
        reviews: vec![13, 26],
        items: items.iter().map(|id| id.to_string()).collect(),
    }
}

/// Starts Monday 2026-11-30, 26 weeks. Measure 1: A weeks 1-4 at 50%, B week 5 done, C weeks
/// 3-12 planned. Measure 2: D weeks 1-2 done.
fn sample_plan() -> ActionPlan {
    let mut plan = ActionPlan::new(date("2026-11-30"));
    plan.title = "2027年度上期".into();
    plan.measures = vec![
        measure(
            "研修の見直し",
            vec![task("A", 1, 4, 50), task("B", 5, 5, 100), task("C", 3, 12, 0)],
            &["lg1"],
        ),
        measure("1on1", vec![task("D", 1, 2, 100)], &["mr1"]),
    ];
    plan
}

#[test]
fn dates_read_only_real_days_and_know_mondays() {
    assert_eq!(date("2026-11-30").to_string(), "2026-11-30");
    assert!(date("2026-11-30").is_monday());
    assert!(!date("2026-12-01").is_monday());
    assert!(date("2024-01-01").is_monday());
    assert_eq!(Date::parse("2026-02-29"), None);
    assert!(Date::parse("2028-02-29").is_some());
    for bad in [
        "2026-13-01",
        "2026-1-01",
        "26-11-30",
        "2026/11/30",
        "",
        "2026-11-3a",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    assert_eq!(date("2026-12-28").add_days(7).to_string(), "2027-01-04");
    assert_eq!(date("2027-01-04").days_since(date("2026-11-30")), 35);
    assert_eq!(Date::from_ymd(2026, 12, 7), Some(date("2026-12-07")));
    assert_eq!(date("2026-12-03").monday_of_week(), date("2026-11-30"));
    assert_eq!(date("2026-12-06").monday_of_week(), date("2026-11-30"));
    assert_eq!(date("2026-11-30").monday_of_week(), date("2026-11-30"));
}

#[test]
fn week_arithmetic_from_the_start_monday() {
    let plan = sample_plan();
    assert_eq!(plan.weeks, 26);
    assert_eq!(plan.meetings, vec![4, 8, 12, 16, 20, 24]);
    assert_eq!(plan.week_start(1), Some(date("2026-11-30")));
    // Week 5 starts 28 days on, week 6 in the new year.
    assert_eq!(plan.week_start(5), Some(date("2026-12-28")));
    assert_eq!(plan.week_start(6), Some(date("2027-01-04")));
    assert_eq!(plan.week_of(date("2026-11-29")), Some(0));
    assert_eq!(plan.week_of(date("2026-11-30")), Some(1));
    assert_eq!(plan.week_of(date("2026-12-06")), Some(1));
    assert_eq!(plan.week_of(date("2026-12-07")), Some(2));
    // 2027-05-30 is day 181: week 26, the last; the next day is past the plan.
    assert_eq!(plan.week_of(date("2027-05-30")), Some(26));
    assert_eq!(plan.week_of(date("2027-05-31")), Some(27));
    assert_eq!(plan.week_of(date("2030-01-01")), Some(27));
}

#[test]
fn progress_is_weighted_by_weeks() {
    let plan = sample_plan();
    // (4 × 50 + 1 × 100 + 10 × 0) / 15 = 20.0 (a plain mean would say 50).
    assert_eq!(measure_progress(&plan.measures[0]), Some(20.0));
    assert_eq!(measure_progress(&plan.measures[1]), Some(100.0));
    // (300 + 2 × 100) / 17.
    assert!((plan_progress(&plan).unwrap() - 500.0 / 17.0).abs() < 1e-12);
    assert_eq!(measure_progress(&measure("empty", vec![], &[])), None);
    assert_eq!(plan_progress(&ActionPlan::new(date("2026-11-30"))), None);
}

#[test]
fn due_and_late_tasks_in_a_week() {
    let plan = sample_plan();
    let [a, b, c] = [
        &plan.measures[0].tasks[0],
        &plan.measures[0].tasks[1],
        &plan.measures[0].tasks[2],
    ];
    assert_eq!(task_state(a, 2), TaskState::Due);
    assert_eq!(task_state(a, 4), TaskState::Due);
    assert_eq!(task_state(a, 5), TaskState::Late);
    assert_eq!(task_state(b, 1), TaskState::Done);
    assert_eq!(task_state(c, 2), TaskState::Upcoming);
    assert_eq!(task_state(c, 3), TaskState::Due);
    // Week 0 (not started): nothing due; past the end: everything not done is late.
    assert_eq!(task_state(a, 0), TaskState::Upcoming);
    assert_eq!(task_state(c, 27), TaskState::Late);

    let week5 = agenda(&plan, 5);
    assert_eq!(week5.late, vec![(0, 0)]);
    assert_eq!(week5.due, vec![(0, 2)]);
    assert!(!week5.meeting);
    let week4 = agenda(&plan, 4);
    assert_eq!(week4.due, vec![(0, 0), (0, 2)]);
    assert!(week4.late.is_empty());
    assert!(week4.meeting);
    assert_eq!(agenda(&plan, 13).reviews, vec![0, 1]);
}

#[test]
fn status_and_progress_follow_each_other() {
    let mut task = Task::new("t".into(), 1, 2);
    assert_eq!((task.status, task.progress), (TaskStatus::Planned, 0));
    task.set_progress(30);
    assert_eq!(task.status, TaskStatus::InProgress);
    task.set_progress(100);
    assert_eq!(task.status, TaskStatus::Done);
    task.set_progress(90);
    assert_eq!(task.status, TaskStatus::InProgress);
    task.set_progress(0);
    assert_eq!(
        task.status,
        TaskStatus::InProgress,
        "started, nothing to show yet"
    );
    task.set_status(TaskStatus::Done);
    assert_eq!(task.progress, 100);
    task.set_status(TaskStatus::Planned);
    assert_eq!(task.progress, 0);
}

#[test]
fn the_schedule_marks_planned_and_done_weeks() {
    use WeekMark::{Done as D, Free as F, Planned as P};
    // 50% of 4 weeks: the first 2 done.
    assert_eq!(task_weeks(&task("A", 1, 4, 50), 6), vec![D, D, P, P, F, F]);
    // 30% of 10 weeks: 3 done; 0%: none.
    assert_eq!(task_weeks(&task("C", 3, 12, 30), 12)[2..6], [D, D, D, P]);
    assert_eq!(task_weeks(&task("C", 3, 12, 0), 12)[..3], [F, F, P]);
    // 99% of one week is not a done week; done is.
    assert_eq!(task_weeks(&task("E", 2, 2, 99), 3), vec![F, P, F]);
    assert_eq!(task_weeks(&task("E", 2, 2, 100), 3), vec![F, D, F]);
}

fn errors_of(plan: &ActionPlan) -> Vec<PlanError> {
    plan.validate(&small()).err().unwrap_or_default()
}

fn has(errors: &[PlanError], place: Place, problem: Problem) -> bool {
    errors.contains(&PlanError { place, problem })
}

#[test]
fn validation_names_each_broken_rule_and_where() {
    let survey = small();
    assert_eq!(sample_plan().validate(&survey), Ok(()));

    let mut plan = sample_plan();
    plan.start = "2026-12-01".into();
    assert_eq!(
        errors_of(&plan),
        vec![PlanError {
            place: Place::Plan,
            problem: Problem::StartNotMonday
        }]
    );
    plan.start = "2026-13-01".into();
    assert!(has(&errors_of(&plan), Place::Plan, Problem::StartNotDate));

    let mut plan = sample_plan();
    plan.weeks = 0;
    plan.meetings = vec![];
    plan.measures.clear();
    assert!(has(&errors_of(&plan), Place::Plan, Problem::Length { weeks: 0 }));
    plan.weeks = 105;
    assert!(has(
        &errors_of(&plan),
        Place::Plan,
        Problem::Length { weeks: 105 }
    ));

    let mut plan = sample_plan();
    plan.meetings.push(27);
    plan.measures[0].reviews.push(0);
    let t = |task| Place::Task { measure: 0, task };
    plan.measures[0].tasks[0].end_week = 27;
    plan.measures[0].tasks[1].start_week = 6;
    plan.measures[0].tasks[2].progress = 101;
    plan.measures[0].tasks[2].status = TaskStatus::InProgress;
    plan.measures[1].tasks[0].progress = 80;
    let errors = errors_of(&plan);
    assert!(has(&errors, Place::Plan, Problem::WeekOutside { week: 27 }));
    assert!(has(&errors, Place::Measure(0), Problem::WeekOutside { week: 0 }));
    assert!(has(&errors, t(0), Problem::WeekOutside { week: 27 }));
    assert!(has(&errors, t(1), Problem::EndBeforeStart { start: 6, end: 5 }));
    assert!(has(&errors, t(2), Problem::ProgressOver { progress: 101 }));
    assert!(has(
        &errors,
        Place::Task { measure: 1, task: 0 },
        Problem::StatusContradicts {
            status: TaskStatus::Done,
            progress: 80
        }
    ));
    assert_eq!(errors.len(), 6, "{errors:?}");

    let mut plan = sample_plan();
    plan.measures[0].title = "  ".into();
    plan.measures[0].owner = "x".repeat(61);
    plan.measures[0].tasks[0].title = "あ".repeat(101);
    plan.measures[1].tasks[0].status = TaskStatus::Planned;
    plan.title = "計".repeat(100);
    let errors = errors_of(&plan);
    assert!(has(&errors, Place::Measure(0), Problem::TitleEmpty));
    assert!(has(&errors, Place::Measure(0), Problem::OwnerTooLong { max: 60 }));
    assert!(has(&errors, t(0), Problem::TitleTooLong { max: 100 }));
    assert!(has(
        &errors,
        Place::Task { measure: 1, task: 0 },
        Problem::StatusContradicts {
            status: TaskStatus::Planned,
            progress: 100
        }
    ));
    assert_eq!(errors.len(), 4, "a 100-character plan title is fine: {errors:?}");

    let mut plan = sample_plan();
    plan.measures[0].items = vec!["zz9".into(), "role".into(), "kgi".into()];
    plan.measures[1].target = Target::Item("comment".into());
    let errors = errors_of(&plan);
    assert_eq!(
        errors,
        vec![
            PlanError {
                place: Place::Measure(0),
                problem: Problem::UnknownItem { id: "zz9".into() }
            },
            PlanError {
                place: Place::Measure(0),
                problem: Problem::NotMeasurable { id: "role".into() }
            },
            PlanError {
                place: Place::Measure(1),
                problem: Problem::NotMeasurable { id: "comment".into() }
            },
        ]
    );
}

#[test]
fn the_stored_record_is_versioned() {
    let plan = sample_plan();
    let record = plan.to_record();
    assert!(record.starts_with("{\"v\":1,"), "{record}");
    assert_eq!(ActionPlan::from_record(&record), Ok(plan));
    let newer = record.replacen("\"v\":1", "\"v\":2", 1);
    assert_eq!(ActionPlan::from_record(&newer), Err(RecordError::NewerSchema(2)));
    let newer_shape = r#"{"v":3,"something":"else"}"#;
    assert_eq!(
        ActionPlan::from_record(newer_shape),
        Err(RecordError::NewerSchema(3))
    );
    assert!(matches!(
        ActionPlan::from_record("{not json"),
        Err(RecordError::Corrupt(_))
    ));
    let unknown = record.replacen("\"title\"", "\"extra\":1,\"title\"", 1);
    assert!(matches!(
        ActionPlan::from_record(&unknown),
        Err(RecordError::Corrupt(_))
    ));
}

#[test]
fn the_schedule_csv_is_excel_safe() {
    let mut plan = ActionPlan::new(date("2026-11-30"));
    plan.weeks = 3;
    plan.meetings = vec![2];
    let mut only = measure("=SUM(A1) \"研修\"", vec![task("-準備", 1, 2, 50)], &["lg1"]);
    only.reviews = vec![3];
    plan.measures = vec![only];
    let csv = schedule_csv(&plan, Language::Ja);
    let expected = [
        r#""施策","担当","タスク","状況","進捗%","開始週","終了週","W1 11/30","W2 12/7","W3 12/14""#,
        // The measure row: progress 50.0, ★ in week 3; the formula-like title neutralised.
        r#""'=SUM(A1) ""研修""","山田SV","","","50.0","","","","","★""#,
        // The task: 50% of 2 weeks = week 1 done (2), week 2 planned (1).
        r#""'=SUM(A1) ""研修""","山田SV","'-準備","実施中","50","1","2","2","1","""#,
        r#""定例会議","","","","","","","","■","""#,
        r#""計画全体","","","","50.0""#,
    ];
    assert_eq!(csv, format!("\u{feff}{}\r\n", expected.join("\r\n")));
    for start in ["+1", "@a", "\tx", "\rx"] {
        assert_eq!(yorisoi_domain::csv::field(start), format!("\"'{start}\""));
    }
}

#[test]
fn a_measure_starts_pre_filled_from_its_factor() {
    let survey = small();
    // lg1: 5, 4, 4, 2, 1 -> 3 of 5 favourable = 60.0%.
    let answers = respondents(&survey, ["lg1"], [[5], [4], [4], [2], [1]]);
    let scores = Scores::from_tally(&survey, &Tally::of(&survey, &answers));
    // Benchmark centres at 50% ([5, 1]) and 100% ([4, 4]): national mean 75, gap -15.
    let snapshot = snapshot_of(&[
        centre_of(SizeCategory::Large, &respondents(&survey, ["lg1"], [[5], [1]])),
        centre_of(SizeCategory::MidSmall, &respondents(&survey, ["lg1"], [[4], [4]])),
    ]);
    let target = Target::Factor(Factor::LearningGrowth);
    let started = start_measure(
        target.clone(),
        &survey,
        &scores,
        Some(&snapshot),
        5,
        26,
        Language::Ja,
    );
    assert_eq!(started.title, "学びと成長の改善");
    assert_eq!(started.starting_point.favourable_percent, Some(60.0));
    assert_eq!(started.starting_point.gap, Some(-15.0));
    assert_eq!(
        started.starting_point.practices,
        vec![
            Practice::CareerControl,
            Practice::TeamworkSupervision,
            Practice::PerformanceUse
        ]
    );
    assert_eq!(started.items, vec!["lg1"]);
    assert_eq!(started.reviews, vec![13, 26]);
    assert!(started.tasks.is_empty());
    // Below the anonymity minimum no figure is kept.
    let hidden = start_measure(target, &survey, &scores, Some(&snapshot), 6, 26, Language::En);
    assert_eq!(hidden.title, "Improve: Learning & growth");
    assert_eq!(
        (
            hidden.starting_point.favourable_percent,
            hidden.starting_point.gap
        ),
        (None, None)
    );
    assert_eq!(hidden.starting_point.respondents, 5);
}

#[test]
fn the_weakest_two_items_of_a_factor_are_suggested() {
    let survey = employee();
    // tc1 100%, tc2 0%, tc3 40%, tc4 unanswered, tc5 20%, tc6 100%.
    let rows = [
        [5, 1, 4, 5, 4],
        [5, 1, 4, 1, 4],
        [5, 1, 1, 1, 5],
        [5, 1, 1, 1, 5],
        [5, 1, 1, 1, 5],
    ];
    let answers = respondents(&survey, ["tc1", "tc2", "tc3", "tc5", "tc6"], rows);
    let scores = Scores::from_tally(&survey, &Tally::of(&survey, &answers));
    let started = start_measure(
        Target::Factor(Factor::TrustCompany),
        &survey,
        &scores,
        None,
        5,
        26,
        Language::Ja,
    );
    assert_eq!(started.items, vec!["tc2", "tc5"]);
    assert_eq!(started.starting_point.gap, None, "no benchmark, no gap");
    let on_item = start_measure(
        Target::Item("tc3".into()),
        &survey,
        &scores,
        None,
        5,
        26,
        Language::Ja,
    );
    assert_eq!(on_item.items, vec!["tc3"]);
    assert_eq!(on_item.starting_point.favourable_percent, Some(40.0));
    assert_eq!(
        on_item.starting_point.practices,
        vec![
            Practice::ValuesLeadership,
            Practice::RewardsRecognition,
            Practice::PerformanceUse
        ]
    );
}

#[test]
fn the_pulse_survey_is_the_kgi_and_the_measured_items_of_the_full_survey() {
    let mut plan = sample_plan();
    plan.measures[0].items = vec!["tc3".into(), "tc1".into()];
    plan.measures[1].items = vec!["lg2".into(), "tc1".into()];
    let (json, pulse) = pulse_definition(&plan, EMPLOYEE_FILE, &employee_json()).unwrap();
    // It validates with the same validator as every definition.
    assert_eq!(SurveyDefinition::parse("again", &json).unwrap().key, pulse.key);
    assert_eq!(pulse.key.id, PULSE_ID);
    assert_eq!(pulse.key.version, "2026-11-30");
    let ids: Vec<&str> = pulse.items().map(|item| item.id.as_str()).collect();
    assert_eq!(ids, vec!["kgi", "lg2", "tc1", "tc3"], "survey order, each once");
    let employee = employee();
    for item in pulse.items() {
        assert_eq!(
            Some(item),
            employee.item(&item.id),
            "same id, kind, wording and scale"
        );
    }
    let raw: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut scales: Vec<&String> = raw["scales"].as_object().unwrap().keys().collect();
    scales.sort();
    assert_eq!(scales, vec!["agree5", "score0to10"], "no attribute scales");
    let sections: Vec<&str> = raw["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(sections, vec!["happiness", "learning_growth", "trust_company"]);

    plan.measures.iter_mut().for_each(|measure| measure.items.clear());
    assert_eq!(
        pulse_definition(&plan, EMPLOYEE_FILE, &employee_json()).unwrap_err(),
        PulseError::NoItems
    );
}

/// Ten people: `lg1` favourable for the first `lg` of them, `mr1` for the first `mr`.
fn ten(survey: &SurveyDefinition, lg: usize, mr: usize) -> Vec<Answers> {
    let rows = (0..10).map(|n| [if n < lg { 5 } else { 2 }, if n < mr { 4 } else { 3 }]);
    respondents(survey, ["lg1", "mr1"], rows)
}

#[test]
fn the_effect_per_measure_against_the_baseline() {
    let survey = small();
    let baseline = Baseline::parse(export_json(&survey, &ten(&survey, 2, 5)).as_bytes(), &survey, 5).unwrap();
    let now = ten(&survey, 8, 6);
    let scores = Scores::from_tally(&survey, &Tally::of(&survey, &now));
    let mut plan = sample_plan();
    plan.measures.push(measure("no items", vec![], &[]));
    let found = effects(&plan, &survey, &scores, &baseline, 5).unwrap();
    // lg1: 2 of 10 -> 8 of 10. Pooled 0.5, spread √(0.25 × 0.2) = 0.22361, z = 0.6 / 0.22361
    // = 2.683: beyond the noise.
    let lg1 = &found[0].items[0];
    assert_eq!((lg1.item_id.as_str(), lg1.points), ("lg1", 60.0));
    assert!((lg1.z.unwrap() - 2.6833).abs() < 1e-4);
    assert_eq!(found[0].verdict, Verdict::Up);
    // mr1: 5 of 10 -> 6 of 10. Pooled 0.55, spread √(0.2475 × 0.2) = 0.22249, z = 0.449.
    let mr1 = &found[1].items[0];
    assert!((mr1.z.unwrap() - 0.4495).abs() < 1e-4);
    assert!((found[1].mean_points.unwrap() - 10.0).abs() < 1e-9);
    assert_eq!(found[1].verdict, Verdict::WithinNoise);
    assert_eq!(found[2].verdict, Verdict::NotMeasured);
    assert_eq!(found[2].mean_points, None);

    // Down and mixed.
    let worse = Scores::from_tally(&survey, &Tally::of(&survey, &ten(&survey, 2, 0)));
    plan.measures[1].items = vec!["lg1".into(), "mr1".into()];
    let found = effects(&plan, &survey, &worse, &baseline, 5).unwrap();
    // mr1 5 of 10 -> 0 of 10: z = -0.5 / √(0.1875 × 0.2) = -2.582.
    assert_eq!(found[1].verdict, Verdict::Down);
    let mixed = Scores::from_tally(&survey, &Tally::of(&survey, &ten(&survey, 8, 0)));
    assert_eq!(
        effects(&plan, &survey, &mixed, &baseline, 5).unwrap()[1].verdict,
        Verdict::Mixed
    );

    assert_eq!(
        effects(&plan, &survey, &scores, &baseline, 11),
        Err(TooFewForEffect {
            respondents: 10,
            minimum: 11
        })
    );
}

#[test]
fn the_plan_file_round_trips_and_bad_files_are_refused() {
    let survey = small();
    let plan = sample_plan();
    let file = plan_file(&plan);
    assert!(file.contains("\"format\": \"yorisoi-plan\""));
    assert_eq!(read_plan_file(file.as_bytes(), &survey), Ok(plan.clone()));

    let refused = |text: &str| read_plan_file(text.as_bytes(), &survey).unwrap_err();
    assert_eq!(refused("{not json"), PlanFileError::NotJson);
    assert_eq!(
        refused(&export_json(&survey, &ten(&survey, 2, 5))),
        PlanFileError::NotAPlanFile
    );
    assert_eq!(
        refused(&file.replace("\"format_version\": 1", "\"format_version\": 2")),
        PlanFileError::NewerFormat { version: 2 }
    );
    assert_eq!(
        refused(&file.replace("\"weeks\"", "\"extra\": 1, \"weeks\"")),
        PlanFileError::Damaged
    );
    assert_eq!(
        refused(&file.replacen("\"v\": 1", "\"v\": 2", 1)),
        PlanFileError::Damaged
    );
    let mut broken = plan.clone();
    broken.measures[0].tasks[0].end_week = 0;
    broken.measures[0].items = vec!["nope".into()];
    assert_eq!(
        refused(&plan_file(&broken)),
        PlanFileError::Invalid(vec![
            PlanError {
                place: Place::Task { measure: 0, task: 0 },
                problem: Problem::WeekOutside { week: 0 }
            },
            PlanError {
                place: Place::Task { measure: 0, task: 0 },
                problem: Problem::EndBeforeStart { start: 1, end: 0 }
            },
            PlanError {
                place: Place::Measure(0),
                problem: Problem::UnknownItem { id: "nope".into() }
            },
        ])
    );
    let huge = format!("{file}{}", " ".repeat(MAX_PLAN_BYTES));
    assert!(matches!(refused(&huge), PlanFileError::TooLarge { .. }));
}

#[test]
fn the_plan_never_enters_the_aggregate_export() {
    let survey = small();
    let json = export_json(&survey, &ten(&survey, 2, 5));
    assert!(!json.contains("plan"), "{json}");
}
