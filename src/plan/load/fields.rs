//! The mappings of a plan: which fields a mapping may have, which it must have, and lists.

use super::*;

/// The fields of one mapping, by name, after unknown ones have been reported.
pub(super) struct Fields<'n> {
    pub(super) pos: Pos,
    pub(super) map: BTreeMap<&'n str, &'n Node<'n>>,
    /// The key of each field, to point at when its value has no place of its own (null).
    keys: BTreeMap<&'n str, &'n Node<'n>>,
    /// The message id that names this mapping (`ctx-plan`: "the plan").
    pub(super) context: &'static str,
}

impl<'n> Fields<'n> {
    pub(super) fn get(&self, name: &str) -> Option<&'n Node<'n>> {
        self.map.get(name).copied()
    }
    pub(super) fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
    pub(super) fn key(&self, name: &str) -> Option<&'n Node<'n>> {
        self.keys.get(name).copied()
    }
}

impl Loader<'_> {
    /// Checks that `node` is a mapping with only `allowed` keys; reports every unknown key.
    pub(super) fn fields<'n>(
        &mut self,
        node: &'n Node<'n>,
        context: &'static str,
        allowed: &[&'static str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(
                node,
                msg!("expected-mapping", context = Message::new(context)),
                msg!("help-mapping"),
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
                    msg!(
                        "field-name-not-text",
                        context = Message::new(context),
                        found = key.describe()
                    ),
                    msg!("help-use-one-of", valid = allowed.join(", ")),
                );
                continue;
            };
            if allowed.contains(&name.as_ref()) {
                map.insert(name.as_ref(), value);
                keys.insert(name.as_ref(), key);
            } else {
                let near = closest(name, allowed);
                if let Some(near) = near {
                    self.suggested.push((node.pos, near));
                }
                let valid = allowed.join(", ");
                let help = match near {
                    Some(near) => msg!("did-you-mean-field", near = near, valid = valid),
                    None => msg!("help-valid-fields", valid = valid),
                };
                self.error(
                    "unknown-field",
                    key,
                    msg!(
                        "unknown-field",
                        name = name,
                        context = Message::new(context)
                    ),
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

    pub(super) fn wrong_type(&mut self, node: &Node, expected: Message, help: Message) {
        self.error(
            "wrong-type",
            node,
            msg!("wrong-type", expected = expected, found = node.describe()),
            help,
        );
    }

    pub(super) fn missing(&mut self, f: &Fields, name: &str, help: Message) {
        if self.suggested.contains(&(f.pos, name)) {
            return;
        }
        self.error(
            "missing-field",
            f.pos,
            msg!(
                "missing-field",
                context = Message::new(f.context),
                name = name
            ),
            help,
        );
    }

    /// A required field, reported when absent.
    pub(super) fn required<'n>(
        &mut self,
        f: &Fields<'n>,
        name: &str,
        help: Message,
    ) -> Option<&'n Node<'n>> {
        let node = f.get(name);
        if node.is_none() {
            self.missing(f, name, help);
        }
        node
    }

    /// [`Self::list`] of a node taken out of the tree: each element is dropped once read.
    pub(super) fn list_owned<T>(
        &mut self,
        node: Node,
        what: &'static str,
        mut each: impl FnMut(&mut Self, Node) -> Option<T>,
    ) -> Vec<T> {
        let Value::Seq(items) = node.value else {
            return self.list(&node, what, |_, _| None);
        };
        items
            .into_vec()
            .into_iter()
            .filter_map(|n| each(self, n))
            .collect()
    }

    pub(super) fn list<T>(
        &mut self,
        node: &Node,
        what: &'static str,
        mut each: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Vec<T> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| each(self, n)).collect(),
            Value::Null => Vec::new(),
            _ => {
                self.wrong_type(node, msg!("expected-list", field = what), msg!("help-list"));
                Vec::new()
            }
        }
    }
}
