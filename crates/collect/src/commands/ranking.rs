//! `ranking FILES... [--format csv|json] [-o FILE]`: every centre by mean happiness within its
//! size category, equal means sharing a rank, the top 7 marked. The award model with no
//! exclusions (see `award` for the award with its rules).

use std::path::{Path, PathBuf};

use yorisoi_domain::organiser::award::{award, AwardRules, Placing};

use crate::exports::{self};
use crate::failure::Failure;
use crate::output::{fixed, rounded, summary, TableArgs};

#[derive(clap::Args)]
pub struct Args {
    /// The centres' exports, one per centre.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    table: TableArgs,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let centres = exports::read_centres(&args.files, &survey);
    let mut rows = vec![[
        "size_category",
        "rank",
        "top_7",
        "centre",
        "export_id",
        "respondents",
        "kgi_mean",
    ]
    .map(String::from)
    .to_vec()];
    let mut json = Vec::new();
    for row in award(&centres, &AwardRules::ranking()) {
        let figures = &row.figures;
        let (rank, tier) = match row.placing {
            Placing::Ranked { rank, tier } => (rank, tier),
            Placing::Excluded(why) => {
                eprintln!("not ranked: {}: {why}", figures.centre);
                continue;
            }
        };
        let mean = figures.kgi_mean.unwrap_or_default();
        rows.push(vec![
            figures.size.id().to_owned(),
            rank.to_string(),
            tier.is_some().to_string(),
            figures.centre.clone(),
            figures.export_id.clone(),
            figures.respondents.to_string(),
            fixed(mean, 2),
        ]);
        json.push(serde_json::json!({
            "size_category": figures.size.id(),
            "rank": rank,
            "top_7": tier.is_some(),
            "centre": figures.centre,
            "export_id": figures.export_id,
            "respondents": figures.respondents,
            "kgi_mean": rounded(mean, 2),
        }));
    }
    args.table.emit(&rows, &serde_json::Value::Array(json))?;
    summary(centres.len(), args.files.len());
    Ok(())
}
