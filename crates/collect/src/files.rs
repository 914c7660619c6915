//! Reading the organiser's input files safely: the size is checked before a file is read (from
//! its metadata, then by reading at most one byte more than the limit, for devices and pipes
//! whose size the metadata does not tell), and text from a file is made safe to print.

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Every file the tool reads is at most this large: the size limit of an export.
pub const MAX_BYTES: usize = yorisoi_domain::export::MAX_IMPORT_BYTES;

#[derive(Debug)]
pub enum ReadError {
    /// `bytes` is the size the metadata gave, or `None` when it only showed while reading.
    TooLarge {
        bytes: Option<u64>,
    },
    Io(std::io::Error),
    /// Read, but not UTF-8 text.
    NotText,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = MAX_BYTES / 1_048_576;
        match self {
            ReadError::TooLarge { bytes: Some(bytes) } => write!(
                f,
                "the file is {:.1} MB; a file is at most {limit} MB (not read)",
                *bytes as f64 / 1_048_576.0
            ),
            ReadError::TooLarge { bytes: None } => {
                write!(
                    f,
                    "the file is over {limit} MB; a file is at most {limit} MB (not read)"
                )
            }
            ReadError::Io(error) => write!(f, "{}", printable(&error.to_string())),
            ReadError::NotText => f.write_str("not UTF-8 text"),
        }
    }
}

/// The whole file, if it is at most `limit` bytes; never more than `limit + 1` bytes are read.
pub fn read_bounded(path: &Path, limit: usize) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path).map_err(ReadError::Io)?;
    if metadata.is_file() && metadata.len() > limit as u64 {
        return Err(ReadError::TooLarge {
            bytes: Some(metadata.len()),
        });
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge { bytes: None });
    }
    Ok(bytes)
}

/// A file's text as UTF-8, read as [`read_bounded`] does.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    String::from_utf8(read_bounded(path, MAX_BYTES)?).map_err(|_| ReadError::NotText)
}

/// Text from a file, safe to print on a terminal or in a table: control characters (the escape
/// that starts an ANSI sequence, line breaks, tabs, C1 controls) and the bidirectional overrides
/// that can make text read backwards are removed.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}
