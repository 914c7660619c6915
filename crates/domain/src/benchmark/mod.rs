//! The national benchmark: a dated, versioned snapshot of every benchmark centre's results,
//! and where a centre stands against it.
//!
//! A measure is the KGI (a centre's mean, 0-10), a factor (a centre's mean of its items'
//! favourable %), or an item (a centre's favourable %). The snapshot keeps every centre's value,
//! so rank, percentile and quantiles are exact, and a summary per size category for people
//! reading the file.

mod measure;
mod snapshot;
mod standing;

pub use measure::{Measure, SizeCategory};
pub use snapshot::{CentreValues, MeasureData, Snapshot, SnapshotError, SurveyRef, FORMAT, FORMAT_VERSION};
pub use standing::{quantile, Standing, Summary};
