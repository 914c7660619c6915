//! The host's HTTP behaviour, with the router served in this process on 127.0.0.1.

#[path = "../support/mod.rs"]
mod support;

mod inbox;
mod paging;
mod statics;
