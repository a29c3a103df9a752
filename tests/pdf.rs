//! The PDF writer, checked the way users' programs read its files: qpdf (structure), pdffonts
//! (embedded subset fonts with a Unicode map), pdfinfo (title, size, orientation, pages) and
//! pdftotext (every text of the document model, in reading order), on both samples and on
//! generated plans of 300 items and of one 20,000-character step, in both languages.

mod support;

use qujat::document::{Block, Cell, Document, Inline};
use qujat::template::Orientation;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample(name: &str) -> Vec<Document> {
    let yaml = std::fs::read_to_string(support::sample(name)).expect("sample reads");
    support::documents_of(name, yaml)
}

/// Writes `doc` as `<stem>-<lang>.pdf` in `dir`.
fn write(dir: &Path, stem: &str, doc: &Document) -> PathBuf {
    let bytes = qujat::pdf::write(doc).unwrap_or_else(|e| panic!("{stem}: {e}"));
    let path = dir.join(format!("{stem}-{}.pdf", doc.lang));
    std::fs::write(&path, bytes).expect("scratch is writable");
    path
}

/// Runs a checker on `pdf` with `args` before it and `after` after it; `None` when it is not
/// installed (a failure in CI).
fn run(tool: &str, args: &[&str], pdf: &Path, after: &[&str]) -> Option<String> {
    let bin = support::tool(tool)?;
    let out = Command::new(bin)
        .args(args)
        .arg(pdf)
        .args(after)
        .output()
        .expect("checker runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{tool} failed on {}: {text}{err}",
        pdf.display()
    );
    Some(text)
}

fn check_structure(pdf: &Path) {
    if let Some(out) = run("qpdf", &["--check"], pdf, &[]) {
        assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    }
}

fn check_fonts(pdf: &Path) {
    let Some(out) = run("pdffonts", &[], pdf, &[]) else {
        return;
    };
    let fonts: Vec<&str> = out.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "no fonts in {}", pdf.display());
    for font in fonts {
        // name type encoding emb sub uni object-id generation
        let cols: Vec<&str> = font.split_whitespace().rev().collect();
        assert_eq!(
            &cols[2..5],
            ["yes", "yes", "yes"],
            "not an embedded subset with a Unicode map: {font}"
        );
        assert!(
            font.split('+').next().is_some_and(|tag| tag.len() == 6),
            "no subset tag: {font}"
        );
    }
}

fn info_field<'a>(info: &'a str, key: &str) -> Option<&'a str> {
    info.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .map(str::trim)
}

fn check_info(pdf: &Path, doc: &Document) {
    let Some(info) = run("pdfinfo", &["-enc", "UTF-8"], pdf, &[]) else {
        return;
    };
    assert_eq!(info_field(&info, "Title"), Some(doc.meta.title.as_str()));
    assert_eq!(info_field(&info, "Author"), Some(doc.meta.author.as_str()));
    assert_eq!(
        info_field(&info, "Subject"),
        Some(doc.meta.subject.as_str())
    );
    assert_eq!(info_field(&info, "Creator"), Some("qujat"));
    assert_eq!(
        info_field(&info, "PDF subtype"),
        None,
        "no false PDF/X claim"
    );
    let pages = qujat::layout::compose(doc).expect("layout").len();
    assert_eq!(info_field(&info, "Pages"), Some(pages.to_string().as_str()));
    let size = info_field(&info, "Page size").expect("page size");
    let expected = match doc.layout.orientation {
        Orientation::Landscape => "842 x 595",
        Orientation::Portrait => "595 x 842",
    };
    let dims: Vec<String> = size
        .split_whitespace()
        .take(3)
        .map(|d| {
            d.parse::<f32>()
                .map_or(d.to_string(), |v| v.round().to_string())
        })
        .collect();
    assert_eq!(dims.join(" "), expected, "{size}");
    assert!(size.ends_with("(A4)"), "{size}");
}

/// Every text of the document model, in reading order: annex, grif, title, headers, each
/// cell's paragraphs and list items row by row (a group a row), notes, legend.
fn model_texts(doc: &Document) -> Vec<Vec<String>> {
    let concat = |runs: &[Inline]| runs.iter().map(|r| r.text.as_str()).collect::<String>();
    let blocks = |blocks: &[Block]| -> Vec<String> {
        blocks
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph(p) => vec![concat(p)],
                Block::Bullets(items) => items.iter().map(|i| concat(i)).collect(),
            })
            .collect()
    };
    let mut texts: Vec<String> = doc.annex.iter().cloned().collect();
    texts.extend(doc.grif.iter().map(|l| concat(l)));
    texts.push(concat(&doc.title));
    texts.extend(doc.table.headers().map(str::to_string));
    let mut groups: Vec<Vec<String>> = texts.drain(..).map(|t| vec![t]).collect();
    for row in &doc.table.rows {
        let mut cells = Vec::new();
        for cell in &row.cells {
            if let Cell::Content(c) = cell {
                cells.extend(blocks(&c.blocks));
            }
        }
        cells.retain(|t| !t.trim().is_empty());
        groups.push(cells);
    }
    if let Some(notes) = &doc.notes {
        texts.push(notes.heading.clone());
        texts.extend(blocks(&notes.blocks));
    }
    if let Some(legend) = &doc.legend {
        texts.push(legend.heading.clone());
        texts.extend(legend.entries.iter().cloned());
    }
    groups.extend(texts.into_iter().map(|t| vec![t]));
    groups.retain(|g| !g.is_empty() && !g[0].trim().is_empty());
    groups
}

/// Text for comparison: no white space (lines may break anywhere) and no hyphens (a word may
/// be hyphenated at a line's end, and pdftotext drops the hyphen of «іс-» + «қимыл»).
fn canon(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}'))
        .collect()
}

/// Byte length of the longest beginning of `text` found in `hay`.
fn longest_head(text: &str, hay: &str) -> usize {
    let ends: Vec<usize> = text.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if hay.contains(&text[..ends[mid - 1]]) {
            lo = mid
        } else {
            hi = mid - 1
        }
    }
    if lo == 0 { 0 } else { ends[lo - 1] }
}

/// Whether `rest` starts on page `page` and, if cut at its foot, goes on on the pages after.
fn goes_on(rest: &str, pages: &[String], page: usize) -> bool {
    let Some(hay) = pages.get(page) else {
        return false;
    };
    if hay.contains(rest) {
        return true;
    }
    let head = longest_head(rest, hay);
    head > 0 && goes_on(&rest[head..], pages, page + 1)
}

/// Where `text` starts at or after `from` (page, byte): whole on one page, or cut at a page's
/// foot and going on on the next (a cell longer than the rest of the page).
fn locate(text: &str, pages: &[String], from: (usize, usize)) -> Option<(usize, usize)> {
    for page in from.0..pages.len() {
        let start = if page == from.0 {
            from.1.min(pages[page].len())
        } else {
            0
        };
        let hay = &pages[page][start..];
        if let Some(i) = hay.find(text) {
            return Some((page, start + i));
        }
        let head = longest_head(text, hay);
        if head > 0 && goes_on(&text[head..], pages, page + 1) {
            return hay.find(&text[..head]).map(|i| (page, start + i));
        }
    }
    None
}

/// pdftotext -raw keeps the content stream's order, which is the order the writer draws:
/// row by row, cell by cell, line by line. The cells of a row split across a page break
/// interleave (the rest of a cut cell comes after its short neighbours), so a row's texts are
/// each looked for from where the row starts, and rows follow each other.
fn check_text(pdf: &Path, doc: &Document) {
    let Some(text) = run("pdftotext", &["-raw", "-enc", "UTF-8"], pdf, &["-"]) else {
        return;
    };
    let pages: Vec<String> = text.split('\u{c}').map(canon).collect();
    let mut at = (0, 0);
    for group in model_texts(doc) {
        let base = at;
        for (i, t) in group.iter().enumerate() {
            let found = locate(&canon(t), &pages, base);
            let (page, offset) = found.unwrap_or_else(|| {
                panic!(
                    "{}: «{t}» is missing or out of order (after page {})",
                    pdf.display(),
                    base.0 + 1
                )
            });
            if i == 0 {
                let first = pages[page][offset..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                at = (page, offset + first);
            }
        }
    }
}

fn check_all(pdf: &Path, doc: &Document) {
    check_structure(pdf);
    check_fonts(pdf);
    check_info(pdf, doc);
    check_text(pdf, doc);
}

#[test]
fn samples_pass_every_checker_and_stay_small() {
    let dir = support::scratch("pdf-samples");
    for name in support::SAMPLES {
        let stem = name.trim_end_matches(".yaml");
        for doc in sample(name) {
            let pdf = write(&dir, stem, &doc);
            let size = std::fs::metadata(&pdf).expect("written").len();
            assert!(size < 100_000, "{} is {size} bytes", pdf.display());
            check_all(&pdf, &doc);
        }
    }
}

#[test]
fn a_plan_of_300_items_passes_every_checker() {
    let dir = support::scratch("pdf-300");
    for doc in support::documents_of("300.yaml", qujat::generate::plan_yaml(300, 7)) {
        let pdf = write(&dir, "300-items", &doc);
        check_all(&pdf, &doc);
    }
}

#[test]
fn a_step_of_20000_characters_passes_every_checker() {
    let dir = support::scratch("pdf-long-step");
    for doc in support::documents_of("long.yaml", support::long_step_plan(20_000)) {
        let pages = qujat::layout::compose(&doc).expect("layout").len();
        assert!(pages >= 10, "{pages} pages");
        let pdf = write(&dir, "long-step", &doc);
        check_all(&pdf, &doc);
    }
}

#[test]
fn metadata_language_and_identifier_come_from_the_document() {
    for doc in sample("vakr-schedule-2026.yaml") {
        let bytes = qujat::pdf::write(&doc).expect("writes");
        let pdf = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
        let catalog = pdf.catalog().expect("catalog");
        let lang = catalog
            .get(b"Lang")
            .and_then(lopdf::Object::as_str)
            .expect("/Lang");
        assert_eq!(lang, doc.meta.language.as_bytes());
        let info = pdf
            .trailer
            .get_deref(b"Info", &pdf)
            .and_then(lopdf::Object::as_dict)
            .expect("/Info");
        let date = doc.meta.date.format("D:%Y%m%d000000Z").to_string();
        for key in ["CreationDate", "ModDate"] {
            assert_eq!(
                info.get(key.as_bytes())
                    .and_then(lopdf::Object::as_str)
                    .expect(key),
                date.as_bytes()
            );
        }
        assert!(
            info.get(b"GTS_PDFXVersion").is_err(),
            "no empty PDF/X marker"
        );
        let id = pdf
            .trailer
            .get(b"ID")
            .and_then(lopdf::Object::as_array)
            .expect("/ID");
        assert_eq!(id.len(), 2);
        assert_eq!(id[0], id[1]);
    }
}

#[test]
fn the_file_is_pdf_1_4_with_a_cross_reference_table() {
    let doc = sample("vakr-schedule-2026.yaml").remove(0);
    let bytes = qujat::pdf::write(&doc).expect("writes");
    assert!(bytes.starts_with(b"%PDF-1.4\n"));
    // Cross-reference streams came with PDF 1.5: a 1.4 reader needs the table.
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(2048)..]).into_owned();
    assert!(
        tail.contains("\nxref\n") && tail.contains("trailer"),
        "{tail}"
    );
    let pdf = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
    assert!(
        pdf.objects
            .values()
            .all(|o| o.type_name().ok() != Some(b"XRef".as_slice())),
        "no cross-reference stream"
    );
}

#[test]
fn the_same_document_gives_the_same_bytes_in_one_process() {
    let docs = sample("anticorruption-plan-2022.yaml");
    let first = qujat::pdf::write(&docs[0]).expect("writes");
    // Another document in between: nothing of one file may leak into the next.
    let other = qujat::pdf::write(&docs[1]).expect("writes");
    assert_ne!(first, other);
    assert_eq!(qujat::pdf::write(&docs[0]).expect("writes"), first);
}

/// Set in the child process of the test below: write the PDF there and stop.
const CHILD: &str = "QUJAT_PDF_TEST_OUTPUT";

#[test]
fn the_same_document_gives_the_same_bytes_in_another_process() {
    let docs = sample("vakr-schedule-2026.yaml");
    if let Some(out) = std::env::var_os(CHILD) {
        std::fs::write(out, qujat::pdf::write(&docs[1]).expect("writes")).expect("writable");
        return;
    }
    let out = support::scratch("pdf-process").join("child.pdf");
    let child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "the_same_document_gives_the_same_bytes_in_another_process",
            "--quiet",
        ])
        .env(CHILD, &out)
        .output()
        .expect("child runs");
    assert!(
        child.status.success(),
        "{}",
        String::from_utf8_lossy(&child.stdout)
    );
    let here = [
        qujat::pdf::write(&docs[0]).expect("writes"),
        qujat::pdf::write(&docs[1]).expect("writes"),
    ];
    assert_eq!(std::fs::read(&out).expect("child wrote"), here[1]);
}

#[test]
fn a_character_without_a_glyph_is_an_error_not_a_box() {
    let mut doc = sample("anticorruption-plan-2022.yaml").remove(0);
    doc.title.push(Inline::plain(" \u{0D85}"));
    let err = qujat::pdf::write(&doc).expect_err("no glyph for U+0D85");
    assert!(matches!(err, qujat::pdf::PdfError::MissingGlyph(_)));
    assert!(err.to_string().contains("U+0D85"), "{err}");
}
