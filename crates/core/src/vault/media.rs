//! What the vault admits: photos and scans (JPEG, PNG, WebP) and PDFs up to [`MAX_FILE_BYTES`],
//! recognised by their content, not their name, and read in full before anything is stored, so
//! a file that would not open later is refused now with a reason the user understands.

use crate::{Error, Result};
use image::{DynamicImage, ImageDecoder, ImageReader};
use std::io::Cursor;

/// The largest file the vault takes: a multi-page scan or a phone photo fits; a video does not.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Longest side of a thumbnail, in pixels (sharp at twice the size the plan shows it).
pub const THUMBNAIL_PX: u32 = 240;
/// Pictures larger than this on a side are refused rather than decoded (decompression bombs).
const MAX_IMAGE_SIDE: u32 = 16_000;

/// The kinds of file the vault keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum MediaType {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/webp")]
    Webp,
    #[serde(rename = "application/pdf")]
    Pdf,
}

impl MediaType {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
            MediaType::Webp => "image/webp",
            MediaType::Pdf => "application/pdf",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Jpeg, Self::Png, Self::Webp, Self::Pdf]
            .into_iter()
            .find(|m| m.as_str() == s)
    }

    /// The file name extension a viewer expects.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
            MediaType::Webp => "webp",
            MediaType::Pdf => "pdf",
        }
    }

    /// The kind of `bytes` by their first bytes, whatever the file is called.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Self::Webp)
        } else if bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
        {
            Some(Self::Pdf)
        } else {
            None
        }
    }

    fn image_format(self) -> Option<image::ImageFormat> {
        match self {
            MediaType::Jpeg => Some(image::ImageFormat::Jpeg),
            MediaType::Png => Some(image::ImageFormat::Png),
            MediaType::Webp => Some(image::ImageFormat::WebP),
            MediaType::Pdf => None,
        }
    }
}

/// A file that passed: its kind, its size in pixels or pages, and a thumbnail for pictures.
#[derive(Debug, Clone)]
pub struct Inspected {
    pub media_type: MediaType,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub pages: Option<u32>,
    /// A small JPEG, upright (the photo's orientation applied).
    pub thumbnail: Option<Vec<u8>>,
}

/// Checks a file the user chose; refuses with a translated reason what the vault cannot keep.
pub fn inspect(bytes: &[u8]) -> Result<Inspected> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::invalid(
            "error-vault-too-large",
            &[
                ("size", megabytes(bytes.len())),
                ("limit", megabytes(MAX_FILE_BYTES)),
            ],
        ));
    }
    let Some(media_type) = MediaType::sniff(bytes) else {
        return Err(Error::invalid("error-vault-type", &[]));
    };
    if media_type == MediaType::Pdf {
        let pages = pdf_pages(bytes)?;
        return Ok(Inspected {
            media_type,
            width: None,
            height: None,
            pages: Some(pages),
            thumbnail: None,
        });
    }
    // Decoders fill in a cut picture with grey rather than fail; a cut file is refused here.
    let complete = match media_type {
        MediaType::Jpeg => jpeg_is_complete(bytes),
        MediaType::Webp => riff_is_complete(bytes),
        MediaType::Png | MediaType::Pdf => true,
    };
    if !complete {
        return Err(corrupt());
    }
    let image = decode_upright(bytes, media_type)?;
    Ok(Inspected {
        media_type,
        width: Some(image.width()),
        height: Some(image.height()),
        pages: None,
        thumbnail: Some(jpeg(&image.thumbnail(THUMBNAIL_PX, THUMBNAIL_PX), 80)?),
    })
}

/// Whether a JPEG reaches its end-of-image marker: the segments are walked by their lengths
/// and the compressed data (where a 0xFF byte is always escaped) searched for the next marker,
/// so a thumbnail's own end marker inside the metadata does not count and data a camera
/// appends after the picture does not matter.
fn jpeg_is_complete(b: &[u8]) -> bool {
    let mut i = 2;
    loop {
        if b.get(i) != Some(&0xFF) {
            return false;
        }
        while b.get(i + 1) == Some(&0xFF) {
            i += 1;
        }
        let Some(&marker) = b.get(i + 1) else {
            return false;
        };
        i += 2;
        match marker {
            0xD9 => return true,
            0xD0..=0xD7 | 0x01 => continue,
            _ => {}
        }
        let Some(len) = b
            .get(i..i + 2)
            .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
        else {
            return false;
        };
        if len < 2 || i + len > b.len() {
            return false;
        }
        i += len;
        if marker == 0xDA {
            // Compressed data up to the next marker that is not an escaped byte or a restart.
            loop {
                let Some(at) = b[i..].iter().position(|&x| x == 0xFF) else {
                    return false;
                };
                let j = i + at;
                match b.get(j + 1) {
                    None => return false,
                    Some(0x00 | 0xD0..=0xD7 | 0xFF) => i = j + 1,
                    Some(_) => {
                        i = j;
                        break;
                    }
                }
            }
        }
    }
}

/// Whether a RIFF (WebP) file is as long as its header says.
fn riff_is_complete(b: &[u8]) -> bool {
    b.get(4..8)
        .map(|l| u32::from_le_bytes([l[0], l[1], l[2], l[3]]) as usize)
        .is_some_and(|size| b.len() >= size.saturating_add(8))
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

fn corrupt() -> Error {
    Error::invalid("error-vault-corrupt", &[])
}

/// The page count of a PDF that opens; a damaged or password-protected one is refused.
pub fn pdf_pages(bytes: &[u8]) -> Result<u32> {
    let pdf = krilla::pdf::Pdf::new(bytes.to_vec()).map_err(|_| corrupt())?;
    match pdf.pages().len() {
        0 => Err(corrupt()),
        n => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
    }
}

/// Decodes a picture in full (a cut or damaged file fails here, not when opened later) and
/// turns it upright the way the camera recorded it.
pub fn decode_upright(bytes: &[u8], media_type: MediaType) -> Result<DynamicImage> {
    let format = media_type.image_format().ok_or_else(corrupt)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| corrupt())?;
    let orientation = decoder.orientation().map_err(|_| corrupt())?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| corrupt())?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// The picture as a JPEG of the given quality.
pub fn jpeg(image: &DynamicImage, quality: u8) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    image
        .to_rgb8()
        .write_with_encoder(encoder)
        .map_err(|_| corrupt())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img =
            DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30])));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    fn kind(e: Error) -> &'static str {
        match e {
            Error::Invalid { message_id, .. } => message_id,
            other => panic!("not a user error: {other:?}"),
        }
    }

    #[test]
    fn pictures_are_read_in_full_and_get_an_upright_thumbnail() {
        let found = inspect(&png(1200, 800)).unwrap();
        assert_eq!(found.media_type, MediaType::Png);
        assert_eq!((found.width, found.height), (Some(1200), Some(800)));
        let thumb = image::load_from_memory(&found.thumbnail.unwrap()).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (240, 160));
    }

    #[test]
    fn a_cut_photo_is_told_from_a_whole_one() {
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_fn(400, 300, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        }));
        let mut whole = Vec::new();
        img.write_to(&mut Cursor::new(&mut whole), image::ImageFormat::Jpeg)
            .unwrap();
        assert!(jpeg_is_complete(&whole));
        // What a camera appends after the picture does not matter.
        let mut trailer = whole.clone();
        trailer.extend_from_slice(b"\0\0ftypmp42 motion photo");
        assert!(jpeg_is_complete(&trailer));
        for cut in [whole.len() - 2, whole.len() / 2, 20, 3] {
            assert!(!jpeg_is_complete(&whole[..cut]), "cut at {cut}");
        }
    }

    #[test]
    fn what_the_vault_cannot_keep_is_refused_with_its_reason() {
        assert_eq!(
            kind(inspect(b"hello, I am a text file").unwrap_err()),
            "error-vault-type"
        );
        assert_eq!(kind(inspect(b"").unwrap_err()), "error-vault-type");
        let mut cut = png(300, 300);
        cut.truncate(cut.len() / 2);
        assert_eq!(kind(inspect(&cut).unwrap_err()), "error-vault-corrupt");
        assert_eq!(
            kind(inspect(b"%PDF-1.7\nthis is not really a PDF").unwrap_err()),
            "error-vault-corrupt"
        );
        let mut big = png(10, 10);
        big.resize(MAX_FILE_BYTES + 1, 0);
        match inspect(&big).unwrap_err() {
            Error::Invalid { message_id, args } => {
                assert_eq!(message_id, "error-vault-too-large");
                assert_eq!(
                    args,
                    vec![("size", "20.0".into()), ("limit", "20.0".into())]
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
