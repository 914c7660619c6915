mod common;

use common::*;
use yorisoi_domain::distribution::{distributions, DistributionRow, Leanings};
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::release::Release;
use yorisoi_domain::{Factor, Measure};

/// Rows of the small survey's whole centre, minimum 5: each person (kgi, lg1, mr1).
fn rows_of(people: &[(u8, Option<u8>, Option<u8>)]) -> Vec<DistributionRow> {
    let survey = small();
    let answers: Vec<_> = people
        .iter()
        .map(|&(kgi, lg1, mr1)| respondent(&survey, &[("kgi", Some(kgi)), ("lg1", lg1), ("mr1", mr1)]))
        .collect();
    let tallies = GroupTallies::of(&survey, &[], &answers).unwrap();
    let release = Release::of(&survey, &tallies, 5).unwrap();
    distributions(&survey, &release.whole_scores(&survey, &tallies.whole), &release)
}

fn row(rows: &[DistributionRow], measure: Measure) -> Option<Leanings> {
    rows.iter().find(|row| row.measure == measure).unwrap().leanings
}

fn close(leanings: Leanings, (favourable, neutral, unfavourable): (f64, f64, f64), n: u32) {
    assert!((leanings.favourable - favourable).abs() < 0.01, "{leanings:?}");
    assert!((leanings.neutral - neutral).abs() < 0.01, "{leanings:?}");
    assert!(
        (leanings.unfavourable - unfavourable).abs() < 0.01,
        "{leanings:?}"
    );
    assert_eq!(leanings.n, n);
}

#[test]
fn three_shares_per_item_and_factor_by_hand() {
    // lg1 5 5 4 3 2 1: favourable (4-5) 3/6 = 50, neutral (3) 1/6 = 16.67, unfavourable 2/6 = 33.33.
    // mr1 4 x5, one skipped: 100 / 0 / 0 of n 5.
    // KGI 7 7 6 5 4 0: favourable (7-10) 2/6, neutral (5-6) 2/6, unfavourable (0-4) 2/6.
    let rows = rows_of(&[
        (7, Some(5), Some(4)),
        (7, Some(5), Some(4)),
        (6, Some(4), Some(4)),
        (5, Some(3), Some(4)),
        (4, Some(2), Some(4)),
        (0, Some(1), None),
    ]);
    close(
        row(&rows, Measure::Item("lg1".into())).unwrap(),
        (50.0, 16.667, 33.333),
        6,
    );
    close(
        row(&rows, Measure::Item("mr1".into())).unwrap(),
        (100.0, 0.0, 0.0),
        5,
    );
    close(row(&rows, Measure::Kgi).unwrap(), (33.333, 33.333, 33.333), 6);
    // A one-item factor has its item's shares.
    close(
        row(&rows, Measure::Factor(Factor::LearningGrowth)).unwrap(),
        (50.0, 16.667, 33.333),
        6,
    );
    // Order: the KGI, then each factor followed by its items.
    assert_eq!(rows[0].measure, Measure::Kgi);
    assert_eq!(rows[1].measure, Measure::Factor(Factor::LearningGrowth));
    assert_eq!(rows[2].measure, Measure::Item("lg1".into()));
}

#[test]
fn nothing_for_an_item_fewer_than_the_minimum_answered_nor_for_its_factor() {
    // mr1 answered by 4 of 6: hidden, and so its factor; lg1 by all 6 stays.
    let rows = rows_of(&[
        (7, Some(5), Some(4)),
        (7, Some(5), Some(4)),
        (6, Some(4), Some(4)),
        (5, Some(3), Some(4)),
        (4, Some(2), None),
        (0, Some(1), None),
    ]);
    assert_eq!(row(&rows, Measure::Item("mr1".into())), None);
    assert_eq!(row(&rows, Measure::Factor(Factor::MutualRecognition)), None);
    assert!(row(&rows, Measure::Item("lg1".into())).is_some());
}
