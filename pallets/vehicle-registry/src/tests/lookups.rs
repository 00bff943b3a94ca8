//! The runtime API's lookups by plate, VIN and owner, with permits and fines.

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
