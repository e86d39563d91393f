//! The device: the laptop a database lives on. Its id never changes (it will be the actor id of
//! the replication engine); its name is what other laptops see beside the lines it wrote.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{InvalidInput, Result};

/// Longest device name, in characters.
pub const MAX_DEVICE_NAME: usize = 100;

/// This database's device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Device {
    /// 32 lowercase hex digits from the OS random source, made once.
    pub id: String,
    pub name: String,
}

/// Checks a device name: not empty once trimmed, at most [`MAX_DEVICE_NAME`] characters, no
/// control characters (the name is printed beside history lines and in conflict lists).
pub fn validate_device_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(InvalidInput::DeviceName("must not be empty".to_string()));
    }
    let len = name.chars().count();
    if len > MAX_DEVICE_NAME {
        return Err(InvalidInput::DeviceName(format!(
            "is too long ({len} characters; at most {MAX_DEVICE_NAME})"
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(InvalidInput::DeviceName(
            "contains a control character (a tab or line break)".to_string(),
        ));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_name_is_trimmed_and_kept() {
        assert_eq!(validate_device_name("  CBL laptop ").unwrap(), "CBL laptop");
        assert_eq!(validate_device_name(&"é".repeat(100)).unwrap().chars().count(), 100);
    }

    #[test]
    fn empty_long_and_control_names_are_refused_with_the_reason() {
        let message = |name: &str| validate_device_name(name).unwrap_err().to_string();
        assert!(message("   ").contains("must not be empty"));
        assert!(message(&"x".repeat(101)).contains("101 characters"));
        assert!(message("CBL\nlaptop").contains("control character"));
        assert!(message("").starts_with("the device name"));
    }
}
