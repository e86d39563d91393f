//! Terms defined in Annex C, included when an adopted item uses them.

use adopt_domain::Language;
use serde::Deserialize;

use crate::words::language_of;

pub(crate) const BUILTIN_GLOSSARY: &str = include_str!("../../../templates/glossary.toml");
/// The French terms, matched against French text.
pub(crate) const BUILTIN_GLOSSARY_FR: &str = include_str!("../../../templates/glossaire.toml");

/// The built-in glossary of a template in the language `tag` ("fr", "en").
pub(crate) fn builtin_glossary(tag: &str) -> &'static str {
    match language_of(tag) {
        Language::Fr => BUILTIN_GLOSSARY_FR,
        Language::En => BUILTIN_GLOSSARY,
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    #[serde(default)]
    pub also: Vec<String>,
    pub definition: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(rename = "term")]
    pub terms: Vec<Term>,
}

impl Glossary {
    pub(crate) fn parse(text: &str) -> Result<Glossary, String> {
        let glossary: Glossary =
            toml::from_str(text).map_err(|e| e.to_string().lines().next().unwrap_or_default().to_string())?;
        if let Some(t) = glossary
            .terms
            .iter()
            .find(|t| t.term.trim().is_empty() || t.definition.trim().is_empty())
        {
            return Err(format!("term \"{}\" needs a name and a definition", t.term));
        }
        Ok(glossary)
    }

    /// The terms that `texts` use, sorted by term.
    pub fn used_in<'a>(&'a self, texts: &[&str]) -> Vec<&'a Term> {
        // The texts are lowered and joined once (a line break keeps words apart), and each
        // word searched once: the whole catalog's clauses are many and long.
        let text = texts.join("\n").to_lowercase();
        let mut used: Vec<&Term> = self
            .terms
            .iter()
            .filter(|t| {
                std::iter::once(&t.term)
                    .chain(&t.also)
                    .any(|word| contains_word(&text, &word.to_lowercase()))
            })
            .collect();
        used.sort_by_key(|t| t.term.to_lowercase());
        used
    }
}

/// Whole-word containment of a lower-case `word` in a lower-case `text`: "sim swap" is in "a
/// sim swap fraud", "ota" is not in "quota".
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_match_and_parts_do_not() {
        assert!(contains_word("alert on a sim swap.", "sim swap"));
        assert!(!contains_word("raise the quota", "ota"));
        assert!(contains_word("binary/ota sms", "ota"));
        assert!(contains_word("tls 1.2", "tls"));
    }

    #[test]
    fn the_builtin_glossary_parses() {
        let glossary = Glossary::parse(BUILTIN_GLOSSARY).unwrap();
        assert!(glossary.terms.len() > 20);
        let used = glossary.used_in(&["Block binary SMS from unknown senders after a SIM swap"]);
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert!(
            names.contains(&"SIM swap") && names.contains(&"Binary SMS"),
            "{names:?}"
        );
    }
}
