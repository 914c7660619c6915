mod common;

use common::*;
use serde_json::{json, Value};
use yorisoi_domain::change::{changes, z_statistic, Baseline};
use yorisoi_domain::export::ImportError;
use yorisoi_domain::{Answers, Factor, Scores, Share, SurveyDefinition, Tally};

fn people(survey: &SurveyDefinition, rows: &[(u8, u8)]) -> Vec<Answers> {
    respondents(survey, ["kgi", "lg1"], rows.iter().map(|&(kgi, lg1)| [kgi, lg1]))
}

#[test]
fn the_two_proportion_z_by_hand() {
    // 20 of 100 against 35 of 100: pooled 0.275, spread sqrt(0.275 * 0.725 * 0.02) = 0.063146,
    // z = 0.15 / 0.063146 = 2.3754.
    let z = z_statistic(Share { count: 20, of: 100 }, Share { count: 35, of: 100 }).unwrap();
    assert!((z - 2.3754).abs() < 1e-4, "{z}");
    // 2 of 10 against 3 of 10: far inside the noise.
    let small = z_statistic(Share { count: 2, of: 10 }, Share { count: 3, of: 10 }).unwrap();
    assert!(small.abs() < 1.96);
    assert_eq!(
        z_statistic(Share { count: 0, of: 10 }, Share { count: 0, of: 12 }),
        None
    );
    assert_eq!(
        z_statistic(Share { count: 0, of: 0 }, Share { count: 1, of: 2 }),
        None
    );
}

#[test]
fn a_pulse_compared_with_the_full_survey_before_it() {
    let survey = small();
    // Before: lg1 favourable 1 of 6. After: 6 of 6 -> +83.3 points, beyond the noise.
    let before = people(&survey, &[(5, 5), (5, 1), (5, 2), (5, 1), (5, 2), (5, 3)]);
    let after = people(&survey, &[(8, 5); 6]);
    let baseline = Baseline::parse(export_json(&survey, &before).as_bytes(), &survey, 5).unwrap();
    assert_eq!(baseline.respondents, 6);
    assert_eq!(baseline.item("lg1"), Some(Share { count: 1, of: 6 }));
    assert_eq!(
        baseline
            .factor_percent(&survey, Factor::LearningGrowth)
            .map(|p| (p * 10.0).round()),
        Some(167.0)
    );
    let scores = Scores::from_tally(&survey, &Tally::of(&survey, &after));
    let found = changes(&survey, &scores, &baseline);
    let lg1 = found.iter().find(|change| change.item_id == "lg1").unwrap();
    assert!((lg1.points - 83.333).abs() < 0.001);
    assert!(lg1.beyond_noise);
    // The KGI: 0 of 6 at 7+ before, 6 of 6 after.
    assert!(
        found
            .iter()
            .find(|change| change.item_id == "kgi")
            .unwrap()
            .beyond_noise
    );
    // mr1 was never answered: nothing to compare.
    assert!(found.iter().all(|change| change.item_id != "mr1"));
}

#[test]
fn a_baseline_of_another_survey_version_is_matched_by_item_id() {
    let survey = small();
    let json = export_json(&survey, &people(&survey, &[(5, 4); 6]));
    let mut value: Value = serde_json::from_str(&json).unwrap();
    value["survey"]["version"] = json!("2025.1");
    value["cells"][0]["items"]["retired_item"] = value["cells"][0]["items"]["lg1"].clone();
    let baseline = Baseline::parse(value.to_string().as_bytes(), &survey, 5).unwrap();
    assert_eq!(baseline.survey, "small@2025.1");
    assert_eq!(baseline.item("lg1"), Some(Share { count: 6, of: 6 }));
    assert_eq!(baseline.item("retired_item"), None);
    assert!(matches!(
        Baseline::parse(b"{", &survey, 5),
        Err(ImportError::NotJson { .. })
    ));
    // JSON, but a list where the file's object goes: named just after its `[`, column 2.
    assert_eq!(
        Baseline::parse(b"[1,2]", &survey, 5).unwrap_err(),
        ImportError::BadValue { line: 1, column: 2 }
    );
    assert!(matches!(
        Baseline::parse(br#"{"format":"other","format_version":1}"#, &survey, 5),
        Err(ImportError::UnknownFormat { .. })
    ));
}

#[test]
fn the_shipped_pulse_survey_reuses_the_full_surveys_item_ids() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/surveys/pulse.json");
    let pulse = SurveyDefinition::parse("pulse.json", &std::fs::read_to_string(path).unwrap()).unwrap();
    let full = employee();
    let count = pulse.item_count();
    assert!((7..=10).contains(&count), "{count} items");
    for item in pulse.items() {
        assert_eq!(
            full.item(&item.id).map(|i| &i.text),
            Some(&item.text),
            "{}",
            item.id
        );
    }
}

#[test]
fn factor_and_item_changes_are_worked_out_once_in_the_domain() {
    let survey = small();
    // Then: lg1 4 of 6 favourable (66.7 %); now: 6 of 6 (100 %). The learning factor has lg1
    // only, so it moves by the same 33.3 points; mr1 nobody answered, so no change.
    let then = people(&survey, &[(5, 5), (5, 4), (5, 4), (5, 5), (5, 2), (5, 1)]);
    let baseline = Baseline::parse(export_json(&survey, &then).as_bytes(), &survey, 5).unwrap();
    let now = Scores::from_tally(&survey, &Tally::of(&survey, &people(&survey, &[(5, 5); 6])));
    let changes = baseline.factor_changes(&survey, &now);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].factor, Factor::LearningGrowth);
    assert!((changes[0].points - 100.0 / 3.0).abs() < 1e-9);
    let item = baseline
        .change_of(&survey, &now, &yorisoi_domain::Measure::Item("lg1".into()))
        .unwrap();
    assert!((item - 100.0 / 3.0).abs() < 1e-9);
    // The KGI's favourable share (7 and above): none then, none now.
    assert_eq!(
        baseline.change_of(&survey, &now, &yorisoi_domain::Measure::Kgi),
        Some(0.0)
    );
    assert_eq!(
        baseline.change_of(
            &survey,
            &now,
            &yorisoi_domain::Measure::Factor(Factor::MutualRecognition)
        ),
        None
    );
}
