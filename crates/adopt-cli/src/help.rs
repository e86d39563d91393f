//! `--help` in the person's language. clap's texts are the doc comments of `cli.rs`, fixed at
//! compile time, in English; for French the command is rebuilt before parsing: the program's
//! about, each command's and subcommand's about, the global flags, `--help` and `--version`,
//! and the headings clap lets a program name ("Usage", "Commands"). The other flags' texts and
//! clap's own parse errors and `help` subcommand stay English. English keeps clap's output.

use adopt_core::{Locale, Message};
use clap::{Arg, ArgAction, Command};

use crate::output::m;

/// The command line as clap shows it in `locale`.
pub fn localize(command: Command, locale: Locale) -> Command {
    if locale == Locale::En {
        return command;
    }
    let say = |message: Message| message.render(locale);
    let mut command = command
        .about(say(m("cli-help-about")))
        .after_help(say(m("cli-help-exit-codes")))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help_heading("Options\u{a0}")
                .help(say(m("cli-help-version-flag"))),
        )
        .mut_arg("db", |a| a.help(say(m("cli-help-db"))))
        .mut_arg("by", |a| a.help(say(m("cli-help-by"))))
        .mut_arg("device", |a| a.help(say(m("cli-help-device"))))
        .mut_arg("lang", |a| a.help(say(m("cli-help-lang"))));
    let abouts = [
        ("catalog", m("cli-help-catalog")),
        ("workspace", m("cli-help-workspace")),
        ("select", m("cli-help-select")),
        ("deselect", m("cli-help-deselect")),
        ("decide", m("cli-help-decide")),
        ("export", m("cli-help-export")),
        ("demo", m("cli-help-demo")),
        ("template", m("cli-help-template")),
        ("session", m("cli-help-session")),
        ("position", m("cli-help-position")),
        ("resolve", m("cli-help-resolve")),
        ("action", m("cli-help-action")),
        ("minutes", m("cli-help-minutes")),
        ("survey", m("cli-help-survey")),
        ("check", m("cli-help-check")),
        ("version", m("cli-help-version")),
        ("diff", m("cli-help-diff")),
        ("review", m("cli-help-review")),
        ("history", m("cli-help-history")),
        ("device", m("cli-help-device-command")),
        ("sync", m("cli-help-sync")),
        ("conflicts", m("cli-help-conflicts")),
    ];
    for (name, about) in abouts {
        // A command renamed in cli.rs without its message here keeps its English about.
        if command.find_subcommand(name).is_some() {
            command = command.mut_subcommand(name, |s| s.about(say(about)));
        }
    }
    let second = [
        ("catalog", "list", m("cli-help-catalog-list")),
        ("catalog", "show", m("cli-help-catalog-show")),
        ("catalog", "sources", m("cli-help-catalog-sources")),
        ("workspace", "create", m("cli-help-workspace-create")),
        ("workspace", "list", m("cli-help-workspace-list")),
        ("workspace", "show", m("cli-help-workspace-show")),
        ("workspace", "set", m("cli-help-workspace-set")),
        ("workspace", "export", m("cli-help-workspace-export")),
        ("workspace", "import", m("cli-help-workspace-import")),
        ("workspace", "duplicate", m("cli-help-workspace-duplicate")),
        ("workspace", "archive", m("cli-help-workspace-archive")),
        ("template", "list", m("cli-help-template-list")),
        ("session", "create", m("cli-help-session-create")),
        ("session", "list", m("cli-help-session-list")),
        ("session", "anonymise", m("cli-help-session-anonymise")),
        ("survey", "template", m("cli-help-survey-template")),
        ("survey", "import", m("cli-help-survey-import")),
        ("version", "circulate", m("cli-help-version-circulate")),
        ("version", "list", m("cli-help-version-list")),
        ("version", "verify", m("cli-help-version-verify")),
        ("version", "show", m("cli-help-version-show")),
        ("review", "import", m("cli-help-review-import")),
        ("review", "list", m("cli-help-review-list")),
        ("review", "respond", m("cli-help-review-respond")),
        ("device", "show", m("cli-help-device-show")),
        ("sync", "export", m("cli-help-sync-export")),
        ("sync", "import", m("cli-help-sync-import")),
        ("conflicts", "list", m("cli-help-conflicts-list")),
        ("conflicts", "resolve", m("cli-help-conflicts-resolve")),
    ];
    for (parent, name, about) in second {
        let known = command
            .find_subcommand(parent)
            .is_some_and(|p| p.find_subcommand(name).is_some());
        if known {
            command = command.mut_subcommand(parent, |p| p.mut_subcommand(name, |s| s.about(say(about))));
        }
    }
    // clap takes a heading only as a static string (its `string` feature is off); this one
    // string lives as long as the process anyway.
    // clap writes the colon right after a heading, so the heading ends with the no-break
    // space French puts before it.
    let commands: &'static str = Box::leak(format!("{}\u{a0}", say(m("cli-help-commands"))).into_boxed_str());
    headings(command, locale, commands)
}

/// The headings and `--help` of a command and all its subcommands.
fn headings(command: Command, locale: Locale, commands: &'static str) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        m("cli-help-usage").render(locale)
    );
    command
        .help_template(template)
        .subcommand_help_heading(commands)
        .mut_args(|arg| {
            // "Options" and "Arguments" are French words too; only the spacing changes.
            let heading = if arg.is_positional() {
                "Arguments\u{a0}"
            } else {
                "Options\u{a0}"
            };
            arg.help_heading(heading)
        })
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .help_heading("Options\u{a0}")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(m("cli-help-help-flag").render(locale)),
        )
        .mut_subcommands(|sub| headings(sub, locale, commands))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    #[test]
    fn the_french_help_names_every_command_in_french_and_keeps_the_flags() {
        let mut command = localize(Cli::command(), Locale::Fr);
        let help = command.render_help().to_string();
        assert!(help.contains("Utilisation\u{a0}:"), "{help}");
        assert!(help.contains("Commandes\u{a0}:"), "{help}");
        assert!(help.contains("Options\u{a0}:"), "{help}");
        assert!(help.contains("--lang"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
        let english = Cli::command();
        let about = |c: Option<&Command>| c.and_then(|c| c.get_about()).map(ToString::to_string);
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = sub.get_name();
            let theirs = english.find_subcommand(name);
            assert_ne!(about(Some(sub)), about(theirs), "{name} has no French about");
            for inner in sub.get_subcommands().filter(|s| s.get_name() != "help") {
                let inner_name = inner.get_name();
                assert_ne!(
                    about(Some(inner)),
                    about(theirs.and_then(|t| t.find_subcommand(inner_name))),
                    "{name} {inner_name} has no French about"
                );
            }
        }
    }

    #[test]
    fn the_english_help_is_clap_s_own() {
        let english = Cli::command().render_help().to_string();
        assert_eq!(localize(Cli::command(), Locale::En).render_help().to_string(), english);
    }
}
