//! Attacks on the release rule, the way a curious manager or organiser would try them: over many
//! seeded random centres (groups of 0-20 people, skipped answers, two attributes), everything the
//! result list and the export publish is collected, and then every subtraction an attacker can
//! make — within a row, against the whole centre, between two consecutive exports, and between
//! an export and a file it took in — is worked out. Any figure about 1 to `minimum - 1` people
//! that follows fails the test.

mod common;

use common::*;
use serde_json::json;
use yorisoi_domain::benchmark::Measure;
use yorisoi_domain::distribution::distributions;
use yorisoi_domain::enps::{Enps, RECOMMEND_ITEM};
use yorisoi_domain::export::{AggregateExport, ExportError, ExportInput};
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::profile::CentreProfile;
use yorisoi_domain::release::Release;
use yorisoi_domain::result_list::{Cell, ResultList};
use yorisoi_domain::team_rates::team_response_rates;
use yorisoi_domain::{Answers, Response, Scores, SurveyDefinition};

const MINIMUM: u32 = 5;

/// A small deterministic generator (SplitMix64), so every run attacks the same centres.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Two attributes: role (2 groups) and shift (3 groups), each sometimes skipped.
fn survey() -> SurveyDefinition {
    let mut definition = small_definition();
    definition["scales"]["shift"] = json!({ "type": "choice", "options": [
        { "value": 1, "label": text("早番", "Early") },
        { "value": 2, "label": text("遅番", "Late") },
        { "value": 3, "label": text("夜勤", "Night") } ] });
    definition["sections"][1]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "shift", "kind": "attribute", "scale": "shift", "text": text("勤務", "Shift") }));
    parse(&definition)
}

/// One random respondent: each item skipped now and then.
fn person(survey: &SurveyDefinition, random: &mut Seeded) -> Answers {
    let mut pick = |range: u64, skip_one_in: u64| -> Option<u8> {
        (random.below(skip_one_in) != 0).then(|| random.below(range) as u8)
    };
    let kgi = pick(11, 12);
    let lg1 = pick(5, 8).map(|v| v + 1);
    let mr1 = pick(5, 6).map(|v| v + 1);
    let role = pick(2, 7).map(|v| v + 1);
    let shift = pick(3, 7).map(|v| v + 1);
    respondent(
        survey,
        &[
            ("kgi", kgi),
            ("lg1", lg1),
            ("mr1", mr1),
            ("role", role),
            ("shift", shift),
        ],
    )
}

/// A centre whose groups have 0-20 people each (role × shift drawn independently).
fn centre(survey: &SurveyDefinition, random: &mut Seeded) -> Vec<Answers> {
    let size = 5 + random.below(40) as usize;
    (0..size).map(|_| person(survey, random)).collect()
}

fn responses(prefix: u64, answers: &[Answers]) -> Vec<Response> {
    answers
        .iter()
        .enumerate()
        .map(|(index, answers)| Response {
            id: format!("{:08x}{index:08x}", prefix as u32),
            submitted_at_ms: 0,
            answers: answers.clone(),
        })
        .collect()
}

fn attributes() -> Vec<String> {
    vec!["role".to_owned(), "shift".to_owned()]
}

/// What an attacker reads from a released table: per (attribute, row), the whole's n, each
/// shown group's n (`None` where hidden).
type Row = (u64, Vec<Option<u64>>);

/// The true counts behind a release, for the checks below: per split and row, the whole's n
/// and each group's n, for rows `sizes` (respondents) and each released item.
fn published(
    survey: &SurveyDefinition,
    tallies: &GroupTallies,
    release: &Release,
) -> Vec<(String, usize, Row)> {
    let mut rows = Vec::new();
    for (split, split_release) in tallies.splits.iter().zip(&release.splits) {
        let sizes: Vec<Option<u64>> = split
            .groups
            .iter()
            .zip(&split_release.groups)
            .map(|((_, _, tally), group)| {
                (group.shown || group.empty).then_some(u64::from(tally.respondents))
            })
            .collect();
        rows.push((
            split.attribute.clone(),
            usize::MAX,
            (u64::from(tallies.whole.respondents), sizes),
        ));
        for item in 0..survey.choice_item_count() {
            if !release.items[item] {
                continue;
            }
            let cells: Vec<Option<u64>> = split
                .groups
                .iter()
                .zip(&split_release.groups)
                .map(|((_, _, tally), group)| {
                    (group.empty || group.items[item]).then_some(u64::from(tally.answered(item)))
                })
                .collect();
            rows.push((
                split.attribute.clone(),
                item,
                (u64::from(tallies.whole.answered(item)), cells),
            ));
        }
    }
    rows
}

/// Within one table: no shown cell is about 1 to m-1 people, and what the shown cells leave of
/// the whole (the hidden cells and those who skipped the attribute) is nobody or at least m.
fn assert_row_safe(what: &str, (whole, cells): &Row) {
    let unsafe_count = |n: u64| n > 0 && n < u64::from(MINIMUM);
    for n in cells.iter().flatten() {
        assert!(!unsafe_count(*n), "{what}: a shown cell of {n}");
    }
    let shown: u64 = cells.iter().flatten().sum();
    let rest = whole - shown;
    assert!(
        !unsafe_count(rest),
        "{what}: the whole minus the shown cells leaves {rest}"
    );
}

#[test]
fn no_subtraction_within_a_row_or_against_the_whole_gives_a_small_group() {
    let survey = survey();
    let mut random = Seeded(2026);
    for round in 0..400 {
        let answers = centre(&survey, &mut random);
        let tallies = GroupTallies::of(&survey, &attributes(), &answers).unwrap();
        let Ok(release) = Release::of(&survey, &tallies, MINIMUM) else {
            assert!(tallies.whole.respondents < MINIMUM);
            continue;
        };
        for (attribute, item, row) in published(&survey, &tallies, &release) {
            assert_row_safe(&format!("round {round} {attribute} row {item}"), &row);
        }
        // Every whole-centre item shown is about at least m people.
        for (item, shown) in release.items.iter().enumerate() {
            let n = tallies.whole.answered(item);
            assert!(
                !*shown || n == 0 || n >= MINIMUM,
                "round {round}: whole item {item} of {n}"
            );
        }
    }
}

#[test]
fn the_result_list_never_shows_a_size_or_figure_about_fewer_than_the_minimum() {
    let survey = survey();
    let mut random = Seeded(7);
    for _ in 0..200 {
        let answers = centre(&survey, &mut random);
        let tallies = GroupTallies::of(&survey, &attributes(), &answers).unwrap();
        let Ok(list) = ResultList::build(&survey, &tallies, None, None, MINIMUM) else {
            continue;
        };
        for column in &list.columns {
            assert!(column.respondents.is_none_or(|n| n >= MINIMUM), "{column:?}");
        }
        for row in &list.rows {
            for cell in &row.cells {
                if let Cell::Figure { n, .. } = cell {
                    assert!(*n == 0 || *n >= MINIMUM, "{:?}: n = {n}", row.measure);
                }
            }
        }
    }
}

/// The case: a shift of exactly 5 where one person skipped every item of a factor.
#[test]
fn a_factor_is_hidden_where_an_item_is_and_its_row_is_protected() {
    let survey = survey();
    let mut answers = Vec::new();
    // Shift 1: five people, one of whom skipped lg1 (the only learning item).
    for index in 0..5 {
        let lg1 = (index != 0).then_some(4);
        answers.push(respondent(
            &survey,
            &[
                ("kgi", Some(7)),
                ("lg1", lg1),
                ("mr1", Some(4)),
                ("shift", Some(1)),
            ],
        ));
    }
    // Shift 2: twelve people; shift 3: nine.
    for _ in 0..12 {
        answers.push(respondent(
            &survey,
            &[
                ("kgi", Some(5)),
                ("lg1", Some(2)),
                ("mr1", Some(4)),
                ("shift", Some(2)),
            ],
        ));
    }
    for _ in 0..9 {
        answers.push(respondent(
            &survey,
            &[
                ("kgi", Some(6)),
                ("lg1", Some(5)),
                ("mr1", Some(2)),
                ("shift", Some(3)),
            ],
        ));
    }
    let tallies = GroupTallies::of(&survey, &["shift".to_owned()], &answers).unwrap();
    let list = ResultList::build(&survey, &tallies, None, None, MINIMUM).unwrap();
    let row = |id: &str| {
        list.rows
            .iter()
            .find(|row| format!("{:?}", row.measure).contains(id))
            .unwrap()
            .cells
            .clone()
    };
    // lg1 in shift 1: 4 answered, hidden; shift 3 (9, the smaller of the rest) hidden with it.
    let lg1 = row("lg1");
    assert_eq!(lg1[1], Cell::Hidden);
    assert_eq!(lg1[3], Cell::Hidden);
    assert!(matches!(lg1[2], Cell::Figure { n: 12, .. }));
    // The learning factor follows its item, cell by cell (n = the smallest item n).
    let factor = row("LearningGrowth");
    assert_eq!(factor[1], Cell::Hidden);
    assert_eq!(factor[3], Cell::Hidden);
    assert!(matches!(factor[2], Cell::Figure { n: 12, .. }));
    // mr1, answered by all five, is shown in every shift.
    assert!(row("\"mr1\"")
        .iter()
        .all(|cell| matches!(cell, Cell::Figure { .. })));
}

fn export(
    survey: &SurveyDefinition,
    device: &str,
    export_id: &str,
    own: &[Response],
    imports: &[AggregateExport],
    earlier: &[yorisoi_domain::export::ExportRecord],
) -> Result<(AggregateExport, yorisoi_domain::export::ExportRecord), ExportError> {
    AggregateExport::build(ExportInput {
        survey,
        device_id: device,
        export_id,
        created_at_ms: 1_764_400_000_000,
        profile: &CentreProfile::default(),
        centre_id: "cececececececece",
        minimum: MINIMUM,
        responses: own,
        transferred_from: Vec::new(),
        imports,
        earlier,
        representative: None,
    })
}

/// What an attacker reads from an export: per place (whole or group) and row, the n.
fn cells_of(file: &AggregateExport) -> Vec<(String, String, u64)> {
    let mut out = Vec::new();
    for cell in &file.cells {
        let place = cell
            .group
            .as_ref()
            .map_or("whole".to_owned(), |g| format!("{}={}", g.attribute, g.value));
        out.push((
            place.clone(),
            "respondents".to_owned(),
            u64::from(cell.respondents),
        ));
        for (item, counts) in &cell.items {
            let n = counts.counts.values().map(|c| u64::from(*c)).sum();
            out.push((place.clone(), item.clone(), n));
        }
    }
    out
}

/// Every cell both files show differs by nobody or by at least m; so does every residual
/// (the whole minus the shown groups) of every attribute.
fn assert_difference_safe(what: &str, older: &AggregateExport, newer: &AggregateExport) {
    let unsafe_count = |n: i64| n != 0 && n.unsigned_abs() < u64::from(MINIMUM);
    let old = cells_of(older);
    for (place, item, n) in cells_of(newer) {
        if let Some((_, _, then)) = old.iter().find(|(p, i, _)| *p == place && *i == item) {
            let change = n as i64 - *then as i64;
            assert!(
                !unsafe_count(change),
                "{what}: {place} {item} changed by {change}"
            );
        }
    }
    // Residuals: whole minus the shown groups of an attribute, item by item.
    let residual = |file: &AggregateExport, attribute: &str, item: &str| -> Option<i64> {
        let cells = cells_of(file);
        let whole = cells.iter().find(|(p, i, _)| p == "whole" && i == item)?.2 as i64;
        let shown: i64 = cells
            .iter()
            .filter(|(p, i, _)| p.starts_with(&format!("{attribute}=")) && i == item)
            .map(|(_, _, n)| *n as i64)
            .sum();
        Some(whole - shown)
    };
    for attribute in ["role", "shift"] {
        for item in ["respondents", "kgi", "lg1", "mr1"] {
            // Only where both files show the same groups is the residual's change readable.
            let groups = |file: &AggregateExport| -> Vec<String> {
                cells_of(file)
                    .into_iter()
                    .filter(|(p, i, _)| p.starts_with(&format!("{attribute}=")) && i == item)
                    .map(|(p, _, _)| p)
                    .collect()
            };
            if groups(older) != groups(newer) {
                continue;
            }
            if let (Some(then), Some(now)) =
                (residual(older, attribute, item), residual(newer, attribute, item))
            {
                let change = now - then;
                assert!(
                    !unsafe_count(change),
                    "{what}: {attribute} residual of {item} changed by {change}"
                );
            }
        }
    }
}

#[test]
fn two_consecutive_exports_cannot_be_differenced() {
    let survey = survey();
    let mut random = Seeded(99);
    let mut refused_few = 0;
    for round in 0..150u64 {
        let first = centre(&survey, &mut random);
        let mut own = responses(round, &first);
        let Ok((older, record)) = export(&survey, "aaaaaaaaaaaaaaaa", "1111111111111111", &own, &[], &[])
        else {
            continue;
        };
        // Between 1 and 15 more people answer, one of them "known" to the attacker.
        let more = 1 + random.below(15) as usize;
        let extra: Vec<Answers> = (0..more).map(|_| person(&survey, &mut random)).collect();
        own.extend(responses(round + 1_000_000, &extra));
        match export(
            &survey,
            "aaaaaaaaaaaaaaaa",
            "2222222222222222",
            &own,
            &[],
            std::slice::from_ref(&record),
        ) {
            Err(ExportError::TooFewSince { respondents, .. }) => {
                assert!(respondents < MINIMUM);
                refused_few += 1;
            }
            Err(other) => panic!("round {round}: {other}"),
            Ok((newer, _)) => {
                assert!(
                    more as u32 >= MINIMUM,
                    "round {round}: {more} new people exported"
                );
                assert_eq!(newer.supersedes.as_deref(), Some("1111111111111111"));
                assert_difference_safe(&format!("round {round}"), &older, &newer);
            }
        }
    }
    assert!(refused_few > 0, "some rounds had too few new people");
}

#[test]
fn an_export_minus_a_file_it_took_in_gives_no_small_group() {
    let survey = survey();
    let mut random = Seeded(5);
    for round in 0..150u64 {
        let b_answers = centre(&survey, &mut random);
        let Ok((b, _)) = export(
            &survey,
            "bbbbbbbbbbbbbbbb",
            "2222222222222222",
            &responses(round, &b_answers),
            &[],
            &[],
        ) else {
            continue;
        };
        let own_count = random.below(12) as usize;
        let own_answers: Vec<Answers> = (0..own_count).map(|_| person(&survey, &mut random)).collect();
        let own = responses(round + 5_000_000, &own_answers);
        match export(
            &survey,
            "aaaaaaaaaaaaaaaa",
            "1111111111111111",
            &own,
            std::slice::from_ref(&b),
            &[],
        ) {
            Err(ExportError::OwnTooFew { respondents, .. }) => {
                assert!(respondents > 0 && respondents < MINIMUM)
            }
            Err(other) => panic!("round {round}: {other}"),
            Ok((combined, _)) => assert_difference_safe(&format!("round {round}"), &b, &combined),
        }
    }
}

#[test]
fn no_attribute_and_no_group_sums_against_the_kgi_leave_the_kiosk() {
    let survey = survey();
    let mut random = Seeded(11);
    for round in 0..100u64 {
        let answers = centre(&survey, &mut random);
        let Ok((file, _)) = export(
            &survey,
            "aaaaaaaaaaaaaaaa",
            "1111111111111111",
            &responses(round, &answers),
            &[],
            &[],
        ) else {
            continue;
        };
        for cell in &file.cells {
            assert!(!cell.items.contains_key("role") && !cell.items.contains_key("shift"));
            if cell.group.is_some() {
                assert!(cell.items.values().all(|item| item.kgi_pairs.is_none()));
            }
        }
        // Where the whole centre's sums are written, those who answered only one of the item
        // and the KGI are nobody or at least m.
        let whole = file.whole_cell().unwrap();
        let kgi_n: u64 = whole
            .items
            .get("kgi")
            .map_or(0, |kgi| kgi.counts.values().map(|c| u64::from(*c)).sum());
        for (id, item) in &whole.items {
            let Some(pairs) = item.kgi_pairs else { continue };
            let item_n: u64 = item.counts.values().map(|c| u64::from(*c)).sum();
            for only_one in [item_n - u64::from(pairs.n), kgi_n - u64::from(pairs.n)] {
                assert!(
                    only_one == 0 || only_one >= u64::from(MINIMUM),
                    "{id}: {only_one}"
                );
            }
        }
    }
}

/// The attack survey with its second attribute named `team` (for the team response rates) and
/// the 0-10 would-recommend question (for eNPS), answered by each person now and then.
fn survey_with_teams_and_enps() -> SurveyDefinition {
    let mut definition = small_definition();
    add_teams(&mut definition);
    definition["sections"][1]["items"].as_array_mut().unwrap().push(
        json!({ "id": "recommend", "kind": "outcome", "scale": "score0to10", "text": text("推奨", "Recommend") }),
    );
    parse(&definition)
}

/// The answer distribution, eNPS and the team response rates come from the release the result
/// list uses, and say nothing it does not: every figure is about nobody or at least m people,
/// nothing the rule hides appears, and a team's rate counts only respondents the list shows.
#[test]
fn distribution_enps_and_team_rates_say_nothing_the_list_does_not() {
    let survey = survey_with_teams_and_enps();
    let split = vec!["role".to_owned(), "team".to_owned()];
    let recommend = survey.choice_position(RECOMMEND_ITEM).unwrap();
    let mut random = Seeded(13);
    let (mut shown_rates, mut shown_enps) = (0, 0);
    for round in 0..300 {
        let people: Vec<Answers> = (0..5 + random.below(40))
            .map(|_| {
                let mut pick = |range: u64, skip_one_in: u64| -> Option<u8> {
                    (random.below(skip_one_in) != 0).then(|| random.below(range) as u8)
                };
                let answers = [
                    ("kgi", pick(11, 12)),
                    ("lg1", pick(5, 8).map(|v| v + 1)),
                    ("mr1", pick(5, 6).map(|v| v + 1)),
                    ("role", pick(2, 7).map(|v| v + 1)),
                    ("team", pick(3, 7).map(|v| v + 1)),
                    ("recommend", pick(11, 5)),
                ];
                respondent(&survey, &answers)
            })
            .collect();
        let tallies = GroupTallies::of(&survey, &split, &people).unwrap();
        let Ok(release) = Release::of(&survey, &tallies, MINIMUM) else {
            continue;
        };
        // As the app passes them (the released scores), and raw: each figure's own gate holds too.
        for scores in [
            release.whole_scores(&survey, &tallies.whole),
            Scores::from_tally(&survey, &tallies.whole),
        ] {
            let answered = |item: &str| tallies.whole.answered(survey.choice_position(item).unwrap());

            for row in distributions(&survey, &scores, &release) {
                let Some(leanings) = row.leanings else { continue };
                assert!(
                    leanings.n >= MINIMUM,
                    "round {round}: {:?} of {}",
                    row.measure,
                    leanings.n
                );
                match &row.measure {
                    Measure::Item(id) => {
                        assert!(
                            release.items[survey.choice_position(id).unwrap()],
                            "round {round}: hidden {id} shown"
                        );
                        assert_eq!(leanings.n, answered(id), "round {round}: {id}");
                    }
                    Measure::Kgi => assert_eq!(leanings.n, answered("kgi"), "round {round}: kgi"),
                    Measure::Factor(factor) => assert!(
                        release.factor_shown(&survey, *factor),
                        "round {round}: {factor:?}"
                    ),
                }
            }

            match Enps::released(&survey, &scores, &release) {
                Some(enps) => {
                    shown_enps += 1;
                    assert!(
                        release.items[recommend] && enps.n >= MINIMUM,
                        "round {round}: eNPS of {}",
                        enps.n
                    );
                    assert_eq!(enps.n, tallies.whole.answered(recommend), "round {round}");
                }
                None => assert!(
                    !release.items[recommend] || tallies.whole.answered(recommend) < MINIMUM,
                    "round {round}: eNPS withheld though released"
                ),
            }
        }

        let list = ResultList::build(&survey, &tallies, None, None, MINIMUM).unwrap();
        let mut profile = CentreProfile::default();
        profile.team_headcounts = (1..=3).map(|team| (team, 30)).collect();
        let team_sizes = tallies
            .splits
            .iter()
            .find(|split| split.attribute == "team")
            .unwrap();
        for (team, share) in team_response_rates(&list, &profile) {
            shown_rates += 1;
            let listed = list
                .columns
                .iter()
                .find(|column| column.attribute.as_deref() == Some("team") && column.value == Some(team))
                .and_then(|column| column.respondents);
            assert_eq!(
                listed,
                Some(share.count),
                "round {round}: team {team} rate not from the list"
            );
            let (_, _, tally) = team_sizes
                .groups
                .iter()
                .find(|(value, _, _)| *value == team)
                .unwrap();
            assert_eq!(share.count, tally.respondents, "round {round}: team {team}");
            assert!(
                share.count >= MINIMUM,
                "round {round}: team {team} of {}",
                share.count
            );
        }
    }
    // The attack reached the figures it attacks, not only centres where all are hidden.
    assert!(
        shown_rates > 50 && shown_enps > 100,
        "rates {shown_rates}, eNPS {shown_enps}"
    );
}
