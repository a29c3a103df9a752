//! The whole document on pages, in the order and places the DOCX has them: the annex label and
//! the approval grif in a block at the right margin, the title centred in bold, the table, the
//! notes and the legend after it, and the page numbers.

use super::glyphs::{self, MissingGlyph};
use super::items::{line_items, table_items};
use super::measure;
use super::page::{Item, Page};
use super::paginate::{Space, paginate};
use super::table::TableLayout;
use super::textbox::{self, Setting, TextBox};
use crate::document::{Align, Block, Document, Inline};
use crate::fonts::Style;
use crate::template::PageNumbers;

const PT_PER_MM: f32 = 72.0 / 25.4;
/// A blank line's worth of space after the grif and after the title (12 pt), and the space
/// above the notes' and the legend's headings (6 pt): the DOCX writer's.
const GAP: f32 = 12.0;
const ABOVE_HEADING: f32 = 6.0;

/// Lays out `doc` on pages.
pub fn compose(doc: &Document) -> Result<Vec<Page>, MissingGlyph> {
    glyphs::check(doc)?;
    let mut c = Composer::new(doc);
    c.flow(
        &grif(doc, c.text_width()),
        c.left + c.text_width() * (1.0 - doc.layout.grif_width),
    );
    c.skip(GAP);
    c.flow(&title(doc, c.text_width()), c.left);
    c.skip(GAP);
    c.table();
    c.flow(&after_table(doc, c.text_width()), c.left);
    c.number_pages();
    Ok(c.pages)
}

fn setting(doc: &Document, size: f32, width: f32) -> Setting {
    Setting {
        size,
        width,
        align: Align::Left,
        bold: false,
        lang: doc.lang,
    }
}

/// The annex label and the grif lines, left-aligned in a block at the right margin.
fn grif(doc: &Document, text_width: f32) -> TextBox {
    let s = setting(
        doc,
        doc.layout.font_pt.grif,
        text_width * doc.layout.grif_width,
    );
    let mut lines: Vec<Block> = doc
        .annex
        .iter()
        .map(|a| Block::Paragraph(vec![Inline::plain(a.as_str())]))
        .collect();
    lines.extend(doc.grif.iter().map(|l| Block::Paragraph(l.clone())));
    textbox::blocks(&lines, &s)
}

fn title(doc: &Document, text_width: f32) -> TextBox {
    let s = Setting {
        align: Align::Center,
        bold: true,
        ..setting(doc, doc.layout.font_pt.title, text_width)
    };
    textbox::blocks(&[Block::Paragraph(doc.title.clone())], &s)
}

/// The notes under their heading, then the legend under its own.
fn after_table(doc: &Document, text_width: f32) -> TextBox {
    let s = setting(doc, doc.layout.font_pt.notes, text_width);
    let heading = |text: &str| {
        let mut laid = textbox::blocks(&[Block::Paragraph(vec![Inline::bold(text)])], &s);
        laid.lines.iter_mut().for_each(|l| l.keep = true);
        laid
    };
    let mut out = TextBox::default();
    if let Some(notes) = &doc.notes {
        out.append(heading(&notes.heading), ABOVE_HEADING);
        out.append(textbox::blocks(&notes.blocks, &s), 0.0);
    }
    if let Some(legend) = &doc.legend {
        out.append(heading(&legend.heading), ABOVE_HEADING);
        let entries: Vec<Block> = legend
            .entries
            .iter()
            .map(|e| Block::Paragraph(vec![Inline::plain(e.as_str())]))
            .collect();
        out.append(textbox::blocks(&entries, &s), 0.0);
    }
    out
}

struct Composer<'a> {
    doc: &'a Document,
    pages: Vec<Page>,
    /// Where the next thing goes on the last page, from its top.
    y: f32,
    width: f32,
    height: f32,
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

impl<'a> Composer<'a> {
    fn new(doc: &'a Document) -> Composer<'a> {
        let m = &doc.layout.margins_mm;
        let mut c = Composer {
            doc,
            pages: Vec::new(),
            y: 0.0,
            width: doc.layout.page_mm[0] * PT_PER_MM,
            height: doc.layout.page_mm[1] * PT_PER_MM,
            left: m.left * PT_PER_MM,
            right: m.right * PT_PER_MM,
            top: m.top * PT_PER_MM,
            bottom: m.bottom * PT_PER_MM,
        };
        c.new_page();
        c
    }

    fn text_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// The lowest y text may reach.
    fn floor(&self) -> f32 {
        self.height - self.bottom
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            width: self.width,
            height: self.height,
            items: Vec::new(),
        });
        self.y = self.top;
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a page is opened first")
    }

    /// Vertical space, dropped at the top of a page.
    fn skip(&mut self, space: f32) {
        if self.y > self.top {
            self.y = (self.y + space).min(self.floor());
        }
    }

    /// Places the lines of `text` with their left edge at `x`, going on to new pages; a line
    /// to keep with the next goes to a new page with it.
    fn flow(&mut self, text: &TextBox, x: f32) {
        for (i, line) in text.lines.iter().enumerate() {
            let gap = if self.y > self.top { line.gap } else { 0.0 };
            let next = text.lines.get(i + 1).filter(|_| line.keep);
            let needed = gap + line.height() + next.map_or(0.0, |n| n.gap + n.height());
            if self.y + needed > self.floor() + 0.01 && self.y > self.top {
                self.new_page();
            } else {
                self.y += gap;
            }
            let baseline = self.y + measure::ascent(line.size);
            let items = line_items(line, x, baseline);
            self.page().items.extend(items);
            self.y += line.height();
        }
    }

    fn table(&mut self) {
        let table = TableLayout::new(self.doc, self.text_width());
        let space = Space {
            first: self.floor() - self.y,
            full: self.floor() - self.top,
        };
        let paged = paginate(&table, space);
        if paged.starts_on_new_page {
            self.new_page();
        }
        for (i, part) in paged.pages.iter().enumerate() {
            if i > 0 {
                self.new_page();
            }
            let items = table_items(&table, part, self.left, self.y);
            self.page().items.extend(items);
            self.y += part.height;
        }
    }

    /// Page numbers in the table's type size, centred in the bottom margin on every page or in
    /// the top margin from page 2 on.
    fn number_pages(&mut self) {
        let size = self.doc.layout.font_pt.table;
        let line = measure::leading(size);
        let (margin_middle, from) = match self.doc.layout.page_numbers {
            PageNumbers::None => return,
            PageNumbers::Footer => (self.height - self.bottom / 2.0, 0),
            PageNumbers::Header => (self.top / 2.0, 1),
        };
        let baseline = margin_middle - line / 2.0 + measure::ascent(size);
        let centre = self.left + self.text_width() / 2.0;
        for (i, page) in self.pages.iter_mut().enumerate().skip(from) {
            let text = (i + 1).to_string();
            let style = Style::Regular;
            let x = centre - measure::width(&text, style, size) / 2.0;
            page.items.push(Item::Text {
                x,
                baseline,
                size,
                style,
                text,
            });
        }
    }
}
