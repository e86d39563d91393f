//! Every sentence dfs-adopt says to a person, in English and in French.
//!
//! The libraries never build a sentence: an error or a finding gives a [`Message`], an id and
//! its parameters, and the shells render it in the person's language with [`Message::render`].
//! The sentences are Project Fluent resources (`locales/en.ftl`, `locales/fr.ftl`), compiled
//! in. Fluent's Unicode isolation marks around parameters are switched off: they would reach
//! terminals, logs and documents as invisible characters.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::langid;

const ENGLISH: &str = include_str!("../locales/en.ftl");
const FRENCH: &str = include_str!("../locales/fr.ftl");

/// A language dfs-adopt speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Fr];

    /// The code the command line and the settings use: `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// `en` or `fr`, in any case.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a POSIX locale value (`fr_FR.UTF-8`, `fr`, `en_GB`, `C`): French for
    /// any French locale, English for everything else.
    pub fn from_posix(value: &str) -> Locale {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("fr") {
            Locale::Fr
        } else {
            Locale::En
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, as POSIX has it (`C` and `POSIX` mean English);
    /// English when none is.
    pub fn from_environment(lookup: impl Fn(&str) -> Option<String>) -> Locale {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&lookup)
            .find(|value| !value.trim().is_empty())
            .map_or(Locale::En, |value| Locale::from_posix(&value))
    }
}

/// A parameter of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, rendered in the same language (the reason inside "cannot be read: …").
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i64, u64, usize, u32, u16, u8, i32);

/// What to say: a message id of the Fluent resources and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// The message with one more parameter.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The parameters as plain text, each nested message rendered in `locale`: what the app's
    /// error payload carries beside the id.
    pub fn params(&self, locale: Locale) -> Vec<(&'static str, String)> {
        self.args
            .iter()
            .map(|(name, arg)| {
                let text = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Number(n) => n.to_string(),
                    Arg::Message(message) => message.render(locale),
                };
                (*name, text)
            })
            .collect()
    }

    /// The sentence in `locale`. An id the resources lack (the tests make sure none does)
    /// renders as the id and its parameters rather than nothing.
    pub fn render(&self, locale: Locale) -> String {
        let bundle = bundle(locale);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            let params: Vec<String> = self
                .params(locale)
                .into_iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            return format!("{} ({})", self.id, params.join(", "));
        };
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Message(message) => FluentValue::from(message.render(locale)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
    }

    /// The sentence in English, for logs and `Display`.
    pub fn english(&self) -> String {
        self.render(Locale::En)
    }
}

/// Something with a message for a person: every error the libraries return.
pub trait Localized {
    fn message(&self) -> Message;
}

fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [make(Locale::En), make(Locale::Fr)]);
    &bundles[locale as usize]
}

fn make(locale: Locale) -> FluentBundle<FluentResource> {
    let (id, source) = match locale {
        Locale::En => (langid!("en"), ENGLISH),
        Locale::Fr => (langid!("fr"), FRENCH),
    };
    // The resources are compiled in and checked by this crate's tests: a syntax error cannot
    // reach a user, and the entries that parse are still used.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

mod terms;
pub use terms::term;

#[cfg(test)]
mod tests;
