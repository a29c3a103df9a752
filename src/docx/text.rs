//! Styled text: runs from `Inline`s, paragraphs and bullet lists from `Block`s.

use super::fonts;
use super::ids::Ids;
use crate::document::{Block, Inline};
use docx_rs::{AlignmentType, IndentLevel, NumberingId, Paragraph};

/// The numbering definition of every bulleted list (see `numbering.rs`); docx-rs already
/// defines number 1 in every document.
pub const BULLETS: usize = 2;

/// How the paragraphs of one place (a cell, the notes) look.
#[derive(Clone, Copy, Debug)]
pub struct Look {
    pub half_points: usize,
    pub align: AlignmentType,
    /// Bold whatever the inlines say: header and section cells.
    pub bold: bool,
}

/// One paragraph holding `inlines`.
pub fn paragraph(ids: &mut Ids, inlines: &[Inline], look: Look) -> Paragraph {
    let mut p = ids.paragraph().align(look.align);
    for i in inlines {
        p = p.add_run(fonts::run(
            &i.text,
            look.half_points,
            look.bold || i.bold,
            i.italic,
        ));
    }
    p
}

/// A paragraph of plain text.
pub fn plain(ids: &mut Ids, text: &str, look: Look) -> Paragraph {
    paragraph(ids, &[Inline::plain(text)], look)
}

/// A paragraph with no text whose mark has the size of its neighbours, so an empty cell is no
/// taller than a line of them.
pub fn empty(ids: &mut Ids, look: Look) -> Paragraph {
    ids.paragraph().size(look.half_points).fonts(fonts::times())
}

/// The paragraphs of `blocks`, a bullet list giving one paragraph per entry.
pub fn blocks(ids: &mut Ids, blocks: &[Block], look: Look) -> Vec<Paragraph> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => out.push(paragraph(ids, inlines, look)),
            Block::Bullets(items) => {
                for item in items {
                    out.push(bullet(paragraph(ids, item, look)));
                }
            }
        }
    }
    out
}

/// A real list paragraph rather than a typed «– »: Word then keeps the hanging indent when
/// someone edits the text, and the dash is not part of the words a search finds. Left-aligned
/// even in a centred cell: a centred list has no edge to hang from.
fn bullet(p: Paragraph) -> Paragraph {
    p.numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
        .align(AlignmentType::Left)
}
