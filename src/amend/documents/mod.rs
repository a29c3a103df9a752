//! The documents of an amendment in one language, as document models that the layout and
//! both writers take exactly as they take a plan's:
//! - the changes document: its own grif and title, then the numbered instructions, each with
//!   the rows it quotes as rows of the plan's own table (same columns, same deadline phrases);
//! - the comparative table: per instruction, the element, its current and proposed wording
//!   (removed words struck through, added words bold) and the justification;
//! - the redline: the new plan whole, with what changed from the old as revisions.

mod changes;
mod compare;
mod redline;

pub use changes::changes;
pub use compare::compare;
pub use redline::redline;

use super::data::Amendment;
use super::{Diff, Numbering};
use crate::document::{Document, RowKind, Table};
use crate::plan::Plan;
use crate::template::Template;
use std::ops::Range;

/// What every document of an amendment is made from.
pub struct Source<'a> {
    pub diff: &'a Diff<'a>,
    /// The template of both versions (an amendment never changes it).
    pub template: &'a Template,
    /// The new version's `amendment:` block, if it has one.
    pub amendment: Option<&'a Amendment>,
    pub numbering: Numbering,
}

impl Source<'_> {
    fn new_plan(&self) -> &Plan {
        self.diff.new.plan
    }

    /// The date the documents carry: the approval of the changes, or while it is not known
    /// 1 January of its year (never the clock).
    fn date(&self, base: &Document) -> chrono::NaiveDate {
        self.amendment
            .map_or(base.meta.date, |a| a.revision_date(self.new_plan()))
    }
}

/// Where the rows of each section heading and of each item are in a document's table.
struct RowIndex {
    sections: Vec<usize>,
    items: Vec<Range<usize>>,
}

impl RowIndex {
    fn of(table: &Table) -> RowIndex {
        let (mut sections, mut items) = (Vec::new(), Vec::<Range<usize>>::new());
        for (i, row) in table.rows.iter().enumerate() {
            match row.kind {
                RowKind::Section => sections.push(i),
                RowKind::Item { part: 0, .. } => items.push(i..i + 1),
                RowKind::Item { .. } => {
                    if let Some(last) = items.last_mut() {
                        last.end = i + 1;
                    }
                }
            }
        }
        RowIndex { sections, items }
    }
}
