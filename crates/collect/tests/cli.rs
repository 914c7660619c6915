//! The command line as the organiser uses it, on files in a temporary folder.

mod common;

use common::*;

use yorisoi_collect::{sample, synthetic};
use yorisoi_domain::Snapshot;

#[test]
fn a_snapshot_built_from_sample_exports_equals_the_one_built_from_the_same_responses() {
    let survey = survey();
    let exports = sample::exports(&survey, synthetic::SHIPPED_SEED, synthetic::CENTRES, DATE);
    let values: Vec<_> = exports
        .iter()
        .map(|export| export.centre_values(&survey))
        .collect();
    let id = format!("synthetic-{}-seed{}", survey.key.version, synthetic::SHIPPED_SEED);
    let from_exports = Snapshot::build(&id, DATE, true, synthetic::label(), &survey, &values);
    assert_eq!(
        from_exports,
        synthetic::snapshot(&survey, synthetic::SHIPPED_SEED, DATE)
    );
}

#[test]
fn sample_validate_merge_build_and_rank_from_the_command_line() {
    let dir = folder("run");
    let out = collect(&[
        "sample",
        "-o",
        dir.to_str().unwrap(),
        "--date",
        DATE,
        "--centres",
        "40",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let files: Vec<String> = (1..=40)
        .map(|n| dir.join(format!("centre-{n:03}.json")).display().to_string())
        .collect();
    std::fs::write(dir.join("broken.json"), "{ not json").unwrap();
    let broken = dir.join("broken.json").display().to_string();

    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    args.push(&broken);
    let out = collect(&args);
    assert!(!out.status.success());
    let said = text(&out);
    assert_eq!(
        said.lines().filter(|line| line.starts_with("OK ")).count(),
        40,
        "{said}"
    );
    assert!(
        said.contains(&format!("BAD  {broken}: not a Yorisoi export")),
        "{said}"
    );
    assert!(said.contains("used 40 of 41 file(s)"), "{said}");

    // Two centres are never merged into one.
    let merged = dir.join("merged.json").display().to_string();
    let out = collect(&["merge", &files[0], &files[1], "-o", &merged]);
    assert!(!out.status.success());
    assert!(text(&out).contains("from another centre"), "{}", text(&out));
    // The same kiosk twice is refused.
    let out = collect(&[
        "merge",
        &files[0],
        &files[0],
        "-o",
        &dir.join("twice.json").display().to_string(),
    ]);
    assert!(!out.status.success());
    assert!(text(&out).contains("already in the file"), "{}", text(&out));

    let snapshot = dir.join("snapshot.json").display().to_string();
    let mut args = vec!["build-benchmark", "-o", &snapshot, "--date", DATE];
    args.extend(files.iter().map(String::as_str));
    args.push(&broken);
    let out = collect(&args);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("40 centres"), "{}", text(&out));
    let built = Snapshot::parse(&std::fs::read_to_string(&snapshot).unwrap(), &survey()).unwrap();
    assert!(!built.synthetic);
    assert_eq!(built.centres, 40);

    let mut args = vec!["ranking"];
    args.extend(files.iter().map(String::as_str));
    let out = collect(&args);
    assert!(out.status.success());
    let csv = String::from_utf8_lossy(&out.stdout).to_string();
    // Excel-safe: a BOM, CRLF line ends, every field quoted.
    let lines: Vec<&str> = csv
        .strip_prefix('\u{feff}')
        .expect("a BOM")
        .split_terminator("\r\n")
        .collect();
    assert_eq!(
        lines[0],
        r#""size_category","rank","top_7","centre","export_id","respondents","kgi_mean""#
    );
    assert_eq!(lines.len(), 41);
    assert!(lines
        .iter()
        .any(|line| line.starts_with(r#""large","1","true","#)));
    assert!(lines
        .iter()
        .any(|line| line.starts_with(r#""mid_small","1","true","#)));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn dates_turn_into_midnight_utc() {
    assert_eq!(sample::date_ms("1970-01-01"), 0);
    assert_eq!(sample::date_ms("2000-03-01"), 951_868_800_000);
    assert_eq!(
        yorisoi_domain::export::utc_timestamp(sample::date_ms("2026-11-29")),
        "2026-11-29T00:00:00Z"
    );
}

#[test]
fn a_broken_survey_stops_the_run_with_each_problem_named_in_english() {
    let dir = folder("broken-survey");
    let mut definition: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(survey_file()).unwrap()).unwrap();
    definition["sections"][1]["items"][0]["factor"] = serde_json::json!("salary");
    definition["sections"][1]["items"][1]["factr"] = serde_json::json!("learning_growth");
    let first = definition["sections"][1]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let second = definition["sections"][1]["items"][1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, definition.to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_yorisoi-collect"))
        .arg("--survey")
        .arg(&broken)
        .arg("validate")
        .arg(&broken)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let file = broken.display();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "yorisoi-collect: {file}: item \"{first}\": unknown factor \"salary\" (known: learning_growth, \
             mutual_recognition, team_strength, using_abilities, trust_company, healthy_workplace, \
             work_life_cycle); {file}: item \"{second}\": unknown field \"factr\"\n"
        )
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_option_value_that_does_not_read_is_named_with_the_value() {
    let dir = folder("bad-date");
    let out = collect(&["sample", "--date", "2026/11/29", "-o", dir.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("\"2026/11/29\" is not YYYY-MM-DD"),
        "{}",
        text(&out)
    );
    let out = collect(&["award", "--tier", "Gold=0", dir.to_str().unwrap()]);
    assert!(
        text(&out).contains("\"0\" is not a number of places (1 or more)"),
        "{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(dir);
}
