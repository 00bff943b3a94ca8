//! Slots: a subject's list holds live credentials only, within both bounds, and every
//! credential stays on record.

use super::*;

/// Alice's list full: the population office's two, the vehicle authority's two (these expire
/// at `licences_expire`). Answers the ids in order.
fn full_list(licences_expire: Option<u64>) -> [CredentialId; 4] {
	[
		issue_from(CLERK, ALICE, Kind::Resident, None),
		issue_from(CLERK, ALICE, Kind::Adult, None),
		issue_from(DMV, ALICE, Kind::DriversLicence, licences_expire),
		issue_from(DMV, ALICE, Kind::VehicleClerk, licences_expire),
	]
}

#[test]
fn revoking_frees_the_slot_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		let [_, _, licence, _] = full_list(None);
		assert_noop!(
			Registry::issue_by_council(council(), ALICE, custom(b"x"), commitment(1), None),
			Error::<Test>::TooManyCredentials
		);
		assert_ok!(Registry::revoke(signed(DMV), licence, RevocationReason::Superseded));
		assert!(!live(ALICE).contains(&licence));
		assert_eq!(past(ALICE), vec![licence]);
		let renewed = issue_from(DMV, ALICE, Kind::DriversLicence, None);
		assert_eq!(live(ALICE), vec![0, 1, 3, renewed]);
		assert_eq!(status(licence), CredentialStatus::Revoked, "on record");
	});
}

#[test]
fn erasing_frees_the_slot_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		let [_, adult, _, _] = full_list(None);
		assert_ok!(Registry::erase(signed(ALICE), adult));
		assert_eq!(live(ALICE), vec![0, 2, 3]);
		assert_eq!(past(ALICE), vec![adult]);
		assert_ok!(Registry::issue_by_council(council(), ALICE, custom(b"x"), commitment(1), None));
		assert_eq!(status(adult), CredentialStatus::Erased, "the tombstone stays");
	});
}

#[test]
fn erasing_a_revoked_credential_keeps_it_in_the_past_once() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
		assert_ok!(Registry::erase(signed(ALICE), 0));
		assert_eq!(live(ALICE), Vec::<CredentialId>::new());
		assert!(!CredentialsOf::<Test>::contains_key(ALICE), "an empty list is not stored");
		assert_eq!(past(ALICE), vec![0]);
		assert_eq!(listed(ALICE), vec![(0, CredentialStatus::Erased)]);
	});
}

#[test]
fn expired_credentials_stay_listed_until_their_slot_is_needed() {
	ExtBuilder::default().build_and_execute(|| {
		let licence = issue_from(DMV, ALICE, Kind::DriversLicence, Some(10));
		System::set_block_number(10);
		let resident = issue_resident(ALICE);
		assert_eq!(live(ALICE), vec![licence, resident], "room left: nothing pruned");
		// Still on the list, it can be renewed (a licence renewed a few days late).
		assert_ok!(Registry::renew(signed(DMV), licence, Some(20)));
		assert_eq!(status(licence), CredentialStatus::Active);
		assert!(Registry::has_active_credential(&ALICE, &Kind::DriversLicence, None));
	});
}

#[test]
fn one_expired_credential_is_pruned_when_a_slot_is_needed() {
	ExtBuilder::default().build_and_execute(|| {
		let [resident, adult, licence, vehicle_clerk] = full_list(Some(10));
		System::set_block_number(10);
		let new = issue_by_council(ALICE, custom(b"x"));
		// One slot was needed: the first expired entry made it; the other stays renewable.
		assert_eq!(live(ALICE), vec![resident, adult, vehicle_clerk, new]);
		assert_eq!(past(ALICE), vec![licence]);
		assert_eq!(
			listed(ALICE),
			vec![
				(resident, CredentialStatus::Active),
				(adult, CredentialStatus::Active),
				(licence, CredentialStatus::Expired),
				(vehicle_clerk, CredentialStatus::Expired),
				(new, CredentialStatus::Active),
			]
		);
		assert_ok!(Registry::renew(signed(DMV), vehicle_clerk, Some(20)));
		// The next issue needs a slot again, and no entry has expired: refused, nothing pruned.
		assert_noop!(
			Registry::issue_by_council(council(), ALICE, custom(b"y"), commitment(2), None),
			Error::<Test>::TooManyCredentials
		);
	});
}

#[test]
fn the_issuers_own_expired_credential_is_pruned_before_anothers() {
	ExtBuilder::default().build_and_execute(|| {
		let resident = issue_from(CLERK, ALICE, Kind::Resident, Some(10));
		let adult = issue_from(CLERK, ALICE, Kind::Adult, None);
		let licence = issue_from(DMV, ALICE, Kind::DriversLicence, Some(10));
		let vehicle_clerk = issue_from(DMV, ALICE, Kind::VehicleClerk, None);
		System::set_block_number(10);
		// The list is full and the vehicle authority holds its two: its expired licence goes
		// (the resident credential expired first, but would not free the authority's share).
		let new = issue_from(DMV, ALICE, Kind::DriversLicence, Some(20));
		assert_eq!(live(ALICE), vec![resident, adult, vehicle_clerk, new]);
		assert_eq!(past(ALICE), vec![licence]);
	});
}

#[test]
fn expired_credentials_free_the_per_issuer_bound_too() {
	ExtBuilder::default().build_and_execute(|| {
		let first = issue_from(DMV, ALICE, Kind::DriversLicence, Some(10));
		let second = issue_from(DMV, ALICE, Kind::DriversLicence, None);
		assert_noop!(
			Registry::issue(signed(DMV), ALICE, Kind::DriversLicence, commitment(1), None),
			Error::<Test>::TooManyFromIssuer
		);
		System::set_block_number(10);
		let third = issue_from(DMV, ALICE, Kind::DriversLicence, None);
		assert_eq!(live(ALICE), vec![second, third]);
		assert_eq!(past(ALICE), vec![first]);
	});
}

#[test]
fn a_refused_issue_prunes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		// The office's two are live; an expired licence would be pruned, but the office's
		// bound still refuses, and the licence stays listed.
		issue_resident(ALICE);
		issue_from(CLERK, ALICE, Kind::Adult, None);
		let licence = issue_from(DMV, ALICE, Kind::DriversLicence, Some(10));
		System::set_block_number(10);
		assert_noop!(
			Registry::issue(signed(CLERK), ALICE, Kind::Resident, commitment(1), None),
			Error::<Test>::TooManyFromIssuer
		);
		assert!(live(ALICE).contains(&licence));
	});
}

#[test]
fn a_pruned_credential_cannot_be_renewed() {
	ExtBuilder::default().build_and_execute(|| {
		let [_, _, licence, _] = full_list(Some(10));
		System::set_block_number(10);
		issue_by_council(ALICE, custom(b"x"));
		assert_eq!(past(ALICE), vec![licence]);
		assert_noop!(Registry::renew(signed(DMV), licence, Some(20)), Error::<Test>::Pruned);
		assert_noop!(Registry::renew(council(), licence, None), Error::<Test>::Pruned);
		// Its issuer issues a new one instead.
		let new = issue_from(DMV, ALICE, Kind::DriversLicence, Some(20));
		assert!(Registry::has_active_credential(&ALICE, &Kind::DriversLicence, None));
		assert!(live(ALICE).contains(&new));
	});
}

#[test]
fn an_issuer_cannot_fill_a_residents_list() {
	ExtBuilder::default().build_and_execute(|| {
		// The vehicle authority issues and suspends as many as it may ...
		for _ in 0..MaxCredentialsPerIssuer::get() {
			let id = issue_from(DMV, ALICE, Kind::DriversLicence, None);
			assert_ok!(Registry::suspend(signed(DMV), id, SuspensionReason::UnderInvestigation));
		}
		assert_noop!(
			Registry::issue(signed(DMV), ALICE, Kind::VehicleClerk, commitment(1), None),
			Error::<Test>::TooManyFromIssuer
		);
		// ... and Alice still gets her residency.
		issue_resident(ALICE);
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
	});
}

#[test]
fn the_council_counts_as_one_issuer() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..MaxCredentialsPerIssuer::get() {
			issue_by_council(ALICE, custom(b"junk"));
		}
		for origin in [privileged(), root()] {
			assert_noop!(
				Registry::issue_by_council(origin, ALICE, Kind::Treasurer, commitment(1), None),
				Error::<Test>::TooManyFromIssuer
			);
		}
		issue_resident(ALICE);
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
	});
}

#[test]
fn dead_credentials_never_lock_a_resident_out_of_residency() {
	ExtBuilder::default().build_and_execute(|| {
		// A full list: a resident credential that expires, an adult one, two licences.
		let resident = issue_from(CLERK, ALICE, Kind::Resident, Some(10));
		let adult = issue_from(CLERK, ALICE, Kind::Adult, None);
		let licence = issue_from(DMV, ALICE, Kind::DriversLicence, None);
		let vehicle_clerk = issue_from(DMV, ALICE, Kind::VehicleClerk, None);
		// One revoked, one erased, one expired: all dead.
		assert_ok!(Registry::revoke(signed(DMV), licence, RevocationReason::NoLongerEligible));
		assert_ok!(Registry::erase(signed(ALICE), adult));
		System::set_block_number(10);
		// The council fills the freed slots.
		issue_by_council(ALICE, custom(b"a"));
		issue_by_council(ALICE, custom(b"b"));
		assert_eq!(live(ALICE).len() as u32, MaxCredentialsPerSubject::get());
		assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
		// The office issues her residency again: the expired one gives way.
		let again = issue_resident(ALICE);
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
		assert_eq!(past(ALICE), vec![resident, adult, licence]);
		assert_eq!(live(ALICE), vec![vehicle_clerk, 4, 5, again]);
		// Every one is still on record, in id order, with its status.
		assert_eq!(
			listed(ALICE),
			vec![
				(resident, CredentialStatus::Expired),
				(adult, CredentialStatus::Erased),
				(licence, CredentialStatus::Revoked),
				(vehicle_clerk, CredentialStatus::Active),
				(4, CredentialStatus::Active),
				(5, CredentialStatus::Active),
				(again, CredentialStatus::Active),
			]
		);
	});
}

#[test]
fn suspended_credentials_keep_their_slots() {
	ExtBuilder::default().build_and_execute(|| {
		// Live credentials are never pruned: suspended ones may be reinstated.
		let [resident, _, _, _] = full_list(None);
		assert_ok!(Registry::suspend(
			signed(CLERK),
			resident,
			SuspensionReason::RequestedBySubject
		));
		System::set_block_number(1_000);
		assert_noop!(
			Registry::issue_by_council(council(), ALICE, custom(b"x"), commitment(1), None),
			Error::<Test>::TooManyCredentials
		);
		assert!(past(ALICE).is_empty());
	});
}
