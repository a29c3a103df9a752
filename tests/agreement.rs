//! `check` and `render` agree: every plan of the catalogue that `check` rejects, `render`
//! rejects with the same diagnostics (exit code 2, never 1 "internal error"), and every plan
//! `check` accepts renders, one file per language and combined. The catalogue is
//! tests/plans/invalid and tests/plans/warnings (see tests/check.rs).

mod support;

use qujat::app;
use qujat::diagnostic::Diagnostic;
use qujat::render::{self, Failure};
use std::path::{Path, PathBuf};
use support::{qujat, root, scratch};

fn plans(dir: &str) -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root().join("tests/plans").join(dir))
        .expect("catalogue folder")
        .map(|e| e.expect("entry").path())
        .collect();
    plans.sort();
    assert!(!plans.is_empty(), "{dir}");
    plans
}

/// What a user sees of a diagnostic: its file, place, code and message.
fn seen(d: &Diagnostic, plan: &Path) -> String {
    let file = d
        .file
        .as_ref()
        .map_or(plan.display().to_string(), |f| f.path.clone());
    format!(
        "{file}:{}:{} [{}] {}",
        d.pos.line, d.pos.column, d.code, d.message
    )
}

fn options(out: &Path, combined: bool) -> render::Options {
    render::Options {
        out_dir: Some(out.to_path_buf()),
        combined,
        ..render::Options::default()
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn render_rejects_what_check_rejects_with_the_same_diagnostics() {
    let out = scratch("agreement-invalid");
    for plan in plans("invalid") {
        let checked = match app::load(&plan) {
            Ok(_) => panic!(
                "{}: check accepts a plan of the invalid catalogue",
                plan.display()
            ),
            Err(rejected) => rejected.report.diagnostics,
        };
        let expected: Vec<String> = checked.iter().map(|d| seen(d, &plan)).collect();
        assert!(!expected.is_empty(), "{}", plan.display());
        for combined in [false, true] {
            match render::render_file(&plan, &options(&out, combined)) {
                Ok(_) => panic!("{}: render accepts what check rejects", plan.display()),
                Err(failure) => {
                    assert_eq!(failure.exit_code(), 2, "{}", plan.display());
                    let Failure::Invalid(rejected) = failure else {
                        panic!("{}: not an input error", plan.display());
                    };
                    let rendered: Vec<String> = rejected
                        .report
                        .diagnostics
                        .iter()
                        .map(|d| seen(d, &plan))
                        .collect();
                    assert_eq!(rendered, expected, "{}", plan.display());
                }
            }
        }
        assert_eq!(files_in(&out), Vec::<String>::new(), "{}", plan.display());
    }
}

#[test]
fn the_commands_exit_2_on_every_invalid_plan() {
    let out = scratch("agreement-cli");
    for plan in plans("invalid") {
        let path = plan.to_str().expect("UTF-8 path");
        let check = qujat(&["check", path]);
        let render = qujat(&["render", path, "-o", out.to_str().unwrap(), "--combined"]);
        for (what, run) in [("check", &check), ("render", &render)] {
            let stderr = String::from_utf8_lossy(&run.stderr);
            assert_eq!(run.status.code(), Some(2), "{what} {path}\n{stderr}");
            assert!(
                !stderr.contains("internal error"),
                "{what} {path}\n{stderr}"
            );
            assert!(!stderr.contains("panicked"), "{what} {path}\n{stderr}");
        }
    }
}

#[test]
fn every_plan_check_accepts_renders_separate_and_combined() {
    for plan in plans("warnings") {
        let stem = plan.file_stem().unwrap().to_string_lossy().into_owned();
        let loaded = app::load(&plan).unwrap_or_else(|r| {
            panic!("{stem}: rejected: {:?}", r.report.diagnostics);
        });
        let first = loaded.template.language_order()[0].code();
        let second = loaded.template.language_order()[1].code();
        for (combined, expected) in [
            (
                false,
                vec![
                    format!("{stem}.kk.docx"),
                    format!("{stem}.kk.pdf"),
                    format!("{stem}.ru.docx"),
                    format!("{stem}.ru.pdf"),
                ],
            ),
            (
                true,
                vec![
                    format!("{stem}.{first}-{second}.docx"),
                    format!("{stem}.{first}-{second}.pdf"),
                ],
            ),
        ] {
            let out = scratch(&format!("agreement-{stem}-{combined}"));
            match render::render_file(&plan, &options(&out, combined)) {
                Ok(done) => assert_eq!(done.files.len(), expected.len(), "{stem}"),
                Err(Failure::Invalid(r)) => panic!("{stem}: {:?}", r.report.diagnostics),
                Err(Failure::Internal(e)) => panic!("{stem}: internal error: {e}"),
                Err(Failure::Write(e)) => panic!("{stem}: {e}"),
            }
            assert_eq!(files_in(&out), expected, "{stem}");
        }
    }
}
