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

/// The samples name `plan.schema.json` beside them, as `init` and `import` write it: a sample
/// copied elsewhere validates once `qujat init --schema-only` has put the schema there.
#[test]
fn samples_point_editors_at_the_committed_schema() {
    for copy in ["docs/plan.schema.json", "samples/plan.schema.json"] {
        let committed: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join(copy)).unwrap()).unwrap();
        assert_eq!(
            committed,
            schema(),
            "{copy} is stale: run `qujat schema > {copy}`"
        );
    }
    for sample in support::SAMPLES {
        let text = std::fs::read_to_string(support::sample(sample)).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=plan.schema.json\n"),
            "{sample}"
        );
    }
}

#[test]
fn init_schema_only_writes_or_refreshes_the_schema_and_nothing_else() {
    let dir = support::scratch("schema-only");
    let copied = dir.join("plan.yaml");
    std::fs::copy(support::sample(support::SAMPLES[0]), &copied).unwrap();
    let out = qujat(&["init", "--schema-only", copied.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let written = dir.join("plan.schema.json");
    let read = || -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(&written).unwrap()).unwrap()
    };
    assert_eq!(read(), schema());
    // An outdated copy of qujat's schema is brought up to date, by `init` too.
    let mut old = schema();
    old["description"] = "an earlier version".into();
    std::fs::write(&written, old.to_string()).unwrap();
    assert_eq!(
        qujat(&["init", dir.join("new.yaml").to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(read(), schema());
    // Up to date: nothing written, nothing said.
    let again = qujat(&["init", "--schema-only", dir.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0));
    assert!(again.stdout.is_empty());
    // Someone else's plan.schema.json is left alone.
    std::fs::write(&written, "{\"title\": \"not qujat's\"}").unwrap();
    let refused = qujat(&["init", "--schema-only", dir.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&written).unwrap(),
        "{\"title\": \"not qujat's\"}"
    );
}

/// What an editor shows on hover: every definition and field has its own title and
/// description, in English, Kazakh and Russian, and texts.json describes nothing else.
#[test]
fn every_definition_and_field_is_described_in_three_languages() {
    let schema = schema();
    let keys = qujat::plan::schema::texts::keys(&schema);
    let texts = qujat::plan::schema::texts::all();
    assert!(keys.len() > 90, "{keys:?}");
    for key in &keys {
        let entry = texts
            .get(key)
            .unwrap_or_else(|| panic!("src/plan/schema/texts.json has no entry for {key}"));
        for lang in ["en", "kk", "ru"] {
            assert!(!entry.title.get(lang).trim().is_empty(), "{key} {lang}");
            assert!(
                !entry.description.get(lang).trim().is_empty(),
                "{key} {lang}"
            );
        }
    }
    for key in texts.keys() {
        assert!(
            keys.contains(key),
            "texts.json describes {key}, which the schema lacks"
        );
    }
    // The texts are in the schema: in English by default, in every language in `x-` keys.
    let steps = &schema["$defs"]["Item"]["properties"]["steps"];
    assert_eq!(steps["title"], "Steps");
    assert_eq!(steps["x-title-kk"], "Қадамдар");
    assert_eq!(steps["x-title-ru"], "Шаги");
    let kk: serde_json::Value =
        serde_json::from_slice(&qujat(&["schema", "--lang", "kk"]).stdout).unwrap();
    assert_eq!(
        kk["$defs"]["Item"]["properties"]["steps"]["title"],
        "Қадамдар"
    );
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
    let mut plans: Vec<(String, String)> = cases
        .into_iter()
        .map(|(due, annex)| {
            let text = base.replace("DUE", &due).replace("ANNEX", &annex);
            (format!("{due} {annex}"), text)
        })
        .collect();
    // `template:` names a built-in template (a path, the schema cannot follow).
    let plain = base.replace("DUE", "ongoing").replace("ANNEX", "");
    for template in ["action-plan", "action-pln", "Action-Plan", "plan"] {
        let text = plain.replace("template: action-plan", &format!("template: {template}"));
        plans.push((format!("template: {template}"), text));
    }
    // An item has steps, or else its own text, due and responsible; never both.
    let steps = plain.find("        steps:").unwrap();
    let (head, _) = plain.split_at(steps);
    let task = "        due: ongoing\n        responsible: [hr]\n";
    plans.push(("own task".into(), format!("{head}{task}")));
    plans.push(("no task".into(), format!("{head}        due: ongoing\n")));
    plans.push((
        "steps and due".into(),
        plain.replace("        steps:", "        due: ongoing\n        steps:"),
    ));
    plans.push((
        "task without text".into(),
        format!("{}{task}", head.replace("      - text: {kk: Қызметкерлерді оқыту, ru: Обучение работников}\n        result:", "      - result:")),
    ));
    for (case, text) in plans {
        let checked =
            qujat::app::load_text(std::path::Path::new("plan.yaml"), text.clone()).is_ok();
        let json = qujat::source::parse(&text).expect("parses").to_json();
        let valid = validator.is_valid(&json);
        assert_eq!(
            checked, valid,
            "{case}: check says {checked}, the schema says {valid}\n{text}"
        );
    }
}
