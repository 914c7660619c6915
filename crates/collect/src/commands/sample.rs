//! `sample -o DIR --date D [--seed N] [--centres N]`: synthetic centre exports, seeded, with the
//! profile's customer satisfaction and turnover calibrated to the published figures.

use std::path::{Path, PathBuf};

use yorisoi_collect::{sample, synthetic};

use crate::exports;
use crate::failure::Failure;
use crate::output::write;

#[derive(clap::Args)]
pub struct Args {
    /// The folder to write centre-001.json ... into.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    output: PathBuf,
    /// The exports' date, YYYY-MM-DD.
    #[arg(long, value_parser = super::date)]
    date: String,
    #[arg(long, default_value_t = synthetic::SHIPPED_SEED)]
    seed: u64,
    #[arg(long, default_value_t = synthetic::CENTRES)]
    centres: usize,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let directory = &args.output;
    std::fs::create_dir_all(directory).map_err(|error| Failure::Folder {
        path: directory.clone(),
        error,
    })?;
    let exports = sample::exports(&survey, args.seed, args.centres, &args.date);
    for (index, export) in exports.iter().enumerate() {
        write(
            &directory.join(format!("centre-{:03}.json", index + 1)),
            &(export.to_json() + "\n"),
        )?;
    }
    println!(
        "wrote {} synthetic centre exports to {} (seed {})",
        exports.len(),
        directory.display(),
        args.seed
    );
    Ok(())
}
