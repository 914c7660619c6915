//! Fuzzes the import of an aggregate export: `AggregateExport::parse` (size, JSON, format,
//! survey stamp, count checks) against the real employee survey, then everything an import does
//! with an accepted file. Any panic is a finding: an accepted file must never make the
//! `expect("checked on parse")` calls, the scoring or the round trip fail.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use yorisoi_domain::export::{joining, AggregateExport};
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
    let _ = joining("0000000000000000", &[], &export);
});
