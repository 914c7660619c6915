mod common;

use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::release::Release;

use common::*;
use yorisoi_domain::analysis::{
    cross_analysis, maturities, practice_drives, practices_driving, priorities, ranking, Drivers,
    TooFewForDrivers, DRIVER_MIN_RESPONSES,
};
use yorisoi_domain::scoring::PairSums;
use yorisoi_domain::{
    Answers, Factor, Measure, Practice, Scores, SizeCategory, Snapshot, SurveyDefinition, Tally,
};

#[test]
fn pearson_r_by_hand() {
    // x 1..5, y 2,4,5,4,5: dx -2..2, dy -2,0,1,0,1; sum dx.dy = 6, sum dx2 = 10, sum dy2 = 6
    // r = 6 / sqrt(60) = 0.774597
    let mut pairs = PairSums::default();
    for (x, y) in [(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)] {
        pairs.add(x, y);
    }
    assert!((pairs.correlation().unwrap() - 0.774_597).abs() < 1e-6);
    let mut opposite = PairSums::default();
    for (x, y) in [(1, 5), (2, 4), (3, 3)] {
        opposite.add(x, y);
    }
    assert!((opposite.correlation().unwrap() + 1.0).abs() < 1e-12);
    let mut flat = PairSums::default();
    flat.add(3, 1);
    flat.add(3, 9);
    assert_eq!(flat.correlation(), None, "x never varies");
    assert_eq!(PairSums::default().correlation(), None);
}

fn small_answers(people: &[(u8, u8, u8)]) -> Vec<Answers> {
    respondents(
        &small(),
        ["kgi", "lg1", "mr1"],
        people.iter().map(|&(kgi, lg1, mr1)| [kgi, lg1, mr1]),
    )
}

/// The whole centre's release, split by nothing.
fn released(survey: &yorisoi_domain::SurveyDefinition, tally: &Tally) -> Release {
    Release::of(survey, &GroupTallies::whole_only(tally.clone()), 5).unwrap()
}

#[test]
fn drivers_need_twenty_five_respondents_and_follow_the_kgi() {
    let survey = small();
    // lg1 rises with the KGI; mr1 does not move with it.
    let people: Vec<(u8, u8, u8)> = (0..25)
        .map(|i| ((i % 5) as u8 * 2, (i % 5) as u8 + 1, ((i / 5) % 5) as u8 + 1))
        .collect();
    let tally = Tally::of(&survey, &small_answers(&people[..24]));
    assert_eq!(
        Drivers::of(&survey, &tally, &released(&survey, &tally)),
        Err(TooFewForDrivers { respondents: 24 })
    );
    assert_eq!(DRIVER_MIN_RESPONSES, 25);
    let all = Tally::of(&survey, &small_answers(&people));
    let drivers = Drivers::of(&survey, &all, &released(&survey, &all)).unwrap();
    assert!((drivers.factor(Factor::LearningGrowth).unwrap() - 1.0).abs() < 1e-12);
    assert!(drivers.factor(Factor::MutualRecognition).unwrap().abs() < 1e-12);
    assert_eq!(drivers.factor(Factor::TeamStrength), None);
}

#[test]
fn every_factor_is_driven_by_a_practice_and_the_mapping_reads_both_ways() {
    for factor in Factor::ALL {
        assert!(!practices_driving(factor).is_empty(), "{factor:?}");
    }
    assert_eq!(
        practice_drives(Practice::CareerControl),
        [Factor::LearningGrowth, Factor::UsingAbilities]
    );
    assert_eq!(
        practices_driving(Factor::HealthyWorkplace),
        [Practice::EnvironmentCulture]
    );
    assert_eq!(
        practices_driving(Factor::LearningGrowth),
        [
            Practice::CareerControl,
            Practice::TeamworkSupervision,
            Practice::PerformanceUse
        ]
    );
}

fn representative() -> SurveyDefinition {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/surveys/representative.json"
    );
    SurveyDefinition::parse(
        "surveys/representative.json",
        &std::fs::read_to_string(path).unwrap(),
    )
    .unwrap()
}

#[test]
fn the_shipped_representative_survey_has_twenty_questions_on_seven_practices() {
    let survey = representative();
    assert_eq!(survey.item_count(), 20);
    for practice in Practice::ALL {
        let count = survey
            .items()
            .filter(|item| item.kind == yorisoi_domain::ItemKind::Practice(practice))
            .count();
        assert!(count >= 2, "{practice:?} has {count}");
    }
}

#[test]
fn maturity_is_the_mean_level_of_a_practices_answered_items() {
    let survey = representative();
    let mut answers = Answers::new(&survey);
    answers.choose(&survey, "vl1", 1).unwrap();
    answers.choose(&survey, "vl2", 2).unwrap();
    answers.choose(&survey, "cc1", 5).unwrap();
    let levels = maturities(&survey, &answers);
    assert_eq!(levels[0], (Practice::ValuesLeadership, Some(1.5)));
    assert_eq!(levels[2], (Practice::CareerControl, Some(5.0)));
    assert_eq!(levels[1], (Practice::EnvironmentCulture, None));
}

/// A benchmark where every factor's national mean is 50% (lg1 and mr1 at 50%).
fn benchmark() -> Snapshot {
    snapshot_of(&[centre_of(
        SizeCategory::MidSmall,
        &small_answers(&[(5, 5, 5), (5, 1, 1)]),
    )])
}

#[test]
fn cross_analysis_marks_a_weak_practice_driving_a_factor_below_the_benchmark() {
    // The centre: lg1 20% favourable (-30), mr1 80% (+30).
    let scores = Scores::from_tally(
        &small(),
        &Tally::of(
            &small(),
            &small_answers(&[(5, 5, 5), (5, 1, 5), (5, 1, 5), (5, 2, 4), (5, 1, 1)]),
        ),
    );
    let mut levels: Vec<(Practice, Option<f64>)> = Practice::ALL.iter().map(|p| (*p, Some(4.0))).collect();
    levels[2].1 = Some(1.5); // career control: weak; drives learning & growth (below) -> priority
    levels[6].1 = Some(2.0); // performance use: weak; drives learning & growth -> priority
    levels[0].1 = Some(2.0); // values leadership: weak, drives trust & recognition: recognition is above, trust has no figure
    let rows = cross_analysis(&scores, Some(&benchmark()), &levels);
    let marked: Vec<Practice> = rows
        .iter()
        .filter(|row| row.priority)
        .map(|row| row.practice)
        .collect();
    assert_eq!(marked, [Practice::CareerControl, Practice::PerformanceUse]);
    let career = &rows[2];
    assert_eq!(career.factors[0].factor, Factor::LearningGrowth);
    assert!((career.factors[0].gap.unwrap() + 30.0).abs() < 1e-9);
}

#[test]
fn priorities_are_factors_below_the_benchmark_strongest_driver_times_gap_first() {
    let survey = small();
    // 25 respondents: lg1 follows the KGI closely and is mostly unfavourable (below 50%);
    // mr1 follows it loosely and is below too.
    let people: Vec<(u8, u8, u8)> = (0..25)
        .map(|i| {
            let level = (i % 5) as u8;
            (
                level * 2,
                if level == 4 { 4 } else { 1 + level.min(2) },
                if i % 2 == 0 { 1 } else { 1 + level },
            )
        })
        .collect();
    let tally = Tally::of(&survey, &small_answers(&people));
    let scores = Scores::from_tally(&survey, &tally);
    let drivers = Drivers::of(&survey, &tally, &released(&survey, &tally)).unwrap();
    let levels: Vec<(Practice, Option<f64>)> = Practice::ALL
        .iter()
        .map(|p| (*p, Some(if *p == Practice::CareerControl { 1.0 } else { 4.0 })))
        .collect();
    let found = priorities(&drivers, &scores, &benchmark(), &levels);
    let factors: Vec<Factor> = found.iter().map(|p| p.factor).collect();
    assert_eq!(factors, [Factor::LearningGrowth, Factor::MutualRecognition]);
    assert!(found[0].impact > found[1].impact);
    assert!(found[0].gap < 0.0 && found[1].gap < 0.0);
    assert!(found[0].high_impact);
    assert_eq!(found[0].weak_practices, [(Practice::CareerControl, 1.0)]);
    assert!(found[1].weak_practices.is_empty());
}

#[test]
fn the_ranking_covers_the_kgi_and_every_factor_overall_and_by_size() {
    let survey = small();
    let scores = Scores::from_tally(&survey, &Tally::of(&survey, &small_answers(&[(9, 5, 5); 5])));
    let rows = ranking(&scores, &benchmark(), SizeCategory::MidSmall);
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[0].measure, Measure::Kgi);
    assert_eq!(rows[0].value, Some(9.0));
    let overall = rows[0].standings.overall.unwrap();
    assert_eq!((overall.rank, overall.of), (1, 2));
    assert_eq!(rows[0].overall.unwrap().median, 5.0);
    assert_eq!(rows[1].measure, Measure::Factor(Factor::LearningGrowth));
    assert_eq!(rows[1].value, Some(100.0));
    assert_eq!(
        rows[3].value, None,
        "team strength has no items in the small survey"
    );
}

#[test]
fn a_factor_falls_in_its_quadrant_split_at_no_gap_and_the_median_impact() {
    use yorisoi_domain::analysis::Quadrant;
    // Median impact 0.40: below the national mean with strong impact is to improve first.
    assert_eq!(Quadrant::of(-3.5, 0.55, 0.40), Quadrant::First);
    assert_eq!(Quadrant::of(2.0, 0.55, 0.40), Quadrant::Strength);
    assert_eq!(Quadrant::of(-3.5, 0.10, 0.40), Quadrant::Later);
    assert_eq!(Quadrant::of(2.0, 0.10, 0.40), Quadrant::Maintain);
    // On the lines: no gap is at the mean (not below it); the median impact itself is strong.
    assert_eq!(Quadrant::of(0.0, 0.40, 0.40), Quadrant::Strength);
    assert_eq!(Quadrant::of(-0.1, 0.40, 0.40), Quadrant::First);
    assert_eq!(Quadrant::of(0.0, 0.39, 0.40), Quadrant::Maintain);
}
