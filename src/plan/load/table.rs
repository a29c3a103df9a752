//! The table: sections, items, steps and the task (deadline and responsible) of each.

use super::*;

impl Loader<'_> {
    /// The sections, each dropped from the tree once read.
    pub(super) fn sections(&mut self, node: Node) -> Vec<Section> {
        let none = matches!(&node.value, Value::Seq(s) if s.is_empty()) || node.is_null();
        let at = Place::from(&node);
        let sections = self.list_owned(node, "sections", |l, n| l.section(&n));
        if none {
            self.error(
                "empty-plan",
                at,
                msg!("empty-plan"),
                msg!("help-empty-plan"),
            );
        }
        sections
    }

    pub(super) fn section(&mut self, node: &Node) -> Option<Section> {
        let f = self.fields(node, "ctx-section", fields("Section"))?;
        let title = self
            .required(&f, "title", msg!("help-add-section-title"))
            .and_then(|n| self.text(n, &msg!("what-section-title")));
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
                node,
                msg!("empty-section"),
                msg!("help-empty-section"),
            );
        }
        Some(Section {
            title: title?,
            items,
            pos: node.pos,
        })
    }

    pub(super) fn item(&mut self, node: &Node) -> Option<Item> {
        let f = self.fields(node, "ctx-item", fields("Item"))?;
        let id = f.get("id").and_then(|n| self.unique_id(n));
        let text = f
            .get("text")
            .and_then(|n| self.text(n, &msg!("what-item-text")));
        let result = f
            .get("result")
            .and_then(|n| self.text(n, &msg!("what-result")));
        let body = if let Some(steps) = f.get("steps") {
            if f.has("due") || f.has("responsible") {
                let at = f.get("due").or(f.get("responsible")).unwrap_or(node);
                self.error(
                    "steps-and-due",
                    at,
                    msg!("steps-and-due"),
                    msg!("help-steps-and-due"),
                );
            }
            let list = self.list(steps, "steps", |l, s| l.step(s));
            let none = match &steps.value {
                Value::Seq(s) => s.is_empty(),
                Value::Null => true,
                _ => false,
            };
            if none {
                // Pointed at the key: an empty value has no place of its own (its steps may
                // all be commented out under it).
                let at = f.key("steps").unwrap_or(steps);
                self.error(
                    "empty-steps",
                    at,
                    msg!("empty-steps"),
                    msg!("help-empty-steps"),
                );
            }
            Some(ItemBody::Steps(list))
        } else {
            self.task(&f, "item").map(ItemBody::Own)
        };
        if text.is_none() && !matches!(body, Some(ItemBody::Steps(_))) && !f.has("text") {
            self.missing(&f, "text", msg!("help-add-item-text"));
        }
        Some(Item {
            id,
            text,
            result,
            body: body?,
            pos: node.pos,
        })
    }

    /// An item's id, reported when an earlier item has it: ids name one item each.
    fn unique_id(&mut self, node: &Node) -> Option<String> {
        let id = self.id(node)?;
        if let Some(first) = self.ids.get(&id) {
            let (line, column) = (first.line, first.column);
            self.error(
                "duplicate-id",
                node,
                msg!("duplicate-id", id = &id, line = line, column = column),
                msg!("help-duplicate-id"),
            );
            return None;
        }
        self.ids.insert(id.clone(), node.pos);
        Some(id)
    }

    pub(super) fn step(&mut self, node: &Node) -> Option<Step> {
        let f = self.fields(node, "ctx-step", fields("Step"))?;
        let text = self
            .required(&f, "text", msg!("help-add-step-text"))
            .and_then(|n| self.text(n, &msg!("what-step-text")));
        let task = self.task(&f, "step");
        Some(Step {
            text: text?,
            task: task?,
        })
    }

    /// The deadline and the responsible of an item or a step (`of`: `item` or `step`).
    pub(super) fn task(&mut self, f: &Fields, of: &'static str) -> Option<Task> {
        let due = self
            .required(f, "due", msg!("help-add-due", of = of))
            .and_then(|n| self.deadline(n));
        let responsible = self
            .required(f, "responsible", msg!("help-add-responsible", of = of))
            .map(|n| self.responsible(n));
        let responsible = responsible?;
        Some(Task {
            due: due?,
            responsible,
        })
    }
}
