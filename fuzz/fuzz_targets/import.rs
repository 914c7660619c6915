//! Fuzzes the import of an aggregate export: `AggregateExport::parse` (size, JSON, format,
//! survey stamp, count checks) against the real employee survey, then everything an import does
//! with an accepted file. Any panic is a finding: an accepted file must never make the
//! `expect("checked on parse")` calls, the scoring or the round trip fail.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use yorisoi_domain::export::{attributes, joining, merge, AggregateExport, Holdings};
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::release::Release;
use yorisoi_domain::SurveyDefinition;

static SURVEY: LazyLock<SurveyDefinition> = LazyLock::new(|| {
    SurveyDefinition::parse("employee.json", include_str!("../../public/surveys/employee.json"))
        .expect("the employee survey parses")
});

fuzz_target!(|data: &[u8]| {
    let survey = &*SURVEY;
    let Ok(export) = AggregateExport::parse(data, survey) else { return };
    let whole = export.whole(survey);
    assert_eq!(whole.respondents, export.cells.iter().find(|c| c.group.is_none()).unwrap().respondents);
    let _ = export.centre_values(survey);
    let json = export.to_json();
    let again = AggregateExport::parse(json.as_bytes(), survey)
        .unwrap_or_else(|error| panic!("an accepted export, written again, is refused: {error}"));
    assert_eq!(again, export, "the round trip changed the export");
    let none = Default::default();
    let holdings = Holdings {
        own_device: "0000000000000000",
        centre_id: Some("0000000000000000"),
        transferred_from: &none,
        imports: std::slice::from_ref(&export),
    };
    let _ = joining(&holdings, &export, true);
    // Taken in beside itself and released: the checked sums must never overflow or panic.
    let mut tallies = GroupTallies::of(survey, &attributes(survey), std::iter::empty()).unwrap();
    if tallies.add_import(survey, &export).is_ok() && tallies.add_import(survey, &export).is_ok() {
        let _ = Release::of(survey, &tallies, export.minimum);
    }
    let _ = merge(survey, std::slice::from_ref(&export), "1111111111111111", 0);
});
