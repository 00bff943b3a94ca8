//! The vehicle registry's benchmarks, each at its worst case: the owner's list nearly full,
//! an application both new and re-imported (the call is charged the larger of the two), a
//! plate issued again after its cool-down, `f` unpaid fines read by the renewal check (a
//! transfer or deregistration reads the vehicle's list of fines, which must be empty), a
//! full ring of inspections, `p` expired permits dropped before a purchase, the officials'
//! origins (tried before the owner's) where either may act.

use super::*;
use crate::Pallet as VehicleRegistry;
use alloc::vec::Vec;
use city_primitives::benchmarking::credentialed;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Inspect;
use frame_system::RawOrigin;

/// A European VIN (no check digit) from `n`.
fn vin_of(n: u32) -> Vin {
	let mut vin = b"WVWZZZ1JZ".to_vec();
	vin.extend((0..8).rev().map(|i| b'0' + ((n / 10u32.pow(i)) % 10) as u8));
	BoundedVec::truncate_from(vin)
}

/// A plate from `n`: `P` and up to `MaxPlateLen - 1` digits.
fn plate_of<T: Config>(n: u32) -> PlateOf<T> {
	let digits = T::MaxPlateLen::get().saturating_sub(1).min(9);
	let mut plate = alloc::vec![b'P'];
	plate.extend((0..digits).rev().map(|i| b'0' + ((n / 10u32.pow(i)) % 10) as u8));
	BoundedVec::truncate_from(plate)
}

fn text<T: Config>() -> TextOf<T> {
	BoundedVec::truncate_from(alloc::vec![b'x'; T::MaxTextLen::get() as usize])
}

/// A resident with plenty of CITY: a thousand million existential deposits.
fn resident<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let amount = T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into());
	credentialed::<T::AccountId, T::Credentials, T::Currency>(
		name,
		index,
		CredentialKind::Resident,
		amount,
	)
	.map_err(|_| BenchmarkError::Weightless)
}

/// The block, at least 1 (the call runs in block 1 at the earliest).
fn start<T: Config>() -> BlockNumberFor<T> {
	let now = frame_system::Pallet::<T>::block_number().max(One::one());
	frame_system::Pallet::<T>::set_block_number(now);
	now
}

/// `owner` applies for vehicle `n`; answers its id.
fn applied<T: Config>(owner: &T::AccountId, n: u32) -> Result<VehicleId, BenchmarkError> {
	start::<T>();
	let id = NextVehicleId::<T>::get();
	VehicleRegistry::<T>::apply(
		RawOrigin::Signed(owner.clone()).into(),
		vin_of(n),
		text::<T>(),
		text::<T>(),
		2020,
	)
	.map_err(|_| BenchmarkError::Weightless)?;
	Ok(id)
}

/// `owner`'s vehicle `n`, registered with plate `n`.
fn registered<T: Config>(owner: &T::AccountId, n: u32) -> Result<VehicleId, BenchmarkError> {
	let id = applied::<T>(owner, n)?;
	let clerk = T::ClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	VehicleRegistry::<T>::approve(clerk, id, plate_of::<T>(n))
		.map_err(|_| BenchmarkError::Weightless)?;
	Ok(id)
}

/// `count` fines on vehicle `n`, due far ahead; answers their ids.
fn fined<T: Config>(n: u32, count: u32) -> Result<Vec<FineId>, BenchmarkError> {
	let deadline = start::<T>().saturating_add(T::RegistrationPeriod::get());
	let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
	// One officer for all: each `try_successful_origin` grants a credential, and an account
	// holds a bounded number of them.
	let police =
		T::PoliceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	(0..count)
		.map(|offence| {
			let id = NextFineId::<T>::get();
			VehicleRegistry::<T>::issue_fine(
				police.clone(),
				plate_of::<T>(n),
				amount,
				offence as u16,
				H256::zero(),
				deadline,
			)
			.map_err(|_| BenchmarkError::Weightless)?;
			Ok(id)
		})
		.collect()
}

/// Gives `owner` all but one of the vehicles they may have.
fn fill_list<T: Config>(owner: &T::AccountId) -> Result<(), BenchmarkError> {
	for n in 1..T::MaxVehiclesPerOwner::get() {
		applied::<T>(owner, 1_000 + n)?;
	}
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new VIN (a new record, its index and the next id written), the owner's list one
	/// short of full.
	#[benchmark]
	fn apply() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		fill_list::<T>(&owner)?;
		let id = NextVehicleId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), vin_of(0), text::<T>(), text::<T>(), 2020);

		assert_eq!(Vehicles::<T>::get(id).map(|v| v.owner), Some(owner));
		Ok(())
	}

	/// An exported vehicle's VIN (its record read, compared and reused), the importer's list
	/// one short of full.
	#[benchmark]
	fn apply_reimport() -> Result<(), BenchmarkError> {
		let exporter = resident::<T>("exporter", 0)?;
		let id = registered::<T>(&exporter, 0)?;
		VehicleRegistry::<T>::deregister(
			RawOrigin::Signed(exporter).into(),
			id,
			DeregistrationReason::Exported,
		)
		.map_err(|_| BenchmarkError::Weightless)?;
		let owner = resident::<T>("owner", 0)?;
		fill_list::<T>(&owner)?;

		#[extrinsic_call]
		apply(RawOrigin::Signed(owner.clone()), vin_of(0), text::<T>(), text::<T>(), 2020);

		assert!(
			Vehicles::<T>::get(id).is_some_and(|v| v.owner == owner && v.status == Status::Pending)
		);
		Ok(())
	}

	/// A freed plate issued again after its cool-down.
	#[benchmark]
	fn approve() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let old = registered::<T>(&owner, 7)?;
		let clerk =
			T::ClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		VehicleRegistry::<T>::deregister(clerk.clone(), old, DeregistrationReason::Scrapped)
			.map_err(|_| BenchmarkError::Weightless)?;
		let id = applied::<T>(&owner, 8)?;
		let later = start::<T>().saturating_add(T::PlateCooldown::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(clerk as T::RuntimeOrigin, id, plate_of::<T>(7));

		assert_eq!(ByPlate::<T>::get(plate_of::<T>(7)), Some(id));
		Ok(())
	}

	/// A first application (its record and VIN index removed; a re-import's record stays).
	#[benchmark]
	fn reject() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		fill_list::<T>(&owner)?;
		let id = applied::<T>(&owner, 0)?;
		let clerk =
			T::ClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(clerk as T::RuntimeOrigin, id);

		assert!(!Vehicles::<T>::contains_key(id));
		Ok(())
	}

	/// `f` fines to check, none overdue.
	#[benchmark]
	fn renew(f: Linear<0, { T::MaxFinesPerVehicle::get() }>) -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		fined::<T>(0, f)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Vehicles::<T>::get(id)
			.is_some_and(|v| v.registered_until > T::RegistrationPeriod::get()));
		Ok(())
	}

	/// By a clerk (the origin tried first, its credential read), the owner's list full: no
	/// unpaid fine (their list read), the plate freed, permits dropped.
	#[benchmark]
	fn deregister() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		fill_list::<T>(&owner)?;
		let id = registered::<T>(&owner, 0)?;
		let clerk =
			T::ClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(clerk as T::RuntimeOrigin, id, DeregistrationReason::Exported);

		assert!(FreedPlates::<T>::contains_key(plate_of::<T>(0)));
		Ok(())
	}

	/// Every blocker checked (the list of fines read: empty, as any unpaid fine refuses it).
	#[benchmark]
	fn offer() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let buyer: T::AccountId = account("buyer", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, buyer, Some(T::Currency::minimum_balance()));

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.offer.is_some()));
		Ok(())
	}

	#[benchmark]
	fn withdraw_offer() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let buyer: T::AccountId = account("buyer", 0, 0);
		VehicleRegistry::<T>::offer(RawOrigin::Signed(owner.clone()).into(), id, buyer, None)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.offer.is_none()));
		Ok(())
	}

	/// At a price (paid, taxed), every blocker checked (no unpaid fine), both owners' lists
	/// long.
	#[benchmark]
	fn accept() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		fill_list::<T>(&owner)?;
		let id = registered::<T>(&owner, 0)?;
		let buyer = resident::<T>("buyer", 0)?;
		for n in 1..T::MaxVehiclesPerOwner::get() {
			applied::<T>(&buyer, 2_000 + n)?;
		}
		let price = Some(T::Currency::minimum_balance().saturating_mul(1_000u32.into()));
		VehicleRegistry::<T>::offer(RawOrigin::Signed(owner).into(), id, buyer.clone(), price)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), id, price);

		assert_eq!(Vehicles::<T>::get(id).map(|v| v.owner), Some(buyer));
		Ok(())
	}

	#[benchmark]
	fn consent_to_lien() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let lender: T::AccountId = account("lender", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(lender.clone()));

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.lien_consent == Some(lender)));
		Ok(())
	}

	#[benchmark]
	fn record_lien() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let lender: T::AccountId = account("lender", 0, 0);
		VehicleRegistry::<T>::consent_to_lien(
			RawOrigin::Signed(owner).into(),
			id,
			Some(lender.clone()),
		)
		.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(lender), id, H256::zero());

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.lien.is_some()));
		Ok(())
	}

	#[benchmark]
	fn release_lien() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let lender: T::AccountId = account("lender", 0, 0);
		VehicleRegistry::<T>::consent_to_lien(
			RawOrigin::Signed(owner).into(),
			id,
			Some(lender.clone()),
		)
		.map_err(|_| BenchmarkError::Weightless)?;
		VehicleRegistry::<T>::record_lien(
			RawOrigin::Signed(lender.clone()).into(),
			id,
			H256::zero(),
		)
		.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(lender), id);

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.lien.is_none()));
		Ok(())
	}

	/// A pass into a full ring: the oldest inspection leaves.
	#[benchmark]
	fn inspect() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let inspector =
			T::InspectorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		for odometer in 0..T::MaxInspections::get() {
			VehicleRegistry::<T>::inspect(inspector.clone(), id, true, odometer, H256::zero())
				.map_err(|_| BenchmarkError::Weightless)?;
		}

		#[extrinsic_call]
		_(inspector as T::RuntimeOrigin, id, true, u32::MAX, H256::zero());

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.odometer == u32::MAX));
		Ok(())
	}

	#[benchmark]
	fn clear_odometer_flag() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		Vehicles::<T>::mutate(id, |v| {
			if let Some(v) = v {
				v.odometer_flagged = true;
			}
		});
		let clerk =
			T::ClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(clerk as T::RuntimeOrigin, id);

		assert!(Vehicles::<T>::get(id).is_some_and(|v| !v.odometer_flagged));
		Ok(())
	}

	/// By the police (the origin tried first), on a vehicle its owner flagged already.
	#[benchmark]
	fn report_stolen() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		VehicleRegistry::<T>::report_stolen(RawOrigin::Signed(owner).into(), id)
			.map_err(|_| BenchmarkError::Weightless)?;
		let police =
			T::PoliceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(police as T::RuntimeOrigin, id);

		assert!(Vehicles::<T>::get(id).is_some_and(|v| v.stolen_by_police));
		Ok(())
	}

	/// By the police (the origin tried first, its credential read), clearing their own flag
	/// (an owner only reaches their own flag, after the police origin fails).
	#[benchmark]
	fn report_recovered() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let police =
			T::PoliceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		VehicleRegistry::<T>::report_stolen(police.clone(), id)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(police as T::RuntimeOrigin, id);

		assert!(Vehicles::<T>::get(id).is_some_and(|v| !v.stolen && !v.stolen_by_police));
		Ok(())
	}

	#[benchmark]
	fn set_zone_price() -> Result<(), BenchmarkError> {
		let origin =
			T::ZoneOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let price = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 1, Some(price));

		assert_eq!(ZonePrices::<T>::get(1), Some(price));
		Ok(())
	}

	/// `p` expired permits dropped first.
	#[benchmark]
	fn buy_permit(p: Linear<0, { T::MaxPermits::get() }>) -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let id = registered::<T>(&owner, 0)?;
		let zone_origin =
			T::ZoneOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		VehicleRegistry::<T>::set_zone_price(zone_origin, 1, Some(T::Currency::minimum_balance()))
			.map_err(|_| BenchmarkError::Weightless)?;
		let now = start::<T>();
		for _ in 0..p {
			VehicleRegistry::<T>::buy_permit(RawOrigin::Signed(owner.clone()).into(), id, 1, 1)
				.map_err(|_| BenchmarkError::Weightless)?;
		}
		// Every permit bought so far has expired.
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::PermitPeriod::get()));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, 1, 1);

		assert_eq!(Permits::<T>::get(id).len(), 1);
		Ok(())
	}

	/// A vehicle with all but one of its fines.
	#[benchmark]
	fn issue_fine() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		registered::<T>(&owner, 0)?;
		fined::<T>(0, T::MaxFinesPerVehicle::get().saturating_sub(1))?;
		let police =
			T::PoliceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let deadline = start::<T>().saturating_add(T::RegistrationPeriod::get());
		let id = NextFineId::<T>::get();

		#[extrinsic_call]
		_(
			police as T::RuntimeOrigin,
			plate_of::<T>(0),
			T::Currency::minimum_balance(),
			1,
			H256::zero(),
			deadline,
		);

		assert!(Fines::<T>::contains_key(id));
		Ok(())
	}

	/// The last of `f` fines paid.
	#[benchmark]
	fn pay_fine(f: Linear<1, { T::MaxFinesPerVehicle::get() }>) -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		registered::<T>(&owner, 0)?;
		let fines = fined::<T>(0, f)?;
		let fine = *fines.last().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), fine);

		assert!(!Fines::<T>::contains_key(fine));
		Ok(())
	}

	#[benchmark]
	fn dispute_fine() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		registered::<T>(&owner, 0)?;
		let fine = fined::<T>(0, 1)?[0];

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), fine, H256::repeat_byte(1));

		assert!(Fines::<T>::get(fine).is_some_and(|f| f.status != FineStatus::Open));
		Ok(())
	}

	#[benchmark]
	fn uphold_fine() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		registered::<T>(&owner, 0)?;
		let fine = fined::<T>(0, 1)?[0];
		VehicleRegistry::<T>::dispute_fine(
			RawOrigin::Signed(owner).into(),
			fine,
			H256::repeat_byte(1),
		)
		.map_err(|_| BenchmarkError::Weightless)?;
		let judge = T::AdjudicatorOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let deadline = start::<T>().saturating_add(T::RegistrationPeriod::get());

		#[extrinsic_call]
		_(judge as T::RuntimeOrigin, fine, deadline);

		assert!(Fines::<T>::get(fine).is_some_and(|f| f.status == FineStatus::Open));
		Ok(())
	}

	/// The last of `f` fines dismissed.
	#[benchmark]
	fn dismiss_fine(f: Linear<1, { T::MaxFinesPerVehicle::get() }>) -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		registered::<T>(&owner, 0)?;
		let fines = fined::<T>(0, f)?;
		let fine = *fines.last().ok_or(BenchmarkError::Weightless)?;
		VehicleRegistry::<T>::dispute_fine(
			RawOrigin::Signed(owner).into(),
			fine,
			H256::repeat_byte(1),
		)
		.map_err(|_| BenchmarkError::Weightless)?;
		let judge = T::AdjudicatorOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(judge as T::RuntimeOrigin, fine);

		assert!(!Fines::<T>::contains_key(fine));
		Ok(())
	}

	impl_benchmark_test_suite!(VehicleRegistry, crate::tests::new_bench_ext(), crate::tests::Test);
}
