//! The organiser's analyses, each against figures computed by hand in the comments.

mod common;

use common::*;
use yorisoi_domain::organiser::award::{award, AwardRules, Exclusion, Placing, Tier};
use yorisoi_domain::organiser::outcomes::{outcomes, regression};
use yorisoi_domain::organiser::trend::{snapshot_centres, year_figures, CentreMean, TrendError};
use yorisoi_domain::organiser::CentreFigures;
use yorisoi_domain::profile::{CentreProfile, Percent, PercentError};
use yorisoi_domain::SizeCategory;

fn centre(name: &str, size: SizeCategory, respondents: u32, kgi: Option<f64>) -> CentreFigures {
    CentreFigures {
        centre: name.to_owned(),
        export_id: format!("id-{name}"),
        size,
        respondents,
        headcount: Some(respondents),
        kgi_mean: kgi,
        customer_satisfaction: None,
        turnover_rate: None,
    }
}

fn placings(
    rows: &[yorisoi_domain::organiser::award::AwardRow],
    size: SizeCategory,
) -> Vec<(String, Placing)> {
    rows.iter()
        .filter(|row| row.figures.size == size)
        .map(|row| (row.figures.centre.clone(), row.placing.clone()))
        .collect()
}

fn ranked(rank: u32, tier: Option<usize>) -> Placing {
    Placing::Ranked { rank, tier }
}

#[test]
fn the_award_ranks_within_each_size_shares_ranks_on_ties_and_honours_everyone_tied_at_the_cut() {
    // Means 9, 8, 8, 7, 6, 5, 4, 4, 3: ranks 1, 2, 2, 4, 5, 6, 7, 7, 9 (equal means share a
    // rank, the next skips). Tiers 3 + 4 places: ranks 1-3 最優秀賞 (tier 0), 4-7 優秀賞
    // (tier 1); C6 and C7 tie at 7, so both are honoured: eight centres.
    let mut centres: Vec<CentreFigures> = [9.0, 8.0, 8.0, 7.0, 6.0, 5.0, 4.0, 4.0, 3.0]
        .iter()
        .enumerate()
        .map(|(index, mean)| centre(&format!("C{index}"), SizeCategory::MidSmall, 20, Some(*mean)))
        .collect();
    centres.push(centre("L0", SizeCategory::Large, 200, Some(2.0)));
    let rows = award(&centres, &AwardRules::published());
    let expected: Vec<(String, Placing)> = [
        ("C0", ranked(1, Some(0))),
        ("C1", ranked(2, Some(0))),
        ("C2", ranked(2, Some(0))),
        ("C3", ranked(4, Some(1))),
        ("C4", ranked(5, Some(1))),
        ("C5", ranked(6, Some(1))),
        ("C6", ranked(7, Some(1))),
        ("C7", ranked(7, Some(1))),
        ("C8", ranked(9, None)),
    ]
    .into_iter()
    .map(|(name, placing)| (name.to_owned(), placing))
    .collect();
    assert_eq!(placings(&rows, SizeCategory::MidSmall), expected);
    assert_eq!(
        placings(&rows, SizeCategory::Large),
        vec![("L0".to_owned(), ranked(1, Some(0)))]
    );
    // Large centres come first.
    assert_eq!(rows[0].figures.centre, "L0");
}

#[test]
fn tiers_are_configurable() {
    let rules = AwardRules {
        tiers: vec![
            Tier {
                name: "金".into(),
                places: 1,
            },
            Tier {
                name: "銀".into(),
                places: 2,
            },
        ],
        ..AwardRules::published()
    };
    assert_eq!(rules.honoured_places(), 3);
    assert_eq!(
        [1, 2, 3, 4].map(|rank| rules.tier_of(rank)),
        [Some(0), Some(1), Some(1), None]
    );
}

#[test]
fn centres_under_the_rules_are_listed_with_the_reason_not_ranked() {
    let mut few = centre("few", SizeCategory::MidSmall, 8, Some(9.0));
    few.headcount = Some(8);
    let mut no_headcount = centre("no headcount", SizeCategory::MidSmall, 30, Some(9.0));
    no_headcount.headcount = None;
    // 12 of 40: a response rate of 30%.
    let mut low_rate = centre("low rate", SizeCategory::MidSmall, 12, Some(9.0));
    low_rate.headcount = Some(40);
    let unanswered = centre("unanswered", SizeCategory::MidSmall, 30, None);
    // 25 of 50 is exactly the 50% minimum: ranked.
    let mut at_minimum = centre("at minimum", SizeCategory::MidSmall, 25, Some(5.0));
    at_minimum.headcount = Some(50);
    let rows = award(
        &[few, no_headcount, low_rate, unanswered, at_minimum],
        &AwardRules::published(),
    );
    let got = placings(&rows, SizeCategory::MidSmall);
    assert_eq!(got[0], ("at minimum".to_owned(), ranked(1, Some(0))));
    assert_eq!(
        got[1..],
        [
            (
                "few".to_owned(),
                Placing::Excluded(Exclusion::TooFewRespondents {
                    respondents: 8,
                    minimum: 10
                })
            ),
            (
                "low rate".to_owned(),
                Placing::Excluded(Exclusion::LowResponseRate {
                    rate: 30.0,
                    minimum: 50.0
                })
            ),
            (
                "no headcount".to_owned(),
                Placing::Excluded(Exclusion::NoHeadcount)
            ),
            (
                "unanswered".to_owned(),
                Placing::Excluded(Exclusion::NoHappinessAnswer)
            ),
        ]
    );
    assert_eq!(
        Exclusion::LowResponseRate {
            rate: 30.0,
            minimum: 50.0
        }
        .to_string(),
        "response rate 30.0%, under the minimum of 50%"
    );
    // The plain ranking excludes nobody with a happiness answer.
    let rows = award(
        &[centre("few", SizeCategory::MidSmall, 3, Some(1.0))],
        &AwardRules::ranking(),
    );
    assert_eq!(rows[0].placing, ranked(1, Some(0)));
}

#[test]
fn a_years_groups_are_inclusive_at_one_sd_and_weighted_by_respondents() {
    // Means 2, 4, 4, 4, 5, 5, 7, 9: mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32,
    // population SD sqrt(32 / 8) = 2. High: at or above 7 -> 7 (n 10) and 9 (n 30):
    // (10·7 + 30·9) / 40 = 8.5. Low: at or below 3 -> 2 (n 10): 2.0. Gap 6.5.
    let centres: Vec<CentreMean> = [
        (10, 2.0),
        (5, 4.0),
        (5, 4.0),
        (5, 4.0),
        (5, 5.0),
        (5, 5.0),
        (10, 7.0),
        (30, 9.0),
    ]
    .iter()
    .map(|&(respondents, mean)| CentreMean { respondents, mean })
    .collect();
    let year = year_figures("2024", &centres).unwrap();
    assert_eq!((year.centres, year.respondents), (8, 75));
    assert!((year.national_mean - 5.0).abs() < 1e-12);
    assert!((year.sd - 2.0).abs() < 1e-12);
    let high = year.high.unwrap();
    assert_eq!((high.centres, high.respondents), (2, 40));
    assert!((high.weighted_mean - 8.5).abs() < 1e-12);
    let low = year.low.unwrap();
    assert_eq!((low.centres, low.respondents), (1, 10));
    assert!((year.gap().unwrap() - 6.5).abs() < 1e-12);
    assert!(year_figures("2024", &[]).is_none());
    // All equal: SD 0, so every centre is in both groups and the gap is 0.
    let same = year_figures("x", &centres[2..4]).unwrap();
    assert_eq!(same.gap(), Some(0.0));
}

#[test]
fn a_snapshot_gives_its_centres_only_when_it_lists_their_respondents() {
    let a = centre_of(
        SizeCategory::Large,
        &respondents(&small(), ["kgi", "lg1", "role"], [[8, 5, 1]; 6]),
    );
    let b = centre_of(
        SizeCategory::MidSmall,
        &respondents(&small(), ["kgi", "lg1", "role"], [[4, 2, 1]; 5]),
    );
    let mut snapshot = snapshot_of(&[a, b]);
    assert_eq!(
        snapshot_centres(&snapshot).unwrap(),
        vec![
            CentreMean {
                respondents: 6,
                mean: 8.0
            },
            CentreMean {
                respondents: 5,
                mean: 4.0
            }
        ]
    );
    snapshot.centre_respondents.clear();
    assert_eq!(snapshot_centres(&snapshot), Err(TrendError::NoCentreRespondents));
}

#[test]
fn satisfaction_is_regressed_on_happiness_by_least_squares() {
    // x 4, 5, 6, 7 (mean 5.5); y 60, 70, 65, 85 (mean 70). Sxx = 2.25+0.25+0.25+2.25 = 5;
    // Sxy = (-1.5)(-10) + (-0.5)(0) + (0.5)(-5) + (1.5)(15) = 35; Syy = 100+0+25+225 = 350.
    // slope 35/5 = 7; intercept 70 - 7·5.5 = 31.5; R² = 35² / (5·350) = 0.7.
    let fit = regression(&[(4.0, 60.0), (5.0, 70.0), (6.0, 65.0), (7.0, 85.0)]).unwrap();
    assert_eq!(fit.centres, 4);
    assert!((fit.slope - 7.0).abs() < 1e-12);
    assert!((fit.intercept - 31.5).abs() < 1e-12);
    assert!((fit.r_squared - 0.7).abs() < 1e-12);
    assert!(regression(&[(4.0, 60.0), (5.0, 70.0)]).is_none());
    assert!(regression(&[(5.0, 60.0), (5.0, 70.0), (5.0, 80.0)]).is_none());
}

#[test]
fn turnover_is_compared_above_and_below_the_mean_happiness() {
    // Happiness 4, 5, 5.5, 6, 7: threshold 27.5 / 5 = 5.5; the centre exactly at 5.5 is above.
    // Above: 5.5, 6, 7 with turnover 22, 20, 16 -> 58 / 3; below: 4, 5 with 30, 26 -> 28.
    // Satisfaction only where given: the four points of the regression test, R² 0.7.
    let rows = [
        (4.0, Some(60.0), 30.0),
        (5.0, Some(70.0), 26.0),
        (5.5, None, 22.0),
        (6.0, Some(65.0), 20.0),
        (7.0, Some(85.0), 16.0),
    ];
    let mut centres: Vec<CentreFigures> = rows
        .iter()
        .enumerate()
        .map(|(index, &(kgi, cs, turnover))| {
            let mut figures = centre(&format!("C{index}"), SizeCategory::MidSmall, 20, Some(kgi));
            figures.customer_satisfaction = cs;
            figures.turnover_rate = Some(turnover);
            figures
        })
        .collect();
    // A centre without a happiness answer counts nowhere.
    let mut silent = centre("silent", SizeCategory::Large, 20, None);
    silent.turnover_rate = Some(90.0);
    centres.push(silent);
    let result = outcomes(&centres).unwrap();
    assert_eq!(result.centres, 5);
    assert!((result.turnover.threshold - 5.5).abs() < 1e-12);
    let above = result.turnover.above.unwrap();
    assert_eq!(above.centres, 3);
    assert!((above.mean - 58.0 / 3.0).abs() < 1e-12);
    let below = result.turnover.below.unwrap();
    assert_eq!(below.centres, 2);
    assert!((below.mean - 28.0).abs() < 1e-12);
    assert!((result.satisfaction.unwrap().r_squared - 0.7).abs() < 1e-12);
    assert!(outcomes(&[]).is_none());
}

#[test]
fn outcome_percentages_are_checked_and_old_profiles_still_read() {
    assert_eq!(Percent::new(-0.1), Err(PercentError::OutOfRange(-0.1)));
    assert_eq!(Percent::new(100.5), Err(PercentError::OutOfRange(100.5)));
    assert_eq!(Percent::new(f64::NAN), Err(PercentError::NotANumber));
    assert_eq!(Percent::new(0.0).unwrap().value(), 0.0);
    assert_eq!(Percent::new(100.0).unwrap().value(), 100.0);
    let old = r#"{"v":1,"name":"札幌","size":"large","headcount":40,"industry":""}"#;
    let profile = CentreProfile::from_record(old).unwrap();
    assert_eq!(profile.customer_satisfaction, None);
    assert_eq!(profile.to_record(), old, "absent outcomes are not written");
    let mut with = profile.clone();
    with.customer_satisfaction = Some(Percent::new(82.5).unwrap());
    with.turnover_rate = Some(Percent::new(18.0).unwrap());
    let back = CentreProfile::from_record(&with.to_record()).unwrap();
    assert_eq!(back, with);
    let wrong = r#"{"v":1,"name":"","size":"large","headcount":null,"industry":"","turnover_rate":120}"#;
    let error = CentreProfile::from_record(wrong).unwrap_err();
    assert!(error.to_string().contains("from 0 to 100"), "{error}");
}
