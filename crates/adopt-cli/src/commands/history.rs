use adopt_core::{Locale, Workbench};

use crate::output::{line, m, print, print_json};

pub fn run(
    workbench: &Workbench,
    workspace: &str,
    item: Option<&str>,
    json: bool,
    locale: Locale,
) -> anyhow::Result<()> {
    let entries = workbench.history(workspace, item)?;
    if json {
        return print_json(&entries);
    }
    let mut text = String::new();
    let whole = m("cli-history-workspace").render(locale);
    for e in &entries {
        let what = e.item.as_deref().unwrap_or(&whole);
        let show = |v: &Option<String>| v.as_deref().map_or("—".to_string(), |v| format!("\"{}\"", v));
        text.push_str(&format!(
            "{}  {:<12} {:<9} {}: {} → {}\n",
            e.at.format("%Y-%m-%d %H:%M:%S"),
            e.by,
            what,
            e.field,
            show(&e.old),
            show(&e.new)
        ));
    }
    if entries.is_empty() {
        text.push_str(&line(locale, m("cli-history-none")));
    }
    print(&text)
}
