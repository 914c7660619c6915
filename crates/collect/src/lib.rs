//! The central organiser's tool, on the same domain crate as the app.

pub mod charts;
pub mod files;
pub mod random;
pub mod sample;
pub mod synthetic;
