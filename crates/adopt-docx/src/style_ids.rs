//! The ids of the styles in `word/styles.xml`: the style sheet defines them, the body names
//! them on every paragraph and table, the numbering links Heading 1–3 to the outline, and the
//! packaging step finds data tables by their style.

pub const NORMAL: &str = "Normal";
pub const BODY: &str = "BodyText";
pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const COVER_MARKING: &str = "CoverMarking";
pub const COVER_ISSUER: &str = "CoverIssuer";
pub const COVER_JURISDICTION: &str = "CoverJurisdiction";
pub const COVER_DETAIL: &str = "CoverDetail";
pub const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
pub const TOC_HEADING: &str = "TOCHeading";
pub const TOCS: [&str; 3] = ["TOC1", "TOC2", "TOC3"];
pub const QUOTE: &str = "Quote";
pub const NOTE: &str = "Note";
pub const FIELD: &str = "Field";
pub const LIST_PARAGRAPH: &str = "ListParagraph";
pub const TABLE_TEXT: &str = "TableText";
pub const TABLE_HEADING: &str = "TableHeading";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";
pub const SIGNATURE_AUTHORITY: &str = "SignatureAuthority";
pub const SIGNATURE_RULE: &str = "SignatureRule";
pub const SIGNATURE_LINE: &str = "SignatureLine";
pub const TABLE_STYLE: &str = "AdoptionTable";
pub const SIGNATURE_TABLE_STYLE: &str = "SignatureTable";
