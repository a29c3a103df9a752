//! `check --message-format`: the forms CI reads give the same problems at the same places as
//! the human form; SARIF validates against the SARIF 2.1.0 schema (tests/sarif/), GitHub
//! workflow commands parse back to their fields.

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::process::{Command, Output};
use support::root;

const SEVERAL: &str = "tests/plans/invalid/several-problems-at-once.yaml";
const WARNED: &str = "tests/plans/warnings/doubled-phrase.yaml";

/// qujat run in the repository's root, so that relative plan paths stay relative.
fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qujat"))
        .arg("check")
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("qujat runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

/// The JSON diagnostics of a plan: (line, column, end line, end column, code, severity).
fn json_places(plan: &str) -> Vec<(u64, u64, u64, u64, String, String)> {
    let out = check(&["--message-format", "json", plan]);
    let records: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let (summary, diagnostics) = records.split_last().expect("a summary record");
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["files"], 1);
    assert_eq!(
        summary["errors"].as_u64().unwrap() + summary["warnings"].as_u64().unwrap(),
        diagnostics.len() as u64
    );
    diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d["type"], "diagnostic");
            let n = |k: &str| d[k].as_u64().unwrap_or_else(|| panic!("{k} in {d}"));
            (
                n("line"),
                n("column"),
                n("end_line"),
                n("end_column"),
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn json_gives_end_positions_and_a_closing_summary() {
    let places = json_places(SEVERAL);
    assert_eq!(places.len(), 3);
    // `due: {by: 2022-02-30}`: the date, ten characters from column 23.
    assert_eq!(
        places[1],
        (17, 23, 17, 33, "impossible-date".into(), "error".into())
    );
    for (line, column, end_line, end_column, ..) in &places {
        assert!((end_line, end_column) > (line, column), "{places:?}");
    }
}

#[test]
fn human_form_names_the_code_as_rustc_does() {
    let out = check(&[SEVERAL]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error[impossible-date]: 2022-02-30 is not a date that exists"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("--> {SEVERAL}:17:23")), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour into a pipe: {stderr}"
    );
}

/// Splits `::error file=…,line=…::message` into its command, properties and message, undoing
/// the escapes as the Actions runner does.
fn parse_workflow_command(line: &str) -> (String, BTreeMap<String, String>, String) {
    let unescape = |s: &str| {
        s.replace("%0D", "\r")
            .replace("%0A", "\n")
            .replace("%3A", ":")
            .replace("%2C", ",")
            .replace("%25", "%")
    };
    let rest = line.strip_prefix("::").expect("starts with ::");
    let (head, message) = rest.split_once("::").expect(":: before the message");
    let (command, properties) = head.split_once(' ').expect("properties");
    let properties = properties
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            (k.to_string(), unescape(v))
        })
        .collect();
    (command.to_string(), properties, unescape(message))
}

#[test]
fn github_workflow_commands_parse_to_the_same_places() {
    for plan in [SEVERAL, WARNED] {
        let out = check(&["--message-format", "github", plan]);
        let text = stdout(&out);
        let places = json_places(plan);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), places.len(), "{text}");
        for (line, (l, c, el, ec, code, severity)) in lines.iter().zip(&places) {
            let (command, props, message) = parse_workflow_command(line);
            assert_eq!(&command, severity, "{line}");
            assert_eq!(props["file"], plan);
            assert_eq!(props["line"], l.to_string());
            assert_eq!(props["col"], c.to_string());
            assert_eq!(props["endLine"], el.to_string());
            // GitHub counts the last column in; JSON and SARIF the one after.
            assert_eq!(props["endColumn"], (ec - 1).max(*c).to_string());
            assert_eq!(props["title"], format!("{severity}[{code}]"));
            assert!(!message.is_empty() && !line.contains('\n'));
        }
    }
    let out = check(&["--message-format", "github", SEVERAL]);
    let message = parse_workflow_command(stdout(&out).lines().nth(1).unwrap()).2;
    assert!(
        message.starts_with("2022-02-30 is not a date that exists\nhelp: "),
        "{message}"
    );
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/sarif/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let validator = sarif_validator();
    let out = check(&["--message-format", "sarif", SEVERAL, WARNED]);
    assert_eq!(out.status.code(), Some(2));
    let log: Value = serde_json::from_str(&stdout(&out)).expect("one JSON document");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema does check: a level SARIF has not, or a region without its start, fails.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(!validator.is_valid(&broken));

    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let results = run["results"].as_array().unwrap();
    let expected: Vec<_> = json_places(SEVERAL)
        .into_iter()
        .map(|p| (SEVERAL, p))
        .chain(json_places(WARNED).into_iter().map(|p| (WARNED, p)))
        .collect();
    assert_eq!(results.len(), expected.len());
    for (result, (plan, (l, c, el, ec, code, severity))) in results.iter().zip(&expected) {
        assert_eq!(result["ruleId"], code.as_str());
        assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize], code);
        assert_eq!(result["level"], severity.as_str());
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"], *plan,
            "relative to the cwd"
        );
        let region = &location["region"];
        assert_eq!(
            [
                &region["startLine"],
                &region["startColumn"],
                &region["endLine"],
                &region["endColumn"]
            ],
            [l, c, el, ec].map(|n| Value::from(*n)).each_ref()
        );
    }
    // A log with no results is a log too: what a clean run uploads.
    let clean = check(&[
        "--message-format",
        "sarif",
        "samples/vakr-schedule-2026.yaml",
    ]);
    assert_eq!(clean.status.code(), Some(0));
    let log: Value = serde_json::from_str(&stdout(&clean)).unwrap();
    assert!(validator.is_valid(&log));
    assert_eq!(log["runs"][0]["results"], Value::Array(vec![]));
}

#[test]
fn deny_warnings_makes_warnings_fail() {
    assert_eq!(check(&[WARNED]).status.code(), Some(0));
    let out = check(&["--deny-warnings", WARNED]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--deny-warnings"));
    let out = check(&["--deny-warnings", "--message-format", "json", WARNED]);
    let summary: Value = serde_json::from_str(stdout(&out).lines().last().unwrap()).unwrap();
    assert_eq!(summary["failed"], 1);
}
