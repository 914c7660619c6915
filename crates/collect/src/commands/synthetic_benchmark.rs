//! `synthetic-benchmark -o SNAPSHOT --date D [--seed N]`: the synthetic snapshot the app ships
//! (the same as `sample` then `build-benchmark --synthetic`).

use std::path::{Path, PathBuf};

use yorisoi_collect::synthetic;

use crate::exports;
use crate::failure::Failure;
use crate::output::write;

#[derive(clap::Args)]
pub struct Args {
    /// The snapshot to write.
    #[arg(short = 'o', long = "output", value_name = "SNAPSHOT")]
    output: PathBuf,
    /// The snapshot's date, YYYY-MM-DD.
    #[arg(long, value_parser = super::date)]
    date: String,
    #[arg(long, default_value_t = synthetic::SHIPPED_SEED)]
    seed: u64,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let snapshot = synthetic::snapshot(&survey, args.seed, &args.date);
    write(&args.output, &(snapshot.to_json() + "\n"))?;
    println!(
        "wrote {}: {} centres, {} respondents (synthetic, seed {})",
        args.output.display(),
        snapshot.centres,
        snapshot.respondents,
        args.seed
    );
    Ok(())
}
