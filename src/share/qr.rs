//! The QR code of a link, drawn as one SVG path (no image crate, scales to any size).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: its version (1–40) and the modules as an SVG path in a square of
/// `size + 8` units (a 4-module quiet zone on each side).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub version: u8,
    pub size: u32,
    pub path: String,
    /// Module colours, row by row (`true` = dark), for drawing a PNG.
    pub dark: Vec<bool>,
}

/// Encodes `text` at error-correction level M (15 % of the code may be damaged and still read).
/// `None` when the text is too long for any QR code.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    let mut dark = Vec::with_capacity((size * size) as usize);
    for y in 0..size {
        for x in 0..size {
            let on = code.get_module(x, y);
            dark.push(on);
            if on {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some(Qr { version: code.version().value(), size: size as u32, path, dark })
}

impl Qr {
    /// A standalone SVG document (for download).
    /// The printed width, as CSS: each module exactly 4 dots of a 300-dpi printer (0,339 mm; 8
    /// dots at 600 dpi), quiet zone included, so no module is drawn a dot wider than its
    /// neighbour. A version-21 code (101 modules) prints 36,9 mm wide, version 24 41,0 mm.
    pub fn print_width(&self) -> String {
        // (size + 8 quiet modules) × 4 dots × 25 400 µm / 300 dots, in micrometres.
        let um = (self.size + 8) * 4 * 25_400 / 300;
        format!("{}.{:03}mm", um / 1000, um % 1000)
    }

    pub fn svg(&self) -> String {
        let n = self.size + 8;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\">\
             <rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>",
            self.path
        )
    }

    /// The SVG at its printed size (`print_width`), for the printed page.
    pub fn print_svg(&self) -> String {
        let w = self.print_width();
        self.svg().replacen("<svg ", &format!("<svg width=\"{w}\" height=\"{w}\" "), 1)
    }
}
