//! The comparative table: per instruction of the changes document, the element, its current
//! and proposed wording (removed words struck through, added words bold) and the
//! justification the amendment gives.

use super::Source;
use crate::amend::Langs;
use crate::amend::formulas::{self, Target};
use crate::amend::marked;
use crate::amend::view::{ItemView, PlanView, Words};
use crate::document::{
    self, Align, Block, BuildError, Cell, Column, Content, Document, Field, Inline, Mark, Metadata,
    Part, Row, RowKind, Table, TextKind,
};
use crate::lang::Lang;
use crate::locale::Locale;
use fluent_bundle::FluentArgs;

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
        let (element, old, mut new, why) = w.entry(&i.target)?;
        // Only the other language's wording changed: this one's stays, and says so, as the
        // changes document does.
        if langs(&i.target).is_some_and(|l| !l.has(lang)) {
            new = w.text("compare-unchanged")?;
        }
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

/// The languages whose wording an instruction changes, for the kinds that may change one only.
fn langs(target: &Target) -> Option<Langs> {
    match target {
        Target::Title(l)
        | Target::Everywhere(_, _, l)
        | Target::LegendWords(_, _, l)
        | Target::Row { langs: l, .. }
        | Target::SectionRenamed(_, _, l)
        | Target::Notes(l)
        | Target::Legend(l) => Some(*l),
        Target::RowRemoved(_)
        | Target::RowAdded(_)
        | Target::SectionRemoved(_)
        | Target::SectionAdded(_) => None,
    }
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
                let entries = |v: &PlanView| -> Vec<Words> {
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
