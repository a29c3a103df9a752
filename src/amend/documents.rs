//! The documents of an amendment in one language, as document models that the layout and
//! both writers take exactly as they take a plan's:
//! - the changes document: its own grif and title, then the numbered instructions, each with
//!   the rows it quotes as rows of the plan's own table (same columns, same deadline phrases);
//! - the comparative table: per instruction, the element, its current and proposed wording
//!   (removed words struck through, added words bold) and the justification;
//! - the redline: the new plan whole, with what changed from the old as revisions.

use super::data::Amendment;
use super::formulas::{self, Quote, Target};
use super::marked;
use super::view::{ItemView, Words};
use super::words::Piece;
use super::{Diff, Numbering};
use crate::document::{
    self, Align, Block, BuildError, Cell, Column, Content, Document, Field, Inline, Mark, Metadata,
    Part, Revisions, Row, RowKind, Table, TextKind,
};
use crate::document::{Legend, Notes};
use crate::lang::Lang;
use crate::locale::Locale;
use crate::plan::{Approval, Plan};
use crate::template::Template;
use fluent_bundle::FluentArgs;
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

/// The changes-and-additions document in `lang`.
pub fn changes(src: &Source, lang: Lang) -> Result<Document, BuildError> {
    let plan = src.new_plan();
    let base = document::build(plan, src.template, lang)?;
    let index = RowIndex::of(&base.table);
    let ins = formulas::instructions(src.diff, lang, src.numbering)?;
    let mut approval = match src.amendment {
        Some(a) => a.approval(plan),
        None => blanks(&plan.approval),
    };
    // What is approved is «изменения и дополнения»: plural («УТВЕРЖДЕНЫ»).
    if let Approval::Decision { gender, .. } = &mut approval {
        *gender = Some(crate::plan::Gender::Plural);
    }
    let grif = document::grif(plan, src.template, lang, &approval)?;
    let mut rows = Vec::new();
    let mut body = Vec::new();
    for i in &ins.items {
        // An instruction that quotes ends with what it quotes.
        let end = if i.quote.is_some() {
            ""
        } else {
            i.end.as_str()
        };
        body.push(Part::Text {
            kind: TextKind::Instruction,
            blocks: vec![Block::Paragraph(vec![Inline::plain(format!(
                "{} {}{end}",
                i.label, i.text
            ))])],
        });
        if let Some(q) = &i.quote {
            quote(&base, &index, q, lang, &mut rows, &mut body)?;
        }
    }
    Ok(Document {
        meta: Metadata {
            title: ins.title.clone(),
            date: src.date(&base),
            ..base.meta.clone()
        },
        annex: None,
        grif,
        title: vec![Inline::plain(ins.title)],
        table: Table {
            columns: base.table.columns.clone(),
            rows,
        },
        body,
        notes: None,
        legend: None,
        ..base
    })
}

/// The approval with its date and protocol left blank, for changes not yet approved.
fn blanks(approval: &Approval) -> Approval {
    match approval {
        Approval::Decision {
            body, year, gender, ..
        } => Approval::Decision {
            body: body.clone(),
            date: None,
            year: *year,
            protocol: None,
            gender: *gender,
        },
        Approval::Official {
            position,
            name,
            year,
            ..
        } => Approval::Official {
            position: position.clone(),
            name: name.clone(),
            date: None,
            year: *year,
        },
    }
}

/// What an instruction quotes, from the new plan's document `base`: rows as table rows of
/// their own (after the instruction), texts as paragraphs.
fn quote(
    base: &Document,
    index: &RowIndex,
    q: &Quote,
    lang: Lang,
    rows: &mut Vec<Row>,
    body: &mut Vec<Part>,
) -> Result<(), BuildError> {
    let start = rows.len();
    let text = |blocks: Vec<Block>| Part::Text {
        kind: TextKind::Quote,
        blocks,
    };
    match q {
        Quote::Title => body.push(text(vec![Block::Paragraph(base.title.clone())])),
        Quote::Notes => {
            if let Some(n) = &base.notes {
                body.push(text(n.blocks.clone()));
            }
        }
        Quote::Legend => {
            if let Some(l) = &base.legend {
                let entries = l.entries.iter();
                body.push(text(
                    entries
                        .map(|e| Block::Paragraph(vec![Inline::plain(e.as_str())]))
                        .collect(),
                ));
            }
        }
        Quote::Heading { section } => {
            rows.extend(
                index
                    .sections
                    .get(section - 1)
                    .map(|&r| base.table.rows[r].clone()),
            );
        }
        Quote::Row { item, number } => {
            rows.extend(item_rows(base, index, *item, number, lang)?);
        }
        Quote::Section {
            section,
            rows: items,
            ..
        } => {
            rows.extend(
                index
                    .sections
                    .get(section - 1)
                    .map(|&r| base.table.rows[r].clone()),
            );
            for (item, number) in items {
                rows.extend(item_rows(base, index, *item, number, lang)?);
            }
        }
    }
    if rows.len() > start {
        body.push(Part::Rows {
            rows: start..rows.len(),
            header: false,
        });
    }
    Ok(())
}

/// Item `item`'s rows of `base` (the new plan's), its number cell reading `number` as the
/// changes document numbers it («14-1»).
fn item_rows(
    base: &Document,
    index: &RowIndex,
    item: usize,
    number: &str,
    lang: Lang,
) -> Result<Vec<Row>, BuildError> {
    let Some(range) = index.items.get(item - 1) else {
        return Ok(Vec::new());
    };
    let mut rows = base.table.rows[range.clone()].to_vec();
    let label = document::item_label(lang, number)?;
    if let (Some(col), Some(first)) = (base.table.number_column(), rows.first_mut())
        && let Some(Cell::Content(c)) = first.cells.get_mut(col)
    {
        c.blocks = vec![Block::Paragraph(vec![Inline::plain(label)])];
    }
    Ok(rows)
}

/// The comparative table in `lang`.
pub fn compare(src: &Source, lang: Lang) -> Result<Document, BuildError> {
    let plan = src.new_plan();
    let locale = Locale::get(lang)?;
    let base = document::build(plan, src.template, lang)?;
    let ins = formulas::instructions(src.diff, lang, src.numbering)?;
    let w = Wording { src, lang, locale };
    let headers = [
        ("compare-col-number", Field::Number, 0.05),
        ("compare-col-element", Field::Item, 0.14),
        ("compare-col-current", Field::Item, 0.31),
        ("compare-col-proposed", Field::Item, 0.31),
        ("compare-col-justification", Field::Item, 0.19),
    ];
    // The layout asks a column's field only to know which column holds the numbers.
    let columns = headers
        .iter()
        .map(|&(id, field, width)| {
            Ok(Column {
                width,
                field,
                header: locale.text(id)?,
            })
        })
        .collect::<Result<Vec<_>, crate::locale::LocaleError>>()?;
    let mut rows = Vec::with_capacity(ins.items.len());
    for (k, i) in ins.items.iter().enumerate() {
        let (element, old, new, why) = w.entry(&i.target)?;
        let cell = |blocks: Vec<Block>, align| {
            Cell::Content(Content {
                blocks,
                col_span: 1,
                row_span: 1,
                align,
                bold: false,
            })
        };
        let para = |text: String| vec![Block::Paragraph(vec![Inline::plain(text)])];
        rows.push(Row {
            kind: RowKind::Item {
                number: k + 1,
                part: 0,
                parts: 1,
            },
            cells: vec![
                cell(
                    para(document::item_label(lang, &(k + 1).to_string())?),
                    Align::Center,
                ),
                cell(para(element), Align::Left),
                cell(old, Align::Left),
                cell(new, Align::Left),
                cell(why, Align::Left),
            ],
            mark: Mark::None,
        });
    }
    let title = locale.text("compare-title")?;
    let count = rows.len();
    Ok(Document {
        meta: Metadata {
            title: format!("{title}: {}", ins.title),
            date: src.date(&base),
            ..base.meta.clone()
        },
        annex: None,
        grif: Vec::new(),
        title: vec![Inline::plain(title)],
        table: Table { columns, rows },
        body: vec![
            Part::Text {
                kind: TextKind::Subtitle,
                blocks: vec![Block::Paragraph(vec![Inline::plain(ins.title)])],
            },
            Part::Rows {
                rows: 0..count,
                header: true,
            },
        ],
        notes: None,
        legend: None,
        ..base
    })
}

/// The cells of the comparative table's rows, in one language.
struct Wording<'a> {
    src: &'a Source<'a>,
    lang: Lang,
    locale: &'a Locale,
}

type Entry = (String, Vec<Block>, Vec<Block>, Vec<Block>);

impl Wording<'_> {
    fn format(&self, id: &str, name: &'static str, value: String) -> Result<String, BuildError> {
        let mut args = FluentArgs::new();
        args.set(name, value);
        Ok(self.locale.format(id, &args)?)
    }

    fn text(&self, id: &str) -> Result<Vec<Block>, BuildError> {
        Ok(vec![Block::Paragraph(vec![Inline::plain(
            self.locale.text(id)?,
        )])])
    }

    /// The element, the current and the proposed wording, the justification.
    fn entry(&self, target: &Target) -> Result<Entry, BuildError> {
        let diff = self.src.diff;
        let (old, new) = (diff.old.view(self.lang), diff.new.view(self.lang));
        let both = |a: &[Words], b: &[Words]| marked::side_by_side(a, b);
        let none = Vec::new;
        Ok(match target {
            Target::Title(_) => {
                let (a, b) = both(
                    std::slice::from_ref(&old.title),
                    std::slice::from_ref(&new.title),
                );
                (self.locale.text("compare-title-element")?, a, b, none())
            }
            Target::Everywhere(o, n, _) => {
                let (a, b) = both(
                    &[old.units[*o].short.clone()],
                    &[new.units[*n].short.clone()],
                );
                (self.locale.text("compare-everywhere")?, a, b, none())
            }
            Target::LegendWords(o, n, _) => {
                let (a, b) = both(&[old.units[*o].full.clone()], &[new.units[*n].full.clone()]);
                (self.locale.text("compare-legend")?, a, b, none())
            }
            Target::Row { old: o, new: n, .. } => {
                let (a, b) = both(&row(&old.items[o - 1]), &row(&new.items[n - 1]));
                let element = self.format("compare-row", "number", o.to_string())?;
                (element, a, b, self.why(diff.new.items[n - 1].id.as_deref()))
            }
            Target::RowRemoved(o) => (
                self.format("compare-row", "number", o.to_string())?,
                marked::plain(&row(&old.items[o - 1])),
                self.text("compare-removed")?,
                self.why(diff.old.items[o - 1].id.as_deref()),
            ),
            Target::RowAdded(n) => (
                self.format(
                    "compare-row",
                    "number",
                    self.src.numbering.row(&diff.rows[n - 1]),
                )?,
                self.text("compare-absent")?,
                marked::plain(&row(&new.items[n - 1])),
                self.why(diff.new.items[n - 1].id.as_deref()),
            ),
            Target::SectionRenamed(o, n, _) => {
                let (a, b) = both(
                    std::slice::from_ref(&old.sections[o - 1]),
                    std::slice::from_ref(&new.sections[n - 1]),
                );
                let element = self.format("compare-section", "section", o.to_string())?;
                (element, a, b, none())
            }
            Target::SectionRemoved(o) => (
                self.format("compare-section-whole", "section", o.to_string())?,
                marked::plain(std::slice::from_ref(&old.sections[o - 1])),
                self.text("compare-removed")?,
                none(),
            ),
            Target::SectionAdded(n) => {
                let number = self.src.numbering.section(&diff.sections[n - 1]);
                let first = diff.new.first_item[n - 1];
                let count = diff.new.plan.sections[n - 1].items.len();
                let mut paras = vec![new.sections[n - 1].clone()];
                for item in &new.items[first..first + count] {
                    paras.extend(row(item));
                }
                (
                    self.format("compare-section-whole", "section", number)?,
                    self.text("compare-absent")?,
                    marked::plain(&paras),
                    none(),
                )
            }
            Target::Notes(_) => {
                let (a, b) = match (old.notes.is_empty(), new.notes.is_empty()) {
                    (true, _) => (self.text("compare-absent")?, marked::plain(&new.notes)),
                    (false, true) => (marked::plain(&old.notes), self.text("compare-removed")?),
                    _ => both(&old.notes, &new.notes),
                };
                (self.locale.text("compare-notes")?, a, b, none())
            }
            Target::Legend(_) => {
                let entries = |v: &super::view::PlanView| -> Vec<Words> {
                    v.legend
                        .iter()
                        .map(|&u| {
                            let unit = &v.units[u];
                            let mut w = unit.short.clone();
                            w.push("–".into());
                            w.extend(unit.full.iter().cloned());
                            w
                        })
                        .collect()
                };
                let (oe, ne) = (entries(old), entries(new));
                let (a, b) = match (oe.is_empty(), ne.is_empty()) {
                    (true, _) => (self.text("compare-absent")?, marked::plain(&ne)),
                    (false, true) => (marked::plain(&oe), self.text("compare-removed")?),
                    _ => both(&oe, &ne),
                };
                (self.locale.text("compare-legend")?, a, b, none())
            }
        })
    }

    /// The justification the amendment gives for the item with `id`, if any.
    fn why(&self, id: Option<&str>) -> Vec<Block> {
        let text = id.and_then(|id| self.src.amendment?.justification(id));
        text.map(|t| crate::richtext::parse(t.get(self.lang)))
            .unwrap_or_default()
    }
}

/// A row's wording as paragraphs: the item's text, each step with its deadline and who is
/// responsible, the item's own deadline and responsible, the result.
fn row(item: &ItemView) -> Vec<Words> {
    let joined = |parts: &[&Words]| -> Words {
        let mut out = Words::new();
        for p in parts.iter().filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push("—".into());
            }
            out.extend(p.iter().cloned());
        }
        out
    };
    let mut out = Vec::new();
    if !item.text.is_empty() {
        out.push(item.text.clone());
    }
    for s in &item.steps {
        out.push(joined(&[&s.text, &s.task.deadline, &s.task.responsible]));
    }
    if let Some(own) = &item.own {
        out.push(joined(&[&own.deadline, &own.responsible]));
    }
    if !item.result.is_empty() {
        out.push(item.result.clone());
    }
    out.retain(|w| !w.is_empty());
    out
}

/// The redline in `lang`: the new plan whole, with the changes from the old as revisions —
/// words deleted and inserted inside changed cells, rows deleted and inserted whole — by the
/// amendment's author, on its date.
pub fn redline(src: &Source, lang: Lang) -> Result<Document, BuildError> {
    let diff = src.diff;
    let old = document::build(diff.old.plan, src.template, lang)?;
    let new = document::build(diff.new.plan, src.template, lang)?;
    let (oi, ni) = (RowIndex::of(&old.table), RowIndex::of(&new.table));
    let number_col = new.table.number_column();
    let mut placed: Vec<(Place, Vec<Row>)> = Vec::new();
    let mut kept_old = vec![false; diff.old.items.len()];
    for (n, r) in diff.rows.iter().enumerate() {
        let key = (r.number.base, r.number.sub, 2, n);
        let rows = match r.kept {
            Some(o) => {
                kept_old[o] = true;
                let (a, b) = (
                    &old.table.rows[oi.items[o].clone()],
                    &new.table.rows[ni.items[n].clone()],
                );
                if a.len() == b.len() {
                    a.iter()
                        .zip(b)
                        .map(|(a, b)| revised_row(a, b, number_col))
                        .collect()
                } else {
                    // Steps added or removed: the item's old rows go, its new rows come.
                    let mut rows = marked_rows(a, Mark::Deleted);
                    rows.extend(marked_rows(b, Mark::Inserted));
                    rows
                }
            }
            None => marked_rows(&new.table.rows[ni.items[n].clone()], Mark::Inserted),
        };
        placed.push((key, rows));
    }
    for (o, _) in kept_old.iter().enumerate().filter(|(_, k)| !**k) {
        let rows = marked_rows(&old.table.rows[oi.items[o].clone()], Mark::Deleted);
        placed.push(((o + 1, 0, 1, o), rows));
    }
    let mut kept_section = vec![false; diff.old.plan.sections.len()];
    for (s, section) in diff.sections.iter().enumerate() {
        let heading = &new.table.rows[ni.sections[s]];
        // Before its first row, wherever that now stands, and before what was removed from
        // its start.
        let first = diff.new.first_item.get(s).and_then(|&i| diff.rows.get(i));
        let before_first = first.map(|r| (r.number.base, r.number.sub, 0, s));
        let (key, row) = match section.kept {
            Some(os) => {
                kept_section[os] = true;
                let old_row = &old.table.rows[oi.sections[os]];
                let at = (diff.old.first_item[os] + 1, 0, 0, s);
                let key = before_first.map_or(at, |k| k.min(at));
                (key, revised_row(old_row, heading, None))
            }
            None => (
                before_first.unwrap_or((usize::MAX, 0, 0, s)),
                marked_row(heading, Mark::Inserted),
            ),
        };
        placed.push((key, vec![row]));
    }
    for (os, _) in kept_section.iter().enumerate().filter(|(_, k)| !**k) {
        let heading = marked_row(&old.table.rows[oi.sections[os]], Mark::Deleted);
        placed.push(((diff.old.first_item[os] + 1, 0, 0, os), vec![heading]));
    }
    placed.sort_by_key(|p| p.0);
    let rows = placed.into_iter().flat_map(|p| p.1).collect();
    let title = if old.title != new.title {
        marked::revisions(&diff.old.view(lang).title, &diff.new.view(lang).title)
    } else {
        new.title.clone()
    };
    let plan = diff.new.plan;
    let revisions = Revisions {
        author: match src.amendment {
            Some(a) => a.author(plan, lang),
            None => plan.organization.name.get(lang).to_string(),
        },
        date: src.date(&new),
    };
    let notes = revised_notes(old.notes.as_ref(), new.notes.clone());
    let legend = revised_legend(old.legend.as_ref(), new.legend.clone());
    Ok(Document {
        meta: Metadata {
            revisions: Some(revisions),
            ..new.meta.clone()
        },
        title,
        notes,
        legend,
        table: Table {
            columns: new.table.columns.clone(),
            rows,
        },
        ..new
    })
}

/// Where rows stand in a redline: (the old row number they stand at or follow, the place
/// among rows added after it, phase: 0 a section heading, 1 a removed row, 2 a row of the new
/// plan; then their order).
type Place = (usize, usize, u8, usize);

/// Row `b` of the new plan with, in every cell whose words differ from the same cell of row
/// `a` of the old, the change as revisions (not in the number column: numbers follow the
/// rows).
fn revised_row(a: &Row, b: &Row, number_col: Option<usize>) -> Row {
    let mut row = b.clone();
    for (col, (ca, cb)) in a.cells.iter().zip(row.cells.iter_mut()).enumerate() {
        if Some(col) == number_col {
            continue;
        }
        let (Cell::Content(ca), Cell::Content(cb)) = (ca, cb) else {
            continue;
        };
        let (wa, wb) = (cell_words(&ca.blocks), cell_words(&cb.blocks));
        if wa != wb {
            let mut runs = marked::revisions(&wa, &wb);
            if cb.bold {
                runs.iter_mut().for_each(|i| i.bold = true);
            }
            cb.blocks = vec![Block::Paragraph(runs)];
        }
    }
    row
}

/// The new notes with the paragraphs the old ones lack inserted and the old ones they lack
/// deleted (paragraph by paragraph: a note is one thought).
fn revised_notes(old: Option<&Notes>, new: Option<Notes>) -> Option<Notes> {
    let old_blocks: &[Block] = old.map_or(&[], |n| n.blocks.as_slice());
    let mut notes = new.clone().or_else(|| old.cloned())?;
    let new_blocks: &[Block] = new.as_ref().map_or(&[], |n| n.blocks.as_slice());
    let key = |b: &Block| b.plain_text();
    let a: Vec<String> = old_blocks.iter().map(key).collect();
    let b: Vec<String> = new_blocks.iter().map(key).collect();
    let (mut i, mut j) = (0, 0);
    let mut blocks = Vec::new();
    for piece in super::words::diff(&a, &b) {
        match piece {
            Piece::Same(p) => {
                blocks.extend_from_slice(&new_blocks[j..j + p.len()]);
                (i, j) = (i + p.len(), j + p.len());
            }
            Piece::Removed(p) => {
                let gone = &old_blocks[i..i + p.len()];
                blocks.extend(gone.iter().map(|b| marked_block(b.clone(), Mark::Deleted)));
                i += p.len();
            }
            Piece::Added(p) => {
                let come = &new_blocks[j..j + p.len()];
                blocks.extend(come.iter().map(|b| marked_block(b.clone(), Mark::Inserted)));
                j += p.len();
            }
        }
    }
    notes.blocks = blocks;
    notes.heading_mark = match (old, &new) {
        (None, _) => Mark::Inserted,
        (Some(_), None) => Mark::Deleted,
        _ => Mark::None,
    };
    Some(notes)
}

/// The new legend with the entries the old one lacks inserted and the old ones it lacks
/// deleted.
fn revised_legend(old: Option<&Legend>, new: Option<Legend>) -> Option<Legend> {
    let a: &[String] = old.map_or(&[], |l| l.entries.as_slice());
    let b: Vec<String> = new.as_ref().map_or(Vec::new(), |l| l.entries.clone());
    let mut legend = new.clone().or_else(|| old.cloned())?;
    let heading = match (old, &new) {
        (None, _) => Mark::Inserted,
        (Some(_), None) => Mark::Deleted,
        _ => Mark::None,
    };
    let (mut entries, mut marks) = (Vec::new(), vec![heading]);
    for piece in super::words::diff(a, &b) {
        let (words, mark) = match piece {
            Piece::Same(w) => (w, Mark::None),
            Piece::Removed(w) => (w, Mark::Deleted),
            Piece::Added(w) => (w, Mark::Inserted),
        };
        marks.extend(std::iter::repeat_n(mark, words.len()));
        entries.extend(words);
    }
    legend.entries = entries;
    legend.marks = marks;
    Some(legend)
}

fn marked_block(mut block: Block, mark: Mark) -> Block {
    if mark != Mark::None {
        match &mut block {
            Block::Paragraph(p) => p.iter_mut().for_each(|i| i.mark = mark),
            Block::Bullets(items) => items.iter_mut().flatten().for_each(|i| i.mark = mark),
        }
    }
    block
}

fn cell_words(blocks: &[Block]) -> Words {
    blocks
        .iter()
        .flat_map(|b| {
            b.plain_text()
                .split_whitespace()
                .filter(|w| *w != "•")
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `rows` inserted or deleted whole: the rows and every word in them.
fn marked_rows(rows: &[Row], mark: Mark) -> Vec<Row> {
    rows.iter().map(|r| marked_row(r, mark)).collect()
}

fn marked_row(row: &Row, mark: Mark) -> Row {
    let mut row = row.clone();
    row.mark = mark;
    for cell in &mut row.cells {
        if let Cell::Content(c) = cell {
            for block in &mut c.blocks {
                match block {
                    Block::Paragraph(p) => p.iter_mut().for_each(|i| i.mark = mark),
                    Block::Bullets(items) => items.iter_mut().flatten().for_each(|i| i.mark = mark),
                }
            }
        }
    }
    row
}
