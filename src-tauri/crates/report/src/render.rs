//! Lays a [`Report`] out on A4 pages and saves it as PDF bytes: the title block, sections whose
//! heading never ends a page, key figures, tables whose rows never split and whose header row
//! repeats on every page, bar charts, notes; then on every page the LAG's name above and the
//! report's title, date of printing and "page n of N" below.

use lagdesk_domain::Locale;
use printpdf::{Mm, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, XObjectId};

use crate::canvas::{Canvas, Fonts, Style, ACCENT, INK, MM, MUTED, RULE, SHADE};
use crate::model::{BarChart, Block, Cell, KeyFigure, Report, RowStyle, Table};
use crate::text::{Arg, Texts};
use crate::{logo, ReportError};

const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

const BODY: Style = Style::new(8.5, false, INK);
const SMALL: Style = Style::new(7.5, false, MUTED);
const PAD_X: f32 = 3.5;
const PAD_Y: f32 = 3.0;
const LEADING: f32 = 1.25;
/// Bar colours, one per series.
const SERIES: [(f32, f32, f32); 4] = [
    ACCENT,
    (0.85, 0.60, 0.18),
    (0.30, 0.60, 0.36),
    (0.55, 0.43, 0.71),
];

/// The report as PDF bytes.
pub fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut doc = PdfDocument::new(&report.title);
    let mut warnings = Vec::new();
    let regular =
        ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(ReportError::Font("DejaVuSans"))?;
    let bold = ParsedFont::from_bytes(BOLD, 0, &mut warnings)
        .ok_or(ReportError::Font("DejaVuSans-Bold"))?;
    let (regular_id, bold_id) = (doc.add_font(&regular), doc.add_font(&bold));
    let fonts = Fonts::new(regular, bold, regular_id, bold_id);
    let texts = Texts::new(report.locale);
    let logo = match &report.logo {
        Some(logo) => {
            let image = logo::decode(logo)?;
            Some((doc.add_image(&image), (image.width, image.height)))
        }
        None => None,
    };
    let mut canvas = Canvas::new(&fonts, report.orientation);

    title_block(&mut canvas, report);
    for section in &report.sections {
        // A heading is never the last thing on a page.
        if !canvas.fits(24.0 + lead_height(&canvas, section.blocks.first(), report.locale)) {
            canvas.new_page();
        }
        canvas.y += 10.0;
        let heading = Style::new(12.0, true, INK);
        for line in fonts.wrap(&section.heading, true, 12.0, canvas.content_width()) {
            canvas.y += 12.0 * LEADING;
            canvas.text(&line, canvas.left, canvas.y, heading);
        }
        canvas.y += 6.0;
        for (i, block) in section.blocks.iter().enumerate() {
            // Figures that sum up a table stay on the page of its last row.
            let keep = match section.blocks.get(i + 1) {
                Some(Block::KeyFigures(figures)) => figures_height(&canvas, figures) + 8.0,
                _ => 0.0,
            };
            match block {
                Block::KeyFigures(figures) => key_figures(&mut canvas, figures, report.locale),
                Block::Table(table) => draw_table(&mut canvas, table, report.locale, keep),
                Block::Chart(chart) => bar_chart(&mut canvas, chart, report.locale),
                Block::Note(note) => paragraph(&mut canvas, note, SMALL),
            }
            canvas.y += 8.0;
        }
    }
    frame_pages(&mut canvas, report, &texts, logo.as_ref());

    let (width, height) = (canvas.width / MM, canvas.height / MM);
    let pages = canvas
        .into_pages()
        .into_iter()
        .map(|ops| PdfPage::new(Mm(width), Mm(height), ops))
        .collect();
    let mut save_warnings = Vec::new();
    Ok(doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut save_warnings))
}

fn title_block(canvas: &mut Canvas<'_>, report: &Report) {
    let fonts = canvas.fonts;
    let width = canvas.content_width();
    let title = Style::new(17.0, true, INK);
    for line in fonts.wrap(&report.title, true, 17.0, width) {
        canvas.y += 17.0 * LEADING;
        canvas.text(&line, canvas.left, canvas.y, title);
    }
    if let Some(subtitle) = &report.subtitle {
        canvas.y += 2.0;
        paragraph(canvas, subtitle, Style::new(10.0, false, MUTED));
    }
    canvas.y += 4.0;
    let label_width = report
        .parameters
        .iter()
        .map(|(label, _)| fonts.width(&format!("{label}:"), true, 8.5))
        .fold(0.0_f32, f32::max);
    for (label, value) in &report.parameters {
        let lines = fonts.wrap(value, false, 8.5, width - label_width - 8.0);
        canvas.y += 8.5 * LEADING;
        canvas.text(
            &format!("{label}:"),
            canvas.left,
            canvas.y,
            Style::new(8.5, true, MUTED),
        );
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                canvas.y += 8.5 * LEADING;
            }
            canvas.text(line, canvas.left + label_width + 8.0, canvas.y, BODY);
        }
    }
    canvas.y += 8.0;
    canvas.rule(canvas.left, canvas.right, canvas.y, 1.2, ACCENT);
    canvas.y += 6.0;
}

fn paragraph(canvas: &mut Canvas<'_>, text: &str, style: Style) {
    let lines = canvas
        .fonts
        .wrap(text, style.bold, style.size, canvas.content_width());
    for line in lines {
        if !canvas.fits(style.size * LEADING) {
            canvas.new_page();
        }
        canvas.y += style.size * LEADING;
        canvas.text(&line, canvas.left, canvas.y, style);
    }
}

const PER_ROW: usize = 3;
const FIGURE_GAP: f32 = 8.0;

fn box_width(canvas: &Canvas<'_>) -> f32 {
    (canvas.content_width() - FIGURE_GAP * (PER_ROW as f32 - 1.0)) / PER_ROW as f32
}

/// The wrapped labels of a row of key figures, and the row's height.
fn figure_row(canvas: &Canvas<'_>, row: &[KeyFigure]) -> (Vec<Vec<String>>, f32) {
    let width = box_width(canvas);
    let labels: Vec<Vec<String>> = row
        .iter()
        .map(|f| canvas.fonts.wrap(&f.label, false, 7.5, width - 2.0 * PAD_X))
        .collect();
    let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let height = 2.0 * PAD_Y + label_lines * 7.5 * LEADING + 13.0 * LEADING + 2.0;
    (labels, height)
}

/// The height of the first row of key figures.
fn figures_height(canvas: &Canvas<'_>, figures: &[KeyFigure]) -> f32 {
    figures
        .chunks(PER_ROW)
        .next()
        .map_or(0.0, |row| figure_row(canvas, row).1)
}

fn key_figures(canvas: &mut Canvas<'_>, figures: &[KeyFigure], locale: Locale) {
    const GAP: f32 = FIGURE_GAP;
    let box_width = box_width(canvas);
    for row in figures.chunks(PER_ROW) {
        let (labels, height) = figure_row(canvas, row);
        if !canvas.fits(height) {
            canvas.new_page();
        }
        let top = canvas.y;
        for (i, (figure, label)) in row.iter().zip(&labels).enumerate() {
            let x = canvas.left + i as f32 * (box_width + GAP);
            canvas.fill(x, top, box_width, height, SHADE);
            canvas.fill(x, top, 2.0, height, ACCENT);
            let mut y = top + PAD_Y;
            for line in label {
                y += 7.5 * LEADING;
                canvas.text(line, x + PAD_X + 2.0, y, SMALL);
            }
            let y = top + height - PAD_Y - 2.0;
            // A long value (a sentence rather than a figure) is set smaller to stay in its box.
            let value = figure.value.text(locale);
            let room = box_width - 2.0 * PAD_X - 2.0;
            let natural = canvas.fonts.width(&value, true, 13.0);
            let size = if natural > room {
                (13.0 * room / natural).max(7.0)
            } else {
                13.0
            };
            canvas.text(&value, x + PAD_X + 2.0, y, Style::new(size, true, INK));
        }
        canvas.y = top + height + GAP;
    }
}

/// Numbers never wrap: their columns get the width of their widest figure. Text columns get at
/// least their longest word (so codes and numbers are not cut); the room left goes, by weight, to
/// the text columns that would still wrap, each up to the width of its longest text. When even
/// the least widths do not fit, every column is sized by weight.
fn column_edges(
    canvas: &Canvas<'_>,
    table: &Table,
    numeric: &[bool],
    texts: &[Vec<String>],
    size: f32,
) -> Vec<(f32, f32)> {
    let fonts = canvas.fonts;
    let pad = 2.0 * PAD_X + 1.0;
    let longest_word = |text: &str, bold: bool| {
        text.split(' ')
            .map(|w| fonts.width(w, bold, size))
            .fold(0.0_f32, f32::max)
    };
    let cells = |i: usize| texts.iter().filter_map(move |row| row.get(i));
    let mut widths: Vec<f32> = Vec::new();
    let mut desired: Vec<f32> = Vec::new();
    for (i, column) in table.columns.iter().enumerate() {
        let header = longest_word(&column.header, true);
        if numeric[i] {
            let widest = cells(i)
                .map(|t| fonts.width(t, true, size))
                .fold(header, f32::max);
            widths.push(widest + pad);
            desired.push(widest + pad);
        } else {
            // Measured bold: subtotal and total rows are set bold and must not break either.
            let word = cells(i)
                .map(|t| longest_word(t, true))
                .fold(header, f32::max);
            let line = cells(i)
                .map(|t| fonts.width(t, true, size))
                .fold(header, f32::max);
            widths.push(word + pad);
            desired.push(line + pad);
        }
    }
    let mut spare = canvas.content_width() - widths.iter().sum::<f32>();
    if spare < 0.0 {
        let all: f32 = table.columns.iter().map(|c| c.weight.max(0.1)).sum();
        widths = table
            .columns
            .iter()
            .map(|c| canvas.content_width() * c.weight.max(0.1) / all)
            .collect();
        spare = 0.0;
    }
    // Water-filling: hand out the spare room by weight to the columns still short of a line.
    while spare > 0.5 {
        let open: Vec<usize> = (0..widths.len())
            .filter(|&i| !numeric[i] && widths[i] + 0.01 < desired[i])
            .collect();
        if open.is_empty() {
            break;
        }
        let weight: f32 = open.iter().map(|&i| table.columns[i].weight.max(0.1)).sum();
        let mut given = 0.0;
        for &i in &open {
            let share = spare * table.columns[i].weight.max(0.1) / weight;
            let grant = share.min(desired[i] - widths[i]);
            widths[i] += grant;
            given += grant;
        }
        spare -= given;
        if given < 0.01 {
            break;
        }
    }
    // Whatever is left widens the text columns by weight, so the table spans the page.
    let text_weight: f32 = (0..widths.len())
        .filter(|&i| !numeric[i])
        .map(|i| table.columns[i].weight.max(0.1))
        .sum();
    if spare > 0.0 && text_weight > 0.0 {
        for i in (0..widths.len()).filter(|&i| !numeric[i]) {
            widths[i] += spare * table.columns[i].weight.max(0.1) / text_weight;
        }
    }
    let mut x = canvas.left;
    widths
        .into_iter()
        .map(|width| {
            let edge = (x, x + width);
            x += width;
            edge
        })
        .collect()
}

/// The lines of each cell of a row, and the row's height.
fn layout_row(
    canvas: &Canvas<'_>,
    cells: &[String],
    edges: &[(f32, f32)],
    style: Style,
) -> (Vec<Vec<String>>, f32) {
    let lines: Vec<Vec<String>> = cells
        .iter()
        .zip(edges)
        .map(|(text, (left, right))| {
            canvas
                .fonts
                .wrap(text, style.bold, style.size, right - left - 2.0 * PAD_X)
        })
        .collect();
    let count = lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32;
    (lines, count * style.size * LEADING + 2.0 * PAD_Y)
}

fn header_row(
    canvas: &mut Canvas<'_>,
    table: &Table,
    edges: &[(f32, f32)],
    numeric: &[bool],
    style: Style,
) {
    let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
    let (lines, height) = layout_row(canvas, &headers, edges, style);
    let top = canvas.y;
    canvas.fill(canvas.left, top, canvas.content_width(), height, SHADE);
    draw_cells(canvas, &lines, edges, numeric, top, style);
    canvas.y = top + height;
    canvas.rule(canvas.left, canvas.right, canvas.y, 0.8, MUTED);
}

fn draw_cells(
    canvas: &mut Canvas<'_>,
    lines: &[Vec<String>],
    edges: &[(f32, f32)],
    numeric: &[bool],
    top: f32,
    style: Style,
) {
    for ((cell, (left, right)), number) in lines.iter().zip(edges).zip(numeric) {
        let mut baseline = top + PAD_Y;
        for line in cell {
            baseline += style.size * LEADING;
            // Descenders sit inside the line: the baseline is a fifth above its bottom.
            let y = baseline - style.size * 0.25;
            if *number {
                canvas.text_right(line, right - PAD_X, y, style);
            } else {
                canvas.text(line, left + PAD_X, y, style);
            }
        }
    }
}

/// Tables this short are kept on one page, with their section's heading.
const SHORT_TABLE: usize = 6;

/// How a table's columns and header are laid out on this page width.
struct TableLayout {
    numeric: Vec<bool>,
    texts: Vec<Vec<String>>,
    edges: Vec<(f32, f32)>,
    body: Style,
    bold: Style,
    header: Style,
    header_height: f32,
}

impl TableLayout {
    fn new(canvas: &Canvas<'_>, table: &Table, locale: Locale) -> TableLayout {
        let size = if table.compact { 7.5 } else { 8.5 };
        let header = Style::new(size - 0.5, true, MUTED);
        // A column is right-aligned when its cells are numbers; one with words in it (a list
        // of fields and their values) reads from the left.
        let numeric: Vec<bool> = (0..table.columns.len())
            .map(|i| {
                let cells = || table.rows.iter().filter_map(|r| r.cells.get(i));
                cells().any(Cell::is_number) && !cells().any(|c| matches!(c, Cell::Text(_)))
            })
            .collect();
        let texts: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text(locale)).collect())
            .collect();
        let edges = column_edges(canvas, table, &numeric, &texts, size);
        let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
        let (_, header_height) = layout_row(canvas, &headers, &edges, header);
        TableLayout {
            numeric,
            texts,
            edges,
            body: Style::new(size, false, INK),
            bold: Style::new(size, true, INK),
            header,
            header_height,
        }
    }

    fn style(&self, row: RowStyle) -> Style {
        match row {
            RowStyle::Normal => self.body,
            RowStyle::Subtotal | RowStyle::Total => self.bold,
        }
    }

    /// The header and every row, when the table is short enough to be kept whole.
    fn short_height(&self, canvas: &Canvas<'_>, table: &Table) -> Option<f32> {
        (table.rows.len() <= SHORT_TABLE).then(|| {
            let rows: f32 = table
                .rows
                .iter()
                .zip(&self.texts)
                .map(|(row, cells)| layout_row(canvas, cells, &self.edges, self.style(row.style)).1)
                .sum();
            self.header_height + rows
        })
    }
}

/// What must fit below a section's heading for it not to end a page: a short table whole,
/// otherwise a few lines of whatever comes first.
fn lead_height(canvas: &Canvas<'_>, block: Option<&Block>, locale: Locale) -> f32 {
    const LINES: f32 = 40.0;
    match block {
        Some(Block::Table(table)) => TableLayout::new(canvas, table, locale)
            .short_height(canvas, table)
            .filter(|&h| h <= canvas.bottom - canvas.top - 40.0)
            .unwrap_or(LINES),
        _ => LINES,
    }
}

/// Draws `table`; its last row also needs `keep` points below it (for what must stay with it).
fn draw_table(canvas: &mut Canvas<'_>, table: &Table, locale: Locale, keep: f32) {
    let layout = TableLayout::new(canvas, table, locale);
    let TableLayout {
        numeric,
        texts,
        edges,
        header,
        header_height,
        ..
    } = &layout;
    let (header, header_height) = (*header, *header_height);
    let first = texts.first().map_or(0.0, |t| {
        let style = layout.style(table.rows[0].style);
        layout_row(canvas, t, edges, style).1
    });
    let whole = layout
        .short_height(canvas, table)
        .map(|h| h + keep)
        .filter(|&h| h <= canvas.bottom - canvas.top);
    if !canvas.fits(whole.unwrap_or(header_height + first)) {
        canvas.new_page();
    }
    header_row(canvas, table, edges, numeric, header);
    for (row, cells) in table.rows.iter().zip(texts) {
        let style = layout.style(row.style);
        let (lines, height) = layout_row(canvas, cells, edges, style);
        // A row never splits: it starts a new page, under the header row again.
        let last = std::ptr::eq(row, table.rows.last().unwrap_or(row));
        let needed = if last { height + keep } else { height };
        if !canvas.fits(needed) && canvas.y > canvas.top + header_height + 1.0 {
            canvas.new_page();
            header_row(canvas, table, edges, numeric, header);
        }
        let top = canvas.y;
        match row.style {
            RowStyle::Subtotal => {
                canvas.fill(canvas.left, top, canvas.content_width(), height, SHADE);
            }
            RowStyle::Total => canvas.rule(canvas.left, canvas.right, top, 0.9, INK),
            RowStyle::Normal => {}
        }
        draw_cells(canvas, &lines, edges, numeric, top, style);
        canvas.y = top + height;
        canvas.rule(canvas.left, canvas.right, canvas.y, 0.3, RULE);
    }
}

fn bar_chart(canvas: &mut Canvas<'_>, chart: &BarChart, locale: Locale) {
    const BAR: f32 = 7.0;
    const GAP: f32 = 2.0;
    let fonts = canvas.fonts;
    let label_width = canvas.content_width() * 0.28;
    let value_width = chart
        .groups
        .iter()
        .flat_map(|g| &g.values)
        .map(|v| fonts.width(&v.text(locale), false, 7.5))
        .fold(0.0_f32, f32::max);
    let bar_left = canvas.left + label_width + 6.0;
    let bar_room = (canvas.right - value_width - 6.0 - bar_left).max(10.0);
    let most = chart
        .groups
        .iter()
        .flat_map(|g| &g.values)
        .map(Cell::magnitude)
        .max()
        .unwrap_or(0)
        .max(1);

    // The legend: a swatch and the series' name each.
    if !canvas.fits(14.0) {
        canvas.new_page();
    }
    let mut x = bar_left;
    canvas.y += 9.0;
    for (i, name) in chart.series.iter().enumerate() {
        canvas.fill(x, canvas.y - 7.0, 8.0, 7.0, SERIES[i % SERIES.len()]);
        canvas.text(name, x + 11.0, canvas.y, SMALL);
        x += 11.0 + fonts.width(name, false, 7.5) + 14.0;
    }
    canvas.y += 6.0;

    for group in &chart.groups {
        let bars = group.values.len() as f32;
        let label = fonts.wrap(&group.label, false, 8.0, label_width);
        let height = (bars * (BAR + GAP)).max(label.len() as f32 * 8.0 * LEADING) + 6.0;
        if !canvas.fits(height) {
            canvas.new_page();
        }
        let top = canvas.y;
        let mut y = top;
        for line in &label {
            y += 8.0 * LEADING;
            canvas.text(line, canvas.left, y - 2.0, Style::new(8.0, false, INK));
        }
        for (i, value) in group.values.iter().enumerate() {
            let bar_top = top + i as f32 * (BAR + GAP);
            // Bar lengths are proportions of the largest value; f32 is exact enough to draw.
            let length = bar_room * (value.magnitude().max(0) as f32 / most as f32);
            canvas.fill(
                bar_left,
                bar_top,
                length.max(0.5),
                BAR,
                SERIES[i % SERIES.len()],
            );
            canvas.text(
                &value.text(locale),
                bar_left + length + 4.0,
                bar_top + BAR - 1.0,
                SMALL,
            );
        }
        canvas.y = top + height;
    }
}

/// The LAG's logo and name above every page, and the title, date of printing and page number
/// below.
fn frame_pages(
    canvas: &mut Canvas<'_>,
    report: &Report,
    texts: &Texts,
    logo: Option<&(XObjectId, (usize, usize))>,
) {
    let total = canvas.page_count();
    let printed = Cell::Date(report.printed_on.clone()).text(report.locale);
    let footer_left = texts.t_with(
        "report-footer",
        &[
            ("title", Arg::Text(report.title.clone())),
            ("date", Arg::Text(printed)),
        ],
    );
    for index in 0..total {
        canvas.on_page(index, |c| {
            let header_y = 13.0 * MM;
            let (mut name_x, mut name_y) = (c.left, header_y);
            if let Some((id, pixels)) = logo {
                let size = logo_size(*pixels);
                let top = header_y + 1.5 - size.1;
                c.image(id, *pixels, (c.left, top), size);
                // Beside the logo the name sits on its middle line.
                name_x += size.0 + 2.5 * MM;
                name_y = top + size.1 / 2.0 + 3.0;
            }
            c.text(
                &report.organisation,
                name_x,
                name_y,
                Style::new(8.0, true, MUTED),
            );
            c.rule(c.left, c.right, header_y + 3.0, 0.5, RULE);
            let footer_y = c.height - 11.0 * MM;
            c.rule(c.left, c.right, footer_y - 9.0, 0.5, RULE);
            let page = texts.t_with(
                "report-page",
                &[
                    (
                        "page",
                        Arg::Number(i64::try_from(index + 1).unwrap_or(i64::MAX)),
                    ),
                    (
                        "pages",
                        Arg::Number(i64::try_from(total).unwrap_or(i64::MAX)),
                    ),
                ],
            );
            let page_width = c.fonts.width(&page, false, 7.5);
            let room = c.content_width() - page_width - 12.0;
            let left = c.fonts.wrap(&footer_left, false, 7.5, room);
            c.text(
                left.first().map_or("", String::as_str),
                c.left,
                footer_y,
                SMALL,
            );
            c.text_right(&page, c.right, footer_y, SMALL);
        });
    }
}

/// The logo's printed size in points: 7 mm high, at most 40 mm wide, in its own proportions.
fn logo_size((width, height): (usize, usize)) -> (f32, f32) {
    let (max_w, max_h) = (40.0 * MM, 7.0 * MM);
    let ratio = width.max(1) as f32 / height.max(1) as f32;
    if max_h * ratio > max_w {
        (max_w, max_w / ratio)
    } else {
        (max_h * ratio, max_h)
    }
}
