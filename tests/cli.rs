//! The commands around check and render: init, schema, machine-readable diagnostics.

mod support;

use support::{qujat, scratch};

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
fn json_diagnostics_one_object_each() {
    let path = support::root().join("tests/plans/invalid/several-problems-at-once.yaml");
    let out = qujat(&["check", "--message-format", "json", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3);
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
             130/143 stopped by Ctrl-C/SIGTERM"
        ),
        "{help}"
    );
}
