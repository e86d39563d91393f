//! Reading values the core's value sets define, the usage error for a command line that clap
//! accepts but the contract does not, and the CLI's own refusals. Every command module uses
//! these; they import nothing from the commands.

use adopt_core::{Locale, Localized, Message};

/// A command line that is well-formed for clap but not for us (e.g. `--authority LCA`): exit 2.
#[derive(Debug)]
pub struct Usage(pub Message);

/// Something the CLI itself could not do (a folder it cannot create): exit 1.
#[derive(Debug)]
pub struct Refused(pub Message);

macro_rules! said {
    ($t:ident) => {
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0.english())
            }
        }

        impl std::error::Error for $t {}

        impl Localized for $t {
            fn message(&self) -> Message {
                self.0.clone()
            }
        }
    };
}
said!(Usage);
said!(Refused);

/// Parses a value of a value set, turning a refusal into a usage error of the core.
pub fn parse<T: std::str::FromStr<Err = adopt_domain::InvalidInput>>(text: &str) -> Result<T, adopt_core::Error> {
    text.parse().map_err(adopt_core::Error::from)
}

/// The interface language: `--lang` or `DFS_ADOPT_LANG` when given (not empty), else the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A value that names no language we
/// speak comes back as it was written, to be refused.
pub fn locale(requested: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Locale, String> {
    match requested.filter(|value| !value.trim().is_empty()) {
        Some(value) => Locale::from_code(value).ok_or_else(|| value.to_string()),
        None => Ok(Locale::from_environment(env)),
    }
}

/// The `--lang` value written on the command line (the last one wins, as with clap), read
/// before clap parses so its help and errors can be in that language. Stops at `--`.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            found = words.next().map(|v| v.into_owned());
        } else if let Some(value) = word.strip_prefix("--lang=") {
            found = Some(value.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<std::ffi::OsString> {
        line.split(' ').map(Into::into).collect()
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_an_unknown_language_is_kept_to_be_refused() {
        let french_locale = |name: &str| (name == "LANG").then(|| "fr_FR.UTF-8".to_string());
        assert_eq!(locale(Some("en"), french_locale), Ok(Locale::En));
        assert_eq!(locale(None, french_locale), Ok(Locale::Fr));
        assert_eq!(locale(Some(""), french_locale), Ok(Locale::Fr));
        assert_eq!(locale(Some("de"), french_locale), Err("de".to_string()));
    }

    #[test]
    fn the_lang_flag_is_found_in_either_spelling_but_not_after_the_terminator() {
        assert_eq!(
            lang_flag(&words("dfs-adopt --lang fr workspace list")),
            Some("fr".into())
        );
        assert_eq!(
            lang_flag(&words("dfs-adopt workspace list --lang=en")),
            Some("en".into())
        );
        assert_eq!(
            lang_flag(&words("dfs-adopt --lang fr --lang en check")),
            Some("en".into())
        );
        assert_eq!(lang_flag(&words("dfs-adopt select WS -- --lang fr")), None);
    }
}
