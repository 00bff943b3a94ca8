//! The transaction extensions: what a wallet signs besides the call ([`TxExtension`]), the
//! constructor wallets, the gateway and the tests build it with ([`immortal_tx_extension`]),
//! and the city's own two extensions:
//! - [`transfer_guard`]: `ChargeFeeCoveringTransfers`, the fee payment wallets know as
//!   `ChargeTransactionPayment`, which also refuses in the pool a CITY transfer its sender
//!   cannot cover with its fee and tip;
//! - [`resident_vote`]: `CheckResidentVote`, which lets only residents take part in referenda.
//!
//! Both judge the calls a transaction wraps (batches, proxies, multisig approvals) as they judge
//! a call signed directly, each as the account it acts as: [`wrapped`].
//!
//! Their weights are generated into `weights::city_extensions` by the runtime's benchmarks
//! (`benchmarks::city_extensions`).

pub mod resident_vote;
pub mod transfer_guard;
pub mod wrapped;

use crate::{Balance, Nonce, Runtime};
use sp_runtime::generic;

/// The transaction extensions: what a wallet signs besides the call. The order is the
/// signed payload's order; changing it changes `transaction_version`.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// `ChargeTransactionPayment` to wallets: the fee and tip, and transfers the sender cannot
	// cover with them refused by the pool.
	transfer_guard::ChargeFeeCoveringTransfers,
	resident_vote::CheckResidentVote,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// The transaction extensions of an immortal transaction with `nonce` and `tip`, as a wallet
/// (or, with 0 and 0, the IoT gateway for a general transaction) builds them: one constructor
/// for the runtime's tests and the gateway's, so a change of the layout is made once (the
/// runtime weighs a transaction's base with it too: `weights::extrinsic_base_weight`).
pub fn immortal_tx_extension(nonce: Nonce, tip: Balance) -> TxExtension {
	(
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(generic::Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		transfer_guard::ChargeFeeCoveringTransfers::from(tip),
		resident_vote::CheckResidentVote,
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// `call` signed by `signer` as a wallet signs it: immortal, with `nonce` and `tip`, for the
/// chain of genesis hash `genesis`. The signed payload's implicit part (versions, genesis) is
/// built from the arguments rather than read from storage, so this works outside the runtime
/// too: the node's `benchmark overhead` and `benchmark extrinsic` and the runtime's tests sign
/// with it.
#[cfg(feature = "std")]
pub fn signed_transaction(
	call: crate::RuntimeCall,
	signer: &sp_core::sr25519::Pair,
	nonce: Nonce,
	tip: Balance,
	genesis: crate::Hash,
) -> crate::UncheckedExtrinsic {
	use crate::{AccountId, SignedPayload, UncheckedExtrinsic, VERSION};
	use codec::Encode;
	use sp_core::Pair;
	use sp_runtime::traits::IdentifyAccount;

	let tx_extension = immortal_tx_extension(nonce, tip);
	// Each extension's implicit part, in `TxExtension`'s order: the spec and transaction
	// versions, the genesis hash (`CheckGenesis`, and `CheckEra` for an immortal transaction)
	// and no metadata hash.
	let implicit = (
		(),
		(),
		VERSION.spec_version,
		VERSION.transaction_version,
		genesis,
		genesis,
		(),
		(),
		(),
		(),
		None,
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), tx_extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let signer: AccountId = sp_runtime::MultiSigner::from(signer.public()).into_account();
	UncheckedExtrinsic::new_signed(call, signer.into(), signature.into(), tx_extension)
}
