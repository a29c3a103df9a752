//! One figure per pipeline stage — load and validate, document model, DOCX, PDF layout, PDF
//! serialisation, whole render — for the two samples, for generated plans of 10 to 10,000
//! items and for plans of about 1,000 and 10,000 items grown from the action-plan sample's own
//! texts (its sections repeated). `cargo bench --bench pipeline`; the figures and how to read them are in
//! docs/performance.md.
//!
//! Each stage is measured on both languages (kk and ru) at once, as `qujat render` produces
//! them. Every figure takes up to 20 samples and stops after about 15 s, so the 10,000-item
//! plan gets a few samples and the whole run takes a few minutes; the median is the figure.

use qujat::app::{self, Loaded};
use qujat::document::{self, Document};
use qujat::render;
use std::path::{Path, PathBuf};

fn main() {
    // `QUJAT_WRITE_PLANS=DIR cargo bench --bench pipeline` writes the generated plans measured
    // here to DIR as files (for hyperfine, /usr/bin/time and callgrind in benches/process.sh)
    // instead of benchmarking.
    if let Some(dir) = std::env::var_os("QUJAT_WRITE_PLANS") {
        write_plans(Path::new(&dir));
        return;
    }
    divan::main();
}

/// Writes `generated-<n>.yaml` and `grown-<n>.yaml` for every generated or grown plan of
/// [`PLANS`] into `dir`.
fn write_plans(dir: &Path) {
    std::fs::create_dir_all(dir).expect("the plan folder can be created");
    for plan in PLANS.iter().filter(|p| !p.starts_with("sample:")) {
        let (name, text) = source(plan);
        let path = dir.join(name);
        std::fs::write(&path, text).expect("the plan can be written");
        println!("{}", path.display());
    }
}

/// The plans measured: the samples by name, generated plans by their number of items.
const PLANS: &[&str] = &[
    "sample:action-plan",
    "sample:schedule",
    "10",
    "100",
    "1000",
    "10000",
    "grown:1000",
    "grown:10000",
];

fn source(plan: &str) -> (PathBuf, String) {
    match plan {
        "sample:action-plan" => sample("anticorruption-plan-2022.yaml"),
        "sample:schedule" => sample("vakr-schedule-2026.yaml"),
        grown if grown.starts_with("grown:") => {
            let n: usize = grown["grown:".len()..].parse().expect("a number of items");
            let (_, yaml) = sample("anticorruption-plan-2022.yaml");
            (
                PathBuf::from(format!("grown-{n}.yaml")),
                qujat::generate::grow(&yaml, SAMPLE_ITEMS, n).expect("the sample has sections"),
            )
        }
        n => (
            PathBuf::from(format!("generated-{n}.yaml")),
            qujat::generate::plan_yaml(n.parse().expect("a number of items"), 1),
        ),
    }
}

fn sample(name: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("sample");
    (path, text)
}

/// Items of the action-plan sample, the unit `qujat::generate::grow` repeats.
const SAMPLE_ITEMS: usize = 17;

fn load(plan: &str) -> Loaded {
    let (path, text) = source(plan);
    app::load_text(&path, text).unwrap_or_else(|_| panic!("{plan} loads"))
}

fn docs(plan: &str) -> Vec<Document> {
    app::documents(&load(plan)).expect("documents")
}

#[divan::bench(args = PLANS, sample_count = 20, sample_size = 1, max_time = 15)]
fn load_and_validate(bencher: divan::Bencher, plan: &str) {
    let (path, text) = source(plan);
    bencher
        .with_inputs(|| text.clone())
        .bench_values(|t| app::load_text(&path, t).is_ok());
}

#[divan::bench(args = PLANS, sample_count = 20, sample_size = 1, max_time = 15)]
fn document_model(bencher: divan::Bencher, plan: &str) {
    let loaded = load(plan);
    bencher.bench(|| document::build_all(&loaded.plan, &loaded.template).expect("built"));
}

#[divan::bench(args = PLANS, sample_count = 20, sample_size = 1, max_time = 15)]
fn docx(bencher: divan::Bencher, plan: &str) {
    let docs = docs(plan);
    bencher.bench(|| {
        docs.iter()
            .map(|d| qujat::docx::write(d).expect("docx").len())
            .sum::<usize>()
    });
}

#[divan::bench(args = PLANS, sample_count = 20, sample_size = 1, max_time = 15)]
fn pdf_layout(bencher: divan::Bencher, plan: &str) {
    let docs = docs(plan);
    bencher.bench(|| {
        docs.iter()
            .map(|d| qujat::layout::compose(d).expect("pages").len())
            .sum::<usize>()
    });
}

#[divan::bench(args = PLANS, sample_count = 20, sample_size = 1, max_time = 15)]
fn pdf_serialise(bencher: divan::Bencher, plan: &str) {
    let docs = docs(plan);
    let pages: Vec<_> = docs
        .iter()
        .map(|d| qujat::layout::compose(d).expect("pages"))
        .collect();
    bencher.bench(|| {
        docs.iter()
            .zip(&pages)
            .map(|(d, p)| qujat::pdf::write_pages(d, p).expect("pdf").len())
            .sum::<usize>()
    });
}

/// Load, both documents, all four files in memory: what `qujat render` does short of writing,
/// on one thread and with the two languages side by side on two.
#[divan::bench(args = PLANS, consts = [1, 2], sample_count = 20, sample_size = 1, max_time = 15)]
fn whole_render<const THREADS: usize>(bencher: divan::Bencher, plan: &str) {
    let (path, text) = source(plan);
    let options = render::Options {
        threads: THREADS,
        ..render::Options::default()
    };
    bencher.with_inputs(|| text.clone()).bench_values(|t| {
        let loaded = app::load_text(&path, t).unwrap_or_else(|_| panic!("loads"));
        render::outputs(&loaded, &options).expect("rendered").len()
    });
}
