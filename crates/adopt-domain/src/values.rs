//! The value sets of the CLI contract (§2) and of the catalog. Each is a closed enum whose
//! wire code is what the CLI accepts and prints, the JSON carries and SQLite stores.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::InvalidInput;

/// Declares a value set: variants with their wire code and a label in each language of
/// [`Language`], English first, then French. A missing French label does not compile.
macro_rules! value_set {
    (
        $(#[$meta:meta])*
        $name:ident, what = $what:literal,
        { $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $label:literal, $label_fr:literal; )+ }
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
                self.label_in(Language::En)
            }

            /// The label in `language`, for documents and the UI.
            pub fn label_in(self, language: Language) -> &'static str {
                match language {
                    Language::En => match self { $($name::$variant => $label),+ },
                    Language::Fr => match self { $($name::$variant => $label_fr),+ },
                }
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
    /// A language of the interface and of a workspace's documents (contract §10: `en`, `fr`).
    #[derive(Default)]
    Language, what = "language", {
        #[default]
        En = "en", "English", "Anglais";
        Fr = "fr", "French", "Français";
    }
}

value_set! {
    /// Where a workspace stands on one recommendation.
    #[derive(Default)]
    DecisionStatus, what = "status", {
        #[default]
        Open = "open", "Open", "Ouvert";
        Adopt = "adopt", "Adopt", "Adopté";
        AdoptModified = "adopt-modified", "Adopt with national wording", "Adopté avec formulation nationale";
        AlreadyCovered = "already-covered", "Already covered", "Déjà couvert";
        Deferred = "deferred", "Deferred", "Différé";
        NotApplicable = "not-applicable", "Not applicable", "Sans objet";
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
        ExistingInstrument = "existing-instrument", "Covered by an existing instrument", "Couvert par un instrument existant";
        LegalRequirement = "legal-requirement", "Legal requirement", "Obligation légale";
        RiskAssessment = "risk-assessment", "Risk assessment", "Évaluation des risques";
        BestPractice = "best-practice", "Best practice", "Bonne pratique";
        NoLegalMandate = "no-legal-mandate", "No legal mandate", "Absence de mandat légal";
        CapacityConstraint = "capacity-constraint", "Capacity constraint", "Contraintes de capacité";
        NotRelevantToMarket = "not-relevant-to-market", "Not relevant to the market", "Sans pertinence pour le marché";
        Other = "other", "Other", "Autre";
    }
}

value_set! {
    /// How urgent an adopted item is.
    Priority, what = "priority", {
        High = "high", "High", "Haute";
        Medium = "medium", "Medium", "Moyenne";
        Low = "low", "Low", "Basse";
    }
}

value_set! {
    /// What kind of body an authority is.
    #[derive(Default)]
    AuthorityKind, what = "authority kind", {
        TelecomRegulator = "telecom-regulator", "Telecom regulator", "Autorité de régulation des télécommunications";
        CentralBank = "central-bank", "Central bank", "Banque centrale";
        CybersecurityAgency = "cybersecurity-agency", "Cybersecurity agency", "Agence de cybersécurité";
        Ministry = "ministry", "Ministry", "Ministère";
        #[default]
        Other = "other", "Other", "Autre";
    }
}

value_set! {
    /// Who a recommendation addresses.
    Stakeholder, what = "stakeholder", {
        TelecomRegulator = "TR", "Telecom regulator", "Régulateur des télécommunications";
        CentralBank = "CB", "Central bank", "Banque centrale";
        MobileNetworkOperator = "MNO", "Mobile network operator", "Opérateur de réseau mobile";
        DfsProvider = "DFSP", "DFS provider", "Fournisseur de services financiers numériques";
        ThirdParty = "3P", "Third party, PSP, merchant or agent", "Tiers, prestataire de services de paiement, commerçant ou agent";
        AppDeveloper = "DEV", "App developer", "Développeur d’applications";
        DeviceMaker = "OEM", "Device maker", "Fabricant de terminaux";
        EndUser = "USR", "End user", "Utilisateur final";
    }
}

value_set! {
    /// The six groups the catalog is organised in.
    CatalogGroup, what = "group", {
        Regulatory = "REG", "Regulatory and inter-agency", "Réglementation et coopération entre autorités";
        Telecom = "TEL", "Telecom infrastructure", "Infrastructure de télécommunications";
        Sim = "SIM", "SIM life cycle", "Cycle de vie de la carte SIM";
        Payment = "PAY", "DFS provider and payment platform", "Fournisseur de services financiers numériques et plateforme de paiement";
        Application = "APP", "Application layer", "Couche applicative";
        EndUser = "USR", "End user and consumer", "Utilisateur final et consommateur";
    }
}

value_set! {
    /// The 17 threat categories of the DFS security assurance framework (X.1150 §13).
    ThreatCategory, what = "threat category", {
        AccountSessionHijacking = "account-session-hijacking", "Account and session hijacking", "Détournement de comptes et de sessions";
        CredentialAttacks = "credential-attacks", "Attacks against credentials", "Attaques contre les données d’authentification";
        SystemPlatformAttacks = "system-platform-attacks", "Attacks against systems and platforms", "Attaques contre les systèmes et les plateformes";
        CodeExploitation = "code-exploitation", "Code exploitation attacks", "Attaques par exploitation de code";
        DataMisuse = "data-misuse", "Data misuse", "Utilisation abusive des données";
        DenialOfService = "denial-of-service", "Denial of service", "Déni de service";
        InsiderAttacks = "insider-attacks", "Insider attacks", "Attaques internes";
        MitmSocialEngineering = "mitm-social-engineering", "Man-in-the-middle and social engineering", "Attaques de l’homme du milieu et ingénierie sociale";
        InfrastructureCompromise = "infrastructure-compromise", "Compromise of DFS infrastructure", "Compromission de l’infrastructure des services financiers numériques";
        SimAttacks = "sim-attacks", "SIM attacks", "Attaques contre la carte SIM";
        ServiceCompromise = "service-compromise", "Compromise of DFS services", "Compromission des services financiers numériques";
        UnauthorizedDataAccess = "unauthorized-data-access", "Unauthorized access to DFS data", "Accès non autorisé aux données des services financiers numériques";
        Malware = "malware", "Malware", "Logiciels malveillants";
        ZeroDay = "zero-day", "Zero-day attacks", "Attaques du jour zéro";
        RogueDevices = "rogue-devices", "Rogue devices", "Équipements illégitimes";
        UnauthorizedDeviceAccess = "unauthorized-device-access", "Unauthorized access to mobile devices", "Accès non autorisé aux terminaux mobiles";
        PersonalDataDisclosure = "personal-data-disclosure", "Unintended disclosure of personal information", "Divulgation involontaire de données à caractère personnel";
    }
}

value_set! {
    /// Whether the item's source section was read (`verified`) or is from general knowledge (`recalled`).
    Flag, what = "flag", {
        Verified = "verified", "Verified against the source", "Vérifié au regard de la source";
        Recalled = "recalled", "Source section not verified", "Section de la source non vérifiée";
    }
}

value_set! {
    /// The eight ITU-T X.805 security dimensions.
    SecurityDimension, what = "security dimension", {
        AccessControl = "access-control", "Access control", "Contrôle d’accès";
        Authentication = "authentication", "Authentication", "Authentification";
        NonRepudiation = "non-repudiation", "Non-repudiation", "Non-répudiation";
        DataConfidentiality = "data-confidentiality", "Data confidentiality", "Confidentialité des données";
        CommunicationSecurity = "communication-security", "Communication security", "Sécurité des communications";
        DataIntegrity = "data-integrity", "Data integrity", "Intégrité des données";
        Availability = "availability", "Availability", "Disponibilité";
        Privacy = "privacy", "Privacy", "Respect de la vie privée";
    }
}

value_set! {
    /// An authority's stance on an item in the open discussion.
    Stance, what = "stance", {
        Support = "support", "Support", "Soutien";
        SupportWithChanges = "support-with-changes", "Support with changes", "Soutien sous réserve de modifications";
        Oppose = "oppose", "Oppose", "Opposition";
        NeedsConsultation = "needs-consultation", "Needs internal consultation", "Consultation interne nécessaire";
        Abstain = "abstain", "Abstain", "Abstention";
    }
}

value_set! {
    /// The joint outcome of the discussion of an item.
    Resolution, what = "resolution", {
        Agreed = "agreed", "Agreed", "Accord";
        AgreedWithConditions = "agreed-with-conditions", "Agreed with conditions", "Accord sous conditions";
        Divergent = "divergent", "Divergent — escalated", "Divergence — renvoi à l’échelon supérieur";
    }
}

value_set! {
    /// What a reviewer's entry is: a comment, a tracked change, or an edit made without tracking.
    ReviewKind, what = "review entry kind", {
        Comment = "comment", "Comment", "Commentaire";
        Insertion = "insertion", "Tracked insertion", "Insertion (suivi des modifications)";
        Deletion = "deletion", "Tracked deletion", "Suppression (suivi des modifications)";
        Edit = "edit", "Untracked edit", "Modification hors suivi";
    }
}

value_set! {
    /// How a reviewer's comment was dealt with, as the comment-response table says.
    Disposition, what = "disposition", {
        Accepted = "accepted", "Accepted", "Accepté";
        PartlyAccepted = "partly-accepted", "Partly accepted", "Partiellement accepté";
        Rejected = "rejected", "Rejected", "Rejeté";
        Noted = "noted", "Noted", "Pris acte";
    }
}

value_set! {
    /// How a session's agenda is ordered.
    AgendaOrder, what = "agenda order", {
        Group = "group", "By group", "Par groupe";
        Priority = "priority", "By priority", "Par priorité";
        Manual = "manual", "By hand", "Ordre manuel";
    }
}

value_set! {
    /// Whether a recommendation is in place today, as an authority answered the gap-analysis survey.
    SurveyStatus, what = "survey status", {
        Implemented = "implemented", "Implemented", "Mis en œuvre";
        PartiallyImplemented = "partially-implemented", "Partially implemented", "Partiellement mis en œuvre";
        Planned = "planned", "Planned", "Prévu";
        NotImplemented = "not-implemented", "Not implemented", "Non mis en œuvre";
        NotApplicable = "not-applicable", "Not applicable", "Sans objet";
        Unknown = "unknown", "Unknown", "Inconnu";
    }
}

value_set! {
    /// The kind of instrument through which a recommendation is in place.
    Instrument, what = "instrument", {
        Law = "law", "Law", "Loi";
        Regulation = "regulation", "Regulation", "Règlement";
        Directive = "directive", "Directive", "Directive";
        Guideline = "guideline", "Guideline", "Ligne directrice";
        LicenceCondition = "licence-condition", "Licence condition", "Condition de licence";
        Mou = "mou", "Memorandum of understanding", "Protocole d’accord";
        None = "none", "No instrument", "Aucun";
    }
}

value_set! {
    /// What the completeness check can find before a draft goes out, in the order it checks an item.
    FindingKind, what = "finding", {
        NoItems = "no-items", "No recommendation selected", "Aucune recommandation sélectionnée";
        UnansweredComment = "unanswered-comment", "Reviewer's comment without a disposition", "Commentaire d’examinateur sans suite donnée";
        UnresolvedConflict = "unresolved-conflict", "Field changed on two laptops, not yet settled", "Champ modifié sur deux ordinateurs, pas encore arbitré";
        OpenItem = "open-item", "Item still open", "Point encore ouvert";
        UnsettledDivergence = "unsettled-divergence", "Divergence not settled", "Divergence non réglée";
        MissingRationale = "missing-rationale", "Not applicable or deferred without rationale", "Sans objet ou différé, sans justification";
        MissingWording = "missing-wording", "Adopted with national wording, but no wording", "Adopté avec formulation nationale, sans formulation";
        MissingLead = "missing-lead", "Adopted without lead authority", "Adopté sans autorité chef de file";
        MissingPriority = "missing-priority", "Adopted without priority", "Adopté sans priorité";
        MissingDue = "missing-due", "Adopted without target date", "Adopté sans date cible";
        PastDue = "past-due", "Target date before the document date", "Date cible antérieure à la date du document";
        MissingProperty = "missing-property", "Document property left empty", "Propriété du document non renseignée";
    }
}

value_set! {
    /// The formats a draft or the minutes are exported in; the code is the file extension.
    ExportFormat, what = "format", {
        Docx = "docx", "Word document (DOCX)", "Document Word (DOCX)";
        Pdf = "pdf", "PDF", "PDF";
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
        Xlsx = "xlsx", "Excel workbook (XLSX), with drop-down lists", "Classeur Excel (XLSX), avec listes déroulantes";
        Csv = "csv", "CSV (UTF-8, comma-separated)", "CSV (UTF-8, séparateur virgule)";
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

    /// Every value set's labels, as (set, code, English, French).
    fn all_labels() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
        let mut labels = Vec::new();
        macro_rules! collect {
            ($($set:ty),+) => {$(
                for v in <$set>::ALL {
                    labels.push((<$set>::WHAT, v.code(), v.label_in(Language::En), v.label_in(Language::Fr)));
                }
            )+};
        }
        collect!(
            Language,
            DecisionStatus,
            ReasonCode,
            Priority,
            AuthorityKind,
            Stakeholder,
            CatalogGroup,
            ThreatCategory,
            Flag,
            SecurityDimension,
            Stance,
            Resolution,
            ReviewKind,
            Disposition,
            AgendaOrder,
            SurveyStatus,
            Instrument,
            FindingKind,
            ExportFormat,
            SurveyFormat
        );
        labels
    }

    #[test]
    fn every_label_exists_in_french_and_is_not_left_in_english() {
        // Words spelt the same in both languages.
        let same_in_both = [("instrument", "directive"), ("format", "pdf")];
        for (what, code, english, french) in all_labels() {
            assert!(!french.trim().is_empty(), "{what} {code} has no French label");
            assert_eq!(
                french.trim(),
                french,
                "{what} {code}: French label has spaces around it"
            );
            if !same_in_both.contains(&(what, code)) {
                assert_ne!(french, english, "{what} {code}: the French label is the English one");
            }
            crate::language::check_french_typography(french).unwrap_or_else(|e| panic!("{what} {code}: {e}"));
            assert!(!french.contains('\''), "{what} {code}: write the apostrophe as ’");
        }
        assert_eq!(
            DecisionStatus::Open.label(),
            "Open",
            "label() stays English for the callers that use it"
        );
    }

    #[test]
    fn french_labels_are_unique_within_their_set() {
        let labels = all_labels();
        for (what, code, _, french) in &labels {
            let twins = labels.iter().filter(|(w, _, _, f)| w == what && f == french).count();
            assert_eq!(twins, 1, "{what} {code}: French label \"{french}\" is used twice");
        }
    }

    #[test]
    fn survey_words_are_the_french_words_of_the_contract() {
        use crate::language::fold_for_search;
        let status = [
            (SurveyStatus::Implemented, "mis en œuvre"),
            (SurveyStatus::PartiallyImplemented, "partiellement mis en œuvre"),
            (SurveyStatus::Planned, "prévu"),
            (SurveyStatus::NotImplemented, "non mis en œuvre"),
            (SurveyStatus::NotApplicable, "sans objet"),
            (SurveyStatus::Unknown, "inconnu"),
        ];
        for (value, word) in status {
            assert_eq!(value.label_in(Language::Fr).to_lowercase(), word);
        }
        let instruments = [
            (Instrument::Law, "loi"),
            (Instrument::Regulation, "règlement"),
            (Instrument::Directive, "directive"),
            (Instrument::Guideline, "ligne directrice"),
            (Instrument::LicenceCondition, "condition de licence"),
            (Instrument::Mou, "protocole d'accord"),
            (Instrument::None, "aucun"),
        ];
        for (value, word) in instruments {
            // The contract writes a straight apostrophe; the label a typographic one.
            assert_eq!(fold_for_search(value.label_in(Language::Fr)), fold_for_search(word));
        }
        assert_eq!("FR".parse::<Language>(), Ok(Language::Fr));
        assert_eq!(Language::default(), Language::En);
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
