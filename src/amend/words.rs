//! Changes inside a cell, word by word: the words a «words replaced» instruction quotes, and
//! the word-level difference a comparative table or a redline marks.

use std::ops::Range;

/// One run of a word-level difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Same(Vec<String>),
    Removed(Vec<String>),
    Added(Vec<String>),
}

/// Above this many word comparisons (two cells of a few thousand words each), the difference
/// is one removed run and one added run around the common beginning and end.
const MAX_LCS_CELLS: usize = 4_000_000;

/// The word-level difference of two texts: the longest common subsequence of words kept, the
/// rest removed or added, removals before additions at each place.
pub fn diff(old: &[String], new: &[String]) -> Vec<Piece> {
    let prefix = common_prefix(old, new);
    let suffix = common_suffix(&old[prefix..], &new[prefix..]);
    let (o, n) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut pieces = Vec::new();
    push(&mut pieces, Piece::Same(old[..prefix].to_vec()));
    if o.len().saturating_mul(n.len()) > MAX_LCS_CELLS {
        push(&mut pieces, Piece::Removed(o.to_vec()));
        push(&mut pieces, Piece::Added(n.to_vec()));
    } else {
        for piece in lcs_diff(o, n) {
            push(&mut pieces, piece);
        }
    }
    push(&mut pieces, Piece::Same(old[old.len() - suffix..].to_vec()));
    pieces
}

/// Appends a piece, merging it into the last one of the same kind; empty pieces vanish.
fn push(pieces: &mut Vec<Piece>, piece: Piece) {
    let words = |p: &Piece| match p {
        Piece::Same(w) | Piece::Removed(w) | Piece::Added(w) => w.is_empty(),
    };
    if words(&piece) {
        return;
    }
    match (pieces.last_mut(), piece) {
        (Some(Piece::Same(a)), Piece::Same(b))
        | (Some(Piece::Removed(a)), Piece::Removed(b))
        | (Some(Piece::Added(a)), Piece::Added(b)) => a.extend(b),
        (_, piece) => pieces.push(piece),
    }
}

fn lcs_diff(o: &[String], n: &[String]) -> Vec<Piece> {
    // lengths[i][j]: LCS of o[i..] and n[j..].
    let w = n.len() + 1;
    let mut lengths = vec![0u32; (o.len() + 1) * w];
    for i in (0..o.len()).rev() {
        for j in (0..n.len()).rev() {
            lengths[i * w + j] = if o[i] == n[j] {
                lengths[(i + 1) * w + j + 1] + 1
            } else {
                lengths[(i + 1) * w + j].max(lengths[i * w + j + 1])
            };
        }
    }
    let mut pieces = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < o.len() || j < n.len() {
        if i < o.len() && j < n.len() && o[i] == n[j] {
            push(&mut pieces, Piece::Same(vec![o[i].clone()]));
            (i, j) = (i + 1, j + 1);
        } else if j == n.len()
            || (i < o.len() && lengths[(i + 1) * w + j] >= lengths[i * w + j + 1])
        {
            push(&mut pieces, Piece::Removed(vec![o[i].clone()]));
            i += 1;
        } else {
            push(&mut pieces, Piece::Added(vec![n[j].clone()]));
            j += 1;
        }
    }
    pieces
}

fn common_prefix(a: &[String], b: &[String]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[String], b: &[String]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// The words an instruction «слова «…» заменить словами «…»» quotes: one run of the old cell
/// and the run that replaces it in the new, both non-empty, each holding a word with a letter
/// (so «16» → «30» is quoted as «16 апреля» → «30 апреля»), widened over common words until
/// the old run occurs exactly once among `row` (every cell of the old row, so the instruction
/// cannot be read as any other place). None when the change is not one run, or no widening
/// makes the quote unambiguous.
pub fn replaced_run(
    old: &[String],
    new: &[String],
    row: &[&[String]],
) -> Option<(Range<usize>, Range<usize>)> {
    if old == new {
        return None;
    }
    let prefix = common_prefix(old, new);
    let suffix = common_suffix(&old[prefix..], &new[prefix..]);
    let (mut start, mut old_end, mut new_end) = (prefix, old.len() - suffix, new.len() - suffix);
    loop {
        let readable = |r: &[String]| r.iter().any(|w| w.chars().any(char::is_alphabetic));
        let done = old_end > start
            && new_end > start
            && readable(&old[start..old_end])
            && readable(&new[start..new_end])
            && occurrences(row, &old[start..old_end]) == 1;
        if done {
            return Some((start..old_end, start..new_end));
        }
        // Widen to the right first («16 апреля»), then to the left.
        if old_end < old.len() {
            old_end += 1;
            new_end += 1;
        } else if start > 0 {
            start -= 1;
        } else {
            return None;
        }
    }
}

/// How many times `run` occurs as consecutive words inside the cells of `row`.
fn occurrences(row: &[&[String]], run: &[String]) -> usize {
    row.iter()
        .map(|cell| cell.windows(run.len()).filter(|w| *w == run).count())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    fn quoted(old: &str, new: &str, row: &[&str]) -> Option<(String, String)> {
        let (o, n) = (w(old), w(new));
        let row: Vec<Vec<String>> = row.iter().map(|c| w(c)).collect();
        let row: Vec<&[String]> = row.iter().map(Vec::as_slice).collect();
        let (a, b) = replaced_run(&o, &n, &row)?;
        Some((o[a].join(" "), n[b].join(" ")))
    }

    #[test]
    fn a_word_inside_a_long_sentence() {
        let old = "Минимизация коррупционных рисков за счёт повышения антикоррупционной грамотности работников";
        let new = "Минимизация коррупционных рисков за счёт систематического повышения антикоррупционной грамотности работников";
        // An insertion is quoted with the word after it, so both quotes are words.
        assert_eq!(
            quoted(old, new, &[old]),
            Some(("повышения".into(), "систематического повышения".into()))
        );
    }

    #[test]
    fn digits_alone_are_widened_to_a_word() {
        let old = "до 16 апреля 2022 года";
        let new = "до 30 апреля 2022 года";
        assert_eq!(
            quoted(old, new, &[old]),
            Some(("16 апреля".into(), "30 апреля".into()))
        );
    }

    #[test]
    fn the_quote_is_widened_until_it_is_the_only_one_in_the_row() {
        let old = "до 10 июня 2022 года";
        let new = "до 20 июня 2022 года";
        let other = "до 10 июля 2022 года";
        // «10 июня» is unique; «10» alone would not be quoted anyway.
        assert_eq!(
            quoted(old, new, &[old, other]),
            Some(("10 июня".into(), "20 июня".into()))
        );
        // The same phrase in another cell of the row: no quote can say which one.
        assert_eq!(quoted(old, new, &[old, old]), None);
    }

    #[test]
    fn removal_is_quoted_with_a_neighbour() {
        assert_eq!(
            quoted("a b c", "a c", &["a b c"]),
            Some(("b c".into(), "c".into()))
        );
    }

    #[test]
    fn word_diff_marks_removed_and_added_runs() {
        let pieces = diff(&w("a b c d"), &w("a x c d e"));
        assert_eq!(
            pieces,
            [
                Piece::Same(w("a")),
                Piece::Removed(w("b")),
                Piece::Added(w("x")),
                Piece::Same(w("c d")),
                Piece::Added(w("e")),
            ]
        );
        assert_eq!(diff(&w("a b"), &w("a b")), [Piece::Same(w("a b"))]);
        assert_eq!(diff(&[], &w("a")), [Piece::Added(w("a"))]);
    }
}
