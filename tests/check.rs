//! `qujat check` on a catalogue of bad and odd plans: each must end with the documented exit
//! code, name the file:line:column of the problem with a stable code and a message that says
//! what is wrong, within a short time and without a panic. tests/plans/generate.py made them.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};
use support::{qujat, root};

/// (file, [(line, column, code, words the message must contain)]).
type Case = (
    &'static str,
    &'static [(u32, u32, &'static str, &'static str)],
);

const INVALID: &[Case] = &[
    (
        "syntax-unclosed-flow",
        &[(8, 6, "yaml-syntax", "did not find expected ',' or '}'")],
    ),
    (
        "syntax-bad-indentation",
        &[(5, 4, "yaml-syntax", "did not find expected key")],
    ),
    ("syntax-tab-indentation", &[(5, 2, "yaml-syntax", "tabs")]),
    (
        "syntax-duplicate-key",
        &[(8, 1, "yaml-syntax", "duplicate mapping key: title")],
    ),
    ("unknown-field-top", &[(7, 1, "unknown-field", "`titel`")]),
    (
        "unknown-field-step",
        &[(18, 13, "unknown-field", "`responsibel`")],
    ),
    (
        "unknown-fields-several",
        &[
            (7, 1, "unknown-field", "`titel`"),
            (14, 9, "unknown-field", "`reslt`"),
        ],
    ),
    (
        "wrong-type-sections",
        &[
            (10, 11, "wrong-type", "`sections` must be a list"),
            (11, 1, "unknown-field", "`x`"),
        ],
    ),
    (
        "wrong-type-title-list",
        &[(7, 8, "wrong-type", "must be a text, found a list")],
    ),
    ("wrong-type-annex-list", &[(7, 8, "bad-annex", "annex")]),
    (
        "missing-kk",
        &[(7, 8, "missing-translation", "no `kk` text")],
    ),
    (
        "missing-ru-null",
        &[(16, 48, "missing-translation", "empty `ru` text")],
    ),
    (
        "unknown-language",
        &[
            (7, 8, "missing-translation", "no `ru` text"),
            (7, 33, "unknown-field", "unknown language `en`"),
        ],
    ),
    (
        "impossible-date",
        &[(
            17,
            23,
            "impossible-date",
            "2022-02-30 is not a date that exists",
        )],
    ),
    (
        "impossible-month",
        &[(17, 26, "impossible-date", "month 13 does not exist")],
    ),
    (
        "bad-date-format",
        &[(17, 23, "bad-date", "`01.03.2027` is not a date")],
    ),
    (
        "range-ends-before-start",
        &[(
            17,
            41,
            "range-order",
            "ends (2022-04-15) before it starts (2022-05-31)",
        )],
    ),
    (
        "between-ends-before-start",
        &[(
            17,
            45,
            "range-order",
            "ends (2026-04-13) before it starts (2026-05-26)",
        )],
    ),
    (
        "months-out-of-order",
        &[(17, 27, "range-order", "last month is not after the first")],
    ),
    (
        "quarter-out-of-range",
        &[(17, 28, "bad-quarter", "a quarter is 1 to 4")],
    ),
    ("every-day-out-of-range", &[(17, 40, "bad-day", "1 to 31")]),
    (
        "deadline-unknown-combination",
        &[(17, 18, "bad-deadline", "{by, on}")],
    ),
    (
        "deadline-unknown-word",
        &[(17, 18, "unknown-deadline", "`ongoin`")],
    ),
    (
        "unknown-unit",
        &[(18, 27, "unknown-unit", "unknown unit `hrr`")],
    ),
    (
        "empty-responsible",
        &[(18, 26, "empty-responsible", "nobody is responsible")],
    ),
    ("no-glyph", &[(16, 45, "no-glyph", "U+0D85")]),
    ("empty-section", &[(11, 5, "empty-section", "no items")]),
    ("no-sections", &[(10, 11, "empty-plan", "no sections")]),
    ("missing-version", &[(1, 1, "missing-field", "`qujat`")]),
    (
        "unsupported-version",
        &[(1, 8, "unsupported-version", "version")],
    ),
    (
        "unknown-template",
        &[(2, 11, "unknown-template", "`action_plan`")],
    ),
    (
        "missing-template-file",
        &[(2, 11, "cannot-read-template", "no-such-template.yaml")],
    ),
    (
        "steps-and-due",
        &[(15, 14, "steps-and-due", "cannot have its own `due`")],
    ),
    (
        "unknown-approval-kind",
        &[(6, 16, "unknown-value", "unknown approval kind `board`")],
    ),
    ("grif-without-year", &[(6, 11, "missing-field", "`year`")]),
    (
        "grif-year-mismatch",
        &[(6, 90, "date-mismatch", "does not match the date 2026-06-10")],
    ),
    ("empty-text", &[(7, 8, "empty-text", "the title is empty")]),
    (
        "item-without-text",
        &[(13, 9, "missing-field", "no `text`")],
    ),
    (
        "several-problems-at-once",
        &[
            (7, 8, "missing-translation", "no `ru` text"),
            (17, 23, "impossible-date", "2022-02-30"),
            (18, 27, "unknown-unit", "`hrr`"),
        ],
    ),
    ("empty-file", &[(1, 1, "wrong-type", "must be a mapping")]),
    ("not-a-mapping", &[(1, 1, "wrong-type", "found a list")]),
    (
        "alias-bomb",
        &[(6, 8, "too-large", "expands to more than a plan can hold")],
    ),
    ("not-utf8", &[(4, 15, "not-utf8", "not UTF-8")]),
    ("binary-garbage", &[(2, 118, "not-utf8", "not UTF-8")]),
    // Strict values (issue 13): one rule for every date, month and year; the annex a number.
    (
        "date-unpadded",
        &[(
            17,
            23,
            "bad-date",
            "`2027-4-16` is not a date in the form YYYY-MM-DD",
        )],
    ),
    ("date-signs", &[(17, 23, "bad-date", "`+022-+4-+1`")]),
    (
        "date-year-zero",
        &[(17, 23, "bad-year", "the year 0 is outside")],
    ),
    (
        "month-signed",
        &[(17, 26, "bad-date", "\"2027-+3\" is not a month")],
    ),
    (
        "grif-dated-1800",
        &[(6, 72, "bad-year", "the year 1800 is outside")],
    ),
    (
        "period-year-2200",
        &[(8, 16, "bad-year", "the year 2200 is outside")],
    ),
    (
        "months-six-years",
        &[(17, 27, "bad-deadline", "runs from 2022 to 2027")],
    ),
    (
        "period-year-and-years",
        &[(8, 22, "conflicting-fields", "both `year` and `years`")],
    ),
    ("annex-negative", &[(7, 8, "bad-annex", "found `-3`")]),
    ("annex-zero", &[(7, 8, "bad-annex", "found `0`")]),
    ("annex-fraction", &[(7, 8, "bad-annex", "found `4.5`")]),
    (
        "annex-29-digits",
        &[(7, 8, "bad-annex", "found `12345678901234567890123456789`")],
    ),
    // Every printed string passes the glyph check, with the caret on the character.
    (
        "no-glyph-protocol",
        &[(6, 103, "no-glyph", "\"♔\" (U+2654)")],
    ),
    ("no-glyph-unit", &[(9, 74, "no-glyph", "\"😀\" (U+1F600)")]),
    (
        "invisible-undrawable",
        &[(
            16,
            60,
            "no-glyph",
            "WORD JOINER (U+2060), an invisible character",
        )],
    ),
    // "Empty" after invisible characters and markup.
    (
        "invisible-only",
        &[(
            7,
            13,
            "empty-text",
            "only invisible characters: ZERO WIDTH SPACE (U+200B)",
        )],
    ),
    (
        "markup-only",
        &[(7, 13, "empty-text", "only markup (`****`)")],
    ),
    (
        "empty-bullet",
        &[(14, 48, "empty-text", "only markup (`-`)")],
    ),
    (
        "steps-commented-out",
        &[(15, 9, "empty-steps", "`steps` has no steps under it")],
    ),
    (
        "duplicate-id",
        &[(
            20,
            13,
            "duplicate-id",
            "`training` is already the id of the item at line 13, column 13",
        )],
    ),
    (
        "unit-keys-collide",
        &[(
            10,
            3,
            "duplicate-unit",
            "`1` is defined twice: at line 9, column 3",
        )],
    ),
    // The commonest YAML slip, said as such.
    (
        "comma-in-flow-pair",
        &[(16, 69, "comma-in-text", "the `ru` text ends at the comma")],
    ),
    (
        "comma-in-unit-form",
        &[(9, 86, "comma-in-text", "has 3 parts where it takes two")],
    ),
    (
        "result-in-schedule",
        &[(14, 17, "no-column", "has no column for the expected result")],
    ),
    // The library's errors in the user's words.
    (
        "multiple-documents",
        &[(20, 1, "yaml-syntax", "a second YAML document starts here")],
    ),
    (
        "recursive-alias",
        &[(
            7,
            12,
            "yaml-syntax",
            "refers to the mapping or list it stands in",
        )],
    ),
    (
        "binary-tag",
        &[(7, 22, "yaml-syntax", "tagged (`!!binary`")],
    ),
    (
        "int-tag",
        &[(7, 14, "yaml-syntax", "does not fit the type its tag")],
    ),
    (
        "nan-value",
        &[(7, 8, "yaml-syntax", "`.nan` is not a number")],
    ),
    // Templates: their problems at their own places (TEMPLATE_PLACES), with the plan's.
    (
        "template-bad-numbers",
        &[(2, 11, "bad-template", "bad-numbers.yaml has 5 problems")],
    ),
    (
        "template-no-text-column",
        &[(2, 11, "bad-template", "no-text-column.yaml has 1 problem,")],
    ),
    (
        "template-no-languages",
        &[(2, 11, "bad-template", "no-languages.yaml has 1 problem,")],
    ),
    (
        "template-duplicate-language",
        &[(
            2,
            11,
            "bad-template",
            "duplicate-language.yaml has 1 problem,",
        )],
    ),
    (
        "template-unknown-field",
        &[(2, 11, "bad-template", "unknown-field.yaml has 1 problem,")],
    ),
    (
        "template-one-language",
        &[(2, 11, "bad-template", "one-language.yaml has 1 problem,")],
    ),
    (
        "template-with-plan-errors",
        &[
            (2, 11, "bad-template", "bad-numbers.yaml has 5 problems"),
            (17, 23, "impossible-date", "2027-02-30"),
        ],
    ),
    (
        "unknown-template-with-plan-errors",
        &[
            (2, 11, "unknown-template", "`action_plan`"),
            (17, 23, "impossible-date", "2027-02-30"),
        ],
    ),
    // Column headers in the organisation's words: a plan's `headers:` and a template's
    // header pairs, checked as every text is.
    (
        "headers-unknown-column",
        &[(
            9,
            3,
            "unknown-column",
            "the template `action-plan` has no `work` column",
        )],
    ),
    (
        "headers-unknown-field",
        &[(
            9,
            3,
            "unknown-field",
            "unknown field `dedline` in `headers`",
        )],
    ),
    (
        "headers-comma-in-pair",
        &[(9, 47, "comma-in-text", "the `ru` text ends at the comma")],
    ),
    (
        "headers-invisible-only",
        &[(
            9,
            16,
            "empty-text",
            "the header of the `number` column holds only invisible characters: WORD JOINER",
        )],
    ),
    (
        "template-header-missing-ru",
        &[(
            2,
            11,
            "bad-template",
            "header-missing-ru.yaml has 1 problem,",
        )],
    ),
    (
        "template-header-comma",
        &[(2, 11, "bad-template", "header-comma.yaml has 1 problem,")],
    ),
    (
        "template-header-invisible-only",
        &[(
            2,
            11,
            "bad-template",
            "header-invisible-only.yaml has 1 problem,",
        )],
    ),
    (
        "template-header-no-glyph",
        &[(2, 11, "bad-template", "header-no-glyph.yaml has 1 problem,")],
    ),
    (
        "template-header-list",
        &[(2, 11, "bad-template", "header-list.yaml has 1 problem,")],
    ),
];

/// The diagnostics of plans whose template file is wrong: (plan, [(template file, line,
/// column, code, words)]), each reported in the template file with its own snippet.
type InTemplate = (
    &'static str,
    &'static [(&'static str, u32, u32, &'static str, &'static str)],
);

const BAD_NUMBERS: &[(&str, u32, u32, &str, &str)] = &[
    (
        "bad-numbers.yaml",
        12,
        18,
        "out-of-range",
        "the top margin is not a number",
    ),
    (
        "bad-numbers.yaml",
        12,
        42,
        "out-of-range",
        "the left margin is -20 mm, outside 0–100 mm",
    ),
    (
        "bad-numbers.yaml",
        15,
        9,
        "out-of-range",
        "the text font size is 400 pt, outside 6–28 pt",
    ),
    (
        "bad-numbers.yaml",
        20,
        13,
        "out-of-range",
        "grif-width (a share of the text width) is 2",
    ),
    (
        "bad-numbers.yaml",
        24,
        26,
        "out-of-range",
        "a column width is inf",
    ),
];

const TEMPLATE_PLACES: &[InTemplate] = &[
    ("template-bad-numbers", BAD_NUMBERS),
    ("template-with-plan-errors", BAD_NUMBERS),
    (
        "template-no-text-column",
        &[(
            "no-text-column.yaml",
            21,
            1,
            "missing-column",
            "no column for texts (item, step or work)",
        )],
    ),
    (
        "template-no-languages",
        &[(
            "no-languages.yaml",
            7,
            1,
            "bad-languages",
            "`languages` is empty",
        )],
    ),
    (
        "template-duplicate-language",
        &[(
            "duplicate-language.yaml",
            7,
            21,
            "bad-languages",
            "`languages` names `kk` twice",
        )],
    ),
    (
        "template-unknown-field",
        &[(
            "unknown-field.yaml",
            20,
            1,
            "unknown-field",
            "unknown field `grif-widht`",
        )],
    ),
    (
        "template-one-language",
        &[(
            "one-language.yaml",
            7,
            1,
            "bad-languages",
            "does not name `ru`: a combined document would leave it out",
        )],
    ),
    (
        "template-header-missing-ru",
        &[(
            "header-missing-ru.yaml",
            26,
            42,
            "missing-translation",
            "the header of the `deadline` column has no `ru` text",
        )],
    ),
    (
        "template-header-comma",
        &[(
            "header-comma.yaml",
            26,
            76,
            "comma-in-text",
            "the `ru` text ends at the comma before this",
        )],
    ),
    (
        "template-header-invisible-only",
        &[(
            "header-invisible-only.yaml",
            26,
            47,
            "empty-text",
            "holds only invisible characters: ZERO WIDTH SPACE (U+200B)",
        )],
    ),
    (
        "template-header-no-glyph",
        &[(
            "header-no-glyph.yaml",
            26,
            64,
            "no-glyph",
            "cannot draw \"⌛\" (U+231B)",
        )],
    ),
    (
        "template-header-list",
        &[(
            "header-list.yaml",
            26,
            34,
            "wrong-type",
            "a message id such as `col-deadline`, or a text pair `{kk: …, ru: …}`, found a list",
        )],
    ),
    (
        "template-header-invisible",
        &[(
            "header-invisible.yaml",
            26,
            55,
            "invisible-char",
            "the header of the `deadline` column contains ZERO WIDTH SPACE (U+200B)",
        )],
    ),
];

const WARNINGS: &[Case] = &[
    ("same-text", &[(7, 8, "same-text", "identical")]),
    (
        "kk-looks-russian",
        &[(11, 12, "kk-looks-russian", "no Kazakh-specific letter")],
    ),
    ("ru-has-kazakh", &[(13, 15, "ru-has-kazakh", "'Ө'")]),
    (
        "doubled-phrase",
        &[(7, 8, "doubled-phrase", "«в деятельности»")],
    ),
    (
        "repeated-step",
        &[(22, 19, "repeated-step", "item 1 and item 2")],
    ),
    ("bom-crlf-tabs", &[]),
    (
        "invisible-drawable",
        &[(
            16,
            60,
            "invisible-char",
            "ZERO WIDTH SPACE (U+200B), an invisible character",
        )],
    ),
    // Printed as typed, and as the single date.
    ("verbatim-markup", &[]),
    ("one-day-range", &[]),
    // Headers in the organisation's words: a plan's own, a template's pairs (a warning about
    // one at its place in the template).
    ("headers-own-words", &[]),
    ("template-header-pairs", &[]),
    ("template-header-invisible", &[]),
];

/// Words of the libraries' messages, which speak to programmers, not to plan writers.
const JARGON: [&str; 9] = [
    "from_str_multiple",
    "ignore_binary_tag",
    "weak recursion",
    "configured policy",
    "invalid u64",
    "Depth {",
    "Options",
    "serde",
    "deserializ",
];

fn run(dir: &str, case: &Case, expected_exit: i32) {
    let (name, expected) = case;
    let path = Path::new("tests/plans")
        .join(dir)
        .join(format!("{name}.yaml"));
    let started = Instant::now();
    let out = qujat(&["check", root().join(&path).to_str().unwrap()]);
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(expected_exit),
        "{name}: exit code\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{name}: panic\n{stderr}");
    for jargon in JARGON {
        assert!(!stderr.contains(jargon), "{name}: library jargon\n{stderr}");
    }
    // Only a guard against a runaway; speed is measured by `benches/`, not asserted here.
    assert!(took < Duration::from_secs(30), "{name}: took {took:?}");
    let in_template = TEMPLATE_PLACES
        .iter()
        .find(|(plan, _)| plan == name)
        .map_or(&[][..], |(_, e)| *e);
    let expected = expected
        .iter()
        .map(|&(line, column, code, words)| (format!("{name}.yaml"), line, column, code, words))
        .chain(
            in_template
                .iter()
                .map(|&(file, line, column, code, words)| {
                    (file.to_string(), line, column, code, words)
                }),
        )
        .collect::<Vec<_>>();
    for (file, line, column, code, words) in &expected {
        let place = format!("{file}:{line}:{column}");
        let found = stderr
            .split("\n\n")
            .chain(stderr.split("error:"))
            .any(|d| d.contains(&place) && d.contains(&format!("[{code}]")) && d.contains(words));
        assert!(
            found,
            "{name}: expected [{code}] at {file}:{line}:{column} saying {words:?}\n{stderr}"
        );
    }
    let reported = stderr.matches("error[").count() + stderr.matches("warning[").count();
    assert_eq!(
        reported,
        expected.len(),
        "{name}: every problem, and only those\n{stderr}"
    );
    if expected_exit != 0 {
        assert!(
            stderr.contains("help:"),
            "{name}: says what to do\n{stderr}"
        );
    }
}

#[test]
fn invalid_plans_are_rejected_with_place_and_meaning() {
    assert!(INVALID.len() >= 80);
    for case in INVALID {
        run("invalid", case, 2);
    }
}

#[test]
fn likely_mistakes_are_warnings_and_odd_input_is_fine() {
    for case in WARNINGS {
        run("warnings", case, 0);
    }
}

#[test]
fn every_catalogue_file_is_tested() {
    for (dir, cases) in [("invalid", INVALID), ("warnings", WARNINGS)] {
        let mut files: Vec<String> = std::fs::read_dir(root().join("tests/plans").join(dir))
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .file_name()
                    .to_string_lossy()
                    .trim_end_matches(".yaml")
                    .to_string()
            })
            .collect();
        files.sort();
        let mut named: Vec<String> = cases.iter().map(|c| c.0.to_string()).collect();
        named.sort();
        assert_eq!(files, named, "{dir}");
    }
}

/// The marker stands under the character the font lacks, not at the start of the text, and
/// under a plain value without the comment after it.
#[test]
fn markers_stand_under_the_offending_character_and_not_the_comment() {
    let dir = support::scratch("check-markers");
    let base = std::fs::read_to_string(root().join("tests/plans/invalid/annex-zero.yaml")).unwrap();
    let plan = dir.join("plan.yaml");
    let text = base
        .replace("annex: 0", "annex: 0          # номер приложения")
        .replace(
            "ru: Разработка плана обучения",
            "ru: \"Разработка № плана ♔ обучения\"",
        );
    std::fs::write(&plan, &text).unwrap();
    let out = qujat(&["check", plan.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let markers: Vec<&str> = stderr.lines().filter(|l| l.contains('^')).collect();
    assert_eq!(markers.len(), 2, "{stderr}");
    // `annex: 0`: one caret, under the 0 only.
    assert_eq!(markers[0].matches('^').count(), 1, "{stderr}");
    let source = stderr.lines().find(|l| l.contains("annex: 0")).unwrap();
    let column = |line: &str, at: usize| line[..at].chars().count();
    assert_eq!(
        column(markers[0], markers[0].find('^').unwrap()),
        column(source, source.find('0').unwrap()),
        "{stderr}"
    );
    // The chess king the font lacks (after a № it has): the caret under it.
    let line = stderr
        .lines()
        .find(|l| l.contains('♔') && l.contains('|'))
        .unwrap();
    assert_eq!(
        column(markers[1], markers[1].find('^').unwrap()),
        column(line, line.find('♔').unwrap()),
        "{stderr}"
    );
    let place = text.lines().position(|l| l.contains('♔')).unwrap() + 1;
    let col = text
        .lines()
        .nth(place - 1)
        .unwrap()
        .chars()
        .position(|c| c == '♔')
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!("plan.yaml:{place}:{col}")),
        "{stderr}"
    );
}

/// A template's problems are shown with the template's own lines, not the plan's.
#[test]
fn template_problems_show_the_template_lines() {
    let plan = root().join("tests/plans/invalid/template-with-plan-errors.yaml");
    let out = qujat(&["check", plan.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    for line in [
        "12 |   margins: {top: .nan, bottom: 15, left: -20, right: 15}",
        "15 |   text: 400",
        "24 |   - {field: step, width: .inf, header: col-step}",
        "17 |             due: {by: 2027-02-30}",
        "2 | template: ../templates/bad-numbers.yaml",
    ] {
        assert!(stderr.contains(line), "{line:?}\n{stderr}");
    }
    assert!(stderr.contains("7 error(s)"), "{stderr}");
    let json = qujat(&["check", "--message-format", "json", plan.to_str().unwrap()]);
    let files: Vec<String> = String::from_utf8_lossy(&json.stdout)
        .lines()
        // The closing summary record names no file.
        .filter(|l| !l.contains(r#""type":"summary""#))
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(files.len(), 7);
    assert_eq!(
        files
            .iter()
            .filter(|f| f.ends_with("templates/bad-numbers.yaml"))
            .count(),
        5
    );
}

#[test]
fn samples_pass_without_warnings() {
    let paths: Vec<String> = support::SAMPLES
        .iter()
        .map(|s| support::sample(s).to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["check"];
    args.extend(paths.iter().map(String::as_str));
    let out = qujat(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "anticorruption-plan-2022.yaml: ok: template action-plan, 6 sections, 17 items"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("vakr-schedule-2026.yaml: ok: template schedule, 2 sections, 12 items"),
        "{stdout}"
    );
    assert_eq!(stdout.matches(", 0 warnings").count(), 2, "{stdout}");
}

#[test]
fn a_missing_file_is_invalid_input_not_a_crash() {
    let out = qujat(&["check", "no/such/plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/plan.yaml:1:1"));
}
