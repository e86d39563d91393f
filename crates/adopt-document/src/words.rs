//! Every word the composition writes itself (headings of generated parts, table headers,
//! labels, markings, sentences with counts), once per document language. A [`Words`] is a
//! struct of fields, one constant per language: a French word left out does not compile.
//! Sentences with values are functions, so each language builds its own grammar (plurals,
//! word order) instead of filling an English pattern.
//!
//! The French is written for this project, in the register of a West African regulator's
//! texts; it is never presented as ITU text.

use adopt_domain::Language;

/// The words of one document language.
pub(crate) struct Words {
    pub(crate) language: Language,
    // Markings and page furniture.
    pub(crate) draft_marking: &'static str,
    pub(crate) incomplete_marking: &'static str,
    pub(crate) working_draft_line: &'static str,
    pub(crate) version: &'static str,
    pub(crate) page_label: &'static str,
    pub(crate) contents: &'static str,
    pub(crate) subject: fn(&str) -> String,
    pub(crate) keywords: [&'static str; 3],
    // Headings of the generated parts when the manifest gives none.
    pub(crate) part_cover: &'static str,
    pub(crate) part_document_control: &'static str,
    pub(crate) part_requirements: &'static str,
    pub(crate) part_timeline: &'static str,
    pub(crate) part_responsibilities: &'static str,
    pub(crate) part_signatures: &'static str,
    pub(crate) annex_not_adopted: &'static str,
    pub(crate) annex_sources: &'static str,
    pub(crate) annex_definitions: &'static str,
    pub(crate) annex_discussion: &'static str,
    pub(crate) annex_divergence: &'static str,
    pub(crate) annex_gap_analysis: &'static str,
    pub(crate) annex_comments: &'static str,
    /// Annex H's title up to the version label.
    pub(crate) annex_changes_prefix: &'static str,
    pub(crate) annex_findings: &'static str,
    // Cover and document control.
    pub(crate) to_be_completed: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) date: &'static str,
    pub(crate) prepared_at: &'static str,
    pub(crate) prepared_by: &'static str,
    pub(crate) note: &'static str,
    pub(crate) fingerprint_of_version: fn(&str) -> String,
    pub(crate) fingerprint_of_working_draft: &'static str,
    /// Workspace name, adopted count, selected count.
    pub(crate) prepared_with: fn(&str, usize, usize) -> String,
    /// "Done at ___, jurisdiction, on ___."
    pub(crate) done_at: fn(&str) -> String,
    pub(crate) signature_lines: [&'static str; 3],
    /// How issuing authorities are listed in prose: "the X (XA)".
    pub(crate) issuer: fn(&str, &str) -> String,
    /// An authority's name with its article: "the X", « l’Autorité… ».
    pub(crate) designation: fn(&str) -> String,
    pub(crate) and: &'static str,
    // Requirements.
    pub(crate) about_statements: &'static str,
    /// The list of cited source documents, or `none_cited`.
    pub(crate) about_statements_text: fn(&str) -> String,
    pub(crate) none_cited: &'static str,
    pub(crate) none_adopted: &'static str,
    pub(crate) statement_for_comparison: &'static str,
    pub(crate) conditions_agreed: &'static str,
    pub(crate) addressed_to: &'static str,
    pub(crate) to_be_assigned: &'static str,
    pub(crate) lead_authority: &'static str,
    pub(crate) supporting: &'static str,
    pub(crate) priority_field: &'static str,
    pub(crate) to_be_set: &'static str,
    pub(crate) target_date_field: &'static str,
    pub(crate) source_field: &'static str,
    pub(crate) recalled: &'static str,
    /// The heading of a clause: "Article 12" in French, where clauses are articles.
    pub(crate) article: fn(u32) -> String,
    /// How a table refers to article `n`: « art. 1er », « art. 7 ».
    pub(crate) article_short: fn(u32) -> String,
    // Implementation.
    pub(crate) timeline_intro: &'static str,
    pub(crate) not_set: &'static str,
    pub(crate) col_target_date: &'static str,
    pub(crate) col_clause: &'static str,
    pub(crate) col_requirement: &'static str,
    pub(crate) col_lead: &'static str,
    pub(crate) col_priority: &'static str,
    pub(crate) col_role: &'static str,
    pub(crate) role_lead: &'static str,
    pub(crate) role_supporting: &'static str,
    pub(crate) nothing_assigned: &'static str,
    // Annexes A to C.
    pub(crate) all_adopted: &'static str,
    pub(crate) not_adopted_intro: &'static str,
    pub(crate) col_item: &'static str,
    pub(crate) col_recommendation: &'static str,
    pub(crate) col_decision: &'static str,
    pub(crate) col_reason: &'static str,
    pub(crate) col_rationale: &'static str,
    pub(crate) no_source: &'static str,
    pub(crate) sources_intro: &'static str,
    pub(crate) col_id: &'static str,
    pub(crate) col_title: &'static str,
    pub(crate) col_publisher: &'static str,
    pub(crate) col_year: &'static str,
    pub(crate) col_address: &'static str,
    /// A source's publisher and year as the catalog gives them (in English), in this language.
    pub(crate) publisher: fn(&str) -> String,
    pub(crate) year: fn(&str) -> String,
    /// Said under the sources table where the titles are this project's translations.
    pub(crate) translated_titles: Option<&'static str>,
    pub(crate) no_term: &'static str,
    pub(crate) in_this_instrument: &'static str,
    // Gap analysis and findings.
    pub(crate) no_target_date: &'static str,
    /// Year and quarter (1 to 4).
    pub(crate) quarter: fn(i32, u32) -> String,
    pub(crate) no_survey: &'static str,
    pub(crate) gap_intro: &'static str,
    pub(crate) gap_summary: &'static str,
    pub(crate) col_group: &'static str,
    pub(crate) col_authority: &'static str,
    pub(crate) col_implemented: &'static str,
    pub(crate) col_partly: &'static str,
    pub(crate) col_planned: &'static str,
    pub(crate) col_not_implemented: &'static str,
    pub(crate) col_no_answer: &'static str,
    pub(crate) roadmap: &'static str,
    pub(crate) no_gap: &'static str,
    pub(crate) roadmap_intro: &'static str,
    pub(crate) col_quarter: &'static str,
    pub(crate) col_in_place: &'static str,
    /// Authority code, answer, what is missing.
    pub(crate) answer_with_gap: fn(&str, &str, &str) -> String,
    pub(crate) answer: fn(&str, &str) -> String,
    pub(crate) no_answer: fn(&str) -> String,
    /// How many findings.
    pub(crate) findings_intro: fn(usize) -> String,
    pub(crate) document: &'static str,
    pub(crate) col_finding: &'static str,
    pub(crate) col_what_to_do: &'static str,
    // Annex G.
    pub(crate) comments_intro: fn(usize, usize) -> String,
    pub(crate) section: fn(u32) -> String,
    pub(crate) insert: fn(&str) -> String,
    pub(crate) delete: fn(&str) -> String,
    pub(crate) reworded: fn(&str) -> String,
    pub(crate) reply_from: fn(&str, &str) -> String,
    pub(crate) pending: &'static str,
    pub(crate) col_number: &'static str,
    pub(crate) col_reviewer: &'static str,
    pub(crate) col_comment: &'static str,
    pub(crate) col_disposition: &'static str,
    pub(crate) col_response: &'static str,
    // Annex H.
    pub(crate) nothing_changed: fn(&str) -> String,
    pub(crate) changes_intro: fn(&str, usize) -> String,
    pub(crate) col_what_changed: &'static str,
    pub(crate) col_before: &'static str,
    pub(crate) col_now: &'static str,
    // The discussion and the minutes.
    pub(crate) no_longer_selected: &'static str,
    pub(crate) place_not_recorded: &'static str,
    /// Session label, date, place.
    pub(crate) session_heading: fn(&str, &str, &str) -> String,
    pub(crate) no_participant: &'static str,
    pub(crate) col_name: &'static str,
    pub(crate) col_organisation: &'static str,
    pub(crate) col_speaks_for: &'static str,
    pub(crate) col_position: &'static str,
    pub(crate) divergent_escalated: &'static str,
    /// Resolution label, decision label.
    pub(crate) resolution_decision: fn(&str, &str) -> String,
    pub(crate) positions: &'static str,
    pub(crate) none_recorded: &'static str,
    pub(crate) resolution: &'static str,
    pub(crate) none_in_session: &'static str,
    pub(crate) conditions: &'static str,
    pub(crate) parked: &'static str,
    /// Action number.
    pub(crate) action: fn(&str) -> String,
    /// What, owner, due date.
    pub(crate) action_text: fn(&str, &str, &str) -> String,
    pub(crate) no_discussion: &'static str,
    /// Authority codes: "by LCA", "between LCA and CBL".
    pub(crate) between: fn(&[&str]) -> String,
    /// Sessions, then "between..."
    pub(crate) discussion_intro: fn(usize, &str) -> String,
    pub(crate) facilitator: &'static str,
    pub(crate) no_divergence: &'static str,
    /// Diverged, open.
    pub(crate) divergence_intro: fn(usize, usize) -> String,
    /// Day, session, resolution.
    pub(crate) settled_on: fn(&str, &str, &str) -> String,
    pub(crate) open: &'static str,
    pub(crate) escalated_awaiting: &'static str,
    /// Day, session.
    pub(crate) raised_on: fn(&str, &str) -> String,
    pub(crate) col_diverged: &'static str,
    pub(crate) col_positions: &'static str,
    pub(crate) col_outcome: &'static str,
    pub(crate) minutes_marking: &'static str,
    pub(crate) minutes_title: fn(&str) -> String,
    pub(crate) minutes_subject: fn(&str) -> String,
    pub(crate) minutes_keywords: [&'static str; 2],
    pub(crate) minutes_header: fn(&str) -> String,
    pub(crate) jurisdiction: &'static str,
    pub(crate) workspace: &'static str,
    pub(crate) session: &'static str,
    pub(crate) place: &'static str,
    pub(crate) not_recorded: &'static str,
    pub(crate) time_box: &'static str,
    pub(crate) minutes: fn(u32) -> String,
    pub(crate) minutes_dated: &'static str,
    pub(crate) participants: &'static str,
    pub(crate) summary: &'static str,
    /// Items, agreed, divergent, remaining, parked.
    pub(crate) minutes_summary: fn(usize, usize, usize, usize, usize) -> String,
    pub(crate) items_discussed: &'static str,
    pub(crate) no_item_discussed: &'static str,
    pub(crate) action_items: &'static str,
    pub(crate) no_action: &'static str,
    pub(crate) col_action: &'static str,
    pub(crate) col_owner: &'static str,
    pub(crate) col_due: &'static str,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "A, B and C" with the language's word for "and".
pub(crate) fn join_and(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

pub(crate) const EN: Words = Words {
    language: Language::En,
    draft_marking: "DRAFT — for legal review",
    incomplete_marking: "DRAFT — INCOMPLETE",
    working_draft_line: "Working draft — not circulated",
    version: "Version",
    page_label: "Page {page} of {pages}",
    contents: "Contents",
    subject: |j| format!("Adoption of the ITU DFS security recommendations in {j}"),
    keywords: ["digital financial services", "security", "ITU"],
    part_cover: "Cover",
    part_document_control: "Document control",
    part_requirements: "Requirements",
    part_timeline: "Implementation timeline",
    part_responsibilities: "Responsibilities of each authority",
    part_signatures: "Signatures",
    annex_not_adopted: "Annex A — Recommendations not adopted",
    annex_sources: "Annex B — Source documents",
    annex_definitions: "Annex C — Definitions",
    annex_discussion: "Annex D — Record of the open discussion",
    annex_divergence: "Annex E — Divergence register",
    annex_gap_analysis: "Annex F — Gap analysis and implementation roadmap",
    annex_comments: "Annex G — Comments received and their disposition",
    annex_changes_prefix: "Annex H — Changes since version ",
    annex_findings: "Completeness findings",
    to_be_completed: "[to be completed]",
    reference: "Reference",
    date: "Date",
    prepared_at: "Prepared at",
    prepared_by: "Prepared by",
    note: "Note",
    fingerprint_of_version: |label| format!("Fingerprint of version {label}: "),
    fingerprint_of_working_draft: "Fingerprint of the record this working draft was made from: ",
    prepared_with: |name, adopted, selected| {
        format!(
            "Prepared with dfs-adopt from the workspace \"{name}\": {adopted} of {selected} selected recommendations adopted."
        )
    },
    done_at: |j| format!("Done at ____________________, {j}, on ____________________."),
    signature_lines: ["Name", "Title", "Date"],
    issuer: |name, code| format!("the {name} ({code})"),
    designation: |name| format!("the {name}"),
    and: "and",
    about_statements: "About the statements. ",
    about_statements_text: |sources| {
        format!(
            "The requirements below summarise ITU DFS security recommendations in this document's own words; they are not ITU text. The source documents ({sources}) listed in Annex B are authoritative and should be consulted for the exact wording. Requirements whose source section could not be verified are marked as such."
        )
    },
    none_cited: "none cited",
    none_adopted: "No recommendation has been adopted yet.",
    statement_for_comparison: "Catalog statement, for comparison: ",
    conditions_agreed: "Conditions agreed: ",
    addressed_to: "Addressed to: ",
    to_be_assigned: "[to be assigned]",
    lead_authority: "Lead authority: ",
    supporting: "supporting: ",
    priority_field: "Priority: ",
    to_be_set: "[to be set]",
    target_date_field: "target date: ",
    source_field: "Source: ",
    recalled: "The source section of this requirement could not be verified; consult the source before relying on it.",
    article: |n| n.to_string(),
    article_short: |n| n.to_string(),
    timeline_intro: "The adopted requirements are to be implemented by the following target dates.",
    not_set: "Not set",
    col_target_date: "Target date",
    col_clause: "Clause",
    col_requirement: "Requirement",
    col_lead: "Lead",
    col_priority: "Priority",
    col_role: "Role",
    role_lead: "Lead",
    role_supporting: "Supporting",
    nothing_assigned: "No requirement is assigned to this authority yet.",
    all_adopted: "Every recommendation decided so far has been adopted.",
    not_adopted_intro: "The following recommendations were considered and not adopted in this instrument, deferred, or found to be covered already.",
    col_item: "Item",
    col_recommendation: "Recommendation",
    col_decision: "Decision",
    col_reason: "Reason",
    col_rationale: "Rationale",
    no_source: "No source is cited yet.",
    sources_intro: "The requirements of this instrument summarise the following documents, which are authoritative for their wording.",
    col_id: "Id",
    col_title: "Title",
    col_publisher: "Publisher",
    col_year: "Year",
    col_address: "Address",
    publisher: str::to_string,
    year: str::to_string,
    translated_titles: None,
    no_term: "The adopted requirements use no term that needs a definition.",
    in_this_instrument: "In this instrument:",
    no_target_date: "No target date",
    quarter: |year, q| format!("{year} Q{q}"),
    no_survey: "No gap-analysis survey has been imported for the recommendations of this draft.",
    gap_intro: "Before the open discussion each authority answered a gap-analysis survey: for each recommendation, whether it is in place today. The table counts the answers on the recommendations selected for this draft.",
    gap_summary: "Gap-analysis summary",
    col_group: "Group",
    col_authority: "Authority",
    col_implemented: "Implemented",
    col_partly: "Partly",
    col_planned: "Planned",
    col_not_implemented: "Not implemented",
    col_no_answer: "N/A, unknown or no answer",
    roadmap: "Implementation roadmap",
    no_gap: "Every adopted requirement is reported implemented by every authority: there is no gap to close.",
    roadmap_intro: "The adopted requirements that an authority does not report implemented (or not applicable to it), by the quarter of their target date and by priority.",
    col_quarter: "Quarter",
    col_in_place: "In place today, and the gap",
    answer_with_gap: |code, status, gap| format!("{code}: {status} (gap: {gap})"),
    answer: |code, status| format!("{code}: {status}"),
    no_answer: |code| format!("{code}: no answer"),
    findings_intro: |n| {
        format!(
            "This draft is incomplete. The completeness check found {n} point{} to resolve before legal review; this annex and the \"DRAFT — INCOMPLETE\" marking disappear once they are resolved.",
            plural(n)
        )
    },
    document: "Document",
    col_finding: "Finding",
    col_what_to_do: "What to do",
    comments_intro: |received, answered| {
        format!(
            "This annex lists each comment and proposed change received from reviewers, in the order of the clauses, and how it was dealt with: {received} received, {answered} answered."
        )
    },
    section: |n| format!("Section {n}"),
    insert: |t| format!("Insert: “{t}”"),
    delete: |t| format!("Delete: “{t}”"),
    reworded: |t| format!("Reworded the clause: “{t}”"),
    reply_from: |who, t| format!(" Reply from {who}: {t}"),
    pending: "Pending",
    col_number: "No.",
    col_reviewer: "Reviewer and organisation",
    col_comment: "Comment",
    col_disposition: "Disposition",
    col_response: "Response",
    nothing_changed: |label| format!("Nothing has changed since version {label}."),
    changes_intro: |label, n| {
        format!(
            "This annex lists every change to the record since version {label}: {n} change{}. In the text above they are shown as tracked changes.",
            plural(n)
        )
    },
    col_what_changed: "What changed",
    col_before: "Before",
    col_now: "Now",
    no_longer_selected: "(no longer selected)",
    place_not_recorded: "place not recorded",
    session_heading: |label, date, place| format!("Session {label}: {date}, {place}"),
    no_participant: "No participant was recorded.",
    col_name: "Name",
    col_organisation: "Organisation",
    col_speaks_for: "Speaks for",
    col_position: "Position",
    divergent_escalated: "Divergent — escalated; the decision stays open",
    resolution_decision: |r, d| format!("{r}; decision: {d}"),
    positions: "Positions: ",
    none_recorded: "none recorded",
    resolution: "Resolution: ",
    none_in_session: "none recorded in this session",
    conditions: "Conditions: ",
    parked: "Parked for later: ",
    action: |n| format!("Action {n}: "),
    action_text: |what, owner, due| format!("{what} — {owner}, by {due}"),
    no_discussion: "No open discussion has been recorded for this draft.",
    between: |codes| match codes {
        [one] => format!("by {one}"),
        [init @ .., last] => format!("between {} and {last}", init.join(", ")),
        [] => "between the authorities".to_string(),
    },
    discussion_intro: |sessions, who| {
        format!(
            "The recommendations were discussed in {sessions} session{} {who}. For each item this annex records the position of each authority, the joint resolution, any conditions, and the actions agreed.",
            plural(sessions)
        )
    },
    facilitator: "Facilitator",
    no_divergence: "The authorities did not diverge on any recommendation.",
    divergence_intro: |diverged, open| {
        format!(
            "The authorities diverged on {diverged} recommendation{}; {} settled and {open} still open. Open items stay undecided in this draft until the authorities settle them, for example through the joint committee of their memorandum of understanding.",
            plural(diverged),
            diverged - open
        )
    },
    settled_on: |day, session, r| format!("Settled on {day} (session {session}): {r}"),
    open: "Open",
    escalated_awaiting: " — escalated, awaiting settlement",
    raised_on: |day, session| format!("{day} (session {session})"),
    col_diverged: "Diverged",
    col_positions: "Positions",
    col_outcome: "Outcome",
    minutes_marking: "Minutes — draft for approval by the participants",
    minutes_title: |date| format!("Minutes of the open discussion, {date}"),
    minutes_subject: |j| format!("Open discussion on the ITU DFS security recommendations in {j}"),
    minutes_keywords: ["minutes", "open discussion"],
    minutes_header: |name| format!("Open discussion minutes — {name}"),
    jurisdiction: "Jurisdiction",
    workspace: "Workspace",
    session: "Session",
    place: "Place",
    not_recorded: "not recorded",
    time_box: "Time box",
    minutes: |m| format!("{m} minutes"),
    minutes_dated: "Minutes dated",
    participants: "Participants",
    summary: "Summary",
    minutes_summary: |items, agreed, divergent, remaining, parked| {
        format!(
            "{items} item{} discussed: {agreed} agreed, {divergent} divergent, {remaining} without a resolution ({parked} parked for later).",
            plural(items)
        )
    },
    items_discussed: "Items discussed",
    no_item_discussed: "No item was discussed in this session.",
    action_items: "Action items",
    no_action: "No action item was recorded.",
    col_action: "Action",
    col_owner: "Owner",
    col_due: "Due",
};

/// The French noun of a count: "1 séance", "2 séances".
fn fr_count(n: usize, one: &str, many: &str) -> String {
    // In French, 0 and 1 take the singular.
    if n <= 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The article before an authority's name: « l’Autorité », « la Banque centrale », « le Conseil ».
pub(crate) fn fr_article(name: &str) -> &'static str {
    let first = name.split_whitespace().next().unwrap_or_default();
    let starts_with_vowel = first
        .chars()
        .next()
        .is_some_and(|c| "aâàeéèêiîoôuûyhAÂÀEÉÈÊIÎOÔUÛYH".contains(c));
    const MASCULINE: &[&str] = &[
        "conseil",
        "comité",
        "ministère",
        "bureau",
        "centre",
        "service",
        "trésor",
        "fonds",
        "régulateur",
        "secrétariat",
        "groupement",
    ];
    if starts_with_vowel {
        "l’"
    } else if MASCULINE.contains(&first.to_lowercase().as_str()) {
        "le "
    } else {
        "la "
    }
}

pub(crate) const FR: Words = Words {
    language: Language::Fr,
    draft_marking: "PROJET — pour examen juridique",
    incomplete_marking: "PROJET — INCOMPLET",
    working_draft_line: "Projet de travail — non diffusé",
    version: "Version",
    page_label: "Page {page} sur {pages}",
    contents: "Sommaire",
    subject: |j| {
        format!(
            "Adoption des recommandations de l’UIT relatives à la sécurité des services financiers numériques — {j}"
        )
    },
    keywords: ["services financiers numériques", "sécurité", "UIT"],
    part_cover: "Couverture",
    part_document_control: "Suivi du document",
    part_requirements: "Exigences",
    part_timeline: "Calendrier de mise en œuvre",
    part_responsibilities: "Responsabilités de chaque autorité",
    part_signatures: "Signatures",
    annex_not_adopted: "Annexe A — Recommandations non retenues",
    annex_sources: "Annexe B — Documents sources",
    annex_definitions: "Annexe C — Définitions",
    annex_discussion: "Annexe D — Compte rendu de la concertation",
    annex_divergence: "Annexe E — Registre des divergences",
    annex_gap_analysis: "Annexe F — Analyse des écarts et feuille de route de mise en œuvre",
    annex_comments: "Annexe G — Observations reçues et suites données",
    annex_changes_prefix: "Annexe H — Modifications depuis la version ",
    annex_findings: "Points à compléter",
    to_be_completed: "[à compléter]",
    reference: "Référence",
    date: "Date",
    prepared_at: "Établi à l’occasion de",
    prepared_by: "Établi par",
    note: "Observations",
    fingerprint_of_version: |label| format!("Empreinte de la version {label} : "),
    fingerprint_of_working_draft: "Empreinte de l’état du dossier dont est issu ce projet de travail : ",
    prepared_with: |name, adopted, selected| {
        format!(
            "Établi avec dfs-adopt à partir de l’espace de travail « {name} » : {adopted} {} sur {} {}.",
            if adopted <= 1 {
                "recommandation retenue"
            } else {
                "recommandations retenues"
            },
            selected,
            if selected <= 1 {
                "sélectionnée"
            } else {
                "sélectionnées"
            },
        )
    },
    done_at: |j| format!("Fait à ____________________ ({j}), le ____________________."),
    signature_lines: ["Nom", "Fonction", "Date"],
    issuer: |name, code| format!("{}{name} ({code})", fr_article(name)),
    designation: |name| format!("{}{name}", fr_article(name)),
    and: "et",
    about_statements: "Nature des énoncés. ",
    about_statements_text: |sources| {
        format!(
            "Les exigences ci-après résument, dans les termes propres au présent texte, des recommandations de l’UIT relatives à la sécurité des services financiers numériques ; elles ne reproduisent pas le texte de l’UIT. Seuls les documents sources ({sources}) énumérés à l’annexe B font foi et doivent être consultés pour leur libellé exact. Les exigences dont la section source n’a pu être vérifiée sont signalées comme telles."
        )
    },
    none_cited: "aucun document cité",
    none_adopted: "Aucune recommandation n’a encore été retenue.",
    statement_for_comparison: "Énoncé du catalogue, pour comparaison : ",
    conditions_agreed: "Conditions convenues : ",
    addressed_to: "Destinataires : ",
    to_be_assigned: "[à désigner]",
    lead_authority: "Autorité chef de file : ",
    supporting: "en appui : ",
    priority_field: "Priorité : ",
    to_be_set: "[à fixer]",
    target_date_field: "date cible : ",
    source_field: "Source : ",
    recalled: "La section source de la présente exigence n’a pu être vérifiée ; il convient de se reporter au document source avant de s’en prévaloir.",
    article: |n| {
        if n == 1 {
            "Article premier".to_string()
        } else {
            format!("Article {n}")
        }
    },
    article_short: |n| {
        if n == 1 {
            "art. 1er".to_string()
        } else {
            format!("art. {n}")
        }
    },
    timeline_intro: "Les exigences retenues sont mises en œuvre selon les dates cibles ci-après.",
    not_set: "Non fixée",
    col_target_date: "Date cible",
    col_clause: "Article",
    col_requirement: "Exigence",
    col_lead: "Chef de file",
    col_priority: "Priorité",
    col_role: "Rôle",
    role_lead: "Chef de file",
    role_supporting: "En appui",
    nothing_assigned: "Aucune exigence n’est encore attribuée à cette autorité.",
    all_adopted: "Toutes les recommandations examinées à ce jour ont été retenues.",
    not_adopted_intro: "Les recommandations ci-après ont été examinées et n’ont pas été retenues dans le présent texte, ont été différées ou ont été jugées déjà couvertes.",
    col_item: "Point",
    col_recommendation: "Recommandation",
    col_decision: "Décision",
    col_reason: "Motif",
    col_rationale: "Justification",
    no_source: "Aucun document source n’est encore cité.",
    sources_intro: "Les exigences du présent texte résument les documents ci-après, qui seuls font foi quant à leur libellé.",
    col_id: "Réf.",
    col_title: "Titre",
    col_publisher: "Éditeur",
    col_year: "Année",
    col_address: "Adresse",
    // The Union's French acronym; working groups keep their own names.
    publisher: |p| {
        p.split(' ')
            .map(|w| match w {
                "ITU" => "UIT".to_string(),
                w => match w.strip_prefix("ITU-") {
                    Some(rest) => format!("UIT-{rest}"),
                    None => w.to_string(),
                },
            })
            .collect::<Vec<_>>()
            .join(" ")
    },
    year: |y| {
        if y == "undated" {
            "non daté".to_string()
        } else {
            y.to_string()
        }
    },
    translated_titles: Some(
        "Les titres sont traduits pour les besoins du présent texte ; ils ne sont pas des titres officiels. Le document original, en anglais, fait foi.",
    ),
    no_term: "Les exigences retenues n’emploient aucun terme appelant une définition.",
    in_this_instrument: "Au sens du présent texte, on entend par :",
    no_target_date: "Sans date cible",
    quarter: |year, q| format!("{}{} trimestre {year}", q, if q == 1 { "er" } else { "e" }),
    no_survey: "Aucune enquête d’analyse des écarts n’a été importée pour les recommandations du présent projet.",
    gap_intro: "Avant la concertation, chaque autorité a répondu à une enquête d’analyse des écarts indiquant, pour chaque recommandation, si elle est déjà en place. Le tableau dénombre les réponses portant sur les recommandations sélectionnées pour le présent projet.",
    gap_summary: "Synthèse de l’analyse des écarts",
    col_group: "Domaine",
    col_authority: "Autorité",
    col_implemented: "Mise en œuvre",
    col_partly: "Partielle",
    col_planned: "Prévue",
    col_not_implemented: "Non mise en œuvre",
    col_no_answer: "Sans objet, inconnu ou sans réponse",
    roadmap: "Feuille de route de mise en œuvre",
    no_gap: "Chaque autorité déclare toutes les exigences retenues mises en œuvre : il n’y a aucun écart à combler.",
    roadmap_intro: "Les exigences retenues qu’une autorité ne déclare pas mises en œuvre (ou sans objet pour elle), par trimestre de leur date cible et par priorité.",
    col_quarter: "Trimestre",
    col_in_place: "Situation actuelle et écart",
    answer_with_gap: |code, status, gap| format!("{code} : {status} (écart : {gap})"),
    answer: |code, status| format!("{code} : {status}"),
    no_answer: |code| format!("{code} : sans réponse"),
    findings_intro: |n| {
        format!(
            "Le présent projet est incomplet. Le contrôle de complétude a relevé {} à régler avant l’examen juridique ; la présente annexe et la mention « PROJET — INCOMPLET » disparaîtront une fois {} réglé{}.",
            fr_count(n, "point", "points"),
            if n <= 1 { "ce point" } else { "ces points" },
            if n <= 1 { "" } else { "s" },
        )
    },
    document: "Document",
    col_finding: "Constat",
    col_what_to_do: "Suite à donner",
    comments_intro: |received, answered| {
        format!(
            "La présente annexe reprend, dans l’ordre des articles, chaque observation et chaque modification proposée reçues des relecteurs, ainsi que la suite qui leur a été donnée : {} ; {} {}.",
            fr_count(received, "reçue", "reçues"),
            answered,
            if answered <= 1 { "traitée" } else { "traitées" },
        )
    },
    section: |n| format!("Article {n}"),
    insert: |t| format!("Insérer : « {t} »"),
    delete: |t| format!("Supprimer : « {t} »"),
    reworded: |t| format!("Nouvelle rédaction de l’article : « {t} »"),
    reply_from: |who, t| format!(" Réponse de {who} : {t}"),
    pending: "En attente",
    col_number: "N°",
    col_reviewer: "Relecteur et organisme",
    col_comment: "Observation",
    col_disposition: "Suite donnée",
    col_response: "Réponse",
    nothing_changed: |label| format!("Aucune modification depuis la version {label}."),
    changes_intro: |label, n| {
        format!(
            "La présente annexe recense chaque modification apportée au dossier depuis la version {label} : {}. Elles apparaissent dans le texte ci-dessus sous forme de modifications suivies.",
            fr_count(n, "modification", "modifications")
        )
    },
    col_what_changed: "Objet de la modification",
    col_before: "Avant",
    col_now: "Désormais",
    no_longer_selected: "(retiré de la sélection)",
    place_not_recorded: "lieu non consigné",
    session_heading: |label, date, place| format!("Séance {label} : {date}, {place}"),
    no_participant: "Aucun participant n’a été consigné.",
    col_name: "Nom",
    col_organisation: "Organisme",
    col_speaks_for: "Représente",
    col_position: "Position",
    divergent_escalated: "Divergence — portée au niveau supérieur ; la décision reste ouverte",
    resolution_decision: |r, d| format!("{r} ; décision : {d}"),
    positions: "Positions : ",
    none_recorded: "aucune consignée",
    resolution: "Résolution : ",
    none_in_session: "aucune consignée au cours de cette séance",
    conditions: "Conditions : ",
    parked: "Renvoyé à plus tard : ",
    action: |n| format!("Action {n} : "),
    action_text: |what, owner, due| format!("{what} — {owner}, au plus tard le {due}"),
    no_discussion: "Aucune concertation n’a été consignée pour le présent projet.",
    between: |codes| match codes {
        [one] => format!("par {one}"),
        [init @ .., last] => format!("entre {} et {last}", init.join(", ")),
        [] => "entre les autorités".to_string(),
    },
    discussion_intro: |sessions, who| {
        format!(
            "Les recommandations ont été examinées au cours de {} {who}. Pour chaque point, la présente annexe consigne la position de chaque autorité, la résolution commune, les conditions éventuelles et les actions convenues.",
            fr_count(sessions, "séance", "séances")
        )
    },
    facilitator: "Animateur",
    no_divergence: "Les autorités n’ont divergé sur aucune recommandation.",
    divergence_intro: |diverged, open| {
        let settled = diverged - open;
        format!(
            "Les autorités ont divergé sur {} ; {} {}, {} {}. Les points en suspens restent sans décision dans le présent projet jusqu’à ce que les autorités les tranchent, par exemple au sein du comité conjoint prévu par leur protocole d’accord.",
            fr_count(diverged, "recommandation", "recommandations"),
            settled,
            if settled <= 1 {
                "a été réglée"
            } else {
                "ont été réglées"
            },
            open,
            if open <= 1 {
                "reste en suspens"
            } else {
                "restent en suspens"
            },
        )
    },
    settled_on: |day, session, r| format!("Réglée le {day} (séance {session}) : {r}"),
    open: "En suspens",
    escalated_awaiting: " — portée au niveau supérieur, en attente d’arbitrage",
    raised_on: |day, session| format!("{day} (séance {session})"),
    col_diverged: "Divergence constatée",
    col_positions: "Positions",
    col_outcome: "Issue",
    minutes_marking: "Procès-verbal — projet soumis à l’approbation des participants",
    minutes_title: |date| format!("Procès-verbal de la concertation du {date}"),
    minutes_subject: |j| {
        format!(
            "Concertation sur les recommandations de l’UIT relatives à la sécurité des services financiers numériques — {j}"
        )
    },
    minutes_keywords: ["procès-verbal", "concertation"],
    minutes_header: |name| format!("Procès-verbal de la concertation — {name}"),
    jurisdiction: "Juridiction",
    workspace: "Espace de travail",
    session: "Séance",
    place: "Lieu",
    not_recorded: "non consigné",
    time_box: "Durée impartie",
    minutes: |m| format!("{m} minutes"),
    minutes_dated: "Date du procès-verbal",
    participants: "Participants",
    summary: "Synthèse",
    minutes_summary: |items, agreed, divergent, remaining, parked| {
        format!(
            "{} : {agreed} {}, {divergent} en divergence, {remaining} sans résolution (dont {parked} {}).",
            fr_count(items, "point examiné", "points examinés"),
            if agreed <= 1 {
                "adopté d’un commun accord"
            } else {
                "adoptés d’un commun accord"
            },
            if parked <= 1 {
                "renvoyé à plus tard"
            } else {
                "renvoyés à plus tard"
            },
        )
    },
    items_discussed: "Points examinés",
    no_item_discussed: "Aucun point n’a été examiné au cours de cette séance.",
    action_items: "Actions convenues",
    no_action: "Aucune action n’a été consignée.",
    col_action: "Action",
    col_owner: "Responsable",
    col_due: "Échéance",
};

/// The words of `language`.
pub(crate) fn words(language: Language) -> &'static Words {
    match language {
        Language::En => &EN,
        Language::Fr => &FR,
    }
}

/// The language of a BCP 47 tag ("fr", "fr-FR", "en-GB"); English for any other.
pub(crate) fn language_of(tag: &str) -> Language {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    primary.parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_numbered_in_the_french_way() {
        assert_eq!((FR.article)(1), "Article premier");
        assert_eq!((FR.article)(2), "Article 2");
        assert_eq!((EN.article)(1), "1");
    }

    #[test]
    fn the_french_article_before_an_authority_follows_its_first_noun() {
        assert_eq!(
            (FR.issuer)("Autorité de Régulation", "ARTCI"),
            "l’Autorité de Régulation (ARTCI)"
        );
        assert_eq!(
            (FR.issuer)("Banque Centrale des États de l’Afrique de l’Ouest", "BCEAO"),
            "la Banque Centrale des États de l’Afrique de l’Ouest (BCEAO)"
        );
        assert_eq!((FR.issuer)("Conseil national", "CN"), "le Conseil national (CN)");
    }

    #[test]
    fn french_counts_agree_with_their_noun() {
        assert!((FR.discussion_intro)(1, "entre A et B").contains("1 séance entre"));
        assert!((FR.discussion_intro)(3, "entre A et B").contains("3 séances entre"));
        assert_eq!((FR.quarter)(2026, 1), "1er trimestre 2026");
        assert_eq!((FR.quarter)(2026, 3), "3e trimestre 2026");
    }

    #[test]
    fn a_french_source_names_the_union_uit_and_says_undated_in_french() {
        assert_eq!((FR.publisher)("FIGI SIT WG, ITU"), "FIGI SIT WG, UIT");
        assert_eq!((FR.publisher)("ITU-T SG17"), "UIT-T SG17");
        assert_eq!((FR.year)("undated"), "non daté");
        assert_eq!((EN.publisher)("ITU-T"), "ITU-T");
    }

    #[test]
    fn a_language_tag_gives_its_language() {
        assert_eq!(language_of("fr"), Language::Fr);
        assert_eq!(language_of("fr-FR"), Language::Fr);
        assert_eq!(language_of("en-GB"), Language::En);
        assert_eq!(language_of("de"), Language::En);
    }
}
