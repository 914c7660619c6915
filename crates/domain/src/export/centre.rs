//! A centre's export as one centre of a benchmark or an organiser's analysis.

use super::format::AggregateExport;
use crate::benchmark::CentreValues;
use crate::scoring::Scores;
use crate::survey::SurveyDefinition;

impl AggregateExport {
    /// This centre as one benchmark centre: its size and whole-centre scores.
    pub fn centre_values(&self, survey: &SurveyDefinition) -> CentreValues {
        let whole = self.whole(survey);
        CentreValues {
            size: self.centre.size,
            respondents: whole.respondents,
            scores: Scores::from_tally(survey, &whole),
        }
    }
}
