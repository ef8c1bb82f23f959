//! Guessing how a file is written from what is in it: its encoding, its delimiter, and how its
//! amounts and dates are written. Each guess is only the first step's suggestion; the user sees
//! it and can change it.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use lagdesk_domain::{DateFormat, Delimiter, NumberFormat, TextEncoding};

/// A byte-order mark decides; otherwise text that is valid UTF-8 is UTF-8, and anything else is
/// taken for Windows-1257, the code page Excel uses for "CSV" in the Baltic states.
pub fn encoding(bytes: &[u8]) -> TextEncoding {
    match Encoding::for_bom(bytes) {
        Some((e, _)) if e == UTF_8 => TextEncoding::Utf8,
        Some((e, _)) if e == UTF_16LE || e == UTF_16BE => TextEncoding::Utf16,
        _ if std::str::from_utf8(bytes).is_ok() => TextEncoding::Utf8,
        _ => TextEncoding::Windows1257,
    }
}

/// The delimiter that splits the header line into the most columns, outside quotes.
pub fn delimiter(text: &str) -> Delimiter {
    let header = text.lines().next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if quoted {
            continue;
        }
        for (i, d) in Delimiter::ALL.iter().enumerate() {
            if c == char::from(d.byte()) {
                counts[i] += 1;
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    Delimiter::ALL[best]
}

/// The number format most cells agree with; Lithuanian and Latvian `1 234,56` when none says.
pub fn number_format(rows: &[Vec<String>]) -> NumberFormat {
    let formats = [
        NumberFormat::SpaceComma,
        NumberFormat::DotComma,
        NumberFormat::CommaDot,
    ];
    let mut votes = [0usize; 3];
    for cell in rows.iter().flatten() {
        if let Some(shape) = number_shape(cell.trim()) {
            if let Some(i) = formats.iter().position(|f| *f == shape) {
                votes[i] += 1;
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (votes[i], 3 - i)).unwrap_or(0);
    formats[best]
}

/// The format a cell's number is unmistakably written in, if it is a number with a decimal
/// mark or a thousands separator. `1,234` and `1.234` say nothing: either format reads them.
fn number_shape(cell: &str) -> Option<NumberFormat> {
    let body = cell.strip_prefix('-').unwrap_or(cell);
    if body.is_empty()
        || !body.starts_with(|c: char| c.is_ascii_digit())
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
    {
        return None;
    }
    let last_mark = body.rfind([',', '.'])?;
    let decimals = body.len() - last_mark - 1;
    let mark = body[last_mark..].chars().next()?;
    let grouping = &body[..last_mark];
    match (mark, decimals) {
        (',', 1 | 2) if grouping.contains('.') => Some(NumberFormat::DotComma),
        (',', 1 | 2) => Some(NumberFormat::SpaceComma),
        ('.', 1 | 2) => Some(NumberFormat::CommaDot),
        _ => None,
    }
}

/// The date format most cells parse in; ISO when none does. `05/06/2024` fits both slash
/// formats, so day-first wins unless a cell such as `05/31/2024` says otherwise.
pub fn date_format(rows: &[Vec<String>]) -> DateFormat {
    let mut votes = [0usize; 5];
    for cell in rows.iter().flatten() {
        let cell = cell.trim();
        if cell.len() < 8 || !cell.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        for (i, format) in DateFormat::ALL.iter().enumerate() {
            if format.parse_strict(cell).is_some() {
                votes[i] += 1;
            }
        }
    }
    let best = (0..5).max_by_key(|&i| (votes[i], 5 - i)).unwrap_or(0);
    DateFormat::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&str]) -> Vec<Vec<String>> {
        vec![cells.iter().map(|c| (*c).to_owned()).collect()]
    }

    #[test]
    fn picks_the_delimiter_of_the_header() {
        assert_eq!(delimiter("a;b;c"), Delimiter::Semicolon);
        assert_eq!(delimiter("a,b,c"), Delimiter::Comma);
        assert_eq!(delimiter("a\tb"), Delimiter::Tab);
        assert_eq!(delimiter("\"a,b\";c\n1,2,3,4"), Delimiter::Semicolon);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_windows_1257() {
        assert_eq!(encoding("Šiauliai".as_bytes()), TextEncoding::Utf8);
        assert_eq!(encoding(b"\xEF\xBB\xBFa;b"), TextEncoding::Utf8);
        assert_eq!(encoding(b"\xFF\xFEa\0"), TextEncoding::Utf16);
        // "Šiauliai" in Windows-1257.
        assert_eq!(encoding(b"\xD0iauliai"), TextEncoding::Windows1257);
    }

    #[test]
    fn amounts_tell_their_format() {
        use NumberFormat::*;
        assert_eq!(number_format(&rows(&["1 234,56", "12,5", "x"])), SpaceComma);
        assert_eq!(number_format(&rows(&["1.234,56", "2.000,00"])), DotComma);
        assert_eq!(number_format(&rows(&["1,234.56", "1240000.00"])), CommaDot);
        assert_eq!(
            number_format(&rows(&["1,234", "2024-05-31", "31.05.2024"])),
            SpaceComma
        );
    }

    #[test]
    fn dates_tell_their_format() {
        use DateFormat::*;
        assert_eq!(date_format(&rows(&["2024-05-31"])), Iso);
        assert_eq!(
            date_format(&rows(&["31.05.2024", "1.06.2024."])),
            DayMonthYear
        );
        assert_eq!(date_format(&rows(&["2024.05.31"])), YearMonthDay);
        assert_eq!(date_format(&rows(&["05/06/2024"])), DaySlashMonth);
        assert_eq!(
            date_format(&rows(&["05/06/2024", "05/31/2024"])),
            MonthSlashDay
        );
        assert_eq!(date_format(&rows(&["Šiauliai", "12"])), Iso);
    }
}
