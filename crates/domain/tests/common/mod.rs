//! Small definitions for the tests, built as JSON the way a centre would write them.
#![allow(dead_code)] // each test file uses a different part

use serde_json::{json, Value};
use yorisoi_domain::SurveyDefinition;

pub const EMPLOYEE_FILE: &str = "surveys/employee.json";

pub fn text(ja: &str, en: &str) -> Value {
    json!({ "ja": ja, "en": en })
}

/// A valid three-section survey: a KGI, two factor items and a comment.
pub fn small_definition() -> Value {
    let agree: Vec<Value> = (1..=5)
        .map(|value| json!({ "value": value, "label": text(&format!("選択{value}"), &format!("Option {value}")) }))
        .collect();
    json!({
        "id": "small",
        "version": "1",
        "title": text("小さな調査", "Small survey"),
        "scales": {
            "agree5": { "type": "agreement", "options": agree },
            "score0to10": { "type": "score", "min": 0, "max": 10,
                "min_label": text("全く", "Not at all"), "max_label": text("非常に", "Completely") },
            "role": { "type": "choice", "options": [
                { "value": 1, "label": text("オペレーター", "Operator") },
                { "value": 2, "label": text("SV", "Supervisor") } ] },
            "free_text": { "type": "text", "max_length": 10 }
        },
        "sections": [
            { "id": "happiness", "title": text("幸福度", "Happiness"), "items": [
                { "id": "kgi", "kind": "kgi", "scale": "score0to10", "text": text("幸せ", "Happy") } ] },
            { "id": "factors", "title": text("要素", "Factors"), "items": [
                { "id": "lg1", "kind": "factor", "factor": "learning_growth", "scale": "agree5", "text": text("学び", "Learning") },
                { "id": "mr1", "kind": "factor", "factor": "mutual_recognition", "scale": "agree5", "text": text("認め合い", "Recognition") },
                { "id": "role", "kind": "attribute", "scale": "role", "text": text("役割", "Role") } ] },
            { "id": "comment", "title": text("自由記述", "Comments"), "items": [
                { "id": "comment", "kind": "comment", "scale": "free_text", "text": text("ご意見", "Comments") } ] }
        ]
    })
}

/// Adds a `team` attribute of three teams (A, B, C) to a definition like `small_definition`'s.
pub fn add_teams(definition: &mut Value) {
    definition["scales"]["team"] = json!({ "type": "choice", "options": [
        { "value": 1, "label": text("A", "A") },
        { "value": 2, "label": text("B", "B") },
        { "value": 3, "label": text("C", "C") } ] });
    definition["sections"][1]["items"]
        .as_array_mut()
        .expect("the factors section")
        .push(json!({ "id": "team", "kind": "attribute", "scale": "team", "text": text("チーム", "Team") }));
}

pub fn parse(value: &Value) -> SurveyDefinition {
    SurveyDefinition::parse("small.json", &value.to_string()).expect("the test definition is valid")
}

pub fn small() -> SurveyDefinition {
    parse(&small_definition())
}

pub fn employee_json() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/surveys/employee.json"
    ))
    .expect("the shipped employee survey is readable")
}

pub fn employee() -> SurveyDefinition {
    SurveyDefinition::parse(EMPLOYEE_FILE, &employee_json()).expect("the shipped employee survey is valid")
}

/// One respondent of `survey` answering each (item, value); a `None` value is skipped.
pub fn respondent(survey: &SurveyDefinition, answers: &[(&str, Option<u8>)]) -> yorisoi_domain::Answers {
    let mut respondent = yorisoi_domain::Answers::new(survey);
    for (item, value) in answers {
        if let Some(value) = value {
            respondent.choose(survey, item, *value).unwrap();
        }
    }
    respondent
}

/// Respondents of `survey`, one per row, each answering `items` with the row's values.
pub fn respondents<const N: usize>(
    survey: &SurveyDefinition,
    items: [&str; N],
    rows: impl IntoIterator<Item = [u8; N]>,
) -> Vec<yorisoi_domain::Answers> {
    rows.into_iter()
        .map(|row| {
            let answers: Vec<(&str, Option<u8>)> = items
                .iter()
                .zip(row)
                .map(|(item, value)| (*item, Some(value)))
                .collect();
            respondent(survey, &answers)
        })
        .collect()
}

/// A benchmark centre of the small survey, from its respondents.
pub fn centre_of(
    size: yorisoi_domain::SizeCategory,
    answers: &[yorisoi_domain::Answers],
) -> yorisoi_domain::benchmark::CentreValues {
    let survey = small();
    yorisoi_domain::benchmark::CentreValues {
        size,
        respondents: answers.len() as u32,
        scores: yorisoi_domain::Scores::from_tally(&survey, &yorisoi_domain::Tally::of(&survey, answers)),
    }
}

/// A synthetic benchmark snapshot of the small survey, of `centres`.
pub fn snapshot_of(centres: &[yorisoi_domain::benchmark::CentreValues]) -> yorisoi_domain::Snapshot {
    let label = yorisoi_domain::Text {
        ja: "テスト".into(),
        en: "Test".into(),
    };
    yorisoi_domain::Snapshot::build("test-1", "2026-11-29", true, label, &small(), centres)
}

/// Responses of `answers` with ids made from their position.
pub fn responses_of(answers: &[yorisoi_domain::Answers]) -> Vec<yorisoi_domain::Response> {
    answers
        .iter()
        .enumerate()
        .map(|(index, answers)| yorisoi_domain::Response {
            id: format!("{index:016x}"),
            submitted_at_ms: 0,
            answers: answers.clone(),
        })
        .collect()
}

/// One kiosk's export of `answers` (minimum 5), as the JSON a file holds.
pub fn export_json(survey: &SurveyDefinition, answers: &[yorisoi_domain::Answers]) -> String {
    yorisoi_domain::export::AggregateExport::build(yorisoi_domain::export::ExportInput {
        survey,
        device_id: "aaaaaaaaaaaaaaaa",
        export_id: "1111111111111111",
        created_at_ms: 0,
        profile: &yorisoi_domain::profile::CentreProfile::default(),
        centre_id: "cececececececece",
        minimum: 5,
        responses: &responses_of(answers),
        transferred_from: Vec::new(),
        imports: &[],
        earlier: &[],
        representative: None,
    })
    .expect("at least five respondents")
    .0
    .to_json()
}
