//! The DOCX writer, checked by the programs users open its files with (the Office schema
//! validator, LibreOffice, python-docx) and for what it promises: the layout of the document
//! model in the XML, and the same bytes for the same document.

mod support;

#[path = "docx/model.rs"]
mod model;
#[path = "docx/parts.rs"]
mod parts;
#[path = "docx/printed.rs"]
mod printed;
#[path = "docx/tools.rs"]
mod tools;

use parts::{attr, first_tag, must, part, tags};
use printed::Printed;
use qujat::document::Document;
use qujat::template::{Orientation, PageNumbers};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// A document with the file name it is written under.
struct Written {
    name: String,
    doc: Document,
    bytes: Vec<u8>,
}

/// Both samples in both languages, written once for all the tests of this file.
fn samples() -> &'static [Written] {
    static SAMPLES: OnceLock<Vec<Written>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        support::SAMPLES
            .iter()
            .flat_map(|s| written(s.trim_end_matches(".yaml"), sample(s)))
            .collect()
    })
}

/// The generated 300-item plan in both languages.
fn generated() -> &'static [Written] {
    static GENERATED: OnceLock<Vec<Written>> = OnceLock::new();
    GENERATED.get_or_init(|| written("generated-300", generated_documents()))
}

fn all() -> impl Iterator<Item = &'static Written> {
    samples().iter().chain(generated())
}

fn written(stem: &str, docs: Vec<Document>) -> Vec<Written> {
    docs.into_iter()
        .map(|doc| Written {
            name: format!("{stem}.{}", doc.meta.language),
            bytes: qujat::docx::write(&doc).expect("the writer accepts the document"),
            doc,
        })
        .collect()
}

fn sample(name: &str) -> Vec<Document> {
    let loaded = qujat::app::load(&support::sample(name))
        .unwrap_or_else(|r| panic!("{name} loads: {}", render(&r)));
    qujat::app::documents(&loaded).expect("the sample builds")
}

fn generated_documents() -> Vec<Document> {
    let path = support::root().join("samples/generated-300.yaml");
    // The library's generator: every deadline kind, steps, bullets and bold in cells.
    let loaded = qujat::app::load_text(&path, qujat::generate::plan_yaml(300, 7))
        .unwrap_or_else(|r| panic!("the generated plan loads: {}", render(&r)));
    assert_eq!(loaded.plan.items().count(), 300);
    qujat::app::documents(&loaded).expect("the generated plan builds")
}

fn render(r: &qujat::app::Rejected) -> String {
    qujat::app::render_report(&r.path, &r.source, &r.report)
}

/// The Kazakh action plan, the document most checks look into.
fn action_plan_kk() -> &'static Written {
    samples()
        .iter()
        .find(|w| w.name == "anticorruption-plan-2022.kk-KZ")
        .expect("the Kazakh action plan")
}

/// The document with another page numbering, to see each kind written.
fn with_page_numbers(doc: &Document, kind: PageNumbers) -> Document {
    let mut doc = doc.clone();
    doc.layout.page_numbers = kind;
    doc
}

/// Writes every document into `dir`, returning the paths.
fn write_files(dir: &Path, docs: &[(String, Vec<u8>)]) -> Vec<PathBuf> {
    docs.iter()
        .map(|(name, bytes)| {
            let path = dir.join(format!("{name}.docx"));
            std::fs::write(&path, bytes).expect("write the DOCX");
            path
        })
        .collect()
}

fn named_bytes() -> Vec<(String, Vec<u8>)> {
    all().map(|w| (w.name.clone(), w.bytes.clone())).collect()
}

#[test]
fn the_office_schema_validator_finds_no_errors() {
    let Some(validator) = support::tool(support::OOXML_VALIDATOR) else {
        return;
    };
    let dir = support::scratch("docx-validator");
    let mut docs = named_bytes();
    let base = &action_plan_kk().doc;
    for (kind, name) in [(PageNumbers::Header, "header"), (PageNumbers::None, "none")] {
        let doc = with_page_numbers(base, kind);
        docs.push((
            format!("page-numbers-{name}"),
            qujat::docx::write(&doc).unwrap(),
        ));
    }
    let files = write_files(&dir, &docs);
    let reports = tools::validate_all(&validator, files);
    assert!(
        reports.is_empty(),
        "the validator found errors:\n{}",
        reports.join("\n")
    );
}

#[test]
fn libreoffice_prints_every_text_and_repeats_the_header_row() {
    let (Some(soffice), Some(pdfinfo), Some(pdftotext)) = (
        support::tool("soffice"),
        support::tool("pdfinfo"),
        support::tool("pdftotext"),
    ) else {
        return;
    };
    let dir = support::scratch("docx-libreoffice");
    let files = write_files(&dir, &named_bytes());
    tools::convert_to_pdf(&soffice, &dir, &files);
    let mut problems = Vec::new();
    for w in all() {
        let pdf = dir.join(format!("{}.pdf", w.name));
        assert!(pdf.exists(), "LibreOffice made no {}", pdf.display());
        let printed = Printed::read(&pdftotext, &pdf);
        for expected in model::texts(&w.doc) {
            if !printed.has(&expected) {
                problems.push(format!("{}: no «{expected}»", w.name));
            }
        }
        problems.extend(header_missing(w, &printed));
        let pages = tools::page_count(&pdfinfo, &pdf);
        assert_eq!(
            pages,
            printed.pages(),
            "{}: pdfinfo and pdftotext agree",
            w.name
        );
        eprintln!("{}: {pages} pages", w.name);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every page but the last holds table rows, so each must show the column headers: the
/// header row repeats.
fn header_missing(w: &Written, printed: &Printed) -> Vec<String> {
    let mut problems = Vec::new();
    for page in 0..printed.pages().saturating_sub(1) {
        for header in w.doc.table.headers() {
            if !printed.page_has(page, header) {
                problems.push(format!(
                    "{}: page {} lacks the header «{header}»",
                    w.name,
                    page + 1
                ));
            }
        }
    }
    problems
}

#[test]
fn python_docx_sees_merged_cells_and_the_repeating_header_row() {
    let Some(python) = tools::python_docx() else {
        return;
    };
    let dir = support::scratch("docx-python");
    let files = write_files(&dir, &named_bytes());
    let mut args = Vec::new();
    for (w, file) in all().zip(&files) {
        let spec = dir.join(format!("{}.spans", w.name));
        std::fs::write(&spec, model::spans_spec(&w.doc)).expect("write the spans");
        args.push(file.clone());
        args.push(spec);
    }
    let script = support::root().join("tests/docx/structure.py");
    let out = Command::new(python)
        .arg(script)
        .args(&args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python-docx disagrees with the model:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_same_document_gives_the_same_bytes_twice_in_one_process() {
    for w in samples() {
        assert!(
            qujat::docx::write(&w.doc).unwrap() == w.bytes,
            "{} differs on a second write",
            w.name
        );
        // docx-rs counts paragraph ids per thread: a fresh thread must not change them.
        let doc = w.doc.clone();
        let fresh = std::thread::spawn(move || qujat::docx::write(&doc).unwrap())
            .join()
            .unwrap();
        assert!(
            fresh == w.bytes,
            "{} differs when written on another thread",
            w.name
        );
    }
}

/// Set in the child process of the test below: the directory to write the samples into.
const CHILD_OUT: &str = "QUJAT_DOCX_CHILD_OUT";

#[test]
fn the_same_document_gives_the_same_bytes_in_another_process() {
    if let Some(dir) = std::env::var_os(CHILD_OUT) {
        for w in samples() {
            std::fs::write(Path::new(&dir).join(&w.name), &w.bytes).expect("child writes");
        }
        return;
    }
    let dir = support::scratch("docx-determinism");
    let out = Command::new(std::env::current_exe().expect("the test binary"))
        .args([
            "--exact",
            "the_same_document_gives_the_same_bytes_in_another_process",
        ])
        .env(CHILD_OUT, &dir)
        .output()
        .expect("the child test runs");
    assert!(
        out.status.success(),
        "child failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    for w in samples() {
        let theirs = std::fs::read(dir.join(&w.name)).expect("the child wrote the sample");
        assert!(
            theirs == w.bytes,
            "{} differs between two processes",
            w.name
        );
    }
}

#[test]
fn the_page_follows_the_layout() {
    for w in all() {
        let xml = must(&w.bytes, "word/document.xml");
        let size = first_tag(&xml, "w:pgSz").expect("w:pgSz");
        let (width, height) = (attr(size, "w:w").unwrap(), attr(size, "w:h").unwrap());
        if w.doc.layout.orientation == Orientation::Landscape {
            assert_eq!((width, height), ("16838", "11906"), "{}", w.name);
            assert_eq!(attr(size, "w:orient"), Some("landscape"), "{}", w.name);
        } else {
            assert_eq!((width, height), ("11906", "16838"), "{}", w.name);
            assert_ne!(attr(size, "w:orient"), Some("landscape"), "{}", w.name);
        }
        let margins = first_tag(&xml, "w:pgMar").expect("w:pgMar");
        let m = &w.doc.layout.margins_mm;
        for (name, mm) in [
            ("w:top", m.top),
            ("w:bottom", m.bottom),
            ("w:left", m.left),
            ("w:right", m.right),
        ] {
            let twips = (mm * 1440.0 / 25.4).round().to_string();
            assert_eq!(
                attr(margins, name),
                Some(twips.as_str()),
                "{} {name}",
                w.name
            );
        }
    }
}

#[test]
fn page_numbers_are_page_fields_where_the_layout_puts_them() {
    let base = &action_plan_kk().doc;
    let footer = qujat::docx::write(&with_page_numbers(base, PageNumbers::Footer)).unwrap();
    let xml = must(&footer, "word/document.xml");
    assert!(xml.contains("<w:footerReference") && !xml.contains("<w:headerReference"));
    let text = must(&footer, "word/footer1.xml");
    assert!(
        text.contains(">PAGE<") && text.contains("w:val=\"center\""),
        "{text}"
    );

    let header = qujat::docx::write(&with_page_numbers(base, PageNumbers::Header)).unwrap();
    let xml = must(&header, "word/document.xml");
    let refs: Vec<_> = tags(&xml, "w:headerReference")
        .filter_map(|t| attr(t, "w:type"))
        .collect();
    assert_eq!(refs.len(), 2, "a default and a first-page header: {refs:?}");
    assert!(
        refs.contains(&"first") && refs.contains(&"default"),
        "{refs:?}"
    );
    assert!(
        first_tag(&xml, "w:titlePg").is_some(),
        "the first page is a title page"
    );
    assert!(!xml.contains("<w:footerReference"));
    let headers: Vec<String> = ["word/header1.xml", "word/header2.xml"]
        .iter()
        .map(|n| must(&header, n))
        .collect();
    assert_eq!(
        headers.iter().filter(|h| h.contains(">PAGE<")).count(),
        1,
        "one header numbers the pages"
    );

    let none = qujat::docx::write(&with_page_numbers(base, PageNumbers::None)).unwrap();
    let xml = must(&none, "word/document.xml");
    assert!(!xml.contains("<w:footerReference") && !xml.contains("<w:headerReference"));
    assert!(part(&none, "word/footer1.xml").is_none());
}

#[test]
fn type_and_language_are_set_for_the_whole_document() {
    for w in samples() {
        let styles = must(&w.bytes, "word/styles.xml");
        let defaults = &styles
            [styles.find("<w:docDefaults").unwrap()..styles.find("</w:docDefaults>").unwrap()];
        let lang = first_tag(defaults, "w:lang").expect("w:lang in the document defaults");
        assert_eq!(attr(lang, "w:val"), Some(w.doc.meta.language), "{}", w.name);
        let fonts = first_tag(defaults, "w:rFonts").expect("w:rFonts in the document defaults");
        for slot in ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"] {
            assert_eq!(
                attr(fonts, slot),
                Some("Times New Roman"),
                "{} {slot}",
                w.name
            );
        }
        // Every run names the face too, so a pasted run keeps it.
        let xml = must(&w.bytes, "word/document.xml");
        let runs = xml.matches("<w:r>").count();
        assert!(
            runs > 0 && tags(&xml, "w:rFonts").count() >= runs,
            "{}",
            w.name
        );
        let sizes: Vec<&str> = tags(&xml, "w:sz")
            .filter_map(|t| attr(t, "w:val"))
            .collect();
        let f = &w.doc.layout.font_pt;
        for pt in [f.title, f.grif, f.table] {
            let half = ((pt * 2.0).round() as usize).to_string();
            assert!(
                sizes.contains(&half.as_str()),
                "{}: no run of {pt} pt",
                w.name
            );
        }
    }
}

#[test]
fn the_grif_is_a_block_at_the_right_margin_and_the_title_is_centred_bold() {
    let w = action_plan_kk();
    let xml = must(&w.bytes, "word/document.xml");
    let layout = &w.doc.layout;
    let twips = |mm: f32| (mm * 1440.0 / 25.4).round() as i32;
    let text_width =
        twips(layout.page_mm[0]) - twips(layout.margins_mm.left) - twips(layout.margins_mm.right);
    let indent = ((text_width as f32) * (1.0 - layout.grif_width)).round() as i32;
    let paragraphs: Vec<&str> = xml.split("<w:p ").skip(1).collect();
    let lines = w.doc.grif.len() + usize::from(w.doc.annex.is_some());
    for p in &paragraphs[..lines] {
        let ind = first_tag(p, "w:ind").expect("the grif line is indented");
        assert_eq!(attr(ind, "w:left"), Some(indent.to_string().as_str()));
        assert!(
            p.contains("w:val=\"left\""),
            "grif lines are left-aligned: {p}"
        );
    }
    let title = paragraphs[lines];
    assert!(
        title.contains("w:val=\"center\"") && first_tag(title, "w:b").is_some(),
        "{title}"
    );
    let title_text = qujat::richtext::concat(&w.doc.title);
    assert!(title.contains(&title_text), "the title follows the grif");
}

#[test]
fn the_table_has_a_fixed_grid_of_the_text_width_and_keeps_short_rows_whole() {
    for w in samples() {
        let xml = must(&w.bytes, "word/document.xml");
        let cols: Vec<usize> = tags(&xml, "w:gridCol")
            .map(|t| attr(t, "w:w").unwrap().parse().unwrap())
            .collect();
        assert_eq!(cols.len(), w.doc.table.columns.len(), "{}", w.name);
        let width: usize = attr(first_tag(&xml, "w:tblW").unwrap(), "w:w")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            cols.iter().sum::<usize>(),
            width,
            "{}: the grid fills the table",
            w.name
        );
        assert!(first_tag(&xml, "w:tblLayout").is_some_and(|t| t.contains("fixed")));
        for border in [
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:insideH",
            "w:insideV",
        ] {
            let borders =
                &xml[xml.find("<w:tblBorders>").unwrap()..xml.find("</w:tblBorders>").unwrap()];
            let b = first_tag(borders, border).unwrap_or_else(|| panic!("{border}"));
            assert_eq!(attr(b, "w:val"), Some("single"), "{} {border}", w.name);
        }
        let rows = xml.matches("<w:tr>").count();
        assert_eq!(
            rows,
            w.doc.table.rows.len() + 1,
            "{}: the header row and the model's rows",
            w.name
        );
        assert_eq!(
            tags(&xml, "w:tblHeader").count(),
            1,
            "{}: one repeating header row",
            w.name
        );
        let whole = tags(&xml, "w:cantSplit").count();
        assert!(
            whole * 2 > rows,
            "{}: most rows are short and kept whole ({whole} of {rows})",
            w.name
        );
    }
}

#[test]
fn core_properties_come_from_the_document_not_the_clock() {
    for w in all() {
        let core = must(&w.bytes, "docProps/core.xml");
        let m = &w.doc.meta;
        let escaped = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        assert!(
            core.contains(&format!("<dc:title>{}</dc:title>", escaped(&m.title))),
            "{core}"
        );
        assert!(
            core.contains(&format!("<dc:subject>{}</dc:subject>", escaped(&m.subject))),
            "{core}"
        );
        assert!(core.contains("<dc:creator>qujat</dc:creator>"), "{core}");
        assert!(
            core.contains(&format!("<dc:language>{}</dc:language>", m.language)),
            "{core}"
        );
        let date = format!(">{}T00:00:00Z<", m.date.format("%Y-%m-%d"));
        assert_eq!(
            core.matches(&date).count(),
            2,
            "created and modified: {core}"
        );
        let app = must(&w.bytes, "docProps/app.xml");
        assert!(
            app.contains(&format!("<Company>{}</Company>", escaped(&m.author))),
            "{app}"
        );
    }
}

#[test]
fn bullets_are_a_dash_list_that_word_knows() {
    let has_bullets = |d: &Document| {
        d.table.rows.iter().flat_map(|r| &r.cells).any(|c| {
            matches!(c, qujat::document::Cell::Content(c)
                if c.blocks.iter().any(|b| matches!(b, qujat::document::Block::Bullets(_))))
        })
    };
    let w = samples()
        .iter()
        .find(|w| has_bullets(&w.doc))
        .expect("a sample with a bulleted list");
    let xml = must(&w.bytes, "word/document.xml");
    let ids: Vec<&str> = tags(&xml, "w:numId")
        .filter_map(|t| attr(t, "w:val"))
        .collect();
    assert!(!ids.is_empty(), "{}: list paragraphs", w.name);
    let rels = must(&w.bytes, "word/_rels/document.xml.rels");
    assert!(rels.contains("Target=\"numbering.xml\""), "{rels}");
    let numbering = must(&w.bytes, "word/numbering.xml");
    // w:num → w:abstractNumId → the w:abstractNum that defines the level.
    let num = numbering
        .split("<w:num ")
        .skip(1)
        .find(|n| n.starts_with(&format!("w:numId=\"{}\"", ids[0])))
        .expect("the list's w:num");
    let abstract_id = attr(first_tag(num, "w:abstractNumId").unwrap(), "w:val").unwrap();
    let definition = numbering
        .split("<w:abstractNum ")
        .find(|d| d.starts_with(&format!("w:abstractNumId=\"{abstract_id}\"")))
        .expect("the list's w:abstractNum");
    let format = attr(first_tag(definition, "w:numFmt").unwrap(), "w:val");
    let text = attr(first_tag(definition, "w:lvlText").unwrap(), "w:val");
    assert_eq!((format, text), (Some("bullet"), Some("–")), "{definition}");
}
