//! `qujat amend`: the documents of an amendment, checked the way the board's secretary and
//! their programs read them. For pairs of plans built from the samples (every kind of change
//! the acceptance list names, both languages): the changes document carries the right formula
//! with the right number (pdftotext), the comparative table the old and the new wording, with
//! the removed words struck through and the added ones bold; the redline's revisions, accepted
//! all, give the new plan's text; every DOCX passes the Open XML SDK validator, every PDF qpdf
//! and has embedded subset fonts; the same plans give the same bytes.

// Shared with tests/amend.rs and tests/docx.rs, which use what this file does not.
#[allow(dead_code)]
#[path = "amend/cases.rs"]
mod cases;
#[allow(dead_code)]
#[path = "docx/tools.rs"]
mod docx_tools;
mod support;

use cases::{ACTION, CASES, Case, SCHEDULE, edit};
use qujat::amend::documents::{self, Source};
use qujat::amend::{self, Numbering};
use qujat::document::{Document, Mark};
use qujat::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{contains_text, pdf_text, qujat, scratch};

/// The cases of the issue's acceptance list: the first nine of the shared catalogue.
const ACCEPTANCE: usize = 9;

fn loaded(name: &str, text: &str) -> qujat::app::Loaded {
    qujat::app::load_text(Path::new(name), text.to_string()).unwrap_or_else(|r| {
        panic!(
            "{name} does not load:\n{}",
            qujat::app::render_report(&r.path, &r.source, &r.report)
        )
    })
}

fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

/// The case's two versions written to files in a fresh folder: (folder, old, new).
fn case_files(case: &Case, tag: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = scratch(&format!("amend-docs-{tag}-{}", slug(case.name)));
    let old = (case.old)();
    let new = (case.make)(&old);
    let (o, n) = (dir.join("old.yaml"), dir.join("plan.yaml"));
    std::fs::write(&o, old).unwrap();
    std::fs::write(&n, new).unwrap();
    (dir, o, n)
}

/// Runs `qujat amend OLD NEW -o OUT`: (exit code, stdout, stderr).
fn amend_into(old: &Path, new: &Path, out: &Path) -> (i32, String, String) {
    let o = qujat(&[
        "amend",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

const WRITTEN: [&str; 10] = [
    "plan.kk.changes.docx",
    "plan.kk.changes.pdf",
    "plan.kk.compare.docx",
    "plan.kk.compare.pdf",
    "plan.kk.redline.docx",
    "plan.ru.changes.docx",
    "plan.ru.changes.pdf",
    "plan.ru.compare.docx",
    "plan.ru.compare.pdf",
    "plan.ru.redline.docx",
];

/// What the changes document prints for an instruction the catalogue writes as
/// `Instruction::line` does: the formula, and its end unless it quotes (then the quote ends it).
fn printed(line: &str) -> String {
    match line.split_once(" [") {
        Some((formula, _)) => formula.to_string(),
        None => line.to_string(),
    }
}

/// The «…» quotes of a words formula: the old and the new words.
fn quoted(line: &str) -> Vec<String> {
    line.split('«')
        .skip(1)
        .filter_map(|s| s.split_once('»').map(|(q, _)| q.to_string()))
        .collect()
}

#[test]
fn the_changes_document_says_each_formula_with_its_number() {
    for case in CASES {
        let (dir, old, new) = case_files(case, "formula");
        let out = dir.join("out");
        let (code, stdout, stderr) = amend_into(&old, &new, &out);
        assert_eq!(code, 0, "{}: {stderr}", case.name);
        assert_eq!(files_in(&out), WRITTEN, "{}: {stdout}", case.name);
        for (lang, lines) in [("kk", case.kk), ("ru", case.ru)] {
            let Some(text) = pdf_text(&out.join(format!("plan.{lang}.changes.pdf"))) else {
                return;
            };
            for line in lines {
                let want = printed(line);
                assert!(
                    contains_text(&text, &want),
                    "{} ({lang}): the changes document lacks «{want}»:\n{text}",
                    case.name
                );
            }
            let compare = pdf_text(&out.join(format!("plan.{lang}.compare.pdf"))).unwrap();
            let title = if lang == "kk" {
                "Салыстырмалы кесте"
            } else {
                "Сравнительная таблица"
            };
            assert!(contains_text(&compare, title), "{}: {compare}", case.name);
            // A words formula quotes the old and the new wording: the table shows them, each
            // in its column (a PDF's text runs across the columns line by line).
            let l = if lang == "kk" { Lang::Kk } else { Lang::Ru };
            let doc = with_diff(case, |src| documents::compare(src, l).unwrap());
            let (current, proposed) = (column_text(&doc, 2), column_text(&doc, 3));
            for line in lines.iter().filter(|l| !l.contains(" [")) {
                if let [old, new, ..] = quoted(line).as_slice() {
                    assert!(
                        current.contains(old.as_str()) && proposed.contains(new.as_str()),
                        "{} ({lang}): the comparative table lacks «{old}» → «{new}»:\n{current}\n{proposed}",
                        case.name
                    );
                }
            }
        }
    }
}

/// The words of column `col` of a document's table, every row, one line.
fn column_text(doc: &Document, col: usize) -> String {
    let mut words = Vec::new();
    for row in &doc.table.rows {
        if let Some(qujat::document::Cell::Content(c)) = row.cells.get(col) {
            for b in &c.blocks {
                words.extend(b.plain_text().split_whitespace().map(str::to_string));
            }
        }
    }
    words.join(" ")
}

#[test]
fn every_file_passes_the_checkers_and_is_the_same_twice() {
    let validator = support::tool(support::OOXML_VALIDATOR);
    let mut docx = Vec::new();
    for case in &CASES[..ACCEPTANCE] {
        let (dir, old, new) = case_files(case, "check");
        let (a, b) = (dir.join("a"), dir.join("b"));
        for out in [&a, &b] {
            let (code, _, stderr) = amend_into(&old, &new, out);
            assert_eq!(code, 0, "{}: {stderr}", case.name);
        }
        for name in WRITTEN {
            let (x, y) = (
                std::fs::read(a.join(name)).unwrap(),
                std::fs::read(b.join(name)).unwrap(),
            );
            assert!(x == y, "{}: {name} differs between two runs", case.name);
            let path = a.join(name);
            if name.ends_with(".pdf") {
                check_pdf(&path);
            } else {
                docx.push(path);
            }
        }
    }
    if let Some(validator) = validator {
        let failures = docx_tools::validate_all(&validator, docx);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

fn run(tool: &str, args: &[&str], file: &Path) -> Option<String> {
    let bin = support::tool(tool)?;
    let out = Command::new(bin).args(args).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "{tool} failed on {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn check_pdf(pdf: &Path) {
    if let Some(out) = run("qpdf", &["--check"], pdf) {
        assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    }
    let Some(out) = run("pdffonts", &[], pdf) else {
        return;
    };
    let fonts: Vec<&str> = out.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "no fonts in {}", pdf.display());
    for font in fonts {
        let cols: Vec<&str> = font.split_whitespace().rev().collect();
        assert_eq!(
            &cols[2..5],
            ["yes", "yes", "yes"],
            "{}: not an embedded subset with a Unicode map: {font}",
            pdf.display()
        );
    }
}

/// The documents of a case built by the library, for the checks that look inside.
fn with_diff<R>(case: &Case, f: impl FnOnce(&Source) -> R) -> R {
    let old_text = (case.old)();
    let new_text = (case.make)(&old_text);
    let (old, new) = (
        loaded("old.yaml", &old_text),
        loaded("plan.yaml", &new_text),
    );
    let diff = amend::compare(&old, &new).unwrap();
    let src = Source {
        diff: &diff,
        template: &new.template,
        amendment: new.amendment.as_ref(),
        numbering: Numbering::Suffixed,
    };
    f(&src)
}

/// `doc` on a page so tall that no row is split: the words of a redline and of the plan then
/// come in the same order.
fn unsplit(mut doc: Document) -> Document {
    doc.layout.page_mm[1] = 4000.0;
    doc
}

#[test]
fn accepting_every_revision_gives_the_new_plan() {
    let Some(python) = docx_tools::python_docx() else {
        return;
    };
    let script = support::root().join("tests/docx/revisions.py");
    for case in CASES {
        let dir = scratch(&format!("amend-redline-{}", slug(case.name)));
        let mut revisions = 0;
        for lang in Lang::ALL {
            let (redline, plan) = with_diff(case, |src| {
                let plan = qujat::document::build(src.diff.new.plan, src.template, lang).unwrap();
                (documents::redline(src, lang).unwrap(), plan)
            });
            let (r, p) = (
                dir.join(format!("redline.{lang}.docx")),
                dir.join(format!("plan.{lang}.docx")),
            );
            std::fs::write(&r, qujat::docx::write(&unsplit(redline)).unwrap()).unwrap();
            std::fs::write(&p, qujat::docx::write(&unsplit(plan)).unwrap()).unwrap();
            let out = Command::new(&python)
                .arg(&script)
                .arg(&r)
                .arg(&p)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}: {}",
                case.name,
                String::from_utf8_lossy(&out.stderr)
            );
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            // A change of one language's wording is a revision of that language's file only.
            revisions += v["ins"].as_u64().unwrap() + v["del"].as_u64().unwrap();
            let (got, want) = (
                v["accepted"].as_array().unwrap(),
                v["plan"].as_array().unwrap(),
            );
            if got != want {
                let at = got.iter().zip(want).take_while(|(a, b)| a == b).count();
                let from = at.saturating_sub(8);
                panic!(
                    "{} ({lang}): accepting every revision does not give the new plan: after\n{:?}\nit says\n{:?}\ninstead of\n{:?}",
                    case.name,
                    &got[from..at],
                    &got[at..(at + 12).min(got.len())],
                    &want[at..(at + 12).min(want.len())]
                );
            }
        }
        assert!(revisions > 0, "{}: no revisions", case.name);
    }
}

#[test]
fn the_comparative_table_strikes_the_removed_words_and_bolds_the_added() {
    let deadline = &CASES[0];
    assert_eq!(deadline.name, "deadline moved");
    let doc = with_diff(deadline, |src| documents::compare(src, Lang::Ru).unwrap());
    let cells: Vec<&qujat::document::Inline> = doc
        .table
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter_map(|c| match c {
            qujat::document::Cell::Content(c) => Some(c),
            qujat::document::Cell::Covered => None,
        })
        .flat_map(|c| c.blocks.iter().flat_map(|b| b.inlines()))
        .collect();
    let struck: Vec<&str> = cells
        .iter()
        .filter(|i| i.mark == Mark::Struck)
        .map(|i| i.text.as_str())
        .collect();
    let bold: Vec<&str> = cells
        .iter()
        .filter(|i| i.bold)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(struck, ["16"]);
    assert_eq!(bold, ["30"]);
    // The DOCX says it with a run property, the PDF with a line drawn through the word.
    let laid = qujat::layout::lay_out(&doc).unwrap();
    let xml = docx_part(
        &qujat::docx::write_laid(&doc, &laid).unwrap(),
        "word/document.xml",
    );
    assert_eq!(xml.matches("<w:strike/>").count(), 1, "{xml}");
    let pages = qujat::layout::draw(&laid);
    let bars = pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, qujat::layout::Item::Bar { .. }))
        .count();
    assert_eq!(bars, 1);
}

fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut part = zip.by_name(name).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut part, &mut text).unwrap();
    text
}

#[test]
fn revisions_are_by_the_amendment_and_dated_by_it() {
    let old = ACTION.to_string();
    let new = format!(
        "{}\namendment:\n  date: 2022-09-15\n  protocol: \"7\"\n  author: {{kk: Комплаенс қызметі, ru: Комплаенс-служба}}\n",
        edit(&old, &[("due: {by: 2022-04-16}", "due: {by: 2022-04-30}")])
    );
    let (old, new) = (loaded("old.yaml", &old), loaded("plan.yaml", &new));
    let diff = amend::compare(&old, &new).unwrap();
    let src = Source {
        diff: &diff,
        template: &new.template,
        amendment: new.amendment.as_ref(),
        numbering: Numbering::Suffixed,
    };
    let doc = documents::redline(&src, Lang::Ru).unwrap();
    let xml = docx_part(&qujat::docx::write(&doc).unwrap(), "word/document.xml");
    assert!(
        xml.contains(r#"w:author="Комплаенс-служба" w:date="2022-09-15T00:00:00Z""#),
        "{xml}"
    );
    // The changes document's grif carries the approval of the changes.
    let changes = documents::changes(&src, Lang::Ru).unwrap();
    let grif: String = changes
        .grif
        .iter()
        .map(|l| qujat::richtext::concat(l))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        grif.contains("15 сентября 2022") && grif.contains('7'),
        "{grif}"
    );
    // What the board approves is «изменения и дополнения»: the grif's word is plural.
    assert!(grif.starts_with("УТВЕРЖДЕНЫ"), "{grif}");
}

#[test]
fn a_quoted_heading_has_its_number_in_the_changes_document() {
    // A section added after section 6 is «6-1» in the instruction and in its quoted heading.
    let added = CASES.iter().find(|c| c.name == "section added").unwrap();
    let doc = with_diff(added, |src| documents::changes(src, Lang::Ru).unwrap());
    let first = qujat::document::dump(&doc);
    assert!(first.contains("**6-1. Контроль**"), "{first}");
    assert!(first.contains("17-1."), "{first}");
    // A renamed section keeps its number in the plan in force.
    let renamed = CASES.iter().find(|c| c.name == "section renamed").unwrap();
    let doc = with_diff(renamed, |src| documents::changes(src, Lang::Kk).unwrap());
    let rows: Vec<String> = doc
        .table
        .rows
        .iter()
        .map(|r| match &r.cells[0] {
            qujat::document::Cell::Content(c) => c.blocks[0].plain_text(),
            qujat::document::Cell::Covered => String::new(),
        })
        .collect();
    let instruction = renamed.kk[0];
    let number: String = instruction[3..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        rows[0].starts_with(&format!("{number}. ")),
        "{rows:?} for {instruction}"
    );
}

#[test]
fn an_output_folder_that_cannot_be_made_is_exit_3_and_nothing_written() {
    let (dir, old, new) = case_files(&CASES[0], "unwritable");
    let blocker = dir.join("out");
    std::fs::write(&blocker, "a file where the folder should be").unwrap();
    let (code, stdout, stderr) = amend_into(&old, &new, &blocker.join("sub"));
    assert_eq!(code, 3, "{stdout}{stderr}");
    assert!(
        stderr.contains("cannot create the output folder"),
        "{stderr}"
    );
    assert_eq!(files_in(&dir), ["old.yaml", "out", "plan.yaml"]);
}

#[test]
fn a_wording_changed_in_one_language_stays_in_the_other() {
    let case = CASES
        .iter()
        .find(|c| c.name == "schedule: one language's wording changed")
        .unwrap();
    let kk = with_diff(case, |src| documents::compare(src, Lang::Kk).unwrap());
    assert_eq!(column_text(&kk, 3), "Қазақ тіліндегі мәтін өзгермейді.");
    let ru = with_diff(case, |src| documents::compare(src, Lang::Ru).unwrap());
    assert!(
        column_text(&ru, 3).contains("итогов"),
        "{}",
        column_text(&ru, 3)
    );
    assert!(column_text(&ru, 2).contains("результатов"));
}

#[test]
fn identical_plans_write_nothing() {
    let dir = scratch("amend-docs-identical");
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    std::fs::write(&a, ACTION).unwrap();
    std::fs::write(&b, ACTION).unwrap();
    let out = dir.join("out");
    let (code, stdout, stderr) = amend_into(&a, &b, &out);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("no changes"), "{stdout}");
    assert!(files_in(&out).is_empty());
}

#[test]
fn plans_of_different_templates_are_refused() {
    let dir = scratch("amend-docs-templates");
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    std::fs::write(&a, ACTION).unwrap();
    std::fs::write(&b, SCHEDULE).unwrap();
    let out = dir.join("out");
    let (code, _, stderr) = amend_into(&a, &b, &out);
    assert_eq!(code, 2);
    assert!(stderr.contains("different templates"), "{stderr}");
    assert!(files_in(&out).is_empty());
}

#[test]
fn a_rejected_plan_is_reported_as_check_reports_it() {
    let dir = scratch("amend-docs-rejected");
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    std::fs::write(&a, ACTION).unwrap();
    std::fs::write(
        &b,
        edit(
            ACTION,
            &[("due: {by: 2022-04-16}", "due: {by: 2022-02-30}")],
        ),
    )
    .unwrap();
    let out = dir.join("out");
    let (code, _, stderr) = amend_into(&a, &b, &out);
    assert_eq!(code, 2);
    let line = edit(ACTION, &[])
        .lines()
        .position(|l| l.contains("due: {by: 2022-04-16}"))
        .unwrap()
        + 1;
    assert!(stderr.contains("[impossible-date]"), "{stderr}");
    assert!(stderr.contains(&format!("b.yaml:{line}:")), "{stderr}");
    assert!(files_in(&out).is_empty());
}

#[test]
fn libreoffice_opens_every_document() {
    let (Some(soffice), Some(_)) = (support::tool("soffice"), support::tool("pdftotext")) else {
        return;
    };
    let case = &CASES[2];
    assert_eq!(case.name, "item inserted");
    let (dir, old, new) = case_files(case, "lo");
    let out = dir.join("out");
    assert_eq!(amend_into(&old, &new, &out).0, 0);
    let docx: Vec<PathBuf> = WRITTEN
        .iter()
        .filter(|n| n.ends_with(".docx"))
        .map(|n| out.join(n))
        .collect();
    let converted = dir.join("lo");
    std::fs::create_dir_all(&converted).unwrap();
    docx_tools::convert_to_pdf(&soffice, &converted, &docx);
    for (name, want) in [
        (
            "plan.ru.changes.pdf",
            "дополнить строкой, порядковый номер 2-1, следующего содержания:",
        ),
        (
            "plan.kk.changes.pdf",
            "мынадай мазмұндағы реттік нөмірі 2-1-жолмен толықтырылсын:",
        ),
        ("plan.ru.compare.pdf", "Сравнительная таблица"),
        ("plan.kk.compare.pdf", "Салыстырмалы кесте"),
        // A table's cells run into each other in pdftotext's reading: two words of one line.
        ("plan.ru.redline.pdf", "телефона доверия"),
        ("plan.kk.redline.pdf", "Сенім телефонының"),
    ] {
        let text = pdf_text(&converted.join(name)).unwrap();
        assert!(contains_text(&text, want), "{name}: {text}");
    }
    // LibreOffice shows a deleted row as a revision: the words of the item the new version
    // removed are still on its page, though the new plan no longer has them.
    let removed = &CASES[3];
    assert_eq!(removed.name, "item removed");
    let (dir, old, new) = case_files(removed, "lo");
    let out = dir.join("out");
    assert_eq!(amend_into(&old, &new, &out).0, 0);
    assert!(
        !std::fs::read_to_string(&new)
            .unwrap()
            .contains("Разработка инструкции")
    );
    let converted = dir.join("lo");
    std::fs::create_dir_all(&converted).unwrap();
    docx_tools::convert_to_pdf(&soffice, &converted, &[out.join("plan.ru.redline.docx")]);
    let text = pdf_text(&converted.join("plan.ru.redline.pdf")).unwrap();
    assert!(contains_text(&text, "Разработка инструкции"), "{text}");
}
