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

use std::fmt;

use yorisoi_collect::files::printable;

/// An option's value that does not read; clap prints it after the option's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    NotADate(String),
    /// `--tier` is `NAME=PLACES`.
    NotATier(String),
    NotPlaces(String),
    TierWithoutName,
    NotAPercentage(String),
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted = |value: &str| format!("\"{}\"", printable(value));
        match self {
            ValueError::NotADate(value) => write!(f, "{} is not YYYY-MM-DD", quoted(value)),
            ValueError::NotATier(value) => write!(f, "{} is not NAME=PLACES", quoted(value)),
            ValueError::NotPlaces(value) => {
                write!(f, "{} is not a number of places (1 or more)", quoted(value))
            }
            ValueError::TierWithoutName => f.write_str("a tier needs a name"),
            ValueError::NotAPercentage(value) => {
                write!(f, "{} is not a percentage from 0 to 100", quoted(value))
            }
        }
    }
}

impl std::error::Error for ValueError {}

/// `--date`: `YYYY-MM-DD`, so that the output is reproducible.
pub fn date(value: &str) -> Result<String, ValueError> {
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
        Err(ValueError::NotADate(value.to_owned()))
    }
}
