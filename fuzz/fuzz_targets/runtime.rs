//! The libFuzzer target: each input is a sequence of steps (see `city_fuzz`), run from the
//! harness's genesis, built once. `scripts/fuzz.sh` builds and runs it. An input that takes no
//! step (nothing decodes, or only calls the harness leaves out) is kept out of the corpus.

#![no_main]

use libfuzzer_sys::{fuzz_target, Corpus};
use std::sync::LazyLock;

static GENESIS: LazyLock<city_fuzz::Genesis> = LazyLock::new(city_fuzz::Genesis::new);

fuzz_target!(|data: &[u8]| -> Corpus {
	if city_fuzz::run(&GENESIS, data).steps == 0 {
		Corpus::Reject
	} else {
		Corpus::Keep
	}
});
