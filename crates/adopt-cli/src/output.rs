//! Writing to stdout without panicking when the reader goes away (`dfs-adopt ... | head`), and
//! saying things in the person's language.

use std::io::{self, Write};

use adopt_core::{Locale, Message};
use adopt_domain::Language;
use serde::Serialize;

/// Prints text; a closed pipe ends output quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Prints one JSON document followed by a newline.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    print(&text)
}

/// A message of the CLI's own (`locales/*.ftl`, section `adopt-cli`). The short name is the
/// one the messages crate's test looks for, so every id used here must exist in both files.
pub fn m(id: &'static str) -> Message {
    Message::new(id)
}

/// Prints a message as one line in `locale`.
pub fn say(locale: Locale, message: Message) -> anyhow::Result<()> {
    print(&line(locale, message))
}

/// A message as one line of text, newline included.
pub fn line(locale: Locale, message: Message) -> String {
    let mut text = message.render(locale);
    text.push('\n');
    text
}

/// The catalog's language for the interface language: titles and statements follow `--lang`.
pub fn language(locale: Locale) -> Language {
    match locale {
        Locale::En => Language::En,
        Locale::Fr => Language::Fr,
    }
}

/// Labels padded to the widest of them plus one space, so the values line up in any language;
/// rows without a value are left out but still count for the width, so a listing keeps its
/// shape whichever properties are set.
pub fn labelled(locale: Locale, rows: Vec<(Message, Option<String>)>) -> String {
    let labels: Vec<String> = rows.iter().map(|(label, _)| label.render(locale)).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let mut text = String::new();
    for (label, (_, value)) in labels.iter().zip(rows) {
        if let Some(value) = value {
            let pad = width - label.chars().count();
            text.push_str(&format!("{label}{:pad$}{value}\n", ""));
        }
    }
    text
}
