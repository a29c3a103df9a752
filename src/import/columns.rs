//! The table's columns recognised from its header row, in either language: first the headers
//! qujat itself prints (from the locales, through the built-in templates), then the words
//! organisations use («р/б №», «Сроки исполнения», «Жауапты тұлғалар», «Виды работ», …).
//! The columns decide the template: a result column or two text columns make an action plan,
//! one text column a schedule. Headers worded otherwise than qujat's are kept, for the plan's
//! `headers:` to print them as the organisation writes them.

use super::draft::Texts;
use super::error::ImportError;
use super::synth::norm;
use crate::lang::Lang;
use crate::locale::Locale;
use crate::template::{BUILTIN, Column, Field, Template};

/// What a header says a column holds, before the template decides the text columns' roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Number,
    /// A text column; the field it names when qujat's own header says so.
    Text(Option<Field>),
    Deadline,
    Responsible,
    Result,
}

/// The recognised columns of a table.
#[derive(Clone, Debug)]
pub struct Columns {
    pub template: &'static str,
    /// The field of each grid column; `None` for columns the plan has no place for.
    pub fields: Vec<Option<Field>>,
    /// The header texts, as the file writes them.
    pub headers: Vec<String>,
    /// Headers of columns not imported.
    pub dropped: Vec<String>,
}

impl Columns {
    pub fn col(&self, field: Field) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field))
    }
}

/// What one header cell names.
pub fn kind(header: &str) -> Option<Kind> {
    let h = norm(header);
    if h.is_empty() {
        return None;
    }
    if let Some(field) = qujat_header(&h) {
        return Some(match field {
            Field::Number => Kind::Number,
            Field::Deadline => Kind::Deadline,
            Field::Responsible => Kind::Responsible,
            Field::Result => Kind::Result,
            text => Kind::Text(Some(text)),
        });
    }
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if h.chars().count() <= 15 && (has(&["№", "п/п", "р/с", "р/б", "номер", "нөмір"]) || h == "n")
    {
        Some(Kind::Number)
    } else if has(&["срок", "мерзім", "дата", "уақыт"]) {
        Some(Kind::Deadline)
    } else if has(&["ответствен", "исполнител", "жауапты", "орындаушы"])
    {
        Some(Kind::Responsible)
    } else if has(&["результат", "нәтиже", "форма заверш", "аяқтау нысаны"])
    {
        Some(Kind::Result)
    } else if has(&[
        "мероприят",
        "жоспар",
        "шара",
        "работ",
        "жұмыс",
        "действ",
        "шаг",
        "этап",
        "қадам",
        "атауы",
        "наименован",
        "содержан",
        "мазмұн",
    ]) {
        Some(Kind::Text(None))
    } else {
        None
    }
}

/// The field whose header, in qujat's own words in either language, this is.
fn qujat_header(normalized: &str) -> Option<Field> {
    for (name, _) in BUILTIN {
        let template = Template::builtin(name)?;
        for column in &template.columns {
            for lang in Lang::ALL {
                let Some(text) = builtin_header(column, lang) else {
                    continue;
                };
                if norm(&text) == normalized {
                    return Some(column.field);
                }
            }
        }
    }
    None
}

/// qujat's own header of a built-in template's column, in `lang`.
fn builtin_header(column: &Column, lang: Lang) -> Option<String> {
    Locale::get(lang).ok()?.text(column.header.message()?).ok()
}

/// The headers of `template`'s columns that the files word otherwise than qujat does, by
/// field, in the template's order: the plan's `headers:`. A language no file gave, or a
/// column one file lacks, takes qujat's own header in that language, which is what the
/// document would print anyway: nothing is invented. Headers that differ only in white
/// space are the same.
pub fn own_headers(
    template: &str,
    kk: Option<&Columns>,
    ru: Option<&Columns>,
) -> Vec<(Field, Texts)> {
    let Some(template) = Template::builtin(template) else {
        return Vec::new();
    };
    let file = |columns: Option<&Columns>, field: Field| -> Option<String> {
        let columns = columns?;
        let text = columns.headers.get(columns.col(field)?)?;
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    };
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    let mut own = Vec::new();
    for column in &template.columns {
        let mut differs = false;
        let [kk_text, ru_text] = [(Lang::Kk, kk), (Lang::Ru, ru)].map(|(lang, columns)| {
            let builtin = builtin_header(column, lang);
            match file(columns, column.field) {
                Some(text) => {
                    differs |= !builtin.as_deref().is_some_and(|b| same(&text, b));
                    Some(text)
                }
                None => builtin,
            }
        });
        if differs {
            own.push((column.field, Texts::new(kk_text, ru_text)));
        }
    }
    own
}

/// How many of `headers` name a plan's columns, and whether a deadline or responsible column
/// is among them: the test of a header row.
pub fn looks_like_header(headers: &[String]) -> bool {
    let kinds: Vec<Kind> = headers.iter().filter_map(|h| kind(h)).collect();
    kinds.len() >= 3
        && kinds
            .iter()
            .any(|k| matches!(k, Kind::Deadline | Kind::Responsible))
}

/// The columns' fields and the template, chosen from the headers or forced by `--template`.
pub fn assign(headers: &[String], forced: Option<&str>) -> Result<Columns, ImportError> {
    let kinds: Vec<Option<Kind>> = headers.iter().map(|h| kind(h)).collect();
    let text_cols: Vec<usize> = (0..kinds.len())
        .filter(|&i| matches!(kinds[i], Some(Kind::Text(_))))
        .collect();
    let has_result = kinds.contains(&Some(Kind::Result));
    let template: &'static str = match forced {
        Some("action-plan") => "action-plan",
        Some("schedule") => "schedule",
        Some(other) => {
            return Err(ImportError::Template(crate::msg!(
                "init-unknown-template",
                name = other
            )));
        }
        None if has_result || text_cols.len() >= 2 => "action-plan",
        None => "schedule",
    };
    let text_fields: Vec<Field> = match (template, text_cols.as_slice()) {
        ("schedule", [_]) => vec![Field::Work],
        ("schedule", _) => {
            return Err(ImportError::Template(crate::msg!(
                "import-schedule-columns",
                count = text_cols.len(),
                headers = text_cols
                    .iter()
                    .map(|&i| headers[i].trim())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        (_, [only]) if kinds[*only] == Some(Kind::Text(Some(Field::Step))) => vec![Field::Step],
        _ => vec![Field::Item, Field::Step],
    };
    let mut fields = vec![None; headers.len()];
    let mut dropped = Vec::new();
    let mut texts = text_fields.into_iter();
    for (i, k) in kinds.iter().enumerate() {
        let field = match k {
            Some(Kind::Number) => Some(Field::Number),
            Some(Kind::Deadline) => Some(Field::Deadline),
            Some(Kind::Responsible) => Some(Field::Responsible),
            Some(Kind::Result) if template == "action-plan" => Some(Field::Result),
            Some(Kind::Text(_)) => texts.next(),
            _ => None,
        };
        // A field taken twice (two deadline columns): the first keeps it.
        let field = field.filter(|f| !fields.contains(&Some(*f)));
        if field.is_none() && !headers[i].trim().is_empty() {
            dropped.push(headers[i].trim().to_string());
        }
        fields[i] = field;
    }
    for needed in [Field::Deadline, Field::Responsible] {
        if !fields.contains(&Some(needed)) {
            return Err(ImportError::NoTable);
        }
    }
    Ok(Columns {
        template,
        fields,
        headers: headers.to_vec(),
        dropped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_seeds_headers() {
        let kk = h(&[
            "р/б№",
            "Жоспар",
            "Іс-шараның атауы",
            "Орындау мерзімі",
            "Жауапты қызметкер",
            "Күтілетін нәтиже",
        ]);
        let c = assign(&kk, None).unwrap();
        assert_eq!(c.template, "action-plan");
        assert_eq!(
            c.fields,
            [
                Field::Number,
                Field::Item,
                Field::Step,
                Field::Deadline,
                Field::Responsible,
                Field::Result
            ]
            .map(Some)
        );
        for headers in [
            h(&[
                "№ п/п",
                "Виды работ",
                "Сроки исполнения",
                "Ответственные лица",
            ]),
            h(&[
                "№ п/п",
                "Жұмыс түрі",
                "Орындалу мерзімі",
                "Жауапты тұлғалар",
            ]),
        ] {
            assert!(looks_like_header(&headers));
            let c = assign(&headers, None).unwrap();
            assert_eq!(c.template, "schedule");
            assert_eq!(c.col(Field::Work), Some(1));
        }
    }

    #[test]
    fn qujat_own_headers_in_both_languages() {
        let ru = h(&[
            "№ п/п",
            "Мероприятие",
            "Наименование действия",
            "Срок исполнения",
            "Ответственный исполнитель",
            "Ожидаемый результат",
        ]);
        assert_eq!(assign(&ru, None).unwrap().col(Field::Step), Some(2));
        assert!(!looks_like_header(&h(&["1", "2", "3", "4"])));
    }

    #[test]
    fn forced_template_and_unknown_columns() {
        let headers = h(&[
            "№",
            "Мероприятие",
            "Срок",
            "Ответственный",
            "Отметка об исполнении",
        ]);
        let c = assign(&headers, Some("action-plan")).unwrap();
        assert_eq!(c.col(Field::Item), Some(1));
        assert_eq!(c.dropped, ["Отметка об исполнении"]);
        assert!(assign(&headers, Some("memo")).is_err());
    }
}
