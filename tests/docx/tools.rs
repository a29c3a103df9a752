//! The external checkers this file runs: the Open XML SDK validator, LibreOffice, poppler and
//! python-docx. Like `support::tool`, a missing checker skips a test outside CI and fails it
//! in CI.

use crate::support;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One validator per file (it takes one), two at a time, the largest files first: the
/// 300-item plans take several seconds each.
pub fn validate_all(validator: &Path, mut files: Vec<PathBuf>) -> Vec<String> {
    files.sort_by_key(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0));
    let queue = std::sync::Mutex::new(files);
    let next = || queue.lock().expect("queue").pop();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    std::iter::from_fn(next)
                        .filter_map(|f| validate(validator, &f))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("validator thread"))
            .collect()
    })
}

/// The validator's report on `file`, if it found anything.
fn validate(validator: &Path, file: &Path) -> Option<String> {
    let out = Command::new(validator)
        .arg(file)
        .arg("Office2019")
        .output()
        .expect("the validator runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let clean = out.status.success()
        && stdout.contains("\"ok\": true")
        && stdout.contains("\"errors\": []");
    // The report names every misplaced element; the first few say what is wrong.
    let report: String = stdout.chars().take(3000).collect();
    (!clean).then(|| {
        format!(
            "{}:\n{report}{}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Converts all files with one LibreOffice start (each costs seconds), in a profile of its own
/// so that other tests may run LibreOffice at the same time.
pub fn convert_to_pdf(soffice: &Path, dir: &Path, files: &[PathBuf]) {
    let profile = dir.join("lo-profile");
    let out = Command::new(soffice)
        .env("HOME", dir)
        .arg("--headless")
        .arg("--norestore")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .arg("--convert-to")
        .arg("pdf")
        .arg("--outdir")
        .arg(dir)
        .args(files)
        .output()
        .expect("soffice runs");
    // soffice exits 0 even when a conversion fails; the caller checks each PDF.
    assert!(
        out.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The page count pdfinfo reports.
pub fn page_count(pdfinfo: &Path, pdf: &Path) -> usize {
    let out = Command::new(pdfinfo)
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports the pages")
}

/// python3 if it can import python-docx.
pub fn python_docx() -> Option<PathBuf> {
    let python = support::tool("python3")?;
    let ok = Command::new(&python)
        .args(["-c", "import docx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !support::in_ci(),
            "CI=true but python-docx is missing: .ci/run must install it"
        );
        eprintln!("SKIPPED: python-docx is not installed (bash .ci/run installs it)");
    }
    ok.then_some(python)
}
