//! CSV that Excel opens correctly in Japanese and that cannot run as a formula: the one way the
//! app and the CLI write CSV.
//!
//! UTF-8 with a byte order mark, CRLF line ends, every field quoted with `"` doubled; a field
//! starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (the OWASP
//! rule against CSV injection), except a plain signed number such as `-3.5` or `+1.0`, which
//! Excel reads as a number and cannot run.

/// One field, quoted and neutralised.
pub fn excel_field(field: &str) -> String {
    let neutralised = if starts_like_formula(field) && !is_signed_number(field) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    format!("\"{}\"", neutralised.replace('"', "\"\""))
}

/// A whole table: BOM, fields quoted, CRLF after every line.
pub fn excel_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let line: Vec<String> = row.iter().map(|field| excel_field(field)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn starts_like_formula(field: &str) -> bool {
    field.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `+` or `-`, then digits with at most one `.` between digits: a number, not a formula.
fn is_signed_number(field: &str) -> bool {
    let Some(rest) = field.strip_prefix(['+', '-']) else {
        return false;
    };
    let mut parts = rest.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}
