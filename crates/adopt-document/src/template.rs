//! Document templates: a folder a policy officer can edit without rebuilding. It holds
//! `manifest.toml` (name, instrument, language, page size, and the parts in order), prose parts
//! in Markdown with `{{ placeholders }}`, and optionally `glossary.toml` for Annex C.
//! The built-in templates are embedded in the binary; a folder given by path overrides them.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::glossary::{Glossary, builtin_glossary};
use crate::model::PageSize;

/// A template that cannot be used, naming the file (and line, where known) and what to fix.
#[derive(Debug, thiserror::Error)]
#[error("{}", adopt_messages::Localized::message(self).english())]
pub enum TemplateError {
    Unknown(String),
    Read { file: String, source: std::io::Error },
    Malformed { file: String, message: String },
    Placeholder { file: String, line: usize, message: String },
}

impl adopt_messages::Localized for TemplateError {
    fn message(&self) -> adopt_messages::Message {
        let m = adopt_messages::Message::new;
        match self {
            Self::Unknown(name) => m("template-unknown")
                .with("name", name)
                .with("list", builtin_names().join(", ")),
            Self::Read { file, source } => m("template-read").with("file", file).with("reason", source.to_string()),
            Self::Malformed { file, message } => m("template-malformed").with("file", file).with("reason", message),
            Self::Placeholder { file, line, message } => m("template-placeholder")
                .with("file", file)
                .with("line", *line)
                .with("reason", message),
        }
    }
}

/// One part of the document, in the order the manifest lists them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Part {
    /// Prose from a Markdown file of the template folder.
    Prose { prose: String },
    /// A part composed from the workspace; `title` is its heading where it has one.
    Generated {
        generated: Generated,
        title: Option<String>,
    },
}

/// The parts composition generates from the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Generated {
    Cover,
    DocumentControl,
    Contents,
    Requirements,
    Timeline,
    Responsibilities,
    Signatures,
    AnnexNotAdopted,
    AnnexSources,
    AnnexDefinitions,
    AnnexDiscussion,
    AnnexDivergence,
    AnnexGapAnalysis,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    pub description: String,
    /// The kind of instrument, shown on the cover: "Joint Directive", "Guideline".
    pub instrument: String,
    pub title: String,
    /// Running header text.
    pub short_title: String,
    /// BCP 47 language tag.
    pub language: String,
    #[serde(default = "default_page_size")]
    pub page_size: PageSizeName,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum PageSizeName {
    A4,
    Letter,
}

fn default_page_size() -> PageSizeName {
    PageSizeName::A4
}

impl From<PageSizeName> for PageSize {
    fn from(value: PageSizeName) -> Self {
        match value {
            PageSizeName::A4 => PageSize::A4,
            PageSizeName::Letter => PageSize::Letter,
        }
    }
}

/// A loaded template: its manifest, the text of its prose parts and its glossary.
#[derive(Debug, Clone)]
pub struct Template {
    pub manifest: Manifest,
    /// Where it came from, for messages: "joint-directive (built in)" or a folder path.
    pub origin: String,
    prose: Vec<(String, String)>,
    pub glossary: Glossary,
    /// The text of `manifest.toml` and `glossary.toml` as read, so the template can be frozen
    /// with a circulated version ([`Template::files`]) and loaded back exactly.
    manifest_text: String,
    glossary_text: String,
}

/// The name of a template's glossary file; a template without one uses the built-in glossary.
const GLOSSARY_FILE: &str = "glossary.toml";
const MANIFEST_FILE: &str = "manifest.toml";

/// The built-in templates: name and files (path inside the folder, content).
const BUILTIN: &[(&str, &[(&str, &str)])] = &[
    (
        "joint-directive",
        &[
            (
                "manifest.toml",
                include_str!("../../../templates/joint-directive/manifest.toml"),
            ),
            (
                "citation.md",
                include_str!("../../../templates/joint-directive/citation.md"),
            ),
            (
                "purpose.md",
                include_str!("../../../templates/joint-directive/purpose.md"),
            ),
            ("scope.md", include_str!("../../../templates/joint-directive/scope.md")),
            (
                "definitions.md",
                include_str!("../../../templates/joint-directive/definitions.md"),
            ),
            (
                "coordination.md",
                include_str!("../../../templates/joint-directive/coordination.md"),
            ),
            (
                "testing.md",
                include_str!("../../../templates/joint-directive/testing.md"),
            ),
            (
                "incidents.md",
                include_str!("../../../templates/joint-directive/incidents.md"),
            ),
            (
                "enforcement.md",
                include_str!("../../../templates/joint-directive/enforcement.md"),
            ),
            (
                "review.md",
                include_str!("../../../templates/joint-directive/review.md"),
            ),
        ],
    ),
    (
        "guideline",
        &[
            (
                "manifest.toml",
                include_str!("../../../templates/guideline/manifest.toml"),
            ),
            (
                "introduction.md",
                include_str!("../../../templates/guideline/introduction.md"),
            ),
            ("scope.md", include_str!("../../../templates/guideline/scope.md")),
            (
                "definitions.md",
                include_str!("../../../templates/guideline/definitions.md"),
            ),
            (
                "coordination.md",
                include_str!("../../../templates/guideline/coordination.md"),
            ),
            (
                "assurance.md",
                include_str!("../../../templates/guideline/assurance.md"),
            ),
            ("review.md", include_str!("../../../templates/guideline/review.md")),
        ],
    ),
    (
        "directive-conjointe",
        &[
            (
                "manifest.toml",
                include_str!("../../../templates/directive-conjointe/manifest.toml"),
            ),
            (
                "preambule.md",
                include_str!("../../../templates/directive-conjointe/preambule.md"),
            ),
            (
                "objet.md",
                include_str!("../../../templates/directive-conjointe/objet.md"),
            ),
            (
                "champ.md",
                include_str!("../../../templates/directive-conjointe/champ.md"),
            ),
            (
                "definitions.md",
                include_str!("../../../templates/directive-conjointe/definitions.md"),
            ),
            (
                "cooperation.md",
                include_str!("../../../templates/directive-conjointe/cooperation.md"),
            ),
            (
                "controle.md",
                include_str!("../../../templates/directive-conjointe/controle.md"),
            ),
            (
                "incidents.md",
                include_str!("../../../templates/directive-conjointe/incidents.md"),
            ),
            (
                "sanctions.md",
                include_str!("../../../templates/directive-conjointe/sanctions.md"),
            ),
            (
                "revision.md",
                include_str!("../../../templates/directive-conjointe/revision.md"),
            ),
            (
                "entree-en-vigueur.md",
                include_str!("../../../templates/directive-conjointe/entree-en-vigueur.md"),
            ),
        ],
    ),
    (
        "ligne-directrice",
        &[
            (
                "manifest.toml",
                include_str!("../../../templates/ligne-directrice/manifest.toml"),
            ),
            (
                "preambule.md",
                include_str!("../../../templates/ligne-directrice/preambule.md"),
            ),
            ("objet.md", include_str!("../../../templates/ligne-directrice/objet.md")),
            ("champ.md", include_str!("../../../templates/ligne-directrice/champ.md")),
            (
                "definitions.md",
                include_str!("../../../templates/ligne-directrice/definitions.md"),
            ),
            (
                "coordination.md",
                include_str!("../../../templates/ligne-directrice/coordination.md"),
            ),
            (
                "assurance.md",
                include_str!("../../../templates/ligne-directrice/assurance.md"),
            ),
            (
                "reexamen.md",
                include_str!("../../../templates/ligne-directrice/reexamen.md"),
            ),
        ],
    ),
];

/// Names of the built-in templates; the first is the default.
pub fn builtin_names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(name, _)| *name).collect()
}

impl Template {
    /// A template by name, or from a folder when `spec` contains `/` or names an existing folder.
    pub fn resolve(spec: &str) -> Result<Template, TemplateError> {
        let path = Path::new(spec);
        if spec.contains('/') || spec.contains(std::path::MAIN_SEPARATOR) || path.is_dir() {
            Template::from_dir(path)
        } else {
            Template::builtin(spec)
        }
    }

    /// A built-in template.
    pub fn builtin(name: &str) -> Result<Template, TemplateError> {
        let (name, files) = BUILTIN
            .iter()
            .find(|(n, _)| *n == name.trim())
            .ok_or_else(|| TemplateError::Unknown(name.to_string()))?;
        let origin = format!("{name} (built in)");
        let read = |file: &str| -> Result<String, TemplateError> {
            files
                .iter()
                .find(|(f, _)| *f == file)
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| TemplateError::Malformed {
                    file: format!("{name}/{file}"),
                    message: "is not part of the template".into(),
                })
        };
        Template::load(origin, name, &read, None)
    }

    /// A template folder on disk.
    pub fn from_dir(dir: &Path) -> Result<Template, TemplateError> {
        let display = |file: &str| dir.join(file).display().to_string();
        let read = |file: &str| -> Result<String, TemplateError> {
            std::fs::read_to_string(dir.join(file)).map_err(|source| TemplateError::Read {
                file: display(file),
                source,
            })
        };
        let glossary_path: PathBuf = dir.join("glossary.toml");
        let glossary = if glossary_path.exists() {
            Some(read("glossary.toml")?)
        } else {
            None
        };
        Template::load(dir.display().to_string(), &dir.display().to_string(), &read, glossary)
    }

    fn load(
        origin: String,
        prefix: &str,
        read: &dyn Fn(&str) -> Result<String, TemplateError>,
        glossary: Option<String>,
    ) -> Result<Template, TemplateError> {
        let file = |f: &str| format!("{prefix}/{f}");
        let manifest_text = read(MANIFEST_FILE)?;
        let manifest: Manifest = toml::from_str(&manifest_text).map_err(|e| TemplateError::Malformed {
            file: file("manifest.toml"),
            message: one_line(&e.to_string()),
        })?;
        if manifest.parts.is_empty() {
            return Err(TemplateError::Malformed {
                file: file("manifest.toml"),
                message: "`parts` lists nothing".into(),
            });
        }
        // Without a glossary of its own, a template gets the built-in one of its language.
        let glossary = glossary.unwrap_or_else(|| builtin_glossary(&manifest.language).to_string());
        let mut prose = Vec::new();
        for part in &manifest.parts {
            if let Part::Prose { prose: name } = part {
                if name.contains("..") || name.starts_with('/') {
                    return Err(TemplateError::Malformed {
                        file: file("manifest.toml"),
                        message: format!("prose part \"{name}\" must be a file inside the template folder"),
                    });
                }
                prose.push((name.clone(), read(name)?));
            }
        }
        let parsed_glossary = Glossary::parse(&glossary).map_err(|message| TemplateError::Malformed {
            file: file(GLOSSARY_FILE),
            message,
        })?;
        Ok(Template {
            manifest,
            origin,
            prose,
            glossary: parsed_glossary,
            manifest_text,
            glossary_text: glossary,
        })
    }

    /// Every file of the template as (name, text): `manifest.toml`, each prose part in the
    /// manifest's order, then `glossary.toml` (the built-in glossary where the template has
    /// none). [`Template::from_files`] loads the same template back from them.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files = vec![(MANIFEST_FILE.to_string(), self.manifest_text.clone())];
        files.extend(self.prose.iter().cloned());
        files.push((GLOSSARY_FILE.to_string(), self.glossary_text.clone()));
        files
    }

    /// A template from its files as [`Template::files`] lists them (a circulated version's
    /// frozen template). `origin` names it in messages.
    pub fn from_files(origin: &str, files: &[(String, String)]) -> Result<Template, TemplateError> {
        let read = |file: &str| -> Result<String, TemplateError> {
            files
                .iter()
                .find(|(f, _)| f == file)
                .map(|(_, text)| text.clone())
                .ok_or_else(|| TemplateError::Malformed {
                    file: format!("{origin}/{file}"),
                    message: "is missing from the stored template".into(),
                })
        };
        let glossary = files
            .iter()
            .find(|(f, _)| f == GLOSSARY_FILE)
            .map(|(_, text)| text.clone());
        Template::load(origin.to_string(), origin, &read, glossary)
    }

    /// The text of a prose part, with the file name used in messages.
    pub(crate) fn prose(&self, name: &str) -> (&str, String) {
        let text = self
            .prose
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or_default();
        (text, format!("{}/{name}", self.origin_prefix()))
    }

    fn origin_prefix(&self) -> &str {
        self.origin.strip_suffix(" (built in)").unwrap_or(&self.origin)
    }
}

/// toml's messages span several lines with a source excerpt: keep "line L, column C: what".
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let location = lines.first().and_then(|l| l.find("line ").map(|at| &l[at..]));
    let what = lines.last().copied().unwrap_or("malformed");
    match location {
        Some(location) if lines.len() > 1 => format!("{location}: {what}"),
        _ => what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_loads_and_embeds_every_file_of_its_folder() {
        for name in builtin_names() {
            let template = Template::builtin(name).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(template.manifest.name, name);
            let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates").join(name);
            let (_, embedded) = BUILTIN.iter().find(|(n, _)| *n == name).unwrap();
            for entry in std::fs::read_dir(&folder).unwrap() {
                let file = entry.unwrap().file_name().into_string().unwrap();
                assert!(
                    embedded.iter().any(|(f, _)| *f == file),
                    "templates/{name}/{file} is not embedded: add it to BUILTIN in template.rs"
                );
            }
        }
    }

    #[test]
    fn a_folder_template_overrides_and_names_its_broken_file() {
        let dir = std::env::temp_dir().join(format!("adopt-template-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("manifest.toml"), "name = \"x\"\ndescription = \"d\"\ninstrument = \"I\"\ntitle = \"T\"\nshort_title = \"S\"\nlanguage = \"en\"\nparts = [{ prose = \"a.md\" }]\n").unwrap();
        let err = Template::resolve(dir.to_str().unwrap()).unwrap_err().to_string();
        assert!(err.contains("a.md") && err.contains("cannot be read"), "{err}");
        std::fs::write(dir.join("a.md"), "# Hello").unwrap();
        assert_eq!(Template::resolve(dir.to_str().unwrap()).unwrap().manifest.name, "x");
        std::fs::write(
            dir.join("manifest.toml"),
            "name = \"x\"\nparts = [{ generated = \"bogus\" }]\n",
        )
        .unwrap();
        let err = Template::resolve(dir.to_str().unwrap()).unwrap_err().to_string();
        assert!(err.contains("manifest.toml"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_template_loads_back_from_its_files_the_same() {
        for name in builtin_names() {
            let template = Template::builtin(name).unwrap();
            let files = template.files();
            assert_eq!(files[0].0, "manifest.toml");
            assert_eq!(files.last().unwrap().0, "glossary.toml");
            let back = Template::from_files(name, &files).unwrap();
            assert_eq!(back.files(), files, "{name}");
            assert_eq!(back.manifest.parts, template.manifest.parts);
            assert_eq!(back.glossary.terms.len(), template.glossary.terms.len());
        }
        let mut files = Template::builtin("guideline").unwrap().files();
        files.retain(|(f, _)| f != "scope.md");
        let err = Template::from_files("guideline", &files).unwrap_err().to_string();
        assert!(err.contains("guideline/scope.md") && err.contains("missing"), "{err}");
    }

    #[test]
    fn an_unknown_name_lists_the_builtin_ones() {
        let err = Template::resolve("memo").unwrap_err().to_string();
        assert!(err.contains("joint-directive, guideline"), "{err}");
    }
}
