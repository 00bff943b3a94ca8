//! A client over a mocked runtime API, for the RPC crates' JSON tests: each crate declares its
//! runtime API's answers with `sp_api::mock_impl_runtime_apis!` on a `Clone` struct, wraps it
//! in a [`TestClient`], builds its real server over it and calls it through
//! `RpcModule::call`, so the test pins what goes over the wire.

use jsonrpsee::RpcModule;
use serde_json::{json, Value};
use sp_api::{ApiExt, ApiRef, ProvideRuntimeApi};
use sp_blockchain::{BlockStatus, HeaderBackend, Info};
use sp_core::H256;
use sp_runtime::{
	generic,
	traits::{BlakeTwo256, Block as BlockT, NumberFor},
	OpaqueExtrinsic,
};

/// The block type of the tests: City Chain's header (u32 numbers, BLAKE2-256) with opaque
/// extrinsics.
pub type Block = generic::Block<generic::Header<u32, BlakeTwo256>, OpaqueExtrinsic>;

/// The best block's hash a [`TestClient`] reports.
pub const BEST: H256 = H256::repeat_byte(0xbe);

/// A client whose runtime API is `api` at every block, whose best block is [`BEST`].
#[derive(Clone)]
pub struct TestClient<A> {
	/// The mocked runtime API.
	pub api: A,
}

impl<A> TestClient<A> {
	/// A client answering with `api`.
	pub fn new(api: A) -> std::sync::Arc<Self> {
		std::sync::Arc::new(TestClient { api })
	}
}

impl<A: ApiExt<Block> + Clone> ProvideRuntimeApi<Block> for TestClient<A> {
	type Api = A;

	fn runtime_api(&self) -> ApiRef<'_, A> {
		self.api.clone().into()
	}
}

impl<A: Send + Sync> HeaderBackend<Block> for TestClient<A> {
	fn header(&self, _: H256) -> sp_blockchain::Result<Option<<Block as BlockT>::Header>> {
		Ok(None)
	}

	fn info(&self) -> Info<Block> {
		Info {
			best_hash: BEST,
			best_number: 0,
			genesis_hash: BEST,
			finalized_hash: BEST,
			finalized_number: 0,
			finalized_state: None,
			number_leaves: 1,
			block_gap: None,
		}
	}

	fn status(&self, _: H256) -> sp_blockchain::Result<BlockStatus> {
		Ok(BlockStatus::InChain)
	}

	fn number(&self, _: H256) -> sp_blockchain::Result<Option<NumberFor<Block>>> {
		Ok(Some(0))
	}

	fn hash(&self, _: NumberFor<Block>) -> sp_blockchain::Result<Option<H256>> {
		Ok(Some(BEST))
	}
}

/// Calls `method` with `params` on `module` as a client would (a JSON-RPC 2.0 request with id
/// 1), and answers the whole response as JSON: `result` or `error` with its code, message and
/// data, to compare with a `json!` literal.
///
/// # Panics
/// If the module cannot take the request or answers something that is not JSON: the test fails.
pub async fn call<M: Send + Sync + 'static>(
	module: &RpcModule<M>,
	method: &str,
	params: Value,
) -> Value {
	let request = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
	let (response, _) = module
		.raw_json_request(&request.to_string(), 1)
		.await
		.expect("qed: a request built with json! is valid JSON-RPC");
	serde_json::from_str(&response).expect("qed: jsonrpsee answers JSON")
}

/// The well-known development accounts (`//Alice`, `//Bob`, ... sr25519), as the RPC crates'
/// tests name them: each one's account and its address (SS58, generic prefix), which the JSON
/// must show.
pub mod dev {
	use city_primitives::AccountId;

	/// One development account: its public key and the address its JSON shows.
	pub struct DevAccount {
		/// The sr25519 public key.
		pub public: [u8; 32],
		/// The address (SS58, generic prefix).
		pub address: &'static str,
	}

	impl DevAccount {
		/// The account.
		pub fn account(&self) -> AccountId {
			AccountId::new(self.public)
		}
	}

	/// `//Alice`.
	pub const ALICE: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
		),
		address: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
	};
	/// `//Bob`.
	pub const BOB: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"
		),
		address: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
	};
	/// `//Charlie`.
	pub const CHARLIE: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22"
		),
		address: "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",
	};
	/// `//Dave`.
	pub const DAVE: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20"
		),
		address: "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",
	};
	/// `//Eve`.
	pub const EVE: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"e659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e"
		),
		address: "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw",
	};
	/// `//Ferdie`.
	pub const FERDIE: DevAccount = DevAccount {
		public: sp_core::hex2array!(
			"1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c"
		),
		address: "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL",
	};
}
