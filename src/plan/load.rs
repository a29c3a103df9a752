//! Node tree → typed plan. Walks the whole file and reports every problem it meets, so a user
//! sees all of them at once; the plan is returned only when there were none.

use super::model::*;
use super::schema::fields;
use crate::diagnostic::{Diagnostic, Report, closest};
use crate::source::{Node, Pos, Value};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const PAIR_HELP: &str = "write the text as a pair {kk: …, ru: …}, or once as a plain string if it is the same in both languages (a proper name)";

/// Builds the plan from the node tree, or records why it cannot.
pub fn load(root: &Node, report: &mut Report) -> Option<Plan> {
    let mut loader = Loader {
        report,
        suggested: Vec::new(),
        units: BTreeMap::new(),
    };
    let plan = loader.plan(root);
    if loader.report.has_errors() {
        None
    } else {
        plan
    }
}

struct Loader<'r> {
    report: &'r mut Report,
    /// Field names that an unknown field was taken for (`titel` → `title`): their "missing"
    /// error would only repeat the suggestion.
    suggested: Vec<(Pos, &'static str)>,
    /// Unit keys seen so far, with their index, for `responsible:` references.
    units: BTreeMap<String, usize>,
}

/// The fields of one mapping, by name, after unknown ones have been reported.
struct Fields<'n> {
    pos: Pos,
    map: BTreeMap<&'n str, &'n Node>,
    context: &'static str,
}

impl<'n> Fields<'n> {
    fn get(&self, name: &str) -> Option<&'n Node> {
        self.map.get(name).copied()
    }
    fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
}

impl Loader<'_> {
    fn error(
        &mut self,
        code: &'static str,
        pos: Pos,
        msg: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.report
            .push(Diagnostic::error(code, pos, msg).help(help));
    }

    /// Checks that `node` is a mapping with only `allowed` keys; reports every unknown key.
    fn fields<'n>(
        &mut self,
        node: &'n Node,
        context: &'static str,
        allowed: &[&'static str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(
                node,
                &format!("{context} must be a mapping of fields"),
                "write `field: value` lines indented under it",
            );
            return None;
        };
        let mut map = BTreeMap::new();
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.error(
                    "wrong-type",
                    key.pos,
                    format!(
                        "a field name in {context} must be text, found {}",
                        key.describe()
                    ),
                    "use one of: ".to_string() + &allowed.join(", "),
                );
                continue;
            };
            if allowed.contains(&name.as_str()) {
                map.insert(name.as_str(), value);
            } else {
                let near = closest(name, allowed);
                if let Some(near) = near {
                    self.suggested.push((node.pos, near));
                }
                let help = match near {
                    Some(near) => format!(
                        "did you mean `{near}`? Valid fields here: {}",
                        allowed.join(", ")
                    ),
                    None => format!("valid fields here: {}", allowed.join(", ")),
                };
                self.error(
                    "unknown-field",
                    key.pos,
                    format!("unknown field `{name}` in {context}"),
                    help,
                );
            }
        }
        Some(Fields {
            pos: node.pos,
            map,
            context,
        })
    }

    fn wrong_type(&mut self, node: &Node, expected: &str, help: &str) {
        self.error(
            "wrong-type",
            node.pos,
            format!("{expected}, found {}", node.describe()),
            help,
        );
    }

    fn missing(&mut self, f: &Fields, name: &str, help: &str) {
        if self.suggested.contains(&(f.pos, name)) {
            return;
        }
        self.error(
            "missing-field",
            f.pos,
            format!("{} has no `{name}`", f.context),
            help,
        );
    }

    /// A required field, reported when absent.
    fn required<'n>(&mut self, f: &Fields<'n>, name: &str, help: &str) -> Option<&'n Node> {
        let node = f.get(name);
        if node.is_none() {
            self.missing(f, name, help);
        }
        node
    }

    fn plan(&mut self, root: &Node) -> Option<Plan> {
        let f = self.fields(root, "the plan", fields("Plan"))?;
        self.version(&f);
        let (template, template_pos) = self.template(&f);
        let organization = self.organization(&f);
        let annex = f.get("annex").and_then(|n| self.annex(n));
        let approval = self
            .required(
                &f,
                "approval",
                "add an `approval:` grif: `by: decision` (a board) or `by: official`",
            )
            .and_then(|n| self.approval(n));
        let title = self
            .required(&f, "title", "add `title: {kk: …, ru: …}`")
            .and_then(|n| self.text(n, "the title"));
        let period = f.get("period").and_then(|n| self.period(n));
        let date_style = f.get("dates").and_then(|n| self.date_style(n));
        let units = f
            .get("units")
            .map(|n| self.unit_list(n))
            .unwrap_or_default();
        let sections = self
            .required(
                &f,
                "sections",
                "add `sections:` with at least one section and its items",
            )
            .map(|n| self.sections(n))
            .unwrap_or_default();
        let notes = f
            .get("notes")
            .map(|n| self.list(n, "notes", |l, item| l.text(item, "a note")))
            .unwrap_or_default();
        Some(Plan {
            template: template?,
            template_pos,
            organization: organization?,
            annex,
            approval: approval?,
            title: title?,
            period,
            date_style,
            units,
            sections,
            notes,
        })
    }

    fn version(&mut self, f: &Fields) {
        match f.get("qujat") {
            None => self.missing(
                f,
                "qujat",
                "start the file with `qujat: 1`, the format version",
            ),
            Some(n) if matches!(n.value, Value::Int(1)) => {}
            Some(n) => self.error(
                "unsupported-version",
                n.pos,
                format!("unsupported format version: {}", n.describe()),
                "this qujat reads format version 1: write `qujat: 1`",
            ),
        }
    }

    fn template(&mut self, f: &Fields) -> (Option<TemplateRef>, Pos) {
        let Some(node) = self.required(
            f,
            "template",
            "add `template: action-plan` or `template: schedule`",
        ) else {
            return (None, f.pos);
        };
        let Value::Str(name) = &node.value else {
            self.wrong_type(
                node,
                "`template` must be a template name or a path",
                "write `action-plan`, `schedule`, or a path such as `my-template.yaml`",
            );
            return (None, node.pos);
        };
        let t = if name.ends_with(".yaml") || name.ends_with(".yml") || name.contains('/') {
            TemplateRef::Path(name.clone())
        } else {
            TemplateRef::Builtin(name.clone())
        };
        (Some(t), node.pos)
    }

    fn organization(&mut self, f: &Fields) -> Option<Organization> {
        let node = self.required(
            f,
            "organization",
            "add `organization:` with `name:` and `short:`",
        )?;
        let o = self.fields(node, "`organization`", fields("Organization"))?;
        let name = self
            .required(
                &o,
                "name",
                "add the organisation's full name: `name: {kk: …, ru: …}`",
            )
            .and_then(|n| self.text(n, "the organisation's name"));
        let short = self
            .required(
                &o,
                "short",
                "add the short name the text uses: `short: {kk: Қоғам, ru: Общество}`",
            )
            .and_then(|n| self.text(n, "the short name"));
        Some(Organization {
            name: name?,
            short: short?,
        })
    }

    fn annex(&mut self, node: &Node) -> Option<String> {
        match node.scalar_text() {
            Some(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ if node.is_null() => None,
            _ => {
                self.wrong_type(
                    node,
                    "`annex` must be the annex number",
                    "write e.g. `annex: 4`, or remove the line",
                );
                None
            }
        }
    }

    fn approval(&mut self, node: &Node) -> Option<Approval> {
        let kind = match &node.value {
            Value::Map(entries) => entries.iter().find_map(|(k, v)| match &k.value {
                Value::Str(s) if s == "by" => Some(v),
                _ => None,
            }),
            _ => None,
        };
        let by = kind.and_then(|v| match &v.value {
            Value::Str(s) => Some((s.as_str(), v.pos)),
            _ => None,
        });
        match by {
            Some(("decision", _)) => self.decision(node),
            Some(("official", _)) => self.official(node),
            Some((other, pos)) => {
                let help = match closest(other, &["decision", "official"]) {
                    Some(near) => format!("did you mean `{near}`? Use `decision` (a body's decision, БЕКІТІЛДІ / УТВЕРЖДЕН) or `official` (БЕКІТЕМІН / УТВЕРЖДАЮ)"),
                    None => "use `decision` (a body's decision, БЕКІТІЛДІ / УТВЕРЖДЕН) or `official` (БЕКІТЕМІН / УТВЕРЖДАЮ)".into(),
                };
                self.error(
                    "unknown-value",
                    pos,
                    format!("unknown approval kind `{other}`"),
                    help,
                );
                None
            }
            None => {
                let f = self.fields(node, "`approval`", fields("Decision"))?;
                self.missing(&f, "by", "add `by: decision` (a board's decision) or `by: official` (approved by one official)");
                None
            }
        }
    }

    fn decision(&mut self, node: &Node) -> Option<Approval> {
        let f = self.fields(node, "`approval`", fields("Decision"))?;
        let body = self
            .required(&f, "body", "name the approving body in the genitive: `body: {kk: директорлар кеңесінің, ru: Совета директоров}`")
            .and_then(|n| self.text(n, "the approving body"));
        let (date, year) = self.grif_date(&f);
        let protocol = f.get("protocol").and_then(|n| {
            if n.is_null() {
                return None;
            }
            let s = n.scalar_text();
            if s.is_none() {
                self.wrong_type(
                    n,
                    "`protocol` must be the protocol number",
                    "write e.g. `protocol: \"5\"`, or `null` while it is not known",
                );
            }
            s
        });
        let gender = f.get("gender").and_then(|n| self.gender(n));
        Some(Approval::Decision {
            body: body?,
            date,
            year: year?,
            protocol,
            gender,
        })
    }

    fn official(&mut self, node: &Node) -> Option<Approval> {
        let f = self.fields(node, "`approval`", fields("Official"))?;
        let position = self
            .required(
                &f,
                "position",
                "add the official's position: `position: {kk: …, ru: …}`",
            )
            .and_then(|n| self.text(n, "the position"));
        let name = self
            .required(&f, "name", "add the official's name as spelled in each language: `name: {kk: М.С. Байдурын, ru: М.С. Байдурин}`")
            .and_then(|n| self.text(n, "the name"));
        let (date, year) = self.grif_date(&f);
        Some(Approval::Official {
            position: position?,
            name: name?,
            date,
            year: year?,
        })
    }

    /// The grif's date, or the year its blanks print while the date is not known.
    fn grif_date(&mut self, f: &Fields) -> (Option<NaiveDate>, Option<i32>) {
        let date = f
            .get("date")
            .filter(|n| !n.is_null())
            .and_then(|n| self.date(n));
        let year = match f.get("year") {
            Some(n) => self.year(n),
            None if f.get("date").is_some_and(|n| !n.is_null()) => {
                date.map(|d| chrono::Datelike::year(&d))
            }
            None => {
                if f.get("date").is_none_or(|n| n.is_null()) {
                    self.missing(
                        f,
                        "year",
                        "while the date is not known, give the year its blanks print: `year: 2022`",
                    );
                }
                None
            }
        };
        if let (Some(d), Some(y), Some(n)) = (date, year, f.get("year"))
            && chrono::Datelike::year(&d) != y
        {
            self.error(
                "date-mismatch",
                n.pos,
                format!("`year: {y}` does not match the date {d}"),
                "remove `year:` (the date gives it) or correct one of them",
            );
        }
        (date, year)
    }

    fn gender(&mut self, node: &Node) -> Option<Gender> {
        let name = match &node.value {
            Value::Str(s) => s.as_str(),
            _ => {
                self.wrong_type(
                    node,
                    "`gender` must be a word",
                    "use masculine, feminine, neuter or plural",
                );
                return None;
            }
        };
        let g = Gender::from_name(name);
        if g.is_none() {
            let near = closest(name, &Gender::NAMES)
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            self.error(
                "unknown-value",
                node.pos,
                format!("unknown gender `{name}`"),
                format!("{near}use masculine (план), feminine, neuter or plural"),
            );
        }
        g
    }

    fn date_style(&mut self, node: &Node) -> Option<DateStyle> {
        match &node.value {
            Value::Str(s) if s == "words" => Some(DateStyle::Words),
            Value::Str(s) if s == "numeric" => Some(DateStyle::Numeric),
            _ => {
                self.error(
                    "unknown-value",
                    node.pos,
                    format!("unknown date style: {}", node.describe()),
                    "use `dates: words` (30 марта 2026 года) or `dates: numeric` (30.03.2026)",
                );
                None
            }
        }
    }

    /// A text pair, or one plain string used for both languages.
    fn text(&mut self, node: &Node, what: &str) -> Option<Text> {
        match &node.value {
            Value::Str(s) => self.nonempty(s, node.pos, what).map(|s| Text {
                kk: s.clone(),
                ru: s,
                pos: node.pos,
            }),
            Value::Int(_) | Value::Float(_) => {
                let s = node.scalar_text().unwrap_or_default();
                Some(Text {
                    kk: s.clone(),
                    ru: s,
                    pos: node.pos,
                })
            }
            Value::Map(_) => self.pair(node, what),
            _ => {
                self.wrong_type(node, &format!("{what} must be a text"), PAIR_HELP);
                None
            }
        }
    }

    fn pair(&mut self, node: &Node, what: &str) -> Option<Text> {
        let Value::Map(entries) = &node.value else {
            return None;
        };
        let mut kk = None;
        let mut ru = None;
        for (key, value) in entries {
            let name = match &key.value {
                Value::Str(s) => s.as_str(),
                _ => "",
            };
            let slot = match name {
                "kk" => &mut kk,
                "ru" => &mut ru,
                _ => {
                    let near = closest(name, fields("TextPair"))
                        .map(|n| format!("did you mean `{n}`? "))
                        .unwrap_or_default();
                    self.error("unknown-field", key.pos, format!("unknown language `{name}` in {what}"), format!("{near}a text has exactly two languages: `kk` (Kazakh) and `ru` (Russian)"));
                    continue;
                }
            };
            *slot = match &value.value {
                Value::Str(s) => self.nonempty(s, value.pos, what),
                Value::Int(_) | Value::Float(_) => value.scalar_text(),
                Value::Null => {
                    self.error(
                        "missing-translation",
                        value.pos,
                        format!("{what} has an empty `{name}` text"),
                        format!("write the {} text; both documents need it", lang_name(name)),
                    );
                    None
                }
                _ => {
                    self.wrong_type(
                        value,
                        &format!("the `{name}` text of {what} must be text"),
                        "write the text after the colon; use `|` and indented lines for long texts",
                    );
                    None
                }
            }
            .map(|s| (s, value.pos));
        }
        for (slot, name) in [(&kk, "kk"), (&ru, "ru")] {
            if slot.is_none()
                && !entries
                    .iter()
                    .any(|(k, _)| matches!(&k.value, Value::Str(s) if s == name))
            {
                self.error("missing-translation", node.pos, format!("{what} has no `{name}` text"), format!("add `{name}: …` with the {} text: the {} document would otherwise have a hole", lang_name(name), lang_name(name)));
            }
        }
        let (kk, ru) = (kk?.0, ru?.0);
        if kk == ru && kk.chars().any(char::is_alphabetic) {
            self.report.push(
                Diagnostic::warning("same-text", node.pos, format!("the Kazakh and Russian texts of {what} are identical"))
                    .help("translate one of them; if it is a proper name, write it once as a plain string"),
            );
        }
        Some(Text {
            kk,
            ru,
            pos: node.pos,
        })
    }

    fn nonempty(&mut self, s: &str, pos: Pos, what: &str) -> Option<String> {
        if s.trim().is_empty() {
            self.error(
                "empty-text",
                pos,
                format!("{what} is empty"),
                "write the text, or remove the field if it is optional",
            );
            None
        } else {
            Some(s.trim_end().to_string())
        }
    }

    fn list<T>(
        &mut self,
        node: &Node,
        what: &str,
        mut each: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Vec<T> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| each(self, n)).collect(),
            Value::Null => Vec::new(),
            _ => {
                self.wrong_type(
                    node,
                    &format!("`{what}` must be a list"),
                    "write each entry on its own line starting with `- `",
                );
                Vec::new()
            }
        }
    }

    fn date(&mut self, node: &Node) -> Option<NaiveDate> {
        let Value::Str(s) = &node.value else {
            self.wrong_type(
                node,
                "expected a date YYYY-MM-DD",
                "write dates as 2022-04-16",
            );
            return None;
        };
        let parts: Vec<&str> = s.split('-').collect();
        let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
        match (parts.len(), nums) {
            (3, Some(n)) if parts[0].len() == 4 => {
                match NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2]) {
                    Some(d) => Some(d),
                    None => {
                        self.error(
                            "impossible-date",
                            node.pos,
                            format!("{s} is not a date that exists"),
                            format!(
                                "check the day and month: {}",
                                month_days_hint(n[0] as i32, n[1])
                            ),
                        );
                        None
                    }
                }
            }
            _ => {
                self.error(
                    "bad-date",
                    node.pos,
                    format!("`{s}` is not a date in the form YYYY-MM-DD"),
                    "write dates as 2022-04-16 (year, month, day)",
                );
                None
            }
        }
    }

    fn year_month(&mut self, node: &Node) -> Option<YearMonth> {
        let text = node.scalar_text().unwrap_or_default();
        let parsed = text
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?, y.len())));
        match parsed {
            Some((year, month, 4)) if (1..=12).contains(&month) => Some(YearMonth { year, month }),
            Some((_, month, 4)) => {
                self.error(
                    "impossible-date",
                    node.pos,
                    format!("month {month} does not exist"),
                    "months are 01 to 12: write e.g. 2022-11",
                );
                None
            }
            _ => {
                self.error(
                    "bad-date",
                    node.pos,
                    format!("{} is not a month in the form YYYY-MM", node.describe()),
                    "write a month as 2022-11 (year, month)",
                );
                None
            }
        }
    }

    fn year(&mut self, node: &Node) -> Option<i32> {
        match node.value {
            Value::Int(y) if (1900..=2200).contains(&y) => Some(y as i32),
            _ => {
                self.error(
                    "bad-year",
                    node.pos,
                    format!("expected a year, found {}", node.describe()),
                    "write a four-digit year such as 2022",
                );
                None
            }
        }
    }

    fn period(&mut self, node: &Node) -> Option<Period> {
        let f = self.fields(node, "`period`", fields("Period"))?;
        if let Some(y) = f.get("year") {
            return self.year(y).map(Period::Year);
        }
        if let Some(ys) = f.get("years") {
            let years = self.list(ys, "years", |l, n| l.year(n));
            return match years.as_slice() {
                [a, b] if a < b => Some(Period::Years(*a, *b)),
                [_, _] => {
                    self.error(
                        "range-order",
                        ys.pos,
                        "the period's last year is not after its first",
                        "write `years: [2022, 2026]`, first year first",
                    );
                    None
                }
                _ => {
                    self.wrong_type(
                        ys,
                        "`years` must be two years",
                        "write `years: [2022, 2026]`",
                    );
                    None
                }
            };
        }
        match (f.get("from"), f.get("to")) {
            (Some(a), Some(b)) => {
                let (from, to) = (self.date(a)?, self.date(b)?);
                self.ordered(from, to, b.pos)
                    .then_some(Period::Range(from, to))
            }
            _ => {
                self.error("missing-field", node.pos, "the period needs `year`, `years`, or `from` and `to`", "write `period: {year: 2022}`, `{years: [2022, 2026]}` or `{from: 2026-04-13, to: 2026-05-26}`");
                None
            }
        }
    }

    fn ordered(&mut self, from: NaiveDate, to: NaiveDate, pos: Pos) -> bool {
        if to < from {
            self.error(
                "range-order",
                pos,
                format!("the range ends ({to}) before it starts ({from})"),
                "swap the two dates, or correct the one that is wrong",
            );
            false
        } else {
            true
        }
    }

    fn unit_list(&mut self, node: &Node) -> Vec<Unit> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, "`units` must be a mapping from a key to a unit", "write e.g. `okp: {kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]}`");
            return Vec::new();
        };
        let mut units = Vec::new();
        for (key, value) in entries {
            let Some(name) = key.scalar_text() else {
                self.wrong_type(
                    key,
                    "a unit key must be a word",
                    "use a short latin key such as `okp`",
                );
                continue;
            };
            if let Some(unit) = self.unit(name.clone(), value) {
                self.units.insert(name, units.len());
                units.push(unit);
            }
        }
        units
    }

    fn unit(&mut self, key: String, node: &Node) -> Option<Unit> {
        let forms = |l: &mut Self, n: &Node, lang: &str| -> Option<UnitForms> {
            match &n.value {
                Value::Str(s) => l
                    .nonempty(s, n.pos, "a unit")
                    .map(|short| UnitForms { short, full: None }),
                Value::Seq(parts) if parts.len() == 2 => {
                    let short = parts[0]
                        .scalar_text()
                        .and_then(|s| l.nonempty(&s, parts[0].pos, "a unit's short form"));
                    let full = parts[1]
                        .scalar_text()
                        .and_then(|s| l.nonempty(&s, parts[1].pos, "a unit's full form"));
                    Some(UnitForms {
                        short: short?,
                        full: Some(full?),
                    })
                }
                _ => {
                    l.wrong_type(n, &format!("the `{lang}` form of unit `{key}` must be a name or [short, full]"), "write `[ОҚП, операциялық қызмет департаменті]` for an abbreviation, or just the name");
                    None
                }
            }
        };
        match &node.value {
            Value::Str(s) => {
                let s = self.nonempty(s, node.pos, "a unit")?;
                let f = UnitForms {
                    short: s,
                    full: None,
                };
                Some(Unit {
                    key,
                    kk: f.clone(),
                    ru: f,
                    pos: node.pos,
                })
            }
            Value::Map(_) => {
                let f = self.fields(node, "a unit", fields("UnitForms"))?;
                let kk = self.required(&f, "kk", "add the Kazakh form: `kk: [ОҚП, операциялық қызмет департаменті]` or `kk: комплаенс-офицер`").and_then(|n| forms(self, n, "kk"));
                let ru = self.required(&f, "ru", "add the Russian form: `ru: [ДОД, департамент операционной деятельности]` or `ru: комплаенс-офицер`").and_then(|n| forms(self, n, "ru"));
                Some(Unit {
                    key,
                    kk: kk?,
                    ru: ru?,
                    pos: node.pos,
                })
            }
            _ => {
                self.wrong_type(node, &format!("unit `{key}` must be a name or a mapping with `kk` and `ru`"), "write `{kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]}`");
                None
            }
        }
    }

    fn sections(&mut self, node: &Node) -> Vec<Section> {
        let sections = self.list(node, "sections", |l, n| l.section(n));
        if sections.is_empty() && matches!(&node.value, Value::Seq(s) if s.is_empty())
            || node.is_null()
        {
            self.error(
                "empty-plan",
                node.pos,
                "the plan has no sections",
                "add at least one section with its items under `sections:`",
            );
        }
        sections
    }

    fn section(&mut self, node: &Node) -> Option<Section> {
        let f = self.fields(node, "a section", fields("Section"))?;
        let title = self
            .required(&f, "title", "add `title: {kk: …, ru: …}` to the section")
            .and_then(|n| self.text(n, "the section title"));
        let items = match f.get("items") {
            Some(n) => self.list(n, "items", |l, i| l.item(i)),
            None => Vec::new(),
        };
        let empty = match f.get("items") {
            None => true,
            Some(n) => matches!(&n.value, Value::Seq(s) if s.is_empty()) || n.is_null(),
        };
        if empty {
            self.error(
                "empty-section",
                node.pos,
                "the section has no items",
                "add its items under `items:`, or remove the section",
            );
        }
        Some(Section {
            title: title?,
            items,
            pos: node.pos,
        })
    }

    fn item(&mut self, node: &Node) -> Option<Item> {
        let f = self.fields(node, "an item", fields("Item"))?;
        let id = f.get("id").and_then(|n| self.id(n));
        let text = f.get("text").and_then(|n| self.text(n, "the item's text"));
        let result = f
            .get("result")
            .and_then(|n| self.text(n, "the expected result"));
        let body = if let Some(steps) = f.get("steps") {
            if f.has("due") || f.has("responsible") {
                let pos = f
                    .get("due")
                    .or(f.get("responsible"))
                    .map_or(node.pos, |n| n.pos);
                self.error(
                    "steps-and-due",
                    pos,
                    "an item with steps cannot have its own `due` or `responsible`",
                    "move the deadline and the responsible into each step, or remove `steps:`",
                );
            }
            let list = self.list(steps, "steps", |l, s| l.step(s));
            if matches!(&steps.value, Value::Seq(s) if s.is_empty()) {
                self.error("empty-steps", steps.pos, "`steps` is empty", "add the steps, or remove `steps:` and give the item its own `due` and `responsible`");
            }
            Some(ItemBody::Steps(list))
        } else {
            self.task(&f, "the item").map(ItemBody::Own)
        };
        if text.is_none() && !matches!(body, Some(ItemBody::Steps(_))) && !f.has("text") {
            self.missing(&f, "text", "add the item's text: `text: {kk: …, ru: …}`");
        }
        Some(Item {
            id,
            text,
            result,
            body: body?,
            pos: node.pos,
        })
    }

    fn id(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Str(s)
                if !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                Some(s.clone())
            }
            _ => {
                self.error(
                    "bad-id",
                    node.pos,
                    format!("an item id must be a latin word, found {}", node.describe()),
                    "use letters, digits and hyphens, e.g. `id: risk-analysis`",
                );
                None
            }
        }
    }

    fn step(&mut self, node: &Node) -> Option<Step> {
        let f = self.fields(node, "a step", fields("Step"))?;
        let text = self
            .required(&f, "text", "add the step's text: `text: {kk: …, ru: …}`")
            .and_then(|n| self.text(n, "the step's text"));
        let task = self.task(&f, "the step");
        Some(Step {
            text: text?,
            task: task?,
        })
    }

    fn task(&mut self, f: &Fields, what: &str) -> Option<Task> {
        let due = self
            .required(
                f,
                "due",
                &format!(
                    "add the deadline of {what}, e.g. `due: {{by: 2022-04-16}}` or `due: ongoing`"
                ),
            )
            .and_then(|n| self.deadline(n));
        let responsible = self
            .required(
                f,
                "responsible",
                &format!("add who is responsible for {what}, e.g. `responsible: [okp]`"),
            )
            .map(|n| self.responsible(n));
        let responsible = responsible?;
        Some(Task {
            due: due?,
            responsible,
        })
    }

    fn responsible(&mut self, node: &Node) -> Vec<Responsible> {
        let one = |l: &mut Self, n: &Node| -> Option<Responsible> {
            match &n.value {
                Value::Str(key) => match l.units.get(key) {
                    Some(&i) => Some(Responsible::Unit(i)),
                    None => {
                        let keys: Vec<&str> = l.units.keys().map(String::as_str).collect();
                        let near = closest(key, &keys)
                            .map(|k| format!("did you mean `{k}`? "))
                            .unwrap_or_default();
                        l.error("unknown-unit", n.pos, format!("unknown unit `{key}`"), format!("{near}define it under `units:`, or write free text as {{kk: …, ru: …}}"));
                        None
                    }
                },
                Value::Map(_) => l.pair(n, "a responsible").map(Responsible::Free),
                _ => {
                    l.wrong_type(
                        n,
                        "a responsible must be a unit key or a text pair",
                        "write a key from `units:` such as `okp`, or {kk: …, ru: …}",
                    );
                    None
                }
            }
        };
        let list = match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| one(self, n)).collect(),
            Value::Str(_) | Value::Map(_) => one(self, node).into_iter().collect(),
            _ => {
                self.wrong_type(
                    node,
                    "`responsible` must be a list",
                    "write e.g. `responsible: [okp, compliance]`",
                );
                Vec::new()
            }
        };
        if matches!(&node.value, Value::Seq(s) if s.is_empty()) {
            self.error(
                "empty-responsible",
                node.pos,
                "nobody is responsible",
                "name at least one unit or person, e.g. `responsible: [okp]`",
            );
        }
        list
    }

    fn deadline(&mut self, node: &Node) -> Option<Deadline> {
        match &node.value {
            Value::Str(word) => {
                let found = Recurring::ALL.iter().find(|r| r.keyword() == word);
                if found.is_none() {
                    let words: Vec<&str> = Recurring::ALL.iter().map(|r| r.keyword()).collect();
                    let near = closest(word, &words)
                        .map(|k| format!("did you mean `{k}`? "))
                        .unwrap_or_default();
                    self.error("unknown-deadline", node.pos, format!("unknown deadline `{word}`"), format!("{near}use a date kind such as {{by: 2022-04-16}}, one of: {}, or free text {{text: {{kk: …, ru: …}}}}", words.join(", ")));
                }
                found.map(|r| Deadline::Recurring(*r))
            }
            Value::Map(_) => self.dated_deadline(node),
            _ => {
                self.wrong_type(
                    node,
                    "a deadline must be a word or a mapping",
                    "write e.g. `due: {by: 2022-04-16}` or `due: ongoing`",
                );
                None
            }
        }
    }

    fn dated_deadline(&mut self, node: &Node) -> Option<Deadline> {
        let f = self.fields(node, "a deadline", fields("Due"))?;
        let keys: Vec<&str> = f.map.keys().copied().collect();
        let d = match keys.as_slice() {
            ["by"] => Deadline::By(self.date(f.get("by")?)?),
            ["on"] => Deadline::On(self.date(f.get("on")?)?),
            ["from", "to"] => {
                let (a, b) = (self.date(f.get("from")?), self.date(f.get("to")?));
                let (a, b) = (a?, b?);
                self.ordered(a, b, f.get("to")?.pos)
                    .then_some(Deadline::Range(a, b))?
            }
            ["and", "between"] => {
                let (a, b) = (self.date(f.get("between")?), self.date(f.get("and")?));
                let (a, b) = (a?, b?);
                self.ordered(a, b, f.get("and")?.pos)
                    .then_some(Deadline::Between(a, b))?
            }
            ["month"] => Deadline::Month(self.year_month(f.get("month")?)?),
            ["months"] => self.months(f.get("months")?)?,
            ["quarter"] | ["quarter", "year"] => {
                let q = self.quarter(f.get("quarter")?);
                let year = match f.get("year") {
                    Some(y) => Some(self.year(y)?),
                    None => None,
                };
                Deadline::Quarter { quarter: q?, year }
            }
            ["day", "every"] => self.every(&f)?,
            ["text"] => Deadline::Free(self.pair(f.get("text")?, "the deadline text")?),
            _ => {
                self.error("bad-deadline", node.pos, format!("a deadline with the fields {{{}}} is not one of the kinds qujat knows", keys.join(", ")), "use one of {by: D}, {on: D}, {from: D, to: D}, {between: D, and: D}, {month: YYYY-MM}, {months: [YYYY-MM, YYYY-MM]}, {quarter: N, year: Y}, {every: quarter, day: N}, {text: {kk: …, ru: …}} (see docs/plan-format.md)");
                return None;
            }
        };
        Some(d)
    }

    fn months(&mut self, node: &Node) -> Option<Deadline> {
        let months = self.list(node, "months", |l, n| l.year_month(n));
        match months.as_slice() {
            [a, b] if a < b => Some(Deadline::Months(*a, *b)),
            [_, _] => {
                self.error("range-order", node.pos, "the last month is not after the first", "write the first and the last month of the span, in order: `months: [2022-04, 2022-05]`");
                None
            }
            _ => {
                if let Value::Seq(s) = &node.value
                    && s.len() != 2
                {
                    self.error("bad-deadline", node.pos, format!("`months` needs the first and the last month, found {} entries", s.len()), "write `months: [2022-04, 2022-05]`; for a single month use `month: 2022-04`");
                }
                None
            }
        }
    }

    fn quarter(&mut self, node: &Node) -> Option<u32> {
        match node.value {
            Value::Int(q) if (1..=4).contains(&q) => Some(q as u32),
            _ => {
                self.error(
                    "bad-quarter",
                    node.pos,
                    format!("a quarter is 1 to 4, found {}", node.describe()),
                    "write e.g. `{quarter: 4, year: 2022}`",
                );
                None
            }
        }
    }

    fn every(&mut self, f: &Fields) -> Option<Deadline> {
        let unit = f.get("every")?;
        let every = match &unit.value {
            Value::Str(s) if s == "month" => Some(Every::Month),
            Value::Str(s) if s == "quarter" => Some(Every::Quarter),
            Value::Str(s) if s == "year" => Some(Every::Year),
            _ => {
                self.error(
                    "unknown-value",
                    unit.pos,
                    format!(
                        "`every` must be month, quarter or year, found {}",
                        unit.describe()
                    ),
                    "write e.g. `{every: quarter, day: 5}`",
                );
                None
            }
        };
        let day_node = f.get("day")?;
        let day = match day_node.value {
            Value::Int(d) if (1..=31).contains(&d) => Some(d as u32),
            _ => {
                self.error(
                    "bad-day",
                    day_node.pos,
                    format!(
                        "`day` must be a day of the month, 1 to 31, found {}",
                        day_node.describe()
                    ),
                    "write e.g. `{every: quarter, day: 5}`",
                );
                None
            }
        };
        Some(Deadline::Every {
            every: every?,
            day: day?,
        })
    }
}

fn lang_name(code: &str) -> &'static str {
    match code {
        "kk" => "Kazakh",
        _ => "Russian",
    }
}

fn month_days_hint(year: i32, month: u32) -> String {
    if !(1..=12).contains(&month) {
        return "months are 01 to 12".into();
    }
    let days = (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28);
    format!("month {month:02} of {year} has {days} days")
}
