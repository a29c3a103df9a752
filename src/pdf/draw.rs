//! The layout's pages as PDF content streams: cell borders as one stroked path of rectangles,
//! then one text object a page, fonts switched only when the style or size changes.
//!
//! Each character is one table look-up for its glyph code ([`super::fonts::Glyphs`], which
//! gives a glyph its code the first time it is drawn) and the bytes go straight out.

use super::PdfError;
use super::fonts::{self, Glyphs};
use crate::fonts::Style;
use crate::layout::{Item, Page};

/// Width of the table rules, points.
const RULE: f32 = 0.5;

/// The content stream of `page`, the codes of its characters from (and new ones added to)
/// `glyphs`, indexed by `Style as usize`. `Err`: a character its font has no glyph for.
pub fn content(page: &Page, glyphs: &mut [Glyphs; 4]) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::with_capacity(64 * page.items.len());
    let mut frames = false;
    for item in &page.items {
        if let Item::Frame {
            x,
            y,
            width,
            height,
        } = *item
        {
            if !frames {
                num(&mut out, RULE);
                out.extend_from_slice(b" w\n");
                frames = true;
            }
            // PDF's y grows upwards from the bottom; the layout's grows down from the top.
            for v in [x, page.height - y - height, width, height] {
                num(&mut out, v);
                out.push(b' ');
            }
            out.extend_from_slice(b"re\n");
        }
    }
    if frames {
        // One stroke for every rectangle: the same lines as one stroke each.
        out.extend_from_slice(b"S\n");
    }
    let mut bars = false;
    for item in &page.items {
        if let Item::Bar {
            x,
            y,
            width,
            height,
        } = *item
        {
            for v in [x, page.height - y - height, width, height] {
                num(&mut out, v);
                out.push(b' ');
            }
            out.extend_from_slice(b"re\n");
            bars = true;
        }
    }
    if bars {
        out.extend_from_slice(b"f\n");
    }

    let mut current: Option<(Style, f32)> = None;
    for item in &page.items {
        let Item::Text {
            x,
            baseline,
            size,
            style,
            text,
        } = item
        else {
            continue;
        };
        if current.is_none() {
            out.extend_from_slice(b"BT\n");
        }
        if current != Some((*style, *size)) {
            out.push(b'/');
            out.extend_from_slice(fonts::name(*style).as_bytes());
            out.push(b' ');
            num(&mut out, *size);
            out.extend_from_slice(b" Tf\n");
            current = Some((*style, *size));
        }
        out.extend_from_slice(b"1 0 0 1 ");
        num(&mut out, *x);
        out.push(b' ');
        num(&mut out, page.height - baseline);
        out.extend_from_slice(b" Tm\n(");
        let font = &mut glyphs[*style as usize];
        for c in text.chars() {
            let code = font.code(c).ok_or_else(|| font.missing(c, text))?;
            literal(&mut out, code);
        }
        out.extend_from_slice(b") Tj\n");
    }
    if current.is_some() {
        out.extend_from_slice(b"ET\n");
    }
    Ok(out)
}

/// A glyph code as the two bytes of a literal string: half the size of hexadecimal, so half
/// the bytes to deflate. The delimiters and the backslash are escaped, and so are the line
/// ends, which a reader would otherwise normalise (a lone CR reads as LF).
fn literal(out: &mut Vec<u8>, code: u16) {
    for byte in code.to_be_bytes() {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(byte),
        }
    }
}

/// `v` rounded to a thousandth of a point (a 72,000th of an inch, far below what print or
/// screen can show), without trailing zeros, as PDF writes numbers.
fn num(out: &mut Vec<u8>, v: f32) {
    let milli = (f64::from(v) * 1000.0).round() as i64;
    if milli < 0 {
        out.push(b'-');
    }
    let milli = milli.unsigned_abs();
    digits(out, milli / 1000);
    let mut frac = milli % 1000;
    if frac != 0 {
        out.push(b'.');
        let mut div = 100;
        while frac != 0 {
            out.push(b'0' + (frac / div) as u8);
            frac %= div;
            div /= 10;
        }
    }
}

fn digits(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: f32) -> String {
        let mut out = Vec::new();
        num(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_as_pdf_reads_them() {
        assert_eq!(n(0.0), "0");
        assert_eq!(n(0.5), "0.5");
        assert_eq!(n(12.0), "12");
        assert_eq!(n(-3.25), "-3.25");
        assert_eq!(n(841.8898), "841.89");
        assert_eq!(n(56.692_913), "56.693");
        assert_eq!(n(0.0004), "0");
        assert_eq!(n(1000.001), "1000.001");
        assert_eq!(n(-0.0004), "0");
    }

    #[test]
    fn codes_are_two_bytes_with_delimiters_and_line_ends_escaped() {
        let mut out = Vec::new();
        for code in [0x01AF, 0x0028, 0x5C29, 0x0D0A, 0x0003] {
            literal(&mut out, code);
        }
        assert_eq!(out, b"\x01\xAF\x00\\(\\\\\\)\\r\\n\x00\x03");
    }
}
