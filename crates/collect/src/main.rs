//! `yorisoi-collect`: the central organiser's command-line tool, on the same domain crate as the
//! app. A bad file is reported by name and reason and skipped; each run says how many were used.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use yorisoi_collect::{sample, synthetic};
use yorisoi_domain::export::{award_ranking, merge, AggregateExport};
use yorisoi_domain::{Snapshot, SurveyDefinition, Text};

const USAGE: &str = "\
usage: yorisoi-collect COMMAND [OPTIONS] [FILES...]

  validate FILES...                 check each export, one line per file
  merge FILES... -o OUT             merge one centre's kiosk exports into one
  build-benchmark FILES... -o SNAPSHOT --date YYYY-MM-DD [--id ID] [--synthetic]
                                    build a benchmark snapshot, in the format the app bundles
  ranking FILES... [--format csv|json]
                                    the award ranking: centres by KGI within each size category,
                                    top 7 marked
  sample -o DIR --date YYYY-MM-DD [--seed N] [--centres N]
                                    synthetic centre exports (seeded), for demos and tests
  synthetic-benchmark -o SNAPSHOT --date YYYY-MM-DD [--seed N]
                                    the synthetic snapshot the app ships (same as sample then
                                    build-benchmark --synthetic)

  every command takes --survey FILE (default public/surveys/employee.json)";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("yorisoi-collect: {message}\n\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

/// Parsed options: flags with values, flags alone, and the files.
struct Args {
    values: Vec<(String, String)>,
    switches: Vec<String>,
    files: Vec<PathBuf>,
}

impl Args {
    fn parse(args: &[String]) -> Result<Args, String> {
        let mut parsed = Args {
            values: Vec::new(),
            switches: Vec::new(),
            files: Vec::new(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--synthetic" => parsed.switches.push(arg.clone()),
                "-o" | "--output" | "--survey" | "--date" | "--seed" | "--centres" | "--id" | "--format" => {
                    let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
                    let name = if arg == "--output" { "-o" } else { arg.as_str() };
                    parsed.values.push((name.to_owned(), value.clone()));
                }
                other if other.starts_with('-') => return Err(format!("unknown option {other:?}")),
                file => parsed.files.push(PathBuf::from(file)),
            }
        }
        Ok(parsed)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, name: &str, what: &str) -> Result<&str, String> {
        self.value(name)
            .ok_or_else(|| format!("{name} {what} is required"))
    }

    fn number<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T, String> {
        self.value(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| format!("{name} takes a whole number, not {v:?}"))
        })
    }

    fn date(&self) -> Result<String, String> {
        let date = self.required("--date", "YYYY-MM-DD (so that the output is reproducible)")?;
        let bytes = date.as_bytes();
        let valid = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if valid {
            Ok(date.to_owned())
        } else {
            Err(format!("--date {date:?} is not YYYY-MM-DD"))
        }
    }

    fn survey(&self) -> Result<SurveyDefinition, String> {
        let file = self.value("--survey").unwrap_or("public/surveys/employee.json");
        let json = std::fs::read_to_string(file).map_err(|error| format!("{file}: {error}"))?;
        SurveyDefinition::parse(file, &json).map_err(|errors| errors.to_string())
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given".into());
    };
    if matches!(command.as_str(), "-h" | "--help" | "help") {
        println!("{USAGE}");
        return Ok(());
    }
    let args = Args::parse(rest)?;
    match command.as_str() {
        "validate" => validate(&args),
        "merge" => merge_files(&args),
        "build-benchmark" => build_benchmark(&args),
        "ranking" => ranking(&args),
        "sample" => write_sample(&args),
        "synthetic-benchmark" => synthetic_benchmark(&args),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// Shows how far a long run has come, on a terminal only.
struct Progress {
    total: usize,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            shown: total >= 20 && std::io::stderr().is_terminal(),
        }
    }

    fn step(&self, done: usize) {
        if self.shown {
            let width = 30;
            let filled = done * width / self.total.max(1);
            eprint!(
                "\r[{}{}] {done}/{} files",
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.total
            );
            let _ = std::io::stderr().flush();
            if done == self.total {
                eprintln!();
            }
        }
    }
}

/// Reads every file, reporting each bad one by name and reason; returns the good ones.
fn read_exports(
    files: &[PathBuf],
    survey: &SurveyDefinition,
    quiet_ok: bool,
) -> Vec<(PathBuf, AggregateExport)> {
    let progress = Progress::new(files.len());
    let mut good = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let outcome = std::fs::read(file)
            .map_err(|error| error.to_string())
            .and_then(|bytes| AggregateExport::parse(&bytes, survey).map_err(|error| error.to_string()));
        match outcome {
            Ok(export) => {
                if !quiet_ok {
                    println!(
                        "OK   {}: {}, {} respondents, {} kiosk export(s)",
                        file.display(),
                        display_name(&export),
                        export.whole(survey).respondents,
                        export.sources.len()
                    );
                }
                good.push((file.clone(), export));
            }
            Err(reason) => println!("BAD  {}: {reason} (skipped)", file.display()),
        }
        progress.step(index + 1);
    }
    good
}

fn display_name(export: &AggregateExport) -> String {
    if export.centre.name.is_empty() {
        format!("unnamed centre (device {})", export.device_id)
    } else {
        export.centre.name.clone()
    }
}

fn summary(used: usize, given: usize) {
    eprintln!("used {used} of {given} file(s)");
}

fn need_files(args: &Args) -> Result<(), String> {
    if args.files.is_empty() {
        Err("no files given".into())
    } else {
        Ok(())
    }
}

fn validate(args: &Args) -> Result<(), String> {
    need_files(args)?;
    let survey = args.survey()?;
    let good = read_exports(&args.files, &survey, false);
    summary(good.len(), args.files.len());
    if good.len() == args.files.len() {
        Ok(())
    } else {
        Err(format!("{} file(s) refused", args.files.len() - good.len()))
    }
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as u64)
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}

fn merge_files(args: &Args) -> Result<(), String> {
    need_files(args)?;
    let output = PathBuf::from(args.required("-o", "OUT")?);
    let survey = args.survey()?;
    let good = read_exports(&args.files, &survey, true);
    let files: Vec<AggregateExport> = good.into_iter().map(|(_, export)| export).collect();
    // A stable id for the merge: the fingerprint of the ids merged.
    let ids: Vec<&str> = files.iter().map(|file| file.export_id.as_str()).collect();
    let id = yorisoi_domain::hex::fnv1a(&ids.join("\n"));
    let merged = merge(&survey, &files, &id, now_ms()).map_err(|error| error.to_string())?;
    write(&output, &(merged.to_json() + "\n"))?;
    println!(
        "wrote {}: {} respondents from {} kiosk export(s)",
        output.display(),
        merged.whole(&survey).respondents,
        merged.sources.len()
    );
    summary(files.len(), args.files.len());
    Ok(())
}

fn build_benchmark(args: &Args) -> Result<(), String> {
    need_files(args)?;
    let output = PathBuf::from(args.required("-o", "SNAPSHOT")?);
    let date = args.date()?;
    let survey = args.survey()?;
    let synthetic_sample = args.switches.iter().any(|s| s == "--synthetic");
    let mut used: Vec<AggregateExport> = Vec::new();
    for (file, export) in read_exports(&args.files, &survey, true) {
        let repeated = used.iter().find(|earlier| {
            earlier
                .sources
                .iter()
                .any(|s| export.sources.iter().any(|t| t.device_id == s.device_id))
        });
        match repeated {
            Some(earlier) => println!(
                "BAD  {}: its kiosks are already in {} (skipped)",
                file.display(),
                display_name(earlier)
            ),
            None => used.push(export),
        }
    }
    if used.is_empty() {
        return Err("no usable export".into());
    }
    let values: Vec<_> = used.iter().map(|export| export.centre_values(&survey)).collect();
    let (id, label) = if synthetic_sample {
        (
            args.value("--id")
                .map_or_else(|| format!("synthetic-{}", survey.key.version), String::from),
            synthetic::label(),
        )
    } else {
        (
            args.value("--id")
                .map_or_else(|| format!("national-{date}"), String::from),
            Text {
                ja: format!("全国ベンチマーク（{date}）"),
                en: format!("National benchmark ({date})"),
            },
        )
    };
    let snapshot = Snapshot::build(&id, &date, synthetic_sample, label, &survey, &values);
    write(&output, &(snapshot.to_json() + "\n"))?;
    println!(
        "wrote {}: {} centres, {} respondents",
        output.display(),
        snapshot.centres,
        snapshot.respondents
    );
    summary(used.len(), args.files.len());
    Ok(())
}

fn ranking(args: &Args) -> Result<(), String> {
    need_files(args)?;
    let survey = args.survey()?;
    let good = read_exports(&args.files, &survey, true);
    let files: Vec<AggregateExport> = good.into_iter().map(|(_, export)| export).collect();
    let rows = award_ranking(&survey, &files);
    match args.value("--format").unwrap_or("csv") {
        "csv" => {
            println!("size_category,rank,top_7,centre,export_id,respondents,kgi_mean");
            for row in &rows {
                println!(
                    "{},{},{},\"{}\",{},{},{:.2}",
                    row.size.id(),
                    row.rank,
                    row.top_seven,
                    row.centre.replace('"', "\"\""),
                    row.export_id,
                    row.respondents,
                    row.kgi_mean
                );
            }
        }
        "json" => {
            let json: Vec<serde_json::Value> = rows
                .iter()
                .map(|row| {
                    serde_json::json!({
                        "size_category": row.size.id(),
                        "rank": row.rank,
                        "top_7": row.top_seven,
                        "centre": row.centre,
                        "export_id": row.export_id,
                        "respondents": row.respondents,
                        "kgi_mean": (row.kgi_mean * 100.0).round() / 100.0,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&json).expect("rows serialize"));
        }
        other => return Err(format!("--format is csv or json, not {other:?}")),
    }
    summary(files.len(), args.files.len());
    Ok(())
}

fn write_sample(args: &Args) -> Result<(), String> {
    let directory = PathBuf::from(args.required("-o", "DIR")?);
    let date = args.date()?;
    let seed = args.number("--seed", synthetic::SHIPPED_SEED)?;
    let centres = args.number("--centres", synthetic::CENTRES)?;
    let survey = args.survey()?;
    std::fs::create_dir_all(&directory).map_err(|error| format!("{}: {error}", directory.display()))?;
    let exports = sample::exports(&survey, seed, centres, &date);
    for (index, export) in exports.iter().enumerate() {
        write(
            &directory.join(format!("centre-{:03}.json", index + 1)),
            &(export.to_json() + "\n"),
        )?;
    }
    println!(
        "wrote {} synthetic centre exports to {} (seed {seed})",
        exports.len(),
        directory.display()
    );
    Ok(())
}

fn synthetic_benchmark(args: &Args) -> Result<(), String> {
    let output = PathBuf::from(args.required("-o", "SNAPSHOT")?);
    let date = args.date()?;
    let seed = args.number("--seed", synthetic::SHIPPED_SEED)?;
    let survey = args.survey()?;
    let snapshot = synthetic::snapshot(&survey, seed, &date);
    write(&output, &(snapshot.to_json() + "\n"))?;
    println!(
        "wrote {}: {} centres, {} respondents (synthetic, seed {seed})",
        output.display(),
        snapshot.centres,
        snapshot.respondents
    );
    Ok(())
}
