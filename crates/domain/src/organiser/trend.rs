//! Happiness across years, as the diagnosis publishes it: per year the national mean, the number
//! of centres and respondents, and the "high" and "low" groups.
//!
//! Exactly: the national mean and SD are the mean and the population standard deviation of the
//! centres' mean happiness (each centre counts once, as in the benchmark's summary). The high
//! group is every centre whose mean is at or above mean + 1 SD, the low group every centre at or
//! below mean - 1 SD (both inclusive). A group's figure is the respondent-weighted mean of its
//! centres' means, Σ(n·mean) / Σn: the mean of every respondent in those centres. The gap is
//! high minus low.

use std::fmt;

use super::mean_and_sd;
use crate::benchmark::{Measure, Snapshot};

/// One centre of one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CentreMean {
    pub respondents: u32,
    pub mean: f64,
}

/// A group of centres and its respondent-weighted mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupFigure {
    pub centres: u32,
    pub respondents: u32,
    pub weighted_mean: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearFigures {
    pub year: String,
    pub centres: u32,
    pub respondents: u32,
    pub national_mean: f64,
    pub sd: f64,
    pub high: Option<GroupFigure>,
    pub low: Option<GroupFigure>,
}

impl YearFigures {
    pub fn gap(&self) -> Option<f64> {
        Some(self.high?.weighted_mean - self.low?.weighted_mean)
    }
}

fn group(centres: &[&CentreMean]) -> Option<GroupFigure> {
    let respondents: u32 = centres.iter().map(|centre| centre.respondents).sum();
    if respondents == 0 {
        return None;
    }
    let weighted: f64 = centres
        .iter()
        .map(|centre| f64::from(centre.respondents) * centre.mean)
        .sum();
    Some(GroupFigure {
        centres: centres.len() as u32,
        respondents,
        weighted_mean: weighted / f64::from(respondents),
    })
}

/// One year's figures; `None` for no centres.
pub fn year_figures(year: &str, centres: &[CentreMean]) -> Option<YearFigures> {
    let means: Vec<f64> = centres.iter().map(|centre| centre.mean).collect();
    let (mean, sd) = mean_and_sd(&means)?;
    let high: Vec<&CentreMean> = centres.iter().filter(|c| c.mean >= mean + sd).collect();
    let low: Vec<&CentreMean> = centres.iter().filter(|c| c.mean <= mean - sd).collect();
    Some(YearFigures {
        year: year.to_owned(),
        centres: centres.len() as u32,
        respondents: centres.iter().map(|centre| centre.respondents).sum(),
        national_mean: mean,
        sd,
        high: group(&high),
        low: group(&low),
    })
}

/// Why a snapshot cannot give a year's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendError {
    /// Built before snapshots listed each centre's respondents: no weighted mean is possible.
    NoCentreRespondents,
    NoHappiness,
}

impl fmt::Display for TrendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrendError::NoCentreRespondents => f.write_str(
                "the snapshot does not list each centre's respondents (built by an earlier version); rebuild it from the exports",
            ),
            TrendError::NoHappiness => f.write_str("the snapshot has no happiness (kgi) values"),
        }
    }
}

/// The centres of a snapshot, those with a happiness value.
pub fn snapshot_centres(snapshot: &Snapshot) -> Result<Vec<CentreMean>, TrendError> {
    if snapshot.centre_respondents.is_empty() {
        return Err(TrendError::NoCentreRespondents);
    }
    let values = &snapshot
        .measures
        .get(&Measure::Kgi.key())
        .ok_or(TrendError::NoHappiness)?
        .values;
    Ok(values
        .iter()
        .zip(&snapshot.centre_respondents)
        .filter_map(|(mean, respondents)| {
            mean.map(|mean| CentreMean {
                respondents: *respondents,
                mean,
            })
        })
        .collect())
}
