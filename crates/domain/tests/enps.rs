mod common;

use common::*;
use serde_json::json;
use yorisoi_domain::enps::{rounded_score, Enps};
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::release::Release;
use yorisoi_domain::SurveyDefinition;

/// The small survey with the 0-10 would-recommend question as an outcome.
fn with_recommend() -> SurveyDefinition {
    let mut definition = small_definition();
    definition["sections"][1]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "recommend", "kind": "outcome", "scale": "score0to10", "text": text("勧める", "Recommend")
        }));
    parse(&definition)
}

/// The whole centre's eNPS of people answering `recommend` (None = skipped), minimum 5.
fn enps_of(answers: &[Option<u8>]) -> Option<Enps> {
    let survey = with_recommend();
    let people: Vec<_> = answers
        .iter()
        .map(|value| respondent(&survey, &[("kgi", Some(5)), ("recommend", *value)]))
        .collect();
    let tallies = GroupTallies::of(&survey, &[], &people).unwrap();
    let release = Release::of(&survey, &tallies, 5).unwrap();
    let scores = release.whole_scores(&survey, &tallies.whole);
    Enps::released(&survey, &scores, &release)
}

#[test]
fn the_score_is_rounded_half_away_from_zero_in_integers() {
    assert_eq!(rounded_score(5, 3, 16), Some(13)); // 200 / 16 = 12.5
    assert_eq!(rounded_score(3, 5, 16), Some(-13)); // -12.5
    assert_eq!(rounded_score(1, 2, 8), Some(-13)); // -100 / 8 = -12.5
    assert_eq!(rounded_score(1, 0, 3), Some(33)); // 33.33
    assert_eq!(rounded_score(2, 0, 3), Some(67)); // 66.67
    assert_eq!(rounded_score(0, 1, 3), Some(-33));
    assert_eq!(rounded_score(4, 4, 9), Some(0)); // a tie is 0
    assert_eq!(rounded_score(10, 0, 10), Some(100));
    assert_eq!(rounded_score(0, 10, 10), Some(-100));
    assert_eq!(rounded_score(0, 0, 0), None);
}

#[test]
fn promoters_are_nine_and_ten_detractors_zero_to_six() {
    // 10 9 9 | 8 7 | 6 5 0: 3 promoters, 2 passives, 3 detractors of 8 -> 0.
    let counts: Vec<(u8, u32)> = (0..=10)
        .map(|value| {
            (
                value,
                [10, 9, 9, 8, 7, 6, 5, 0].iter().filter(|&&v| v == value).count() as u32,
            )
        })
        .collect();
    assert_eq!(
        Enps::of_counts(&counts),
        Some(Enps {
            score: 0,
            promoters: 3,
            passives: 2,
            detractors: 3,
            n: 8
        })
    );
}

#[test]
fn the_centre_figure_by_hand() {
    // 10 10 10 9 | 8 7 | 3, one skipped: 4 promoters, 1 detractor of 7 answered:
    // 300 / 7 = 42.86 -> 43. The skipped person counts in no denominator.
    let enps = enps_of(&[
        Some(10),
        Some(10),
        Some(10),
        Some(9),
        Some(8),
        Some(7),
        Some(3),
        None,
    ])
    .unwrap();
    assert_eq!(
        enps,
        Enps {
            score: 43,
            promoters: 4,
            passives: 2,
            detractors: 1,
            n: 7
        }
    );
}

#[test]
fn nothing_for_fewer_than_the_minimum_answering_the_question() {
    // Six respondents, four answered: the item's n is 4 < 5, so no eNPS.
    assert_eq!(enps_of(&[Some(10), Some(9), Some(2), Some(8), None, None]), None);
    // Five answered: released (2 promoters, 1 detractor of 5: 20).
    assert_eq!(
        enps_of(&[Some(10), Some(9), Some(2), Some(8), Some(7), None]).map(|e| e.score),
        Some(20)
    );
    // Nobody at all answered it: nothing.
    assert_eq!(enps_of(&[None; 6]), None);
}

#[test]
fn a_survey_without_the_question_has_no_enps() {
    let survey = small();
    let people: Vec<_> = (0..6).map(|_| respondent(&survey, &[("kgi", Some(9))])).collect();
    let tallies = GroupTallies::of(&survey, &[], &people).unwrap();
    let release = Release::of(&survey, &tallies, 5).unwrap();
    let scores = release.whole_scores(&survey, &tallies.whole);
    assert_eq!(Enps::released(&survey, &scores, &release), None);
}
