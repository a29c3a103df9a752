//! The document as the paginator and both writers see it: a sequence of blocks, paragraphs and
//! the table, each laid out in its width, with what must stay together. The rules that are not
//! about the table live here: the title stays with the start of the table, a heading with what
//! it introduces, the legend with the paragraph above it and all its entries together.
//!
//! A paragraph kept with the next is never split: LibreOffice moves such a paragraph whole when
//! what follows does not fit below it (measured), and the paginator does the same.

use super::style::{Look, Style, Twips, to_pt};
use super::table::{GridTooLarge, TableLayout};
use super::text::{self, Setting};
use super::textbox::{self, TextBox};
use crate::document::{Block as DocBlock, Document, Inline, Mark, Part, RowSource, TextKind};

/// What a paragraph is, for the writers' styles and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The annex label or a line of the approval grif.
    Grif,
    Title,
    Heading,
    Note,
    LegendEntry,
    /// An amendment's numbered instruction.
    Instruction,
    /// A text an instruction quotes.
    Quote,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub kind: Kind,
    pub look: Look,
    /// One paragraph's lines.
    pub text: TextBox,
    /// Left indent from the margin.
    pub indent: Twips,
    /// Space above (dropped at the top of a page) and below.
    pub before: Twips,
    pub after: Twips,
    /// On the same page as the start of the next block, and never split.
    pub keep_next: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Paragraph),
    Table(Box<TableLayout>),
}

/// The blocks of `doc`, its table's rows from `rows`, in order; an error if a table is larger
/// than its grid can hold.
pub fn blocks(
    doc: &Document,
    rows: &mut impl RowSource,
    style: &Style,
) -> Result<Vec<Block>, GridTooLarge> {
    let mut out = Vec::new();
    let grif: Vec<Vec<Inline>> = doc
        .annex
        .iter()
        .map(|a| vec![Inline::plain(a.as_str())])
        .chain(doc.grif.iter().cloned())
        .collect();
    for (i, line) in grif.iter().enumerate() {
        let mut p = paragraph(doc, style, Kind::Grif, style.grif, style.grif_indent, line);
        if i + 1 == grif.len() {
            p.after = style.after_grif;
        }
        out.push(Block::Paragraph(p));
    }
    let mut title = paragraph(doc, style, Kind::Title, style.title, 0, &doc.title);
    // A subtitle goes on the title's next line; the space comes after it.
    let subtitled = matches!(
        doc.body.first(),
        Some(Part::Text {
            kind: TextKind::Subtitle,
            ..
        })
    );
    title.after = if subtitled { 0 } else { style.after_title };
    title.keep_next = true;
    out.push(Block::Paragraph(title));
    if doc.body.is_empty() {
        out.push(Block::Table(Box::new(TableLayout::new(doc, rows, style)?)));
    } else {
        body(doc, rows, style, &mut out)?;
    }
    if let Some(notes) = &doc.notes {
        out.push(Block::Paragraph(heading(
            doc,
            style,
            &notes.heading,
            notes.heading_mark,
        )));
        for para in notes_paragraphs(&notes.blocks, doc, style) {
            out.push(Block::Paragraph(para));
        }
    }
    if let Some(legend) = &doc.legend {
        // The legend never stands alone on a page: what is above it goes along.
        if let Some(Block::Paragraph(above)) = out.last_mut() {
            above.keep_next = true;
        }
        out.push(Block::Paragraph(heading(
            doc,
            style,
            &legend.heading,
            legend.mark(0),
        )));
        for (i, entry) in legend.entries.iter().enumerate() {
            let mut p = paragraph(
                doc,
                style,
                Kind::LegendEntry,
                style.notes,
                0,
                &[Inline {
                    mark: legend.mark(i + 1),
                    ..Inline::plain(entry.as_str())
                }],
            );
            p.keep_next = i + 1 < legend.entries.len();
            out.push(Block::Paragraph(p));
        }
    }
    Ok(out)
}

/// The body of an amendment's document: instructions, each kept with the quote that follows,
/// and the quoted rows as tables of their own.
fn body(
    doc: &Document,
    rows: &mut impl RowSource,
    style: &Style,
    out: &mut Vec<Block>,
) -> Result<(), GridTooLarge> {
    for (i, part) in doc.body.iter().enumerate() {
        match part {
            Part::Text {
                kind: TextKind::Subtitle,
                blocks,
            } => {
                let inlines: Vec<Inline> =
                    blocks.iter().flat_map(|b| b.inlines().cloned()).collect();
                let mut p = paragraph(doc, style, Kind::Title, style.title, 0, &inlines);
                p.after = style.after_title;
                p.keep_next = true;
                out.push(Block::Paragraph(p));
            }
            Part::Text { kind, blocks } => {
                let quoted = matches!(doc.body.get(i + 1), Some(Part::Rows { .. }))
                    || matches!(
                        doc.body.get(i + 1),
                        Some(Part::Text {
                            kind: TextKind::Quote,
                            ..
                        })
                    );
                let kind = match kind {
                    TextKind::Instruction => Kind::Instruction,
                    TextKind::Quote | TextKind::Subtitle => Kind::Quote,
                };
                let mut paras = notes_paragraphs(blocks, doc, style);
                let last = paras.len().saturating_sub(1);
                for (n, mut p) in paras.drain(..).enumerate() {
                    p.kind = kind;
                    if n == 0 && kind == Kind::Instruction {
                        p.before = style.above_heading;
                    }
                    // An instruction never ends a page without what it quotes.
                    p.keep_next = kind == Kind::Instruction && (n < last || quoted);
                    out.push(Block::Paragraph(p));
                }
            }
            Part::Rows {
                rows: range,
                header,
            } => out.push(Block::Table(Box::new(TableLayout::of_rows(
                doc,
                rows,
                style,
                range.clone(),
                *header,
            )?))),
        }
    }
    Ok(())
}

fn heading(doc: &Document, style: &Style, text: &str, mark: Mark) -> Paragraph {
    let mut p = paragraph(
        doc,
        style,
        Kind::Heading,
        style.heading,
        0,
        &[Inline {
            mark,
            ..Inline::plain(text)
        }],
    );
    p.before = style.above_heading;
    p.keep_next = true;
    p
}

/// The notes, a list giving a paragraph per entry.
fn notes_paragraphs(blocks: &[DocBlock], doc: &Document, style: &Style) -> Vec<Paragraph> {
    let setting = setting(doc, style, style.notes, 0);
    let hang = to_pt(style.bullet.hang);
    text::paragraphs(blocks, &setting, hang)
        .into_iter()
        .map(|para| Paragraph {
            kind: Kind::Note,
            look: style.notes,
            text: textbox::laid(vec![para], style.notes, setting.width, hang),
            indent: 0,
            before: 0,
            after: 0,
            keep_next: false,
        })
        .collect()
}

fn setting(doc: &Document, style: &Style, look: Look, indent: Twips) -> Setting {
    Setting {
        look,
        width: to_pt(style.page.text_width() - indent),
        lang: doc.lang,
    }
}

fn paragraph(
    doc: &Document,
    style: &Style,
    kind: Kind,
    look: Look,
    indent: Twips,
    inlines: &[Inline],
) -> Paragraph {
    let s = setting(doc, style, look, indent);
    let para = text::paragraph(inlines, &s, false);
    Paragraph {
        kind,
        look,
        text: textbox::laid(vec![para], look, s.width, 0.0),
        indent,
        before: 0,
        after: 0,
        keep_next: false,
    }
}

impl Block {
    pub fn paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        }
    }

    pub fn table(&self) -> Option<&TableLayout> {
        match self {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        }
    }
}
