//! The numbers rows and sections have in the changes document.
//!
//! The instructions name rows by their numbers in the plan being amended (the version in
//! force), because that is the text the board's decision changes. A row that stays in place
//! keeps its old number whatever the new plan numbers it; a row added after old row 14 is
//! «14-1», the next one «14-2» (and likewise a section added after section 2 is «2-1»), so an
//! insertion never renumbers the rows after it. [`Numbering::Renumbered`] is the other style
//! some organisations use: added rows carry their numbers in the new plan.

use super::Side;
use super::matching::Matching;
use std::fmt;

/// A number in the changes document: `base`, or `base-sub` for the sub-th element added
/// after `base` (base 0: added before the first one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RowNumber {
    pub base: usize,
    pub sub: usize,
}

impl fmt::Display for RowNumber {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.sub == 0 {
            write!(f, "{}", self.base)
        } else {
            write!(f, "{}-{}", self.base, self.sub)
        }
    }
}

/// How added rows are numbered in the instructions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Numbering {
    /// «14-1» after row 14: the numbers of the plan in force stay valid.
    #[default]
    Suffixed,
    /// The row's number in the new plan.
    Renumbered,
}

impl Numbering {
    /// How an added row (or a row quoted whole) is numbered.
    pub fn row(self, row: &NewRow) -> String {
        match self {
            Numbering::Suffixed => row.number.to_string(),
            Numbering::Renumbered => row.new.to_string(),
        }
    }

    /// How an added section is numbered.
    pub fn section(self, section: &NewSection) -> String {
        match self {
            Numbering::Suffixed => section.number.to_string(),
            Numbering::Renumbered => section.new.to_string(),
        }
    }
}

/// An item of the new plan, as the changes document numbers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewRow {
    /// Its number in the new plan.
    pub new: usize,
    /// The old item (index) it stays in place of; none for an added or moved item.
    pub kept: Option<usize>,
    /// The old number when kept, else «14-1» after the last kept row before it.
    pub number: RowNumber,
    /// The old section (index) of that last kept row, if there is one.
    pub after_section: Option<usize>,
}

/// A section of the new plan, as the changes document numbers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewSection {
    pub new: usize,
    /// The old section (index) it stays in place of.
    pub kept: Option<usize>,
    pub number: RowNumber,
}

pub fn number(old: &Side, new: &Side, matched: &Matching) -> (Vec<NewRow>, Vec<NewSection>) {
    let mut kept_item = vec![None; new.items.len()];
    for p in matched.items.iter().filter(|p| !p.moved) {
        kept_item[p.new] = Some(p.old);
    }
    let mut rows = Vec::with_capacity(new.items.len());
    let (mut anchor, mut sub, mut after_section) = (0, 0, None);
    for (n, kept) in kept_item.into_iter().enumerate() {
        let number = match kept {
            Some(o) => {
                (anchor, sub, after_section) = (o + 1, 0, Some(old.section_of[o]));
                RowNumber {
                    base: o + 1,
                    sub: 0,
                }
            }
            None => {
                sub += 1;
                RowNumber { base: anchor, sub }
            }
        };
        rows.push(NewRow {
            new: n + 1,
            kept,
            number,
            after_section,
        });
    }
    let mut kept_section = vec![None; new.plan.sections.len()];
    for p in &matched.sections {
        kept_section[p.new] = Some(p.old);
    }
    let (mut anchor, mut sub) = (0, 0);
    let sections = kept_section
        .into_iter()
        .enumerate()
        .map(|(s, kept)| {
            let number = match kept {
                Some(o) => {
                    (anchor, sub) = (o + 1, 0);
                    RowNumber {
                        base: o + 1,
                        sub: 0,
                    }
                }
                None => {
                    sub += 1;
                    RowNumber { base: anchor, sub }
                }
            };
            NewSection {
                new: s + 1,
                kept,
                number,
            }
        })
        .collect();
    (rows, sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_the_reference_writes_them() {
        assert_eq!(RowNumber { base: 14, sub: 0 }.to_string(), "14");
        assert_eq!(RowNumber { base: 14, sub: 1 }.to_string(), "14-1");
        assert_eq!(RowNumber { base: 5, sub: 12 }.to_string(), "5-12");
    }

    #[test]
    fn the_style_decides_how_an_added_row_is_numbered() {
        let row = NewRow {
            new: 15,
            kept: None,
            number: RowNumber { base: 14, sub: 1 },
            after_section: Some(3),
        };
        assert_eq!(Numbering::Suffixed.row(&row), "14-1");
        assert_eq!(Numbering::Renumbered.row(&row), "15");
    }
}
