//! `award FILES... [--tier NAME=PLACES]... [--min-respondents N] [--min-response-rate PCT]
//! [--format csv|json] [-o FILE] [--charts DIR]`: the award per size category, in tiers, with
//! every centre not ranked listed with its reason; the chart `award.svg`.

use std::path::{Path, PathBuf};

use yorisoi_collect::charts::{self, category_name};
use yorisoi_domain::organiser::award::{award, AwardRules, Placing, Tier};

use super::ValueError;
use crate::exports::{self};
use crate::failure::Failure;
use crate::output::{fixed, rounded, summary, ChartArgs, TableArgs};

#[derive(clap::Args)]
pub struct Args {
    /// The centres' exports, one per centre.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
    /// A tier and how many places it covers, best first; repeat for each tier
    /// (default: --tier 最優秀賞=3 --tier 優秀賞=4, the top seven).
    #[arg(long = "tier", value_name = "NAME=PLACES", value_parser = tier)]
    tiers: Vec<Tier>,
    /// Centres with fewer respondents are not ranked.
    #[arg(long, value_name = "N", default_value_t = 10)]
    min_respondents: u32,
    /// Centres with a lower response rate (respondents / headcount, %) are not ranked; 0 turns
    /// the rule off.
    #[arg(long, value_name = "PCT", default_value_t = 50.0, value_parser = percentage)]
    min_response_rate: f64,
    #[command(flatten)]
    table: TableArgs,
    #[command(flatten)]
    charts: ChartArgs,
}

fn tier(value: &str) -> Result<Tier, ValueError> {
    let (name, places) = value
        .rsplit_once('=')
        .ok_or_else(|| ValueError::NotATier(value.to_owned()))?;
    let places: u32 = places
        .parse()
        .ok()
        .filter(|places| *places > 0)
        .ok_or_else(|| ValueError::NotPlaces(places.to_owned()))?;
    if name.trim().is_empty() {
        return Err(ValueError::TierWithoutName);
    }
    Ok(Tier {
        name: name.trim().to_owned(),
        places,
    })
}

fn percentage(value: &str) -> Result<f64, ValueError> {
    value
        .parse::<f64>()
        .ok()
        .filter(|pct| (0.0..=100.0).contains(pct))
        .ok_or_else(|| ValueError::NotAPercentage(value.to_owned()))
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let published = AwardRules::published();
    let rules = AwardRules {
        tiers: if args.tiers.is_empty() {
            published.tiers
        } else {
            args.tiers.clone()
        },
        min_respondents: args.min_respondents,
        min_response_rate: args.min_response_rate,
    };
    let centres = exports::read_centres(&args.files, &survey);
    let result = award(&centres, &rules);
    let mut rows = vec![[
        "size_category",
        "category",
        "rank",
        "award",
        "centre",
        "export_id",
        "respondents",
        "response_rate_percent",
        "kgi_mean",
        "not_ranked_because",
    ]
    .map(String::from)
    .to_vec()];
    let mut json = Vec::new();
    for row in &result {
        let figures = &row.figures;
        let (rank, award, reason) = match &row.placing {
            Placing::Ranked { rank, tier } => {
                (Some(*rank), tier.map(|tier| rules.tiers[tier].name.clone()), None)
            }
            Placing::Excluded(why) => (None, None, Some(why.to_string())),
        };
        let rate = figures.response_rate();
        rows.push(vec![
            figures.size.id().to_owned(),
            category_name(figures.size),
            rank.map(|rank| rank.to_string()).unwrap_or_default(),
            award.clone().unwrap_or_default(),
            figures.centre.clone(),
            figures.export_id.clone(),
            figures.respondents.to_string(),
            rate.map(|rate| fixed(rate, 1)).unwrap_or_default(),
            figures.kgi_mean.map(|mean| fixed(mean, 2)).unwrap_or_default(),
            reason.clone().unwrap_or_default(),
        ]);
        json.push(serde_json::json!({
            "size_category": figures.size.id(),
            "category": category_name(figures.size),
            "rank": rank,
            "award": award,
            "centre": figures.centre,
            "export_id": figures.export_id,
            "respondents": figures.respondents,
            "response_rate_percent": rate.map(|rate| rounded(rate, 1)),
            "kgi_mean": figures.kgi_mean.map(|mean| rounded(mean, 2)),
            "not_ranked_because": reason,
        }));
    }
    let json = serde_json::json!({
        "rules": {
            "tiers": rules.tiers.iter().map(|tier| serde_json::json!({"name": tier.name, "places": tier.places})).collect::<Vec<_>>(),
            "min_respondents": rules.min_respondents,
            "min_response_rate_percent": rules.min_response_rate,
            "ties": "equal means share a rank (1, 2, 2, 4); everyone tied at a cut is honoured",
        },
        "centres": json,
    });
    args.table.emit(&rows, &json)?;
    args.charts
        .write(|| Ok(vec![("award.svg", charts::award(&result, &rules)?)]))?;
    summary(centres.len(), args.files.len());
    Ok(())
}
