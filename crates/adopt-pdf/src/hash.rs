//! A small stable hash for the identifiers the PDF derives from its content.

/// 64-bit FNV-1a: identifiers and subset tags need stability, not secrecy.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new(salt: u64) -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ salt)
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}
