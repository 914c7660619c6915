mod common;

use common::*;
use serde_json::{json, Value};
use yorisoi_domain::survey::{Location, Wording};
use yorisoi_domain::{
    DefinitionError, DefinitionProblem as Problem, Factor, ItemKind, Scale, SurveyDefinition,
};

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
fn text_that_is_not_json_names_the_file_the_line_and_the_column() {
    let error = SurveyDefinition::parse("surveys/employee.json", "{\n  \"id\": \"employee\",\n  oops\n}")
        .expect_err("not JSON")
        .0
        .remove(0);
    assert_eq!(error.file, "surveys/employee.json");
    assert_eq!(error.location, Location::File);
    // `oops` starts line 3 after two spaces: column 3.
    assert_eq!(error.problem, Problem::NotJson { line: 3, column: 3 });
}

#[test]
fn a_value_of_the_wrong_type_names_its_line_and_column() {
    // The version is a number, not text: line 3, `  "version": 1` ends at column 14.
    let errors = SurveyDefinition::parse("v.json", "{\n  \"id\": \"x\",\n  \"version\": 1\n}")
        .expect_err("a number for text")
        .0;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].location, Location::File);
    assert_eq!(errors[0].problem, Problem::BadValue { line: 3, column: 14 });
}

#[test]
fn an_option_without_a_value_or_over_255_is_a_bad_value_not_a_silent_zero() {
    let mut missing = small_definition();
    missing["scales"]["role"]["options"][0]
        .as_object_mut()
        .unwrap()
        .remove("value");
    assert!(matches!(only_error(&missing).problem, Problem::BadValue { .. }));
    let mut too_big = small_definition();
    too_big["scales"]["role"]["options"][0]["value"] = json!(256);
    assert!(matches!(only_error(&too_big).problem, Problem::BadValue { .. }));
}

#[test]
fn a_duplicate_item_id_names_the_item_and_where_it_was_first_used() {
    let mut value = small_definition();
    value["sections"][1]["items"][1]["id"] = json!("kgi");
    let error = only_error(&value);
    assert_eq!(error.file, "broken.json");
    assert_eq!(error.location, Location::Item("kgi".into()));
    assert_eq!(
        error.problem,
        Problem::DuplicateItem {
            first_section: "happiness".into()
        }
    );
}

#[test]
fn a_scale_without_options_is_named_once_and_its_items_are_not_blamed_again() {
    let mut value = small_definition();
    value["scales"]["agree5"]["options"] = json!([]);
    let error = only_error(&value);
    assert_eq!(error.location, Location::Scale("agree5".into()));
    assert_eq!(error.problem, Problem::NoOptions);

    let mut missing = small_definition();
    missing["scales"]["role"]
        .as_object_mut()
        .unwrap()
        .remove("options");
    assert_eq!(only_error(&missing).problem, Problem::NoOptions);
}

/// A way to break the small definition, and the one error it must give.
type Case = (&'static str, fn(&mut Value), Location, Problem);

fn item(id: &str) -> Location {
    Location::Item(id.into())
}

fn scale(id: &str) -> Location {
    Location::Scale(id.into())
}

fn section(id: &str) -> Location {
    Location::Section(id.into())
}

fn remove(object: &mut Value, field: &str) {
    object.as_object_mut().unwrap().remove(field);
}

/// Every rule of the validator, each broken alone in a hand-written way.
fn cases() -> Vec<Case> {
    vec![
        (
            "survey id",
            |v| v["id"] = json!("Small"),
            Location::Survey,
            Problem::BadId { id: "Small".into() },
        ),
        (
            "version",
            |v| v["version"] = json!(" "),
            Location::Survey,
            Problem::EmptyVersion,
        ),
        (
            "survey title",
            |v| v["title"]["en"] = json!(""),
            Location::Survey,
            Problem::NotBilingual {
                wording: Wording::Title,
            },
        ),
        (
            "no sections",
            |v| v["sections"] = json!([]),
            Location::Survey,
            Problem::NoSections,
        ),
        (
            "unknown survey field",
            |v| v["sectons"] = json!([]),
            Location::Survey,
            Problem::UnknownField {
                field: "sectons".into(),
            },
        ),
        (
            "duplicate section",
            |v| v["sections"][2]["id"] = json!("factors"),
            section("factors"),
            Problem::DuplicateSection,
        ),
        (
            "section title",
            |v| v["sections"][1]["title"]["ja"] = json!(""),
            section("factors"),
            Problem::NotBilingual {
                wording: Wording::Title,
            },
        ),
        (
            "no items",
            |v| v["sections"][2]["items"] = json!([]),
            section("comment"),
            Problem::NoItems,
        ),
        (
            "unknown section field",
            |v| v["sections"][2]["note"] = json!("x"),
            section("comment"),
            Problem::UnknownField { field: "note".into() },
        ),
        (
            "second kgi",
            |v| v["sections"][1]["items"][0] = json!({ "id": "kgi2", "kind": "kgi", "scale": "score0to10", "text": text("幸せ2", "Happy 2") }),
            item("kgi2"),
            Problem::SecondKgi { first: "kgi".into() },
        ),
        (
            "unknown scale type",
            |v| v["scales"]["free_text"]["type"] = json!("slider"),
            scale("free_text"),
            Problem::UnknownScaleType {
                scale_type: "slider".into(),
            },
        ),
        (
            "scale without a type",
            |v| remove(&mut v["scales"]["free_text"], "type"),
            scale("free_text"),
            Problem::UnknownScaleType {
                scale_type: "".into(),
            },
        ),
        (
            "option used twice",
            |v| v["scales"]["role"]["options"][1]["value"] = json!(1),
            scale("role"),
            Problem::OptionTwice { value: 1 },
        ),
        (
            "option above 35",
            |v| v["scales"]["role"]["options"][1]["value"] = json!(36),
            scale("role"),
            Problem::OptionAboveMaximum { value: 36 },
        ),
        (
            "option label",
            |v| v["scales"]["role"]["options"][1]["label"]["en"] = json!(" "),
            scale("role"),
            Problem::NotBilingual {
                wording: Wording::Option(2),
            },
        ),
        (
            "unknown option field",
            |v| v["scales"]["role"]["options"][0]["colour"] = json!("red"),
            scale("role"),
            Problem::UnknownField {
                field: "colour".into(),
            },
        ),
        (
            "four agreement options",
            |v| {
                v["scales"]["agree5"]["options"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(4)
            },
            scale("agree5"),
            Problem::NotFiveOptions {
                scale_type: "agreement".into(),
                count: 4,
            },
        ),
        (
            "agreement options highest first",
            |v| v["scales"]["agree5"]["options"].as_array_mut().unwrap().reverse(),
            scale("agree5"),
            Problem::OptionsOutOfOrder {
                scale_type: "agreement".into(),
            },
        ),
        (
            "score without an end label",
            |v| remove(&mut v["scales"]["score0to10"], "max_label"),
            scale("score0to10"),
            Problem::ScoreIncomplete,
        ),
        (
            "score with min at max",
            |v| v["scales"]["score0to10"]["min"] = json!(10),
            scale("score0to10"),
            Problem::EmptyScore { min: 10, max: 10 },
        ),
        (
            "score above 35",
            |v| v["scales"]["score0to10"]["max"] = json!(36),
            scale("score0to10"),
            Problem::ScoreAboveMaximum { max: 36 },
        ),
        (
            "score end label",
            |v| v["scales"]["score0to10"]["min_label"]["ja"] = json!(""),
            scale("score0to10"),
            Problem::NotBilingual {
                wording: Wording::EndLabels,
            },
        ),
        (
            "text of length 0",
            |v| v["scales"]["free_text"]["max_length"] = json!(0),
            scale("free_text"),
            Problem::TextLengthOutOfRange { max_length: 0 },
        ),
        (
            "text of length 2001",
            |v| v["scales"]["free_text"]["max_length"] = json!(2001),
            scale("free_text"),
            Problem::TextLengthOutOfRange { max_length: 2001 },
        ),
        (
            "unknown scale field",
            |v| v["scales"]["free_text"]["rows"] = json!(3),
            scale("free_text"),
            Problem::UnknownField { field: "rows".into() },
        ),
        (
            "item id",
            |v| v["sections"][1]["items"][0]["id"] = json!("LG 1"),
            item("LG 1"),
            Problem::BadId { id: "LG 1".into() },
        ),
        (
            "item without an id",
            |v| remove(&mut v["sections"][1]["items"][0], "id"),
            item(""),
            Problem::BadId { id: "".into() },
        ),
        (
            "question",
            |v| v["sections"][1]["items"][0]["text"]["en"] = json!(" "),
            item("lg1"),
            Problem::NotBilingual {
                wording: Wording::Question,
            },
        ),
        (
            "unknown kind",
            |v| v["sections"][1]["items"][0]["kind"] = json!("question"),
            item("lg1"),
            Problem::UnknownKind {
                kind: "question".into(),
            },
        ),
        (
            "factor on a kgi",
            |v| v["sections"][0]["items"][0]["factor"] = json!("learning_growth"),
            item("kgi"),
            Problem::FactorOnOtherKind { kind: "kgi".into() },
        ),
        (
            "practice on a factor item",
            |v| v["sections"][1]["items"][0]["practice"] = json!("vision"),
            item("lg1"),
            Problem::PracticeOnOtherKind {
                kind: "factor".into(),
            },
        ),
        (
            "factor item without a factor",
            |v| remove(&mut v["sections"][1]["items"][0], "factor"),
            item("lg1"),
            Problem::FactorMissing,
        ),
        (
            "unknown factor",
            |v| v["sections"][1]["items"][0]["factor"] = json!("salary"),
            item("lg1"),
            Problem::UnknownFactor {
                factor: "salary".into(),
            },
        ),
        (
            "practice item without a practice",
            |v| {
                v["sections"][1]["items"][0] = json!({ "id": "vl1", "kind": "practice", "scale": "agree5", "text": text("理念", "Vision") })
            },
            item("vl1"),
            Problem::PracticeMissing,
        ),
        (
            "unknown practice",
            |v| v["sections"][1]["items"][0] = json!({ "id": "vl1", "kind": "practice", "practice": "bonuses", "scale": "agree5", "text": text("理念", "Vision") }),
            item("vl1"),
            Problem::UnknownPractice {
                practice: "bonuses".into(),
            },
        ),
        (
            "unknown scale",
            |v| v["sections"][1]["items"][0]["scale"] = json!("agree7"),
            item("lg1"),
            Problem::UnknownScale {
                scale: "agree7".into(),
            },
        ),
        (
            "kgi on an agreement scale",
            |v| v["sections"][0]["items"][0]["scale"] = json!("agree5"),
            item("kgi"),
            Problem::ScaleDoesNotSuit {
                scale: "agree5".into(),
                kind: "kgi".into(),
            },
        ),
        (
            "attribute on a text scale",
            |v| v["sections"][1]["items"][2]["scale"] = json!("free_text"),
            item("role"),
            Problem::ScaleDoesNotSuit {
                scale: "free_text".into(),
                kind: "attribute".into(),
            },
        ),
        (
            "unknown item field",
            |v| v["sections"][1]["items"][0]["factr"] = json!("learning_growth"),
            item("lg1"),
            Problem::UnknownField {
                field: "factr".into(),
            },
        ),
    ]
}

#[test]
fn each_rule_broken_alone_gives_its_own_typed_error_at_its_place() {
    for (name, break_it, location, problem) in cases() {
        let mut value = small_definition();
        break_it(&mut value);
        let errors = errors_of(&value);
        assert_eq!(
            errors,
            vec![DefinitionError {
                file: "broken.json".into(),
                location,
                problem,
            }],
            "{name}"
        );
    }
}

#[test]
fn the_organisers_english_names_the_file_the_place_and_the_rule() {
    let mut value = small_definition();
    value["sections"][1]["items"][0]["factor"] = json!("salary");
    let errors = SurveyDefinition::parse("broken.json", &value.to_string()).unwrap_err();
    assert_eq!(
        errors.to_string(),
        "broken.json: item \"lg1\": unknown factor \"salary\" (known: learning_growth, \
         mutual_recognition, team_strength, using_abilities, trust_company, healthy_workplace, work_life_cycle)"
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
    assert_eq!(error.location, Location::Item("vl1".into()));
    assert_eq!(
        error.problem,
        Problem::UnknownPractice {
            practice: "bonuses".into()
        }
    );

    let mut missing = original.clone();
    missing["sections"][0]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("practice");
    assert_eq!(only_error(&missing).problem, Problem::PracticeMissing);

    let mut agreement = original;
    agreement["scales"]["maturity5"]["type"] = json!("agreement");
    let errors = errors_of(&agreement);
    assert!(
        errors.iter().all(
            |error| matches!(&error.problem, Problem::ScaleDoesNotSuit { kind, .. } if kind == "practice")
        ),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 20);
}
