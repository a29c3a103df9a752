//! What changed from the old plan to the new, element by element, with the cells and the
//! languages whose wording changed. An item that only got a new number (because another was
//! inserted or removed before it) has not changed.

use super::matching::{self, Matching};
use super::numbering::RowNumber;
use super::{Langs, Match, Side};
use crate::lang::Lang;
use crate::plan::Responsible;

/// A cell of a table row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cell {
    /// The item's text (the measure, or the work).
    Text,
    /// A step's text.
    Step,
    Deadline,
    Responsible,
    /// The expected result.
    Result,
}

impl Cell {
    pub fn name(self) -> &'static str {
        match self {
            Cell::Text => "text",
            Cell::Step => "step",
            Cell::Deadline => "deadline",
            Cell::Responsible => "responsible",
            Cell::Result => "result",
        }
    }
}

/// A cell whose wording changed, and in which languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellChange {
    pub cell: Cell,
    pub langs: Langs,
}

/// Where an item stands in one plan: its section and its number (both from 1), and its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemAt {
    pub section: usize,
    pub number: usize,
    pub id: Option<String>,
}

/// One change, and the languages whose wording it changes (both, for a row added or removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: Kind,
    pub langs: Langs,
}

/// Sections, notes and steps are numbered from 1, in their own plan (`old` or `new`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The document's title (with its period) reads differently.
    Title,
    /// A unit the table names changed its short name (printed in the rows) or its full name
    /// (printed in the legend of abbreviations).
    Unit {
        key: String,
        short: Langs,
        full: Langs,
    },
    /// The legend of abbreviations gained or lost an entry.
    Legend,
    SectionAdded {
        new: usize,
    },
    SectionRemoved {
        old: usize,
    },
    SectionRenamed {
        old: usize,
        new: usize,
        by: Match,
    },
    ItemAdded {
        new: ItemAt,
    },
    ItemRemoved {
        old: ItemAt,
    },
    /// The item left its place (for another section, or out of order); `cells` changed too.
    ItemMoved {
        old: ItemAt,
        new: ItemAt,
        by: Match,
        cells: Vec<CellChange>,
    },
    ItemChanged {
        old: ItemAt,
        new: ItemAt,
        by: Match,
        cells: Vec<CellChange>,
    },
    StepAdded {
        old: ItemAt,
        new: ItemAt,
        step: usize,
    },
    StepRemoved {
        old: ItemAt,
        new: ItemAt,
        step: usize,
    },
    StepChanged {
        old: ItemAt,
        new: ItemAt,
        old_step: usize,
        new_step: usize,
        by: Match,
        cells: Vec<CellChange>,
    },
    NoteAdded {
        new: usize,
    },
    NoteRemoved {
        old: usize,
    },
    NoteChanged {
        old: usize,
        new: usize,
        by: Match,
    },
}

impl Kind {
    /// The stable name of the kind, for JSON and tests.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Title => "title-changed",
            Kind::Unit { .. } => "unit-renamed",
            Kind::Legend => "legend-changed",
            Kind::SectionAdded { .. } => "section-added",
            Kind::SectionRemoved { .. } => "section-removed",
            Kind::SectionRenamed { .. } => "section-renamed",
            Kind::ItemAdded { .. } => "item-added",
            Kind::ItemRemoved { .. } => "item-removed",
            Kind::ItemMoved { .. } => "item-moved",
            Kind::ItemChanged { .. } => "item-changed",
            Kind::StepAdded { .. } => "step-added",
            Kind::StepRemoved { .. } => "step-removed",
            Kind::StepChanged { .. } => "step-changed",
            Kind::NoteAdded { .. } => "note-added",
            Kind::NoteRemoved { .. } => "note-removed",
            Kind::NoteChanged { .. } => "note-changed",
        }
    }

    /// How the element was matched, for the kinds that pair an old and a new element.
    pub fn matched_by(&self) -> Option<Match> {
        match self {
            Kind::SectionRenamed { by, .. }
            | Kind::ItemMoved { by, .. }
            | Kind::ItemChanged { by, .. }
            | Kind::StepChanged { by, .. }
            | Kind::NoteChanged { by, .. } => Some(*by),
            _ => None,
        }
    }

    /// The old item a change is about, if any.
    pub fn old_item(&self) -> Option<&ItemAt> {
        match self {
            Kind::ItemRemoved { old }
            | Kind::ItemMoved { old, .. }
            | Kind::ItemChanged { old, .. }
            | Kind::StepAdded { old, .. }
            | Kind::StepRemoved { old, .. }
            | Kind::StepChanged { old, .. } => Some(old),
            _ => None,
        }
    }

    /// The new item a change is about, if any.
    pub fn new_item(&self) -> Option<&ItemAt> {
        match self {
            Kind::ItemAdded { new }
            | Kind::ItemMoved { new, .. }
            | Kind::ItemChanged { new, .. }
            | Kind::StepAdded { new, .. }
            | Kind::StepRemoved { new, .. }
            | Kind::StepChanged { new, .. } => Some(new),
            _ => None,
        }
    }
}

/// Every change from `old` to `new`, in the order of the document: title, units, the table
/// row by row (by the old plan's numbers, added rows after the row they follow), notes, legend.
pub fn changes(
    old: &Side,
    new: &Side,
    m: &Matching,
    rows: &[super::numbering::NewRow],
) -> Vec<Change> {
    let mut out: Vec<(Order, Change)> = Vec::new();
    let mut push = |order: Order, kind: Kind, langs: Langs| {
        out.push((order, Change { kind, langs }));
    };
    let title = Langs::where_(|l| old.view(l).title != new.view(l).title);
    if !title.is_empty() {
        push(Order::Head(0), Kind::Title, title);
    }
    for (kind, langs) in units(old, new) {
        push(Order::Head(1), kind, langs);
    }
    sections(old, new, m, rows, &mut push);
    items(old, new, m, rows, &mut push);
    notes(old, new, m, &mut push);
    let legend = Langs::where_(|l| legend_ids(old, l) != legend_ids(new, l));
    if !legend.is_empty() {
        push(Order::Tail(1), Kind::Legend, legend);
    }
    out.sort_by_key(|a| a.0);
    out.into_iter().map(|(_, c)| c).collect()
}

/// Where a change stands in the document, to list changes in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Order {
    Head(u8),
    /// A place in the table: the old row (or the row an addition follows), then a phase
    /// (0 a section heading before the row, 1 the row, 2 additions after it), then the
    /// addition's sub-number or the step.
    Table(RowNumber, u8, usize, usize),
    Tail(u8),
}

type Push<'p> = dyn FnMut(Order, Kind, Langs) + 'p;

fn sections(
    old: &Side,
    new: &Side,
    m: &Matching,
    rows: &[super::numbering::NewRow],
    push: &mut Push,
) {
    for p in &m.sections {
        let langs = Langs::where_(|l| old.view(l).sections[p.old] != new.view(l).sections[p.new]);
        if !langs.is_empty() {
            let at = RowNumber {
                base: old.first_item[p.old] + 1,
                sub: 0,
            };
            let kind = Kind::SectionRenamed {
                old: p.old + 1,
                new: p.new + 1,
                by: p.by,
            };
            push(Order::Table(at, 0, 0, 0), kind, langs);
        }
    }
    for s in 0..old.plan.sections.len() {
        if m.section_of_old(s).is_none() {
            let at = RowNumber {
                base: old.first_item[s] + 1,
                sub: 0,
            };
            push(
                Order::Table(at, 0, 0, 0),
                Kind::SectionRemoved { old: s + 1 },
                Langs::BOTH,
            );
        }
    }
    for s in 0..new.plan.sections.len() {
        if m.section_of_new(s).is_none() {
            let first = rows[new.first_item[s]].number;
            push(
                Order::Table(
                    RowNumber {
                        base: first.base,
                        sub: 0,
                    },
                    2,
                    first.sub,
                    0,
                ),
                Kind::SectionAdded { new: s + 1 },
                Langs::BOTH,
            );
        }
    }
}

fn items(old: &Side, new: &Side, m: &Matching, rows: &[super::numbering::NewRow], push: &mut Push) {
    let mut paired_new = vec![false; new.items.len()];
    let mut paired_old = vec![false; old.items.len()];
    for p in &m.items {
        paired_old[p.old] = true;
        paired_new[p.new] = true;
        let (o_at, n_at) = (old.item_at(p.old), new.item_at(p.new));
        let row = RowNumber {
            base: p.old + 1,
            sub: 0,
        };
        let cells = item_cells(old, new, p.old, p.new);
        let langs = cells.iter().fold(Langs::default(), |a, c| a.union(c.langs));
        if p.moved {
            let kind = Kind::ItemMoved {
                old: o_at.clone(),
                new: n_at.clone(),
                by: p.by,
                cells,
            };
            push(Order::Table(row, 1, 0, 0), kind, Langs::BOTH);
        } else if !cells.is_empty() {
            let kind = Kind::ItemChanged {
                old: o_at.clone(),
                new: n_at.clone(),
                by: p.by,
                cells,
            };
            push(Order::Table(row, 1, 0, 0), kind, langs);
        }
        steps(old, new, (p.old, p.new), (&o_at, &n_at), row, push);
    }
    for (o, _) in paired_old.iter().enumerate().filter(|(_, p)| !**p) {
        let row = RowNumber {
            base: o + 1,
            sub: 0,
        };
        let kind = Kind::ItemRemoved {
            old: old.item_at(o),
        };
        push(Order::Table(row, 1, 0, 0), kind, Langs::BOTH);
    }
    for (n, _) in paired_new.iter().enumerate().filter(|(_, p)| !**p) {
        let at = rows[n].number;
        let order = Order::Table(
            RowNumber {
                base: at.base,
                sub: 0,
            },
            2,
            at.sub,
            0,
        );
        push(
            order,
            Kind::ItemAdded {
                new: new.item_at(n),
            },
            Langs::BOTH,
        );
    }
}

/// The item's own cells (not its steps') that changed.
fn item_cells(old: &Side, new: &Side, o: usize, n: usize) -> Vec<CellChange> {
    let differs = |cell: Cell, l: Lang| {
        let (a, b) = (&old.view(l).items[o], &new.view(l).items[n]);
        let (a_own, b_own) = (a.own.as_ref(), b.own.as_ref());
        match cell {
            Cell::Text => a.text != b.text,
            Cell::Result => a.result != b.result,
            Cell::Deadline => a_own.map(|t| &t.deadline) != b_own.map(|t| &t.deadline),
            Cell::Responsible => a_own.map(|t| &t.who) != b_own.map(|t| &t.who),
            Cell::Step => false,
        }
    };
    changed_cells(
        &[Cell::Text, Cell::Deadline, Cell::Responsible, Cell::Result],
        differs,
    )
}

/// The cells among `cells` where `differs` finds a language whose wording changed.
fn changed_cells(cells: &[Cell], differs: impl Fn(Cell, Lang) -> bool) -> Vec<CellChange> {
    cells
        .iter()
        .filter_map(|&cell| {
            let langs = Langs::where_(|l| differs(cell, l));
            (!langs.is_empty()).then_some(CellChange { cell, langs })
        })
        .collect()
}

/// Step changes inside one matched item.
fn steps(
    old: &Side,
    new: &Side,
    (o, n): (usize, usize),
    (o_at, n_at): (&ItemAt, &ItemAt),
    row: RowNumber,
    push: &mut Push,
) {
    let sigs = |side: &Side, i: usize| -> Vec<[String; 2]> {
        let count = side.view(Lang::Kk).items[i].steps.len();
        (0..count)
            .map(|s| Lang::ALL.map(|l| side.view(l).items[i].steps[s].text.join(" ")))
            .collect()
    };
    let (old_sigs, new_sigs) = (sigs(old, o), sigs(new, n));
    let pairs = matching::match_steps(&old_sigs, &new_sigs);
    let mut paired_old = vec![false; old_sigs.len()];
    let mut paired_new = vec![false; new_sigs.len()];
    for p in &pairs {
        paired_old[p.old] = true;
        paired_new[p.new] = true;
        let differs = |cell: Cell, l: Lang| {
            let a = &old.view(l).items[o].steps[p.old];
            let b = &new.view(l).items[n].steps[p.new];
            match cell {
                Cell::Step => a.text != b.text,
                Cell::Deadline => a.task.deadline != b.task.deadline,
                Cell::Responsible => a.task.who != b.task.who,
                Cell::Text | Cell::Result => false,
            }
        };
        let cells = changed_cells(&[Cell::Step, Cell::Deadline, Cell::Responsible], differs);
        if !cells.is_empty() {
            let langs = cells.iter().fold(Langs::default(), |a, c| a.union(c.langs));
            let kind = Kind::StepChanged {
                old: o_at.clone(),
                new: n_at.clone(),
                old_step: p.old + 1,
                new_step: p.new + 1,
                by: p.by,
                cells,
            };
            push(Order::Table(row, 1, 1, p.new + 1), kind, langs);
        }
    }
    for (s, _) in paired_old.iter().enumerate().filter(|(_, p)| !**p) {
        let kind = Kind::StepRemoved {
            old: o_at.clone(),
            new: n_at.clone(),
            step: s + 1,
        };
        push(Order::Table(row, 1, 1, s + 1), kind, Langs::BOTH);
    }
    for (s, _) in paired_new.iter().enumerate().filter(|(_, p)| !**p) {
        let kind = Kind::StepAdded {
            old: o_at.clone(),
            new: n_at.clone(),
            step: s + 1,
        };
        push(Order::Table(row, 1, 1, s + 1), kind, Langs::BOTH);
    }
}

fn notes(old: &Side, new: &Side, m: &Matching, push: &mut Push) {
    let mut paired_old = vec![false; old.plan.notes.len()];
    let mut paired_new = vec![false; new.plan.notes.len()];
    for p in &m.notes {
        paired_old[p.old] = true;
        paired_new[p.new] = true;
        let langs = Langs::where_(|l| old.view(l).notes[p.old] != new.view(l).notes[p.new]);
        if !langs.is_empty() {
            let kind = Kind::NoteChanged {
                old: p.old + 1,
                new: p.new + 1,
                by: p.by,
            };
            push(Order::Tail(0), kind, langs);
        }
    }
    for (i, _) in paired_old.iter().enumerate().filter(|(_, p)| !**p) {
        push(
            Order::Tail(0),
            Kind::NoteRemoved { old: i + 1 },
            Langs::BOTH,
        );
    }
    for (i, _) in paired_new.iter().enumerate().filter(|(_, p)| !**p) {
        push(Order::Tail(0), Kind::NoteAdded { new: i + 1 }, Langs::BOTH);
    }
}

/// Units named in the tables of both plans whose names changed.
fn units(old: &Side, new: &Side) -> Vec<(Kind, Langs)> {
    let used = |side: &Side| -> Vec<bool> {
        let mut used = vec![false; side.plan.units.len()];
        for r in side.plan.tasks().flat_map(|t| &t.responsible) {
            if let Responsible::Unit(i) = r {
                used[*i] = true;
            }
        }
        used
    };
    let (old_used, new_used) = (used(old), used(new));
    let mut out = Vec::new();
    for (n, unit) in new.plan.units.iter().enumerate() {
        let Some(o) = (0..old.plan.units.len()).find(|&o| old.unit_ids[o] == new.unit_ids[n])
        else {
            continue;
        };
        if !old_used[o] || !new_used[n] {
            continue;
        }
        let short = Langs::where_(|l| old.view(l).units[o].short != new.view(l).units[n].short);
        let full = Langs::where_(|l| old.view(l).units[o].full != new.view(l).units[n].full);
        if !short.is_empty() || !full.is_empty() {
            let kind = Kind::Unit {
                key: unit.key.clone(),
                short,
                full,
            };
            out.push((kind, short.union(full)));
        }
    }
    out
}

/// The legend's entries in `lang`, by unit identity.
fn legend_ids<'s>(side: &'s Side, lang: Lang) -> Vec<&'s str> {
    side.view(lang)
        .legend
        .iter()
        .map(|&i| side.unit_ids[i].as_str())
        .collect()
}
