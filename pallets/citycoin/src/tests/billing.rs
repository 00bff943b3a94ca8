//! Metered billing: readings billed to the meter's consumer, paid at once only when plausible
//! (within the kind's usage cap for the time they cover), held otherwise; disputes and the
//! council's resolution; settling.

use super::*;
use sp_runtime::BuildStorage;

const METER: MeterId = H256::repeat_byte(0x3e);
const ANCHOR: H256 = H256::repeat_byte(0xa0);
const EVIDENCE: H256 = H256::repeat_byte(0xe7);
/// Litres of water one consumer plausibly uses per hour.
const WATER_CAP: u64 = 2_000;
const HOUR: u64 = MS_PER_HOUR;

fn reading(units: u64, elapsed_ms: u64) -> MeterReading<u64> {
	MeterReading {
		meter: METER,
		consumer: CONSUMER,
		kind: MeterKind::Water,
		units,
		elapsed_ms,
		reference: ANCHOR,
	}
}

/// Water at `price` a litre, capped at [`WATER_CAP`] litres an hour.
fn water(price: u64) {
	assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(price)));
	assert_ok!(CityCoin::set_usage_cap(signed(COUNCIL), MeterKind::Water, Some(WATER_CAP)));
}

fn bill() -> Option<OpenBillOf<Test>> {
	OpenBills::<Test>::get(CONSUMER, METER)
}

fn open(units: u64, amount: u64, since: u64, held: bool) -> Option<OpenBillOf<Test>> {
	Some(OpenBill { kind: MeterKind::Water, units, amount, since, held, disputed: None })
}

#[test]
fn a_plausible_reading_is_billed_to_the_consumer_and_paid_at_once() {
	new_test_ext(|| {
		water(3);
		CityCoin::on_meter_reading(reading(40, HOUR));
		assert_eq!(free(CONSUMER), ENDOWMENT - 120);
		assert_eq!(fund_balance(), FUND + 120);
		assert_eq!(
			last_event(),
			Event::Billed {
				consumer: CONSUMER,
				meter: METER,
				kind: MeterKind::Water,
				units: 40,
				amount: 120,
				paid: true
			}
			.into()
		);
		assert!(bill().is_none());
	});
}

#[test]
fn an_unpaid_bill_stays_open_accumulates_and_is_settled() {
	new_test_ext(|| {
		water(100);
		CityCoin::on_meter_reading(reading(20, HOUR)); // 2,000: more than the consumer has
		assert_eq!(free(CONSUMER), ENDOWMENT);
		assert_eq!(bill(), open(20, 2_000, 1, false));
		// While a bill is open, new readings are added to it, even those the consumer could pay.
		next_block();
		CityCoin::on_meter_reading(reading(1, HOUR));
		assert_eq!(bill(), open(21, 2_100, 1, false));
		assert_eq!(CityCoin::open_bills(&CONSUMER).len(), 1);
		// Anyone settles it: here the consumer has too little.
		assert_noop!(
			CityCoin::settle_bill(signed(CONSUMER), CONSUMER, METER),
			TokenError::FundsUnavailable
		);
		assert_ok!(CityCoin::mint(RuntimeOrigin::root(), CLERK, 2_000, DECISION));
		assert_ok!(CityCoin::settle_bill(signed(CLERK), CONSUMER, METER));
		assert_eq!(fund_balance(), FUND + 2_100);
		assert!(bill().is_none());
		assert_eq!(
			last_event(),
			Event::BillSettled { consumer: CONSUMER, meter: METER, payer: CLERK, amount: 2_100 }
				.into()
		);
	});
}

#[test]
fn a_kind_without_a_tariff_is_not_billed() {
	new_test_ext(|| {
		CityCoin::on_meter_reading(reading(40, HOUR));
		assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(3)));
		assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, None));
		assert_eq!(last_event(), Event::TariffSet { kind: MeterKind::Water, price: None }.into());
		CityCoin::on_meter_reading(reading(40, HOUR));
		assert_eq!(free(CONSUMER), ENDOWMENT);
		assert!(!citycoin_events().iter().any(|e| matches!(e, Event::Billed { .. })));
	});
}

#[test]
fn the_allowance_is_the_cap_pro_rata_to_the_time_covered_rounded_up() {
	new_test_ext(|| {
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, HOUR), None, "no cap yet");
		water(1);
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, HOUR), Some(WATER_CAP));
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, HOUR / 2), Some(WATER_CAP / 2));
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, 1), Some(1), "rounded up");
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, 0), Some(0));
		// No overflow: a cap and a time as long as they come.
		assert_ok!(CityCoin::set_usage_cap(signed(COUNCIL), MeterKind::Water, Some(u64::MAX)));
		assert_eq!(CityCoin::allowed_units(MeterKind::Water, u64::MAX), Some(u64::MAX));

		// Half an hour: 1,000 litres are paid, 1,001 held.
		water(1);
		assert_ok!(CityCoin::mint(RuntimeOrigin::root(), CONSUMER, 2_000, DECISION));
		CityCoin::on_meter_reading(reading(1_000, HOUR / 2));
		assert_eq!(free(CONSUMER), ENDOWMENT + 1_000);
		CityCoin::on_meter_reading(reading(1_001, HOUR / 2));
		assert_eq!(free(CONSUMER), ENDOWMENT + 1_000);
		assert_eq!(bill(), open(1_001, 1_001, 1, true));
	});
}

#[test]
fn an_inflated_reading_does_not_take_the_consumers_money() {
	new_test_ext(|| {
		water(1);
		// 900 litres in a minute: 34 are plausible.
		CityCoin::on_meter_reading(reading(900, 60_000));
		assert_eq!(free(CONSUMER), ENDOWMENT, "nothing taken");
		assert_eq!(bill(), open(900, 900, 1, true));
		assert_eq!(
			last_event(),
			Event::BillHeld {
				consumer: CONSUMER,
				meter: METER,
				units: 900,
				amount: 900,
				cap: Some(34)
			}
			.into()
		);
		assert!(citycoin_events().contains(&Event::Billed {
			consumer: CONSUMER,
			meter: METER,
			kind: MeterKind::Water,
			units: 900,
			amount: 900,
			paid: false
		}));
	});
}

#[test]
fn a_reading_of_no_time_or_of_a_kind_without_a_cap_is_held() {
	new_test_ext(|| {
		water(1);
		CityCoin::on_meter_reading(reading(1, 0));
		assert_eq!(bill(), open(1, 1, 1, true));
		assert_ok!(CityCoin::resolve_bill(signed(COUNCIL), CONSUMER, METER, 0));

		assert_ok!(CityCoin::set_usage_cap(signed(COUNCIL), MeterKind::Water, None));
		assert_eq!(last_event(), Event::UsageCapSet { kind: MeterKind::Water, cap: None }.into());
		CityCoin::on_meter_reading(reading(5, HOUR));
		assert_eq!(free(CONSUMER), ENDOWMENT);
		assert_eq!(
			last_event(),
			Event::BillHeld { consumer: CONSUMER, meter: METER, units: 5, amount: 5, cap: None }
				.into()
		);
	});
}

#[test]
fn a_normal_reading_adds_to_a_held_bill_which_stays_held() {
	new_test_ext(|| {
		water(1);
		CityCoin::on_meter_reading(reading(5_000, HOUR));
		next_block();
		CityCoin::on_meter_reading(reading(10, HOUR));
		assert_eq!(bill(), open(5_010, 5_010, 1, true));
		assert_eq!(free(CONSUMER), ENDOWMENT);
		// And a held reading marks a bill that was open for want of money.
		let other = H256::repeat_byte(0x3f);
		assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(100)));
		CityCoin::on_meter_reading(MeterReading { meter: other, ..reading(20, HOUR) });
		assert!(!OpenBills::<Test>::get(CONSUMER, other).expect("open").held);
		CityCoin::on_meter_reading(MeterReading { meter: other, ..reading(9_999, HOUR) });
		assert!(OpenBills::<Test>::get(CONSUMER, other).expect("open").held);
	});
}

#[test]
fn the_consumer_disputes_and_the_council_resolves_a_held_bill() {
	new_test_ext(|| {
		water(1);
		CityCoin::on_meter_reading(reading(5_000, HOUR));
		assert_ok!(CityCoin::dispute_bill(signed(CONSUMER), METER, EVIDENCE));
		assert_eq!(
			last_event(),
			Event::BillDisputed { consumer: CONSUMER, meter: METER, evidence: EVIDENCE }.into()
		);
		assert_eq!(bill().expect("open").disputed, Some(EVIDENCE));
		assert_eq!(CityCoin::open_bills(&CONSUMER)[0].1.disputed, Some(EVIDENCE));
		// The council finds 500 litres were real.
		assert_ok!(CityCoin::resolve_bill(signed(COUNCIL), CONSUMER, METER, 500));
		assert_eq!(
			last_event(),
			Event::BillResolved { consumer: CONSUMER, meter: METER, amount: 500 }.into()
		);
		assert_eq!(bill(), open(5_000, 500, 1, false), "the units stay as metered");
		assert_ok!(CityCoin::settle_bill(signed(CONSUMER), CONSUMER, METER));
		assert_eq!(free(CONSUMER), ENDOWMENT - 500);
		assert!(bill().is_none());
	});
}

#[test]
fn a_bill_resolved_to_nothing_is_gone_and_anyone_may_still_settle_a_held_one() {
	new_test_ext(|| {
		water(1);
		CityCoin::on_meter_reading(reading(5_000, HOUR));
		assert_ok!(CityCoin::resolve_bill(signed(COUNCIL), CONSUMER, METER, 0));
		assert!(bill().is_none());
		assert_eq!(
			last_event(),
			Event::BillResolved { consumer: CONSUMER, meter: METER, amount: 0 }.into()
		);
		// A held bill is only held from automatic payment: the consumer may pay it.
		CityCoin::on_meter_reading(reading(900, HOUR / 60));
		assert_ok!(CityCoin::settle_bill(signed(CONSUMER), CONSUMER, METER));
		assert_eq!(free(CONSUMER), ENDOWMENT - 900);
	});
}

#[test]
fn the_genesis_sets_usage_caps() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		usage_caps: vec![(MeterKind::Water, 2_000), (MeterKind::Electricity, 20_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(UsageCaps::<Test>::get(MeterKind::Water), Some(2_000));
		assert_eq!(UsageCaps::<Test>::get(MeterKind::Electricity), Some(20_000));
		assert_eq!(UsageCaps::<Test>::get(MeterKind::Gas), None);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(
			CityCoin::set_tariff(signed(RESIDENT), MeterKind::Water, Some(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::set_usage_cap(signed(RESIDENT), MeterKind::Water, Some(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::settle_bill(signed(CONSUMER), CONSUMER, METER),
			Error::<Test>::NoOpenBill
		);
		assert_noop!(
			CityCoin::settle_bill(RuntimeOrigin::root(), CONSUMER, METER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::dispute_bill(signed(CONSUMER), METER, EVIDENCE),
			Error::<Test>::NoOpenBill
		);
		assert_noop!(
			CityCoin::resolve_bill(signed(COUNCIL), CONSUMER, METER, 0),
			Error::<Test>::NoOpenBill
		);
		water(1);
		CityCoin::on_meter_reading(reading(5_000, HOUR));
		// Only the consumer disputes their bill: another account has none on the meter.
		assert_noop!(
			CityCoin::dispute_bill(signed(RESIDENT), METER, EVIDENCE),
			Error::<Test>::NoOpenBill
		);
		assert_noop!(
			CityCoin::dispute_bill(RuntimeOrigin::root(), METER, EVIDENCE),
			DispatchError::BadOrigin
		);
		assert_ok!(CityCoin::dispute_bill(signed(CONSUMER), METER, EVIDENCE));
		assert_noop!(
			CityCoin::dispute_bill(signed(CONSUMER), METER, H256::zero()),
			Error::<Test>::AlreadyDisputed
		);
		assert_noop!(
			CityCoin::resolve_bill(signed(CONSUMER), CONSUMER, METER, 0),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::resolve_bill(signed(COUNCIL), CONSUMER, METER, 5_001),
			Error::<Test>::AboveBill
		);
	});
}
