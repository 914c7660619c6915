//! `build-benchmark FILES... -o SNAPSHOT --date D [--id ID] [--synthetic]`: a benchmark snapshot
//! in exactly the format the app bundles; a centre whose kiosks are already in an earlier file
//! is skipped.

use std::path::{Path, PathBuf};

use yorisoi_collect::synthetic;
use yorisoi_domain::{Snapshot, Text};

use crate::exports::{self, Echo, Repeats};
use crate::failure::Failure;
use crate::output::{summary, write};

#[derive(clap::Args)]
pub struct Args {
    /// The centres' exports.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
    /// The snapshot to write.
    #[arg(short = 'o', long = "output", value_name = "SNAPSHOT")]
    output: PathBuf,
    /// The snapshot's date, YYYY-MM-DD (so that the output is reproducible).
    #[arg(long, value_parser = super::date)]
    date: String,
    /// The snapshot's id (default national-DATE, or synthetic-VERSION with --synthetic).
    #[arg(long)]
    id: Option<String>,
    /// Label it a synthetic sample, not real centres.
    #[arg(long)]
    synthetic: bool,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let used = exports::read(&args.files, &survey, Echo::Bad, Repeats::Refuse);
    if used.is_empty() {
        return Err(Failure::NoUsableExport);
    }
    let values: Vec<_> = used.iter().map(|export| export.centre_values(&survey)).collect();
    let date = &args.date;
    let (id, label) = if args.synthetic {
        (
            args.id
                .clone()
                .unwrap_or_else(|| format!("synthetic-{}", survey.key.version)),
            synthetic::label(),
        )
    } else {
        (
            args.id.clone().unwrap_or_else(|| format!("national-{date}")),
            Text {
                ja: format!("全国ベンチマーク（{date}）"),
                en: format!("National benchmark ({date})"),
            },
        )
    };
    let snapshot = Snapshot::build(&id, date, args.synthetic, label, &survey, &values);
    write(&args.output, &(snapshot.to_json() + "\n"))?;
    println!(
        "wrote {}: {} centres, {} respondents",
        args.output.display(),
        snapshot.centres,
        snapshot.respondents
    );
    summary(used.len(), args.files.len());
    Ok(())
}
