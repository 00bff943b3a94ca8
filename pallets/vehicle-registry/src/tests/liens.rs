//! Liens: the owner's consent, the lender's record and release.

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
