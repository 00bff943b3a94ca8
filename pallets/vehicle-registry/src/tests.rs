//! The vehicle registry against its mock (with the real reserve fund): registration and
//! plates, renewal and deregistration, re-import of exported vehicles, two-step transfers with
//! tax and each blocker, liens, inspections with the odometer, theft flags, parking permits,
//! fines and disputes; each error path with `assert_noop!`, and each rule's attack by name.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

const REPORT: H256 = H256::repeat_byte(0x0e);
const EVIDENCE: H256 = H256::repeat_byte(0xe1);
const LOAN: H256 = H256::repeat_byte(0x10);

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn vin(s: &str) -> Vin {
	s.as_bytes().to_vec().try_into().expect("17 bytes or fewer")
}

fn text(s: &str) -> TextOf<Test> {
	s.as_bytes().to_vec().try_into().expect("short")
}

fn plate(s: &str) -> PlateOf<Test> {
	s.as_bytes().to_vec().try_into().expect("short")
}

/// A European VIN (no check digit) ending in `n`.
fn eu_vin(n: u8) -> Vin {
	let mut v = b"WVWZZZ1JZXW00000".to_vec();
	v.push(b'0' + n);
	v.try_into().expect("17 bytes")
}

fn apply_as(who: u64, v: Vin) -> DispatchResult {
	VehicleRegistry::apply(signed(who), v, text("Volkswagen"), text("Golf"), 2020)
}

fn run_to(n: u64) {
	System::set_block_number(n);
}

/// `who` applies for `eu_vin(n)` and the clerk registers it as `plate`; answers its id.
fn registered(who: u64, n: u8, p: &str) -> VehicleId {
	let id = NextVehicleId::<Test>::get();
	assert_ok!(apply_as(who, eu_vin(n)));
	assert_ok!(VehicleRegistry::approve(signed(CLERK), id, plate(p)));
	id
}

fn record(id: VehicleId) -> VehicleOf<Test> {
	Vehicles::<Test>::get(id).expect("a record")
}

mod registration {
	use super::*;

	#[test]
	fn a_resident_applies_a_clerk_registers_with_a_plate() {
		new_test_ext(|| {
			let fund = ReserveFund::balance();
			assert_ok!(VehicleRegistry::apply(
				signed(ANNA),
				vin("1M8GDM9AXKP042788"),
				text("Ford"),
				text("Transit"),
				1989
			));
			assert_eq!(free(ANNA), ENDOWMENT - FEE - DEPOSIT);
			assert_eq!(on_hold(ANNA), DEPOSIT);
			assert_eq!(ReserveFund::balance(), fund + FEE, "the fee goes to the fund");
			assert_eq!(record(0).status, Status::Pending);
			assert_eq!(ByVin::<Test>::get(vin("1M8GDM9AXKP042788")), Some(0));
			assert_eq!(ByOwner::<Test>::get(ANNA).to_vec(), vec![0]);

			run_to(5);
			assert_ok!(VehicleRegistry::approve(signed(CLERK), 0, plate("CITY-001")));
			assert_eq!(
				last_event(),
				Event::Registered {
					vehicle: 0,
					plate: plate("CITY-001"),
					until: 105,
					clerk: CLERK
				}
				.into()
			);
			let car = record(0);
			assert_eq!(
				(car.status, car.plate, car.registered_until),
				(Status::Registered, Some(plate("CITY-001")), 105)
			);
			assert_eq!(ByPlate::<Test>::get(plate("CITY-001")), Some(0));
		});
	}

	#[test]
	fn apply_error_paths() {
		new_test_ext(|| {
			let bad_vins = ["1M8GDM9A1KP042788", "WVWZZZ1JZXW00000O", "WVWZZZ1JZXW0000"];
			for bad in bad_vins {
				assert_noop!(apply_as(ANNA, vin(bad)), Error::<Test>::InvalidVin);
			}
			assert_noop!(apply_as(VISITOR, eu_vin(1)), Error::<Test>::NotAResident);
			assert_noop!(
				VehicleRegistry::apply(signed(ANNA), eu_vin(1), text(""), text("Golf"), 2020),
				Error::<Test>::EmptyText
			);
			for year in [1885, 2101] {
				assert_noop!(
					VehicleRegistry::apply(signed(ANNA), eu_vin(1), text("VW"), text("Golf"), year),
					Error::<Test>::InvalidYear
				);
			}
			assert_noop!(
				VehicleRegistry::apply(
					RuntimeOrigin::root(),
					eu_vin(1),
					text("VW"),
					text("Golf"),
					2020
				),
				DispatchError::BadOrigin
			);
			assert_ok!(apply_as(ANNA, eu_vin(1)));
			assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(apply_as(ANNA, eu_vin(3)), Error::<Test>::TooManyVehicles);
		});
	}

	#[test]
	fn approve_and_reject_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(apply_as(BORIS, eu_vin(2)));
			let pending = car + 1;
			assert_noop!(
				VehicleRegistry::approve(signed(ANNA), pending, plate("AB-2")),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), 9, plate("AB-2")),
				Error::<Test>::VehicleNotFound
			);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), car, plate("AB-2")),
				Error::<Test>::WrongStatus
			);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), pending, plate("ab-2")),
				Error::<Test>::InvalidPlate
			);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), pending, plate("AB-1")),
				Error::<Test>::PlateTaken
			);
			assert_noop!(VehicleRegistry::reject(signed(ANNA), pending), DispatchError::BadOrigin);
			assert_noop!(VehicleRegistry::reject(signed(CLERK), car), Error::<Test>::WrongStatus);
			assert_noop!(VehicleRegistry::reject(signed(CLERK), 9), Error::<Test>::VehicleNotFound);
			// A clerk who lost the credential is no clerk.
			revoke(CLERK, &CredentialKind::VehicleClerk);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), pending, plate("AB-2")),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn a_rejected_application_goes_and_its_deposit_returns() {
		new_test_ext(|| {
			assert_ok!(apply_as(BORIS, eu_vin(2)));
			assert_ok!(VehicleRegistry::reject(signed(CLERK), 0));
			assert_eq!(free(BORIS), ENDOWMENT - FEE, "the fee paid for the review stays paid");
			assert_eq!(on_hold(BORIS), 0);
			assert!(Vehicles::<Test>::get(0).is_none());
			assert!(ByVin::<Test>::get(eu_vin(2)).is_none());
			assert!(ByOwner::<Test>::get(BORIS).is_empty());
			// The VIN can be applied for again.
			assert_ok!(apply_as(BORIS, eu_vin(2)));
		});
	}

	#[test]
	fn renewal_extends_from_the_end_or_from_now() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			let fund = ReserveFund::balance();
			assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
			assert_eq!(record(car).registered_until, 201);
			assert_eq!(ReserveFund::balance(), fund + RENEWAL);
			run_to(300);
			assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
			assert_eq!(record(car).registered_until, 400, "lapsed: a period from now");
			assert_eq!(last_event(), Event::Renewed { vehicle: car, until: 400 }.into());
		});
	}

	#[test]
	fn renewal_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(VehicleRegistry::renew(signed(BORIS), car), Error::<Test>::NotOwner);
			assert_noop!(VehicleRegistry::renew(signed(ANNA), car + 1), Error::<Test>::WrongStatus);
			assert_noop!(VehicleRegistry::renew(signed(ANNA), 9), Error::<Test>::VehicleNotFound);
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::VehicleStolen);
			assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				10
			));
			// Renewal waits only for a fine past its deadline.
			assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
			run_to(11);
			assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::OverdueFine);
		});
	}

	#[test]
	fn deregistration_keeps_the_record_and_frees_the_plate_after_a_cool_down() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			run_to(10);
			assert_ok!(VehicleRegistry::deregister(
				signed(ANNA),
				car,
				DeregistrationReason::Scrapped
			));
			let kept = record(car);
			assert_eq!(
				(kept.status, kept.plate),
				(Status::Deregistered(DeregistrationReason::Scrapped), None)
			);
			assert_eq!((on_hold(ANNA), free(ANNA)), (0, ENDOWMENT - FEE));
			assert!(ByPlate::<Test>::get(plate("AB-1")).is_none());
			assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car), "the VIN stays on record");
			assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinScrapped);

			assert_ok!(apply_as(BORIS, eu_vin(2)));
			let next = car + 1;
			run_to(10 + COOLDOWN - 1);
			assert_noop!(
				VehicleRegistry::approve(signed(CLERK), next, plate("AB-1")),
				Error::<Test>::PlateCoolingDown
			);
			run_to(10 + COOLDOWN);
			assert_ok!(VehicleRegistry::approve(signed(CLERK), next, plate("AB-1")));
			assert!(FreedPlates::<Test>::get(plate("AB-1")).is_none());

			// A clerk deregisters too (an exported car), whoever owns it.
			assert_ok!(VehicleRegistry::deregister(
				signed(CLERK),
				next,
				DeregistrationReason::Exported
			));
		});
	}

	#[test]
	fn deregistration_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			let scrap = DeregistrationReason::Scrapped;
			assert_noop!(
				VehicleRegistry::deregister(signed(BORIS), car, scrap),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), 9, scrap),
				Error::<Test>::VehicleNotFound
			);
			assert_noop!(
				VehicleRegistry::deregister(RuntimeOrigin::root(), car, scrap),
				DispatchError::BadOrigin
			);
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::ActiveLien
			);
			assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::FlaggedByPolice
			);
			assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				30
			));
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::UnpaidFines
			);
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
			assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, scrap));
			assert_noop!(
				VehicleRegistry::deregister(signed(CLERK), car, scrap),
				Error::<Test>::WrongStatus
			);
		});
	}

	#[test]
	fn deregistration_blockers_are_named_in_order() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			let export = DeregistrationReason::Exported;
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				30
			));
			let deregister = || VehicleRegistry::deregister(signed(CLERK), car, export);
			assert_noop!(deregister(), Error::<Test>::ActiveLien);
			assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
			assert_noop!(deregister(), Error::<Test>::FlaggedByPolice);
			assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
			assert_noop!(deregister(), Error::<Test>::UnpaidFines);
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
			assert_ok!(deregister());
		});
	}

	#[test]
	fn an_owner_cannot_deregister_a_vehicle_with_unpaid_fines() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			let fine = |deadline| {
				VehicleRegistry::issue_fine(
					signed(OFFICER),
					plate("AB-1"),
					100,
					7,
					EVIDENCE,
					deadline,
				)
			};
			let scrap = DeregistrationReason::Scrapped;
			// Open, before its deadline.
			assert_ok!(fine(5));
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::UnpaidFines
			);
			// Disputed.
			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::UnpaidFines
			);
			// Open, past its deadline.
			assert_ok!(fine(5));
			run_to(6);
			assert_noop!(
				VehicleRegistry::deregister(signed(ANNA), car, scrap),
				Error::<Test>::UnpaidFines
			);
			assert_eq!(VehicleFines::<Test>::get(car).len(), 2, "the fines stay");
			assert_eq!(record(car).status, Status::Registered);
			assert_eq!(on_hold(ANNA), DEPOSIT, "the deposit stays held");
			assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 1));
			assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, scrap));
		});
	}

	#[test]
	fn a_clerk_cannot_deregister_a_fined_vehicle_for_its_owner() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				30
			));
			for reason in [DeregistrationReason::Scrapped, DeregistrationReason::Exported] {
				assert_noop!(
					VehicleRegistry::deregister(signed(CLERK), car, reason),
					Error::<Test>::UnpaidFines
				);
			}
			assert!(ByPlate::<Test>::get(plate("AB-1")).is_some(), "the plate stays issued");
		});
	}
}

mod transfers {
	use super::*;

	#[test]
	fn a_sale_pays_the_seller_and_the_tax_and_moves_the_deposit() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(10_000)));
			let (anna, boris, fund) = (free(ANNA), free(BORIS), ReserveFund::balance());
			assert_ok!(VehicleRegistry::accept(signed(BORIS), car, Some(10_000)));
			// 2% of 10,000.
			assert_eq!(
				last_event(),
				Event::Transferred {
					vehicle: car,
					from: ANNA,
					to: BORIS,
					price: Some(10_000),
					tax: 200
				}
				.into()
			);
			assert_eq!(free(ANNA), anna + 10_000 + DEPOSIT);
			assert_eq!(free(BORIS), boris - 10_000 - 200 - DEPOSIT);
			assert_eq!((on_hold(ANNA), on_hold(BORIS)), (0, DEPOSIT));
			assert_eq!(ReserveFund::balance(), fund + 200);
			assert_eq!(record(car).owner, BORIS);
			assert!(record(car).offer.is_none());
			assert!(ByOwner::<Test>::get(ANNA).is_empty());
			assert_eq!(ByOwner::<Test>::get(BORIS).to_vec(), vec![car]);
		});
	}

	#[test]
	fn a_gift_pays_the_least_tax_and_an_offer_can_be_withdrawn() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, None));
			assert_ok!(VehicleRegistry::withdraw_offer(signed(ANNA), car));
			assert_noop!(
				VehicleRegistry::accept(signed(VISITOR), car, None),
				Error::<Test>::NoOffer
			);
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, None));
			let fund = ReserveFund::balance();
			// A buyer need not be a resident.
			assert_ok!(VehicleRegistry::accept(signed(VISITOR), car, None));
			assert_eq!(ReserveFund::balance(), fund + MIN_TAX);
			assert_eq!(record(car).owner, VISITOR);
		});
	}

	#[test]
	fn offer_and_accept_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(
				VehicleRegistry::offer(signed(BORIS), car, VISITOR, None),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, ANNA, None),
				Error::<Test>::OfferToSelf
			);
			assert_noop!(
				VehicleRegistry::withdraw_offer(signed(ANNA), car),
				Error::<Test>::NoOffer
			);
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car + 1, BORIS, None),
				Error::<Test>::WrongStatus
			);
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)));
			assert_noop!(
				VehicleRegistry::accept(signed(VISITOR), car, Some(1_000)),
				Error::<Test>::NotTheBuyer
			);
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), car, Some(999)),
				Error::<Test>::PriceMismatch
			);
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), car, None),
				Error::<Test>::PriceMismatch
			);
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), 9, None),
				Error::<Test>::VehicleNotFound
			);
			// Boris owns two already.
			let (b1, b2) = (registered(BORIS, 3, "BB-1"), registered(BORIS, 4, "BB-2"));
			assert_eq!((b1, b2), (2, 3));
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
				Error::<Test>::TooManyVehicles
			);
			// More than the buyer has.
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, Some(ENDOWMENT)));
			assert_noop!(
				VehicleRegistry::accept(signed(VISITOR), car, Some(ENDOWMENT)),
				TokenError::NotExpendable
			);
		});
	}

	#[test]
	fn each_blocker_refuses_a_transfer_and_says_which() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
			let accept = || VehicleRegistry::accept(signed(BORIS), car, None);

			// A lien.
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
			assert_noop!(accept(), Error::<Test>::ActiveLien);
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::ActiveLien
			);
			assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));

			// A theft flag (which also withdraws the offer).
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_noop!(accept(), Error::<Test>::NoOffer);
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::VehicleStolen
			);
			assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
			// Flagged after the offer: the offer is gone with it, and the flag names itself.
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::VehicleStolen
			);
			assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));

			// Any unpaid fine: open before its deadline, disputed, or past its deadline.
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				20
			));
			assert_noop!(accept(), Error::<Test>::UnpaidFines);
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::UnpaidFines
			);
			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
			assert_noop!(accept(), Error::<Test>::UnpaidFines);
			assert_ok!(VehicleRegistry::uphold_fine(signed(JUDGE), 0, 20));
			run_to(21);
			assert_noop!(accept(), Error::<Test>::UnpaidFines);
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));

			// An expired registration.
			run_to(102);
			assert_noop!(accept(), Error::<Test>::RegistrationExpired);
			assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
			assert_ok!(accept());
		});
	}
}

mod fines_and_transfers {
	use super::*;

	fn fine(deadline: u64) -> DispatchResult {
		VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 100, 7, EVIDENCE, deadline)
	}

	#[test]
	fn the_transfer_blockers_are_named_in_order() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_ok!(fine(PERIOD + 50));
			run_to(PERIOD + 2);
			let offer = || VehicleRegistry::offer(signed(ANNA), car, BORIS, None);
			assert_noop!(offer(), Error::<Test>::ActiveLien);
			assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
			assert_noop!(offer(), Error::<Test>::VehicleStolen);
			assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
			assert_noop!(offer(), Error::<Test>::UnpaidFines);
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
			assert_noop!(offer(), Error::<Test>::RegistrationExpired);
		});
	}

	#[test]
	fn a_seller_cannot_pass_unpaid_fines_to_a_buyer() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			// Offered while clean; fined before the buyer accepts, long before its deadline.
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)));
			assert_ok!(fine(90));
			let (anna, boris) = (free(ANNA), free(BORIS));
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
				Error::<Test>::UnpaidFines
			);
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)),
				Error::<Test>::UnpaidFines
			);
			assert_eq!((free(ANNA), free(BORIS)), (anna, boris), "no money moved");
			assert_eq!(record(car).owner, ANNA);
			// A dispute does not clear the way: the fine is unpaid until decided.
			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
			assert_noop!(
				VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
				Error::<Test>::UnpaidFines
			);
			// Dismissed, it is gone: the buyer gets a vehicle with no fines.
			assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
			assert_ok!(VehicleRegistry::accept(signed(BORIS), car, Some(1_000)));
			assert_eq!(record(car).owner, BORIS);
			assert!(VehicleFines::<Test>::get(car).is_empty());
		});
	}

	#[test]
	fn a_seller_cannot_dodge_a_fine_by_giving_the_vehicle_away() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(fine(90));
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::UnpaidFines
			);
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
			assert_ok!(VehicleRegistry::accept(signed(BORIS), car, None));
		});
	}
}

mod liens {
	use super::*;

	#[test]
	fn a_lender_records_a_lien_the_owner_consented_to_and_releases_it() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(
				VehicleRegistry::record_lien(signed(BANK), car, LOAN),
				Error::<Test>::NoLienConsent
			);
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_noop!(
				VehicleRegistry::record_lien(signed(BORIS), car, LOAN),
				Error::<Test>::NoLienConsent
			);
			assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
			assert_eq!(record(car).lien, Some(Lien { lender: BANK, reference: LOAN, since: 1 }));
			assert_eq!(record(car).lien_consent, None, "consent is used up");
			assert_noop!(
				VehicleRegistry::record_lien(signed(BANK), car, LOAN),
				Error::<Test>::LienExists
			);
			assert_noop!(VehicleRegistry::release_lien(signed(BORIS), car), Error::<Test>::NoLien);
			assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
			assert_eq!(last_event(), Event::LienReleased { vehicle: car, lender: BANK }.into());
			assert_noop!(VehicleRegistry::release_lien(signed(BANK), car), Error::<Test>::NoLien);
		});
	}

	#[test]
	fn consent_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(
				VehicleRegistry::consent_to_lien(signed(BORIS), car, Some(BANK)),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::record_lien(signed(BANK), 9, LOAN),
				Error::<Test>::VehicleNotFound
			);
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(
				VehicleRegistry::consent_to_lien(signed(ANNA), car + 1, Some(BANK)),
				Error::<Test>::WrongStatus
			);
			// Consent withdrawn before the lender acts.
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
			assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, None));
			assert_noop!(
				VehicleRegistry::record_lien(signed(BANK), car, LOAN),
				Error::<Test>::NoLienConsent
			);
		});
	}
}

mod inspections {
	use super::*;

	#[test]
	fn inspections_are_kept_and_a_lower_odometer_is_flagged_not_recorded() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
			let kept = Inspections::<Test>::get(car);
			assert_eq!(kept.len(), 1);
			assert_eq!(kept[0].valid_until, Some(1 + VALIDITY));
			run_to(5);
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, false, 12_000, REPORT));
			assert_eq!(
				Inspections::<Test>::get(car)[1].valid_until,
				None,
				"a fail has no validity"
			);
			assert_eq!(record(car).odometer, 12_000);

			// Rolled back: not recorded, flagged, and the call succeeds so the flag stays.
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 11_999, REPORT));
			assert_eq!(
				last_event(),
				Event::OdometerFlagged {
					vehicle: car,
					recorded: 12_000,
					reported: 11_999,
					report: REPORT
				}
				.into()
			);
			let flagged = record(car);
			assert_eq!((flagged.odometer, flagged.odometer_flagged), (12_000, true));
			assert_eq!(Inspections::<Test>::get(car).len(), 2);

			// The same reading is fine; the oldest inspection leaves storage (kept: 2).
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 12_000, REPORT));
			let kept = Inspections::<Test>::get(car);
			assert_eq!(kept.iter().map(|i| i.odometer).collect::<Vec<_>>(), vec![12_000, 12_000]);

			assert_ok!(VehicleRegistry::clear_odometer_flag(signed(CLERK), car));
			assert!(!record(car).odometer_flagged);
			assert_noop!(
				VehicleRegistry::clear_odometer_flag(signed(CLERK), car),
				Error::<Test>::NotFlagged
			);
		});
	}

	#[test]
	fn inspection_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(
				VehicleRegistry::inspect(signed(ANNA), car, true, 1, REPORT),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::inspect(signed(INSPECTOR), car + 1, true, 1, REPORT),
				Error::<Test>::WrongStatus
			);
			assert_noop!(
				VehicleRegistry::inspect(signed(INSPECTOR), 9, true, 1, REPORT),
				Error::<Test>::VehicleNotFound
			);
			assert_noop!(
				VehicleRegistry::clear_odometer_flag(signed(ANNA), car),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::clear_odometer_flag(signed(CLERK), 9),
				Error::<Test>::VehicleNotFound
			);
		});
	}
}

mod theft {
	use super::*;

	#[test]
	fn the_owner_or_the_police_flag_stolen_and_recovered() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: ANNA }.into());
			assert_eq!((record(car).stolen, record(car).stolen_by_police), (true, false));
			assert_noop!(
				VehicleRegistry::report_stolen(signed(ANNA), car),
				Error::<Test>::AlreadyStolen
			);
			// The owner clears their own flag.
			assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
			assert_eq!(last_event(), Event::ReportedRecovered { vehicle: car, by: ANNA }.into());
			assert_eq!((record(car).stolen, record(car).stolen_by_police), (false, false));

			// The police flag it and clear it.
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: OFFICER }.into());
			assert_eq!((record(car).stolen, record(car).stolen_by_police), (true, true));
			assert_noop!(
				VehicleRegistry::report_stolen(signed(OFFICER), car),
				Error::<Test>::AlreadyStolen
			);
			assert_noop!(
				VehicleRegistry::report_stolen(signed(ANNA), car),
				Error::<Test>::AlreadyStolen
			);
			assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
			assert_eq!(last_event(), Event::ReportedRecovered { vehicle: car, by: OFFICER }.into());
			assert_eq!((record(car).stolen, record(car).stolen_by_police), (false, false));
			assert_noop!(
				VehicleRegistry::report_recovered(signed(ANNA), car),
				Error::<Test>::NotStolen
			);
			assert_noop!(
				VehicleRegistry::report_recovered(signed(OFFICER), car),
				Error::<Test>::NotStolen
			);
		});
	}

	#[test]
	fn theft_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_noop!(
				VehicleRegistry::report_stolen(signed(BORIS), car),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::report_stolen(signed(ANNA), 9),
				Error::<Test>::VehicleNotFound
			);
			assert_noop!(
				VehicleRegistry::report_stolen(signed(ANNA), car + 1),
				Error::<Test>::WrongStatus
			);
			assert_noop!(
				VehicleRegistry::report_stolen(RuntimeOrigin::root(), car),
				DispatchError::BadOrigin
			);
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_noop!(
				VehicleRegistry::report_recovered(signed(BORIS), car),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::report_recovered(RuntimeOrigin::root(), car),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::report_recovered(signed(ANNA), 9),
				Error::<Test>::VehicleNotFound
			);
		});
	}

	#[test]
	fn an_owner_cannot_clear_a_police_theft_flag() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_noop!(
				VehicleRegistry::report_recovered(signed(ANNA), car),
				Error::<Test>::FlaggedByPolice
			);
			let flagged = record(car);
			assert_eq!((flagged.stolen, flagged.stolen_by_police), (true, true));
			// The flag keeps doing its work: no sale, no renewal.
			assert_noop!(
				VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
				Error::<Test>::VehicleStolen
			);
			assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::VehicleStolen);
			// Only the police clear it.
			assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
			assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
		});
	}

	#[test]
	fn a_police_officer_cannot_clear_a_colleagues_flag_on_their_own_car() {
		new_test_ext(|| {
			let car = registered(BORIS, 1, "AB-1");
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			// Boris joins the police: on his own car he is its owner, not the police.
			city_primitives::credentials::testing::grant(BORIS, CredentialKind::PoliceOfficer);
			assert_noop!(
				VehicleRegistry::report_recovered(signed(BORIS), car),
				Error::<Test>::FlaggedByPolice
			);
			assert!(record(car).stolen_by_police);
			// On another's car he is the police.
			let other = registered(ANNA, 2, "AB-2");
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), other));
			assert_ok!(VehicleRegistry::report_recovered(signed(BORIS), other));
		});
	}

	#[test]
	fn an_owner_cannot_turn_a_police_flag_into_their_own() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			// The owner flags first; the police flag it too: it is the police's now.
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: OFFICER }.into());
			assert!(record(car).stolen_by_police);
			assert_noop!(
				VehicleRegistry::report_recovered(signed(ANNA), car),
				Error::<Test>::FlaggedByPolice
			);
			// Reporting again changes nothing.
			assert_noop!(
				VehicleRegistry::report_stolen(signed(ANNA), car),
				Error::<Test>::AlreadyStolen
			);
			assert!(record(car).stolen_by_police);
		});
	}

	#[test]
	fn an_owner_cannot_shed_a_police_flag_by_exporting_and_reimporting() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
			for who in [ANNA, CLERK] {
				assert_noop!(
					VehicleRegistry::deregister(signed(who), car, DeregistrationReason::Exported),
					Error::<Test>::FlaggedByPolice
				);
			}
			// So the VIN is still registered: no re-import either.
			assert_noop!(apply_as(ANNA, eu_vin(1)), Error::<Test>::VinTaken);
			assert!(record(car).stolen_by_police);
		});
	}
}

mod reimport {
	use super::*;

	fn export(car: VehicleId, by: u64) {
		assert_ok!(VehicleRegistry::deregister(signed(by), car, DeregistrationReason::Exported));
	}

	#[test]
	fn an_exported_vehicle_comes_back_with_its_history() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 40_000, REPORT));
			assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
			run_to(10);
			export(car, ANNA);
			let next = NextVehicleId::<Test>::get();
			let fund = ReserveFund::balance();

			run_to(50);
			assert_ok!(apply_as(BORIS, eu_vin(1)));
			let events: Vec<RuntimeEvent> =
				System::events().into_iter().map(|record| record.event).collect();
			let expected: Vec<RuntimeEvent> = vec![
				Event::Applied { vehicle: car, owner: BORIS, vin: eu_vin(1) }.into(),
				Event::Reimported { vehicle: car, owner: BORIS }.into(),
			];
			assert_eq!(events[events.len() - 2..].to_vec(), expected);
			assert_eq!(NextVehicleId::<Test>::get(), next, "the same record and id");
			assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car));
			assert_eq!(ByOwner::<Test>::get(BORIS).to_vec(), vec![car]);
			assert_eq!(free(BORIS), ENDOWMENT - FEE - DEPOSIT);
			assert_eq!(on_hold(BORIS), DEPOSIT);
			assert_eq!(ReserveFund::balance(), fund + FEE);
			let back = record(car);
			assert_eq!(
				(back.owner, back.status, back.registrations, back.deposit),
				(BORIS, Status::Pending, 1, DEPOSIT)
			);
			assert_eq!((back.odometer, back.vin.clone()), (40_000, eu_vin(1)), "history kept");
			assert_eq!(Inspections::<Test>::get(car).len(), 1, "inspections kept");
			// Plate, registration, lien, consent, offer and theft flags start afresh.
			assert_eq!((back.plate, back.registered_until), (None, 0));
			assert_eq!((back.lien, back.lien_consent, back.offer), (None, None, None));
			assert_eq!((back.stolen, back.stolen_by_police), (false, false));

			assert_ok!(VehicleRegistry::approve(signed(CLERK), car, plate("BB-7")));
			let again = record(car);
			assert_eq!(
				(again.status, again.registrations, again.registered_until),
				(Status::Registered, 2, 50 + PERIOD)
			);
			assert_eq!(ByPlate::<Test>::get(plate("BB-7")), Some(car));
		});
	}

	#[test]
	fn an_owner_cannot_roll_back_the_odometer_by_exporting_and_reimporting() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 90_000, REPORT));
			export(car, ANNA);
			assert_ok!(apply_as(ANNA, eu_vin(1)));
			assert_ok!(VehicleRegistry::approve(signed(CLERK), car, plate("AB-2")));
			// A lower reading after the round trip is flagged, not recorded.
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
			let back = record(car);
			assert_eq!((back.odometer, back.odometer_flagged), (90_000, true));
		});
	}

	#[test]
	fn an_odometer_flag_survives_an_export() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 90_000, REPORT));
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
			export(car, CLERK);
			assert_ok!(apply_as(BORIS, eu_vin(1)));
			assert!(record(car).odometer_flagged, "a clerk still has to review it");
		});
	}

	#[test]
	fn a_scrapped_vehicle_cannot_be_reimported() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::deregister(
				signed(ANNA),
				car,
				DeregistrationReason::Scrapped
			));
			for who in [ANNA, BORIS] {
				assert_noop!(apply_as(who, eu_vin(1)), Error::<Test>::VinScrapped);
			}
			assert_eq!(record(car).status, Status::Deregistered(DeregistrationReason::Scrapped));
		});
	}

	#[test]
	fn a_pending_or_registered_vin_stays_taken() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
			export(car, ANNA);
			assert_ok!(apply_as(BORIS, eu_vin(1)));
			// Pending as a re-import: nobody else applies for it meanwhile.
			assert_noop!(apply_as(ANNA, eu_vin(1)), Error::<Test>::VinTaken);
			assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
		});
	}

	#[test]
	fn a_reimport_must_be_the_same_vehicle() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			export(car, ANNA);
			let apply = |make, model, year| {
				VehicleRegistry::apply(signed(BORIS), eu_vin(1), text(make), text(model), year)
			};
			assert_noop!(apply("Volvo", "Golf", 2020), Error::<Test>::VehicleDataMismatch);
			assert_noop!(apply("Volkswagen", "Polo", 2020), Error::<Test>::VehicleDataMismatch);
			assert_noop!(apply("Volkswagen", "Golf", 2021), Error::<Test>::VehicleDataMismatch);
			// Bad input still gets its own error first.
			assert_noop!(apply("", "Golf", 2020), Error::<Test>::EmptyText);
			assert_noop!(apply("Volkswagen", "Golf", 1800), Error::<Test>::InvalidYear);
			assert_ok!(apply("Volkswagen", "Golf", 2020));
		});
	}

	#[test]
	fn reimport_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			export(car, ANNA);
			assert_noop!(apply_as(VISITOR, eu_vin(1)), Error::<Test>::NotAResident);
			assert_ok!(apply_as(BORIS, eu_vin(2)));
			assert_ok!(apply_as(BORIS, eu_vin(3)));
			assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::TooManyVehicles);
			assert_eq!(record(car).status, Status::Deregistered(DeregistrationReason::Exported));
		});
	}

	#[test]
	fn a_rejected_reimport_does_not_erase_the_vehicles_history() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 40_000, REPORT));
			export(car, ANNA);
			assert_ok!(apply_as(BORIS, eu_vin(1)));
			assert_ok!(VehicleRegistry::reject(signed(CLERK), car));
			assert_eq!(last_event(), Event::Rejected { vehicle: car, clerk: CLERK }.into());
			let kept = record(car);
			assert_eq!(kept.status, Status::Deregistered(DeregistrationReason::Exported));
			assert_eq!((kept.odometer, kept.registrations, kept.deposit), (40_000, 1, 0));
			assert_eq!(Inspections::<Test>::get(car).len(), 1);
			assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car), "the VIN stays on record");
			assert!(ByOwner::<Test>::get(BORIS).is_empty());
			assert_eq!((free(BORIS), on_hold(BORIS)), (ENDOWMENT - FEE, 0), "deposit back");
			// It may be applied for again, still as a re-import.
			assert_ok!(apply_as(ANNA, eu_vin(1)));
			assert_eq!(last_event(), Event::Reimported { vehicle: car, owner: ANNA }.into());
		});
	}
}

mod permits {
	use super::*;

	#[test]
	fn an_owner_buys_permits_and_expired_ones_go() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(4)));
			let fund = ReserveFund::balance();
			assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 2));
			assert_eq!(ReserveFund::balance(), fund + 8);
			assert_eq!(
				last_event(),
				Event::PermitBought { vehicle: car, zone: 3, from: 1, until: 20, paid: 8 }.into()
			);
			assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1));
			assert_noop!(
				VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
				Error::<Test>::TooManyPermits
			);
			// Both expired by block 21: they go, and a new one fits.
			run_to(21);
			assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1));
			assert_eq!(
				Permits::<Test>::get(car).to_vec(),
				vec![Permit { zone: 3, from: 21, until: 30 }]
			);
		});
	}

	#[test]
	fn permit_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(
				VehicleRegistry::set_zone_price(signed(ANNA), 3, Some(4)),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(0)),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
				Error::<Test>::ZoneNotFound
			);
			assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(4)));
			assert_noop!(
				VehicleRegistry::buy_permit(signed(ANNA), car, 3, 0),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				VehicleRegistry::buy_permit(signed(BORIS), car, 3, 1),
				Error::<Test>::NotOwner
			);
			assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 4, Some(u64::MAX / 2)));
			assert_noop!(
				VehicleRegistry::buy_permit(signed(ANNA), car, 4, 3),
				DispatchError::Arithmetic(ArithmeticError::Overflow)
			);
			// Closing a zone stops its sales.
			assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, None));
			assert_noop!(
				VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
				Error::<Test>::ZoneNotFound
			);
		});
	}
}

mod fines {
	use super::*;

	fn fine(deadline: u64) -> DispatchResult {
		VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 100, 7, EVIDENCE, deadline)
	}

	#[test]
	fn the_police_fine_a_plate_and_the_owner_pays_into_the_fund() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(fine(30));
			assert_eq!(
				last_event(),
				Event::FineIssued {
					fine: 0,
					vehicle: car,
					amount: 100,
					offence: 7,
					evidence: EVIDENCE,
					deadline: 30
				}
				.into()
			);
			assert_eq!(VehicleFines::<Test>::get(car).to_vec(), vec![0]);
			let fund = ReserveFund::balance();
			assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
			assert_eq!(ReserveFund::balance(), fund + 100);
			assert!(Fines::<Test>::get(0).is_none());
			assert!(VehicleFines::<Test>::get(car).is_empty());
			assert_noop!(VehicleRegistry::pay_fine(signed(ANNA), 0), Error::<Test>::FineNotFound);
		});
	}

	#[test]
	fn a_disputed_fine_is_dismissed_or_upheld_with_a_new_deadline() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			let mine = H256::repeat_byte(0xa1);
			assert_ok!(fine(30));
			assert_ok!(fine(30));
			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, mine));
			assert_eq!(Fines::<Test>::get(0).expect("open").status, FineStatus::Disputed(mine));
			assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
			assert!(Fines::<Test>::get(0).is_none());

			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 1, mine));
			// Under dispute a fine blocks nothing, even past its deadline.
			run_to(31);
			assert!(!VehicleRegistry::has_overdue_fine(car, 31));
			assert_ok!(VehicleRegistry::uphold_fine(signed(JUDGE), 1, 40));
			assert_eq!(
				last_event(),
				Event::FineUpheld { fine: 1, deadline: 40, adjudicator: JUDGE }.into()
			);
			let upheld = Fines::<Test>::get(1).expect("open");
			assert_eq!((upheld.status, upheld.deadline), (FineStatus::Open, 40));
			run_to(41);
			assert!(VehicleRegistry::has_overdue_fine(car, 41));
			assert_ok!(VehicleRegistry::pay_fine(signed(BORIS), 1));
			assert!(!VehicleRegistry::has_overdue_fine(car, 41));
		});
	}

	#[test]
	fn fine_error_paths() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_noop!(fine(1), Error::<Test>::InvalidDeadline);
			assert_noop!(
				VehicleRegistry::issue_fine(signed(ANNA), plate("AB-1"), 100, 7, EVIDENCE, 30),
				DispatchError::BadOrigin
			);
			assert_noop!(
				VehicleRegistry::issue_fine(signed(OFFICER), plate("ZZ-9"), 100, 7, EVIDENCE, 30),
				Error::<Test>::VehicleNotFound
			);
			assert_noop!(
				VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 0, 7, EVIDENCE, 30),
				Error::<Test>::ZeroAmount
			);
			for _ in 0..3 {
				assert_ok!(fine(30));
			}
			assert_noop!(fine(30), Error::<Test>::TooManyFines);
			assert_eq!(VehicleFines::<Test>::get(car).len(), 3);

			assert_noop!(
				VehicleRegistry::dispute_fine(signed(BORIS), 0, EVIDENCE),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				VehicleRegistry::dispute_fine(signed(ANNA), 9, EVIDENCE),
				Error::<Test>::FineNotFound
			);
			assert_noop!(
				VehicleRegistry::uphold_fine(signed(JUDGE), 0, 40),
				Error::<Test>::NotDisputed
			);
			assert_noop!(
				VehicleRegistry::dismiss_fine(signed(JUDGE), 0),
				Error::<Test>::NotDisputed
			);
			assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
			assert_noop!(
				VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE),
				Error::<Test>::AlreadyDisputed
			);
			assert_noop!(
				VehicleRegistry::uphold_fine(signed(ANNA), 0, 40),
				DispatchError::BadOrigin
			);
			assert_noop!(VehicleRegistry::dismiss_fine(signed(ANNA), 0), DispatchError::BadOrigin);
			assert_noop!(
				VehicleRegistry::uphold_fine(signed(JUDGE), 0, 1),
				Error::<Test>::InvalidDeadline
			);
			assert_noop!(
				VehicleRegistry::uphold_fine(signed(JUDGE), 9, 40),
				Error::<Test>::FineNotFound
			);
			assert_noop!(
				VehicleRegistry::dismiss_fine(signed(JUDGE), 9),
				Error::<Test>::FineNotFound
			);
			run_to(1 + WINDOW + 1);
			assert_noop!(
				VehicleRegistry::dispute_fine(signed(ANNA), 1, EVIDENCE),
				Error::<Test>::DisputeWindowClosed
			);
			// More than the payer has.
			assert_noop!(VehicleRegistry::pay_fine(signed(20), 1), TokenError::FundsUnavailable);
		});
	}
}

mod lookups {
	use super::*;

	#[test]
	fn the_runtime_api_finds_vehicles_by_plate_vin_and_owner_with_permits_and_fines() {
		new_test_ext(|| {
			let car = registered(ANNA, 1, "AB-1");
			assert_ok!(apply_as(ANNA, eu_vin(2)));
			assert_eq!(VehicleRegistry::find_by_plate(b"AB-1").map(|(id, _)| id), Some(car));
			assert_eq!(
				VehicleRegistry::find_by_vin(&eu_vin(1)).map(|(id, v)| (id, v.owner)),
				Some((car, ANNA))
			);
			assert!(VehicleRegistry::find_by_plate(b"NO-SUCH").is_none());
			assert!(VehicleRegistry::find_by_plate(b"FAR-TOO-LONG-A-PLATE").is_none());
			assert_eq!(
				VehicleRegistry::vehicles_of(&ANNA).iter().map(|(id, _)| *id).collect::<Vec<_>>(),
				vec![car, car + 1]
			);
			assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(4)));
			assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1));
			assert_ok!(VehicleRegistry::issue_fine(
				signed(OFFICER),
				plate("AB-1"),
				100,
				7,
				EVIDENCE,
				30
			));
			assert_eq!(
				VehicleRegistry::permits_of(b"AB-1"),
				vec![Permit { zone: 3, from: 1, until: 10 }]
			);
			assert_eq!(VehicleRegistry::open_fines_of(b"AB-1").len(), 1);
			run_to(11);
			assert!(VehicleRegistry::permits_of(b"AB-1").is_empty(), "expired");
		});
	}
}
