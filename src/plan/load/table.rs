//! The table: sections, items, steps and the task (deadline and responsible) of each.

use super::*;

impl Loader<'_> {
    pub(super) fn sections(&mut self, node: &Node) -> Vec<Section> {
        let sections = self.list(node, "sections", |l, n| l.section(n));
        if sections.is_empty() && matches!(&node.value, Value::Seq(s) if s.is_empty())
            || node.is_null()
        {
            self.error(
                "empty-plan",
                node,
                "the plan has no sections",
                "add at least one section with its items under `sections:`",
            );
        }
        sections
    }

    pub(super) fn section(&mut self, node: &Node) -> Option<Section> {
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
                node,
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

    pub(super) fn item(&mut self, node: &Node) -> Option<Item> {
        let f = self.fields(node, "an item", fields("Item"))?;
        let id = f.get("id").and_then(|n| self.unique_id(n));
        let text = f.get("text").and_then(|n| self.text(n, "the item's text"));
        let result = f
            .get("result")
            .and_then(|n| self.text(n, "the expected result"));
        let body = if let Some(steps) = f.get("steps") {
            if f.has("due") || f.has("responsible") {
                let at = f.get("due").or(f.get("responsible")).unwrap_or(node);
                self.error(
                    "steps-and-due",
                    at,
                    "an item with steps cannot have its own `due` or `responsible`",
                    "move the deadline and the responsible into each step, or remove `steps:`",
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
                    "`steps` has no steps under it (are they commented out?)",
                    "add the steps, or remove `steps:` and give the item its own `due` and `responsible`: an item without either would vanish from both documents",
                );
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

    /// An item's id, reported when an earlier item has it: ids name one item each.
    fn unique_id(&mut self, node: &Node) -> Option<String> {
        let id = self.id(node)?;
        if let Some(first) = self.ids.get(&id) {
            let (line, column) = (first.line, first.column);
            self.error(
                "duplicate-id",
                node,
                format!(
                    "the id `{id}` is already the id of the item at line {line}, column {column}"
                ),
                "give each item an id of its own: rename one of the two",
            );
            return None;
        }
        self.ids.insert(id.clone(), node.pos);
        Some(id)
    }

    pub(super) fn step(&mut self, node: &Node) -> Option<Step> {
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

    pub(super) fn task(&mut self, f: &Fields, what: &str) -> Option<Task> {
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
}
