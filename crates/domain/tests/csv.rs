use yorisoi_domain::csv::{field, line, table};

#[test]
fn every_field_is_quoted_and_quotes_are_doubled() {
    assert_eq!(field("plain"), "\"plain\"");
    assert_eq!(field(""), "\"\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("a,b"), "\"a,b\"");
    // A line break stays inside the quotes, where every spreadsheet keeps it in the cell.
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    assert_eq!(field("東京センター"), "\"東京センター\"");
}

#[test]
fn a_field_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
    assert_eq!(field("=1+1"), "\"'=1+1\"");
    assert_eq!(field("+81"), "\"'+81\"");
    assert_eq!(field("-3"), "\"'-3\"");
    assert_eq!(field("@SUM(A1)"), "\"'@SUM(A1)\"");
    assert_eq!(field("\tx"), "\"'\tx\"");
    assert_eq!(field("\rx"), "\"'\rx\"");
    assert_eq!(
        field("=HYPERLINK(\"http://x\")"),
        "\"'=HYPERLINK(\"\"http://x\"\")\""
    );
    // Only the first character counts.
    assert_eq!(field("a=b"), "\"a=b\"");
    assert_eq!(field(" =b"), "\" =b\"");
}

#[test]
fn a_table_is_bom_then_crlf_lines() {
    assert_eq!(line(&["a", "=b"]), "\"a\",\"'=b\"");
    let rows = vec![vec!["name", "mean"], vec!["A \"1\"", "6.50"]];
    assert_eq!(
        table(&rows),
        "\u{feff}\"name\",\"mean\"\r\n\"A \"\"1\"\"\",\"6.50\"\r\n"
    );
    let empty: Vec<Vec<String>> = Vec::new();
    assert_eq!(table(&empty), "\u{feff}");
}
