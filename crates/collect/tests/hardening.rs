//! What a hostile or careless file must not do to the organiser's tool: run a formula in Excel,
//! drive the terminal, count a centre twice, show a centre under its anonymity minimum, or
//! exhaust memory.

mod common;

use common::*;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use yorisoi_collect::files::MAX_BYTES;
use yorisoi_collect::sample;
use yorisoi_domain::export::AggregateExport;

/// Three sample centres written to `dir`, each changed by `edit` first.
fn centres(dir: &Path, edit: impl Fn(usize, &mut AggregateExport)) -> Vec<String> {
    sample::exports(&survey(), 7, 3, DATE)
        .into_iter()
        .enumerate()
        .map(|(index, mut export)| {
            edit(index, &mut export);
            let path = dir.join(format!("c{index}.json"));
            std::fs::write(&path, export.to_json()).unwrap();
            path.display().to_string()
        })
        .collect()
}

/// The CSV's lines, after checking the BOM.
fn csv_lines(output: &Output) -> Vec<String> {
    let csv = String::from_utf8(output.stdout.clone()).unwrap();
    csv.strip_prefix('\u{feff}')
        .expect("a BOM")
        .split_terminator("\r\n")
        .map(String::from)
        .collect()
}

#[test]
fn a_formula_in_a_name_and_a_quote_and_line_break_in_an_id_come_out_excel_safe() {
    let dir = folder("formula");
    let files = centres(&dir, |index, export| {
        if index == 0 {
            export.centre.name = "=HYPERLINK(\"http://x\",\"go\")".into();
        }
        if index == 1 {
            export.export_id = "ab\"c\nd".into();
        }
    });
    let mut args = vec!["ranking"];
    args.extend(files.iter().map(String::as_str));
    let out = collect(&args);
    assert!(out.status.success(), "{}", text(&out));
    let lines = csv_lines(&out);
    // The header and one line per usable centre: an id with a quote and a line break is not an
    // id at all, and its file is refused before anything is written.
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        text(&out).contains("is not 16 lowercase hex digits"),
        "{}",
        text(&out)
    );
    let row = lines
        .iter()
        .find(|line| line.contains("HYPERLINK"))
        .expect("the centre is ranked");
    assert!(row.contains(r#","'=HYPERLINK(""http://x"",""go"")","#), "{row}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_escape_sequence_from_a_file_is_never_printed_raw() {
    let dir = folder("ansi");
    let files = centres(&dir, |index, export| {
        if index == 1 {
            export.centre.name = "\u{1b}[2J\u{1b}[31mRED\u{1b}[0m\u{202e}centre".into();
        }
    });
    // An unknown field whose name clears the screen: the error text quotes it.
    let hostile = dir.join("hostile.json");
    std::fs::write(
        &hostile,
        r#"{"format":"yorisoi-export","format_version":1,"\u001b[2J":1}"#,
    )
    .unwrap();
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let hostile = hostile.display().to_string();
    args.push(&hostile);
    for command in ["validate", "ranking"] {
        args[0] = command;
        let out = collect(&args);
        let said = text(&out);
        assert!(!said.contains('\u{1b}'), "{command}: {said:?}");
        assert!(!said.contains('\u{202e}'), "{command}: {said:?}");
        assert!(said.contains("[31mRED[0mcentre"), "{command}: {said}");
        assert!(said.contains(&format!("BAD  {hostile}:")), "{command}: {said}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_file_given_twice_or_a_kiosk_in_two_files_counts_once() {
    let dir = folder("twice");
    // The first two are two kiosks of one centre; the third another centre.
    let files = centres(&dir, |index, export| {
        if index < 2 {
            export.centre.id = Some("0123456789abcdef".into());
        }
    });
    let merged = dir.join("merged.json").display().to_string();
    let out = collect(&["merge", &files[0], &files[1], "-o", &merged]);
    assert!(out.status.success(), "{}", text(&out));

    // The same file twice counts once.
    let out = collect(&["ranking", &files[0], &files[0], &files[2]]);
    let said = text(&out);
    assert_eq!(csv_lines(&out).len(), 3, "{said}");
    assert!(
        said.contains(&format!("BAD  {}: the same export as {}", files[0], files[0])),
        "{said}"
    );

    // The merge is the newest file of those kiosks: it counts, their own files do not.
    let out = collect(&["ranking", &files[0], &files[1], &files[2], &merged]);
    assert!(out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert_eq!(csv_lines(&out).len(), 3, "{said}");
    assert!(
        said.contains(&format!("BAD  {}: its kiosks are already in {merged}", files[0])),
        "{said}"
    );
    assert!(said.contains("used 2 of 4 file(s)"), "{said}");

    // validate across files: the kiosks' own files beside their merge are a double count.
    let out = collect(&["validate", &files[0], &files[1], &merged]);
    assert!(!out.status.success());
    let said = text(&out);
    assert_eq!(said.matches("OK   ").count(), 1, "{said}");
    assert_eq!(said.matches("a double count").count(), 2, "{said}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_centre_under_its_anonymity_minimum_never_appears() {
    let dir = folder("minimum");
    let files = centres(&dir, |index, export| {
        if index == 2 {
            // A file claiming a whole centre under its own minimum.
            export.centre.name = "Tiny".into();
            export.minimum = 100;
            export.cells.retain(|cell| cell.group.is_none());
            export.cells[0].respondents = 99;
            export.sources[0].respondents = 99;
        }
    });
    for command in ["ranking", "award", "outcomes"] {
        let mut args = vec![command];
        args.extend(files.iter().map(String::as_str));
        let out = collect(&args);
        let said = text(&out);
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("Tiny"),
            "{command}: {said}"
        );
        assert!(
            said.contains("the whole centre has 99 respondents, under the minimum of 100"),
            "{command}: {said}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_file_over_the_limit_is_refused_by_its_size_before_it_is_read() {
    let dir = folder("large");
    let sparse = dir.join("huge.json");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(MAX_BYTES as u64 * 100)
        .unwrap();
    let sparse = sparse.display().to_string();
    let out = collect(&["validate", &sparse]);
    assert!(
        text(&out).contains(&format!(
            "BAD  {sparse}: the file is 1000.0 MB; a file is at most 10 MB (not read)"
        )),
        "{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_stream_without_a_size_is_read_no_further_than_the_limit() {
    // A named pipe has no size in its metadata (like /dev/zero): the tool must stop reading
    // just past the limit. The writer offers six times the limit and counts what was taken.
    let dir = folder("pipe");
    let pipe = dir.join("endless.json");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    let writer = {
        let pipe = pipe.clone();
        std::thread::spawn(move || {
            let mut file = std::fs::OpenOptions::new().write(true).open(pipe).unwrap();
            let chunk = vec![b' '; 64 * 1024];
            let mut written = 0usize;
            while written < 6 * MAX_BYTES {
                match file.write(&chunk) {
                    Ok(n) => written += n,
                    Err(_) => break,
                }
            }
            written
        })
    };
    let shown = pipe.display().to_string();
    let out = collect(&["validate", &shown]);
    if !writer.is_finished() {
        // The tool never opened the pipe: open it here so the writer ends, then fail below.
        drop(std::fs::File::open(&pipe));
    }
    let written = writer.join().unwrap();
    assert!(
        text(&out).contains(&format!("BAD  {shown}: the file is over 10 MB")),
        "{}",
        text(&out)
    );
    assert!(written < 2 * MAX_BYTES, "read {written} bytes");
    let _ = std::fs::remove_dir_all(dir);
}
