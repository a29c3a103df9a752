//! What comes after the table: the notes and the legend of abbreviations.

use super::ids::Ids;
use super::text::{self, Look};
use super::units::half_points;
use crate::document::{Document, Inline};
use docx_rs::{AlignmentType, Docx, LineSpacing, Paragraph};

/// Space above each heading (6 pt), so the notes stand apart from the table.
const ABOVE: u32 = 120;

pub fn add(mut docx: Docx, doc: &Document, ids: &mut Ids) -> Docx {
    let look = Look {
        half_points: half_points(doc.layout.font_pt.notes),
        align: AlignmentType::Both,
        bold: false,
    };
    let mut paragraphs = Vec::new();
    if let Some(notes) = &doc.notes {
        paragraphs.push(heading(ids, &notes.heading, look));
        paragraphs.extend(text::blocks(ids, &notes.blocks, look));
    }
    if let Some(legend) = &doc.legend {
        paragraphs.push(heading(ids, &legend.heading, look));
        let left = Look {
            align: AlignmentType::Left,
            ..look
        };
        paragraphs.extend(legend.entries.iter().map(|e| text::plain(ids, e, left)));
    }
    for p in paragraphs {
        docx = docx.add_paragraph(p);
    }
    docx
}

/// A bold heading kept with the text it introduces.
fn heading(ids: &mut Ids, heading: &str, look: Look) -> Paragraph {
    text::paragraph(ids, &[Inline::bold(heading)], look)
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(ABOVE))
}
