mod common;

use common::*;
use serde_json::{json, Value};
use yorisoi_domain::{DefinitionError, Factor, ItemKind, Scale, SurveyDefinition};

fn errors_of(value: &Value) -> Vec<DefinitionError> {
    SurveyDefinition::parse("broken.json", &value.to_string())
        .expect_err("the definition is invalid")
        .0
}

fn only_error(value: &Value) -> DefinitionError {
    let errors = errors_of(value);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn the_shipped_employee_survey_has_every_part_the_diagnosis_needs() {
    let survey = employee();
    assert!(survey.item_count() >= 51, "{} items", survey.item_count());
    let kgi: Vec<_> = survey.items().filter(|item| item.kind == ItemKind::Kgi).collect();
    assert_eq!(kgi.len(), 1);
    assert!(matches!(kgi[0].scale, Scale::Score { min: 0, max: 10, .. }));
    for factor in Factor::ALL {
        let count = survey
            .items()
            .filter(|item| item.kind == ItemKind::Factor(factor))
            .count();
        assert!(count >= 5, "{factor:?} has {count} items");
    }
    for attribute in ["role", "tenure", "employment", "team", "shift"] {
        let item = survey
            .item(attribute)
            .unwrap_or_else(|| panic!("no {attribute} item"));
        assert_eq!(item.kind, ItemKind::Attribute);
    }
    let role = survey.item("role").unwrap();
    let Scale::Choice { options } = &role.scale else {
        panic!("role is a choice")
    };
    let roles: Vec<&str> = options.iter().map(|option| option.label.en.as_str()).collect();
    assert_eq!(roles.len(), 4, "operator, supervisor, manager, other: {roles:?}");
    assert!(matches!(survey.item("stay").unwrap().kind, ItemKind::Outcome));
    assert!(matches!(
        survey.item("recommend").unwrap().scale,
        Scale::Score { min: 0, max: 10, .. }
    ));
    let comments = survey
        .items()
        .filter(|item| item.kind == ItemKind::Comment)
        .count();
    assert_eq!(comments, 1);
}

#[test]
fn broken_json_names_the_file_and_the_line() {
    let error = SurveyDefinition::parse("surveys/employee.json", "{\n  \"id\": \"employee\",\n  oops\n}")
        .expect_err("not JSON")
        .0
        .remove(0);
    assert_eq!(error.file, "surveys/employee.json");
    assert_eq!(error.location, "JSON");
    assert!(error.problem.contains("line 3"), "{}", error.problem);
}

#[test]
fn a_duplicate_item_id_names_the_item_and_where_it_was_first_used() {
    let mut value = small_definition();
    value["sections"][1]["items"][1]["id"] = json!("kgi");
    let error = only_error(&value);
    assert_eq!(error.file, "broken.json");
    assert_eq!(error.location, "item \"kgi\"");
    assert!(error.problem.contains("duplicate item id"), "{}", error.problem);
    assert!(error.problem.contains("happiness"), "{}", error.problem);
}

#[test]
fn an_unknown_factor_names_the_item_the_factor_and_the_known_ones() {
    let mut value = small_definition();
    value["sections"][1]["items"][0]["factor"] = json!("salary");
    let error = only_error(&value);
    assert_eq!(error.location, "item \"lg1\"");
    assert!(
        error.problem.contains("unknown factor \"salary\""),
        "{}",
        error.problem
    );
    assert!(error.problem.contains("work_life_cycle"), "{}", error.problem);
}

#[test]
fn a_scale_without_options_is_named_once_and_its_items_are_not_blamed_again() {
    let mut value = small_definition();
    value["scales"]["agree5"]["options"] = json!([]);
    let error = only_error(&value);
    assert_eq!(error.location, "scale \"agree5\"");
    assert_eq!(error.problem, "has no options");

    let mut missing = small_definition();
    missing["scales"]["role"]
        .as_object_mut()
        .unwrap()
        .remove("options");
    assert_eq!(only_error(&missing).problem, "has no options");
}

#[test]
fn a_score_scale_whose_range_is_empty_has_no_options() {
    let mut value = small_definition();
    value["scales"]["score0to10"]["min"] = json!(10);
    let error = only_error(&value);
    assert_eq!(error.location, "scale \"score0to10\"");
    assert!(error.problem.starts_with("has no options"), "{}", error.problem);
}

#[test]
fn every_other_mistake_is_named_with_its_place() {
    /// A way to break the definition, where the error is, and what it says.
    type Case = (fn(&mut Value), &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (
            |v| v["sections"][1]["items"][0]["scale"] = json!("agree7"),
            "item \"lg1\"",
            "unknown scale \"agree7\"",
        ),
        (
            |v| v["sections"][1]["items"][0]["kind"] = json!("question"),
            "item \"lg1\"",
            "unknown kind",
        ),
        (
            |v| {
                v["sections"][1]["items"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("factor");
            },
            "item \"lg1\"",
            "needs a factor",
        ),
        (
            |v| v["sections"][0]["items"][0]["factor"] = json!("learning_growth"),
            "item \"kgi\"",
            "has no factor",
        ),
        (
            |v| v["sections"][0]["items"][0]["scale"] = json!("agree5"),
            "item \"kgi\"",
            "does not suit a kgi item",
        ),
        (
            |v| v["sections"][1]["items"][2]["scale"] = json!("free_text"),
            "item \"role\"",
            "does not suit",
        ),
        (
            |v| v["sections"][1]["items"][0]["text"]["en"] = json!(" "),
            "item \"lg1\"",
            "Japanese and English",
        ),
        (
            |v| v["sections"][1]["items"][0]["id"] = json!("LG 1"),
            "item \"LG 1\"",
            "lowercase",
        ),
        (
            |v| {
                v["scales"]["agree5"]["options"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(4)
            },
            "scale \"agree5\"",
            "5 options, not 4",
        ),
        (
            |v| v["scales"]["role"]["options"][1]["value"] = json!(1),
            "scale \"role\"",
            "used twice",
        ),
        (
            |v| v["scales"]["role"]["options"][1]["value"] = json!(36),
            "scale \"role\"",
            "above 35",
        ),
        (
            |v| v["scales"]["free_text"]["max_length"] = json!(0),
            "scale \"free_text\"",
            "max_length",
        ),
        (
            |v| v["scales"]["free_text"]["type"] = json!("slider"),
            "scale \"free_text\"",
            "unknown scale type",
        ),
        (
            |v| v["sections"][2]["id"] = json!("factors"),
            "section \"factors\"",
            "duplicate section id",
        ),
        (
            |v| v["sections"][2]["items"] = json!([]),
            "section \"comment\"",
            "has no items",
        ),
        (|v| v["sections"] = json!([]), "survey", "has no sections"),
        (|v| v["version"] = json!(""), "survey", "version is empty"),
    ];
    for (break_it, location, problem) in cases {
        let mut value = small_definition();
        break_it(&mut value);
        let errors = errors_of(&value);
        assert!(
            errors
                .iter()
                .any(|error| error.location == location && error.problem.contains(problem)),
            "expected {location}: {problem}, got {errors:#?}"
        );
    }
}

#[test]
fn a_second_kgi_item_is_refused() {
    let mut value = small_definition();
    value["sections"][1]["items"][0] =
        json!({ "id": "kgi2", "kind": "kgi", "scale": "score0to10", "text": text("幸せ2", "Happy 2") });
    let error = only_error(&value);
    assert_eq!(error.location, "item \"kgi2\"");
    assert!(error.problem.contains("at most one kgi"), "{}", error.problem);
}

#[test]
fn an_unknown_field_is_refused_rather_than_ignored() {
    let mut value = small_definition();
    value["sections"][1]["items"][0]["factr"] = json!("learning_growth");
    let error = only_error(&value);
    assert_eq!(error.location, "JSON");
    assert!(
        error.problem.contains("unknown field `factr`"),
        "{}",
        error.problem
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let mut value = small_definition();
    value["sections"][1]["items"][0]["factor"] = json!("salary");
    value["sections"][1]["items"][1]["id"] = json!("kgi");
    value["scales"]["role"]["options"] = json!([]);
    assert_eq!(errors_of(&value).len(), 3);
}

#[test]
fn the_content_hash_follows_the_content_not_the_layout() {
    let value = small_definition();
    let compact = SurveyDefinition::parse("a", &value.to_string()).unwrap();
    let pretty = SurveyDefinition::parse("b", &serde_json::to_string_pretty(&value).unwrap()).unwrap();
    assert_eq!(compact.key, pretty.key);
    assert_eq!(compact.key.content_hash.len(), 16);

    let mut reworded = value.clone();
    reworded["sections"][1]["items"][0]["text"]["ja"] = json!("学びが多い");
    let changed = SurveyDefinition::parse("c", &reworded.to_string()).unwrap();
    assert_ne!(compact.key.content_hash, changed.key.content_hash);
    assert_eq!(
        changed.key.to_string(),
        format!("small@1#{}", changed.key.content_hash)
    );
}

#[test]
fn practice_items_need_a_known_practice_and_a_maturity_scale() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/surveys/representative.json"
    );
    let original: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut unknown = original.clone();
    unknown["sections"][0]["items"][0]["practice"] = json!("bonuses");
    let error = only_error(&unknown);
    assert_eq!(error.location, "item \"vl1\"");
    assert!(
        error.problem.contains("unknown practice \"bonuses\""),
        "{}",
        error.problem
    );

    let mut missing = original.clone();
    missing["sections"][0]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("practice");
    assert_eq!(only_error(&missing).problem, "a practice item needs a practice");

    let mut agreement = original;
    agreement["scales"]["maturity5"]["type"] = json!("agreement");
    let errors = errors_of(&agreement);
    assert!(
        errors
            .iter()
            .all(|error| error.problem.contains("does not suit a practice item")),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 20);
}
