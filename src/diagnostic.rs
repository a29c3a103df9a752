//! Problems found in a plan, each tied to a place in its file, and how they are shown.

use crate::message::Message;
use crate::source::{Place, Pos, Span};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::fmt;
use std::sync::Arc;

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
        let renderer = Renderer::plain();
        match &self.file {
            Some(file) => self.render_in(&file.path, &Lines::new(&file.text), &renderer),
            None => self.render_in(path, &Lines::new(source), &renderer),
        }
    }

    /// Renders against a file whose lines are already indexed. Only the line of the place is
    /// handed to the snippet renderer, so a diagnostic costs the length of its line, not of
    /// the file: thousands of them print in linear time.
    fn render_in(&self, path: &str, lines: &Lines, renderer: &Renderer) -> String {
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
    pub fn end(&self, lines: &Lines) -> Pos {
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

/// The start of every line of a text, found once: the line of any place is then at hand.
pub struct Lines<'s> {
    text: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    pub fn new(text: &'s str) -> Lines<'s> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// The byte offset and text (without its line break) of 1-based line `n`; past the end,
    /// the end of the text and an empty line.
    pub fn line(&self, n: u32) -> (usize, &'s str) {
        let Some(&start) = self.starts.get(n.max(1) as usize - 1) else {
            return (self.text.len(), "");
        };
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = &self.text[start..end];
        (start, line.strip_suffix('\r').unwrap_or(line))
    }

    /// The line and column (in characters) of byte `offset`.
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let index = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[index];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Pos {
            line: index as u32 + 1,
            column: column as u32 + 1,
        }
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

    /// Every diagnostic rendered as `check` prints it, each followed by a blank line.
    pub fn render(&self, path: &str, source: &str) -> String {
        self.render_with(path, source, &Renderer::plain())
    }

    /// As [`Self::render`], coloured with ANSI sequences as cargo colours its messages (the
    /// printing stream removes them where colour is not wanted).
    pub fn render_styled(&self, path: &str, source: &str) -> String {
        self.render_with(path, source, &Renderer::styled())
    }

    fn render_with(&self, path: &str, source: &str, renderer: &Renderer) -> String {
        let mut out = String::new();
        self.each_in_file(path, source, |d, file, lines| {
            out.push_str(&d.render_in(file, lines, renderer));
            out.push('\n');
        });
        out
    }

    /// Calls `f` with every diagnostic, the name of the file it is in and that file's lines:
    /// the plan's lines are indexed once, and each other file's once.
    pub fn each_in_file<'r>(
        &'r self,
        path: &'r str,
        source: &'r str,
        mut f: impl FnMut(&'r Diagnostic, &'r str, &Lines<'r>),
    ) {
        let plan = Lines::new(source);
        let mut others: Vec<(&SourceFile, Lines)> = Vec::new();
        for d in &self.diagnostics {
            match &d.file {
                None => f(d, path, &plan),
                Some(file) => {
                    let i = match others.iter().position(|(f, _)| std::ptr::eq(*f, &**file)) {
                        Some(i) => i,
                        None => {
                            others.push((file, Lines::new(&file.text)));
                            others.len() - 1
                        }
                    };
                    f(d, &file.path, &others[i].1)
                }
            }
        }
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
        let lines = Lines::new("ab\ncd");
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

    #[test]
    fn lines_give_places_of_bytes() {
        let lines = Lines::new("ab\nсәуір x\n");
        assert_eq!(lines.pos(0), Pos { line: 1, column: 1 });
        assert_eq!(lines.pos(3), Pos { line: 2, column: 1 });
        let x = "ab\nсәуір x\n".find('x').unwrap();
        assert_eq!(lines.pos(x), Pos { line: 2, column: 7 });
    }
}
