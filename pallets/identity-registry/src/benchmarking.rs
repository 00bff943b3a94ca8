//! Benchmarks of the identity registry, each at its worst case.

use super::*;
use crate::Pallet as Registry;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

fn council<T: Config>() -> T::RuntimeOrigin {
	T::CouncilOrigin::try_successful_origin().expect("the council origin can be made")
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

/// A subject holding `MaxCredentialsPerSubject - 1` credentials: the longest list to search.
fn crowded_subject<T: Config>(issuer: IssuerId) -> T::AccountId {
	let subject: T::AccountId = account("subject", 0, 0);
	for _ in 1..T::MaxCredentialsPerSubject::get() {
		Registry::<T>::do_issue(
			subject.clone(),
			CredentialKind::Adult,
			IssuedBy::Issuer(issuer),
			H256::repeat_byte(1),
			None,
		)
		.expect("room for a credential");
	}
	subject
}

/// An active resident credential issued by `issuer` to a crowded subject.
fn credential<T: Config>(issuer: IssuerId) -> (CredentialId, T::AccountId) {
	let subject = crowded_subject::<T>(issuer);
	let id = Registry::<T>::do_issue(
		subject.clone(),
		CredentialKind::Resident,
		IssuedBy::Issuer(issuer),
		H256::repeat_byte(2),
		None,
	)
	.expect("room for a credential");
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

	#[benchmark]
	fn update_issuer(
		a: Linear<1, { T::MaxAccountsPerIssuer::get() }>,
		k: Linear<1, { T::MaxKindsPerIssuer::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, _) = issuer::<T>(0);
		let origin = council::<T>();
		let accounts = accounts::<T>(a, 1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Some(accounts.clone()), Some(kinds::<T>(k)));

		assert_eq!(ActingFor::<T>::get(&accounts[0]), Some(id));
		Ok(())
	}

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
		let origin = council::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Issuers::<T>::get(id).is_some_and(|i| i.removed_at.is_some()));
		Ok(())
	}

	#[benchmark]
	fn suspend_issued(n: Linear<1, 200>) -> Result<(), BenchmarkError> {
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
		let origin = council::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, n);

		assert_eq!(SuspensionCursor::<T>::get(id), None);
		Ok(())
	}

	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let (id, clerk) = issuer::<T>(0);
		let subject = crowded_subject::<T>(id);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(clerk),
			subject.clone(),
			CredentialKind::Resident,
			H256::repeat_byte(4),
			Some(1_000u32.into()),
		);

		assert!(Registry::<T>::has_active_credential(
			&subject,
			&CredentialKind::Resident,
			Some(id)
		));
		Ok(())
	}

	#[benchmark]
	fn issue_by_council() -> Result<(), BenchmarkError> {
		let (id, _) = issuer::<T>(0);
		let subject = crowded_subject::<T>(id);
		let origin =
			T::PrivilegedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			subject.clone(),
			CredentialKind::Treasurer,
			H256::repeat_byte(5),
			None,
		);

		assert!(Registry::<T>::has_active_credential(&subject, &CredentialKind::Treasurer, None));
		Ok(())
	}

	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id);

		assert!(matches!(
			Credentials::<T>::get(id).map(|c| c.state),
			Some(CredentialState::Suspended { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn reinstate() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer);
		Registry::<T>::suspend(RawOrigin::Signed(clerk.clone()).into(), id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id);

		assert_eq!(Credentials::<T>::get(id).map(|c| c.state), Some(CredentialState::Active));
		Ok(())
	}

	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id, RevocationReason::Fraud);

		assert!(matches!(
			Credentials::<T>::get(id).map(|c| c.state),
			Some(CredentialState::Revoked { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn renew() -> Result<(), BenchmarkError> {
		let (issuer, clerk) = issuer::<T>(0);
		let (id, _) = credential::<T>(issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), id, Some(1_000u32.into()));

		assert_eq!(Credentials::<T>::get(id).and_then(|c| c.expires_at), Some(1_000u32.into()));
		Ok(())
	}

	#[benchmark]
	fn erase() -> Result<(), BenchmarkError> {
		let (issuer, _) = issuer::<T>(0);
		let (id, subject) = credential::<T>(issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(subject), id);

		assert_eq!(Credentials::<T>::get(id).and_then(|c| c.commitment), None);
		Ok(())
	}

	impl_benchmark_test_suite!(
		Registry,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
