//! The document models of the samples, kept as golden text files: a change to any phrase,
//! number or span shows up as a diff. `QUJAT_UPDATE_GOLDEN=1 cargo test --test model` rewrites
//! them after a deliberate change; review the diff before committing.

mod support;

use qujat::app;
use qujat::document::{self, Document};
use qujat::lang::Lang;
use std::path::Path;

fn documents(sample: &str) -> Vec<Document> {
    let loaded = app::load(&support::sample(sample))
        .unwrap_or_else(|r| panic!("{}", app::render_report(&r.path, &r.source, &r.report)));
    app::documents(&loaded).unwrap()
}

fn plan_documents(yaml: &str) -> Vec<Document> {
    let loaded = app::load_text(Path::new("test.yaml"), yaml.to_string())
        .unwrap_or_else(|r| panic!("{}", app::render_report(&r.path, &r.source, &r.report)));
    app::documents(&loaded).unwrap()
}

#[test]
fn sample_models_match_their_golden_dumps() {
    let update = std::env::var_os("QUJAT_UPDATE_GOLDEN").is_some();
    for sample in support::SAMPLES {
        for doc in documents(sample) {
            let stem = sample.trim_end_matches(".yaml");
            let golden = support::root().join(format!("tests/golden/{stem}.{}.txt", doc.lang));
            let dump = document::dump(&doc);
            if update {
                std::fs::write(&golden, &dump).unwrap();
            }
            let expected = std::fs::read_to_string(&golden).unwrap_or_default();
            assert!(
                dump == expected,
                "{} differs from the model; rerun with QUJAT_UPDATE_GOLDEN=1 if the change is deliberate",
                golden.display()
            );
        }
    }
}

#[test]
fn both_languages_have_the_same_shape() {
    for sample in support::SAMPLES {
        let docs = documents(sample);
        assert_eq!(docs[0].lang, Lang::Kk);
        assert_eq!(docs[1].lang, Lang::Ru);
        assert_eq!(
            document::shape(&docs[0]),
            document::shape(&docs[1]),
            "{sample}"
        );
    }
}

#[test]
fn action_plan_table_has_merged_step_rows() {
    let docs = documents("anticorruption-plan-2022.yaml");
    let shape = document::shape(&docs[0]);
    // Item 1 has three steps: number, measure and result span three rows.
    assert!(
        shape.contains("item 1 part 1/3 1x3 1x3 1x1 1x1 1x1 1x3\n"),
        "{shape}"
    );
    assert!(
        shape.contains("item 1 part 2/3 ^ ^ 1x1 1x1 1x1 ^\n"),
        "{shape}"
    );
    assert_eq!(shape.matches("section 6x1b").count(), 6);
    assert_eq!(
        docs[0]
            .table
            .rows
            .iter()
            .filter(|r| matches!(r.kind, document::RowKind::Item { part: 0, .. }))
            .count(),
        17
    );
}

const GRIF_PLAN: &str = "qujat: 1
template: action-plan
organization:
  name: {kk: «Үлгі» АҚ, ru: АО «Образец»}
  short: {kk: Қоғам, ru: Общество}
annex: 4
approval: APPROVAL
title: {kk: Жоспар, ru: План}
sections:
  - title: {kk: Оқыту, ru: Обучение}
    items:
      - text: {kk: Оқыту, ru: Обучение}
        steps:
          - {text: {kk: Семинар өткізу, ru: Проведение семинара}, due: monthly, responsible: [{kk: комплаенс-қызметі, ru: комплаенс-служба}]}
";

fn grif(approval: &str) -> (Vec<String>, Vec<String>) {
    let docs = plan_documents(&GRIF_PLAN.replace("APPROVAL", approval));
    let lines = |d: &Document| {
        d.annex
            .iter()
            .cloned()
            .chain(d.grif.iter().map(|l| qujat::richtext::concat(l)))
            .collect::<Vec<_>>()
    };
    (lines(&docs[0]), lines(&docs[1]))
}

#[test]
fn decision_grif_with_blank_date_and_number() {
    let (kk, ru) = grif(
        "{by: decision, body: {kk: директорлар кеңесінің, ru: Совета директоров}, date: null, year: 2022, protocol: null}",
    );
    assert_eq!(
        kk,
        [
            "4-қосымша",
            "«Үлгі» АҚ директорлар кеңесінің",
            "шешімімен",
            "БЕКІТІЛДІ",
            "«____» ________ 2022 жыл",
            "хаттама №_____"
        ]
    );
    assert_eq!(
        ru,
        [
            "Приложение 4",
            "УТВЕРЖДЕН",
            "решением Совета директоров",
            "АО «Образец»",
            "(протокол от «____» ____________ 2022 года № _____)"
        ]
    );
}

#[test]
fn decision_grif_with_date_and_number() {
    let (kk, ru) = grif(
        "{by: decision, body: {kk: директорлар кеңесінің, ru: Совета директоров}, date: 2022-06-10, protocol: 5, gender: feminine}",
    );
    assert_eq!(kk[4], "2022 жылғы 10 маусымдағы № 5 хаттама");
    assert_eq!(ru[1], "УТВЕРЖДЕНА");
    assert_eq!(ru[4], "(протокол от 10 июня 2022 года № 5)");
}

#[test]
fn decision_grif_with_only_one_of_date_and_number() {
    let (kk, ru) = grif(
        "{by: decision, body: {kk: Басқарманың, ru: Правления}, date: 2022-04-04, protocol: null}",
    );
    assert_eq!(kk[4], "2022 жылғы 4 сәуірдегі №_____ хаттама");
    assert_eq!(ru[4], "(протокол от 4 апреля 2022 года № _____)");
    let (kk, ru) = grif(
        "{by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2023, protocol: 12}",
    );
    assert_eq!(kk[4], "2023 жылғы «____» ____________ № 12 хаттама");
    assert_eq!(ru[4], "(протокол от «____» ____________ 2023 года № 12)");
}

const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
/// Locative + -ғы/-гі, «dated …» (shared/reference/kazakh-dates.md).
const KK_DATED: [&str; 12] = [
    "қаңтардағы",
    "ақпандағы",
    "наурыздағы",
    "сәуірдегі",
    "мамырдағы",
    "маусымдағы",
    "шілдедегі",
    "тамыздағы",
    "қыркүйектегі",
    "қазандағы",
    "қарашадағы",
    "желтоқсандағы",
];
const RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Every combination of a known or blank date and protocol, in every month, both languages:
/// the year first in Kazakh, never «… жылғы № N» with the date's blanks hanging before it.
#[test]
fn decision_grif_in_every_month_and_every_blank() {
    for m in 1..=12usize {
        let date = format!("2024-{m:02}-09");
        let (kk, ru) = grif(&format!(
            "{{by: decision, body: {{kk: Басқарманың, ru: Правления}}, date: {date}, protocol: 7}}"
        ));
        assert_eq!(
            kk[4],
            format!("2024 жылғы 9 {} № 7 хаттама", KK_DATED[m - 1])
        );
        assert_eq!(
            ru[4],
            format!("(протокол от 9 {} 2024 года № 7)", RU_GENITIVE[m - 1])
        );
        let (kk, ru) = grif(&format!(
            "{{by: decision, body: {{kk: Басқарманың, ru: Правления}}, date: {date}, protocol: null}}"
        ));
        assert_eq!(
            kk[4],
            format!("2024 жылғы 9 {} №_____ хаттама", KK_DATED[m - 1])
        );
        assert_eq!(
            ru[4],
            format!("(протокол от 9 {} 2024 года № _____)", RU_GENITIVE[m - 1])
        );
    }
    let (kk, ru) = grif(
        "{by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2025, protocol: \"14\"}",
    );
    assert_eq!(kk[4], "2025 жылғы «____» ____________ № 14 хаттама");
    assert_eq!(kk.len(), 5, "{kk:?}");
    assert_eq!(ru[4], "(протокол от «____» ____________ 2025 года № 14)");
    let (kk, ru) = grif(
        "{by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2025, protocol: null}",
    );
    assert_eq!(kk[4..], ["«____» ________ 2025 жыл", "хаттама №_____"]);
    assert_eq!(ru[4], "(протокол от «____» ____________ 2025 года № _____)");
}

#[test]
fn official_grif_date_in_every_month() {
    for m in 1..=12usize {
        let (kk, ru) = grif(&format!(
            "{{by: official, position: {{kk: Төраға, ru: Председатель}}, name: {{kk: А.Б. Ахмет, ru: А.Б. Ахметов}}, date: 2026-{m:02}-30}}"
        )
        .replace("-02-30", "-02-28"));
        let day = if m == 2 { 28 } else { 30 };
        assert_eq!(kk[4], format!("2026 жылғы «{day}» {}", KK_MONTHS[m - 1]));
        assert_eq!(ru[4], format!("«{day}» {} 2026 г.", RU_GENITIVE[m - 1]));
    }
}

#[test]
fn official_grif_with_and_without_date() {
    let (kk, ru) = grif(
        "{by: official, position: {kk: Басқарма Төрағасы, ru: Председатель Правления}, name: {kk: М.С. Байдурын, ru: М.С. Байдурин}, date: 2026-03-30}",
    );
    assert_eq!(
        kk[1..],
        [
            "БЕКІТЕМІН",
            "Басқарма Төрағасы",
            "____________ М.С. Байдурын",
            "2026 жылғы «30» наурыз"
        ]
    );
    assert_eq!(
        ru[1..],
        [
            "УТВЕРЖДАЮ",
            "Председатель Правления",
            "____________ М.С. Байдурин",
            "«30» марта 2026 г."
        ]
    );
    let (kk, ru) = grif(
        "{by: official, position: {kk: Басқарма Төрағасы, ru: Председатель Правления}, name: {kk: М.С. Байдурын, ru: М.С. Байдурин}, date: null, year: 2026}",
    );
    assert_eq!(kk[4], "«____» ____________ 2026 ж.");
    assert_eq!(ru[4], "«____» ____________ 2026 г.");
}

#[test]
fn legend_lists_only_abbreviations_that_are_used() {
    let docs = documents("anticorruption-plan-2022.yaml");
    let legend = docs[0].legend.as_ref().unwrap();
    assert!(
        legend
            .entries
            .contains(&"ОҚП – операциялық қызмет департаменті".to_string()),
        "{:?}",
        legend.entries
    );
    let yaml = GRIF_PLAN
        .replace("APPROVAL", "{by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2022, protocol: null}")
        .replace("sections:", "units:\n  hr: {kk: [ПБД, персоналды басқару департаменті], ru: [ДУП, департамент управления персоналом]}\n  unused: {kk: [ҚД, қаржы департаменті], ru: [ФД, финансовый департамент]}\nsections:")
        .replace("responsible: [{kk: комплаенс-қызметі, ru: комплаенс-служба}]", "responsible: [hr]");
    let docs = plan_documents(&yaml);
    assert_eq!(
        docs[0].legend.as_ref().unwrap().entries,
        ["ПБД – персоналды басқару департаменті"]
    );
    assert_eq!(
        docs[1].legend.as_ref().unwrap().entries,
        ["ДУП – департамент управления персоналом"]
    );
}

#[test]
fn building_twice_gives_the_same_model() {
    let a = documents("vakr-schedule-2026.yaml");
    let b = documents("vakr-schedule-2026.yaml");
    assert_eq!(a, b);
}

fn catalogue_plan(name: &str) -> String {
    std::fs::read_to_string(support::root().join(format!("tests/plans/warnings/{name}.yaml")))
        .unwrap()
}

/// A range of one day is that day: the deadline as `on:` prints it, the period as one date.
#[test]
fn a_one_day_range_is_printed_as_the_day() {
    let docs = plan_documents(&catalogue_plan("one-day-range"));
    let (kk, ru) = (document::dump(&docs[0]), document::dump(&docs[1]));
    assert!(
        kk.contains("\ntitle: 2027 жылғы 13 сәуірге арналған Іс-шаралар жоспары\n"),
        "{kk}"
    );
    assert!(
        ru.contains("\ntitle: План мероприятий на 13 апреля 2027 года\n"),
        "{ru}"
    );
    assert!(kk.contains("\n  2027 жылғы 13 сәуір\n"), "{kk}");
    assert!(ru.contains("\n  13 апреля 2027 года\n"), "{ru}");
    assert!(!ru.contains("по 13 апреля"), "{ru}");
}

/// Markup outside paragraphs, bullets, bold and italic comes out as the user typed it, in the
/// model and in the PDF's text.
#[test]
fn markup_outside_the_subset_reaches_the_documents_as_typed() {
    let kk_typed =
        "Оқу `код` &#x1F600; &#0; &amp; [сілтеме](http://x.kz) ![сурет](a.png) <b>жуан</b> _а_";
    let ru_typed = "# Заголовок > цитата 1. пункт --- Текст <i>курсив</i> `код`";
    let docs = plan_documents(&catalogue_plan("verbatim-markup"));
    let (kk, ru) = (document::dump(&docs[0]), document::dump(&docs[1]));
    assert!(kk.contains(&format!("\n  {kk_typed}\n")), "{kk}");
    assert!(ru.contains(&format!("\n  {ru_typed}\n")), "{ru}");
    let dir = support::scratch("model-verbatim");
    let plan = dir.join("verbatim.yaml");
    std::fs::write(&plan, catalogue_plan("verbatim-markup")).unwrap();
    let out = support::qujat(&["render", plan.to_str().unwrap(), "--format", "pdf", "-q"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A line of the PDF ends in `---`, and pdftotext joins a line that ends in a hyphen to the
    // next, dropping the hyphen: the model above holds the whole text; here each side of it.
    for (lang, typed) in [("kk", kk_typed), ("ru", ru_typed)] {
        let Some(text) = support::pdf_text(&dir.join(format!("verbatim.{lang}.pdf"))) else {
            return;
        };
        for part in typed.split(" --- ") {
            assert!(
                support::contains_text(&text, part),
                "{lang}: {part:?} in {text}"
            );
        }
    }
}

/// A column's header: the plan's `headers:` first, then the template's pair, then qujat's
/// words; a line break written in a header is a space.
#[test]
fn headers_come_from_the_plan_then_the_template_then_the_locale() {
    let plan = support::root().join("tests/plans/warnings/template-header-pairs.yaml");
    let loaded = app::load(&plan)
        .unwrap_or_else(|r| panic!("{}", app::render_report(&r.path, &r.source, &r.report)));
    let docs = app::documents(&loaded).unwrap();
    let headers = |doc: &Document| doc.table.headers().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        headers(&docs[0]),
        [
            "р/б №",                           // the template's pair
            "Жоспар",                          // qujat's
            "Қадамы",                          // the plan's
            "Орындалу мерзімі",                // the template's pair
            "Жауапты қызметкер",               // qujat's
            "Күтілетін нәтиже, аяқтау нысаны", // the template's pair, block style
        ]
    );
    assert_eq!(
        headers(&docs[1]),
        [
            "№ п/п",
            "Мероприятие",
            "Шаг",
            "Сроки исполнения",
            "Ответственный исполнитель",
            "Ожидаемый результат, форма завершения",
        ]
    );
    let source = std::fs::read_to_string(support::sample("vakr-schedule-2026.yaml"))
        .unwrap()
        .replacen(
            "\nunits:\n",
            "\nheaders:\n  deadline:\n    kk: |\n      Орындалу\n      мерзімі\n    ru: Сроки исполнения\n\nunits:\n",
            1,
        );
    let docs = plan_documents(&source);
    assert_eq!(headers(&docs[0])[2], "Орындалу мерзімі");
    assert_eq!(headers(&docs[1])[2], "Сроки исполнения");
}

/// The rows `qujat render` builds as the paginator reaches them are the rows of the document
/// built whole, in any order they are asked for; their shapes are those rows without text.
#[test]
fn rows_built_as_they_are_reached_are_the_rows_of_the_whole_document() {
    use qujat::document::{Cell, Row, RowSource};
    let mut plans: Vec<(String, String)> = support::SAMPLES
        .iter()
        .map(|s| {
            let text = std::fs::read_to_string(support::sample(s)).expect("sample reads");
            (s.to_string(), text)
        })
        .collect();
    plans.push(("generated.yaml".into(), qujat::generate::plan_yaml(300, 7)));
    for (name, yaml) in plans {
        let loaded = app::load_text(Path::new(&name), yaml)
            .unwrap_or_else(|r| panic!("{}", app::render_report(&r.path, &r.source, &r.report)));
        for lang in Lang::ALL {
            let whole = document::build(&loaded.plan, &loaded.template, lang).unwrap();
            let (head, mut rows) =
                document::build_streamed(&loaded.plan, &loaded.template, lang).unwrap();
            let mut expected_head = whole.clone();
            expected_head.table.rows.clear();
            assert_eq!(head, expected_head, "{name} {lang}: all but the rows");
            assert_eq!(rows.len(), whole.table.rows.len(), "{name} {lang}");
            let n = rows.len();
            let collect = |rows: &mut document::TableRows, range: std::ops::Range<usize>| {
                let mut got: Vec<(usize, Row)> = Vec::new();
                rows.rows(range, &mut |i, r| got.push((i, r.clone())))
                    .unwrap();
                got
            };
            let all = collect(&mut rows, 0..n);
            assert_eq!(all.len(), n);
            for (i, row) in &all {
                assert_eq!(row, &whole.table.rows[*i], "{name} {lang}: row {i}");
            }
            // Forward with gaps, then behind the last row given (the rows start again).
            for range in [n / 3..n / 2, n - 2..n + 5, 1..4] {
                let want: Vec<(usize, Row)> = whole.table.rows[range.start..range.end.min(n)]
                    .iter()
                    .cloned()
                    .enumerate()
                    .map(|(k, r)| (range.start + k, r))
                    .collect();
                assert_eq!(
                    collect(&mut rows, range.clone()),
                    want,
                    "{name} {lang} {range:?}"
                );
            }
            let mut shapes = Vec::new();
            rows.shapes(0..n, &mut |_, r| shapes.push(r.clone()));
            let textless: Vec<Row> = whole
                .table
                .rows
                .iter()
                .cloned()
                .map(|mut r| {
                    for cell in &mut r.cells {
                        if let Cell::Content(c) = cell {
                            c.blocks.clear();
                        }
                    }
                    r
                })
                .collect();
            assert_eq!(shapes, textless, "{name} {lang}: shapes");
        }
    }
}
