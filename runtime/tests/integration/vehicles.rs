//! The vehicle registry in the real runtime, with the identity registry's credentials as its
//! roles and the reserve fund taking its fees, taxes and fines: a resident registers a car, an
//! inspector inspects it, the police fine it, a fine is disputed and dismissed, another paid,
//! the car sold with tax; and a transfer refused for each blocking reason.

use crate::common::*;
use city_primitives::{credentials::CredentialKind, treasury::Inflow};
use city_runtime::{
	configs::{MinVehicleTransferTax, VehicleRegistrationFee, VehicleRegistrationPeriod},
	ReserveFund, Runtime, RuntimeEvent, CITY,
};
use frame_support::{assert_ok, traits::Get};
use pallet_vehicle_registry::{Error, Event, Status, Vehicles};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

const EVIDENCE: H256 = H256::repeat_byte(0xe1);

/// Eve is a vehicle clerk, Ferdie an inspector, Dave a police officer, Charlie an adjudicator.
pub fn staff() {
	grant(Eve, CredentialKind::VehicleClerk);
	grant(Ferdie, CredentialKind::Inspector);
	grant(Dave, CredentialKind::PoliceOfficer);
	grant(Charlie, CredentialKind::Adjudicator);
}

pub fn bytes<S: Get<u32>>(s: &str) -> frame_support::BoundedVec<u8, S> {
	s.as_bytes().to_vec().try_into().expect("short")
}

fn fund_inflows() -> Vec<(Inflow, u128)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::ReserveFund(pallet_reserve_fund::Event::Received {
				inflow,
				amount,
				..
			}) if inflow != Inflow::Fees => Some((inflow, amount)),
			_ => None,
		})
		.collect()
}

/// Dave (the police) fines `CITY-1` 40 CITY, to be paid by `deadline`.
pub fn fine(deadline: u32) -> Result<(), DispatchError> {
	send(
		Dave,
		pallet_vehicle_registry::Call::issue_fine {
			plate: bytes("CITY-1"),
			amount: 40 * CITY,
			offence: 12,
			evidence: EVIDENCE,
			deadline,
		},
	)
}

/// Alice applies for a North American VIN and Eve registers it as `CITY-1`; answers its id.
pub fn alices_car() -> u32 {
	let id = pallet_vehicle_registry::NextVehicleId::<Runtime>::get();
	assert_ok!(send(
		Alice,
		pallet_vehicle_registry::Call::apply {
			vin: bytes("1M8GDM9AXKP042788"),
			make: bytes("Ford"),
			model: bytes("Transit"),
			year: 1989,
		}
	));
	assert_eq!(fund_inflows(), vec![(Inflow::ServicePayment, VehicleRegistrationFee::get())]);
	assert_ok!(send(
		Eve,
		pallet_vehicle_registry::Call::approve { vehicle: id, plate: bytes("CITY-1") }
	));
	id
}

#[test]
fn register_inspect_fine_dispute_pay_and_sell_with_tax() {
	dev(|| {
		staff();
		// Dave (not a resident) may not register; Alice may.
		assert_eq!(
			send(
				Dave,
				pallet_vehicle_registry::Call::apply {
					vin: bytes("WVWZZZ1JZXW000001"),
					make: bytes("VW"),
					model: bytes("Golf"),
					year: 2020,
				}
			),
			Err(Error::<Runtime>::NotAResident.into())
		);
		let car = alices_car();
		assert_eq!(Vehicles::<Runtime>::get(car).expect("registered").status, Status::Registered);
		// A resident is no clerk.
		assert_eq!(
			send(Bob, pallet_vehicle_registry::Call::clear_odometer_flag { vehicle: car }),
			Err(DispatchError::BadOrigin)
		);

		// Ferdie inspects it; a later reading below it is flagged, not recorded.
		assert_ok!(send(
			Ferdie,
			pallet_vehicle_registry::Call::inspect {
				vehicle: car,
				passed: true,
				odometer: 50_000,
				report: H256::repeat_byte(1)
			}
		));
		assert_ok!(send(
			Ferdie,
			pallet_vehicle_registry::Call::inspect {
				vehicle: car,
				passed: true,
				odometer: 40_000,
				report: H256::repeat_byte(2)
			}
		));
		let record = Vehicles::<Runtime>::get(car).expect("registered");
		assert_eq!((record.odometer, record.odometer_flagged), (50_000, true));

		// Dave fines the plate twice; Alice disputes the first and Charlie dismisses it.
		let deadline = 1_000;
		for _ in 0..2 {
			assert_ok!(fine(deadline));
		}
		assert_ok!(send(
			Alice,
			pallet_vehicle_registry::Call::dispute_fine {
				fine: 0,
				evidence: H256::repeat_byte(0xa1)
			}
		));
		assert_ok!(send(Charlie, pallet_vehicle_registry::Call::dismiss_fine { fine: 0 }));
		assert!(events().contains(&RuntimeEvent::VehicleRegistry(Event::FineDismissed {
			fine: 0,
			adjudicator: account(Charlie)
		})));
		// She pays the second into the reserve fund.
		next_block();
		assert_ok!(send(Alice, pallet_vehicle_registry::Call::pay_fine { fine: 1 }));
		assert_eq!(fund_inflows(), vec![(Inflow::Fine, 40 * CITY)]);

		// She sells it to Bob for 10,000 CITY: he pays her and 2% tax to the fund.
		next_block();
		assert_ok!(send(
			Alice,
			pallet_vehicle_registry::Call::offer {
				vehicle: car,
				buyer: account(Bob),
				price: Some(10_000 * CITY)
			}
		));
		let alice = free(&account(Alice));
		assert_ok!(send(
			Bob,
			pallet_vehicle_registry::Call::accept { vehicle: car, price: Some(10_000 * CITY) }
		));
		assert_eq!(fund_inflows(), vec![(Inflow::Tax, 200 * CITY)]);
		assert_eq!(Vehicles::<Runtime>::get(car).expect("registered").owner, account(Bob));
		let deposit = city_runtime::configs::VehicleDeposit::get();
		assert_eq!(
			free(&account(Alice)),
			alice + 10_000 * CITY + deposit,
			"the price and her deposit"
		);
		pallet_vehicle_registry::Pallet::<Runtime>::do_try_state()
			.expect("the registry's invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}

#[test]
fn a_transfer_is_refused_for_each_blocking_reason_with_its_own_error() {
	dev(|| {
		staff();
		let car = alices_car();
		let offer = || {
			send(
				Alice,
				pallet_vehicle_registry::Call::offer {
					vehicle: car,
					buyer: account(Bob),
					price: None,
				},
			)
		};
		let accept =
			|| send(Bob, pallet_vehicle_registry::Call::accept { vehicle: car, price: None });
		assert_ok!(offer());

		// A lien (Ferdie's bank, with Alice's consent).
		assert_ok!(send(
			Alice,
			pallet_vehicle_registry::Call::consent_to_lien {
				vehicle: car,
				lender: Some(account(Ferdie))
			}
		));
		assert_ok!(send(
			Ferdie,
			pallet_vehicle_registry::Call::record_lien {
				vehicle: car,
				reference: H256::repeat_byte(7)
			}
		));
		assert_eq!(accept(), Err(Error::<Runtime>::ActiveLien.into()));
		assert_ok!(send(Ferdie, pallet_vehicle_registry::Call::release_lien { vehicle: car }));

		// Stolen (the police flag it; the offer goes with it).
		assert_ok!(send(Dave, pallet_vehicle_registry::Call::report_stolen { vehicle: car }));
		assert_eq!(offer(), Err(Error::<Runtime>::VehicleStolen.into()));
		assert_ok!(send(Dave, pallet_vehicle_registry::Call::report_recovered { vehicle: car }));
		assert_ok!(offer());

		// An unpaid fine, before its deadline and after.
		assert_ok!(fine(3));
		assert_eq!(accept(), Err(Error::<Runtime>::UnpaidFines.into()));
		run_to_block(4);
		assert_eq!(accept(), Err(Error::<Runtime>::UnpaidFines.into()));
		assert_ok!(send(Alice, pallet_vehicle_registry::Call::pay_fine { fine: 0 }));

		// An expired registration.
		jump_to_block(VehicleRegistrationPeriod::get() + 10);
		assert_eq!(accept(), Err(Error::<Runtime>::RegistrationExpired.into()));
		assert_ok!(send(Alice, pallet_vehicle_registry::Call::renew { vehicle: car }));

		// Nothing blocks it now: a gift pays the least tax.
		assert_ok!(accept());
		assert_eq!(fund_inflows().last(), Some(&(Inflow::Tax, MinVehicleTransferTax::get())));
		pallet_vehicle_registry::Pallet::<Runtime>::do_try_state()
			.expect("the registry's invariants hold");
	});
}
