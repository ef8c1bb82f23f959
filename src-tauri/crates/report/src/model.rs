//! What a printed report is made of, independent of PDF: a title block, sections of key figures,
//! tables with typed cells, bar charts and notes. Builders fill it from the store; the renderer
//! lays it out. Cells keep their type (money, date, percentage, count, text) so the renderer
//! formats them for the report's language and aligns numbers right.

use lagdesk_domain::{Bp, Locale, Logo, Money, Points, Quantity};
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Orientation {
    #[default]
    Portrait,
    /// For tables too wide for a portrait page.
    Landscape,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Report {
    pub locale: Locale,
    pub title: String,
    pub subtitle: Option<String>,
    /// The LAG's name, in every page's header.
    pub organisation: String,
    /// The LAG's logo beside its name; the window shows it from the settings, not from here.
    #[serde(skip)]
    #[ts(skip)]
    pub logo: Option<Logo>,
    /// The parameters the report was made with, as label and value.
    pub parameters: Vec<(String, String)>,
    /// `YYYY-MM-DD`, in every page's footer.
    pub printed_on: String,
    pub orientation: Orientation,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "type", content = "value", rename_all = "camelCase")]
#[ts(export)]
pub enum Block {
    KeyFigures(Vec<KeyFigure>),
    Table(Table),
    Chart(BarChart),
    Note(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KeyFigure {
    pub label: String,
    pub value: Cell,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "type", content = "value", rename_all = "camelCase")]
#[ts(export)]
pub enum Cell {
    Text(String),
    Money(Money),
    /// `YYYY-MM-DD`.
    Date(String),
    Percent(Bp),
    Count(#[ts(type = "number")] i64),
    /// An indicator's value, in hundredths of its unit.
    Quantity(Quantity),
    /// A selection score.
    Points(Points),
    Empty,
}

impl Cell {
    pub fn is_number(&self) -> bool {
        matches!(
            self,
            Cell::Money(_)
                | Cell::Percent(_)
                | Cell::Count(_)
                | Cell::Quantity(_)
                | Cell::Points(_)
        )
    }

    /// The cell as a reader of `locale` writes it.
    pub fn text(&self, locale: Locale) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Money(m) => m.format(locale),
            Cell::Date(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_or_else(|_| d.clone(), |day| locale.format_date(day)),
            Cell::Percent(b) => b.format(locale),
            // A count is a quantity of whole units: the domain groups its thousands.
            Cell::Count(n) => Quantity::count(*n).format(locale),
            Cell::Quantity(q) => q.format(locale),
            Cell::Points(p) => p.format(locale),
            Cell::Empty => String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Column {
    pub header: String,
    /// Share of the table's width, relative to the other columns.
    pub weight: f32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum RowStyle {
    #[default]
    Normal,
    Subtotal,
    Total,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub style: RowStyle,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Set in a smaller type, for tables with many columns or rows.
    pub compact: bool,
}

/// Horizontal bars, one group per label with one bar per series, drawn as vectors.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BarChart {
    pub series: Vec<String>,
    pub groups: Vec<BarGroup>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BarGroup {
    pub label: String,
    /// One value per series, all in the same unit.
    pub values: Vec<Cell>,
}

impl Cell {
    /// The size a bar draws: cents, basis points or the count itself.
    pub fn magnitude(&self) -> i64 {
        match self {
            Cell::Money(m) => m.0,
            Cell::Percent(b) => b.0,
            Cell::Count(n) => *n,
            Cell::Quantity(q) => q.0,
            Cell::Points(p) => p.0,
            _ => 0,
        }
    }
}
