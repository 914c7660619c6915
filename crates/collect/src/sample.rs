//! Synthetic centre exports: the synthetic benchmark's centres, each written as the aggregate
//! export its kiosk would send, for demos and tests.

use yorisoi_domain::export::{AggregateExport, ExportInput};
use yorisoi_domain::profile::CentreProfile;
use yorisoi_domain::report::DEFAULT_MIN_RESPONDENTS;
use yorisoi_domain::{Response, SurveyDefinition};

use crate::random::Random;
use crate::synthetic;

/// Milliseconds at midnight UTC of `YYYY-MM-DD`.
pub fn date_ms(date: &str) -> u64 {
    let part =
        |range: std::ops::Range<usize>| date.get(range).and_then(|p| p.parse::<i64>().ok()).unwrap_or(1);
    let (year, month, day) = (part(0..4), part(5..7), part(8..10));
    // Howard Hinnant's days-from-civil algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days.max(0) as u64) * 86_400_000
}

/// `count` synthetic centres as exports dated `date`: the benchmark's centres of `seed`, then
/// those of the next seeds while more are wanted.
pub fn exports(survey: &SurveyDefinition, seed: u64, count: usize, date: &str) -> Vec<AggregateExport> {
    let mut ids = Random::new(seed ^ 0x05ee_d1d5);
    (seed..)
        .flat_map(|seed| synthetic::centres(survey, seed))
        .take(count)
        .enumerate()
        .map(|(index, centre)| {
            let responses: Vec<Response> = centre
                .responses
                .into_iter()
                .map(|answers| Response {
                    id: format!("{:016x}", ids.next_u64()),
                    submitted_at_ms: date_ms(date),
                    answers,
                })
                .collect();
            let mut profile = CentreProfile::default();
            profile.name = format!("合成センター{:03}", index + 1);
            profile.size = centre.size;
            profile.headcount = Some(responses.len() as u32 + (index as u32 % 7) * 3);
            profile.industry = "synthetic".to_owned();
            let device_id = format!("{:016x}", ids.next_u64());
            let export_id = format!("{:016x}", ids.next_u64());
            let centre_id = format!("{:016x}", ids.next_u64());
            AggregateExport::build(ExportInput {
                survey,
                device_id: &device_id,
                export_id: &export_id,
                created_at_ms: date_ms(date),
                profile: &profile,
                centre_id: &centre_id,
                minimum: DEFAULT_MIN_RESPONDENTS,
                responses: &responses,
                transferred_from: Vec::new(),
                imports: &[],
                earlier: &[],
                representative: None,
            })
            .expect("every synthetic centre has at least 20 respondents")
            .0
        })
        .collect()
}
