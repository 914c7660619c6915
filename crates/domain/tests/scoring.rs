mod common;

use common::*;
use yorisoi_domain::scoring::{format_mean, format_percent, leaning, round_half_up, Leaning};
use yorisoi_domain::{Answers, Factor, Scores, Share, SurveyDefinition, Tally};

/// Answers to the small survey: (kgi, lg1, mr1, role), `None` where skipped.
fn small_respondent(survey: &SurveyDefinition, values: [Option<u8>; 4]) -> Answers {
    let items = ["kgi", "lg1", "mr1", "role"];
    respondent(survey, &items.into_iter().zip(values).collect::<Vec<_>>())
}

fn scores(values: &[[Option<u8>; 4]]) -> Scores {
    let survey = small();
    let answers: Vec<Answers> = values.iter().map(|v| small_respondent(&survey, *v)).collect();
    Scores::from_tally(&survey, &Tally::of(&survey, &answers))
}

#[test]
fn three_respondents_scored_by_hand() {
    // kgi: 7, 4, 10          -> n 3, mean 21/3 = 7.00, favourable (7+) 2/3, unfavourable (4-) 1/3
    // lg1: 5, 4, 2           -> favourable 2/3 = 66.7%, unfavourable 1/3 = 33.3%, mean 11/3 = 3.67
    // mr1: 3, skipped, 1     -> n 2: neutral 1/2, unfavourable 1/2, favourable 0/2, mean 2.00
    // role: 1, 2, 1          -> counts only
    let scores = scores(&[
        [Some(7), Some(5), Some(3), Some(1)],
        [Some(4), Some(4), None, Some(2)],
        [Some(10), Some(2), Some(1), Some(1)],
    ]);
    assert_eq!(scores.respondents, 3);

    let kgi = scores.kgi().unwrap();
    assert_eq!(kgi.n, 3);
    assert_eq!(kgi.sum, 21);
    assert_eq!(kgi.mean(), Some(7.0));
    assert_eq!(kgi.favourable, Some(Share { count: 2, of: 3 }));
    assert_eq!(kgi.unfavourable, Some(Share { count: 1, of: 3 }));
    assert_eq!(kgi.neutral, Some(Share { count: 0, of: 3 }));
    assert_eq!(kgi.counts.len(), 11);
    assert_eq!(kgi.counts[7], (7, 1));
    assert_eq!(kgi.counts[4], (4, 1));
    assert_eq!(kgi.counts[10], (10, 1));

    let lg1 = scores.item("lg1").unwrap();
    assert_eq!(lg1.favourable.unwrap().tenths(), Some(667));
    assert_eq!(lg1.unfavourable.unwrap().tenths(), Some(333));
    assert_eq!(format_mean(lg1.mean().unwrap()), "3.67");
    assert_eq!(lg1.counts, vec![(1, 0), (2, 1), (3, 0), (4, 1), (5, 1)]);

    let mr1 = scores.item("mr1").unwrap();
    assert_eq!(mr1.n, 2, "a skipped item counts in no denominator");
    assert_eq!(mr1.favourable, Some(Share { count: 0, of: 2 }));
    assert_eq!(mr1.neutral.unwrap().tenths(), Some(500));
    assert_eq!(mr1.unfavourable.unwrap().tenths(), Some(500));

    let role = scores.item("role").unwrap();
    assert_eq!(role.counts, vec![(1, 2), (2, 1)]);
    assert_eq!(role.favourable, None);

    // A factor: the mean of its items' favourable % and of their mean scores.
    let learning = scores.factor(Factor::LearningGrowth);
    assert_eq!(format_percent(learning.favourable_percent.unwrap()), "66.7");
    assert_eq!(format_mean(learning.mean_score.unwrap()), "3.67");
    let recognition = scores.factor(Factor::MutualRecognition);
    assert_eq!(recognition.favourable_percent, Some(0.0));
    assert_eq!(recognition.mean_score, Some(2.0));
    // A factor without items has no figure.
    assert_eq!(scores.factor(Factor::TeamStrength).favourable_percent, None);
}

#[test]
fn no_responses_give_no_figures_and_no_division_by_zero() {
    let scores = scores(&[]);
    assert_eq!(scores.respondents, 0);
    let kgi = scores.kgi().unwrap();
    assert_eq!(kgi.n, 0);
    assert_eq!(kgi.mean(), None);
    assert_eq!(kgi.favourable.unwrap().percent(), None);
    assert_eq!(kgi.favourable.unwrap().tenths(), None);
    assert_eq!(scores.factor(Factor::LearningGrowth).favourable_percent, None);
}

#[test]
fn all_items_skipped_counts_respondents_but_no_answers() {
    let scores = scores(&[[None; 4], [None; 4]]);
    assert_eq!(scores.respondents, 2);
    assert!(scores.items.iter().all(|item| item.n == 0));
    assert_eq!(scores.factor(Factor::LearningGrowth).mean_score, None);
}

#[test]
fn everyone_choosing_one_option_is_a_hundred_percent() {
    let scores = scores(&[[Some(5), Some(5), Some(5), Some(1)]; 4]);
    assert_eq!(
        scores.item("lg1").unwrap().favourable.unwrap().tenths(),
        Some(1000)
    );
    assert_eq!(
        scores.item("lg1").unwrap().unfavourable.unwrap().tenths(),
        Some(0)
    );
    assert_eq!(scores.kgi().unwrap().neutral.unwrap().tenths(), Some(1000));
}

#[test]
fn percentages_round_half_up_to_one_decimal_from_the_exact_fraction() {
    let tenths = |count, of| Share { count, of }.tenths().unwrap();
    assert_eq!(tenths(1, 8), 125); // 12.5 exactly
    assert_eq!(tenths(1, 16), 63); // 6.25 -> 6.3
    assert_eq!(tenths(1, 3), 333);
    assert_eq!(tenths(5, 6), 833);
    assert_eq!(tenths(1, 2000), 1); // 0.05 -> 0.1
    assert_eq!(tenths(1, 2001), 0); // 0.0499...
    assert_eq!(format_percent(6.25), "6.3");
    assert_eq!(format_percent(66.65), "66.7");
    assert_eq!(round_half_up(2.675, 2), 2.68); // binary 2.67499... still rounds up
    assert_eq!(format_mean(5.745), "5.75");
    assert_eq!(format_mean(-0.125), "-0.13");
}

#[test]
fn the_leaning_rules_for_each_scale() {
    let survey = small();
    let agree = &survey.item("lg1").unwrap().scale;
    let leanings: Vec<_> = (1..=5).map(|v| leaning(agree, v).unwrap()).collect();
    use Leaning::*;
    assert_eq!(
        leanings,
        [Unfavourable, Unfavourable, Neutral, Favourable, Favourable]
    );
    let score = &survey.item("kgi").unwrap().scale;
    let leanings: Vec<_> = (0..=10).map(|v| leaning(score, v).unwrap()).collect();
    assert_eq!(leanings[..5], [Unfavourable; 5]);
    assert_eq!(leanings[5..7], [Neutral; 2]);
    assert_eq!(leanings[7..], [Favourable; 4]);
    assert_eq!(leaning(&survey.item("role").unwrap().scale, 1), None);
}

#[test]
fn tallies_of_two_groups_add_up_to_the_tally_of_all() {
    let survey = small();
    let everyone: Vec<Answers> = [
        [Some(7), Some(5), Some(3), Some(1)],
        [Some(4), Some(4), None, Some(2)],
        [Some(10), Some(2), Some(1), Some(1)],
    ]
    .iter()
    .map(|v| small_respondent(&survey, *v))
    .collect();
    let all = Tally::of(&survey, &everyone);
    assert_eq!(all.respondents, 3);
    assert_eq!(all.row(0)[7], 1);
    assert_eq!(all.row(3)[1], 2);
}
