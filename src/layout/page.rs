//! The engine's output: pages of positioned text and rectangles, in points, with y measured
//! down from the top of the page. The PDF writer only turns these into drawing operators.

use crate::fonts::Style;

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// Text on one baseline, starting at `x`.
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        style: Style,
        text: String,
    },
    /// A filled bar: the line through struck-out words. `y` is its top.
    Bar {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
    /// A stroked rectangle: a table cell's border. `y` is its top.
    Frame {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

impl Page {
    /// The page's texts in drawing order, one item a line: for tests and debugging.
    pub fn texts(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                Item::Frame { .. } | Item::Bar { .. } => None,
            })
            .collect()
    }
}
