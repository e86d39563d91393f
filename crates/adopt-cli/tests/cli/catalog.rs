//! `catalog list`, `show` and `sources` (contract §2).

use crate::common::Db;

#[test]
fn catalog_list_prints_every_item_with_the_contract_keys() {
    let db = Db::new();
    let items = db.json(&["catalog", "list", "--json"]);
    let items = items.as_array().unwrap();
    assert!(items.len() >= 140, "only {} items", items.len());
    for key in [
        "id",
        "title",
        "group",
        "threat",
        "stakeholders",
        "statement",
        "flag",
        "sources",
    ] {
        assert!(items.iter().all(|i| !i[key].is_null()), "an item lacks {key}");
    }
    for group in ["REG", "TEL", "SIM", "PAY", "APP", "USR"] {
        assert!(items.iter().any(|i| i["group"] == group), "no item in {group}");
    }
    let sources = &items[0]["sources"][0];
    assert!(sources["document"].as_str().unwrap().starts_with('S') && sources["reference"].is_string());
    assert!(
        items.iter().any(|i| i["flag"] == "recalled"),
        "recalled items are kept and flagged"
    );
}

#[test]
fn catalog_list_filters_by_group_and_searches_full_text() {
    let db = Db::new();
    let sim = db.json(&["catalog", "list", "--group", "sim", "--json"]);
    assert!(sim.as_array().unwrap().iter().all(|i| i["group"] == "SIM"));
    let found = db.json(&["catalog", "list", "--search", "SIM swap", "--json"]);
    let ids: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"SIM-01"), "searching \"SIM swap\" finds SIM-01: {ids:?}");
    let narrowed = db.json(&["catalog", "list", "--search", "SIM swap", "--group", "REG", "--json"]);
    assert!(narrowed.as_array().unwrap().iter().all(|i| i["group"] == "REG"));
    // Search syntax in user text is never an error.
    let odd = db.run(&["catalog", "list", "--search", "\"OR NEAR(* -", "--json"]);
    assert_eq!(odd.code, 0, "{}", odd.stderr);
    let none = db.ok(&["catalog", "list", "--search", "zzzzqqq"]);
    assert!(none.contains("No catalog item matches"));
}

#[test]
fn catalog_show_resolves_the_source_documents() {
    let db = Db::new();
    let item = db.json(&["catalog", "show", "sim-08", "--json"]);
    assert_eq!(item["id"], "SIM-08");
    let source = &item["sources"][0];
    for key in ["document", "reference", "title", "publisher", "year", "url"] {
        assert!(source[key].is_string(), "source lacks {key}: {source}");
    }
    let text = db.ok(&["catalog", "show", "SIM-08"]);
    assert!(
        text.contains("authoritative"),
        "the text view says the source is authoritative"
    );
    let out = db.run(&["catalog", "show", "SIM-99"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("error: unknown recommendation \"SIM-99\""),
        "{}",
        out.stderr
    );
}

#[test]
fn catalog_sources_lists_the_documents() {
    let db = Db::new();
    let sources = db.json(&["catalog", "sources", "--json"]);
    let sources = sources.as_array().unwrap();
    assert!(sources.len() >= 20);
    assert!(sources.iter().all(|s| s["url"].as_str().unwrap().starts_with("http")));
}

#[test]
fn an_unknown_group_is_a_usage_error() {
    let db = Db::new();
    let out = db.run(&["catalog", "list", "--group", "XYZ"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: unknown group \"XYZ\"; use one of: REG, TEL, SIM, PAY, APP, USR\n"
    );
}
