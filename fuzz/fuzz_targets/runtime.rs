//! The libFuzzer target: each input is a sequence of steps (see `city_fuzz`), run from the
//! harness's genesis, built once. `scripts/fuzz.sh` builds and runs it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static GENESIS: LazyLock<city_fuzz::Genesis> = LazyLock::new(city_fuzz::Genesis::new);

fuzz_target!(|data: &[u8]| {
	city_fuzz::run(&GENESIS, data);
});
