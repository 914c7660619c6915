//! Components by role: a question, the progress bar, the idle guard and the storage notices.

mod idle_guard;
mod notices;
mod progress;
mod question;

pub use idle_guard::IdleGuard;
pub use notices::Notices;
pub use progress::Progress;
pub use question::Question;
