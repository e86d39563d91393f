//! `diff`: the changes between two circulated versions, or a version and now (contract §7).

use adopt_core::Workbench;

use crate::output::{print, print_json};

pub fn run(workbench: &Workbench, workspace: &str, from: &str, to: Option<&str>, json: bool) -> anyhow::Result<()> {
    let diff = workbench.diff(workspace, from, to)?;
    if json {
        return print_json(&diff);
    }
    let to = diff.to.as_deref().map_or("now".to_string(), |l| format!("version {l}"));
    if diff.changes.is_empty() {
        return print(&format!("No change from version {} to {to}.\n", diff.from));
    }
    let mut text = format!("Changes from version {} to {to}:\n", diff.from);
    let show = |v: &Option<String>| v.as_deref().map_or("—".to_string(), |v| format!("\"{v}\""));
    for c in &diff.changes {
        text.push_str(&format!(
            "  {:<9} {}: {} → {}\n",
            c.item.as_deref().unwrap_or("workspace"),
            c.field,
            show(&c.old),
            show(&c.new)
        ));
    }
    print(&text)
}
