//! Lengths and sizes in the units Word stores: twips (1/20 pt) for lengths, half-points for
//! font sizes.

use crate::document::Layout;
use crate::template::Orientation;

/// Twips in one millimetre: 1440 twips an inch, 25.4 mm an inch.
const TWIPS_PER_MM: f32 = 1440.0 / 25.4;

pub fn mm(v: f32) -> i32 {
    (v * TWIPS_PER_MM).round() as i32
}

/// Font size in half-points, the unit of `w:sz`.
pub fn half_points(pt: f32) -> usize {
    (pt * 2.0).round().max(1.0) as usize
}

/// The page as Word measures it: size as printed (width, height) and margins, in twips.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub width: i32,
    pub height: i32,
    pub top: i32,
    pub bottom: i32,
    pub left: i32,
    pub right: i32,
    pub landscape: bool,
}

impl Geometry {
    pub fn of(layout: &Layout) -> Geometry {
        let m = &layout.margins_mm;
        Geometry {
            width: mm(layout.page_mm[0]),
            height: mm(layout.page_mm[1]),
            top: mm(m.top),
            bottom: mm(m.bottom),
            left: mm(m.left),
            right: mm(m.right),
            landscape: layout.orientation == Orientation::Landscape,
        }
    }

    /// Width between the margins: the table, the grif block and the title are measured in it.
    pub fn text_width(&self) -> i32 {
        self.width - self.left - self.right
    }

    pub fn text_height(&self) -> i32 {
        self.height - self.top - self.bottom
    }
}

/// Splits `total` twips by `shares` so that the parts add up to `total` exactly: a fixed
/// table grid that is a twip short or long leaves a sliver Word draws as a gap.
pub fn split(total: i32, shares: &[f32]) -> Vec<usize> {
    let sum: f32 = shares.iter().sum();
    let mut parts: Vec<usize> = Vec::with_capacity(shares.len());
    let mut given = 0usize;
    for (i, share) in shares.iter().enumerate() {
        let part = if i + 1 == shares.len() {
            (total.max(0) as usize).saturating_sub(given)
        } else {
            (total as f32 * share / sum).round().max(0.0) as usize
        };
        given += part;
        parts.push(part);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_landscape_in_twips() {
        assert_eq!(mm(297.0), 16838);
        assert_eq!(mm(210.0), 11906);
    }

    #[test]
    fn split_adds_up_exactly() {
        let parts = split(13890, &[0.05, 0.21, 0.25, 0.16, 0.15, 0.18]);
        assert_eq!(parts.iter().sum::<usize>(), 13890);
        assert_eq!(parts[0], 695);
    }

    #[test]
    fn half_points_round() {
        assert_eq!(half_points(11.0), 22);
        assert_eq!(half_points(12.5), 25);
    }
}
