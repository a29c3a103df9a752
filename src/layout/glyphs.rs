//! Every character the document draws must have a glyph in the face it is drawn in: a missing
//! glyph would print as an empty box. `qujat check` rejects such plans already; this is the
//! writer's own guard, run before any layout.

use super::measure::missing_glyph;
use crate::document::{Block, Cell, Document, Inline};
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

/// Checks every text of `doc` in the style it is drawn in.
pub fn check(doc: &Document) -> Result<(), MissingGlyph> {
    let mut texts: Vec<(&str, Style)> = Vec::new();
    texts.extend(doc.annex.iter().map(|a| (a.as_str(), Style::Regular)));
    doc.grif
        .iter()
        .for_each(|line| inlines(line, false, &mut texts));
    inlines(&doc.title, true, &mut texts);
    texts.extend(doc.table.headers().map(|h| (h, Style::Bold)));
    texts.push((doc.meta.continued.as_str(), Style::Italic));
    for cell in doc.table.rows.iter().flat_map(|r| &r.cells) {
        if let Cell::Content(c) = cell {
            blocks(&c.blocks, c.bold, &mut texts);
        }
    }
    for part in &doc.body {
        if let crate::document::Part::Text { blocks: b, .. } = part {
            blocks(b, false, &mut texts);
        }
    }
    if let Some(notes) = &doc.notes {
        texts.push((notes.heading.as_str(), Style::Bold));
        blocks(&notes.blocks, false, &mut texts);
    }
    if let Some(legend) = &doc.legend {
        texts.push((legend.heading.as_str(), Style::Bold));
        texts.extend(legend.entries.iter().map(|e| (e.as_str(), Style::Regular)));
    }
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
