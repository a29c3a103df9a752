//! The text of a PDF that LibreOffice printed, page by page.
//!
//! pdftotext runs with `-raw`: its default reading order interleaves the lines of neighbouring
//! table cells and drops the hyphen of a compound («комплаенс-офицер») broken at a line end;
//! `-raw` keeps the order LibreOffice draws in, cell by cell, and every character.

use crate::support;
use std::path::Path;
use std::process::Command;

pub struct Printed {
    pages: Vec<Text>,
    whole: Text,
}

/// Normalized text in every reading of a line end after a hyphen (see `support::contains_text`)
/// or a dash («сәуір–/мамыр» is one word, «ОҚП –/операциялық» two), prepared once: a document is
/// searched for thousands of texts.
struct Text {
    readings: Vec<String>,
}

/// Marks a line that ends with a dash, which `support::normalize` would follow with a space.
const DASH_END: char = '\u{2}';

impl Text {
    fn new(raw: &str) -> Text {
        let marked = raw
            .replace("–\n", &format!("–{DASH_END}\n"))
            .replace("—\n", &format!("—{DASH_END}\n"));
        let n = support::normalize(&marked);
        let hyphens = [n.replace("-\u{1}", ""), n.replace('\u{1}', "")];
        let readings = hyphens
            .iter()
            .flat_map(|h| {
                [
                    h.replace(&format!("{DASH_END} "), ""),
                    h.replace(DASH_END, ""),
                ]
            })
            .collect();
        Text { readings }
    }

    fn has(&self, normalized: &str) -> bool {
        self.readings.iter().any(|r| r.contains(normalized))
    }
}

impl Printed {
    pub fn read(pdftotext: &Path, pdf: &Path) -> Printed {
        let out = Command::new(pdftotext)
            .arg("-raw")
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
        // Each page ends with a form feed.
        let mut pages: Vec<&str> = text.split('\u{c}').collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        Printed {
            pages: pages.iter().map(|p| Text::new(p)).collect(),
            whole: Text::new(&pages.join("\n")),
        }
    }

    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    pub fn page_has(&self, page: usize, text: &str) -> bool {
        self.pages[page].has(&support::normalize(text))
    }

    /// Whether `text` is printed whole, or broken by a page break: its first words end one
    /// page and the rest are on the next (a table row that may split), the break falling at a
    /// space or after the hyphen of a compound («информационно-/разъяснительных»).
    pub fn has(&self, text: &str) -> bool {
        let text = support::normalize(text);
        if self.whole.has(&text) {
            return true;
        }
        let breaks: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| c == ' ' || c == '-')
            .map(|(i, c)| if c == '-' { i + 1 } else { i })
            .filter(|&i| i > 0 && i < text.len())
            .collect();
        self.pages.windows(2).any(|pair| {
            breaks.iter().any(|&i| {
                let (head, tail) = text.split_at(i);
                pair[0].has(head.trim_end()) && pair[1].has(tail.trim_start())
            })
        })
    }
}
