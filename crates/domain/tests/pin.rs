use yorisoi_domain::pin::{PinRecord, HASH_BYTES, SALT_BYTES};
use yorisoi_domain::unlock_attempts::{UnlockAttempts, FREE_ATTEMPTS};

#[test]
fn the_stored_record_holds_salt_and_hash_in_hex_and_compares_whole_hashes() {
    let salt = [7u8; SALT_BYTES];
    let hash: Vec<u8> = (0..HASH_BYTES as u8).collect();
    let record = PinRecord::new(&salt, 600_000, &hash);
    let json = record.to_record();
    assert!(json.contains(&"07".repeat(SALT_BYTES)));
    let read = PinRecord::from_record(&json).unwrap();
    assert_eq!(read.salt_bytes().unwrap(), salt);
    assert!(read.matches(&hash));
    let mut wrong = hash.clone();
    wrong[31] ^= 1;
    assert!(!read.matches(&wrong));
    assert!(!read.matches(&hash[..16]));
}

#[test]
fn an_unusable_pin_record_is_refused() {
    assert!(PinRecord::from_record("{}").is_err());
    let short_salt = PinRecord::new(&[1, 2], 600_000, &[0; HASH_BYTES]).to_record();
    assert!(PinRecord::from_record(&short_salt).is_err());
    let no_iterations = PinRecord::new(&[1; SALT_BYTES], 0, &[0; HASH_BYTES]).to_record();
    assert!(PinRecord::from_record(&no_iterations).is_err());
    let newer = PinRecord::new(&[1; SALT_BYTES], 600_000, &[0; HASH_BYTES])
        .to_record()
        .replace("\"v\":1", "\"v\":2");
    assert!(newer.contains("\"v\":2"));
    assert!(
        PinRecord::from_record(&newer).is_err(),
        "a newer record is never read as this version's"
    );
}

#[test]
fn wrong_tries_after_the_free_tries_wait_twice_as_long_each_time_up_to_fifteen_minutes() {
    let now = 1_000_000;
    let mut attempts = UnlockAttempts::default();
    let mut waits = Vec::new();
    for _ in 0..14 {
        attempts = attempts.record_failure(now);
        waits.push(attempts.wait_ms(now) / 1000);
    }
    assert_eq!(FREE_ATTEMPTS, 3);
    assert_eq!(waits, [0, 0, 0, 5, 10, 20, 40, 80, 160, 320, 640, 900, 900, 900]);
    assert_eq!(attempts.wait_ms(now + 900_000), 0);
}

#[test]
fn damaged_attempts_still_lock_rather_than_reset() {
    let attempts = UnlockAttempts::from_record("garbage", 0);
    assert!(attempts.wait_ms(0) > 0);
    let stored = UnlockAttempts::default().record_failure(10).to_record();
    assert_eq!(UnlockAttempts::from_record(&stored, 0).failures, 1);
}
