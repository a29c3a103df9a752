//! Printing diagnostics: a plan with 6,000 warnings, rendered as `qujat check` prints them
//! (human: the source line under each message) and as JSON. `cargo bench --bench diagnostics`;
//! the figures are in docs/performance.md. Printing must take time in proportion to the
//! number of diagnostics, not to that number times the size of the file.

use qujat::app;
use std::path::Path;

fn main() {
    divan::main();
}

/// A valid plan whose every item's text is the same in both languages: one `same-text`
/// warning per item.
fn plan_with_warnings(items: usize) -> String {
    let mut yaml = String::from(
        "qujat: 1
template: action-plan
organization:
  name: {kk: «Үлгі» АҚ, ru: АО «Образец»}
  short: {kk: Қоғам, ru: Общество}
approval: {by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2027, protocol: null}
title: {kk: Іс-шаралар жоспары, ru: План мероприятий}
units:
  hr: {kk: [ПБД, персоналды басқару департаменті], ru: [ДУП, департамент управления персоналом]}
sections:
  - title: {kk: Оқыту, ru: Обучение}
    items:
",
    );
    for n in 1..=items {
        yaml.push_str(&format!(
            "      - text: {{kk: Семинар {n}, ru: Семинар {n}}}\n        due: quarterly\n        responsible: [hr]\n"
        ));
    }
    yaml
}

const WARNINGS: usize = 6_000;

fn loaded() -> app::Loaded {
    let loaded = app::load_text(Path::new("warnings.yaml"), plan_with_warnings(WARNINGS))
        .unwrap_or_else(|r| panic!("the plan loads: {:?}", r.report.diagnostics.first()));
    assert_eq!(loaded.report.warnings(), WARNINGS);
    loaded
}

#[divan::bench(sample_count = 10, max_time = 20)]
fn human_6000_warnings(bencher: divan::Bencher) {
    let loaded = loaded();
    bencher.bench(|| app::render_report(&loaded.path, &loaded.source, &loaded.report).len());
}

#[divan::bench(sample_count = 10, max_time = 20)]
fn json_6000_warnings(bencher: divan::Bencher) {
    let loaded = loaded();
    bencher.bench(|| {
        qujat::message_format::json_lines(&qujat::message_format::Checked {
            path: "warnings.yaml",
            quoted: &qujat::diagnostic::QuotedLines::of_plan(&loaded.source, &loaded.report),
            report: &loaded.report,
        })
        .len()
    });
}
