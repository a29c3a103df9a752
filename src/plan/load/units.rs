//! Responsible units (`units:`) and the `responsible:` lists that refer to them.

use super::*;

impl Loader<'_> {
    pub(super) fn unit_list(&mut self, node: &Node) -> Vec<Unit> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, msg!("expected-units"), msg!("help-units"));
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
                self.wrong_type(key, msg!("expected-unit-key"), msg!("help-unit-key"));
                continue;
            };
            if let Some(first) = seen.get(&name) {
                self.error(
                    "duplicate-unit",
                    key,
                    msg!(
                        "duplicate-unit",
                        name = &name,
                        line = first.pos.line,
                        column = first.pos.column,
                        first = first.describe(),
                        second = key.describe()
                    ),
                    msg!("help-duplicate-unit", name = &name),
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
                    .string(n, &msg!("what-unit"))
                    .map(|short| UnitForms { short, full: None }),
                Value::Seq(parts) if parts.len() == 2 => {
                    let short = l.string(&parts[0], &msg!("what-unit-short"));
                    let full = l.string(&parts[1], &msg!("what-unit-full"));
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
                    l.wrong_type(
                        n,
                        msg!("expected-unit-form", lang = lang, key = &key),
                        msg!("help-unit-form"),
                    );
                    None
                }
            }
        };
        match &node.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) => {
                let s = self.string(node, &msg!("what-unit"))?;
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
                let f = self.fields(node, "ctx-unit", fields("UnitForms"))?;
                let kk = self
                    .required(&f, "kk", msg!("help-add-unit-kk"))
                    .and_then(|n| forms(self, n, "kk"));
                let ru = self
                    .required(&f, "ru", msg!("help-add-unit-ru"))
                    .and_then(|n| forms(self, n, "ru"));
                Some(Unit {
                    key,
                    kk: kk?,
                    ru: ru?,
                    pos: node.pos,
                })
            }
            _ => {
                self.wrong_type(node, msg!("expected-unit", key = &key), msg!("help-unit"));
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
            msg!(
                "unit-form-split",
                lang = lang,
                key = key,
                parts = parts.len()
            ),
            msg!(
                "help-unit-form-split",
                fixed = format!("{lang}: [{short}, \"{}\"]", full.replace('"', "\\\""))
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
                            let help = match closest(&key, &keys) {
                                Some(near) => msg!("did-you-mean-unit", near = near),
                                None => msg!("help-unknown-unit"),
                            };
                            l.error("unknown-unit", n, msg!("unknown-unit", key = &key), help);
                            None
                        }
                    }
                }
                Value::Map(_) => l.pair(n, &msg!("what-responsible")).map(Responsible::Free),
                _ => {
                    l.wrong_type(n, msg!("expected-responsible"), msg!("help-responsible"));
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
                    msg!("expected-responsible-list"),
                    msg!("help-responsible-list"),
                );
                Vec::new()
            }
        };
        if matches!(&node.value, Value::Seq(s) if s.is_empty()) {
            self.error(
                "empty-responsible",
                node,
                msg!("empty-responsible"),
                msg!("help-empty-responsible"),
            );
        }
        list
    }
}
