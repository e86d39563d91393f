use adopt_core::{Locale, RecommendationDetail, Workbench};
use adopt_domain::{CatalogGroup, Language, Recommendation, SourceDocument};

use crate::args::parse;
use crate::cli::CatalogCommand;
use crate::output::{labelled, language, line, m, print, print_json};

/// The titles and statements printed follow `locale`, in text and JSON alike.
pub fn run(workbench: &Workbench, command: CatalogCommand, locale: Locale) -> anyhow::Result<()> {
    let lang = language(locale);
    match command {
        CatalogCommand::List { group, search, json } => {
            let group = group.as_deref().map(parse::<CatalogGroup>).transpose()?;
            let items: Vec<Recommendation> = workbench
                .catalog_list(group, search.as_deref())?
                .iter()
                .map(|item| in_language(item, lang))
                .collect();
            if json {
                print_json(&items)
            } else {
                print(&list_text(&items, locale))
            }
        }
        CatalogCommand::Show { id, json } => {
            let item = workbench.catalog_show_in(&id, lang)?;
            if json {
                print_json(&item)
            } else {
                print(&show_text(&item, locale))
            }
        }
        CatalogCommand::Sources { json } => {
            // Each title in `lang` under the key `title`, as the items' texts.
            let sources: Vec<SourceDocument> = workbench
                .catalog_sources()
                .iter()
                .map(|s| SourceDocument {
                    title: s.title_in(lang).to_string(),
                    ..s.clone()
                })
                .collect();
            if json {
                return print_json(&sources);
            }
            let mut text = String::new();
            for s in &sources {
                text.push_str(&format!(
                    "{:<4} {} ({}, {})\n     {}\n",
                    s.id, s.title, s.publisher, s.year, s.url
                ));
            }
            print(&text)
        }
    }
}

/// The item with its texts in `lang` under the contract's keys (`title`, `statement`...).
fn in_language(item: &Recommendation, lang: Language) -> Recommendation {
    let mut shown = item.clone();
    shown.title = item.title_in(lang).to_string();
    shown.topic = item.topic_in(lang).to_string();
    shown.vulnerability = item.vulnerability_in(lang).to_string();
    shown.statement = item.statement_in(lang).to_string();
    shown.note = item.note_in(lang).map(str::to_string);
    shown
}

fn list_text(items: &[Recommendation], locale: Locale) -> String {
    if items.is_empty() {
        return line(locale, m("cli-catalog-no-match"));
    }
    let mut text = String::new();
    for item in items {
        text.push_str(&format!("{:<7} {}", item.id, item.title));
        if item.flag == adopt_domain::Flag::Recalled {
            text.push_str(&format!("  [{}]", m("cli-catalog-source-not-verified").render(locale)));
        }
        text.push('\n');
    }
    text.push_str(&line(locale, m("cli-catalog-count").with("count", items.len())));
    text
}

fn show_text(item: &RecommendationDetail, locale: Locale) -> String {
    let lang = language(locale);
    let stakeholders: Vec<&str> = item.stakeholders.iter().map(|s| s.code()).collect();
    let mut text = format!("{}  {}\n", item.id, item.title);
    text.push_str(&labelled(
        locale,
        vec![
            (
                m("cli-label-group"),
                Some(format!("{} ({})", item.group.code(), item.group.label_in(lang))),
            ),
            (m("cli-label-topic"), Some(item.topic.clone())),
            (m("cli-label-threat"), Some(item.threat.label_in(lang).to_string())),
            (m("cli-label-addresses"), Some(stakeholders.join(", "))),
            (m("cli-label-vulnerability"), Some(item.vulnerability.clone())),
        ],
    ));
    text.push_str(&format!("\n{}\n\n", item.statement));
    text.push_str(&line(locale, m("cli-catalog-paraphrase")));
    if item.flag == adopt_domain::Flag::Recalled {
        text.push_str(&line(locale, m("cli-catalog-recalled")));
    }
    if let Some(note) = &item.note {
        text.push_str(&line(locale, m("cli-catalog-note").with("note", note)));
    }
    text.push('\n');
    text.push_str(&line(locale, m("cli-catalog-sources")));
    for s in &item.sources {
        text.push_str(&format!(
            "  {} {}: {} ({}, {})\n     {}\n",
            s.document, s.reference, s.title, s.publisher, s.year, s.url
        ));
    }
    text
}
