//! The title and description of every definition and field of the plan schema, in English,
//! Kazakh and Russian (texts.json, one entry per `Definition` or `Definition.field`, the three
//! languages side by side so that a translator sees them together). Editors show `title` and
//! `description` (English) on hover; the Kazakh and Russian go into `x-title-kk`,
//! `x-description-kk`, `x-title-ru` and `x-description-ru`, and `qujat schema --lang` puts them
//! in `title` and `description` instead.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub en: String,
    pub kk: String,
    pub ru: String,
}

impl Languages {
    pub fn get(&self, lang: &str) -> &str {
        match lang {
            "kk" => &self.kk,
            "ru" => &self.ru,
            _ => &self.en,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub title: Languages,
    pub description: Languages,
}

/// Every entry, by key. A file that does not parse gives none (the schema tests then fail on
/// every missing title), rather than a panic in `qujat check`.
pub fn all() -> &'static BTreeMap<String, Entry> {
    static TEXTS: OnceLock<BTreeMap<String, Entry>> = OnceLock::new();
    TEXTS.get_or_init(|| serde_json::from_str(include_str!("texts.json")).unwrap_or_default())
}

/// The key of every definition and field of `schema`.
pub fn keys(schema: &Value) -> Vec<String> {
    pointers(schema).into_iter().map(|(key, _)| key).collect()
}

/// Puts the title and description of every definition and field into `schema`: English in
/// `title` and `description`, all three languages in `x-` keys.
pub fn annotate(schema: &mut Value, texts: &BTreeMap<String, Entry>) {
    visit_mut(schema, &mut |key, node| {
        let (Some(entry), Some(obj)) = (texts.get(&key), node.as_object_mut()) else {
            return;
        };
        obj.insert("title".into(), entry.title.en.clone().into());
        obj.insert("description".into(), entry.description.en.clone().into());
        for lang in ["kk", "ru"] {
            obj.insert(format!("x-title-{lang}"), entry.title.get(lang).into());
            obj.insert(
                format!("x-description-{lang}"),
                entry.description.get(lang).into(),
            );
        }
    });
}

/// The schema in one language: its `x-` texts of `lang` in `title` and `description`.
pub fn in_language(schema: &mut Value, lang: &str) {
    visit_mut(schema, &mut |_, node| {
        let Some(obj) = node.as_object_mut() else {
            return;
        };
        for field in ["title", "description"] {
            if let Some(text) = obj.get(&format!("x-{field}-{lang}")).cloned() {
                obj.insert(field.into(), text);
            }
        }
    });
}

fn visit_mut(schema: &mut Value, f: &mut impl FnMut(String, &mut Value)) {
    for (key, pointer) in pointers(schema) {
        if let Some(node) = schema.pointer_mut(&pointer) {
            f(key, node);
        }
    }
}

/// Every definition and field of the schema (those of a definition's variants included): its
/// key and its JSON pointer.
fn pointers(schema: &Value) -> Vec<(String, String)> {
    let mut pointers = vec![("Plan".to_string(), String::new())];
    field_pointers(schema, "Plan", "", &mut pointers);
    for (name, def) in schema
        .get("$defs")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let at = format!("/$defs/{}", name.replace('~', "~0").replace('/', "~1"));
        pointers.push((name.clone(), at.clone()));
        field_pointers(def, name, &at, &mut pointers);
    }
    pointers
}

fn field_pointers(def: &Value, owner: &str, at: &str, out: &mut Vec<(String, String)>) {
    for name in def
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.keys())
    {
        let escaped = name.replace('~', "~0").replace('/', "~1");
        out.push((
            format!("{owner}.{name}"),
            format!("{at}/properties/{escaped}"),
        ));
    }
    for key in ["anyOf", "oneOf"] {
        for (i, variant) in def
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            field_pointers(variant, owner, &format!("{at}/{key}/{i}"), out);
        }
    }
}
