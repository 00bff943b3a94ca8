//! Chain specs, built from the runtime's genesis presets (the one source of truth).

use city_primitives::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL};
use city_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// City Chain's chain spec.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The properties wallets read: the token's symbol and decimals, and the address format.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm is not in this build: build without SKIP_WASM_BUILD".to_string()
	})
}

fn chain_spec(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id(&id.replace('_', "-"))
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// The development chain (`--dev`): Alice authors alone; short governance periods.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	chain_spec("City Chain Development", "city_dev", ChainType::Development, DEV_RUNTIME_PRESET)
}

/// The local testnet (`--chain local`): Alice, Bob, Charlie and Dave author and finalize.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	chain_spec(
		"City Chain Local Testnet",
		"city_local",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
	)
}
