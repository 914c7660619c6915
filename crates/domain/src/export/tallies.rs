//! An accepted file's counts as tallies: what a kiosk adds to its own responses.

use super::error::Impossible;
use super::format::{AggregateExport, Cell};
use super::parse::canonical_value;
use crate::groups::GroupTallies;
use crate::scoring::Tally;
use crate::survey::SurveyDefinition;

/// A checked cell as a tally; items it leaves out are returned as positions.
fn cell_tally(survey: &SurveyDefinition, cell: &Cell) -> (Tally, Vec<usize>) {
    let mut tally = Tally::new(survey);
    tally.respondents = cell.respondents;
    let mut missing = Vec::new();
    for (position, item) in survey.choice_items().enumerate() {
        let Some(counts) = cell.items.get(&item.id) else {
            missing.push(position);
            continue;
        };
        for (key, count) in &counts.counts {
            let value = canonical_value(item, key).expect("checked on parse");
            tally.counts[position][usize::from(value)] = *count;
        }
        tally.pairs[position] = counts.kgi_pairs.unwrap_or_default();
    }
    (tally, missing)
}

impl AggregateExport {
    /// The whole centre's tally (the file was checked on parse).
    pub fn whole(&self, survey: &SurveyDefinition) -> Tally {
        cell_tally(survey, self.whole_cell().expect("checked on parse")).0
    }
}

impl GroupTallies {
    /// Adds an accepted file's tallies: the whole centre always; a group, or an item of a group
    /// or of the whole centre, only where the file has it — otherwise it is marked incomplete
    /// and the release rule shows none of it. Nothing is added where a count would overflow.
    pub fn add_import(
        &mut self,
        survey: &SurveyDefinition,
        export: &AggregateExport,
    ) -> Result<(), Impossible> {
        let mut next = self.clone();
        let (whole, missing) = cell_tally(survey, export.whole_cell().expect("checked on parse"));
        next.whole.merge(&whole).map_err(|_| Impossible::Overflow)?;
        next.incomplete_whole_items.extend(missing);
        for split in &mut next.splits {
            for (value, _, tally) in split.groups.iter_mut() {
                let cell = export.cells.iter().find(|cell| {
                    cell.group
                        .as_ref()
                        .is_some_and(|g| g.attribute == split.attribute && g.value == *value)
                });
                match cell {
                    Some(cell) => {
                        let (group, missing) = cell_tally(survey, cell);
                        tally.merge(&group).map_err(|_| Impossible::Overflow)?;
                        next.incomplete_items.extend(
                            missing
                                .into_iter()
                                .map(|item| (split.attribute.clone(), *value, item)),
                        );
                    }
                    None => {
                        next.incomplete.insert((split.attribute.clone(), *value));
                    }
                }
            }
        }
        *self = next;
        Ok(())
    }
}
