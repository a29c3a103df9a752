//! Bad and odd inputs that are too big to keep in the repository or need the file system, so
//! they are made at test time (into `support::scratch` folders), and the inputs the fuzzer
//! found (tests/plans/fuzz/, see docs/fuzzing.md). The small bad plans are in tests/check.rs.
//!
//! Every bad input must end with the documented exit code (2 invalid input, 3 an output could
//! not be written), a message naming the place (the file, and line:column for input errors),
//! no panic, and within 2 seconds. Odd but valid input must render.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};
use support::{qujat, root, scratch};

/// A guard against a runaway (an alias bomb expanding, a device read to the end), not a speed
/// measure: speed is measured by `benches/`, and a busy CI machine must not fail a test.
const LIMIT: Duration = Duration::from_secs(30);

struct Run {
    code: Option<i32>,
    stderr: String,
    took: Duration,
}

fn run(args: &[&str]) -> Run {
    let started = Instant::now();
    let out = qujat(args);
    let took = started.elapsed();
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took,
    }
}

impl Run {
    /// The exit code, no panic, and no runaway.
    fn expect(&self, what: &str, code: i32, limit: Duration) {
        assert_eq!(self.code, Some(code), "{what}: exit code\n{}", self.stderr);
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: panic\n{}",
            self.stderr
        );
        assert!(self.took < limit, "{what}: took {:?}", self.took);
    }

    fn says(&self, what: &str, words: &str) {
        assert!(
            self.stderr.contains(words),
            "{what}: stderr should contain {words:?}\n{}",
            self.stderr
        );
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The names of the entries of `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Whether a file can be created in `dir` (root can, whatever the permissions say).
fn writable(dir: &Path) -> bool {
    let probe = dir.join(".qujat-probe");
    let ok = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    ok
}

fn sample_text() -> String {
    std::fs::read_to_string(support::sample("anticorruption-plan-2022.yaml")).expect("sample")
}

const OUTPUTS: [&str; 4] = ["kk.docx", "kk.pdf", "ru.docx", "ru.pdf"];

fn outputs_of(stem: &str) -> Vec<String> {
    let mut names: Vec<String> = OUTPUTS.iter().map(|o| format!("{stem}.{o}")).collect();
    names.sort();
    names
}

// ---------------------------------------------------------------------------------------------
// Nesting and size

#[test]
fn nesting_10000_deep_is_invalid_input_with_its_place() {
    let dir = scratch("robustness-deep");
    let deep = 10_000;
    let cases = [
        (
            "flow-lists",
            format!(
                "qujat: 1\ntitle: {}{}\n",
                "[".repeat(deep),
                "]".repeat(deep)
            ),
        ),
        (
            "flow-mappings",
            format!(
                "qujat: 1\ntitle: {}x{}\n",
                "{a: ".repeat(deep),
                "}".repeat(deep)
            ),
        ),
        (
            "block-lists",
            format!("qujat: 1\ntitle:\n{}x\n", "- ".repeat(deep)),
        ),
        (
            // Block mappings 10,000 deep by indentation would be a 100 MB file; flow mappings
            // and lists alternating nest as deep in one line.
            "mixed",
            format!(
                "qujat: 1\ntitle: {}x{}\n",
                "{a: [".repeat(deep / 2),
                "]}".repeat(deep / 2)
            ),
        ),
        (
            "unclosed",
            format!("qujat: 1\ntitle: {}\n", "{a: [".repeat(deep / 2)),
        ),
    ];
    for (name, text) in cases {
        let file = dir.join(format!("{name}.yaml"));
        std::fs::write(&file, text).unwrap();
        let r = run(&["check", s(&file)]);
        r.expect(name, 2, LIMIT);
        // The nesting starts on line 2 or 3; the parser stops where the limit is reached.
        let place = format!("{name}.yaml:");
        let at = r.stderr.find(&place).unwrap_or_else(|| {
            panic!("{name}: names the file\n{}", r.stderr);
        });
        let rest = &r.stderr[at + place.len()..];
        let line_col: Vec<&str> = rest
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .split(':')
            .collect();
        assert!(
            line_col.len() == 2
                && line_col.iter().all(|n| n.parse::<u32>().is_ok())
                && ["2", "3"].contains(&line_col[0]),
            "{name}: file:line:column on line 2 or 3\n{}",
            r.stderr
        );
        assert!(
            r.stderr.contains("[yaml-syntax]") || r.stderr.contains("[too-large]"),
            "{name}: a syntax or size error\n{}",
            r.stderr
        );
        r.says(name, "help:");
    }
}

#[test]
fn a_50_mb_file_is_refused_before_parsing() {
    let dir = scratch("robustness-50mb");
    let out = dir.join("out");
    let plan = sample_text();
    let mb50 = 50 * 1024 * 1024;
    let cases = [
        // A valid plan padded with a 50 MB comment: parsing it would take seconds (6 s in a
        // debug build) for nothing.
        ("comment", format!("{plan}# {}\n", "x".repeat(mb50))),
        // A 50 MB note.
        (
            "scalar",
            format!("{plan}  - \"{}\"\n", "ж".repeat(mb50 / 2)),
        ),
        // 50 MB of lines.
        (
            "lines",
            format!("{plan}{}", "# padding\n".repeat(mb50 / 10)),
        ),
    ];
    for (name, text) in cases {
        let file = dir.join(format!("{name}.yaml"));
        std::fs::write(&file, text).unwrap();
        for command in ["check", "render"] {
            let what = format!("{name} ({command})");
            let r = if command == "check" {
                run(&["check", s(&file)])
            } else {
                run(&["render", s(&file), "-o", s(&out)])
            };
            r.expect(&what, 2, LIMIT);
            r.says(&what, &format!("{name}.yaml:1:1"));
            r.says(&what, "[too-large]");
            r.says(&what, "larger than 32 MB");
            r.says(&what, "help:");
        }
    }
    assert!(listing(&out).is_empty(), "nothing written");
    // 150 MB is not worth keeping under target/.
    let _ = std::fs::remove_dir_all(&dir);
}

/// A device that never ends is not read at all: before the size limit, `qujat check
/// /dev/zero`, and a valid plan whose `template:` named /dev/zero or /dev/urandom, read until
/// memory ran out (found while probing what the fuzzer cannot reach: it only sees one file).
/// Only regular files are read now, so a device is refused before it is opened.
#[cfg(target_os = "linux")]
#[test]
fn an_endless_file_is_refused() {
    let r = run(&["check", "/dev/zero"]);
    r.expect("/dev/zero", 2, LIMIT);
    r.says("/dev/zero", "/dev/zero:1:1");
    r.says("/dev/zero", "[cannot-read]");
    r.says("/dev/zero", "it is a character device, not a regular file");

    let dir = scratch("robustness-endless-template");
    let plan = std::fs::read_to_string(root().join("templates/starters/action-plan.yaml"))
        .expect("starter plan");
    let line = plan
        .lines()
        .position(|l| l.starts_with("template: action-plan"))
        .expect("the starter names its template")
        + 1;
    for device in ["/dev/zero", "/dev/urandom"] {
        let file = dir.join("plan.yaml");
        std::fs::write(
            &file,
            plan.replacen("template: action-plan", &format!("template: {device}"), 1),
        )
        .unwrap();
        for command in ["check", "render"] {
            let what = format!("template: {device} ({command})");
            let r = if command == "check" {
                run(&["check", s(&file)])
            } else {
                run(&["render", s(&file), "-o", s(&dir)])
            };
            r.expect(&what, 2, LIMIT);
            r.says(&what, &format!("plan.yaml:{line}:11"));
            r.says(&what, "[cannot-read-template]");
            r.says(&what, "it is a character device, not a regular file");
        }
        assert_eq!(listing(&dir), ["plan.yaml"], "nothing written");
    }
}

#[test]
fn the_size_limit_is_checked_on_bytes_and_leaves_room_for_big_plans() {
    use qujat::app::{MAX_PLAN_BYTES, load_bytes};
    let code = |bytes: Vec<u8>| match load_bytes(Path::new("x.yaml"), bytes) {
        Ok(_) => "ok",
        Err(r) => r.report.diagnostics[0].code,
    };
    // Not UTF-8 from the first byte: decoding stops at once, so these are fast.
    assert_eq!(code(vec![0xFF; MAX_PLAN_BYTES]), "not-utf8");
    assert_eq!(code(vec![0xFF; MAX_PLAN_BYTES + 1]), "too-large");
    // The generated stress plan of the benchmarks (benches/pipeline.rs) stays well under it.
    let stress = qujat::generate::plan_yaml(10_000, 1).len();
    assert!(
        stress < MAX_PLAN_BYTES / 3 * 2,
        "the 10,000-item plan is {stress} bytes"
    );
}

#[test]
fn a_cell_of_100000_characters_renders_and_its_text_is_in_the_pdf() {
    let dir = scratch("robustness-long-cell");
    let out = dir.join("out");
    let file = dir.join("long-cell.yaml");
    std::fs::write(&file, support::long_step_plan(100_000)).unwrap();
    let r = run(&["render", s(&file), "-o", s(&out)]);
    r.expect("100,000 characters", 0, LIMIT);
    assert_eq!(listing(&out), outputs_of("long-cell"));
    let Some(pdftotext) = support::tool("pdftotext") else {
        return;
    };
    for (lang, sentence) in [
        (
            "kk",
            "Қызметкерлерді сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі нұсқаулықпен таныстыру;",
        ),
        (
            "ru",
            "Ознакомление работников с инструкцией по противодействию коррупции;",
        ),
    ] {
        let pdf = out.join(format!("long-cell.{lang}.pdf"));
        let text = std::process::Command::new(&pdftotext)
            .args(["-raw", s(&pdf), "-"])
            .output()
            .expect("pdftotext runs");
        assert!(text.status.success(), "pdftotext reads {}", pdf.display());
        let raw = String::from_utf8_lossy(&text.stdout);
        let pages = raw.matches('\u{c}').count();
        let text = support::normalize(&raw);
        let count = support::long_step_plan(100_000).matches(sentence).count();
        assert!(count > 1000, "{lang}: {count} sentences");
        // Every numbered sentence is there, in order: the numbers appear one after another.
        let mut at = 0;
        for n in 1..=count {
            let number = format!("{n}. ");
            let found = text[at..].find(&number).unwrap_or_else(|| {
                panic!("{lang}: sentence {n} of {count} is missing from the PDF text")
            });
            at += found + number.len();
        }
        // And whole sentences read as written, but for the few a page break cuts (the next
        // page starts with the table header and the row's other cells) or that have both a
        // hyphenated word and a compound broken at its hyphen.
        // (What `support::contains_text` does, with the two readings of the text made once.)
        let hyphenated = text.replace("-\u{1}", "");
        let compound = text.replace('\u{1}', "");
        let whole = (1..=count)
            .map(|n| support::normalize(&format!("{n}. {sentence}")))
            .filter(|s| hyphenated.contains(s) || compound.contains(s))
            .count();
        assert!(
            whole + pages >= count,
            "{lang}: only {whole} of {count} sentences read whole on {pages} pages"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Outputs that cannot be written

/// A render into `out` of `plan` that must fail with exit 3, naming `names` (a path), and
/// write nothing.
fn refused_output(what: &str, plan: &Path, out: &Path, names: &str) -> Run {
    let r = run(&["render", s(plan), "-o", s(out)]);
    r.expect(what, 3, LIMIT);
    r.says(what, names);
    r
}

#[test]
fn an_output_folder_under_a_file_is_an_output_error() {
    let dir = scratch("robustness-folder-under-file");
    let plan = support::sample("vakr-schedule-2026.yaml");
    let file = dir.join("not-a-folder");
    std::fs::write(&file, b"a file").unwrap();
    let out = file.join("out");
    let r = refused_output("folder under a file", &plan, &out, s(&out));
    r.says("folder under a file", "cannot create the output folder");
    assert_eq!(listing(&dir), ["not-a-folder"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"a file");
}

#[test]
fn an_output_folder_that_cannot_be_written_is_an_output_error() {
    let plan = support::sample("vakr-schedule-2026.yaml");

    // A folder of sysfs: nobody may create files there, root included (EACCES).
    let sys = Path::new("/sys");
    if sys.is_dir() && !writable(sys) {
        // The first file a write creates in the folder is its lock.
        let r = refused_output("/sys", &plan, sys, "cannot lock the folder /sys");
        r.says("/sys", "Permission denied");
        r.says("/sys", "no file was changed");
    } else {
        eprintln!("SKIPPED: /sys is missing or writable here");
    }

    // A folder without write permission. Root ignores directory permissions (and the tests
    // run as root in the CI container), so there the render would succeed: the assertion is
    // skipped when a file can be created in the folder despite its mode. The /sys case above
    // and the folder-under-a-file test cover an unwritable output for root.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("robustness-read-only");
        let out = dir.join("read-only");
        std::fs::create_dir(&out).unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
        if writable(&out) {
            eprintln!(
                "SKIPPED: the read-only folder check, since this user (root) may write into a \
                 folder of mode 0555"
            );
        } else {
            refused_output("mode 0555", &plan, &out, s(&out));
            assert!(listing(&out).is_empty(), "nothing written");
        }
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// A folder named like one of a plan's outputs: that output cannot be written, so none of the
/// plan's files may change (all or nothing), whichever output is in the way.
#[test]
fn an_output_path_that_is_a_folder_changes_no_file() {
    let plan_text = sample_text();
    for (case, blocked) in [
        ("second", "kk.pdf"),
        ("last", "ru.pdf"),
        ("first", "kk.docx"),
    ] {
        let dir = scratch(&format!("robustness-output-is-folder-{case}"));
        let out = dir.join("out");
        let plan = dir.join("plan.yaml");
        // A good run writes the DOCX files.
        std::fs::write(&plan, &plan_text).unwrap();
        let r = run(&["render", s(&plan), "-o", s(&out), "--format", "docx"]);
        r.expect("first run", 0, LIMIT);
        let before: Vec<(String, Vec<u8>)> = listing(&out)
            .into_iter()
            .map(|n| {
                let bytes = std::fs::read(out.join(&n)).unwrap();
                (n, bytes)
            })
            .collect();
        assert_eq!(before.len(), 2);
        // The plan is amended, so a second run would change those files, and a folder is in
        // the way of one output.
        if blocked.ends_with(".docx") {
            std::fs::remove_file(out.join(format!("plan.{blocked}"))).unwrap();
        }
        let folder = out.join(format!("plan.{blocked}"));
        std::fs::create_dir(&folder).unwrap();
        let amended = plan_text.replacen("annex: 4", "annex: 5", 1);
        assert_ne!(amended, plan_text, "the sample has `annex: 4`");
        std::fs::write(&plan, amended).unwrap();
        let r = refused_output(case, &plan, &out, s(&folder));
        r.says(case, "no file was changed");
        // No temporary file left, no other output written, the earlier files as they were.
        let mut expected: Vec<String> = before
            .iter()
            .map(|(n, _)| n.clone())
            .filter(|n| !n.ends_with(blocked))
            .collect();
        expected.push(format!("plan.{blocked}"));
        expected.sort();
        assert_eq!(listing(&out), expected, "{case}");
        for (name, bytes) in &before {
            if name.ends_with(blocked) {
                continue;
            }
            assert!(
                std::fs::read(out.join(name)).unwrap() == *bytes,
                "{case}: {name} changed"
            );
        }
        assert!(
            listing(&folder).is_empty(),
            "{case}: the folder is untouched"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Odd but valid input

#[test]
fn byte_order_mark_crlf_and_tabs_render() {
    let dir = scratch("robustness-bom-crlf-tabs");
    let out = dir.join("out");
    let plan = root().join("tests/plans/warnings/bom-crlf-tabs.yaml");
    let bytes = std::fs::read(&plan).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"));
    assert!(bytes.contains(&b'\t'));
    let r = run(&["render", s(&plan), "-o", s(&out)]);
    r.expect("bom-crlf-tabs", 0, LIMIT);
    assert_eq!(listing(&out), outputs_of("bom-crlf-tabs"));
    // The title, after the byte-order mark and a CRLF, is in the PDF as written.
    if let Some(text) = support::pdf_text(&out.join("bom-crlf-tabs.ru.pdf")) {
        assert!(text.contains("План"), "{text}");
        assert!(!text.contains('\r'), "no stray carriage return");
    }
}

/// Markdown beyond the subset the format documents (headings, quotes, code, tables, links,
/// rules, nested lists), markup with nothing in it, and a word too long for any line: the
/// plan is valid, so it renders, whatever becomes of the marks.
#[test]
fn markdown_beyond_the_subset_and_an_unbreakable_word_render() {
    let dir = scratch("robustness-odd-text");
    let out = dir.join("out");
    let step = "          - text: {kk: Жұмыс тобын құру, ru: Создание рабочей группы}";
    let starter = std::fs::read_to_string(root().join("templates/starters/action-plan.yaml"))
        .expect("starter plan");
    assert!(starter.contains(step), "the starter's first step");
    let odd = [
        "# Жұмыс тобын құру",
        "> Жұмыс тобын құру",
        "```\nЖұмыс тобын құру\n```",
        "    Жұмыс тобын құру",
        "| Жұмыс | тобын |\n|---|---|\n| құру | x |",
        "[Жұмыс тобын](http://example.kz) ![құру](x.png) <b>құру</b>",
        "Жұмыс\n\n---\n\nтобын құру",
        "- Жұмыс\n  - тобын\n    - құру\n      1. x",
        "***Жұмыс** тобын* __құру__ ** _",
        "Жұмыс  \nтобын\\\nқұру",
        "- Жұмыс\n-\n-\n- құру",
    ];
    let long_word = "құру".repeat(2_500);
    let steps: String = odd
        .iter()
        .map(|t| t.to_string())
        .chain([long_word])
        .enumerate()
        .map(|(i, t)| {
            // A YAML double-quoted scalar, so the line breaks stay Markdown's.
            let t = t
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            format!(
                "          - text: {{kk: \"{t}\", ru: \"{t}\"}}\n\
                 \x20           due: {{by: 2027-04-{:02}}}\n\
                 \x20           responsible: [hr]\n",
                i + 1
            )
        })
        .collect();
    let plan = starter.replacen(
        &format!("{step}\n            due: {{by: 2027-04-16}}"),
        &format!("{}{step}\n            due: {{by: 2027-04-16}}", steps),
        1,
    );
    assert_ne!(plan, starter, "the steps are added");
    let file = dir.join("odd-text.yaml");
    std::fs::write(&file, plan).unwrap();
    // Valid, with warnings (each text is the same in both languages).
    let r = run(&["check", s(&file)]);
    r.expect("odd text (check)", 0, LIMIT);
    let r = run(&["render", s(&file), "-o", s(&out)]);
    r.expect("odd text (render)", 0, LIMIT);
    assert_eq!(listing(&out), outputs_of("odd-text"));
}

// ---------------------------------------------------------------------------------------------
// The catalogue through `render`

/// `qujat check` on each bad plan is tested in tests/check.rs; `render` must reject them the
/// same way and write nothing.
#[test]
fn render_rejects_every_invalid_plan_and_writes_nothing() {
    let dir = scratch("robustness-render-invalid");
    let invalid = root().join("tests/plans/invalid");
    // Named one by one: a file named on its own is a plan, even one without `qujat:` (a folder's
    // YAML files without it are skipped with a note, tests/cli.rs).
    let files: Vec<String> = listing(&invalid)
        .iter()
        .map(|name| s(&invalid.join(name)).to_string())
        .collect();
    let mut args: Vec<&str> = vec!["render"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", s(&dir), "--jobs", "1"]);
    let r = run(&args);
    let count = listing(&invalid).len();
    // All of them within the time one is allowed (0.6 s in a debug build).
    r.expect("render tests/plans/invalid", 2, LIMIT);
    assert!(listing(&dir).is_empty(), "nothing written");
    for name in listing(&invalid) {
        assert!(
            r.stderr.contains(&format!("{name}:")),
            "{name} is named\n{}",
            r.stderr
        );
    }
    r.says("render", &format!("{count} plans: 0 files written"));
    r.says("render", &format!("{count} failed"));
}

// ---------------------------------------------------------------------------------------------
// What the fuzzer found (docs/fuzzing.md)

/// (file in tests/plans/fuzz, exit code of `check` and of `render`, words stderr must hold).
const FUZZ_FINDINGS: &[(&str, i32, &str)] = &[];

#[test]
fn fuzzer_findings_end_with_the_documented_exit_code() {
    let dir = scratch("robustness-fuzz");
    let fuzz = root().join("tests/plans/fuzz");
    let files = if fuzz.is_dir() {
        listing(&fuzz)
    } else {
        Vec::new()
    };
    let mut named: Vec<String> = FUZZ_FINDINGS
        .iter()
        .map(|(n, _, _)| format!("{n}.yaml"))
        .collect();
    named.sort();
    assert_eq!(files, named, "every file in tests/plans/fuzz is tested");
    for (name, code, words) in FUZZ_FINDINGS {
        let file = fuzz.join(format!("{name}.yaml"));
        let place = if *code == 2 {
            format!("{name}.yaml:")
        } else {
            String::new()
        };
        for command in ["check", "render"] {
            let what = format!("{name} ({command})");
            let r = if command == "check" {
                run(&["check", s(&file)])
            } else {
                run(&["render", s(&file), "-o", s(&dir)])
            };
            r.expect(&what, *code, LIMIT);
            r.says(&what, &place);
            r.says(&what, words);
        }
    }
}
