//! The Fluent catalogues in `assets/i18n`: every file parses, and every message exists in all
//! three languages (a message missing in one language fails here, naming it).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

const LANGUAGES: [&str; 3] = ["en", "lt", "lv"];

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/i18n")
}

fn files(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(i18n_dir().join(lang))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn message_ids(lang: &str, file: &str) -> BTreeSet<String> {
    let path = i18n_dir().join(lang).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_the_same_catalogue_files() {
    let en = files("en");
    assert!(!en.is_empty(), "assets/i18n/en has no .ftl file");
    for lang in ["lt", "lv"] {
        assert_eq!(
            files(lang),
            en,
            "assets/i18n/{lang} has other files than en"
        );
    }
}

#[test]
fn every_message_exists_in_every_language() {
    for file in files("en") {
        let ids: Vec<BTreeSet<String>> = LANGUAGES.iter().map(|l| message_ids(l, &file)).collect();
        for (lang, lang_ids) in LANGUAGES.iter().zip(&ids).skip(1) {
            let missing: Vec<&String> = ids[0].difference(lang_ids).collect();
            let extra: Vec<&String> = lang_ids.difference(&ids[0]).collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang}/{file} has {extra:?}, which en lacks"
            );
        }
    }
}
