//! Credentials: what the identity registry vouches for, and how other pallets ask it.
//!
//! A pallet that needs "a city inspector" or "a resident" declares an origin in its `Config`
//! (`type InspectorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>`); the
//! runtime sets it to [`EnsureCredential`] over the identity registry, and the pallet's mock to
//! [`EnsureCredential`] over any [`CredentialInspect`] it likes.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	dispatch::RawOrigin,
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use scale_info::TypeInfo;
use sp_core::ConstU32;

/// A city department that issues credentials, chosen by the chain (sequential).
pub type IssuerId = u32;

/// A credential, chosen by the chain (sequential).
pub type CredentialId = u64;

/// The longest name of a custom credential kind, in bytes.
pub const MAX_CUSTOM_KIND_LEN: u32 = 32;

/// The city's departments.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Department {
	/// Registers residents (population office, civil registry).
	PopulationOffice,
	/// Registers vehicles and drivers.
	VehicleAuthority,
	/// The city police.
	Police,
	/// Roads, buildings and public works.
	PublicWorks,
	/// Water, power and other metered utilities.
	Utilities,
	/// The city's finances.
	Finance,
	/// Any other department, by a number the council assigns.
	Other(u16),
}

/// What a credential says of its subject.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum CredentialKind {
	/// Lives in the city.
	Resident,
	/// Is of age.
	Adult,
	/// Works for a department in a role (a number the department assigns).
	Employee {
		/// The department.
		department: Department,
		/// The role within it.
		role: u16,
	},
	/// Certifies works and inspects vehicles.
	Inspector,
	/// Registers vehicles and assigns plates.
	VehicleClerk,
	/// Issues fines and flags stolen vehicles.
	PoliceOfficer,
	/// Decides disputed fines.
	Adjudicator,
	/// Spends from the reserve fund within a small cap (privileged in the runtime: only two
	/// thirds of the council or Root grant it).
	Treasurer,
	/// Operates public sensors.
	DeviceOperator,
	/// May drive.
	DriversLicence,
	/// A kind the city defines later, by name.
	Custom(BoundedVec<u8, ConstU32<MAX_CUSTOM_KIND_LEN>>),
}

/// The role, in [`Department::Finance`], of the clerks who run the payroll.
pub const PAYROLL_CLERK_ROLE: u16 = 1;

/// The role, in [`Department::Utilities`], of the staff who install, key and bind utility
/// meters.
pub const METER_OPERATOR_ROLE: u16 = 1;

/// Answers whether an account holds a credential: the identity registry implements it.
pub trait CredentialInspect<AccountId> {
	/// Whether `who` holds an active (issued, not suspended, revoked, erased or expired)
	/// credential of `kind`, from `issuer` if one is given.
	fn has_active_credential(
		who: &AccountId,
		kind: &CredentialKind,
		issuer: Option<IssuerId>,
	) -> bool;

	/// Makes `who` hold an active credential of `kind`, for the benchmarks of pallets behind
	/// [`EnsureCredential`] (the registry's own rules aside).
	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmarks(who: &AccountId, kind: CredentialKind);
}

/// An origin that is a signed account holding an active credential of kind `Kind` (a
/// `Get<CredentialKind>`), as `Registry` says; succeeds with the account.
pub struct EnsureCredential<Registry, Kind, AccountId>(PhantomData<(Registry, Kind, AccountId)>);

impl<O, Registry, Kind, AccountId> EnsureOrigin<O> for EnsureCredential<Registry, Kind, AccountId>
where
	O: Into<Result<RawOrigin<AccountId>, O>> + From<RawOrigin<AccountId>>,
	Registry: CredentialInspect<AccountId>,
	Kind: Get<CredentialKind>,
	AccountId: Clone + Decode,
{
	type Success = AccountId;

	fn try_origin(origin: O) -> Result<AccountId, O> {
		match origin.into() {
			Ok(RawOrigin::Signed(who))
				if Registry::has_active_credential(&who, &Kind::get(), None) =>
			{
				Ok(who)
			}
			Ok(other) => Err(O::from(other)),
			Err(origin) => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		// A fixed account (all zero bytes), granted the credential by the registry.
		let who = AccountId::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
			.map_err(|_| ())?;
		Registry::grant_for_benchmarks(&who, Kind::get());
		Ok(O::from(RawOrigin::Signed(who)))
	}
}

macro_rules! kinds {
	($($(#[$doc:meta])* $name:ident => $kind:expr),* $(,)?) => {
		$(
			$(#[$doc])*
			pub struct $name;
			impl Get<CredentialKind> for $name {
				fn get() -> CredentialKind {
					$kind
				}
			}
		)*
	};
}

kinds! {
	/// [`CredentialKind::Resident`], for `EnsureCredential<_, Resident, _>`.
	Resident => CredentialKind::Resident,
	/// [`CredentialKind::Adult`].
	Adult => CredentialKind::Adult,
	/// [`CredentialKind::Inspector`].
	Inspector => CredentialKind::Inspector,
	/// [`CredentialKind::VehicleClerk`].
	VehicleClerk => CredentialKind::VehicleClerk,
	/// [`CredentialKind::PoliceOfficer`].
	PoliceOfficer => CredentialKind::PoliceOfficer,
	/// [`CredentialKind::Adjudicator`].
	Adjudicator => CredentialKind::Adjudicator,
	/// [`CredentialKind::Treasurer`].
	Treasurer => CredentialKind::Treasurer,
	/// [`CredentialKind::DeviceOperator`].
	DeviceOperator => CredentialKind::DeviceOperator,
	/// [`CredentialKind::DriversLicence`].
	DriversLicence => CredentialKind::DriversLicence,
	/// A payroll clerk: an employee of [`Department::Finance`] in [`PAYROLL_CLERK_ROLE`].
	PayrollClerk => CredentialKind::Employee {
		department: Department::Finance,
		role: PAYROLL_CLERK_ROLE,
	},
	/// A meter operator: an employee of [`Department::Utilities`] in [`METER_OPERATOR_ROLE`].
	MeterOperator => CredentialKind::Employee {
		department: Department::Utilities,
		role: METER_OPERATOR_ROLE,
	},
}

/// The identity registry of pallets' mocks (accounts are `u64`): a thread-local list of
/// active credentials that the tests grant and revoke. One for every mock that asks for
/// credentials, so they all mean the same by "holds a credential".
#[cfg(feature = "std")]
pub mod testing {
	use super::{CredentialInspect, CredentialKind};
	use core::cell::RefCell;

	std::thread_local! {
		/// (account, kind): the active credentials.
		static HELD: RefCell<Vec<(u64, CredentialKind)>> = const { RefCell::new(Vec::new()) };
	}

	/// The mocks' identity registry.
	pub struct TestCredentials;

	impl CredentialInspect<u64> for TestCredentials {
		fn has_active_credential(who: &u64, kind: &CredentialKind, _: Option<u32>) -> bool {
			HELD.with(|held| held.borrow().iter().any(|(w, k)| w == who && k == kind))
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn grant_for_benchmarks(who: &u64, kind: CredentialKind) {
			grant(*who, kind)
		}
	}

	/// Makes the active credentials exactly `held` (a test's start).
	pub fn reset(held: Vec<(u64, CredentialKind)>) {
		HELD.with(|list| *list.borrow_mut() = held);
	}

	/// Gives `who` an active credential of `kind`.
	pub fn grant(who: u64, kind: CredentialKind) {
		HELD.with(|held| held.borrow_mut().push((who, kind)));
	}

	/// Takes `who`'s credentials of `kind` away.
	pub fn revoke(who: u64, kind: &CredentialKind) {
		HELD.with(|held| held.borrow_mut().retain(|(w, k)| !(*w == who && k == kind)));
	}
}

#[cfg(test)]
mod tests {
	//! `EnsureCredential` as another pallet's mock uses it: over a registry of its own, with
	//! no identity-registry crate in sight.
	use super::*;
	use core::cell::RefCell;

	std::thread_local! {
		/// (account, kind, active): what the mock registry holds.
		static HELD: RefCell<Vec<(u64, CredentialKind, bool)>> = const { RefCell::new(Vec::new()) };
	}

	/// A registry a pallet's mock might write in a few lines.
	struct MockRegistry;
	impl CredentialInspect<u64> for MockRegistry {
		fn has_active_credential(who: &u64, kind: &CredentialKind, _: Option<IssuerId>) -> bool {
			HELD.with(|held| held.borrow().iter().any(|(w, k, a)| w == who && k == kind && *a))
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn grant_for_benchmarks(who: &u64, kind: CredentialKind) {
			HELD.with(|held| held.borrow_mut().push((*who, kind, true)));
		}
	}

	/// The runtime origin of the mock.
	#[derive(Debug, PartialEq)]
	struct Origin(RawOrigin<u64>);
	impl From<RawOrigin<u64>> for Origin {
		fn from(raw: RawOrigin<u64>) -> Self {
			Origin(raw)
		}
	}
	impl From<Origin> for Result<RawOrigin<u64>, Origin> {
		fn from(origin: Origin) -> Self {
			Ok(origin.0)
		}
	}

	/// What a vehicle registry's `Config` would say.
	type InspectorOrigin = EnsureCredential<MockRegistry, Inspector, u64>;

	fn signed(who: u64) -> Origin {
		Origin(RawOrigin::Signed(who))
	}

	#[test]
	fn an_active_inspector_passes_and_a_revoked_one_fails() {
		const EVE: u64 = 5;
		HELD.with(|held| held.borrow_mut().push((EVE, CredentialKind::Inspector, true)));
		assert_eq!(InspectorOrigin::try_origin(signed(EVE)), Ok(EVE));

		// Revoked (or suspended, expired, erased): no longer active.
		HELD.with(|held| held.borrow_mut()[0].2 = false);
		assert_eq!(InspectorOrigin::try_origin(signed(EVE)), Err(signed(EVE)));
	}

	#[test]
	fn another_kind_root_and_none_fail_and_get_their_origin_back() {
		HELD.with(|held| held.borrow_mut().push((7, CredentialKind::Resident, true)));
		assert_eq!(InspectorOrigin::try_origin(signed(7)), Err(signed(7)));
		assert_eq!(
			InspectorOrigin::try_origin(Origin(RawOrigin::Root)),
			Err(Origin(RawOrigin::Root))
		);
		assert_eq!(
			InspectorOrigin::try_origin(Origin(RawOrigin::None)),
			Err(Origin(RawOrigin::None))
		);
		assert_eq!(Inspector::get(), CredentialKind::Inspector);
		assert_eq!(
			PayrollClerk::get(),
			CredentialKind::Employee { department: Department::Finance, role: 1 }
		);
	}

	#[cfg(feature = "runtime-benchmarks")]
	#[test]
	fn the_benchmark_origin_holds_the_credential() {
		let origin: Origin =
			InspectorOrigin::try_successful_origin().expect("the registry grants it");
		assert_eq!(origin, signed(0));
		assert_eq!(InspectorOrigin::try_origin(origin), Ok(0));
	}
}
