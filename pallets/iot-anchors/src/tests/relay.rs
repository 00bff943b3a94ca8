//! Relay mode: the device signs each reading, its gateway's relay key signs the anchors.
//! Whoever holds the relay (the gateway, or anyone who took it) can anchor a batch, but
//! no reading it did not get from the device is ever proven.

use super::*;

/// `readings`, each signed by the device `key`.
fn signed_by(key: &TestKey, readings: &[Reading]) -> Vec<Reading> {
	readings
		.iter()
		.map(|r| Reading {
			signature: Some(key.sign(&reading_message(
				&IotAnchors::genesis(),
				&r.device,
				r.timestamp,
				r.value,
			))),
			..r.clone()
		})
		.collect()
}

/// Anchors `readings` (leaves as they are) through `relay`; answers the anchor.
fn relayed(relay: &TestKey, id: DeviceId, readings: &[Reading]) -> Anchor {
	let anchor = anchor_of(id, readings, None);
	submit(relay, &anchor);
	anchor
}

fn proof_of(readings: &[Reading], index: u32) -> Vec<H256> {
	let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
	merkle::prove(&leaves, index).expect("a leaf")
}

#[test]
fn the_owner_sets_and_clears_the_relay() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let gateway = TestKey::ed("//gateway");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
		assert_eq!(
			last_event(),
			Event::RelaySet { device: id, relay: Some(gateway.public()) }.into()
		);
		assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), Some(gateway.public()));
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, None));
		assert_eq!(last_event(), Event::RelaySet { device: id, relay: None }.into());
		assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
	});
}

#[test]
fn only_the_owner_sets_a_relay_of_another_key_on_a_live_device() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let gateway = TestKey::ed("//gateway");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		// Another operator (or a resident) cannot take over the device's anchoring.
		assert_noop!(
			IotAnchors::set_relay(signed(UTILITY), id, Some(gateway.public())),
			Error::NotOwner
		);
		assert_noop!(
			IotAnchors::set_relay(signed(ANNA), id, Some(gateway.public())),
			Error::NotOwner
		);
		assert_noop!(
			IotAnchors::set_relay(signed(OPERATOR), H256::zero(), Some(gateway.public())),
			Error::UnknownDevice
		);
		assert_noop!(
			IotAnchors::set_relay(signed(OPERATOR), id, Some(key.public())),
			Error::RelayIsDeviceKey
		);
		assert_ok!(IotAnchors::city_revoke(signed(COUNCIL), id));
		assert_noop!(
			IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())),
			Error::DeviceRevoked
		);
	});
}

#[test]
fn in_relay_mode_only_the_relay_signs_anchors() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let gateway = TestKey::ed("//gateway");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
		let (anchor, _) = next(id, &[1, 2], None);
		// The device's own key no longer signs anchors, nor does a stranger.
		let stranger = TestKey::ed("//stranger");
		for wrong in [&key, &stranger] {
			assert_eq!(
				authorize(&anchor, &wrong.sign_anchor(&anchor)),
				Err(InvalidTransaction::BadProof.into())
			);
		}
		submit(&gateway, &anchor);
		let kept = Anchors::<Test>::get(id, 0).expect("kept");
		assert_eq!(kept.readings_signed_by, Some(key.public()));
		// Back to the device's key: its anchors are its own again.
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, None));
		go_to_block(1 + INTERVAL);
		let (anchor, _) = next(id, &[3], None);
		assert_eq!(
			authorize(&anchor, &gateway.sign_anchor(&anchor)),
			Err(InvalidTransaction::BadProof.into())
		);
		submit(&key, &anchor);
		assert_eq!(Anchors::<Test>::get(id, 1).expect("kept").readings_signed_by, None);
	});
}

#[test]
fn a_relayed_reading_is_proven_only_with_the_device_s_signature() {
	new_test_ext(|| {
		let key = TestKey::ed("//air");
		let gateway = TestKey::sr("//gateway");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
		let mut batch = signed_by(&key, &readings(id, 0, &[10, 20, 30, 40]));
		// The gateway slips in a reading of its own: unsigned, and one it signed itself.
		batch[1].signature = None;
		batch[2].signature = Some(gateway.sign(&reading_message(
			&IotAnchors::genesis(),
			&id,
			batch[2].timestamp,
			batch[2].value,
		)));
		let anchor = relayed(&gateway, id, &batch);
		let proven = Verdict::Proven { at: 1, timestamp: anchor.timestamp, root: anchor.root };
		assert_eq!(IotAnchors::verify_reading(&batch[0], proof_of(&batch, 0)), proven);
		assert_eq!(IotAnchors::verify_reading(&batch[3], proof_of(&batch, 3)), proven);
		assert_eq!(
			IotAnchors::verify_reading(&batch[1], proof_of(&batch, 1)),
			Verdict::NotSignedByDevice
		);
		assert_eq!(
			IotAnchors::verify_reading(&batch[2], proof_of(&batch, 2)),
			Verdict::NotSignedByDevice
		);
		// A device signature moved onto another value does not lead to the root.
		let mut moved = batch[0].clone();
		moved.value = 99;
		assert_eq!(IotAnchors::verify_reading(&moved, proof_of(&batch, 0)), Verdict::NotProven);
		let mut swapped = batch[3].clone();
		swapped.signature = batch[0].signature.clone();
		assert_eq!(IotAnchors::verify_reading(&swapped, proof_of(&batch, 3)), Verdict::NotProven);
	});
}

#[test]
fn a_transfer_or_the_city_s_revocation_clears_the_relay() {
	new_test_ext(|| {
		let key = TestKey::sr("//noise");
		let id = register(OPERATOR, &key, DeviceKind::Noise);
		let gateway = TestKey::ed("//gateway");
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
		assert_ok!(IotAnchors::offer_transfer(signed(OPERATOR), id, Some(OTHER_OPERATOR)));
		let theirs = TestKey::sr("//their-key");
		assert_ok!(IotAnchors::accept_transfer(
			signed(OTHER_OPERATOR),
			id,
			theirs.public(),
			theirs.possession(OTHER_OPERATOR)
		));
		assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
		assert_ok!(IotAnchors::set_relay(signed(OTHER_OPERATOR), id, Some(gateway.public())));
		assert_ok!(IotAnchors::city_revoke(signed(COUNCIL), id));
		assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
	});
}

/// The relay signs an anchor's cumulative total: were a meter relayed, whoever held the
/// relay key would set its consumer's bill.
#[test]
fn a_meter_is_never_relayed() {
	new_test_ext(|| {
		let key = TestKey::sr("//water");
		let id = register(UTILITY, &key, meter());
		let gateway = TestKey::ed("//gateway");
		assert_noop!(
			IotAnchors::set_relay(signed(UTILITY), id, Some(gateway.public())),
			Error::NoRelayForMeters
		);
		assert_ok!(IotAnchors::set_relay(signed(UTILITY), id, None));
	});
}

/// Rotating the device's key to its relay's would let the relay's holder sign readings.
#[test]
fn a_device_s_key_never_becomes_its_relay_s() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		let gateway = TestKey::sr("//gateway");
		assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
		assert_noop!(
			IotAnchors::rotate_key(
				signed(OPERATOR),
				id,
				gateway.public(),
				gateway.possession(OPERATOR)
			),
			Error::RelayIsDeviceKey
		);
	});
}

/// The reading message and the signed leaf, pinned: a device (or a simulator in another
/// language) that encodes them otherwise is refused. ed25519 signs deterministically.
#[test]
fn the_reading_message_and_signed_leaf_are_as_documented() {
	let genesis = H256::repeat_byte(0x11);
	let key = <sp_core::ed25519::Pair as sp_core::Pair>::from_seed(&[7; 32]);
	let device = DeviceKey::Ed25519(sp_core::Pair::public(&key)).device_id();
	let message = reading_message(&genesis, &device, 1_800_000_000_123, -42);
	assert_eq!(
		hex::encode(&message),
		KNOWN_MESSAGE,
		"compact(35) ++ domain ++ genesis ++ device ++ timestamp (LE u64) ++ value (LE i64)"
	);
	let signature: MultiSignature = sp_core::Pair::sign(&key, &message).into();
	let reading = Reading {
		device,
		sequence: 3,
		index: 1,
		timestamp: 1_800_000_000_123,
		value: -42,
		signature: Some(signature.clone()),
	};
	assert_eq!(hex::encode(signature.encode()), KNOWN_SIGNATURE);
	assert_eq!(hex::encode(reading_leaf(&reading)), KNOWN_SIGNED_LEAF);
	let unsigned = Reading { signature: None, ..reading };
	assert_eq!(hex::encode(reading_leaf(&unsigned)), KNOWN_LEAF);
}

const KNOWN_MESSAGE: &str = "8c636974792d636861696e2f696f742d72656164696e672d7369676e61747572652f76311111111111111111111111111111111111111111111111111111111111111111a0ccc8bcc83f6c628340134f8546a21e0618fd1aaa02432bba454c4a2c2233da7b505c18a3010000d6ffffffffffffff";
const KNOWN_SIGNATURE: &str = "00f1a09f6c9663860ab3bc01eec6c838f087dc78ef3ac4812db5e7c6b41f3c891d1d0d8025542a4760b964754b5d1b20850b4a6dbe432853800f8177665c1f8001";
const KNOWN_SIGNED_LEAF: &str = "3b594c7b3e72665d43aa63b9952a5bcb227546cb388c791b3a62e64f94b8630f";
const KNOWN_LEAF: &str = "e7c8998dad9eac22087ff13fbbc5117ceb35fd9e8e88c454d1a53037b921c8d6";
