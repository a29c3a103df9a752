//! The mappings of a plan: which fields a mapping may have, which it must have, and lists.

use super::*;

/// The fields of one mapping, by name, after unknown ones have been reported.
pub(super) struct Fields<'n> {
    pub(super) pos: Pos,
    pub(super) map: BTreeMap<&'n str, &'n Node>,
    /// The key of each field, to point at when its value has no place of its own (null).
    keys: BTreeMap<&'n str, &'n Node>,
    pub(super) context: &'static str,
}

impl<'n> Fields<'n> {
    pub(super) fn get(&self, name: &str) -> Option<&'n Node> {
        self.map.get(name).copied()
    }
    pub(super) fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
    pub(super) fn key(&self, name: &str) -> Option<&'n Node> {
        self.keys.get(name).copied()
    }
}

impl Loader<'_> {
    /// Checks that `node` is a mapping with only `allowed` keys; reports every unknown key.
    pub(super) fn fields<'n>(
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
        let mut keys = BTreeMap::new();
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.error(
                    "wrong-type",
                    key,
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
                keys.insert(name.as_str(), key);
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
                    key,
                    format!("unknown field `{name}` in {context}"),
                    help,
                );
            }
        }
        Some(Fields {
            pos: node.pos,
            map,
            keys,
            context,
        })
    }

    pub(super) fn wrong_type(&mut self, node: &Node, expected: &str, help: &str) {
        self.error(
            "wrong-type",
            node,
            format!("{expected}, found {}", node.describe()),
            help,
        );
    }

    pub(super) fn missing(&mut self, f: &Fields, name: &str, help: &str) {
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
    pub(super) fn required<'n>(
        &mut self,
        f: &Fields<'n>,
        name: &str,
        help: &str,
    ) -> Option<&'n Node> {
        let node = f.get(name);
        if node.is_none() {
            self.missing(f, name, help);
        }
        node
    }

    pub(super) fn list<T>(
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
}
