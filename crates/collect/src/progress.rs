//! Shows how far a long run has come, on a terminal only (never in a pipe or a test's output).

use std::io::{IsTerminal, Write};

/// Runs over this many files show the bar.
const FROM_FILES: usize = 20;

pub struct Progress {
    total: usize,
    shown: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            total,
            shown: total >= FROM_FILES && std::io::stderr().is_terminal(),
        }
    }

    pub fn step(&self, done: usize) {
        if self.shown {
            let width = 30;
            let filled = done * width / self.total.max(1);
            eprint!(
                "\r[{}{}] {done}/{} files",
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.total
            );
            let _ = std::io::stderr().flush();
            if done == self.total {
                eprintln!();
            }
        }
    }
}
