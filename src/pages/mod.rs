//! The kiosk's screens, one component each, and the door to the administration.

mod admin_door;
mod load_error;
mod start;
mod survey;
mod thanks;

pub use admin_door::{AdminDoor, LEAVE_EVENT};
pub use load_error::LoadErrorPage;
pub use start::StartPage;
pub use survey::SurveyPage;
pub use thanks::ThanksPage;
