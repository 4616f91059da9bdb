//! Any topic file: parsing and validating gives a topic or an error, never a panic; a topic
//! that validates can be used to analyse.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancelens::{analyze, Topic};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    if let Ok(topic) = Topic::from_json(json) {
        let _ = analyze("Ann Lee said: “The plan will not work.”", &topic);
    }
});
