//! `qujat amend OLD NEW`: the documents a board approves for an amendment, per language —
//! `<stem>.<lang>.changes.{docx,pdf}` (the changes and additions), `<stem>.<lang>.compare.
//! {docx,pdf}` (the comparative table) and `<stem>.<lang>.redline.docx` (the new plan with
//! the changes as revisions) — each laid out once and written by the plan's own writers, all
//! of them or none.

use super::documents::{self, Source};
use super::report::{self, Outcome};
use super::{Diff, Numbering};
use crate::app::{Loaded, exit};
use crate::document::{BuildError, Document};
use crate::lang::Lang;
use crate::msg;
use crate::output::{self, Output};
use crate::render::{Format, RenderError};
use std::path::{Path, PathBuf};

/// What to write and where.
#[derive(Clone, Debug)]
pub struct Options {
    pub langs: Vec<Lang>,
    pub formats: Vec<Format>,
    /// The output folder; `None` writes next to the new version.
    pub out_dir: Option<PathBuf>,
    pub numbering: Numbering,
    /// Threads the documents are made on.
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            langs: Lang::ALL.to_vec(),
            formats: Format::ALL.to_vec(),
            out_dir: None,
            numbering: Numbering::default(),
            threads: 1,
        }
    }
}

/// One document of an amendment: its name in the files' names, and the formats it comes in
/// (a redline is for reviewing in a word processor: DOCX only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Changes,
    Compare,
    Redline,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Changes, Kind::Compare, Kind::Redline];

    fn name(self) -> &'static str {
        match self {
            Kind::Changes => "changes",
            Kind::Compare => "compare",
            Kind::Redline => "redline",
        }
    }

    fn has(self, format: Format) -> bool {
        self != Kind::Redline || format == Format::Docx
    }

    fn build(self, src: &Source, lang: Lang) -> Result<Document, BuildError> {
        match self {
            Kind::Changes => documents::changes(src, lang),
            Kind::Compare => documents::compare(src, lang),
            Kind::Redline => documents::redline(src, lang),
        }
    }
}

/// Compares the plan files `old` and `new` and writes the amendment's documents.
pub fn amend(old: &Path, new: &Path, options: &Options) -> Outcome {
    let mut out = Outcome::default();
    let Some((old_l, new_l)) = report::load_pair(old, new, &mut out) else {
        return out;
    };
    let Some(diff) = report::compared(&old_l, &new_l, &mut out) else {
        return out;
    };
    if diff.is_empty() {
        out.stdout += &format!("{}\n", msg!("amend-no-changes"));
        return out;
    }
    let files = match outputs(&diff, &new_l, options) {
        Ok(files) => files,
        Err(e) => {
            out.stderr += &format!(
                "error: {}\n",
                msg!(
                    "internal-error",
                    path = new.display().to_string(),
                    error = e.to_string()
                )
            );
            out.code = exit::INTERNAL;
            return out;
        }
    };
    let dir = match &options.out_dir {
        Some(d) => d.clone(),
        None => new
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf(),
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        out.stderr += &format!(
            "error: {}\n",
            msg!(
                "cannot-create-out",
                path = dir.display().to_string(),
                error = e.to_string()
            )
        );
        out.code = exit::CANNOT_WRITE;
        return out;
    }
    match output::write_all(&dir, &files) {
        Ok(paths) => {
            for p in paths {
                out.stdout += &format!("{}\n", p.display());
            }
            out.stdout += &format!("{}\n", report::summary_line(&diff.changes));
        }
        Err(e) => {
            out.stderr += &format!("error: {e}\n");
            out.code = exit::CANNOT_WRITE;
        }
    }
    out
}

/// Every requested document of the amendment, in memory, named after the new version.
pub fn outputs(diff: &Diff, new: &Loaded, options: &Options) -> Result<Vec<Output>, RenderError> {
    let src = Source {
        diff,
        template: &new.template,
        amendment: new.amendment.as_ref(),
        numbering: options.numbering,
    };
    let stem = new
        .path
        .file_stem()
        .map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    // Every (language, document) is independent of the others: side by side on `threads`.
    let jobs: Vec<(Lang, Kind, Vec<Format>)> = options
        .langs
        .iter()
        .flat_map(|&lang| Kind::ALL.map(|kind| (lang, kind)))
        .map(|(lang, kind)| {
            let formats = options.formats.iter().copied().filter(|&f| kind.has(f));
            (lang, kind, formats.collect::<Vec<_>>())
        })
        .filter(|(_, _, formats)| !formats.is_empty())
        .collect();
    let results = crate::parallel::map(&jobs, options.threads, |(lang, kind, formats)| {
        let lang = *lang;
        let doc = kind
            .build(&src, lang)
            .map_err(|error| RenderError::Document { lang, error })?;
        written(
            &doc,
            lang,
            formats,
            &format!("{stem}.{lang}.{}", kind.name()),
        )
    });
    let mut files = Vec::new();
    for result in results {
        files.extend(result.ok_or(RenderError::Panicked)??);
    }
    Ok(files)
}

/// `doc` laid out once and written in `formats`: the DOCX and the PDF show the same pages.
fn written(
    doc: &Document,
    lang: Lang,
    formats: &[Format],
    base: &str,
) -> Result<Vec<Output>, RenderError> {
    let laid = crate::layout::lay_out(doc).map_err(|error| RenderError::Layout { lang, error })?;
    let mut out = Vec::new();
    for &format in formats {
        let bytes = match format {
            Format::Docx => {
                crate::docx::write_laid(doc, &laid).map_err(|error| RenderError::Docx {
                    langs: vec![lang],
                    error,
                })?
            }
            Format::Pdf => {
                let pages = crate::layout::draw(&laid);
                crate::pdf::write_pages(doc, &pages).map_err(|error| RenderError::Pdf {
                    langs: vec![lang],
                    error,
                })?
            }
        };
        out.push(Output {
            name: format!("{base}.{}", format.extension()),
            bytes,
        });
    }
    Ok(out)
}
