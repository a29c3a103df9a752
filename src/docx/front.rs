//! What comes before the table: the annex label and the grif at the top right, then the title.

use super::ids::Ids;
use super::text::{self, Look};
use super::units::{Geometry, half_points};
use crate::document::{Document, Inline};
use docx_rs::{AlignmentType, Docx, LineSpacing, Paragraph};

/// A blank line's worth of space (12 pt) after the grif and after the title.
const GAP: u32 = 240;

pub fn add(mut docx: Docx, doc: &Document, g: Geometry, ids: &mut Ids) -> Docx {
    for p in grif(doc, g, ids) {
        docx = docx.add_paragraph(p);
    }
    docx.add_paragraph(title(doc, ids))
}

/// The annex label and grif lines, left-aligned inside a block of `grif_width` of the text
/// width that ends at the right margin: the left indent puts the block's edge in place.
fn grif(doc: &Document, g: Geometry, ids: &mut Ids) -> Vec<Paragraph> {
    let indent = (g.text_width() as f32 * (1.0 - doc.layout.grif_width)).round() as i32;
    let look = Look {
        half_points: half_points(doc.layout.font_pt.grif),
        align: AlignmentType::Left,
        bold: false,
    };
    let annex = doc.annex.iter().map(|a| vec![Inline::plain(a.as_str())]);
    let lines: Vec<Vec<Inline>> = annex.chain(doc.grif.iter().cloned()).collect();
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let p = text::paragraph(ids, line, look).indent(Some(indent), None, None, None);
            if i == last {
                p.line_spacing(LineSpacing::new().after(GAP))
            } else {
                p
            }
        })
        .collect()
}

/// Centred and bold; kept with the table's first rows so it never ends a page alone.
fn title(doc: &Document, ids: &mut Ids) -> Paragraph {
    let look = Look {
        half_points: half_points(doc.layout.font_pt.title),
        align: AlignmentType::Center,
        bold: true,
    };
    text::paragraph(ids, &doc.title, look)
        .keep_next(true)
        .line_spacing(LineSpacing::new().after(GAP))
}
