//! The LAG's logo, printed in the header of every report. Kept as the image file's bytes in the
//! database so a backup carries it; only PNG and JPEG are taken, because those are what a
//! coordinator has and what the PDF renderer decodes.

use crate::problem::{FieldProblem, Invalid};

/// Large enough for any logo worth printing 1 cm high; small enough not to bloat every PDF.
pub const LOGO_MAX_BYTES: usize = 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo(Vec<u8>);

impl Logo {
    /// The image, if the bytes start like a PNG or JPEG file and are not too large. Whether the
    /// rest decodes is for the renderer to tell (`lagdesk_report::check_logo`).
    pub fn new(bytes: Vec<u8>) -> Result<Logo, Invalid> {
        let problem = if bytes.is_empty() {
            Some(FieldProblem::new("logo", "logo-empty", "the file is empty"))
        } else if bytes.len() > LOGO_MAX_BYTES {
            Some(
                FieldProblem::new("logo", "logo-too-large", "is larger than 1 MB")
                    .arg("max", "1 MB"),
            )
        } else if Self::media_type_of(&bytes).is_none() {
            Some(FieldProblem::new(
                "logo",
                "logo-not-image",
                "is not a PNG or JPEG image",
            ))
        } else {
            None
        };
        match problem {
            Some(problem) => Err(Invalid(vec![problem])),
            None => Ok(Logo(bytes)),
        }
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// `image/png` or `image/jpeg`, for showing the logo in the window.
    pub fn media_type(&self) -> &'static str {
        Self::media_type_of(&self.0).unwrap_or("image/png")
    }

    fn media_type_of(bytes: &[u8]) -> Option<&'static str> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some("image/png")
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some("image/jpeg")
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(bytes: Vec<u8>) -> String {
        Logo::new(bytes).map_or_else(|e| e.0[0].code.clone(), |_| "ok".into())
    }

    #[test]
    fn takes_png_and_jpeg_only() {
        assert_eq!(code(b"\x89PNG\r\n\x1a\nrest".to_vec()), "ok");
        assert_eq!(code(vec![0xFF, 0xD8, 0xFF, 0xE0, 0]), "ok");
        assert_eq!(code(b"GIF89a....".to_vec()), "logo-not-image");
        assert_eq!(code(b"%PDF-1.7".to_vec()), "logo-not-image");
        assert_eq!(code(Vec::new()), "logo-empty");
        let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
        big.resize(LOGO_MAX_BYTES + 1, 0);
        assert_eq!(code(big), "logo-too-large");
    }
}
