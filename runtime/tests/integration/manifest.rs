//! `city-runtime-next` (`runtime/next`) builds the runtime's very sources as the next release
//! (`spec_version + 1`), so its manifest must list what the runtime's lists. Cargo cannot share
//! a dependency list between two packages, so the list is written twice and this test keeps
//! the copies equal: the `[dependencies]`, `[build-dependencies]` and `[features]` sections of
//! `runtime/Cargo.toml` and `runtime/next/Cargo.toml` are identical line for line, comments
//! included, but for the lines [`ALLOWED_TO_DIFFER`] names.

use std::path::Path;

/// The sections compared.
const SECTIONS: [&str; 3] = ["[dependencies]", "[build-dependencies]", "[features]"];

/// The lines that may differ (by how they start, indentation aside): the `default` features,
/// since `city-runtime-next` turns `next-spec-version` on by default.
const ALLOWED_TO_DIFFER: &[&str] = &["default = "];

/// The lines of `header`'s section in `manifest`, with their line numbers (from 1): from the
/// line after the header up to the next header, allowed differences and trailing blank lines
/// left out. Empty if the manifest has no such section.
fn section<'a>(manifest: &'a str, header: &str) -> Vec<(usize, &'a str)> {
	let mut lines = manifest.lines().enumerate().map(|(index, line)| (index + 1, line));
	if !lines.by_ref().any(|(_, line)| line.trim() == header) {
		return Vec::new();
	}
	let mut body: Vec<(usize, &str)> = lines
		.take_while(|(_, line)| !line.trim_start().starts_with('['))
		.filter(|(_, line)| {
			!ALLOWED_TO_DIFFER.iter().any(|allowed| line.trim_start().starts_with(*allowed))
		})
		.collect();
	while body.last().is_some_and(|(_, line)| line.trim().is_empty()) {
		body.pop();
	}
	body
}

/// The text of the manifest at `path` (from the runtime's folder).
fn manifest(path: &str) -> String {
	let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
	std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("reading {}: {e}", file.display()))
}

#[test]
fn runtime_next_lists_the_runtimes_dependencies_and_features() {
	let runtime = manifest("Cargo.toml");
	let next = manifest("next/Cargo.toml");
	for header in SECTIONS {
		let ours = section(&runtime, header);
		let theirs = section(&next, header);
		assert!(!ours.is_empty(), "runtime/Cargo.toml has no {header} section");
		for index in 0..ours.len().max(theirs.len()) {
			match (ours.get(index), theirs.get(index)) {
				(Some((a, left)), Some((b, right))) => assert_eq!(
					left, right,
					"{header}: line {a} of runtime/Cargo.toml differs from line {b} of \
					 runtime/next/Cargo.toml; make runtime/next's {header} the runtime's (only \
					 {ALLOWED_TO_DIFFER:?} lines may differ)"
				),
				(Some((a, left)), None) => panic!(
					"{header}: line {a} of runtime/Cargo.toml, `{left}`, is missing at the end of \
					 runtime/next/Cargo.toml's {header}"
				),
				(None, Some((b, right))) => panic!(
					"{header}: line {b} of runtime/next/Cargo.toml, `{right}`, is not in \
					 runtime/Cargo.toml's {header}"
				),
				(None, None) => unreachable!("index below the longer section's length"),
			}
		}
	}
}

/// `build.rs` hashes the metadata with the token's symbol and decimals written as literals (a
/// build script sees no runtime constant): they must be CITY's, or every `mode: 1` signature
/// (Ledger's) would be refused.
#[test]
fn the_metadata_hash_is_built_with_the_citys_symbol_and_decimals() {
	let root = Path::new(env!("CARGO_MANIFEST_DIR"));
	let build = std::fs::read_to_string(root.join("build.rs")).expect("runtime/build.rs");
	let expected = format!(
		".enable_metadata_hash({:?}, {})",
		city_primitives::TOKEN_SYMBOL,
		city_primitives::TOKEN_DECIMALS
	);
	assert!(build.contains(&expected), "runtime/build.rs does not call {expected}");
	let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("runtime/Cargo.toml");
	assert!(
		manifest
			.lines()
			.any(|line| line.starts_with("default = ") && line.contains("\"metadata-hash\"")),
		"`metadata-hash` is a default feature of the runtime"
	);
	// The node takes the runtime without its default features: it names the feature itself.
	let node = std::fs::read_to_string(root.join("../node/Cargo.toml")).expect("node/Cargo.toml");
	assert!(
		node.lines()
			.any(|line| line.starts_with("city-runtime = ") && line.contains("\"metadata-hash\"")),
		"city-node builds the runtime with `metadata-hash`"
	);
}
