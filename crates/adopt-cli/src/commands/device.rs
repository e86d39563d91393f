use adopt_core::{Locale, Workbench};

use crate::output::{labelled, m, print, print_json};

pub fn show(workbench: &mut Workbench, json: bool, locale: Locale) -> anyhow::Result<()> {
    let device = workbench.device()?;
    if json {
        return print_json(&device);
    }
    print(&labelled(
        locale,
        vec![
            (m("cli-label-device"), Some(device.name)),
            (m("cli-label-device-id"), Some(device.id)),
        ],
    ))
}
