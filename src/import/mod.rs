//! `qujat import`: an organisation's existing Word plan (one file per language, or both
//! languages in one file) becomes a plan YAML in the documented format, with a report of what
//! was read, what was guessed and where the two languages differ.
//!
//! Word file → [`docx_reader`] (zip within budgets, streaming XML) → [`half`] (one language's
//! front matter, table and notes) → [`pair`] (the languages paired, typed values agreed) →
//! [`emit`] (YAML) → checked with `qujat check`'s own loader → written all or nothing.

mod columns;
mod deadline_parse;
mod docx_reader;
mod draft;
mod emit;
pub mod error;
mod grif;
mod half;
mod markdown;
mod org;
mod package;
mod pair;
mod synth;
mod table;
mod units;
mod wordstyles;
mod xml;
mod yaml;

pub use error::ImportError;
pub use package::{MAX_ENTRIES, MAX_FILE_BYTES, MAX_PART_BYTES, MAX_RATIO, MAX_TOTAL_BYTES};
pub use pair::Summary;

use crate::diagnostic::Report;
use std::fmt;
use std::path::{Path, PathBuf};

/// An import that failed, with the file it failed on.
#[derive(Debug)]
pub struct Failure {
    pub file: Option<PathBuf>,
    pub error: ImportError,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.file {
            Some(p) => write!(f, "{}: {}", p.display(), self.error),
            None => write!(f, "{}", self.error),
        }
    }
}

impl std::error::Error for Failure {}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        self.error.exit_code()
    }
}

fn fail(file: Option<&Path>, error: ImportError) -> Failure {
    Failure {
        file: file.map(Path::to_path_buf),
        error,
    }
}

/// The plan read from Word files, not yet written.
pub struct Imported {
    pub yaml: String,
    pub summary: Summary,
    /// What `qujat check` says of `yaml`.
    pub check: Report,
    /// Warnings `check` gives when the missing language's texts are filled in (a plan with
    /// gaps does not reach the checks that warn).
    pub warnings: Report,
    /// Units with a form left empty: `check` reports each use of them as an unknown unit.
    pub gap_units: Vec<String>,
}

/// The text an empty placeholder is written with (see `emit`).
const PLACEHOLDER: &str = "~  # missing: write it";

/// Reads one or two Word files into a plan. `template` forces the template instead of the
/// one the table's columns suggest.
pub fn import(files: &[PathBuf], template: Option<&str>, name: &Path) -> Result<Imported, Failure> {
    let mut halves = Vec::new();
    for file in files {
        let word = docx_reader::read(file).map_err(|e| fail(Some(file), e))?;
        let shown = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        halves.extend(half::read_all(&word, &shown, template).map_err(|e| fail(Some(file), e))?);
    }
    languages_fit(&halves).map_err(|e| fail(None, e))?;
    let (draft, summary) = pair::build(&halves);
    let gap_units = draft
        .units
        .iter()
        .filter(|u| u.kk.is_none() || u.ru.is_none())
        .map(|u| u.key.clone())
        .collect();
    let yaml = emit::yaml(&draft, "plan.schema.json");
    let check = match crate::app::load_text(name, yaml.clone()) {
        Ok(l) => l.report,
        Err(r) => r.report,
    };
    let mut n = 0;
    let probe: String = yaml
        .lines()
        .map(|l| match l.find(PLACEHOLDER) {
            Some(at) => {
                n += 1;
                format!("{}\"…{n}\"", &l[..at])
            }
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let warnings = match crate::app::load_text(name, probe) {
        Ok(l) => l.report,
        Err(_) => Report::default(),
    };
    Ok(Imported {
        yaml,
        summary,
        check,
        warnings,
        gap_units,
    })
}

/// One or two documents, one per language.
fn languages_fit(halves: &[half::Half]) -> Result<(), ImportError> {
    match halves {
        [] => Err(ImportError::NoTable),
        [_] => Ok(()),
        [a, b] if a.lang == b.lang => Err(ImportError::Languages(crate::msg!(
            "import-same-language",
            first = a.origin.to_string(),
            second = b.origin.to_string(),
            lang = a.lang.code()
        ))),
        [_, _] => Ok(()),
        more => Err(ImportError::Languages(crate::msg!(
            "import-too-many-documents",
            count = more.len(),
            documents = more
                .iter()
                .map(|h| format!("{} ({})", h.origin, h.lang))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Where the plan goes by default: beside the first file, named after it without the
/// language («plan.kk.docx» → «plan.yaml»).
pub fn default_output(first: &Path) -> PathBuf {
    let stem = first
        .file_stem()
        .map_or_else(|| "plan".into(), |s| s.to_string_lossy().into_owned());
    let stem = ["kk", "ru", "ru-kk", "kk-ru"]
        .iter()
        .find_map(|l| stem.strip_suffix(&format!(".{l}")))
        .unwrap_or(&stem)
        .to_string();
    first.with_file_name(format!("{stem}.yaml"))
}

/// Writes the plan at `path`, and the format's JSON Schema beside it unless one is there:
/// all or nothing, never over an existing plan.
pub fn write(imported: &Imported, path: &Path) -> Result<Vec<PathBuf>, Failure> {
    if path.exists() {
        return Err(fail(None, ImportError::Exists(path.to_path_buf())));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| {
            fail(
                None,
                ImportError::Read(crate::msg!(
                    "init-not-a-file-name",
                    path = path.display().to_string()
                )),
            )
        })?
        .to_string_lossy()
        .into_owned();
    let mut outputs = vec![crate::output::Output {
        name,
        bytes: imported.yaml.as_bytes().to_vec(),
    }];
    if crate::app::schema_wanted(dir) {
        outputs.push(crate::output::Output {
            name: "plan.schema.json".into(),
            bytes: crate::app::schema_text().into_bytes(),
        });
    }
    crate::output::write_all(dir, &outputs).map_err(|e| fail(None, ImportError::Write(e)))
}

/// The summary for stderr: what was read, guessed and found different, and what `check`
/// says of the result.
pub fn summary(imported: &Imported, path: &Path) -> String {
    use crate::msg;
    use std::fmt::Write;
    let s = &imported.summary;
    let mut out = String::new();
    let name = path.display().to_string();
    let sources: Vec<String> = s
        .sources
        .iter()
        .map(|(o, l)| format!("{o} ({l})"))
        .collect();
    let _ = writeln!(
        out,
        "{}",
        msg!(
            "import-summary-head",
            sources = sources.join(" + "),
            path = &name
        )
    );
    let mut line = |m: crate::message::Message| {
        let _ = writeln!(out, "  {m}");
    };
    line(msg!(
        "import-summary-template",
        template = s.template,
        columns = s.columns.join(" | ")
    ));
    if !s.own_headers.is_empty() {
        line(msg!(
            "import-summary-own-headers",
            headers = s.own_headers.join(", ")
        ));
    }
    if !s.dropped_columns.is_empty() {
        line(msg!(
            "import-summary-dropped",
            columns = s.dropped_columns.join(", ")
        ));
    }
    line(msg!(
        "import-summary-counts",
        sections = s.sections,
        items = s.items,
        steps = s.steps
    ));
    let kept: Vec<String> = s.kept_text.iter().map(|m| m.text()).collect();
    line(msg!(
        "import-summary-deadlines",
        typed = s.typed,
        kept = kept.len(),
        list = list(&kept)
    ));
    line(msg!(
        "import-summary-units",
        legend = s.legend_units.len(),
        legend_list = list(&s.legend_units),
        repeated = s.repeated_units.len(),
        repeated_list = list(&s.repeated_units),
        free = s.free_parties
    ));
    match s.missing {
        Some(l) => line(msg!("import-summary-one-language", missing = l.code())),
        None => line(msg!(
            "import-summary-languages",
            differences = s.differences.len()
        )),
    }
    for d in &s.differences {
        line(msg!("import-summary-difference", text = d));
    }
    for r in &s.remarks {
        line(msg!("import-summary-note", text = r));
    }
    let errors: Vec<_> = imported
        .check
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    let lines: Vec<&str> = imported.yaml.lines().collect();
    let gap = |line: u32| {
        lines.get(line as usize - 1).is_some_and(|l| {
            l.contains("# missing: write it")
                || l.contains("names nobody")
                || l.contains("gives no year")
        })
    };
    // A unit with an empty form is not defined, so each of its uses is an unknown unit.
    let gap_unit = |d: &crate::diagnostic::Diagnostic| {
        d.code == "unknown-unit"
            && imported
                .gap_units
                .iter()
                .any(|k| d.message == crate::msg!("unknown-unit", key = k))
    };
    let (gaps, other): (Vec<_>, Vec<_>) = errors
        .into_iter()
        .partition(|d| gap(d.pos.line) || gap_unit(d));
    let warnings: Vec<_> = if imported.check.has_errors() {
        imported
            .warnings
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .collect()
    } else {
        imported
            .check
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .collect()
    };
    let check = if gaps.is_empty() && other.is_empty() {
        msg!("import-summary-check-ok", warnings = warnings.len())
    } else {
        msg!(
            "import-summary-check-gaps",
            gaps = gaps.len(),
            others = other.len(),
            warnings = warnings.len()
        )
    };
    let _ = writeln!(out, "  {check}");
    for d in other.iter().chain(warnings.iter()) {
        let _ = writeln!(out, "{}", d.render(&name, &imported.yaml));
    }
    out
}

/// « (a, b)» after a count, or nothing.
fn list(names: &[String]) -> crate::message::Message {
    if names.is_empty() {
        crate::msg!("diff-nothing")
    } else {
        crate::msg!("import-list", items = names.join(", "))
    }
}
