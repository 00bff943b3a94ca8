//! Vehicles: an owner cannot clear the police's theft flag nor shed fines by deregistering or
//! selling, and an exported vehicle comes back on re-import with its history (its odometer
//! cannot be rolled back by exporting it).

use crate::{
	common::*,
	vehicles::{alices_car, bytes, fine, staff},
};
use city_runtime::Runtime;
use frame_support::assert_ok;
use pallet_vehicle_registry::{DeregistrationReason, Error, Status, Vehicles};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Dave, Eve, Ferdie};

#[test]
fn an_owner_cannot_clear_a_police_theft_flag() {
	dev(|| {
		staff();
		let car = alices_car();
		assert_ok!(send(Dave, pallet_vehicle_registry::Call::report_stolen { vehicle: car }));
		assert_eq!(
			send(Alice, pallet_vehicle_registry::Call::report_recovered { vehicle: car }),
			Err(Error::<Runtime>::FlaggedByPolice.into())
		);
		// Nor export it to come back unflagged.
		assert_eq!(
			send(
				Alice,
				pallet_vehicle_registry::Call::deregister {
					vehicle: car,
					reason: DeregistrationReason::Exported
				}
			),
			Err(Error::<Runtime>::FlaggedByPolice.into())
		);
		let record = Vehicles::<Runtime>::get(car).expect("the car");
		assert!(record.stolen && record.stolen_by_police);
		// The police clear it.
		assert_ok!(send(Dave, pallet_vehicle_registry::Call::report_recovered { vehicle: car }));
		assert!(!Vehicles::<Runtime>::get(car).expect("the car").stolen);
	});
}

#[test]
fn an_owner_cannot_shed_an_open_fine_by_deregistering_or_selling() {
	dev(|| {
		staff();
		let car = alices_car();
		assert_ok!(fine(1_000));
		for reason in [DeregistrationReason::Scrapped, DeregistrationReason::Exported] {
			assert_eq!(
				send(Alice, pallet_vehicle_registry::Call::deregister { vehicle: car, reason }),
				Err(Error::<Runtime>::UnpaidFines.into())
			);
			// Not with a clerk's help either.
			assert_eq!(
				send(Eve, pallet_vehicle_registry::Call::deregister { vehicle: car, reason }),
				Err(Error::<Runtime>::UnpaidFines.into())
			);
		}
		assert_eq!(
			send(
				Alice,
				pallet_vehicle_registry::Call::offer {
					vehicle: car,
					buyer: account(Bob),
					price: None
				}
			),
			Err(Error::<Runtime>::UnpaidFines.into())
		);
		assert_eq!(Vehicles::<Runtime>::get(car).expect("the car").owner, account(Alice));
		// Paid, the car can go.
		assert_ok!(send(Alice, pallet_vehicle_registry::Call::pay_fine { fine: 0 }));
		assert_ok!(send(
			Alice,
			pallet_vehicle_registry::Call::deregister {
				vehicle: car,
				reason: DeregistrationReason::Exported
			}
		));
	});
}

#[test]
fn an_exported_vehicle_is_registered_again_on_reimport_with_its_history() {
	dev(|| {
		staff();
		let car = alices_car();
		assert_ok!(send(
			Ferdie,
			pallet_vehicle_registry::Call::inspect {
				vehicle: car,
				passed: true,
				odometer: 120_000,
				report: H256::repeat_byte(1)
			}
		));
		assert_ok!(send(
			Alice,
			pallet_vehicle_registry::Call::deregister {
				vehicle: car,
				reason: DeregistrationReason::Exported
			}
		));
		// Bob re-imports it: the same record, the odometer kept.
		assert_ok!(send(
			Bob,
			pallet_vehicle_registry::Call::apply {
				vin: bytes("1M8GDM9AXKP042788"),
				make: bytes("Ford"),
				model: bytes("Transit"),
				year: 1989,
			}
		));
		let record = Vehicles::<Runtime>::get(car).expect("the same record");
		assert_eq!((record.owner, record.status), (account(Bob), Status::Pending));
		assert_eq!(record.odometer, 120_000);
		assert_ok!(send(
			Eve,
			pallet_vehicle_registry::Call::approve { vehicle: car, plate: bytes("CITY-9") }
		));
		// A lower reading than before the export is flagged, not recorded.
		assert_ok!(send(
			Ferdie,
			pallet_vehicle_registry::Call::inspect {
				vehicle: car,
				passed: true,
				odometer: 30_000,
				report: H256::repeat_byte(2)
			}
		));
		let record = Vehicles::<Runtime>::get(car).expect("the car");
		assert_eq!((record.odometer, record.odometer_flagged), (120_000, true));
	});
}
