use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::FakeRelativeClock;
use yorisoi_host::core::rate::{Limits, RateLimit};
use yorisoi_host::core::refusal::Refusal;

fn limits(per_second: u32, burst: u32) -> Limits {
    Limits {
        per_second: NonZeroU32::new(per_second).unwrap(),
        burst: NonZeroU32::new(burst).unwrap(),
    }
}

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

const WAIT_1: Result<(), Refusal> = Err(Refusal::RateLimited { retry_after_secs: 1 });

#[test]
fn a_burst_passes_then_one_token_per_interval() {
    // 2 a second (one token every 500 ms), burst 3.
    let clock = FakeRelativeClock::default();
    let rate = RateLimit::with_clock(limits(2, 3), clock.clone());
    let kiosk = "10.0.0.7";
    for _ in 0..3 {
        assert_eq!(rate.check(&kiosk), Ok(()));
    }
    // The 4th at t=0 waits 500 ms: Retry-After rounds up to 1 second.
    assert_eq!(rate.check(&kiosk), WAIT_1);
    clock.advance(ms(499));
    assert_eq!(rate.check(&kiosk), WAIT_1); // 1 ms to go: still 1 second
    clock.advance(ms(1));
    assert_eq!(rate.check(&kiosk), Ok(())); // t=500: the first refilled token
    assert_eq!(rate.check(&kiosk), WAIT_1);
    // Idle until t=2000: 1.5 s refills three tokens, and the bucket holds no more than 3.
    clock.advance(ms(1500));
    for _ in 0..3 {
        assert_eq!(rate.check(&kiosk), Ok(()));
    }
    assert_eq!(rate.check(&kiosk), WAIT_1);
}

#[test]
fn each_address_has_its_own_bucket() {
    let clock = FakeRelativeClock::default();
    let rate = RateLimit::with_clock(limits(1, 1), clock.clone());
    assert_eq!(rate.check(&"10.0.0.1"), Ok(()));
    assert_eq!(rate.check(&"10.0.0.1"), WAIT_1);
    assert_eq!(rate.check(&"10.0.0.2"), Ok(()));
    assert_eq!(rate.tracked(), 2);
}

#[test]
fn a_wait_of_exactly_one_second_is_one_not_two() {
    let clock = FakeRelativeClock::default();
    let rate = RateLimit::with_clock(limits(1, 1), clock.clone());
    assert_eq!(rate.check(&"proxy"), Ok(()));
    assert_eq!(rate.check(&"proxy"), WAIT_1); // exactly 1000 ms
    clock.advance(ms(1000));
    assert_eq!(rate.check(&"proxy"), Ok(()));
}

#[test]
fn the_default_takes_600_at_once_from_one_proxy_then_20_a_second() {
    let clock = FakeRelativeClock::default();
    let rate = RateLimit::with_clock(Limits::DEFAULT, clock.clone());
    let proxy = "10.1.1.1";
    for _ in 0..600 {
        assert_eq!(rate.check(&proxy), Ok(()));
    }
    assert_eq!(rate.check(&proxy), WAIT_1);
    clock.advance(ms(1000));
    for _ in 0..20 {
        assert_eq!(rate.check(&proxy), Ok(()));
    }
    assert_eq!(rate.check(&proxy), WAIT_1);
    // The whole burst is back 30 s after it was spent.
    clock.advance(ms(30_000));
    for _ in 0..600 {
        assert_eq!(rate.check(&proxy), Ok(()));
    }
    assert_eq!(rate.check(&proxy), WAIT_1);
}

#[test]
fn idle_addresses_are_forgotten_once_their_bucket_is_full_again() {
    // One request at t=0 with 2 a second leaves the bucket short until t=500; governor keeps
    // the state one interval longer (until t=1000), then it is indistinguishable from new.
    let clock = FakeRelativeClock::default();
    let rate = RateLimit::with_clock(limits(2, 3), clock.clone());
    assert_eq!(rate.check(&"10.0.0.9"), Ok(()));
    clock.advance(ms(999));
    rate.forget_idle();
    assert_eq!(rate.tracked(), 1);
    clock.advance(ms(1));
    rate.forget_idle();
    assert_eq!(rate.tracked(), 0);
}
