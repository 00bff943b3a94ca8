//! The validator set's runtime API: what the portal, operators and the node's
//! `validators_status` RPC method read at any block.

use crate::SetStatus;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// The city's validators and how they are doing.
	#[api_version(1)]
	pub trait ValidatorSetApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The council's set and the session's validators, each with its keys, its blocks this
		/// session and its sessions in a row without a block; the session, its length, whether
		/// a change waits for the next session, the reward and the offline threshold.
		fn status() -> SetStatus<AccountId, Balance, BlockNumber>;
	}
}
