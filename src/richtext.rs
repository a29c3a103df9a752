//! Text inside cells and notes: paragraphs, bulleted lists, bold and italic, written as a small
//! subset of Markdown. Everything else Markdown would interpret stays literal text, exactly as
//! the author typed it: «1) …» and «4. Оқыту», `&amp;` and `&#x1F600;`, `[a](b)`, `![x](y)`,
//! backticks, `<b>`, `# …`, `> …`, `_words_`, a line of `---` or `***`.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// How the run shows a change of wording (amendments' documents); none in a plan.
    pub mark: Mark,
}

/// How a run shows a change of wording: struck through in a comparative table, a revision
/// (inserted or deleted) in a redline, which Word and LibreOffice can accept or reject.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mark {
    #[default]
    None,
    Struck,
    Inserted,
    Deleted,
}

impl Mark {
    /// Drawn with a line through it: struck words, and deleted ones as a word processor
    /// shows them.
    pub fn struck(self) -> bool {
        matches!(self, Mark::Struck | Mark::Deleted)
    }
}

impl Inline {
    pub fn plain(text: impl Into<String>) -> Self {
        Inline {
            text: text.into(),
            bold: false,
            italic: false,
            mark: Mark::None,
        }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Inline {
            bold: true,
            ..Inline::plain(text)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
}

impl Block {
    /// Every run of the block, bullet after bullet.
    pub fn inlines(&self) -> impl Iterator<Item = &Inline> {
        let (one, many): (&[Inline], &[Vec<Inline>]) = match self {
            Block::Paragraph(p) => (p, &[]),
            Block::Bullets(items) => (&[], items),
        };
        one.iter().chain(many.iter().flatten())
    }

    /// The block's words without styling, for dumps and text comparisons.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Paragraph(p) => concat(p),
            Block::Bullets(items) => items
                .iter()
                .map(|i| format!("• {}", concat(i)))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

pub fn concat(inlines: &[Inline]) -> String {
    inlines.iter().map(|i| i.text.as_str()).collect()
}

/// Parses one text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    match plain_line(text) {
        Some("") => Vec::new(),
        Some(line) => vec![Block::Paragraph(vec![Inline::plain(line)])],
        None => markdown(text),
    }
}

/// Most cells are one line with no markup: what the Markdown parser would make of them is the
/// text itself, trimmed. Answering that at once saves most of the document model's time, and
/// its memory (a paragraph of one run, where the parser's vectors keep room for four). A line
/// may start with a number: [`prepare`] escapes a list's `1.` or `1)`, so it stays as typed.
fn plain_line(text: &str) -> Option<&str> {
    let t = text.trim();
    let starts_block = t.chars().next().is_some_and(|c| "-–—+=#".contains(c));
    let markup = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\t' | '\\' | '*' | '_' | '`' | '&' | '<' | '>' | '[' | ']' | '~' | '|'
        )
    };
    (!starts_block && !t.contains(markup)).then_some(t)
}

fn markdown(text: &str) -> Vec<Block> {
    let prepared = prepare(text);
    let mut b = Builder::default();
    for event in Parser::new(&prepared) {
        b.event(event);
    }
    b.finish()
}

/// Parses a one-line text (a grif line, a title) into styled runs.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for block in parse(text) {
        match block {
            Block::Paragraph(p) => append(&mut out, p),
            Block::Bullets(items) => items.into_iter().for_each(|i| append(&mut out, i)),
        }
    }
    out
}

fn append(out: &mut Vec<Inline>, more: Vec<Inline>) {
    if !out.is_empty() && !more.is_empty() {
        push(out, Inline::plain(" "));
    }
    for i in more {
        push(out, i);
    }
}

/// Dash bullets become Markdown bullets; every other character Markdown would read as markup,
/// except the `*` of bold and italic, is escaped so that it stays as written.
fn prepare(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.replace("\r\n", "\n").replace('\t', " ").lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let indent = if indent.len() >= 4 { "   " } else { indent };
        out.push_str(indent);
        let mut body = trimmed;
        for bullet in ["- ", "– ", "— "] {
            if let Some(rest) = trimmed.strip_prefix(bullet) {
                out.push_str("- ");
                body = rest;
            }
        }
        // A `-` alone is a bullet with no words, as in Markdown: it prints nothing.
        if trimmed == "-" {
            out.push_str("- ");
            body = "";
        }
        escape_line(body, &mut out);
        out.push('\n');
    }
    out
}

/// The ASCII punctuation Markdown may read as markup, but for `*` (bold and italic). Escaping
/// any ASCII punctuation is allowed and gives the character itself.
fn markup(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '[' | ']' | '<' | '>' | '&' | '!' | '_' | '~' | '|' | '#' | '=' | '+' | '-'
    )
}

/// One line's text with markup escaped. At the start of a line, a number followed by `.` or
/// `)` (a numbered list), `* ` (a bullet that is not ours) and a line of stars (a rule) are
/// escaped too. `\*` is the one escape a writer uses: a star that is neither bold nor italic.
fn escape_line(body: &str, out: &mut String) {
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let numbered = digits > 0 && matches!(body[digits..].chars().next(), Some('.' | ')'));
    let stars_only = body.starts_with('*') && body.chars().all(|c| c == '*' || c == ' ');
    let star_bullet = body.starts_with("* ");
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|&(_, next)| next == '*') {
            out.push_str("\\*");
            chars.next();
            continue;
        }
        let at_start = i == 0 && (star_bullet || stars_only);
        if markup(c) || at_start || (numbered && i == digits) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    current: Vec<Inline>,
    bullets: Option<Vec<Vec<Inline>>>,
    bold: usize,
    italic: usize,
}

impl Builder {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(Tag::List(_)) => {
                self.flush_paragraph();
                self.bullets.get_or_insert_with(Vec::new);
            }
            Event::End(TagEnd::List(_)) => {
                self.flush_item();
                if let Some(mut items) = self.bullets.take().filter(|i| !i.is_empty()) {
                    items.shrink_to_fit();
                    self.blocks.push(Block::Bullets(items));
                }
            }
            Event::Start(Tag::Item) => self.flush_item(),
            Event::End(TagEnd::Item) => self.flush_item(),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock,
            ) => {
                if self.bullets.is_some() {
                    self.text(" ");
                } else {
                    self.flush_paragraph();
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.text(&t)
            }
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        let inline = Inline {
            text: t.replace('\n', " "),
            bold: self.bold > 0,
            italic: self.italic > 0,
            mark: Mark::None,
        };
        push(&mut self.current, inline);
    }

    fn take_current(&mut self) -> Option<Vec<Inline>> {
        let mut runs = std::mem::take(&mut self.current);
        trim(&mut runs);
        // Kept in the document model for the whole render: without the room pushes left.
        runs.shrink_to_fit();
        (!runs.is_empty()).then_some(runs)
    }

    fn flush_paragraph(&mut self) {
        if let Some(runs) = self.take_current() {
            self.blocks.push(Block::Paragraph(runs));
        }
    }

    fn flush_item(&mut self) {
        if let Some(runs) = self.take_current() {
            self.bullets.get_or_insert_with(Vec::new).push(runs);
        }
    }

    fn finish(mut self) -> Vec<Block> {
        if self.bullets.is_some() {
            self.event(Event::End(TagEnd::List(false)));
        }
        self.flush_paragraph();
        self.blocks.shrink_to_fit();
        self.blocks
    }
}

/// Appends a run, merging it into the previous one when the style is the same.
fn push(runs: &mut Vec<Inline>, inline: Inline) {
    if inline.text.is_empty() {
        return;
    }
    match runs.last_mut() {
        Some(last) if last.bold == inline.bold && last.italic == inline.italic => {
            if !(last.text.ends_with(' ') && inline.text.starts_with(' ')) {
                last.text.push_str(&inline.text);
            } else {
                last.text.push_str(inline.text.trim_start());
            }
        }
        _ => runs.push(inline),
    }
}

fn trim(runs: &mut Vec<Inline>) {
    if let Some(first) = runs.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = runs.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    runs.retain(|r| !r.text.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_paragraph() {
        assert_eq!(
            parse("Жұмыс тобын құру"),
            vec![Block::Paragraph(vec![Inline::plain("Жұмыс тобын құру")])]
        );
    }

    #[test]
    fn paragraphs_bullets_and_bold() {
        let blocks = parse("1) Анализ документов:\n\n– первый;\n– **второй**.\n\nИтог");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![Inline::plain("1) Анализ документов:")]),
                Block::Bullets(vec![
                    vec![Inline::plain("первый;")],
                    vec![Inline::bold("второй"), Inline::plain(".")],
                ]),
                Block::Paragraph(vec![Inline::plain("Итог")]),
            ]
        );
    }

    #[test]
    fn numbered_lines_and_markers_stay_literal() {
        assert_eq!(parse("4. Оқыту")[0].plain_text(), "4. Оқыту");
        assert_eq!(parse("# 5 ТБН")[0].plain_text(), "# 5 ТБН");
        assert_eq!(
            parse("20% - ын, <b>x</b>")[0].plain_text(),
            "20% - ын, <b>x</b>"
        );
        assert_eq!(parse("2 * 3 * 4")[0].plain_text(), "2 * 3 * 4");
        assert_eq!(parse("a\nb")[0].plain_text(), "a b");
    }

    #[test]
    fn plain_lines_read_as_the_markdown_parser_reads_them() {
        let texts = [
            "Жұмыс тобын құру",
            "  отступ и   пробелы  ",
            "\u{a0}неразрывный пробел\u{a0}",
            "2026 жылғы 30 наурызға дейін",
            "Приказ № 5 (от 1 марта)",
            "вопрос? да! «кавычки»: «Алматы»",
            "",
            "   ",
            "текст — тире, дефис-слово; точка.",
            "**жирный**",
            "4. Оқыту",
            "- пункт",
            "a\nb",
            "x & y",
            "a_b_c",
            "1.",
            "12)",
            "7",
            "2027",
            "1: проведение мероприятий",
            "10) анализ",
            "3. Оқыту, 4) бақылау",
            "10.5 млн теңге",
            " 1.\u{a0}пункт ",
            "1 . 2",
            "0",
        ];
        for t in texts {
            assert_eq!(parse(t), markdown(t), "{t:?}");
        }
        let plan = crate::generate::plan_yaml(30, 7);
        for line in plan.lines() {
            let t = line.split_once(": ").map_or(line, |(_, v)| v);
            assert_eq!(parse(t), markdown(t), "{t:?}");
        }
    }

    /// Everything outside paragraphs, dash bullets, bold and italic comes out as typed.
    #[test]
    fn markup_outside_the_subset_is_kept_verbatim() {
        let verbatim = [
            "Оқу `код`",
            "```\nкод\n```",
            "&amp; &lt; &#x1F600; &#0; &nbsp;",
            "[сілтеме](http://example.kz)",
            "![сурет](a.png)",
            "<http://example.kz>",
            "http://example.kz/a_b_c",
            "<b>жуан</b> <br>",
            "<div>блок</div>",
            "# Тақырып",
            "## Тақырып ##",
            "> дәйексөз",
            "_курсив_ __жуан__",
            "~~сызылған~~",
            "| a | b |",
            "жол соңы\\",
            "---",
            "***",
            "* жұлдызша",
            "+ плюс",
            "1. бір",
            "2) екі",
            "-5% төмендеу",
            "[a]: http://x",
            "a == b",
        ];
        for text in verbatim {
            let blocks = parse(text);
            let printed: String = blocks
                .iter()
                .map(Block::plain_text)
                .collect::<Vec<_>>()
                .join("\n");
            let expected = text.replace('\n', " ");
            assert_eq!(printed, expected, "{text:?} → {blocks:?}");
            assert!(
                blocks
                    .iter()
                    .flat_map(Block::inlines)
                    .all(|r| !r.bold && !r.italic),
                "{text:?}"
            );
        }
        // A backslash before a star is the one escape: a star that is not bold or italic.
        assert_eq!(
            parse("\\*жұлдыз\\* 5\\*3"),
            vec![Block::Paragraph(vec![Inline::plain("*жұлдыз* 5*3")])]
        );
        // Setext headings: the underline stays a line of its own text.
        assert_eq!(parse("Тақырып\n---")[0].plain_text(), "Тақырып ---");
    }

    #[test]
    fn the_subset_still_works_beside_verbatim_text() {
        assert_eq!(
            parse("**Оқу** `код` мен *курсив*"),
            vec![Block::Paragraph(vec![
                Inline::bold("Оқу"),
                Inline::plain(" `код` мен "),
                Inline {
                    text: "курсив".into(),
                    bold: false,
                    italic: true,
                    mark: Mark::None,
                },
            ])]
        );
        assert_eq!(
            parse("- бір\n- `екі`"),
            vec![Block::Bullets(vec![
                vec![Inline::plain("бір")],
                vec![Inline::plain("`екі`")]
            ])]
        );
    }

    #[test]
    fn unmatched_stars_are_text() {
        assert_eq!(parse("талқылау.**")[0].plain_text(), "талқылау.**");
    }
}
