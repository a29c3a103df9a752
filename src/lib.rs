//! qujat turns one YAML plan into parallel Kazakh and Russian documents.
//!
//! The pipeline flows one way, a module a stage:
//! [`source`] (YAML text → node tree) → [`plan`] (validated model, both languages) →
//! [`document`] (one document per language; [`locale`] resolves every fixed phrase) →
//! writers.

pub mod amend;
pub mod app;
pub mod diagnostic;
pub mod document;
pub mod docx;
pub mod fonts;
pub mod generate;
pub mod import;
pub mod kazakh;
pub mod lang;
pub mod layout;
pub mod locale;
pub mod manifest;
pub mod message;
pub mod message_format;
pub mod output;
pub mod parallel;
pub mod pdf;
pub mod phrases;
pub mod plan;
pub mod render;
pub mod richtext;
pub mod source;
pub mod template;
pub mod ui;
pub mod warm;
