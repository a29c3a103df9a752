//! Human-language texts: a pair `{kk: …, ru: …}` or one string for both languages.

use super::*;

const PAIR_HELP: &str = "write the text as a pair {kk: …, ru: …}, or once as a plain string if it is the same in both languages (a proper name)";

impl Loader<'_> {
    /// A text pair, or one plain string used for both languages.
    pub(super) fn text(&mut self, node: &Node, what: &str) -> Option<Text> {
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

    pub(super) fn pair(&mut self, node: &Node, what: &str) -> Option<Text> {
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

    pub(super) fn nonempty(&mut self, s: &str, pos: Pos, what: &str) -> Option<String> {
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
}

pub(super) fn lang_name(code: &str) -> &'static str {
    match code {
        "kk" => "Kazakh",
        _ => "Russian",
    }
}
