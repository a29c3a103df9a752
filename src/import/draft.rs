//! The imported plan before it is written: the plan format's shape, with either language's
//! text possibly missing (written as an empty placeholder that `qujat check` reports) and
//! comments saying where import guessed.

use crate::plan::{DateStyle, Deadline, Gender, Period};
use crate::template::Field;
use chrono::NaiveDate;

/// A text in both languages; `None` where the file gave none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub kk: Option<String>,
    pub ru: Option<String>,
}

impl Texts {
    pub fn new(kk: Option<String>, ru: Option<String>) -> Texts {
        let keep = |s: Option<String>| s.filter(|t| !t.trim().is_empty());
        Texts {
            kk: keep(kk),
            ru: keep(ru),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.kk.is_none() && self.ru.is_none()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub template: &'static str,
    /// Lines for the comment at the top.
    pub header: Vec<String>,
    pub org_name: Texts,
    pub org_short: Texts,
    pub org_notes: Vec<String>,
    pub annex: Option<String>,
    pub approval: Approval,
    pub title: Texts,
    pub title_notes: Vec<String>,
    pub period: Option<Period>,
    pub dates: Option<DateStyle>,
    /// Column headers the files word otherwise than qujat, by field.
    pub headers: Vec<(Field, Texts)>,
    pub headers_notes: Vec<String>,
    pub units: Vec<Unit>,
    pub sections: Vec<Section>,
    pub notes: Vec<Texts>,
}

#[derive(Clone, Debug)]
pub enum Approval {
    Decision {
        body: Texts,
        date: Option<NaiveDate>,
        year: Option<i32>,
        protocol: Option<String>,
        gender: Option<Gender>,
        notes: Vec<String>,
    },
    Official {
        position: Texts,
        name: Texts,
        date: Option<NaiveDate>,
        year: Option<i32>,
        notes: Vec<String>,
    },
}

impl Default for Approval {
    fn default() -> Self {
        Approval::Decision {
            body: Texts::default(),
            date: None,
            year: None,
            protocol: None,
            gender: None,
            notes: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Forms {
    pub short: String,
    pub full: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub key: String,
    pub kk: Option<Forms>,
    pub ru: Option<Forms>,
}

#[derive(Clone, Debug, Default)]
pub struct Section {
    pub title: Texts,
    pub items: Vec<Item>,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub text: Option<Texts>,
    pub result: Option<Texts>,
    pub body: Body,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug)]
pub enum Body {
    Steps(Vec<Step>),
    Own(Task),
}

#[derive(Clone, Debug)]
pub struct Step {
    pub text: Texts,
    pub task: Task,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Task {
    pub due: Due,
    pub responsible: Vec<Responsible>,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Due {
    Typed(Deadline),
    Text(Texts),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Responsible {
    Unit(String),
    Free(Texts),
}
