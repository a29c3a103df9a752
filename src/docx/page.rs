//! The section: page size, orientation, margins, the default type, and page numbers.

use super::fonts;
use super::ids::Ids;
use super::units::{Geometry, half_points};
use crate::document::Document;
use crate::template::PageNumbers;
use docx_rs::{
    AlignmentType, Docx, FieldCharType, Footer, Header, InstrPAGE, InstrText, PageMargin,
    PageOrientationType, Paragraph, Run,
};

pub fn setup(docx: Docx, doc: &Document, g: Geometry, ids: &mut Ids) -> Docx {
    // Size first: `page_orient` after `page_size` keeps the orientation (toolchain notes).
    let mut docx = docx.page_size(g.width as u32, g.height as u32);
    if g.landscape {
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    let docx = docx
        .page_margin(margins(g))
        .default_fonts(fonts::times())
        .default_size(half_points(doc.layout.font_pt.text));
    page_numbers(docx, doc, ids)
}

/// Header and footer sit halfway into their margins, clear of the text and of the edge.
fn margins(g: Geometry) -> PageMargin {
    PageMargin {
        top: g.top,
        left: g.left,
        bottom: g.bottom,
        right: g.right,
        header: g.top / 2,
        footer: g.bottom / 2,
        gutter: 0,
    }
}

fn page_numbers(docx: Docx, doc: &Document, ids: &mut Ids) -> Docx {
    let size = half_points(doc.layout.font_pt.text);
    match doc.layout.page_numbers {
        PageNumbers::None => docx,
        PageNumbers::Footer => docx.footer(Footer::new().add_paragraph(number(ids, size))),
        // GOST R 7.0.97: numbered from page 2; the title page gets an empty header of its own.
        PageNumbers::Header => docx
            .header(Header::new().add_paragraph(number(ids, size)))
            .first_header(Header::new().add_paragraph(ids.paragraph()))
            .title_pg(),
    }
}

/// A centred paragraph holding a PAGE field, which Word and LibreOffice fill in per page.
fn number(ids: &mut Ids, size: usize) -> Paragraph {
    let field = |r: Run| r.fonts(fonts::times()).size(size);
    ids.paragraph()
        .align(AlignmentType::Center)
        .add_run(field(
            Run::new().add_field_char(FieldCharType::Begin, false),
        ))
        .add_run(field(
            Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new())),
        ))
        .add_run(field(
            Run::new().add_field_char(FieldCharType::Separate, false),
        ))
        .add_run(field(Run::new().add_text("1")))
        .add_run(field(Run::new().add_field_char(FieldCharType::End, false)))
}
