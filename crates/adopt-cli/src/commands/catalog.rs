use adopt_core::{RecommendationDetail, Workbench};
use adopt_domain::{CatalogGroup, Recommendation};

use crate::args::parse;
use crate::cli::CatalogCommand;
use crate::output::{print, print_json};

pub fn run(workbench: &Workbench, command: CatalogCommand) -> anyhow::Result<()> {
    match command {
        CatalogCommand::List { group, search, json } => {
            let group = group.as_deref().map(parse::<CatalogGroup>).transpose()?;
            let items = workbench.catalog_list(group, search.as_deref())?;
            if json {
                print_json(&items)
            } else {
                print(&list_text(&items))
            }
        }
        CatalogCommand::Show { id, json } => {
            let item = workbench.catalog_show(&id)?;
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
