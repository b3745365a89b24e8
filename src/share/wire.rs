//! Reading postcard's wire format, for the buyer link's body (`share::link`).
//!
//! The links are written by `postcard` itself (serde); this reader is the other half, written
//! out because serde's derived visitors for the two link versions made up a quarter of the
//! buyer's module (about 6 KB brotli of the 36 KB a buyer waits for on mobile data). The
//! format is small and documented (postcard's wire specification, v1):
//!
//! - `u8`: one byte; `u32`, `u64`, `usize` (lengths): unsigned LEB128 varints;
//! - `i64`: zigzag (`(n << 1) ^ (n >> 63)`), then a varint;
//! - `String`: a length varint and that many bytes of UTF-8; `Vec<T>`: a length and the items;
//! - `Option<T>`: a tag byte 0 (none) or 1 and the value; structs and tuples: their fields in
//!   order.
//!
//! Every read is checked: a short, overlong or malformed input gives `None`, never a panic, and
//! a length is never trusted for an allocation (each item takes at least one byte, so a read
//! past the end stops the loop). `tests/it/properties.rs` round-trips random quotes through
//! postcard's writer and this reader; `tests/it/share.rs` keeps a link of each version.

/// A cursor over the bytes of a body.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    /// An unsigned LEB128 varint of at most 64 bits.
    pub fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return None;
            }
            value |= part << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    pub fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    pub fn i64(&mut self) -> Option<i64> {
        let v = self.varint()?;
        // Zigzag: 0, -1, 1, -2, … ↔ 0, 1, 2, 3, …
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub fn string(&mut self) -> Option<String> {
        let n = usize::try_from(self.varint()?).ok()?;
        if n > self.bytes.len() {
            return None;
        }
        let (text, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        core::str::from_utf8(text).ok().map(str::to_owned)
    }

    /// A length-prefixed sequence, each item read by `item`.
    pub fn seq<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> Option<T>) -> Option<Vec<T>> {
        let n = self.varint()?;
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    pub fn option<T>(&mut self, item: impl FnOnce(&mut Reader<'a>) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            1 => item(self).map(Some),
            _ => None,
        }
    }
}
