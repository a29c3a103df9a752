//! The layout engine on its own, on the samples, on long plans grown from them and on
//! generated plans, at many page heights: hyphenation of Russian and Kazakh words, nothing
//! drawn outside its cell or the margins, and the breaking policy both outputs follow (header
//! on every page, rows split with two lines at least on each side, short rows whole, no section
//! row at a page's foot, continued items showing their number and the mark, the title with the
//! table, headings with what they introduce, pages filled).

mod support;

use qujat::document::Document;
use qujat::lang::Lang;
use qujat::layout::flow::{Block, Kind};
use qujat::layout::paginate::{Part, TablePart};
use qujat::layout::style::Twips;
use qujat::layout::table::TableLayout;
use qujat::layout::{Item, Laid, Page, compose, hyphenate, lay_out, measure};
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

/// The long plans grown from the samples, both languages, loaded once.
fn long_plans() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        support::long_plans()
            .into_iter()
            .flat_map(|(name, yaml)| support::documents_of(&name, yaml))
            .collect()
    })
}

/// The generated 300-item plan (every deadline kind, bullets, bold), loaded once.
fn plan_of_300() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| support::documents_of("generated.yaml", qujat::generate::plan_yaml(300, 7)))
}

fn long_step() -> Vec<Document> {
    support::documents_of("long.yaml", support::long_step_plan(20_000))
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
            Item::Text { .. } | Item::Bar { .. } => None,
        })
        .collect()
}

/// Every text lies within the margins; a text on a table row's level lies inside a cell; no
/// rule runs into the margins.
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
    let docs = [samples(), long_step()].concat();
    for doc in docs.iter().chain(plan_of_300()) {
        assert_inside(doc, &compose(doc).expect("layout"));
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
fn page_numbers_follow_the_template() {
    for doc in samples() {
        // The built-in templates: centred in the top margin from page 2 on (GOST R 7.0.97).
        assert_eq!(doc.layout.page_numbers, PageNumbers::Header);
        let pages = compose(&doc).expect("layout");
        assert!(pages.len() > 1);
        let top = doc.layout.margins_mm.top * PT_PER_MM;
        assert!(texts(&pages[0], true, top).is_empty(), "page 1 unnumbered");
        for (i, page) in pages.iter().enumerate().skip(1) {
            assert_eq!(texts(page, true, top), [(i + 1).to_string()]);
        }
        let mut footer = doc.clone();
        footer.layout.page_numbers = PageNumbers::Footer;
        footer.layout.page_numbers_from = 1;
        let numbered = compose(&footer).expect("layout");
        let bottom = (doc.layout.page_mm[1] - doc.layout.margins_mm.bottom) * PT_PER_MM;
        assert_eq!(
            numbered.len(),
            pages.len(),
            "numbers take no room from the text"
        );
        for (i, page) in numbered.iter().enumerate() {
            assert_eq!(texts(page, false, bottom), [(i + 1).to_string()]);
        }
    }
}

#[test]
fn the_grif_sits_at_the_right_margin_and_the_title_is_centred() {
    for doc in samples() {
        let page = &compose(&doc).expect("layout")[0];
        let m = &doc.layout.margins_mm;
        let left = m.left * PT_PER_MM;
        let width = (doc.layout.page_mm[0] - m.left - m.right) * PT_PER_MM;
        let block = left + width * (1.0 - doc.layout.grif_width);
        let starts = |wanted: &str| {
            page.items.iter().find_map(|item| match item {
                Item::Text {
                    x,
                    text,
                    style,
                    size,
                    ..
                } if wanted.starts_with(&text.replace('\u{a0}', " ")) => {
                    Some((*x, measure::width(text, *style, *size)))
                }
                _ => None,
            })
        };
        let first_grif: String = doc.grif[0].iter().map(|i| i.text.as_str()).collect();
        let (x, _) = starts(&first_grif).expect("the grif is drawn");
        assert!(
            (x - block).abs() < 0.05,
            "grif lines start at the block's edge"
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

/// `doc` on a page `mm` millimetres tall (its other settings kept).
fn with_height(doc: &Document, mm: f32) -> Document {
    let mut doc = doc.clone();
    doc.layout.page_mm[1] = mm;
    doc
}

/// Every layout the policy tests look at: `docs` on pages of many heights, from a third of
/// the real height's text area up to the real page.
fn layouts(docs: &[Document]) -> Vec<(String, Laid)> {
    let mut out = Vec::new();
    for doc in docs {
        let real = doc.layout.page_mm[1];
        for step in 0..8 {
            let mm = real - step as f32 * real / 16.0;
            let d = with_height(doc, mm);
            let name = format!(
                "{} {} at {mm:.0} mm",
                doc.meta.title.chars().take(24).collect::<String>(),
                doc.lang
            );
            out.push((name, lay_out(&d).expect("layout")));
        }
    }
    out
}

/// The table parts of a layout with the index of their page.
fn table_parts(laid: &Laid) -> Vec<(usize, &TablePart)> {
    laid.paged
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.parts.iter().filter_map(move |part| match part {
                Part::Table(t) => Some((i, t)),
                Part::Lines { .. } => None,
            })
        })
        .collect()
}

fn the_table(laid: &Laid) -> &TableLayout {
    laid.blocks.iter().find_map(Block::table).expect("a table")
}

/// Every rule of the breaking policy that a layout breaks, as messages.
fn policy(name: &str, laid: &Laid) -> Vec<String> {
    let t = the_table(laid);
    let parts = table_parts(laid);
    let mut problems = Vec::new();
    let block_of: HashMap<usize, usize> = t
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(b, rows)| rows.clone().map(move |r| (r, b)))
        .collect();
    // Per cell: the lines each page shows of it, in order.
    let mut shown: Vec<Vec<(usize, std::ops::Range<usize>)>> = vec![Vec::new(); t.cells.len()];
    let mut prev_rows: Vec<usize> = Vec::new();
    for (k, (page, part)) in parts.iter().enumerate() {
        let at = format!("{name}, page {}", page + 1);
        if part.header <= 0 || part.pieces.is_empty() {
            problems.push(format!("{at}: a table part without header or rows"));
            continue;
        }
        let rows: Vec<usize> = part.pieces.iter().map(|p| p.row).collect();
        // A section row never ends a page the table goes on from.
        let last = *rows.last().unwrap();
        if k + 1 < parts.len() && t.sections[last] {
            problems.push(format!("{at}: the section row {last} ends the page"));
        }
        // An item going on from the page before shows its number and the mark.
        let first = rows[0];
        let continued = prev_rows.iter().any(|r| block_of[r] == block_of[&first]);
        let placed = &part.pieces[0].cells;
        let marked = part.pieces.iter().flat_map(|p| &p.cells).any(|c| c.mark);
        if marked != continued {
            problems.push(format!("{at}: continued {continued}, marked {marked}"));
        }
        if continued {
            let number = placed
                .iter()
                .find(|c| t.number_col == Some(t.cells[c.cell].col()));
            match number {
                Some(c) if c.lines.len() == t.cells[c.cell].text().lines.len() => {}
                _ => problems.push(format!("{at}: the continued item's number is not shown")),
            }
            if !placed
                .iter()
                .any(|c| c.mark && t.cells[c.cell].col() == t.mark_col)
            {
                problems.push(format!("{at}: no mark in the mark column"));
            }
        }
        for piece in &part.pieces {
            for c in &piece.cells {
                let repeat = t.number_col == Some(t.cells[c.cell].col())
                    && continued
                    && shown[c.cell].iter().any(|s| !s.1.is_empty());
                if !repeat {
                    shown[c.cell].push((*page, c.lines.clone()));
                }
            }
        }
        prev_rows = rows;
    }
    // Every line of every cell once, in order; a cut leaves two lines at least on each side.
    for (c, parts) in shown.iter().enumerate() {
        let len = t.cells[c].text().lines.len();
        let mut next = 0;
        let cuts: Vec<usize> = parts
            .iter()
            .map(|(_, l)| l.len())
            .filter(|&n| n > 0)
            .collect();
        for (page, lines) in parts {
            if lines.start != next.min(len) && !lines.is_empty() {
                problems.push(format!(
                    "{name}, page {}: cell {c} shows {lines:?} after {next}",
                    page + 1
                ));
            }
            next = next.max(lines.end);
        }
        if next != len {
            problems.push(format!("{name}: cell {c} shows {next} of its {len} lines"));
        }
        if cuts.len() > 1 && cuts.iter().any(|&n| n < 2) {
            problems.push(format!("{name}: cell {c} is cut into {cuts:?} lines"));
        }
        // Only a cell of four lines or more may be cut at all.
        if cuts.len() > 1 && len < 4 {
            problems.push(format!("{name}: cell {c} of {len} lines is cut"));
        }
    }
    problems.extend(keeps(name, laid));
    problems
}

/// A paragraph kept with the next never ends a page, and the title is on the page where the
/// table starts.
fn keeps(name: &str, laid: &Laid) -> Vec<String> {
    let mut problems = Vec::new();
    let mut page_of_block: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, page) in laid.paged.pages.iter().enumerate() {
        for part in &page.parts {
            let block = match part {
                Part::Lines { block, .. } => *block,
                Part::Table(t) => t.block,
            };
            page_of_block.entry(block).or_default().push(i);
        }
    }
    for (b, block) in laid.blocks.iter().enumerate() {
        let Block::Paragraph(p) = block else { continue };
        if p.keep_next && b + 1 < laid.blocks.len() {
            let mine = page_of_block[&b].last();
            let next = page_of_block[&(b + 1)].first();
            if mine != next {
                problems.push(format!(
                    "{name}: the {:?} paragraph {b} is not on the page of what follows it",
                    p.kind
                ));
            }
        }
        if p.kind == Kind::Title && page_of_block[&b].len() > 1 {
            problems.push(format!("{name}: the title is split"));
        }
    }
    problems
}

fn assert_policy(docs: &[Document]) {
    let mut problems = Vec::new();
    let mut continuations = 0;
    for (name, laid) in layouts(docs) {
        problems.extend(policy(&name, &laid));
        continuations += table_parts(&laid)
            .iter()
            .filter(|(_, p)| p.pieces.iter().flat_map(|x| &x.cells).any(|c| c.mark))
            .count();
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        continuations > 10,
        "the plans cross page breaks inside items"
    );
}

#[test]
fn long_plans_from_the_samples_follow_the_breaking_policy() {
    assert_policy(long_plans());
}

#[test]
fn a_generated_plan_with_lists_and_bold_follows_the_breaking_policy() {
    assert_policy(plan_of_300());
}

/// How full each page is: its lowest text or rule against the text area's height.
fn fill(laid: &Laid) -> Vec<f32> {
    let body = laid.style.page.body_height() as f32;
    laid.paged
        .pages
        .iter()
        .map(|page| {
            let bottom = page
                .parts
                .iter()
                .map(|part| match part {
                    Part::Lines { block, lines, y } => {
                        let p = laid.blocks[*block].paragraph().expect("a paragraph");
                        y + p.text.height_of(lines.clone())
                    }
                    Part::Table(t) => t.y + t.height(the_table(laid).cell.rule),
                })
                .max()
                .unwrap_or(0);
            bottom as f32 / body
        })
        .collect()
}

#[test]
fn long_plans_fill_their_pages() {
    for doc in long_plans() {
        let laid = lay_out(doc).expect("layout");
        let fills = fill(&laid);
        let full = &fills[..fills.len() - 1];
        let average = full.iter().sum::<f32>() / full.len() as f32;
        eprintln!(
            "{} {}: {} pages, {:.1} % full on average, the emptiest {:.1} %",
            doc.meta.title.chars().take(30).collect::<String>(),
            doc.lang,
            fills.len(),
            average * 100.0,
            full.iter().copied().fold(1.0, f32::min) * 100.0
        );
        assert!(average >= 0.93, "{}: {average}", doc.lang);
        assert!(fills.iter().all(|&f| f <= 1.0));
    }
}

#[test]
fn a_step_longer_than_a_page_goes_on_over_pages_and_every_line_is_shown_once() {
    for doc in long_step() {
        let laid = lay_out(&doc).expect("layout");
        let t = the_table(&laid);
        let step = t
            .cells
            .iter()
            .position(|c| c.text().lines.len() > 100)
            .expect("the long step");
        let parts = table_parts(&laid);
        assert!(parts.len() >= 10, "{} pages", parts.len());
        let mut next = 0;
        for (i, (_, part)) in parts.iter().enumerate() {
            let shown = part
                .pieces
                .iter()
                .flat_map(|p| &p.cells)
                .find(|c| c.cell == step)
                .expect("on every page");
            assert_eq!(shown.lines.start, next);
            assert!(shown.lines.len() >= 2);
            next = shown.lines.end;
            let marked = part.pieces.iter().flat_map(|p| &p.cells).any(|c| c.mark);
            assert_eq!(marked, i > 0, "page {} is marked as continued", i + 1);
        }
        assert_eq!(next, t.cells[step].text().lines.len());
        assert!(
            policy("long step", &laid).is_empty(),
            "{:?}",
            policy("long step", &laid)
        );
    }
}

#[test]
fn the_same_document_gives_the_same_pages() {
    for doc in samples() {
        assert_eq!(
            lay_out(&doc).expect("layout"),
            lay_out(&doc).expect("layout")
        );
    }
}

#[test]
fn headings_and_the_legend_never_end_a_page() {
    let doc = samples().remove(0);
    assert!(doc.notes.is_some() && doc.legend.is_some());
    let mut heading_at_top = 0;
    for mm in (100..=210).step_by(3) {
        let laid = lay_out(&with_height(&doc, mm as f32)).expect("layout");
        let problems = keeps(&format!("{mm} mm"), &laid);
        assert!(problems.is_empty(), "{problems:?}");
        // Some height sends a heading to the top of a page.
        heading_at_top += laid
            .paged
            .pages
            .iter()
            .filter(|p| matches!(p.parts.first(), Some(Part::Lines { block, .. }) if matches!(&laid.blocks[*block], Block::Paragraph(p) if p.kind == Kind::Heading)))
            .count();
    }
    assert!(heading_at_top > 0);
}

#[test]
fn a_page_holds_exactly_what_its_height_allows() {
    // No part reaches past the text area, and the next page's first row would not have fitted.
    for (name, laid) in layouts(&long_plans()[..2]) {
        let body: Twips = laid.style.page.body_height();
        let rule = the_table(&laid).cell.rule;
        for (i, page) in laid.paged.pages.iter().enumerate() {
            for part in &page.parts {
                if let Part::Table(t) = part {
                    assert!(
                        t.y + t.height(rule) <= body,
                        "{name}, page {}: overfull",
                        i + 1
                    );
                }
            }
        }
    }
}

#[test]
fn a_stream_holds_about_a_page_of_cells_and_gives_the_pages_of_the_whole_layout() {
    // The rows are built as the paginator reaches them, as `qujat render` builds them.
    let yaml = qujat::generate::plan_yaml(300, 7);
    let loaded = qujat::app::load_text(std::path::Path::new("generated.yaml"), yaml)
        .unwrap_or_else(|r| panic!("rejected: {:?}", r.report.diagnostics));
    for doc in plan_of_300() {
        let (head, mut rows) =
            qujat::document::build_streamed(&loaded.plan, &loaded.template, doc.lang)
                .expect("the document builds");
        assert!(head.table.rows.is_empty(), "no row is built up front");
        let laid = lay_out(doc).unwrap();
        let style = qujat::layout::style::Style::of(doc);
        let mut pages = Vec::new();
        let mut most = 0;
        let streamed = qujat::layout::stream(&head, &mut rows, &style, |blocks, page| {
            // Every cell the page shows is laid out as the whole layout laid it out.
            for part in &page.parts {
                let Part::Table(tp) = part else { continue };
                let (Block::Table(t), Block::Table(whole)) =
                    (&blocks[tp.block], &laid.blocks[tp.block])
                else {
                    panic!("a table part of a paragraph")
                };
                for placed in tp.pieces.iter().flat_map(|p| &p.cells) {
                    assert_eq!(t.cells[placed.cell], whole.cells[placed.cell]);
                }
                most = most.max(t.laid.len());
            }
            pages.push(page);
        })
        .unwrap_or_else(|_| panic!("the layout fails"));
        assert_eq!(pages, laid.paged.pages);
        assert_eq!(streamed.pages, laid.pages());
        let cells = the_table(&laid).cells.len();
        let per_page = cells / laid.pages();
        assert!(
            most <= 3 * per_page,
            "{}: at most {most} of {cells} cells laid out at once, {per_page} a page",
            doc.lang
        );
        let Some(Block::Table(t)) = streamed.blocks.iter().find(|b| b.table().is_some()) else {
            panic!("the plan has a table")
        };
        assert!(t.laid.len() <= 3 * per_page, "what is left at the end");
    }
}
