mod common;

use common::*;
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::profile::{CentreProfile, ProfileError};
use yorisoi_domain::result_list::ResultList;
use yorisoi_domain::team_rates::team_response_rates;
use yorisoi_domain::{Share, SurveyDefinition};

/// The small survey with a team attribute of three teams.
fn with_teams() -> SurveyDefinition {
    let mut definition = small_definition();
    add_teams(&mut definition);
    parse(&definition)
}

/// Rates of a centre with `sizes[i]` people in team i + 1, minimum 5.
fn rates(sizes: &[usize], headcounts: &[(u8, u32)]) -> Vec<(u8, Share)> {
    let survey = with_teams();
    let people: Vec<_> = sizes
        .iter()
        .enumerate()
        .flat_map(|(index, &size)| {
            let team = index as u8 + 1;
            (0..size).map(move |_| team)
        })
        .map(|team| respondent(&survey, &[("kgi", Some(7)), ("team", Some(team))]))
        .collect();
    let tallies = GroupTallies::of(&survey, &["team".to_owned()], &people).unwrap();
    let list = ResultList::build(&survey, &tallies, None, None, 5).unwrap();
    let mut profile = CentreProfile::default();
    profile.team_headcounts = headcounts.iter().copied().collect();
    team_response_rates(&list, &profile)
}

#[test]
fn a_shown_team_with_a_headcount_has_its_rate() {
    // Teams of 6 and 5 are shown: 6 of 8 (75.0%) and 5 of 10 (50.0%); team C is empty.
    let found = rates(&[6, 5, 0], &[(1, 8), (2, 10), (3, 4)]);
    assert_eq!(
        found,
        [(1, Share { count: 6, of: 8 }), (2, Share { count: 5, of: 10 })]
    );
    assert_eq!(found[0].1.tenths(), Some(750));
}

#[test]
fn no_rate_for_a_team_the_rule_hides_or_without_a_headcount() {
    // 6, 5 and 2: team C (2) is hidden, and team B (5) too, else C follows by subtraction from
    // the whole centre's 13. Only team A keeps its rate, though all three have headcounts.
    assert_eq!(
        rates(&[6, 5, 2], &[(1, 8), (2, 10), (3, 4)]),
        [(1, Share { count: 6, of: 8 })]
    );
    // Team B shown but no headcount entered for it: no rate.
    assert_eq!(rates(&[6, 5, 0], &[(1, 8)]), [(1, Share { count: 6, of: 8 })]);
}

#[test]
fn team_headcounts_are_checked_and_optional_in_a_stored_profile() {
    let mut profile = CentreProfile::default();
    profile.team_headcounts.insert(1, 0);
    assert_eq!(
        profile.check(),
        Err(ProfileError::HeadcountOutOfRange { headcount: 0 })
    );
    profile.team_headcounts.insert(1, 12);
    assert_eq!(profile.check(), Ok(()));
    let stored = profile.to_record();
    assert_eq!(CentreProfile::from_record(&stored).unwrap(), profile);
    // A profile stored before team headcounts existed still reads, with none.
    let without = CentreProfile::default().to_record();
    assert!(!without.contains("team_headcounts"));
    assert!(CentreProfile::from_record(&without)
        .unwrap()
        .team_headcounts
        .is_empty());
}
