//! Human-language texts: a pair `{kk: …, ru: …}` or one string for both languages, and the
//! checks every string that reaches a document passes, wherever in the plan it is written.

use super::*;
use crate::fonts;
use crate::plan::chars;
use crate::richtext;
use crate::source::Span;

impl Loader<'_> {
    /// A text pair, or one plain string used for both languages.
    pub(super) fn text(&mut self, node: &Node, what: &Message) -> Option<Text> {
        match &node.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) => {
                self.string(node, what).map(|s| Text {
                    kk: s.clone(),
                    ru: s,
                    pos: node.pos,
                })
            }
            Value::Map(_) => self.pair(node, what),
            _ => {
                self.wrong_type(node, msg!("expected-text", what = what), msg!("help-pair"));
                None
            }
        }
    }

    pub(super) fn pair(&mut self, node: &Node, what: &Message) -> Option<Text> {
        let Value::Map(entries) = &node.value else {
            return None;
        };
        let mut kk = None;
        let mut ru = None;
        let mut split = SplitText::default();
        for (key, value) in entries {
            let name = match &key.value {
                Value::Str(s) => s.as_ref(),
                _ => "",
            };
            let slot = match name {
                "kk" => &mut kk,
                "ru" => &mut ru,
                _ => {
                    if !split.stray(self, node, key, value) {
                        let help = match closest(name, fields("TextPair")) {
                            Some(near) => msg!("did-you-mean-language", near = near),
                            None => msg!("help-two-languages"),
                        };
                        self.error(
                            "unknown-field",
                            key,
                            msg!("unknown-language", name = name, what = what),
                            help,
                        );
                    }
                    continue;
                }
            };
            split.language(self, name, value);
            *slot = match &value.value {
                Value::Str(_) | Value::Int(_) | Value::Float(_) => self.string(value, what),
                Value::Null => {
                    self.error(
                        "missing-translation",
                        value,
                        msg!("empty-translation", what = what, lang = name),
                        msg!("help-empty-translation", lang = name),
                    );
                    None
                }
                _ => {
                    self.wrong_type(
                        value,
                        msg!("expected-translation", lang = name, what = what),
                        msg!("help-translation"),
                    );
                    None
                }
            };
        }
        split.finish(self);
        for (slot, name) in [(&kk, "kk"), (&ru, "ru")] {
            if slot.is_none()
                && !entries
                    .iter()
                    .any(|(k, _)| matches!(&k.value, Value::Str(s) if s == name))
            {
                self.error(
                    "missing-translation",
                    node,
                    msg!("missing-translation", what = what, lang = name),
                    msg!("help-missing-translation", lang = name),
                );
            }
        }
        let (kk, ru) = (kk?, ru?);
        if kk == ru && kk.chars().any(char::is_alphabetic) {
            self.warning(
                "same-text",
                node,
                msg!("same-text", what = what),
                msg!("help-same-text"),
            );
        }
        Some(Text {
            kk,
            ru,
            pos: node.pos,
        })
    }

    /// A scalar that will be printed: a string, or a number exactly as typed.
    pub(super) fn string(&mut self, node: &Node, what: &Message) -> Option<String> {
        // Borrowed: `printed` makes the one copy the plan keeps.
        let s = node.verbatim_str(self.source)?;
        self.printed(node, &s, what)
    }

    /// Every string that reaches a document passes here: it must say something once
    /// invisible characters and markup are left out, and the font must be able to draw each
    /// of its characters. Returns it without trailing white space.
    pub(super) fn printed(&mut self, node: &Node, s: &str, what: &Message) -> Option<String> {
        let s = s.trim_end();
        if blank(s) {
            self.empty(node, s, what);
            return None;
        }
        if fonts::plainly_drawable(s) {
            return Some(s.to_string());
        }
        for c in fonts::missing_chars(s) {
            let at = self.char_place(node, c);
            let (message, help) = match chars::invisible_name(c) {
                Some(_) => (
                    msg!(
                        "unprintable-invisible",
                        what = what,
                        char = chars::describe(c)
                    ),
                    msg!("help-unprintable-invisible"),
                ),
                None => (
                    msg!("no-glyph", char = chars::describe(c)),
                    msg!("help-no-glyph"),
                ),
            };
            self.error("no-glyph", at, message, help);
        }
        let mut seen = Vec::new();
        for c in s.chars().filter(|&c| chars::is_invisible(c)) {
            if seen.contains(&c) || fonts::missing_chars(c.encode_utf8(&mut [0; 4])).len() == 1 {
                continue;
            }
            seen.push(c);
            let at = self.char_place(node, c);
            self.warning(
                "invisible-char",
                at,
                msg!("invisible-char", what = what, char = chars::describe(c)),
                msg!("help-invisible-char"),
            );
        }
        Some(s.to_string())
    }

    fn empty(&mut self, node: &Node, s: &str, what: &Message) {
        let mut invisible: Vec<String> = Vec::new();
        for c in s.chars().filter(|&c| chars::is_invisible(c)) {
            let name = chars::describe(c);
            if !invisible.contains(&name) {
                invisible.push(name);
            }
        }
        let (message, help) = if !invisible.is_empty() {
            (
                msg!("only-invisible", what = what, chars = invisible.join(", ")),
                msg!("help-only-invisible"),
            )
        } else if s.chars().any(|c| !c.is_whitespace()) {
            (
                msg!("only-markup", what = what, markup = s.trim()),
                msg!("help-only-markup"),
            )
        } else {
            (msg!("empty-text", what = what), msg!("help-empty-text"))
        };
        self.error("empty-text", node, message, help);
    }

    /// Where character `c` of a scalar is written, so the marker stands under it; the scalar's
    /// start when it is not there as itself (written as an escape such as `\u200B`).
    fn char_place(&self, node: &Node, c: char) -> Place {
        let raw = node.span.text(self.source);
        let Some(i) = raw.find(c) else {
            return node.into();
        };
        let before = &raw[..i];
        let pos = match before.rfind('\n') {
            None => Pos {
                line: node.pos.line,
                column: node.pos.column + before.chars().count() as u32,
            },
            Some(nl) => Pos {
                line: node.pos.line + before.matches('\n').count() as u32,
                column: before[nl + 1..].chars().count() as u32 + 1,
            },
        };
        let start = node.span.start as usize + i;
        Place {
            pos,
            span: Some(Span::new(start, start + c.len_utf8())),
        }
    }
}

/// Whether a text says nothing: only white space, invisible characters, and markup (stars of
/// bold and italic: `****`; a bullet with no words).
fn blank(s: &str) -> bool {
    let nothing =
        |c: char| c.is_whitespace() || chars::is_invisible(c) || matches!(c, '*' | '\u{AD}');
    // Markup takes out only stars, bullet dashes and the backslash before a star; a text with
    // any other character prints it. Most texts are answered here, without parsing them.
    let markup = |c: char| nothing(c) || matches!(c, '-' | '–' | '—' | '\\');
    if !s.chars().all(markup) {
        return false;
    }
    s.chars().all(nothing)
        || richtext::parse(s)
            .iter()
            .all(|block| block.inlines().all(|run| run.text.chars().all(nothing)))
}

/// The most common YAML slip in plans: a comma inside a text written in a flow pair,
/// `{kk: …, ru: Анализ сообщений, поступивших …}`. YAML ends the text at the comma and reads
/// the rest as a key with no value. Keys with no value that follow a language's text are
/// gathered here and reported once, with the text as the user meant it.
#[derive(Default)]
struct SplitText<'n> {
    /// The language whose text the stray keys follow, and its value.
    last: Option<(&'static str, &'n Node<'n>)>,
    /// The stray keys after it.
    stray: Vec<&'n Node<'n>>,
}

impl<'n> SplitText<'n> {
    fn language(&mut self, l: &mut Loader, name: &str, value: &'n Node<'n>) {
        self.finish(l);
        let name = if name == "kk" { "kk" } else { "ru" };
        self.last = matches!(value.value, Value::Str(_)).then_some((name, value));
    }

    /// Takes `key` as the rest of a split text if it is one; false for any other field.
    fn stray(&mut self, l: &Loader, pair: &Node, key: &'n Node<'n>, value: &Node) -> bool {
        let flow = pair.span.text(l.source).starts_with('{');
        let split = flow && self.last.is_some() && value.is_null() && key.span.end > key.span.start;
        if split {
            self.stray.push(key);
        }
        split
    }

    fn finish(&mut self, l: &mut Loader) {
        let (Some((lang, value)), Some(first), Some(last)) =
            (self.last, self.stray.first(), self.stray.last())
        else {
            self.stray.clear();
            return;
        };
        let whole = Span::new(value.span.start as usize, last.span.end as usize).text(l.source);
        let whole = whole.trim_matches(|c| c == '"' || c == '\'');
        let quoted = whole.replace('\\', "\\\\").replace('"', "\\\"");
        let (kk, ru) = if lang == "kk" {
            (whole, "…")
        } else {
            ("…", whole)
        };
        let help = msg!(
            "help-comma-in-text",
            quoted = format!("{lang}: \"{quoted}\""),
            kk = format!("kk: {kk}"),
            ru = format!("ru: {ru}")
        );
        l.error(
            "comma-in-text",
            *first,
            msg!(
                "comma-in-text",
                lang = lang,
                field = first.span.text(l.source)
            ),
            help,
        );
        self.stray.clear();
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::blank;

    #[test]
    fn blank_means_nothing_printed() {
        for s in [
            "",
            "  ",
            "\u{200B}\u{FEFF}",
            "****",
            "- ",
            "-\n- \n-",
            "**\u{AD}**",
        ] {
            assert!(blank(s), "{s:?}");
        }
        for s in ["—", "-5%", "\\", "* a", "a", "0", "«»", "- а"] {
            assert!(!blank(s), "{s:?}");
        }
    }
}
