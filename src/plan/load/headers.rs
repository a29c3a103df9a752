//! `headers:`: the plan's own words for the header of a column, keyed by the column's field
//! (`deadline: {kk: Орындалу мерзімі, ru: Сроки исполнения}`). Whether the template has that
//! column is checked with the template (app::load_text).

use super::*;
use crate::template::{Field, field_name};

impl Loader<'_> {
    pub(super) fn headers(&mut self, node: &Node) -> Vec<ColumnHeader> {
        let Some(f) = self.fields(node, "ctx-headers", fields("Headers")) else {
            return Vec::new();
        };
        let mut headers = Vec::new();
        for field in Field::ALL {
            let name = field_name(field);
            let Some(value) = f.get(name) else {
                continue;
            };
            let what = msg!("what-header", column = name);
            if let Some(text) = self.text(value, &what) {
                let pos = f.key(name).map_or(value.pos, |k| k.pos);
                headers.push(ColumnHeader { field, text, pos });
            }
        }
        headers
    }
}
