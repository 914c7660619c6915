mod common;

use common::*;
use yorisoi_domain::comments::{released_comments, TooFewForComments, COMMENT_MIN_GROUP};
use yorisoi_domain::groups::{GroupTallies, SplitError, MAX_SPLITS};
use yorisoi_domain::release::ReleaseError;
use yorisoi_domain::result_list::{format_difference, Cell, Reference, ResultList};
use yorisoi_domain::{Answers, Language, Measure, SizeCategory, Snapshot, SurveyDefinition};

/// Respondents of the small survey: (kgi, lg1, role).
fn answers(people: &[(u8, u8, Option<u8>)]) -> Vec<Answers> {
    let survey = small();
    people
        .iter()
        .map(|&(kgi, lg1, role)| {
            respondent(&survey, &[("kgi", Some(kgi)), ("lg1", Some(lg1)), ("role", role)])
        })
        .collect()
}

/// Six operators (role 1) with lg1 5,5,4,4,2,1: 4 of 6 favourable (66.7%).
fn six_operators() -> Vec<(u8, u8, Option<u8>)> {
    vec![
        (7, 5, Some(1)),
        (7, 5, Some(1)),
        (7, 4, Some(1)),
        (7, 4, Some(1)),
        (7, 2, Some(1)),
        (7, 1, Some(1)),
    ]
}

/// The six operators and five supervisors (role 2, lg1 5 each: 100%): both groups shown.
fn operators_and_supervisors(survey: &SurveyDefinition) -> GroupTallies {
    let mut people = six_operators();
    people.extend([(3, 5, Some(2)); 5]);
    GroupTallies::of(survey, &["role".to_owned()], &answers(&people)).unwrap()
}

fn benchmark() -> Snapshot {
    // One benchmark centre: lg1 favourable 50%.
    snapshot_of(&[centre_of(
        SizeCategory::Large,
        &answers(&[(5, 5, None), (5, 1, None)]),
    )])
}

#[test]
fn the_result_list_by_hand_with_a_small_group_hidden() {
    let survey = small();
    // Operators (role 1): 6 people, lg1 5,5,4,4,2,1 -> favourable 4/6 = 66.7%, -> +16.7 vs 50%.
    // Supervisors (role 2): 3 people -> hidden; and, alone, operators would give them away, so
    // operators are hidden too. One person did not say.
    let mut people = six_operators();
    people.extend([(3, 5, Some(2)), (3, 5, Some(2)), (3, 5, Some(2)), (9, 1, None)]);
    let tallies = GroupTallies::of(&survey, &["role".to_owned()], &answers(&people)).unwrap();
    let list = ResultList::build(&survey, &tallies, Some(&benchmark()), None, 5).unwrap();

    let labels: Vec<&str> = list.columns.iter().map(|c| c.label.en.as_str()).collect();
    assert_eq!(labels, ["Whole centre", "Operator", "Supervisor"]);
    // Not even a hidden group's size is shown.
    let sizes: Vec<Option<u32>> = list.columns.iter().map(|c| c.respondents).collect();
    assert_eq!(sizes, [Some(10), None, None]);

    let lg1 = list
        .rows
        .iter()
        .find(|row| row.measure == Measure::Item("lg1".into()))
        .unwrap();
    // Whole centre: lg1 5,5,4,4,2,1,5,5,5,1 -> 7 of 10 favourable = 70.0%, +20.0.
    assert_eq!(lg1.national_mean, Some(50.0));
    assert_eq!(
        lg1.cells[0],
        Cell::Figure {
            favourable_percent: Some(70.0),
            n: 10,
            difference: Some(20.0)
        }
    );
    assert_eq!(lg1.cells[1], Cell::Hidden);
    assert_eq!(lg1.cells[2], Cell::Hidden);
    // Rows: the KGI, each factor followed by its items, then outcomes.
    let order: Vec<String> = list.rows.iter().map(|row| format!("{:?}", row.measure)).collect();
    assert_eq!(order[0], "Kgi");
    assert_eq!(order[1], "Factor(LearningGrowth)");
    assert_eq!(order[2], "Item(\"lg1\")");
    assert_eq!(order[3], "Factor(MutualRecognition)");
}

#[test]
fn a_visible_group_shows_its_own_figures() {
    let survey = small();
    // Operators 6 (lg1: 4 of 6 favourable), supervisors 5 (lg1: 5 of 5), nobody hidden.
    let tallies = operators_and_supervisors(&survey);
    let list = ResultList::build(&survey, &tallies, Some(&benchmark()), None, 5).unwrap();
    let lg1 = list
        .rows
        .iter()
        .find(|row| row.measure == Measure::Item("lg1".into()))
        .unwrap();
    let Cell::Figure {
        favourable_percent,
        n,
        difference,
    } = lg1.cells[1]
    else {
        panic!("operators shown")
    };
    assert_eq!(n, 6);
    assert!((favourable_percent.unwrap() - 66.666).abs() < 0.001);
    assert!((difference.unwrap() - 16.666).abs() < 0.001);
    assert_eq!(
        lg1.cells[2],
        Cell::Figure {
            favourable_percent: Some(100.0),
            n: 5,
            difference: Some(50.0)
        }
    );
    // An item few answered within a visible group is hidden in that row: mr1 nobody answered,
    // so its cells show no figure (n 0) rather than a hidden mark.
    let mr1 = list
        .rows
        .iter()
        .find(|row| row.measure == Measure::Item("mr1".into()))
        .unwrap();
    assert_eq!(
        mr1.cells[1],
        Cell::Figure {
            favourable_percent: None,
            n: 0,
            difference: None
        }
    );
}

#[test]
fn a_whole_centre_under_the_minimum_shows_nothing_at_all() {
    let survey = small();
    let tallies = GroupTallies::of(&survey, &["role".to_owned()], &answers(&[(7, 5, Some(1)); 4])).unwrap();
    assert_eq!(
        ResultList::build(&survey, &tallies, None, None, 5),
        Err(ReleaseError::TooFew {
            respondents: 4,
            minimum: 5
        })
    );
}

#[test]
fn splits_must_be_attributes_and_at_most_seven() {
    let survey = small();
    assert_eq!(
        GroupTallies::of(&survey, &["lg1".to_owned()], &[]).unwrap_err(),
        SplitError::NotAnAttribute("lg1".into())
    );
    let eight = vec!["role".to_owned(); MAX_SPLITS + 1];
    assert_eq!(
        GroupTallies::of(&survey, &eight, &[]).unwrap_err().to_string(),
        "at most 7 splits, not 8"
    );
}

#[test]
fn comments_need_ten_respondents_and_come_sorted_not_in_the_order_given() {
    assert_eq!(COMMENT_MIN_GROUP, 10);
    assert_eq!(
        released_comments(["b"], 9, 5),
        Err(TooFewForComments {
            respondents: 9,
            needed: 10
        })
    );
    // A minimum above ten raises the bar too.
    assert_eq!(
        released_comments(["b"], 11, 12),
        Err(TooFewForComments {
            respondents: 11,
            needed: 12
        })
    );
    let given = ["最後の人", " ", "a first ", "中ほど"];
    assert_eq!(
        released_comments(given, 10, 5).unwrap(),
        ["a first", "中ほど", "最後の人"]
    );
}

#[test]
fn the_csv_opens_in_excel_as_japanese_with_hidden_cells_marked() {
    let survey = small();
    let mut people = vec![(7, 5, Some(1)); 6];
    people.extend([(3, 5, Some(2)); 3]);
    let tallies = GroupTallies::of(&survey, &["role".to_owned()], &answers(&people)).unwrap();
    let csv = ResultList::build(&survey, &tallies, Some(&benchmark()), None, 5)
        .unwrap()
        .to_csv(&survey, Language::Ja);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with a byte order mark");
    assert!(csv.ends_with("\r\n"));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\"項目\",\"センター全体 肯定的回答%\",\"センター全体 n\",\"センター全体 全国平均との差\",\"オペレーター 肯定的回答%\",\"オペレーター n\",\"オペレーター 全国平均との差\",\"SV 肯定的回答%\",\"SV n\",\"SV 全国平均との差\""
    );
    let lg1 = lines.iter().find(|line| line.starts_with("\"学び\"")).unwrap();
    assert_eq!(
        *lg1,
        "\"学び\",\"100.0\",\"9\",\"'+50.0\",\"*\",\"*\",\"*\",\"*\",\"*\",\"*\""
    );
}

#[test]
fn compared_with_the_centre_each_group_differs_from_the_whole_centres_row() {
    let survey = small();
    // Operators 6 (lg1 5,5,4,4,2,1: 4 of 6 = 66.67%), supervisors 5 (lg1 5 x5: 100%).
    // Whole centre: 9 of 11 = 81.82%. Operators -15.15, supervisors +18.18; the whole centre's
    // own column compares nothing.
    let tallies = operators_and_supervisors(&survey);
    let list = ResultList::build(&survey, &tallies, Some(&benchmark()), None, 5)
        .unwrap()
        .compared_with_centre();
    assert_eq!(list.reference, Reference::Centre);
    let row = |measure: Measure| list.rows.iter().find(|row| row.measure == measure).unwrap();
    let difference = |cell: &Cell| match cell {
        Cell::Figure { difference, .. } => *difference,
        Cell::Hidden => panic!("shown"),
    };
    let lg1 = row(Measure::Item("lg1".into()));
    assert_eq!(difference(&lg1.cells[0]), None);
    assert_eq!(format_difference(difference(&lg1.cells[1]).unwrap()), "-15.2");
    assert_eq!(format_difference(difference(&lg1.cells[2]).unwrap()), "+18.2");
    // The KGI, which has no national figure, compares within the centre: 7+ is 6 of 11 (54.5%);
    // operators 6 of 6 (+45.5), supervisors 0 of 5 (-54.5).
    let kgi = row(Measure::Kgi);
    assert_eq!(format_difference(difference(&kgi.cells[1]).unwrap()), "+45.5");
    assert_eq!(format_difference(difference(&kgi.cells[2]).unwrap()), "-54.5");
    // Its CSV names the other reference and, comparing with no benchmark, carries no
    // synthetic-sample line.
    let csv = list.to_csv(&survey, Language::Ja);
    assert!(csv.contains("\"オペレーター センター全体との差\""));
    assert!(!csv.contains("合成サンプル"));
}

#[test]
fn a_csv_against_a_synthetic_benchmark_says_so_and_the_kgi_row_names_its_unit() {
    let survey = small();
    let people = vec![(7, 5, Some(1)); 6];
    let tallies = GroupTallies::of(&survey, &["role".to_owned()], &answers(&people)).unwrap();
    let list = ResultList::build(&survey, &tallies, Some(&benchmark()), None, 5).unwrap();
    assert!(list.synthetic_benchmark);
    let csv = list.to_csv(&survey, Language::Ja);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[lines.len() - 2],
        "\"全国平均は合成サンプルです（実在のセンターのデータではありません）\""
    );
    assert!(lines[1].starts_with("\"幸福度（KGI）：7〜10点の割合\","));
    let english = list.to_csv(&survey, Language::En);
    assert!(english.contains("\"The national mean is a synthetic sample (not real centres' data)\""));
    // Without a benchmark there is nothing to label.
    let plain = ResultList::build(&survey, &tallies, None, None, 5).unwrap();
    assert!(!plain.synthetic_benchmark);
    assert!(!plain.to_csv(&survey, Language::Ja).contains("合成サンプル"));
}
