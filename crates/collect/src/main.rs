//! `yorisoi-collect`: the central organiser's command-line tool.

use std::path::PathBuf;
use std::process::ExitCode;

use yorisoi_collect::synthetic;
use yorisoi_domain::SurveyDefinition;

const USAGE: &str = "\
usage:
  yorisoi-collect synthetic-benchmark --date YYYY-MM-DD [--seed N] [--survey FILE] -o SNAPSHOT

    Makes the synthetic national benchmark snapshot (132 centres, 10,279 respondents,
    calibrated to the published figures) for the survey definition FILE
    (default public/surveys/employee.json). The same seed and date give the same file.";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("yorisoi-collect: {message}\n\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given".into());
    };
    match command.as_str() {
        "synthetic-benchmark" => synthetic_benchmark(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}")),
    }
}

fn synthetic_benchmark(args: &[String]) -> Result<(), String> {
    let mut seed = synthetic::SHIPPED_SEED;
    let mut date = None;
    let mut survey_file = PathBuf::from("public/surveys/employee.json");
    let mut output = None;
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--seed" => {
                seed = value()?
                    .parse()
                    .map_err(|_| "--seed takes a whole number".to_owned())?
            }
            "--date" => date = Some(value()?.clone()),
            "--survey" => survey_file = PathBuf::from(value()?),
            "-o" | "--output" => output = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    let date = date.ok_or("--date is required (the snapshot's date, so the file is reproducible)")?;
    if !is_date(&date) {
        return Err(format!("--date {date:?} is not YYYY-MM-DD"));
    }
    let output = output.ok_or("-o SNAPSHOT is required")?;
    let file_name = survey_file.display().to_string();
    let json = std::fs::read_to_string(&survey_file).map_err(|error| format!("{file_name}: {error}"))?;
    let survey = SurveyDefinition::parse(&file_name, &json).map_err(|errors| errors.to_string())?;
    let snapshot = synthetic::snapshot(&survey, seed, &date);
    std::fs::write(&output, snapshot.to_json() + "\n")
        .map_err(|error| format!("{}: {error}", output.display()))?;
    println!(
        "wrote {}: {} centres, {} respondents (synthetic, seed {seed})",
        output.display(),
        snapshot.centres,
        snapshot.respondents
    );
    Ok(())
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}
