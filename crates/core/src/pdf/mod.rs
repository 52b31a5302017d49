//! A small PDF writer over krilla for the app's printable documents: A4 pages of headings and
//! wrapped paragraphs in the reader's direction, pictures and pages of other PDFs fitted to the
//! page. The layout is computed first (pages of [`Op`]s) and drawn in one pass.

pub mod text;

use crate::{Error, Result};
use krilla::geom::{PathBuilder, Point, Size};
use krilla::page::PageSettings;
use krilla::text::TextDirection;
use text::{Fonts, Line};

/// A4 in points.
const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 50.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;

/// Something to draw on a page.
enum Op {
    Line {
        line: Line,
        x: f32,
        y: f32,
        size: f32,
        grey: bool,
    },
    Rule {
        y: f32,
    },
    Image {
        image: krilla::image::Image,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
    PdfPage {
        pdf: krilla::pdf::PdfDocument,
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// Text styles of the documents.
#[derive(Clone, Copy)]
pub enum Style {
    Title,
    Heading,
    Body,
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 18.0,
            Style::Heading => 13.0,
            Style::Body => 10.5,
            Style::Small => 8.5,
        }
    }
}

/// A document being laid out, top to bottom.
pub struct Layout {
    fonts: Fonts,
    rtl: bool,
    pages: Vec<Vec<Op>>,
    /// Baseline position of the next line on the current page.
    y: f32,
}

impl Layout {
    /// A new document set in `fonts`; `rtl` for right-to-left languages.
    pub fn new(fonts: Vec<Vec<u8>>, rtl: bool) -> Result<Self> {
        let fonts = Fonts::new(fonts).ok_or_else(|| Error::invalid("error-pdf-no-font", &[]))?;
        Ok(Self {
            fonts,
            rtl,
            pages: vec![Vec::new()],
            y: MARGIN,
        })
    }

    fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a layout always has a page")
    }

    /// Starts a new page (unless the current one is still empty).
    pub fn new_page(&mut self) {
        if !self.page().is_empty() {
            self.pages.push(Vec::new());
        }
        self.y = MARGIN;
    }

    /// Space left on the current page below the next line.
    fn room(&self) -> f32 {
        PAGE_H - MARGIN - self.y
    }

    /// A paragraph in a style, wrapped to the text width, indented by `indent` points from the
    /// start side (left, or right in a right-to-left document).
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        self.paragraph_in(text, style, indent, false);
    }

    /// A paragraph in grey (secondary information).
    pub fn note(&mut self, text: &str, indent: f32) {
        self.paragraph_in(text, Style::Small, indent, true);
    }

    fn paragraph_in(&mut self, text: &str, style: Style, indent: f32, grey: bool) {
        let size = style.size();
        let leading = size * 1.35;
        for line in self.fonts.lines(text, size, CONTENT_W - indent, self.rtl) {
            if self.room() < leading {
                self.new_page();
            }
            self.y += size;
            let x = if self.rtl {
                PAGE_W - MARGIN - indent - line.width
            } else {
                MARGIN + indent
            };
            let y = self.y;
            self.page().push(Op::Line {
                line,
                x,
                y,
                size,
                grey,
            });
            self.y += leading - size;
        }
        self.y += size * 0.35;
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// A thin line across the text width.
    pub fn rule(&mut self) {
        let y = self.y;
        self.page().push(Op::Rule { y });
        self.y += 8.0;
    }

    /// Whether `points` of height still fit on this page.
    pub fn fits(&self, points: f32) -> bool {
        self.room() >= points
    }

    /// A picture, as large as fits below the current position (a new page if under a third of
    /// one is left), never enlarged beyond 1 pt per pixel at 150 dpi.
    pub fn image(&mut self, jpeg: Vec<u8>, width_px: u32, height_px: u32) -> Result<()> {
        let image = krilla::image::Image::from_jpeg(jpeg.into(), true)
            .map_err(|_| Error::invalid("error-vault-corrupt", &[]))?;
        if self.room() < PAGE_H / 3.0 {
            self.new_page();
        }
        let natural = (
            width_px as f32 * 72.0 / 150.0,
            height_px as f32 * 72.0 / 150.0,
        );
        let (x, y, w, h) = self.fit(natural);
        self.page().push(Op::Image { image, x, y, w, h });
        self.y += h + 10.0;
        Ok(())
    }

    /// Every page of a PDF, each fitted to the space below the current position or a new page.
    pub fn pdf_pages(&mut self, bytes: Vec<u8>) -> Result<()> {
        let parsed =
            krilla::pdf::Pdf::new(bytes).map_err(|_| Error::invalid("error-vault-corrupt", &[]))?;
        let sizes: Vec<(f32, f32)> = parsed
            .pages()
            .iter()
            .map(|p| p.render_dimensions())
            .collect();
        let pdf = krilla::pdf::PdfDocument::new(std::sync::Arc::new(parsed));
        for (index, natural) in sizes.into_iter().enumerate() {
            if index > 0 || self.room() < PAGE_H / 3.0 {
                self.new_page();
            }
            let (x, y, w, h) = self.fit(natural);
            let pdf = pdf.clone();
            self.page().push(Op::PdfPage {
                pdf,
                index,
                x,
                y,
                w,
                h,
            });
            self.y += h + 10.0;
        }
        Ok(())
    }

    /// Position and size of something of `natural` size scaled to fit the space left, centred.
    fn fit(&self, (nw, nh): (f32, f32)) -> (f32, f32, f32, f32) {
        let scale = (CONTENT_W / nw).min(self.room() / nh).clamp(0.01, 1.0);
        let (w, h) = (nw * scale, nh * scale);
        (MARGIN + (CONTENT_W - w) / 2.0, self.y, w, h)
    }

    /// The finished PDF, with its title and language in the metadata.
    pub fn finish(self, title: &str, language: &str) -> Result<Vec<u8>> {
        let configuration = krilla::configure::ConfigurationBuilder::new()
            .with_version(krilla::configure::PdfVersion::Pdf20)
            .finish()
            .map_err(|e| Error::Io(std::io::Error::other(format!("{e:?}"))))?;
        let mut document = krilla::Document::new_with(krilla::SerializeSettings {
            configuration,
            ..krilla::SerializeSettings::default()
        });
        document.set_metadata(
            krilla::metadata::Metadata::new()
                .title(title.to_owned())
                .language(language.to_owned())
                .creator("welcome.RUHR Companion".to_owned()),
        );
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).expect("A4 is a valid page size");
        for ops in self.pages {
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for op in ops {
                draw(&mut surface, op);
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|e| {
            Error::Io(std::io::Error::other(format!(
                "the PDF could not be written: {e:?}"
            )))
        })
    }
}

fn draw(surface: &mut krilla::surface::Surface<'_>, op: Op) {
    use krilla::color::rgb;
    use krilla::paint::{Fill, Stroke};
    match op {
        Op::Line {
            line,
            x,
            y,
            size,
            grey,
        } => {
            surface.set_fill(Some(Fill {
                paint: if grey {
                    rgb::Color::new(90, 90, 90)
                } else {
                    rgb::Color::new(17, 17, 17)
                }
                .into(),
                ..Fill::default()
            }));
            let mut cursor = x;
            for run in line.runs {
                let direction = if run.rtl {
                    TextDirection::RightToLeft
                } else {
                    TextDirection::LeftToRight
                };
                surface.draw_text(
                    Point::from_xy(cursor, y),
                    run.font,
                    size,
                    &run.text,
                    false,
                    direction,
                );
                cursor += run.width;
            }
        }
        Op::Rule { y } => {
            let mut path = PathBuilder::new();
            path.move_to(MARGIN, y);
            path.line_to(PAGE_W - MARGIN, y);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(160, 160, 160).into(),
                    width: 0.6,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Image { image, x, y, w, h } => {
            surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
            if let Some(size) = Size::from_wh(w, h) {
                surface.draw_image(image, size);
            }
            surface.pop();
        }
        Op::PdfPage {
            pdf,
            index,
            x,
            y,
            w,
            h,
        } => {
            surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
            if let Some(size) = Size::from_wh(w, h) {
                surface.draw_pdf_page(&pdf, size, index);
            }
            surface.pop();
        }
    }
}
