//! Yorisoi's browser app, built as two WebAssembly modules over this library: the kiosk
//! (`src/main.rs`: the survey, and the PIN in front of the administration) and the
//! administration (`src/bin/admin.rs`: reports, exports, settings), which the kiosk loads only
//! after the PIN. Each links only what it uses.

pub mod admin;
pub mod app;
pub mod assets;
pub mod charts;
pub mod components;
pub mod crypto;
pub mod download;
pub mod i18n;
pub mod kiosk;
pub mod pages;
pub mod results;
pub mod storage;
pub mod tabs;
