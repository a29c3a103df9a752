//! The plan file format as Rust types, from which `qujat schema` generates a JSON Schema for
//! editors, and from which the loader takes the field names it accepts: the schema and the
//! loader cannot disagree about which fields exist.

pub mod texts;

use schemars::JsonSchema;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A qujat plan: one source for parallel Kazakh and Russian documents.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Plan {
    /// Format version: always 1.
    #[schemars(range(min = 1, max = 1))]
    qujat: u32,
    /// `action-plan`, `schedule`, or the path of a template file (relative to the plan).
    #[schemars(transform = template_choice)]
    template: String,
    organization: Organization,
    /// Annex number, 1 to 999: «4-қосымша» / «Приложение 4».
    annex: Option<AnnexNumber>,
    approval: Approval,
    /// The document's title.
    title: Text,
    period: Option<Period>,
    /// How `on:` deadlines print: `words` (30 марта 2026 года) or `numeric` (30.03.2026).
    dates: Option<DateStyle>,
    /// Column headers in the organisation's own words, by the column's field; each replaces
    /// the template's header in both documents.
    headers: Option<Headers>,
    /// Responsible units and positions, by key.
    units: Option<BTreeMap<String, Unit>>,
    sections: Vec<Section>,
    /// Texts printed after the table under «* Ескертпе:» / «* Примечание:».
    notes: Option<Vec<Text>>,
    /// What this version changes in the plan in force: read by `qujat diff` and `qujat amend`,
    /// ignored by `render`.
    amendment: Option<Amendment>,
}

/// The amendment this version of the plan makes: the approval of the changes (the grif of
/// the changes document) and why each item changed (the comparative table).
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Amendment {
    /// The date the changes are approved; null prints blanks.
    date: Option<Date>,
    /// The year blanks print while the date is not known (default: the plan's approval year).
    year: Option<i32>,
    /// The protocol number of the decision approving the changes; null prints blanks.
    protocol: Option<AnnexNumber>,
    /// The approving body in the genitive, when not the plan's own (decision grif).
    body: Option<Text>,
    /// The approving official's position, when not the plan's own (official grif).
    position: Option<Text>,
    /// The approving official's name, when not the plan's own (official grif).
    name: Option<Text>,
    /// Who the redline's revisions are by (default: the organisation's name).
    author: Option<Text>,
    /// Why each item changed, by the item's `id`.
    justifications: Option<BTreeMap<String, Text>>,
    /// Why items were removed, by the `id` they had in the plan in force.
    removed: Option<BTreeMap<String, Text>>,
}

/// A text in both languages, or one plain string when it is the same in both (a proper name).
/// Cells and notes may use `- ` bullets, blank-line paragraphs and **bold**.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Text {
    Same(String),
    Pair(TextPair),
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TextPair {
    /// Kazakh.
    kk: String,
    /// Russian.
    ru: String,
}

/// A header for each column to reword, keyed by the template's field name: «Сроки
/// исполнения» for `deadline`. Printed as written, on one line.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Headers {
    number: Option<Text>,
    item: Option<Text>,
    step: Option<Text>,
    work: Option<Text>,
    deadline: Option<Text>,
    responsible: Option<Text>,
    result: Option<Text>,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum AnnexNumber {
    Number(#[schemars(range(min = 1, max = 999))] u32),
    Text(#[schemars(regex(pattern = r"^0*[1-9][0-9]{0,2}$"))] String),
}

/// A protocol number as it is printed: «5», «14-П».
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum ProtocolNumber {
    Number(u64),
    Text(#[schemars(length(min = 1))] String),
}

/// A year a plan may name.
#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct Year(#[schemars(range(min = 1990, max = 2100))] i32);

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Organization {
    /// The full name: «Азаматтық бастамаларды қолдау орталығы» КЕАҚ / НАО «…».
    name: Text,
    /// The short name the text uses: Қоғам / Общество.
    short: Text,
}

/// The approval grif, top right.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Approval {
    Decision(Decision),
    Official(Official),
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum DecisionKind {
    Decision,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum OfficialKind {
    Official,
}

/// Approved by a body's decision: БЕКІТІЛДІ / УТВЕРЖДЕН.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Decision {
    by: DecisionKind,
    /// The body in the genitive: директорлар кеңесінің / Совета директоров.
    body: Text,
    /// The decision's date; null prints blanks.
    date: Option<Date>,
    /// The year the blanks print while the date is not known.
    year: Option<Year>,
    /// The protocol number; null prints blanks.
    protocol: Option<ProtocolNumber>,
    /// Agreement of «УТВЕРЖДЕН»; the template's by default.
    gender: Option<Gender>,
}

/// Approved by one official: БЕКІТЕМІН / УТВЕРЖДАЮ.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Official {
    by: OfficialKind,
    position: Text,
    /// The name as spelled in each language: М.С. Байдурын / М.С. Байдурин.
    name: Text,
    date: Option<Date>,
    year: Option<Year>,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum Gender {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum DateStyle {
    Words,
    Numeric,
}

/// A date, YYYY-MM-DD: a year from 1990 to 2100, the month and the day with two digits.
#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct Date(
    #[schemars(regex(
        pattern = r"^(199[0-9]|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    ))]
    String,
);

/// A month, YYYY-MM: a year from 1990 to 2100, the month with two digits.
#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct Month(
    #[schemars(regex(pattern = r"^(199[0-9]|20[0-9]{2}|2100)-(0[1-9]|1[0-2])$"))] String,
);

/// The period the title names.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged, deny_unknown_fields)]
pub enum Period {
    /// «2022 жылға арналған» / «на 2022 год».
    Year { year: Year },
    /// «2022–2026 жылдарға арналған» / «на 2022–2026 годы».
    Years { years: [Year; 2] },
    /// «… аралығына арналған» / «на период с … по …»; one day when `from` is `to`.
    Range { from: Date, to: Date },
}

/// A responsible unit: one name, or per language a name or [short form, full form].
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Unit {
    Same(String),
    PerLanguage(UnitForms),
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UnitForms {
    kk: UnitName,
    ru: UnitName,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum UnitName {
    Name(String),
    /// [short form, full form]: the legend spells the short form out.
    Abbreviation([String; 2]),
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Section {
    title: Text,
    #[schemars(length(min = 1))]
    items: Vec<Item>,
}

/// An item: either `steps`, or its own `due` and `responsible`.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, transform = steps_or_task)]
pub struct Item {
    /// A stable id that survives renumbering.
    #[schemars(regex(pattern = r"^[A-Za-z0-9_-]+$"))]
    id: Option<String>,
    /// The measure.
    text: Option<Text>,
    /// The expected result.
    result: Option<Text>,
    /// At least one step; an empty or null `steps:` is an error (the item would vanish).
    #[schemars(length(min = 1), transform = not_null)]
    steps: Option<Vec<Step>>,
    due: Option<Due>,
    responsible: Option<Vec<Responsible>>,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Step {
    text: Text,
    due: Due,
    #[schemars(length(min = 1))]
    responsible: Vec<Responsible>,
}

/// A unit key from `units`, or free text {kk, ru}.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Responsible {
    Unit(String),
    Free(TextPair),
}

/// A deadline; qujat writes the phrase in each language.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(untagged, deny_unknown_fields)]
pub enum Due {
    Word(Recurring),
    /// «… дейін» / «до …».
    By {
        by: Date,
    },
    /// On a date.
    On {
        on: Date,
    },
    /// «…-нан …-ға дейін» / «с … по …».
    Range {
        from: Date,
        to: Date,
    },
    /// «… мен … аралығында» / «в период с … по …».
    Between {
        between: Date,
        and: Date,
    },
    Month {
        month: Month,
    },
    /// A span of months: [first, last], within one year or two consecutive years.
    Months {
        months: [Month; 2],
    },
    Quarter {
        #[schemars(range(min = 1, max = 4))]
        quarter: u32,
        year: Option<Year>,
    },
    /// Every month, quarter or year, by day N of the month after the period.
    Every {
        every: Every,
        #[schemars(range(min = 1, max = 31))]
        day: u32,
    },
    /// Free text, the last resort.
    Text {
        text: TextPair,
    },
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum Recurring {
    Daily,
    Monthly,
    Quarterly,
    Yearly,
    Ongoing,
    AsReceived,
    AsCarriedOut,
    Immediately,
    None,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum Every {
    Month,
    Quarter,
    Year,
}

/// An optional field that may be left out but not written empty (`steps:` with nothing under
/// it): no `null` in its type.
fn not_null(schema: &mut schemars::Schema) {
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(variants)) = schema.get_mut("anyOf") {
        variants.retain(|v| v.get("type").is_none_or(|t| t != "null"));
    }
}

/// `template:` as `check` reads it: a built-in template, offered by name (an editor completes
/// an `enum`), or a path to a template file, which `check` takes for one when it ends in
/// `.yaml`/`.yml` or holds a `/`.
fn template_choice(schema: &mut schemars::Schema) {
    let names: Vec<Value> = crate::template::BUILTIN
        .iter()
        .map(|(name, _)| Value::from(*name))
        .collect();
    schema.remove("type");
    schema.insert("examples".into(), Value::Array(names.clone()));
    schema.insert(
        "anyOf".into(),
        serde_json::json!([
            {"type": "string", "enum": names},
            {"type": "string", "pattern": r"(/|\.ya?ml$)"},
        ]),
    );
}

/// An item has `steps`, and then neither its own `due` nor `responsible` (`steps-and-due`,
/// which an editor then shows on the `due` or `responsible` key, where `check` does); or else
/// its own `text`, `due` and `responsible`.
fn steps_or_task(schema: &mut schemars::Schema) {
    schema.insert("if".into(), serde_json::json!({"required": ["steps"]}));
    schema.insert(
        "then".into(),
        serde_json::json!({"properties": {"due": false, "responsible": false}}),
    );
    schema.insert(
        "else".into(),
        serde_json::json!({"required": ["text", "due", "responsible"]}),
    );
}

/// What an editor says of a date or month that does not match: `check`'s help instead of the
/// regular expression (`patternErrorMessage`, a keyword of yaml-language-server's that other
/// validators ignore).
fn pattern_messages(schema: &mut Value) {
    for (def, message) in [
        (
            "Date",
            "write dates as 2022-04-16: a year from 1990 to 2100, the month and the day with two digits",
        ),
        (
            "Month",
            "write a month as 2022-11: a year from 1990 to 2100, the month with two digits",
        ),
    ] {
        if let Some(obj) = schema
            .pointer_mut(&format!("/$defs/{def}"))
            .and_then(Value::as_object_mut)
        {
            obj.insert("patternErrorMessage".into(), message.into());
        }
    }
}

/// The JSON Schema of the plan format, with a title and a description in English, Kazakh and
/// Russian on every definition and field (see [`texts`]).
pub fn json_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut schema = schemars::schema_for!(Plan).to_value();
        texts::annotate(&mut schema, texts::all());
        pattern_messages(&mut schema);
        if let Some(obj) = schema.as_object_mut() {
            obj.insert("$id".into(), "https://qujat.kz/schema/plan-v1.json".into());
        }
        schema
    })
}

/// The field names of each mapping type of the format (all variants' fields for a union), in
/// alphabetical order: what the loader accepts and suggests. Written out rather than read from
/// [`json_schema`], so that loading a plan never builds the schema (a sixth of the instructions
/// of loading the action-plan sample); `field_lists_are_the_schemas` checks every list against
/// the types above, so the loader and the schema still cannot disagree.
const FIELDS: &[(&str, &[&str])] = &[
    (
        "Plan",
        &[
            "amendment",
            "annex",
            "approval",
            "dates",
            "headers",
            "notes",
            "organization",
            "period",
            "qujat",
            "sections",
            "template",
            "title",
            "units",
        ],
    ),
    (
        "Amendment",
        &[
            "author",
            "body",
            "date",
            "justifications",
            "name",
            "position",
            "protocol",
            "removed",
            "year",
        ],
    ),
    (
        "Decision",
        &["body", "by", "date", "gender", "protocol", "year"],
    ),
    (
        "Due",
        &[
            "and", "between", "by", "day", "every", "from", "month", "months", "on", "quarter",
            "text", "to", "year",
        ],
    ),
    (
        "Headers",
        &[
            "deadline",
            "item",
            "number",
            "responsible",
            "result",
            "step",
            "work",
        ],
    ),
    (
        "Item",
        &["due", "id", "responsible", "result", "steps", "text"],
    ),
    ("Official", &["by", "date", "name", "position", "year"]),
    ("Organization", &["name", "short"]),
    ("Period", &["from", "to", "year", "years"]),
    ("Section", &["items", "title"]),
    ("Step", &["due", "responsible", "text"]),
    ("TextPair", &["kk", "ru"]),
    ("UnitForms", &["kk", "ru"]),
];

/// The field names of a mapping type of the format, in alphabetical order (none for a type
/// that is not a mapping).
pub fn fields(type_name: &str) -> &'static [&'static str] {
    FIELDS
        .iter()
        .find(|(name, _)| *name == type_name)
        .map_or(&[], |(_, fields)| fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names under `properties` of a schema and of each of its variants, sorted.
    fn property_names(schema: &Value) -> Vec<String> {
        let mut names = Vec::new();
        collect_properties(schema, &mut names);
        names.sort_unstable();
        names.dedup();
        names
    }

    fn collect_properties(schema: &Value, names: &mut Vec<String>) {
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            names.extend(props.keys().cloned());
        }
        for key in ["anyOf", "oneOf"] {
            for variant in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                collect_properties(variant, names);
            }
        }
    }

    #[test]
    fn field_lists_are_the_schemas() {
        let schema = json_schema();
        let mut types = vec![("Plan".to_string(), property_names(schema))];
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            types.extend(
                defs.iter()
                    .map(|(name, def)| (name.clone(), property_names(def))),
            );
        }
        for (name, names) in &types {
            assert_eq!(fields(name), names.as_slice(), "the fields of {name}");
        }
        for (name, _) in FIELDS {
            assert!(
                types
                    .iter()
                    .any(|(t, names)| t == name && !names.is_empty()),
                "{name} is a mapping type of the schema"
            );
        }
    }

    #[test]
    fn field_lists_come_from_the_types() {
        assert!(fields("Plan").contains(&"sections"));
        assert_eq!(fields("Step"), ["due", "responsible", "text"]);
        assert!(fields("Due").contains(&"between") && fields("Due").contains(&"every"));
        assert_eq!(
            fields("Decision"),
            ["body", "by", "date", "gender", "protocol", "year"]
        );
    }
}
