//! The app's own words in each language, one table per screen or concern; typed errors put into
//! words. Survey wording lives in the survey definitions.

mod admin;
mod data;
pub mod file_errors;
pub mod form_errors;
mod kiosk;
mod pages;
mod plan;
mod report;
pub mod storage_faults;

pub use admin::{admin, AdminText};
pub use data::{data, DataText};
pub use kiosk::{ui, UiText};
pub use pages::{pages, PagesText};
pub use plan::{file_error, plan, plan_error, pulse_error, verdict, PlanText};
pub use report::{report, ReportText};

/// Fills `{n}` and `{total}` in a text.
pub fn fill(template: &str, n: impl ToString, total: impl ToString) -> String {
    template
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}
