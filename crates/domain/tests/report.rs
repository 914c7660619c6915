mod common;

use common::*;
use yorisoi_domain::report::{FlashReport, TooFewRespondents};
use yorisoi_domain::{Factor, Scores, SizeCategory, Snapshot, Tally};

fn scores_of(people: &[(u8, u8, u8)]) -> Scores {
    let survey = small();
    let answers = respondents(
        &survey,
        ["kgi", "lg1", "mr1"],
        people.iter().map(|&(kgi, lg1, mr1)| [kgi, lg1, mr1]),
    );
    Scores::from_tally(&survey, &Tally::of(&survey, &answers))
}

/// Two benchmark centres: kgi 4.0 and 6.0; lg1 50% and 50%; mr1 0% and 100%.
fn snapshot() -> Snapshot {
    let survey = small();
    let centre = |people: &[(u8, u8, u8)]| {
        respondents(
            &survey,
            ["kgi", "lg1", "mr1"],
            people.iter().map(|&(a, b, c)| [a, b, c]),
        )
    };
    snapshot_of(&[
        centre_of(SizeCategory::Large, &centre(&[(3, 5, 1), (5, 1, 1)])),
        centre_of(SizeCategory::MidSmall, &centre(&[(6, 4, 5), (6, 2, 4)])),
    ])
}

const FIVE: [(u8, u8, u8); 5] = [(8, 5, 2), (7, 4, 1), (9, 5, 2), (6, 4, 3), (5, 2, 4)];

#[test]
fn below_the_minimum_the_report_says_why_and_holds_no_figure() {
    let four = scores_of(&FIVE[..4]);
    assert_eq!(
        FlashReport::build(&four, Some(&snapshot()), SizeCategory::MidSmall, 5),
        Err(TooFewRespondents {
            respondents: 4,
            minimum: 5
        })
    );
    // Exactly at the minimum, the report is built.
    assert!(FlashReport::build(&scores_of(&FIVE), None, SizeCategory::MidSmall, 5).is_ok());
    // A minimum below 3 is taken as 3.
    assert_eq!(
        FlashReport::build(&scores_of(&FIVE[..2]), None, SizeCategory::MidSmall, 1),
        Err(TooFewRespondents {
            respondents: 2,
            minimum: 3
        })
    );
}

#[test]
fn the_report_by_hand() {
    // kgi 8,7,9,6,5 -> mean 7.0; 7+ = 3/5
    // lg1 5,4,5,4,2 -> favourable 4/5 = 80%; national mean 50% -> +30
    // mr1 2,1,2,3,4 -> favourable 1/5 = 20%; national mean 50% -> -30
    let report = FlashReport::build(&scores_of(&FIVE), Some(&snapshot()), SizeCategory::MidSmall, 5).unwrap();
    assert_eq!(report.respondents, 5);
    let kgi = report.kgi.unwrap();
    assert_eq!(kgi.mean, Some(7.0));
    assert_eq!(kgi.favourable.unwrap().tenths(), Some(600));
    let overall = kgi.standings.overall.unwrap();
    assert_eq!((overall.rank, overall.of, overall.percentile), (1, 3, 100.0));
    assert_eq!(overall.difference, 2.0);
    let in_size = kgi.standings.in_size.unwrap();
    assert_eq!((in_size.rank, in_size.of), (1, 2));

    let learning = report
        .factors
        .iter()
        .find(|f| f.factor == Factor::LearningGrowth)
        .unwrap();
    assert_eq!(learning.favourable_percent, Some(80.0));
    assert_eq!(learning.benchmark.unwrap().median, 50.0);

    let ids = |items: &[yorisoi_domain::report::ItemComparison]| -> Vec<String> {
        items.iter().map(|item| item.item_id.clone()).collect()
    };
    assert_eq!(ids(&report.strongest), ["lg1", "mr1"]);
    assert_eq!(ids(&report.weakest), ["mr1", "lg1"]);
    assert_eq!(report.strongest[0].difference, 30.0);
    assert_eq!(report.weakest[0].difference, -30.0);
}

#[test]
fn a_centre_worse_than_every_benchmark_centre_ranks_last() {
    let report = FlashReport::build(
        &scores_of(&[(0, 1, 1); 5]),
        Some(&snapshot()),
        SizeCategory::Large,
        5,
    )
    .unwrap();
    let overall = report.kgi.unwrap().standings.overall.unwrap();
    assert_eq!((overall.rank, overall.of, overall.percentile), (3, 3, 0.0));
}

#[test]
fn without_a_benchmark_the_centres_own_figures_still_show() {
    let report = FlashReport::build(&scores_of(&FIVE), None, SizeCategory::MidSmall, 5).unwrap();
    assert_eq!(report.kgi.as_ref().unwrap().mean, Some(7.0));
    assert_eq!(report.kgi.unwrap().standings.overall, None);
    assert!(report.strongest.is_empty());
}
