//! The action plan (改善計画): from the priorities to measures with tasks on a weekly schedule,
//! the pulse survey that measures them, and their effect against the baseline.

pub mod date;
pub mod effect;
pub mod file;
pub mod model;
pub mod pulse;
pub mod schedule;
pub mod sheet;
pub mod start;
pub mod validate;

pub use date::Date;
pub use model::{ActionPlan, PlanMeasure, StartingPoint, Target, Task, TaskStatus};
pub use validate::{Place, PlanError, Problem};
