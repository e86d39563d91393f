//! A document that uses every element of the model with awkward content: for renderer tests
//! (it must always produce a valid file) and benchmarks (`rows` sets the size).

use chrono::NaiveDate;

use crate::model::*;

/// Text that has broken document writers: markup characters, control characters, emoji,
/// right-to-left script, combining marks, Greek and Cyrillic, a very long word.
pub const HOSTILE: &str = "<w:t>&amp; \"quotes\" 'apostrophes' ]]> \u{0} \u{7} \u{1b}[31m tab\there \
emoji 🛡️💸 עברית العربية Ελληνικά Русский e\u{301} Zürich € ∑ \u{200b}\u{feff} \
Antidisestablishmentarianismsupercalifragilisticexpialidociousgigantically-long-identifier-without-spaces-x";

/// A specimen with `rows` table rows and clauses (at least one of each).
pub fn specimen(rows: usize) -> Document {
    let rows = rows.max(1);
    let mut blocks = vec![
        Block::Cover(Cover {
            marking: "DRAFT — for legal review".into(),
            instrument: "Joint Directive".into(),
            title: "Joint Directive on the Security of Digital Financial Services".into(),
            issuers: vec![
                "Lesotho Communications Authority".into(),
                "Central Bank of Lesotho".into(),
            ],
            jurisdiction: "Kingdom of Lesotho".into(),
            details: vec![
                ("Version".into(), "0.3".into()),
                ("Reference".into(), "LCA/CBL/DFS/2025/01".into()),
                ("Date".into(), "6 June 2025".into()),
            ],
        }),
        Block::PageBreak,
        Block::TableOfContents {
            title: "Contents".into(),
        },
        Block::PageBreak,
        heading(1, Some("1"), "Purpose", "purpose"),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![
                Span::plain("This directive adopts the "),
                Span::italic("ITU DFS security recommendations"),
                Span::plain(" as minimum requirements. "),
                Span::bold("Licensees shall comply"),
                Span::plain(" within the periods set out in the implementation timeline."),
            ],
        )),
        Block::List(List {
            ordered: true,
            items: vec![
                vec![Span::plain("mobile network operators;")],
                vec![Span::plain("DFS providers; and")],
                vec![Span::plain("their agents.")],
            ],
        }),
        Block::List(List {
            ordered: false,
            items: vec![vec![Span::plain("An unordered item.")], vec![Span::plain(HOSTILE)]],
        }),
        heading(1, Some("2"), "Requirements", "requirements"),
        heading(2, Some("2.1"), "SIM life cycle (SIM)", "requirements-sim"),
    ];
    for i in 1..=rows {
        blocks.push(heading(
            3,
            Some(&format!("2.1.{i}")),
            &format!("SIM-{i:02} Notify DFS providers of recycled numbers"),
            &format!("clause-{i}"),
        ));
        blocks.push(Block::Paragraph(Paragraph::body(
            "Mobile network operators shall notify DFS providers of every churned or reassigned number, and DFS providers shall freeze the linked account until the new holder is verified as its owner.",
        )));
        blocks.push(Block::Paragraph(Paragraph::new(ParagraphStyle::Quote, vec![Span::italic("Catalog statement: build number recycling so DFS providers are told about churned or reassigned numbers.")])));
        blocks.push(Block::Paragraph(Paragraph::new(
            ParagraphStyle::Field,
            vec![
                Span::bold("Lead authority: "),
                Span::plain("LCA"),
                Span::bold("  Supporting: "),
                Span::plain("CBL"),
            ],
        )));
        blocks.push(Block::Paragraph(Paragraph::new(
            ParagraphStyle::Note,
            vec![Span::plain("Source: S3 MNO controls #6; S9 §12.5")],
        )));
    }
    blocks.push(heading(1, Some("3"), "Implementation timeline", "timeline"));
    blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Clause".into(),
                width: 12,
            },
            Column {
                title: "Requirement".into(),
                width: 48,
            },
            Column {
                title: "Lead".into(),
                width: 15,
            },
            Column {
                title: "Target date".into(),
                width: 25,
            },
        ],
        rows: (1..=rows)
            .map(|i| {
                vec![
                    vec![Span::plain(format!("2.1.{i}"))],
                    vec![Span::plain(if i % 7 == 0 {
                        HOSTILE.to_string()
                    } else {
                        format!(
                            "Requirement number {i} with a title long enough to wrap onto a second line in its column"
                        )
                    })],
                    vec![Span::plain("LCA\nCBL")],
                    vec![Span::plain("31 March 2027")],
                ]
            })
            .collect(),
    }));
    blocks.push(heading(1, None, "Annex A — Items not adopted", "annex-a"));
    blocks.push(Block::Paragraph(Paragraph::body(HOSTILE)));
    blocks.push(Block::Paragraph(Paragraph::body("")));
    blocks.push(Block::Paragraph(Paragraph::body("x".repeat(5000))));
    blocks.push(heading(1, None, "Signatures", "signatures"));
    blocks.push(Block::Signatures(vec![
        Signatory {
            authority: "Lesotho Communications Authority".into(),
            lines: vec!["Name".into(), "Title".into(), "Date".into()],
        },
        Signatory {
            authority: "Central Bank of Lesotho".into(),
            lines: vec!["Name".into(), "Title".into(), "Date".into()],
        },
    ]));
    Document {
        metadata: Metadata {
            title: "Joint Directive on the Security of Digital Financial Services".into(),
            subject: "Adoption of the ITU DFS security recommendations".into(),
            author: "Lesotho Communications Authority; Central Bank of Lesotho".into(),
            language: "en".into(),
            keywords: vec!["DFS".into(), "security".into(), "ITU".into()],
            date: NaiveDate::from_ymd_opt(2025, 6, 6).expect("a real date"),
            properties: Vec::new(),
        },
        page: PageSetup::new(PageSize::A4),
        header: "DFS Security Joint Directive".into(),
        footer: "DRAFT — for legal review".into(),
        version_line: String::new(),
        page_label: "Page {page} of {pages}".into(),
        house_style: None,
        blocks,
        comments: Vec::new(),
    }
}

fn heading(level: u8, number: Option<&str>, text: &str, anchor: &str) -> Block {
    Block::Heading(Heading {
        level,
        number: number.map(str::to_string),
        text: text.into(),
        anchor: anchor.into(),
        in_contents: level <= 2,
        redline: None,
    })
}
