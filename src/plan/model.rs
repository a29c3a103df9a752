//! The plan as qujat understands it: validated, both languages present, every date real.
//! Nothing here knows about YAML, Fluent, DOCX or PDF.

use crate::lang::Lang;
use crate::source::Pos;
use crate::template::Field;
use chrono::NaiveDate;

/// A human-language text in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub kk: String,
    pub ru: String,
    /// Where the text was written, for warnings about it.
    pub pos: Pos,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateRef {
    Builtin(String),
    /// A template file of the plan's own, as written (relative to the plan's folder).
    Path(String),
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub template: TemplateRef,
    pub template_pos: Pos,
    pub organization: Organization,
    pub annex: Option<String>,
    pub approval: Approval,
    pub title: Text,
    pub period: Option<Period>,
    pub date_style: Option<DateStyle>,
    /// The plan's own words for column headers, over the template's (`headers:`).
    pub headers: Vec<ColumnHeader>,
    pub units: Vec<Unit>,
    pub sections: Vec<Section>,
    pub notes: Vec<Text>,
}

/// The header of one column in the plan's own words: «Сроки исполнения» where the template
/// says «Срок исполнения».
#[derive(Clone, Debug)]
pub struct ColumnHeader {
    pub field: Field,
    pub text: Text,
    /// Where the field is named, to point at when the template has no such column.
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct Organization {
    pub name: Text,
    pub short: Text,
}

/// Grammatical gender of the document's noun, which «УТВЕРЖДЕН» agrees with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

impl Gender {
    pub const NAMES: [&'static str; 4] = ["masculine", "feminine", "neuter", "plural"];

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    pub fn from_name(name: &str) -> Option<Gender> {
        [
            Gender::Masculine,
            Gender::Feminine,
            Gender::Neuter,
            Gender::Plural,
        ]
        .into_iter()
        .find(|g| g.name() == name)
    }
}

/// The approval grif at the top right of the first page.
#[derive(Clone, Debug)]
pub enum Approval {
    /// «БЕКІТІЛДІ» / «УТВЕРЖДЕН» by a body's decision, with its protocol.
    Decision {
        body: Text,
        date: Option<NaiveDate>,
        year: i32,
        protocol: Option<String>,
        gender: Option<Gender>,
    },
    /// «БЕКІТЕМІН» / «УТВЕРЖДАЮ» by one official.
    Official {
        position: Text,
        name: Text,
        date: Option<NaiveDate>,
        year: i32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Year(i32),
    Years(i32, i32),
    Range(NaiveDate, NaiveDate),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    Words,
    Numeric,
}

/// A responsible unit or position, with its short and (optionally) full form per language.
#[derive(Clone, Debug)]
pub struct Unit {
    pub key: String,
    pub kk: UnitForms,
    pub ru: UnitForms,
    pub pos: Pos,
}

impl Unit {
    pub fn forms(&self, lang: Lang) -> &UnitForms {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitForms {
    pub short: String,
    /// Present when `short` is an abbreviation that the legend spells out.
    pub full: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Responsible {
    /// Index into `Plan::units`.
    Unit(usize),
    Free(Text),
}

#[derive(Clone, Debug)]
pub struct Section {
    pub title: Text,
    pub items: Vec<Item>,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub id: Option<String>,
    pub text: Option<Text>,
    pub result: Option<Text>,
    pub body: ItemBody,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum ItemBody {
    Steps(Vec<Step>),
    Own(Task),
}

/// Something to be done by someone by some time: a step, or an item without steps.
#[derive(Clone, Debug)]
pub struct Task {
    pub due: Deadline,
    pub responsible: Vec<Responsible>,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub text: Text,
    pub task: Task,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Every {
    Month,
    Quarter,
    Year,
}

/// The recurring and open deadlines that need no date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recurring {
    Daily,
    Monthly,
    Quarterly,
    Yearly,
    Ongoing,
    AsReceived,
    AsCarriedOut,
    Immediately,
    None,
}

impl Recurring {
    pub const ALL: [Recurring; 9] = [
        Recurring::Daily,
        Recurring::Monthly,
        Recurring::Quarterly,
        Recurring::Yearly,
        Recurring::Ongoing,
        Recurring::AsReceived,
        Recurring::AsCarriedOut,
        Recurring::Immediately,
        Recurring::None,
    ];

    /// The keyword in the plan file, which is also the suffix of its Fluent message id.
    pub fn keyword(self) -> &'static str {
        match self {
            Recurring::Daily => "daily",
            Recurring::Monthly => "monthly",
            Recurring::Quarterly => "quarterly",
            Recurring::Yearly => "yearly",
            Recurring::Ongoing => "ongoing",
            Recurring::AsReceived => "as-received",
            Recurring::AsCarriedOut => "as-carried-out",
            Recurring::Immediately => "immediately",
            Recurring::None => "none",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    By(NaiveDate),
    On(NaiveDate),
    Range(NaiveDate, NaiveDate),
    Between(NaiveDate, NaiveDate),
    Month(YearMonth),
    Months(YearMonth, YearMonth),
    Quarter { quarter: u32, year: Option<i32> },
    Every { every: Every, day: u32 },
    Recurring(Recurring),
    Free(Text),
}

impl Plan {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The plan's own header for the column of `field`, if it words it.
    pub fn header(&self, field: Field) -> Option<&Text> {
        self.headers
            .iter()
            .find(|h| h.field == field)
            .map(|h| &h.text)
    }

    pub fn step_count(&self) -> usize {
        self.items()
            .map(|i| match &i.body {
                ItemBody::Steps(steps) => steps.len(),
                ItemBody::Own(_) => 0,
            })
            .sum()
    }

    /// Every task of the plan in table order: each step, or the item itself.
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.items()
            .flat_map(|item| -> Box<dyn Iterator<Item = &Task> + '_> {
                match &item.body {
                    ItemBody::Steps(steps) => Box::new(steps.iter().map(|s| &s.task)),
                    ItemBody::Own(task) => Box::new(std::iter::once(task)),
                }
            })
    }
}
