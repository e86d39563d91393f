#![no_main]
// The entry point is shared with the corpus replay test (adopt-core tests/fuzz_replay.rs).
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = adopt_core::fuzz_entry::reference_docx(data);
});
