//! The catalogue of services, payments with the city tax, receipts and their pruning.

use super::*;

fn add(name: &[u8], price: u64, resident_only: bool) -> ServiceId {
	let id = NextServiceId::<Test>::get();
	assert_ok!(CityCoin::add_service(
		signed(COUNCIL),
		name.to_vec().try_into().expect("short"),
		Department::PublicWorks,
		price,
		resident_only
	));
	id
}

#[test]
fn paying_moves_price_and_tax_into_the_fund_and_records_a_receipt() {
	new_test_ext(|| {
		let parking = add(b"parking, 1 day", 200, false);
		assert_ok!(CityCoin::set_tax_rate(signed(COUNCIL), Permill::from_percent(5)));
		assert_ok!(CityCoin::pay_for_service(signed(VISITOR), parking, 210, ORDER));
		assert_eq!(free(VISITOR), ENDOWMENT - 210);
		assert_eq!(fund_balance(), FUND + 210);
		assert_eq!(
			Receipts::<Test>::get(0),
			Some(Receipt {
				payer: VISITOR,
				service: parking,
				price: 200,
				tax: 10,
				reference: ORDER,
				at: 1
			})
		);
		assert_eq!(
			last_event(),
			Event::ServicePaid {
				receipt: 0,
				payer: VISITOR,
				service: parking,
				price: 200,
				tax: 10,
				reference: ORDER
			}
			.into()
		);
		assert!(System::events().iter().any(|record| record.event
			== pallet_reserve_fund::Event::Received {
				inflow: Inflow::ServicePayment,
				from: VISITOR,
				amount: 210,
				reference: ORDER
			}
			.into()));
		assert_eq!(NextReceiptId::<Test>::get(), 1);
	});
}

#[test]
fn the_council_updates_a_service_and_the_catalogue_lists_it() {
	new_test_ext(|| {
		let id = add(b"waste pickup", 50, false);
		assert_ok!(CityCoin::update_service(signed(COUNCIL), id, 70, true, false));
		assert_eq!(
			CityCoin::services(),
			vec![(
				id,
				Service {
					name: b"waste pickup".to_vec(),
					department: Department::PublicWorks,
					price: 70,
					resident_only: true,
					active: false
				}
			)]
		);
		assert_eq!(
			last_event(),
			Event::ServiceUpdated { id, price: 70, resident_only: true, active: false }.into()
		);
	});
}

#[test]
fn a_resident_only_service_needs_an_active_resident_credential() {
	new_test_ext(|| {
		let permit = add(b"resident permit", 100, true);
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), permit, 100, ORDER),
			Error::<Test>::NotAResident
		);
		assert_ok!(CityCoin::pay_for_service(signed(RESIDENT), permit, 100, ORDER));
		revoke(RESIDENT, &CredentialKind::Resident);
		assert_noop!(
			CityCoin::pay_for_service(signed(RESIDENT), permit, 100, ORDER),
			Error::<Test>::NotAResident
		);
	});
}

#[test]
fn receipts_are_pruned_after_the_retention_period() {
	new_test_ext(|| {
		let id = add(b"copy", 10, false);
		assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
		next_block();
		assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
		run_to(1 + RETENTION);
		assert!(Receipts::<Test>::contains_key(0), "kept for RETENTION blocks");
		next_block();
		assert!(!Receipts::<Test>::contains_key(0), "pruned after them");
		assert!(Receipts::<Test>::contains_key(1));
		assert_eq!(OldestReceipt::<Test>::get(), 1);
		next_block();
		assert!(!Receipts::<Test>::contains_key(1));
		assert_eq!(OldestReceipt::<Test>::get(), 2);
		// Nothing left: pruning stops at the next id.
		next_block();
		assert_eq!(OldestReceipt::<Test>::get(), 2);
	});
}

#[test]
fn pruning_stays_within_the_weight_it_is_given() {
	new_test_ext(|| {
		let id = add(b"copy", 10, false);
		for _ in 0..3 {
			assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
		}
		System::set_block_number(2 + RETENTION);
		// The mock's weights: 10 + 5 per receipt.
		assert_eq!(
			CityCoin::prune_receipts(2 + RETENTION, Weight::from_parts(14, 0)),
			Weight::zero()
		);
		assert_eq!(OldestReceipt::<Test>::get(), 0, "no room for one, nothing pruned");
		assert_eq!(
			CityCoin::prune_receipts(2 + RETENTION, Weight::from_parts(24, 0)),
			Weight::from_parts(20, 0)
		);
		assert_eq!(OldestReceipt::<Test>::get(), 2, "room for two");
		CityCoin::prune_receipts(2 + RETENTION, Weight::MAX);
		assert_eq!(OldestReceipt::<Test>::get(), 3);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		let name = || b"x".to_vec().try_into().expect("short");
		assert_noop!(
			CityCoin::add_service(signed(RESIDENT), name(), Department::Police, 1, false),
			DispatchError::BadOrigin
		);
		let id = add(b"a", 100, false);
		add(b"b", 0, false);
		add(b"c", 1_000, false);
		assert_noop!(
			CityCoin::add_service(signed(COUNCIL), name(), Department::Police, 1, false),
			Error::<Test>::TooManyServices
		);
		assert_noop!(
			CityCoin::update_service(signed(RESIDENT), id, 1, false, true),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::update_service(signed(COUNCIL), 9, 1, false, true),
			Error::<Test>::ServiceNotFound
		);
		assert_noop!(
			CityCoin::set_tax_rate(signed(RESIDENT), Permill::one()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), 9, 100, ORDER),
			Error::<Test>::ServiceNotFound
		);
		assert_noop!(
			CityCoin::pay_for_service(RuntimeOrigin::root(), id, 100, ORDER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), id, 99, ORDER),
			Error::<Test>::PriceAboveLimit
		);
		assert_ok!(CityCoin::set_tax_rate(signed(COUNCIL), Permill::from_percent(1)));
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), id, 100, ORDER),
			Error::<Test>::PriceAboveLimit
		);
		// A free service has nothing to pay.
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), 1, 0, ORDER),
			pallet_reserve_fund::Error::<Test>::ZeroAmount
		);
		// More than the payer has.
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), 2, 2_000, ORDER),
			TokenError::FundsUnavailable
		);
		assert_ok!(CityCoin::update_service(signed(COUNCIL), id, 100, false, false));
		assert_noop!(
			CityCoin::pay_for_service(signed(VISITOR), id, 200, ORDER),
			Error::<Test>::ServiceInactive
		);
	});
}
