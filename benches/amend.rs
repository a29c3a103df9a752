//! `qujat amend` on generated plans of 100 and 1,000 items: the comparison alone, and the
//! comparison with every document of the amendment in memory (both languages: the changes
//! document and the comparative table as DOCX and PDF, the redline as DOCX). The new version
//! changes one phrase of the Russian text at every tenth place it stands: what an amendment
//! looks like, on plans far larger than any real one.
//! `cargo bench --bench amend`.

use qujat::amend::{self, command};
use qujat::app::{self, Loaded};
use std::path::Path;

fn main() {
    divan::main();
}

const ITEMS: &[usize] = &[100, 1000];

/// The two versions of a generated plan of `items` items.
fn pair(items: usize) -> (Loaded, Loaded) {
    let old = qujat::generate::plan_yaml(items, 1);
    let mut new = String::with_capacity(old.len() + 4096);
    let phrase = "анализ коррупционных рисков";
    for (i, part) in old.split(phrase).enumerate() {
        if i > 0 {
            new.push_str(if i % 10 == 0 {
                "анализ коррупционных и иных рисков"
            } else {
                phrase
            });
        }
        new.push_str(part);
    }
    assert!(new.len() > old.len(), "the phrase is in the generated plan");
    let load = |name: &str, text: String| {
        app::load_text(Path::new(name), text).unwrap_or_else(|_| panic!("{name} loads"))
    };
    (load("old.yaml", old), load("new.yaml", new))
}

#[divan::bench(args = ITEMS, sample_count = 10, sample_size = 1, max_time = 15)]
fn compare(bencher: divan::Bencher, items: usize) {
    let (old, new) = pair(items);
    bencher.bench(|| amend::compare(&old, &new).expect("compared").changes.len());
}

/// What `qujat amend` does short of writing, on one thread and on two.
#[divan::bench(args = ITEMS, consts = [1, 2], sample_count = 10, sample_size = 1, max_time = 15)]
fn documents<const THREADS: usize>(bencher: divan::Bencher, items: usize) {
    let (old, new) = pair(items);
    let options = command::Options {
        threads: THREADS,
        ..command::Options::default()
    };
    bencher.bench(|| {
        let diff = amend::compare(&old, &new).expect("compared");
        command::outputs(&diff, &new, &options)
            .expect("documents")
            .len()
    });
}
