//! Lines of text for the PDF: measured with the shaper krilla draws with (rustybuzz), broken
//! at spaces to fit a width, and split into runs of one direction in visual order (Unicode
//! bidi), so an Arabic or Persian line with a Latin name or a date in it reads correctly.
//! Each run is set in the first of the fonts that has all its characters.

use krilla::text::Font;
use unicode_bidi::{BidiInfo, Level};

/// The fonts a document is set in, the first preferred.
#[derive(Clone)]
pub struct Fonts {
    fonts: Vec<(Font, FontData)>,
}

#[derive(Clone)]
struct FontData(std::sync::Arc<Vec<u8>>);

/// A run of one direction, in one font, ready to draw.
#[derive(Clone)]
pub struct Run {
    pub text: String,
    pub rtl: bool,
    pub font: Font,
    /// Width at the line's size, in points.
    pub width: f32,
}

/// One line: its runs in visual order, left to right, and their total width.
#[derive(Clone)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

impl Fonts {
    /// The usable fonts among `files` (TrueType/OpenType data); `None` if none is.
    pub fn new(files: Vec<Vec<u8>>) -> Option<Self> {
        let fonts: Vec<_> = files
            .into_iter()
            .filter_map(|data| {
                let data = std::sync::Arc::new(data);
                rustybuzz::Face::from_slice(&data, 0)?;
                let font = Font::new(krilla::Data::from(data.clone()), 0)?;
                Some((font, FontData(data)))
            })
            .collect();
        (!fonts.is_empty()).then_some(Self { fonts })
    }

    /// The first font with a glyph for every character of `text` (else the first font).
    fn font_for(&self, text: &str) -> &(Font, FontData) {
        self.fonts
            .iter()
            .find(|(_, data)| {
                rustybuzz::Face::from_slice(&data.0, 0).is_some_and(|face| {
                    text.chars()
                        .filter(|c| !c.is_whitespace() && !c.is_control())
                        .all(|c| face.glyph_index(c).is_some())
                })
            })
            .unwrap_or(&self.fonts[0])
    }

    /// Width of `text` set in one direction at `size` points.
    fn measure(&self, data: &FontData, text: &str, rtl: bool, size: f32) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(&data.0, 0) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / face.units_per_em() as f32
    }

    /// Breaks a paragraph into lines no wider than `max_width`, in a document whose base
    /// direction is right to left when `rtl`.
    pub fn lines(&self, paragraph: &str, size: f32, max_width: f32, rtl: bool) -> Vec<Line> {
        let text = paragraph.replace(['\n', '\r', '\t'], " ");
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(&text, Some(base));
        let Some(para) = bidi.paragraphs.first() else {
            return Vec::new();
        };
        // Greedy breaks at spaces, measured on the logical text (a run's width does not depend
        // on where it is drawn).
        let mut lines = Vec::new();
        let mut start = 0;
        let mut last_fit = None;
        let mut pos = 0;
        let boundaries: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| *c == ' ')
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        while pos < boundaries.len() {
            let end = boundaries[pos];
            let candidate = &text[start..end];
            if self.width_of(candidate.trim(), size) <= max_width || last_fit.is_none() {
                last_fit = Some(end);
                pos += 1;
                continue;
            }
            let fit = last_fit.take().unwrap_or(end);
            lines.push(start..fit);
            start = (fit + 1).min(text.len());
        }
        if start < text.len() {
            lines.push(start..text.len());
        }
        lines
            .into_iter()
            .filter(|range| !text[range.clone()].trim().is_empty())
            .map(|range| {
                let (levels, runs) = bidi.visual_runs(para, range);
                let runs: Vec<Run> = runs
                    .into_iter()
                    .filter_map(|run| {
                        let rtl = levels[run.start].is_rtl();
                        let piece = text[run].to_owned();
                        if piece.is_empty() {
                            return None;
                        }
                        let (font, data) = self.font_for(&piece);
                        let width = self.measure(data, &piece, rtl, size);
                        Some(Run {
                            text: piece,
                            rtl,
                            font: font.clone(),
                            width,
                        })
                    })
                    .collect();
                let width = runs.iter().map(|r| r.width).sum();
                Line { runs, width }
            })
            .collect()
    }

    fn width_of(&self, text: &str, size: f32) -> f32 {
        let (_, data) = self.font_for(text);
        let rtl = unicode_bidi::BidiInfo::new(text, None)
            .paragraphs
            .first()
            .is_some_and(|p| p.level.is_rtl());
        self.measure(data, text, rtl, size)
    }
}

/// The fonts found on this system for documents in `locale`: broad-coverage sans fonts first
/// (DejaVu Sans has Latin, Cyrillic, Arabic and Persian), then what fontconfig picks for the
/// language. The app's Linux packages depend on DejaVu.
pub fn system_fonts(locale: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<std::path::PathBuf> = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
        "C:\\Windows\\Fonts\\arial.ttf",
        "C:\\Windows\\Fonts\\segoeui.ttf",
    ]
    .iter()
    .map(std::path::PathBuf::from)
    .collect();
    let language = locale.split(['-', '_']).next().unwrap_or("en");
    if let Ok(out) = std::process::Command::new("fc-match")
        .args(["-f", "%{file}", &format!("sans-serif:lang={language}")])
        .output()
    {
        if out.status.success() {
            paths.push(String::from_utf8_lossy(&out.stdout).trim().into());
        }
    }
    let mut seen = std::collections::HashSet::new();
    paths
        .into_iter()
        .filter(|p| seen.insert(p.clone()))
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ttf") || e.eq_ignore_ascii_case("otf"))
        })
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}
