//! Drawing on A4 pages in points from the top-left corner (PDF counts from the bottom): text in
//! the two embedded DejaVu faces, measured glyph by glyph so it can be wrapped and right-aligned;
//! filled rectangles, rules and placed images. Pages are plain lists of printpdf `Op`s until the document is
//! saved, so headers and footers ("page n of N") are added once the page count is known.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfFontHandle, Point, Pt, Rect, Rgb,
    TextItem, XObjectId, XObjectTransform,
};

use crate::model::Orientation;

pub const MM: f32 = 72.0 / 25.4;

/// Colours of the page: ink, secondary text, rules, fills.
pub const INK: (f32, f32, f32) = (0.11, 0.14, 0.18);
pub const MUTED: (f32, f32, f32) = (0.38, 0.42, 0.47);
pub const RULE: (f32, f32, f32) = (0.80, 0.83, 0.86);
pub const SHADE: (f32, f32, f32) = (0.93, 0.95, 0.96);
pub const ACCENT: (f32, f32, f32) = (0.12, 0.37, 0.48);

pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    regular_id: FontId,
    bold_id: FontId,
}

impl Fonts {
    pub fn new(
        regular: ParsedFont,
        bold: ParsedFont,
        regular_id: FontId,
        bold_id: FontId,
    ) -> Fonts {
        Fonts {
            regular,
            bold,
            regular_id,
            bold_id,
        }
    }

    fn face(&self, bold: bool) -> &ParsedFont {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// The width of `text` set at `size` points.
    pub fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let face = self.face(bold);
        let units = f32::from(face.pdf_font_metrics.units_per_em.max(1));
        let advance: u32 = text
            .chars()
            .map(|c| {
                face.lookup_glyph_index(u32::from(c))
                    .map_or(0, |g| u32::from(face.get_horizontal_advance(g)))
            })
            .sum();
        // Font units are small integers; f32 holds them exactly.
        advance as f32 / units * size
    }

    /// `text` broken into lines no wider than `width`; a word longer than a line is cut.
    pub fn wrap(&self, text: &str, bold: bool, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, bold, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    let mut longer = line.clone();
                    longer.push(c);
                    if !line.is_empty() && self.width(&longer, bold, size) > width {
                        lines.push(std::mem::take(&mut line));
                    }
                    line.push(c);
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Where and how a piece of text is set.
#[derive(Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: (f32, f32, f32),
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: (f32, f32, f32)) -> Style {
        Style { size, bold, color }
    }
}

pub struct Canvas<'f> {
    pub fonts: &'f Fonts,
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    /// Distance from the top of the page to where the next block starts.
    pub y: f32,
    pages: Vec<Vec<Op>>,
    /// The page drawing goes to.
    page: usize,
}

impl<'f> Canvas<'f> {
    pub fn new(fonts: &'f Fonts, orientation: Orientation) -> Canvas<'f> {
        let (width, height) = match orientation {
            Orientation::Portrait => (210.0 * MM, 297.0 * MM),
            Orientation::Landscape => (297.0 * MM, 210.0 * MM),
        };
        let top = 22.0 * MM;
        Canvas {
            fonts,
            width,
            height,
            left: 18.0 * MM,
            right: width - 18.0 * MM,
            top,
            bottom: height - 20.0 * MM,
            y: top,
            pages: vec![Vec::new()],
            page: 0,
        }
    }

    pub fn content_width(&self) -> f32 {
        self.right - self.left
    }

    /// Whether `height` more points fit on this page.
    pub fn fits(&self, height: f32) -> bool {
        self.y + height <= self.bottom
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.page = self.pages.len() - 1;
        self.y = self.top;
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.page >= self.pages.len() {
            self.pages.resize_with(self.page + 1, Vec::new);
        }
        &mut self.pages[self.page]
    }

    /// Sets `text` with its baseline at `baseline` points from the top.
    pub fn text(&mut self, text: &str, x: f32, baseline: f32, style: Style) {
        if text.is_empty() {
            return;
        }
        let font = if style.bold {
            self.fonts.bold_id.clone()
        } else {
            self.fonts.regular_id.clone()
        };
        let y = self.height - baseline;
        let ops = self.ops();
        ops.push(Op::SetFillColor {
            col: rgb(style.color),
        });
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(style.size),
        });
        ops.push(Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        });
        ops.push(Op::EndTextSection);
    }

    /// Sets `text` so that it ends at `x`.
    pub fn text_right(&mut self, text: &str, x: f32, baseline: f32, style: Style) {
        let width = self.fonts.width(text, style.bold, style.size);
        self.text(text, x - width, baseline, style);
    }

    /// A filled rectangle whose top-left corner is `top` points from the top of the page.
    pub fn fill(&mut self, x: f32, top: f32, width: f32, height: f32, color: (f32, f32, f32)) {
        let y = self.height - top - height;
        let ops = self.ops();
        ops.push(Op::SetFillColor { col: rgb(color) });
        let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(width), Pt(height));
        rectangle.mode = Some(PaintMode::Fill);
        ops.push(Op::DrawRectangle { rectangle });
    }

    /// A horizontal rule `top` points from the top of the page.
    pub fn rule(&mut self, x1: f32, x2: f32, top: f32, thickness: f32, color: (f32, f32, f32)) {
        let y = self.height - top;
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: rgb(color) });
        ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point {
                            x: Pt(x1),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: Pt(x2),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// An image of `pixels` (width, height) scaled to `width` × `height` points, its top-left
    /// corner `top` points from the top of the page.
    pub fn image(
        &mut self,
        id: &XObjectId,
        pixels: (usize, usize),
        at: (f32, f32),
        size: (f32, f32),
    ) {
        let ((x, top), (width, height)) = (at, size);
        let y = self.height - top - height;
        // At 72 dpi one pixel is one point, so the scale is simply points per pixel.
        let transform = XObjectTransform {
            translate_x: Some(Pt(x)),
            translate_y: Some(Pt(y)),
            scale_x: Some(width / pixels.0.max(1) as f32),
            scale_y: Some(height / pixels.1.max(1) as f32),
            dpi: Some(72.0),
            ..XObjectTransform::default()
        };
        self.ops().push(Op::UseXobject {
            id: id.clone(),
            transform,
        });
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Draws on page `index` (for headers and footers, once every page exists).
    pub fn on_page(&mut self, index: usize, draw: impl FnOnce(&mut Canvas<'f>)) {
        let current = self.page;
        self.page = index;
        draw(self);
        self.page = current;
    }

    pub fn into_pages(self) -> Vec<Vec<Op>> {
        self.pages
    }
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}
