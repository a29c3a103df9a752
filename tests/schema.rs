//! `qujat schema` is a valid JSON Schema that accepts the samples, as an editor validating
//! while typing would; the copy in docs/ that the samples point at is up to date.

mod support;

use support::{qujat, root};

fn schema() -> serde_json::Value {
    let out = qujat(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).expect("schema is JSON")
}

fn yaml_as_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    qujat::source::parse(&text)
        .expect("sample parses")
        .to_json()
}

#[test]
fn schema_is_valid_and_accepts_both_samples() {
    let schema = schema();
    jsonschema::meta::validate(&schema).expect("a valid JSON Schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for sample in support::SAMPLES {
        let plan = yaml_as_json(&support::sample(sample));
        let errors: Vec<String> = validator
            .iter_errors(&plan)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{sample}: {errors:#?}");
    }
}

#[test]
fn schema_rejects_what_check_rejects() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for bad in [
        "unknown-field-top",
        "missing-kk",
        "quarter-out-of-range",
        "deadline-unknown-combination",
        "unknown-language",
        "date-unpadded",
        "date-signs",
        "date-year-zero",
        "month-signed",
        "grif-dated-1800",
        "period-year-2200",
        "period-year-and-years",
        "annex-negative",
        "annex-zero",
        "annex-fraction",
        "annex-29-digits",
        "steps-commented-out",
        "headers-unknown-field",
        "headers-comma-in-pair",
    ] {
        let plan = yaml_as_json(&root().join(format!("tests/plans/invalid/{bad}.yaml")));
        assert!(!validator.is_valid(&plan), "{bad} passed the schema");
    }
}

#[test]
fn samples_point_editors_at_the_committed_schema() {
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/plan.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        committed,
        schema(),
        "docs/plan.schema.json is stale: run `qujat schema > docs/plan.schema.json`"
    );
    for sample in support::SAMPLES {
        let text = std::fs::read_to_string(support::sample(sample)).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=../docs/plan.schema.json\n"),
            "{sample}"
        );
    }
}

/// The schema an editor checks against and `qujat check` accept the same dates, months, years
/// and annex numbers: an editor never marks as wrong what qujat takes, nor the reverse.
#[test]
fn schema_and_check_agree_on_every_value_rule() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let base = std::fs::read_to_string(root().join("tests/plans/invalid/date-unpadded.yaml"))
        .unwrap()
        .replace("due: {by: 2027-4-16}", "due: DUE")
        .replace("\ntitle:", "\nANNEXtitle:");
    let dates = [
        "2027-04-16",
        "2027-4-16",
        "+022-+4-+1",
        "0000-01-01",
        "1800-06-10",
        "1989-12-31",
        "1990-01-01",
        "2100-12-31",
        "2101-01-01",
        "2027-13-01",
        "2027-04-16T10:00",
        "27-04-16",
    ];
    let mut cases: Vec<(String, String)> = dates
        .iter()
        .map(|d| (format!("{{by: {d}}}"), String::new()))
        .collect();
    for month in [
        "2027-03", "2027-3", "2027-+3", "1989-12", "2101-01", "2027-13",
    ] {
        cases.push((format!("{{month: {month}}}"), String::new()));
    }
    for year in ["2027", "1989", "2101", "0"] {
        cases.push((format!("{{quarter: 2, year: {year}}}"), String::new()));
    }
    for annex in [
        "4",
        "999",
        "1000",
        "0",
        "-3",
        "4.5",
        "\"04\"",
        "\"4а\"",
        "12345678901234567890",
    ] {
        cases.push(("ongoing".into(), format!("annex: {annex}\n")));
    }
    for (due, annex) in cases {
        let text = base.replace("DUE", &due).replace("ANNEX", &annex);
        let checked =
            qujat::app::load_text(std::path::Path::new("plan.yaml"), text.clone()).is_ok();
        let json = qujat::source::parse(&text).expect("parses").to_json();
        let valid = validator.is_valid(&json);
        assert_eq!(
            checked, valid,
            "{due} {annex}: check says {checked}, the schema says {valid}"
        );
    }
}
