//! Yorisoi's browser app, built as two WebAssembly modules over this library: the kiosk
//! (`src/main.rs`: the survey, sealing each response to the centre key) and the administration
//! (`src/bin/admin.rs`: the centre key's unlock, reports, exports, settings), which the kiosk
//! loads only when the administrator asks for it. Each links only what it uses.

pub mod admin;
pub mod app;
pub mod assets;
pub mod charts;
pub mod components;
pub mod crypto;
pub mod download;
pub mod http;
pub mod i18n;
pub mod kiosk;
pub mod outbox;
pub mod pages;
pub mod perf;
pub mod results;
pub mod sealing_key;
pub mod storage;
pub mod tabs;
