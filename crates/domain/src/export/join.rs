//! Whether a file adds anything new: no kiosk is ever counted twice, whether its responses
//! arrive by an export, a device transfer, or both, in any order; and no centre takes in
//! another centre's file unless a person says it is theirs.

use std::collections::BTreeSet;

use super::error::{ImportError, Included};
use super::format::AggregateExport;

/// What a kiosk already holds, for deciding about a new file.
pub struct Holdings<'a> {
    /// This kiosk.
    pub own_device: &'a str,
    /// This centre's id, once it has one.
    pub centre_id: Option<&'a str>,
    /// Kiosks whose responses arrived here by device transfer.
    pub transferred_from: &'a BTreeSet<String>,
    /// The files taken in so far.
    pub imports: &'a [AggregateExport],
}

/// How an accepted file joins what a kiosk already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joining {
    /// New: stored beside the others.
    Add,
    /// A newer export of the same kiosks as an earlier import: it replaces that one.
    Replace { export_id: String },
}

fn respondents(file: &AggregateExport) -> u64 {
    file.sources
        .iter()
        .map(|source| u64::from(source.respondents))
        .sum()
}

/// `newer` replaces `older`: the same kiosks, made later, with at least as many respondents.
fn replaces(newer: &AggregateExport, older: &AggregateExport) -> bool {
    let devices = |file: &AggregateExport| file.devices().map(str::to_owned).collect::<BTreeSet<_>>();
    devices(newer) == devices(older)
        && (newer.created_at.as_str(), respondents(newer)) > (older.created_at.as_str(), respondents(older))
        && respondents(newer) >= respondents(older)
}

/// Decides whether `new` may join `holdings`. A file of another centre is refused with
/// [`ImportError::OtherCentre`] unless `other_centre_confirmed`.
pub fn joining(
    holdings: &Holdings<'_>,
    new: &AggregateExport,
    other_centre_confirmed: bool,
) -> Result<Joining, ImportError> {
    if holdings
        .imports
        .iter()
        .any(|file| file.export_id == new.export_id)
    {
        return Err(Included::SameFile {
            export_id: new.export_id.clone(),
        }
        .into());
    }
    if new.devices().any(|device| device == holdings.own_device) {
        return Err(Included::OwnResponses.into());
    }
    if let Some(device) = new
        .devices()
        .find(|device| holdings.transferred_from.contains(*device))
    {
        return Err(Included::Transferred {
            device: device.to_owned(),
        }
        .into());
    }
    if let (Some(ours), Some(theirs)) = (holdings.centre_id, new.centre.id.as_deref()) {
        if ours != theirs && !other_centre_confirmed {
            return Err(ImportError::OtherCentre {
                name: new.centre.name.clone(),
                id: theirs.to_owned(),
            });
        }
    }
    let new_devices: BTreeSet<&str> = new.devices().collect();
    let overlapping: Vec<&AggregateExport> = holdings
        .imports
        .iter()
        .filter(|file| file.devices().any(|device| new_devices.contains(device)))
        .collect();
    match overlapping.as_slice() {
        [] => Ok(Joining::Add),
        [earlier] if replaces(new, earlier) => Ok(Joining::Replace {
            export_id: earlier.export_id.clone(),
        }),
        [earlier] if replaces(earlier, new) => Err(Included::Superseded {
            by: earlier.export_id.clone(),
        }
        .into()),
        [earlier] => Err(Included::InFile {
            export_id: earlier.export_id.clone(),
        }
        .into()),
        _ => Err(Included::InSeveralFiles.into()),
    }
}

/// Whether a device transfer from `device` may join `holdings`: refused where an imported file
/// already holds that kiosk.
pub fn transfer_joining(holdings: &Holdings<'_>, device: &str) -> Result<(), Included> {
    if device == holdings.own_device {
        return Err(Included::OwnResponses);
    }
    match holdings
        .imports
        .iter()
        .find(|file| file.devices().any(|d| d == device))
    {
        Some(file) => Err(Included::InFile {
            export_id: file.export_id.clone(),
        }),
        None => Ok(()),
    }
}

/// The organiser's sorting of many files: each kiosk counted once, the newest export of a
/// kiosk kept, each centre once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedFiles {
    /// Positions of the files to use, in the order given.
    pub kept: Vec<usize>,
    /// Positions of the files left out, with the reason.
    pub refused: Vec<(usize, ImportError)>,
}

/// Sorts `files` (each already checked) for the organiser: a file given twice, superseded by a
/// newer export of the same kiosks, sharing a kiosk with another, or of a centre already in
/// another file is left out with the reason. Newer files win over older ones; otherwise the
/// first given wins.
pub fn sort_out(files: &[AggregateExport]) -> SortedFiles {
    let mut order: Vec<usize> = (0..files.len()).collect();
    // Newest first, so that a superseded file meets its replacement already kept.
    order.sort_by(|a, b| files[*b].created_at.cmp(&files[*a].created_at).then(a.cmp(b)));
    let mut kept: Vec<usize> = Vec::new();
    let mut refused = Vec::new();
    for index in order {
        let file = &files[index];
        let decision = kept.iter().find_map(|&other| {
            let held = &files[other];
            if held.export_id == file.export_id {
                return Some(ImportError::from(Included::SameFile {
                    export_id: file.export_id.clone(),
                }));
            }
            if replaces(held, file) || held.supersedes.as_deref() == Some(file.export_id.as_str()) {
                return Some(
                    Included::Superseded {
                        by: held.export_id.clone(),
                    }
                    .into(),
                );
            }
            if file.devices().any(|device| held.devices().any(|d| d == device)) {
                return Some(
                    Included::InFile {
                        export_id: held.export_id.clone(),
                    }
                    .into(),
                );
            }
            if file.centre.id.is_some() && file.centre.id == held.centre.id {
                return Some(ImportError::SameCentre {
                    export_id: held.export_id.clone(),
                });
            }
            None
        });
        match decision {
            Some(reason) => refused.push((index, reason)),
            None => kept.push(index),
        }
    }
    kept.sort();
    refused.sort_by_key(|(index, _)| *index);
    SortedFiles { kept, refused }
}
