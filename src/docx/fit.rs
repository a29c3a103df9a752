//! A rough estimate of a row's height, to decide which rows may not break across a page.
//!
//! Word and LibreOffice push a "can't split" row whole onto the next page; a row taller than a
//! page would then be cut off (Word) or overflow. So only rows estimated well below a page
//! get the flag. The estimate need not be exact: it only sorts short rows from long ones.

use crate::document::Block;
use crate::richtext::concat;

/// An average Cyrillic letter of Times New Roman is about half an em wide.
const EM_PER_CHAR: f32 = 0.5;
/// Single line spacing of Times New Roman: 1.15 × the font size.
const LINE: f32 = 1.15;

/// The estimated height in twips of a row whose cells (those that start and end in it) hold
/// `cells`: blocks and the cell's width in twips.
pub fn row_height(cells: &[(&[Block], usize)], half_points: usize) -> i32 {
    let lines = cells
        .iter()
        .map(|(blocks, width)| cell_lines(blocks, *width, half_points))
        .max()
        .unwrap_or(1);
    // Half-points × 10 = twips.
    (lines as f32 * half_points as f32 * 10.0 * LINE).round() as i32
}

fn cell_lines(blocks: &[Block], width: usize, half_points: usize) -> usize {
    let char_twips = half_points as f32 * 10.0 * EM_PER_CHAR;
    let per_line = ((width as f32 / char_twips).floor() as usize).max(1);
    let count = |chars: usize| chars.div_ceil(per_line).max(1);
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => count(concat(p).chars().count()),
            // The dash and its indent take about two letters.
            Block::Bullets(items) => items
                .iter()
                .map(|i| count(concat(i).chars().count() + 2))
                .sum(),
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Inline;

    fn para(chars: usize) -> Block {
        Block::Paragraph(vec![Inline::plain("ж".repeat(chars))])
    }

    #[test]
    fn one_short_line() {
        // 11 pt: 22 half-points; a 2000-twip cell takes 18 letters a line.
        let b = [para(10)];
        assert_eq!(row_height(&[(&b, 2000)], 22), 253);
    }

    #[test]
    fn the_tallest_cell_counts() {
        let short = [para(10)];
        // 100 letters take 6 lines, 5 letters one more.
        let long = [para(100), para(5)];
        assert_eq!(row_height(&[(&short, 2000), (&long, 2000)], 22), 7 * 253);
    }
}
