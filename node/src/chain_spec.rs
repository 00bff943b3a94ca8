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

/// The prefix of the chain id of a development chain with many more accounts:
/// `--chain dev-accounts-500000`, or with keyed senders too: `dev-accounts-10000-senders-2000`.
pub const DEV_ACCOUNTS_PREFIX: &str = "dev-accounts-";

/// What each of the senders of [`development_chain_spec_with_accounts`] holds at genesis.
pub const SENDER_ENDOWMENT: city_primitives::Balance = 1_000 * city_primitives::CITY;

/// The development chain that the chain id `id` (`dev-accounts-<N>[-senders-<S>]`) names, if
/// it names one.
pub fn development_chain_spec_for_id(id: &str) -> Option<Result<ChainSpec, String>> {
	let counts = id.strip_prefix(DEV_ACCOUNTS_PREFIX)?;
	let (accounts, senders) = counts.split_once("-senders-").unwrap_or((counts, "0"));
	let parsed = accounts.parse().and_then(|accounts| Ok((accounts, senders.parse()?)));
	Some(match parsed {
		Ok((accounts, senders)) => development_chain_spec_with_accounts(accounts, senders),
		Err(_) => {
			Err(format!("{id}: expected {DEV_ACCOUNTS_PREFIX}<accounts>[-senders-<senders>]"))
		}
	})
}

/// The `index`th of the accounts [`development_chain_spec_with_accounts`] adds: an account
/// nobody holds the key of (its id is a hash), so it only makes the state as large as a city's.
pub fn filler_account(index: u32) -> city_primitives::AccountId {
	use codec::Encode;
	sp_io::hashing::blake2_256(&(b"city-chain/filler-account", index).encode()).into()
}

/// The `index`th sender of [`development_chain_spec_with_accounts`]: the key a wallet derives
/// from `//Alice//sender//<index>` (the throughput benchmark signs with it).
pub fn sender_account(index: u32) -> Result<city_primitives::AccountId, String> {
	use sp_core::{crypto::DeriveJunction, Pair};
	use sp_runtime::traits::IdentifyAccount;
	let path = [DeriveJunction::hard("sender"), DeriveJunction::hard(u64::from(index))];
	let (pair, _) = sp_keyring::Sr25519Keyring::Alice
		.pair()
		.derive(path.into_iter(), None)
		.map_err(|e| format!("deriving sender {index}: {e:?}"))?;
	Ok(sp_runtime::MultiSigner::from(pair.public()).into_account())
}

/// The development chain with `accounts` more accounts at genesis
/// ([`filler_account`]`(0..accounts)`, 1 CITY each) and `senders` keyed ones
/// ([`sender_account`]`(0..senders)`, [`SENDER_ENDOWMENT`] each): a state of a city's size, for
/// `benchmark storage` (the database weights) and the throughput benchmark
/// (`scripts/throughput.sh`).
///
/// The development preset's genesis is built by the runtime as usual; the accounts are then
/// written straight into its storage (as `Balances` would write them, total issuance included),
/// since a genesis of 500,000 accounts as JSON is larger than the runtime may allocate.
pub fn development_chain_spec_with_accounts(
	accounts: u32,
	senders: u32,
) -> Result<ChainSpec, String> {
	use codec::{Decode, Encode};
	use sc_service::ChainSpec as _;
	use sp_runtime::BuildStorage;
	type Runtime = city_runtime::Runtime;

	let mut spec = chain_spec(
		&format!("City Chain Development, {accounts} more accounts, {senders} senders"),
		"city_dev",
		ChainType::Development,
		DEV_RUNTIME_PRESET,
	)?;
	let mut storage = spec.build_storage()?;
	let mut endow = |who: city_primitives::AccountId, free: city_primitives::Balance| {
		let info = frame_system::AccountInfo {
			nonce: 0u32,
			consumers: 0,
			providers: 1,
			sufficients: 0,
			data: pallet_balances::AccountData::<city_primitives::Balance> {
				free,
				..Default::default()
			},
		};
		storage.top.insert(frame_system::Account::<Runtime>::hashed_key_for(&who), info.encode())
	};
	let senders = (0..senders).map(|i| sender_account(i).map(|who| (who, SENDER_ENDOWMENT)));
	let fillers = (0..accounts).map(|i| Ok((filler_account(i), city_primitives::CITY)));
	let mut added: city_primitives::Balance = 0;
	for account in senders.chain(fillers) {
		let (who, free) = account?;
		if endow(who.clone(), free).is_some() {
			return Err(format!("{who} is in the genesis twice"));
		}
		added = added.saturating_add(free);
	}
	let issuance_key = pallet_balances::TotalIssuance::<Runtime>::hashed_key().to_vec();
	let issued = storage
		.top
		.get(&issuance_key)
		.and_then(|bytes| city_primitives::Balance::decode(&mut &bytes[..]).ok())
		.ok_or("the development genesis has no total issuance")?;
	storage.top.insert(issuance_key, issued.saturating_add(added).encode());
	spec.set_storage(storage);
	Ok(spec)
}
