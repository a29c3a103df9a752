//! Word-level differences as runs of text: the old and the new wording side by side (a
//! comparative table: removed words struck through, added words bold), or one wording with
//! the changes as revisions (a redline: removed words deleted, added words inserted).

use super::view::Words;
use super::words::{self, Piece};
use crate::richtext::{Block, Inline, Mark};

/// Marks paragraph ends inside a flattened text, so that one difference covers several
/// paragraphs (a row's cells) and each side keeps its own paragraphs. No word is this
/// character: words are split at white space.
const BREAK: &str = "\u{2029}";

/// The old and the new wording of several paragraphs, each as paragraphs of runs: the old with
/// its removed words struck through, the new with its added words bold.
pub fn side_by_side(old: &[Words], new: &[Words]) -> (Vec<Block>, Vec<Block>) {
    let (mut a, mut b) = (Paragraphs::default(), Paragraphs::default());
    for piece in words::diff(&flatten(old), &flatten(new)) {
        match piece {
            Piece::Same(w) => {
                a.words(&w, Look::Plain);
                b.words(&w, Look::Plain);
            }
            Piece::Removed(w) => a.words(&w, Look::Struck),
            Piece::Added(w) => b.words(&w, Look::Bold),
        }
    }
    (a.blocks(), b.blocks())
}

/// One paragraph holding the new wording with the changes from the old as revisions: the
/// removed words deleted, the added words inserted. Accepting every revision gives `new`.
pub fn revisions(old: &Words, new: &Words) -> Vec<Inline> {
    let mut p = Paragraphs::default();
    for piece in words::diff(old, new) {
        match piece {
            Piece::Same(w) => p.words(&w, Look::Plain),
            Piece::Removed(w) => p.words(&w, Look::Deleted),
            Piece::Added(w) => p.words(&w, Look::Inserted),
        }
    }
    p.end();
    p.done.pop().unwrap_or_default()
}

/// Paragraphs of plain words, for a wording quoted whole.
pub fn plain(paras: &[Words]) -> Vec<Block> {
    paras
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| Block::Paragraph(vec![Inline::plain(w.join(" "))]))
        .collect()
}

fn flatten(paras: &[Words]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if i > 0 {
            out.push(BREAK.to_string());
        }
        out.extend(p.iter().cloned());
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    Struck,
    Bold,
    Deleted,
    Inserted,
}

impl Look {
    fn inline(self, text: String) -> Inline {
        let mut i = Inline::plain(text);
        match self {
            Look::Plain => {}
            Look::Struck => i.mark = Mark::Struck,
            Look::Bold => i.bold = true,
            Look::Deleted => i.mark = Mark::Deleted,
            Look::Inserted => i.mark = Mark::Inserted,
        }
        i
    }
}

/// Paragraphs built word by word; a run per look, the space between two words of different
/// looks plain (a deleted word's space goes with it, so accepting leaves single spaces).
#[derive(Default)]
struct Paragraphs {
    done: Vec<Vec<Inline>>,
    current: Vec<(Look, String)>,
}

impl Paragraphs {
    fn words(&mut self, words: &[String], look: Look) {
        for w in words {
            if w == BREAK {
                self.end();
                continue;
            }
            match self.current.last_mut() {
                Some((l, text)) if *l == look => {
                    text.push(' ');
                    text.push_str(w);
                }
                Some(_) if matches!(look, Look::Deleted | Look::Inserted) => {
                    // The space before a revised word belongs to the revision: accepting or
                    // rejecting all leaves exactly one space between the words that stay.
                    self.current.push((look, format!(" {w}")));
                }
                Some(_) => {
                    self.current.push((Look::Plain, " ".into()));
                    self.current.push((look, w.clone()));
                }
                None => self.current.push((look, w.clone())),
            }
        }
    }

    fn end(&mut self) {
        let runs = std::mem::take(&mut self.current);
        self.done
            .push(runs.into_iter().map(|(l, t)| l.inline(t)).collect());
    }

    fn blocks(mut self) -> Vec<Block> {
        self.end();
        self.done
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(Block::Paragraph)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::richtext::concat;

    fn w(text: &str) -> Words {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn side_by_side_strikes_the_removed_and_bolds_the_added() {
        let (old, new) = side_by_side(
            &[w("до 16 апреля 2022 года")],
            &[w("до 30 апреля 2022 года")],
        );
        let Block::Paragraph(o) = &old[0] else {
            panic!()
        };
        let Block::Paragraph(n) = &new[0] else {
            panic!()
        };
        assert_eq!(concat(o), "до 16 апреля 2022 года");
        assert_eq!(concat(n), "до 30 апреля 2022 года");
        let struck: Vec<&str> = o
            .iter()
            .filter(|i| i.mark == Mark::Struck)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(struck, ["16"]);
        let bold: Vec<&str> = n
            .iter()
            .filter(|i| i.bold)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(bold, ["30"]);
    }

    #[test]
    fn each_side_keeps_its_paragraphs() {
        let (old, new) = side_by_side(&[w("а б"), w("в")], &[w("а б"), w("г"), w("в")]);
        assert_eq!(old.len(), 2);
        assert_eq!(new.len(), 3);
    }

    #[test]
    fn accepting_or_rejecting_every_revision_gives_either_wording() {
        for (a, b) in [
            ("один два три", "один четыре три"),
            ("один два", "ноль один два пять"),
            ("a b c d", "x"),
        ] {
            let runs = revisions(&w(a), &w(b));
            let keep = |m: Mark| -> String {
                runs.iter()
                    .filter(|i| i.mark != m)
                    .map(|i| i.text.as_str())
                    .collect()
            };
            assert_eq!(keep(Mark::Deleted).trim(), b, "accepted");
            assert_eq!(keep(Mark::Inserted).trim(), a, "rejected");
            assert!(!keep(Mark::Deleted).contains("  "));
            assert!(!keep(Mark::Inserted).contains("  "));
        }
    }
}
