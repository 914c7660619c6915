//! Numbers as people type them on a Japanese keyboard: ASCII or full-width digits (０-９), a
//! full-width or ASCII decimal point, spaces (of either width) around them.

/// Why typed text is not the number asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    /// Not a whole number (for a whole number) or not a number at all.
    NotANumber {
        text: String,
    },
}

/// The text with full-width digits and points made ASCII, and outer spaces trimmed.
fn normalise(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            other => other,
        })
        .collect()
}

/// A whole number from 0 up: `"１２"` → 12.
pub fn whole_number(text: &str) -> Result<u32, NumberError> {
    let normal = normalise(text);
    if normal.is_empty() {
        return Err(NumberError::Empty);
    }
    let digits_only = normal.bytes().all(|b| b.is_ascii_digit());
    normal
        .parse()
        .ok()
        .filter(|_| digits_only)
        .ok_or_else(|| NumberError::NotANumber {
            text: text.to_owned(),
        })
}

/// A decimal number such as `"81.5"` or `"８１．５"`.
pub fn decimal(text: &str) -> Result<f64, NumberError> {
    let normal = normalise(text);
    if normal.is_empty() {
        return Err(NumberError::Empty);
    }
    let shaped = normal.bytes().all(|b| b.is_ascii_digit() || b == b'.') && normal.matches('.').count() <= 1;
    normal
        .parse::<f64>()
        .ok()
        .filter(|value| shaped && value.is_finite())
        .ok_or_else(|| NumberError::NotANumber {
            text: text.to_owned(),
        })
}
