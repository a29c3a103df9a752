//! What the commands do, as library functions: load a plan file with its template, check it,
//! build its documents. The binary only parses arguments and prints.

use crate::diagnostic::{Diagnostic, Report, closest};
use crate::document::{self, Document};
use crate::plan::{self, ItemBody, Plan, TemplateRef};
use crate::source::Pos;
use crate::template::{BUILTIN, Field, Template};
use std::path::{Path, PathBuf};

/// Exit codes, as documented in `--help` and the README.
pub mod exit {
    pub const OK: i32 = 0;
    pub const INTERNAL: i32 = 1;
    pub const INVALID_INPUT: i32 = 2;
    pub const CANNOT_WRITE: i32 = 3;
}

/// A plan file that passed every check, with its template.
pub struct Loaded {
    pub path: PathBuf,
    pub source: String,
    pub plan: Plan,
    pub template: Template,
    /// Warnings only (errors would have stopped the load).
    pub report: Report,
}

/// A plan file that could not be loaded: the diagnostics say why.
pub struct Rejected {
    pub path: PathBuf,
    pub source: String,
    pub report: Report,
}

impl Rejected {
    fn single(path: &Path, source: String, d: Diagnostic) -> Rejected {
        let mut report = Report::default();
        report.push(d);
        Rejected {
            path: path.to_path_buf(),
            source,
            report,
        }
    }
}

/// The largest plan file qujat reads, checked before parsing. A real plan is a few hundred KB
/// (the 17-item sample is 60 KB) and a generated stress plan of 10,000 items 17 MB; anything
/// larger is not a plan (a wrong file, `/dev/zero`, a log) and would only cost time and memory.
pub const MAX_PLAN_BYTES: usize = 32 * 1024 * 1024;

/// Reads a file, but at most one byte more than [`MAX_PLAN_BYTES`]: enough to know it is too
/// large without reading all of it (or forever, from a device such as `/dev/zero`).
fn read_at_most_limit(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = MAX_PLAN_BYTES as u64 + 1;
    let mut file = std::fs::File::open(path)?;
    let size = file.metadata().map_or(0, |m| m.len().min(limit));
    let mut bytes = Vec::with_capacity(size as usize);
    (&mut file).take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

pub fn load(path: &Path) -> Result<Loaded, Rejected> {
    let bytes = read_at_most_limit(path).map_err(|e| {
        Rejected::single(
            path,
            String::new(),
            Diagnostic::error(
                "cannot-read",
                Pos { line: 1, column: 1 },
                format!("cannot read the plan: {e}"),
            )
            .help("check the file name and that you may read it"),
        )
    })?;
    load_bytes(path, bytes)
}

/// Loads plan bytes as if read from `path`: the whole way a file goes, decoding included.
pub fn load_bytes(path: &Path, bytes: Vec<u8>) -> Result<Loaded, Rejected> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(Rejected::single(
            path,
            String::new(),
            Diagnostic::error(
                "too-large",
                Pos { line: 1, column: 1 },
                format!(
                    "the file is larger than {} MB, far more than a plan",
                    MAX_PLAN_BYTES / (1024 * 1024)
                ),
            )
            .help("check that this is the plan you meant; a real plan is a few hundred KB"),
        ));
    }
    let source = decode(path, bytes)?;
    load_text(path, source)
}

/// Plans are UTF-8; anything else is named with the place of the first bad byte.
fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Rejected> {
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(good).into_owned();
        let line = text.matches('\n').count() as u32 + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
        Rejected::single(
            path,
            text,
            Diagnostic::error(
                "not-utf8",
                Pos { line, column },
                "the file is not UTF-8 text",
            )
            .help("save the plan as UTF-8 (in most editors: Save as… → Encoding: UTF-8)"),
        )
    })
}

/// Loads plan text as if read from `path` (templates named by path are relative to it).
pub fn load_text(path: &Path, source: String) -> Result<Loaded, Rejected> {
    let (plan, mut report) = plan::from_text(&source);
    let reject = |source, report| Rejected {
        path: path.to_path_buf(),
        source,
        report,
    };
    let Some(plan) = plan else {
        return Err(reject(source, report));
    };
    let template = match resolve_template(path, &plan) {
        Ok(t) => t,
        Err(d) => {
            report.push(d);
            return Err(reject(source, report));
        }
    };
    check_against_template(&plan, &template, &mut report);
    // The `amendment:` block, which `diff` and `amend` read, is validated with the plan.
    crate::amend::data::check(&source, &plan, &mut report);
    report.sort();
    if report.has_errors() {
        return Err(reject(source, report));
    }
    Ok(Loaded {
        path: path.to_path_buf(),
        source,
        plan,
        template,
        report,
    })
}

fn resolve_template(plan_path: &Path, plan: &Plan) -> Result<Template, Diagnostic> {
    let pos = plan.template_pos;
    match &plan.template {
        TemplateRef::Builtin(name) => Template::builtin(name).ok_or_else(|| {
            let names: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
            let near = closest(name, &names)
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            Diagnostic::error(
                "unknown-template",
                pos,
                format!("unknown template `{name}`"),
            )
            .help(format!(
                "{near}use one of: {}, or a path to a template file (…/my-template.yaml)",
                names.join(", ")
            ))
        }),
        TemplateRef::Path(rel) => {
            let file = plan_path.parent().unwrap_or(Path::new(".")).join(rel);
            let src = read_at_most_limit(&file).and_then(|bytes| {
                if bytes.len() > MAX_PLAN_BYTES {
                    let mb = MAX_PLAN_BYTES / (1024 * 1024);
                    return Err(std::io::Error::other(format!(
                        "the file is larger than {mb} MB, far more than a template"
                    )));
                }
                String::from_utf8(bytes).map_err(|_| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "the file is not UTF-8")
                })
            });
            let src = src.map_err(|e| {
                Diagnostic::error(
                    "cannot-read-template",
                    pos,
                    format!("cannot read the template {}: {e}", file.display()),
                )
                .help("the path is relative to the plan's folder; check the name")
            })?;
            Template::parse(&src).map_err(|e| {
                Diagnostic::error(
                    "bad-template",
                    pos,
                    format!(
                        "the template {}:{}:{} is invalid: {}",
                        file.display(),
                        e.line,
                        e.column,
                        e.message
                    ),
                )
                .help("compare it with templates/action-plan.yaml, which shows every field")
            })
        }
    }
}

/// Checks that need the template: what its columns require of each item.
fn check_against_template(plan: &Plan, template: &Template, report: &mut Report) {
    if !template.has(Field::Item) {
        return;
    }
    for item in plan.items() {
        if item.text.is_none() && matches!(item.body, ItemBody::Steps(_)) {
            report.push(
                Diagnostic::error(
                    "missing-field",
                    item.pos,
                    format!(
                        "an item has no `text`, which the template `{}` shows in its own column",
                        template.name
                    ),
                )
                .help("add the item's text: `text: {kk: …, ru: …}`"),
            );
        }
    }
}

/// One line about a loaded plan, for `qujat check`.
pub fn summary(l: &Loaded) -> String {
    let p = &l.plan;
    let warnings = l.report.warnings();
    format!(
        "{}: ok: template {}, {} sections, {} items, {} steps, languages kk+ru, {} warning{}",
        l.path.display(),
        l.template.name,
        p.sections.len(),
        p.items().count(),
        p.step_count(),
        warnings,
        if warnings == 1 { "" } else { "s" }
    )
}

/// Renders every diagnostic of a report, in file order.
pub fn render_report(path: &Path, source: &str, report: &Report) -> String {
    let name = path.display().to_string();
    report
        .diagnostics
        .iter()
        .map(|d| d.render(&name, source) + "\n")
        .collect()
}

/// The two documents of a loaded plan, Kazakh first.
pub fn documents(l: &Loaded) -> Result<Vec<Document>, document::BuildError> {
    document::build_all(&l.plan, &l.template)
}

/// The starter plans of `qujat init`, by template.
pub const STARTERS: [(&str, &str); 2] = [
    (
        "action-plan",
        include_str!("../templates/starters/action-plan.yaml"),
    ),
    (
        "schedule",
        include_str!("../templates/starters/schedule.yaml"),
    ),
];

/// Writes a starter plan of `template` at `path`, and the format's JSON Schema beside it (for
/// editors) unless one is there. Never overwrites a plan.
pub fn init(template: &str, path: &Path) -> Result<Vec<PathBuf>, String> {
    let (_, starter) = STARTERS
        .iter()
        .find(|(name, _)| *name == template)
        .ok_or_else(|| format!("unknown template `{template}`: use action-plan or schedule"))?;
    if path.exists() {
        return Err(format!(
            "{} already exists: qujat init never overwrites a plan",
            path.display()
        ));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| format!("{} is not a file name", path.display()))?
        .to_string_lossy()
        .into_owned();
    let mut outputs = vec![crate::output::Output {
        name,
        bytes: starter.as_bytes().to_vec(),
    }];
    if !dir.join("plan.schema.json").exists() {
        let schema = serde_json::to_string_pretty(crate::plan::schema::json_schema())
            .map_err(|e| e.to_string())?;
        outputs.push(crate::output::Output {
            name: "plan.schema.json".into(),
            bytes: (schema + "\n").into_bytes(),
        });
    }
    crate::output::write_all(dir, &outputs).map_err(|e| e.to_string())
}
