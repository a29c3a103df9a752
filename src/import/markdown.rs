//! A cell's paragraphs as plan text: paragraphs, bullets (Word lists or typed «–», «-», «•»),
//! bold and italic runs, written in the small Markdown subset qujat reads back
//! (src/richtext.rs). Each result is read back with qujat's own parser and must give the
//! cell's blocks; markup characters are escaped when they would otherwise be read as markup.

use super::docx_reader::{Para, Run};
use super::wordstyles::ListMark;
use crate::richtext::{self, Block, Inline};

/// Typed bullets a paragraph may start with.
const BULLETS: [&str; 6] = ["– ", "- ", "— ", "• ", "· ", "▪ "];

/// How a cell's text is to be written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Styling {
    /// Bold and italic runs are kept.
    Kept,
    /// The whole cell's look is the document's (a section row, a header): runs are plain.
    Dropped,
}

/// The plan text of `paras`, and whether its bold or italic had to be given up to read back
/// as the same words.
pub fn text(paras: &[Para], styling: Styling) -> (String, bool) {
    let blocks = blocks(paras, styling);
    if blocks.is_empty() {
        return (String::new(), false);
    }
    for escape in [false, true] {
        let md = write(&blocks, escape);
        if same(&richtext::parse(&md), &blocks) {
            return (md, false);
        }
    }
    let plain = unstyled(&blocks);
    for escape in [false, true] {
        let md = write(&plain, escape);
        if same(&richtext::parse(&md), &plain) {
            return (md, true);
        }
    }
    (write(&plain, true), true)
}

/// The words of `paras` on one line: for deadlines, responsible parties and the number.
pub fn plain(paras: &[Para]) -> String {
    let text: Vec<String> = paras.iter().map(para_words).collect();
    text.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn para_words(p: &Para) -> String {
    let mut s = match &p.list {
        Some(ListMark::Numbered(label)) => format!("{label} "),
        _ => String::new(),
    };
    s.push_str(&p.text());
    s
}

/// The blocks the cell shows, as src/richtext.rs would hold them.
pub fn blocks(paras: &[Para], styling: Styling) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for p in paras.iter().filter(|p| !p.is_blank()) {
        let mut runs: Vec<Run> = p.runs.clone();
        if styling == Styling::Dropped {
            runs.iter_mut().for_each(|r| {
                r.bold = false;
                r.italic = false;
            });
        }
        if let Some(ListMark::Numbered(label)) = &p.list {
            runs.insert(
                0,
                Run {
                    text: format!("{label} "),
                    ..Run::default()
                },
            );
        }
        let typed_bullet = strip_typed_bullet(&mut runs);
        let inlines = inlines(&runs);
        if inlines.is_empty() {
            continue;
        }
        if p.list == Some(ListMark::Bullet) || typed_bullet {
            match out.last_mut() {
                Some(Block::Bullets(items)) => items.push(inlines),
                _ => out.push(Block::Bullets(vec![inlines])),
            }
        } else {
            out.push(Block::Paragraph(inlines));
        }
    }
    out
}

fn strip_typed_bullet(runs: &mut [Run]) -> bool {
    let Some(first) = runs.iter_mut().find(|r| !r.text.trim().is_empty()) else {
        return false;
    };
    let trimmed = first.text.trim_start().replace('\t', " ");
    for b in BULLETS {
        if let Some(rest) = trimmed.strip_prefix(b) {
            first.text = rest.to_string();
            return true;
        }
    }
    false
}

/// Runs as inlines: breaks and tabs as spaces, neighbours of one style merged, trimmed.
fn inlines(runs: &[Run]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for r in runs {
        let text: String = r
            .text
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\t' | '\r') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        if text.is_empty() {
            continue;
        }
        // White space has no style a reader sees.
        let (bold, italic) = if text.trim().is_empty() {
            (false, false)
        } else {
            (r.bold, r.italic)
        };
        match out.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic => last.text.push_str(&text),
            _ => out.push(Inline {
                text,
                bold,
                italic,
                mark: crate::richtext::Mark::None,
            }),
        }
    }
    if let Some(first) = out.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = out.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    out.retain(|i| !i.text.is_empty());
    out
}

fn write(blocks: &[Block], escape: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    for b in blocks {
        match b {
            Block::Paragraph(p) => parts.push(line(p, escape)),
            Block::Bullets(items) => parts.push(
                items
                    .iter()
                    .map(|i| format!("- {}", line(i, escape)))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        }
    }
    parts.join("\n\n")
}

fn line(inlines: &[Inline], escape: bool) -> String {
    let mut out = String::new();
    for i in inlines {
        let text = if escape {
            escaped(&i.text)
        } else {
            i.text.clone()
        };
        let mark = match (i.bold, i.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        if mark.is_empty() {
            out.push_str(&text);
            continue;
        }
        // Emphasis must hug its words: spaces go outside the marks.
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        out.push_str(lead);
        out.push_str(mark);
        out.push_str(text.trim());
        out.push_str(mark);
        out.push_str(trail);
    }
    out
}

/// A plan's cell text keeps every character as typed but `*` (bold and italic), whose one
/// escape is `\*` (docs/plan-format.md).
fn escaped(s: &str) -> String {
    s.replace('*', "\\*")
}

fn unstyled(blocks: &[Block]) -> Vec<Block> {
    let plain = |runs: &[Inline]| vec![Inline::plain(richtext::concat(runs))];
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => Block::Paragraph(plain(p)),
            Block::Bullets(items) => Block::Bullets(items.iter().map(|i| plain(i)).collect()),
        })
        .collect()
}

/// A run's words with its bold and italic.
type Styled = (String, bool, bool);

/// Equal blocks, white space inside runs compared collapsed.
fn same(a: &[Block], b: &[Block]) -> bool {
    let canon = |blocks: &[Block]| -> Vec<(u8, Vec<Styled>)> {
        let runs = |r: &[Inline]| {
            let mut out: Vec<Styled> = Vec::new();
            for i in r {
                let t = i.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let spaced = i.text.starts_with(char::is_whitespace);
                match out.last_mut() {
                    Some(last) if last.1 == i.bold && last.2 == i.italic => {
                        if spaced {
                            last.0.push(' ');
                        }
                        last.0.push_str(&t);
                    }
                    _ => out.push((t, i.bold, i.italic)),
                }
            }
            out.iter_mut()
                .for_each(|r| r.0 = r.0.split_whitespace().collect::<Vec<_>>().join(" "));
            out
        };
        blocks
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph(p) => vec![(0, runs(p))],
                Block::Bullets(items) => items.iter().map(|i| (1, runs(i))).collect(),
            })
            .collect()
    };
    canon(a) == canon(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Para {
        Para {
            runs: vec![Run {
                text: text.into(),
                ..Run::default()
            }],
            ..Para::default()
        }
    }

    fn bold(text: &str) -> Run {
        Run {
            text: text.into(),
            bold: true,
            italic: false,
        }
    }

    #[test]
    fn paragraphs_lists_and_typed_bullets() {
        let mut list = p("первый;");
        list.list = Some(ListMark::Bullet);
        let mut numbered = p("Анализ документов:");
        numbered.list = Some(ListMark::Numbered("1)".into()));
        let paras = [numbered, p(""), list, p("– второй."), p("Итог")];
        let (md, lost) = text(&paras, Styling::Kept);
        assert_eq!(md, "1) Анализ документов:\n\n- первый;\n- второй.\n\nИтог");
        assert!(!lost);
    }

    #[test]
    fn bold_runs_and_markup_characters_read_back() {
        let para = Para {
            runs: vec![
                Run {
                    text: "Сөз ".into(),
                    ..Run::default()
                },
                bold("қалың "),
                Run {
                    text: "және *жұлдыз* & <b> 2_3".into(),
                    ..Run::default()
                },
            ],
            ..Para::default()
        };
        let (md, lost) = text(std::slice::from_ref(&para), Styling::Kept);
        assert!(!lost);
        let back = richtext::parse(&md);
        assert!(
            same(&back, &blocks(&[para], Styling::Kept)),
            "{md}: {back:?}"
        );
        assert!(md.contains("**қалың**"), "{md}");
    }

    #[test]
    fn plain_words_for_deadlines() {
        assert_eq!(
            plain(&[p("қыркүйек-қазан\n2022 жылғы"), p("  ")]),
            "қыркүйек-қазан 2022 жылғы"
        );
    }
}
