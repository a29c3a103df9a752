//! The layout engine on its own, on the samples and on generated plans: hyphenation of Russian
//! and Kazakh words, nothing drawn outside its cell or the margins, and the pagination rules
//! (header on every page, rows moved or split, no section row at a page's foot, continuation
//! marks).

mod support;

use qujat::document::Document;
use qujat::lang::Lang;
use qujat::layout::paginate::{Paged, Space, paginate};
use qujat::layout::table::TableLayout;
use qujat::layout::{Item, Page, compose, hyphenate, measure};
use qujat::template::PageNumbers;
use std::collections::HashMap;
use std::sync::OnceLock;

const PT_PER_MM: f32 = 72.0 / 25.4;

fn samples() -> Vec<Document> {
    support::SAMPLES
        .iter()
        .flat_map(|name| {
            let yaml = std::fs::read_to_string(support::sample(name)).expect("sample reads");
            support::documents_of(name, yaml)
        })
        .collect()
}

fn generated(items: usize) -> Vec<Document> {
    support::documents_of("generated.yaml", qujat::generate::plan_yaml(items, 7))
}

/// The 300-item plan, loaded once for all the tests here (loading it is the slow part).
fn plan_of_300() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| generated(300))
}

fn long_step() -> Vec<Document> {
    support::documents_of("long.yaml", support::long_step_plan(20_000))
}

fn table_width(doc: &Document) -> f32 {
    let m = &doc.layout.margins_mm;
    (doc.layout.page_mm[0] - m.left - m.right) * PT_PER_MM
}

fn split(word: &str, lang: Lang) -> String {
    hyphenate::hyphenated(word, lang)
}

#[test]
fn russian_words_split_as_the_patterns_give() {
    for expected in [
        "про-ти-во-дей-ствие",
        "кор-руп-ци-он-ных",
        "ме-ро-при-я-тий",
        "ан-ти-кор-руп-ци-он-ной",
        "ра-бот-ни-ков",
        "ин-струк-ци-ей",
        "от-вет-ствен-ные",
    ] {
        assert_eq!(split(&expected.replace('-', ""), Lang::Ru), expected);
    }
}

#[test]
fn kazakh_words_split_by_their_syllables() {
    for expected in [
        "жем-қор-лық-қа",
        "тә-уе-кел-де-рін",
        "сы-бай-лас",
        "қыз-мет-кер-лер-ді",
        "ұйым-дас-ты-ру",
        "нұс-қау-лық-пен",
        "та-ныс-ты-ру",
        "де-пар-та-мен-ті",
    ] {
        assert_eq!(split(&expected.replace('-', ""), Lang::Kk), expected);
    }
}

/// The frames (cell borders) of a page, as (left, top, right, bottom).
fn frames(page: &Page) -> Vec<[f32; 4]> {
    page.items
        .iter()
        .filter_map(|item| match *item {
            Item::Frame {
                x,
                y,
                width,
                height,
            } => Some([x, y, x + width, y + height]),
            Item::Text { .. } => None,
        })
        .collect()
}

/// Every text lies within the margins; a text on a table row's level lies inside a cell.
fn assert_inside(doc: &Document, pages: &[Page]) {
    let m = &doc.layout.margins_mm;
    let (left, right) = (
        m.left * PT_PER_MM,
        (doc.layout.page_mm[0] - m.right) * PT_PER_MM,
    );
    for (n, page) in pages.iter().enumerate() {
        let frames = frames(page);
        for item in &page.items {
            let Item::Text {
                x,
                baseline,
                size,
                style,
                text,
            } = item
            else {
                continue;
            };
            let end = x + measure::width(text, *style, *size);
            assert!(
                *x >= left - 0.01 && end <= right + 0.01,
                "page {}: «{text}» leaves the margins",
                n + 1
            );
            let level: Vec<&[f32; 4]> = frames
                .iter()
                .filter(|f| (f[1]..f[3]).contains(baseline))
                .collect();
            assert!(
                level.is_empty() || level.iter().any(|f| *x >= f[0] && end <= f[2] + 0.01),
                "page {}: «{text}» overflows its cell",
                n + 1
            );
        }
        for f in &frames {
            let bottom = page.height - m.bottom * PT_PER_MM;
            assert!(
                f[1] >= m.top * PT_PER_MM - 0.01 && f[3] <= bottom + 0.01,
                "page {}: a row leaves the page",
                n + 1
            );
        }
    }
}

#[test]
fn nothing_leaves_its_cell_or_the_margins() {
    let docs = [samples(), generated(60), long_step()].concat();
    for doc in &docs {
        let pages = compose(doc).expect("layout");
        assert_inside(doc, &pages);
    }
}

/// The texts of a page whose baseline is above (`true`) or below `y`, points from the top.
fn texts(page: &Page, above: bool, y: f32) -> Vec<&str> {
    page.items
        .iter()
        .filter_map(|item| match item {
            Item::Text { baseline, text, .. } if (*baseline < y) == above => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn page_size_orientation_and_numbers_follow_the_template() {
    for doc in samples() {
        let pages = compose(&doc).expect("layout");
        let [w, h] = doc.layout.page_mm.map(|mm| mm * PT_PER_MM);
        assert!(pages.iter().all(|p| p.width == w && p.height == h));
        let bottom = h - doc.layout.margins_mm.bottom * PT_PER_MM;
        for (i, page) in pages.iter().enumerate() {
            let number = (i + 1).to_string();
            assert_eq!(
                texts(page, false, bottom),
                [number],
                "the footer holds the page number"
            );
        }
    }
}

#[test]
fn page_numbers_in_the_header_start_on_page_two() {
    let mut doc = samples().remove(0);
    doc.layout.page_numbers = PageNumbers::Header;
    let pages = compose(&doc).expect("layout");
    assert!(pages.len() > 1);
    let top = doc.layout.margins_mm.top * PT_PER_MM;
    assert!(
        texts(&pages[0], true, top).is_empty(),
        "no number on the first page"
    );
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert_eq!(texts(page, true, top), [(i + 1).to_string()]);
    }
    doc.layout.page_numbers = PageNumbers::None;
    let unnumbered = compose(&doc).expect("layout");
    assert_eq!(unnumbered.len(), pages.len());
    for (i, (page, numbered)) in unnumbered.iter().zip(&pages).enumerate() {
        let number = usize::from(i > 0);
        assert_eq!(
            page.items.len() + number,
            numbered.items.len(),
            "page {}",
            i + 1
        );
    }
}

#[test]
fn the_grif_sits_at_the_right_margin_and_the_title_is_centred() {
    for doc in samples() {
        let page = &compose(&doc).expect("layout")[0];
        let m = &doc.layout.margins_mm;
        let (left, width) = (m.left * PT_PER_MM, table_width(&doc));
        let block = left + width * (1.0 - doc.layout.grif_width);
        let starts = |wanted: &str| {
            page.items.iter().find_map(|item| match item {
                Item::Text {
                    x,
                    text,
                    style,
                    size,
                    ..
                } if wanted.starts_with(text.as_str()) => {
                    Some((*x, measure::width(text, *style, *size)))
                }
                _ => None,
            })
        };
        let first_grif: String = doc.grif[0].iter().map(|i| i.text.as_str()).collect();
        let (x, _) = starts(&first_grif).expect("the grif is drawn");
        assert!(
            (x - block).abs() < 0.01,
            "grif lines start at the block's left edge"
        );
        let title: String = doc.title.iter().map(|i| i.text.as_str()).collect();
        let (x, w) = starts(&title).expect("the title is drawn");
        let centre = left + width / 2.0;
        assert!(
            (x + w / 2.0 - centre).abs() < 0.5,
            "the title's first line is centred"
        );
    }
}

/// Whether every cell sharing a row with `cell` fits in `room`: then nothing of it may be cut.
fn fits(t: &TableLayout, cell: usize, room: f32) -> bool {
    let c = &t.cells[cell];
    (c.row..c.end())
        .flat_map(|row| &t.covering[row])
        .all(|&other| t.cells[other].text.height() < room)
}

/// The table height of the `i`-th page size that `paginations` uses.
fn page_height(i: usize) -> f32 {
    180.0 + 37.0 * i as f32
}

/// The generated plan paginated on pages of several heights, to meet many page breaks.
fn paginations(doc: &Document) -> Vec<(TableLayout, Paged)> {
    let table = TableLayout::new(doc, table_width(doc));
    (0..12)
        .map(|i| {
            let full = page_height(i);
            let paged = paginate(
                &table,
                Space {
                    first: full * 0.6,
                    full,
                },
            );
            (table.clone(), paged)
        })
        .collect()
}

/// The rows whose own (one-row) cells are on each page.
fn rows_per_page(t: &TableLayout, paged: &Paged) -> Vec<Vec<usize>> {
    paged
        .pages
        .iter()
        .map(|page| {
            let mut rows: Vec<usize> = page
                .cells
                .iter()
                .filter(|p| !p.header && t.cells[p.cell].rows == 1)
                .map(|p| t.cells[p.cell].row)
                .collect();
            rows.dedup();
            rows
        })
        .collect()
}

#[test]
fn the_header_opens_every_page_of_the_table() {
    for doc in plan_of_300() {
        for (t, paged) in paginations(doc) {
            assert!(paged.pages.len() > 5);
            for page in &paged.pages {
                let header: Vec<usize> = page
                    .cells
                    .iter()
                    .take(t.header.len())
                    .filter(|p| p.header)
                    .map(|p| p.cell)
                    .collect();
                assert_eq!(header, (0..t.header.len()).collect::<Vec<_>>());
                assert!(page.cells[t.header.len()..].iter().all(|p| !p.header));
            }
        }
    }
}

#[test]
fn a_section_row_never_ends_a_page() {
    for doc in plan_of_300() {
        for (t, paged) in paginations(doc) {
            let pages = rows_per_page(&t, &paged);
            for rows in &pages[..pages.len() - 1] {
                let last = *rows.last().expect("every page has rows");
                assert!(
                    !t.sections[last],
                    "row {last} is a section at a page's foot"
                );
            }
        }
    }
}

#[test]
fn every_row_is_placed_and_rows_that_fit_are_never_cut() {
    for doc in plan_of_300() {
        for (i, (t, paged)) in paginations(doc).into_iter().enumerate() {
            let mut placed: Vec<usize> = rows_per_page(&t, &paged).concat();
            placed.dedup();
            assert_eq!(
                placed,
                (0..t.rows()).collect::<Vec<_>>(),
                "each row once, in order"
            );
            // A row with a cell taller than a page under the repeated header is split, and
            // all its cells with it; every other cell must be whole.
            let room = page_height(i) - t.header_height() - t.min_row;
            for p in paged
                .pages
                .iter()
                .flat_map(|page| &page.cells)
                .filter(|p| !p.header && fits(&t, p.cell, room))
            {
                assert_eq!(
                    p.lines,
                    0..t.cells[p.cell].text.lines.len(),
                    "a cell was cut"
                );
            }
        }
    }
}

#[test]
fn an_item_going_on_after_a_page_break_shows_its_number_and_the_mark() {
    let mut continuations = 0;
    for doc in plan_of_300() {
        for (t, paged) in paginations(doc) {
            let block_of: HashMap<usize, usize> = t
                .blocks
                .iter()
                .enumerate()
                .flat_map(|(b, rows)| rows.clone().map(move |r| (r, b)))
                .collect();
            let pages = rows_per_page(&t, &paged);
            for (i, page) in paged.pages.iter().enumerate().skip(1) {
                let first = pages[i][0];
                let continued = pages[i - 1].iter().any(|r| block_of[r] == block_of[&first]);
                let marked = page.cells.iter().any(|p| p.mark);
                assert_eq!(marked, continued, "page {} of {}", i + 1, paged.pages.len());
                if continued {
                    continuations += 1;
                    let number_shown = page
                        .cells
                        .iter()
                        .any(|p| !p.header && t.cells[p.cell].col == 0);
                    assert!(number_shown, "the item's number is shown again");
                }
            }
        }
    }
    assert!(
        continuations > 10,
        "the plans cross page breaks inside items"
    );
}

#[test]
fn a_step_longer_than_a_page_goes_on_over_pages_and_every_line_is_shown_once() {
    for doc in long_step() {
        let t = TableLayout::new(&doc, table_width(&doc));
        let step = t
            .cells
            .iter()
            .position(|c| c.text.lines.len() > 100)
            .expect("the long step");
        let len = t.cells[step].text.lines.len();
        let m = &doc.layout.margins_mm;
        let full = (doc.layout.page_mm[1] - m.top - m.bottom) * PT_PER_MM;
        let paged = paginate(
            &t,
            Space {
                first: full * 0.7,
                full,
            },
        );
        assert!(paged.pages.len() >= 10, "{} pages", paged.pages.len());
        let mut next = 0;
        for (i, page) in paged.pages.iter().enumerate() {
            let part = page
                .cells
                .iter()
                .find(|p| !p.header && p.cell == step)
                .expect("on every page");
            assert_eq!(part.lines.start, next);
            next = part.lines.end;
            if i > 0 {
                assert!(
                    page.cells.iter().any(|p| p.mark),
                    "page {} is marked as continued",
                    i + 1
                );
                assert!(
                    page.cells
                        .iter()
                        .any(|p| !p.header && t.cells[p.cell].col == 0)
                );
            }
        }
        assert_eq!(next, len);
        let drawn = compose(&doc).expect("layout");
        assert!(drawn.len() >= paged.pages.len());
    }
}

#[test]
fn the_same_document_gives_the_same_pages() {
    for doc in samples() {
        assert_eq!(
            compose(&doc).expect("layout"),
            compose(&doc).expect("layout")
        );
    }
}

#[test]
fn a_notes_or_legend_heading_never_ends_a_page() {
    let doc = samples().remove(0);
    let headings = [
        &doc.notes.as_ref().expect("notes").heading,
        &doc.legend.as_ref().expect("legend").heading,
    ];
    let mut met = 0;
    for mm in (120..=210).step_by(2) {
        let mut short = doc.clone();
        short.layout.page_mm[1] = mm as f32;
        let pages = compose(&short).expect("layout");
        let bottom = (mm as f32 - short.layout.margins_mm.bottom) * PT_PER_MM;
        for page in &pages[..pages.len() - 1] {
            let body = texts(page, true, bottom);
            let last = *body.last().expect("text on every page");
            assert!(
                !headings.iter().any(|h| h.as_str() == last),
                "{mm} mm: «{last}» ends a page"
            );
        }
        let last_page = texts(&pages[pages.len() - 1], true, bottom);
        met += usize::from(
            headings
                .iter()
                .any(|h| last_page.first() == Some(&h.as_str())),
        );
    }
    assert!(
        met > 0,
        "some page height sends a heading to the top of a page"
    );
}
