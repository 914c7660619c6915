//! CSV that Excel opens safely and correctly in Japanese: UTF-8 with a byte order mark, CRLF
//! line ends, every field quoted with `"` doubled, and a field that Excel would read as a
//! formula (starting with `=`, `+`, `-`, `@`, tab or CR) neutralised with a leading `'`.

/// One field, quoted and neutralised.
pub fn field(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// A whole document from rows of fields.
pub fn document<R, F>(rows: R) -> String
where
    R: IntoIterator<Item = F>,
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let lines: Vec<String> = rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|value| field(value.as_ref()))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}
