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
