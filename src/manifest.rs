//! The publishing manifest: for every file a render wrote, its language, format, pages, bytes
//! and SHA-256, with the plan's title in both languages — what a web team needs to publish and
//! to check that it published the right version. No timestamps: the same plans give the same
//! manifest.

use crate::output::{self, Output};
use crate::render::Rendered;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Writes a manifest.json into every folder the rendered plans' files are in: one per folder,
/// however its path was written (`out`, `./out`), listing every file written there.
pub fn write(rendered: &[&Rendered]) -> Result<Vec<PathBuf>, output::WriteError> {
    // Each folder once, named as the first of its files names it.
    let mut dirs: Vec<(PathBuf, &Path)> = Vec::new();
    for file in rendered.iter().flat_map(|r| &r.files) {
        let folder = folder_of(&file.path);
        if !dirs.iter().any(|(f, _)| *f == folder) {
            dirs.push((folder, file.path.parent().unwrap_or(Path::new("."))));
        }
    }
    let mut written = Vec::new();
    for (_, dir) in dirs {
        // Serialising a Value built from strings and numbers cannot fail.
        let text =
            serde_json::to_string_pretty(&manifest(dir, rendered)).unwrap_or_default() + "\n";
        let out = Output {
            name: "manifest.json".into(),
            bytes: text.into_bytes(),
        };
        written.extend(output::write_all(dir, &[out])?);
    }
    Ok(written)
}

/// The folder a file is in, as one path whatever way it was named.
fn folder_of(file: &Path) -> PathBuf {
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf())
}

/// The manifest of the plans rendered into `dir`, listing the files in that folder.
pub fn manifest(dir: &Path, rendered: &[&Rendered]) -> Value {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let plans: Vec<Value> = rendered
        .iter()
        .map(|r| {
            let title = &r.loaded.plan.title;
            let files: Vec<Value> = r
                .files
                .iter()
                .filter(|f| folder_of(&f.path) == dir)
                .map(|f| {
                    json!({
                        "file": f.path.file_name().map(|n| n.to_string_lossy().into_owned()),
                        "languages": f.langs.iter().map(|l| l.code()).collect::<Vec<_>>(),
                        "format": f.format.extension(),
                        "pages": f.pages,
                        "bytes": f.bytes,
                        "sha256": f.sha256,
                    })
                })
                .collect();
            json!({
                "plan": r.loaded.path.display().to_string(),
                "title": {"kk": title.kk, "ru": title.ru},
                "files": files,
            })
        })
        .collect();
    json!({
        "generator": format!("qujat {}", env!("CARGO_PKG_VERSION")),
        "plans": plans,
    })
}
