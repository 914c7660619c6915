//! Well-being against outcomes: customer satisfaction regressed on happiness across centres,
//! and turnover in centres above and below the mean happiness.
//!
//! Exactly: a centre's happiness is its mean KGI (0-10). The regression is ordinary least
//! squares of customer satisfaction (%) on happiness over the centres that gave both:
//! slope = Sxy / Sxx, intercept = ȳ − slope·x̄, R² = Sxy² / (Sxx·Syy). The happiness threshold
//! is the mean of every analysed centre's mean happiness (each centre once, the national mean as
//! the trend defines it); a centre at or above it is "above", one under it "below". A group's
//! turnover is the plain mean of its centres' turnover rates (each centre once), over the
//! centres that gave one.

use super::CentreFigures;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Regression {
    pub centres: u32,
    pub slope: f64,
    pub intercept: f64,
    pub r_squared: f64,
}

/// Least squares of y on x; `None` under three points or where x or y does not vary.
pub fn regression(points: &[(f64, f64)]) -> Option<Regression> {
    if points.len() < 3 {
        return None;
    }
    let n = points.len() as f64;
    let x_mean = points.iter().map(|(x, _)| x).sum::<f64>() / n;
    let y_mean = points.iter().map(|(_, y)| y).sum::<f64>() / n;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (x, y) in points {
        sxx += (x - x_mean).powi(2);
        syy += (y - y_mean).powi(2);
        sxy += (x - x_mean) * (y - y_mean);
    }
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    Some(Regression {
        centres: points.len() as u32,
        slope,
        intercept: y_mean - slope * x_mean,
        r_squared: sxy * sxy / (sxx * syy),
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupMean {
    pub centres: u32,
    pub mean: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Turnover {
    /// The mean happiness that divides the groups.
    pub threshold: f64,
    pub above: Option<GroupMean>,
    pub below: Option<GroupMean>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcomes {
    /// Centres with a happiness mean.
    pub centres: u32,
    pub satisfaction: Option<Regression>,
    pub turnover: Turnover,
}

fn group_mean(values: &[f64]) -> Option<GroupMean> {
    (!values.is_empty()).then(|| GroupMean {
        centres: values.len() as u32,
        mean: values.iter().sum::<f64>() / values.len() as f64,
    })
}

/// `None` when no centre has a happiness mean.
pub fn outcomes(centres: &[CentreFigures]) -> Option<Outcomes> {
    let happy: Vec<(f64, &CentreFigures)> = centres
        .iter()
        .filter_map(|centre| centre.kgi_mean.map(|mean| (mean, centre)))
        .collect();
    if happy.is_empty() {
        return None;
    }
    let threshold = happy.iter().map(|(mean, _)| mean).sum::<f64>() / happy.len() as f64;
    let satisfaction: Vec<(f64, f64)> = happy
        .iter()
        .filter_map(|(mean, centre)| centre.customer_satisfaction.map(|cs| (*mean, cs)))
        .collect();
    let turnover = |above: bool| -> Vec<f64> {
        happy
            .iter()
            .filter(|(mean, _)| (*mean >= threshold) == above)
            .filter_map(|(_, centre)| centre.turnover_rate)
            .collect()
    };
    Some(Outcomes {
        centres: happy.len() as u32,
        satisfaction: regression(&satisfaction),
        turnover: Turnover {
            threshold,
            above: group_mean(&turnover(true)),
            below: group_mean(&turnover(false)),
        },
    })
}
