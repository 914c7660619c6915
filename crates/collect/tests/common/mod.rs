//! What every command-line test needs: the shipped survey, a fresh folder, the real binary.
#![allow(dead_code)] // each test file uses a different part

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use yorisoi_domain::SurveyDefinition;

pub const DATE: &str = "2026-11-29";

pub fn survey_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/surveys/employee.json")
}

pub fn survey() -> SurveyDefinition {
    SurveyDefinition::parse("employee.json", &std::fs::read_to_string(survey_file()).unwrap()).unwrap()
}

/// An empty folder of its own for one test (the process id keeps test binaries apart).
pub fn folder(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("yorisoi-collect-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).unwrap();
    path
}

/// Runs `yorisoi-collect` with `args` and the shipped survey.
pub fn collect<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yorisoi-collect"))
        .args(args)
        .arg("--survey")
        .arg(survey_file())
        .output()
        .unwrap()
}

/// Everything a run printed, standard output then standard error.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
