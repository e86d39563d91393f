//! This database's device: one row, its id made once from the OS random source and never
//! changed, and the name the user gave it (or the core's default on first use).

use adopt_domain::Device;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::columns::timestamp;
use crate::error::{Result, StoreError};
use crate::store::Store;

/// 32 lowercase hex digits from the OS random source: 128 bits, so ids made on different
/// laptops never meet.
pub(crate) fn random_hex(digits: usize) -> Result<String> {
    let mut bytes = vec![0u8; digits.div_ceil(2)];
    getrandom::fill(&mut bytes).map_err(StoreError::NoRandomness)?;
    let mut text: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    text.truncate(digits);
    Ok(text)
}

/// A new global id for a row that is ordered by its creation time: `prefix`, 4 hex digits that
/// count the rows already made in the same second (`same_second`), then 12 random hex digits.
/// Rows made in one second on one laptop (a script, the demo's fixed clock) so keep the order
/// they were made in, and the order is the same on every laptop, since it is in the id.
pub(crate) fn ordered_id(prefix: &str, same_second: i64) -> Result<String> {
    let tie = u16::try_from(same_second).unwrap_or(u16::MAX);
    Ok(format!("{prefix}{tie:04x}{}", random_hex(12)?))
}

fn load_device(conn: &Connection) -> Result<Option<Device>> {
    Ok(conn
        .query_row("SELECT id, name FROM device", [], |r| {
            Ok(Device {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })
        .optional()?)
}

impl Store {
    /// This database's device, once it has one.
    pub fn device(&self) -> Result<Option<Device>> {
        load_device(&self.conn)
    }

    /// This database's device, made on first use with `default_name` (checked by the caller)
    /// and a new random id; an existing device is returned as it is.
    pub fn ensure_device(&mut self, default_name: &str, at: DateTime<Utc>) -> Result<Device> {
        if let Some(device) = self.device()? {
            return Ok(device);
        }
        let tx = self.edit()?;
        // Another process may have made it since the read above: the first one stays.
        tx.execute(
            "INSERT OR IGNORE INTO device (one, id, name, created_at) VALUES (1, ?1, ?2, ?3)",
            params![random_hex(32)?, default_name, timestamp(at)],
        )?;
        let device = load_device(&tx)?.expect("inserted above or before");
        tx.commit()?;
        Ok(device)
    }

    /// Names this database's device (checked by the caller); the id stays, or is made now if
    /// the device had none.
    pub fn set_device_name(&mut self, name: &str, at: DateTime<Utc>) -> Result<Device> {
        let tx = self.edit()?;
        tx.execute(
            "INSERT INTO device (one, id, name, created_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (one) DO UPDATE SET name = excluded.name",
            params![random_hex(32)?, name, timestamp(at)],
        )?;
        let device = load_device(&tx)?.expect("written above");
        tx.commit()?;
        Ok(device)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, 1, 9, 0, 0).unwrap()
    }

    #[test]
    fn a_device_is_made_once_and_keeps_its_id_when_renamed() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.device().unwrap(), None, "no device before first use");
        let first = store.ensure_device("kitchen", at()).unwrap();
        assert_eq!(first.id.len(), 32);
        assert!(
            first
                .id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_eq!(
            store.ensure_device("other", at()).unwrap(),
            first,
            "the first device stays"
        );
        let renamed = store.set_device_name("CBL legal laptop", at()).unwrap();
        assert_eq!(renamed.id, first.id, "the id never changes");
        assert_eq!(renamed.name, "CBL legal laptop");
        assert_eq!(store.device().unwrap(), Some(renamed));
    }

    #[test]
    fn ordered_ids_sort_in_the_order_they_were_made_within_a_second_and_never_repeat() {
        let ids: Vec<String> = (0..20).map(|n| ordered_id("a-", n).unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        assert!(ids.iter().all(|id| id.len() == 18 && id.starts_with("a-")));
        assert_ne!(
            ordered_id("s-", 0).unwrap(),
            ordered_id("s-", 0).unwrap(),
            "random after the count"
        );
    }

    #[test]
    fn two_databases_get_different_device_ids() {
        let a = Store::open_in_memory().unwrap().ensure_device("a", at()).unwrap();
        let b = Store::open_in_memory().unwrap().ensure_device("a", at()).unwrap();
        assert_ne!(a.id, b.id);
    }

    #[test]
    fn the_table_refuses_a_second_device_or_a_malformed_id() {
        let store = Store::open_in_memory().unwrap();
        let insert = |one: i64, id: &str| {
            store.conn.execute(
                "INSERT INTO device (one, id, name, created_at) VALUES (?1, ?2, 'x', '2026-01-01T00:00:00Z')",
                params![one, id],
            )
        };
        assert!(insert(1, "ABCDEF0123456789abcdef0123456789").is_err(), "upper case");
        assert!(insert(1, "abc").is_err(), "too short");
        assert!(insert(2, &"a".repeat(32)).is_err(), "one row only");
        insert(1, &"a".repeat(32)).unwrap();
    }
}
