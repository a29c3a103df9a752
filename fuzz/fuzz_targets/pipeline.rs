//! Arbitrary bytes through the whole pipeline: load → validate → diagnostics as `check` prints
//! them → document model → `dump` → both writers. Any panic is a bug: bad input must end in
//! diagnostics, never a crash. So is an error after the plan passed its checks: `qujat render`
//! would end with exit code 1 ("internal error") on a plan that `qujat check` accepts.
//!
//! The plan is loaded as if read from `fuzz.yaml` in the current folder, so a `template:` path
//! is read relative to where the fuzzer runs (the repository root: `templates/…` exist).
//! docs/fuzzing.md says how to run it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let loaded = match qujat::app::load_bytes(Path::new("fuzz.yaml"), data.to_vec()) {
        Ok(loaded) => loaded,
        Err(rejected) => {
            // What `qujat check` prints: every diagnostic with its source line, or as JSON.
            let _ = qujat::app::render_report(&rejected.path, &rejected.source, &rejected.report);
            for d in &rejected.report.diagnostics {
                let _ = d.to_json("fuzz.yaml");
            }
            return;
        }
    };
    let _ = qujat::app::render_report(&loaded.path, &loaded.source, &loaded.report);
    let docs = match qujat::app::documents(&loaded) {
        Ok(docs) => docs,
        Err(e) => panic!("a plan that passed its checks has no documents: {e}"),
    };
    for doc in &docs {
        // `qujat dump`.
        let _ = qujat::document::dump(doc);
        if let Err(e) = qujat::docx::write(doc) {
            panic!("a plan that passed its checks cannot be written as DOCX: {e}");
        }
        if let Err(e) = qujat::pdf::write(doc) {
            panic!("a plan that passed its checks cannot be written as PDF: {e}");
        }
    }
    // `render --combined` (DOCX; the combined PDF is the same pages drawn into one file).
    if let Err(e) = qujat::docx::write_combined(&docs) {
        panic!("a plan that passed its checks cannot be written as one DOCX: {e}");
    }
});
