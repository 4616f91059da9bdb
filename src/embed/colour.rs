//! A computed background colour (`getComputedStyle`'s `rgb(…)`/`rgba(…)`): is it dark? The
//! widget follows the page's scheme from the first opaque background up from the article.
//! Parsed by hand, as the standard library's float parsing would bring its tables into the
//! wasm.

/// Whether an opaque colour is dark (relative luminance under 0.45); `None` for a colour
/// that is not opaque enough to decide (or not `rgb(…)`), so the caller looks further up.
pub fn is_dark(css: &str) -> Option<bool> {
    let (r, g, b, a) = parse_rgb(css)?;
    (a > 0.5).then_some(0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45)
}

/// "rgb(12, 34, 56)" or "rgba(12, 34, 56, 0.5)" → channels in 0..1 and alpha.
fn parse_rgb(s: &str) -> Option<(f64, f64, f64, f64)> {
    let inner = s
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| s.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split(',')
        .map(|p| decimal(p.trim()))
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some((r / 255.0, g / 255.0, b / 255.0, 1.0)),
        [r, g, b, a] => Some((r / 255.0, g / 255.0, b / 255.0, *a)),
        _ => None,
    }
}

/// "12", "0.5" or "12.75": what computed colours hold.
fn decimal(s: &str) -> Option<f64> {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let value = |d: &str| d.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    Some(value(whole) + value(fraction) / 10f64.powi(fraction.len().min(300) as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_table() {
        assert_eq!(is_dark("rgb(20, 20, 24)"), Some(true));
        assert_eq!(is_dark("rgb(255, 255, 255)"), Some(false));
        assert_eq!(is_dark("rgba(0, 0, 0, 0)"), None);
        assert_eq!(is_dark("transparent"), None);
    }

    #[test]
    fn colours_table() {
        assert_eq!(parse_rgb("rgb(255, 255, 255)"), Some((1.0, 1.0, 1.0, 1.0)));
        assert_eq!(parse_rgb("rgba(0, 0, 0, 0)"), Some((0.0, 0.0, 0.0, 0.0)));
        assert_eq!(parse_rgb("transparent"), None);
        assert_eq!(
            parse_rgb("rgba(51, 0, 255, 0.25)"),
            Some((0.2, 0.0, 1.0, 0.25))
        );
        assert_eq!(
            parse_rgb("rgb(12.5, 0, 0)").map(|c| c.0),
            Some(12.5 / 255.0)
        );
        assert_eq!(parse_rgb("rgb(-1, 0, 0)"), None);
        assert_eq!(parse_rgb("rgb(1e2, 0, 0)"), None);
        assert_eq!(parse_rgb("rgb(0, 0)"), None);
        assert_eq!(parse_rgb("oklch(0.5 0.1 200)"), None);
    }
}
