//! Embeds the Fluent catalogues of `assets/i18n` (the UI's, so reports say things the same way)
//! as one catalogue per language, and fails the build on a catalogue that does not parse.

use std::fs;
use std::path::Path;

const LANGUAGES: [&str; 3] = ["en", "lt", "lv"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/i18n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={}", root.display());
    for lang in LANGUAGES {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut catalogue = String::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                panic!("{} does not parse: {errors:?}", file.display());
            }
            catalogue.push_str(&text);
            catalogue.push('\n');
        }
        fs::write(Path::new(&out).join(format!("{lang}.ftl")), catalogue)
            .unwrap_or_else(|e| panic!("cannot write the {lang} catalogue: {e}"));
    }
}
