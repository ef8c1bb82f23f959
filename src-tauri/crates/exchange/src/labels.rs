//! The words the window shows, read from the same Fluent catalogues, so a file may say
//! `Patvirtinta` or `Apstiprināts` where LAG Desk's own files say `approved`, and a column headed
//! as the window names a field is recognised as that field. Only simple `id = text` messages
//! are read; that is all these names are.

const CATALOGUES: [&str; 9] = [
    include_str!("../../../../assets/i18n/en/import.ftl"),
    include_str!("../../../../assets/i18n/lt/import.ftl"),
    include_str!("../../../../assets/i18n/lv/import.ftl"),
    include_str!("../../../../assets/i18n/en/projects.ftl"),
    include_str!("../../../../assets/i18n/lt/projects.ftl"),
    include_str!("../../../../assets/i18n/lv/projects.ftl"),
    include_str!("../../../../assets/i18n/en/events.ftl"),
    include_str!("../../../../assets/i18n/lt/events.ftl"),
    include_str!("../../../../assets/i18n/lv/events.ftl"),
];

/// Every translation of the message `id`, in en, lt and lv.
pub fn translations(id: &str) -> impl Iterator<Item = &'static str> + '_ {
    CATALOGUES.iter().flat_map(move |catalogue| {
        catalogue.lines().filter_map(move |line| {
            let (key, text) = line.split_once(" = ")?;
            (key == id).then_some(text.trim())
        })
    })
}

/// `text` made comparable: lower case, letters without their diacritics, and every run of
/// punctuation or space one space. `Tinkamos finansuoti išlaidos, Eur` → `tinkamos finansuoti
/// islaidos eur`.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.trim().to_lowercase().chars() {
        let plain = match c {
            'ą' | 'ā' => 'a',
            'č' => 'c',
            'ę' | 'ė' | 'ē' => 'e',
            'ģ' => 'g',
            'į' | 'ī' => 'i',
            'ķ' => 'k',
            'ļ' => 'l',
            'ņ' => 'n',
            'š' => 's',
            'ų' | 'ū' => 'u',
            'ž' => 'z',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if plain != ' ' || !folded.ends_with(' ') {
            folded.push(plain);
        }
    }
    folded.trim().to_owned()
}

/// The code among `codes` that `text` names: the code itself, or its label (`<prefix>-<code>`)
/// in any language, ignoring case and diacritics.
pub fn code_for<'c>(prefix: &str, text: &str, codes: &[&'c str]) -> Option<&'c str> {
    let wanted = fold(text);
    codes.iter().copied().find(|code| {
        fold(code) == wanted
            || translations(&format!("{prefix}-{code}")).any(|label| fold(label) == wanted)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(
            fold(" Tinkamos finansuoti IŠLAIDOS, Eur "),
            "tinkamos finansuoti islaidos eur"
        );
        assert_eq!(fold("Projekta nr."), "projekta nr");
        assert_eq!(fold("eligible_cost"), "eligible cost");
    }

    #[test]
    fn labels_in_every_language_name_their_code() {
        let codes = ["submitted", "approved", "rejected"];
        assert_eq!(
            code_for("project-status", "approved", &codes),
            Some("approved")
        );
        assert_eq!(
            code_for("project-status", "PATVIRTINTA", &codes),
            Some("approved")
        );
        assert_eq!(
            code_for("project-status", "Approved", &codes),
            Some("approved")
        );
        assert_eq!(code_for("project-status", "maybe", &codes), None);
    }
}
