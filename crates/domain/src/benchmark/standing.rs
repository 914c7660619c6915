//! Summaries of the benchmark centres' values, and where one centre stands among them.

use serde::{Deserialize, Serialize};

/// Mean, standard deviation and quantiles of a set of centre values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub centres: u32,
    pub mean: f64,
    /// Population standard deviation.
    pub sd: f64,
    pub median: f64,
    /// The top quartile's threshold (75th percentile).
    pub p75: f64,
    /// The top 10%'s threshold (90th percentile).
    pub p90: f64,
}

impl Summary {
    /// `None` for no values.
    pub fn of(values: &[f64]) -> Option<Summary> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len() as f64;
        let mean = sorted.iter().sum::<f64>() / n;
        let sd = (sorted.iter().map(|value| (value - mean).powi(2)).sum::<f64>() / n).sqrt();
        Some(Summary {
            centres: sorted.len() as u32,
            mean,
            sd,
            median: quantile(&sorted, 0.5),
            p75: quantile(&sorted, 0.75),
            p90: quantile(&sorted, 0.9),
        })
    }
}

/// The `q` quantile of sorted values, interpolating linearly between the two nearest ranks
/// (the common "type 7" definition).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    sorted[below] + (sorted[above] - sorted[below]) * (position - below as f64)
}

/// Where one centre's value stands among the benchmark centres' values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    pub value: f64,
    /// 1 + the benchmark centres with a higher value.
    pub rank: u32,
    /// The benchmark centres plus this one.
    pub of: u32,
    /// The share of benchmark centres below this value, ties counting half, in percent.
    pub percentile: f64,
    /// 偏差値: 50 + 10 z, with z from the benchmark's mean and population standard deviation.
    pub deviation: f64,
    /// Value minus the benchmark mean.
    pub difference: f64,
    pub summary: Summary,
}

impl Standing {
    pub fn among(value: f64, peers: &[f64]) -> Option<Standing> {
        let summary = Summary::of(peers)?;
        let higher = peers.iter().filter(|peer| **peer > value).count();
        let lower = peers.iter().filter(|peer| **peer < value).count();
        let ties = peers.len() - higher - lower;
        let z = if summary.sd > 0.0 {
            (value - summary.mean) / summary.sd
        } else {
            0.0
        };
        Some(Standing {
            value,
            rank: higher as u32 + 1,
            of: peers.len() as u32 + 1,
            percentile: (lower as f64 + ties as f64 / 2.0) * 100.0 / peers.len() as f64,
            deviation: 50.0 + 10.0 * z,
            difference: value - summary.mean,
            summary,
        })
    }
}
