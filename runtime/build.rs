//! Builds the runtime's wasm. With the `metadata-hash` feature (a default one), the wasm carries
//! the hash of its own metadata (RFC 78, with CITY's symbol and decimals), so `CheckMetadataHash`
//! accepts transactions signed in `mode: 1` by wallets that check what they sign against the
//! metadata, Ledger's among them. The hash is a function of the metadata alone: the wasm stays
//! reproducible.

fn main() {
	#[cfg(all(feature = "std", feature = "metadata-hash"))]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("CITY", 12)
		.build();
	#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
