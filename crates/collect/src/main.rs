//! `yorisoi-collect`: the central organiser's command-line tool, on the same domain crate as the
//! app. A bad file is reported by name and reason and skipped; each run says how many were used.

mod commands;
mod exports;
mod failure;
mod output;
mod progress;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use commands::{
    award, build_benchmark, merge, outcomes, ranking, sample, synthetic_benchmark, trend, validate,
};

#[derive(Parser)]
#[command(
    name = "yorisoi-collect",
    version,
    about = "The central organiser's tool: checks, merges, benchmarks, the award and the analyses, from the centres' aggregate exports",
    after_help = "A bad file is named with its reason and skipped; every run ends with \"used N of M file(s)\"."
)]
struct Cli {
    /// The employee survey definition the exports are for.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "public/surveys/employee.json"
    )]
    survey: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check each export: one OK or BAD line per file.
    Validate(validate::Args),
    /// Merge one centre's kiosk exports into one.
    Merge(merge::Args),
    /// Build a benchmark snapshot in the format the app bundles.
    BuildBenchmark(build_benchmark::Args),
    /// Centres by mean happiness within each size category, top 7 marked.
    Ranking(ranking::Args),
    /// The award: tiers per size category, exclusions with their reason, a chart.
    Award(award::Args),
    /// The high and low groups' happiness across years.
    Trend(trend::Args),
    /// Happiness against customer satisfaction and turnover.
    Outcomes(outcomes::Args),
    /// Synthetic centre exports (seeded), for demos and tests.
    Sample(sample::Args),
    /// The synthetic snapshot the app ships.
    SyntheticBenchmark(synthetic_benchmark::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Validate(args) => validate::run(&cli.survey, args),
        Command::Merge(args) => merge::run(&cli.survey, args),
        Command::BuildBenchmark(args) => build_benchmark::run(&cli.survey, args),
        Command::Ranking(args) => ranking::run(&cli.survey, args),
        Command::Award(args) => award::run(&cli.survey, args),
        Command::Trend(args) => trend::run(&cli.survey, args),
        Command::Outcomes(args) => outcomes::run(&cli.survey, args),
        Command::Sample(args) => sample::run(&cli.survey, args),
        Command::SyntheticBenchmark(args) => synthetic_benchmark::run(&cli.survey, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("yorisoi-collect: {failure}");
            ExitCode::FAILURE
        }
    }
}
