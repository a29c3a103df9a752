//! The lines of a file that its diagnostics quote, kept apart from the file's text.
//!
//! A diagnostic shows one line of its file and measures where its marker ends on that line;
//! it needs nothing else of the text. A plan with thousands of warnings would otherwise keep
//! its whole text (16.7 MB at 10,000 items) through the render only to quote a few of its
//! lines at the end. `check` and `render` both print from this table, built by the same
//! function from the same text, so what they print cannot differ.

use super::Report;

/// Some lines of one file, each with the byte where it starts in the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuotedLines {
    /// The kept lines one after another, without their line breaks.
    text: String,
    /// The kept lines by ascending number.
    lines: Vec<Kept>,
    /// The file's length in bytes: where a line past its end starts.
    len: usize,
    /// How many lines the file has, when the lines wanted went past its end (it was read to
    /// the end); otherwise every line wanted was found, and the rest was not read.
    count: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Kept {
    /// 1-based.
    number: u32,
    /// The byte in the file where the line starts.
    start: usize,
    /// Where the line's text ends in `QuotedLines::text`; it begins where the previous ends.
    end: usize,
}

impl QuotedLines {
    /// The lines of a plan's text that the report's own diagnostics quote (those in other
    /// files, a template, carry their file's text with them).
    pub fn of_plan(source: &str, report: &Report) -> QuotedLines {
        let plan = report.diagnostics.iter().filter(|d| d.file.is_none());
        QuotedLines::new(source, plan.map(|d| d.pos.line))
    }

    /// The lines of `text` numbered `wanted` (1-based; 0 reads as 1, as a place on no line
    /// is shown on the first). Lines end at a line feed; a carriage return before it is not
    /// part of the line.
    pub fn new(text: &str, wanted: impl IntoIterator<Item = u32>) -> QuotedLines {
        let mut wanted: Vec<u32> = wanted.into_iter().map(|n| n.max(1)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut kept = QuotedLines {
            text: String::new(),
            lines: Vec::with_capacity(wanted.len()),
            len: text.len(),
            count: None,
        };
        let mut wanted = wanted.into_iter().peekable();
        let mut start = 0;
        let mut number = 0;
        for line in text.split('\n') {
            let Some(&next) = wanted.peek() else { break };
            number += 1;
            if number == next {
                kept.text.push_str(line.strip_suffix('\r').unwrap_or(line));
                kept.lines.push(Kept {
                    number,
                    start,
                    end: kept.text.len(),
                });
                wanted.next();
            }
            start += line.len() + 1;
        }
        if wanted.peek().is_some() {
            kept.count = Some(number);
        }
        kept
    }

    /// The byte offset in the file and the text of 1-based line `n`; past the end of the
    /// file, the end of the file and an empty line.
    pub(super) fn line(&self, n: u32) -> (usize, &str) {
        let n = n.max(1);
        let Ok(i) = self.lines.binary_search_by_key(&n, |k| k.number) else {
            debug_assert!(
                self.count.is_some_and(|count| n > count),
                "line {n} was not kept"
            );
            return (self.len, "");
        };
        let from = i.checked_sub(1).map_or(0, |p| self.lines[p].end);
        let kept = self.lines[i];
        (kept.start, &self.text[from..kept.end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Diagnostic, SourceFile};
    use crate::source::{Pos, Span};
    use std::sync::Arc;

    /// Line `n` found in the whole text, independently of the table.
    fn whole_line(text: &str, n: u32) -> (usize, &str) {
        let mut start = 0;
        for (i, line) in text.split('\n').enumerate() {
            if i + 1 == n.max(1) as usize {
                return (start, line.strip_suffix('\r').unwrap_or(line));
            }
            start += line.len() + 1;
        }
        (text.len(), "")
    }

    fn warning(line: u32, column: u32) -> Diagnostic {
        Diagnostic::warning("same-text", Pos { line, column }, crate::msg!("ctx-plan"))
    }

    /// Every diagnostic printed from the quoted lines as from a table of every line.
    fn assert_renders_as_whole(text: &str, report: &Report) {
        let quoted = QuotedLines::of_plan(text, report);
        let every = QuotedLines::new(text, 1..=text.split('\n').count() as u32 + 1);
        for d in report.diagnostics.iter().filter(|d| d.file.is_none()) {
            assert_eq!(
                quoted.line(d.pos.line),
                whole_line(text, d.pos.line),
                "{d:?}"
            );
            assert_eq!(d.end(&quoted), d.end(&every), "{d:?}");
        }
        assert_eq!(
            report.render("p.yaml", &quoted),
            report.render("p.yaml", &every)
        );
        assert_eq!(
            report.render_styled("p.yaml", &quoted),
            report.render_styled("p.yaml", &every)
        );
        assert!(quoted.text.len() <= every.text.len());
    }

    #[test]
    fn the_kept_lines_print_every_diagnostic_as_the_whole_text() {
        let crlf = "qujat: 1\r\ntitle: {kk: Жоспар, ru: План}\r\n\r\nnotes: [а, б]   # ескерту\r\nlast: сәуір";
        let lf = crlf.replace("\r\n", "\n");
        for text in [crlf, lf.as_str(), "", "\n", "one line, no newline"] {
            let mut report = Report::default();
            // The first line, the place before it, every column of a multi-byte line, a span
            // over a line break, the last line without its newline, and past the end.
            report.push(warning(0, 0));
            report.push(warning(1, 1));
            report.push(warning(1, 99));
            for column in 1..=12 {
                report.push(warning(2, column));
            }
            if let Some(at) = text.find("Жоспар") {
                report.push(warning(2, 13).span(Span::new(at, at + "Жоспар, ru".len())));
                report.push(warning(2, 13).span(Span::new(at, text.len())));
            }
            report.push(warning(4, 8).span(Span::new(0, 3)));
            report.push(warning(4, 17));
            report.push(warning(5, 7));
            report.push(warning(5, 1).span(Span::new(text.len().saturating_sub(5), text.len())));
            report.push(warning(6, 1));
            report.push(warning(400, 3));
            report.sort();
            assert_renders_as_whole(text, &report);
        }
    }

    #[test]
    fn many_warnings_keep_only_their_lines() {
        let text: String = (1..=2000)
            .map(|n| format!("      - text: {{kk: Семинар {n}, ru: Семинар {n}}}\n"))
            .collect();
        let mut report = Report::default();
        for n in (3..=2000).step_by(7) {
            report.push(warning(n, 7));
            report.push(warning(n, 22).span(Span::new(0, 1)));
        }
        report.sort();
        assert_renders_as_whole(&text, &report);
        let quoted = QuotedLines::of_plan(&text, &report);
        assert_eq!(quoted.lines.len(), (3..=2000).step_by(7).count());
        assert!(quoted.text.len() * 6 < text.len(), "{}", quoted.text.len());
    }

    #[test]
    fn a_diagnostic_in_another_file_quotes_that_file() {
        let template = Arc::new(SourceFile {
            path: "t.yaml".into(),
            text: "a: 1\r\nб: «2»\r\n".into(),
        });
        let mut report = Report::default();
        report.push(warning(2, 4).in_file(template.clone()));
        report.push(warning(1, 1));
        report.sort();
        let plan = "qujat: 1\n";
        let quoted = QuotedLines::of_plan(plan, &report);
        assert_eq!(quoted.lines.len(), 1, "only the plan's own lines");
        let out = report.render("p.yaml", &quoted);
        assert!(
            out.contains("t.yaml:2:4") && out.contains("б: «2»"),
            "{out}"
        );
        assert!(
            out.contains("p.yaml:1:1") && out.contains("qujat: 1"),
            "{out}"
        );
    }
}
