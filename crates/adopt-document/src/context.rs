//! The placeholders prose parts may use (listed in templates/README.md), and the values the
//! cover and document control print from them.

use serde::Serialize;

use crate::compose::template_words;
use crate::dates::long_date_in;
use crate::input::DraftInput;
use crate::template::Template;
use crate::words::join_and;

/// What prose parts may use as `{{ placeholders }}` (listed in templates/README.md).
#[derive(Serialize)]
pub(crate) struct Context {
    pub(crate) title: String,
    short_title: String,
    pub(crate) instrument: String,
    jurisdiction: String,
    workspace: String,
    /// "the Lesotho Communications Authority (LCA) and the Central Bank of Lesotho (CBL)"
    issuers_text: String,
    authorities: Vec<AuthorityContext>,
    version: String,
    reference: String,
    prepared_by: String,
    event: String,
    /// The document date, written out: "6 June 2025".
    pub(crate) date: String,
    pub(crate) adopted_count: usize,
    pub(crate) selected_count: usize,
}

#[derive(Serialize)]
struct AuthorityContext {
    code: String,
    name: String,
    /// The name with its article, as a sentence names it: "the Central Bank of Lesotho",
    /// « l’Autorité de régulation… », « la Banque centrale… ».
    designation: String,
    kind: String,
}

impl Context {
    pub(crate) fn new(input: &DraftInput<'_>, template: &Template) -> Context {
        let w = input.workspace;
        let words = template_words(template);
        let named: Vec<String> = w.authorities.iter().map(|a| (words.issuer)(&a.name, &a.code)).collect();
        let issuers_text = join_and(&named, words.and);
        Context {
            title: template.manifest.title.clone(),
            short_title: template.manifest.short_title.clone(),
            instrument: template.manifest.instrument.clone(),
            jurisdiction: w.jurisdiction.clone(),
            workspace: w.name.clone(),
            issuers_text,
            authorities: w
                .authorities
                .iter()
                .map(|a| AuthorityContext {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    designation: (words.designation)(&a.name),
                    kind: a.kind.label_in(words.language).to_string(),
                })
                .collect(),
            version: w.doc_version.clone().unwrap_or_default(),
            reference: w.reference.clone().unwrap_or_default(),
            prepared_by: w.prepared_by.clone().unwrap_or_default(),
            event: w.event.clone().unwrap_or_default(),
            date: long_date_in(input.date, words.language),
            adopted_count: input.items.iter().filter(|i| i.decision.status.is_adopted()).count(),
            selected_count: input.items.len(),
        }
    }
}
