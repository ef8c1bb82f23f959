//! The report's words in its language, from the same Fluent catalogues as the UI (embedded at
//! build time by `build.rs`). A missing message shows its id, which the i18n tests forbid.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use lagdesk_domain::Locale;

pub struct Texts {
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    pub fn new(locale: Locale) -> Texts {
        let source = match locale {
            Locale::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
            Locale::Lt => include_str!(concat!(env!("OUT_DIR"), "/lt.ftl")),
            Locale::Lv => include_str!(concat!(env!("OUT_DIR"), "/lv.ftl")),
        };
        let language = locale
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new(vec![language]);
        // No bidi isolation marks: they would print as stray glyphs in a PDF.
        bundle.set_use_isolating(false);
        // The build checked that every catalogue parses, so nothing is dropped here.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        Texts { bundle }
    }

    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with named arguments, numbers as numbers (for plurals).
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}
