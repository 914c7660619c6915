//! Synthetic centre exports: the synthetic benchmark's centres, each written as the aggregate
//! export its kiosk would send, with the centre profile's outcomes, for demos and tests.

use yorisoi_domain::export::{AggregateExport, ExportInput};
use yorisoi_domain::profile::{CentreProfile, Percent};
use yorisoi_domain::report::DEFAULT_MIN_RESPONDENTS;
use yorisoi_domain::{Response, Scores, SurveyDefinition, Tally};

use crate::random::Random;
use crate::synthetic;

/// The outcome model, calibrated to the published figures: customer satisfaction explains
/// R² = 0.41 of its variance by happiness over 34 centres; turnover is about 18% in centres at or
/// above the mean happiness and 25% below it.
pub const SATISFACTION_CENTRES: usize = 34;
pub const SATISFACTION_R_SQUARED: f64 = 0.41;
const SATISFACTION_MEAN: f64 = 76.0;
/// Percentage points of satisfaction per point of happiness.
const SATISFACTION_SLOPE: f64 = 6.0;
const TURNOVER_MEAN: f64 = 21.5;
/// Percentage points of turnover per standard deviation of centre happiness.
const TURNOVER_PER_SD: f64 = 4.4;
const TURNOVER_NOISE: f64 = 3.0;

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

fn one_decimal(value: f64) -> Percent {
    Percent::new(((value * 10.0).round() / 10.0).clamp(0.0, 100.0)).expect("clamped to 0-100")
}

/// Customer satisfaction for the centres of mean happiness `means`: for [`SATISFACTION_CENTRES`]
/// of them (chosen by `random`), a line in happiness plus noise that is made uncorrelated with
/// happiness and scaled so that the least-squares R² is exactly [`SATISFACTION_R_SQUARED`]
/// (before rounding to one decimal); `None` for the rest.
fn satisfaction(means: &[f64], random: &mut Random) -> Vec<Option<Percent>> {
    let mut order: Vec<usize> = (0..means.len()).collect();
    // Fisher-Yates: which centres report a satisfaction figure.
    for last in (1..order.len()).rev() {
        order.swap(last, random.between(0, last as u32) as usize);
    }
    let chosen = &order[..SATISFACTION_CENTRES.min(order.len())];
    let x: Vec<f64> = chosen.iter().map(|index| means[*index]).collect();
    let n = x.len() as f64;
    let x_mean = x.iter().sum::<f64>() / n;
    let sxx: f64 = x.iter().map(|v| (v - x_mean).powi(2)).sum();
    let mut noise: Vec<f64> = x.iter().map(|_| random.normal()).collect();
    let noise_mean = noise.iter().sum::<f64>() / n;
    let noise_slope = if sxx > 0.0 {
        x.iter()
            .zip(&noise)
            .map(|(xv, e)| (xv - x_mean) * (e - noise_mean))
            .sum::<f64>()
            / sxx
    } else {
        0.0
    };
    for (e, xv) in noise.iter_mut().zip(&x) {
        *e -= noise_mean + noise_slope * (xv - x_mean);
    }
    // R² = explained / (explained + noise): noise = explained · (1 − R²) / R².
    let explained = SATISFACTION_SLOPE.powi(2) * sxx;
    let wanted = explained * (1.0 - SATISFACTION_R_SQUARED) / SATISFACTION_R_SQUARED;
    let have: f64 = noise.iter().map(|e| e * e).sum();
    let scale = if have > 0.0 { (wanted / have).sqrt() } else { 0.0 };
    let mut result = vec![None; means.len()];
    for ((index, xv), e) in chosen.iter().zip(&x).zip(&noise) {
        let value = SATISFACTION_MEAN + SATISFACTION_SLOPE * (xv - x_mean) + scale * e;
        result[*index] = Some(one_decimal(value));
    }
    result
}

/// Annual turnover for every centre: lower where happiness is higher, plus noise.
fn turnover(means: &[f64], random: &mut Random) -> Vec<Percent> {
    let (mean, sd) = yorisoi_domain::organiser::mean_and_sd(means).unwrap_or((0.0, 0.0));
    means
        .iter()
        .map(|centre| {
            let z = if sd > 0.0 { (centre - mean) / sd } else { 0.0 };
            let value = TURNOVER_MEAN - TURNOVER_PER_SD * z + TURNOVER_NOISE * random.normal();
            one_decimal(value.max(2.0))
        })
        .collect()
}

/// `count` synthetic centres as exports dated `date`: the benchmark's centres of `seed`, then
/// those of the next seeds while more are wanted; with customer satisfaction for 34 of them and
/// turnover for all.
pub fn exports(survey: &SurveyDefinition, seed: u64, count: usize, date: &str) -> Vec<AggregateExport> {
    let mut ids = Random::new(seed ^ 0x05ee_d1d5);
    let mut outcomes = Random::new(seed ^ 0x0c05_7a7e);
    let centres: Vec<synthetic::SyntheticCentre> = (seed..)
        .flat_map(|seed| synthetic::centres(survey, seed))
        .take(count)
        .collect();
    let means: Vec<f64> = centres
        .iter()
        .map(|centre| {
            Scores::from_tally(survey, &Tally::of(survey, &centre.responses))
                .kgi()
                .and_then(|kgi| kgi.mean())
                .unwrap_or(0.0)
        })
        .collect();
    let satisfaction = satisfaction(&means, &mut outcomes);
    let turnover = turnover(&means, &mut outcomes);
    centres
        .iter()
        .enumerate()
        .map(|(index, centre)| {
            let responses: Vec<Response> = centre
                .responses
                .iter()
                .map(|answers| Response {
                    id: format!("{:016x}", ids.next_u64()),
                    submitted_at_ms: date_ms(date),
                    answers: answers.clone(),
                })
                .collect();
            let mut profile = CentreProfile::default();
            profile.name = format!("合成センター{:03}", index + 1);
            profile.size = centre.size;
            profile.headcount = Some(responses.len() as u32 + (index as u32 % 7) * 3);
            profile.industry = "synthetic".to_owned();
            profile.customer_satisfaction = satisfaction[index];
            profile.turnover_rate = Some(turnover[index]);
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
