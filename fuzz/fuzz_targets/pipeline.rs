//! Arbitrary bytes through the whole pipeline: load → validate → document model → both
//! writers. Any panic is a bug: bad input must end in diagnostics, never a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = qujat::app::load_bytes(Path::new("fuzz.yaml"), data.to_vec()) else {
        return;
    };
    let Ok(docs) = qujat::app::documents(&loaded) else {
        return;
    };
    for doc in &docs {
        let _ = qujat::docx::write(doc);
        let _ = qujat::pdf::write(doc);
    }
});
