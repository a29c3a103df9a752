//! Page and column layouts. The built-in templates are YAML files in `templates/`, compiled in;
//! a plan may name a template file of its own with the same shape.

use crate::lang::Lang;
use crate::plan::{DateStyle, Gender, Text};
use serde::Deserialize;

mod check;

pub use check::{Problem, TemplateError, field_name};

pub const BUILTIN: [(&str, &str); 2] = [
    ("action-plan", include_str!("../templates/action-plan.yaml")),
    ("schedule", include_str!("../templates/schedule.yaml")),
];

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Template {
    pub name: String,
    /// Message id of the document's subject, for the file's metadata.
    pub subject: String,
    pub gender: GenderName,
    pub grif: GrifKind,
    pub dates: DateStyleName,
    pub languages: Vec<LangName>,
    pub number_sections: bool,
    pub page: Page,
    pub fonts: FontSizes,
    /// Share of the text width that the grif block takes at the right.
    pub grif_width: f32,
    pub columns: Vec<Column>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum GenderName {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum GrifKind {
    Decision,
    Official,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DateStyleName {
    Words,
    Numeric,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum LangName {
    Kk,
    Ru,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Orientation {
    Portrait,
    Landscape,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PageNumbers {
    None,
    /// Centred in the bottom margin.
    Footer,
    /// Centred in the top margin (GOST R 7.0.97).
    Header,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Page {
    /// Width and height in millimetres.
    pub size: [f32; 2],
    pub orientation: Orientation,
    pub margins: Margins,
    pub page_numbers: PageNumbers,
    /// The first page that shows its number: 1, or 2 to leave the first page unnumbered
    /// (GOST R 7.0.97). Not given: 2 for numbers in the header, 1 in the footer.
    #[serde(default)]
    pub page_numbers_from: Option<u32>,
}

impl Page {
    /// The first numbered page, the default resolved.
    pub fn first_numbered(&self) -> u32 {
        self.page_numbers_from.unwrap_or(match self.page_numbers {
            PageNumbers::Header => 2,
            PageNumbers::None | PageNumbers::Footer => 1,
        })
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FontSizes {
    pub text: f32,
    pub title: f32,
    pub grif: f32,
    pub table: f32,
    pub notes: f32,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// The item's number.
    Number,
    /// The item's text, merged over its step rows.
    Item,
    /// A step's text.
    Step,
    /// The item's text, or each step's text on its own row (templates without a step column).
    Work,
    Deadline,
    Responsible,
    /// The expected result, merged over the item's step rows.
    Result,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Number,
        Field::Item,
        Field::Step,
        Field::Work,
        Field::Deadline,
        Field::Responsible,
        Field::Result,
    ];
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub field: Field,
    /// Share of the table width (any unit: they are summed).
    pub width: f32,
    /// What the header cell says.
    pub header: Header,
}

/// A column's header: qujat's words for it, or the organisation's own.
#[derive(Clone, Debug, PartialEq)]
pub enum Header {
    /// A message id of the locales (`col-deadline`).
    Message(String),
    /// A text pair `{kk: …, ru: …}`, printed as written.
    Text(Text),
}

impl Header {
    /// The message id, for a header that names one.
    pub fn message(&self) -> Option<&str> {
        match self {
            Header::Message(id) => Some(id),
            Header::Text(_) => None,
        }
    }
}

/// A header is a message id (a string) or a text pair (a mapping). Only the kind is read
/// here: a pair is read from the file's node tree by `check::read`, with the checks every
/// text of a plan passes and the place of each problem, which serde cannot give.
impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Header, D::Error> {
        struct Kind;
        impl<'de> serde::de::Visitor<'de> for Kind {
            type Value = Header;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a message id such as `col-deadline`, or a text pair `{kk: …, ru: …}`")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Header, E> {
                Ok(Header::Message(id.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Header, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Header::Text(Text {
                    kk: String::new(),
                    ru: String::new(),
                    pos: crate::source::Pos { line: 0, column: 0 },
                }))
            }
        }
        d.deserialize_any(Kind)
    }
}

impl Template {
    /// The built-in template `name`, read once per process: reading one is a twentieth of a
    /// sample's loading, and `render` reads every built-in ahead of time ([`Template::prepare`])
    /// on a core that is idle while the plan loads.
    pub fn builtin(name: &str) -> Option<Template> {
        static READ: [std::sync::OnceLock<Template>; BUILTIN.len()] =
            [const { std::sync::OnceLock::new() }; BUILTIN.len()];
        let i = BUILTIN.iter().position(|(n, _)| *n == name)?;
        let (_, src) = BUILTIN[i];
        // The built-in templates are tested; a failure here is a build defect.
        let read =
            READ[i].get_or_init(|| check::read_builtin(src).expect("built-in template is valid"));
        Some(read.clone())
    }

    /// Reads every built-in template now, so that loading a plan finds its template read.
    pub fn prepare() {
        for (name, _) in BUILTIN {
            Template::builtin(name);
        }
    }

    /// Reads and checks a template file's text: the template when it has no errors (warnings
    /// are left out), else every problem found, each with its place.
    pub fn parse(src: &str) -> Result<Template, Vec<TemplateError>> {
        match check::read(src) {
            (Some(t), _) => Ok(t),
            (None, problems) => Err(problems),
        }
    }

    /// Reads and checks a template file's text: the template when it has no errors, and
    /// every problem found, warnings (about a header's text) included.
    pub fn read(src: &str) -> (Option<Template>, Vec<TemplateError>) {
        check::read(src)
    }

    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|c| c.field == field)
    }

    pub fn gender(&self) -> Gender {
        match self.gender {
            GenderName::Masculine => Gender::Masculine,
            GenderName::Feminine => Gender::Feminine,
            GenderName::Neuter => Gender::Neuter,
            GenderName::Plural => Gender::Plural,
        }
    }

    pub fn date_style(&self) -> DateStyle {
        match self.dates {
            DateStyleName::Words => DateStyle::Words,
            DateStyleName::Numeric => DateStyle::Numeric,
        }
    }

    pub fn language_order(&self) -> Vec<Lang> {
        self.languages
            .iter()
            .map(|l| match l {
                LangName::Kk => Lang::Kk,
                LangName::Ru => Lang::Ru,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_templates_are_valid() {
        let plan = Template::builtin("action-plan").unwrap();
        assert_eq!(plan.columns.len(), 6);
        assert_eq!(plan.page.orientation, Orientation::Landscape);
        let schedule = Template::builtin("schedule").unwrap();
        assert_eq!(schedule.columns.len(), 4);
        assert_eq!(schedule.page.orientation, Orientation::Portrait);
        // `builtin` leaves out the checks of a template file: each passes them all, and reads
        // as `builtin` reads it.
        for (name, src) in BUILTIN {
            let (read, problems) = Template::read(src);
            assert!(problems.is_empty(), "{name}: {problems:?}");
            assert_eq!(
                format!("{:?}", read.unwrap()),
                format!("{:?}", Template::builtin(name).unwrap()),
                "{name}"
            );
        }
    }

    #[test]
    fn template_errors_name_the_place() {
        let src = BUILTIN[0].1.replace("grif-width:", "grif-widht:");
        let err = &Template::parse(&src).unwrap_err()[0];
        assert!(err.at.pos.line > 1, "{err:?}");
        assert!(err.problem.to_string().contains("grif-widht"), "{err:?}");
    }

    #[test]
    fn a_header_may_be_a_text_pair() {
        let src = BUILTIN[1].1.replace(
            "header: col-deadline}",
            "header: {kk: Орындалу мерзімі, ru: Сроки исполнения}}",
        );
        let src = src.replace("header: col-number}", "header: {kk: №, ru: №}}");
        let (template, problems) = Template::read(&src);
        // The same words in both languages stay a pair, without the plan's warning: in a
        // template a plain string is a message id.
        assert_eq!(problems, []);
        let template = template.unwrap();
        let Header::Text(deadline) = &template.columns[2].header else {
            panic!("{:?}", template.columns[2].header)
        };
        assert_eq!(
            (deadline.kk.as_str(), deadline.ru.as_str()),
            ("Орындалу мерзімі", "Сроки исполнения")
        );
        let line = src.lines().position(|l| l.contains("Орындалу")).unwrap() as u32 + 1;
        assert_eq!(deadline.pos.line, line);
        assert_eq!(template.columns[1].header.message(), Some("col-work"));
    }

    #[test]
    fn a_header_pair_is_checked_as_every_text() {
        let src = BUILTIN[1].1.replace(
            "header: col-deadline}",
            "header: {kk: \"\", ru: Сроки, исполнения}}",
        );
        let errors = Template::parse(&src).unwrap_err();
        let codes: Vec<&str> = errors.iter().map(|e| e.problem.code()).collect();
        assert_eq!(codes, ["empty-text", "comma-in-text"], "{errors:?}");
        assert!(errors.iter().all(|e| !e.is_warning()));
        let line = src.lines().position(|l| l.contains("Сроки")).unwrap() as u32 + 1;
        assert!(errors.iter().all(|e| e.at.pos.line == line), "{errors:?}");
    }

    #[test]
    fn a_header_in_the_wrong_language_is_a_warning() {
        let src = BUILTIN[1].1.replace(
            "header: col-deadline}",
            "header: {kk: Орындалу мерзімі, ru: Орындалу мерзімі түрі}}",
        );
        let (template, problems) = Template::read(&src);
        assert!(template.is_some());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].is_warning());
        assert_eq!(problems[0].problem.code(), "ru-has-kazakh");
    }

    #[test]
    fn unknown_header_message_is_rejected() {
        let src = BUILTIN[0].1.replace("header: col-step", "header: col-stpe");
        let errors = Template::parse(&src).unwrap_err();
        assert!(
            errors[0].problem.to_string().contains("col-stpe"),
            "{errors:?}"
        );
        let line = src.lines().position(|l| l.contains("col-stpe")).unwrap() as u32 + 1;
        assert_eq!(errors[0].at.pos.line, line);
    }
}
