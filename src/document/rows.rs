//! Where the layout reads a table's rows from. A document built whole holds them in
//! [`Table::rows`](super::Table::rows) (amendments, `--combined`, `dump`, the tests); a plan's
//! document streamed into its writers builds each row when the paginator reaches it instead
//! ([`build_streamed`](super::build_streamed)), so that a language holds about a page of its
//! table rather than the whole of it (a 10,000-item plan's rows are most of its document
//! model). The layout reads rows only through [`RowSource`], so both are laid out by the same
//! code: one design, two ways of holding the rows.

use super::Row;
use std::convert::Infallible;
use std::ops::Range;

/// A table's rows, given in order.
pub trait RowSource {
    /// What stops a row from being built; a row held already never fails.
    type Error;

    /// How many rows the table has.
    fn len(&self) -> usize;

    /// Whether the table has no rows.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` with rows `range` (clamped to the table) in order, each with its index: their
    /// kind, mark and cells with spans and looks, what the grid is made of. A source that
    /// builds its rows leaves the cells' text out (empty `blocks`): no phrase is formatted.
    fn shapes(&mut self, range: Range<usize>, f: &mut dyn FnMut(usize, &Row));

    /// Calls `f` with rows `range` (clamped to the table) in order, each with its index and in
    /// full. Stops at the first row that cannot be built. Rows are cheapest asked for in
    /// increasing order, as the paginator asks for them.
    fn rows(
        &mut self,
        range: Range<usize>,
        f: &mut dyn FnMut(usize, &Row),
    ) -> Result<(), Self::Error>;
}

/// The rows of a document built whole.
impl RowSource for &[Row] {
    type Error = Infallible;

    fn len(&self) -> usize {
        <[Row]>::len(self)
    }

    fn shapes(&mut self, range: Range<usize>, f: &mut dyn FnMut(usize, &Row)) {
        for (i, row) in self.iter().enumerate().take(range.end).skip(range.start) {
            f(i, row);
        }
    }

    fn rows(
        &mut self,
        range: Range<usize>,
        f: &mut dyn FnMut(usize, &Row),
    ) -> Result<(), Infallible> {
        self.shapes(range, f);
        Ok(())
    }
}
