use adopt_core::Workbench;

use crate::output::{print, print_json};

pub fn show(workbench: &mut Workbench, json: bool) -> anyhow::Result<()> {
    let device = workbench.device()?;
    if json {
        return print_json(&device);
    }
    print(&format!("Device: {}\nId:     {}\n", device.name, device.id))
}
