//! Decoding the LAG's logo for the page header. The domain only checks that the bytes look like a
//! PNG or JPEG; whether they decode is known here, so the window checks a new logo with
//! [`check_logo`] before saving it and a broken file never reaches a report.

use lagdesk_domain::{FieldProblem, Invalid, Logo};
use printpdf::RawImage;

use crate::ReportError;

/// The logo's pixels, ready to embed.
pub(crate) fn decode(logo: &Logo) -> Result<RawImage, ReportError> {
    let mut warnings = Vec::new();
    RawImage::decode_from_bytes(logo.bytes(), &mut warnings).map_err(ReportError::Logo)
}

/// Refuses a logo that cannot be decoded, naming the `logo` field.
pub fn check_logo(logo: &Logo) -> Result<(), Invalid> {
    match decode(logo) {
        Ok(image) if image.width > 0 && image.height > 0 => Ok(()),
        _ => Err(Invalid(vec![FieldProblem::new(
            "logo",
            "logo-unreadable",
            "the image is damaged or in a form that cannot be printed",
        )])),
    }
}
