//! Metered billing: a verified reading is billed to the meter's consumer, paid at once only
//! when it is plausible (within the kind's usage cap for the time it covers) and nothing is
//! open on the meter; anything else stays open until it is settled or resolved.

use crate::*;

/// Milliseconds in an hour: usage caps are per hour, readings cover `elapsed_ms`.
pub const MS_PER_HOUR: u64 = 3_600_000;

impl<T: Config> Pallet<T> {
	/// The most units of `kind` one consumer plausibly uses in `elapsed_ms`: the kind's usage
	/// cap per hour pro rata, rounded up. `None` if the kind has no cap.
	pub fn allowed_units(kind: MeterKind, elapsed_ms: u64) -> Option<u64> {
		UsageCaps::<T>::get(kind).map(|per_hour| {
			let units = u128::from(per_hour)
				.saturating_mul(u128::from(elapsed_ms))
				.div_ceil(u128::from(MS_PER_HOUR));
			u64::try_from(units).unwrap_or(u64::MAX)
		})
	}

	/// Bills a meter reading to its consumer: units x tariff, paid at once if the reading is
	/// plausible, no bill is open on the meter and the consumer can pay; otherwise added to
	/// the meter's open bill, which an implausible reading marks held.
	pub fn bill(reading: MeterReading<T::AccountId>) {
		let MeterReading { meter, consumer, kind, units, elapsed_ms, reference } = reading;
		let Some(tariff) = Tariffs::<T>::get(kind) else { return };
		let amount = tariff.saturating_mul(units.saturated_into());
		if amount.is_zero() {
			return;
		}
		let cap = Self::allowed_units(kind, elapsed_ms);
		let plausible = cap.is_some_and(|cap| units <= cap);
		let has_open_bill = OpenBills::<T>::contains_key(&consumer, meter);
		// A consumer with an open bill on the meter pays it first (with `settle_bill`); an
		// implausible reading is never taken from their account without the council's word.
		let paid = plausible
			&& !has_open_bill
			&& T::ReserveFund::receive(&consumer, amount, Inflow::MeteredBill, reference).is_ok();
		if !paid {
			let now = frame_system::Pallet::<T>::block_number();
			OpenBills::<T>::mutate(&consumer, meter, |bill| match bill {
				Some(bill) => {
					bill.units = bill.units.saturating_add(units);
					bill.amount = bill.amount.saturating_add(amount);
					bill.held = bill.held || !plausible;
				}
				None => {
					*bill = Some(OpenBill {
						kind,
						units,
						amount,
						since: now,
						held: !plausible,
						disputed: None,
					})
				}
			});
		}
		Self::deposit_event(Event::Billed {
			consumer: consumer.clone(),
			meter,
			kind,
			units,
			amount,
			paid,
		});
		if !plausible {
			Self::deposit_event(Event::BillHeld { consumer, meter, units, amount, cap });
		}
	}

	/// The open bills of `consumer`.
	pub fn open_bills(consumer: &T::AccountId) -> Vec<(MeterId, OpenBillOf<T>)> {
		OpenBills::<T>::iter_prefix(consumer).collect()
	}
}

impl<T: Config> OnMeterReading<T::AccountId> for Pallet<T> {
	fn on_meter_reading(reading: MeterReading<T::AccountId>) {
		Self::bill(reading)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::bill_meter()
	}
}
