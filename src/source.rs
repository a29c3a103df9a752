//! The first stage: YAML text → a tree of nodes that remember where they stand in the file.
//!
//! The plan is not deserialised straight into Rust types, because serde stops at the first
//! mismatch; a secretary fixing a plan wants every problem at once. The tree lets the loader
//! walk the whole file, collect every problem with its line and column, and still build the
//! typed plan when there are none.

use crate::message::Message;
use crate::msg;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::{Budget, Error, ExternalMessageSource, NonFiniteFloatPolicy, Options};
use std::borrow::Cow;

mod build;
mod split;

/// A place in the source file: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// Where a value stands in the source file, in bytes: what a diagnostic underlines. The
/// parser knows it exactly; guessing it back from a line and a column cannot tell a value from
/// the comment after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            start: clamp(start),
            end: clamp(end.max(start)),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The source text under the span, or "" when the span does not fit the text.
    pub fn text(self, source: &str) -> &str {
        source.get(self.range()).unwrap_or("")
    }
}

/// Where a diagnostic points: a line and column, and the exact bytes when they are known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub pos: Pos,
    pub span: Option<Span>,
}

impl From<Pos> for Place {
    fn from(pos: Pos) -> Place {
        Place { pos, span: None }
    }
}

impl From<&Node<'_>> for Place {
    /// A scalar's exact bytes; a mapping or list only where it starts, so the marker guesses
    /// its first token.
    fn from(node: &Node<'_>) -> Place {
        let span = match node.value {
            Value::Map(_) | Value::Seq(_) => None,
            _ => Some(node.span),
        };
        Place {
            pos: node.pos,
            span,
        }
    }
}

/// A YAML value with its position. Its text borrows from the source it was parsed from
/// wherever the value is exactly the bytes written there (plain scalars, most quoted ones and
/// keys), so a plan of 10,000 items does not hold a heap string per scalar.
#[derive(Clone, Debug)]
pub struct Node<'src> {
    pub pos: Pos,
    /// The value's bytes: a scalar as written (quotes included, a comment after it not); for
    /// a mapping or list, only where it starts.
    pub span: Span,
    pub value: Value<'src>,
}

/// Mappings and lists are boxed slices, not vectors: no spare capacity, and a smaller node.
#[derive(Clone, Debug)]
pub enum Value<'src> {
    Map(Box<[(Node<'src>, Node<'src>)]>),
    Seq(Box<[Node<'src>]>),
    /// Owned only where the value differs from its bytes in the source (escapes, folded and
    /// literal blocks, a quoted scalar over several lines).
    Str(Cow<'src, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
}

impl Node<'_> {
    /// What the user wrote, as a word for messages ("a mapping", "the number 4").
    pub fn describe(&self) -> Message {
        match &self.value {
            Value::Map(_) => msg!("found-mapping"),
            Value::Seq(_) => msg!("found-list"),
            Value::Str(s) => msg!("found-text", text = shorten(s, 40)),
            Value::Int(i) => msg!("found-number", number = i.to_string()),
            Value::Float(f) => msg!("found-number", number = f.to_string()),
            Value::Bool(b) => msg!("found-bool", value = b.to_string()),
            Value::Null => msg!("found-null"),
        }
    }

    /// The scalar as text, for fields where a number is as good as a string (a protocol "5").
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.to_string()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            _ => None,
        }
    }

    /// A scalar as its text, with a number exactly as typed in `source` («05», «1e3», 29
    /// digits), not as the number YAML read it as.
    pub fn verbatim(&self, source: &str) -> Option<String> {
        self.verbatim_str(source).map(Cow::into_owned)
    }

    /// [`Self::verbatim`], borrowed from the node or the source where it can be.
    pub fn verbatim_str<'a>(&'a self, source: &'a str) -> Option<Cow<'a, str>> {
        match &self.value {
            Value::Int(_) | Value::Float(_) => {
                let raw = self.span.text(source).trim();
                Some(if raw.is_empty() {
                    Cow::Owned(self.scalar_text()?)
                } else {
                    Cow::Borrowed(raw)
                })
            }
            Value::Str(s) => Some(Cow::Borrowed(s)),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The node's span moved by `by` bytes, and its children's.
    fn shift(&mut self, by: u32) {
        self.span.start += by;
        self.span.end += by;
        match &mut self.value {
            Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
                k.shift(by);
                v.shift(by);
            }),
            Value::Seq(items) => items.iter_mut().for_each(|n| n.shift(by)),
            _ => {}
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

impl Node<'_> {
    /// The node as JSON, to check a plan against the JSON Schema of the format.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.scalar_text().unwrap_or_default(), v.to_json()))
                    .collect(),
            ),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Str(s) => J::String(s.to_string()),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Bool(b) => J::Bool(*b),
            Value::Null => J::Null,
        }
    }
}

/// A YAML error with the place the parser names, in the user's words.
#[derive(Debug)]
pub struct SyntaxError {
    pub pos: Pos,
    /// `yaml-syntax`, or `too-large` when a budget stopped the parser.
    pub code: &'static str,
    pub message: Message,
    pub help: Message,
}

/// Parses YAML text into a node tree. Budgets guard against alias bombs and deep nesting;
/// duplicate keys are errors, since one of the two values would silently vanish; `.nan` and
/// `.inf` are errors, since no value of a plan can be one.
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    parse_with(text, NonFiniteFloatPolicy::Reject)
}

/// Parses YAML text as [`parse`] does, but reads `.nan` and `.inf` as numbers: for a file
/// whose numbers are checked one by one afterwards (a template), where the check can name the
/// field and every other problem of the file.
pub fn parse_any_numbers(text: &str) -> Result<Node<'_>, SyntaxError> {
    parse_with(text, NonFiniteFloatPolicy::PassThrough)
}

fn parse_with(text: &str, non_finite: NonFiniteFloatPolicy) -> Result<Node<'_>, SyntaxError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A large plan's sections are parsed in two halves on two threads; any doubt, and the
    // text is parsed whole, as below.
    let split = (body.len() >= split::SPLIT_MIN_BYTES)
        .then(|| split::parse(body, non_finite))
        .flatten();
    match split.map_or_else(|| parse_document(body, non_finite), Ok) {
        Ok(mut root) => {
            // Spans count from the text the parser saw; diagnostics show the file as it is.
            let bom = (text.len() - body.len()) as u32;
            if bom > 0 {
                root.shift(bom);
            }
            Ok(root)
        }
        Err(err) => {
            let pos = err
                .location()
                .filter(|l| l.line() > 0)
                .map(|l| Pos {
                    line: l.line() as u32,
                    column: l.column().max(1) as u32,
                })
                .unwrap_or(Pos { line: 1, column: 1 });
            let (code, message, help) = explain(&err);
            Err(SyntaxError {
                pos,
                code,
                message,
                help,
            })
        }
    }
}

/// One YAML document parsed into a node tree, with the plan's options and budgets.
fn parse_document(body: &str, non_finite: NonFiniteFloatPolicy) -> Result<Node<'_>, Error> {
    let mut budget = Budget::default();
    // Generated plans of 10,000 items need more nodes than the library's default allows; an
    // alias bomb expands to far more than this and is stopped early.
    budget.max_nodes = 2_000_000;
    budget.max_events = 4_000_000;
    budget.alias_anchor_min_aliases = 20;
    budget.max_aliases = 10_000;
    budget.max_recorded_anchor_events = 100_000;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.non_finite_float_policy = non_finite;
    options.with_snippet = false;
    // YAML 1.1 reads `on`, `off`, `yes`, `no` as booleans, which would turn the deadline key
    // `on:` into `true`; plans follow YAML 1.2, where only true/false are booleans.
    options.strict_booleans = true;
    // «05» stays as written (a protocol number), not the number 5.
    options.leading_zero_numbers_as_strings = true;
    serde_saphyr::from_str_with_options::<build::Root>(body, options).map(|build::Root(root)| root)
}

/// What went wrong, in the words of someone who writes plans, from the kind of error the
/// library reports (never from its message text, which speaks to programmers).
fn explain(err: &Error) -> (&'static str, Message, Message) {
    let syntax = |message: Message, help| ("yaml-syntax", message, help);
    let tag_help = || msg!("help-yaml-tag");
    match err {
        Error::WithSnippet { error, .. } => explain(error),
        Error::AliasError { error, .. } => explain(error),
        Error::Budget { breach, .. } => ("too-large", too_large(breach), msg!("help-yaml-budget")),
        Error::MultipleDocuments { .. } => syntax(
            msg!("yaml-second-document"),
            msg!("help-yaml-second-document"),
        ),
        Error::DuplicateMappingKey { key, .. } => syntax(
            match key {
                Some(k) => msg!("yaml-duplicate-key", key = k.to_string()),
                None => msg!("yaml-duplicate-key-unnamed"),
            },
            msg!("help-yaml-duplicate-key"),
        ),
        Error::RecursiveReferencesRequireWeakTypes { .. } => syntax(
            msg!("yaml-recursive-alias"),
            msg!("help-yaml-recursive-alias"),
        ),
        Error::UnknownAnchor { .. } => syntax(
            msg!("yaml-unknown-anchor"),
            msg!("help-yaml-unknown-anchor"),
        ),
        Error::NonFiniteFloat { value, .. } => syntax(
            msg!("yaml-non-finite", value = value.to_string()),
            msg!("help-yaml-non-finite"),
        ),
        Error::InvalidScalar { .. } => syntax(msg!("yaml-invalid-scalar"), tag_help()),
        Error::InvalidBinaryBase64 { .. }
        | Error::BinaryNotUtf8 { .. }
        | Error::TaggedScalarCannotDeserializeIntoString { .. } => {
            syntax(msg!("yaml-tagged-value"), tag_help())
        }
        Error::UnsupportedTag { tag, .. } => syntax(
            msg!("yaml-unsupported-tag", tag = tag.to_string()),
            tag_help(),
        ),
        Error::MergeValueNotMapOrSeqOfMaps { .. } | Error::MergeKeyNotAllowed { .. } => {
            syntax(msg!("yaml-merge"), msg!("help-yaml-merge"))
        }
        Error::Eof { .. } => syntax(msg!("yaml-eof"), msg!("help-yaml-eof")),
        Error::IndentationError { .. } => {
            syntax(msg!("yaml-indentation"), msg!("help-yaml-indentation"))
        }
        Error::InvalidUtf8Input => ("not-utf8", msg!("not-utf8"), msg!("help-not-utf8")),
        Error::ExternalMessage { source, msg, .. } => match &**source {
            ExternalMessageSource::Parser(scan) => scanner(scan.kind(), first_line(msg)),
            _ => syntax(
                msg!("yaml-syntax", said = first_line(msg)),
                msg!("help-yaml-syntax"),
            ),
        },
        // The parser's own words describe YAML syntax ("did not find expected key"): they
        // name what a reader of YAML sees, and the caret shows where. They are English in
        // every language: the library has no other.
        Error::Message { msg, .. } => syntax(
            msg!("yaml-syntax", said = first_line(msg)),
            msg!("help-yaml-syntax"),
        ),
        Error::Unexpected { expected, .. } => syntax(
            msg!("yaml-expected", expected = expected.to_string()),
            msg!("help-yaml-syntax"),
        ),
        // Anything else the library may report: the YAML at this place cannot be read.
        _ => syntax(msg!("yaml-unreadable"), msg!("help-yaml-syntax")),
    }
}

/// A syntax error of the YAML scanner, by its kind: the common slips get a help that says
/// what usually causes them. `said` is the parser's description, which names the YAML
/// construct ("did not find expected ',' or '}'").
fn scanner(kind: &ErrorKind, said: &str) -> (&'static str, Message, Message) {
    let message = msg!("yaml-syntax", said = said);
    let help = match kind {
        ErrorKind::RecursionLimitExceeded => {
            return (
                "too-large",
                msg!("yaml-too-deep"),
                msg!("help-yaml-too-deep"),
            );
        }
        ErrorKind::TabInIndentation
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabNotAllowed
        | ErrorKind::TabAtBlockScalarStart => {
            return ("yaml-syntax", msg!("yaml-tab"), msg!("help-yaml-tab"));
        }
        ErrorKind::ExpectedFlowMappingSeparator | ErrorKind::ExpectedFlowSequenceSeparator => {
            msg!("help-yaml-flow-separator")
        }
        ErrorKind::UnclosedFlowCollection { .. } | ErrorKind::MisplacedFlowCollectionEnd => {
            msg!("help-yaml-unclosed")
        }
        ErrorKind::MismatchedFlowCollectionEnd { .. } => msg!("help-yaml-mismatched"),
        ErrorKind::UnclosedQuotedScalar => msg!("help-yaml-unclosed-quote"),
        ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => {
            msg!("help-yaml-colon")
        }
        ErrorKind::ExpectedBlockMappingKey | ErrorKind::InvalidIndentation => {
            msg!("help-yaml-block-indentation")
        }
        ErrorKind::UnknownAnchor => msg!("help-yaml-unknown-anchor"),
        _ => msg!("help-yaml-syntax"),
    };
    ("yaml-syntax", message, help)
}

fn first_line(msg: &str) -> &str {
    msg.lines().next().unwrap_or(msg).trim()
}

fn too_large(breach: &BudgetBreach) -> Message {
    match breach {
        BudgetBreach::Depth { depth } => msg!("yaml-too-deep-levels", depth = *depth),
        _ => msg!("yaml-too-large"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_point_at_values() {
        let root = parse("a: 1\nb:\n  - x: 2022-04-16\n").unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.pos, Pos { line: 1, column: 4 });
        let Value::Seq(items) = &entries[1].1.value else {
            panic!("not a seq")
        };
        let Value::Map(inner) = &items[0].value else {
            panic!("not a map")
        };
        assert_eq!(inner[0].1.pos, Pos { line: 3, column: 8 });
        assert!(matches!(&inner[0].1.value, Value::Str(s) if s == "2022-04-16"));
    }

    /// A value repeated through an alias is placed where the alias stands, where the user
    /// would look for it.
    #[test]
    fn an_alias_is_placed_at_its_use() {
        let text = "a: &x hello\nb:\n  - *x\n";
        let root = parse(text).unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.pos, Pos { line: 1, column: 7 });
        let Value::Seq(items) = &entries[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(items[0].pos, Pos { line: 3, column: 5 });
        assert!(matches!(&items[0].value, Value::Str(s) if s == "hello"));
    }

    /// The reason the tree is small: a scalar written as it reads is not copied.
    #[test]
    fn scalars_written_as_they_read_borrow_the_source() {
        let text =
            "plain: Анализ жалоб\n'quoted': \"two words\"\nescaped: \"a\\tb\"\nblock: |\n  line\n";
        let root = parse(text).unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        let borrowed = |n: &Node| matches!(&n.value, Value::Str(Cow::Borrowed(_)));
        assert!(borrowed(&entries[0].0) && borrowed(&entries[0].1));
        assert!(borrowed(&entries[1].0) && borrowed(&entries[1].1));
        assert!(borrowed(&entries[2].0));
        assert!(matches!(&entries[2].1.value, Value::Str(Cow::Owned(s)) if s == "a\tb"));
        assert!(matches!(&entries[3].1.value, Value::Str(s) if s == "line\n"));
    }

    #[test]
    fn duplicate_keys_are_errors_with_place() {
        let err = parse("a: 1\na: 2\n").unwrap_err();
        assert_eq!(err.pos, Pos { line: 2, column: 1 });
        assert!(err.message.text().contains("duplicate"), "{}", err.message);
    }

    #[test]
    fn yaml_1_1_booleans_stay_text() {
        let root = parse("on: 2026-03-30\nx: yes\n").unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        assert!(matches!(&entries[0].0.value, Value::Str(s) if s == "on"));
        assert!(matches!(&entries[1].1.value, Value::Str(s) if s == "yes"));
    }

    #[test]
    fn byte_order_mark_is_ignored_and_spans_count_it() {
        let text = "\u{feff}a: hello # c\n";
        let root = parse(text).unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.span.text(text), "hello");
    }

    #[test]
    fn spans_cover_the_value_as_written_and_not_its_comment() {
        let text = "a: hello world   # comment\nb: {kk: Анализ, ru: 'x, y'}\nc: 05\n";
        let root = parse(text).unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.span.text(text), "hello world");
        let Value::Map(pair) = &entries[1].1.value else {
            panic!("not a map")
        };
        assert_eq!(pair[0].1.span.text(text), "Анализ");
        assert_eq!(pair[1].1.span.text(text), "'x, y'");
        assert_eq!(entries[1].1.span.text(text), "{");
        assert_eq!(entries[2].1.verbatim(text).as_deref(), Some("05"));
    }

    #[test]
    fn library_errors_are_told_in_the_users_words() {
        let jargon = [
            "from_str_multiple",
            "ignore_binary_tag",
            "weak recursion",
            "configured policy",
            "invalid u64",
            "Depth",
            "Options",
        ];
        for (text, words) in [
            ("a: 1\n---\nb: 2\n", "second YAML document"),
            ("a: &a [*a]\n", "refers to the mapping or list it stands in"),
            ("a: !!int x\n", "tag"),
            ("a: !!binary '%%%'\n", "tagged"),
            ("a: .nan\n", "`.nan` is not a number"),
            ("a: *nope\n", "names no anchor"),
            ("a: [1, 2\n", "YAML syntax"),
        ] {
            let err = parse(text).unwrap_err();
            let said = format!("{} {}", err.message.text(), err.help.text());
            assert!(said.contains(words), "{text:?}: {said}");
            for j in jargon {
                assert!(!said.contains(j), "{text:?}: {said}");
            }
        }
        let deep = format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000));
        let err = parse(&deep).unwrap_err();
        assert_eq!(err.code, "too-large");
        assert!(
            err.message.text().contains("nested deeper"),
            "{}",
            err.message
        );
    }
}
