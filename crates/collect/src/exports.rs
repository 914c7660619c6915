//! Reading the survey and the centres' exports: each bad file named with its reason and skipped,
//! a file about fewer people than its anonymity minimum never used, and the same centre never
//! counted twice.

use std::path::{Path, PathBuf};

use yorisoi_collect::files::{printable, read_bounded, read_text, MAX_BYTES};
use yorisoi_domain::export::AggregateExport;
use yorisoi_domain::organiser::CentreFigures;
use yorisoi_domain::report::LOWEST_MIN_RESPONDENTS;
use yorisoi_domain::SurveyDefinition;

use crate::progress::Progress;

pub fn survey(path: &Path) -> Result<SurveyDefinition, String> {
    let json = read_text(path)?;
    SurveyDefinition::parse(&path.display().to_string(), &json)
        .map_err(|errors| printable(&errors.to_string()))
}

/// Where the per-file lines go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Echo {
    /// `validate`: an OK or BAD line per file, on standard output.
    Every,
    /// The other commands: BAD lines only, on standard error.
    Bad,
}

/// Which files count as repeats.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Repeats {
    /// Refused: the same export (export id) or a kiosk (source device id) already in an earlier
    /// file. For everything that counts centres.
    Refuse,
    /// Left to the caller: `merge` refuses them itself, as a whole.
    Allow,
}

/// A file that was read and kept.
pub struct Read {
    pub path: PathBuf,
    pub export: AggregateExport,
}

/// A path as printed.
pub fn shown(path: &Path) -> String {
    printable(&path.display().to_string())
}

/// The centre's name as printed, or its kiosk when it has none.
pub fn display_name(export: &AggregateExport) -> String {
    if export.centre.name.is_empty() {
        format!("unnamed centre (device {})", printable(&export.device_id))
    } else {
        printable(&export.centre.name)
    }
}

/// A centre's figures for the analyses, its texts made printable.
pub fn figures(export: &AggregateExport, survey: &SurveyDefinition) -> CentreFigures {
    let mut figures = CentreFigures::of(export, survey);
    figures.centre = display_name(export);
    figures.export_id = printable(&figures.export_id);
    figures
}

fn refusal(
    export: &AggregateExport,
    survey: &SurveyDefinition,
    earlier: &[Read],
    repeats: Repeats,
) -> Option<String> {
    let minimum = export.minimum.max(LOWEST_MIN_RESPONDENTS);
    if export.whole(survey).respondents < minimum {
        return Some(format!(
            "fewer respondents than its anonymity minimum of {minimum}; nothing about it is used"
        ));
    }
    if repeats == Repeats::Allow {
        return None;
    }
    if let Some(same) = earlier
        .iter()
        .find(|read| read.export.export_id == export.export_id)
    {
        return Some(format!(
            "the same export as {} (export id {}); counted once",
            shown(&same.path),
            printable(&export.export_id)
        ));
    }
    earlier
        .iter()
        .find(|read| {
            read.export
                .sources
                .iter()
                .any(|s| export.sources.iter().any(|t| t.device_id == s.device_id))
        })
        .map(|read| {
            format!(
                "its kiosks are already in {} ({}): a double count",
                shown(&read.path),
                display_name(&read.export)
            )
        })
}

/// Reads every file in order, reporting each bad one; returns the good ones.
pub fn read(files: &[PathBuf], survey: &SurveyDefinition, echo: Echo, repeats: Repeats) -> Vec<Read> {
    let progress = Progress::new(files.len());
    let mut good: Vec<Read> = Vec::new();
    for (index, path) in files.iter().enumerate() {
        let outcome = read_bounded(path, MAX_BYTES)
            .map_err(|error| error.to_string())
            .and_then(|bytes| {
                AggregateExport::parse(&bytes, survey).map_err(|error| printable(&error.to_string()))
            })
            .and_then(|export| match refusal(&export, survey, &good, repeats) {
                Some(reason) => Err(reason),
                None => Ok(export),
            });
        match outcome {
            Ok(export) => {
                if echo == Echo::Every {
                    println!(
                        "OK   {}: {}, {} respondents, {} kiosk export(s)",
                        shown(path),
                        display_name(&export),
                        export.whole(survey).respondents,
                        export.sources.len()
                    );
                }
                good.push(Read {
                    path: path.clone(),
                    export,
                });
            }
            Err(reason) => {
                let line = format!("BAD  {}: {reason} (skipped)", shown(path));
                match echo {
                    Echo::Every => println!("{line}"),
                    Echo::Bad => eprintln!("{line}"),
                }
            }
        }
        progress.step(index + 1);
    }
    good
}

/// The `.json` files of a folder, by name.
pub fn json_files(directory: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(directory).map_err(|error| format!("{}: {error}", shown(directory)))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    Ok(files)
}
