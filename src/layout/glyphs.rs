//! Every character the document draws must have a glyph in the face it is drawn in: a missing
//! glyph would print as an empty box. `qujat check` rejects such plans already; this is the
//! writer's own guard, run as the layout meets each text, so that a row is built once.

use super::measure::missing_glyph;
use super::table::GridTooLarge;
use crate::document::{Block, Cell, Document, Inline, Row};
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

/// Why a document cannot be laid out: a row of its table that could not be built, a
/// character without a glyph, or a table larger than its grid can hold.
#[derive(Debug)]
pub enum Unfit<E> {
    Row(E),
    Glyph(MissingGlyph),
    Grid(GridTooLarge),
}

// The three parts are checked where the layout meets them (see `layout::run`): the texts
// above the table first, each row as it is built for its page, the rest at the end. The first
// missing glyph in the document's order is the error, unless a row could not be built, which
// comes first, as when the document is built whole before it is checked.

/// The first character without a glyph above the table: annex label, grif, title, column
/// headers and the mark of a continued item.
pub fn head(doc: &Document) -> Option<MissingGlyph> {
    let mut head: Vec<(&str, Style)> = Vec::new();
    head.extend(doc.annex.iter().map(|a| (a.as_str(), Style::Regular)));
    doc.grif
        .iter()
        .for_each(|line| inlines(line, false, &mut head));
    inlines(&doc.title, true, &mut head);
    head.extend(doc.table.headers().map(|h| (h, Style::Bold)));
    head.push((doc.meta.continued.as_str(), Style::Italic));
    first_missing(head).err()
}

/// The first character without a glyph in a row of the table.
pub fn row(row: &Row) -> Option<MissingGlyph> {
    let mut texts = Vec::new();
    for cell in &row.cells {
        if let Cell::Content(c) = cell {
            blocks(&c.blocks, c.bold, &mut texts);
        }
    }
    first_missing(texts).err()
}

/// The first character without a glyph below the table: the body's paragraphs, the notes and
/// the legend.
pub fn tail(doc: &Document) -> Option<MissingGlyph> {
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
    first_missing(tail).err()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Mark, Notes, RowSource};
    use crate::layout::{Style as Layout, stream};
    use std::ops::Range;

    fn sample() -> Document {
        let yaml = include_str!("../../samples/anticorruption-plan-2022.yaml");
        let loaded = crate::app::load_text(std::path::Path::new("plan.yaml"), yaml.into())
            .unwrap_or_else(|_| panic!("the sample loads"));
        crate::document::build(&loaded.plan, &loaded.template, crate::lang::Lang::Kk)
            .expect("the sample builds")
    }

    /// Puts a character no face has at the start of row `row`'s first text.
    fn spoil_row(doc: &mut Document, row: usize) -> String {
        for cell in &mut doc.table.rows[row].cells {
            if let Cell::Content(c) = cell
                && let Some(Block::Paragraph(p)) = c.blocks.first_mut()
                && let Some(run) = p.first_mut()
            {
                run.text.insert(0, '\u{0D85}');
                return run.text.clone();
            }
        }
        panic!("row {row} has no text")
    }

    /// Lays `doc` out as a render does, for the error.
    fn check<R: RowSource>(doc: &Document, rows: &mut R) -> Result<(), Unfit<R::Error>> {
        stream(doc, rows, &Layout::of(doc), |_, _| {}).map(drop)
    }

    /// The rows of a document, the one at `fails` not built.
    struct Failing<'d> {
        rows: &'d [Row],
        fails: usize,
    }

    impl RowSource for Failing<'_> {
        type Error = usize;

        fn len(&self) -> usize {
            self.rows.len()
        }

        fn shapes(&mut self, range: Range<usize>, f: &mut dyn FnMut(usize, &Row)) {
            self.rows.shapes(range, f);
        }

        fn rows(
            &mut self,
            range: Range<usize>,
            f: &mut dyn FnMut(usize, &Row),
        ) -> Result<(), usize> {
            for i in range.start..range.end.min(self.rows.len()) {
                if i == self.fails {
                    return Err(i);
                }
                f(i, &self.rows[i]);
            }
            Ok(())
        }
    }

    #[test]
    fn the_first_missing_glyph_in_the_documents_order_is_the_error() {
        let mut doc = sample();
        assert!(check(&doc, &mut doc.table.rows.as_slice()).is_ok());
        doc.notes = Some(Notes {
            heading: "\u{0D85}".into(),
            heading_mark: Mark::None,
            blocks: Vec::new(),
        });
        let text = spoil_row(&mut doc, 3);
        spoil_row(&mut doc, 5);
        match check(&doc, &mut doc.table.rows.as_slice()) {
            Err(Unfit::Glyph(missing)) => {
                assert_eq!((missing.ch, missing.text), ('\u{0D85}', text));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_glyph_above_the_table_comes_before_one_in_a_row() {
        let mut doc = sample();
        spoil_row(&mut doc, 2);
        doc.table.columns[0].header.insert(0, '\u{0D85}');
        let header = doc.table.columns[0].header.clone();
        match check(&doc, &mut doc.table.rows.as_slice()) {
            Err(Unfit::Glyph(missing)) => assert_eq!(missing.text, header),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_row_that_cannot_be_built_comes_before_a_missing_glyph() {
        // As when the document is built whole before its texts are checked.
        let mut doc = sample();
        spoil_row(&mut doc, 1);
        let mut rows = Failing {
            rows: &doc.table.rows,
            fails: 4,
        };
        assert!(matches!(check(&doc, &mut rows), Err(Unfit::Row(4))));
    }
}
