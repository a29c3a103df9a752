//! The changes-and-additions document: the amendment's grif and title, then the numbered
//! instructions, each followed by what it quotes — rows of the plan's own table numbered as in
//! the plan in force, a heading, the notes.

use super::{RowIndex, Source};
use crate::amend::formulas::{self, Quote};
use crate::document::{
    self, Block, BuildError, Cell, Document, Inline, Metadata, Part, Row, Table, TextKind,
};
use crate::lang::Lang;
use crate::plan::Approval;

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
            quote(src, &base, &index, q, lang, &mut rows, &mut body)?;
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
    src: &Source,
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
            // The heading keeps its place: its number in the plan in force.
            let kept = src.diff.sections[section - 1].kept;
            let number = kept.map_or(*section, |o| o + 1).to_string();
            rows.push(heading(src, *section, &number, lang)?);
        }
        Quote::Row { item, number } => {
            rows.extend(item_rows(base, index, *item, number, lang)?);
        }
        Quote::Section {
            section,
            number,
            rows: items,
        } => {
            rows.push(heading(src, *section, number, lang)?);
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

/// The heading row of section `section` of the new plan (from 1), numbered `number`.
fn heading(src: &Source, section: usize, number: &str, lang: Lang) -> Result<Row, BuildError> {
    document::section_row(src.new_plan(), src.template, lang, section - 1, number)
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
