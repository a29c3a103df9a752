//! The commands around check and render: init, schema, machine-readable diagnostics.

mod support;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use support::{qujat, root, sample, scratch};

#[test]
fn init_writes_starter_plans_that_pass_check() {
    let dir = scratch("init");
    for template in ["action-plan", "schedule"] {
        let plan = dir.join(format!("{template}.yaml"));
        let out = qujat(&["init", "--template", template, plan.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&plan).unwrap();
        assert!(
            text.matches("\n#").count() + text.matches(" # ").count() > 10,
            "explains its fields"
        );
        let check = qujat(&["check", plan.to_str().unwrap()]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
        assert!(String::from_utf8_lossy(&check.stdout).contains(&format!("template {template}")));
        assert!(String::from_utf8_lossy(&check.stdout).contains(", 0 warnings"));
    }
    assert!(
        dir.join("plan.schema.json").exists(),
        "the schema editors complete from"
    );
}

#[test]
fn init_never_overwrites_a_plan() {
    let dir = scratch("init-twice");
    let plan = dir.join("plan.yaml");
    std::fs::write(&plan, "my work").unwrap();
    let out = qujat(&["init", plan.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), "my work");
}

#[test]
fn json_diagnostics_one_object_each_then_a_summary() {
    let path = support::root().join("tests/plans/invalid/several-problems-at-once.yaml");
    let out = qujat(&["check", "--message-format", "json", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[3]["type"], "summary");
    assert_eq!(lines[1]["code"], "impossible-date");
    assert_eq!(lines[1]["line"], 17);
    assert_eq!(lines[1]["column"], 23);
    assert_eq!(lines[1]["severity"], "error");
    assert!(
        lines[1]["file"]
            .as_str()
            .unwrap()
            .ends_with("several-problems-at-once.yaml")
    );
    assert!(lines[1]["message"].as_str().unwrap().contains("2022-02-30"));
}

#[test]
fn help_documents_the_exit_codes() {
    let out = qujat(&["--help"]);
    // clap wraps the text at the width of the terminal.
    let help = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains(
            "0 success, 1 internal error, 2 invalid input, 3 an output could not be written, \
             64 wrong usage"
        ),
        "{help}"
    );
}

/// qujat with `input` on its standard input.
fn qujat_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qujat"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qujat runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn usage_errors_have_their_own_exit_code() {
    for args in [
        &["check", "--no-such-option", "plan.yaml"][..],
        &["check"],
        &["render", "--lang", "en", "plan.yaml"],
        &["dump", "--lang", "de", "plan.yaml"],
        &["init", "--template", "minutes"],
        &["frobnicate"],
    ] {
        let out = qujat(args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says what is wrong");
    }
    // An invalid plan stays 2, help and version 0.
    let bad = root().join("tests/plans/invalid/several-problems-at-once.yaml");
    assert_eq!(
        qujat(&["check", bad.to_str().unwrap()]).status.code(),
        Some(2)
    );
    assert_eq!(qujat(&["check", "--help"]).status.code(), Some(0));
    assert_eq!(qujat(&["--version"]).status.code(), Some(0));
}

#[test]
fn a_dash_reads_the_plan_from_standard_input() {
    let text = std::fs::read(sample("vakr-schedule-2026.yaml")).unwrap();
    let out = qujat_with_stdin(&["check", "-"], &text);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<stdin>: ok: template schedule"));
    let dumped = qujat_with_stdin(&["dump", "-", "--lang", "ru"], &text);
    let from_file = qujat(&[
        "dump",
        sample("vakr-schedule-2026.yaml").to_str().unwrap(),
        "--lang",
        "ru",
    ]);
    assert_eq!(dumped.status.code(), Some(0));
    assert_eq!(dumped.stdout, from_file.stdout);
    let bad =
        std::fs::read(root().join("tests/plans/invalid/several-problems-at-once.yaml")).unwrap();
    let out = qujat_with_stdin(&["check", "-"], &bad);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--> <stdin>:17:23"));
}

#[test]
fn colour_on_request_and_never_into_a_pipe_unasked() {
    let bad = root().join("tests/plans/invalid/several-problems-at-once.yaml");
    let bad = bad.to_str().unwrap();
    let coloured = qujat(&["--color", "always", "check", bad]);
    let stderr = String::from_utf8_lossy(&coloured.stderr);
    assert!(stderr.contains("\u{1b}["), "{stderr}");
    // The colours wrap the words; without them the text is the plain one.
    let plain = qujat(&["check", bad]);
    assert!(!plain.stderr.contains(&0x1b));
    assert_eq!(
        without_colours(&stderr),
        String::from_utf8_lossy(&plain.stderr)
    );
    let never = qujat(&["check", "--color=never", bad]);
    assert_eq!(never.stderr, plain.stderr);
    // NO_COLOR is for `auto`; an explicit --color always still colours.
    let no_color = Command::new(env!("CARGO_BIN_EXE_qujat"))
        .args(["--color", "always", "check", bad])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(no_color.stderr.contains(&0x1b));
}

#[test]
fn bash_can_source_the_completions() {
    let Some(bash) = support::tool("bash") else {
        return;
    };
    let script = scratch("completions").join("qujat.bash");
    let out = qujat(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(&script, &out.stdout).unwrap();
    let sourced = Command::new(bash)
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p qujat",
            script.display()
        ))
        .output()
        .unwrap();
    assert!(
        sourced.status.success(),
        "{}",
        String::from_utf8_lossy(&sourced.stderr)
    );
    assert!(String::from_utf8_lossy(&sourced.stdout).contains("qujat"));
    for shell in ["zsh", "fish", "powershell"] {
        let out = qujat(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("message-format"),
            "{shell}"
        );
    }
}

#[test]
fn man_pages_describe_every_command() {
    let out = qujat(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH qujat 1"),
        "{page}"
    );
    let dir = scratch("man");
    assert_eq!(
        qujat(&["man", "--out-dir", dir.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    for page in [
        "qujat.1",
        "qujat-check.1",
        "qujat-render.1",
        "qujat-completions.1",
    ] {
        assert!(dir.join(page).is_file(), "{page}");
    }
}

#[test]
fn render_of_a_folder_skips_yaml_that_is_not_a_plan() {
    let dir = scratch("render-skip");
    std::fs::copy(sample("vakr-schedule-2026.yaml"), dir.join("plan.yaml")).unwrap();
    std::fs::write(dir.join("ci.yaml"), "on: push\njobs: {}\n").unwrap();
    let out_dir = dir.join("out");
    let out = qujat(&[
        "render",
        dir.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
        "--format",
        "docx",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("note: skipped") && stderr.contains("ci.yaml"),
        "{stderr}"
    );
    assert!(stderr.contains("1 plan: 2 files written"), "{stderr}");
    // Named on its own, a file is taken for a plan and checked as one.
    let ci = dir.join("ci.yaml");
    assert_eq!(
        qujat(&["render", ci.to_str().unwrap()]).status.code(),
        Some(2)
    );
}

#[test]
fn quiet_prints_nothing_on_success() {
    let plan = sample("vakr-schedule-2026.yaml");
    let out = qujat(&["-q", "check", plan.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    // A failure still speaks.
    let bad = root().join("tests/plans/invalid/several-problems-at-once.yaml");
    let out = qujat(&["-q", "check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

/// Text without its ANSI colour sequences.
fn without_colours(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

/// A plan grown by copying can have thousands of warnings of one kind: `render` prints the
/// first ten of each code and counts the rest in one note naming `qujat check`, which lists
/// them all; the summary counts every one.
#[test]
fn render_prints_ten_warnings_of_a_kind_and_counts_the_rest() {
    let dir = scratch("render-capped-warnings");
    let mut plan =
        std::fs::read_to_string(root().join("tests/plans/warnings/repeated-step.yaml")).unwrap();
    for i in 3..=13 {
        plan.push_str(&format!(
            "      - text: {{kk: Басшыларды оқыту {i}, ru: Обучение руководителей {i}}}\n\
             \x20       result: {{kk: Сауаттылықты арттыру, ru: Повышение грамотности}}\n\
             \x20       steps:\n\
             \x20         - text: {{kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}}\n\
             \x20           due: {{by: 2027-04-01}}\n\
             \x20           responsible: [hr]\n"
        ));
    }
    let path = dir.join("plan.yaml");
    std::fs::write(&path, plan).unwrap();
    let path = path.to_str().unwrap();
    let out_dir = dir.join("out");
    let rendered = qujat(&["render", path, "-o", out_dir.to_str().unwrap(), "-q"]);
    let stderr = String::from_utf8_lossy(&rendered.stderr);
    assert_eq!(rendered.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.matches("warning[repeated-step]").count(),
        10,
        "{stderr}"
    );
    let note = format!(
        "note: 2 more warnings [repeated-step] not shown: `qujat check {path}` lists them all"
    );
    assert!(stderr.contains(&note), "{stderr}");
    let checked = qujat(&["check", path]);
    let stderr = String::from_utf8_lossy(&checked.stderr);
    assert_eq!(
        stderr.matches("warning[repeated-step]").count(),
        12,
        "{stderr}"
    );
    assert!(!stderr.contains("not shown"), "{stderr}");
}
