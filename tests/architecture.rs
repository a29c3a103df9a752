//! The invariants docs/architecture.md states about who may use what, checked on the sources:
//! the layout and the writers never see YAML, Fluent, the plan or the template.

mod support;

use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source reads");
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn the_layout_and_the_writers_see_only_the_document() {
    let forbidden = [
        "crate::template",
        "crate::locale",
        "crate::plan",
        "crate::source",
        "crate::phrases",
        "serde_saphyr",
        "fluent_bundle",
    ];
    let mut problems = Vec::new();
    for module in ["layout", "docx", "pdf"] {
        for (path, text) in sources(&support::root().join("src").join(module)) {
            for f in forbidden {
                if text.contains(f) {
                    problems.push(format!("{path} uses {f}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_writers_decide_no_length_of_their_own() {
    // Lengths come from the layout's style: a writer that converts millimetres or points
    // itself has started keeping a copy of a decision.
    let mut problems = Vec::new();
    for module in ["docx", "pdf"] {
        for (path, text) in sources(&support::root().join("src").join(module)) {
            for needle in ["25.4", "1440.0", "from_mm(", "PT_PER_MM"] {
                if text.contains(needle) {
                    problems.push(format!("{path} converts lengths ({needle})"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
