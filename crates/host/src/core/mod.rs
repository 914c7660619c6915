//! The host's rules, free of I/O: checking sealed records, the idempotence decision, the
//! rate limit's accounting, paging, paths and caching, the CSP, the host token. Time, bytes
//! and stored rows come in as arguments, so every rule is tested natively and exactly.

pub mod csp;
pub mod idempotence;
pub mod paging;
pub mod paths;
pub mod rate;
pub mod record;
pub mod refusal;
pub mod token;
