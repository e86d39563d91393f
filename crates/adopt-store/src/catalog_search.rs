use adopt_domain::{Recommendation, fold_for_search};
use rusqlite::{OptionalExtension, params};

use crate::error::Result;
use crate::store::Store;

impl Store {
    /// Rebuilds the full-text index when the catalog (or how it is indexed) differs from the
    /// one indexed: `fingerprint` names both.
    pub fn index_catalog(&mut self, items: &[Recommendation], fingerprint: &str) -> Result<()> {
        let indexed: Option<String> = self
            .conn
            .query_row("SELECT fingerprint FROM catalog_search_state WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        if indexed.as_deref() == Some(fingerprint) {
            return Ok(());
        }
        let tx = self.edit()?;
        tx.execute("DELETE FROM catalog_search", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO catalog_search (item_id, title, topic, vulnerability, statement) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for item in items {
                // Both languages in each column, folded as the query is, so a search in either
                // language matches and accents, œ and typographic apostrophes never stand in
                // the way.
                let both = |en: &str, fr: &str| fold_for_search(&format!("{en}\n{fr}"));
                insert.execute(params![
                    item.id,
                    both(&item.title, &item.title_fr),
                    both(&item.topic, &item.topic_fr),
                    both(&item.vulnerability, &item.vulnerability_fr),
                    both(&item.statement, &item.statement_fr)
                ])?;
            }
        }
        tx.execute(
            "INSERT INTO catalog_search_state (id, fingerprint) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint",
            [fingerprint],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Ids of the catalog items matching every word of `text` (as a prefix), best match first.
    /// Punctuation in `text` is ignored, so any input is a valid search.
    pub fn search_catalog(&self, text: &str) -> Result<Vec<String>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare(
            "SELECT item_id FROM catalog_search WHERE catalog_search MATCH ?1
             ORDER BY bm25(catalog_search, 0.0, 10.0, 4.0, 2.0, 1.0), item_id",
        )?;
        let rows = stmt.query_map([query], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Turns free text into an FTS5 query: each word quoted (so no operator syntax leaks in) and
/// matched as a prefix. `None` when the text holds no word.
fn fts_query(text: &str) -> Option<String> {
    let folded = fold_for_search(text);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn search_text_becomes_quoted_prefix_terms() {
        assert_eq!(fts_query("SIM swap").as_deref(), Some("\"sim\"* \"swap\"*"));
        assert_eq!(fts_query("\"OR\" NEAR( *").as_deref(), Some("\"or\"* \"near\"*"));
        assert_eq!(
            fts_query("Sécurité œuvre").as_deref(),
            Some("\"securite\"* \"oeuvre\"*")
        );
        assert_eq!(fts_query("  -- "), None);
    }
}
