//! Where the speaker panel goes so that it never hides what the reader chose, and how far to
//! scroll to bring the chosen quote into the part of the screen the panel leaves free. Plain
//! geometry (CSS pixels, viewport coordinates), tested natively.

/// Below this viewport width the panel is a bottom sheet.
pub const PHONE: f64 = 600.0;
/// The narrowest side panel worth showing.
pub const SIDE_MIN: f64 = 288.0;
/// The widest side panel.
pub const SIDE_MAX: f64 = 384.0;
/// Space between the article column and the side panel, and between the panel and the
/// viewport's edge.
pub const GAP: f64 = 16.0;
/// How much of the viewport's height a bottom sheet may take at most.
pub const SHEET_MAX: f64 = 0.55;
/// Breathing room kept around a quote brought into view.
pub const MARGIN: f64 = 12.0;

/// Where the panel goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// Beside the article column, in the gutter (`left` and `width` in CSS pixels), as tall
    /// as the viewport allows and scrolling inside itself.
    Side {
        /// Its left edge.
        left: f64,
        /// Its width.
        width: f64,
    },
    /// A bottom sheet, the viewport's full width, at most [`SHEET_MAX`] of its height.
    Sheet,
}

impl Placement {
    /// "side" or "sheet": the panel's `data-place`.
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Side { .. } => "side",
            Placement::Sheet => "sheet",
        }
    }
}

/// The panel's place in a viewport `viewport_width` wide, beside an article column spanning
/// `column_left`..`column_right`: in the wider gutter that fits a panel (right first), else a
/// bottom sheet. Never over the column.
pub fn place(viewport_width: f64, column_left: f64, column_right: f64) -> Placement {
    if viewport_width < PHONE {
        return Placement::Sheet;
    }
    let right = viewport_width - column_right.max(0.0) - 2.0 * GAP;
    let left = column_left.min(viewport_width) - 2.0 * GAP;
    if right >= SIDE_MIN {
        Placement::Side {
            left: column_right.max(0.0) + GAP,
            width: right.min(SIDE_MAX),
        }
    } else if left >= SIDE_MIN {
        let width = left.min(SIDE_MAX);
        Placement::Side {
            left: column_left - GAP - width,
            width,
        }
    } else {
        Placement::Sheet
    }
}

/// How far to scroll down (negative: up) so that a quote spanning `top`..`bottom` sits in the
/// free band `free_top`..`free_bottom` of the viewport: nothing if it is there already;
/// centred in the band if it fits; else its start at the band's top.
pub fn reveal(top: f64, bottom: f64, free_top: f64, free_bottom: f64) -> f64 {
    let (band_top, band_bottom) = (free_top + MARGIN, free_bottom - MARGIN);
    if top >= band_top && bottom <= band_bottom {
        0.0
    } else if bottom - top > band_bottom - band_top {
        top - band_top
    } else {
        (top + bottom) / 2.0 - (band_top + band_bottom) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placements_table() {
        // (viewport width, column left, column right) → placement
        let cases = [
            // A phone: always a sheet.
            ((390.0, 0.0, 390.0), Placement::Sheet),
            // The demo at 1366 px: a wide gutter on the right.
            (
                (1366.0, 143.0, 779.0),
                Placement::Side {
                    left: 795.0,
                    width: SIDE_MAX,
                },
            ),
            // news.html at 1280 px: the gutter over the sidebar, narrower than the maximum.
            (
                (1280.0, 50.0, 906.0),
                Placement::Side {
                    left: 922.0,
                    width: 342.0,
                },
            ),
            // A column on the right of the page: the gutter on the left.
            (
                (1280.0, 700.0, 1260.0),
                Placement::Side {
                    left: 300.0,
                    width: SIDE_MAX,
                },
            ),
            // A tablet with a full-width column: no gutter, a sheet.
            ((800.0, 20.0, 780.0), Placement::Sheet),
        ];
        for ((w, l, r), want) in cases {
            let got = place(w, l, r);
            assert_eq!(got, want, "{w} {l} {r}");
            if let Placement::Side { left, width } = got {
                assert!(left >= 0.0 && left + width <= w, "inside the viewport");
                assert!(left >= r || left + width <= l, "never over the column");
            }
        }
    }

    #[test]
    fn reveals_table() {
        // (quote top, bottom, free band) → scroll
        let cases = [
            // Already in the free band: no scroll.
            ((100.0, 140.0, 0.0, 464.0), 0.0),
            // Under a sheet whose top is at 464: centred above it.
            ((600.0, 640.0, 0.0, 464.0), 388.0),
            // Above the viewport: scrolled up to the band's centre.
            ((-300.0, -260.0, 0.0, 900.0), -730.0),
            // Taller than the band: its start at the band's top.
            ((500.0, 1000.0, 0.0, 400.0), 488.0),
        ];
        for ((top, bottom, free_top, free_bottom), want) in cases {
            let got = reveal(top, bottom, free_top, free_bottom);
            assert!((got - want).abs() < 1e-9, "{top} {bottom}: {got} != {want}");
            if got != 0.0 && bottom - top <= free_bottom - free_top - 2.0 * MARGIN {
                assert!(top - got >= free_top && bottom - got <= free_bottom);
            }
        }
    }
}
