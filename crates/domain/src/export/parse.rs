//! Reading a file and refusing whatever cannot be true, before anything is stored.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::error::{ImportError, Impossible, Place};
use super::format::{
    AggregateExport, Cell, SurveyStamp, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, MAX_IMPORT_BYTES,
    MAX_RESPONDENTS, OLDEST_READABLE_VERSION,
};
use crate::records::is_valid_id;
use crate::report::LOWEST_MIN_RESPONDENTS;
use crate::scoring::PairSums;
use crate::survey::{Item, ItemKind, SurveyDefinition};

/// The highest minimum an administrator can set.
pub const HIGHEST_MINIMUM: u32 = 100;

impl AggregateExport {
    /// Reads and checks a file for combining with others: its size, format (version 2 only), its
    /// survey, and that every number is possible and released. Nothing is stored here.
    pub fn parse(bytes: &[u8], survey: &SurveyDefinition) -> Result<AggregateExport, ImportError> {
        let export = AggregateExport::read(bytes)?;
        if export.format_version != EXPORT_FORMAT_VERSION {
            return Err(ImportError::OlderFormat {
                version: export.format_version,
            });
        }
        let stamp = SurveyStamp::of(survey);
        if export.survey != stamp {
            return Err(ImportError::OtherSurvey {
                file: export.survey.to_string(),
                kiosk: survey.key.to_string(),
            });
        }
        export.check(survey)?;
        Ok(export)
    }

    /// Reads a file of this format, any readable version, for any survey: its size, its format
    /// and version, its shape (no unknown field, no key twice). What it holds is checked by
    /// [`AggregateExport::parse`] (or, for a baseline, item by item).
    pub fn read(bytes: &[u8]) -> Result<AggregateExport, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge {
                bytes: bytes.len() as u64,
            });
        }
        #[derive(Deserialize)]
        struct Header {
            #[serde(default)]
            format: String,
            #[serde(default)]
            format_version: u64,
        }
        let not_json = |error: serde_json::Error| {
            let (line, column) = (error.line(), error.column());
            match error.classify() {
                serde_json::error::Category::Data => ImportError::BadValue { line, column },
                _ => ImportError::NotJson { line, column },
            }
        };
        let header: Header = serde_json::from_slice(bytes).map_err(not_json)?;
        let version = u32::try_from(header.format_version).unwrap_or(u32::MAX);
        if header.format != EXPORT_FORMAT
            || !(OLDEST_READABLE_VERSION..=EXPORT_FORMAT_VERSION).contains(&version)
        {
            return Err(ImportError::UnknownFormat {
                format: header.format,
                version,
            });
        }
        serde_json::from_slice(bytes).map_err(not_json)
    }

    fn check(&self, survey: &SurveyDefinition) -> Result<(), Impossible> {
        self.check_ids()?;
        if !(LOWEST_MIN_RESPONDENTS..=HIGHEST_MINIMUM).contains(&self.minimum) {
            return Err(Impossible::MinimumOutOfRange {
                minimum: self.minimum,
            });
        }
        let mut wholes = self.cells.iter().filter(|cell| cell.group.is_none());
        let whole = wholes.next().ok_or(Impossible::NoWholeCell)?;
        if wholes.next().is_some() {
            return Err(Impossible::TwoWholeCells);
        }
        self.check_sources(whole)?;
        // No file is about fewer people than its own minimum: such a file was never released.
        if whole.respondents < self.minimum {
            return Err(Impossible::GroupUnderMinimum {
                place: Place::WholeCentre,
                respondents: whole.respondents,
                minimum: self.minimum,
            });
        }
        let whole_answers = check_cell(survey, whole, self.minimum, Place::WholeCentre)?;
        check_pairs(survey, whole, &whole_answers)?;
        let mut seen = BTreeSet::new();
        // Per attribute: the groups' respondents and their answers, value by value.
        let mut by_attribute: BTreeMap<&str, (u64, BTreeMap<&str, [u64; 36]>)> = BTreeMap::new();
        for cell in &self.cells {
            let Some(group) = &cell.group else { continue };
            let place = Place::Group {
                attribute: group.attribute.clone(),
                value: group.value,
            };
            if !seen.insert(group.clone()) {
                return Err(Impossible::GroupTwice { place });
            }
            let valid = survey
                .item(&group.attribute)
                .is_some_and(|item| item.kind == ItemKind::Attribute && item.scale.accepts(group.value));
            if !valid {
                return Err(Impossible::NoSuchGroup { place });
            }
            if cell.respondents < self.minimum {
                return Err(Impossible::GroupUnderMinimum {
                    place,
                    respondents: cell.respondents,
                    minimum: self.minimum,
                });
            }
            if cell.respondents > whole.respondents {
                return Err(Impossible::GroupLargerThanCentre {
                    place,
                    respondents: cell.respondents,
                    whole: whole.respondents,
                });
            }
            if let Some((item, _)) = cell.items.iter().find(|(_, counts)| counts.kgi_pairs.is_some()) {
                return Err(Impossible::PairsInGroup {
                    place,
                    item: item.clone(),
                });
            }
            let answers = check_cell(survey, cell, self.minimum, place)?;
            let (total, items) = by_attribute.entry(&group.attribute).or_default();
            *total += u64::from(cell.respondents);
            for (item, row) in answers {
                let sum = items.entry(item).or_insert([0; 36]);
                for (value, count) in row.iter().enumerate() {
                    sum[value] += count;
                }
            }
        }
        for (attribute, (total, items)) in by_attribute {
            if total > u64::from(whole.respondents) {
                return Err(Impossible::GroupsExceedCentre {
                    attribute: attribute.to_owned(),
                    total,
                    whole: whole.respondents,
                });
            }
            for (item, sums) in items {
                // The whole centre holds every group's answers: where it has the item, no value
                // may have more answers in the groups together.
                let Some(whole_row) = whole_answers.get(item) else {
                    continue;
                };
                if sums.iter().zip(whole_row).any(|(groups, whole)| groups > whole) {
                    return Err(Impossible::GroupCountsExceedCentre {
                        attribute: attribute.to_owned(),
                        item: item.to_owned(),
                    });
                }
            }
        }
        if let Some(representative) = &self.representative {
            if let Some((id, level)) = representative
                .answers
                .iter()
                .find(|(_, level)| !(1..=5).contains(*level))
            {
                return Err(Impossible::RepresentativeLevel {
                    item: id.clone(),
                    level: *level,
                });
            }
        }
        Ok(())
    }

    fn check_ids(&self) -> Result<(), Impossible> {
        let bad = |field: &'static str, value: &str| {
            (!is_valid_id(value)).then(|| Impossible::BadId {
                field,
                value: value.to_owned(),
            })
        };
        let centre_id = self.centre.id.as_deref().unwrap_or("");
        let checks = [
            bad("export_id", &self.export_id),
            bad("device_id", &self.device_id),
            bad("centre id", centre_id),
            self.supersedes.as_deref().and_then(|id| bad("supersedes", id)),
        ];
        if let Some(problem) = checks.into_iter().flatten().next() {
            return Err(problem);
        }
        for source in &self.sources {
            if let Some(problem) = bad("source device_id", &source.device_id)
                .or_else(|| bad("source export_id", &source.export_id))
                .or_else(|| {
                    source
                        .transferred_from
                        .iter()
                        .find_map(|id| bad("transferred_from", id))
                })
            {
                return Err(problem);
            }
        }
        Ok(())
    }

    fn check_sources(&self, whole: &Cell) -> Result<(), Impossible> {
        if self.sources.is_empty() {
            return Err(Impossible::NoSources);
        }
        let mut devices = BTreeSet::new();
        for device in self.devices() {
            if !devices.insert(device) {
                return Err(Impossible::KioskTwice {
                    device: device.to_owned(),
                });
            }
        }
        // Summed in 64 bits: a file's numbers must not overflow the check meant to catch them.
        let sources: u64 = self
            .sources
            .iter()
            .map(|source| u64::from(source.respondents))
            .sum();
        if sources != u64::from(whole.respondents) {
            return Err(Impossible::SourcesDontAddUp {
                sources,
                whole: whole.respondents,
            });
        }
        Ok(())
    }
}

/// The value a count key stands for, where it is written the one canonical way ("7", never
/// "07" or "+7") and the item's scale has it.
pub(super) fn canonical_value(item: &Item, key: &str) -> Option<u8> {
    let value: u8 = key.parse().ok()?;
    (value.to_string() == key && item.scale.accepts(value)).then_some(value)
}

/// Checks one cell's items; returns each item's count per value.
fn check_cell<'a>(
    survey: &SurveyDefinition,
    cell: &'a Cell,
    minimum: u32,
    place: Place,
) -> Result<BTreeMap<&'a str, [u64; 36]>, Impossible> {
    if cell.respondents > MAX_RESPONDENTS {
        return Err(Impossible::TooManyRespondents {
            place,
            respondents: cell.respondents,
        });
    }
    let mut rows = BTreeMap::new();
    for (id, counts) in &cell.items {
        let Some(item) = survey.choice_position(id).and_then(|_| survey.item(id)) else {
            return Err(Impossible::UnknownItem {
                place,
                item: id.clone(),
            });
        };
        if item.kind == ItemKind::Attribute {
            return Err(Impossible::AttributeItem {
                place,
                item: id.clone(),
            });
        }
        let mut row = [0u64; 36];
        for (key, count) in &counts.counts {
            let value =
                canonical_value(item, key)
                    .filter(|_| *count > 0)
                    .ok_or_else(|| Impossible::BadValue {
                        place: place.clone(),
                        item: id.clone(),
                        value: key.clone(),
                    })?;
            row[usize::from(value)] = u64::from(*count);
        }
        let answered: u64 = row.iter().sum();
        if answered > u64::from(cell.respondents) {
            return Err(Impossible::MoreAnswersThanRespondents {
                place,
                item: id.clone(),
                answered,
                respondents: cell.respondents,
            });
        }
        if answered < u64::from(minimum) {
            return Err(Impossible::ItemUnderMinimum {
                place,
                item: id.clone(),
                answered,
                minimum,
            });
        }
        rows.insert(id.as_str(), row);
    }
    Ok(rows)
}

/// The whole centre's sums against the KGI: each must be what some answers among the item's
/// and the KGI's counts could give.
fn check_pairs(
    survey: &SurveyDefinition,
    whole: &Cell,
    rows: &BTreeMap<&str, [u64; 36]>,
) -> Result<(), Impossible> {
    let kgi = survey.choice_items().find(|item| item.kind == ItemKind::Kgi);
    for (id, counts) in &whole.items {
        let Some(pairs) = counts.kgi_pairs else { continue };
        let impossible = || Impossible::ImpossiblePairs { item: id.clone() };
        let kgi_row = kgi
            .and_then(|kgi| rows.get(kgi.id.as_str()))
            .ok_or_else(impossible)?;
        let item_row = rows.get(id.as_str()).ok_or_else(impossible)?;
        if pairs_possible(&pairs, item_row, kgi_row) {
            continue;
        }
        return Err(impossible());
    }
    Ok(())
}

/// Whether `n` answers drawn from `row` (count per value) can sum to `sum` and their squares to
/// `squares`: each between the `n` smallest and the `n` largest; exactly the row's sums when
/// `n` is all of it.
fn sums_possible(row: &[u64; 36], n: u64, sum: u64, squares: u64) -> bool {
    let total: u64 = row.iter().sum();
    if n > total {
        return false;
    }
    let pick = |values: &mut dyn Iterator<Item = (usize, &u64)>, power: u32| -> u64 {
        let mut left = n;
        let mut acc = 0u64;
        for (value, count) in values {
            let take = left.min(*count);
            acc += take * (value as u64).pow(power);
            left -= take;
        }
        acc
    };
    let lowest = |power| pick(&mut row.iter().enumerate(), power);
    let highest = |power| pick(&mut row.iter().enumerate().rev(), power);
    (lowest(1)..=highest(1)).contains(&sum) && (lowest(2)..=highest(2)).contains(&squares)
}

fn pairs_possible(pairs: &PairSums, item_row: &[u64; 36], kgi_row: &[u64; 36]) -> bool {
    let n = u64::from(pairs.n);
    if !sums_possible(item_row, n, pairs.x, pairs.xx) || !sums_possible(kgi_row, n, pairs.y, pairs.yy) {
        return false;
    }
    // Cauchy–Schwarz: |r| ≤ 1, i.e. (nΣxy − ΣxΣy)² ≤ (nΣx² − (Σx)²)(nΣy² − (Σy)²). Each side is
    // at most about 10^30 for files within the limits, inside i128.
    let (n, x, y) = (i128::from(n), i128::from(pairs.x), i128::from(pairs.y));
    let (xy, xx, yy) = (i128::from(pairs.xy), i128::from(pairs.xx), i128::from(pairs.yy));
    let covariance = n * xy - x * y;
    let (x_spread, y_spread) = (n * xx - x * x, n * yy - y * y);
    x_spread >= 0
        && y_spread >= 0
        && covariance
            .checked_mul(covariance)
            .zip(x_spread.checked_mul(y_spread))
            .is_some_and(|(c, s)| c <= s)
}
