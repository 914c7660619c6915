//! Why a file was refused or an export could not be written: typed, so that each screen words
//! them in its own language. `Display` gives the CLI's English.

use std::fmt;

use super::format::{EXPORT_FORMAT, EXPORT_FORMAT_VERSION, MAX_IMPORT_BYTES, MAX_RESPONDENTS};

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    WholeCentre,
    Group { attribute: String, value: u8 },
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::WholeCentre => f.write_str("the whole centre"),
            Place::Group { attribute, value } => write!(f, "group {attribute}={value}"),
        }
    }
}

/// Numbers no survey could give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Impossible {
    NoWholeCell,
    TwoWholeCells,
    NoSources,
    SourcesDontAddUp {
        sources: u64,
        whole: u32,
    },
    KioskTwice {
        device: String,
    },
    TooManyRespondents {
        place: Place,
        respondents: u32,
    },
    MinimumOutOfRange {
        minimum: u32,
    },
    BadId {
        field: &'static str,
        value: String,
    },
    GroupTwice {
        place: Place,
    },
    NoSuchGroup {
        place: Place,
    },
    GroupUnderMinimum {
        place: Place,
        respondents: u32,
        minimum: u32,
    },
    GroupLargerThanCentre {
        place: Place,
        respondents: u32,
        whole: u32,
    },
    GroupsExceedCentre {
        attribute: String,
        total: u64,
        whole: u32,
    },
    GroupCountsExceedCentre {
        attribute: String,
        item: String,
    },
    UnknownItem {
        place: Place,
        item: String,
    },
    AttributeItem {
        place: Place,
        item: String,
    },
    BadValue {
        place: Place,
        item: String,
        value: String,
    },
    MoreAnswersThanRespondents {
        place: Place,
        item: String,
        answered: u64,
        respondents: u32,
    },
    ItemUnderMinimum {
        place: Place,
        item: String,
        answered: u64,
        minimum: u32,
    },
    PairsInGroup {
        place: Place,
        item: String,
    },
    ImpossiblePairs {
        item: String,
    },
    RepresentativeLevel {
        item: String,
        level: u8,
    },
    /// Adding the file to what is already held would overflow a count.
    Overflow,
}

impl fmt::Display for Impossible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Impossible::*;
        match self {
            NoWholeCell => f.write_str("no whole-centre cell"),
            TwoWholeCells => f.write_str("two whole-centre cells"),
            NoSources => f.write_str("no sources"),
            SourcesDontAddUp { sources, whole } => write!(
                f,
                "the sources add up to {sources} respondents, the whole centre has {whole}"
            ),
            KioskTwice { device } => write!(f, "kiosk {device} is listed twice"),
            TooManyRespondents { place, respondents } => write!(
                f,
                "{place} has {respondents} respondents, more than the {MAX_RESPONDENTS} any file may have"
            ),
            MinimumOutOfRange { minimum } => {
                write!(f, "the anonymity minimum is {minimum}; it must be from 3 to 100")
            }
            BadId { field, value } => write!(f, "{field} {value:?} is not 16 lowercase hex digits"),
            GroupTwice { place } => write!(f, "{place} appears twice"),
            NoSuchGroup { place } => write!(f, "no {place} in this survey"),
            GroupUnderMinimum {
                place,
                respondents,
                minimum,
            } => write!(
                f,
                "{place} has {respondents} respondents, under the minimum of {minimum}"
            ),
            GroupLargerThanCentre {
                place,
                respondents,
                whole,
            } => write!(
                f,
                "{place} has {respondents} respondents, more than the whole centre's {whole}"
            ),
            GroupsExceedCentre {
                attribute,
                total,
                whole,
            } => write!(
                f,
                "the groups of {attribute} add up to {total}, more than the whole centre's {whole}"
            ),
            GroupCountsExceedCentre { attribute, item } => write!(
                f,
                "the groups of {attribute} have more answers to item {item:?} than the whole centre"
            ),
            UnknownItem { place, item } => write!(f, "{place}: no item {item:?} in this survey"),
            AttributeItem { place, item } => {
                write!(
                    f,
                    "{place}: item {item:?} is an attribute, which an export never carries"
                )
            }
            BadValue { place, item, value } => write!(f, "{place}: item {item:?} has no value {value:?}"),
            MoreAnswersThanRespondents {
                place,
                item,
                answered,
                respondents,
            } => write!(
                f,
                "{place}: item {item:?} has {answered} answers from {respondents} respondents"
            ),
            ItemUnderMinimum {
                place,
                item,
                answered,
                minimum,
            } => write!(
                f,
                "{place}: item {item:?} has {answered} answers, under the minimum of {minimum}"
            ),
            PairsInGroup { place, item } => write!(
                f,
                "{place}: item {item:?} has sums against the KGI, which only the whole centre may have"
            ),
            ImpossiblePairs { item } => {
                write!(f, "item {item:?} has sums against the KGI that no answers give")
            }
            RepresentativeLevel { item, level } => {
                write!(f, "representative answer {item} is {level}, not a level 1-5")
            }
            Overflow => f.write_str("the counts would overflow when added to those already held"),
        }
    }
}

/// Why a file would count respondents twice, or is not this centre's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Included {
    /// The same file was taken in before.
    SameFile { export_id: String },
    /// The file holds this kiosk's own responses.
    OwnResponses,
    /// Its kiosks are already in a file taken in before (which it does not simply replace).
    InFile { export_id: String },
    /// Its kiosks are in several files taken in before.
    InSeveralFiles,
    /// A kiosk whose responses already arrived here by device transfer.
    Transferred { device: String },
    /// A newer file of the same kiosks was taken in before.
    Superseded { by: String },
}

impl fmt::Display for Included {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Included::SameFile { export_id } => write!(f, "this file ({export_id}) was taken in before"),
            Included::OwnResponses => f.write_str("the file holds this kiosk's own responses"),
            Included::InFile { export_id } => {
                write!(f, "its kiosks' responses are already in the file {export_id}")
            }
            Included::InSeveralFiles => f.write_str("its kiosks' responses are already in several files"),
            Included::Transferred { device } => write!(
                f,
                "kiosk {device}'s responses already arrived here by a device-transfer file"
            ),
            Included::Superseded { by } => write!(f, "the newer file {by} of the same kiosks replaces it"),
        }
    }
}

/// Why a file was refused. Every variant names the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: u64,
    },
    /// Not JSON; the first fault is at this line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but a value is missing, of the wrong type, out of range or given twice, at this
    /// line and column.
    BadValue {
        line: usize,
        column: usize,
    },
    UnknownFormat {
        format: String,
        version: u32,
    },
    /// A version 1 file: readable as a baseline, not for combining.
    OlderFormat {
        version: u32,
    },
    OtherSurvey {
        file: String,
        kiosk: String,
    },
    Impossible(Impossible),
    AlreadyIncluded(Included),
    /// From another centre; taken in only once a person confirms it belongs to this one.
    OtherCentre {
        name: String,
        id: String,
    },
    /// The organiser has another file of the same centre: its kiosks' exports are merged first.
    SameCentre {
        export_id: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; an export is at most {} MB",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::NotJson { line, column } => {
                write!(f, "not a Yorisoi export (line {line}, column {column})")
            }
            ImportError::BadValue { line, column } => write!(
                f,
                "a value is missing, of the wrong type, out of range or given twice (line {line}, column {column})"
            ),
            ImportError::UnknownFormat { format, version } => write!(
                f,
                "unknown format {format:?} version {version}; this version reads {EXPORT_FORMAT} version {EXPORT_FORMAT_VERSION}"
            ),
            ImportError::OlderFormat { version } => write!(
                f,
                "an export of format version {version}, made by an earlier Yorisoi: export it again with this version"
            ),
            ImportError::OtherSurvey { file, kiosk } => {
                write!(f, "the file is for survey {file}, but this kiosk runs {kiosk}")
            }
            ImportError::Impossible(problem) => write!(f, "impossible counts: {problem}"),
            ImportError::AlreadyIncluded(what) => write!(f, "already included: {what}"),
            ImportError::OtherCentre { name, id } => {
                write!(f, "the file is from another centre ({name}, id {id})")
            }
            ImportError::SameCentre { export_id } => write!(
                f,
                "the same centre is already in the file {export_id}: merge a centre's kiosk exports first"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<Impossible> for ImportError {
    fn from(problem: Impossible) -> Self {
        ImportError::Impossible(problem)
    }
}

impl From<Included> for ImportError {
    fn from(what: Included) -> Self {
        ImportError::AlreadyIncluded(what)
    }
}
