//! Components by role: a question, the agreement grid, the progress bar, the idle guard and the
//! storage notices.

mod agreement_grid;
mod idle_guard;
mod notices;
mod progress;
mod question;

pub use agreement_grid::AgreementGrid;
pub use idle_guard::IdleGuard;
pub use notices::Notices;
pub use progress::Progress;
pub use question::Question;
