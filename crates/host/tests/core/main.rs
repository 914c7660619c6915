//! The host's rules, natively, with hand-worked expectations.

mod csp;
mod paging;
mod paths;
mod rate;
mod record;
mod token;
