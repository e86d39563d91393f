//! The tagged PDF's logical structure (ISO 32000-1, 14.7–14.8; PDF/UA-1), written into the
//! saved document: one structure element per heading, paragraph, list part, table part and
//! contents entry, each pointing at its marked content on the pages (MCIDs from `ops`), the
//! parent tree that maps them back, and the link annotations attached to their Link
//! elements. Also the page and catalog entries a tagged file needs: /StructParents, /Tabs /S,
//! /MarkInfo.

use lopdf::{Dictionary, Object, ObjectId};

use crate::error::PdfError;
use crate::metadata::text_string;
use crate::page::{Node, Role};

/// What one page's drawing left for the structure: the element of each MCID (by index), and
/// for each link annotation, in order, its element and what it leads to.
pub(crate) struct PageTags {
    pub(crate) mcids: Vec<usize>,
    pub(crate) links: Vec<(Option<usize>, String)>,
}

/// Annotation flag 3, "Print": PDF/A wants every annotation printed as it is shown.
const PRINT: i64 = 4;

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// The attributes some elements carry: a column header's scope, a list's numbering.
fn attributes(role: Role) -> Option<Object> {
    let mut a = Dictionary::new();
    match role {
        Role::TH => {
            a.set("O", name("Table"));
            a.set("Scope", name("Column"));
        }
        Role::L { ordered } => {
            a.set("O", name("List"));
            a.set("ListNumbering", name(if ordered { "Decimal" } else { "Disc" }));
        }
        _ => return None,
    }
    Some(Object::Dictionary(a))
}

/// Writes the structure tree of `structure` (element 0 the document) with the marked content
/// and links of `pages`, and marks the document as tagged.
pub(crate) fn finish(lo: &mut lopdf::Document, structure: &[Node], pages: &[PageTags]) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    if structure.is_empty() {
        return Err(PdfError::Write("the structure tree has no document element".into()));
    }
    if page_ids.len() != pages.len() {
        return Err(PdfError::Write(format!(
            "{} pages drawn but {} in the file",
            pages.len(),
            page_ids.len()
        )));
    }
    let root_id = lo.new_object_id();
    let ids: Vec<ObjectId> = structure.iter().map(|_| lo.new_object_id()).collect();
    // Each element's children, in reading order: elements were made in that order, and an
    // element holds either other elements or marked content (with its links), never both.
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); structure.len()];
    // The page of each element's first content, which its own /Pg names.
    let mut first_page: Vec<Option<ObjectId>> = vec![None; structure.len()];
    for (i, node) in structure.iter().enumerate().skip(1) {
        if let Some(p) = node.parent.filter(|p| *p < i) {
            kids[p].push(Object::Reference(ids[i]));
        }
    }
    let mut nums = Vec::with_capacity(2 * pages.len());
    let mut annotation_parents = Vec::new();
    let mut next_key = pages.len() as i64;
    for (p, (tags, &page_id)) in pages.iter().zip(&page_ids).enumerate() {
        let mut parents = Vec::with_capacity(tags.mcids.len());
        for (mcid, &e) in tags.mcids.iter().enumerate() {
            let Some(elem) = ids.get(e) else {
                return Err(PdfError::Write(format!("marked content for unknown element {e}")));
            };
            parents.push(Object::Reference(*elem));
            let pg = *first_page[e].get_or_insert(page_id);
            kids[e].push(if pg == page_id {
                Object::Integer(mcid as i64)
            } else {
                let mut mcr = Dictionary::new();
                mcr.set("Type", name("MCR"));
                mcr.set("Pg", Object::Reference(page_id));
                mcr.set("MCID", Object::Integer(mcid as i64));
                Object::Dictionary(mcr)
            });
        }
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Array(parents));

        // The link annotations: indirect objects, printable, described, and attached to their
        // Link elements.
        let page = lo.get_object(page_id).and_then(Object::as_dict).map_err(err)?;
        let annots: Vec<Object> = match page.get(b"Annots") {
            Ok(Object::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        let mut refs = Vec::with_capacity(annots.len());
        for (k, annot) in annots.into_iter().enumerate() {
            let mut annot = match annot {
                Object::Dictionary(d) => d,
                Object::Reference(r) => lo.get_object(r).and_then(Object::as_dict).map_err(err)?.clone(),
                _ => continue,
            };
            annot.set("F", Object::Integer(PRINT));
            let (element, target) = tags.links.get(k).cloned().unwrap_or((None, String::new()));
            if !target.is_empty() {
                annot.set("Contents", text_string(&target));
            }
            let element = element.filter(|e| *e < ids.len());
            if element.is_some() {
                annot.set("StructParent", Object::Integer(next_key));
            }
            let annot_id = lo.add_object(annot);
            if let Some(e) = element {
                let mut objr = Dictionary::new();
                objr.set("Type", name("OBJR"));
                objr.set("Pg", Object::Reference(page_id));
                objr.set("Obj", Object::Reference(annot_id));
                kids[e].push(Object::Dictionary(objr));
                first_page[e].get_or_insert(page_id);
                annotation_parents.push((next_key, ids[e]));
                next_key += 1;
            }
            refs.push(Object::Reference(annot_id));
        }
        let page = lo.get_object_mut(page_id).and_then(Object::as_dict_mut).map_err(err)?;
        if refs.is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", Object::Array(refs));
        }
        page.set("StructParents", Object::Integer(p as i64));
        // Annotations are visited in the order of the structure.
        page.set("Tabs", name("S"));
    }
    for (key, elem) in annotation_parents {
        nums.push(Object::Integer(key));
        nums.push(Object::Reference(elem));
    }

    for (i, node) in structure.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Type", name("StructElem"));
        d.set("S", name(node.role.name()));
        d.set(
            "P",
            Object::Reference(node.parent.and_then(|p| ids.get(p).copied()).unwrap_or(root_id)),
        );
        if let Some(pg) = first_page[i] {
            d.set("Pg", Object::Reference(pg));
        }
        if let Some(a) = attributes(node.role) {
            d.set("A", a);
        }
        d.set("K", Object::Array(std::mem::take(&mut kids[i])));
        lo.set_object(ids[i], d);
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let parent_tree_id = lo.add_object(parent_tree);
    let mut root = Dictionary::new();
    root.set("Type", name("StructTreeRoot"));
    root.set("K", Object::Reference(ids[0]));
    root.set("ParentTree", Object::Reference(parent_tree_id));
    root.set("ParentTreeNextKey", Object::Integer(next_key));
    lo.set_object(root_id, root);

    let catalog = lo.catalog_mut().map_err(err)?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    Ok(())
}
