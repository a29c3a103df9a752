//! `qujat render`: a plan file → its documents in the chosen languages and formats, written
//! all or nothing next to the plan or in an output folder.

use crate::app::{self, Loaded, Rejected, exit};
use crate::document::{self, Document};
use crate::lang::Lang;
use crate::output::{self, Output, WriteError};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Docx, Format::Pdf];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == name)
    }

    /// The writer of this format.
    pub fn write(
        self,
        doc: &Document,
    ) -> Result<Vec<u8>, Box<dyn std::error::Error + Send + Sync>> {
        Ok(match self {
            Format::Docx => crate::docx::write(doc)?,
            Format::Pdf => crate::pdf::write(doc)?,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub langs: Vec<Lang>,
    pub formats: Vec<Format>,
    /// Where to write; `None` writes next to the plan.
    pub out_dir: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            langs: Lang::ALL.to_vec(),
            formats: Format::ALL.to_vec(),
            out_dir: None,
        }
    }
}

pub enum Failure {
    Invalid(Box<Rejected>),
    Internal(String),
    Write(WriteError),
}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Invalid(_) => exit::INVALID_INPUT,
            Failure::Internal(_) => exit::INTERNAL,
            Failure::Write(_) => exit::CANNOT_WRITE,
        }
    }
}

pub struct Rendered {
    pub loaded: Loaded,
    pub files: Vec<PathBuf>,
}

/// Loads, renders and writes one plan.
pub fn render_file(path: &Path, options: &Options) -> Result<Rendered, Failure> {
    let loaded = app::load(path).map_err(|r| Failure::Invalid(Box::new(r)))?;
    let outputs = outputs(&loaded, options).map_err(Failure::Internal)?;
    let dir = match &options.out_dir {
        Some(d) => d.clone(),
        None => path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf(),
    };
    let files = output::write_all(&dir, &outputs).map_err(Failure::Write)?;
    Ok(Rendered { loaded, files })
}

/// The bytes of every requested output of a loaded plan, named `<stem>.<lang>.<ext>`.
pub fn outputs(loaded: &Loaded, options: &Options) -> Result<Vec<Output>, String> {
    let stem = loaded
        .path
        .file_stem()
        .map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for &lang in &options.langs {
        let doc =
            document::build(&loaded.plan, &loaded.template, lang).map_err(|e| e.to_string())?;
        for &format in &options.formats {
            let bytes = format
                .write(&doc)
                .map_err(|e| format!("{} {lang}: {e}", format.extension()))?;
            out.push(Output {
                name: format!("{stem}.{lang}.{}", format.extension()),
                bytes,
            });
        }
    }
    Ok(out)
}

/// The plan files named by `inputs`: files as given, and every `*.yaml` directly inside a
/// named folder, sorted so that runs are repeatable.
pub fn collect_plans(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut plans = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| format!("cannot read {}: {e}", input.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            found.sort();
            plans.extend(found);
        } else {
            plans.push(input.clone());
        }
    }
    Ok(plans)
}

/// Renders every plan on `jobs` threads; one failing plan does not stop the others. Results
/// come back in the order of `plans`; `done` is called as each plan finishes (for progress).
pub fn render_many(
    plans: &[PathBuf],
    options: &Options,
    jobs: usize,
    done: &(dyn Fn(&Path) + Sync),
) -> Vec<Result<Rendered, Failure>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Rendered, Failure>>>> =
        Mutex::new((0..plans.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, plans.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(plan) = plans.get(i) else { break };
                    let result = render_file(plan, options);
                    done(plan);
                    // A poisoned lock means another worker panicked; its plan is lost anyway.
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Failure::Internal("the renderer stopped".into()))))
        .collect()
}
