//! `diff`: the changes between two circulated versions, or a version and now (contract §7).

use adopt_core::{Locale, Workbench};

use crate::output::{line, m, print, print_json, say};

pub fn run(
    workbench: &Workbench,
    workspace: &str,
    from: &str,
    to: Option<&str>,
    json: bool,
    locale: Locale,
) -> anyhow::Result<()> {
    let diff = workbench.diff(workspace, from, to)?;
    if json {
        return print_json(&diff);
    }
    let to = match diff.to.as_deref() {
        Some(label) => m("cli-diff-to-version").with("label", label),
        None => m("cli-diff-to-now"),
    };
    if diff.changes.is_empty() {
        return say(locale, m("cli-diff-none").with("from", &diff.from).with("to", to));
    }
    let mut text = line(locale, m("cli-diff-heading").with("from", &diff.from).with("to", to));
    let workspace = m("cli-history-workspace").render(locale);
    let show = |v: &Option<String>| v.as_deref().map_or("—".to_string(), |v| format!("\"{v}\""));
    for c in &diff.changes {
        text.push_str(&format!(
            "  {:<9} {}: {} → {}\n",
            c.item.as_deref().unwrap_or(&workspace),
            c.field,
            show(&c.old),
            show(&c.new)
        ));
    }
    print(&text)
}
