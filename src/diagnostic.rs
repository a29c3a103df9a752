//! Problems found in a plan, each tied to a place in its file, and how they are shown.

use crate::message::Message;
use crate::source::{Place, Pos, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt;
use std::sync::Arc;

mod quoted;
pub use quoted::QuotedLines;

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

/// A file other than the plan that a diagnostic points into (a template file), with its text
/// for the source snippet.
#[derive(Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// One problem: what is wrong, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier such as `unknown-field`, for tests and machine-readable output.
    pub code: &'static str,
    pub pos: Pos,
    /// The bytes to underline, when the parser told where the value is; otherwise the token
    /// at `pos` is.
    pub span: Option<Span>,
    /// What is wrong, in words chosen when it is printed (the user's language).
    pub message: Message,
    /// What the user should do; every error has one.
    pub help: Option<Message>,
    /// The file `pos` is in, when it is not the plan.
    pub file: Option<Arc<SourceFile>>,
}

impl Diagnostic {
    pub fn error(code: &'static str, pos: Pos, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            pos,
            span: None,
            message,
            help: None,
            file: None,
        }
    }

    pub fn warning(code: &'static str, pos: Pos, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, pos, message)
        }
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// An error at a place: its line and column, and its bytes when known.
    pub fn error_at(code: &'static str, at: Place, message: Message) -> Self {
        Diagnostic {
            span: at.span,
            ..Diagnostic::error(code, at.pos, message)
        }
    }

    pub fn warning_at(code: &'static str, at: Place, message: Message) -> Self {
        Diagnostic {
            span: at.span,
            ..Diagnostic::warning(code, at.pos, message)
        }
    }

    /// Underlines exactly these bytes of the file.
    pub fn span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Places the diagnostic in another file than the plan.
    pub fn in_file(mut self, file: Arc<SourceFile>) -> Self {
        self.file = Some(file);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders `file:line:column`, the message, the source line with a marker and the help,
    /// in the style of rustc and cargo.
    pub fn render(&self, path: &str, source: &str) -> String {
        let (path, text) = match &self.file {
            Some(file) => (file.path.as_str(), file.text.as_str()),
            None => (path, source),
        };
        let lines = QuotedLines::new(text, [self.pos.line]);
        self.render_in(path, &lines, &Renderer::plain())
    }

    /// Renders against the quoted lines of its file. Only the line of the place is handed to
    /// the snippet renderer, so a diagnostic costs the length of its line, not of the file:
    /// thousands of them print in linear time.
    fn render_in(&self, path: &str, lines: &QuotedLines, renderer: &Renderer) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let (start, text) = lines.line(self.pos.line);
        let marked = self.marked(start, text);
        // `error[code]: message`, as rustc names its codes, so that the problem matchers
        // written for rustc and cargo pick the code up.
        let message = self.message.text();
        let title = level.primary_title(message.as_str()).id(self.code);
        let mut group = title.element(
            Snippet::source(text)
                .line_start(self.pos.line.max(1) as usize)
                .path(path)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(marked)),
        );
        let help = self.help.as_ref().map(Message::text);
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let rendered = renderer.render(&[group]);
        // The renderer appends the place it computes from the span; keep exactly ours, in the
        // `path:line:column` form that editors and CI logs turn into links.
        let place = format!("{path}:{}:{}", self.pos.line, self.pos.column);
        let mut out = String::with_capacity(rendered.len() + place.len());
        for (i, line) in rendered.lines().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            match line.split_once("--> ") {
                Some((gutter, _)) if without_styles(gutter).trim().is_empty() => {
                    out.push_str(gutter);
                    out.push_str("--> ");
                    if gutter.contains('\u{1b}') {
                        // The arrow's colour ends before the place, as the renderer ends it.
                        out.push_str("\u{1b}[0m");
                    }
                    out.push_str(&place);
                }
                _ => out.push_str(line),
            }
        }
        out
    }

    /// The bytes of the line (which starts at byte `start`) that the human form underlines.
    fn marked(&self, start: usize, text: &str) -> std::ops::Range<usize> {
        self.span
            .and_then(|s| within_line(s, start, text))
            .unwrap_or_else(|| token_at(text, self.pos.column))
    }

    /// Where the problem ends: just after what the human form underlines, on the line of
    /// `pos` (columns in characters, as `pos`'s).
    pub fn end(&self, lines: &QuotedLines) -> Pos {
        let (start, text) = lines.line(self.pos.line);
        let marked = self.marked(start, text);
        let column = text[..marked.end].chars().count() as u32 + 1;
        Pos {
            line: self.pos.line.max(1),
            column: column.max(self.pos.column),
        }
    }
}

/// A rendered line without its ANSI colour sequences (`ESC [ … m`).
fn without_styles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

impl Diagnostic {
    /// One JSON object for CI pipelines: file, line, column, where it ends (exclusive), severity,
    /// code, message, help. `file` is the file the diagnostic is in, `end` from [`Self::end`].
    pub fn to_json(&self, file: &str, end: Pos) -> serde_json::Value {
        serde_json::json!({
            "type": "diagnostic",
            "file": file,
            "line": self.pos.line,
            "column": self.pos.column,
            "end_line": end.line,
            "end_column": end.column,
            "severity": self.severity.to_string(),
            "code": self.code,
            "message": self.message,
            "help": self.help,
        })
    }
}

/// The part of `span` on the line that starts at byte `start`, relative to the line; at least
/// one character, so that a mapping (whose span is where it starts) still gets a marker.
fn within_line(span: Span, start: usize, line: &str) -> Option<std::ops::Range<usize>> {
    let from = (span.start as usize).checked_sub(start)?;
    if from > line.len() || !line.is_char_boundary(from) {
        return None;
    }
    let to = (span.end as usize).saturating_sub(start).min(line.len());
    let to = if to <= from {
        from + line[from..].chars().next().map_or(0, char::len_utf8)
    } else {
        from + line[from..to].trim_end().len()
    };
    let to = to.max(from + line[from..].chars().next().map_or(0, char::len_utf8));
    line.is_char_boundary(to).then_some(from..to)
}

/// The token that starts at 1-based `column` of `line`: up to the next comma, bracket, `: `
/// or comment, so the marker underlines the value rather than a single character or the
/// comment after it.
fn token_at(line: &str, column: u32) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let len = rest
        .char_indices()
        .find(|&(i, c)| {
            i > 0
                && (matches!(c, ',' | '}' | ']')
                    || (c == ':' && rest[i..].starts_with(": "))
                    || (c == '#' && rest[..i].ends_with(' ')))
        })
        .map_or(rest.len(), |(i, _)| i);
    let len = rest[..len].trim_end().len();
    let len = len.max(rest.chars().next().map_or(0, char::len_utf8));
    start..start + len
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
    /// The plan's own diagnostics first, by place; then those of other files (a template).
    pub fn sort(&mut self) {
        let key = |d: &Diagnostic| {
            (
                d.file.as_ref().map(|f| f.path.clone()),
                d.pos,
                d.severity,
                d.code,
            )
        };
        self.diagnostics.sort_by_cached_key(key);
        self.diagnostics.dedup();
    }

    /// Every diagnostic rendered as `check` prints it, each followed by a blank line; `plan`
    /// holds the lines of the plan that the diagnostics quote.
    pub fn render(&self, path: &str, plan: &QuotedLines) -> String {
        self.render_with(path, plan, &Renderer::plain())
    }

    /// As [`Self::render`], coloured with ANSI sequences as cargo colours its messages (the
    /// printing stream removes them where colour is not wanted).
    pub fn render_styled(&self, path: &str, plan: &QuotedLines) -> String {
        self.render_with(path, plan, &Renderer::styled())
    }

    /// What `render` prints of the report: every error, but at most `per_code` warnings of
    /// each code, the rest of a code counted in one note after them. A plan grown by copying
    /// has thousands of warnings of one kind (20,580 `repeated-step` at 10,000 items: 9.6 MB
    /// of text, 0.3 s to write), which a secretary rendering it cannot read; `qujat check`,
    /// which the note names, lists them all.
    pub fn capped(&self, per_code: usize) -> Capped {
        // The warnings of each code so far, in the order the codes first come.
        let mut seen: Vec<(&'static str, usize)> = Vec::new();
        let mut shown = Report::default();
        for d in &self.diagnostics {
            let n = if d.is_error() {
                0
            } else if let Some((_, n)) = seen.iter_mut().find(|(code, _)| *code == d.code) {
                *n += 1;
                *n
            } else {
                seen.push((d.code, 1));
                1
            };
            if n <= per_code {
                shown.push(d.clone());
            }
        }
        let more = seen
            .into_iter()
            .filter(|&(_, n)| n > per_code)
            .map(|(code, n)| (code, n - per_code))
            .collect();
        Capped { shown, more }
    }

    fn render_with(&self, path: &str, plan: &QuotedLines, renderer: &Renderer) -> String {
        let mut out = String::new();
        self.each_in_file(path, plan, |d, file, lines| {
            out.push_str(&d.render_in(file, lines, renderer));
            out.push('\n');
        });
        out
    }

    /// Calls `f` with every diagnostic, the name of the file it is in and the lines of that
    /// file it quotes: the plan's are given, each other file's are taken from its text once.
    pub fn each_in_file<'r>(
        &'r self,
        path: &'r str,
        plan: &QuotedLines,
        mut f: impl FnMut(&'r Diagnostic, &'r str, &QuotedLines),
    ) {
        let mut others: Vec<(&SourceFile, QuotedLines)> = Vec::new();
        for d in &self.diagnostics {
            match &d.file {
                None => f(d, path, plan),
                Some(file) => {
                    let i = match others.iter().position(|(f, _)| std::ptr::eq(*f, &**file)) {
                        Some(i) => i,
                        None => {
                            others.push((file, self.quoted_in(file)));
                            others.len() - 1
                        }
                    };
                    f(d, &file.path, &others[i].1)
                }
            }
        }
    }

    /// The lines of another file (a template) that this report's diagnostics in it quote.
    fn quoted_in(&self, file: &SourceFile) -> QuotedLines {
        let in_file = self.diagnostics.iter().filter(|d| {
            d.file
                .as_deref()
                .is_some_and(|other| std::ptr::eq(other, file))
        });
        QuotedLines::new(&file.text, in_file.map(|d| d.pos.line))
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

/// The part of a report `render` prints ([`Report::capped`]).
pub struct Capped {
    /// The diagnostics printed in full.
    pub shown: Report,
    /// For each code cut short, how many of its warnings are left out.
    pub more: Vec<(&'static str, usize)>,
}

impl Capped {
    /// The diagnostics shown, as [`Report::render_styled`] renders them, then a note for each
    /// code cut short that names `path` for `qujat check`.
    pub fn render_styled(&self, path: &str, plan: &QuotedLines) -> String {
        let renderer = Renderer::styled();
        let mut out = self.shown.render_with(path, plan, &renderer);
        for &(code, count) in &self.more {
            let text = crate::msg!(
                "render-more-warnings",
                count = count,
                code = code,
                path = path
            );
            let text = text.text();
            let note = Group::with_title(Level::NOTE.primary_title(text.as_str()));
            out.push_str(&renderer.render(&[note]));
            out.push('\n');
        }
        out
    }
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
            crate::msg!(
                "unknown-field",
                name = "titel",
                context = crate::msg!("ctx-plan")
            ),
        )
        .help(crate::msg!(
            "did-you-mean-field",
            near = "title",
            valid = "title, notes"
        ));
        let out = d.render("plan.yaml", src);
        assert!(out.contains("plan.yaml:2:1"), "{out}");
        assert!(out.contains("titel: x"), "{out}");
        assert!(out.contains("unknown field `titel` in the plan"), "{out}");
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
    fn marker_never_leaves_the_line() {
        let lines = QuotedLines::new("ab\ncd", [0, 1, 2, 50]);
        for (line, column) in [(0, 0), (1, 99), (50, 1), (2, 3)] {
            let (_, text) = lines.line(line);
            let r = token_at(text, column);
            assert!(r.end <= text.len() && r.start <= r.end);
        }
        for span in [Span::new(0, 99), Span::new(4, 4), Span::new(99, 100)] {
            let (start, text) = lines.line(2);
            if let Some(r) = within_line(span, start, text) {
                assert!(r.end <= text.len() && r.start <= r.end, "{span:?}");
            }
        }
    }

    #[test]
    fn a_plain_value_is_underlined_without_its_comment() {
        let d = Diagnostic::error(
            "bad-date",
            Pos { line: 2, column: 9 },
            crate::msg!("ctx-plan"),
        );
        let out = d.render("p.yaml", "a: 1\ndate:   2022-1-1   # when\n");
        let marker = out.lines().find(|l| l.contains('^')).unwrap();
        assert_eq!(marker.matches('^').count(), "2022-1-1".len(), "{out}");
    }
}
