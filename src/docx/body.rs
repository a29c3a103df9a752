//! `word/document.xml`: the body, one section per document (the languages of a combined file),
//! each block as the layout decided it.

use super::parts::{DOCUMENT_NS, Margins, id};
use super::runs::{self, Props, SectionEnd, Start};
use super::table;
use super::xml::{Revisions, Xml};
use crate::document::Document;
use crate::layout::Laid;
use crate::layout::flow::{Block, Kind, Paragraph};
use crate::layout::style::{Place, Style};
use std::io::{self, Write};

/// Writes the body of `docs`, each laid out, into `out`. Every section refers to the header
/// or footer parts of `margins`; the sections after the first number their pages from 1.
pub fn write<W: Write>(out: W, docs: &[(&Document, &Laid)], margins: &Margins) -> io::Result<W> {
    let mut x = Xml::new(out)?;
    x.open("w:document", &DOCUMENT_NS)?;
    x.open("w:body", &[])?;
    for (i, (doc, laid)) in docs.iter().enumerate() {
        if let Some(r) = &doc.meta.revisions
            && x.revisions.is_none()
        {
            x.revisions = Some(Revisions {
                author: r.author.clone(),
                date: format!("{}T00:00:00Z", r.date.format("%Y-%m-%d")),
                next: 0,
            });
        }
        let lang = (i > 0).then_some(doc.meta.language);
        let last = i + 1 == docs.len();
        let sect = |x: &mut Xml<W>| section(x, &laid.style, margins, i > 0);
        let blocks = &laid.blocks;
        for (b, block) in blocks.iter().enumerate() {
            // A section that is not the last ends with its last paragraph.
            let ends = !last && b + 1 == blocks.len();
            match block {
                Block::Paragraph(p) => paragraph(
                    &mut x,
                    p,
                    lang,
                    ends.then_some(&sect as &dyn Fn(&mut _) -> _),
                )?,
                Block::Table(t) => {
                    table::write(&mut x, laid, b, t, lang)?;
                    if ends {
                        // A table cannot hold the section's end: a paragraph after it does.
                        x.open("w:p", &[])?;
                        let props = plain_props(id::NOTES, lang);
                        runs::properties(&mut x, &props, Start::Plain, Some(&sect))?;
                        x.close("w:p")?;
                    }
                }
            }
        }
        if last {
            section(&mut x, &laid.style, margins, i > 0)?;
        }
    }
    x.close("w:body")?;
    x.close("w:document")?;
    Ok(x.into_inner())
}

fn plain_props<'a>(style: &'a str, lang: Option<&'a str>) -> Props<'a> {
    Props {
        style,
        keep_next: false,
        align: None,
        before: 0,
        after: 0,
        lang,
    }
}

fn style_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Grif => id::GRIF,
        Kind::Title => id::TITLE,
        Kind::Heading => id::HEADING,
        Kind::Note | Kind::LegendEntry | Kind::Instruction | Kind::Quote => id::NOTES,
    }
}

/// A paragraph block, whole: Word and LibreOffice break it where the paginator did, by the
/// same lines, widow control and keep rules.
fn paragraph<W: Write>(
    x: &mut Xml<W>,
    p: &Paragraph,
    lang: Option<&str>,
    sect: Option<SectionEnd<W>>,
) -> io::Result<()> {
    let props = Props {
        keep_next: p.keep_next,
        before: p.before,
        after: p.after,
        ..plain_props(style_of(p.kind), lang)
    };
    let para = &p.text.paras[0];
    let start = if para.bullet {
        Start::Bullet
    } else {
        Start::Plain
    };
    x.open("w:p", &[])?;
    runs::properties(x, &props, start, sect)?;
    if let (Some(first), Some(last)) = (p.text.lines.first(), p.text.lines.last()) {
        runs::runs(x, para, first.range.start..last.range.end, false, lang)?;
    }
    x.close("w:p")
}

/// A section's properties: page, margins (the header and footer halfway into theirs), the
/// page number's part and, when numbers start on page 2, an empty first-page part.
fn section<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    margins: &Margins,
    restart: bool,
) -> io::Result<()> {
    x.open("w:sectPr", &[])?;
    if let Some(n) = s.page_number {
        let kind = match n.place {
            Place::Header => "w:headerReference",
            Place::Footer => "w:footerReference",
        };
        for (i, (_, rid, _)) in margins.parts.iter().enumerate() {
            let which = if i == 0 { "default" } else { "first" };
            x.empty(kind, &[("w:type", which), ("r:id", rid)])?;
        }
    }
    let p = &s.page;
    let (w, h) = (p.width.to_string(), p.height.to_string());
    let mut size = vec![("w:w", w.as_str()), ("w:h", h.as_str())];
    if p.landscape {
        size.push(("w:orient", "landscape"));
    }
    x.empty("w:pgSz", &size)?;
    let margin = [p.top, p.right, p.bottom, p.left, p.header, p.footer, 0].map(|v| v.to_string());
    let names = [
        "w:top", "w:right", "w:bottom", "w:left", "w:header", "w:footer", "w:gutter",
    ];
    let attrs: Vec<(&str, &str)> = names
        .iter()
        .copied()
        .zip(margin.iter().map(String::as_str))
        .collect();
    x.empty("w:pgMar", &attrs)?;
    if restart {
        x.empty("w:pgNumType", &[("w:start", "1")])?;
    }
    if s.page_number.is_some_and(|n| n.first > 1) {
        x.empty("w:titlePg", &[])?;
    }
    x.close("w:sectPr")
}
