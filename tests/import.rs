//! `qujat import`: the samples rendered and imported back give the same documents; Word files
//! qujat did not write (python-docx, LibreOffice from HTML) reproducing the seeds — defects
//! and all — give the plan a person reading them would extract, and the report names the
//! differences; bad files are refused with exit code 2 and a clear message, never a panic.

mod support;

use chrono::NaiveDate;
use qujat::plan::{
    Approval, Deadline, Every, ItemBody, Period, Plan, Recurring, Responsible, YearMonth,
};
use qujat::template::Field;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{qujat, root, scratch, tool};

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ym(year: i32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

/// Imports `files` into `dir/plan.yaml`; the YAML when it succeeded.
fn import(dir: &Path, files: &[&Path]) -> (Output, Option<String>) {
    let out = dir.join("plan.yaml");
    let _ = std::fs::remove_file(&out);
    let mut args = vec!["import"];
    args.extend(files.iter().map(|f| s(f)));
    args.extend(["-o", s(&out)]);
    let o = qujat(&args);
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    let yaml = std::fs::read_to_string(&out).ok();
    (o, yaml)
}

/// The imported plan with every text left empty for the missing language filled with a
/// marker («…»), so that it loads and its structure can be looked at.
fn load_filled(yaml: &str) -> Plan {
    let filled = yaml.replace("~  # missing: write it", "\"… to translate\"");
    match qujat::app::load_text(Path::new("imported.yaml"), filled) {
        Ok(l) => l.plan,
        Err(r) => panic!("{:#?}\n{yaml}", r.report.diagnostics),
    }
}

fn kk_titles(plan: &Plan) -> Vec<&str> {
    plan.sections.iter().map(|s| s.title.kk.as_str()).collect()
}

fn steps(plan: &Plan, item: usize) -> &[qujat::plan::Step] {
    match &plan.items().nth(item - 1).expect("item").body {
        ItemBody::Steps(s) => s,
        ItemBody::Own(_) => panic!("item {item} has no steps"),
    }
}

fn unit_names(plan: &Plan, r: &[Responsible]) -> Vec<String> {
    r.iter()
        .map(|r| match r {
            Responsible::Unit(i) => plan.units[*i].kk.short.clone(),
            Responsible::Free(t) => t.kk.clone(),
        })
        .collect()
}

// ---- round trip ----

#[test]
fn both_samples_render_import_and_dump_the_same() {
    let dir = scratch("import-round-trip");
    for sample in support::SAMPLES {
        let stem = sample.trim_end_matches(".yaml");
        let plan = support::sample(sample);
        let out = qujat(&["render", s(&plan), "-o", s(&dir), "--format", "docx", "-q"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let kk = dir.join(format!("{stem}.kk.docx"));
        let ru = dir.join(format!("{stem}.ru.docx"));
        let (o, yaml) = import(&dir, &[&kk, &ru]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let yaml = yaml.expect("plan written");
        assert!(yaml.starts_with("# yaml-language-server: $schema=plan.schema.json\n"));
        // qujat's own headers are qujat's: nothing to keep.
        assert!(!yaml.contains("\nheaders:"), "{yaml}");
        let imported = dir.join("plan.yaml");
        let check = qujat(&["check", s(&imported)]);
        assert_eq!(check.status.code(), Some(0), "{}\n{yaml}", stderr(&check));
        assert!(String::from_utf8_lossy(&check.stdout).contains(", 0 warnings"));
        for lang in ["kk", "ru"] {
            let want = qujat(&["dump", s(&plan), "--lang", lang]);
            let got = qujat(&["dump", s(&imported), "--lang", lang]);
            assert_eq!(got.status.code(), Some(0), "{}", stderr(&got));
            assert_eq!(
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&want.stdout),
                "{stem} {lang}:\n{yaml}"
            );
        }
        // The same from the combined file, both languages in one DOCX.
        let combined = dir.join("combined");
        std::fs::create_dir_all(&combined).unwrap();
        let out = qujat(&[
            "render",
            s(&plan),
            "-o",
            s(&combined),
            "--format",
            "docx",
            "--combined",
            "-q",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let file = std::fs::read_dir(&combined)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "docx"))
            .expect("combined DOCX");
        let (o, _) = import(&combined, &[&file]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        for lang in ["kk", "ru"] {
            let want = qujat(&["dump", s(&plan), "--lang", lang]);
            let got = qujat(&["dump", s(&combined.join("plan.yaml")), "--lang", lang]);
            assert_eq!(
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&want.stdout),
                "{stem} combined {lang}"
            );
        }
    }
}

/// Renders `yaml` to DOCX, imports the two files and compares the dumps.
fn round_trip(dir: &Path, name: &str, yaml: &str) {
    let plan = dir.join(format!("{name}.yaml"));
    std::fs::write(&plan, yaml).unwrap();
    let out = qujat(&["render", s(&plan), "-o", s(dir), "--format", "docx", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kk = dir.join(format!("{name}.kk.docx"));
    let ru = dir.join(format!("{name}.ru.docx"));
    let (o, imported) = import(dir, &[&kk, &ru]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let imported = imported.unwrap();
    for lang in ["kk", "ru"] {
        let want = qujat(&["dump", s(&plan), "--lang", lang]);
        let got = qujat(&["dump", s(&dir.join("plan.yaml")), "--lang", lang]);
        assert_eq!(got.status.code(), Some(0), "{}", stderr(&got));
        let (want, got) = (
            String::from_utf8_lossy(&want.stdout),
            String::from_utf8_lossy(&got.stdout),
        );
        if want != got {
            let first = want
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{name} {lang}: the dumps differ from line {}:\n  want {:?}\n  got  {:?}\n{imported}",
                first + 1,
                want.lines().nth(first),
                got.lines().nth(first)
            );
        }
    }
}

#[test]
fn generated_plans_of_every_kind_of_cell_round_trip() {
    // Every deadline kind, items with and without steps, bold words, numbered lead lines and
    // bullets, texts with colons: as an action plan and as a schedule (the item's own row).
    let dir = scratch("import-generated");
    let yaml = qujat::generate::plan_yaml(60, 3);
    round_trip(&dir, "generated", &yaml);
    let imported = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    assert!(!imported.contains("\nheaders:"), "{imported}");
    // The schedule has no result column, so `check` refuses results there.
    let schedule: String = yaml
        .replace("template: action-plan", "template: schedule")
        .lines()
        .filter(|l| !l.starts_with("        result: "))
        .map(|l| format!("{l}\n"))
        .collect();
    round_trip(&dir, "generated-schedule", &schedule);
    let imported = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    assert!(!imported.contains("\nheaders:"), "{imported}");
}

// ---- the organisation's own column headers ----

/// The header row of a DOCX's table as python-docx reads it, as a reader sees it; `None`
/// (skipped) without python-docx.
fn docx_headers(docx: &Path) -> Option<Vec<String>> {
    let python = tool("python3")?;
    let ok = Command::new(&python)
        .args(["-c", "import docx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(!support::in_ci(), "CI=true but python-docx is missing");
        eprintln!("SKIPPED: python-docx is not installed");
        return None;
    }
    let script = "import docx, sys\n\
                  for cell in docx.Document(sys.argv[1]).tables[0].rows[0].cells:\n    \
                  print(cell.text)";
    let o = Command::new(&python)
        .args(["-c", script, s(docx)])
        .output()
        .expect("python runs");
    assert!(o.status.success(), "{}", stderr(&o));
    // The layout glues «№ п/п» with a no-break space and may add word joiners and soft
    // hyphens: a reader sees a space and nothing.
    let text = String::from_utf8_lossy(&o.stdout)
        .replace('\u{a0}', " ")
        .replace(['\u{2060}', '\u{ad}'], "");
    Some(text.lines().map(str::to_string).collect())
}

/// A plan's own headers: (field, kk, ru) in the template's order.
type OwnHeaders = Vec<(Field, String, String)>;

/// Each language's header row as a reader sees it: (language, the headers in column order).
type HeaderRows<'a> = [(&'a str, &'a [&'a str]); 2];

/// Renders `plan` into `dir` (DOCX and PDF) and checks that each language's table heads its
/// columns with `headers` as python-docx and pdftotext read them.
fn assert_printed_headers(dir: &Path, plan: &Path, headers: HeaderRows) {
    let out = qujat(&["render", s(plan), "-o", s(dir), "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stem = plan.file_stem().unwrap().to_string_lossy().into_owned();
    for (lang, want) in headers {
        let docx = dir.join(format!("{stem}.{lang}.docx"));
        if let Some(got) = docx_headers(&docx) {
            assert_eq!(got, want, "{stem}.{lang}.docx");
        }
        let pdf = dir.join(format!("{stem}.{lang}.pdf"));
        if let Some(text) = support::pdf_text(&pdf) {
            for header in want {
                assert!(
                    support::contains_text(&text, header),
                    "{stem}.{lang}.pdf lacks «{header}»:\n{text}"
                );
            }
        }
    }
}

/// The `headers:` of a plan file.
fn own_headers(yaml: &str) -> OwnHeaders {
    load_filled(yaml)
        .headers
        .iter()
        .map(|h| (h.field, h.text.kk.clone(), h.text.ru.clone()))
        .collect()
}

fn header(field: Field, kk: &str, ru: &str) -> (Field, String, String) {
    (field, kk.to_string(), ru.to_string())
}

#[test]
fn own_headers_survive_render_import_and_render() {
    let dir = scratch("import-own-headers");
    let schedule = std::fs::read_to_string(support::sample(support::SAMPLES[1]))
        .unwrap()
        .replacen(
            "\nunits:\n",
            "\nheaders:\n  number: № п/п\n  deadline: {kk: Орындалу мерзімі, ru: Сроки исполнения}\n\nunits:\n",
            1,
        );
    let action_plan = std::fs::read_to_string(support::sample(support::SAMPLES[0]))
        .unwrap()
        .replacen(
            "\nunits:\n",
            "\nheaders:\n  number: {kk: р/б №, ru: № п/п}\n  result:\n    kk: Күтілетін нәтиже, аяқтау нысаны\n    ru: \"Ожидаемый результат, форма завершения\"\n\nunits:\n",
            1,
        );
    let cases = [
        (
            "schedule",
            schedule,
            vec![
                header(Field::Number, "№ п/п", "№ п/п"),
                header(Field::Deadline, "Орындалу мерзімі", "Сроки исполнения"),
            ],
            [
                (
                    "kk",
                    &[
                        "№ п/п",
                        "Жұмыс түрі",
                        "Орындалу мерзімі",
                        "Жауапты тұлғалар",
                    ][..],
                ),
                (
                    "ru",
                    &[
                        "№ п/п",
                        "Виды работ",
                        "Сроки исполнения",
                        "Ответственные лица",
                    ][..],
                ),
            ],
        ),
        (
            "action-plan",
            action_plan,
            vec![
                header(Field::Number, "р/б №", "№ п/п"),
                header(
                    Field::Result,
                    "Күтілетін нәтиже, аяқтау нысаны",
                    "Ожидаемый результат, форма завершения",
                ),
            ],
            [
                (
                    "kk",
                    &[
                        "р/б №",
                        "Жоспар",
                        "Іс-шараның атауы",
                        "Орындау мерзімі",
                        "Жауапты қызметкер",
                        "Күтілетін нәтиже, аяқтау нысаны",
                    ][..],
                ),
                (
                    "ru",
                    &[
                        "№ п/п",
                        "Мероприятие",
                        "Наименование действия",
                        "Срок исполнения",
                        "Ответственный исполнитель",
                        "Ожидаемый результат, форма завершения",
                    ][..],
                ),
            ],
        ),
    ];
    for (name, yaml, headers, printed) in cases {
        let case = dir.join(name);
        std::fs::create_dir_all(&case).unwrap();
        assert_eq!(own_headers(&yaml), headers, "{name}: the plan as written");
        // The dumps, header row included, are the same before and after the import.
        round_trip(&case, name, &yaml);
        let imported = std::fs::read_to_string(case.join("plan.yaml")).unwrap();
        assert_eq!(own_headers(&imported), headers, "{name}:\n{imported}");
        let printed_dir = case.join("printed");
        std::fs::create_dir_all(&printed_dir).unwrap();
        assert_printed_headers(&printed_dir, &case.join("plan.yaml"), printed);
    }
}

#[test]
fn the_seeds_own_headers_are_imported_and_printed() {
    let cases: [(&str, OwnHeaders, HeaderRows); 2] = [
        (
            "action-plan",
            // Kazakh only: the Russian header is qujat's own.
            vec![header(Field::Number, "р/б№", "№ п/п")],
            [
                (
                    "kk",
                    &[
                        "р/б№",
                        "Жоспар",
                        "Іс-шараның атауы",
                        "Орындау мерзімі",
                        "Жауапты қызметкер",
                        "Күтілетін нәтиже",
                    ][..],
                ),
                (
                    "ru",
                    &[
                        "№ п/п",
                        "Мероприятие",
                        "Наименование действия",
                        "Срок исполнения",
                        "Ответственный исполнитель",
                        "Ожидаемый результат",
                    ][..],
                ),
            ],
        ),
        (
            "schedule",
            vec![
                header(Field::Number, "№ п/п", "№ п/п"),
                header(Field::Deadline, "Орындалу мерзімі", "Сроки исполнения"),
            ],
            [
                (
                    "kk",
                    &[
                        "№ п/п",
                        "Жұмыс түрі",
                        "Орындалу мерзімі",
                        "Жауапты тұлғалар",
                    ][..],
                ),
                (
                    "ru",
                    &[
                        "№ п/п",
                        "Виды работ",
                        "Сроки исполнения",
                        "Ответственные лица",
                    ][..],
                ),
            ],
        ),
    ];
    for (seed, headers, printed) in cases {
        let dir = scratch(&format!("import-seed-headers-{seed}"));
        let Some(file) = fixture(&dir, "docx", seed) else {
            return;
        };
        let (o, yaml) = import(&dir, &[&file]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("column headers kept as the file words them (`headers:`)"),
            "{}",
            stderr(&o)
        );
        let yaml = yaml.unwrap();
        assert_eq!(own_headers(&yaml), headers, "{seed}:\n{yaml}");
        // The gaps of the missing language filled in, the plan prints the file's headers.
        let filled = dir.join(format!("{seed}-filled.yaml"));
        std::fs::write(
            &filled,
            yaml.replace("~  # missing: write it", "\"… to translate\""),
        )
        .unwrap();
        assert_printed_headers(&dir, &filled, printed);
    }
}

#[test]
fn the_same_files_import_to_the_same_bytes_and_never_over_a_plan() {
    let dir = scratch("import-deterministic");
    let plan = support::sample(support::SAMPLES[1]);
    let out = qujat(&["render", s(&plan), "-o", s(&dir), "--format", "docx", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kk = dir.join("vakr-schedule-2026.kk.docx");
    let ru = dir.join("vakr-schedule-2026.ru.docx");
    let (_, first) = import(&dir, &[&ru, &kk]);
    let (_, second) = import(&dir, &[&kk, &ru]);
    assert_eq!(first.expect("written"), second.expect("written"));
    // The default name: beside the first file, without the language.
    let o = qujat(&["import", s(&kk), s(&ru)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let default = dir.join("vakr-schedule-2026.yaml");
    assert!(default.exists());
    let before = std::fs::read(&default).unwrap();
    let again = qujat(&["import", s(&kk), s(&ru)]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read(&default).unwrap(), before);
}

#[test]
fn one_language_leaves_the_other_to_write() {
    let dir = scratch("import-one-language");
    let plan = support::sample(support::SAMPLES[0]);
    let out = qujat(&[
        "render",
        s(&plan),
        "-o",
        s(&dir),
        "--format",
        "docx",
        "--lang",
        "ru",
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (o, yaml) = import(&dir, &[&dir.join("anticorruption-plan-2022.ru.docx")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("ru only; the Kazakh texts are left empty"),
        "{}",
        stderr(&o)
    );
    let yaml = yaml.unwrap();
    let check = qujat(&[
        "check",
        "--message-format",
        "json",
        s(&dir.join("plan.yaml")),
    ]);
    assert_eq!(check.status.code(), Some(2));
    let codes: Vec<String> = String::from_utf8_lossy(&check.stdout)
        .lines()
        // The closing summary record has no code.
        .filter(|l| !l.contains(r#""type":"summary""#))
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(codes.iter().any(|c| c == "missing-translation"));
    assert!(
        codes
            .iter()
            .all(|c| ["missing-translation", "wrong-type", "unknown-unit"].contains(&c.as_str())),
        "{codes:?}"
    );
    let plan = load_filled(&yaml);
    assert_eq!(
        plan.title.ru,
        "План мероприятий НАО «Центр поддержки гражданских инициатив» по противодействию коррупции"
    );
    assert_eq!(plan.title.kk, "… to translate");
    assert_eq!(plan.items().count(), 17);
}

// ---- Word files qujat did not write ----

/// Builds fixture `seed` with python-docx (`docx`) or as HTML converted by LibreOffice
/// (`html`); `None` (skipped) when the tool is missing outside CI.
fn fixture(dir: &Path, how: &str, seed: &str) -> Option<PathBuf> {
    let python = tool("python3")?;
    let script = root().join("tests/import/seeds.py");
    let run = |args: &[&str]| {
        let o = Command::new(&python)
            .arg(&script)
            .args(args)
            .output()
            .expect("python runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    let docx = dir.join(format!("{seed}.{how}.docx"));
    match how {
        "docx" => {
            let ok = Command::new(&python)
                .args(["-c", "import docx"])
                .output()
                .is_ok_and(|o| o.status.success());
            if !ok {
                assert!(!support::in_ci(), "CI=true but python-docx is missing");
                eprintln!("SKIPPED: python-docx is not installed");
                return None;
            }
            run(&["docx", seed, s(&docx)]);
        }
        _ => {
            let soffice = tool("soffice")?;
            let html = dir.join(format!("{seed}.html"));
            run(&["html", seed, s(&html)]);
            let lo = dir.join("lo");
            std::fs::create_dir_all(&lo).unwrap();
            let o = Command::new(soffice)
                .env("HOME", dir)
                .arg("--headless")
                .arg("--norestore")
                .arg(format!(
                    "-env:UserInstallation=file://{}",
                    dir.join("lo-profile").display()
                ))
                .arg("--infilter=HTML (StarWriter)")
                .args(["--convert-to", "docx:MS Word 2007 XML", "--outdir"])
                .arg(&lo)
                .arg(&html)
                .output()
                .expect("soffice runs");
            let made = lo.join(format!("{seed}.docx"));
            // soffice exits 0 even when it fails: the file is the proof.
            assert!(
                made.exists(),
                "LibreOffice made no DOCX: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            std::fs::rename(&made, &docx).unwrap();
        }
    }
    Some(docx)
}

/// Both ways of building a seed that qujat did not write.
const BUILDERS: [&str; 2] = ["docx", "html"];

#[test]
fn the_kazakh_action_plan_seed_as_it_is() {
    for how in BUILDERS {
        let dir = scratch(&format!("import-seed-action-plan-{how}"));
        let Some(file) = fixture(&dir, how, "action-plan") else {
            continue;
        };
        let (o, yaml) = import(&dir, &[&file]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{how}: {err}");
        assert!(
            err.contains("6 sections, 17 items, 35 steps"),
            "{how}: {err}"
        );
        assert!(
            err.contains("kk only; the Russian texts are left empty"),
            "{err}"
        );
        assert!(
            err.contains("deadlines: 33 typed, 2 kept as text"),
            "{how}: {err}"
        );
        // check's warnings: the Russian heading in the Kazakh plan, the drifted step of item 9.
        assert!(
            err.contains("[kk-looks-russian]") && err.contains("Осуществление анализа"),
            "{err}"
        );
        assert!(
            err.contains("the same step text stands under item 8 and item 9"),
            "{err}"
        );
        let yaml = yaml.unwrap();
        let plan = load_filled(&yaml);
        assert_eq!(
            plan.template,
            qujat::plan::TemplateRef::Builtin("action-plan".into())
        );
        assert_eq!(plan.annex.as_deref(), Some("4"));
        assert_eq!(
            plan.organization.name.kk,
            "«Азаматтық бастамаларды қолдау орталығы» КЕАҚ"
        );
        let Approval::Decision {
            body,
            date,
            year,
            protocol,
            ..
        } = &plan.approval
        else {
            panic!("{:?}", plan.approval)
        };
        assert_eq!(
            (body.kk.as_str(), *date, *year, protocol.as_deref()),
            ("директорлар кеңесінің", None, 2022, None)
        );
        assert_eq!(plan.period, Some(Period::Year(2022)));
        assert_eq!(
            plan.title.kk,
            "«Азаматтық бастамаларды қолдау орталығы» КЕАҚ Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары"
        );
        assert_eq!(
            kk_titles(&plan),
            [
                "Осуществление анализа коррупционных рисков",
                "Мониторинг",
                "Әдіснамасы",
                "Оқыту",
                "Өзара әрекеттесуқ",
                "Есептілік"
            ]
        );
        let item1 = steps(&plan, 1);
        assert_eq!(item1.len(), 3);
        assert_eq!(item1[0].text.kk, "Жұмыс тобын құру");
        assert_eq!(item1[0].task.due, Deadline::By(d(2022, 4, 16)));
        assert_eq!(
            item1[1].task.due,
            Deadline::Range(d(2022, 4, 15), d(2022, 5, 31))
        );
        assert_eq!(
            steps(&plan, 4)[0].task.due,
            Deadline::Months(ym(2022, 9), ym(2022, 10))
        );
        assert_eq!(steps(&plan, 4)[1].task.due, Deadline::Month(ym(2022, 11)));
        let item5 = steps(&plan, 5);
        assert_eq!(
            item5[0].task.due,
            Deadline::Every {
                every: Every::Quarter,
                day: 5
            }
        );
        assert!(
            matches!(&item5[1].task.due, Deadline::Free(t) if t.kk == "орындау мерзімі өткеннен кейін")
        );
        assert_eq!(
            item5[2].task.due,
            Deadline::Recurring(Recurring::AsCarriedOut)
        );
        assert_eq!(
            steps(&plan, 6)[0].task.due,
            Deadline::Months(ym(2022, 4), ym(2022, 5))
        );
        assert_eq!(
            steps(&plan, 12)[2].task.due,
            Deadline::Quarter {
                quarter: 4,
                year: None
            }
        );
        assert!(
            matches!(&steps(&plan, 16)[0].task.due, Deadline::Free(t) if t.kk.starts_with("тоқсан сайын есепті тоқсаннан"))
        );
        // The legend's abbreviations as the organisation writes them («ДжЫД», not «ДЫД»).
        let legend: Vec<(&str, Option<&str>)> = plan
            .units
            .iter()
            .filter(|u| u.kk.full.is_some())
            .map(|u| (u.kk.short.as_str(), u.kk.full.as_deref()))
            .collect();
        assert_eq!(
            legend,
            [
                ("ОҚП", Some("операциялық қызмет департаменті")),
                ("ЖБД", Some("жобаларды басқару департаменті")),
                ("ДжЫД", Some("даму және ынтымақтастық департаменті")),
            ]
        );
        let item10 = steps(&plan, 10);
        assert_eq!(
            unit_names(&plan, &item10[0].task.responsible),
            ["ОҚП", "ЖБД", "ДжЫД"]
        );
        assert_eq!(item10[0].task.due, Deadline::Recurring(Recurring::Ongoing));
        assert_eq!(
            unit_names(&plan, &steps(&plan, 3)[0].task.responsible),
            ["комплаенс-офицер", "комиссия немесе жауапты орындаушы"]
        );
        assert!(
            matches!(steps(&plan, 3)[0].task.responsible[0], Responsible::Unit(_)),
            "a repeated name is a unit"
        );
        assert_eq!(plan.notes.len(), 1);
        assert!(
            plan.notes[0]
                .kk
                .starts_with("Іс-шаралар жоспарына өзгерістер")
        );
        assert_eq!(plan.title.ru, "… to translate");
    }
}

#[test]
fn the_schedule_seed_russian_then_kazakh_in_one_file() {
    for how in BUILDERS {
        let dir = scratch(&format!("import-seed-schedule-{how}"));
        let Some(file) = fixture(&dir, how, "schedule") else {
            continue;
        };
        let (o, yaml) = import(&dir, &[&file]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{how}: {err}");
        assert!(
            err.contains("(part 1) (ru) + schedule.") && err.contains("(part 2) (kk)"),
            "{err}"
        );
        assert!(
            err.contains("2 sections, 12 items, 3 steps"),
            "{how}: {err}"
        );
        // The drifted item 4: two sub-items in the Kazakh row, one in the Russian.
        assert!(
            err.contains(
                "difference: item 4 (kk row 7, ru row 7): 2 sub-items in Kazakh, 1 in Russian"
            ),
            "{how}: {err}"
        );
        assert!(
            err.contains("[doubled-phrase]") && err.contains("в деятельности"),
            "{err}"
        );
        assert!(
            err.contains("qujat check: 1 error at the gaps"),
            "{how}: {err}"
        );
        let yaml = yaml.unwrap();
        let plan = load_filled(&yaml);
        let Approval::Official {
            position,
            name,
            date,
            ..
        } = &plan.approval
        else {
            panic!("{:?}", plan.approval)
        };
        assert_eq!(position.ru, "Председатель Правления АО «СПК «Алматы»");
        assert_eq!(position.kk, "«Алматы» ӘКК» Басқарма Төрағасы");
        assert_eq!(
            (name.kk.as_str(), name.ru.as_str()),
            ("М.С. Байдурын", "Байдурин М.С.")
        );
        assert_eq!(*date, Some(d(2026, 3, 30)));
        assert_eq!(
            plan.organization.name.ru,
            "АО «Социально-предпринимательская корпорация «Алматы»"
        );
        // The Kazakh title carries the period inside its words: both titles keep theirs.
        assert_eq!(plan.period, None);
        assert!(
            plan.title
                .ru
                .ends_with("на период с 13.04.2026г. по 26.05.26г."),
            "{}",
            plan.title.ru
        );
        assert_eq!(plan.date_style, Some(qujat::plan::DateStyle::Numeric));
        let first = plan.items().next().unwrap();
        let ItemBody::Own(task) = &first.body else {
            panic!("{first:?}")
        };
        assert_eq!(task.due, Deadline::On(d(2026, 3, 30)));
        let item4 = steps(&plan, 4);
        assert_eq!(item4.len(), 3);
        assert!(item4[0].text.kk.starts_with("1) Қоғамның қызметін"));
        assert!(
            item4[0]
                .text
                .ru
                .starts_with("1) Анализ документов:\n\n- Проведение анализа"),
            "{:?}",
            item4[0].text.ru
        );
        assert!(item4[1].text.kk.starts_with("2) Қоғамның және"));
        assert_eq!(item4[1].text.ru, "… to translate");
        assert!(item4[2].text.ru.starts_with("2) Выявление и оценка"));
        assert_eq!(
            item4[0].task.due,
            Deadline::Range(d(2026, 4, 13), d(2026, 5, 26))
        );
        assert_eq!(item4[1].task.due, item4[0].task.due);
        assert!(matches!(&item4[2].task.due, Deadline::Free(t) if t.ru.ends_with("ежедневно.")));
        let last = plan.items().last().unwrap();
        let ItemBody::Own(task) = &last.body else {
            panic!()
        };
        assert_eq!(task.due, Deadline::Recurring(Recurring::None));
        // The Kazakh item 12 names more than the Russian: a free text, not the unit.
        assert!(
            matches!(&task.responsible[0], Responsible::Free(t) if t.kk.ends_with("еншілес және тәуелді ұйымдары"))
        );
        let units: Vec<(&str, &str)> = plan
            .units
            .iter()
            .map(|u| (u.kk.short.as_str(), u.ru.short.as_str()))
            .collect();
        assert!(
            units.contains(&("Жұмыс тобы", "Рабочая группа по ВАКР")),
            "{units:?}"
        );
        assert!(units.contains(&(
            "Сыбайлас жемқорлыққа қарсы комплаенс-қызметі",
            "Антикоррупционная комплаенс-служба Общества и ДЗО"
        )));
    }
}

#[test]
fn word_lists_become_sub_items_and_bullets() {
    let dir = scratch("import-word-lists");
    let Some(file) = fixture(&dir, "docx", "word-lists") else {
        return;
    };
    let (o, yaml) = import(&dir, &[&file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = load_filled(&yaml.unwrap());
    let Approval::Official {
        position,
        name,
        date,
        ..
    } = &plan.approval
    else {
        panic!()
    };
    assert_eq!(
        (position.kk.as_str(), name.kk.as_str(), *date),
        ("Басқарма Төрағасы", "А.Б. Серікқызы", Some(d(2027, 1, 15)))
    );
    assert_eq!(
        plan.period,
        Some(Period::Range(d(2027, 2, 1), d(2027, 4, 30)))
    );
    assert_eq!(plan.organization.name.kk, "“Үлгі” АҚ");
    assert_eq!(kk_titles(&plan), ["Дайындық"]);
    let item1 = steps(&plan, 1);
    assert_eq!(item1.len(), 2);
    assert_eq!(
        item1[0].text.kk,
        "1. Құжаттарды талдау:\n\n- ішкі құжаттарды жинау;\n- тәуекелдерді бағалау."
    );
    assert_eq!(item1[1].text.kk, "2. Қорытынды жасау");
    assert_eq!(item1[1].task.due, Deadline::By(d(2027, 3, 1)));
    let second = plan.items().nth(1).unwrap();
    let ItemBody::Own(task) = &second.body else {
        panic!()
    };
    assert_eq!(task.due, Deadline::Recurring(Recurring::Monthly));
    assert_eq!(
        unit_names(&plan, &task.responsible),
        ["ЖТ", "“Үлгі” АҚ баспасөз қызметі"]
    );
    let zht = plan.units.iter().find(|u| u.kk.short == "ЖТ").unwrap();
    assert_eq!(zht.kk.full.as_deref(), Some("жұмыс тобы"));
}

#[test]
fn words_cut_into_many_runs_read_whole() {
    let dir = scratch("import-many-runs");
    let Some(file) = fixture(&dir, "docx", "many-runs") else {
        return;
    };
    let (o, yaml) = import(&dir, &[&file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = load_filled(&yaml.unwrap());
    assert_eq!(plan.annex.as_deref(), Some("4"));
    let Approval::Decision {
        body,
        date,
        protocol,
        ..
    } = &plan.approval
    else {
        panic!()
    };
    assert_eq!(
        (body.kk.as_str(), *date, protocol.as_deref()),
        ("директорлар кеңесінің", Some(d(2027, 6, 10)), Some("5"))
    );
    assert_eq!(plan.organization.name.kk, "«Үлгі» АҚ");
    assert_eq!(plan.period, Some(Period::Year(2027)));
    assert_eq!(plan.title.kk, "«Үлгі» АҚ іс-шаралар жоспары");
    assert_eq!(kk_titles(&plan), ["Талдау"]);
    let item1 = plan.items().next().unwrap();
    assert_eq!(
        item1.text.as_ref().unwrap().kk,
        "Сыбайлас жемқорлық тәуекелдеріне жыл сайынғы ішкі талдау жүргізу"
    );
    let s = steps(&plan, 1);
    assert_eq!(s.len(), 3);
    assert_eq!(
        s[2].text.kk,
        "Ішкі талдау нәтижелері бойынша талдамалық анықтама жасау"
    );
    assert_eq!(
        s[1].task.due,
        Deadline::Range(d(2022, 4, 15), d(2022, 5, 31))
    );
    assert_eq!(steps(&plan, 2).len(), 1);
}

// ---- Word files written here, part by part ----

/// A minimal DOCX around `body` (the inside of `w:body`).
fn docx_bytes(body: &str) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string()),
        ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#)),
    ];
    for (name, text) in parts {
        w.start_file(name, opts).unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn bold(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

/// A cell: its paragraphs ("¶" between them), and `restart`/`continue` for a vertical merge.
fn tc(text: &str, merge: &str) -> String {
    let merge = match merge {
        "restart" => r#"<w:vMerge w:val="restart"/>"#,
        "continue" => "<w:vMerge/>",
        _ => "",
    };
    let paras: String = text.split('¶').map(p).collect();
    format!("<w:tc><w:tcPr>{merge}</w:tcPr>{paras}</w:tc>")
}

fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

/// One language of a plan whose item 1 crosses two page breaks, as the DOCX writer writes
/// such rows: the row cut by the first break goes on in a row of its own, and each page's
/// first row repeats the item's number with the continuation mark, its merged cells started
/// again (the measure and result repeated).
fn continued_plan(lang: &str) -> String {
    let kk = lang == "kk";
    let t = |k: &'static str, r: &'static str| if kk { k } else { r };
    let mark = t("(жалғасы)", "(продолжение)");
    let header: Vec<String> = [
        t("р/с №", "№ п/п"),
        t("Жоспар", "Мероприятие"),
        t("Іс-шараның атауы", "Наименование действия"),
        t("Орындау мерзімі", "Срок исполнения"),
        t("Жауапты қызметкер", "Ответственный исполнитель"),
        t("Күтілетін нәтиже", "Ожидаемый результат"),
    ]
    .iter()
    .map(|h| tc(h, ""))
    .collect();
    let measure = t("Қызметкерлерді оқыту", "Обучение работников");
    let result = t("Сауаттылықты арттыру", "Повышение грамотности");
    let due = t("2027 жылғы 1 наурызға дейін", "до 1 марта 2027 года");
    let rows = [
        tr(&header),
        format!(
            r#"<w:tr><w:tc><w:tcPr><w:gridSpan w:val="6"/></w:tcPr>{}</w:tc></w:tr>"#,
            p(t("1. Оқыту", "1. Обучение"))
        ),
        tr(&[
            tc("1.", "restart"),
            tc(measure, "restart"),
            tc(t("Оқу жоспарын әзірлеу,", "Разработка плана обучения,"), ""),
            tc(due, ""),
            tc(t("ПБД", "ДУП"), ""),
            tc(result, "restart"),
        ]),
        // The rest of the cut row: its deadline and responsible were whole on the first page.
        tr(&[
            tc(&format!("1. {mark}"), "restart"),
            tc(measure, "restart"),
            tc(t("оны келісу", "его согласование"), ""),
            tc("", ""),
            tc("", ""),
            tc(result, "restart"),
        ]),
        tr(&[
            tc("", "continue"),
            tc("", "continue"),
            tc(t("Семинарлар өткізу", "Проведение семинаров"), ""),
            tc(t("тоқсан сайын", "ежеквартально"), ""),
            tc(t("ПБД", "ДУП"), ""),
            tc("", "continue"),
        ]),
        // A new page that starts with the item's next step.
        tr(&[
            tc(&format!("1. {mark}"), "restart"),
            tc(measure, "restart"),
            tc(t("Білімін тексеру", "Проверка знаний"), ""),
            tc(t("жыл сайын", "ежегодно"), ""),
            tc(t("ПБД", "ДУП"), ""),
            tc(result, "restart"),
        ]),
        tr(&[
            tc("2.", ""),
            tc(t("Есеп беру", "Отчётность"), ""),
            tc(t("Есеп жасау", "Составление отчёта"), ""),
            tc(t("тұрақты", "постоянно"), ""),
            tc(t("ПБД", "ДУП"), ""),
            tc(t("Хабардар болу", "Информированность"), ""),
        ]),
    ];
    let grif = if kk {
        [
            p("«Үлгі» АҚ Басқарманың"),
            p("шешімімен"),
            bold("БЕКІТІЛДІ"),
            p("«____» ________ 2027 жыл"),
            p("хаттама №_____"),
        ]
        .concat()
    } else {
        [
            bold("УТВЕРЖДЕН"),
            p("решением Правления"),
            p("АО «Образец»"),
            p("(протокол от «____» ____________ 2027 года № _____)"),
        ]
        .concat()
    };
    let title = bold(t(
        "2027 жылға арналған «Үлгі» АҚ оқыту жоспары",
        "План обучения АО «Образец» на 2027 год",
    ));
    let legend = [
        bold(t("Қысқартулар:", "Сокращения:")),
        p(t(
            "ПБД – персоналды басқару департаменті",
            "ДУП – департамент управления персоналом",
        )),
    ]
    .concat();
    format!("{grif}{title}<w:tbl>{}</w:tbl>{legend}", rows.concat())
}

#[test]
fn rows_continued_across_page_breaks_join_their_item() {
    let dir = scratch("import-continued");
    let kk = dir.join("continued.kk.docx");
    let ru = dir.join("continued.ru.docx");
    std::fs::write(&kk, docx_bytes(&continued_plan("kk"))).unwrap();
    std::fs::write(&ru, docx_bytes(&continued_plan("ru"))).unwrap();
    let (o, yaml) = import(&dir, &[&kk, &ru]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let yaml = yaml.unwrap();
    let check = qujat(&["check", s(&dir.join("plan.yaml"))]);
    assert_eq!(check.status.code(), Some(0), "{}\n{yaml}", stderr(&check));
    let plan = load_filled(&yaml);
    assert_eq!(plan.items().count(), 2, "{yaml}");
    let item1 = plan.items().next().unwrap();
    assert_eq!(item1.text.as_ref().unwrap().kk, "Қызметкерлерді оқыту");
    assert_eq!(item1.result.as_ref().unwrap().ru, "Повышение грамотности");
    let s1 = steps(&plan, 1);
    let texts: Vec<(&str, &str)> = s1
        .iter()
        .map(|s| (s.text.kk.as_str(), s.text.ru.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "Оқу жоспарын әзірлеу, оны келісу",
                "Разработка плана обучения, его согласование"
            ),
            ("Семинарлар өткізу", "Проведение семинаров"),
            ("Білімін тексеру", "Проверка знаний"),
        ]
    );
    assert_eq!(s1[0].task.due, Deadline::By(d(2027, 3, 1)));
    assert_eq!(s1[2].task.due, Deadline::Recurring(Recurring::Yearly));
    let Approval::Decision { body, .. } = &plan.approval else {
        panic!()
    };
    assert_eq!(
        (body.kk.as_str(), body.ru.as_str()),
        ("Басқарманың", "Правления")
    );
    assert_eq!(plan.organization.name.ru, "АО «Образец»");
    assert_eq!(
        plan.units[0].kk.full.as_deref(),
        Some("персоналды басқару департаменті")
    );
}

// ---- bad input ----

fn refused(dir: &Path, name: &str, bytes: &[u8], says: &str) {
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    let (o, yaml) = import(dir, &[&file]);
    assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
    assert!(stderr(&o).contains(says), "{name}: {}", stderr(&o));
    assert!(stderr(&o).contains(name), "names the file: {}", stderr(&o));
    assert!(yaml.is_none(), "{name}: nothing written");
}

#[test]
fn bad_files_are_refused_with_a_clear_message() {
    let dir = scratch("import-bad");
    refused(
        &dir,
        "notes.docx",
        b"just some text, not a document",
        "not a Word document",
    );
    refused(
        &dir,
        "no-table.docx",
        &docx_bytes(&p("Жоспар жоқ")),
        "no table whose header names a plan's columns",
    );
    let table_only = format!(
        "<w:tbl>{}</w:tbl>",
        tr(&[tc("a", ""), tc("b", ""), tc("c", "")])
    );
    refused(
        &dir,
        "other-table.docx",
        &docx_bytes(&table_only),
        "no table whose header",
    );
    let good = docx_bytes(&continued_plan("kk"));
    refused(&dir, "cut.docx", &good[..good.len() / 2], "damaged");
    let mut garbled = good.clone();
    let at = garbled.len() / 3;
    garbled[at..at + 64].fill(0x55);
    refused(&dir, "garbled.docx", &garbled, "damaged");
    refused(
        &dir,
        "broken-xml.docx",
        &docx_bytes("<w:p><w:r><w:t>unclosed</w:r></w:p>"),
        "not well-formed XML",
    );
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    refused(&dir, "old.docx", &ole, "old binary Word file");
}

#[test]
fn a_password_protected_file_is_named_as_such() {
    let dir = scratch("import-password");
    let Some(tool) = tool("msoffcrypto-tool") else {
        return;
    };
    let plain = dir.join("plain.docx");
    std::fs::write(&plain, docx_bytes(&continued_plan("kk"))).unwrap();
    let locked = dir.join("locked.docx");
    let o = Command::new(tool)
        .args(["-e", "-p", "secret", s(&plain), s(&locked)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (o, yaml) = import(&dir, &[&locked]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("password-protected"), "{}", stderr(&o));
    assert!(yaml.is_none());
}

#[test]
fn zip_bombs_and_huge_files_are_refused_by_budget() {
    let dir = scratch("import-budgets");
    // 100 MB of XML white space that packs into some 100 KB.
    let bomb = {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(false);
        w.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..100 {
            w.write_all(&chunk).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    assert!(bomb.len() < 1 << 20);
    refused(&dir, "bomb.docx", &bomb, "zip bomb");
    let many = {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        for i in 0..qujat::import::MAX_ENTRIES + 1 {
            w.start_file(format!("x/{i}"), opts).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    refused(&dir, "many.docx", &many, "entries");
    let mut big = b"PK\x03\x04".to_vec();
    big.resize(50 * 1024 * 1024, b'x');
    refused(&dir, "big.docx", &big, "larger than 20 MB");
}

#[test]
fn two_documents_of_one_language_are_refused() {
    let dir = scratch("import-same-language");
    let a = dir.join("a.docx");
    let b = dir.join("b.docx");
    std::fs::write(&a, docx_bytes(&continued_plan("kk"))).unwrap();
    std::fs::write(&b, docx_bytes(&continued_plan("kk"))).unwrap();
    let (o, yaml) = import(&dir, &[&a, &b]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("are Kazakh"), "{}", stderr(&o));
    assert!(yaml.is_none());
}

#[test]
fn hostile_structures_are_read_without_a_panic() {
    let dir = scratch("import-hostile");
    let plan = continued_plan("kk");
    // A table of one row of 100,000 cells before the plan, and tables nested 2,000 deep.
    let wide = format!(
        "<w:tbl><w:tr>{}</w:tr></w:tbl>",
        tc("x", "").repeat(100_000)
    );
    let deep = format!(
        "<w:tbl><w:tr><w:tc>{}<w:p/></w:tc></w:tr></w:tbl>",
        "<w:tbl><w:tr><w:tc>".repeat(2_000) + &"<w:p/></w:tc></w:tr></w:tbl>".repeat(2_000)
    );
    let file = dir.join("hostile.docx");
    std::fs::write(&file, docx_bytes(&format!("{wide}{deep}{plan}"))).unwrap();
    let (o, yaml) = import(&dir, &[&file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(load_filled(&yaml.unwrap()).items().count(), 2);
    // A grid column far to the right, a list numbered from four billion.
    let odd = plan.replacen(
        "<w:tr>",
        r#"<w:tr><w:trPr><w:gridBefore w:val="999999999999"/></w:trPr>"#,
        1,
    );
    std::fs::write(&file, docx_bytes(&odd)).unwrap();
    let (o, _) = import(&dir, &[&file]);
    assert!(
        matches!(o.status.code(), Some(0) | Some(2)),
        "{}",
        stderr(&o)
    );
    // Not XML at all inside the package.
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(&(0..=255u8).cycle().take(100_000).collect::<Vec<_>>())
        .unwrap();
    refused(
        &dir,
        "noise.docx",
        &w.finish().unwrap().into_inner(),
        "not well-formed XML",
    );
}
