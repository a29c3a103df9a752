//! Responsible units (`units:`) and the `responsible:` lists that refer to them.

use super::*;

impl Loader<'_> {
    pub(super) fn unit_list(&mut self, node: &Node) -> Vec<Unit> {
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

    pub(super) fn unit(&mut self, key: String, node: &Node) -> Option<Unit> {
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

    pub(super) fn responsible(&mut self, node: &Node) -> Vec<Responsible> {
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
}
