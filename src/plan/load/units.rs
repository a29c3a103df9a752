//! Responsible units (`units:`) and the `responsible:` lists that refer to them.

use super::*;

impl Loader<'_> {
    pub(super) fn unit_list(&mut self, node: &Node) -> Vec<Unit> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, "`units` must be a mapping from a key to a unit", "write e.g. `okp: {kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]}`");
            return Vec::new();
        };
        let mut units = Vec::new();
        let mut seen: BTreeMap<String, &Node> = BTreeMap::new();
        for (key, value) in entries {
            // A key as `responsible:` names it: `1` and `"1"` are the same key there.
            let name = match key.value {
                Value::Str(_) | Value::Int(_) | Value::Float(_) => key.verbatim(self.source),
                _ => None,
            };
            let Some(name) = name else {
                self.wrong_type(
                    key,
                    "a unit key must be a word",
                    "use a short latin key such as `okp`",
                );
                continue;
            };
            if let Some(first) = seen.get(&name) {
                self.error(
                    "duplicate-unit",
                    key,
                    format!(
                        "the unit key `{name}` is defined twice: at line {}, column {} as {}, and here as {}",
                        first.pos.line,
                        first.pos.column,
                        first.describe(),
                        key.describe()
                    ),
                    format!("rename one of them: `responsible: [{name}]` could mean either"),
                );
                continue;
            }
            seen.insert(name.clone(), key);
            match self.unit(name.clone(), value) {
                Some(unit) => {
                    self.units.insert(name, Some(units.len()));
                    units.push(unit);
                }
                // Its own errors are reported; its uses are not "unknown units" as well.
                None => {
                    self.units.insert(name, None);
                }
            }
        }
        units
    }

    pub(super) fn unit(&mut self, key: String, node: &Node) -> Option<Unit> {
        let forms = |l: &mut Self, n: &Node, lang: &str| -> Option<UnitForms> {
            match &n.value {
                Value::Str(_) | Value::Int(_) | Value::Float(_) => l
                    .string(n, "a unit")
                    .map(|short| UnitForms { short, full: None }),
                Value::Seq(parts) if parts.len() == 2 => {
                    let short = l.string(&parts[0], "a unit's short form");
                    let full = l.string(&parts[1], "a unit's full form");
                    Some(UnitForms {
                        short: short?,
                        full: Some(full?),
                    })
                }
                Value::Seq(parts) if parts.len() > 2 && n.span.text(l.source).starts_with('[') => {
                    l.split_full_form(parts, lang, &key);
                    None
                }
                _ => {
                    l.wrong_type(n, &format!("the `{lang}` form of unit `{key}` must be a name or [short, full]"), "write `[ОҚП, операциялық қызмет департаменті]` for an abbreviation, or just the name");
                    None
                }
            }
        };
        match &node.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) => {
                let s = self.string(node, "a unit")?;
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

    /// `[ОҚП, операциялық қызмет, департаменті]`: a comma inside the full form split it.
    fn split_full_form(&mut self, parts: &[Node], lang: &str, key: &str) {
        let short = parts[0].span.text(self.source);
        let full = crate::source::Span::new(
            parts[1].span.start as usize,
            parts[parts.len() - 1].span.end as usize,
        )
        .text(self.source);
        self.error(
            "comma-in-text",
            &parts[2],
            format!(
                "the `{lang}` form of unit `{key}` has {} parts where it takes two, [short, full]: a comma inside the full form splits it",
                parts.len()
            ),
            format!(
                "put the full form in quotes: `{lang}: [{short}, \"{}\"]`",
                full.replace('"', "\\\"")
            ),
        );
    }

    pub(super) fn responsible(&mut self, node: &Node) -> Vec<Responsible> {
        let one = |l: &mut Self, n: &Node| -> Option<Responsible> {
            let key = match n.value {
                Value::Str(_) | Value::Int(_) | Value::Float(_) => n.verbatim(l.source),
                _ => None,
            };
            match &n.value {
                Value::Str(_) | Value::Int(_) | Value::Float(_) => {
                    match l.units.get(key.as_deref()?) {
                        Some(&Some(i)) => Some(Responsible::Unit(i)),
                        Some(None) => None,
                        None => {
                            let key = key.unwrap_or_default();
                            let keys: Vec<&str> = l.units.keys().map(String::as_str).collect();
                            let near = closest(&key, &keys)
                                .map(|k| format!("did you mean `{k}`? "))
                                .unwrap_or_default();
                            l.error("unknown-unit", n, format!("unknown unit `{key}`"), format!("{near}define it under `units:`, or write free text as {{kk: …, ru: …}}"));
                            None
                        }
                    }
                }
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
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Map(_) => {
                one(self, node).into_iter().collect()
            }
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
                node,
                "nobody is responsible",
                "name at least one unit or person, e.g. `responsible: [okp]`",
            );
        }
        list
    }
}
