use adopt_core::{RecommendationDetail, Workbench};
use adopt_domain::{CatalogGroup, Language, Recommendation};

use crate::args::parse;
use crate::cli::CatalogCommand;
use crate::output::{print, print_json};

/// `lang` is the language of the titles and statements printed, in text and JSON alike.
pub fn run(workbench: &Workbench, command: CatalogCommand, lang: Language) -> anyhow::Result<()> {
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
                print(&list_text(&items))
            }
        }
        CatalogCommand::Show { id, json } => {
            let item = workbench.catalog_show_in(&id, lang)?;
            if json {
                print_json(&item)
            } else {
                print(&show_text(&item))
            }
        }
        CatalogCommand::Sources { json } => {
            let sources = workbench.catalog_sources();
            if json {
                return print_json(sources);
            }
            let mut text = String::new();
            for s in sources {
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

fn list_text(items: &[Recommendation]) -> String {
    if items.is_empty() {
        return "No catalog item matches.\n".to_string();
    }
    let mut text = String::new();
    for item in items {
        let flag = if item.flag == adopt_domain::Flag::Recalled {
            "  [source not verified]"
        } else {
            ""
        };
        text.push_str(&format!("{:<7} {}{flag}\n", item.id, item.title));
    }
    text.push_str(&format!("{} items\n", items.len()));
    text
}

fn show_text(item: &RecommendationDetail) -> String {
    let stakeholders: Vec<&str> = item.stakeholders.iter().map(|s| s.code()).collect();
    let mut text = format!(
        "{}  {}\nGroup:        {} ({})\nTopic:        {}\nThreat:       {}\nAddresses:    {}\nVulnerability: {}\n\n{}\n",
        item.id,
        item.title,
        item.group.code(),
        item.group.label(),
        item.topic,
        item.threat.label(),
        stakeholders.join(", "),
        item.vulnerability,
        item.statement,
    );
    text.push_str("\nThis statement summarises the sources in our own words; consult the source documents for the authoritative text.\n");
    if item.flag == adopt_domain::Flag::Recalled {
        text.push_str("The source section of this item could not be verified.\n");
    }
    if let Some(note) = &item.note {
        text.push_str(&format!("Note: {note}\n"));
    }
    text.push_str("\nSources:\n");
    for s in &item.sources {
        text.push_str(&format!(
            "  {} {}: {} ({}, {})\n     {}\n",
            s.document, s.reference, s.title, s.publisher, s.year, s.url
        ));
    }
    text
}
