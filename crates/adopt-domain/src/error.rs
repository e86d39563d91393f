use thiserror::Error;

/// Input that breaks a rule of the domain. Every message says what was wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InvalidInput {
    #[error("unknown {what} \"{value}\"; use one of: {allowed}")]
    UnknownValue {
        what: &'static str,
        value: String,
        allowed: String,
    },
    #[error("\"{0}\" is not a date; write dates as YYYY-MM-DD, e.g. 2027-03-31")]
    MalformedDate(String),
    #[error("{0} is not a day of the calendar; check the month and the day")]
    ImpossibleDate(String),
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    #[error("{field} is too long ({len} characters); keep it under {max}")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("authority code \"{0}\" is not valid; use 2 to 16 letters or digits, e.g. LCA or CBL")]
    AuthorityCode(String),
    #[error("authority {0} is listed twice; give each authority once")]
    DuplicateAuthority(String),
    #[error("a workspace needs at least one authority, e.g. LCA, the Lesotho Communications Authority")]
    NoAuthority,
    #[error("\"{0}\" is not an authority of this workspace; use one of: {1}")]
    UnknownAuthority(String, String),
    #[error("{0} cannot be cleared; set another value instead")]
    NotClearable(&'static str),
    #[error("the lead authority {0} cannot also be a supporting authority")]
    LeadAlsoSupports(String),
    #[error("nothing to change; name at least one field to set or clear")]
    NothingToChange,
    #[error("{0} is both set and cleared; do one or the other")]
    SetAndCleared(&'static str),
    #[error("agreed-with-conditions needs the conditions; write them, or resolve as agreed")]
    ConditionsMissing,
    #[error("a divergent resolution leaves the decision open; record it without a status")]
    DivergentWithStatus,
    #[error("an agreement decides the item; choose a status other than open, or resolve as divergent")]
    AgreedButOpen,
    #[error("a time box of {0} minutes is not possible; give between 1 and 1440 minutes")]
    TimeBox(u32),
    #[error(
        "\"{0}\" is not a participant; write NAME|ORG|CODE or NAME|ORG|CODE|ROLE (a | inside a value is written \\|)"
    )]
    ParticipantFormat(String),
    #[error("\"{0}\" is not a recommendation id; ids look like SIM-08")]
    MalformedItemId(String),
    #[error("{0}: a survey is an .xlsx or a .csv file; name the file with one of these extensions")]
    SurveyFileName(String),
    #[error("the device name {0}; give a short name such as \"CBL legal laptop\"")]
    DeviceName(String),
}

pub type Result<T, E = InvalidInput> = std::result::Result<T, E>;
