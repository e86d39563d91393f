//! A realistic demo: the Lesotho clinic of June 2025, with the telecom regulator (LCA) and the
//! central bank (CBL) deciding about forty recommendations with every status. Used by
//! `dfs-adopt demo`, the tests and the benchmarks.

use adopt_domain::{
    ActionInput, AgendaOrder, Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, Participant,
    PositionInput, Priority, ReasonCode, Resolution, ResolutionInput, SessionDraft, Stance, Workspace, parse_date,
};

use crate::{AgendaSlot, Result, Workbench, WorkspaceProperties};

/// One demo decision: item, status, lead, support, priority, due, reason, rationale, wording.
type DemoDecision = (
    &'static str,
    DecisionStatus,
    &'static str,
    &'static [&'static str],
    Option<Priority>,
    Option<&'static str>,
    Option<ReasonCode>,
    Option<&'static str>,
    Option<&'static str>,
);

use DecisionStatus::*;
use Priority::*;
use ReasonCode::*;

const DECISIONS: &[DemoDecision] = &[
    (
        "REG-01",
        Adopt,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2025-12-31"),
        Some(BestPractice),
        Some("The MOU is the first step every other measure relies on."),
        None,
    ),
    (
        "REG-03",
        Deferred,
        "CBL",
        &["LCA"],
        Some(Medium),
        None,
        Some(NoLegalMandate),
        Some(
            "Moving fraud liability needs an amendment of the Payment Systems Act; to be raised with the Ministry of Finance.",
        ),
        None,
    ),
    (
        "REG-04",
        Adopt,
        "LCA",
        &["CBL"],
        Some(Medium),
        Some("2026-03-31"),
        Some(CapacityConstraint),
        Some("Joint training closes the knowledge gap found in the gap analysis."),
        None,
    ),
    (
        "REG-07",
        AdoptModified,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-06-30"),
        Some(LegalRequirement),
        Some("Breach reporting must fit the reporting lines of the Communications Act 2012."),
        Some(
            "Licensees shall report every signalling security incident affecting DFS to the Authority within 24 hours, and the Authority shall inform the Central Bank of Lesotho within a further 24 hours.",
        ),
    ),
    (
        "REG-11",
        Adopt,
        "LCA",
        &[],
        Some(Medium),
        Some("2026-09-30"),
        Some(RiskAssessment),
        None,
        None,
    ),
    (
        "REG-12",
        Adopt,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-03-31"),
        Some(LegalRequirement),
        None,
        None,
    ),
    (
        "REG-16",
        AlreadyCovered,
        "CBL",
        &["LCA"],
        None,
        None,
        Some(ExistingInstrument),
        Some("The 2024 LCA–CBL MOU already sets up a steering committee and contact points."),
        None,
    ),
    (
        "REG-18",
        Adopt,
        "CBL",
        &["LCA"],
        Some(High),
        Some("2026-12-31"),
        Some(BestPractice),
        None,
        None,
    ),
    (
        "REG-21",
        Deferred,
        "CBL",
        &[],
        Some(Low),
        None,
        Some(CapacityConstraint),
        Some("App testing capacity to be built with the ITU DFS Security Lab first."),
        None,
    ),
    (
        "TEL-01",
        Adopt,
        "LCA",
        &[],
        Some(High),
        Some("2027-06-30"),
        Some(RiskAssessment),
        None,
        None,
    ),
    (
        "TEL-03",
        Adopt,
        "LCA",
        &[],
        Some(Medium),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "TEL-04",
        AdoptModified,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-03-31"),
        Some(RiskAssessment),
        Some("Masking is feasible on all handsets sold in Lesotho."),
        Some("Mobile network operators shall mask PINs entered in USSD sessions on all DFS menus."),
    ),
    (
        "TEL-05",
        Adopt,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "TEL-07",
        Adopt,
        "LCA",
        &[],
        Some(High),
        Some("2026-03-31"),
        Some(RiskAssessment),
        None,
        None,
    ),
    ("TEL-10", Open, "LCA", &[], None, None, None, None, None),
    (
        "TEL-13",
        NotApplicable,
        "LCA",
        &[],
        None,
        None,
        Some(NotRelevantToMarket),
        Some("Neither operator interconnects over Diameter or SIP with untrusted networks yet."),
        None,
    ),
    (
        "TEL-15",
        Adopt,
        "LCA",
        &[],
        Some(Medium),
        Some("2026-12-31"),
        None,
        None,
        None,
    ),
    (
        "SIM-01",
        AdoptModified,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-06-30"),
        Some(LegalRequirement),
        Some("Aligned with the SIM Registration Regulations 2021."),
        Some(
            "Before any SIM swap or replacement, mobile network operators shall verify the customer's biometric data against the record kept under the Communications (SIM Registration) Regulations 2021.",
        ),
    ),
    (
        "SIM-02",
        Adopt,
        "LCA",
        &[],
        Some(High),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "SIM-06",
        Adopt,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-03-31"),
        None,
        None,
        None,
    ),
    (
        "SIM-07",
        Adopt,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-03-31"),
        None,
        None,
        None,
    ),
    (
        "SIM-08",
        AdoptModified,
        "LCA",
        &["CBL"],
        Some(High),
        Some("2026-06-30"),
        Some(RiskAssessment),
        Some("Recycled numbers led to wallet takeovers in 2024."),
        Some(
            "Mobile network operators shall notify DFS providers of every churned or reassigned number within 24 hours, and DFS providers shall freeze the linked wallet until the new holder is verified as its owner.",
        ),
    ),
    (
        "SIM-09",
        Deferred,
        "CBL",
        &[],
        Some(Low),
        None,
        Some(CapacityConstraint),
        Some("Daily IMSI queries need the IMSI validation gateway (REG-05), not yet in place."),
        None,
    ),
    (
        "SIM-11",
        Adopt,
        "CBL",
        &["LCA"],
        Some(High),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "SIM-12",
        Adopt,
        "CBL",
        &[],
        Some(Medium),
        Some("2026-12-31"),
        None,
        None,
        None,
    ),
    (
        "SIM-16",
        NotApplicable,
        "LCA",
        &[],
        None,
        None,
        Some(NotRelevantToMarket),
        Some("Both operators withdrew COMP128v1 SIMs before 2015."),
        None,
    ),
    (
        "PAY-01",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2026-03-31"),
        None,
        None,
        None,
    ),
    (
        "PAY-13",
        AlreadyCovered,
        "CBL",
        &[],
        None,
        None,
        Some(ExistingInstrument),
        Some("Required by the CBL Guidelines on Mobile Money (2013), section 9."),
        None,
    ),
    (
        "PAY-21",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2026-09-30"),
        None,
        None,
        None,
    ),
    (
        "PAY-25",
        Adopt,
        "CBL",
        &[],
        Some(Medium),
        Some("2026-12-31"),
        None,
        None,
        None,
    ),
    (
        "PAY-28",
        Adopt,
        "CBL",
        &[],
        Some(Medium),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "PAY-35",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2027-03-31"),
        None,
        None,
        None,
    ),
    (
        "PAY-40",
        AlreadyCovered,
        "CBL",
        &["LCA"],
        None,
        None,
        Some(ExistingInstrument),
        Some("Covered by the patch management clause of the licence conditions."),
        None,
    ),
    ("PAY-43", Open, "CBL", &[], None, None, None, None, None),
    (
        "PAY-44",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2026-03-31"),
        None,
        None,
        None,
    ),
    (
        "PAY-57",
        Adopt,
        "CBL",
        &["LCA"],
        Some(High),
        Some("2026-09-30"),
        Some(BestPractice),
        None,
        None,
    ),
    (
        "APP-01",
        Adopt,
        "CBL",
        &[],
        Some(Medium),
        Some("2026-12-31"),
        None,
        None,
        None,
    ),
    (
        "APP-04",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2026-06-30"),
        None,
        None,
        None,
    ),
    (
        "APP-11",
        Adopt,
        "CBL",
        &[],
        Some(High),
        Some("2026-09-30"),
        None,
        None,
        None,
    ),
    (
        "APP-12",
        Deferred,
        "CBL",
        &[],
        Some(Low),
        None,
        Some(CapacityConstraint),
        Some("Most customers use basic phones; revisit when smartphone use passes 50%."),
        None,
    ),
    (
        "USR-01",
        Adopt,
        "CBL",
        &["LCA"],
        Some(Medium),
        Some("2026-12-31"),
        None,
        None,
        None,
    ),
    (
        "USR-09",
        AdoptModified,
        "CBL",
        &["LCA"],
        Some(Medium),
        Some("2027-03-31"),
        Some(BestPractice),
        None,
        Some(
            "The issuing authorities shall run a joint awareness campaign, in Sesotho and English, teaching consumers to recognise SIM swap, phishing and fake DFS applications.",
        ),
    ),
];

/// Creates the demo workspace "Lesotho DFS Security Clinic 2025" and decides its items.
pub fn create(workbench: &mut Workbench) -> Result<Workspace> {
    let workspace = workbench.create_workspace(NewWorkspace {
        name: "Lesotho DFS Security Clinic 2025".into(),
        jurisdiction: "Lesotho".into(),
        authorities: vec![
            Authority {
                code: "LCA".into(),
                name: "Lesotho Communications Authority".into(),
                kind: AuthorityKind::TelecomRegulator,
            },
            Authority {
                code: "CBL".into(),
                name: "Central Bank of Lesotho".into(),
                kind: AuthorityKind::CentralBank,
            },
        ],
        template: crate::default_template().into(),
    })?;
    workbench.set_properties(
        &workspace.id,
        WorkspaceProperties {
            doc_version: Some("0.3".into()),
            reference: Some("LCA/CBL/DFS/2025/01".into()),
            prepared_by: Some("Clinic secretariat (LCA and CBL)".into()),
            event: Some("ITU DFS Security Clinic, 5–6 June 2025".into()),
            ..WorkspaceProperties::default()
        },
    )?;
    let ids: Vec<String> = DECISIONS.iter().map(|d| d.0.to_string()).collect();
    workbench.select(&workspace.id, &ids)?;
    for &(id, status, lead, support, priority, due, reason, rationale, wording) in DECISIONS {
        if status == DecisionStatus::Open {
            continue;
        }
        let patch = DecisionPatch {
            status: Some(status),
            reason,
            rationale: rationale.map(str::to_string),
            wording: wording.map(str::to_string),
            lead: Some(lead.into()),
            support: (!support.is_empty()).then(|| support.iter().map(|s| s.to_string()).collect()),
            priority,
            due: due.map(|d| parse_date(d).expect("demo dates are valid")),
            clear: Vec::new(),
        };
        workbench.decide(&workspace.id, id, &patch, None)?;
    }
    discuss(workbench, &workspace.id)?;
    answer_survey(workbench, &workspace.id)?;
    Ok(workspace)
}

/// The gap-analysis survey as the two authorities returned it: a semicolon-separated CSV with
/// French and English status words, imported the way a user would.
const DEMO_SURVEY: &str = "item_id;authority;status;instrument;evidence;gap;comment\r
REG-01;LCA;partially implemented;mou;Draft MOU of 2024;Not signed yet;\r
REG-01;CBL;partially implemented;mou;Draft MOU of 2024;Not signed yet;\r
TEL-01;LCA;not implemented;;;No signalling firewall requirement;\r
TEL-01;CBL;not applicable;;;;Telecom matter\r
SIM-01;LCA;planned;regulation;SIM Registration Regulations (draft);Biometric check not required yet;\r
SIM-01;CBL;not implemented;;;;\r
SIM-02;LCA;partially implemented;licence-condition;Licence condition 14;Only for post-paid lines;\r
SIM-02;CBL;unknown;;;;\r
SIM-08;LCA;not implemented;;;No notice to DFS providers;\r
SIM-08;CBL;non mis en œuvre;;;;\r
PAY-01;LCA;not applicable;;;;\r
PAY-01;CBL;implemented;guideline;Mobile Money Guidelines 2019, s. 8;;\r
PAY-43;LCA;implemented;directive;Directive on USSD services;;\r
PAY-43;CBL;mis en œuvre;directive;E-money directive, caps per tier;;\r
APP-01;LCA;not applicable;;;;\r
APP-01;CBL;partially implemented;guideline;App security guideline (draft);No root detection rule;\r
";

fn answer_survey(workbench: &mut Workbench, ws: &str) -> Result<()> {
    workbench.survey_import(ws, DEMO_SURVEY.as_bytes(), crate::SurveyFormat::Csv, None, false)?;
    Ok(())
}

/// The open discussion of the two half-days: positions, one divergence settled the next day,
/// one still open, conditions, a parked item, notes and action items. Names are fictitious.
fn discuss(workbench: &mut Workbench, ws: &str) -> Result<()> {
    let person = |name: &str, organisation: &str, authority: &str, role: &str| Participant {
        name: name.into(),
        organisation: organisation.into(),
        authority: authority.into(),
        role: Some(role.into()),
    };
    let day = |d: &str| parse_date(d).expect("demo dates are valid");
    let participants = vec![
        person(
            "Palesa Mohapi",
            "Lesotho Communications Authority",
            "LCA",
            "Director, Licensing",
        ),
        person(
            "Teboho Lebona",
            "Lesotho Communications Authority",
            "LCA",
            "Legal counsel",
        ),
        person(
            "Mpho Ramakatsa",
            "Central Bank of Lesotho",
            "CBL",
            "Head, Payment Systems",
        ),
        person(
            "Lineo Sekhesa",
            "Central Bank of Lesotho",
            "CBL",
            "Fintech and Cyber Risk",
        ),
    ];
    let draft = |date: &str| SessionDraft {
        date: day(date),
        place: Some("Online".into()),
        facilitator: "DFS Security Lab facilitator".into(),
        participants: participants.clone(),
        time_box: Some(150),
    };
    let s1 = workbench.create_session(ws, draft("2025-06-05"))?.id;
    let agenda = ["SIM-01", "SIM-08", "SIM-09", "TEL-10", "PAY-43"]
        .iter()
        .map(|id| AgendaSlot {
            item: id.to_string(),
            time_box: Some(10),
        })
        .collect();
    workbench.set_agenda(ws, Some(&s1), AgendaOrder::Group, agenda)?;
    let s1 = Some(s1.as_str());
    let stance = |wb: &mut Workbench, item: &str, authority: &str, stance: Stance, note: Option<&str>, session| {
        wb.record_position(
            ws,
            item,
            PositionInput {
                authority: authority.into(),
                stance,
                note: note.map(str::to_string),
            },
            session,
        )
        .map(|_| ())
    };
    let resolve = |wb: &mut Workbench, item: &str, r: Resolution, c: Option<&str>, status, session| {
        wb.resolve(
            ws,
            item,
            ResolutionInput {
                resolution: r,
                conditions: c.map(str::to_string),
                status: Some(status),
            },
            session,
        )
        .map(|_| ())
    };
    use Stance::*;
    stance(
        workbench,
        "SIM-01",
        "LCA",
        SupportWithChanges,
        Some("Only where the national ID register can be queried."),
        s1,
    )?;
    stance(workbench, "SIM-01", "CBL", Support, None, s1)?;
    resolve(
        workbench,
        "SIM-01",
        Resolution::AgreedWithConditions,
        Some(
            "Biometric checks apply once operators are connected to the national ID register; until then, two documents.",
        ),
        AdoptModified,
        s1,
    )?;
    stance(workbench, "SIM-08", "LCA", Support, None, s1)?;
    stance(
        workbench,
        "SIM-08",
        "CBL",
        NeedsConsultation,
        Some("Freezing wallets needs the e-money issuers' view."),
        s1,
    )?;
    resolve(workbench, "SIM-08", Resolution::Divergent, None, Open, s1)?;
    stance(workbench, "SIM-09", "LCA", Support, None, s1)?;
    stance(workbench, "SIM-09", "CBL", NeedsConsultation, None, s1)?;
    resolve(workbench, "SIM-09", Resolution::Agreed, None, Deferred, s1)?;
    stance(workbench, "TEL-10", "LCA", Support, None, s1)?;
    stance(
        workbench,
        "TEL-10",
        "CBL",
        Oppose,
        Some("Outside the Bank's mandate; a matter for the operators' licences."),
        s1,
    )?;
    resolve(workbench, "TEL-10", Resolution::Divergent, None, Open, s1)?;
    workbench.set_note(
        ws,
        "TEL-10",
        "s1",
        Some("LCA sees SS7 access control as a licence matter it can enforce alone; CBL asks that the directive not create obligations for banks here. Referred to the joint committee.".into()),
    )?;
    workbench.add_action(
        ws,
        "TEL-10",
        ActionInput {
            what: "Put SS7 access control on the agenda of the LCA–CBL joint committee".into(),
            owner: "LCA Legal".into(),
            due: day("2025-07-31"),
        },
        s1,
    )?;
    workbench.add_action(
        ws,
        "SIM-08",
        ActionInput {
            what: "Consult the e-money issuers on freezing wallets linked to recycled numbers".into(),
            owner: "CBL Payment Systems".into(),
            due: day("2025-06-20"),
        },
        s1,
    )?;
    workbench.park(
        ws,
        "s1",
        "PAY-43",
        Some("Needs the DFS providers' view on transaction caps.".into()),
    )?;

    let s2 = workbench.create_session(ws, draft("2025-06-06"))?.id;
    stance(
        workbench,
        "SIM-08",
        "CBL",
        Support,
        Some("The issuers agree if the freeze is lifted within 48 hours."),
        Some(&s2),
    )?;
    resolve(workbench, "SIM-08", Resolution::Agreed, None, AdoptModified, Some(&s2))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_uses_every_status_and_some_national_wording() {
        for status in DecisionStatus::ALL {
            assert!(
                DECISIONS.iter().any(|d| d.1 == *status),
                "the demo has no {status} item"
            );
        }
        assert!(DECISIONS.iter().filter(|d| d.8.is_some()).count() >= 3);
        assert!((35..=50).contains(&DECISIONS.len()));
        let mut workbench = Workbench::in_memory("demo").unwrap();
        let ws = create(&mut workbench).unwrap();
        let items = workbench.workspace(&ws.id).unwrap().items;
        assert_eq!(items.len(), DECISIONS.len());
        for d in DECISIONS {
            let item = items.iter().find(|i| i.id == d.0).unwrap();
            assert_eq!(item.decision.status, d.1, "the discussion leaves {} as decided", d.0);
        }
        let discussion = workbench.discussion(&ws.id).unwrap();
        assert_eq!(discussion.sessions.len(), 2);
        let register = discussion.divergences();
        let open: Vec<&str> = register
            .iter()
            .filter(|d| d.settled.is_none())
            .map(|d| d.item.as_str())
            .collect();
        assert_eq!(register.len(), 2, "one divergence settled, one open");
        assert_eq!(open, ["TEL-10"]);
    }
}
