//! CityCoin's benchmarks, each of its worst case: the longest name, a resident-only service
//! with tax, a full payroll batch each paid arrears and a wage, a reading its owner cannot pay,
//! the most receipts pruned in a block.

use super::*;
use crate::Pallet as CityCoin;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// A large amount: a million existential deposits.
fn big<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000_000u32.into())
}

/// Gives `who` `amount` more CITY.
fn endow<T: Config>(who: &T::AccountId, amount: BalanceOf<T>) -> Result<(), BenchmarkError> {
	T::Currency::mint_into(who, amount).map_err(|_| BenchmarkError::Weightless)?;
	Ok(())
}

/// The reserve fund, endowed.
fn endow_fund<T: Config>() -> Result<(), BenchmarkError> {
	endow::<T>(&T::ReserveFund::account(), big::<T>().saturating_mul(1_000u32.into()))
}

fn last_event<T: Config>(event: Event<T>) {
	let event: <T as frame_system::Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn name<T: Config>() -> BoundedVec<u8, T::MaxServiceNameLen> {
	BoundedVec::truncate_from(alloc::vec![b'n'; T::MaxServiceNameLen::get() as usize])
}

/// A resident-only service; answers its id.
fn service<T: Config>() -> ServiceId {
	let id = NextServiceId::<T>::get();
	Services::<T>::insert(
		id,
		Service {
			name: name::<T>(),
			department: Department::PublicWorks,
			price: T::Currency::minimum_balance().saturating_mul(10u32.into()),
			resident_only: true,
			active: true,
		},
	);
	NextServiceId::<T>::put(id.saturating_add(1));
	id
}

const ROLE: u16 = 1;

fn employee_kind() -> CredentialKind {
	CredentialKind::Employee { department: Department::PublicWorks, role: ROLE }
}

/// `who` on the payroll since period 0, owed `arrears`.
fn on_payroll<T: Config>(who: &T::AccountId, wage: BalanceOf<T>, arrears: BalanceOf<T>) {
	Employees::<T>::insert(
		who,
		Employee {
			department: Department::PublicWorks,
			role: ROLE,
			wage,
			arrears,
			settled_through: 0,
			departed: false,
		},
	);
	EmployeeCount::<T>::mutate(|count| *count = count.saturating_add(1));
	TotalArrears::<T>::mutate(|total| *total = total.saturating_add(arrears));
}

fn meter() -> MeterId {
	H256::repeat_byte(0x3e)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn mint() -> Result<(), BenchmarkError> {
		let origin =
			T::MintOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		MintCap::<T>::put(Perbill::one());
		let to: T::AccountId = whitelisted_caller();
		let amount = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, to.clone(), amount, H256::zero());

		last_event::<T>(Event::Minted { to, amount, reference: H256::zero(), by_root: false });
		Ok(())
	}

	#[benchmark]
	fn burn() -> Result<(), BenchmarkError> {
		let origin =
			T::MintOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		MintCap::<T>::put(Perbill::one());
		endow_fund::<T>()?;
		let amount = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, amount, H256::zero());

		last_event::<T>(Event::Burned { amount, reference: H256::zero(), by_root: false });
		Ok(())
	}

	#[benchmark]
	fn set_mint_cap() {
		#[extrinsic_call]
		_(RawOrigin::Root, Perbill::from_percent(1));

		assert_eq!(MintCap::<T>::get(), Perbill::from_percent(1));
	}

	#[benchmark]
	fn add_service() -> Result<(), BenchmarkError> {
		let origin =
			T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let price = T::Currency::minimum_balance();
		let id = NextServiceId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, name::<T>(), Department::PublicWorks, price, true);

		assert!(Services::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn update_service() -> Result<(), BenchmarkError> {
		let origin =
			T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let id = service::<T>();
		let price = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, price, false, false);

		assert!(Services::<T>::get(id).is_some_and(|s| !s.active));
		Ok(())
	}

	#[benchmark]
	fn set_tax_rate() -> Result<(), BenchmarkError> {
		let origin =
			T::TaxOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Permill::from_percent(8));

		assert_eq!(TaxRate::<T>::get(), Permill::from_percent(8));
		Ok(())
	}

	#[benchmark]
	fn pay_for_service() -> Result<(), BenchmarkError> {
		let id = service::<T>();
		TaxRate::<T>::put(Permill::from_percent(8));
		let payer: T::AccountId = whitelisted_caller();
		endow::<T>(&payer, big::<T>())?;
		T::Credentials::grant_for_benchmarks(&payer, CredentialKind::Resident);

		#[extrinsic_call]
		_(RawOrigin::Signed(payer), id, big::<T>(), H256::zero());

		assert_eq!(NextReceiptId::<T>::get(), 1);
		Ok(())
	}

	#[benchmark]
	fn enrol() -> Result<(), BenchmarkError> {
		let origin =
			T::PayrollOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("employee", 0, 0);
		T::Credentials::grant_for_benchmarks(&who, employee_kind());
		let wage = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Department::PublicWorks, ROLE, wage);

		assert!(Employees::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn set_wage() -> Result<(), BenchmarkError> {
		let origin =
			T::PayrollOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("employee", 0, 0);
		on_payroll::<T>(&who, T::Currency::minimum_balance(), Zero::zero());
		let wage = big::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), wage);

		last_event::<T>(Event::WageSet { who, wage });
		Ok(())
	}

	#[benchmark]
	fn remove_employee() -> Result<(), BenchmarkError> {
		let origin =
			T::PayrollOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("employee", 0, 0);
		let arrears = T::Currency::minimum_balance();
		on_payroll::<T>(&who, arrears, arrears);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		last_event::<T>(Event::EmployeeDeparted { who, arrears });
		Ok(())
	}

	#[benchmark]
	fn set_tariff() -> Result<(), BenchmarkError> {
		let origin =
			T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let price = Some(T::Currency::minimum_balance());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, MeterKind::Water, price);

		assert_eq!(Tariffs::<T>::get(MeterKind::Water), price);
		Ok(())
	}

	#[benchmark]
	fn settle_bill() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("owner", 0, 0);
		let amount = T::Currency::minimum_balance();
		OpenBills::<T>::insert(
			&owner,
			meter(),
			OpenBill {
				kind: MeterKind::Water,
				units: 1,
				amount,
				since: frame_system::Pallet::<T>::block_number(),
			},
		);
		let payer: T::AccountId = whitelisted_caller();
		endow::<T>(&payer, big::<T>())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), owner.clone(), meter());

		last_event::<T>(Event::BillSettled { owner, meter: meter(), payer, amount });
		Ok(())
	}

	/// The payroll hook between runs.
	#[benchmark]
	fn payroll_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		LastPayroll::<T>::put(CityCoin::<T>::pay_period(now));

		#[block]
		{
			CityCoin::<T>::run_payroll(now);
		}

		assert!(!Payroll::<T>::exists());
	}

	/// The payroll hook paying `n` employees their arrears and a wage each.
	#[benchmark]
	fn pay_employees(n: Linear<0, { T::PayrollBatch::get() }>) -> Result<(), BenchmarkError> {
		endow_fund::<T>()?;
		let wage = T::Currency::minimum_balance().saturating_mul(10u32.into());
		for i in 0..n {
			on_payroll::<T>(&account("employee", i, 0), wage, wage);
		}
		let now = T::PayPeriod::get().saturating_mul(2u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			CityCoin::<T>::run_payroll(now);
		}

		assert_eq!(TotalArrears::<T>::get(), Zero::zero());
		Ok(())
	}

	/// A reading whose owner cannot pay: the transfer is tried, then the bill opened.
	#[benchmark]
	fn bill_meter() {
		Tariffs::<T>::insert(MeterKind::Water, big::<T>());
		let owner: T::AccountId = account("owner", 0, 0);
		let reading = MeterReading {
			meter: meter(),
			owner: owner.clone(),
			kind: MeterKind::Water,
			units: 1_000,
			reference: H256::zero(),
		};

		#[block]
		{
			CityCoin::<T>::bill(reading);
		}

		assert!(OpenBills::<T>::contains_key(&owner, meter()));
	}

	/// The receipts' pruning, `n` receipts.
	#[benchmark]
	fn prune_receipts(n: Linear<0, MAX_PRUNED_PER_BLOCK>) {
		let payer: T::AccountId = whitelisted_caller();
		for id in 0..u64::from(n) {
			Receipts::<T>::insert(
				id,
				Receipt {
					payer: payer.clone(),
					service: 0,
					price: T::Currency::minimum_balance(),
					tax: Zero::zero(),
					reference: H256::zero(),
					at: Zero::zero(),
				},
			);
		}
		NextReceiptId::<T>::put(u64::from(n));
		let now = T::ReceiptRetention::get().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			CityCoin::<T>::prune_receipts(now, Weight::MAX);
		}

		assert_eq!(OldestReceipt::<T>::get(), u64::from(n));
	}

	impl_benchmark_test_suite!(CityCoin, crate::mock::new_bench_ext(), crate::mock::Test);
}
