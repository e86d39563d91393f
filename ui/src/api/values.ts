// Generated from the Rust types by `cargo test -p adopt-core` (UPDATE_BINDINGS=1). Do not edit.
// Each value set: its codes in the contract's order, and their English and French labels.

import type {
  AgendaOrder,
  AuthorityKind,
  CatalogGroup,
  DecisionStatus,
  Disposition,
  ExportFormat,
  FindingKind,
  Flag,
  Instrument,
  Language,
  Priority,
  ReasonCode,
  Resolution,
  ReviewKind,
  SecurityDimension,
  Stakeholder,
  Stance,
  SurveyFormat,
  SurveyStatus,
  ThreatCategory,
} from "./bindings";

export const decisionStatuses: readonly DecisionStatus[] = [
  "open",
  "adopt",
  "adopt-modified",
  "already-covered",
  "deferred",
  "not-applicable",
];

export const decisionStatusLabels: Readonly<Record<DecisionStatus, string>> = {
  "open": "Open",
  "adopt": "Adopt",
  "adopt-modified": "Adopt with national wording",
  "already-covered": "Already covered",
  "deferred": "Deferred",
  "not-applicable": "Not applicable",
};

export const decisionStatusLabelsFr: Readonly<Record<DecisionStatus, string>> = {
  "open": "Ouvert",
  "adopt": "Adopté",
  "adopt-modified": "Adopté avec formulation nationale",
  "already-covered": "Déjà couvert",
  "deferred": "Différé",
  "not-applicable": "Sans objet",
};

export const reasonCodes: readonly ReasonCode[] = [
  "existing-instrument",
  "legal-requirement",
  "risk-assessment",
  "best-practice",
  "no-legal-mandate",
  "capacity-constraint",
  "not-relevant-to-market",
  "other",
];

export const reasonCodeLabels: Readonly<Record<ReasonCode, string>> = {
  "existing-instrument": "Covered by an existing instrument",
  "legal-requirement": "Legal requirement",
  "risk-assessment": "Risk assessment",
  "best-practice": "Best practice",
  "no-legal-mandate": "No legal mandate",
  "capacity-constraint": "Capacity constraint",
  "not-relevant-to-market": "Not relevant to the market",
  "other": "Other",
};

export const reasonCodeLabelsFr: Readonly<Record<ReasonCode, string>> = {
  "existing-instrument": "Couvert par un instrument existant",
  "legal-requirement": "Obligation légale",
  "risk-assessment": "Évaluation des risques",
  "best-practice": "Bonne pratique",
  "no-legal-mandate": "Absence de mandat légal",
  "capacity-constraint": "Contraintes de capacité",
  "not-relevant-to-market": "Sans pertinence pour le marché",
  "other": "Autre",
};

export const priorities: readonly Priority[] = ["high", "medium", "low"];

export const priorityLabels: Readonly<Record<Priority, string>> = {
  "high": "High",
  "medium": "Medium",
  "low": "Low",
};

export const priorityLabelsFr: Readonly<Record<Priority, string>> = {
  "high": "Haute",
  "medium": "Moyenne",
  "low": "Basse",
};

export const authorityKinds: readonly AuthorityKind[] = [
  "telecom-regulator",
  "central-bank",
  "cybersecurity-agency",
  "ministry",
  "other",
];

export const authorityKindLabels: Readonly<Record<AuthorityKind, string>> = {
  "telecom-regulator": "Telecom regulator",
  "central-bank": "Central bank",
  "cybersecurity-agency": "Cybersecurity agency",
  "ministry": "Ministry",
  "other": "Other",
};

export const authorityKindLabelsFr: Readonly<Record<AuthorityKind, string>> = {
  "telecom-regulator": "Autorité de régulation des télécommunications",
  "central-bank": "Banque centrale",
  "cybersecurity-agency": "Agence de cybersécurité",
  "ministry": "Ministère",
  "other": "Autre",
};

export const stakeholders: readonly Stakeholder[] = ["TR", "CB", "MNO", "DFSP", "3P", "DEV", "OEM", "USR"];

export const stakeholderLabels: Readonly<Record<Stakeholder, string>> = {
  "TR": "Telecom regulator",
  "CB": "Central bank",
  "MNO": "Mobile network operator",
  "DFSP": "DFS provider",
  "3P": "Third party, PSP, merchant or agent",
  "DEV": "App developer",
  "OEM": "Device maker",
  "USR": "End user",
};

export const stakeholderLabelsFr: Readonly<Record<Stakeholder, string>> = {
  "TR": "Régulateur des télécommunications",
  "CB": "Banque centrale",
  "MNO": "Opérateur de réseau mobile",
  "DFSP": "Fournisseur de services financiers numériques",
  "3P": "Tiers, prestataire de services de paiement, commerçant ou agent",
  "DEV": "Développeur d’applications",
  "OEM": "Fabricant de terminaux",
  "USR": "Utilisateur final",
};

export const catalogGroups: readonly CatalogGroup[] = ["REG", "TEL", "SIM", "PAY", "APP", "USR"];

export const catalogGroupLabels: Readonly<Record<CatalogGroup, string>> = {
  "REG": "Regulatory and inter-agency",
  "TEL": "Telecom infrastructure",
  "SIM": "SIM life cycle",
  "PAY": "DFS provider and payment platform",
  "APP": "Application layer",
  "USR": "End user and consumer",
};

export const catalogGroupLabelsFr: Readonly<Record<CatalogGroup, string>> = {
  "REG": "Réglementation et coopération entre autorités",
  "TEL": "Infrastructure de télécommunications",
  "SIM": "Cycle de vie de la carte SIM",
  "PAY": "Fournisseur de services financiers numériques et plateforme de paiement",
  "APP": "Couche applicative",
  "USR": "Utilisateur final et consommateur",
};

export const threatCategories: readonly ThreatCategory[] = [
  "account-session-hijacking",
  "credential-attacks",
  "system-platform-attacks",
  "code-exploitation",
  "data-misuse",
  "denial-of-service",
  "insider-attacks",
  "mitm-social-engineering",
  "infrastructure-compromise",
  "sim-attacks",
  "service-compromise",
  "unauthorized-data-access",
  "malware",
  "zero-day",
  "rogue-devices",
  "unauthorized-device-access",
  "personal-data-disclosure",
];

export const threatCategoryLabels: Readonly<Record<ThreatCategory, string>> = {
  "account-session-hijacking": "Account and session hijacking",
  "credential-attacks": "Attacks against credentials",
  "system-platform-attacks": "Attacks against systems and platforms",
  "code-exploitation": "Code exploitation attacks",
  "data-misuse": "Data misuse",
  "denial-of-service": "Denial of service",
  "insider-attacks": "Insider attacks",
  "mitm-social-engineering": "Man-in-the-middle and social engineering",
  "infrastructure-compromise": "Compromise of DFS infrastructure",
  "sim-attacks": "SIM attacks",
  "service-compromise": "Compromise of DFS services",
  "unauthorized-data-access": "Unauthorized access to DFS data",
  "malware": "Malware",
  "zero-day": "Zero-day attacks",
  "rogue-devices": "Rogue devices",
  "unauthorized-device-access": "Unauthorized access to mobile devices",
  "personal-data-disclosure": "Unintended disclosure of personal information",
};

export const threatCategoryLabelsFr: Readonly<Record<ThreatCategory, string>> = {
  "account-session-hijacking": "Détournement de comptes et de sessions",
  "credential-attacks": "Attaques contre les données d’authentification",
  "system-platform-attacks": "Attaques contre les systèmes et les plateformes",
  "code-exploitation": "Attaques par exploitation de code",
  "data-misuse": "Utilisation abusive des données",
  "denial-of-service": "Déni de service",
  "insider-attacks": "Attaques internes",
  "mitm-social-engineering": "Attaques de l’homme du milieu et ingénierie sociale",
  "infrastructure-compromise": "Compromission de l’infrastructure des services financiers numériques",
  "sim-attacks": "Attaques contre la carte SIM",
  "service-compromise": "Compromission des services financiers numériques",
  "unauthorized-data-access": "Accès non autorisé aux données des services financiers numériques",
  "malware": "Logiciels malveillants",
  "zero-day": "Attaques du jour zéro",
  "rogue-devices": "Équipements illégitimes",
  "unauthorized-device-access": "Accès non autorisé aux terminaux mobiles",
  "personal-data-disclosure": "Divulgation involontaire de données à caractère personnel",
};

export const flags: readonly Flag[] = ["verified", "recalled"];

export const flagLabels: Readonly<Record<Flag, string>> = {
  "verified": "Verified against the source",
  "recalled": "Source section not verified",
};

export const flagLabelsFr: Readonly<Record<Flag, string>> = {
  "verified": "Vérifié au regard de la source",
  "recalled": "Section de la source non vérifiée",
};

export const securityDimensions: readonly SecurityDimension[] = [
  "access-control",
  "authentication",
  "non-repudiation",
  "data-confidentiality",
  "communication-security",
  "data-integrity",
  "availability",
  "privacy",
];

export const securityDimensionLabels: Readonly<Record<SecurityDimension, string>> = {
  "access-control": "Access control",
  "authentication": "Authentication",
  "non-repudiation": "Non-repudiation",
  "data-confidentiality": "Data confidentiality",
  "communication-security": "Communication security",
  "data-integrity": "Data integrity",
  "availability": "Availability",
  "privacy": "Privacy",
};

export const securityDimensionLabelsFr: Readonly<Record<SecurityDimension, string>> = {
  "access-control": "Contrôle d’accès",
  "authentication": "Authentification",
  "non-repudiation": "Non-répudiation",
  "data-confidentiality": "Confidentialité des données",
  "communication-security": "Sécurité des communications",
  "data-integrity": "Intégrité des données",
  "availability": "Disponibilité",
  "privacy": "Respect de la vie privée",
};

export const exportFormats: readonly ExportFormat[] = ["docx", "pdf"];

export const exportFormatLabels: Readonly<Record<ExportFormat, string>> = {
  "docx": "Word document (DOCX)",
  "pdf": "PDF",
};

export const exportFormatLabelsFr: Readonly<Record<ExportFormat, string>> = {
  "docx": "Document Word (DOCX)",
  "pdf": "PDF",
};

export const stances: readonly Stance[] = ["support", "support-with-changes", "oppose", "needs-consultation", "abstain"];

export const stanceLabels: Readonly<Record<Stance, string>> = {
  "support": "Support",
  "support-with-changes": "Support with changes",
  "oppose": "Oppose",
  "needs-consultation": "Needs internal consultation",
  "abstain": "Abstain",
};

export const stanceLabelsFr: Readonly<Record<Stance, string>> = {
  "support": "Soutien",
  "support-with-changes": "Soutien sous réserve de modifications",
  "oppose": "Opposition",
  "needs-consultation": "Consultation interne nécessaire",
  "abstain": "Abstention",
};

export const resolutions: readonly Resolution[] = ["agreed", "agreed-with-conditions", "divergent"];

export const resolutionLabels: Readonly<Record<Resolution, string>> = {
  "agreed": "Agreed",
  "agreed-with-conditions": "Agreed with conditions",
  "divergent": "Divergent — escalated",
};

export const resolutionLabelsFr: Readonly<Record<Resolution, string>> = {
  "agreed": "Accord",
  "agreed-with-conditions": "Accord sous conditions",
  "divergent": "Divergence — renvoi à l’échelon supérieur",
};

export const agendaOrders: readonly AgendaOrder[] = ["group", "priority", "manual"];

export const agendaOrderLabels: Readonly<Record<AgendaOrder, string>> = {
  "group": "By group",
  "priority": "By priority",
  "manual": "By hand",
};

export const agendaOrderLabelsFr: Readonly<Record<AgendaOrder, string>> = {
  "group": "Par groupe",
  "priority": "Par priorité",
  "manual": "Ordre manuel",
};

export const surveyStatuses: readonly SurveyStatus[] = [
  "implemented",
  "partially-implemented",
  "planned",
  "not-implemented",
  "not-applicable",
  "unknown",
];

export const surveyStatusLabels: Readonly<Record<SurveyStatus, string>> = {
  "implemented": "Implemented",
  "partially-implemented": "Partially implemented",
  "planned": "Planned",
  "not-implemented": "Not implemented",
  "not-applicable": "Not applicable",
  "unknown": "Unknown",
};

export const surveyStatusLabelsFr: Readonly<Record<SurveyStatus, string>> = {
  "implemented": "Mis en œuvre",
  "partially-implemented": "Partiellement mis en œuvre",
  "planned": "Prévu",
  "not-implemented": "Non mis en œuvre",
  "not-applicable": "Sans objet",
  "unknown": "Inconnu",
};

export const instruments: readonly Instrument[] = [
  "law",
  "regulation",
  "directive",
  "guideline",
  "licence-condition",
  "mou",
  "none",
];

export const instrumentLabels: Readonly<Record<Instrument, string>> = {
  "law": "Law",
  "regulation": "Regulation",
  "directive": "Directive",
  "guideline": "Guideline",
  "licence-condition": "Licence condition",
  "mou": "Memorandum of understanding",
  "none": "No instrument",
};

export const instrumentLabelsFr: Readonly<Record<Instrument, string>> = {
  "law": "Loi",
  "regulation": "Règlement",
  "directive": "Directive",
  "guideline": "Ligne directrice",
  "licence-condition": "Condition de licence",
  "mou": "Protocole d’accord",
  "none": "Aucun",
};

export const findingKinds: readonly FindingKind[] = [
  "no-items",
  "unanswered-comment",
  "unresolved-conflict",
  "open-item",
  "unsettled-divergence",
  "missing-rationale",
  "missing-wording",
  "missing-lead",
  "missing-priority",
  "missing-due",
  "past-due",
  "missing-property",
];

export const findingKindLabels: Readonly<Record<FindingKind, string>> = {
  "no-items": "No recommendation selected",
  "unanswered-comment": "Reviewer's comment without a disposition",
  "unresolved-conflict": "Field changed on two laptops, not yet settled",
  "open-item": "Item still open",
  "unsettled-divergence": "Divergence not settled",
  "missing-rationale": "Not applicable or deferred without rationale",
  "missing-wording": "Adopted with national wording, but no wording",
  "missing-lead": "Adopted without lead authority",
  "missing-priority": "Adopted without priority",
  "missing-due": "Adopted without target date",
  "past-due": "Target date before the document date",
  "missing-property": "Document property left empty",
};

export const findingKindLabelsFr: Readonly<Record<FindingKind, string>> = {
  "no-items": "Aucune recommandation sélectionnée",
  "unanswered-comment": "Commentaire d’examinateur sans suite donnée",
  "unresolved-conflict": "Champ modifié sur deux ordinateurs, pas encore arbitré",
  "open-item": "Point encore ouvert",
  "unsettled-divergence": "Divergence non réglée",
  "missing-rationale": "Sans objet ou différé, sans justification",
  "missing-wording": "Adopté avec formulation nationale, sans formulation",
  "missing-lead": "Adopté sans autorité chef de file",
  "missing-priority": "Adopté sans priorité",
  "missing-due": "Adopté sans date cible",
  "past-due": "Date cible antérieure à la date du document",
  "missing-property": "Propriété du document non renseignée",
};

export const surveyFormats: readonly SurveyFormat[] = ["xlsx", "csv"];

export const surveyFormatLabels: Readonly<Record<SurveyFormat, string>> = {
  "xlsx": "Excel workbook (XLSX), with drop-down lists",
  "csv": "CSV (UTF-8, comma-separated)",
};

export const surveyFormatLabelsFr: Readonly<Record<SurveyFormat, string>> = {
  "xlsx": "Classeur Excel (XLSX), avec listes déroulantes",
  "csv": "CSV (UTF-8, séparateur virgule)",
};

export const reviewKinds: readonly ReviewKind[] = ["comment", "insertion", "deletion", "edit"];

export const reviewKindLabels: Readonly<Record<ReviewKind, string>> = {
  "comment": "Comment",
  "insertion": "Tracked insertion",
  "deletion": "Tracked deletion",
  "edit": "Untracked edit",
};

export const reviewKindLabelsFr: Readonly<Record<ReviewKind, string>> = {
  "comment": "Commentaire",
  "insertion": "Insertion (suivi des modifications)",
  "deletion": "Suppression (suivi des modifications)",
  "edit": "Modification hors suivi",
};

export const dispositions: readonly Disposition[] = ["accepted", "partly-accepted", "rejected", "noted"];

export const dispositionLabels: Readonly<Record<Disposition, string>> = {
  "accepted": "Accepted",
  "partly-accepted": "Partly accepted",
  "rejected": "Rejected",
  "noted": "Noted",
};

export const dispositionLabelsFr: Readonly<Record<Disposition, string>> = {
  "accepted": "Accepté",
  "partly-accepted": "Partiellement accepté",
  "rejected": "Rejeté",
  "noted": "Pris acte",
};

export const languages: readonly Language[] = ["en", "fr"];

export const languageLabels: Readonly<Record<Language, string>> = {
  "en": "English",
  "fr": "French",
};

export const languageLabelsFr: Readonly<Record<Language, string>> = {
  "en": "Anglais",
  "fr": "Français",
};
