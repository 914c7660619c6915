//! Excel-safe CSV, the one rule for every table the app and the organiser's tool write: every
//! field quoted with `"` doubled; a field starting with `=`, `+`, `-`, `@`, a tab or a carriage
//! return is neutralised with a leading `'` so a spreadsheet never runs it as a formula (OWASP,
//! "CSV Injection"); the text is UTF-8 with a byte-order mark (so Excel reads Japanese) and CRLF
//! line ends.

/// Starts every file, so Excel reads it as UTF-8.
pub const BOM: char = '\u{feff}';

/// What a formula in a spreadsheet may start with.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One field, quoted and neutralised.
pub fn field(value: &str) -> String {
    let neutralise = value.starts_with(FORMULA_STARTS);
    let mut quoted = String::with_capacity(value.len() + 4);
    quoted.push('"');
    if neutralise {
        quoted.push('\'');
    }
    quoted.push_str(&value.replace('"', "\"\""));
    quoted.push('"');
    quoted
}

/// One line of fields, without its line end.
pub fn line<S: AsRef<str>>(fields: &[S]) -> String {
    fields
        .iter()
        .map(|value| field(value.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

/// A whole table, the header first: the BOM, then every line ended by CRLF.
pub fn table<S: AsRef<str>>(rows: &[Vec<S>]) -> String {
    let mut text = String::from(BOM);
    for row in rows {
        text.push_str(&line(row));
        text.push_str("\r\n");
    }
    text
}
