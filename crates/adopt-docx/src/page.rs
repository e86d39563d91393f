//! Page geometry in twips (1/20 pt), the unit of WordprocessingML lengths.

use adopt_document::{PageSetup, PageSize};

pub fn mm_to_twips(mm: f32) -> u32 {
    // Negative or non-finite margins from a broken setup become 0 rather than wrapping.
    let t = (f64::from(mm) * 1440.0 / 25.4).round();
    if t.is_finite() && t > 0.0 {
        t.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub width: u32,
    pub height: u32,
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
    /// Page width minus the side margins: what tables and right tab stops span.
    pub text_width: u32,
    /// Distance of the running header and footer from the page's top and bottom edges.
    pub header: u32,
    pub footer: u32,
}

/// Where the running header and footer sit unless a reference document says otherwise (12.5 mm).
const HEADER_DISTANCE: u32 = 709;

/// The smallest text width we accept: margins that eat the page would give zero-width tables.
const MIN_TEXT_WIDTH: u32 = 1440;

impl Geometry {
    pub fn new(page: &PageSetup) -> Self {
        // Word's own A4 and Letter sizes, so its page-setup dialog names the paper.
        let (width, height) = match page.size {
            PageSize::A4 => (11906, 16838),
            PageSize::Letter => (12240, 15840),
            PageSize::Custom {
                width_twips,
                height_twips,
            } => (width_twips, height_twips),
        };
        let mut left = mm_to_twips(page.margin_left);
        let mut right = mm_to_twips(page.margin_right);
        if left.saturating_add(right).saturating_add(MIN_TEXT_WIDTH) > width {
            left = (width - MIN_TEXT_WIDTH) / 2;
            right = left;
        }
        let mut top = mm_to_twips(page.margin_top);
        let mut bottom = mm_to_twips(page.margin_bottom);
        if top.saturating_add(bottom).saturating_add(MIN_TEXT_WIDTH) > height {
            top = (height - MIN_TEXT_WIDTH) / 2;
            bottom = top;
        }
        Geometry {
            width,
            height,
            top,
            bottom,
            left,
            right,
            text_width: width - left - right,
            header: HEADER_DISTANCE,
            footer: HEADER_DISTANCE,
        }
    }

    /// The header and footer distances a reference document gives (in twips); a missing,
    /// negative or absurd one (beyond half the page) keeps ours.
    pub fn with_header_footer(mut self, header: Option<i64>, footer: Option<i64>) -> Self {
        let fit = |d: Option<i64>, ours: u32| {
            d.and_then(|d| u32::try_from(d).ok())
                .filter(|d| *d <= self.height / 2)
                .unwrap_or(ours)
        };
        self.header = fit(header, self.header);
        self.footer = fit(footer, self.footer);
        self
    }

    /// Column widths in twips from percentages; they always add up to the text width.
    pub fn columns(&self, percents: &[u32]) -> Vec<u32> {
        if percents.is_empty() {
            return Vec::new();
        }
        let total: u64 = percents.iter().map(|&p| u64::from(p)).sum();
        let n = percents.len() as u64;
        let tw = u64::from(self.text_width);
        let mut widths: Vec<u32> = if total == 0 {
            percents.iter().map(|_| (tw / n) as u32).collect()
        } else {
            percents.iter().map(|&p| (tw * u64::from(p) / total) as u32).collect()
        };
        // Zero-width columns cannot hold text: give them a sliver and take it from the widest.
        for i in 0..widths.len() {
            if widths[i] < 200 {
                let need = 200 - widths[i];
                if let Some(w) = widths.iter_mut().max() {
                    *w = w.saturating_sub(need);
                }
                widths[i] = 200;
            }
        }
        let sum: u32 = widths.iter().sum();
        if let Some(last) = widths.last_mut() {
            *last = (*last + self.text_width).saturating_sub(sum);
        }
        widths
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_with_25mm_margins() {
        let g = Geometry::new(&PageSetup::new(PageSize::A4));
        assert_eq!((g.width, g.height, g.left, g.right), (11906, 16838, 1417, 1417));
        assert_eq!(g.text_width, 11906 - 2 * 1417);
    }

    #[test]
    fn columns_follow_percentages_and_fill_the_width() {
        let g = Geometry::new(&PageSetup::new(PageSize::A4));
        let w = g.columns(&[12, 48, 15, 25]);
        assert_eq!(w.iter().sum::<u32>(), g.text_width);
        assert_eq!(w[0], g.text_width * 12 / 100);
        let odd = g.columns(&[0, 0, 0]);
        assert_eq!(odd.iter().sum::<u32>(), g.text_width);
        assert!(odd.iter().all(|&c| c > 0));
        let skew = g.columns(&[100, 0]);
        assert!(skew[1] >= 200);
        assert_eq!(skew.iter().sum::<u32>(), g.text_width);
    }

    #[test]
    fn custom_sizes_and_reference_header_distances() {
        let mut setup = PageSetup::new(PageSize::Custom {
            width_twips: 11340,
            height_twips: 15309,
        });
        setup.margin_left = 30.0;
        let g = Geometry::new(&setup).with_header_footer(Some(567), Some(-3));
        assert_eq!((g.width, g.height, g.left), (11340, 15309, 1701));
        assert_eq!((g.header, g.footer), (567, HEADER_DISTANCE));
        assert_eq!(g.with_header_footer(Some(i64::MAX), None).header, 567);
    }

    #[test]
    fn absurd_margins_still_leave_a_text_area() {
        let mut setup = PageSetup::new(PageSize::Letter);
        setup.margin_left = 200.0;
        setup.margin_right = f32::NAN;
        setup.margin_top = -5.0;
        let g = Geometry::new(&setup);
        assert!(g.text_width >= MIN_TEXT_WIDTH);
        assert_eq!(g.top, 0);
    }
}
