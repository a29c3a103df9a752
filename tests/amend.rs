//! Amendments: `qujat diff` between two versions of a plan lists exactly the changes made,
//! with old and new numbers (a row renumbered by an insertion is not a change); the changes
//! document's instructions carry the right formula and number in both languages; the
//! `amendment:` block is validated by `check` and its justifications by `diff`.

#[path = "amend/cases.rs"]
mod cases;
mod support;

use cases::{ACTION, CASES, Case, SCHEDULE, cut_item, edit};
use qujat::amend::{self, Numbering, formulas};
use qujat::lang::Lang;
use std::path::{Path, PathBuf};
use support::{qujat, scratch};

fn loaded(name: &str, text: &str) -> qujat::app::Loaded {
    match qujat::app::load_text(Path::new(name), text.to_string()) {
        Ok(l) => l,
        Err(r) => panic!(
            "{name} does not load:\n{}",
            qujat::app::render_report(&r.path, &r.source, &r.report)
        ),
    }
}

fn instructions(old: &str, new: &str, lang: Lang, numbering: Numbering) -> formulas::Instructions {
    let (old, new) = (loaded("old.yaml", old), loaded("new.yaml", new));
    let diff = amend::compare(&old, &new).unwrap();
    formulas::instructions(&diff, lang, numbering).unwrap()
}

fn lines(i: &formulas::Instructions) -> Vec<String> {
    i.items.iter().map(|i| i.line()).collect()
}

/// The two versions of a case written to files: (old, new).
fn write_pair(dir_name: &str, old: &str, new: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(dir_name);
    let (o, n) = (dir.join("old.yaml"), dir.join("new.yaml"));
    std::fs::write(&o, old).unwrap();
    std::fs::write(&n, new).unwrap();
    (o, n)
}

fn case_files(case: &Case) -> (PathBuf, PathBuf) {
    let old = (case.old)();
    let new = (case.make)(&old);
    let name: String = case
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    write_pair(&format!("amend-{name}"), &old, &new)
}

fn diff(old: &Path, new: &Path, json: bool) -> (i32, String, String) {
    let mut args = vec!["diff", old.to_str().unwrap(), new.to_str().unwrap()];
    if json {
        args.extend(["--message-format", "json"]);
    }
    let out = qujat(&args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn diff_lists_exactly_the_changes_made() {
    for case in CASES {
        let (old, new) = case_files(case);
        let (code, stdout, stderr) = diff(&old, &new, false);
        assert_eq!(code, 0, "{}: {stderr}", case.name);
        assert_eq!(stderr, "", "{}: the pairs are valid plans", case.name);
        let printed: Vec<&str> = stdout.lines().collect();
        let (summary, changes) = printed.split_last().unwrap();
        assert_eq!(changes, case.diff, "{}", case.name);
        let count = case.diff.len();
        let noun = if count == 1 { "change" } else { "changes" };
        assert!(
            summary.starts_with(&format!("{count} {noun}: ")),
            "{}: {summary}",
            case.name
        );
    }
}

#[test]
fn diff_json_is_one_object_per_change_and_a_summary() {
    for case in CASES {
        let (old, new) = case_files(case);
        let (code, stdout, _) = diff(&old, &new, true);
        assert_eq!(code, 0, "{}", case.name);
        let objects: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
            .collect();
        let (summary, changes) = objects.split_last().unwrap();
        assert_eq!(changes.len(), case.diff.len(), "{}", case.name);
        assert_eq!(
            summary["summary"]["changes"],
            case.diff.len(),
            "{}",
            case.name
        );
        for c in changes {
            assert!(c["change"].is_string() && c["languages"].is_array(), "{c}");
        }
    }
}

#[test]
fn json_names_old_and_new_numbers_and_guesses() {
    let case = CASES.iter().find(|c| c.name == "item inserted").unwrap();
    let (old, new) = case_files(case);
    let (_, stdout, _) = diff(&old, &new, true);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["change"], "item-added");
    assert_eq!(first["id"], "hotline");
    assert_eq!(first["new"], serde_json::json!({"item": 3, "section": 1}));
    assert_eq!(first["number"], "2-1");

    let case = CASES
        .iter()
        .find(|c| c.name.starts_with("items without ids"))
        .unwrap();
    let (old, new) = case_files(case);
    let (_, stdout, _) = diff(&old, &new, true);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["change"], "item-changed");
    assert_eq!(first["matched_by"], "similarity");
    assert_eq!(first["guess"], true);
    assert_eq!(first["old"]["item"], 2);
    assert_eq!(first["cells"], serde_json::json!({"text": ["ru"]}));
}

#[test]
fn instructions_carry_the_formula_and_the_number_in_both_languages() {
    for case in CASES {
        let old = (case.old)();
        let new = (case.make)(&old);
        for (lang, expected) in [(Lang::Kk, case.kk), (Lang::Ru, case.ru)] {
            let got = instructions(&old, &new, lang, Numbering::Suffixed);
            assert_eq!(lines(&got), expected, "{}: {lang}", case.name);
        }
    }
}

#[test]
fn both_languages_have_the_same_instructions_under_the_same_numbers() {
    for case in CASES {
        let old = (case.old)();
        let new = (case.make)(&old);
        let kk = instructions(&old, &new, Lang::Kk, Numbering::Suffixed);
        let ru = instructions(&old, &new, Lang::Ru, Numbering::Suffixed);
        assert_eq!(kk.items.len(), ru.items.len(), "{}", case.name);
        for (a, b) in kk.items.iter().zip(&ru.items) {
            assert_eq!((&a.label, &a.end), (&b.label, &b.end), "{}", case.name);
            // What is quoted is the same, unless one language's text does not change there.
            if a.quote.is_some() && b.quote.is_some() {
                assert_eq!(a.quote, b.quote, "{}", case.name);
            }
        }
    }
}

#[test]
fn renumbering_style_numbers_added_rows_as_the_new_plan() {
    let case = CASES.iter().find(|c| c.name == "item inserted").unwrap();
    let old = (case.old)();
    let new = (case.make)(&old);
    let ru = instructions(&old, &new, Lang::Ru, Numbering::Renumbered);
    assert_eq!(
        lines(&ru),
        [
            "1) дополнить строкой, порядковый номер 3, следующего содержания: [Row { item: 3, number: \"3\" }]."
        ]
    );
}

#[test]
fn title_of_the_changes_document() {
    let title =
        |old: &str, new: &str, lang| instructions(old, new, lang, Numbering::Suffixed).title;
    let removed = cut_item(ACTION, "employee-instruction").1;
    let added = edit(
        ACTION,
        &[(
            "\nnotes:\n",
            "\nnotes:\n  - {kk: Жаңа ескертпе мәтіні., ru: Текст нового примечания.}\n",
        )],
    );
    let inserted = CASES.iter().find(|c| c.name == "item inserted").unwrap();
    let inserted = (inserted.make)(ACTION);
    let both = cut_item(&inserted, "employee-instruction").1;
    let kk = "2022 жылға арналған «Азаматтық бастамаларды қолдау орталығы» КЕАҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспарына";
    let ru = "План мероприятий НАО «Центр поддержки гражданских инициатив» по противодействию коррупции на 2022 год";
    assert_eq!(
        title(ACTION, &removed, Lang::Kk),
        format!("{kk} өзгерістер")
    );
    assert_eq!(
        title(ACTION, &removed, Lang::Ru),
        format!("Изменения в {ru}")
    );
    assert_eq!(
        title(ACTION, &inserted, Lang::Kk),
        format!("{kk} толықтырулар")
    );
    assert_eq!(
        title(ACTION, &inserted, Lang::Ru),
        format!("Дополнения в {ru}")
    );
    assert_eq!(
        title(ACTION, &both, Lang::Kk),
        format!("{kk} өзгерістер мен толықтырулар")
    );
    assert_eq!(
        title(ACTION, &both, Lang::Ru),
        format!("Изменения и дополнения в {ru}")
    );
    // Notes restated (the plan had notes): a change.
    assert_eq!(title(ACTION, &added, Lang::Ru), format!("Изменения в {ru}"));
    // The schedule: «… жұмыс кестесі» → «… жұмыс кестесіне».
    let moved = edit(
        SCHEDULE,
        &[("due: {on: 2026-05-19}", "due: {on: 2026-05-20}")],
    );
    let kk = title(SCHEDULE, &moved, Lang::Kk);
    assert!(
        kk.starts_with("2026 жылғы 13 сәуір мен 26 мамыр аралығына арналған «Алматы»"),
        "{kk}"
    );
    assert!(kk.ends_with(" жұмыс кестесіне өзгерістер"), "{kk}");
    let ru = title(SCHEDULE, &moved, Lang::Ru);
    assert!(
        ru.starts_with("Изменения в План-график работ по проведению"),
        "{ru}"
    );
    assert!(
        ru.ends_with("на период с 13 апреля по 26 мая 2026 года"),
        "{ru}"
    );
}

#[test]
fn identical_plans_have_no_changes() {
    for sample in [ACTION, SCHEDULE] {
        let (old, new) = write_pair("amend-identical", sample, sample);
        let (code, stdout, stderr) = diff(&old, &new, false);
        assert_eq!(
            (code, stdout.as_str(), stderr.as_str()),
            (0, "no changes\n", "")
        );
        let (code, stdout, _) = diff(&old, &new, true);
        assert_eq!(code, 0);
        let summary: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
        assert_eq!(summary["summary"]["changes"], 0);
    }
    // The YAML written differently (flow style, other line breaks) is the same plan.
    let reflowed = edit(
        ACTION,
        &[(
            "          - text: {kk: Жұмыс тобын құру, ru: Создание рабочей группы}",
            "          - text:\n              kk: Жұмыс тобын құру\n              ru: Создание   рабочей группы",
        )],
    );
    let (old, new) = write_pair("amend-reflowed", ACTION, &reflowed);
    assert_eq!(diff(&old, &new, false).1, "no changes\n");
}

#[test]
fn plans_of_different_templates_are_invalid_input() {
    let (old, new) = write_pair("amend-templates", ACTION, SCHEDULE);
    let (code, stdout, stderr) = diff(&old, &new, false);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("different templates (`action-plan` and `schedule`)"),
        "{stderr}"
    );
}

#[test]
fn an_invalid_plan_is_invalid_input_with_its_place() {
    let broken = edit(
        ACTION,
        &[("due: {by: 2022-04-16}", "due: {by: 2022-02-30}")],
    );
    let (old, new) = write_pair("amend-invalid", ACTION, &broken);
    let (code, stdout, stderr) = diff(&old, &new, false);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(stderr.contains("new.yaml:"), "{stderr}");
    assert!(stderr.contains("[impossible-date]"), "{stderr}");
}

const AMENDMENT: &str = "
amendment:
  date: 2022-09-15
  protocol: \"7\"
  justifications:
    risk-analysis: {kk: Жұмыс тобы кешірек құрылады., ru: Рабочая группа создаётся позже.}
    board-report: {kk: Өзгермеген тармақ., ru: Пункт не менялся.}
  removed:
    employee-instruction: {kk: Нұсқаулық саясатқа енгізілді., ru: Инструкция включена в политику.}
";

#[test]
fn the_amendment_block_is_checked_and_its_justifications_compared() {
    let new = cut_item(ACTION, "employee-instruction").1;
    let new = edit(&new, &[("due: {by: 2022-04-16}", "due: {by: 2022-04-30}")]) + AMENDMENT;
    let check = qujat(&[
        "check",
        write_pair("amend-block", ACTION, &new).1.to_str().unwrap(),
    ]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let (old, new_path) = write_pair("amend-block", ACTION, &new);
    let (code, stdout, stderr) = diff(&old, &new_path, false);
    assert_eq!(code, 0);
    assert_eq!(
        stdout.lines().take(2).collect::<Vec<_>>(),
        [
            "item 1 `risk-analysis`, step 1: changed: deadline [kk, ru]",
            "item 8 `employee-instruction`: removed",
        ]
    );
    // Only the justification of an unchanged item is warned about, at its place.
    assert_eq!(stderr.matches("warning[").count(), 1, "{stderr}");
    assert!(
        stderr.contains("warning[unchanged-justified]: the item `board-report` did not change"),
        "{stderr}"
    );
    let line = new
        .lines()
        .position(|l| l.starts_with("    board-report:"))
        .unwrap()
        + 1;
    assert!(stderr.contains(&format!("new.yaml:{line}:5")), "{stderr}");

    let plan = loaded("new.yaml", &new);
    assert!(plan.report.diagnostics.is_empty());
    let amendment = plan.amendment.clone().unwrap();
    assert_eq!(
        amendment.justification("employee-instruction").unwrap().ru,
        "Инструкция включена в политику."
    );
    match amendment.approval(&plan.plan) {
        qujat::plan::Approval::Decision {
            body,
            date,
            protocol,
            ..
        } => {
            assert_eq!(body.ru, "Совета директоров");
            assert_eq!(date.unwrap().to_string(), "2022-09-15");
            assert_eq!(protocol.as_deref(), Some("7"));
        }
        other => panic!("{other:?}"),
    }
}

/// (what the amendment block says, the code, line and column of the error `check` reports).
const BAD_BLOCKS: &[(&str, &str, u32, u32)] = &[
    (
        "amendment:\n  justifications:\n    no-such-item: {kk: а, ru: б}\n",
        "unknown-item-id",
        3,
        5,
    ),
    (
        "amendment:\n  removed:\n    risk-map: {kk: а, ru: б}\n",
        "not-removed",
        3,
        5,
    ),
    ("amendment:\n  date: 2022-02-30\n", "bad-date", 2, 9),
    ("amendment:\n  protocl: \"7\"\n", "unknown-field", 2, 3),
    (
        "amendment:\n  position: {kk: а, ru: б}\n",
        "wrong-grif-field",
        2,
        3,
    ),
    (
        "amendment:\n  justifications:\n    risk-map: {kk: а}\n",
        "missing-translation",
        3,
        15,
    ),
    (
        "amendment:\n  justifications:\n    risk-map: \"\"\n",
        "empty-text",
        3,
        15,
    ),
    ("amendment: [1, 2]\n", "wrong-type", 1, 12),
];

#[test]
fn a_bad_amendment_block_is_an_error_with_its_place() {
    let base_lines = ACTION.lines().count() as u32;
    for (block, code, line, column) in BAD_BLOCKS {
        let plan = format!("{ACTION}{block}");
        let path = scratch("amend-bad-block").join("plan.yaml");
        std::fs::write(&path, &plan).unwrap();
        let out = qujat(&["check", "--message-format", "json", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{block}");
        let first: serde_json::Value =
            serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap())
                .unwrap();
        assert_eq!(first["code"], *code, "{block}");
        assert_eq!(first["line"], base_lines + line, "{block}");
        assert_eq!(first["column"], *column, "{block}");
    }
}

#[test]
fn render_ignores_the_amendment_block() {
    let plan = format!("{ACTION}{AMENDMENT}");
    let plan = cut_item(&plan, "employee-instruction").1;
    let with = loaded("a.yaml", &plan);
    let without = loaded("b.yaml", plan.split("\namendment:").next().unwrap());
    assert_eq!(
        qujat::app::documents(&with).unwrap(),
        qujat::app::documents(&without).unwrap()
    );
}

#[test]
fn the_changes_are_approved_the_way_the_plan_was() {
    // The schedule is approved by an official: its changes too, with their own date.
    let block = "\namendment:\n  date: 2026-04-20\n  name: {kk: А.Б. Жаңа, ru: А.Б. Новый}\n";
    let plan = loaded("s.yaml", &format!("{SCHEDULE}{block}"));
    assert!(plan.report.diagnostics.is_empty(), "{:?}", plan.report);
    let amendment = plan.amendment.clone().unwrap();
    match amendment.approval(&plan.plan) {
        qujat::plan::Approval::Official {
            position,
            name,
            date,
            ..
        } => {
            assert_eq!(position.ru, "Председатель Правления АО «СПК «Алматы»");
            assert_eq!(name.ru, "А.Б. Новый");
            assert_eq!(date.unwrap().to_string(), "2026-04-20");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        amendment.revision_date(&plan.plan).to_string(),
        "2026-04-20"
    );
    assert_eq!(
        amendment.author(&plan.plan, Lang::Kk),
        "«Алматы» әлеуметтік-кәсіпкерлік корпорациясы» АҚ"
    );
    // A protocol belongs to a decision, not to an official's approval.
    let wrong = format!("{SCHEDULE}\namendment:\n  protocol: \"7\"\n");
    let err = qujat::app::load_text(Path::new("s.yaml"), wrong)
        .err()
        .expect("rejected");
    assert_eq!(err.report.diagnostics[0].code, "wrong-grif-field");
    // Without a date: blanks, and the plan's approval year for the revisions' date.
    let blank = loaded(
        "a.yaml",
        &format!("{ACTION}\namendment:\n  protocol: null\n"),
    );
    let a = blank.amendment.clone().unwrap();
    assert_eq!(a.revision_date(&blank.plan).to_string(), "2022-01-01");
}

#[test]
fn an_id_written_twice_is_refused_before_comparing() {
    // Matching trusts ids, so two items with one id would pair at random: `check` rejects
    // the plan, and `diff` with it, naming the place.
    let old = edit(
        ACTION,
        &[("      - id: risk-map\n", "      - id: risk-analysis\n")],
    );
    let new = edit(&old, &[("due: {by: 2022-04-16}", "due: {by: 2022-04-30}")]);
    let (old_path, new_path) = write_pair("amend-duplicate-id", &old, &new);
    let (code, stdout, stderr) = diff(&old_path, &new_path, false);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stdout, "");
    assert!(stderr.contains("[duplicate-id]"), "{stderr}");
    assert!(stderr.contains("amend-duplicate-id"), "{stderr}");
}
