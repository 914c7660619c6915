//! Why a command stopped, or a year was skipped: typed, so each case says what it is; the
//! English `Display` is the terminal's. Paths and text from files are made printable.

use std::fmt;
use std::path::PathBuf;

use yorisoi_collect::charts::ChartError;
use yorisoi_collect::files::{printable, ReadError};
use yorisoi_domain::benchmark::SnapshotError;
use yorisoi_domain::export::ImportError;
use yorisoi_domain::organiser::trend::TrendError;
use yorisoi_domain::DefinitionErrors;

#[derive(Debug)]
pub enum Failure {
    /// An input file (the survey, a snapshot) could not be read.
    Read {
        path: PathBuf,
        error: ReadError,
    },
    /// The survey definition has problems.
    Survey(DefinitionErrors),
    /// A folder could not be listed or made.
    Folder {
        path: PathBuf,
        error: std::io::Error,
    },
    /// An output file could not be written.
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    Chart(ChartError),
    /// A benchmark snapshot that does not fit the survey.
    Snapshot(SnapshotError),
    /// A snapshot that cannot give a year's figures.
    Trend(TrendError),
    /// The kiosk exports could not be merged.
    Merge(ImportError),
    /// `validate`: this many files were refused.
    Refused {
        count: usize,
    },
    NoUsableExport,
    NoUsableYear,
    /// No centre answered the happiness question.
    NoHappiness,
}

fn shown(path: &std::path::Path) -> String {
    printable(&path.display().to_string())
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Read { path, error } => write!(f, "{}: {error}", shown(path)),
            Failure::Survey(errors) => {
                let lines: Vec<String> = errors
                    .0
                    .iter()
                    .map(|error| printable(&error.to_string()))
                    .collect();
                f.write_str(&lines.join("; "))
            }
            Failure::Folder { path, error } | Failure::Write { path, error } => {
                write!(f, "{}: {}", shown(path), printable(&error.to_string()))
            }
            Failure::Chart(error) => write!(f, "{error}"),
            Failure::Snapshot(error) => f.write_str(&printable(&error.to_string())),
            Failure::Trend(error) => write!(f, "{error}"),
            Failure::Merge(error) => f.write_str(&printable(&error.to_string())),
            Failure::Refused { count } => write!(f, "{count} file(s) refused"),
            Failure::NoUsableExport => f.write_str("no usable export"),
            Failure::NoUsableYear => f.write_str("no usable year"),
            Failure::NoHappiness => f.write_str("no centre with a happiness answer"),
        }
    }
}

impl From<ChartError> for Failure {
    fn from(error: ChartError) -> Self {
        Failure::Chart(error)
    }
}
