//! The aggregate export: what a kiosk sends to its centre's other kiosks and to the central
//! organiser. Counts per released cell and the sums the driver analysis needs; never an
//! individual response, an attribute paired with anything, or a comment. Documented in
//! `docs/export-format.md` with a JSON Schema beside it.

mod build;
mod centre;
mod error;
mod format;
mod join;
mod merge;
mod parse;
mod tallies;

pub use build::{attributes, ExportError, ExportInput, ExportRecord};
pub use error::{ImportError, Impossible, Included, Place};
pub use format::{
    is_valid_id, utc_timestamp, AggregateExport, Cell, CentreInfo, GroupKey, ItemCounts,
    RepresentativeAnswers, Source, SurveyStamp, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, MAX_IMPORT_BYTES,
    MAX_RESPONDENTS, OLDEST_READABLE_VERSION,
};
pub use join::{joining, sort_out, transfer_joining, Holdings, Joining, SortedFiles};
pub use merge::merge;
pub use parse::HIGHEST_MINIMUM;
