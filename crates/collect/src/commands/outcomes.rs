//! `outcomes FILES... [--format csv|json] [-o FILE] [--charts DIR]`: customer satisfaction
//! regressed on happiness across centres, and turnover above and below the mean happiness
//! (definitions in the domain's `organiser::outcomes`). The charts `outcomes-satisfaction.svg`
//! and `outcomes-turnover.svg`.

use std::path::{Path, PathBuf};

use yorisoi_collect::charts;
use yorisoi_domain::organiser::outcomes::{outcomes, GroupMean};

use crate::exports::{self};
use crate::failure::Failure;
use crate::output::{fixed, rounded, summary, ChartArgs, TableArgs};

#[derive(clap::Args)]
pub struct Args {
    /// The centres' exports, one per centre.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    table: TableArgs,
    #[command(flatten)]
    charts: ChartArgs,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let centres = exports::read_centres(&args.files, &survey);
    let Some(result) = outcomes(&centres) else {
        summary(centres.len(), args.files.len());
        return Err(Failure::NoHappiness);
    };
    let mut rows = vec![["figure", "value", "centres"].map(String::from).to_vec()];
    let mut figure = |name: &str, value: Option<(f64, usize)>, centres: Option<u32>| {
        rows.push(vec![
            name.to_owned(),
            value.map(|(v, decimals)| fixed(v, decimals)).unwrap_or_default(),
            centres.map(|n| n.to_string()).unwrap_or_default(),
        ]);
    };
    let fit = result.satisfaction;
    let n = fit.map(|fit| fit.centres);
    figure(
        "happiness_threshold",
        Some((result.turnover.threshold, 2)),
        Some(result.centres),
    );
    figure("satisfaction_slope", fit.map(|f| (f.slope, 2)), n);
    figure("satisfaction_intercept", fit.map(|f| (f.intercept, 2)), n);
    figure("satisfaction_r_squared", fit.map(|f| (f.r_squared, 3)), n);
    let group = |g: Option<GroupMean>| (g.map(|g| (g.mean, 1)), g.map(|g| g.centres));
    let (above, above_n) = group(result.turnover.above);
    figure("turnover_at_or_above_mean_percent", above, above_n);
    let (below, below_n) = group(result.turnover.below);
    figure("turnover_below_mean_percent", below, below_n);
    let group_json = |g: Option<GroupMean>| {
        g.map(|g| serde_json::json!({"centres": g.centres, "mean_percent": rounded(g.mean, 1)}))
    };
    let json = serde_json::json!({
        "centres": result.centres,
        "happiness_threshold": rounded(result.turnover.threshold, 2),
        "satisfaction": fit.map(|fit| serde_json::json!({
            "centres": fit.centres,
            "slope": rounded(fit.slope, 2),
            "intercept": rounded(fit.intercept, 2),
            "r_squared": rounded(fit.r_squared, 3),
        })),
        "turnover": {
            "at_or_above_mean": group_json(result.turnover.above),
            "below_mean": group_json(result.turnover.below),
        },
    });
    args.table.emit(&rows, &json)?;
    args.charts.write(|| {
        let points: Vec<(f64, f64)> = centres
            .iter()
            .filter_map(|c| Some((c.kgi_mean?, c.customer_satisfaction?)))
            .collect();
        Ok(vec![
            (
                "outcomes-satisfaction.svg",
                charts::satisfaction(&points, fit.as_ref())?,
            ),
            ("outcomes-turnover.svg", charts::turnover(&result.turnover)?),
        ])
    })?;
    summary(centres.len(), args.files.len());
    Ok(())
}
