//! The look of a document, decided once: page and margins, the column grid, cell padding and
//! rules, type sizes and line heights, the alignment of every kind of text, indents, spacing,
//! the bullet and the page number. Both writers read this and restate none of it.
//!
//! Lengths are twips (1/20 pt), the unit Word stores and LibreOffice lays out in: what the DOCX
//! says is exactly what the paginator counted and the PDF draws.

use super::measure;
use crate::document::{Align, Document, Orientation, PageNumbers as Numbering};

/// A length in twips, 1/20 of a point.
pub type Twips = i32;

pub const TWIPS_PER_PT: f32 = 20.0;

pub fn from_mm(mm: f32) -> Twips {
    (mm * 1440.0 / 25.4).round() as Twips
}

pub fn to_pt(t: Twips) -> f32 {
    t as f32 / TWIPS_PER_PT
}

/// How a kind of text is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    /// Type size in half-points, the unit of `w:sz`.
    pub size: u32,
    pub bold: bool,
    pub italic: bool,
    pub align: Align,
}

impl Look {
    const fn new(size: u32, align: Align) -> Look {
        Look {
            size,
            bold: false,
            italic: false,
            align,
        }
    }

    pub fn pt(&self) -> f32 {
        self.size as f32 / 2.0
    }

    /// Height of one line: single spacing as LibreOffice sets the bundled face.
    pub fn line(&self) -> Twips {
        measure::line_height(self.size)
    }

    const fn bold(self) -> Look {
        Look { bold: true, ..self }
    }
}

/// The page and its margins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageBox {
    pub width: Twips,
    pub height: Twips,
    pub top: Twips,
    pub bottom: Twips,
    pub left: Twips,
    pub right: Twips,
    /// From the page's top edge to the header, and from its bottom edge to the footer:
    /// halfway into the margins, clear of the text and of the edge.
    pub header: Twips,
    pub footer: Twips,
    pub landscape: bool,
}

impl PageBox {
    /// Width between the margins: the table, the grif block and the title are measured in it.
    pub fn text_width(&self) -> Twips {
        self.width - self.left - self.right
    }

    /// Height between the margins: what the paginator fills.
    pub fn body_height(&self) -> Twips {
        self.height - self.top - self.bottom
    }
}

/// Where the page number goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Centred in the top margin.
    Header,
    /// Centred in the bottom margin.
    Footer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageNumber {
    pub place: Place,
    /// The first page that shows its number (1 or 2).
    pub first: u32,
    pub look: Look,
    /// From the page's edge to the header's top or the footer's bottom, as Word measures it.
    pub distance: Twips,
}

/// A table cell's box around its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellBox {
    /// Padding left and right: 1.5 mm, the number column is narrow.
    pub pad_x: Twips,
    /// Padding above and below: 0.5 mm, so text does not touch the rules.
    pub pad_y: Twips,
    /// Width of every rule: 0.5 pt. LibreOffice adds it to each row and once more to a
    /// table's part on a page (half a rule above its first row, half below its last).
    pub rule: Twips,
}

impl CellBox {
    /// What a row adds to its tallest text: padding above and below and one rule.
    pub fn overhead(&self) -> Twips {
        2 * self.pad_y + self.rule
    }
}

/// The dash of a bulleted list and how far its text hangs: 5 mm, as the seeds' lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bullet {
    pub text: &'static str,
    pub hang: Twips,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    pub page: PageBox,
    /// Column widths of the table grid; they add up to the text width exactly (a grid a twip
    /// short or long leaves a sliver Word draws as a gap).
    pub columns: Vec<Twips>,
    pub cell: CellBox,
    /// The document's default type: what an empty paragraph is set in.
    pub text: Look,
    /// The annex label and the grif lines: a block ending at the right margin.
    pub grif: Look,
    pub grif_indent: Twips,
    /// Space after the grif block and after the title: a blank line's worth (12 pt).
    pub after_grif: Twips,
    pub title: Look,
    pub after_title: Twips,
    /// Column headers: bold, centred across and, `header_middle`, down their cell.
    pub header: Look,
    pub header_middle: bool,
    /// Body cells: the model says which are centred (the numbers) and bold (sections).
    pub cell_text: Look,
    /// «(жалғасы)» / «(продолжение)» over a continued item.
    pub mark: Look,
    /// The notes' and the legend's headings, with space above them.
    pub heading: Look,
    pub above_heading: Twips,
    pub notes: Look,
    pub bullet: Bullet,
    pub page_number: Option<PageNumber>,
}

/// Half-points of a size in points.
fn half_points(pt: f32) -> u32 {
    (pt * 2.0).round().max(1.0) as u32
}

impl Style {
    pub fn of(doc: &Document) -> Style {
        let l = &doc.layout;
        let m = &l.margins_mm;
        let page = PageBox {
            width: from_mm(l.page_mm[0]),
            height: from_mm(l.page_mm[1]),
            top: from_mm(m.top),
            bottom: from_mm(m.bottom),
            left: from_mm(m.left),
            right: from_mm(m.right),
            header: from_mm(m.top) / 2,
            footer: from_mm(m.bottom) / 2,
            landscape: l.orientation == Orientation::Landscape,
        };
        let shares: Vec<f32> = doc.table.columns.iter().map(|c| c.width).collect();
        let f = &l.font_pt;
        let text = Look::new(half_points(f.text), Align::Left);
        let table = Look::new(half_points(f.table), Align::Left);
        let notes = Look::new(half_points(f.notes), Align::Left);
        Style {
            columns: split(page.text_width(), &shares),
            cell: CellBox {
                pad_x: 85,
                pad_y: 28,
                rule: 10,
            },
            text,
            grif: Look::new(half_points(f.grif), Align::Left),
            grif_indent: (page.text_width() as f32 * (1.0 - l.grif_width)).round() as Twips,
            after_grif: 240,
            title: Look::new(half_points(f.title), Align::Center).bold(),
            after_title: 240,
            header: Look {
                align: Align::Center,
                ..table.bold()
            },
            header_middle: true,
            cell_text: table,
            mark: Look {
                italic: true,
                ..table
            },
            heading: notes.bold(),
            above_heading: 120,
            notes,
            bullet: Bullet {
                text: "–",
                hang: 284,
            },
            page_number: page_number(l.page_numbers, l.page_numbers_from, &page, text),
            page,
        }
    }

    /// Width of `cols` grid columns from column `col`.
    pub fn span_width(&self, col: usize, cols: usize) -> Twips {
        self.columns.iter().skip(col).take(cols.max(1)).sum()
    }

    /// Width of the text inside a cell `cols` columns wide from `col`.
    pub fn cell_text_width(&self, col: usize, cols: usize) -> Twips {
        self.span_width(col, cols) - 2 * self.cell.pad_x
    }
}

fn page_number(kind: Numbering, from: u32, page: &PageBox, look: Look) -> Option<PageNumber> {
    let (place, distance) = match kind {
        Numbering::None => return None,
        Numbering::Footer => (Place::Footer, page.footer),
        Numbering::Header => (Place::Header, page.header),
    };
    Some(PageNumber {
        place,
        first: from.max(1),
        look: Look {
            align: Align::Center,
            ..look
        },
        distance,
    })
}

/// Splits `total` twips by `shares` so that the parts add up to `total` exactly.
pub fn split(total: Twips, shares: &[f32]) -> Vec<Twips> {
    let sum: f32 = shares.iter().sum();
    let mut parts = Vec::with_capacity(shares.len());
    let mut given = 0;
    for (i, share) in shares.iter().enumerate() {
        let part = if i + 1 == shares.len() {
            (total - given).max(0)
        } else {
            (total as f32 * share / sum).round().max(0.0) as Twips
        };
        given += part;
        parts.push(part);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_landscape_in_twips() {
        assert_eq!(from_mm(297.0), 16838);
        assert_eq!(from_mm(210.0), 11906);
    }

    #[test]
    fn split_adds_up_exactly() {
        let parts = split(13890, &[0.05, 0.21, 0.25, 0.16, 0.15, 0.18]);
        assert_eq!(parts.iter().sum::<Twips>(), 13890);
        assert_eq!(parts[0], 695);
    }

    #[test]
    fn half_points_round() {
        assert_eq!(half_points(11.0), 22);
        assert_eq!(half_points(12.5), 25);
    }
}
