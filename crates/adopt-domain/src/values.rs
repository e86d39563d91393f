//! The value sets of the CLI contract (§2) and of the catalog. Each is a closed enum whose
//! wire code is what the CLI accepts and prints, the JSON carries and SQLite stores.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::InvalidInput;

/// Declares a value set: variants with their wire code and an English label for documents and UI.
macro_rules! value_set {
    (
        $(#[$meta:meta])*
        $name:ident, what = $what:literal,
        { $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $label:literal; )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every value, in the order of the contract.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What a value of this set is called in messages ("status", "priority"...).
            pub const WHAT: &'static str = $what;

            /// The wire code, as the CLI accepts it and SQLite stores it.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// A readable English label for documents and the UI.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The codes joined for an error message: "open, adopt, ...".
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = InvalidInput;
            /// Case-insensitive and trimmed, so "Adopt " is `adopt`.
            fn from_str(input: &str) -> Result<Self, InvalidInput> {
                let wanted = input.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| InvalidInput::UnknownValue {
                        what: $what,
                        value: input.to_string(),
                        allowed: Self::allowed(),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

value_set! {
    /// Where a workspace stands on one recommendation.
    #[derive(Default)]
    DecisionStatus, what = "status", {
        #[default]
        Open = "open", "Open";
        Adopt = "adopt", "Adopt";
        AdoptModified = "adopt-modified", "Adopt with national wording";
        AlreadyCovered = "already-covered", "Already covered";
        Deferred = "deferred", "Deferred";
        NotApplicable = "not-applicable", "Not applicable";
    }
}

impl DecisionStatus {
    /// Whether the draft adopts the item (as the catalog states it, or in national wording).
    pub fn is_adopted(self) -> bool {
        matches!(self, DecisionStatus::Adopt | DecisionStatus::AdoptModified)
    }
}

value_set! {
    /// Why a decision was taken (`--reason`).
    ReasonCode, what = "reason", {
        ExistingInstrument = "existing-instrument", "Covered by an existing instrument";
        LegalRequirement = "legal-requirement", "Legal requirement";
        RiskAssessment = "risk-assessment", "Risk assessment";
        BestPractice = "best-practice", "Best practice";
        NoLegalMandate = "no-legal-mandate", "No legal mandate";
        CapacityConstraint = "capacity-constraint", "Capacity constraint";
        NotRelevantToMarket = "not-relevant-to-market", "Not relevant to the market";
        Other = "other", "Other";
    }
}

value_set! {
    /// How urgent an adopted item is.
    Priority, what = "priority", {
        High = "high", "High";
        Medium = "medium", "Medium";
        Low = "low", "Low";
    }
}

value_set! {
    /// What kind of body an authority is.
    #[derive(Default)]
    AuthorityKind, what = "authority kind", {
        TelecomRegulator = "telecom-regulator", "Telecom regulator";
        CentralBank = "central-bank", "Central bank";
        CybersecurityAgency = "cybersecurity-agency", "Cybersecurity agency";
        Ministry = "ministry", "Ministry";
        #[default]
        Other = "other", "Other";
    }
}

value_set! {
    /// Who a recommendation addresses.
    Stakeholder, what = "stakeholder", {
        TelecomRegulator = "TR", "Telecom regulator";
        CentralBank = "CB", "Central bank";
        MobileNetworkOperator = "MNO", "Mobile network operator";
        DfsProvider = "DFSP", "DFS provider";
        ThirdParty = "3P", "Third party, PSP, merchant or agent";
        AppDeveloper = "DEV", "App developer";
        DeviceMaker = "OEM", "Device maker";
        EndUser = "USR", "End user";
    }
}

value_set! {
    /// The six groups the catalog is organised in.
    CatalogGroup, what = "group", {
        Regulatory = "REG", "Regulatory and inter-agency";
        Telecom = "TEL", "Telecom infrastructure";
        Sim = "SIM", "SIM life cycle";
        Payment = "PAY", "DFS provider and payment platform";
        Application = "APP", "Application layer";
        EndUser = "USR", "End user and consumer";
    }
}

value_set! {
    /// The 17 threat categories of the DFS security assurance framework (X.1150 §13).
    ThreatCategory, what = "threat category", {
        AccountSessionHijacking = "account-session-hijacking", "Account and session hijacking";
        CredentialAttacks = "credential-attacks", "Attacks against credentials";
        SystemPlatformAttacks = "system-platform-attacks", "Attacks against systems and platforms";
        CodeExploitation = "code-exploitation", "Code exploitation attacks";
        DataMisuse = "data-misuse", "Data misuse";
        DenialOfService = "denial-of-service", "Denial of service";
        InsiderAttacks = "insider-attacks", "Insider attacks";
        MitmSocialEngineering = "mitm-social-engineering", "Man-in-the-middle and social engineering";
        InfrastructureCompromise = "infrastructure-compromise", "Compromise of DFS infrastructure";
        SimAttacks = "sim-attacks", "SIM attacks";
        ServiceCompromise = "service-compromise", "Compromise of DFS services";
        UnauthorizedDataAccess = "unauthorized-data-access", "Unauthorized access to DFS data";
        Malware = "malware", "Malware";
        ZeroDay = "zero-day", "Zero-day attacks";
        RogueDevices = "rogue-devices", "Rogue devices";
        UnauthorizedDeviceAccess = "unauthorized-device-access", "Unauthorized access to mobile devices";
        PersonalDataDisclosure = "personal-data-disclosure", "Unintended disclosure of personal information";
    }
}

value_set! {
    /// Whether the item's source section was read (`verified`) or is from general knowledge (`recalled`).
    Flag, what = "flag", {
        Verified = "verified", "Verified against the source";
        Recalled = "recalled", "Source section not verified";
    }
}

value_set! {
    /// The eight ITU-T X.805 security dimensions.
    SecurityDimension, what = "security dimension", {
        AccessControl = "access-control", "Access control";
        Authentication = "authentication", "Authentication";
        NonRepudiation = "non-repudiation", "Non-repudiation";
        DataConfidentiality = "data-confidentiality", "Data confidentiality";
        CommunicationSecurity = "communication-security", "Communication security";
        DataIntegrity = "data-integrity", "Data integrity";
        Availability = "availability", "Availability";
        Privacy = "privacy", "Privacy";
    }
}

value_set! {
    /// An authority's stance on an item in the open discussion.
    Stance, what = "stance", {
        Support = "support", "Support";
        SupportWithChanges = "support-with-changes", "Support with changes";
        Oppose = "oppose", "Oppose";
        NeedsConsultation = "needs-consultation", "Needs internal consultation";
        Abstain = "abstain", "Abstain";
    }
}

value_set! {
    /// The joint outcome of the discussion of an item.
    Resolution, what = "resolution", {
        Agreed = "agreed", "Agreed";
        AgreedWithConditions = "agreed-with-conditions", "Agreed with conditions";
        Divergent = "divergent", "Divergent — escalated";
    }
}

value_set! {
    /// What a reviewer's entry is: a comment, a tracked change, or an edit made without tracking.
    ReviewKind, what = "review entry kind", {
        Comment = "comment", "Comment";
        Insertion = "insertion", "Tracked insertion";
        Deletion = "deletion", "Tracked deletion";
        Edit = "edit", "Untracked edit";
    }
}

value_set! {
    /// How a reviewer's comment was dealt with, as the comment-response table says.
    Disposition, what = "disposition", {
        Accepted = "accepted", "Accepted";
        PartlyAccepted = "partly-accepted", "Partly accepted";
        Rejected = "rejected", "Rejected";
        Noted = "noted", "Noted";
    }
}

value_set! {
    /// How a session's agenda is ordered.
    AgendaOrder, what = "agenda order", {
        Group = "group", "By group";
        Priority = "priority", "By priority";
        Manual = "manual", "By hand";
    }
}

value_set! {
    /// Whether a recommendation is in place today, as an authority answered the gap-analysis survey.
    SurveyStatus, what = "survey status", {
        Implemented = "implemented", "Implemented";
        PartiallyImplemented = "partially-implemented", "Partially implemented";
        Planned = "planned", "Planned";
        NotImplemented = "not-implemented", "Not implemented";
        NotApplicable = "not-applicable", "Not applicable";
        Unknown = "unknown", "Unknown";
    }
}

value_set! {
    /// The kind of instrument through which a recommendation is in place.
    Instrument, what = "instrument", {
        Law = "law", "Law";
        Regulation = "regulation", "Regulation";
        Directive = "directive", "Directive";
        Guideline = "guideline", "Guideline";
        LicenceCondition = "licence-condition", "Licence condition";
        Mou = "mou", "Memorandum of understanding";
        None = "none", "No instrument";
    }
}

value_set! {
    /// What the completeness check can find before a draft goes out, in the order it checks an item.
    FindingKind, what = "finding", {
        NoItems = "no-items", "No recommendation selected";
        UnansweredComment = "unanswered-comment", "Reviewer's comment without a disposition";
        UnresolvedConflict = "unresolved-conflict", "Field changed on two laptops, not yet settled";
        OpenItem = "open-item", "Item still open";
        UnsettledDivergence = "unsettled-divergence", "Divergence not settled";
        MissingRationale = "missing-rationale", "Not applicable or deferred without rationale";
        MissingWording = "missing-wording", "Adopted with national wording, but no wording";
        MissingLead = "missing-lead", "Adopted without lead authority";
        MissingPriority = "missing-priority", "Adopted without priority";
        MissingDue = "missing-due", "Adopted without target date";
        PastDue = "past-due", "Target date before the document date";
        MissingProperty = "missing-property", "Document property left empty";
    }
}

value_set! {
    /// The formats a draft or the minutes are exported in; the code is the file extension.
    ExportFormat, what = "format", {
        Docx = "docx", "Word document (DOCX)";
        Pdf = "pdf", "PDF";
    }
}

impl ExportFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.code()
    }
}

value_set! {
    /// The file formats of the gap-analysis survey; the code is the file extension.
    SurveyFormat, what = "survey format", {
        Xlsx = "xlsx", "Excel workbook (XLSX), with drop-down lists";
        Csv = "csv", "CSV (UTF-8, comma-separated)";
    }
}

impl SurveyFormat {
    /// The format a file name says it has, by its extension (any case).
    pub fn from_path(path: &std::path::Path) -> Result<SurveyFormat, InvalidInput> {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.code().eq_ignore_ascii_case(extension))
            .ok_or_else(|| InvalidInput::SurveyFileName(path.display().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_parses_case_insensitively_and_refuses_unknown_words_with_the_allowed_list() {
        assert_eq!(
            "Adopt-Modified ".parse::<DecisionStatus>(),
            Ok(DecisionStatus::AdoptModified)
        );
        let err = "maybe".parse::<DecisionStatus>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown status \"maybe\"; use one of: open, adopt, adopt-modified, already-covered, deferred, not-applicable"
        );
    }

    #[test]
    fn codes_round_trip_through_json() {
        for s in Stakeholder::ALL {
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.code()));
            assert_eq!(serde_json::from_str::<Stakeholder>(&json).unwrap(), *s);
        }
        assert_eq!(ThreatCategory::ALL.len(), 17, "the framework has 17 threat categories");
        assert_eq!(SecurityDimension::ALL.len(), 8, "X.805 has 8 security dimensions");
    }

    #[test]
    fn file_formats_are_known_by_their_extension_in_any_case() {
        use std::path::Path;
        assert_eq!(
            SurveyFormat::from_path(Path::new("a/answers.XLSX")),
            Ok(SurveyFormat::Xlsx)
        );
        assert_eq!(SurveyFormat::from_path(Path::new("answers.csv")), Ok(SurveyFormat::Csv));
        for bad in ["survey.ods", "survey", "csv", "survey.csv.bak"] {
            let message = SurveyFormat::from_path(Path::new(bad)).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("{bad}: a survey is an .xlsx or a .csv file")),
                "{message}"
            );
            for format in SurveyFormat::ALL {
                assert!(
                    message.contains(&format!(".{}", format.code())),
                    "{message} names {format}"
                );
            }
        }
        assert_eq!(" PDF".parse::<ExportFormat>(), Ok(ExportFormat::Pdf));
        assert_eq!(
            "odt".parse::<ExportFormat>().unwrap_err().to_string(),
            "unknown format \"odt\"; use one of: docx, pdf"
        );
        assert_eq!(serde_json::to_string(&SurveyFormat::Xlsx).unwrap(), "\"xlsx\"");
    }
}
