//! `validate FILES...`: one OK or BAD line per file. Across several files, a file whose kiosks
//! already appeared in an earlier one is BAD: sent to the organiser twice, it would count twice.

use std::path::{Path, PathBuf};

use crate::exports::{self, Echo, Repeats};
use crate::failure::Failure;
use crate::output::summary;

#[derive(clap::Args)]
pub struct Args {
    /// The centres' export files.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
}

pub fn run(survey: &Path, args: &Args) -> Result<(), Failure> {
    let survey = exports::survey(survey)?;
    let good = exports::read(&args.files, &survey, Echo::Every, Repeats::Refuse);
    summary(good.len(), args.files.len());
    if good.len() == args.files.len() {
        Ok(())
    } else {
        Err(Failure::Refused {
            count: args.files.len() - good.len(),
        })
    }
}
