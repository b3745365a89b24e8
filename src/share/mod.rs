//! Share links: the quote a buyer may see, and the whole worksheet for a colleague, carried in
//! the URL fragment (`#q=…`, `#w=…`), which browsers never send to a server.
//!
//! - `buyer`: `BuyerQuote`, the only thing a buyer link can hold. It has no field for any cost,
//!   margin, rate or supplier, so a buyer link cannot leak them.
//! - `link`: the wire format: version byte, compact binary (postcard), raw deflate, CRC-32, then
//!   URL-safe base64 without padding. Decoding never panics and caps the inflated size.
//! - `qr`: the QR code of a link, as an SVG path.
//! - `address`: the address a link is built on (the page's own, or the published Tapak's).

pub mod address;
pub mod buyer;
mod crc;
pub mod link;
pub mod qr;
