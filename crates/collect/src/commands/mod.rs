//! One file per command: its options (clap) and what it does.

pub mod award;
pub mod build_benchmark;
pub mod merge;
pub mod outcomes;
pub mod ranking;
pub mod sample;
pub mod synthetic_benchmark;
pub mod trend;
pub mod validate;

/// `--date`: `YYYY-MM-DD`, so that the output is reproducible.
pub fn date(value: &str) -> Result<String, String> {
    let bytes = value.as_bytes();
    let valid = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if valid {
        Ok(value.to_owned())
    } else {
        Err(format!("{value:?} is not YYYY-MM-DD"))
    }
}
