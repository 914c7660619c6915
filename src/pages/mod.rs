//! One component per screen.

mod admin;
mod analysis;
mod change;
mod data;
mod flash_report;
mod load_error;
mod ranking;
mod representative;
mod result_list;
mod start;
mod survey;
mod thanks;

pub use admin::AdminPage;
pub use load_error::LoadErrorPage;
pub use start::StartPage;
pub use survey::SurveyPage;
pub use thanks::ThanksPage;
