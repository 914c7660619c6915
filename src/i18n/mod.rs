//! The app's own words in each language, one table per screen or concern; typed errors put into
//! words. Survey wording lives in the survey definitions.

mod admin;
pub mod crypto_errors;
mod data;
pub mod file_errors;
pub mod form_errors;
pub mod inbox;
mod kiosk;
mod leanings;
pub mod load_errors;
mod pages;
mod plan;
mod quadrants;
mod report;
mod result_list;
pub mod storage_faults;
pub mod unlock;

pub use admin::{admin, AdminText};
pub use data::{data, DataText};
pub use kiosk::{span, ui, UiText};
pub use leanings::{leanings, LeaningsText};
pub use pages::{pages, PagesText};
pub use plan::{file_error, plan, plan_error, pulse_error, verdict, PlanText};
pub use quadrants::{quadrants, QuadrantNames};
pub use report::{report, ReportText};
pub use result_list::{attribute_name, result_list, ResultListText};

/// Fills the named slots of a sentence: `fill("あと{seconds}秒", &[("seconds", &30)])`. Every
/// sentence names what it says, so a translation can put each value where its language wants it.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), &value.to_string())
    })
}
