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

#[derive(Debug)]
pub struct BuildError(pub LocaleError);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot build the document: {}", self.0)
    }
}

impl std::error::Error for BuildError {}

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

pub fn build(plan: &Plan, template: &Template, lang: Lang) -> Result<Document, BuildError> {
    builder(plan, template, lang)?.document()
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
        let title = self.title()?;
        Ok(Document {
            lang: self.lang,
            meta: self.metadata(&title)?,
            layout: self.layout(),
            annex: self.annex()?,
            grif: self.grif(&self.plan.approval)?,
            title: richtext::parse_inline(&title),
            table: self.table()?,
            body: Vec::new(),
            notes: self.notes()?,
            legend: self.legend()?,
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

    fn table(&self) -> Result<Table, BuildError> {
        let total: f32 = self.template.columns.iter().map(|c| c.width).sum();
        let columns = self
            .template
            .columns
            .iter()
            .map(|c| {
                Ok(Column {
                    width: c.width / total,
                    field: c.field,
                    header: self.header(c)?,
                })
            })
            .collect::<Result<Vec<_>, LocaleError>>()?;
        let mut rows = Vec::new();
        let mut number = 0;
        for (s, section) in self.plan.sections.iter().enumerate() {
            rows.push(self.section_row(&(s + 1).to_string(), self.t(&section.title))?);
            for item in &section.items {
                number += 1;
                self.item_rows(number, item, &mut rows)?;
            }
        }
        // The rows live as long as the document: without the room their growth left.
        rows.shrink_to_fit();
        Ok(Table { columns, rows })
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
        let text = if self.template.number_sections {
            self.locale.format(
                "section-title",
                &self.args([("number", number.to_string()), ("title", title.to_string())]),
            )?
        } else {
            title.to_string()
        };
        Ok(Row {
            kind: RowKind::Section,
            cells: vec![Cell::Content(Content {
                blocks: richtext::parse(&text),
                col_span: self.template.columns.len(),
                row_span: 1,
                align: Align::Left,
                bold: true,
            })],
            mark: Mark::None,
        })
    }

    fn parts<'i>(&self, item: &'i Item) -> Vec<RowPart<'i>> {
        match &item.body {
            ItemBody::Steps(steps) => {
                let own_row = self.template.has(Field::Work) && item.text.is_some();
                own_row
                    .then_some(RowPart::ItemText)
                    .into_iter()
                    .chain(steps.iter().map(RowPart::Step))
                    .collect()
            }
            ItemBody::Own(task) => vec![RowPart::Own(task)],
        }
    }

    fn item_rows(&self, number: usize, item: &Item, rows: &mut Vec<Row>) -> Result<(), BuildError> {
        let parts = self.parts(item);
        let label = self
            .locale
            .format("item-number", &self.args([("number", number.to_string())]))?;
        for (i, part) in parts.iter().enumerate() {
            let mut cells = Vec::with_capacity(self.template.columns.len());
            for column in &self.template.columns {
                let merged = matches!(column.field, Field::Number | Field::Item | Field::Result);
                if merged && i > 0 {
                    cells.push(Cell::Covered);
                    continue;
                }
                let text = self.cell_text(column.field, item, part, &label)?;
                cells.push(Cell::Content(Content {
                    blocks: richtext::parse(&text),
                    col_span: 1,
                    row_span: if merged { parts.len() } else { 1 },
                    align: if column.field == Field::Number {
                        Align::Center
                    } else {
                        Align::Left
                    },
                    bold: false,
                }));
            }
            rows.push(Row {
                kind: RowKind::Item {
                    number,
                    part: i,
                    parts: parts.len(),
                },
                cells,
                mark: Mark::None,
            });
        }
        Ok(())
    }

    fn cell_text(
        &self,
        field: Field,
        item: &Item,
        part: &RowPart,
        label: &str,
    ) -> Result<String, BuildError> {
        let item_text = || {
            item.text
                .as_ref()
                .map(|t| self.t(t).to_string())
                .unwrap_or_default()
        };
        Ok(match (field, part) {
            (Field::Number, _) => label.to_string(),
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

/// A grif line from the locale; one written `__…__` is bold (the approval word). The lines are
/// not read as Markdown: the signature and date blanks are runs of underscores.
fn grif_line(line: &str) -> Vec<Inline> {
    match line.strip_prefix("__").and_then(|l| l.strip_suffix("__")) {
        Some(word) if !word.is_empty() => vec![Inline::bold(word.trim())],
        _ => vec![Inline::plain(line)],
    }
}
