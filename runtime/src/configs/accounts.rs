//! Accounts that act together or for one another: `Utility` (batches), `Multisig` (a
//! department's k-of-n account) and `Proxy` (a staff account acting for someone, within a
//! [`ProxyType`]).
//!
//! What they store is paid for: a proxy, an announcement and an open multisig operation each
//! hold a deposit from whoever adds it, at the chain's storage price (`currency::deposit`: one
//! CITY an item, 10 micro-CITY a byte), returned when it is removed. Batches store nothing.
//!
//! The city's rules hold through all three: the transaction extensions look inside them
//! (`extensions::wrapped`), so a non-resident cannot vote by wrapping the vote, a proxy cannot
//! vote for a non-resident, and a transfer nobody can cover is refused in the pool however it is
//! wrapped; and a credential origin reached through a proxy or a multisig account is that
//! account's (the proxied account's, the multisig's), never the signer's.
use super::currency::deposit;
use crate::{Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, InstanceFilter},
};
use scale_info::TypeInfo;
use sp_runtime::traits::BlakeTwo256;

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

parameter_types! {
	/// An open multisig operation: the entry (its key, the timepoint, the deposit and the
	/// depositor, 88 bytes) ...
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	/// ... and each approval in it (an account).
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

/// A department's account has at most this many signatories.
pub const MAX_SIGNATORIES: u32 = 20;

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<MAX_SIGNATORIES>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

parameter_types! {
	/// An account's list of proxies (its key and deposit) ...
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// ... and each proxy in it (an account, a type and a delay: 37 bytes).
	pub const ProxyDepositFactor: Balance = deposit(0, 37);
	/// A proxy's list of announcements ...
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// ... and each announcement (the real account, a call hash and a block: 68 bytes).
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
}

/// What a proxy may do for the account it acts for. Every type but `Any` refuses to
/// dispatch through another proxy (`proxy.proxy`, an announcement) or a multisig account,
/// whose origins would no longer carry this type's filter; and a proxy adds or removes only
/// proxies of its own type or a narrower one (pallet-proxy checks
/// [`InstanceFilter::is_superset`]).
///
/// A council or committee member's `NonTransfer` or `Governance` proxy proposes, votes and
/// closes motions for the member, whatever the motion does (a spend of the reserve fund, say):
/// the motion moves the city's money by the council's vote, not the member's own, and its
/// origin is the collective's, which no proxy filter binds. That is the delegation those types
/// are for.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Anything the account may do.
	#[default]
	Any,
	/// Anything but moving value: no CITY transfer or payment, no spend, no wage set, no
	/// subscription or transfer of a bond, of a vehicle or of a device, no vehicle fee; and no
	/// acting through other proxies or multisig accounts.
	NonTransfer,
	/// Council and technical committee motions and votes, referenda (proposing, seconding,
	/// voting, delegating) and preimages.
	Governance,
	/// Paying city services, metered bills, fines and permits, and disputing bills and fines.
	CityServices,
	/// A credential issuer's clerk work: issuing, suspending, reinstating, revoking and
	/// renewing credentials.
	IdentityClerk,
}

/// A batch (`batch`, `batch_all`, `force_batch`): its calls are dispatched with the proxy's
/// origin, so the same filter judges each of them.
fn is_batch(call: &RuntimeCall) -> bool {
	matches!(
		call,
		RuntimeCall::Utility(
			pallet_utility::Call::batch { .. }
				| pallet_utility::Call::batch_all { .. }
				| pallet_utility::Call::force_batch { .. }
		)
	)
}

/// Whether `call` moves value out of the account that makes it (or out of the reserve fund,
/// for a treasurer; or sets what the city pays, for a payroll clerk), or dispatches with an
/// origin that would not carry a proxy's filter: any `Multisig` call, and any `Proxy` call but
/// adding or removing the account's own proxies and its own announcements (`proxy`,
/// `proxy_announced` and `announce`, whose announced call anyone may then make, act through the
/// account's powers over others; `create_pure` and `kill_pure` through a pure account; and
/// `reject_announcement` would let a compromised proxy cancel what the account's time-delayed
/// proxies announce, such as a recovery).
fn moves_value(call: &RuntimeCall) -> bool {
	use RuntimeCall::*;
	match call {
		Proxy(call) => !matches!(
			call,
			pallet_proxy::Call::add_proxy { .. }
				| pallet_proxy::Call::remove_proxy { .. }
				| pallet_proxy::Call::remove_announcement { .. }
				| pallet_proxy::Call::poke_deposit { .. }
		),
		Balances(..) | Multisig(..) => true,
		CityCoin(call) => matches!(
			call,
			pallet_citycoin::Call::burn { .. }
				| pallet_citycoin::Call::pay_for_service { .. }
				| pallet_citycoin::Call::settle_bill { .. }
				| pallet_citycoin::Call::enrol { .. }
				| pallet_citycoin::Call::set_wage { .. }
		),
		ReserveFund(call) => matches!(
			call,
			pallet_reserve_fund::Call::donate { .. }
				| pallet_reserve_fund::Call::spend { .. }
				| pallet_reserve_fund::Call::award_contract { .. }
				| pallet_reserve_fund::Call::release_milestone { .. }
		),
		Bonds(call) => {
			matches!(
				call,
				pallet_bonds::Call::subscribe { .. } | pallet_bonds::Call::transfer { .. }
			)
		}
		VehicleRegistry(call) => matches!(
			call,
			pallet_vehicle_registry::Call::apply { .. }
				| pallet_vehicle_registry::Call::renew { .. }
				| pallet_vehicle_registry::Call::offer { .. }
				| pallet_vehicle_registry::Call::accept { .. }
				| pallet_vehicle_registry::Call::consent_to_lien { .. }
				| pallet_vehicle_registry::Call::buy_permit { .. }
				| pallet_vehicle_registry::Call::pay_fine { .. }
		),
		IotAnchors(call) => matches!(
			call,
			pallet_iot_anchors::Call::offer_transfer { .. }
				| pallet_iot_anchors::Call::accept_transfer { .. }
				// Agreeing to pay a meter's bills, which are then taken from the balance.
				| pallet_iot_anchors::Call::accept_consumer { .. }
		),
		_ => false,
	}
}

impl ProxyType {
	/// Whether `call` is one of this narrow type's own (for `Governance`, `CityServices` and
	/// `IdentityClerk`; the wide types are judged in `filter`).
	fn own_call(&self, call: &RuntimeCall) -> bool {
		use RuntimeCall::*;
		match self {
			ProxyType::Governance => {
				matches!(call, Democracy(..) | Council(..) | TechnicalCommittee(..) | Preimage(..))
			}
			ProxyType::CityServices => matches!(
				call,
				CityCoin(
					pallet_citycoin::Call::pay_for_service { .. }
						| pallet_citycoin::Call::settle_bill { .. }
						| pallet_citycoin::Call::dispute_bill { .. }
				) | VehicleRegistry(
					pallet_vehicle_registry::Call::pay_fine { .. }
						| pallet_vehicle_registry::Call::dispute_fine { .. }
						| pallet_vehicle_registry::Call::buy_permit { .. }
				)
			),
			ProxyType::IdentityClerk => matches!(
				call,
				IdentityRegistry(
					pallet_identity_registry::Call::issue { .. }
						| pallet_identity_registry::Call::suspend { .. }
						| pallet_identity_registry::Call::reinstate { .. }
						| pallet_identity_registry::Call::revoke { .. }
						| pallet_identity_registry::Call::renew { .. }
				)
			),
			ProxyType::Any | ProxyType::NonTransfer => false,
		}
	}
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !moves_value(call),
			// A narrow type: its own calls, and batches (whose calls it judges one by one).
			narrow => narrow.own_call(call) || is_batch(call),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			// Governance and clerk work move no value.
			(ProxyType::NonTransfer, ProxyType::Governance | ProxyType::IdentityClerk) => true,
			_ => false,
		}
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_proxy::WeightInfo<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
