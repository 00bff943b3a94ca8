//! The payroll: who may change it, how a pay period's wages are worked out, and how they are
//! paid (in runs of `PayrollBatch` employees a block, or when a call changes an employee's
//! terms before the run reaches them).

use crate::*;

impl<T: Config> Pallet<T> {
	/// The pay period of block `now`.
	pub fn pay_period(now: BlockNumberFor<T>) -> u32 {
		city_primitives::periods_in(now, T::PayPeriod::get())
	}

	/// `PayrollAdminOrigin` (answers `None`) or `PayrollClerkOrigin` (answers the clerk). The
	/// admin origin is tried first: what passes both acts as the admin.
	pub(crate) fn ensure_payroll_staff(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		let staff =
			EitherOfDiverse::<T::PayrollAdminOrigin, T::PayrollClerkOrigin>::ensure_origin(origin)?;
		Ok(staff.right())
	}

	/// A clerk never acts on their own record (`SelfDealing`) and never sets a wage above
	/// `ClerkWageCap` (`AboveClerkWageCap`); the admin origin (`clerk` is `None`) may both.
	pub(crate) fn ensure_clerk_may(
		clerk: &Option<T::AccountId>,
		who: &T::AccountId,
		wage: Option<BalanceOf<T>>,
	) -> DispatchResult {
		if let Some(clerk) = clerk {
			ensure!(clerk != who, Error::<T>::SelfDealing);
			ensure!(
				wage.is_none_or(|wage| wage <= T::ClerkWageCap::get()),
				Error::<T>::AboveClerkWageCap
			);
		}
		Ok(())
	}

	/// Enrols `who` at `wage` per pay period, paid from the next period (the logic of `enrol`
	/// once the origin passed): `who` holds an active employee credential of `department` and
	/// `role` (`NoEmployeeCredential`), is not on the payroll (`AlreadyEnrolled`), and the
	/// payroll has room (`TooManyEmployees`).
	pub(crate) fn do_enrol(
		who: T::AccountId,
		department: Department,
		role: u16,
		wage: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(
			T::Credentials::has_active_credential(
				&who,
				&CredentialKind::Employee { department, role },
				None
			),
			Error::<T>::NoEmployeeCredential
		);
		ensure!(!Employees::<T>::contains_key(&who), Error::<T>::AlreadyEnrolled);
		let count = EmployeeCount::<T>::get();
		ensure!(count < T::MaxEmployees::get(), Error::<T>::TooManyEmployees);
		Employees::<T>::insert(
			&who,
			Employee {
				department,
				role,
				wage,
				pending: None,
				arrears: Zero::zero(),
				settled_through: Self::pay_period(frame_system::Pallet::<T>::block_number()),
				departed: false,
			},
		);
		EmployeeCount::<T>::put(count.saturating_add(1));
		Self::deposit_event(Event::EmployeeEnrolled { who, department, role, wage });
		Ok(())
	}

	/// The payroll hook: starts a run when a pay period begins and pays at most
	/// `PayrollBatch` employees a block. Answers the weight used.
	pub fn run_payroll(now: BlockNumberFor<T>) -> Weight {
		let period = Self::pay_period(now);
		let mut run = match Payroll::<T>::get() {
			Some(run) => run,
			None if period > LastPayroll::<T>::get() => {
				PayrollRun { period, cursor: None, paid: Zero::zero(), owed: Zero::zero() }
			}
			None => return T::WeightInfo::payroll_idle(),
		};
		let batch = T::PayrollBatch::get();
		let employees: Vec<_> = match &run.cursor {
			Some(last) => Employees::<T>::iter_from(Employees::<T>::hashed_key_for(last)),
			None => Employees::<T>::iter(),
		}
		.take(batch as usize)
		.collect();
		let handled = employees.len() as u32;
		let (mut before, mut after) = (BalanceOf::<T>::zero(), BalanceOf::<T>::zero());
		for (who, mut employee) in employees {
			let settlement = Self::settle(&who, &mut employee, run.period);
			run.paid = run.paid.saturating_add(settlement.paid);
			run.owed = run.owed.saturating_add(settlement.owed);
			before = before.saturating_add(settlement.arrears_before);
			after = after.saturating_add(settlement.arrears_after);
			Self::store_employee(&who, employee);
			run.cursor = Some(who);
		}
		// One write of the total per batch, not one per employee.
		Self::move_total_arrears(before, after);
		if handled < batch {
			LastPayroll::<T>::put(run.period);
			Payroll::<T>::kill();
			Self::deposit_event(Event::PayrollCompleted {
				period: run.period,
				paid: run.paid,
				owed: run.owed,
			});
		} else {
			Payroll::<T>::put(run);
		}
		T::WeightInfo::pay_employees(handled)
	}

	/// Before a call changes `who`'s terms: settles the whole pay periods they completed that
	/// no run has settled yet (the run of the current period has not reached them), exactly as
	/// that run would, so that the change applies to what comes after only; and makes a pending
	/// change in force for every unsettled period their wage, so that a new one cannot replace
	/// it. Pays nothing (not even arrears, which the runs pay) when they are settled up to the
	/// current period.
	pub(crate) fn catch_up(who: &T::AccountId, employee: &mut EmployeeOf<T>) {
		let period = Self::pay_period(frame_system::Pallet::<T>::block_number());
		if !employee.departed && employee.settled_through < period.saturating_sub(1) {
			// Settling makes a change in force the wage (`earn`).
			let settlement = Self::settle(who, employee, period);
			Self::move_total_arrears(settlement.arrears_before, settlement.arrears_after);
		} else {
			Self::apply_wage_in_force(employee);
		}
	}

	/// Moves `TotalArrears` from employees' arrears `before` a settlement to `after` it (no
	/// write when they are the same).
	fn move_total_arrears(before: BalanceOf<T>, after: BalanceOf<T>) {
		if before != after {
			TotalArrears::<T>::mutate(|total| {
				*total = total.saturating_sub(before).saturating_add(after)
			});
		}
	}

	/// Settles `who` up to the pay period before `period`: their arrears plus the wages of the
	/// whole periods not yet settled, at the wage in force in each. All of it is paid from the
	/// reserve fund (`ReserveFund::pay`, bound by the `Payroll` budget and the reserve floor)
	/// if the fund allows; else one period's wage of it, oldest first; else nothing. What is not
	/// paid is arrears. The caller stores `employee` and moves `TotalArrears` by the answer.
	pub(crate) fn settle(
		who: &T::AccountId,
		employee: &mut EmployeeOf<T>,
		period: u32,
	) -> Settlement<BalanceOf<T>> {
		let through = period.saturating_sub(1);
		let arrears_before = employee.arrears;
		let due = Self::earn(employee, through);
		// Clamping is safe: a saturated sum is beyond any fund, so it stays owed.
		let owed = arrears_before.saturating_add(due);
		let reference = payroll_reference(period);
		let pay = |amount: BalanceOf<T>| {
			!amount.is_zero()
				&& T::ReserveFund::pay(who, amount, SpendCategory::Payroll, reference).is_ok()
		};
		// Without the installment, arrears larger than what a fiscal period's budget leaves
		// would never be paid, nor any later wage behind them.
		let installment = employee.wage.min(owed);
		let paid = if pay(owed) {
			owed
		} else if installment != owed && pay(installment) {
			installment
		} else {
			Zero::zero()
		};
		employee.arrears = owed.saturating_sub(paid);
		let settlement = Settlement {
			paid,
			owed: due.min(employee.arrears),
			arrears_before,
			arrears_after: employee.arrears,
		};
		if !paid.is_zero() {
			Self::deposit_event(Event::WagePaid {
				who: who.clone(),
				period: through,
				amount: paid,
			});
		}
		if !settlement.owed.is_zero() {
			Self::deposit_event(Event::WageInArrears {
				who: who.clone(),
				period: through,
				arrears: employee.arrears,
			});
		}
		settlement
	}

	/// The wages `employee` earned in the whole periods after `settled_through` up to
	/// `through`, at the wage in force in each (two products, whatever the number of periods);
	/// marks them settled, and makes a pending change the wage once it is in force for every
	/// unsettled period. Nothing for a departed employee.
	pub(crate) fn earn(employee: &mut EmployeeOf<T>, through: u32) -> BalanceOf<T> {
		let mut due = BalanceOf::<T>::zero();
		if !employee.departed && employee.settled_through < through {
			let first = employee.settled_through.saturating_add(1);
			let (at_wage, at_pending) = match employee.pending {
				Some(pending) if pending.from_period <= through => {
					let from = pending.from_period.max(first);
					(from.saturating_sub(first), through.saturating_sub(from).saturating_add(1))
				}
				_ => (through.saturating_sub(first).saturating_add(1), 0),
			};
			// Clamping is safe: a saturated wage bill is beyond any fund, so it stays owed.
			due = employee.wage.saturating_mul(at_wage.into());
			if let Some(pending) = employee.pending {
				due = due.saturating_add(pending.wage.saturating_mul(at_pending.into()));
			}
			employee.settled_through = through;
		}
		Self::apply_wage_in_force(employee);
		due
	}

	/// Makes a pending change the wage once it is in force for every unsettled period (its
	/// first period is the next to settle, or earlier).
	pub(crate) fn apply_wage_in_force(employee: &mut EmployeeOf<T>) {
		let next = employee.settled_through.saturating_add(1);
		if employee.pending.is_some_and(|pending| pending.from_period <= next) {
			if let Some(pending) = employee.pending.take() {
				employee.wage = pending.wage;
			}
		}
	}

	/// Stores `who`'s record, or removes it if they left and are owed nothing.
	pub(crate) fn store_employee(who: &T::AccountId, employee: EmployeeOf<T>) {
		if employee.departed && employee.arrears.is_zero() {
			Self::remove_record(who);
		} else {
			Employees::<T>::insert(who, employee);
		}
	}

	/// Removes `who`'s payroll record.
	pub(crate) fn remove_record(who: &T::AccountId) {
		Employees::<T>::remove(who);
		EmployeeCount::<T>::mutate(|count| *count = count.saturating_sub(1));
		Self::deposit_event(Event::EmployeeRemoved { who: who.clone() });
	}

	/// The payroll's state.
	pub fn payroll_status() -> PayrollStatus<BalanceOf<T>> {
		PayrollStatus {
			period: Self::pay_period(frame_system::Pallet::<T>::block_number()),
			last_run: LastPayroll::<T>::get(),
			running: Payroll::<T>::exists(),
			employees: EmployeeCount::<T>::get(),
			arrears: TotalArrears::<T>::get(),
		}
	}
}

/// The reference of a payroll run's payments: the pay period as a big-endian number.
pub fn payroll_reference(period: u32) -> H256 {
	let mut bytes = [0u8; 32];
	for (byte, from) in bytes.iter_mut().rev().zip(period.to_le_bytes()) {
		*byte = from;
	}
	H256(bytes)
}
