//! The built-in catalog: the ITU DFS security recommendations and the source documents they cite.
//!
//! The catalog is shipped as human-editable TOML files under `data/` (one per group, plus
//! `sources.toml`) and compiled into the binary with `include_str!`. Editing rules, enforced by
//! [`Catalog::check`] and by this crate's tests, so that a broken catalog fails `cargo test` and
//! never a user at work:
//!
//! - ids are `GROUP-NN` (e.g. `SIM-08`), unique, in the file of their group, and never reused;
//! - titles are unique; no text field is empty;
//! - every item has a French title, statement, topic and vulnerability (and a French note when
//!   it has a note), and every source document a French title: present, different from the
//!   English, French titles unique, French typography kept
//!   ([`adopt_domain::check_french_typography`]) and no English sentence left in them;
//! - every item cites at least one source, and every cited document exists in `sources.toml`;
//! - groups, threat categories, stakeholders, flags and X.805 dimensions use the codes of
//!   [`adopt_domain`]'s value sets (an unknown code fails to parse).
//!
//! Statements summarise the sources in the project's own words, in English and in French;
//! they are never ITU text, and the French source titles are this project's translations.
//! This crate depends on nothing but the domain types and a TOML parser.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use adopt_domain::{
    CatalogGroup, Flag, Recommendation, SecurityDimension, SourceDocument, SourceRef, Stakeholder, ThreatCategory,
    check_french_typography,
};
use serde::Deserialize;

/// What is wrong with a catalog: the file and the rule it breaks.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("catalog file {file} cannot be read: {source}")]
    Parse {
        file: &'static str,
        source: toml::de::Error,
    },
    #[error("catalog item {id}: {problem}")]
    Item { id: String, problem: String },
    #[error("catalog source {id}: {problem}")]
    Source { id: String, problem: String },
}

/// The group files, in catalog order.
const GROUP_FILES: [(CatalogGroup, &str, &str); 6] = [
    (CatalogGroup::Regulatory, "reg.toml", include_str!("../data/reg.toml")),
    (CatalogGroup::Telecom, "tel.toml", include_str!("../data/tel.toml")),
    (CatalogGroup::Sim, "sim.toml", include_str!("../data/sim.toml")),
    (CatalogGroup::Payment, "pay.toml", include_str!("../data/pay.toml")),
    (CatalogGroup::Application, "app.toml", include_str!("../data/app.toml")),
    (CatalogGroup::EndUser, "usr.toml", include_str!("../data/usr.toml")),
];
const SOURCES_FILE: &str = include_str!("../data/sources.toml");

/// The recommendations and their source documents, in catalog order (group, then id).
#[derive(Debug, Clone)]
pub struct Catalog {
    items: Vec<Recommendation>,
    sources: Vec<SourceDocument>,
    index: BTreeMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupFile {
    recommendation: Vec<ItemRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemRecord {
    id: String,
    title: String,
    title_fr: String,
    topic: String,
    topic_fr: String,
    vulnerability: String,
    vulnerability_fr: String,
    threat: ThreatCategory,
    stakeholders: Vec<Stakeholder>,
    statement: String,
    statement_fr: String,
    flag: Flag,
    sources: Vec<SourceRef>,
    #[serde(default)]
    dimensions: Vec<SecurityDimension>,
    note: Option<String>,
    note_fr: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<SourceDocument>,
}

impl Catalog {
    /// The catalog compiled into this binary. Its files are checked by the tests, so this
    /// cannot fail in a released build.
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::from_files().expect("the built-in catalog is checked by cargo test"))
    }

    /// Parses and checks the data files.
    fn from_files() -> Result<Catalog, CatalogError> {
        let sources: SourcesFile = toml::from_str(SOURCES_FILE).map_err(|source| CatalogError::Parse {
            file: "sources.toml",
            source,
        })?;
        let mut items = Vec::new();
        for (group, file, text) in GROUP_FILES {
            let parsed: GroupFile = toml::from_str(text).map_err(|source| CatalogError::Parse { file, source })?;
            items.extend(parsed.recommendation.into_iter().map(|r| Recommendation {
                group,
                id: r.id,
                title: r.title,
                title_fr: r.title_fr,
                topic: r.topic,
                topic_fr: r.topic_fr,
                vulnerability: r.vulnerability,
                vulnerability_fr: r.vulnerability_fr,
                threat: r.threat,
                stakeholders: r.stakeholders,
                statement: r.statement,
                statement_fr: r.statement_fr,
                flag: r.flag,
                sources: r.sources,
                dimensions: r.dimensions,
                note: r.note,
                note_fr: r.note_fr,
            }));
        }
        Catalog::new(items, sources.source)
    }

    /// Builds a catalog from items and documents, enforcing the editing rules.
    pub fn new(items: Vec<Recommendation>, sources: Vec<SourceDocument>) -> Result<Catalog, CatalogError> {
        let catalog = Catalog {
            index: items.iter().enumerate().map(|(i, item)| (item.id.clone(), i)).collect(),
            items,
            sources,
        };
        catalog.check()?;
        Ok(catalog)
    }

    /// Every recommendation, in catalog order.
    pub fn items(&self) -> &[Recommendation] {
        &self.items
    }

    /// Every source document.
    pub fn sources(&self) -> &[SourceDocument] {
        &self.sources
    }

    /// The item with this id, compared case-insensitively (`sim-08` finds `SIM-08`).
    pub fn get(&self, id: &str) -> Option<&Recommendation> {
        self.index.get(&id.trim().to_ascii_uppercase()).map(|&i| &self.items[i])
    }

    /// The source document with this id (`S9`).
    pub fn source(&self, id: &str) -> Option<&SourceDocument> {
        self.sources.iter().find(|s| s.id.eq_ignore_ascii_case(id.trim()))
    }

    /// A short fingerprint of the catalog's content, to tell when a derived index is stale.
    pub fn fingerprint(&self) -> String {
        // FNV-1a over the ids and texts: stable across builds and platforms, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for item in &self.items {
            let texts = [
                &item.id,
                &item.title,
                &item.title_fr,
                &item.topic,
                &item.topic_fr,
                &item.vulnerability,
                &item.vulnerability_fr,
                &item.statement,
                &item.statement_fr,
            ];
            for text in texts {
                for byte in text.bytes().chain([0]) {
                    hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        format!("{}-{hash:016x}", self.items.len())
    }

    /// Checks the editing rules listed in the crate documentation.
    pub fn check(&self) -> Result<(), CatalogError> {
        let mut source_ids = HashSet::new();
        for doc in &self.sources {
            let problem = |problem: &str| CatalogError::Source {
                id: doc.id.clone(),
                problem: problem.into(),
            };
            let well_formed = doc
                .id
                .strip_prefix('S')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if !well_formed {
                return Err(problem("id must look like S9"));
            }
            if !source_ids.insert(doc.id.as_str()) {
                return Err(problem("listed twice"));
            }
            if [&doc.title, &doc.publisher, &doc.year, &doc.url]
                .iter()
                .any(|t| t.trim().is_empty())
            {
                return Err(problem("title, publisher, year and url must not be empty"));
            }
            if !doc.url.starts_with("https://") && !doc.url.starts_with("http://") {
                return Err(problem("url must be a web address"));
            }
            french_text("title_fr", &doc.title_fr, &doc.title).map_err(|p| problem(&p))?;
        }

        let mut ids = HashSet::new();
        let mut titles = HashSet::new();
        let mut french_titles = HashSet::new();
        for item in &self.items {
            let problem = |problem: String| CatalogError::Item {
                id: item.id.clone(),
                problem,
            };
            let (prefix, number) = item.id.split_once('-').unwrap_or(("", ""));
            if prefix != item.group.code() || number.len() != 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
                return Err(problem(format!(
                    "id must look like {}-NN and sit in the file of its group",
                    item.group.code()
                )));
            }
            if !ids.insert(item.id.as_str()) {
                return Err(problem("id used twice".into()));
            }
            if !titles.insert(item.title.to_lowercase()) {
                return Err(problem(format!("title \"{}\" is used by another item", item.title)));
            }
            let texts = [
                ("title", &item.title),
                ("topic", &item.topic),
                ("vulnerability", &item.vulnerability),
                ("statement", &item.statement),
            ];
            for (name, text) in texts {
                if text.trim().is_empty() || text.trim() != text.as_str() {
                    return Err(problem(format!("{name} must not be empty or start or end with spaces")));
                }
            }
            french_text("title_fr", &item.title_fr, &item.title).map_err(problem)?;
            french_text("statement_fr", &item.statement_fr, &item.statement).map_err(problem)?;
            french_text("topic_fr", &item.topic_fr, &item.topic).map_err(problem)?;
            french_text("vulnerability_fr", &item.vulnerability_fr, &item.vulnerability).map_err(problem)?;
            match (&item.note, &item.note_fr) {
                (Some(note), Some(note_fr)) => french_text("note_fr", note_fr, note).map_err(problem)?,
                (None, None) => {}
                _ => return Err(problem("note and note_fr go together: give both or neither".into())),
            }
            if !french_titles.insert(item.title_fr.to_lowercase()) {
                return Err(problem(format!(
                    "French title \"{}\" is used by another item",
                    item.title_fr
                )));
            }
            if item.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
                return Err(problem("note must not be empty; leave it out instead".into()));
            }
            if item.stakeholders.is_empty() {
                return Err(problem("needs at least one stakeholder".into()));
            }
            if item.stakeholders.iter().collect::<HashSet<_>>().len() != item.stakeholders.len() {
                return Err(problem("a stakeholder is listed twice".into()));
            }
            if item.sources.is_empty() {
                return Err(problem(
                    "cites no source; items without a source are left out of the catalog".into(),
                ));
            }
            for source in &item.sources {
                if !source_ids.contains(source.document.as_str()) {
                    return Err(problem(format!(
                        "cites {}, which is not in sources.toml",
                        source.document
                    )));
                }
                if source.reference.trim().is_empty() {
                    return Err(problem(format!("the reference into {} is empty", source.document)));
                }
            }
        }
        Ok(())
    }
}

/// Words that do not occur in French prose: one of them in a French text means English was
/// left in (a sentence pasted untranslated).
const ENGLISH_WORDS: [&str; 9] = ["the", "and", "of", "with", "must", "should", "which", "from", "for"];

/// Checks one French text against its English counterpart: present, trimmed, not the English
/// text, with no English word and with French typography.
fn french_text(field: &str, french: &str, english: &str) -> Result<(), String> {
    if french.trim().is_empty() || french.trim() != french {
        return Err(format!("{field} must not be empty or start or end with spaces"));
    }
    if french == english {
        return Err(format!("{field} is the English text, not a French one"));
    }
    let lower = french.to_lowercase();
    if let Some(word) = lower
        .split(|c: char| !c.is_alphabetic())
        .find(|w| ENGLISH_WORDS.contains(w))
    {
        return Err(format!("{field} contains the English word \"{word}\""));
    }
    check_french_typography(french).map_err(|fault| format!("{field}: {fault}"))
}

#[cfg(test)]
mod tests {
    use adopt_domain::{Language, fold_for_search};

    use super::*;

    #[test]
    fn the_builtin_catalog_keeps_its_rules() {
        let catalog = Catalog::from_files().unwrap_or_else(|e| panic!("{e}"));
        assert!(
            catalog.items().len() >= 140,
            "the catalog has {} items, fewer than 140",
            catalog.items().len()
        );
    }

    #[test]
    fn every_group_has_items_and_ids_are_in_order() {
        let catalog = Catalog::builtin();
        for group in CatalogGroup::ALL {
            let ids: Vec<&str> = catalog
                .items()
                .iter()
                .filter(|i| i.group == *group)
                .map(|i| i.id.as_str())
                .collect();
            assert!(!ids.is_empty(), "group {group} is empty");
            let mut sorted = ids.clone();
            sorted.sort();
            assert_eq!(ids, sorted, "items of {group} are not in id order");
        }
    }

    #[test]
    fn every_source_document_is_cited_by_some_item_or_is_background() {
        let catalog = Catalog::builtin();
        let cited: HashSet<&str> = catalog
            .items()
            .iter()
            .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
            .collect();
        // Most documents are cited; the remainder are background material (clinic pages, news).
        assert!(cited.len() >= 15, "only {} source documents are cited", cited.len());
    }

    #[test]
    fn lookups_ignore_case_and_spaces() {
        let catalog = Catalog::builtin();
        assert_eq!(catalog.get(" sim-08 ").map(|i| i.id.as_str()), Some("SIM-08"));
        assert!(catalog.get("SIM-99").is_none());
        assert_eq!(catalog.source("s9").map(|s| s.id.as_str()), Some("S9"));
    }

    #[test]
    fn recalled_items_are_kept_and_flagged() {
        let recalled = Catalog::builtin()
            .items()
            .iter()
            .filter(|i| i.flag == Flag::Recalled)
            .count();
        assert!(recalled > 0, "the recalled flag must survive loading");
    }

    fn item(id: &str, group: CatalogGroup, title: &str, source: &str) -> Recommendation {
        Recommendation {
            id: id.into(),
            title: title.into(),
            title_fr: format!("{title} (fr)"),
            group,
            topic: "t".into(),
            topic_fr: "thème".into(),
            vulnerability: "v".into(),
            vulnerability_fr: "vulnérabilité".into(),
            threat: ThreatCategory::Malware,
            stakeholders: vec![Stakeholder::DfsProvider],
            statement: "s".into(),
            statement_fr: "énoncé".into(),
            flag: Flag::Verified,
            sources: vec![SourceRef {
                document: source.into(),
                reference: "§1".into(),
            }],
            dimensions: vec![],
            note: None,
            note_fr: None,
        }
    }

    fn doc(id: &str) -> SourceDocument {
        SourceDocument {
            id: id.into(),
            title: "T".into(),
            title_fr: "Titre".into(),
            publisher: "P".into(),
            year: "2020".into(),
            url: "https://example.org".into(),
        }
    }

    #[test]
    fn broken_catalogs_are_refused_with_the_rule_they_break() {
        let cases = [
            (
                vec![
                    item("PAY-01", CatalogGroup::Payment, "A", "S1"),
                    item("PAY-01", CatalogGroup::Payment, "B", "S1"),
                ],
                "id used twice",
            ),
            (
                vec![item("PAY-1", CatalogGroup::Payment, "A", "S1")],
                "id must look like",
            ),
            (
                vec![item("SIM-01", CatalogGroup::Payment, "A", "S1")],
                "id must look like",
            ),
            (
                vec![item("PAY-01", CatalogGroup::Payment, "A", "S7")],
                "not in sources.toml",
            ),
            (
                vec![
                    item("PAY-01", CatalogGroup::Payment, "A", "S1"),
                    item("PAY-02", CatalogGroup::Payment, "a", "S1"),
                ],
                "used by another item",
            ),
            (
                vec![item("PAY-01", CatalogGroup::Payment, "", "S1")],
                "must not be empty",
            ),
        ];
        for (items, expected) in cases {
            let err = Catalog::new(items, vec![doc("S1")]).unwrap_err().to_string();
            assert!(err.contains(expected), "expected \"{expected}\" in \"{err}\"");
        }
        let mut no_source = item("PAY-01", CatalogGroup::Payment, "A", "S1");
        no_source.sources.clear();
        assert!(
            Catalog::new(vec![no_source], vec![doc("S1")])
                .unwrap_err()
                .to_string()
                .contains("cites no source")
        );
        let mut no_stakeholder = item("PAY-01", CatalogGroup::Payment, "A", "S1");
        no_stakeholder.stakeholders.clear();
        assert!(Catalog::new(vec![no_stakeholder], vec![doc("S1")]).is_err());
    }

    #[test]
    fn an_unknown_code_in_a_data_file_fails_to_parse() {
        let text = r#"
[[recommendation]]
id = "PAY-01"
title = "A"
title_fr = "Un"
topic = "t"
topic_fr = "thème"
vulnerability = "v"
vulnerability_fr = "vulnérabilité"
threat = "bad-luck"
stakeholders = ["DFSP"]
statement = "s"
statement_fr = "é"
flag = "verified"
sources = [{ document = "S1", reference = "C1" }]
"#;
        let err = toml::from_str::<GroupFile>(text)
            .err()
            .expect("unknown threat accepted")
            .to_string();
        assert!(err.contains("bad-luck"), "{err}");
    }

    #[test]
    fn every_item_and_every_source_is_in_english_and_in_french() {
        let catalog = Catalog::builtin();
        assert_eq!(catalog.items().len(), 152, "the catalog has 152 items, each translated");
        for item in catalog.items() {
            for (english, french) in [
                (item.title_in(Language::En), item.title_in(Language::Fr)),
                (item.statement_in(Language::En), item.statement_in(Language::Fr)),
            ] {
                assert!(!french.is_empty() && french != english, "{}: {french}", item.id);
                french_text("french", french, english).unwrap_or_else(|p| panic!("{}: {p}", item.id));
            }
        }
        for item in catalog.items() {
            let texts = [
                (item.topic_in(Language::En), item.topic_in(Language::Fr)),
                (item.vulnerability_in(Language::En), item.vulnerability_in(Language::Fr)),
            ];
            for (english, french) in texts {
                french_text("french", french, english).unwrap_or_else(|p| panic!("{}: {p}", item.id));
            }
            assert_eq!(
                item.note_in(Language::En).is_some(),
                item.note_in(Language::Fr).is_some(),
                "{}: a note in one language only",
                item.id
            );
        }
        let french_titles: HashSet<String> = catalog.items().iter().map(|i| i.title_fr.to_lowercase()).collect();
        assert_eq!(french_titles.len(), catalog.items().len(), "French titles are unique");
        for doc in catalog.sources() {
            assert_ne!(doc.title_in(Language::Fr), doc.title_in(Language::En), "{}", doc.id);
            french_text("title_fr", &doc.title_fr, &doc.title).unwrap_or_else(|p| panic!("{}: {p}", doc.id));
        }
    }

    #[test]
    fn every_code_the_catalog_uses_has_a_french_label() {
        let catalog = Catalog::builtin();
        let mut labels: Vec<(&str, &str)> = Vec::new();
        for item in catalog.items() {
            labels.push((item.group.label(), item.group.label_in(Language::Fr)));
            labels.push((item.threat.label(), item.threat.label_in(Language::Fr)));
            labels.push((item.flag.label(), item.flag.label_in(Language::Fr)));
            labels.extend(item.stakeholders.iter().map(|s| (s.label(), s.label_in(Language::Fr))));
            labels.extend(item.dimensions.iter().map(|d| (d.label(), d.label_in(Language::Fr))));
        }
        for (english, french) in labels {
            assert!(!french.is_empty() && french != english, "{english} has no French label");
            check_french_typography(french).unwrap_or_else(|e| panic!("{french}: {e}"));
        }
        assert_eq!(CatalogGroup::Sim.label_in(Language::Fr), "Cycle de vie de la carte SIM");
    }

    #[test]
    fn a_search_without_accents_finds_french_catalog_text() {
        let hits: Vec<&str> = Catalog::builtin()
            .items()
            .iter()
            .filter(|i| fold_for_search(&i.statement_fr).contains(&fold_for_search("securite des SFN")))
            .map(|i| i.id.as_str())
            .collect();
        assert!(
            hits.contains(&"REG-01"),
            "« sécurité des SFN » in REG-01 not found: {hits:?}"
        );
        // The unaccented word narrows the list: it is not a match on everything.
        assert!(hits.len() < Catalog::builtin().items().len(), "{} hits", hits.len());
        let item = Catalog::builtin().get("SIM-01").expect("SIM-01");
        assert!(fold_for_search(item.title_in(Language::Fr)).contains("verification biometrique"));
    }

    #[test]
    fn french_left_in_english_or_badly_spaced_is_refused() {
        let cases: [(&str, &str, &str); 6] = [
            ("s", "s", "is the English text"),
            (
                "Enforce idle timeouts",
                "Imposer the idle timeouts",
                "English word \"the\"",
            ),
            (
                "Decide: adopt",
                "Décident : adopter",
                "no-break space (U+00A0) before it",
            ),
            ("Decide; adopt", "Décident; adopter", "narrow no-break space (U+202F)"),
            (
                "the \"SIM\"",
                "la « SIM\u{a0}»",
                "« must be followed by a no-break space",
            ),
            ("the \"SIM\"", "la \"SIM\"", "straight double quotes"),
        ];
        for (english, french, expected) in cases {
            let mut bad = item("PAY-01", CatalogGroup::Payment, "A", "S1");
            bad.statement = english.into();
            bad.statement_fr = french.into();
            let err = Catalog::new(vec![bad], vec![doc("S1")]).unwrap_err().to_string();
            assert!(
                err.contains("statement_fr") && err.contains(expected),
                "{french}: {err}"
            );
        }
        let twins = vec![
            item("PAY-01", CatalogGroup::Payment, "A", "S1"),
            Recommendation {
                id: "PAY-02".into(),
                title: "B".into(),
                ..item("PAY-02", CatalogGroup::Payment, "A", "S1")
            },
        ];
        let err = Catalog::new(twins, vec![doc("S1")]).unwrap_err().to_string();
        assert!(err.contains("French title \"A (fr)\" is used by another item"), "{err}");
        let mut note_in_english_only = item("PAY-01", CatalogGroup::Payment, "A", "S1");
        note_in_english_only.note = Some("Source text partly truncated.".into());
        let err = Catalog::new(vec![note_in_english_only], vec![doc("S1")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("note and note_fr go together"), "{err}");
        let mut untranslated = doc("S1");
        untranslated.title_fr = untranslated.title.clone();
        let err = Catalog::new(
            vec![item("PAY-01", CatalogGroup::Payment, "A", "S1")],
            vec![untranslated],
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("catalog source S1: title_fr is the English text"), "{err}");
    }

    #[test]
    fn an_item_without_its_french_statement_fails_to_parse() {
        let text = r#"
[[recommendation]]
id = "PAY-01"
title = "A"
title_fr = "Un"
topic = "t"
topic_fr = "thème"
vulnerability = "v"
vulnerability_fr = "vulnérabilité"
threat = "malware"
stakeholders = ["DFSP"]
statement = "s"
flag = "verified"
sources = [{ document = "S1", reference = "C1" }]
"#;
        let err = toml::from_str::<GroupFile>(text)
            .err()
            .expect("an item without statement_fr accepted")
            .to_string();
        assert!(err.contains("statement_fr"), "{err}");
    }
}
