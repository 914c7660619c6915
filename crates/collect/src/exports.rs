//! Reading the survey and the centres' exports: each bad file named with its reason and skipped
//! (the domain refuses a file about fewer people than its anonymity minimum), and no kiosk or
//! centre counted twice.

use std::path::{Path, PathBuf};

use yorisoi_collect::files::{printable, read_bounded, read_text, ReadError, MAX_BYTES};
use yorisoi_domain::export::{sort_out, AggregateExport, ImportError, Included};
use yorisoi_domain::organiser::CentreFigures;
use yorisoi_domain::SurveyDefinition;

use crate::failure::Failure;
use crate::progress::Progress;

pub fn survey(path: &Path) -> Result<SurveyDefinition, Failure> {
    let json = read_text(path).map_err(|error| Failure::Read {
        path: path.to_owned(),
        error,
    })?;
    SurveyDefinition::parse(&path.display().to_string(), &json).map_err(Failure::Survey)
}

/// Why an export file is skipped.
enum Skip {
    Unread(ReadError),
    /// Refused by the domain: not an export of this survey, or a repeat of another file.
    Refused(ImportError),
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
    /// Refused by the domain's rule: the same export, a kiosk in two files (the newest export of
    /// a kiosk counts), a centre in two files. For everything that counts centres.
    Refuse,
    /// Left to the caller: `merge` refuses them itself, as a whole.
    Allow,
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

/// Why a file is skipped; a repeat names the file that is used instead.
fn reason(skip: &Skip, kept: &[(PathBuf, AggregateExport)]) -> String {
    let why = match skip {
        Skip::Unread(error) => return error.to_string(),
        Skip::Refused(why) => why,
    };
    let other = |export_id: &str| {
        kept.iter()
            .find(|(_, export)| export.export_id == export_id)
            .map_or_else(
                || printable(export_id),
                |(path, export)| format!("{} ({})", shown(path), display_name(export)),
            )
    };
    match why {
        ImportError::AlreadyIncluded(Included::SameFile { export_id }) => {
            format!("the same export as {}; counted once", other(export_id))
        }
        ImportError::AlreadyIncluded(Included::InFile { export_id }) => {
            format!("its kiosks are already in {}: a double count", other(export_id))
        }
        ImportError::AlreadyIncluded(Included::Superseded { by }) => {
            format!("replaced by the newer export {}", other(by))
        }
        ImportError::SameCentre { export_id } => format!(
            "the same centre is already in {}: merge a centre's kiosk exports first",
            other(export_id)
        ),
        other => printable(&other.to_string()),
    }
}

/// Reads every file, reporting each bad one; returns the good ones in the order given. With
/// [`Repeats::Refuse`], the domain's rule decides which files count ([`sort_out`]): each kiosk
/// once, its newest export, each centre once.
pub fn read(
    files: &[PathBuf],
    survey: &SurveyDefinition,
    echo: Echo,
    repeats: Repeats,
) -> Vec<AggregateExport> {
    let progress = Progress::new(files.len());
    let mut outcomes: Vec<Result<AggregateExport, Skip>> = Vec::with_capacity(files.len());
    for (index, path) in files.iter().enumerate() {
        let outcome = read_bounded(path, MAX_BYTES)
            .map_err(Skip::Unread)
            .and_then(|bytes| AggregateExport::parse(&bytes, survey).map_err(Skip::Refused));
        outcomes.push(outcome);
        progress.step(index + 1);
    }
    let mut kept: Vec<(PathBuf, AggregateExport)> = Vec::new();
    if repeats == Repeats::Refuse {
        let parsed: Vec<(usize, AggregateExport)> = outcomes
            .iter()
            .enumerate()
            .filter_map(|(index, outcome)| outcome.as_ref().ok().map(|export| (index, export.clone())))
            .collect();
        let exports: Vec<AggregateExport> = parsed.iter().map(|(_, export)| export.clone()).collect();
        let sorted = sort_out(&exports);
        kept = sorted
            .kept
            .iter()
            .map(|&position| (files[parsed[position].0].clone(), exports[position].clone()))
            .collect();
        for (position, why) in &sorted.refused {
            outcomes[parsed[*position].0] = Err(Skip::Refused(why.clone()));
        }
    }
    let mut good = Vec::new();
    for (path, outcome) in files.iter().zip(outcomes) {
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
                good.push(export);
            }
            Err(skip) => {
                let line = format!("BAD  {}: {} (skipped)", shown(path), reason(&skip, &kept));
                match echo {
                    Echo::Every => println!("{line}"),
                    Echo::Bad => eprintln!("{line}"),
                }
            }
        }
    }
    good
}

/// The usable centres among `files`, each counted once, as the analyses read them.
pub fn read_centres(files: &[PathBuf], survey: &SurveyDefinition) -> Vec<CentreFigures> {
    read(files, survey, Echo::Bad, Repeats::Refuse)
        .iter()
        .map(|export| figures(export, survey))
        .collect()
}

/// The `.json` files of a folder, by name.
pub fn json_files(directory: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries = std::fs::read_dir(directory).map_err(|error| Failure::Folder {
        path: directory.to_owned(),
        error,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    Ok(files)
}
