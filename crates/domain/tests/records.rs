mod common;

use common::*;
use serde_json::json;
use yorisoi_domain::records::{is_valid_id, is_valid_response_id, keys, Damage, SCHEMA_VERSION};
use yorisoi_domain::{Answers, Draft, Inventory, Language, RecordError, Response};

const ID: &str = "0123456789abcdef";

fn answered_draft() -> Draft {
    let survey = small();
    let mut draft = Draft::new(&survey, ID.into(), Language::En);
    draft.section = 2;
    draft.answers.choose(&survey, "kgi", 7).unwrap();
    draft.answers.choose(&survey, "role", 1).unwrap();
    draft.answers.write(&survey, "comment", "more rest").unwrap();
    draft
}

#[test]
fn a_saved_draft_resumes_exactly_where_the_person_was() {
    let survey = small();
    let draft = answered_draft();
    let resumed = Draft::from_record(&survey, &draft.to_record(&survey)).unwrap();
    assert_eq!(resumed, draft);
    assert_eq!(resumed.section, 2);
    assert_eq!(resumed.language, Language::En);
    assert_eq!(resumed.answers.choice(&survey, "kgi"), Some(7));
    assert_eq!(resumed.answers.text("comment"), Some("more rest"));
}

#[test]
fn a_draft_on_the_review_page_resumes_there_and_one_past_it_is_damaged() {
    let survey = small();
    let mut draft = Draft::new(&survey, ID.into(), Language::Ja);
    draft.section = survey.sections.len();
    assert_eq!(
        Draft::from_record(&survey, &draft.to_record(&survey))
            .unwrap()
            .section,
        3
    );
    draft.section = survey.sections.len() + 1;
    assert!(matches!(
        Draft::from_record(&survey, &draft.to_record(&survey)),
        Err(RecordError::Corrupt(_))
    ));
}

#[test]
fn a_draft_for_an_edited_definition_is_not_resumed_into_the_new_one() {
    let survey = small();
    let record = answered_draft().to_record(&survey);
    let mut edited = small_definition();
    edited["sections"][1]["items"][0]["text"]["en"] = json!("I learn a lot");
    let edited = parse(&edited);
    assert_eq!(
        Draft::from_record(&edited, &record),
        Err(RecordError::OtherSurvey(survey.key.to_string()))
    );
}

#[test]
fn damaged_and_newer_records_are_told_apart() {
    let survey = small();
    assert!(matches!(
        Draft::from_record(&survey, "{\"v\":1,"),
        Err(RecordError::Corrupt(_))
    ));
    assert!(matches!(
        Draft::from_record(&survey, "null"),
        Err(RecordError::Corrupt(_))
    ));
    let newer = json!({ "v": SCHEMA_VERSION + 1, "whatever": true }).to_string();
    assert_eq!(
        Draft::from_record(&survey, &newer),
        Err(RecordError::NewerSchema(SCHEMA_VERSION + 1))
    );
    let bad_id = answered_draft().to_record(&survey).replace(ID, "../../etc");
    assert!(matches!(
        Draft::from_record(&survey, &bad_id),
        Err(RecordError::Corrupt(Damage::BadId))
    ));
    let bad_answer = answered_draft()
        .to_record(&survey)
        .replace("\"a\":\"7..1\"", "\"a\":\"7..9\"");
    assert_ne!(bad_answer, answered_draft().to_record(&survey));
    assert!(matches!(
        Draft::from_record(&survey, &bad_answer),
        Err(RecordError::Corrupt(_))
    ));
}

#[test]
fn a_submitted_response_keeps_its_draft_id_and_reads_back_the_same() {
    let survey = small();
    let response = answered_draft().to_response(1_764_000_000_000);
    assert_eq!(response.id, ID);
    assert_eq!(response.key(), format!("yorisoi/v1/response/{ID}"));
    let record = response.to_record(&survey);
    assert_eq!(Response::from_record(&survey, &record).unwrap(), response);
    // A draft record is not a response: it has no submit time.
    let draft_record = answered_draft().to_record(&survey);
    assert!(matches!(
        Response::from_record(&survey, &draft_record),
        Err(RecordError::Corrupt(_))
    ));
}

#[test]
fn ids_are_sixteen_lowercase_hex_digits_and_response_ids_thirty_two_or_sixteen() {
    assert!(is_valid_id(ID));
    assert!(!is_valid_id("0123456789abcdef0123456789abcdef"));
    assert!(!is_valid_id("0123456789ABCDEF"));
    assert!(!is_valid_id("0123456789abcde"));
    assert!(!is_valid_id("0123456789abcdeg"));
    assert!(is_valid_response_id(ID));
    assert!(is_valid_response_id("0123456789abcdef0123456789abcdef"));
    assert!(!is_valid_response_id("0123456789ABCDEF0123456789abcdef"));
    assert!(!is_valid_response_id("0123456789abcdef0123456789abcde"));
    assert!(!is_valid_response_id("0123456789abcdef0123456789abcdef0"));
    assert!(!is_valid_response_id("0123456789abcdef01234567"));
}

#[test]
fn an_export_ledger_reads_both_its_forms_of_ids() {
    use yorisoi_domain::export::ExportRecord;
    let record = |responses: &str| ExportRecord {
        v: 1,
        export_id: "0123456789abcdef".into(),
        created_at: "2026-11-30T00:00:00Z".into(),
        survey: "s".into(),
        responses: responses.into(),
    };
    // Written before ids grew: 16 digits each, one after another.
    let earlier = record("00000000000000aa00000000000000bb");
    assert_eq!(
        earlier.response_ids().into_iter().collect::<Vec<_>>(),
        ["00000000000000aa", "00000000000000bb"]
    );
    // Now: each id followed by a comma, whatever its length; one 32-digit id is one id.
    let now = record("0123456789abcdef0123456789abcdef,");
    assert_eq!(
        now.response_ids().into_iter().collect::<Vec<_>>(),
        ["0123456789abcdef0123456789abcdef"]
    );
    let mixed = record("00000000000000aa,0123456789abcdef0123456789abcdef,");
    assert_eq!(mixed.response_ids().len(), 2);
}

#[test]
fn the_inventory_sorts_stored_entries_into_responses_damaged_newer_and_other_surveys() {
    let survey = small();
    let first = Response {
        id: "00000000000000aa".into(),
        submitted_at_ms: 2,
        answers: Answers::new(&survey),
    };
    let second = answered_draft().to_response(1);
    let mut edited = small_definition();
    edited["version"] = json!("2");
    let other = answered_draft().to_response(3).to_record(&parse(&edited));
    let entries: Vec<(String, String)> = vec![
        (first.key(), first.to_record(&survey)),
        (second.key(), second.to_record(&survey)),
        (keys::response("00000000000000bb"), "{not json".into()),
        (keys::response("00000000000000cc"), second.to_record(&survey)),
        (keys::response("00000000000000dd"), json!({ "v": 99 }).to_string()),
        (keys::response("00000000000000ee"), other),
        (
            keys::set_aside(&keys::response("00000000000000ff"), "1-a"),
            "{".into(),
        ),
        (keys::DRAFT.into(), answered_draft().to_record(&survey)),
        ("someone-else".into(), "x".into()),
    ];
    let inventory = Inventory::scan(&survey, entries.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!(inventory.responses, vec![second.clone(), first], "oldest first");
    assert_eq!(inventory.other_survey_responses, 1);
    assert_eq!(inventory.newer, vec![keys::response("00000000000000dd")]);
    assert_eq!(inventory.set_aside, 1);
    let damaged: Vec<&str> = inventory.damaged.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(
        damaged,
        [
            keys::response("00000000000000bb"),
            keys::response("00000000000000cc")
        ]
    );
    assert_eq!(inventory.damaged[1].1, Damage::UnderAnotherId);
}

#[test]
fn a_set_aside_key_keeps_the_original_name_and_is_unique() {
    assert_eq!(
        keys::set_aside("yorisoi/v1/response/00000000000000bb", "1700000000000-9f"),
        "yorisoi/v1/set-aside/response/00000000000000bb/1700000000000-9f"
    );
    assert_eq!(
        keys::set_aside(keys::DRAFT, "1-a"),
        "yorisoi/v1/set-aside/draft/1-a"
    );
    assert_ne!(
        keys::set_aside(keys::DRAFT, "1-a"),
        keys::set_aside(keys::DRAFT, "1-b")
    );
}

#[test]
fn drafts_are_kept_per_tab_and_the_old_single_draft_is_still_a_draft() {
    assert_eq!(
        keys::draft("0123456789abcdef"),
        "yorisoi/v1/draft/0123456789abcdef"
    );
    assert!(keys::is_draft(&keys::draft("0123456789abcdef")));
    assert!(keys::is_draft(keys::DRAFT));
    assert!(!keys::is_draft("yorisoi/v1/drafts"));
    assert!(!keys::is_draft(&keys::response("0123456789abcdef")));
}

/// Browsers give an origin 5 MiB of local storage or more, counted as UTF-16 (two bytes a
/// character) over keys and values. Two thousand full responses to the shipped survey, each with a comment of the
/// longest length allowed, must fit.
#[test]
fn two_thousand_full_responses_with_full_comments_fit_the_storage_quota() {
    let survey = employee();
    let mut used_units = 0usize;
    for n in 0..2000u64 {
        let mut answers = Answers::new(&survey);
        for item in survey.choice_items() {
            let value = (1..=10).find(|value| item.scale.accepts(*value)).unwrap();
            answers.choose(&survey, &item.id, value).unwrap();
        }
        answers.write(&survey, "comment", &"職".repeat(500)).unwrap();
        let response = Response {
            id: format!("{n:016x}"),
            submitted_at_ms: 1_764_000_000_000 + n,
            answers,
        };
        used_units +=
            response.key().encode_utf16().count() + response.to_record(&survey).encode_utf16().count();
    }
    let quota_bytes = 5 * 1024 * 1024;
    let used_bytes = used_units * 2;
    println!("2,000 full responses with 500-character comments: {used_bytes} bytes of {quota_bytes}");
    assert!(used_bytes < quota_bytes, "{used_bytes} bytes do not fit");
}

#[test]
fn the_language_of_a_draft_is_read_even_when_it_cannot_be_resumed() {
    assert_eq!(
        Draft::language_of(
            r#"{"v":1,"id":"0123456789abcdef","survey":"old@1#0","lang":"en","section":2,"a":"."}"#
        ),
        Some(Language::En)
    );
    assert_eq!(Draft::language_of(r#"{"v":1,"lang":"ja"}"#), Some(Language::Ja));
    assert_eq!(Draft::language_of(r#"{"v":1}"#), None);
    assert_eq!(Draft::language_of("{broken"), None);
}
