//! The DOCX writer, checked by the programs users open its files with (the Office schema
//! validator, LibreOffice, python-docx), against the schema's element order, and for what it
//! promises: the layout's decisions in the XML, and the same bytes for the same document.
//! tests/docx_pages.rs compares LibreOffice's pages with qujat's PDF.

mod support;

#[path = "docx/model.rs"]
mod model;
#[path = "docx/parts.rs"]
mod parts;
#[path = "docx/printed.rs"]
mod printed;
#[path = "docx/schema.rs"]
mod schema;
#[path = "docx/tools.rs"]
mod tools;

use parts::{attr, first_tag, must, part, tags};
use printed::Printed;
use qujat::document::Document;
use qujat::layout::Laid;
use qujat::template::{Orientation, PageNumbers};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// A document with its layout and the file name it is written under.
struct Written {
    name: String,
    doc: Document,
    laid: Laid,
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
        .map(|doc| {
            let laid = qujat::layout::lay_out(&doc).expect("layout");
            Written {
                name: format!("{stem}.{}", doc.meta.language),
                bytes: qujat::docx::write_laid(&doc, &laid).expect("the writer accepts it"),
                doc,
                laid,
            }
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
fn with_page_numbers(doc: &Document, kind: PageNumbers, from: u32) -> Document {
    let mut doc = doc.clone();
    doc.layout.page_numbers = kind;
    doc.layout.page_numbers_from = from;
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

/// Every other kind of file the writer makes: the page numberings, the combined files.
fn variants() -> Vec<(String, Vec<u8>)> {
    let base = &action_plan_kk().doc;
    let mut out = Vec::new();
    for (kind, from, name) in [
        (PageNumbers::Footer, 1, "footer"),
        (PageNumbers::Footer, 2, "footer-from-2"),
        (PageNumbers::Header, 1, "header-from-1"),
        (PageNumbers::None, 1, "none"),
    ] {
        let doc = with_page_numbers(base, kind, from);
        out.push((
            format!("page-numbers-{name}"),
            qujat::docx::write(&doc).unwrap(),
        ));
    }
    for s in support::SAMPLES {
        out.push((
            format!("{}.combined", s.trim_end_matches(".yaml")),
            qujat::docx::write_combined(&sample(s)).unwrap(),
        ));
    }
    out
}

const XML_PARTS: [&str; 6] = [
    "word/document.xml",
    "word/styles.xml",
    "word/settings.xml",
    "word/numbering.xml",
    "word/fontTable.xml",
    "word/header1.xml",
];

#[test]
fn every_part_is_in_schema_order() {
    let mut problems = Vec::new();
    for (name, bytes) in named_bytes().into_iter().chain(variants()) {
        for p in XML_PARTS {
            if let Some(xml) = part(&bytes, p) {
                problems.extend(schema::disorder(&format!("{name} {p}"), &xml));
            }
        }
    }
    problems.truncate(20);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_office_schema_validator_finds_no_errors() {
    let Some(validator) = support::tool(support::OOXML_VALIDATOR) else {
        return;
    };
    let dir = support::scratch("docx-validator");
    let mut docs = named_bytes();
    docs.extend(variants());
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
        assert_eq!(pages, printed.pages(), "{}", w.name);
        assert_eq!(
            pages,
            w.laid.pages(),
            "{}: LibreOffice's pages are qujat's",
            w.name
        );
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
        std::fs::write(&spec, model::spans_spec(&w.laid)).expect("write the spans");
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
        "python-docx disagrees with the layout:\n{}{}",
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
fn page_numbers_are_page_fields_where_the_template_puts_them() {
    let base = &action_plan_kk().doc;
    // The built-in templates: in the header, from page 2 (an empty first-page header).
    let header = &action_plan_kk().bytes;
    let xml = must(header, "word/document.xml");
    let refs: Vec<_> = tags(&xml, "w:headerReference")
        .filter_map(|t| attr(t, "w:type"))
        .collect();
    assert_eq!(refs, ["default", "first"]);
    assert!(
        first_tag(&xml, "w:titlePg").is_some(),
        "the first page differs"
    );
    assert!(!xml.contains("<w:footerReference"));
    let with_field: Vec<bool> = ["word/header1.xml", "word/header2.xml"]
        .iter()
        .map(|n| must(header, n).contains(">PAGE<") || must(header, n).contains("> PAGE <"))
        .collect();
    assert_eq!(with_field, [true, false], "one header numbers the pages");

    let footer = qujat::docx::write(&with_page_numbers(base, PageNumbers::Footer, 1)).unwrap();
    let xml = must(&footer, "word/document.xml");
    assert!(xml.contains("<w:footerReference") && !xml.contains("<w:headerReference"));
    assert!(first_tag(&xml, "w:titlePg").is_none());
    let text = must(&footer, "word/footer1.xml");
    assert!(text.contains(" PAGE "), "{text}");
    let styles = must(&footer, "word/styles.xml");
    let style = styles
        .split("<w:style ")
        .find(|s| s.contains("w:styleId=\"PageNumber\""))
        .expect("the page number's style");
    assert!(style.contains("w:val=\"center\""), "{style}");

    let none = qujat::docx::write(&with_page_numbers(base, PageNumbers::None, 1)).unwrap();
    let xml = must(&none, "word/document.xml");
    assert!(!xml.contains("<w:footerReference") && !xml.contains("<w:headerReference"));
    assert!(part(&none, "word/footer1.xml").is_none() && part(&none, "word/header1.xml").is_none());
}

#[test]
fn a_combined_file_numbers_each_language_from_one() {
    for s in support::SAMPLES {
        let bytes = qujat::docx::write_combined(&sample(s)).unwrap();
        let xml = must(&bytes, "word/document.xml");
        assert_eq!(tags(&xml, "w:sectPr").count(), 2, "a section per language");
        let restarts: Vec<_> = tags(&xml, "w:pgNumType")
            .filter_map(|t| attr(t, "w:start"))
            .collect();
        assert_eq!(restarts, ["1"], "the second language starts again at 1");
        // The second language's runs say which it is; the defaults say the first's.
        let second = &xml[xml.find("<w:sectPr>").unwrap()..];
        assert!(tags(second, "w:lang").count() > 10);
    }
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
        assert!(
            first_tag(defaults, "w:widowControl").is_some(),
            "{}",
            w.name
        );
        // Each kind of text has its style, in the template's size.
        let sizes: Vec<&str> = tags(&styles, "w:sz")
            .filter_map(|t| attr(t, "w:val"))
            .collect();
        let f = &w.doc.layout.font_pt;
        for pt in [f.text, f.title, f.grif, f.table, f.notes] {
            let half = ((pt * 2.0).round() as usize).to_string();
            assert!(
                sizes.contains(&half.as_str()),
                "{}: no style of {pt} pt",
                w.name
            );
        }
        // Runs say only what differs from their style.
        let xml = must(&w.bytes, "word/document.xml");
        assert!(
            !xml.contains("<w:sz ") && !xml.contains("<w:rFonts"),
            "{}",
            w.name
        );
    }
}

#[test]
fn the_grif_is_a_block_at_the_right_margin_and_the_title_is_centred_bold() {
    let w = action_plan_kk();
    let styles = must(&w.bytes, "word/styles.xml");
    let style = |id: &str| {
        styles
            .split("<w:style ")
            .find(|s| s.contains(&format!("w:styleId=\"{id}\"")))
            .unwrap_or_else(|| panic!("style {id}"))
            .to_string()
    };
    let grif = style("Grif");
    let ind = first_tag(&grif, "w:ind").expect("the grif is indented");
    assert_eq!(
        attr(ind, "w:left"),
        Some(w.laid.style.grif_indent.to_string().as_str())
    );
    assert!(grif.contains("w:val=\"left\""), "{grif}");
    let title = style("PlanTitle");
    assert!(
        title.contains("w:val=\"center\"") && first_tag(&title, "w:b").is_some(),
        "{title}"
    );
    let xml = must(&w.bytes, "word/document.xml");
    let paragraphs: Vec<&str> = xml.split("<w:p>").skip(1).collect();
    let lines = w.doc.grif.len() + usize::from(w.doc.annex.is_some());
    for p in &paragraphs[..lines] {
        assert!(p.contains("w:val=\"Grif\""), "{p}");
    }
    let title = paragraphs[lines];
    assert!(
        title.contains("w:val=\"PlanTitle\"") && first_tag(title, "w:keepNext").is_some(),
        "{title}"
    );
}

#[test]
fn the_table_is_a_fixed_grid_whose_rows_are_the_layouts() {
    for w in all() {
        let xml = must(&w.bytes, "word/document.xml");
        let cols: Vec<i32> = tags(&xml, "w:gridCol")
            .map(|t| attr(t, "w:w").unwrap().parse().unwrap())
            .collect();
        assert_eq!(cols, w.laid.style.columns, "{}", w.name);
        let width: i32 = attr(first_tag(&xml, "w:tblW").unwrap(), "w:w")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            cols.iter().sum::<i32>(),
            width,
            "{}: the grid fills the table",
            w.name
        );
        assert!(first_tag(&xml, "w:tblLayout").is_some_and(|t| t.contains("fixed")));
        // One table row per piece of the layout, each kept whole, the header marked.
        let pieces: usize = w
            .laid
            .paged
            .pages
            .iter()
            .flat_map(|p| &p.parts)
            .map(|p| match p {
                qujat::layout::paginate::Part::Table(t) => t.pieces.len(),
                _ => 0,
            })
            .sum();
        let rows = xml.matches("<w:tr>").count();
        assert_eq!(rows, pieces + 1, "{}", w.name);
        assert_eq!(tags(&xml, "w:cantSplit").count(), rows, "{}", w.name);
        assert_eq!(tags(&xml, "w:tblHeader").count(), 1, "{}", w.name);
    }
}

#[test]
fn each_page_s_rows_are_kept_together_and_a_split_row_is_two_rows() {
    for w in all() {
        let xml = must(&w.bytes, "word/document.xml");
        let table = &xml[xml.find("<w:tbl>").unwrap()..xml.find("</w:tbl>").unwrap()];
        let rows: Vec<&str> = table.split("<w:tr>").skip(2).collect();
        let kept: Vec<bool> = rows.iter().map(|r| r.contains("<w:keepNext/>")).collect();
        let mut expected = Vec::new();
        for part in w.laid.paged.pages.iter().flat_map(|p| &p.parts) {
            if let qujat::layout::paginate::Part::Table(t) = part {
                expected.extend((0..t.pieces.len()).map(|i| i + 1 < t.pieces.len()));
            }
        }
        assert_eq!(
            kept, expected,
            "{}: keep with next on every row but each page's last",
            w.name
        );
        // In a kept row every paragraph is kept.
        for (r, row) in rows.iter().enumerate().filter(|(i, _)| kept[*i]) {
            assert_eq!(
                row.matches("<w:p>").count(),
                row.matches("<w:keepNext/>").count(),
                "{} row {r}",
                w.name
            );
        }
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
        // The author is the organisation, as the PDF's Author says.
        assert!(
            core.contains(&format!("<dc:creator>{}</dc:creator>", escaped(&m.author))),
            "{core}"
        );
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
        assert!(app.contains(&format!(
            "<Application>{}</Application>",
            qujat::docx::PROGRAM
        )));
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
    let ind = first_tag(definition, "w:ind").unwrap();
    assert_eq!(
        attr(ind, "w:hanging"),
        Some(w.laid.style.bullet.hang.to_string().as_str())
    );
}

#[test]
fn glued_words_are_written_glued() {
    // «№ п/п», «2022 года», «16 апреля» hold together in the DOCX as in the PDF.
    let ru = samples()
        .iter()
        .find(|w| w.name == "anticorruption-plan-2022.ru-RU")
        .unwrap();
    let xml = must(&ru.bytes, "word/document.xml");
    for glued in ["№\u{a0}п/п", "2022\u{a0}года", "16\u{a0}апреля"] {
        assert!(xml.contains(glued), "no «{glued}»");
    }
    let kk = action_plan_kk();
    let xml = must(&kk.bytes, "word/document.xml");
    assert!(xml.contains("2022\u{a0}жылғы"));
    assert!(xml.contains("сәуір\u{2060}–\u{2060}мамыр"));
}
