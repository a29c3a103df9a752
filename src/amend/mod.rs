//! Amendments: what changed between two versions of a plan, and the instructions a board
//! approves to make that change («… жоспарына өзгерістер мен толықтырулар» / «Изменения и
//! дополнения в План …»).
//!
//! The stages, each a module:
//! [`view`] (each plan's wording, cell by cell, per language) → [`matching`] (which section,
//! item, step and note of the new plan is which of the old) → [`changes`] (what changed, in
//! which cells and languages) → [`numbering`] (the numbers rows have in the changes document)
//! → [`formulas`] (the legal drafting formulas, per language, from the Fluent files).
//! [`data`] loads the amendment's own data (`amendment:` in the new plan); [`report`] prints
//! the changes for `qujat diff`. [`documents`] builds the amendment's documents as document
//! models (the changes document, the comparative table, the redline; [`marked`] gives the
//! word-level differences their looks), which [`command`] lays out and writes for `qujat amend`
//! through the plan's own layout and writers.

mod align;
pub mod changes;
pub mod command;
pub mod data;
pub mod documents;
pub mod formulas;
mod marked;
mod matching;
pub mod numbering;
pub mod report;
pub mod view;
pub mod words;

pub use changes::{Cell, CellChange, Change, ItemAt, Kind};
pub use numbering::{Numbering, RowNumber};

use crate::app::Loaded;
use crate::lang::Lang;
use crate::locale::LocaleError;
use crate::plan::{Item, Plan};
use std::fmt;

/// How an element of the new plan was found to be one of the old.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The same stable `id`.
    Id,
    /// The same wording.
    Same,
    /// Similar wording (percent of similarity): a guess.
    Similar(u8),
    /// The same place between elements already matched: a guess.
    Position,
}

impl Match {
    /// A match a person should confirm: nothing but likeness or place says it is the same.
    pub fn is_guess(self) -> bool {
        matches!(self, Match::Similar(_) | Match::Position)
    }

    pub fn name(self) -> &'static str {
        match self {
            Match::Id => "id",
            Match::Same => "same-text",
            Match::Similar(_) => "similarity",
            Match::Position => "position",
        }
    }
}

/// The languages whose wording a change touches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Langs {
    pub kk: bool,
    pub ru: bool,
}

impl Langs {
    pub const BOTH: Langs = Langs { kk: true, ru: true };

    pub fn has(self, lang: Lang) -> bool {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }

    pub fn with(mut self, lang: Lang, on: bool) -> Langs {
        match lang {
            Lang::Kk => self.kk |= on,
            Lang::Ru => self.ru |= on,
        }
        self
    }

    pub fn union(self, other: Langs) -> Langs {
        Langs {
            kk: self.kk || other.kk,
            ru: self.ru || other.ru,
        }
    }

    pub fn is_empty(self) -> bool {
        !self.kk && !self.ru
    }

    pub fn list(self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|&l| self.has(l)).collect()
    }

    /// The languages where `differs` says the two wordings differ.
    pub fn where_(differs: impl Fn(Lang) -> bool) -> Langs {
        Lang::ALL
            .into_iter()
            .fold(Langs::default(), |acc, l| acc.with(l, differs(l)))
    }
}

/// Why two plans cannot be compared.
#[derive(Debug)]
pub enum AmendError {
    /// An amendment changes a plan, not its kind: two templates mean two different documents.
    DifferentTemplates { old: String, new: String },
    /// A fixed phrase could not be formatted (a broken locale: an internal error).
    Locale(LocaleError),
}

impl fmt::Display for AmendError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AmendError::DifferentTemplates { old, new } => {
                let m = crate::msg!("diff-different-templates", old = old, new = new);
                f.write_str(&m.text())
            }
            AmendError::Locale(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for AmendError {}

impl From<LocaleError> for AmendError {
    fn from(e: LocaleError) -> Self {
        AmendError::Locale(e)
    }
}

/// One plan of the two, with what the comparison needs to know of it.
pub struct Side<'a> {
    pub plan: &'a Plan,
    /// Every item in table order.
    pub items: Vec<&'a Item>,
    /// The plan's wording, Kazakh then Russian.
    pub views: [view::PlanView; 2],
    /// Each unit's identity across the two plans (see [`matching::unit_ids`]).
    pub unit_ids: Vec<String>,
    /// The section of each item (by item index).
    pub section_of: Vec<usize>,
    /// The index of each section's first item.
    pub first_item: Vec<usize>,
}

impl Side<'_> {
    pub fn view(&self, lang: Lang) -> &view::PlanView {
        &self.views[lang as usize]
    }

    /// Where item `index` (0-based, through the table) stands.
    pub fn item_at(&self, index: usize) -> ItemAt {
        ItemAt {
            section: self.section_of[index] + 1,
            number: index + 1,
            id: self.items[index].id.clone(),
        }
    }
}

/// The changes from one version of a plan to the next.
pub struct Diff<'a> {
    pub old: Side<'a>,
    pub new: Side<'a>,
    pub changes: Vec<Change>,
    /// For each item of the new plan, its number in the changes document.
    pub rows: Vec<numbering::NewRow>,
    /// For each section of the new plan, the old section it stays in place of, if any, and its
    /// number in the changes document.
    pub sections: Vec<numbering::NewSection>,
}

impl Diff<'_> {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Compares two loaded plans: the old version (the one in force) and the new.
pub fn compare<'a>(old: &'a Loaded, new: &'a Loaded) -> Result<Diff<'a>, AmendError> {
    if old.template.name != new.template.name {
        return Err(AmendError::DifferentTemplates {
            old: old.template.name.clone(),
            new: new.template.name.clone(),
        });
    }
    compare_plans((&old.plan, &old.template), (&new.plan, &new.template))
}

/// [`compare`] on plans already paired with their (same) template.
pub fn compare_plans<'a>(
    old: (&'a Plan, &crate::template::Template),
    new: (&'a Plan, &crate::template::Template),
) -> Result<Diff<'a>, AmendError> {
    let (old_units, new_units) = matching::unit_ids(old.0, new.0);
    let old = side(old.0, old.1, old_units)?;
    let new = side(new.0, new.1, new_units)?;
    let matched = matching::match_plans(&old, &new);
    let (rows, sections) = numbering::number(&old, &new, &matched);
    let changes = changes::changes(&old, &new, &matched, &rows);
    Ok(Diff {
        old,
        new,
        changes,
        rows,
        sections,
    })
}

fn side<'a>(
    plan: &'a Plan,
    template: &crate::template::Template,
    unit_ids: Vec<String>,
) -> Result<Side<'a>, LocaleError> {
    let views = [
        view::build(plan, template, Lang::Kk, &unit_ids)?,
        view::build(plan, template, Lang::Ru, &unit_ids)?,
    ];
    let mut section_of = Vec::new();
    let mut first_item = Vec::new();
    for (s, section) in plan.sections.iter().enumerate() {
        first_item.push(section_of.len());
        section_of.extend(std::iter::repeat_n(s, section.items.len()));
    }
    Ok(Side {
        plan,
        items: plan.items().collect(),
        views,
        unit_ids,
        section_of,
        first_item,
    })
}
