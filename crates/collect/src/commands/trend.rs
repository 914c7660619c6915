//! `trend [YEAR=]PATH... [--format csv|json] [-o FILE] [--charts DIR]`: per year the national
//! mean, the centres and respondents, and the high and low groups' respondent-weighted mean
//! happiness (definitions in the domain's `organiser::trend`). PATH is a benchmark snapshot
//! (built by this tool: it lists each centre's respondents) or a folder of that year's exports;
//! the year is YEAR, else the snapshot's date or the first export's. The chart `trend.svg`.

use std::path::{Path, PathBuf};

use yorisoi_collect::charts;
use yorisoi_collect::files::{printable, read_text};
use yorisoi_domain::organiser::trend::{
    snapshot_centres, year_figures, CentreMean, GroupFigure, YearFigures,
};
use yorisoi_domain::report::LOWEST_MIN_RESPONDENTS;
use yorisoi_domain::{Snapshot, SurveyDefinition};

use crate::exports::{self, shown, Echo, Repeats};
use crate::failure::Failure;
use crate::output::{fixed, rounded, ChartArgs, TableArgs};

#[derive(clap::Args)]
pub struct Args {
    /// A year's snapshot file or folder of exports, optionally as YEAR=PATH.
    #[arg(required = true, value_name = "[YEAR=]PATH")]
    years: Vec<String>,
    #[command(flatten)]
    table: TableArgs,
    #[command(flatten)]
    charts: ChartArgs,
}

/// One year's centres, and the year it says it is.
fn centres_of(path: &Path, survey: &SurveyDefinition) -> Result<(String, Vec<CentreMean>), Failure> {
    if path.is_dir() {
        let files = exports::json_files(path)?;
        let used = exports::read(&files, survey, Echo::Bad, Repeats::Refuse);
        eprintln!("{}: used {} of {} file(s)", shown(path), used.len(), files.len());
        let year = used
            .first()
            .map(|read| read.created_at.chars().take(4).collect())
            .unwrap_or_default();
        let centres = used
            .iter()
            .filter_map(|read| {
                let figures = exports::figures(read, survey);
                figures.kgi_mean.map(|mean| CentreMean {
                    respondents: figures.respondents,
                    mean,
                })
            })
            .collect();
        Ok((year, centres))
    } else {
        let json = read_text(path).map_err(|error| Failure::Read {
            path: path.to_owned(),
            error,
        })?;
        let snapshot = Snapshot::parse(&json, survey).map_err(Failure::Snapshot)?;
        let centres = snapshot_centres(&snapshot).map_err(Failure::Trend)?;
        // A centre below the lowest anonymity minimum cannot be in a snapshot this tool built;
        // one edited in is left out.
        let centres = centres
            .into_iter()
            .filter(|centre| centre.respondents >= LOWEST_MIN_RESPONDENTS)
            .collect();
        Ok((printable(&snapshot.created).chars().take(4).collect(), centres))
    }
}

fn group_json(group: Option<GroupFigure>) -> serde_json::Value {
    match group {
        Some(group) => serde_json::json!({
            "centres": group.centres,
            "respondents": group.respondents,
            "weighted_mean": rounded(group.weighted_mean, 2),
        }),
        None => serde_json::Value::Null,
    }
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let mut years: Vec<YearFigures> = Vec::new();
    for given in &args.years {
        let (year, path) = match given.split_once('=') {
            Some((year, path)) if !year.is_empty() && !Path::new(given).exists() => {
                (Some(year.to_owned()), PathBuf::from(path))
            }
            _ => (None, PathBuf::from(given)),
        };
        let outcome = centres_of(&path, &survey).and_then(|(found, centres)| {
            let label = year.clone().unwrap_or(found);
            year_figures(&label, &centres).ok_or(Failure::NoHappiness)
        });
        match outcome {
            Ok(figures) => years.push(figures),
            Err(reason) => eprintln!("BAD  {}: {reason} (skipped)", shown(&path)),
        }
    }
    eprintln!("used {} of {} year(s)", years.len(), args.years.len());
    if years.is_empty() {
        return Err(Failure::NoUsableYear);
    }
    years.sort_by(|a, b| a.year.cmp(&b.year));
    let mut rows = vec![[
        "year",
        "centres",
        "respondents",
        "national_mean",
        "sd",
        "high_centres",
        "high_respondents",
        "high_mean",
        "low_centres",
        "low_respondents",
        "low_mean",
        "gap",
    ]
    .map(String::from)
    .to_vec()];
    let group_cells = |group: Option<GroupFigure>| match group {
        Some(group) => vec![
            group.centres.to_string(),
            group.respondents.to_string(),
            fixed(group.weighted_mean, 2),
        ],
        None => vec![String::new(); 3],
    };
    for year in &years {
        let mut row = vec![
            year.year.clone(),
            year.centres.to_string(),
            year.respondents.to_string(),
            fixed(year.national_mean, 2),
            fixed(year.sd, 2),
        ];
        row.extend(group_cells(year.high));
        row.extend(group_cells(year.low));
        row.push(year.gap().map(|gap| fixed(gap, 2)).unwrap_or_default());
        rows.push(row);
    }
    let json: Vec<serde_json::Value> = years
        .iter()
        .map(|year| {
            serde_json::json!({
                "year": year.year,
                "centres": year.centres,
                "respondents": year.respondents,
                "national_mean": rounded(year.national_mean, 2),
                "sd": rounded(year.sd, 2),
                "high": group_json(year.high),
                "low": group_json(year.low),
                "gap": year.gap().map(|gap| rounded(gap, 2)),
            })
        })
        .collect();
    args.table.emit(&rows, &serde_json::Value::Array(json))?;
    args.charts
        .write(|| Ok(vec![("trend.svg", charts::trend(&years)?)]))
}
