//! The redline: the new plan whole, with the changes from the old as Word revisions.

use super::{RowIndex, Source};
use crate::amend::marked;
use crate::amend::view::Words;
use crate::amend::words::{self, Piece};
use crate::document::{
    self, Block, BuildError, Cell, Document, Inline, Legend, Mark, Metadata, Notes, Revisions, Row,
    Table,
};
use crate::lang::Lang;

/// The redline in `lang`: the new plan whole, with the changes from the old as revisions —
/// words deleted and inserted inside changed cells, rows deleted and inserted whole — by the
/// amendment's author, on its date.
pub fn redline(src: &Source, lang: Lang) -> Result<Document, BuildError> {
    let diff = src.diff;
    let old = document::build(diff.old.plan, src.template, lang)?;
    let new = document::build(diff.new.plan, src.template, lang)?;
    let both = Both {
        src,
        old: (&old, RowIndex::of(&old.table)),
        new: (&new, RowIndex::of(&new.table)),
    };
    let mut placed = both.items();
    placed.extend(both.sections());
    placed.sort_by_key(|p| p.0);
    let rows = placed.into_iter().flat_map(|p| p.1).collect();
    let title = if old.title != new.title {
        marked::revisions(&diff.old.view(lang).title, &diff.new.view(lang).title)
    } else {
        new.title.clone()
    };
    let plan = diff.new.plan;
    let revisions = Revisions {
        author: match src.amendment {
            Some(a) => a.author(plan, lang),
            None => plan.organization.name.get(lang).to_string(),
        },
        date: src.date(&new),
    };
    let notes = revised_notes(old.notes.as_ref(), new.notes.clone());
    let legend = revised_legend(old.legend.as_ref(), new.legend.clone());
    Ok(Document {
        meta: Metadata {
            revisions: Some(revisions),
            ..new.meta.clone()
        },
        title,
        notes,
        legend,
        table: Table {
            columns: new.table.columns.clone(),
            rows,
        },
        ..new
    })
}

/// The two versions' documents in one language, with where their rows are.
struct Both<'a> {
    src: &'a Source<'a>,
    old: (&'a Document, RowIndex),
    new: (&'a Document, RowIndex),
}

impl Both<'_> {
    fn old_rows(&self, item: usize) -> &[Row] {
        &self.old.0.table.rows[self.old.1.items[item].clone()]
    }

    fn new_rows(&self, item: usize) -> &[Row] {
        &self.new.0.table.rows[self.new.1.items[item].clone()]
    }

    /// Every item's rows with their place: the new plan's, revised where they changed, and
    /// the old rows no item of the new plan stays in place of, deleted.
    fn items(&self) -> Vec<(Place, Vec<Row>)> {
        let diff = self.src.diff;
        let number_col = self.new.0.table.number_column();
        let mut placed = Vec::with_capacity(diff.rows.len());
        let mut kept_old = vec![false; diff.old.items.len()];
        for (n, r) in diff.rows.iter().enumerate() {
            let rows = match r.kept {
                Some(o) => {
                    kept_old[o] = true;
                    let (a, b) = (self.old_rows(o), self.new_rows(n));
                    if a.len() == b.len() {
                        let revised = a.iter().zip(b);
                        revised
                            .map(|(a, b)| revised_row(a, b, number_col))
                            .collect()
                    } else {
                        // Steps added or removed: the item's old rows go, its new rows come.
                        let mut rows = marked_rows(a, Mark::Deleted);
                        rows.extend(marked_rows(b, Mark::Inserted));
                        rows
                    }
                }
                None => marked_rows(self.new_rows(n), Mark::Inserted),
            };
            placed.push(((r.number.base, r.number.sub, 2, n), rows));
        }
        for (o, _) in kept_old.iter().enumerate().filter(|(_, k)| !**k) {
            placed.push((
                (o + 1, 0, 1, o),
                marked_rows(self.old_rows(o), Mark::Deleted),
            ));
        }
        placed
    }

    /// Every section heading with its place: the new plan's (revised where renamed, inserted
    /// where added), and the old headings of sections removed, deleted.
    fn sections(&self) -> Vec<(Place, Vec<Row>)> {
        let diff = self.src.diff;
        let (old, new) = (&self.old, &self.new);
        let mut placed = Vec::new();
        let mut kept = vec![false; diff.old.plan.sections.len()];
        for (s, section) in diff.sections.iter().enumerate() {
            let heading = &new.0.table.rows[new.1.sections[s]];
            // Before its first row, wherever that now stands, and before what was removed
            // from its start.
            let first = diff.new.first_item.get(s).and_then(|&i| diff.rows.get(i));
            let before_first = first.map(|r| (r.number.base, r.number.sub, 0, s));
            let (key, row) = match section.kept {
                Some(os) => {
                    kept[os] = true;
                    let old_row = &old.0.table.rows[old.1.sections[os]];
                    let at = (diff.old.first_item[os] + 1, 0, 0, s);
                    let key = before_first.map_or(at, |k| k.min(at));
                    (key, revised_row(old_row, heading, None))
                }
                None => (
                    before_first.unwrap_or((usize::MAX, 0, 0, s)),
                    marked_row(heading, Mark::Inserted),
                ),
            };
            placed.push((key, vec![row]));
        }
        for (os, _) in kept.iter().enumerate().filter(|(_, k)| !**k) {
            let heading = marked_row(&old.0.table.rows[old.1.sections[os]], Mark::Deleted);
            placed.push(((diff.old.first_item[os] + 1, 0, 0, os), vec![heading]));
        }
        placed
    }
}

/// Where rows stand in a redline: (the old row number they stand at or follow, the place
/// among rows added after it, phase: 0 a section heading, 1 a removed row, 2 a row of the new
/// plan; then their order).
type Place = (usize, usize, u8, usize);

/// Row `b` of the new plan with, in every cell whose words differ from the same cell of row
/// `a` of the old, the change as revisions (not in the number column: numbers follow the
/// rows).
fn revised_row(a: &Row, b: &Row, number_col: Option<usize>) -> Row {
    let mut row = b.clone();
    for (col, (ca, cb)) in a.cells.iter().zip(row.cells.iter_mut()).enumerate() {
        if Some(col) == number_col {
            continue;
        }
        let (Cell::Content(ca), Cell::Content(cb)) = (ca, cb) else {
            continue;
        };
        if cell_words(&ca.blocks) != cell_words(&cb.blocks) {
            cb.blocks = revised_blocks(&ca.blocks, &cb.blocks);
        }
    }
    row
}

/// The new paragraphs of a cell with the changes from the old as revisions: paragraph by
/// paragraph (and list entry by list entry) when the cell kept its shape, so its lists stay
/// lists; else the whole cell as one paragraph of revisions.
fn revised_blocks(old: &[Block], new: &[Block]) -> Vec<Block> {
    let revised = |a: &[Inline], b: &[Inline]| -> Vec<Inline> {
        let (wa, wb) = (inline_words(a), inline_words(b));
        if wa == wb {
            b.to_vec()
        } else {
            marked::revisions(&wa, &wb)
        }
    };
    let same_shape = old.len() == new.len()
        && old.iter().zip(new).all(|pair| match pair {
            (Block::Paragraph(_), Block::Paragraph(_)) => true,
            (Block::Bullets(a), Block::Bullets(b)) => a.len() == b.len(),
            _ => false,
        });
    if !same_shape {
        let runs = marked::revisions(&cell_words(old), &cell_words(new));
        return vec![Block::Paragraph(runs)];
    }
    old.iter()
        .zip(new)
        .map(|pair| match pair {
            (Block::Paragraph(a), Block::Paragraph(b)) => Block::Paragraph(revised(a, b)),
            (Block::Bullets(a), Block::Bullets(b)) => {
                Block::Bullets(a.iter().zip(b).map(|(a, b)| revised(a, b)).collect())
            }
            (_, b) => b.clone(),
        })
        .collect()
}

fn inline_words(inlines: &[Inline]) -> Words {
    crate::richtext::concat(inlines)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The new notes with the paragraphs the old ones lack inserted and the old ones they lack
/// deleted (paragraph by paragraph: a note is one thought).
fn revised_notes(old: Option<&Notes>, new: Option<Notes>) -> Option<Notes> {
    let old_blocks: &[Block] = old.map_or(&[], |n| n.blocks.as_slice());
    let mut notes = new.clone().or_else(|| old.cloned())?;
    let new_blocks: &[Block] = new.as_ref().map_or(&[], |n| n.blocks.as_slice());
    let key = |b: &Block| b.plain_text();
    let a: Vec<String> = old_blocks.iter().map(key).collect();
    let b: Vec<String> = new_blocks.iter().map(key).collect();
    let (mut i, mut j) = (0, 0);
    let mut blocks = Vec::new();
    for piece in words::diff(&a, &b) {
        match piece {
            Piece::Same(p) => {
                blocks.extend_from_slice(&new_blocks[j..j + p.len()]);
                (i, j) = (i + p.len(), j + p.len());
            }
            Piece::Removed(p) => {
                let gone = &old_blocks[i..i + p.len()];
                blocks.extend(gone.iter().map(|b| marked_block(b.clone(), Mark::Deleted)));
                i += p.len();
            }
            Piece::Added(p) => {
                let come = &new_blocks[j..j + p.len()];
                blocks.extend(come.iter().map(|b| marked_block(b.clone(), Mark::Inserted)));
                j += p.len();
            }
        }
    }
    notes.blocks = blocks;
    notes.heading_mark = match (old, &new) {
        (None, _) => Mark::Inserted,
        (Some(_), None) => Mark::Deleted,
        _ => Mark::None,
    };
    Some(notes)
}

/// The new legend with the entries the old one lacks inserted and the old ones it lacks
/// deleted.
fn revised_legend(old: Option<&Legend>, new: Option<Legend>) -> Option<Legend> {
    let a: &[String] = old.map_or(&[], |l| l.entries.as_slice());
    let b: Vec<String> = new.as_ref().map_or(Vec::new(), |l| l.entries.clone());
    let mut legend = new.clone().or_else(|| old.cloned())?;
    let heading = match (old, &new) {
        (None, _) => Mark::Inserted,
        (Some(_), None) => Mark::Deleted,
        _ => Mark::None,
    };
    let (mut entries, mut marks) = (Vec::new(), vec![heading]);
    for piece in words::diff(a, &b) {
        let (words, mark) = match piece {
            Piece::Same(w) => (w, Mark::None),
            Piece::Removed(w) => (w, Mark::Deleted),
            Piece::Added(w) => (w, Mark::Inserted),
        };
        marks.extend(std::iter::repeat_n(mark, words.len()));
        entries.extend(words);
    }
    legend.entries = entries;
    legend.marks = marks;
    Some(legend)
}

fn marked_block(mut block: Block, mark: Mark) -> Block {
    if mark != Mark::None {
        match &mut block {
            Block::Paragraph(p) => p.iter_mut().for_each(|i| i.mark = mark),
            Block::Bullets(items) => items.iter_mut().flatten().for_each(|i| i.mark = mark),
        }
    }
    block
}

fn cell_words(blocks: &[Block]) -> Words {
    blocks
        .iter()
        .flat_map(|b| {
            b.plain_text()
                .split_whitespace()
                .filter(|w| *w != "•")
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `rows` inserted or deleted whole: the rows and every word in them.
fn marked_rows(rows: &[Row], mark: Mark) -> Vec<Row> {
    rows.iter().map(|r| marked_row(r, mark)).collect()
}

fn marked_row(row: &Row, mark: Mark) -> Row {
    let mut row = row.clone();
    row.mark = mark;
    for cell in &mut row.cells {
        if let Cell::Content(c) = cell {
            for block in &mut c.blocks {
                match block {
                    Block::Paragraph(p) => p.iter_mut().for_each(|i| i.mark = mark),
                    Block::Bullets(items) => items.iter_mut().flatten().for_each(|i| i.mark = mark),
                }
            }
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bullets(items: &[&str]) -> Block {
        Block::Bullets(items.iter().map(|i| vec![Inline::plain(*i)]).collect())
    }

    #[test]
    fn a_list_stays_a_list_with_the_change_in_its_entry() {
        let old = [bullets(&["бір екі", "үш"])];
        let new = [bullets(&["бір төрт", "үш"])];
        let Block::Bullets(items) = &revised_blocks(&old, &new)[0] else {
            panic!("not a list");
        };
        assert_eq!(items.len(), 2);
        let marks: Vec<(Mark, &str)> = items[0].iter().map(|i| (i.mark, i.text.as_str())).collect();
        assert_eq!(
            marks,
            [
                (Mark::None, "бір"),
                (Mark::Deleted, " екі"),
                (Mark::Inserted, " төрт")
            ]
        );
        assert_eq!(items[1], vec![Inline::plain("үш")]);
    }

    #[test]
    fn a_cell_that_changed_its_shape_is_one_paragraph_of_revisions() {
        let old = [Block::Paragraph(vec![Inline::plain("бір")])];
        let new = [bullets(&["бір", "екі"])];
        let blocks = revised_blocks(&old, &new);
        assert_eq!(blocks.len(), 1);
        let Block::Paragraph(runs) = &blocks[0] else {
            panic!("not a paragraph");
        };
        let accepted: String = runs
            .iter()
            .filter(|i| i.mark != Mark::Deleted)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(accepted, "бір екі");
    }
}
