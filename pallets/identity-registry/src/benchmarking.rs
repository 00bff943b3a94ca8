//! Benchmarks of the identity registry, each at its worst case.

use super::*;
use crate::Pallet as Registry;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::{One, Saturating};

fn council<T: Config>() -> T::RuntimeOrigin {
	T::CouncilOrigin::try_successful_origin().expect("the council origin can be made")
}

fn privileged<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::PrivilegedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// `n` distinct, non-privileged kinds.
fn kinds<T: Config>(n: u32) -> IssuerKindsOf<T> {
	let mut kinds: Vec<CredentialKind> = (0..n)
		.map(|i| CredentialKind::Custom(i.to_le_bytes().to_vec().try_into().expect("4 bytes")))
		.collect();
	if let Some(first) = kinds.first_mut() {
		*first = CredentialKind::Resident;
	}
	kinds.try_into().expect("within MaxKindsPerIssuer")
}

fn accounts<T: Config>(n: u32, seed: u32) -> IssuerAccountsOf<T> {
	(0..n)
		.map(|i| account::<T::AccountId>("issuer", i, seed))
		.collect::<Vec<_>>()
		.try_into()
		.expect("within MaxAccountsPerIssuer")
}

fn name<T: Config>() -> IssuerNameOf<T> {
	alloc::vec![b'n'; T::MaxIssuerNameLen::get() as usize].try_into().expect("max length")
}

/// A registered issuer with the most accounts and kinds; returns it and its first account.
fn issuer<T: Config>(seed: u32) -> (IssuerId, T::AccountId) {
	let accounts = accounts::<T>(T::MaxAccountsPerIssuer::get(), seed);
	let clerk = accounts[0].clone();
	let id = Registry::<T>::do_register_issuer(
		Department::PopulationOffice,
		name::<T>(),
		accounts,
		kinds::<T>(T::MaxKindsPerIssuer::get()),
	)
	.expect("room for an issuer");
	(id, clerk)
}

/// The block, at least 1 (no events at block 0).
fn start<T: Config>() -> BlockNumberFor<T> {
	let now = frame_system::Pallet::<T>::block_number().max(One::one());
	frame_system::Pallet::<T>::set_block_number(now);
	now
}

/// A subject whose list is full of expired credentials, `MaxCredentialsPerIssuer` of them from
/// `by` and the others from other issuers: the next credential from `by` prunes one entry.
fn expired_subject<T: Config>(by: IssuedBy) -> T::AccountId {
	let now = start::<T>();
	let subject: T::AccountId = account("subject", 0, 0);
	let max = T::MaxCredentialsPerSubject::get();
	let ids = Registry::<T>::issue_for_benchmarks(
		&subject,
		&CredentialKind::Adult,
		max,
		Some(by),
		Some(now.saturating_add(One::one())),
	);
	assert_eq!(ids.len() as u32, max, "a full list");
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(One::one()));
	subject
}

/// An active resident credential issued by `issuer`, last on a subject's full list (the others
/// from other issuers): the longest list to search and to take it off.
fn credential<T: Config>(
	issuer: IssuerId,
	expires_at: Option<BlockNumberFor<T>>,
) -> (CredentialId, T::AccountId) {
	start::<T>();
	let subject: T::AccountId = account("subject", 0, 0);
	let max = T::MaxCredentialsPerSubject::get();
	Registry::<T>::issue_for_benchmarks(
		&subject,
		&CredentialKind::Adult,
		max.saturating_sub(1),
		None,
		None,
	);
	let id = Registry::<T>::do_issue(
		subject.clone(),
		CredentialKind::Resident,
		IssuedBy::Issuer(issuer),
		H256::repeat_byte(2),
		expires_at,
	)
	.expect("room for a credential");
	assert_eq!(CredentialsOf::<T>::get(&subject).len() as u32, max, "a full list");
	(id, subject)
}

/// Takes every place for an issuer but one.
fn fill_issuers<T: Config>() {
	let mut seed = 1_000;
	while ActiveIssuers::<T>::get().saturating_add(1) < T::MaxIssuers::get() {
		issuer::<T>(seed);
		seed += 1;
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_issuer(
		a: Linear<1, { T::MaxAccountsPerIssuer::get() }>,
		k: Linear<1, { T::MaxKindsPerIssuer::get() }>,
	) -> Result<(), BenchmarkError> {
		fill_issuers::<T>();
		let origin = council::<T>();
		let accounts = accounts::<T>(a, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Department::Finance, name::<T>(), accounts, kinds::<T>(k));

		assert_eq!(ActiveIssuers::<T>::get(), T::MaxIssuers::get());
		Ok(())
	}

	/// An issuer of `o` accounts gets `a` others and `k` kinds: the old accounts stop acting
	/// for it, the new ones start.
	#[benchmark]
	fn update_issuer(
		o: Linear<1, { T::MaxAccountsPerIssuer::get() }>,
		a: Linear<1, { T::MaxAccountsPerIssuer::get() }>,
		k: Linear<1, { T::MaxKindsPerIssuer::get() }>,
	) -> Result<(), BenchmarkError> {
		let old = accounts::<T>(o, 0);
		let id = Registry::<T>::do_register_issuer(
			Department::PopulationOffice,
			name::<T>(),
			old.clone(),
			kinds::<T>(T::MaxKindsPerIssuer::get()),
		)
		.expect("room for an issuer");
		let origin = council::<T>();
		let accounts = accounts::<T>(a, 1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Some(accounts.clone()), Some(kinds::<T>(k)));

		assert_eq!(ActingFor::<T>::get(&accounts[0]), Some(id));
		assert_eq!(ActingFor::<T>::get(&old[0]), None);
		Ok(())
	}

	/// An issuer that issued a credential (the check reads one key whatever the origin).
	#[benchmark]
	fn remove_issuer(
		a: Linear<1, { T::MaxAccountsPerIssuer::get() }>,
	) -> Result<(), BenchmarkError> {
		let accounts = accounts::<T>(a, 0);
		let id = Registry::<T>::do_register_issuer(
			Department::Police,
			name::<T>(),
			accounts,
			kinds::<T>(1),
		)
		.expect("room for an issuer");
		Registry::<T>::do_issue(
			account("subject", 0, 0),
			CredentialKind::Resident,
			IssuedBy::Issuer(id),
			H256::repeat_byte(3),
			None,
		)
		.expect("room for a credential");
		let origin = privileged::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Issuers::<T>::get(id).is_some_and(|i| i.removed_at.is_some()));
		Ok(())
	}

	/// `n` active credentials of a removed issuer, all suspended in one call.
	#[benchmark]
	fn suspend_issued(n: Linear<1, 200>) -> Result<(), BenchmarkError> {
		start::<T>();
		let (id, _) = issuer::<T>(0);
		for i in 0..n {
			Registry::<T>::do_issue(
				account("subject", i, 1),
				CredentialKind::Resident,
				IssuedBy::Issuer(id),
				H256::repeat_byte(3),
				None,
			)
			.expect("room for a credential");
		}
		Registry::<T>::remove_issuer(privileged::<T>()?, id)?;
		let origin = privileged::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, n);

		assert_eq!(SuspensionCursor::<T>::get(id), None);
		Ok(())
	}

	/// A full list of expired credentials, as many from this issuer as it may hold: one entry
	/// is pruned to make room.
	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let (id, clerk) = issuer::<T>(0);
		let subject = expired_subject::<T>(IssuedBy::Issuer(id));
		let expires_at = frame_system::Pallet::<T>::block_number().saturating_add(1_000u32.into());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(clerk),
			subject.clone(),
			CredentialKind::Resident,
			H256::repeat_byte(4),
			Some(expires_at),
		);

		assert!(Registry::<T>::has_active_credential(
			&subject,
			&CredentialKind::Resident,
			Some(id)
		));
		assert_eq!(
			CredentialsOf::<T>::get(&subject).len() as u32,
			T::MaxCredentialsPerSubject::get(),
			"one expired entry pruned for the new one"
		);
		assert_eq!(PastCredentialsOf::<T>::iter_prefix(&subject).count(), 1);
		Ok(())
	}

	/// A privileged kind to a full list of expired credentials, as many from the council as
	/// it may hold: one entry is pruned to make room.
	#[benchmark]
	fn issue_by_council() -> Result<(), BenchmarkError> {
		let subject = expired_subject::<T>(IssuedBy::Council);
		let origin = privileged::<T>()?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			subject.clone(),
			CredentialKind::Treasurer,
			H256::repeat_byte(5),
			None,
		);

		assert!(Registry::<T>::has_active_credential(&subject, &CredentialKind::Treasurer, None));
		assert_eq!(
			CredentialsOf::<T>::get(&subject).len() as u32,
			T::MaxCredentialsPerSubject::get(),
			"one expired entry pruned for the new one"
		);
		assert_eq!(PastCredentialsOf::<T>::iter_prefix(&subject).count(), 1);
		Ok(())
	}

	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer, None);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id, SuspensionReason::Other(u16::MAX));

		assert!(matches!(
			Credentials::<T>::get(id).map(|c| c.state),
			Some(CredentialState::Suspended { reason: SuspensionReason::Other(u16::MAX), .. })
		));
		Ok(())
	}

	#[benchmark]
	fn reinstate() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer, None);
		Registry::<T>::suspend(
			RawOrigin::Signed(clerk.clone()).into(),
			id,
			SuspensionReason::Other(u16::MAX),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id);

		assert_eq!(Credentials::<T>::get(id).map(|c| c.state), Some(CredentialState::Active));
		Ok(())
	}

	/// The last entry of a full list, taken off it.
	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, subject) = credential::<T>(issuer, None);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id, RevocationReason::Other(u16::MAX));

		assert!(matches!(
			Credentials::<T>::get(id).map(|c| c.state),
			Some(CredentialState::Revoked { .. })
		));
		assert!(PastCredentialsOf::<T>::contains_key(&subject, id));
		Ok(())
	}

	/// An expired credential still on its subject's list (the pruning check reads the past
	/// index).
	#[benchmark]
	fn renew() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let now = start::<T>();
		let (id, _) = credential::<T>(issuer, Some(now.saturating_add(One::one())));
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(One::one()));
		let expires_at = now.saturating_add(1_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id, Some(expires_at));

		assert_eq!(Credentials::<T>::get(id).and_then(|c| c.expires_at), Some(expires_at));
		Ok(())
	}

	/// The last entry of a full list, taken off it.
	#[benchmark]
	fn erase() -> Result<(), BenchmarkError> {
		let (issuer, _) = issuer::<T>(0);
		let (id, subject) = credential::<T>(issuer, None);

		#[extrinsic_call]
		_(RawOrigin::Signed(subject.clone()), id);

		assert_eq!(Credentials::<T>::get(id).and_then(|c| c.commitment), None);
		assert!(PastCredentialsOf::<T>::contains_key(&subject, id));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Registry,
		crate::tests::ExtBuilder::default().build(),
		crate::tests::Test
	);
}
