//! The XMP metadata packet: the document information again (title, author, language, dates),
//! which archival readers and PDF/A take from XMP; the claims of conformance to PDF/A-2b
//! (`pdfaid`) and PDF/UA-1 (`pdfuaid`); and the custom document properties in the dfs-adopt
//! namespace. PDF/A accepts only the schemas it predefines, so `pdfuaid` and the dfs-adopt
//! properties are declared as PDF/A extension schemas. Built as text: the packet is small,
//! fixed in shape, and must be byte-stable.

use std::fmt::Write as _;

/// The namespace of the custom document properties (contract §7) and its prefix.
pub(crate) const NAMESPACE: &str = "https://dfs-adopt.org/ns/1.0/";
pub(crate) const PREFIX: &str = "dfsadopt";
/// Custom properties named `dfs-adopt.NAME` become `dfsadopt:NAME`.
const PROPERTY_PREFIX: &str = "dfs-adopt.";

/// What the packet states, each value already as the Info dictionary has it.
pub(crate) struct Packet<'a> {
    pub(crate) title: &'a str,
    pub(crate) author: &'a str,
    pub(crate) subject: &'a str,
    pub(crate) keywords: &'a str,
    pub(crate) language: &'a str,
    pub(crate) creator_tool: &'a str,
    pub(crate) producer: &'a str,
    /// The creation (and modification) date, `YYYY-MM-DDThh:mm:ssZ`.
    pub(crate) date: &'a str,
    pub(crate) properties: &'a [(String, String)],
}

/// What each known property means, for the extension schema.
fn describe(local: &str) -> &'static str {
    match local {
        "workspace" => "Identifier of the dfs-adopt workspace the document was exported from",
        "version" => "Label of the circulated version; empty for a working draft",
        "fingerprint" => "SHA-256 fingerprint (64 hex digits) of the record the document was made from",
        _ => "A dfs-adopt document property",
    }
}

/// The XML local name of a custom property in the dfs-adopt namespace, if it has one: the part
/// after `dfs-adopt.`, when that is a valid XML name.
pub(crate) fn local_name(property: &str) -> Option<&str> {
    let local = property.strip_prefix(PROPERTY_PREFIX)?;
    let mut chars = local.chars();
    let first = chars.next()?;
    let valid =
        (first.is_ascii_alphabetic() || first == '_') && chars.all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    valid.then_some(local)
}

/// Text as XML character data: markup escaped, characters XML cannot hold left out.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The packet, as UTF-8 text.
pub(crate) fn packet(p: &Packet<'_>) -> String {
    // A name given twice keeps its last value, as in the Info dictionary.
    let mut props: Vec<(&str, &str)> = Vec::new();
    for (name, value) in p.properties {
        if let Some(local) = local_name(name) {
            match props.iter_mut().find(|(l, _)| *l == local) {
                Some(prop) => prop.1 = value,
                None => props.push((local, value)),
            }
        }
    }
    let mut x = String::with_capacity(4096);
    x.push_str("<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.push_str(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.push_str("  <rdf:Description rdf:about=\"\"\n");
    x.push_str("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
    x.push_str("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
    x.push_str("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
    x.push_str("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n");
    x.push_str("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n");
    let _ = writeln!(x, "    xmlns:{PREFIX}=\"{NAMESPACE}\"");
    x.push_str("    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n");
    x.push_str("    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n");
    x.push_str("    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
    let alt = |x: &mut String, tag: &str, v: &str| {
        let _ = writeln!(
            x,
            "   <{tag}><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></{tag}>",
            escape(v)
        );
    };
    alt(&mut x, "dc:title", p.title);
    if !p.author.is_empty() {
        let _ = writeln!(
            x,
            "   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            escape(p.author)
        );
    }
    if !p.subject.is_empty() {
        alt(&mut x, "dc:description", p.subject);
    }
    if !p.language.is_empty() {
        let _ = writeln!(
            x,
            "   <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>",
            escape(p.language)
        );
    }
    let simple = |x: &mut String, tag: &str, v: &str| {
        let _ = writeln!(x, "   <{tag}>{}</{tag}>", escape(v));
    };
    simple(&mut x, "pdf:Keywords", p.keywords);
    simple(&mut x, "pdf:Producer", p.producer);
    simple(&mut x, "xmp:CreatorTool", p.creator_tool);
    simple(&mut x, "xmp:CreateDate", p.date);
    simple(&mut x, "xmp:ModifyDate", p.date);
    simple(&mut x, "xmp:MetadataDate", p.date);
    simple(&mut x, "pdfaid:part", "2");
    simple(&mut x, "pdfaid:conformance", "B");
    simple(&mut x, "pdfuaid:part", "1");
    for (local, value) in &props {
        simple(&mut x, &format!("{PREFIX}:{local}"), value);
    }
    x.push_str("   <pdfaExtension:schemas>\n    <rdf:Bag>\n");
    x.push_str("     <rdf:li rdf:parseType=\"Resource\">\n");
    x.push_str("      <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n");
    x.push_str("      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
    x.push_str("      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
    x.push_str("      <pdfaSchema:property>\n       <rdf:Seq>\n");
    x.push_str("        <rdf:li rdf:parseType=\"Resource\">\n");
    x.push_str("         <pdfaProperty:name>part</pdfaProperty:name>\n");
    x.push_str("         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
    x.push_str("         <pdfaProperty:category>internal</pdfaProperty:category>\n");
    x.push_str("         <pdfaProperty:description>The part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>\n");
    x.push_str("        </rdf:li>\n       </rdf:Seq>\n      </pdfaSchema:property>\n     </rdf:li>\n");
    if !props.is_empty() {
        x.push_str("     <rdf:li rdf:parseType=\"Resource\">\n");
        x.push_str("      <pdfaSchema:schema>dfs-adopt document properties</pdfaSchema:schema>\n");
        let _ = writeln!(
            x,
            "      <pdfaSchema:namespaceURI>{NAMESPACE}</pdfaSchema:namespaceURI>"
        );
        let _ = writeln!(x, "      <pdfaSchema:prefix>{PREFIX}</pdfaSchema:prefix>");
        x.push_str("      <pdfaSchema:property>\n       <rdf:Seq>\n");
        for (local, _) in &props {
            x.push_str("        <rdf:li rdf:parseType=\"Resource\">\n");
            let _ = writeln!(x, "         <pdfaProperty:name>{local}</pdfaProperty:name>");
            x.push_str("         <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n");
            x.push_str("         <pdfaProperty:category>external</pdfaProperty:category>\n");
            let _ = writeln!(
                x,
                "         <pdfaProperty:description>{}</pdfaProperty:description>",
                describe(local)
            );
            x.push_str("        </rdf:li>\n");
        }
        x.push_str("       </rdf:Seq>\n      </pdfaSchema:property>\n");
        x.push_str("     </rdf:li>\n");
    }
    x.push_str("    </rdf:Bag>\n   </pdfaExtension:schemas>\n");
    x.push_str("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_dfs_adopt_properties_with_valid_names_get_a_local_name() {
        assert_eq!(local_name("dfs-adopt.fingerprint"), Some("fingerprint"));
        assert_eq!(local_name("dfs-adopt.1st"), None);
        assert_eq!(local_name("dfs-adopt.a b"), None);
        assert_eq!(local_name("other.workspace"), None);
        assert_eq!(local_name("dfs-adopt."), None);
    }

    #[test]
    fn markup_and_control_characters_do_not_break_the_packet() {
        assert_eq!(escape("<w:t>&amp;\u{7}\"x\""), "&lt;w:t&gt;&amp;amp;&quot;x&quot;");
    }
}
