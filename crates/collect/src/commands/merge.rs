//! `merge FILES... -o OUT`: one centre's kiosk exports as one export; files sharing a kiosk are
//! refused as a whole.

use std::path::{Path, PathBuf};

use yorisoi_domain::export::{merge, AggregateExport};

use crate::exports::{self, Echo, Repeats};
use crate::failure::Failure;
use crate::output::{summary, write};

#[derive(clap::Args)]
pub struct Args {
    /// One centre's kiosk exports.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
    /// The merged export.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: PathBuf,
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as u64)
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let files: Vec<AggregateExport> = exports::read(&args.files, &survey, Echo::Bad, Repeats::Allow);
    // A stable id for the merge: the fingerprint of the ids merged.
    let ids: Vec<&str> = files.iter().map(|file| file.export_id.as_str()).collect();
    let id = yorisoi_domain::hex::fnv1a(&ids.join("\n"));
    let merged = merge(&survey, &files, &id, now_ms()).map_err(Failure::Merge)?;
    write(&args.output, &(merged.to_json() + "\n"))?;
    println!(
        "wrote {}: {} respondents from {} kiosk export(s)",
        args.output.display(),
        merged.whole(&survey).respondents,
        merged.sources.len()
    );
    summary(files.len(), args.files.len());
    Ok(())
}
