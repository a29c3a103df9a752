//! Problems found in a plan, each tied to a place in its file, and how they are shown.

use crate::source::Pos;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem: what is wrong, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier such as `unknown-field`, for tests and machine-readable output.
    pub code: &'static str,
    pub pos: Pos,
    pub message: String,
    /// What the user should do; every error has one.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            pos,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(code: &'static str, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, pos, message)
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders `file:line:column`, the message, the source line with a marker and the help,
    /// in the style of rustc and cargo.
    pub fn render(&self, path: &str, source: &str) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = format!("[{}] {}", self.code, self.message);
        let mut group = level.primary_title(title.as_str()).element(
            Snippet::source(source)
                .line_start(1)
                .path(path)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(span_at(source, self.pos))),
        );
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let rendered = Renderer::plain().render(&[group]);
        // The renderer appends the place it computes from the span; keep exactly ours, in the
        // `path:line:column` form that editors and CI logs turn into links.
        let place = format!("{path}:{}:{}", self.pos.line, self.pos.column);
        rendered
            .lines()
            .map(|line| match line.split_once("--> ") {
                Some((gutter, _)) if gutter.trim().is_empty() => format!("{gutter}--> {place}"),
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Diagnostic {
    /// One JSON object for CI pipelines: file, line, column, severity, code, message, help.
    pub fn to_json(&self, path: &str) -> serde_json::Value {
        serde_json::json!({
            "file": path,
            "line": self.pos.line,
            "column": self.pos.column,
            "severity": self.severity.to_string(),
            "code": self.code,
            "message": self.message,
            "help": self.help,
        })
    }
}

/// The byte range of the token that starts at `pos`: up to the next space, comma or bracket,
/// so the marker underlines the value rather than a single character.
fn span_at(source: &str, pos: Pos) -> std::ops::Range<usize> {
    let Some(line_start) = line_offset(source, pos.line) else {
        let end = source.len();
        return end..end;
    };
    let line_end = source[line_start..]
        .find('\n')
        .map_or(source.len(), |i| line_start + i);
    let line = &source[line_start..line_end];
    let start = line
        .char_indices()
        .nth(pos.column.saturating_sub(1) as usize)
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let len = rest
        .char_indices()
        .find(|&(i, c)| {
            i > 0
                && (matches!(c, ',' | '}' | ']' | '\r')
                    || (c == ':' && rest[i..].starts_with(": ")))
        })
        .map_or(rest.trim_end().len(), |(i, _)| i);
    let len = len.max(rest.chars().next().map_or(0, char::len_utf8));
    line_start + start..line_start + start + len
}

fn line_offset(source: &str, line: u32) -> Option<usize> {
    if line <= 1 {
        return Some(0);
    }
    source
        .match_indices('\n')
        .nth(line as usize - 2)
        .map(|(i, _)| i + 1)
        .filter(|&i| i <= source.len())
}

/// Every diagnostic of one file, sorted by place so that the output reads top to bottom.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }
    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| (a.pos, a.severity, a.code).cmp(&(b.pos, b.severity, b.code)));
        self.diagnostics.dedup();
    }
}

/// The valid name closest to a misspelt one, if any is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, valid: &[&'a str]) -> Option<&'a str> {
    valid
        .iter()
        .map(|v| (strsim::damerau_levenshtein(wrong, v), *v))
        .filter(|&(d, v)| d <= 2.max(v.chars().count() / 3))
        .min()
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_place_snippet_and_help() {
        let src = "qujat: 1\ntitel: x\n";
        let d = Diagnostic::error(
            "unknown-field",
            Pos { line: 2, column: 1 },
            "unknown field `titel`",
        )
        .help("did you mean `title`?");
        let out = d.render("plan.yaml", src);
        assert!(out.contains("plan.yaml:2:1"), "{out}");
        assert!(out.contains("titel: x"), "{out}");
        assert!(out.contains("did you mean `title`?"), "{out}");
    }

    #[test]
    fn closest_name_suggests_typos_only() {
        let valid = ["title", "sections", "notes"];
        assert_eq!(closest("titel", &valid), Some("title"));
        assert_eq!(closest("section", &valid), Some("sections"));
        assert_eq!(closest("zzzzzz", &valid), None);
    }

    #[test]
    fn span_never_leaves_the_source() {
        for (line, column) in [(0, 0), (1, 99), (50, 1), (2, 3)] {
            let r = span_at("ab\ncd", Pos { line, column });
            assert!(r.end <= 5 && r.start <= r.end);
        }
    }
}
