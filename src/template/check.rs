//! Template files are checked with the care plans get: every number finite and in a range
//! that gives a readable page, columns that show every text, languages that make sense. Each
//! problem points at the value in the template file, so it can be reported with its own
//! file:line:column next to the plan's problems.

use super::{Column, Field, Header, Orientation, Template};
use crate::diagnostic::{Diagnostic, closest};
use crate::lang::Lang;
use crate::locale::Locale;
use crate::message::Message;
use crate::msg;
use crate::source::{self, Node, Place, Value};
use serde_saphyr::Error;
use std::fmt;

/// One problem of a template file and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateError {
    pub at: Place,
    pub problem: Problem,
}

impl TemplateError {
    /// A warning about a header's text; every other problem of a template is an error.
    pub fn is_warning(&self) -> bool {
        matches!(&self.problem, Problem::Text(d) if !d.is_error())
    }
}

/// What is wrong with a template.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file is not YAML qujat can read.
    Yaml {
        code: &'static str,
        message: Message,
        help: Message,
    },
    UnknownField {
        field: String,
        expected: Vec<&'static str>,
    },
    MissingField {
        field: String,
    },
    /// A value of the wrong kind or an unknown word (serde's description of what it expected).
    WrongValue {
        found: Message,
        expected: Message,
    },
    /// A number outside the range that gives a readable page. `what` names the value and
    /// `unit` its unit, both message ids.
    OutOfRange {
        what: &'static str,
        value: f32,
        min: f32,
        max: f32,
        unit: &'static str,
    },
    Orientation {
        width: f32,
        height: f32,
        landscape: bool,
    },
    /// Margins leave too little of the page for the text (`what`: `width` or `height`).
    TextArea {
        what: &'static str,
        left_mm: f32,
    },
    NoColumns,
    NoTextColumn,
    MissingColumn(Field),
    ColumnTooNarrow {
        header: String,
        mm: f32,
    },
    BadWidth {
        value: f32,
    },
    NoLanguages,
    DuplicateLanguage(Lang),
    MissingLanguage(Lang),
    UnknownMessage {
        id: String,
        lang: Lang,
    },
    /// A header's text pair, found wanting by the checks every text of a plan passes (the
    /// plan's own diagnostic: a missing language, an empty text, a character the font lacks,
    /// the comma that ends a text in a flow pair).
    Text(Box<Diagnostic>),
}

/// Page sides, millimetres: from A6 to A0.
const PAGE_MM: (f32, f32) = (100.0, 1200.0);
/// Each margin, millimetres.
const MARGIN_MM: (f32, f32) = (0.0, 100.0);
/// The text area left between the margins, millimetres, at least.
const TEXT_AREA_MM: f32 = 60.0;
/// Font sizes, points: the smallest that prints legibly to a large title.
const FONT_PT: (f32, f32) = (6.0, 28.0);
/// The grif block's share of the text width.
const GRIF_SHARE: (f32, f32) = (0.1, 0.9);
/// A column narrower than this cannot hold a word.
const COLUMN_MM: f32 = 8.0;
/// The first page that shows its number: the first, or the second (GOST R 7.0.97).
const FIRST_NUMBERED: (f32, f32) = (1.0, 2.0);
/// Column widths are shares in any unit; beyond this they are a typo.
const WIDTH_MAX: f32 = 1000.0;

/// A measure as the messages show it: Rust's shortest form (`12.5`, `0`), never a rounding.
fn shown(x: f32) -> String {
    x.to_string()
}

impl Problem {
    /// A stable code, as plan diagnostics have.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Yaml { code, .. } => code,
            Problem::UnknownField { .. } => "unknown-field",
            Problem::MissingField { .. } => "missing-field",
            Problem::WrongValue { .. } => "wrong-type",
            Problem::OutOfRange { .. }
            | Problem::Orientation { .. }
            | Problem::TextArea { .. }
            | Problem::ColumnTooNarrow { .. }
            | Problem::BadWidth { .. } => "out-of-range",
            Problem::NoColumns | Problem::NoTextColumn | Problem::MissingColumn(_) => {
                "missing-column"
            }
            Problem::NoLanguages | Problem::DuplicateLanguage(_) | Problem::MissingLanguage(_) => {
                "bad-languages"
            }
            Problem::UnknownMessage { .. } => "unknown-message",
            Problem::Text(d) => d.code,
        }
    }

    /// What to do about it (a header text's diagnostic carries its own, if any).
    pub fn help(&self) -> Option<Message> {
        Some(match self {
            Problem::Yaml { help, .. } => help.clone(),
            Problem::UnknownField { field, expected } => {
                let valid = expected.join(", ");
                match closest(field, expected) {
                    Some(near) => msg!("did-you-mean-field", near = near, valid = valid),
                    None => msg!("help-valid-fields", valid = valid),
                }
            }
            Problem::MissingField { field } => msg!("help-template-missing-field", field = field),
            Problem::WrongValue { expected, .. } => {
                msg!("help-template-wrong-value", expected = expected)
            }
            Problem::OutOfRange { min, max, unit, .. } => msg!(
                "help-out-of-range",
                min = shown(*min),
                max = shown(*max),
                unit = Message::new(unit)
            ),
            Problem::Orientation { landscape, .. } => msg!(
                "help-orientation",
                orientation = if *landscape { "landscape" } else { "portrait" }
            ),
            Problem::TextArea { .. } => msg!("help-text-area", min = shown(TEXT_AREA_MM)),
            Problem::NoColumns => msg!("help-no-columns"),
            Problem::NoTextColumn => msg!("help-no-text-column"),
            Problem::MissingColumn(field) => {
                msg!("help-missing-column", field = field_name(*field))
            }
            Problem::ColumnTooNarrow { .. } => {
                msg!("help-column-too-narrow", min = shown(COLUMN_MM))
            }
            Problem::BadWidth { .. } => msg!("help-bad-width", max = shown(WIDTH_MAX)),
            Problem::NoLanguages => msg!("help-no-languages"),
            Problem::DuplicateLanguage(_) | Problem::MissingLanguage(_) => {
                msg!("help-languages-once")
            }
            Problem::UnknownMessage { .. } => msg!("help-unknown-message"),
            Problem::Text(d) => return d.help.clone(),
        })
    }

    /// What is wrong.
    pub fn message(&self) -> Message {
        match self {
            Problem::Yaml { message, .. } => message.clone(),
            Problem::UnknownField { field, .. } => {
                msg!("template-unknown-field", field = field)
            }
            Problem::MissingField { field } => msg!("template-missing-field", field = field),
            Problem::WrongValue { found, expected } => {
                msg!("template-wrong-value", expected = expected, found = found)
            }
            Problem::OutOfRange {
                what,
                value,
                min,
                max,
                unit,
            } => {
                if value.is_finite() {
                    msg!(
                        "out-of-range",
                        what = Message::new(what),
                        value = shown(*value),
                        min = shown(*min),
                        max = shown(*max),
                        unit = Message::new(unit)
                    )
                } else {
                    msg!("not-a-number", what = Message::new(what))
                }
            }
            Problem::Orientation {
                width,
                height,
                landscape,
            } => msg!(
                "wrong-orientation",
                width = shown(*width),
                height = shown(*height),
                orientation = if *landscape { "landscape" } else { "portrait" }
            ),
            Problem::TextArea { what, left_mm } => {
                msg!("text-area", left = shown(*left_mm), side = *what)
            }
            Problem::NoColumns => msg!("no-columns"),
            Problem::NoTextColumn => msg!("no-text-column"),
            Problem::MissingColumn(field) => msg!("missing-column", field = field_name(*field)),
            Problem::ColumnTooNarrow { header, mm } => msg!(
                "column-too-narrow",
                header = header,
                mm = format!("{mm:.1}")
            ),
            Problem::BadWidth { value } => msg!("bad-width", value = shown(*value)),
            Problem::NoLanguages => msg!("no-languages"),
            Problem::DuplicateLanguage(lang) => {
                msg!("duplicate-language", lang = lang.to_string())
            }
            Problem::MissingLanguage(lang) => msg!("missing-language", lang = lang.to_string()),
            Problem::UnknownMessage { id, lang } => {
                msg!("unknown-message", id = id, lang = lang.to_string())
            }
            Problem::Text(d) => d.message.clone(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

pub fn field_name(field: Field) -> &'static str {
    match field {
        Field::Number => "number",
        Field::Item => "item",
        Field::Step => "step",
        Field::Work => "work",
        Field::Deadline => "deadline",
        Field::Responsible => "responsible",
        Field::Result => "result",
    }
}

/// Reads a template: its YAML, its fields, then every value. Returns the template when it
/// has no errors, and every problem found.
pub fn read(src: &str) -> (Option<Template>, Vec<TemplateError>) {
    let root = match source::parse_any_numbers(src) {
        Ok(root) => root,
        Err(e) => {
            let problem = Problem::Yaml {
                code: e.code,
                message: e.message,
                help: e.help,
            };
            let at = e.pos.into();
            return (None, vec![TemplateError { at, problem }]);
        }
    };
    let mut template: Template = match serde_saphyr::from_str(src) {
        Ok(t) => t,
        Err(e) => return (None, vec![typed(&e)]),
    };
    let mut problems = header_texts(&mut template, &root, src);
    problems.extend(validate(&template, &root));
    if problems.iter().all(TemplateError::is_warning) {
        (Some(template), problems)
    } else {
        (None, problems)
    }
}

/// Reads a built-in template. It is compiled in, and the tests check it as `read` checks a
/// file (`builtin_templates_are_valid`), so only what makes the template is done here: its
/// typed fields, and the node tree only for a header written as a text pair. The checks of
/// `read` (page, fonts, columns, message ids, which set up the Fluent locales) repeated on
/// every load what the tests prove once: a sixth of loading the action-plan sample.
pub fn read_builtin(src: &str) -> Option<Template> {
    let mut template: Template = serde_saphyr::from_str(src).ok()?;
    if template
        .columns
        .iter()
        .any(|c| c.header.message().is_none())
    {
        let root = source::parse_any_numbers(src).ok()?;
        let problems = header_texts(&mut template, &root, src);
        if !problems.iter().all(TemplateError::is_warning) {
            return None;
        }
    }
    Some(template)
}

/// Reads each header written as a text pair from the node tree, with the checks and the
/// places a plan's texts get. A header with the same words in both languages stays a pair
/// (`{kk: №, ru: №}`): in a template a plain string is a message id, so the plan's advice to
/// write such a text once does not apply.
fn header_texts(t: &mut Template, root: &Node, src: &str) -> Vec<TemplateError> {
    let mut problems = Vec::new();
    for (i, col) in t.columns.iter_mut().enumerate() {
        if col.header.message().is_some() {
            continue;
        }
        let path = [Key("columns"), Index(i), Key("header")];
        let Some(node) = node_at(root, &path) else {
            // serde read a mapping the node tree does not have there: never leave the header
            // without its words.
            problems.push(TemplateError {
                at: find(root, &path),
                problem: Problem::WrongValue {
                    found: msg!("found-unreadable-header"),
                    expected: msg!("expected-header-pair"),
                },
            });
            continue;
        };
        let what = msg!("what-header", column = field_name(col.field));
        let (text, report) = crate::plan::read_text(node, src, &what);
        for d in report
            .diagnostics
            .into_iter()
            .filter(|d| d.code != "same-text")
        {
            problems.push(TemplateError {
                at: Place {
                    pos: d.pos,
                    span: d.span,
                },
                problem: Problem::Text(Box::new(d)),
            });
        }
        if let Some(text) = text {
            col.header = Header::Text(text);
        }
    }
    problems
}

/// A field the template's types refused, by the kind of error.
fn typed(err: &Error) -> TemplateError {
    let at = err
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| crate::source::Pos {
            line: l.line() as u32,
            column: l.column().max(1) as u32,
        })
        .unwrap_or(crate::source::Pos { line: 1, column: 1 })
        .into();
    let problem = match err {
        Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => {
            return typed(error);
        }
        Error::SerdeUnknownField {
            field, expected, ..
        } => Problem::UnknownField {
            field: field.clone(),
            expected: expected.clone(),
        },
        Error::SerdeMissingField { field, .. } => Problem::MissingField {
            field: (*field).to_string(),
        },
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Problem::WrongValue {
            found: yaml_words(unexpected),
            expected: msg!("serde-expected", what = expected),
        },
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => Problem::WrongValue {
            found: msg!("found-verbatim", value = variant),
            expected: msg!("expected-one-of", valid = expected.join(", ")),
        },
        Error::SerdeInvalidLength { len, expected, .. } => Problem::WrongValue {
            found: msg!("found-entries", count = *len),
            expected: msg!("serde-expected", what = expected),
        },
        _ => Problem::WrongValue {
            found: msg!("found-unreadable-value"),
            expected: msg!("expected-template-value"),
        },
    };
    TemplateError { at, problem }
}

/// serde's name of what it found, in the words of YAML: «a list», not «sequence». Other
/// names (`string "x"`, `integer 5`) are serde's own words, shown as they are.
fn yaml_words(unexpected: &str) -> Message {
    match unexpected {
        "sequence" => msg!("found-list"),
        "map" => msg!("found-mapping"),
        other => msg!("serde-found", what = other),
    }
}

/// A path into the template's node tree: field names, and indexes into lists.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The value at `path`, if the file has it.
fn node_at<'n>(root: &'n Node<'n>, path: &[Step]) -> Option<&'n Node<'n>> {
    let mut node = root;
    for step in path {
        node = match (step, &node.value) {
            (Step::Key(k), Value::Map(entries)) => entries
                .iter()
                .find(|(key, _)| matches!(&key.value, Value::Str(s) if s == k))
                .map(|(_, v)| v)?,
            (Step::Index(i), Value::Seq(items)) => items.get(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

/// Where the value at `path` is, or the deepest one found on the way. A mapping or list is
/// pointed at by its key: a scalar by the value itself.
fn find(root: &Node, path: &[Step]) -> Place {
    let mut node = root;
    let mut key: Option<&Node> = None;
    for step in path {
        let next = match (step, &node.value) {
            (Step::Key(k), Value::Map(entries)) => entries
                .iter()
                .find(|(key, _)| matches!(&key.value, Value::Str(s) if s == k))
                .map(|(k, v)| (Some(k), v)),
            (Step::Index(i), Value::Seq(items)) => items.get(*i).map(|v| (None, v)),
            _ => None,
        };
        match next {
            Some((k, v)) => {
                key = k;
                node = v;
            }
            None => break,
        }
    }
    match (&node.value, key) {
        (Value::Map(_) | Value::Seq(_), Some(k)) => k.into(),
        _ => node.into(),
    }
}

struct Checker<'n> {
    root: &'n Node<'n>,
    problems: Vec<TemplateError>,
}

impl Checker<'_> {
    fn report(&mut self, path: &[Step], problem: Problem) {
        self.problems.push(TemplateError {
            at: find(self.root, path),
            problem,
        });
    }

    fn range(
        &mut self,
        path: &[Step],
        what: &'static str,
        value: f32,
        (min, max): (f32, f32),
        unit: &'static str,
    ) -> bool {
        let ok = value.is_finite() && (min..=max).contains(&value);
        if !ok {
            self.report(
                path,
                Problem::OutOfRange {
                    what,
                    value,
                    min,
                    max,
                    unit,
                },
            );
        }
        ok
    }
}

use Step::{Index, Key};

fn validate(t: &Template, root: &Node) -> Vec<TemplateError> {
    let mut c = Checker {
        root,
        problems: Vec::new(),
    };
    let text_width = page(&mut c, t);
    let fonts = [
        ("text", "what-font-text", t.fonts.text),
        ("title", "what-font-title", t.fonts.title),
        ("grif", "what-font-grif", t.fonts.grif),
        ("table", "what-font-table", t.fonts.table),
        ("notes", "what-font-notes", t.fonts.notes),
    ];
    for (key, what, pt) in fonts {
        c.range(&[Key("fonts"), Key(key)], what, pt, FONT_PT, "unit-pt");
    }
    c.range(
        &[Key("grif-width")],
        "what-grif-width",
        t.grif_width,
        GRIF_SHARE,
        "unit-none",
    );
    columns(&mut c, t, text_width);
    languages(&mut c, t);
    messages(&mut c, t);
    c.problems
}

/// Page size, orientation and margins; the width left for the text when they are sound.
fn page(c: &mut Checker, t: &Template) -> Option<f32> {
    let [w, h] = t.page.size;
    let size = [Key("page"), Key("size")];
    let sides_ok = c.range(
        &[size[0], size[1], Index(0)],
        "what-page-width",
        w,
        PAGE_MM,
        "unit-mm",
    ) & c.range(
        &[size[0], size[1], Index(1)],
        "what-page-height",
        h,
        PAGE_MM,
        "unit-mm",
    );
    let landscape = t.page.orientation == Orientation::Landscape;
    if sides_ok && (w > h) != landscape && w != h {
        c.report(
            &[Key("page"), Key("orientation")],
            Problem::Orientation {
                width: w,
                height: h,
                landscape,
            },
        );
    }
    if let Some(from) = t.page.page_numbers_from {
        let path = [Key("page"), Key("page-numbers-from")];
        c.range(
            &path,
            "what-page-numbers-from",
            from as f32,
            FIRST_NUMBERED,
            "unit-none",
        );
    }
    let m = t.page.margins;
    let margins = [
        ("top", "what-margin-top", m.top),
        ("bottom", "what-margin-bottom", m.bottom),
        ("left", "what-margin-left", m.left),
        ("right", "what-margin-right", m.right),
    ];
    let mut margins_ok = true;
    for (key, what, mm) in margins {
        let path = [Key("page"), Key("margins"), Key(key)];
        margins_ok &= c.range(&path, what, mm, MARGIN_MM, "unit-mm");
    }
    if !(sides_ok && margins_ok) {
        return None;
    }
    let across = w - m.left - m.right;
    let down = h - m.top - m.bottom;
    let path = [Key("page"), Key("margins")];
    if across < TEXT_AREA_MM {
        c.report(
            &path,
            Problem::TextArea {
                what: "width",
                left_mm: across,
            },
        );
    }
    if down < TEXT_AREA_MM {
        c.report(
            &path,
            Problem::TextArea {
                what: "height",
                left_mm: down,
            },
        );
    }
    (across >= TEXT_AREA_MM).then_some(across)
}

fn columns(c: &mut Checker, t: &Template, text_width: Option<f32>) {
    if t.columns.is_empty() {
        c.report(&[Key("columns")], Problem::NoColumns);
        return;
    }
    let mut widths_ok = true;
    for (i, col) in t.columns.iter().enumerate() {
        let ok = col.width.is_finite() && col.width > 0.0 && col.width <= WIDTH_MAX;
        if !ok {
            let path = [Key("columns"), Index(i), Key("width")];
            c.report(&path, Problem::BadWidth { value: col.width });
        }
        widths_ok &= ok;
    }
    if let (true, Some(across)) = (widths_ok, text_width) {
        let total: f32 = t.columns.iter().map(|col| col.width).sum();
        for (i, col) in t.columns.iter().enumerate() {
            let mm = across * col.width / total;
            if mm < COLUMN_MM {
                c.report(
                    &[Key("columns"), Index(i), Key("width")],
                    Problem::ColumnTooNarrow {
                        header: column_name(col),
                        mm,
                    },
                );
            }
        }
    }
    for needed in [Field::Number, Field::Deadline, Field::Responsible] {
        if !t.has(needed) {
            c.report(&[Key("columns")], Problem::MissingColumn(needed));
        }
    }
    if ![Field::Item, Field::Step, Field::Work]
        .iter()
        .any(|f| t.has(*f))
    {
        c.report(&[Key("columns")], Problem::NoTextColumn);
    }
}

/// How a column is named in a message: its header's message id, or its field.
fn column_name(col: &Column) -> String {
    match &col.header {
        Header::Message(id) => id.clone(),
        Header::Text(_) => field_name(col.field).to_string(),
    }
}

fn languages(c: &mut Checker, t: &Template) {
    let order = t.language_order();
    if order.is_empty() {
        c.report(&[Key("languages")], Problem::NoLanguages);
    } else {
        for lang in Lang::ALL.iter().filter(|l| !order.contains(l)) {
            c.report(&[Key("languages")], Problem::MissingLanguage(*lang));
        }
    }
    for (i, lang) in order.iter().enumerate() {
        if order[..i].contains(lang) {
            c.report(
                &[Key("languages"), Index(i)],
                Problem::DuplicateLanguage(*lang),
            );
        }
    }
}

/// The header and subject message ids must be in both locales (a header written as a text
/// pair names none).
fn messages(c: &mut Checker, t: &Template) {
    for lang in Lang::ALL {
        // The locales are compiled in and tested; without one no message can be checked.
        let Ok(locale) = Locale::get(lang) else {
            continue;
        };
        if !locale.has(&t.subject) {
            c.report(
                &[Key("subject")],
                Problem::UnknownMessage {
                    id: t.subject.clone(),
                    lang,
                },
            );
        }
        for (i, col) in t.columns.iter().enumerate() {
            let Some(id) = col.header.message() else {
                continue;
            };
            if !locale.has(id) {
                c.report(
                    &[Key("columns"), Index(i), Key("header")],
                    Problem::UnknownMessage {
                        id: id.to_string(),
                        lang,
                    },
                );
            }
        }
    }
}
