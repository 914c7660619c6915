//! The organiser's analyses: calibrated samples give figures of the published size; the
//! commands run on sample data and on hand-built fixtures, and write their tables and charts.

mod common;

use common::{folder, survey, text};

use std::path::{Path, PathBuf};
use std::process::Output;

use yorisoi_collect::sample::{self, SATISFACTION_CENTRES};
use yorisoi_collect::synthetic::{self, YEAR_SEEDS};
use yorisoi_domain::export::{AggregateExport, ExportInput};
use yorisoi_domain::organiser::outcomes::outcomes;
use yorisoi_domain::organiser::trend::{snapshot_centres, year_figures};
use yorisoi_domain::organiser::CentreFigures;
use yorisoi_domain::profile::{CentreProfile, Percent};
use yorisoi_domain::{Answers, Response, SizeCategory, SurveyDefinition};

const DATE: &str = "2024-09-01";
/// Published: the high and low groups per year, R² over 34 centres, turnover above / below.
const PUBLISHED_GROUPS: [(&str, f64, f64); 3] =
    [("2022", 6.97, 4.95), ("2023", 6.74, 4.80), ("2024", 6.87, 4.57)];
const PUBLISHED_R_SQUARED: f64 = 0.41;
const PUBLISHED_TURNOVER: (f64, f64) = (18.0, 25.0);

/// Runs the command and insists that it succeeded.
fn collect<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    let out = common::collect(args);
    assert!(out.status.success(), "{}", text(&out));
    out
}

fn csv_rows(output: &Output) -> Vec<String> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .strip_prefix('\u{feff}')
        .expect("a BOM")
        .split_terminator("\r\n")
        .map(String::from)
        .collect()
}

fn row(fields: &[&str]) -> String {
    yorisoi_domain::csv::line(fields)
}

/// A chart file: one SVG document, every text element closed, with each of `labels`.
fn check_chart(path: &Path, labels: &[&str]) {
    let svg = std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{} written", path.display()));
    assert!(svg.starts_with("<svg"), "{}", path.display());
    assert!(svg.trim_end().ends_with("</svg>"), "{}", path.display());
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    for label in labels {
        assert!(svg.contains(label), "{} lacks {label:?}", path.display());
    }
}

#[test]
fn calibrated_samples_give_figures_of_the_published_size() {
    let survey = survey();
    // Trend: each year's synthetic snapshot within 0.1 of the published groups and gap.
    for ((year, seed), (published_year, high, low)) in YEAR_SEEDS.iter().zip(PUBLISHED_GROUPS) {
        assert_eq!(*year, published_year);
        let snapshot = synthetic::snapshot(&survey, *seed, DATE);
        let figures = year_figures(year, &snapshot_centres(&snapshot).unwrap()).unwrap();
        let (got_high, got_low) = (
            figures.high.unwrap().weighted_mean,
            figures.low.unwrap().weighted_mean,
        );
        println!("{year}: high {got_high:.2} (published {high}), low {got_low:.2} (published {low})");
        assert!((got_high - high).abs() <= 0.1, "{year} high {got_high}");
        assert!((got_low - low).abs() <= 0.1, "{year} low {got_low}");
        assert!((figures.gap().unwrap() - (high - low)).abs() <= 0.1, "{year} gap");
    }
    // Outcomes: R² within 0.01 of 0.41 over exactly 34 centres; turnover within 1.5 points.
    let centres: Vec<CentreFigures> =
        sample::exports(&survey, synthetic::SHIPPED_SEED, synthetic::CENTRES, DATE)
            .iter()
            .map(|export| CentreFigures::of(export, &survey))
            .collect();
    let result = outcomes(&centres).unwrap();
    let fit = result.satisfaction.unwrap();
    let (above, below) = (result.turnover.above.unwrap(), result.turnover.below.unwrap());
    println!(
        "R² {:.3} over {} centres; turnover {:.1}% ({}) above vs {:.1}% ({}) below",
        fit.r_squared, fit.centres, above.mean, above.centres, below.mean, below.centres
    );
    assert_eq!(fit.centres as usize, SATISFACTION_CENTRES);
    assert!(
        (fit.r_squared - PUBLISHED_R_SQUARED).abs() <= 0.01,
        "{}",
        fit.r_squared
    );
    assert!((above.mean - PUBLISHED_TURNOVER.0).abs() <= 1.5, "{}", above.mean);
    assert!((below.mean - PUBLISHED_TURNOVER.1).abs() <= 1.5, "{}", below.mean);
    assert_eq!(above.centres + below.centres, synthetic::CENTRES as u32);
}

/// A centre whose `respondents` all answered happiness `kgi` (and nothing else).
fn fixture(
    survey: &SurveyDefinition,
    name: &str,
    kgi: u8,
    respondents: u32,
    headcount: u32,
    outcomes: (Option<f64>, Option<f64>),
) -> AggregateExport {
    let answers: Vec<Answers> = (0..respondents)
        .map(|_| {
            let mut answers = Answers::new(survey);
            answers.choose(survey, "kgi", kgi).unwrap();
            answers
        })
        .collect();
    let responses: Vec<Response> = answers
        .into_iter()
        .enumerate()
        .map(|(index, answers)| Response {
            id: format!("{index:016x}"),
            submitted_at_ms: 0,
            answers,
        })
        .collect();
    let mut profile = CentreProfile::default();
    profile.name = name.to_owned();
    profile.size = SizeCategory::MidSmall;
    profile.headcount = Some(headcount);
    profile.customer_satisfaction = outcomes.0.map(|v| Percent::new(v).unwrap());
    profile.turnover_rate = outcomes.1.map(|v| Percent::new(v).unwrap());
    let id = |part: &str| yorisoi_domain::hex::fnv1a(&format!("{part}{name}"));
    AggregateExport::build(ExportInput {
        survey,
        device_id: &id("device"),
        export_id: &id("export"),
        created_at_ms: sample::date_ms("2023-08-31"),
        profile: &profile,
        centre_id: &id("centre"),
        minimum: 5,
        responses: &responses,
        transferred_from: Vec::new(),
        imports: &[],
        earlier: &[],
        representative: None,
    })
    .unwrap()
    .0
}

fn write_fixtures(dir: &Path, exports: &[AggregateExport]) -> Vec<PathBuf> {
    exports
        .iter()
        .map(|export| {
            let path = dir.join(format!("{}.json", export.export_id));
            std::fs::write(&path, export.to_json()).unwrap();
            path
        })
        .collect()
}

#[test]
fn the_analyses_on_fixtures_give_the_hand_computed_tables() {
    let survey = survey();
    let dir = folder("fixtures");
    // Happiness 4, 5, 6, 7, 7 (10 respondents each, every one the same answer); satisfaction
    // 60, 70, 65, 85 and none; turnover 30, 26, 20, 16, 14. "Low" answered by 10 of 100.
    let exports = [
        fixture(&survey, "A", 4, 10, 12, (Some(60.0), Some(30.0))),
        fixture(&survey, "B", 5, 10, 12, (Some(70.0), Some(26.0))),
        fixture(&survey, "C", 6, 10, 12, (Some(65.0), Some(20.0))),
        fixture(&survey, "D", 7, 10, 12, (Some(85.0), Some(16.0))),
        fixture(&survey, "E", 7, 10, 10, (None, Some(14.0))),
    ];
    let low_rate = fixture(&survey, "Low", 9, 10, 100, (None, None));
    let mut files = write_fixtures(&dir, &exports);
    files.extend(write_fixtures(&dir, std::slice::from_ref(&low_rate)));

    // Award, tiers 1 + 2: D and E tie at rank 1 (both 金), C is 3 (銀), B 4 and A 5 are
    // ranked without an award; Low's 10% response rate keeps it out.
    let mut args: Vec<String> = vec![
        "award".into(),
        "--tier".into(),
        "金=1".into(),
        "--tier".into(),
        "銀=2".into(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let rows = csv_rows(&collect(&args));
    let id = |name: &str| yorisoi_domain::hex::fnv1a(&format!("export{name}"));
    let line = |rank: &str, award: &str, name: &str, rate: &str, mean: &str, why: &str| {
        row(&[
            "mid_small",
            "中・小規模センター部門",
            rank,
            award,
            name,
            &id(name),
            "10",
            rate,
            mean,
            why,
        ])
    };
    assert_eq!(
        rows[1..],
        [
            line("1", "金", "D", "83.3", "7.00", ""),
            line("1", "金", "E", "100.0", "7.00", ""),
            line("3", "銀", "C", "83.3", "6.00", ""),
            line("4", "", "B", "83.3", "5.00", ""),
            line("5", "", "A", "83.3", "4.00", ""),
            line(
                "",
                "",
                "Low",
                "10.0",
                "9.00",
                "response rate 10.0%, under the minimum of 50%"
            ),
        ]
    );

    // Outcomes: threshold (4+5+6+7+7+9)/6 = 38/6 = 6.33. Satisfaction over A-D is the domain
    // test's case: slope 7, intercept 31.5, R² 0.7. Turnover: at or above 6.33 are D, E (Low
    // has none): (16+14)/2 = 15.0; below are A, B, C: (30+26+20)/3 = 25.33 -> 25.3.
    let mut args: Vec<String> = vec!["outcomes".into()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let rows = csv_rows(&collect(&args));
    assert_eq!(
        rows,
        [
            row(&["figure", "value", "centres"]),
            row(&["happiness_threshold", "6.33", "6"]),
            row(&["satisfaction_slope", "7.00", "4"]),
            row(&["satisfaction_intercept", "31.50", "4"]),
            row(&["satisfaction_r_squared", "0.700", "4"]),
            row(&["turnover_at_or_above_mean_percent", "15.0", "2"]),
            row(&["turnover_below_mean_percent", "25.3", "3"]),
        ]
    );

    // Trend from a folder of exports: means 4, 5, 6, 7, 7 (n 10 each): mean 5.8; squared
    // deviations 3.24+0.64+0.04+1.44+1.44 = 6.8, SD sqrt(6.8/5) = 1.166. High (>= 6.966): D, E,
    // 7.00; low (<= 4.634): A, 4.00; gap 3.00.
    let year = folder("fixtures-2023");
    write_fixtures(&year, &exports);
    let rows = csv_rows(&collect(&[
        "trend".to_owned(),
        format!("2023={}", year.display()),
    ]));
    assert_eq!(
        rows[1],
        row(&["2023", "5", "50", "5.80", "1.17", "2", "20", "7.00", "1", "10", "4.00", "3.00"])
    );
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(year);
}

#[test]
fn the_analyses_run_on_sample_data_and_draw_the_charts_shown_in_the_readme() {
    let dir = folder("sample");
    let exports = dir.join("exports");
    collect(&["sample", "-o", exports.to_str().unwrap(), "--date", DATE]);
    let files: Vec<String> = (1..=synthetic::CENTRES)
        .map(|n| exports.join(format!("centre-{n:03}.json")).display().to_string())
        .collect();
    // The README's charts, regenerated by every run (the sample is seeded, so they only change
    // when the drawing does).
    let charts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/organiser");
    let charts_arg = charts.display().to_string();

    let mut args = vec!["award", "--charts", &charts_arg];
    args.extend(files.iter().map(String::as_str));
    let rows = csv_rows(&collect(&args));
    assert_eq!(rows.len(), 1 + synthetic::CENTRES);
    for category in ["大規模センター部門", "中・小規模センター部門"] {
        let honoured = |award: &str| {
            rows.iter()
                .filter(|r| r.contains(category) && r.contains(&format!(",\"{award}\",")))
                .count()
        };
        assert_eq!((honoured("最優秀賞"), honoured("優秀賞")), (3, 4), "{category}");
    }
    check_chart(
        &charts.join("award.svg"),
        &[
            "大規模センター部門",
            "中・小規模センター部門",
            "1. 最優秀賞",
            "7. 優秀賞",
        ],
    );
    let mut args = vec!["award", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let json: serde_json::Value = serde_json::from_slice(&collect(&args).stdout).unwrap();
    assert_eq!(json["centres"].as_array().unwrap().len(), synthetic::CENTRES);
    assert_eq!(json["rules"]["tiers"][0]["name"], "最優秀賞");

    let mut args = vec!["outcomes", "--charts", &charts_arg];
    args.extend(files.iter().map(String::as_str));
    let rows = csv_rows(&collect(&args));
    assert_eq!(rows[4], row(&["satisfaction_r_squared", "0.410", "34"]));
    check_chart(
        &charts.join("outcomes-satisfaction.svg"),
        &["R² = 0.41, N = 34", "顧客満足度"],
    );
    check_chart(
        &charts.join("outcomes-turnover.svg"),
        &["平均未満", "平均以上", "N = "],
    );

    let mut args = vec!["trend".to_owned(), "--charts".to_owned(), charts_arg.clone()];
    for (year, seed) in YEAR_SEEDS {
        let snapshot = dir.join(format!("{year}.json"));
        collect(&[
            "synthetic-benchmark",
            "-o",
            snapshot.to_str().unwrap(),
            "--date",
            &format!("{year}-09-01"),
            "--seed",
            &seed.to_string(),
        ]);
        args.push(snapshot.display().to_string());
    }
    let rows = csv_rows(&collect(&args));
    assert_eq!(rows.len(), 4);
    assert!(
        rows[1].starts_with(&row(&["2022", "132", "10279"])),
        "{}",
        rows[1]
    );
    assert!(
        rows[3].starts_with(&row(&["2024", "132", "10279"])),
        "{}",
        rows[3]
    );
    check_chart(&charts.join("trend.svg"), &["2022", "2023", "2024", "全国平均"]);
    let _ = std::fs::remove_dir_all(dir);
}
