//! A plain-text picture of a document model, for golden files and for `qujat dump`: a reviewer
//! can read it, and a diff of two dumps shows what an amendment changed.

use super::*;
use std::fmt::Write;

/// The whole document as text. Bold runs are marked `**…**`.
pub fn dump(doc: &Document) -> String {
    let mut out = String::new();
    let m = &doc.meta;
    let _ = writeln!(out, "# qujat document model, language {}", doc.lang);
    let _ = writeln!(out, "meta.title: {}", m.title);
    let _ = writeln!(out, "meta.subject: {}", m.subject);
    let _ = writeln!(out, "meta.author: {}", m.author);
    let _ = writeln!(out, "meta.language: {}", m.language);
    let _ = writeln!(out, "meta.date: {}", m.date);
    let l = &doc.layout;
    let _ = writeln!(
        out,
        "layout: {}x{} mm {:?}, margins {}/{}/{}/{} mm, page numbers {:?} from page {}, fonts text {} title {} grif {} table {} notes {} pt",
        l.page_mm[0],
        l.page_mm[1],
        l.orientation,
        l.margins_mm.top,
        l.margins_mm.right,
        l.margins_mm.bottom,
        l.margins_mm.left,
        l.page_numbers,
        l.page_numbers_from,
        l.font_pt.text,
        l.font_pt.title,
        l.font_pt.grif,
        l.font_pt.table,
        l.font_pt.notes
    );
    if let Some(a) = &doc.annex {
        let _ = writeln!(out, "annex: {a}");
    }
    for line in &doc.grif {
        let _ = writeln!(out, "grif: {}", styled(line));
    }
    let _ = writeln!(out, "title: {}", styled(&doc.title));
    let widths: Vec<String> = doc
        .table
        .columns
        .iter()
        .map(|c| format!("{:.3}", c.width))
        .collect();
    let _ = writeln!(out, "columns: {}", widths.join(" "));
    let headers: Vec<&str> = doc.table.headers().collect();
    let _ = writeln!(out, "header: {}", headers.join(" | "));
    for part in &doc.body {
        match part {
            Part::Text { kind, blocks } => {
                let _ = writeln!(out, "text ({kind:?}): {}", blocks_text(blocks));
            }
            Part::Rows { rows, header } => {
                let h = if *header { ", with the header" } else { "" };
                let _ = writeln!(out, "rows {}-{}{h}", rows.start + 1, rows.end);
            }
        }
    }
    for (i, row) in doc.table.rows.iter().enumerate() {
        let mark = match row.mark {
            Mark::Inserted => " (inserted)",
            Mark::Deleted => " (deleted)",
            Mark::None | Mark::Struck => "",
        };
        let _ = writeln!(out, "row {}: {}{mark}", i + 1, row_label(&row.kind));
        for cell in &row.cells {
            let _ = writeln!(out, "  {}", cell_line(cell));
        }
    }
    if let Some(n) = &doc.notes {
        let _ = writeln!(out, "notes: {}", n.heading);
        for b in &n.blocks {
            let _ = writeln!(out, "  {}", blocks_text(std::slice::from_ref(b)));
        }
    }
    if let Some(lg) = &doc.legend {
        let _ = writeln!(out, "legend: {}", lg.heading);
        for e in &lg.entries {
            let _ = writeln!(out, "  {e}");
        }
    }
    out
}

fn row_label(kind: &RowKind) -> String {
    match kind {
        RowKind::Section => "section".into(),
        RowKind::Item {
            number,
            part,
            parts,
        } => format!("item {number} part {}/{parts}", part + 1),
    }
}

fn cell_line(cell: &Cell) -> String {
    match cell {
        Cell::Covered => "^ (merged from above)".into(),
        Cell::Content(c) => {
            let mut span = String::new();
            if c.col_span > 1 {
                let _ = write!(span, "[cols {}] ", c.col_span);
            }
            if c.row_span > 1 {
                let _ = write!(span, "[rows {}] ", c.row_span);
            }
            let text = blocks_text(&c.blocks);
            if c.bold {
                format!("{span}**{text}**")
            } else {
                format!("{span}{text}")
            }
        }
    }
}

fn blocks_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => styled(p),
            Block::Bullets(items) => items
                .iter()
                .map(|i| format!("• {}", styled(i)))
                .collect::<Vec<_>>()
                .join(" ¶ "),
        })
        .collect::<Vec<_>>()
        .join(" ¶ ")
}

/// Bold `**…**`, italic `*…*`; struck `~~…~~`, inserted `{+…+}`, deleted `[-…-]`.
fn styled(runs: &[Inline]) -> String {
    runs.iter()
        .map(|r| {
            let text = match (r.bold, r.italic) {
                (true, _) => format!("**{}**", r.text),
                (false, true) => format!("*{}*", r.text),
                _ => r.text.clone(),
            };
            match r.mark {
                Mark::None => text,
                Mark::Struck => format!("~~{text}~~"),
                Mark::Inserted => format!("{{+{text}+}}"),
                Mark::Deleted => format!("[-{text}-]"),
            }
        })
        .collect()
}

/// The document's structure without its words: row kinds, numbers, spans, covered slots and
/// which cells are empty. The Kazakh and Russian documents of one plan must have equal shapes.
pub fn shape(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "annex {} grif {} notes {} legend {}",
        doc.annex.is_some(),
        // The grif's wording, and so its line count, is each language's own.
        !doc.grif.is_empty(),
        doc.notes.as_ref().map_or(0, |n| n.blocks.len()),
        doc.legend.as_ref().map_or(0, |l| l.entries.len())
    );
    for row in &doc.table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| match c {
                Cell::Covered => "^".into(),
                Cell::Content(c) => format!(
                    "{}x{}{}{}",
                    c.col_span,
                    c.row_span,
                    if c.blocks.is_empty() { "∅" } else { "" },
                    if c.bold { "b" } else { "" }
                ),
            })
            .collect();
        let _ = writeln!(out, "{} {}", row_label(&row.kind), cells.join(" "));
    }
    out
}
