use adopt_messages::{Localized, Message, term};
use thiserror::Error;

/// Input that breaks a rule of the domain. Every message says what was wrong and what to do,
/// in the person's language (`Localized`); `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.message().english())]
pub enum InvalidInput {
    UnknownValue {
        what: &'static str,
        value: String,
        allowed: String,
    },
    MalformedDate(String),
    ImpossibleDate(String),
    Empty {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    AuthorityCode(String),
    DuplicateAuthority(String),
    NoAuthority,
    UnknownAuthority(String, String),
    NotClearable(&'static str),
    LeadAlsoSupports(String),
    NothingToChange,
    /// A built-in template whose language is not the workspace's.
    TemplateLanguage {
        template: String,
        /// The template's language code (`en`, `fr`).
        template_language: String,
        language: &'static str,
        /// The built-in template that writes the same instrument in the workspace's language,
        /// or the list of those in it.
        counterpart: String,
    },
    SetAndCleared(&'static str),
    ConditionsMissing,
    DivergentWithStatus,
    AgreedButOpen,
    TimeBox(u32),
    ParticipantFormat(String),
    MalformedItemId(String),
    SurveyFileName(String),
    DeviceName(String),
}

impl Localized for InvalidInput {
    fn message(&self) -> Message {
        let m = Message::new;
        match self {
            Self::UnknownValue { what, value, allowed } => m("invalid-unknown-value")
                .with("what", term(what))
                .with("value", value)
                .with("allowed", allowed),
            Self::MalformedDate(value) => m("invalid-malformed-date").with("value", value),
            Self::ImpossibleDate(value) => m("invalid-impossible-date").with("value", value),
            Self::Empty { field } => m("invalid-empty").with("field", term(field)),
            Self::TooLong { field, len, max } => m("invalid-too-long")
                .with("field", term(field))
                .with("len", *len)
                .with("max", *max),
            Self::AuthorityCode(code) => m("invalid-authority-code").with("code", code),
            Self::DuplicateAuthority(code) => m("invalid-duplicate-authority").with("code", code),
            Self::NoAuthority => m("invalid-no-authority"),
            Self::UnknownAuthority(code, allowed) => m("invalid-unknown-authority")
                .with("code", code)
                .with("allowed", allowed),
            Self::NotClearable(field) => m("invalid-not-clearable").with("field", term(field)),
            Self::LeadAlsoSupports(code) => m("invalid-lead-also-supports").with("code", code),
            Self::NothingToChange => m("invalid-nothing-to-change"),
            Self::TemplateLanguage {
                template,
                template_language,
                language,
                counterpart,
            } => m("invalid-template-language")
                .with("template", template)
                .with("template_language", template_language.as_str())
                .with("language", *language)
                .with("counterpart", counterpart),
            Self::SetAndCleared(field) => m("invalid-set-and-cleared").with("field", term(field)),
            Self::ConditionsMissing => m("invalid-conditions-missing"),
            Self::DivergentWithStatus => m("invalid-divergent-with-status"),
            Self::AgreedButOpen => m("invalid-agreed-but-open"),
            Self::TimeBox(minutes) => m("invalid-time-box").with("minutes", *minutes),
            Self::ParticipantFormat(value) => m("invalid-participant-format").with("value", value),
            Self::MalformedItemId(value) => m("invalid-malformed-item-id").with("value", value),
            Self::SurveyFileName(file) => m("invalid-survey-file-name").with("file", file),
            Self::DeviceName(problem) => m("invalid-device-name").with("problem", problem),
        }
    }
}

pub type Result<T, E = InvalidInput> = std::result::Result<T, E>;
