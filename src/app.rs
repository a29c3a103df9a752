//! What the commands do, as library functions: load a plan file with its template, check it,
//! build its documents. The binary only parses arguments and prints.

use crate::diagnostic::{Diagnostic, QuotedLines, Report, SourceFile, closest};
use crate::document::{self, Document};
use crate::message::Message;
use crate::msg;
use crate::plan::{self, ItemBody, Plan, TemplateChoice, TemplateRef};
use crate::source::Pos;
use crate::template::{BUILTIN, Field, Template, TemplateError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Exit codes, as documented in `--help` and the README.
pub mod exit {
    pub const OK: i32 = 0;
    pub const INTERNAL: i32 = 1;
    pub const INVALID_INPUT: i32 = 2;
    pub const CANNOT_WRITE: i32 = 3;
    /// A wrong command line (an unknown option, a missing or invalid argument): `EX_USAGE` of
    /// sysexits.h, apart from 2 so that a script tells it from a plan to fix.
    pub const USAGE: i32 = 64;
}

/// A plan file that passed every check, with its template.
pub struct Loaded {
    pub path: PathBuf,
    pub source: String,
    pub plan: Plan,
    pub template: Template,
    /// The `amendment:` block: what this version changes in the one before (`amend`).
    pub amendment: Option<crate::amend::data::Amendment>,
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
///
/// Only a regular file is read. A folder, a FIFO, a device or a socket is refused before it is
/// opened: opening a FIFO waits for a writer that may never come, a device may never end, and
/// opening some devices acts on them. The file is then opened without blocking and checked
/// again, so that one swapped for a FIFO in between is refused too instead of hanging.
fn read_at_most_limit(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    regular_file(&std::fs::metadata(path)?)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let mut file = options.open(path)?;
    let meta = file.metadata()?;
    regular_file(&meta)?;
    let limit = MAX_PLAN_BYTES as u64 + 1;
    let size = meta.len().min(limit);
    let mut bytes = match read_halves(&file, size) {
        Some(bytes) => {
            // The file may have grown since its size was taken: the rest is read on, up to
            // the limit.
            std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(size))?;
            bytes
        }
        None => Vec::with_capacity(size as usize),
    };
    let read = bytes.len() as u64;
    (&mut file).take(limit - read).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The size from which a file is read in two halves on two threads. The read of a plan of
/// 10,000 items (20 MB) is mostly the kernel's copy and the clearing of the fresh pages it
/// goes to, 0.05 s of the loading thread before the parse can start; each half faults and
/// copies its own pages.
const HALVES_MIN_BYTES: u64 = 4 * 1024 * 1024;

/// The first `size` bytes of `file`, read in two halves side by side; `None` below
/// [`HALVES_MIN_BYTES`], where no thread could be had, or where the file holds fewer bytes now
/// (the caller then reads it from the start, as any other).
#[cfg(unix)]
fn read_halves(file: &std::fs::File, size: u64) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    if size < HALVES_MIN_BYTES {
        return None;
    }
    let size = usize::try_from(size).ok()?;
    let mut bytes = vec![0; size];
    let (first, second) = bytes.split_at_mut(size / 2);
    let at = first.len() as u64;
    let read = std::thread::scope(|scope| {
        let other = std::thread::Builder::new()
            .spawn_scoped(scope, || file.read_exact_at(second, at))
            .ok()?;
        let first = file.read_exact_at(first, 0);
        let second = other.join().ok()?;
        Some(first.is_ok() && second.is_ok())
    });
    (read == Some(true)).then_some(bytes)
}

#[cfg(not(unix))]
fn read_halves(_file: &std::fs::File, _size: u64) -> Option<Vec<u8>> {
    None
}

/// Refuses anything but a regular file (a link to one is followed), naming what it is.
fn regular_file(meta: &std::fs::Metadata) -> std::io::Result<()> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_dir() {
        "folder"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                "fifo"
            } else if kind.is_char_device() {
                "char-device"
            } else if kind.is_block_device() {
                "block-device"
            } else if kind.is_socket() {
                "socket"
            } else {
                "other"
            }
        }
        #[cfg(not(unix))]
        "other"
    };
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        NotRegular(what),
    ))
}

/// What a path names instead of a regular file (`folder`, `fifo`, …, as the message selects).
#[derive(Debug)]
struct NotRegular(&'static str);

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "not a regular file: {}", self.0)
    }
}

impl std::error::Error for NotRegular {}

/// Why a file could not be read, in the user's words: what it is when it is not a regular
/// file, the common failures by kind, any other as the system says it.
pub(crate) fn read_error(e: &std::io::Error) -> Message {
    if let Some(NotRegular(kind)) = e.get_ref().and_then(|r| r.downcast_ref::<NotRegular>()) {
        return msg!("not-regular-file", kind = *kind);
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => msg!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        _ => msg!("io-other", error = e.to_string()),
    }
}

pub fn load(path: &Path) -> Result<Loaded, Rejected> {
    let bytes = read_at_most_limit(path).map_err(|e| {
        unreadable(
            path,
            msg!("cannot-read", error = read_error(&e)),
            msg!("help-cannot-read"),
        )
    })?;
    load_bytes(path, bytes)
}

/// A plan whose bytes could not be read: one `cannot-read` error at its start.
fn unreadable(path: &Path, message: Message, help: Message) -> Rejected {
    Rejected::single(
        path,
        String::new(),
        Diagnostic::error("cannot-read", Pos { line: 1, column: 1 }, message).help(help),
    )
}

/// The name diagnostics give a plan read from standard input (`qujat check -`).
pub const STDIN_NAME: &str = "<stdin>";

/// Loads a plan from standard input, within the same size limit as a file; a template named
/// by path is then relative to the working folder.
pub fn load_stdin() -> Result<Loaded, Rejected> {
    use std::io::Read;
    let path = Path::new(STDIN_NAME);
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_PLAN_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            unreadable(
                path,
                msg!("cannot-read-stdin", error = read_error(&e)),
                msg!("help-cannot-read-stdin"),
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
                msg!("too-large", mb = MAX_PLAN_BYTES / (1024 * 1024)),
            )
            .help(msg!("help-too-large")),
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
            Diagnostic::error("not-utf8", Pos { line, column }, msg!("not-utf8"))
                .help(msg!("help-not-utf8")),
        )
    })
}

/// Loads plan text as if read from `path` (templates named by path are relative to it). The
/// template is read even when the plan has errors, so that one run reports the problems of
/// both.
pub fn load_text(path: &Path, source: String) -> Result<Loaded, Rejected> {
    let (reading, mut report) = plan::read(&source);
    let template = reading.template.and_then(|choice| {
        resolve_template(path, &choice, &mut report)
            .map_err(|diagnostics| diagnostics.into_iter().for_each(|d| report.push(d)))
            .ok()
    });
    if let (Some(plan), Some(template)) = (&reading.plan, &template) {
        check_against_template(plan, template, &mut report);
    }
    // The `amendment:` block, which `diff` and `amend` read, is validated with the plan.
    let mut amendment = None;
    if let (Some(plan), Some(node)) = (&reading.plan, &reading.amendment) {
        let (read, problems) = crate::amend::data::read(node, plan);
        problems
            .diagnostics
            .into_iter()
            .for_each(|d| report.push(d));
        amendment = read;
    }
    report.sort();
    match (reading.plan, template) {
        (Some(plan), Some(template)) if !report.has_errors() => Ok(Loaded {
            path: path.to_path_buf(),
            source,
            plan,
            template,
            amendment,
            report,
        }),
        _ => Err(Rejected {
            path: path.to_path_buf(),
            source,
            report,
        }),
    }
}

/// The template a plan names, or why it cannot be used. The warnings about a template file
/// (a header's text) go into `report`.
fn resolve_template(
    plan_path: &Path,
    choice: &TemplateChoice,
    report: &mut Report,
) -> Result<Template, Vec<Diagnostic>> {
    let at = choice.at;
    match &choice.template {
        TemplateRef::Builtin(name) => Template::builtin(name).ok_or_else(|| {
            let names: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
            let help = match closest(name, &names) {
                Some(near) => msg!(
                    "did-you-mean-template",
                    near = near,
                    names = names.join(", ")
                ),
                None => msg!("help-unknown-template", names = names.join(", ")),
            };
            vec![
                Diagnostic::error_at(
                    "unknown-template",
                    at,
                    msg!("unknown-template", name = name),
                )
                .help(help),
            ]
        }),
        TemplateRef::Path(rel) => {
            let file = plan_path.parent().unwrap_or(Path::new(".")).join(rel);
            let src = read_at_most_limit(&file)
                .map_err(|e| read_error(&e))
                .and_then(|bytes| {
                    if bytes.len() > MAX_PLAN_BYTES {
                        let mb = MAX_PLAN_BYTES / (1024 * 1024);
                        return Err(msg!("template-too-large", mb = mb));
                    }
                    String::from_utf8(bytes).map_err(|_| msg!("template-not-utf8"))
                });
            let src = src.map_err(|e| {
                vec![
                    Diagnostic::error_at(
                        "cannot-read-template",
                        at,
                        msg!(
                            "cannot-read-template",
                            path = file.display().to_string(),
                            error = e
                        ),
                    )
                    .help(msg!("help-cannot-read-template")),
                ]
            })?;
            let (template, problems) = Template::read(&src);
            if let Some(template) = template {
                // Only warnings (about a header's text): reported, the template used.
                for d in template_diagnostics(&file, src, problems) {
                    report.push(d);
                }
                return Ok(template);
            }
            // Named in the plan too, at its `template:`: a batch render shows which plan
            // the template's problems stop.
            let count = problems.iter().filter(|p| !p.is_warning()).count();
            let mut all = vec![
                Diagnostic::error_at(
                    "bad-template",
                    at,
                    msg!(
                        "bad-template",
                        path = file.display().to_string(),
                        count = count
                    ),
                )
                .help(msg!("help-bad-template")),
            ];
            all.extend(template_diagnostics(&file, src, problems));
            Err(all)
        }
    }
}

/// A template's problems as diagnostics in the template file, with its lines for the snippet.
fn template_diagnostics(file: &Path, src: String, errors: Vec<TemplateError>) -> Vec<Diagnostic> {
    let file = Arc::new(SourceFile {
        path: file.display().to_string(),
        text: src,
    });
    errors
        .into_iter()
        .map(|e| {
            let d = match e.problem {
                // A header's text: the diagnostic a plan's text would get, as it is.
                crate::template::Problem::Text(d) => *d,
                p => Diagnostic {
                    help: p.help(),
                    ..Diagnostic::error_at(p.code(), e.at, p.message())
                },
            };
            d.in_file(Arc::clone(&file))
        })
        .collect()
}

/// Checks that need the template: what its columns require of each item, and that no text
/// of the plan is left without a column to print it in.
fn check_against_template(plan: &Plan, template: &Template, report: &mut Report) {
    let name = &template.name;
    let item_column = template.has(Field::Item) || template.has(Field::Work);
    let step_column = template.has(Field::Step) || template.has(Field::Work);
    // `what`: result, item or steps, as the message selects it.
    let mut lost = |pos: Pos, what: &'static str, help: Message| {
        report.push(
            Diagnostic::error(
                "no-column",
                pos,
                msg!("no-column", template = name, what = what),
            )
            .help(help),
        );
    };
    for item in plan.items() {
        if let (Some(result), false) = (&item.result, template.has(Field::Result)) {
            lost(result.pos, "result", msg!("help-no-result-column"));
        }
        if let (Some(text), false) = (&item.text, item_column) {
            lost(text.pos, "item", msg!("help-no-item-column"));
        }
        if let (ItemBody::Steps(steps), false) = (&item.body, step_column) {
            for step in steps {
                lost(step.text.pos, "steps", msg!("help-no-step-column"));
            }
        }
    }
    for h in &plan.headers {
        if !template.has(h.field) {
            let fields: Vec<&str> = template
                .columns
                .iter()
                .map(|c| crate::template::field_name(c.field))
                .collect();
            report.push(
                Diagnostic::error(
                    "unknown-column",
                    h.pos,
                    msg!(
                        "unknown-column",
                        template = name,
                        field = crate::template::field_name(h.field)
                    ),
                )
                .help(msg!(
                    "help-unknown-column",
                    template = name,
                    fields = fields.join(", ")
                )),
            );
        }
    }
    if !template.has(Field::Item) {
        return;
    }
    for item in plan.items() {
        if item.text.is_none() && matches!(item.body, ItemBody::Steps(_)) {
            report.push(
                Diagnostic::error(
                    "missing-field",
                    item.pos,
                    msg!("item-text-needed", template = &template.name),
                )
                .help(msg!("help-add-item-text")),
            );
        }
    }
}

/// One line about a loaded plan, for `qujat check`.
pub fn summary(l: &Loaded) -> Message {
    let p = &l.plan;
    msg!(
        "check-ok",
        path = l.path.display().to_string(),
        template = &l.template.name,
        sections = p.sections.len(),
        items = p.items().count(),
        steps = p.step_count(),
        warnings = l.report.warnings()
    )
}

/// One line about a plan `check` rejected.
pub fn rejected_summary(path: &Path, report: &Report) -> Message {
    msg!(
        "check-failed",
        path = path.display().to_string(),
        errors = report.errors(),
        warnings = report.warnings()
    )
}

/// Renders every diagnostic of a report on the plan text `source`, in file order.
pub fn render_report(path: &Path, source: &str, report: &Report) -> String {
    let quoted = QuotedLines::of_plan(source, report);
    report.render(&path.display().to_string(), &quoted)
}

/// The two documents of a loaded plan, Kazakh first.
pub fn documents(l: &Loaded) -> Result<Vec<Document>, document::BuildError> {
    document::build_all(&l.plan, &l.template)
}

/// The starter plans of `qujat init`, by template. A comment is written `#= id`: the message
/// `id` of cli.ftl, in the user's language when the plan is written (see [`starter`]).
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

/// The starter plan of `template` with its comments in `lang`: each `#= id` becomes the
/// message `id`, a comment line for each of its lines, the first where the marker stands and
/// the others under it.
pub fn starter(template: &str, lang: crate::ui::UiLang) -> Option<String> {
    let (_, source) = STARTERS.iter().find(|(name, _)| *name == template)?;
    let mut out = String::with_capacity(source.len() * 2);
    for line in source.split_inclusive('\n') {
        let Some(at) = line.find("#= ") else {
            out.push_str(line);
            continue;
        };
        let id = line[at + 3..].trim_end();
        let indent = " ".repeat(line[..at].chars().count());
        let text = Message::new(id).text_in(lang);
        for (i, comment) in text.lines().enumerate() {
            out.push_str(if i == 0 { &line[..at] } else { &indent });
            out.push('#');
            if !comment.is_empty() {
                out.push(' ');
                out.push_str(comment);
            }
            out.push('\n');
        }
    }
    Some(out)
}

/// Why `qujat init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    UnknownTemplate(String),
    /// Something is there already: init never overwrites a file.
    Exists(PathBuf),
    NotAFileName(PathBuf),
    /// The plan would have the name of the schema written beside it, and be replaced by it.
    SchemaName(PathBuf),
    CreateFolder {
        folder: PathBuf,
        error: std::io::Error,
    },
    Write(crate::output::WriteError),
}

impl InitError {
    pub fn exit_code(&self) -> i32 {
        match self {
            InitError::CreateFolder { .. } | InitError::Write(_) => exit::CANNOT_WRITE,
            _ => exit::INVALID_INPUT,
        }
    }
}

impl InitError {
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.display().to_string();
        match self {
            InitError::UnknownTemplate(t) => msg!("init-unknown-template", name = t),
            InitError::Exists(p) => msg!("init-exists", path = shown(p)),
            InitError::NotAFileName(p) => msg!("init-not-a-file-name", path = shown(p)),
            InitError::SchemaName(p) => msg!("init-schema-name", path = shown(p)),
            InitError::CreateFolder { folder, error } => msg!(
                "init-create-folder",
                path = shown(folder),
                error = error.to_string()
            ),
            InitError::Write(e) => msg!("init-write", error = e.to_string()),
        }
    }
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for InitError {}

/// The schema `init` writes beside a plan, for editors.
const SCHEMA_FILE: &str = "plan.schema.json";

/// Writes a starter plan of `template` at `path`, and the format's JSON Schema beside it (for
/// editors) when none is there or qujat's there is outdated, creating the folder if need be.
/// Never overwrites a plan, nor a file of that name that is not qujat's schema.
pub fn init(template: &str, path: &Path) -> Result<Vec<PathBuf>, InitError> {
    let starter = starter(template, crate::ui::current())
        .ok_or_else(|| InitError::UnknownTemplate(template.to_string()))?;
    if crate::output::exists(path) {
        return Err(InitError::Exists(path.to_path_buf()));
    }
    let name = path
        .file_name()
        .ok_or_else(|| InitError::NotAFileName(path.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    if name == SCHEMA_FILE {
        return Err(InitError::SchemaName(path.to_path_buf()));
    }
    let dir = folder_of(path);
    create_folder(dir)?;
    let mut outputs = vec![crate::output::Output {
        name,
        bytes: starter.as_bytes().to_vec(),
    }];
    if schema_wanted(dir) {
        outputs.push(schema_output());
    }
    crate::output::write_all(dir, &outputs).map_err(InitError::Write)
}

/// `qujat init --schema-only`: writes plan.schema.json into `dir`, or brings qujat's copy there
/// up to date, so that plans there (a sample copied elsewhere) validate in an editor. Returns
/// the file written, or nothing when it was already current.
pub fn refresh_schema(dir: &Path) -> Result<Option<PathBuf>, InitError> {
    let file = dir.join(SCHEMA_FILE);
    match schema_state(&file) {
        SchemaState::Current => Ok(None),
        SchemaState::NotOurs => Err(InitError::Exists(file)),
        SchemaState::Missing | SchemaState::Outdated => {
            create_folder(dir)?;
            let written =
                crate::output::write_all(dir, &[schema_output()]).map_err(InitError::Write)?;
            Ok(written.into_iter().next())
        }
    }
}

/// The folder a plan path is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn create_folder(dir: &Path) -> Result<(), InitError> {
    std::fs::create_dir_all(dir).map_err(|error| InitError::CreateFolder {
        folder: dir.to_path_buf(),
        error,
    })
}

/// Whether plan.schema.json in `dir` is missing or an outdated copy of qujat's: what `init` and
/// `import` write beside a plan.
pub fn schema_wanted(dir: &Path) -> bool {
    matches!(
        schema_state(&dir.join(SCHEMA_FILE)),
        SchemaState::Missing | SchemaState::Outdated
    )
}

/// The text `qujat schema` prints and `init` writes.
pub fn schema_text() -> String {
    // Serialising a JSON value cannot fail.
    serde_json::to_string_pretty(crate::plan::schema::json_schema()).unwrap_or_default() + "\n"
}

fn schema_output() -> crate::output::Output {
    crate::output::Output {
        name: SCHEMA_FILE.into(),
        bytes: schema_text().into_bytes(),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum SchemaState {
    Missing,
    /// The schema of this version of qujat.
    Current,
    /// qujat's schema (its `$id`) from another version.
    Outdated,
    /// Some other file: left alone.
    NotOurs,
}

fn schema_state(file: &Path) -> SchemaState {
    if !crate::output::exists(file) {
        return SchemaState::Missing;
    }
    let Ok(text) = std::fs::read_to_string(file) else {
        return SchemaState::NotOurs;
    };
    let Ok(found) = serde_json::from_str::<serde_json::Value>(&text) else {
        return SchemaState::NotOurs;
    };
    let ours = crate::plan::schema::json_schema();
    if &found == ours {
        SchemaState::Current
    } else if found.get("$id").is_some() && found.get("$id") == ours.get("$id") {
        SchemaState::Outdated
    } else {
        SchemaState::NotOurs
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;

    /// A file read in two halves is the file, byte for byte, wherever the halves meet.
    #[test]
    fn a_large_file_read_in_halves_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        for size in [HALVES_MIN_BYTES as usize - 1, HALVES_MIN_BYTES as usize + 3] {
            let bytes: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let path = dir.path().join("plan.yaml");
            std::fs::write(&path, &bytes).unwrap();
            let file = std::fs::File::open(&path).unwrap();
            let halves = read_halves(&file, size as u64);
            assert_eq!(halves.is_some(), size as u64 >= HALVES_MIN_BYTES, "{size}");
            assert!(read_at_most_limit(&path).unwrap() == bytes, "{size}");
        }
    }
}
