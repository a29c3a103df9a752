//! The pagination rules on small synthetic tables.
