//! Where results go: tables as Excel-safe CSV or as JSON, to a file or standard output; charts
//! as SVG files; the closing "used N of M" line. Messages go to standard error, so a table on
//! standard output stays clean.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::failure::Failure;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Excel-safe CSV: UTF-8 with BOM, CRLF, every field quoted, formulas neutralised.
    Csv,
    Json,
}

/// The options every table command shares.
#[derive(clap::Args)]
pub struct TableArgs {
    /// The table's format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Write the table to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl TableArgs {
    /// Writes `rows` (the header first) as CSV, or `json`, where the options say.
    pub fn emit(&self, rows: &[Vec<String>], json: &serde_json::Value) -> Result<(), Failure> {
        let text = match self.format {
            Format::Csv => yorisoi_domain::csv::table(rows),
            Format::Json => serde_json::to_string_pretty(json).expect("a table serializes") + "\n",
        };
        match &self.output {
            Some(path) => {
                write(path, &text)?;
                eprintln!("wrote {}", path.display());
                Ok(())
            }
            None => {
                print!("{text}");
                Ok(())
            }
        }
    }
}

/// The option of the commands that draw charts.
#[derive(clap::Args)]
pub struct ChartArgs {
    /// Write the charts as SVG files into DIR (made if missing).
    #[arg(long, value_name = "DIR")]
    pub charts: Option<PathBuf>,
}

impl ChartArgs {
    /// Draws the charts only when asked; each is `(file name, drawing)`.
    pub fn write<F>(&self, draw: F) -> Result<(), Failure>
    where
        F: FnOnce() -> Result<Vec<(&'static str, String)>, yorisoi_collect::charts::ChartError>,
    {
        let Some(directory) = &self.charts else {
            return Ok(());
        };
        std::fs::create_dir_all(directory).map_err(|error| Failure::Folder {
            path: directory.clone(),
            error,
        })?;
        for (name, svg) in draw()? {
            let path = directory.join(name);
            write(&path, &svg)?;
            eprintln!("wrote {}", path.display());
        }
        Ok(())
    }
}

pub fn write(path: &Path, contents: &str) -> Result<(), Failure> {
    std::fs::write(path, contents).map_err(|error| Failure::Write {
        path: path.to_owned(),
        error,
    })
}

pub fn summary(used: usize, given: usize) {
    eprintln!("used {used} of {given} file(s)");
}

/// A figure rounded for a table: `decimals` places, as text.
pub fn fixed(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

/// The same figure for JSON: a number rounded to `decimals` places.
pub fn rounded(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}
