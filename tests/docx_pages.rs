//! The signed DOCX and the published PDF show the same pages: for both samples and for long
//! plans grown from them, in both languages, LibreOffice's PDF of qujat's DOCX has as many
//! pages as qujat's PDF, and each page holds the same words. On LibreOffice's pages the header
//! row repeats and an item going on from the page before shows its number and the mark.

mod support;

#[allow(dead_code)]
#[path = "docx/tools.rs"]
mod tools;

use qujat::document::Document;
use qujat::layout::Laid;
use qujat::layout::paginate::Part;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

struct Case {
    name: String,
    doc: Document,
    laid: Laid,
}

fn cases() -> Vec<Case> {
    let mut plans: Vec<(String, String)> = support::SAMPLES
        .iter()
        .map(|s| {
            let yaml = std::fs::read_to_string(support::sample(s)).expect("sample reads");
            (s.to_string(), yaml)
        })
        .collect();
    plans.extend(support::long_plans());
    plans
        .into_iter()
        .flat_map(|(name, yaml)| {
            let stem = name.trim_end_matches(".yaml").to_string();
            support::documents_of(&name, yaml)
                .into_iter()
                .map(move |doc| Case {
                    name: format!("{stem}.{}", doc.lang),
                    laid: qujat::layout::lay_out(&doc).expect("layout"),
                    doc,
                })
        })
        .collect()
}

/// The words of each page of `pdf`, counted: white space of any kind separates words, and a
/// word joiner or soft hyphen is nothing.
fn words(pdftotext: &Path, pdf: &Path) -> Vec<BTreeMap<String, usize>> {
    let out = Command::new(pdftotext)
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut pages: Vec<&str> = text.split('\u{c}').collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
        .iter()
        .map(|page| {
            let clean = page
                .replace(['\u{2060}', '\u{ad}'], "")
                .replace('\u{a0}', " ");
            let mut count = BTreeMap::new();
            for w in clean.split_whitespace() {
                *count.entry(w.to_string()).or_insert(0) += 1;
            }
            count
        })
        .collect()
}

/// What one page has that the other lacks, a few words of each.
fn difference(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> String {
    let only = |x: &BTreeMap<String, usize>, y: &BTreeMap<String, usize>| -> Vec<String> {
        x.iter()
            .filter(|(w, n)| y.get(*w).copied().unwrap_or(0) < **n)
            .map(|(w, _)| w.clone())
            .take(8)
            .collect()
    };
    format!(
        "qujat only {:?}, LibreOffice only {:?}",
        only(a, b),
        only(b, a)
    )
}

/// Pages where the layout shows an item going on from the page before: (page, its number).
fn continued(laid: &Laid) -> Vec<(usize, String)> {
    let t = laid.blocks.iter().find_map(|b| b.table()).expect("a table");
    let mut out = Vec::new();
    for (i, page) in laid.paged.pages.iter().enumerate() {
        for part in &page.parts {
            let Part::Table(part) = part else { continue };
            let Some(first) = part.pieces.first() else {
                continue;
            };
            if first.cells.iter().any(|c| c.mark) {
                let number = first
                    .cells
                    .iter()
                    .find(|c| t.number_col == Some(t.cells[c.cell].col()))
                    .map(|c| t.cells[c.cell].text().text())
                    .unwrap_or_default();
                out.push((i, number));
            }
        }
    }
    out
}

#[test]
fn libreoffice_shows_the_pages_of_qujat_s_pdf() {
    let (Some(soffice), Some(pdftotext)) = (support::tool("soffice"), support::tool("pdftotext"))
    else {
        return;
    };
    let dir = support::scratch("docx-pages");
    let lo = dir.join("lo");
    std::fs::create_dir_all(&lo).expect("scratch");
    let cases = cases();
    let mut docx = Vec::new();
    for c in &cases {
        let path = dir.join(format!("{}.docx", c.name));
        std::fs::write(
            &path,
            qujat::docx::write_laid(&c.doc, &c.laid).expect("docx"),
        )
        .unwrap();
        let pages = qujat::layout::draw(&c.laid);
        let pdf = qujat::pdf::write_pages(&c.doc, &pages).expect("pdf");
        std::fs::write(dir.join(format!("{}.pdf", c.name)), pdf).unwrap();
        docx.push(path);
    }
    tools::convert_to_pdf(&soffice, &lo, &docx);
    let mut problems = Vec::new();
    let mut marks = 0;
    for c in &cases {
        let ours = words(&pdftotext, &dir.join(format!("{}.pdf", c.name)));
        let theirs_pdf = lo.join(format!("{}.pdf", c.name));
        assert!(
            theirs_pdf.exists(),
            "LibreOffice made no {}",
            theirs_pdf.display()
        );
        let theirs = words(&pdftotext, &theirs_pdf);
        eprintln!(
            "{}: qujat {} pages, LibreOffice {}",
            c.name,
            ours.len(),
            theirs.len()
        );
        if ours.len() != theirs.len() {
            problems.push(format!(
                "{}: qujat's PDF has {} pages, LibreOffice's {}",
                c.name,
                ours.len(),
                theirs.len()
            ));
        }
        for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
            if a != b {
                problems.push(format!("{} page {}: {}", c.name, i + 1, difference(a, b)));
            }
        }
        // LibreOffice's own pages: the header row on each, the mark and the number where an
        // item goes on.
        for (i, page) in theirs.iter().enumerate() {
            let has = |text: &str| {
                text.replace('\u{a0}', " ")
                    .split_whitespace()
                    .all(|w| page.contains_key(w))
            };
            if i + 1 < theirs.len() && !c.doc.table.headers().all(has) {
                problems.push(format!("{} page {}: no header row", c.name, i + 1));
            }
        }
        for (page, number) in continued(&c.laid) {
            marks += 1;
            let p = theirs.get(page);
            let shown = p.is_some_and(|p| {
                p.contains_key(c.doc.meta.continued.as_str()) && p.contains_key(number.as_str())
            });
            if !shown {
                problems.push(format!(
                    "{} page {}: LibreOffice shows no «{number} {}»",
                    c.name,
                    page + 1,
                    c.doc.meta.continued
                ));
            }
        }
    }
    assert!(marks > 5, "the documents continue items over page breaks");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
