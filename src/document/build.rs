//! Plan + template + locale → one language's document. Both languages go through the same
//! code with the same plan, so their tables have the same rows, spans and numbers by
//! construction; only the words differ.

use super::*;
use crate::locale::{Locale, LocaleError};
use crate::phrases;
use crate::plan::{Approval, DateStyle, Item, ItemBody, Plan, Responsible, Step, Task, Text};
use crate::richtext::{self, Inline};
use crate::template::{self, Field, Header, Template};
use chrono::Datelike;
use fluent_bundle::FluentArgs;
use std::fmt;
use std::ops::Range;

#[derive(Debug)]
pub struct BuildError(pub LocaleError);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot build the document: {}", self.0)
    }
}

impl std::error::Error for BuildError {}

/// A row held already never fails to be built (`RowSource for &[Row]`).
impl From<std::convert::Infallible> for BuildError {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

impl From<LocaleError> for BuildError {
    fn from(e: LocaleError) -> Self {
        BuildError(e)
    }
}

/// Both languages' documents, Kazakh first.
pub fn build_all(plan: &Plan, template: &Template) -> Result<Vec<Document>, BuildError> {
    Lang::ALL
        .iter()
        .map(|&l| build(plan, template, l))
        .collect()
}

/// `lang`'s document of `plan`, built whole: every row of its table in `table.rows`.
pub fn build(plan: &Plan, template: &Template, lang: Lang) -> Result<Document, BuildError> {
    builder(plan, template, lang)?.document()
}

/// `lang`'s document of `plan` with its table's rows left to be built as the layout reaches
/// them: `table.rows` is empty, and the [`TableRows`] give them (see [`super::RowSource`]).
/// Whatever [`build`] rejects, this rejects with the same error, except a row that cannot be
/// built, which the layout finds in its first pass over the rows (before any page).
pub fn build_streamed<'a>(
    plan: &'a Plan,
    template: &'a Template,
    lang: Lang,
) -> Result<(Document, TableRows<'a>), BuildError> {
    let b = builder(plan, template, lang)?;
    let mut doc = b.head()?;
    let mut rows = TableRows::new(b);
    match (b.notes(), b.legend()) {
        (Ok(notes), Ok(legend)) => (doc.notes, doc.legend) = (notes, legend),
        (Err(e), _) | (_, Err(e)) => {
            // `build` makes the rows before the notes and the legend: a row that cannot be
            // built is the error it reports first.
            rows.built(0..rows.len, &mut |_, _| {})?;
            return Err(e);
        }
    }
    Ok((doc, rows))
}

/// The approval grif of `plan`'s documents had it been approved by `approval`: an
/// amendment's changes are approved as the plan was, at another date.
pub fn grif(
    plan: &Plan,
    template: &Template,
    lang: Lang,
    approval: &Approval,
) -> Result<Vec<Vec<Inline>>, BuildError> {
    builder(plan, template, lang)?.grif(approval)
}

/// The heading row of section `section` (from 0) of `plan`, numbered `number` where the
/// template numbers sections («2-1» for a section an amendment adds after section 2).
pub fn section_row(
    plan: &Plan,
    template: &Template,
    lang: Lang,
    section: usize,
    number: &str,
) -> Result<Row, BuildError> {
    let b = builder(plan, template, lang)?;
    b.section_row(number, b.t(&plan.sections[section].title))
}

/// The label of an item's number cell («5.»), for any number written as the changes
/// document numbers rows («14-1»).
pub fn item_label(lang: Lang, number: &str) -> Result<String, BuildError> {
    let mut args = FluentArgs::new();
    args.set("number", number.to_string());
    Ok(Locale::get(lang)?.format("item-number", &args)?)
}

fn builder<'a>(
    plan: &'a Plan,
    template: &'a Template,
    lang: Lang,
) -> Result<Builder<'a>, BuildError> {
    Ok(Builder {
        plan,
        template,
        locale: Locale::get(lang)?,
        lang,
        style: plan.date_style.unwrap_or_else(|| template.date_style()),
    })
}

#[derive(Clone, Copy)]
struct Builder<'a> {
    plan: &'a Plan,
    template: &'a Template,
    locale: &'a Locale,
    lang: Lang,
    style: DateStyle,
}

/// What one row of an item shows.
enum RowPart<'a> {
    /// The item's own text on a row of its own (templates with a `work` column).
    ItemText,
    Step(&'a Step),
    Own(&'a Task),
}

impl Builder<'_> {
    fn document(&self) -> Result<Document, BuildError> {
        let mut doc = self.head()?;
        let mut source = TableRows::new(*self);
        let mut rows = Vec::with_capacity(source.len);
        source.built(0..source.len, &mut |_, row| rows.push(row))?;
        doc.table.rows = rows;
        doc.notes = self.notes()?;
        doc.legend = self.legend()?;
        Ok(doc)
    }

    /// The document up to its table's columns: no rows, notes or legend yet.
    fn head(&self) -> Result<Document, BuildError> {
        let title = self.title()?;
        Ok(Document {
            lang: self.lang,
            meta: self.metadata(&title)?,
            layout: self.layout(),
            annex: self.annex()?,
            grif: self.grif(&self.plan.approval)?,
            title: richtext::parse_inline(&title),
            table: Table {
                columns: self.columns()?,
                rows: Vec::new(),
            },
            body: Vec::new(),
            notes: None,
            legend: None,
        })
    }

    fn t<'t>(&self, text: &'t Text) -> &'t str {
        text.get(self.lang)
    }

    fn args<const N: usize>(&self, pairs: [(&'static str, String); N]) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in pairs {
            args.set(k, v);
        }
        args
    }

    fn metadata(&self, title: &str) -> Result<Metadata, BuildError> {
        let plain: String = richtext::concat(&richtext::parse_inline(title));
        Ok(Metadata {
            title: plain,
            subject: self.locale.text(&self.template.subject)?,
            author: richtext::concat(&richtext::parse_inline(
                self.t(&self.plan.organization.name),
            )),
            language: self.lang.tag(),
            date: self.document_date(),
            continued: self.locale.text("continued")?,
            revisions: None,
        })
    }

    /// The approval date, or the first day of the approval year while it is not known.
    fn document_date(&self) -> chrono::NaiveDate {
        let (date, year) = match &self.plan.approval {
            Approval::Decision { date, year, .. } | Approval::Official { date, year, .. } => {
                (*date, *year)
            }
        };
        date.or_else(|| chrono::NaiveDate::from_ymd_opt(year, 1, 1))
            .unwrap_or_default()
    }

    fn layout(&self) -> Layout {
        let t = self.template;
        Layout {
            page_mm: t.page.size,
            orientation: t.page.orientation,
            margins_mm: t.page.margins,
            page_numbers: t.page.page_numbers,
            page_numbers_from: t.page.first_numbered(),
            font_pt: t.fonts,
            grif_width: t.grif_width,
        }
    }

    fn annex(&self) -> Result<Option<String>, BuildError> {
        let Some(n) = &self.plan.annex else {
            return Ok(None);
        };
        Ok(Some(self.locale.format(
            "annex-label",
            &self.args([("number", n.clone())]),
        )?))
    }

    fn grif(&self, approval: &Approval) -> Result<Vec<Vec<Inline>>, BuildError> {
        let org = self.t(&self.plan.organization.name).to_string();
        let mut text = match approval {
            Approval::Decision {
                body,
                date,
                year,
                protocol,
                gender,
            } => {
                let gender = gender.unwrap_or_else(|| self.template.gender());
                let head = self.args([
                    ("organization", org),
                    ("body", self.t(body).to_string()),
                    ("gender", gender.name().to_string()),
                ]);
                let known = match (date, protocol) {
                    (Some(_), Some(_)) => "both",
                    (Some(_), None) => "date",
                    (None, Some(_)) => "number",
                    (None, None) => "none",
                };
                let mut args = self.grif_date(*date, *year)?;
                args.set("known", known);
                args.set("number", protocol.clone().unwrap_or_default());
                format!(
                    "{}\n{}",
                    self.locale.format("grif-decision", &head)?,
                    self.locale.format("grif-protocol", &args)?
                )
            }
            Approval::Official {
                position,
                name,
                date,
                year,
            } => {
                let head = self.args([
                    ("position", self.t(position).to_string()),
                    ("name", self.t(name).to_string()),
                ]);
                let mut args = self.grif_date(*date, *year)?;
                args.set("known", if date.is_some() { "yes" } else { "no" });
                format!(
                    "{}\n{}",
                    self.locale.format("grif-official", &head)?,
                    self.locale.format("grif-official-date", &args)?
                )
            }
        };
        text = text.replace("\r\n", "\n");
        Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(grif_line)
            .collect())
    }

    /// The variables of a grif date; only $year while the date is not known.
    fn grif_date(
        &self,
        date: Option<chrono::NaiveDate>,
        year: i32,
    ) -> Result<FluentArgs<'static>, LocaleError> {
        let mut args = FluentArgs::new();
        phrases::set_date(
            self.locale,
            &mut args,
            "",
            year,
            date.map(|d| d.month()),
            date.map(|d| d.day()),
        )?;
        Ok(args)
    }

    fn title(&self) -> Result<String, BuildError> {
        let title = self.t(&self.plan.title).trim().to_string();
        let Some(period) = &self.plan.period else {
            return Ok(title);
        };
        let period = phrases::period(self.locale, period)?;
        Ok(self.locale.format(
            "title-with-period",
            &self.args([("title", title), ("period", period)]),
        )?)
    }

    fn columns(&self) -> Result<Vec<Column>, LocaleError> {
        let total: f32 = self.template.columns.iter().map(|c| c.width).sum();
        self.template
            .columns
            .iter()
            .map(|c| {
                Ok(Column {
                    width: c.width / total,
                    field: c.field,
                    header: self.header(c)?,
                })
            })
            .collect()
    }

    /// A column's header: the plan's words for it, else the template's, on one line (a
    /// line break written in a header is a space, as in every paragraph of a plan).
    fn header(&self, c: &template::Column) -> Result<String, LocaleError> {
        let text = match (self.plan.header(c.field), &c.header) {
            (Some(own), _) | (None, Header::Text(own)) => self.t(own).to_string(),
            (None, Header::Message(id)) => self.locale.text(id)?,
        };
        Ok(text
            .split(['\n', '\r', '\t'])
            .map(|l| l.trim_matches(' '))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "))
    }

    fn section_row(&self, number: &str, title: &str) -> Result<Row, BuildError> {
        let mut row = self.section_shape();
        self.fill_section(&mut row, number, title)?;
        Ok(row)
    }

    /// A section's heading row without its text: one cell across every column.
    fn section_shape(&self) -> Row {
        Row {
            kind: RowKind::Section,
            cells: vec![Cell::Content(Content {
                blocks: Vec::new(),
                col_span: self.template.columns.len(),
                row_span: 1,
                align: Align::Left,
                bold: true,
            })],
            mark: Mark::None,
        }
    }

    fn fill_section(&self, row: &mut Row, number: &str, title: &str) -> Result<(), BuildError> {
        let text = if self.template.number_sections {
            self.locale.format(
                "section-title",
                &self.args([("number", number.to_string()), ("title", title.to_string())]),
            )?
        } else {
            title.to_string()
        };
        if let Some(Cell::Content(c)) = row.cells.first_mut() {
            c.blocks = richtext::parse(&text);
        }
        Ok(())
    }

    /// Whether an item of steps has a row of its own for its text (templates with a `work`
    /// column).
    fn own_row(&self, item: &Item) -> bool {
        self.template.has(Field::Work) && item.text.is_some()
    }

    /// How many rows `item` takes.
    fn part_count(&self, item: &Item) -> usize {
        match &item.body {
            ItemBody::Steps(steps) => usize::from(self.own_row(item)) + steps.len(),
            ItemBody::Own(_) => 1,
        }
    }

    /// What row `part` of `item` shows.
    fn part<'i>(&self, item: &'i Item, part: usize) -> RowPart<'i> {
        match &item.body {
            ItemBody::Steps(steps) => match part.checked_sub(usize::from(self.own_row(item))) {
                Some(step) => steps.get(step).map_or(RowPart::ItemText, RowPart::Step),
                None => RowPart::ItemText,
            },
            ItemBody::Own(task) => RowPart::Own(task),
        }
    }

    /// Row `part` (from 0) of item `number`, `parts` rows in all, without its text: the item's
    /// number, measure and result merged down its rows, a cell a column.
    fn item_shape(&self, number: usize, part: usize, parts: usize) -> Row {
        let cells = self
            .template
            .columns
            .iter()
            .map(|column| {
                let merged = matches!(column.field, Field::Number | Field::Item | Field::Result);
                if merged && part > 0 {
                    return Cell::Covered;
                }
                Cell::Content(Content {
                    blocks: Vec::new(),
                    col_span: 1,
                    row_span: if merged { parts } else { 1 },
                    align: if column.field == Field::Number {
                        Align::Center
                    } else {
                        Align::Left
                    },
                    bold: false,
                })
            })
            .collect();
        Row {
            kind: RowKind::Item {
                number,
                part,
                parts,
            },
            cells,
            mark: Mark::None,
        }
    }

    /// The text of every cell of `row`, row `part` of item `number`.
    fn fill_item(
        &self,
        row: &mut Row,
        number: usize,
        item: &Item,
        part: usize,
    ) -> Result<(), BuildError> {
        let part = self.part(item, part);
        for (column, cell) in self.template.columns.iter().zip(&mut row.cells) {
            let Cell::Content(content) = cell else {
                continue;
            };
            let text = self.cell_text(column.field, number, item, &part)?;
            content.blocks = richtext::parse(&text);
        }
        Ok(())
    }

    fn cell_text(
        &self,
        field: Field,
        number: usize,
        item: &Item,
        part: &RowPart,
    ) -> Result<String, BuildError> {
        let item_text = || {
            item.text
                .as_ref()
                .map(|t| self.t(t).to_string())
                .unwrap_or_default()
        };
        Ok(match (field, part) {
            (Field::Number, _) => self
                .locale
                .format("item-number", &self.args([("number", number.to_string())]))?,
            (Field::Item, _) => item_text(),
            (Field::Result, _) => item
                .result
                .as_ref()
                .map(|t| self.t(t).to_string())
                .unwrap_or_default(),
            (Field::Step, RowPart::Step(s)) => self.t(&s.text).to_string(),
            (Field::Work, RowPart::Step(s)) => self.t(&s.text).to_string(),
            (Field::Work, RowPart::ItemText | RowPart::Own(_)) => item_text(),
            (Field::Deadline, RowPart::Step(Step { task, .. }) | &RowPart::Own(task)) => {
                phrases::deadline(self.locale, &task.due, self.style)?
            }
            (Field::Responsible, RowPart::Step(Step { task, .. }) | &RowPart::Own(task)) => {
                self.responsible(&task.responsible)
            }
            (Field::Step | Field::Deadline | Field::Responsible, _) => String::new(),
        })
    }

    fn responsible(&self, list: &[Responsible]) -> String {
        list.iter()
            .map(|r| match r {
                Responsible::Unit(i) => self.plan.units[*i].forms(self.lang).short.as_str(),
                Responsible::Free(t) => self.t(t),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn notes(&self) -> Result<Option<Notes>, BuildError> {
        if self.plan.notes.is_empty() {
            return Ok(None);
        }
        Ok(Some(Notes {
            heading: self.locale.text("notes-heading")?,
            heading_mark: Mark::None,
            blocks: self
                .plan
                .notes
                .iter()
                .flat_map(|n| richtext::parse(self.t(n)))
                .collect(),
        }))
    }

    /// The abbreviations the table actually uses, in the order the plan defines its units.
    fn legend(&self) -> Result<Option<Legend>, BuildError> {
        let mut used = vec![false; self.plan.units.len()];
        for r in self.plan.tasks().flat_map(|t| &t.responsible) {
            if let Responsible::Unit(i) = r {
                used[*i] = true;
            }
        }
        let mut entries = Vec::new();
        for (unit, _) in self.plan.units.iter().zip(used).filter(|(_, u)| *u) {
            let forms = unit.forms(self.lang);
            if let Some(full) = &forms.full {
                let args = self.args([("short", forms.short.clone()), ("full", full.clone())]);
                entries.push(self.locale.format("legend-entry", &args)?);
            }
        }
        if entries.is_empty() {
            return Ok(None);
        }
        Ok(Some(Legend {
            heading: self.locale.text("legend-heading")?,
            entries,
            marks: Vec::new(),
        }))
    }
}

/// A plan's table rows, built one at a time in the table's order as they are asked for, and
/// given away: nothing of a row is kept once it is handed over. Asked for a row behind the
/// last one given, it starts again from the first (the layout never does this for a plan's
/// own table).
pub struct TableRows<'a> {
    b: Builder<'a>,
    len: usize,
    /// Where the next row comes from.
    at: Place,
}

/// A row's place in the plan.
#[derive(Clone, Copy, Debug, Default)]
struct Place {
    /// Its index in the table.
    row: usize,
    section: usize,
    /// The item in the section; none for the section's heading row.
    item: Option<usize>,
    /// The item's row, from 0.
    part: usize,
    /// The item's number through the whole table (from 1); the items before, on a heading.
    number: usize,
}

impl<'a> TableRows<'a> {
    fn new(b: Builder<'a>) -> TableRows<'a> {
        let len = b
            .plan
            .sections
            .iter()
            .map(|s| 1 + s.items.iter().map(|i| b.part_count(i)).sum::<usize>())
            .sum();
        TableRows {
            b,
            len,
            at: Place::default(),
        }
    }

    /// Calls `f` with each place in `range`, in order; stops at its first error.
    fn walk<E>(
        &mut self,
        range: Range<usize>,
        f: &mut dyn FnMut(Builder<'a>, &Place) -> Result<(), E>,
    ) -> Result<(), E> {
        let end = range.end.min(self.len);
        if range.start < self.at.row {
            self.at = Place::default();
        }
        while self.at.row < end {
            if self.at.row >= range.start {
                f(self.b, &self.at)?;
            }
            self.at = self.next(self.at);
        }
        Ok(())
    }

    /// Rows `range` built in full, each given to `f` with its index.
    fn built(
        &mut self,
        range: Range<usize>,
        f: &mut dyn FnMut(usize, Row),
    ) -> Result<(), BuildError> {
        self.walk(range, &mut |b, at| {
            let mut row = b.shape(at);
            b.fill(&mut row, at)?;
            f(at.row, row);
            Ok(())
        })
    }

    /// The place after `at`: the item's next row, the next item with rows, or the next
    /// section's heading.
    fn next(&self, at: Place) -> Place {
        let mut next = Place {
            row: at.row + 1,
            ..at
        };
        let Some(section) = self.b.plan.sections.get(at.section) else {
            return next;
        };
        if let Some(item) = at.item.and_then(|i| section.items.get(i))
            && at.part + 1 < self.b.part_count(item)
        {
            next.part += 1;
            return next;
        }
        next.part = 0;
        let first = at.item.map_or(0, |i| i + 1);
        for (i, item) in section.items.iter().enumerate().skip(first) {
            // An item without rows still takes its number.
            next.number += 1;
            if self.b.part_count(item) > 0 {
                next.item = Some(i);
                return next;
            }
        }
        next.section += 1;
        next.item = None;
        next
    }
}

impl super::RowSource for TableRows<'_> {
    type Error = BuildError;

    fn len(&self) -> usize {
        self.len
    }

    fn shapes(&mut self, range: Range<usize>, f: &mut dyn FnMut(usize, &Row)) {
        let Ok(()) = self.walk::<std::convert::Infallible>(range, &mut |b, at| {
            f(at.row, &b.shape(at));
            Ok(())
        });
    }

    fn rows(
        &mut self,
        range: Range<usize>,
        f: &mut dyn FnMut(usize, &Row),
    ) -> Result<(), BuildError> {
        self.built(range, &mut |i, row| f(i, &row))
    }
}

impl Builder<'_> {
    /// The row at `at` without its text.
    fn shape(&self, at: &Place) -> Row {
        let item = at.item.and_then(|i| self.item_at(at.section, i));
        match item {
            Some(item) => self.item_shape(at.number, at.part, self.part_count(item)),
            None => self.section_shape(),
        }
    }

    /// The text of the row at `at`, made by [`shape`](Self::shape).
    fn fill(&self, row: &mut Row, at: &Place) -> Result<(), BuildError> {
        let Some(section) = self.plan.sections.get(at.section) else {
            return Ok(());
        };
        match at.item.and_then(|i| section.items.get(i)) {
            Some(item) => self.fill_item(row, at.number, item, at.part),
            None => self.fill_section(row, &(at.section + 1).to_string(), self.t(&section.title)),
        }
    }

    fn item_at(&self, section: usize, item: usize) -> Option<&Item> {
        self.plan.sections.get(section)?.items.get(item)
    }
}

/// A grif line from the locale; one written `__…__` is bold (the approval word). The lines are
/// not read as Markdown: the signature and date blanks are runs of underscores.
fn grif_line(line: &str) -> Vec<Inline> {
    match line.strip_prefix("__").and_then(|l| l.strip_suffix("__")) {
        Some(word) if !word.is_empty() => vec![Inline::bold(word.trim())],
        _ => vec![Inline::plain(line)],
    }
}
