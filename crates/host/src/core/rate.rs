//! The inbox's flood guard: a token bucket per client address (governor's GCRA, which is a
//! token bucket measured in time). The clock is a parameter so the accounting is tested with
//! a fake clock, exactly.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

use super::refusal::Refusal;

/// How many inbox requests one address may make: `burst` at once, then `per_second`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub per_second: NonZeroU32,
    pub burst: NonZeroU32,
}

impl Limits {
    /// Sized for a centre of about 500 people behind one proxy (one address): all of them
    /// submitting in the same moment fit in the burst, with room for retries; the sustained
    /// rate refills the whole burst in 30 seconds and caps a flood from one address at 20
    /// records (320 KiB) a second. A refused submission loses nothing: it waits in its
    /// device's outbox and is sent again after Retry-After.
    pub const DEFAULT: Limits = Limits {
        per_second: NonZeroU32::new(20).unwrap(),
        burst: NonZeroU32::new(600).unwrap(),
    };
}

/// Per-address token buckets.
pub struct RateLimit<K = IpAddr, C = DefaultClock>
where
    K: Hash + Eq + Clone,
    C: Clock,
{
    limiter: RateLimiter<K, DashMapStateStore<K>, C, NoOpMiddleware<C::Instant>>,
    clock: C,
}

impl RateLimit {
    /// A limiter on the system's monotonic clock.
    pub fn new(limits: Limits) -> RateLimit {
        RateLimit::with_clock(limits, DefaultClock::default())
    }
}

impl<K, C> RateLimit<K, C>
where
    K: Hash + Eq + Clone,
    C: Clock + Clone,
{
    /// A limiter on the given clock (a fake one in tests).
    pub fn with_clock(limits: Limits, clock: C) -> RateLimit<K, C> {
        let quota = Quota::per_second(limits.per_second).allow_burst(limits.burst);
        RateLimit {
            limiter: RateLimiter::dashmap_with_clock(quota, clock.clone()),
            clock,
        }
    }

    /// Takes one token from `key`'s bucket, or says how long to wait: whole seconds, rounded
    /// up, at least 1 (what an HTTP Retry-After header can carry).
    pub fn check(&self, key: &K) -> Result<(), Refusal> {
        self.limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            let whole = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            Refusal::RateLimited {
                retry_after_secs: whole.max(1),
            }
        })
    }

    /// Drops the buckets of addresses that are full again (idle), so memory stays bounded by
    /// the addresses active in the last burst period.
    pub fn forget_idle(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// How many addresses have a bucket.
    pub fn tracked(&self) -> usize {
        self.limiter.len()
    }
}
