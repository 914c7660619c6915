mod common;

use common::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use yorisoi_domain::export::{
    attributes, joining, merge, utc_timestamp, AggregateExport, ExportError, ExportInput, Holdings,
    ImportError, Included, Joining,
};
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::profile::{CentreProfile, Percent};
use yorisoi_domain::report::FlashReport;
use yorisoi_domain::{Answers, Response, Scores, SizeCategory, SurveyDefinition, Tally};

const CENTRE: &str = "cececececececece";

/// Responses with ids made from `device` and their position.
fn responses_of(device: &str, answers: &[Answers]) -> Vec<Response> {
    answers
        .iter()
        .enumerate()
        .map(|(index, answers)| Response {
            id: format!("{}{index:08x}", &device[..8]),
            submitted_at_ms: 0,
            answers: answers.clone(),
        })
        .collect()
}

fn holdings<'a>(
    own: &'a str,
    imports: &'a [AggregateExport],
    transferred: &'a BTreeSet<String>,
) -> Holdings<'a> {
    Holdings {
        own_device: own,
        centre_id: Some(CENTRE),
        transferred_from: transferred,
        imports,
    }
}

/// Respondents of the small survey: (kgi, lg1, role).
fn people(survey: &SurveyDefinition, rows: &[(u8, u8, u8)]) -> Vec<Answers> {
    respondents(
        survey,
        ["kgi", "lg1", "role"],
        rows.iter().map(|&(kgi, lg1, role)| [kgi, lg1, role]),
    )
}

fn export_of(
    survey: &SurveyDefinition,
    device: &str,
    export_id: &str,
    answers: &[Answers],
) -> AggregateExport {
    let mut profile = CentreProfile::default();
    profile.name = "札幌センター".into();
    AggregateExport::build(ExportInput {
        survey,
        device_id: device,
        export_id,
        created_at_ms: 1_764_400_000_000,
        profile: &profile,
        centre_id: CENTRE,
        minimum: 5,
        responses: &responses_of(device, answers),
        transferred_from: Vec::new(),
        imports: &[],
        earlier: &[],
        representative: None,
    })
    .unwrap()
    .0
}

fn kiosk_a(survey: &SurveyDefinition) -> Vec<Answers> {
    people(
        survey,
        &[(7, 5, 1), (8, 4, 1), (3, 2, 1), (9, 5, 2), (6, 3, 2), (5, 5, 1)],
    )
}

fn kiosk_b(survey: &SurveyDefinition) -> Vec<Answers> {
    people(survey, &[(4, 1, 1), (10, 5, 2), (7, 4, 2), (2, 2, 1), (8, 5, 1)])
}

#[test]
fn an_export_holds_counts_and_sums_but_no_response_and_reads_back() {
    let survey = small();
    let export = export_of(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &kiosk_a(&survey));
    let json = export.to_json();
    assert!(!json.contains("comment"), "no free text leaves the device");
    assert_eq!(AggregateExport::parse(json.as_bytes(), &survey).unwrap(), export);
    assert_eq!(export.created_at, "2025-11-29T07:06:40Z");
    // Whole centre: kgi 7, 8, 3, 9, 6, 5.
    let whole = export.whole(&survey);
    assert_eq!(whole.respondents, 6);
    assert_eq!(Scores::from_tally(&survey, &whole).kgi().unwrap().sum, 38);
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["cells"][0]["items"]["kgi"]["counts"],
        json!({"3": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 1})
    );
    // lg1 against kgi: x 5,4,2,5,3,5 y 7,8,3,9,6,5 -> n 6, x 24, y 38, xy 35+32+6+45+18+25 = 161.
    assert_eq!(
        value["cells"][0]["items"]["lg1"]["kgi_pairs"],
        json!({"n": 6, "x": 24, "y": 38, "xy": 161, "xx": 104, "yy": 264})
    );
    // Role 1 has 4 people (under 5): hidden, and role 2 (2 people) with it. Only the whole centre.
    assert_eq!(export.cells.len(), 1);
}

#[test]
fn merging_two_kiosks_gives_exactly_the_report_of_one_kiosk_with_every_answer() {
    let survey = small();
    let a = export_of(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &kiosk_a(&survey));
    let b = export_of(&survey, "bbbbbbbbbbbbbbbb", "2222222222222222", &kiosk_b(&survey));
    let merged = merge(
        &survey,
        &[a.clone(), b.clone()],
        "3333333333333333",
        1_764_400_000_000,
    )
    .unwrap();
    let mut everyone = kiosk_a(&survey);
    everyone.extend(kiosk_b(&survey));
    let mut single = Tally::of(&survey, &everyone);
    // Attributes never travel in an export.
    single.clear_item(survey.choice_position("role").unwrap());
    assert_eq!(merged.whole(&survey), single);
    let report = |tally: &Tally| {
        FlashReport::build(
            &Scores::from_tally(&survey, tally),
            None,
            SizeCategory::MidSmall,
            5,
        )
    };
    assert_eq!(report(&merged.whole(&survey)), report(&single));
    let sources: Vec<&str> = merged.sources.iter().map(|s| s.export_id.as_str()).collect();
    assert_eq!(sources, ["1111111111111111", "2222222222222222"]);
    // Role 1 has 4 + 3 = 7 together, but neither file could give its part: no group cell.
    assert_eq!(merged.cells.len(), 1);
    // A kiosk importing the other's file sees the same whole centre.
    let mut tallies = GroupTallies::of(&survey, &attributes(&survey), &kiosk_a(&survey)).unwrap();
    tallies.add_import(&survey, &b).unwrap();
    for item in ["kgi", "lg1"] {
        let position = survey.choice_position(item).unwrap();
        assert_eq!(tallies.whole.row(position), single.row(position));
        assert_eq!(tallies.whole.pairs()[position], single.pairs()[position]);
    }
    assert!(tallies.is_incomplete("role", 1));
}

#[test]
fn a_group_each_file_has_merges_exactly() {
    let survey = small();
    let a_people = people(
        &survey,
        &[
            (7, 5, 1),
            (8, 4, 1),
            (3, 2, 1),
            (9, 5, 1),
            (6, 3, 1),
            (5, 5, 2),
            (5, 5, 2),
            (5, 5, 2),
            (5, 5, 2),
            (5, 5, 2),
        ],
    );
    let b_people = people(
        &survey,
        &[
            (4, 1, 1),
            (10, 5, 1),
            (7, 4, 1),
            (2, 2, 1),
            (8, 5, 1),
            (1, 1, 2),
            (1, 1, 2),
            (1, 1, 2),
            (1, 1, 2),
            (1, 1, 2),
        ],
    );
    let a = export_of(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &a_people);
    let b = export_of(&survey, "bbbbbbbbbbbbbbbb", "2222222222222222", &b_people);
    let merged = merge(&survey, &[a, b], "3333333333333333", 0).unwrap();
    let operators: Vec<Answers> = a_people
        .iter()
        .chain(&b_people)
        .filter(|x| x.choice(&survey, "role") == Some(1))
        .cloned()
        .collect();
    let mut tallies = GroupTallies::of(&survey, &["role".to_owned()], std::iter::empty()).unwrap();
    tallies.add_import(&survey, &merged).unwrap();
    let group = &tallies.splits[0].groups[0].2;
    assert_eq!(group.respondents, 10);
    for item in ["kgi", "lg1"] {
        let position = survey.choice_position(item).unwrap();
        assert_eq!(
            group.row(position),
            Tally::of(&survey, &operators).row(position),
            "{item}"
        );
        assert_eq!(group.pairs()[position].n, 0, "no pairs in a group");
    }
}

#[test]
fn the_same_file_twice_or_a_file_already_included_is_never_counted_twice() {
    let survey = small();
    let a = export_of(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &kiosk_a(&survey));
    let b = export_of(&survey, "bbbbbbbbbbbbbbbb", "2222222222222222", &kiosk_b(&survey));
    let own = "cccccccccccccccc";
    let none = BTreeSet::new();
    assert_eq!(joining(&holdings(own, &[], &none), &a, false), Ok(Joining::Add));
    assert_eq!(
        joining(&holdings(own, std::slice::from_ref(&a), &none), &a, false),
        Err(ImportError::AlreadyIncluded(Included::SameFile {
            export_id: a.export_id.clone()
        }))
    );
    // A later export of the same kiosk replaces the earlier one.
    let mut more = kiosk_a(&survey);
    more.extend(kiosk_b(&survey));
    let mut a_later = export_of(&survey, "aaaaaaaaaaaaaaaa", "4444444444444444", &more);
    a_later.created_at = "2025-11-30T00:00:00Z".into();
    assert_eq!(
        joining(&holdings(own, std::slice::from_ref(&a), &none), &a_later, false),
        Ok(Joining::Replace {
            export_id: a.export_id.clone()
        })
    );
    // ... and the earlier one, arriving after, is refused as superseded.
    assert_eq!(
        joining(&holdings(own, std::slice::from_ref(&a_later), &none), &a, false),
        Err(ImportError::AlreadyIncluded(Included::Superseded {
            by: a_later.export_id.clone()
        }))
    );
    // A file holding this kiosk's own responses.
    assert_eq!(
        joining(&holdings("aaaaaaaaaaaaaaaa", &[], &none), &a, false),
        Err(ImportError::AlreadyIncluded(Included::OwnResponses))
    );
    // A kiosk whose responses came here by device transfer.
    let transferred: BTreeSet<String> = ["aaaaaaaaaaaaaaaa".to_owned()].into();
    assert_eq!(
        joining(&holdings(own, &[], &transferred), &a, false),
        Err(ImportError::AlreadyIncluded(Included::Transferred {
            device: "aaaaaaaaaaaaaaaa".into()
        }))
    );
    // A merge of a and b, after a was imported: a's respondents are in it already.
    let merged = merge(&survey, &[a.clone(), b], "5555555555555555", 0).unwrap();
    assert!(matches!(
        joining(&holdings(own, std::slice::from_ref(&a), &none), &merged, false),
        Err(ImportError::AlreadyIncluded(_))
    ));
    // Merging a file with itself is refused.
    assert!(matches!(
        merge(&survey, &[a.clone(), a.clone()], "6666666666666666", 0),
        Err(ImportError::AlreadyIncluded(_))
    ));
    // Another centre's file: refused until a person confirms it is this centre's.
    let mut other = a.clone();
    other.centre.id = Some("0123456789abcdef".into());
    assert_eq!(
        joining(&holdings(own, &[], &none), &other, false),
        Err(ImportError::OtherCentre {
            name: "札幌センター".into(),
            id: "0123456789abcdef".into()
        })
    );
    assert_eq!(
        joining(&holdings(own, &[], &none), &other, true),
        Ok(Joining::Add)
    );
    assert!(matches!(
        merge(&survey, &[a, other], "7777777777777777", 0),
        Err(ImportError::OtherCentre { .. })
    ));
}

fn refused(survey: &SurveyDefinition, change: impl Fn(&mut Value)) -> ImportError {
    let export = export_of(survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &kiosk_a(survey));
    let mut value: Value = serde_json::from_str(&export.to_json()).unwrap();
    change(&mut value);
    AggregateExport::parse(value.to_string().as_bytes(), survey).unwrap_err()
}

#[test]
fn bad_files_are_refused_with_the_problem_named() {
    let survey = small();
    let message = |error: ImportError| error.to_string();
    // `h` is no JSON value: line 1, column 1.
    assert_eq!(
        AggregateExport::parse(b"hello", &survey).unwrap_err(),
        ImportError::NotJson { line: 1, column: 1 }
    );
    assert!(
        message(AggregateExport::parse(&vec![b' '; 10 * 1024 * 1024 + 1], &survey).unwrap_err())
            .contains("at most 10 MB")
    );
    assert_eq!(
        message(refused(&survey, |v| v["format_version"] = json!(3))),
        "unknown format \"yorisoi-export\" version 3; this version reads yorisoi-export version 2"
    );
    assert_eq!(
        refused(&survey, |v| v["format_version"] = json!(1)),
        ImportError::OlderFormat { version: 1 }
    );
    assert!(message(refused(&survey, |v| v["survey"]["version"] = json!("2")))
        .starts_with("the file is for survey small@2#"));
    assert!(matches!(
        refused(&survey, |v| v["cells"][0]["items"]["kgi"]["counts"]["7"] =
            json!(-1)),
        ImportError::BadValue { line: 1, .. }
    ));
    assert_eq!(
        message(refused(&survey, |v| v["cells"][0]["items"]["kgi"]["counts"]
            ["7"] = json!(40))),
        "impossible counts: the whole centre: item \"kgi\" has 45 answers from 6 respondents"
    );
    assert!(
        message(refused(&survey, |v| v["sources"][0]["respondents"] = json!(9)))
            .contains("the sources add up to 9 respondents, the whole centre has 6")
    );
    assert!(
        message(refused(&survey, |v| v["cells"][0]["items"]["kgi"]["counts"]
            ["11"] = json!(1)))
        .contains("item \"kgi\" has no value \"11\"")
    );
    assert!(
        message(refused(&survey, |v| v["cells"][0]["items"]["lg1"]["kgi_pairs"]
            ["xx"] = json!(1)))
        .contains("sums against the KGI that no answers give")
    );
    assert!(message(refused(&survey, |v| v["cells"][0]["items"]["nope"] =
        v["cells"][0]["items"]["lg1"].clone()))
    .contains("no item \"nope\""));
    let group = json!({ "group": { "attribute": "role", "value": 1 }, "respondents": 2, "items": {} });
    assert!(message(refused(&survey, |v| v["minimum"] = json!(1))).contains("must be from 3 to 100"));
    assert!(message(refused(&survey, |v| v["export_id"] = json!("ZZ"))).contains("not 16 lowercase hex"));
    for key in ["+7", "07"] {
        let error = refused(&survey, |v| {
            let counts = v["cells"][0]["items"]["kgi"]["counts"].as_object_mut().unwrap();
            let count = counts.remove("7").unwrap();
            counts.insert(key.to_owned(), count);
        });
        assert!(message(error).contains(&format!("no value \"{key}\"")), "{key}");
    }
    assert!(message(refused(&survey, |v| v["cells"]
        .as_array_mut()
        .unwrap()
        .push(group.clone())))
    .contains("under the minimum of 5"));
    let too_big = json!({ "group": { "attribute": "role", "value": 1 }, "respondents": 7, "items": {} });
    assert!(message(refused(&survey, |v| v["cells"]
        .as_array_mut()
        .unwrap()
        .push(too_big.clone())))
    .contains("more than the whole centre's 6"));
}

#[test]
fn an_export_needs_the_anonymity_minimum() {
    let survey = small();
    let four = people(&survey, &[(7, 5, 1); 4]);
    let error = AggregateExport::build(ExportInput {
        survey: &survey,
        device_id: "aaaaaaaaaaaaaaaa",
        export_id: "bbbbbbbbbbbbbbbb",
        created_at_ms: 0,
        profile: &CentreProfile::default(),
        centre_id: CENTRE,
        minimum: 5,
        responses: &responses_of("aaaaaaaaaaaaaaaa", &four),
        transferred_from: Vec::new(),
        imports: &[],
        earlier: &[],
        representative: None,
    })
    .unwrap_err();
    assert_eq!(
        error,
        ExportError::TooFew {
            respondents: 4,
            minimum: 5
        }
    );
    assert_eq!(
        error.to_string(),
        "4 respondents: an export needs at least 5 so that nobody can be recognised"
    );
}

#[test]
fn timestamps_are_utc() {
    assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00Z");
    assert_eq!(utc_timestamp(951_782_400_000), "2000-02-29T00:00:00Z");
    assert_eq!(utc_timestamp(1_798_761_599_000), "2026-12-31T23:59:59Z");
}

/// Found by the fuzzer: totals near u32::MAX overflowed the checks meant to catch them.
#[test]
fn totals_too_large_to_add_are_refused_not_a_panic() {
    let survey = small();
    let big = json!(u32::MAX);
    let sources = refused(&survey, |v| {
        let mut extra = v["sources"][0].clone();
        extra["respondents"] = big.clone();
        extra["device_id"] = json!("dddddddddddddddd");
        v["sources"].as_array_mut().unwrap().push(extra);
    });
    assert!(sources.to_string().contains("the sources add up to"), "{sources}");
    let kgi = refused(&survey, |v| {
        v["cells"][0]["items"]["kgi"]["counts"]["7"] = big.clone();
        v["cells"][0]["items"]["kgi"]["counts"]["8"] = big.clone();
    });
    assert!(matches!(kgi, ImportError::Impossible(_)), "{kgi}");
    let groups = refused(&survey, |v| {
        for value in [1, 2] {
            v["cells"].as_array_mut().unwrap().push(json!({
                "group": { "attribute": "role", "value": value }, "respondents": u32::MAX, "items": {}
            }));
        }
    });
    assert!(matches!(groups, ImportError::Impossible(_)), "{groups}");
}

/// The fuzzer's own inputs for those overflows, replayed against the shipped survey.
#[test]
fn the_fuzzers_overflow_inputs_are_refused() {
    let repro = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/repro");
    let survey = employee();
    for name in [
        "sources-overflow.json",
        "kgi-counts-overflow.json",
        "group-total-overflow.json",
    ] {
        let bytes = std::fs::read(format!("{repro}/{name}")).unwrap();
        assert!(
            AggregateExport::parse(&bytes, &survey).is_err(),
            "{name} was accepted"
        );
    }
}

/// The documented JSON Schema names exactly the fields an export has, at every level.
#[test]
fn the_json_schema_matches_what_an_export_writes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/export-format.schema.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let survey = small();
    // The optional outcome fields filled, so they are checked too.
    let mut written = export_of(&survey, "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", &kiosk_a(&survey));
    written.centre.customer_satisfaction = Some(Percent::new(81.5).unwrap());
    written.centre.turnover_rate = Some(Percent::new(20.0).unwrap());
    let export: Value = serde_json::from_str(&written.to_json()).unwrap();
    let keys = |value: &Value| -> Vec<String> {
        let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    // What a file writes is declared, and what the schema requires is written.
    let declared = |schema: &Value| -> Vec<String> {
        let mut keys: Vec<String> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    };
    let check = |value: &Value, schema: &Value| {
        let written = keys(value);
        let declared = declared(schema);
        assert!(
            written.iter().all(|k| declared.contains(k)),
            "{written:?} not all in {declared:?}"
        );
        for required in schema["required"].as_array().unwrap() {
            assert!(
                written.contains(&required.as_str().unwrap().to_owned()),
                "{required} missing"
            );
        }
    };
    let props = &schema["properties"];
    check(&export, &schema);
    check(&export["centre"], &props["centre"]);
    check(&export["sources"][0], &props["sources"]["items"]);
    let cell_schema = &props["cells"]["items"];
    check(&export["cells"][0], cell_schema);
    let item_schema = &cell_schema["properties"]["items"]["additionalProperties"];
    check(&export["cells"][0]["items"]["kgi"], item_schema);
    check(
        &export["cells"][0]["items"]["kgi"]["kgi_pairs"],
        &item_schema["properties"]["kgi_pairs"],
    );
    check(&export["survey"], &schema["$defs"]["surveyStamp"]);
}

/// Each case the issue found accepted before, now refused with its problem named. The file is
/// kiosk A's: 6 people; lg1 against the KGI n 6, Σx 24, Σy 38, Σxy 161, Σx² 104, Σy² 264.
#[test]
fn numbers_no_answers_could_give_are_refused() {
    let survey = small();
    let message = |change: &dyn Fn(&mut Value)| refused(&survey, change).to_string();
    // |r| > 1: with Σxy 200, (6·200 − 24·38)² = 288² = 82,944 > (6·104 − 24²)(6·264 − 38²)
    // = 48 · 140 = 6,720.
    assert!(
        message(&|v| v["cells"][0]["items"]["lg1"]["kgi_pairs"]["xy"] = json!(200))
            .contains("sums against the KGI that no answers give")
    );
    // Everyone who answered lg1 answered the KGI (n 6 = 6): Σx must be the counts' own 24.
    assert!(
        message(&|v| v["cells"][0]["items"]["lg1"]["kgi_pairs"]["x"] = json!(25))
            .contains("sums against the KGI that no answers give")
    );
    // An attribute never travels.
    assert!(
        message(&|v| v["cells"][0]["items"]["role"] = json!({ "counts": { "1": 4, "2": 2 } }))
            .contains("is an attribute, which an export never carries")
    );
    // Sums against the KGI in a group.
    assert!(message(&|v| v["cells"].as_array_mut().unwrap().push(json!({
        "group": { "attribute": "role", "value": 1 }, "respondents": 5,
        "items": { "lg1": { "counts": { "5": 5 }, "kgi_pairs": { "n": 5, "x": 25, "y": 35, "xy": 175, "xx": 125, "yy": 245 } } }
    })))
    .contains("only the whole centre may have"));
    // A group with more answers of a value than the whole centre has (kgi 7: one person).
    assert!(message(&|v| v["cells"].as_array_mut().unwrap().push(json!({
        "group": { "attribute": "role", "value": 1 }, "respondents": 5,
        "items": { "kgi": { "counts": { "7": 5 } } }
    })))
    .contains("the groups of role have more answers to item \"kgi\" than the whole centre"));
    // A whole centre under the file's own minimum.
    assert_eq!(
        message(&|v| v["minimum"] = json!(7)),
        "impossible counts: the whole centre has 6 respondents, under the minimum of 7"
    );
    // A count of nobody written out.
    assert!(
        message(&|v| v["cells"][0]["items"]["kgi"]["counts"]["4"] = json!(0)).contains("has no value \"4\"")
    );
    // A key twice: serde_json would keep the last without a word.
    let export = export_of(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &kiosk_a(&survey));
    let twice = serde_json::to_string(&export).unwrap().replacen(
        "\"counts\":{\"3\":1",
        "\"counts\":{\"3\":1,\"3\":5",
        1,
    );
    // Named at the repeated key's value: the `5` of `"3":5`, counted in columns from 1.
    let column = twice.find("\"3\":5").unwrap() + "\"3\":5".len();
    assert_eq!(
        AggregateExport::parse(twice.as_bytes(), &survey).unwrap_err(),
        ImportError::BadValue { line: 1, column }
    );
}
