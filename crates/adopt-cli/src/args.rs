//! Reading values the core's value sets define, and the usage error for a command line that
//! clap accepts but the contract does not. Every command module uses these; they import
//! nothing from the commands.

/// A command line that is well-formed for clap but not for us (e.g. `--authority LCA`).
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// Parses a value of a value set, turning a refusal into a usage error of the core.
pub fn parse<T: std::str::FromStr<Err = adopt_domain::InvalidInput>>(text: &str) -> Result<T, adopt_core::Error> {
    text.parse().map_err(adopt_core::Error::from)
}
