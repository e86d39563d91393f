//! A zip bomb built by hand: one deflated part of `size` zeros (about 1 KB of deflate per
//! MB), whose headers may declare another size. Shared by adopt-office's refusal tests and the
//! CLI's review import test (through `#[path]`).

/// A zip whose one part inflates to `size` zero bytes, made by hand: a deflate block with
/// dynamic Huffman codes in which "copy 258 bytes from distance 1" costs two bits, as small as
/// deflate allows. The headers declare `declared` bytes and a wrong CRC.
pub fn zip_bomb(name: &str, size: u64, declared: u64) -> Vec<u8> {
    let deflate = zeros_deflate(size);
    let mut out = Vec::new();
    let name = name.as_bytes();
    let declared32 = u32::try_from(declared).unwrap_or(u32::MAX);
    let packed32 = u32::try_from(deflate.len()).expect("small");
    // Local file header.
    out.extend_from_slice(b"PK\x03\x04");
    out.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0]); // version, flags, deflate, time, date
    out.extend_from_slice(&0u32.to_le_bytes()); // crc (wrong on purpose)
    out.extend_from_slice(&packed32.to_le_bytes());
    out.extend_from_slice(&declared32.to_le_bytes());
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(name);
    out.extend_from_slice(&deflate);
    // Central directory with the one entry.
    let central = out.len() as u32;
    out.extend_from_slice(b"PK\x01\x02");
    out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&packed32.to_le_bytes());
    out.extend_from_slice(&declared32.to_le_bytes());
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // external attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    out.extend_from_slice(name);
    let central_len = out.len() as u32 - central;
    // End of central directory.
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&central.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// Raw deflate data for `size` zero bytes (rounded to whole copies).
fn zeros_deflate(size: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.number(1, 1); // final block
    bits.number(2, 2); // dynamic Huffman codes
    bits.number(29, 5); // 286 literal/length codes
    bits.number(0, 5); // 1 distance code
    bits.number(14, 4); // 18 code length codes
    // Code length code lengths in the standard's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
    // symbols 0, 1, 2 and 18 get two bits each (codes 00, 01, 10, 11).
    for len in [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        bits.number(len, 3);
    }
    let code_length = |bits: &mut Bits, symbol: u32| bits.code(symbol_code(symbol), 2);
    fn symbol_code(symbol: u32) -> u32 {
        match symbol {
            0 => 0b00,
            1 => 0b01,
            2 => 0b10,
            _ => 0b11, // 18: a run of zeros, 7 extra bits
        }
    }
    // Literal/length lengths: 0 -> 2, 1..=255 -> 0, 256 -> 2, 257..=284 -> 0, 285 -> 1; distance 0 -> 1.
    code_length(&mut bits, 2);
    code_length(&mut bits, 18);
    bits.number(138 - 11, 7);
    code_length(&mut bits, 18);
    bits.number(117 - 11, 7);
    code_length(&mut bits, 2);
    code_length(&mut bits, 18);
    bits.number(28 - 11, 7);
    code_length(&mut bits, 1);
    code_length(&mut bits, 1);
    // Canonical codes: 285 -> 0, literal 0 -> 10, end of block 256 -> 11; distance 0 -> 0.
    bits.code(0b10, 2); // one zero byte
    let copies = size.saturating_sub(1) / 258;
    bits.zeros(copies * 2); // each copy: length 258 (0), distance 1 (0)
    bits.code(0b11, 2); // end of block
    bits.finish()
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    current: u32,
    used: u32,
}

impl Bits {
    fn bit(&mut self, bit: u32) {
        self.current |= (bit & 1) << self.used;
        self.used += 1;
        if self.used == 8 {
            self.bytes.push(self.current as u8);
            self.current = 0;
            self.used = 0;
        }
    }
    /// A number, least significant bit first (header fields and extra bits).
    fn number(&mut self, value: u32, count: u32) {
        for i in 0..count {
            self.bit(value >> i);
        }
    }
    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        for i in (0..len).rev() {
            self.bit(code >> i);
        }
    }
    fn zeros(&mut self, mut count: u64) {
        while count > 0 && self.used != 0 {
            self.bit(0);
            count -= 1;
        }
        self.bytes.resize(self.bytes.len() + (count / 8) as usize, 0);
        for _ in 0..count % 8 {
            self.bit(0);
        }
    }
    fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.bytes.push(self.current as u8);
        }
        self.bytes
    }
}
