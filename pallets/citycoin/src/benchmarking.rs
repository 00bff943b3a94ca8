//! CityCoin's benchmarks, each of its worst case: the longest name, a resident-only service
//! with tax; payroll calls by a clerk (the admin's origin costs nothing to check) on an
//! employee whom the current run has not reached, settled at two wages with arrears (the fund
//! refuses all they are owed, then pays an installment); a full payroll batch each settled so;
//! a plausible reading its consumer pays at once (both accounts written); the most receipts
//! pruned in a block.

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
	city_primitives::benchmarking::endow::<T::AccountId, T::Currency>(who, amount)
		.map_err(|_| BenchmarkError::Weightless)
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

/// `who` on the payroll since period 0 at `wage`, changed to `wage` again from period 2 (so a
/// settlement works out both wages), owed `arrears`.
fn on_payroll<T: Config>(who: &T::AccountId, wage: BalanceOf<T>, arrears: BalanceOf<T>) {
	Employees::<T>::insert(
		who,
		Employee {
			department: Department::PublicWorks,
			role: ROLE,
			wage,
			pending: Some(PendingWage { from_period: 2, wage }),
			arrears,
			settled_through: 0,
			departed: false,
		},
	);
	EmployeeCount::<T>::mutate(|count| *count = count.saturating_add(1));
	TotalArrears::<T>::mutate(|total| *total = total.saturating_add(arrears));
}

/// The wage of the payroll benchmarks.
fn wage<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(10u32.into())
}

/// Opens pay period 3 on an endowed fund whose `Payroll` budget pays `employees` wages:
/// employees put on the payroll with [`on_payroll`] and owed [`big`] arrears are refused all
/// they are owed (periods 1 and 2 and the arrears) and paid one wage each.
fn behind_on_pay<T: Config>(employees: u32) -> Result<BlockNumberFor<T>, BenchmarkError> {
	endow_fund::<T>()?;
	T::BenchmarkHelper::set_payroll_budget(wage::<T>().saturating_mul(employees.into()));
	let now = T::PayPeriod::get().saturating_mul(3u32.into());
	frame_system::Pallet::<T>::set_block_number(now);
	Ok(now)
}

/// A clerk's origin and account.
fn clerk<T: Config>() -> Result<(T::RuntimeOrigin, T::AccountId), BenchmarkError> {
	let origin =
		T::PayrollClerkOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	let clerk = T::PayrollClerkOrigin::ensure_origin(origin.clone())
		.map_err(|_| BenchmarkError::Weightless)?;
	Ok((origin, clerk))
}

/// An open bill of `amount` for a unit of water, held, and disputed if `disputed`.
fn open_bill<T: Config>(consumer: &T::AccountId, amount: BalanceOf<T>, disputed: bool) {
	OpenBills::<T>::insert(
		consumer,
		meter(),
		OpenBill {
			kind: MeterKind::Water,
			units: 1,
			amount,
			since: frame_system::Pallet::<T>::block_number(),
			held: true,
			disputed: disputed.then_some(H256::repeat_byte(0xe7)),
		},
	);
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

	/// By a clerk: the credential is read, the self-dealing and cap checks made.
	#[benchmark]
	fn enrol() -> Result<(), BenchmarkError> {
		let (origin, clerk) = clerk::<T>()?;
		let who: T::AccountId = account("employee", 0, 0);
		assert!(who != clerk);
		T::Credentials::grant_for_benchmarks(&who, employee_kind());
		let wage = T::ClerkWageCap::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Department::PublicWorks, ROLE, wage);

		assert!(Employees::<T>::contains_key(&who));
		Ok(())
	}

	/// By a clerk, on an employee the run has not reached: two periods at two wages and
	/// arrears settled first (the fund refuses the whole, pays an installment).
	#[benchmark]
	fn set_wage() -> Result<(), BenchmarkError> {
		let (origin, _) = clerk::<T>()?;
		let who: T::AccountId = account("employee", 0, 0);
		on_payroll::<T>(&who, wage::<T>(), big::<T>());
		behind_on_pay::<T>(1)?;
		let new_wage = T::ClerkWageCap::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), new_wage);

		last_event::<T>(Event::WageSet { who: who.clone(), wage: new_wage, from_period: 4 });
		let employee = Employees::<T>::get(&who).ok_or(BenchmarkError::Weightless)?;
		assert_eq!(employee.settled_through, 2);
		assert_eq!(employee.arrears, big::<T>().saturating_add(wage::<T>()));
		Ok(())
	}

	/// By a clerk, on an employee the run has not reached: settled as in `set_wage`, then kept
	/// as departed (still owed).
	#[benchmark]
	fn remove_employee() -> Result<(), BenchmarkError> {
		let (origin, _) = clerk::<T>()?;
		let who: T::AccountId = account("employee", 0, 0);
		on_payroll::<T>(&who, wage::<T>(), big::<T>());
		behind_on_pay::<T>(1)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		let arrears = big::<T>().saturating_add(wage::<T>());
		last_event::<T>(Event::EmployeeDeparted { who, arrears });
		assert_eq!(TotalArrears::<T>::get(), arrears);
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
		let consumer: T::AccountId = account("consumer", 0, 0);
		let amount = T::Currency::minimum_balance();
		open_bill::<T>(&consumer, amount, true);
		let payer: T::AccountId = whitelisted_caller();
		endow::<T>(&payer, big::<T>())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), consumer.clone(), meter());

		last_event::<T>(Event::BillSettled { consumer, meter: meter(), payer, amount });
		Ok(())
	}

	#[benchmark]
	fn set_usage_cap() -> Result<(), BenchmarkError> {
		let origin =
			T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, MeterKind::Water, Some(2_000));

		assert_eq!(UsageCaps::<T>::get(MeterKind::Water), Some(2_000));
		Ok(())
	}

	#[benchmark]
	fn dispute_bill() {
		let consumer: T::AccountId = whitelisted_caller();
		open_bill::<T>(&consumer, T::Currency::minimum_balance(), false);
		let evidence = H256::repeat_byte(0xe7);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer.clone()), meter(), evidence);

		last_event::<T>(Event::BillDisputed { consumer, meter: meter(), evidence });
	}

	/// To a smaller amount: the bill is rewritten (resolving to nothing removes it, no dearer).
	#[benchmark]
	fn resolve_bill() -> Result<(), BenchmarkError> {
		let origin =
			T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		open_bill::<T>(&consumer, big::<T>(), true);
		let amount = T::Currency::minimum_balance();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, consumer.clone(), meter(), amount);

		let bill = OpenBills::<T>::get(&consumer, meter()).ok_or(BenchmarkError::Weightless)?;
		assert!(bill.amount == amount && !bill.held && bill.disputed.is_none());
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

	/// The payroll hook settling `n` employees at two wages with arrears each: the fund
	/// refuses all they are owed, then pays an installment (one wage).
	#[benchmark]
	fn pay_employees(n: Linear<0, { T::PayrollBatch::get() }>) -> Result<(), BenchmarkError> {
		for i in 0..n {
			on_payroll::<T>(&account("employee", i, 0), wage::<T>(), big::<T>());
		}
		let now = behind_on_pay::<T>(n)?;

		#[block]
		{
			CityCoin::<T>::run_payroll(now);
		}

		let owed = big::<T>().saturating_add(wage::<T>());
		assert_eq!(TotalArrears::<T>::get(), owed.saturating_mul(n.into()));
		Ok(())
	}

	/// A plausible reading its consumer pays at once: the tariff, the cap and the open bills
	/// read, the consumer's and the fund's accounts written. Heavier than a reading held or
	/// left unpaid, which writes one open bill instead of two accounts.
	#[benchmark]
	fn bill_meter() -> Result<(), BenchmarkError> {
		let price = T::Currency::minimum_balance();
		Tariffs::<T>::insert(MeterKind::Water, price);
		UsageCaps::<T>::insert(MeterKind::Water, 1_000);
		endow_fund::<T>()?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		endow::<T>(&consumer, big::<T>())?;
		let fund = T::ReserveFund::account();
		let (consumer_before, fund_before) =
			(T::Currency::balance(&consumer), T::Currency::balance(&fund));
		let reading = MeterReading {
			meter: meter(),
			consumer: consumer.clone(),
			kind: MeterKind::Water,
			units: 1_000,
			elapsed_ms: MS_PER_HOUR,
			reference: H256::zero(),
		};

		#[block]
		{
			CityCoin::<T>::bill(reading);
		}

		let amount = price.saturating_mul(1_000u32.into());
		assert!(!OpenBills::<T>::contains_key(&consumer, meter()));
		assert_eq!(T::Currency::balance(&consumer), consumer_before.saturating_sub(amount));
		assert_eq!(T::Currency::balance(&fund), fund_before.saturating_add(amount));
		Ok(())
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

	impl_benchmark_test_suite!(CityCoin, crate::tests::new_bench_ext(), crate::tests::Test);
}
