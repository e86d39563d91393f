use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::*;

/// Each message id of a resource with the variables its text uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource =
        parser::parse(source).unwrap_or_else(|(_, errors)| panic!("the resource does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            found.insert(message.id.name.to_string(), variables);
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
        }
        _ => {}
    }
}

#[test]
fn both_languages_have_every_message_with_the_same_parameters() {
    let english = messages(ENGLISH);
    let french = messages(FRENCH);
    let only_english: Vec<_> = english.keys().filter(|id| !french.contains_key(*id)).collect();
    let only_french: Vec<_> = french.keys().filter(|id| !english.contains_key(*id)).collect();
    assert!(only_english.is_empty(), "no French for: {only_english:?}");
    assert!(only_french.is_empty(), "no English for: {only_french:?}");
    for (id, variables) in &english {
        assert_eq!(&french[id], variables, "{id}: the French uses other parameters");
    }
}

#[test]
fn french_messages_are_french_and_well_spaced() {
    let english = messages(ENGLISH);
    let resource = parser::parse(FRENCH).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        assert!(english.contains_key(id), "{id} is only in French");
        let mut texts = Vec::new();
        if let Some(pattern) = &message.value {
            for element in &pattern.elements {
                if let ast::PatternElement::TextElement { value } = element {
                    texts.push(value.to_string());
                }
            }
        }
        let joined = texts.join("");
        for (i, c) in joined.char_indices() {
            let before = joined[..i].chars().last();
            if matches!(c, ':' | ';' | '!' | '?' | '»') && before == Some(' ') {
                panic!(
                    "{id}: an ordinary space before « {c} » (use U+00A0 before : and », U+202F before ; ! ?): {joined}"
                );
            }
            if c == '«' && joined[i + c.len_utf8()..].starts_with(' ') {
                panic!("{id}: an ordinary space after « (use U+00A0): {joined}");
            }
        }
        assert!(
            !joined.contains('\''),
            "{id}: a straight apostrophe; French text uses ’: {joined}"
        );
    }
}

#[test]
fn parameters_come_without_isolation_marks_and_nested_messages_in_the_same_language() {
    let inner = Message::new("test-inner");
    let outer = Message::new("test-outer").with("reason", inner).with("count", 3_usize);
    for locale in Locale::ALL {
        let text = outer.render(locale);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text}");
    }
    assert_eq!(outer.render(Locale::En), "it failed (3 times): the inner reason");
    assert_eq!(outer.render(Locale::Fr), "échec (3 fois)\u{a0}: la raison intérieure");
    assert_eq!(
        outer.params(Locale::Fr)[0],
        ("reason", "la raison intérieure".to_string())
    );
}

#[test]
fn the_environment_picks_the_language_as_posix_does() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Locale::from_environment(env(&[("LANG", "fr_FR.UTF-8")])), Locale::Fr);
    assert_eq!(
        Locale::from_environment(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
        Locale::En
    );
    assert_eq!(
        Locale::from_environment(env(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_CI"), ("LANG", "en_GB")])),
        Locale::Fr
    );
    assert_eq!(Locale::from_environment(env(&[("LANG", "POSIX")])), Locale::En);
    assert_eq!(Locale::from_environment(env(&[])), Locale::En);
    assert_eq!(Locale::from_code("FR"), Some(Locale::Fr));
    assert_eq!(Locale::from_code("de"), None);
}

#[test]
fn an_unknown_id_shows_itself_rather_than_nothing() {
    let text = Message::new("no-such-message")
        .with("item", "SIM-08")
        .render(Locale::Fr);
    assert_eq!(text, "no-such-message (item=SIM-08)");
}

/// Every `Message::new("…")` (or `m("…")`) id written in the crates' sources.
fn ids_in_sources() -> BTreeSet<String> {
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut ids = BTreeSet::new();
    let mut stack = vec![crates.clone(), crates.join("../src-tauri/src")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("target") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // This file names ids that must not exist, to test what happens then.
            if path.ends_with("adopt-messages/src/tests.rs") {
                continue;
            }
            for opener in ["Message::new(\"", "m(\""] {
                let mut rest = text.as_str();
                while let Some(at) = rest.find(opener) {
                    let after = &rest[at + opener.len()..];
                    let end = after.find('"').unwrap_or(0);
                    let id = &after[..end];
                    let is_id = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    // `m("…")` is the messages' shorthand; other calls named m take other things.
                    if is_id && id.contains('-') {
                        ids.insert(id.to_string());
                    }
                    rest = &after[end..];
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists_in_both_languages() {
    let english = messages(ENGLISH);
    let ids = ids_in_sources();
    assert!(ids.len() > 100, "the scan found the messages: {}", ids.len());
    let missing: Vec<&String> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "named in the code but in no resource: {missing:?}");
}
