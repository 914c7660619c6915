//! Each team's response rate: the team's respondents over the headcount the representative
//! entered for it. Only for a team the result list shows (the release rule already lets its
//! respondent count out), so a rate never says more than the list does.

use crate::profile::CentreProfile;
use crate::result_list::ResultList;
use crate::scoring::Share;

/// The survey attribute that names a respondent's team.
pub const TEAM_ATTRIBUTE: &str = "team";

/// Per team column of `list` (its option value) whose size is shown and whose headcount is
/// entered: respondents of headcount. Teams hidden by the rule, or without a headcount, have none.
pub fn team_response_rates(list: &ResultList, profile: &CentreProfile) -> Vec<(u8, Share)> {
    list.columns
        .iter()
        .filter(|column| column.attribute.as_deref() == Some(TEAM_ATTRIBUTE))
        .filter_map(|column| {
            let value = column.value?;
            let respondents = column.respondents?;
            let headcount = *profile.team_headcounts.get(&value)?;
            Some((
                value,
                Share {
                    count: respondents,
                    of: headcount,
                },
            ))
        })
        .collect()
}
