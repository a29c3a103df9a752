//! `check`'s diagnostics in the forms CI reads: JSON lines, GitHub workflow commands and
//! SARIF 2.1.0. The human form is [`Report::render`]; every form gives the same places, from
//! the line and column of a diagnostic to the end of what the human form underlines.

use crate::diagnostic::{Diagnostic, QuotedLines, Report, Severity};
use crate::source::Pos;
use serde_json::{Value, json};
use std::path::Path;

/// One checked file: its name as given on the command line, the lines of it that its
/// diagnostics quote and its diagnostics.
pub struct Checked<'a> {
    pub path: &'a str,
    pub quoted: &'a QuotedLines,
    pub report: &'a Report,
}

/// The counts of a whole `check` run, for the closing record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub failed: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Totals {
    pub fn add(&mut self, report: &Report, failed: bool) {
        self.files += 1;
        self.failed += usize::from(failed);
        self.errors += report.errors();
        self.warnings += report.warnings();
    }
}

/// A diagnostic with the file it is in and where it ends.
struct Located<'a> {
    diagnostic: &'a Diagnostic,
    file: &'a str,
    end: Pos,
}

fn located<'a>(checked: &Checked<'a>) -> Vec<Located<'a>> {
    let mut all = Vec::with_capacity(checked.report.diagnostics.len());
    checked
        .report
        .each_in_file(checked.path, checked.quoted, |diagnostic, file, lines| {
            all.push(Located {
                diagnostic,
                file,
                end: diagnostic.end(lines),
            })
        });
    all
}

/// One JSON object per diagnostic, one a line.
pub fn json_lines(checked: &Checked) -> String {
    let mut out = String::new();
    for l in located(checked) {
        out.push_str(&l.diagnostic.to_json(l.file, l.end).to_string());
        out.push('\n');
    }
    out
}

/// The record that closes a JSON run, so that a reader knows the output is complete.
pub fn json_summary(totals: &Totals) -> String {
    json!({
        "type": "summary",
        "files": totals.files,
        "failed": totals.failed,
        "errors": totals.errors,
        "warnings": totals.warnings,
    })
    .to_string()
}

/// One GitHub Actions workflow command per diagnostic (`::error file=…,line=…::message`),
/// which the runner shows as an annotation on the line. `endColumn` is the last underlined
/// column, inclusive, as GitHub's annotations count it.
pub fn github(checked: &Checked) -> String {
    let mut out = String::new();
    for l in located(checked) {
        let d = l.diagnostic;
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let last = l.end.column.saturating_sub(1).max(d.pos.column);
        out.push_str(&format!(
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            property(l.file),
            d.pos.line,
            d.pos.column,
            l.end.line,
            last,
            property(&format!("{command}[{}]", d.code)),
            data(&message_with_help(d)),
        ));
    }
    out
}

fn message_with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.text(),
    }
}

/// A workflow command's message: `%`, CR and LF escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as a message, and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The SARIF 2.1.0 log of a whole `check` run: one run of qujat, a rule per code met, a
/// result per diagnostic with its region in Unicode code points (qujat's columns count
/// characters), files relative to `cwd` where they are inside it.
pub fn sarif(files: &[Checked], cwd: &Path) -> Value {
    let mut rules: Vec<(&str, Severity)> = Vec::new();
    let mut results = Vec::new();
    for checked in files {
        for l in located(checked) {
            let d = l.diagnostic;
            let index = match rules.iter().position(|(code, _)| *code == d.code) {
                Some(i) => i,
                None => {
                    rules.push((d.code, d.severity));
                    rules.len() - 1
                }
            };
            results.push(json!({
                "ruleId": d.code,
                "ruleIndex": index,
                "level": level(d.severity),
                "message": {"text": message_with_help(d)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": artifact(l.file, cwd),
                        "region": {
                            "startLine": d.pos.line.max(1),
                            "startColumn": d.pos.column.max(1),
                            "endLine": l.end.line,
                            "endColumn": l.end.column.max(1),
                        }
                    }
                }],
            }));
        }
    }
    let rules: Vec<Value> = rules
        .iter()
        .map(|(code, severity)| {
            json!({
                "id": code,
                "defaultConfiguration": {"level": level(*severity)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "qujat",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Where a file is, for SARIF: a URI reference relative to the working directory (what code
/// scanning resolves against the checkout), or a `file:` URI when the file is outside it.
fn artifact(file: &str, cwd: &Path) -> Value {
    let path = Path::new(file);
    let relative = if path.is_absolute() {
        path.strip_prefix(cwd).ok()
    } else {
        Some(path)
    };
    match relative {
        Some(rel) => json!({"uri": uri_path(rel), "uriBaseId": "%SRCROOT%"}),
        None => {
            // `file:///C:/…` on Windows, where the path starts with its drive.
            let path = uri_path(path);
            let slash = if path.starts_with('/') { "" } else { "/" };
            json!({"uri": format!("file://{slash}{path}")})
        }
    }
}

/// A path as the path part of a URI: `/`-separated, `.` segments dropped and `dir/..` folded
/// (a template named `../templates/t.yaml` from a plan's folder), each segment percent-encoded
/// (spaces, Cyrillic, `#`, `?`, …).
fn uri_path(path: &Path) -> String {
    use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
    use std::path::Component;
    /// Everything but the unreserved characters and the sub-delimiters a segment may hold.
    const SEGMENT: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'[')
        .add(b'\\')
        .add(b']')
        .add(b'^')
        .add(b'`')
        .add(b'{')
        .add(b'|')
        .add(b'}')
        .add(b'/');
    let mut root = String::new();
    let mut segments: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::Prefix(p) => root.push_str(&p.as_os_str().to_string_lossy()),
            Component::RootDir => root.push('/'),
            Component::CurDir => {}
            Component::ParentDir if segments.last().is_some_and(|s| s != "..") => {
                segments.pop();
            }
            Component::ParentDir => segments.push("..".into()),
            Component::Normal(s) => {
                segments.push(utf8_percent_encode(&s.to_string_lossy(), SEGMENT).to_string())
            }
        }
    }
    root + &segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_values_are_escaped() {
        assert_eq!(data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn sarif_uris_are_relative_and_encoded() {
        let cwd = Path::new("/work/plans");
        assert_eq!(
            artifact("/work/plans/2026/жоспар 1.yaml", cwd)["uri"],
            "2026/%D0%B6%D0%BE%D1%81%D0%BF%D0%B0%D1%80%201.yaml"
        );
        assert_eq!(artifact("./a#b.yaml", cwd)["uri"], "a%23b.yaml");
        assert_eq!(
            artifact("plans/2026/../templates/t.yaml", cwd)["uri"],
            "plans/templates/t.yaml"
        );
        assert_eq!(artifact("../shared/t.yaml", cwd)["uri"], "../shared/t.yaml");
        assert_eq!(artifact("/tmp/x.yaml", cwd)["uri"], "file:///tmp/x.yaml");
    }
}
