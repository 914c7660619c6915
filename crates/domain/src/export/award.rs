//! The award ranking over centres' exports.

use super::format::AggregateExport;
use crate::benchmark::{CentreValues, SizeCategory};
use crate::scoring::Scores;
use crate::survey::SurveyDefinition;

/// One centre in the award ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct AwardRow {
    pub size: SizeCategory,
    /// Within the size category; equal means share a rank.
    pub rank: u32,
    pub top_seven: bool,
    pub centre: String,
    pub export_id: String,
    pub respondents: u32,
    pub kgi_mean: f64,
}

/// Centres ranked by KGI mean within each size category (equal means share a rank: 1, 2, 2, 4);
/// the top 7 of each are honoured. A centre with no KGI answer is left out.
pub fn award_ranking(survey: &SurveyDefinition, files: &[AggregateExport]) -> Vec<AwardRow> {
    let mut rows = Vec::new();
    for size in SizeCategory::ALL {
        let mut centres: Vec<(f64, &AggregateExport, u32)> = files
            .iter()
            .filter(|file| file.centre.size == size)
            .filter_map(|file| {
                let whole = file.whole(survey);
                let scores = Scores::from_tally(survey, &whole);
                Some((scores.kgi()?.mean()?, file, whole.respondents))
            })
            .collect();
        centres.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.centre.name.cmp(&b.1.centre.name)));
        for (index, (mean, file, respondents)) in centres.iter().enumerate() {
            let rank = 1 + centres
                .iter()
                .take(index)
                .filter(|(other, _, _)| other > mean)
                .count() as u32;
            rows.push(AwardRow {
                size,
                rank,
                top_seven: rank <= 7,
                centre: file.centre.name.clone(),
                export_id: file.export_id.clone(),
                respondents: *respondents,
                kgi_mean: *mean,
            });
        }
    }
    rows
}

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
