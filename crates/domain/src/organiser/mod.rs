//! The central organiser's analyses across centres: the award, the trend across years, and
//! well-being against customer satisfaction and turnover. Each works on plain figures per
//! centre, so every rule is tested natively with hand-computed values.

pub mod award;
pub mod outcomes;
pub mod trend;

use crate::benchmark::SizeCategory;
use crate::export::AggregateExport;
use crate::survey::SurveyDefinition;
use crate::Scores;

/// What the analyses need of one centre's export.
#[derive(Debug, Clone, PartialEq)]
pub struct CentreFigures {
    pub centre: String,
    pub export_id: String,
    pub size: SizeCategory,
    pub respondents: u32,
    pub headcount: Option<u32>,
    /// The centre's mean happiness (KGI, 0-10); `None` when nobody answered it.
    pub kgi_mean: Option<f64>,
    /// 0-100 %, from the centre profile.
    pub customer_satisfaction: Option<f64>,
    pub turnover_rate: Option<f64>,
}

impl CentreFigures {
    pub fn of(export: &AggregateExport, survey: &SurveyDefinition) -> CentreFigures {
        let whole = export.whole(survey);
        CentreFigures {
            centre: export.centre.name.clone(),
            export_id: export.export_id.clone(),
            size: export.centre.size,
            respondents: whole.respondents,
            headcount: export.centre.headcount,
            kgi_mean: Scores::from_tally(survey, &whole)
                .kgi()
                .and_then(|kgi| kgi.mean()),
            customer_satisfaction: export.centre.customer_satisfaction.map(f64::from),
            turnover_rate: export.centre.turnover_rate.map(f64::from),
        }
    }

    /// Respondents as a percentage of the headcount.
    pub fn response_rate(&self) -> Option<f64> {
        self.headcount
            .filter(|headcount| *headcount > 0)
            .map(|headcount| 100.0 * f64::from(self.respondents) / f64::from(headcount))
    }
}

/// The mean and population standard deviation of centre values, as the benchmark's summary
/// computes them; `None` for no values.
pub fn mean_and_sd(values: &[f64]) -> Option<(f64, f64)> {
    crate::benchmark::Summary::of(values).map(|summary| (summary.mean, summary.sd))
}
