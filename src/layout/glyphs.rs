//! Every character the document draws must have a glyph in the face it is drawn in: a missing
//! glyph would print as an empty box. `qujat check` rejects such plans already; this is the
//! writer's own guard, run before any layout.

use super::measure::missing_glyph;
use crate::document::{Block, Cell, Document, Inline, RowSource};
use crate::fonts::Style;
use std::fmt;

/// A character that the bundled font cannot draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
    pub style: Style,
    /// The text it occurs in.
    pub text: String,
}

impl fmt::Display for MissingGlyph {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "the character {:?} (U+{:04X}) in «{}» has no glyph in the bundled font ({:?}); \
             it would print as an empty box",
            self.ch, self.ch as u32, self.text, self.style
        )
    }
}

impl std::error::Error for MissingGlyph {}

/// Why a document cannot be laid out: a row of its table that could not be built, or a
/// character without a glyph.
#[derive(Debug)]
pub enum Unfit<E> {
    Row(E),
    Glyph(MissingGlyph),
}

/// Checks every text of `doc`, its table's rows from `rows`, in the style it is drawn in, in
/// the document's order: the first character without a glyph is the error. Every row is built
/// (and dropped) on the way, so a row that cannot be built is found here too, before any
/// page; it is the error even after a missing glyph, as when the document is built whole
/// before it is checked.
pub fn check<R: RowSource>(doc: &Document, rows: &mut R) -> Result<(), Unfit<R::Error>> {
    let mut head: Vec<(&str, Style)> = Vec::new();
    head.extend(doc.annex.iter().map(|a| (a.as_str(), Style::Regular)));
    doc.grif
        .iter()
        .for_each(|line| inlines(line, false, &mut head));
    inlines(&doc.title, true, &mut head);
    head.extend(doc.table.headers().map(|h| (h, Style::Bold)));
    head.push((doc.meta.continued.as_str(), Style::Italic));
    let mut first = first_missing(head).err();
    rows.rows(0..rows.len(), &mut |_, row| {
        if first.is_some() {
            return;
        }
        let mut texts = Vec::new();
        for cell in &row.cells {
            if let Cell::Content(c) = cell {
                blocks(&c.blocks, c.bold, &mut texts);
            }
        }
        first = first_missing(texts).err();
    })
    .map_err(Unfit::Row)?;
    if let Some(missing) = first {
        return Err(Unfit::Glyph(missing));
    }
    let mut tail = Vec::new();
    for part in &doc.body {
        if let crate::document::Part::Text { blocks: b, .. } = part {
            blocks(b, false, &mut tail);
        }
    }
    if let Some(notes) = &doc.notes {
        tail.push((notes.heading.as_str(), Style::Bold));
        blocks(&notes.blocks, false, &mut tail);
    }
    if let Some(legend) = &doc.legend {
        tail.push((legend.heading.as_str(), Style::Bold));
        tail.extend(legend.entries.iter().map(|e| (e.as_str(), Style::Regular)));
    }
    first_missing(tail).map_err(Unfit::Glyph)
}

/// The first text of `texts` with a character its style has no glyph for.
fn first_missing<'a>(
    texts: impl IntoIterator<Item = (&'a str, Style)>,
) -> Result<(), MissingGlyph> {
    texts
        .into_iter()
        .try_for_each(|(text, style)| match missing_glyph(text, style) {
            Some(ch) => Err(MissingGlyph {
                ch,
                style,
                text: text.to_string(),
            }),
            None => Ok(()),
        })
}

fn inlines<'a>(runs: &'a [Inline], bold: bool, out: &mut Vec<(&'a str, Style)>) {
    out.extend(
        runs.iter()
            .map(|i| (i.text.as_str(), Style::new(i.bold || bold, i.italic))),
    );
}

fn blocks<'a>(blocks: &'a [Block], bold: bool, out: &mut Vec<(&'a str, Style)>) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => inlines(p, bold, out),
            Block::Bullets(items) => items.iter().for_each(|i| inlines(i, bold, out)),
        }
    }
}
